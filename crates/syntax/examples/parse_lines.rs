//! Prints the parse of each input line (words separated by spaces), one word
//! per row: index, word, tag, head, relation.
//!
//! `echo "The minister said the missile was launched ." | cargo run --release -p dossier-syntax --example parse_lines`

use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = dossier_syntax::Model::embedded().ok_or("the embedded syntax model is damaged")?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        for (i, p) in model.parse(&words).iter().enumerate() {
            let head = if p.head == 0 { "ROOT" } else { words[p.head - 1] };
            println!("{:>3} {:<14} {:?} {:>3} {:<12} {:?}", i + 1, words[i], p.upos, p.head, head, p.rel);
        }
        println!();
    }
    Ok(())
}
