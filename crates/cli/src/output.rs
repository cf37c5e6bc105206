//! Printing results: aligned tables for people, JSON for programs.

use dossier_eval::bench::BenchReport;
use dossier_export::render::ellipsize;
use dossier_store::{ClaimRow, DocSummary, EntityRow, HIT_END, HIT_START, OutletRecord, OutletRow, SearchHit};
use serde_json::json;

/// An error with its causes, on one line: "a: b: c".
pub fn error_chain(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let s = cause.to_string();
        // Typed errors often repeat their source in their own message.
        if !parts.last().is_some_and(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ")
}

pub(crate) fn short_id(id: &str) -> &str {
    &id[..id.len().min(10)]
}

pub(crate) fn date_of(published: &Option<String>) -> &str {
    published.as_deref().map(|p| &p[..p.len().min(10)]).unwrap_or("—")
}

pub fn documents(docs: &[DocSummary], as_json: bool, total: usize) {
    if as_json {
        let rows: Vec<_> = docs.iter().map(summary_json).collect();
        println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        return;
    }
    if docs.is_empty() {
        println!("no documents (the store holds {total})");
        return;
    }
    println!("{:<10}  {:<10}  {:<22}  {:>5}  {:>4}  {:>4}  TITLE", "ID", "PUBLISHED", "OUTLET", "WORDS", "ENT", "ATTR");
    for d in docs {
        println!(
            "{:<10}  {:<10}  {:<22}  {:>5}  {:>4}  {:>4}  {}",
            short_id(&d.id),
            date_of(&d.published),
            ellipsize(d.outlet.as_deref().unwrap_or("—"), 21),
            d.words,
            d.entities,
            d.attributions,
            ellipsize(d.title.as_deref().unwrap_or("(untitled)"), 70)
        );
    }
    if docs.len() < total {
        println!("({} of {total} documents; see --limit and --offset)", docs.len());
    }
}

fn summary_json(d: &DocSummary) -> serde_json::Value {
    json!({
        "id": d.id, "title": d.title, "url": d.url, "published": d.published, "outlet": d.outlet,
        "words": d.words, "entities": d.entities, "attributions": d.attributions, "claims": d.claims,
        "source": d.source,
    })
}

pub fn search_hits(hits: &[SearchHit], as_json: bool, color: bool) {
    if as_json {
        let rows: Vec<_> = hits
            .iter()
            .map(|h| {
                let mut v = summary_json(&h.summary);
                v["snippet"] = json!(h.snippet.replace([HIT_START, HIT_END], ""));
                v["score"] = json!(h.score);
                v
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        return;
    }
    if hits.is_empty() {
        println!("no matches");
        return;
    }
    for h in hits {
        let s = &h.summary;
        println!(
            "{}  {}  {} — {}",
            short_id(&s.id),
            date_of(&s.published),
            s.title.as_deref().unwrap_or("(untitled)"),
            s.outlet.as_deref().unwrap_or("unknown outlet")
        );
        let (open, close) = if color { ("\x1b[1;33m", "\x1b[0m") } else { ("[", "]") };
        let snippet = h.snippet.replace('\n', " ").replace(HIT_START, open).replace(HIT_END, close);
        println!("    {snippet}\n");
    }
}

pub fn entities(rows: &[EntityRow], as_json: bool) {
    if as_json {
        let rows: Vec<_> = rows
            .iter()
            .map(|r| json!({"name": r.name, "type": r.ty, "documents": r.documents, "mentions": r.mentions}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        return;
    }
    if rows.is_empty() {
        println!("no entities");
        return;
    }
    println!("{:<40}  {:<10}  {:>4}  {:>8}", "NAME", "TYPE", "DOCS", "MENTIONS");
    for r in rows {
        println!("{:<40}  {:<10}  {:>4}  {:>8}", ellipsize(&r.name, 39), r.ty, r.documents, r.mentions);
    }
}

pub fn claims(rows: &[ClaimRow], as_json: bool) {
    if as_json {
        let rows: Vec<_> = rows
            .iter()
            .map(|c| {
                json!({
                    "document": c.doc_id, "title": c.doc_title, "published": c.published, "id": c.id,
                    "text": c.text, "holder": c.holder, "chain": c.chain, "certainty": c.certainty,
                    "negated": c.negated, "unsaid": c.unsaid, "speech_act": c.speech_act, "cue": c.cue,
                    "date": c.date, "about": c.about,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        return;
    }
    if rows.is_empty() {
        println!("no claims match");
        return;
    }
    for c in rows {
        let neg = if c.negated { ", negated" } else { "" };
        let unsaid = c.unsaid.as_deref().map(|cue| format!(" · NOT CLAIMED: the source {cue}")).unwrap_or_default();
        // The saying's cue and act, as `extract` shows them: a denial's
        // claim is what its holder rejects ("… embassy denied [deny, …]").
        let cue = c.cue.as_deref().map(|w| format!(" {w}")).unwrap_or_default();
        let act = c.speech_act.as_deref().map(|a| format!("{a}, ")).unwrap_or_default();
        println!("{}{cue} [{act}{}{neg}]{unsaid} {}", c.chain.join(" → "), c.certainty, date_of(&c.published));
        println!("    “{}”", ellipsize(&c.text, 200));
        let about = if c.about.is_empty() { String::new() } else { format!(" · about {}", c.about.join(", ")) };
        println!("    in {} ({}){about}\n", c.doc_title.as_deref().unwrap_or("(untitled)"), short_id(&c.doc_id));
    }
}

pub fn outlets(rows: &[OutletRow]) {
    if rows.is_empty() {
        println!("no outlets known yet");
        return;
    }
    for r in rows {
        let grade = r.reliability.as_deref().map(|g| format!(" · reliability {g}")).unwrap_or_default();
        let kind = r.kind.as_deref().map(|k| format!(" · {}", k.replace('_', " "))).unwrap_or_default();
        println!(
            "{} ({}) — {} document{}{kind}{grade}",
            r.outlet.name,
            r.outlet.id,
            r.documents,
            if r.documents == 1 { "" } else { "s" }
        );
        if !r.outlet.domains.is_empty() {
            println!("    domains: {}", r.outlet.domains.join(", "));
        }
    }
}

pub fn bench(r: &BenchReport) {
    println!("pipeline     {}", r.pipeline);
    println!("input        {} documents, {} tokens, {:.2} MB", r.documents, r.tokens, r.bytes as f64 / 1e6);
    println!("timed        {} passes after 1 warm-up, {:.3} s, one thread", r.iterations, r.seconds);
    println!("documents/s  {:.1}", r.documents_per_second);
    println!("tokens/s     {:.0}", r.tokens_per_second);
    println!("MB/s         {:.2}", r.mb_per_second);
    if let Some(m) = r.peak_rss_mib {
        println!("peak memory  {m:.1} MiB");
    }
    println!("stage          seconds  share");
    for s in &r.stages {
        println!("  {:<12} {:>7.3}  {:>5.1}%", s.stage, s.seconds, s.share * 100.0);
    }
}

pub fn outlet_record(r: &OutletRecord) {
    println!("{} ({})", r.outlet.name, r.outlet.id);
    let grade = r.reliability.as_deref().map(|g| {
        let meaning = dossier_store::RELIABILITY_GRADES.iter().find(|(x, _)| *x == g).map_or("", |(_, m)| m);
        format!("{g} ({meaning})")
    });
    println!("  reliability  {}", grade.as_deref().unwrap_or("not graded"));
    if let Some(why) = &r.rationale {
        println!("  rationale    {why}");
    }
    println!("  type         {}", r.kind.as_deref().map(|k| k.replace('_', " ")).unwrap_or_else(|| "unknown".into()));
    println!("  country      {}", r.country.as_deref().unwrap_or("unknown"));
    println!("  documents    {}", r.documents);
    for d in &r.domains {
        let span = match (&d.first_seen, &d.last_seen) {
            (Some(a), Some(b)) if a != b => format!("seen {a} to {b}"),
            (Some(a), _) => format!("seen {a}"),
            _ => "not seen in a dated document".to_string(),
        };
        println!("  domain       {} ({span})", d.domain);
    }
    if let Some(u) = &r.updated_at {
        println!("  edited       {u}");
    }
}
