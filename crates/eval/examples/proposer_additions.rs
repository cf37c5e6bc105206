//! Prints the events the learned proposer adds to the rules' on real files
//! (a development aid for issue 6: `cargo run --release -p dossier-eval
//! --example proposer_additions -- [--model FILE] FILES…`), each with its
//! sentence, so that they can be read and judged.

use dossier_events::proposer::Proposer;
use std::path::PathBuf;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let model = match args.iter().position(|a| a == "--model") {
        Some(i) => {
            let path = args.remove(i + 1);
            args.remove(i);
            Some(Proposer::load(std::path::Path::new(&path)).expect("model reads"))
        }
        None => None,
    };
    let proposer = model.as_ref().or(dossier_events::proposer::builtin()).expect("a proposer");
    let pipeline = dossier_nlp::default_pipeline();
    let (mut added, mut files) = (0, 0);
    for arg in &args {
        let path = PathBuf::from(arg);
        let mut doc = match dossier_ingest::read_path(&path, &Default::default()) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        pipeline.run(&mut doc);
        files += 1;
        let rules = dossier_events::code_document(&doc);
        let both = dossier_events::code_document_proposing(&doc, Some(proposer));
        for e in &both {
            if rules
                .iter()
                .any(|r| r.trigger == e.trigger && r.code == e.code && r.source == e.source && r.target == e.target)
            {
                continue;
            }
            added += 1;
            let s = &doc.sentences[e.sentence];
            let (a, b) = (doc.tokens[s.tokens.0].span.start, doc.tokens[s.tokens.1 - 1].span.end);
            println!(
                "{}\n  {} [{}] {:?} -> {:?} attr={:?}\n  | {}",
                path.display(),
                e.code,
                e.trigger.slice(&doc.text),
                e.source_actor.as_ref().map(|c| &c.code),
                e.target_actor.as_ref().map(|c| &c.code),
                e.attribution,
                doc.text[a..b].replace('\n', " ")
            );
        }
    }
    println!("{added} additions in {files} files");
}
