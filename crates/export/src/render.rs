//! A readable terminal rendering of an annotated document.
//!
//! The article comes first, with entity mentions marked by type and each
//! date followed by its resolved value; then one section per layer, with
//! attributions shown as chains (`author → PSI → Wielgus`) and their speech
//! act and certainty. With `color` the marks are ANSI colours and styles
//! (distinguishable without colour too: types are also named in the lists);
//! without it, plain brackets, so the output stays readable in a pipe or a
//! file.

use dossier_model::{Document, EntityType, Span, SpeechAct};
use std::fmt::Write;

/// Rendering options.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
}

struct Paint {
    color: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn heading(&self, s: &str) -> String {
        self.wrap("1;4", s)
    }
}

fn type_code(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Person => "36",
        EntityType::Org => "35",
        EntityType::Gpe => "32",
        EntityType::Loc => "32;2",
        EntityType::Fac => "33;2",
        EntityType::Norp => "32;3",
        EntityType::Equipment => "33",
        EntityType::Event => "34",
        EntityType::Misc => "37",
    }
}

/// Short type tags used inline when there is no colour.
fn type_tag(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Person => "PER",
        EntityType::Org => "ORG",
        EntityType::Gpe => "GPE",
        EntityType::Loc => "LOC",
        EntityType::Fac => "FAC",
        EntityType::Norp => "NORP",
        EntityType::Equipment => "EQP",
        EntityType::Event => "EVT",
        EntityType::Misc => "MISC",
    }
}

#[derive(Clone, Copy)]
enum Mark {
    Entity(EntityType),
    Timex(usize),
}

/// Renders the whole document.
pub fn render(doc: &Document, style: Style) -> String {
    let p = Paint { color: style.color };
    let mut out = String::new();
    header(doc, &p, &mut out);
    out.push('\n');
    body(doc, &p, &mut out);
    sections(doc, &p, &mut out);
    out
}

fn header(doc: &Document, p: &Paint, out: &mut String) {
    let title = doc.meta.title.as_deref().unwrap_or("(untitled)");
    let _ = writeln!(out, "{}", p.bold(title));
    let mut facts = Vec::new();
    if let Some(o) = &doc.outlet {
        let domains = if o.domains.is_empty() { String::new() } else { format!(" ({})", o.domains.join(", ")) };
        facts.push(format!("outlet: {}{domains}", o.name));
    }
    if let Some(pb) = &doc.meta.published {
        let from = match pb.source {
            dossier_model::DateSource::Metadata => "page metadata",
            dossier_model::DateSource::Text => "byline",
            dossier_model::DateSource::User => "--published",
            dossier_model::DateSource::Feed => "the feed entry",
            dossier_model::DateSource::Capture => "the archive's capture date",
        };
        facts.push(format!("published: {} (from {from})", pb.value));
    } else {
        facts.push("published: unknown (relative dates stay unanchored)".to_string());
    }
    if !doc.meta.authors.is_empty() {
        facts.push(format!("by: {}", doc.meta.authors.join(", ")));
    }
    if let Some(u) = &doc.meta.url {
        facts.push(format!("url: {u}"));
    }
    facts.push(format!("id: {}", doc.id));
    if let Some(group) = &doc.duplicates {
        let others: Vec<String> = group
            .members
            .iter()
            .filter(|m| m.id != doc.id.as_str())
            .map(|m| {
                let earliest = if m.id == group.earliest { ", earliest" } else { "" };
                format!(
                    "{} {} ({}, {}, similarity {:.2}{earliest})",
                    &m.id[..m.id.len().min(10)],
                    m.title.as_deref().unwrap_or("(untitled)"),
                    m.outlet.as_deref().unwrap_or("unknown outlet"),
                    m.published.as_deref().map(|p| &p[..p.len().min(10)]).unwrap_or("undated"),
                    m.similarity
                )
            })
            .collect();
        facts.push(format!("same story as {} other document(s):", others.len()));
        facts.extend(others.into_iter().map(|o| format!("  {o}")));
    }
    for f in facts {
        let _ = writeln!(out, "{}", p.dim(&f));
    }
}

fn body(doc: &Document, p: &Paint, out: &mut String) {
    let mut marks: Vec<(Span, Mark)> = Vec::new();
    for e in &doc.entities {
        for m in &e.mentions {
            marks.push((m.span, Mark::Entity(e.ty)));
        }
    }
    for (i, t) in doc.timexes.iter().enumerate() {
        marks.push((t.span, Mark::Timex(i)));
    }
    // Outer marks first; a mark overlapping an earlier one is skipped so
    // the rendering never interleaves brackets.
    marks.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut pos = 0;
    let text = &doc.text;
    for (span, mark) in marks {
        if span.start < pos {
            continue;
        }
        out.push_str(&text[pos..span.start]);
        let s = span.slice(text);
        match mark {
            Mark::Entity(ty) => {
                if p.color {
                    out.push_str(&p.wrap(&format!("4;{}", type_code(ty)), s));
                } else {
                    let _ = write!(out, "[{s}]{}", type_tag(ty));
                }
            }
            Mark::Timex(i) => {
                let value = &doc.timexes[i].value;
                if p.color {
                    let _ = write!(out, "{}{}", p.wrap("1;34", s), p.dim(&format!("⟨{value}⟩")));
                } else {
                    let _ = write!(out, "{s}⟨{value}⟩");
                }
            }
        }
        pos = span.end;
    }
    out.push_str(&text[pos..]);
    out.push_str("\n\n");
}

fn sections(doc: &Document, p: &Paint, out: &mut String) {
    // An entity with no mention in the text (the "unknown source" that the
    // attribution stage makes the holder of a claim whose source the text
    // does not give) is not a name the text contains: the entity list
    // leaves it out; the attribution chains still name it.
    let named: Vec<&dossier_model::Entity> = doc.entities.iter().filter(|e| !e.mentions.is_empty()).collect();
    if !named.is_empty() {
        let _ = writeln!(out, "{}", p.heading(&format!("Entities ({})", named.len())));
        for e in named {
            let name = if p.color { p.wrap(type_code(e.ty), &e.name) } else { e.name.clone() };
            let mut line = format!("  {name} {} ×{}", p.dim(e.ty.as_str()), e.mentions.len());
            let others: Vec<&str> = e.aliases.iter().map(String::as_str).filter(|a| *a != e.name).collect();
            if !others.is_empty() {
                let _ = write!(line, " — also {}", others.join(", "));
            }
            if !e.descriptions.is_empty() {
                let _ = write!(line, " — {}", e.descriptions.join("; "));
            }
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
    if !doc.timexes.is_empty() {
        let _ = writeln!(out, "{}", p.heading(&format!("Dates and times ({})", doc.timexes.len())));
        for t in &doc.timexes {
            let _ = writeln!(out, "  {:<28} {} {}", format!("“{}”", doc.slice(t.span)), t.value, p.dim(t.ty.as_str()));
        }
        out.push('\n');
    }
    if !doc.attributions.is_empty() {
        let _ = writeln!(out, "{}", p.heading(&format!("Who says what ({})", doc.attributions.len())));
        for a in &doc.attributions {
            let chain = doc.chain(&a.id).join(" → ");
            let cue = a.cue.as_ref().map(|c| doc.slice(c.span)).unwrap_or("(quote continues)");
            let neg = if a.negated { " NOT" } else { "" };
            let _ = writeln!(
                out,
                "  {} {}{neg} [{}, {}, {}]",
                p.bold(&chain),
                cue,
                a.kind.as_str(),
                a.speech_act.as_str(),
                a.certainty.level.as_str()
            );
            let _ = writeln!(out, "      “{}”", ellipsize(doc.slice(a.content), 160));
        }
        out.push('\n');
    }
    if !doc.claims.is_empty() {
        let _ = writeln!(out, "{}", p.heading(&format!("Claims ({})", doc.claims.len())));
        for c in &doc.claims {
            let holder = doc.holder_name(&c.holder);
            let neg = if c.negated { ", negated" } else { "" };
            let unsaid = doc.unsaid_by(c).map(|cue| format!(", not claimed: {cue}")).unwrap_or_default();
            // A claim reported in a denial, an accusation, a request … is
            // shown with that act: the embassy's denied proposition is not
            // its assertion.
            let act = match doc.saying_of(c) {
                Some((act, _)) if !matches!(act, SpeechAct::Assert | SpeechAct::Report | SpeechAct::Other) => {
                    format!("{}, ", act.as_str())
                }
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "  {}: {} {}",
                p.bold(&holder),
                ellipsize(doc.slice(c.span), 140),
                p.dim(&format!("[{act}{}{neg}{unsaid}]", c.certainty.level.as_str()))
            );
        }
        out.push('\n');
    }
    if !doc.events.is_empty() {
        let _ = writeln!(out, "{}", p.heading(&format!("Events ({})", doc.events.len())));
        for e in &doc.events {
            let name = |id: &Option<String>, code: &Option<dossier_model::ActorCode>| {
                side_name(doc, id, code).unwrap_or_else(|| "?".to_string())
            };
            let actor = |id: &Option<String>, code: &Option<dossier_model::ActorCode>| match code {
                Some(c) => format!("{} ({})", name(id, code), c.code),
                None => name(id, code),
            };
            let provenance = match &e.attribution {
                Some(a) => format!("reported by {}", doc.chain(a).join(" → ")),
                None => "author".to_string(),
            };
            let neg = if e.negated { ", negated" } else { "" };
            let date = e.date.as_deref().map(|d| format!(" on {d}")).unwrap_or_default();
            let place = e.location.as_deref().and_then(|l| doc.entity(l)).map(|l| format!(" in {}", l.name));
            let _ = writeln!(
                out,
                "  {} {} → {} “{}”{date}{} {}",
                p.bold(&format!("{} {}", e.code, e.label)),
                actor(&e.source, &e.source_actor),
                actor(&e.target, &e.target_actor),
                doc.slice(e.trigger),
                place.unwrap_or_default(),
                p.dim(&format!("[{provenance}, {}{neg}, Goldstein {:+.1}]", e.certainty.level.as_str(), e.goldstein))
            );
        }
        out.push('\n');
    }
    if !doc.evidence.is_empty() {
        let _ = writeln!(out, "{}", p.heading(&format!("Evidence ({})", doc.evidence.len())));
        for e in &doc.evidence {
            let _ = writeln!(out, "  {} {}", p.dim(e.kind.as_str()), ellipsize(doc.slice(e.span), 140));
        }
        out.push('\n');
    }
    if !doc.diagnostics.is_empty() {
        let _ = writeln!(out, "{}", p.heading("Notes"));
        for d in &doc.diagnostics {
            let _ = writeln!(out, "  {}: {}", d.stage, d.message);
        }
    }
}

/// An event side's name: its entity's, else (a state the coder inferred,
/// with no entity of its own) its country's.
pub fn side_name(doc: &Document, entity: &Option<String>, code: &Option<dossier_model::ActorCode>) -> Option<String> {
    entity.as_deref().and_then(|i| doc.entity(i)).map(|x| x.name.clone()).or_else(|| {
        code.as_ref().and_then(|c| c.country.as_deref()).and_then(dossier_model::country_name).map(str::to_string)
    })
}

/// Shortens long text on a char boundary, marking the cut.
pub fn ellipsize(s: &str, max_chars: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max_chars {
        return s.to_string();
    }
    let cut: String = s.chars().take(max_chars).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::*;

    #[test]
    fn plain_rendering_marks_entities_and_dates() {
        let text = "Wielgus spoke on Tuesday.";
        let mut doc = Document::new(text.into(), Metadata { title: Some("T".into()), ..Default::default() });
        doc.entities.push(Entity {
            id: "e1".into(),
            name: "Bartosz Wielgus".into(),
            ty: EntityType::Person,
            aliases: vec!["Wielgus".into()],
            descriptions: vec!["defence minister".into()],
            mentions: vec![Mention { span: Span::new(0, 7), kind: MentionKind::Name, rule: None }],
            country: None,
        });
        doc.timexes.push(Timex {
            id: "t1".into(),
            span: Span::new(17, 24),
            ty: TimexType::Date,
            value: "2025-03-04".into(),
            anchored: true,
        });
        let out = render(&doc, Style { color: false });
        assert!(out.contains("[Wielgus]PER spoke on Tuesday⟨2025-03-04⟩."), "{out}");
        assert!(out.contains("Bartosz Wielgus PERSON ×1 — also Wielgus — defence minister"), "{out}");
        assert!(!out.contains('\x1b'));
        assert!(render(&doc, Style { color: true }).contains('\x1b'));
    }

    #[test]
    fn entities_without_mentions_are_not_listed() {
        let text = "Prices rose, it was reported.";
        let mut doc = Document::new(text.into(), Metadata { title: Some("T".into()), ..Default::default() });
        doc.entities.push(Entity {
            id: "e1".into(),
            name: "unknown source".into(),
            ty: EntityType::Misc,
            aliases: Vec::new(),
            descriptions: vec!["source not given in the text".into()],
            mentions: Vec::new(),
            country: None,
        });
        let out = render(&doc, Style { color: false });
        assert!(!out.contains("unknown source"), "{out}");
        assert!(!out.contains("Entities ("), "{out}");
    }

    #[test]
    fn an_event_side_without_an_entity_is_named_by_its_country() {
        let text = "Jets were scrambled from an air base.";
        let mut doc = Document::new(text.into(), Metadata { title: Some("T".into()), ..Default::default() });
        doc.events.push(Event {
            id: "v1".into(),
            code: "150".into(),
            root: "15".into(),
            label: "Demonstrate military or police power".into(),
            trigger: Span::new(10, 19),
            source: None,
            target: None,
            date: None,
            location: None,
            goldstein: -7.2,
            sentence: 0,
            attribution: None,
            source_actor: Some(ActorCode {
                code: "POLMIL".into(),
                country: Some("POL".into()),
                role: Some("MIL".into()),
            }),
            target_actor: None,
            certainty: Certainty::asserted(),
            negated: false,
        });
        let out = render(&doc, Style { color: false });
        assert!(out.contains("Poland (POLMIL) → ? “scrambled”"), "{out}");
    }

    #[test]
    fn ellipsis_on_char_boundaries() {
        assert_eq!(ellipsize("Łódź is a city", 4), "Łódź…");
        assert_eq!(ellipsize("short", 10), "short");
    }
}
