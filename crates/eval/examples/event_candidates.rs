//! Dumps, for each text of an event gold file, what the event coder sees
//! and codes, as one JSON object per line: tokens, sentences, each
//! sentence's actors (the pipeline's actor finder, before the coder's own
//! filtering), attributions, the coded events and the gold events. A
//! development aid for studying where events are missed:
//! `cargo run --release -p dossier-eval --example event_candidates -- crates/eval/data/events/heldout5.jsonl > /tmp/h5.jsonl`.

use dossier_events::actors::SentenceView;
use dossier_events::{ActorFinder, EntityActors};
use dossier_model::Document;
use serde_json::json;

fn main() {
    // DUMP_SYNTAX=1 adds each token's part of speech, head and relation
    let pipeline = if std::env::var_os("DUMP_SYNTAX").is_some() {
        dossier_nlp::pipeline_with_syntax()
    } else {
        dossier_nlp::default_pipeline()
    };
    for path in std::env::args().skip(1) {
        let texts = match dossier_eval::events::read_gold(std::path::Path::new(&path)) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        for t in &texts {
            let mut doc = dossier_eval::events::document(&t.text, t.published.clone());
            pipeline.run(&mut doc);
            println!("{}", dump(&path, t, &doc));
        }
    }
}

fn dump(path: &str, t: &dossier_eval::events::GoldText, doc: &Document) -> serde_json::Value {
    let prepared = EntityActors.prepare(doc);
    let finder: &dyn ActorFinder = prepared.as_deref().unwrap_or(&EntityActors);
    let tokens: Vec<_> = doc.tokens.iter().map(|k| json!([k.span.start, k.span.end])).collect();
    let mut sentences = Vec::new();
    for s in &doc.sentences {
        let (lo, hi) = s.tokens;
        let words: Vec<String> = doc.tokens[lo..hi]
            .iter()
            .map(|k| k.span.slice(&doc.text).to_lowercase().replace('\u{2019}', "'"))
            .collect();
        let view = SentenceView { doc, words: &words, first: lo };
        let actors: Vec<_> = finder
            .actors(&view)
            .iter()
            .map(|a| {
                json!({"start": a.start, "end": a.end, "code": a.code.as_ref().map(|c| c.code.clone()),
                       "entity": a.entity, "place": a.place})
            })
            .collect();
        sentences.push(json!({"lo": lo, "hi": hi, "actors": actors}));
    }
    let attributions: Vec<_> = doc
        .attributions
        .iter()
        .map(|a| {
            json!({"id": a.id, "cue": a.cue.as_ref().map(|c| [c.span.start, c.span.end]),
                   "content": [a.content.start, a.content.end], "negated": a.negated,
                   "parent": a.parent, "level": format!("{:?}", a.certainty.level)})
        })
        .collect();
    let entities: Vec<_> = doc
        .entities
        .iter()
        .map(|e| {
            json!({"id": e.id, "type": format!("{:?}", e.ty), "country": e.country,
                   "mentions": e.mentions.iter().map(|m| [m.span.start, m.span.end]).collect::<Vec<_>>()})
        })
        .collect();
    let events: Vec<_> = doc
        .events
        .iter()
        .map(|e| {
            json!({"code": e.code, "trigger": [e.trigger.start, e.trigger.end],
                   "source": e.source_actor.as_ref().map(|c| c.code.clone()),
                   "target": e.target_actor.as_ref().map(|c| c.code.clone()),
                   "attribution": e.attribution, "negated": e.negated,
                   "asserted": e.certainty.level == dossier_model::CertaintyLevel::Asserted})
        })
        .collect();
    let syntax: Vec<_> =
        doc.syntax.iter().map(|x| json!([format!("{:?}", x.upos), x.head, format!("{:?}", x.rel)])).collect();
    json!({"set": path, "syntax": syntax, "id": t.id, "published": t.published, "text": doc.text, "tokens": tokens,
           "sentences": sentences, "attributions": attributions, "entities": entities,
           "events": events, "gold": t.events})
}
