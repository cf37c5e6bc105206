//! Codes each line of stdin through the real pipeline and prints its
//! events (a debugging aid: `cargo run --release -p dossier-events --example code_lines < sentences.txt`;
//! `SHOW_ENTITIES=1` adds the entities, `DOSSIER_TRACE_EVENTS=1` each sentence's actors and triggers,
//! `PROPOSER=1` codes with the rules and the shipped learned proposer, which the pipeline leaves out).

use dossier_model::{DateSource, Document, Metadata, Published};
use std::io::BufRead;

fn main() {
    let pipeline = dossier_nlp::default_pipeline();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if line.trim().is_empty() {
            continue;
        }
        let meta = Metadata {
            format: "text".into(),
            published: Some(Published { value: "2025-03-07".into(), source: DateSource::User }),
            ..Default::default()
        };
        let mut doc = Document::new(line.clone(), meta);
        pipeline.run(&mut doc);
        if std::env::var_os("PROPOSER").is_some() {
            doc.events = dossier_events::code_document_proposing(&doc, dossier_events::proposer::builtin());
        }
        println!("{line}");
        if std::env::var_os("SHOW_ENTITIES").is_some() {
            for e in &doc.entities {
                let m: Vec<&str> = e.mentions.iter().map(|m| m.span.slice(&doc.text)).collect();
                println!("  ent {} {:?} {:?} country={:?}", e.id, e.ty, m, e.country);
            }
        }
        for a in &doc.attributions {
            println!(
                "  attr {} cue={:?} content={:?}",
                a.id,
                a.cue.as_ref().map(|c| (c.span.slice(&doc.text), c.lemma.as_str())),
                a.content.slice(&doc.text)
            );
        }
        for e in &doc.events {
            println!(
                "  {} {} {:?} -> {:?} attr={:?}",
                e.code,
                e.trigger.slice(&doc.text),
                e.source_actor.as_ref().map(|c| &c.code),
                e.target_actor.as_ref().map(|c| &c.code),
                e.attribution
            );
        }
    }
}
