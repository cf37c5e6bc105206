//! `dossier demo`: ingest the bundled example articles into a fresh store
//! and print a brief of what was found — per article, who says what with
//! the chain of sources and certainty, the dates that anchor it, and the
//! main actors; across articles, the outlets and the entities that recur.

use crate::examples::ARTICLES;
use anyhow::{Context, Result};
use dossier_export::render::ellipsize;
use dossier_ingest::{Format, ReadOptions, read_bytes};
use dossier_model::{Document, EntityType};
use dossier_store::{EntityFilter, PutOutcome, SqliteStore, Store};
use std::path::Path;
use std::process::ExitCode;

pub fn demo(db: &Path) -> Result<ExitCode> {
    for suffix in ["", "-wal", "-shm"] {
        let p = format!("{}{suffix}", db.display());
        if Path::new(&p).exists() {
            std::fs::remove_file(&p).with_context(|| format!("{p}: cannot replace the old demo store"))?;
        }
    }
    let mut store = SqliteStore::open(db)?;
    let pipeline = dossier_nlp::default_pipeline();
    let mut docs = Vec::new();
    for (name, bytes) in ARTICLES {
        let mut doc = read_bytes(bytes, name, Format::Text, &ReadOptions::default())?;
        pipeline.run(&mut doc);
        if store.put(&doc, Some(name), &pipeline.signature())? == PutOutcome::Inserted {
            docs.push(doc);
        }
    }
    docs.sort_by(|a, b| {
        let date = |d: &Document| d.meta.published.as_ref().map(|p| p.value.clone()).unwrap_or_default();
        date(a).cmp(&date(b))
    });
    println!("dossier demo: {} example articles extracted and stored in {}\n", docs.len(), db.display());
    for doc in &docs {
        article(doc);
    }
    across(&store)?;
    let db = db.display();
    println!("Next steps:");
    println!("  dossier list --db {db}                       the stored articles, with ids");
    println!("  dossier show ID --db {db}                    one article with its annotations");
    println!("  dossier search \"missile fragments\" --db {db}");
    println!("  dossier claims --by minister --db {db}       what each source claimed, with its chain");
    println!("  dossier entities --db {db}");
    println!(
        "  dossier tension Poland Belarus --db {db}     events between two actors per period, traced to sentences"
    );
    println!("  dossier serve --db {db}                      the web UI at http://127.0.0.1:8080/");
    Ok(ExitCode::SUCCESS)
}

fn article(doc: &Document) {
    let date = doc.meta.published.as_ref().map(|p| p.date_part()).unwrap_or("undated");
    let outlet = doc.outlet.as_ref().map(|o| o.name.as_str()).unwrap_or("unknown outlet");
    println!("■ {date} · {outlet}");
    println!("  {}", doc.meta.title.as_deref().unwrap_or("(untitled)"));
    println!(
        "  {} words · {} entities · {} dates · {} attributions · {} claims · {} events · {} evidence items",
        doc.word_count(),
        doc.entities.len(),
        doc.timexes.len(),
        doc.attributions.len(),
        doc.claims.len(),
        doc.events.len(),
        doc.evidence.len()
    );
    if !doc.attributions.is_empty() {
        println!("  Who says what:");
        for a in doc.attributions.iter().take(6) {
            let neg = if a.negated { "not " } else { "" };
            println!(
                "    {} ({neg}{}, {}): “{}”",
                doc.chain(&a.id).join(" → "),
                a.speech_act.as_str(),
                a.certainty.level.as_str().replace('_', " "),
                ellipsize(doc.slice(a.content), 90)
            );
        }
        if doc.attributions.len() > 6 {
            println!("    … and {} more (dossier show)", doc.attributions.len() - 6);
        }
    }
    let hedged: Vec<_> = doc
        .claims
        .iter()
        .filter(|c| c.attribution.is_none() && c.certainty.level != dossier_model::CertaintyLevel::Asserted)
        .take(3)
        .collect();
    if !hedged.is_empty() {
        println!("  The outlet's own judgments:");
        for c in hedged {
            println!("    [{}] {}", c.certainty.level.as_str().replace('_', " "), ellipsize(doc.slice(c.span), 100));
        }
    }
    if !doc.timexes.is_empty() {
        let dates: Vec<String> =
            doc.timexes.iter().take(5).map(|t| format!("“{}” = {}", doc.slice(t.span), t.value)).collect();
        println!("  When: {}", dates.join(", "));
    }
    let actors: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| matches!(e.ty, EntityType::Person | EntityType::Org | EntityType::Gpe))
        .take(8)
        .map(|e| e.name.as_str())
        .collect();
    if !actors.is_empty() {
        println!("  Actors: {}", actors.join(", "));
    }
    let equipment: Vec<&str> =
        doc.entities.iter().filter(|e| e.ty == EntityType::Equipment).map(|e| e.name.as_str()).collect();
    if !equipment.is_empty() {
        println!("  Equipment: {}", equipment.join(", "));
    }
    let events: Vec<String> = doc
        .events
        .iter()
        .filter(|e| !e.negated && e.source.is_some() && e.target.is_some())
        .take(5)
        .map(|e| {
            // An actor as the text names it, with its code: "Romanian
            // (ROUMED)" says the Romanian media, not the country.
            let name = |id: &Option<String>, actor: &Option<dossier_model::ActorCode>| match (
                dossier_export::render::side_name(doc, id, actor),
                actor,
            ) {
                (Some(n), Some(a)) => format!("{n} ({})", a.code),
                (Some(n), None) => n,
                (None, Some(a)) => a.code.clone(),
                (None, None) => "?".to_string(),
            };
            let how = match &e.attribution {
                Some(a) => format!("claimed by {}", doc.chain(a).last().cloned().unwrap_or_default()),
                None if e.certainty.level == dossier_model::CertaintyLevel::Asserted => "fact".to_string(),
                None => e.certainty.level.as_str().replace('_', " "),
            };
            format!(
                "{} → {}: {} {} [{how}]",
                name(&e.source, &e.source_actor),
                name(&e.target, &e.target_actor),
                e.code,
                e.label
            )
        })
        .collect();
    if !events.is_empty() {
        println!("  Events:");
        for e in events {
            println!("    {e}");
        }
    }
    println!("  id {}\n", &doc.id.as_str()[..10]);
}

fn across(store: &SqliteStore) -> Result<()> {
    let outlets = store.outlets()?;
    if !outlets.is_empty() {
        println!("Outlets (one identity across old and new domains):");
        for o in &outlets {
            println!(
                "  {} — {} ({} article{})",
                o.outlet.name,
                o.outlet.domains.join(", "),
                o.documents,
                if o.documents == 1 { "" } else { "s" }
            );
        }
        println!();
    }
    let recurring: Vec<_> = store
        .entities(&EntityFilter { limit: 12, ..Default::default() })?
        .into_iter()
        .filter(|e| e.documents > 1)
        .collect();
    if !recurring.is_empty() {
        println!("Named in more than one article:");
        for e in recurring {
            println!("  {} ({}) in {} articles, {} mentions", e.name, e.ty, e.documents, e.mentions);
        }
        println!();
    }
    let pairs = dossier_analysis::busiest_pairs(store, 4)?;
    if !pairs.is_empty() {
        println!("Tension between the actors with the most events (facts; claims apart):");
        for (a, b, _) in &pairs {
            let r = dossier_analysis::tension(store, &dossier_analysis::TensionQuery::new(a, b))?;
            let t = &r.total;
            println!(
                "  {a} – {b}: {} verbal conflict, {} material conflict, {} cooperation; {} claimed; Goldstein {:+.1}",
                t.verbal_conflict.facts,
                t.material_conflict.facts,
                t.verbal_cooperation.facts + t.material_cooperation.facts,
                t.claimed(),
                t.goldstein
            );
        }
        println!();
    }
    Ok(())
}
