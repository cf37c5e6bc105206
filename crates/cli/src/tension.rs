//! `dossier tension` and `dossier events`: the tension index and the event
//! list, as tables, JSON or CSV.

use crate::TensionFormat;
use crate::output::{date_of, short_id};
use dossier_analysis::{PeriodRow, TensionReport};
use dossier_export::render::ellipsize;
use dossier_model::QuadClass;
use dossier_store::{EventActor, EventRow};
use serde_json::json;

pub fn events(rows: &[EventRow], as_json: bool) {
    if as_json {
        let rows: Vec<_> = rows
            .iter()
            .map(|e| {
                let side = |s: &EventActor| json!({"name": s.name, "type": s.ty, "code": s.code, "country": s.country});
                json!({
                    "document": e.doc_id, "title": e.doc_title, "published": e.published, "outlet": e.outlet,
                    "id": e.id, "code": e.code, "root": e.root, "label": e.label, "trigger": e.trigger,
                    "source": side(&e.source), "target": side(&e.target), "date": e.date,
                    "goldstein": e.goldstein, "certainty": e.certainty, "negated": e.negated,
                    "chain": e.chain, "sentence": e.sentence, "sentence_text": e.sentence_text,
                    "quad_class": QuadClass::of_root(&e.root).map(|q| q.as_str()),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        return;
    }
    if rows.is_empty() {
        println!("no events match");
        return;
    }
    for e in rows {
        let neg = if e.negated { ", negated" } else { "" };
        let when = e.date.as_deref().unwrap_or_else(|| date_of(&e.published));
        println!(
            "{when}  {} → {}  {} {} (Goldstein {:+.1})",
            e.source.label().unwrap_or_else(|| "—".to_string()),
            e.target.label().unwrap_or_else(|| "—".to_string()),
            e.code,
            e.label,
            e.goldstein
        );
        println!("    reported by {} [{}{neg}]", e.chain.join(" → "), e.certainty);
        println!("    “{}”", ellipsize(&e.sentence_text, 200));
        println!(
            "    in {} ({}), trigger “{}”\n",
            e.doc_title.as_deref().unwrap_or("(untitled)"),
            short_id(&e.doc_id),
            e.trigger
        );
    }
}

pub fn print(r: &TensionReport, format: TensionFormat) {
    match format {
        TensionFormat::Json => println!("{}", serde_json::to_string_pretty(r).unwrap_or_default()),
        TensionFormat::Csv => csv(r),
        TensionFormat::Table => table(r),
    }
}

fn who(s: &dossier_analysis::ActorSummary) -> String {
    if s.countries.is_empty() { s.query.clone() } else { format!("{} ({})", s.query, s.countries.join(", ")) }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

fn csv(r: &TensionReport) {
    let mut header = vec!["period".to_string()];
    for q in QuadClass::ALL {
        header.push(format!("{}_facts", q.as_str()));
        header.push(format!("{}_claimed", q.as_str()));
    }
    header.extend(["goldstein", "claimed_goldstein", "incidents", "documents"].map(String::from));
    println!("{}", header.join(","));
    for row in r.periods.iter().chain(std::iter::once(&r.total)) {
        let mut f = vec![csv_field(&row.period)];
        for q in QuadClass::ALL {
            f.push(row.cell(q).facts.to_string());
            f.push(row.cell(q).claimed.to_string());
        }
        f.push(format!("{:.2}", row.goldstein));
        f.push(format!("{:.2}", row.claimed_goldstein));
        f.push(row.incidents.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" "));
        f.push(row.documents.join(" "));
        println!("{}", f.join(","));
    }
}

fn table(r: &TensionReport) {
    let range = match (&r.from, &r.to) {
        (Some(f), Some(t)) => format!(", {f} to {t}"),
        (Some(f), None) => format!(", from {f}"),
        (None, Some(t)) => format!(", to {t}"),
        (None, None) => String::new(),
    };
    println!("Tension between {} and {}, by {}{range}", who(&r.a), who(&r.b), r.by);
    if r.incidents.is_empty() {
        println!("\nno events between them in the store ({} read, none counted)", r.events);
        skipped(r);
        return;
    }
    println!();
    println!(
        "{:<10} {:>8} {:>8} {:>8} {:>8} {:>10} {:>8} {:>10}  incidents",
        "period", "v-coop", "m-coop", "v-confl", "m-confl", "goldstein", "claimed", "claimed g"
    );
    let line = |row: &PeriodRow| {
        let cells: Vec<String> = QuadClass::ALL.iter().map(|q| row.cell(*q).facts.to_string()).collect();
        let incidents = if row.incidents.len() > 8 {
            format!("#{}…#{}", row.incidents[0], row.incidents[row.incidents.len() - 1])
        } else {
            row.incidents.iter().map(|n| format!("#{n}")).collect::<Vec<_>>().join(" ")
        };
        println!(
            "{:<10} {:>8} {:>8} {:>8} {:>8} {:>10.1} {:>8} {:>10.1}  {incidents}",
            row.period,
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            row.goldstein,
            row.claimed(),
            row.claimed_goldstein
        );
    };
    for row in &r.periods {
        line(row);
    }
    if r.periods.len() > 1 {
        line(&r.total);
    }
    println!(
        "\nColumns count incidents the author states as facts, by CAMEO quad class; `claimed` counts incidents only\n\
         reported by a source or hedged (never added to the facts), their Goldstein values weighted by certainty.\n\
         Reports of one incident (same actors, CAMEO root and day, similar wording or a republished story) count once."
    );
    println!("\nIncidents");
    for i in &r.incidents {
        let status = if i.fact {
            "fact".to_string()
        } else {
            let by = i.claimed_by.as_deref().map(|h| format!(" by {h}")).unwrap_or_default();
            format!("claimed{by}, {}, weight {:.2}", i.certainty.replace('_', " "), i.weight)
        };
        println!(
            "#{:<3} {}  {} → {}  {} {}  [{}, {status}]  Goldstein {:+.1}",
            i.number,
            i.day,
            i.source,
            i.target,
            i.code,
            i.label,
            i.quad.label(),
            i.weighted_goldstein
        );
        for rep in &i.reports {
            println!(
                "      {} · {} · {} ({} {}, sentence {})",
                rep.outlet.as_deref().unwrap_or("unknown outlet"),
                date_of(&rep.published),
                ellipsize(rep.title.as_deref().unwrap_or("(untitled)"), 70),
                short_id(&rep.doc_id),
                rep.event,
                rep.sentence
            );
            println!(
                "        “{}” — trigger “{}”, {}",
                ellipsize(&rep.sentence_text, 180),
                rep.trigger,
                rep.chain.join(" → ")
            );
        }
    }
    skipped(r);
}

fn skipped(r: &TensionReport) {
    let s = &r.skipped;
    let mut parts = Vec::new();
    if s.negated > 0 {
        parts.push(format!("{} negated (the text says it did not happen)", s.negated));
    }
    if s.undated > 0 {
        parts.push(format!("{} undated", s.undated));
    }
    if s.imprecise > 0 {
        parts.push(format!("{} dated too coarsely for the periods (e.g. a year only)", s.imprecise));
    }
    if s.outside_range > 0 {
        parts.push(format!("{} outside the dates asked", s.outside_range));
    }
    if s.same_actor > 0 {
        parts.push(format!("{} within one side", s.same_actor));
    }
    if !parts.is_empty() {
        println!("\nLeft out: {}.", parts.join(", "));
    }
}
