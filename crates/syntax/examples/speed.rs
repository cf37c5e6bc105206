//! Words/s of tagging alone and of the whole parse on a GUM split:
//! `cargo run --release -p dossier-syntax --example speed -- GUM_PATH [SPLIT]`.

use dossier_syntax::conllu::Gum;
use dossier_syntax::{Model, Scratch};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let gum = Gum::read(Path::new(args.get(1).map(String::as_str).unwrap_or("../shared/data/gum")))?;
    let split = args.get(2).map(String::as_str).unwrap_or("dev");
    let sents: Vec<Vec<&str>> =
        gum.sentences(split, false).iter().map(|s| s.words.iter().map(|w| w.form.as_str()).collect()).collect();
    let words: usize = sents.iter().map(Vec::len).sum();
    let model = Model::embedded().ok_or("embedded model")?;
    for _ in 0..2 {
        let t = std::time::Instant::now();
        let mut n = 0;
        for s in &sents {
            n += model.tag(s).len();
        }
        let tag = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let (mut scratch, mut out) = (Scratch::default(), Vec::new());
        for s in &sents {
            model.parse_into(s, &mut scratch, &mut out);
            n += out.len();
        }
        let all = t.elapsed().as_secs_f64();
        println!(
            "{words} words: tagging {:.0} words/s, full parse {:.0} words/s ({n})",
            words as f64 / tag,
            words as f64 / all
        );
    }
    Ok(())
}
