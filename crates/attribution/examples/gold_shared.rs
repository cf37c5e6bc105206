//! How often PolNeAR's gold attributions share source, cue or content
//! tokens with another attribution of the same document (tuning aid).
use dossier_attribution::eval::scored_parts;
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::path::PathBuf;

fn main() {
    let split = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &split, None).expect("polnear split");
    let light = dossier_nlp::Pipeline::new(vec![
        Box::new(dossier_nlp::segment::Segmenter),
        Box::new(dossier_nlp::tokenize::Tokenizer),
    ])
    .expect("pipeline");
    let mut n = [0usize; 3];
    let mut shared = [0usize; 3];
    let mut src_in_other = 0;
    for a in &arts {
        let doc = prepare(a, &|d: &mut Document| light.run(d));
        let (_, g) = scored_parts(&doc, &[], &a.gold);
        for (i, x) in g.iter().enumerate() {
            for part in 0..3 {
                if x[part].is_empty() {
                    continue;
                }
                n[part] += 1;
                if g.iter().enumerate().any(|(j, y)| j != i && y[part].iter().any(|k| x[part].contains(k))) {
                    shared[part] += 1;
                }
            }
            if !x[0].is_empty() && g.iter().enumerate().any(|(j, y)| j != i && y[2].iter().any(|k| x[0].contains(k))) {
                src_in_other += 1;
            }
        }
    }
    println!(
        "{split}: sources {} (shared with another's source {}), cues {} (shared {}), contents {} (shared {}); sources inside another's content {}",
        n[0], shared[0], n[1], shared[1], n[2], shared[2], src_in_other
    );
}
