//! The reader's model: the article text as HTML with every extracted span
//! highlighted, and the side panel's items.
//!
//! Key decisions:
//! - The text is cut at every span boundary and each piece is escaped; the
//!   only markup added is `<mark>` elements whose attributes are built here
//!   from escaped values. Stored text can therefore never become markup.
//! - Spans may overlap without nesting (a claim that starts inside a quote
//!   and ends after it). HTML cannot express that, so a span that would be
//!   crossed is closed and reopened around the crossing; only the first
//!   piece carries the element id and `tabindex`, so keyboard focus visits
//!   each span once.
//! - Each highlight points (`data-ref`) at its side-panel item, whose
//!   `.detail` block holds the chain, speech act and certainty. The tooltip
//!   script shows that block; without scripts the panel shows it anyway and
//!   the `title` attribute gives a one-line summary.

use crate::html::{entity_href, escape_into, truncate};
use dossier_model::{AttributionKind, Document, Span};

/// One highlighted span.
struct Ann {
    span: Span,
    /// CSS classes, e.g. `k-ent t-person`.
    class: String,
    /// Element id of the first piece.
    id: String,
    /// The side-panel item it belongs to.
    key: String,
    /// One-line summary for the `title` attribute.
    title: String,
    /// Larger spans first at equal starts; ties broken by this rank.
    rank: u8,
}

/// A labelled value in a side-panel item.
pub struct Line {
    pub label: &'static str,
    pub value: String,
}

/// One item of the side panel.
pub struct Item {
    /// `att-a1`; the item's element id is `info-{key}`.
    pub key: String,
    /// The element id of its span in the text.
    pub anchor: String,
    pub title: String,
    /// A short excerpt under the title (what was said, the claim's text).
    pub sub: String,
    /// A short kind label shown as a badge (`quote`, `PERSON` …).
    pub badge: String,
    /// CSS class of the badge, matching the highlight's kind.
    pub class: String,
    pub chain: Vec<String>,
    pub lines: Vec<Line>,
    /// A link to the entity page, for entities.
    pub href: Option<String>,
}

pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub items: Vec<Item>,
}

pub struct Reader {
    /// The highlighted article text (safe HTML).
    pub text_html: String,
    /// Sections with items, in panel order.
    pub sections: Vec<Section>,
    /// Titles of the sections with nothing in them ("Claims, Events").
    pub missing: String,
}

fn attribution_is_quote(kind: AttributionKind) -> bool {
    matches!(kind, AttributionKind::Direct | AttributionKind::Mixed)
}

/// Builds the reader for a document.
pub fn build(doc: &Document) -> Reader {
    let mut anns = Vec::new();
    let mut entities = Vec::new();
    for e in &doc.entities {
        let key = format!("ent-{}", e.id);
        let ty = e.ty.as_str();
        for (i, m) in e.mentions.iter().enumerate() {
            let why = match &m.rule {
                Some(r) => format!(" (joined by rule {r})"),
                None => String::new(),
            };
            anns.push(Ann {
                span: m.span,
                class: format!("k-ent t-{}", ty.to_ascii_lowercase()),
                id: format!("m-{}-{i}", e.id),
                key: key.clone(),
                title: format!("{ty} {}{why}", e.name),
                rank: 5,
            });
        }
        let mut lines = vec![Line { label: "mentions", value: e.mentions.len().to_string() }];
        if !e.aliases.is_empty() {
            lines.push(Line { label: "aliases", value: e.aliases.join(", ") });
        }
        if !e.descriptions.is_empty() {
            lines.push(Line { label: "described as", value: e.descriptions.join("; ") });
        }
        entities.push(Item {
            key,
            anchor: format!("m-{}-0", e.id),
            title: e.name.clone(),
            sub: e.descriptions.first().cloned().unwrap_or_default(),
            badge: ty.to_string(),
            class: "k-ent".into(),
            chain: Vec::new(),
            lines,
            href: Some(entity_href(ty, &e.name)),
        });
    }

    let mut attributions = Vec::new();
    for a in &doc.attributions {
        let key = format!("att-{}", a.id);
        let chain = doc.chain(&a.id);
        let quote = attribution_is_quote(a.kind);
        let summary = format!(
            "{}: {} · {} · certainty {}",
            if quote { "quote" } else { "reported" },
            chain.join(" → "),
            a.speech_act.as_str(),
            a.certainty.level.as_str()
        );
        anns.push(Ann {
            span: a.content,
            class: if quote { "k-quote".into() } else { "k-report".into() },
            id: format!("q-{}", a.id),
            key: key.clone(),
            title: summary.clone(),
            rank: 1,
        });
        if let Some(src) = &a.source {
            anns.push(Ann {
                span: src.span,
                class: "k-src".into(),
                id: format!("s-{}", a.id),
                key: key.clone(),
                title: format!("source of {summary}"),
                rank: 3,
            });
        }
        if let Some(cue) = &a.cue {
            anns.push(Ann {
                span: cue.span,
                class: "k-cue".into(),
                id: format!("c-{}", a.id),
                key: key.clone(),
                title: format!("cue “{}” of {summary}", cue.lemma),
                rank: 4,
            });
        }
        let mut lines = vec![
            Line { label: "kind", value: a.kind.as_str().replace('_', " ") },
            Line { label: "speech act", value: a.speech_act.as_str().into() },
            Line { label: "certainty", value: certainty_text(doc, &a.certainty) },
        ];
        if let Some(cue) = &a.cue {
            lines.push(Line { label: "cue", value: format!("{} ({})", doc.slice(cue.span), cue.lemma) });
        }
        if a.negated {
            lines.push(Line { label: "negated", value: "yes".into() });
        }
        if let Some(d) = &a.date {
            lines.push(Line { label: "date", value: d.clone() });
        }
        lines.push(Line { label: "says", value: truncate(doc.slice(a.content), 220) });
        attributions.push(Item {
            key,
            anchor: format!("q-{}", a.id),
            title: doc.source_name(a),
            sub: truncate(doc.slice(a.content), 90),
            badge: if quote { "quote".into() } else { "reported".into() },
            class: if quote { "k-quote".into() } else { "k-report".into() },
            chain,
            lines,
            href: None,
        });
    }

    let mut claims = Vec::new();
    for c in &doc.claims {
        let key = format!("cl-{}", c.id);
        let holder = doc.holder_name(&c.holder);
        let chain = match &c.attribution {
            Some(a) => doc.chain(a),
            None => vec!["author".to_string()],
        };
        // A reported claim usually covers exactly its attribution's content,
        // which is highlighted already; a second highlight would only nest.
        let same_as_content =
            c.attribution.as_deref().and_then(|a| doc.attribution(a)).is_some_and(|a| a.content == c.span);
        let anchor = if same_as_content {
            format!("q-{}", c.attribution.as_deref().unwrap_or_default())
        } else {
            anns.push(Ann {
                span: c.span,
                class: "k-claim".into(),
                id: format!("cl-{}", c.id),
                key: key.clone(),
                title: format!(
                    "claim held by {holder} · {} · certainty {}",
                    chain.join(" → "),
                    c.certainty.level.as_str()
                ),
                rank: 2,
            });
            format!("cl-{}", c.id)
        };
        let mut lines = vec![Line { label: "certainty", value: certainty_text(doc, &c.certainty) }];
        if c.negated {
            lines.push(Line { label: "negated", value: "yes".into() });
        }
        if let Some(cue) = doc.unsaid_by(c) {
            lines.push(Line { label: "not claimed", value: format!("the source {cue}") });
        }
        if let Some((act, cue)) = doc.saying_of(c) {
            let value = match cue {
                Some(cue) => format!("{} (“{cue}”)", act.as_str()),
                None => act.as_str().to_string(),
            };
            lines.push(Line { label: "speech act", value });
        }
        if let Some(d) = &c.date {
            lines.push(Line { label: "date", value: d.clone() });
        }
        let about: Vec<String> = c.about.iter().filter_map(|e| doc.entity(e)).map(|e| e.name.clone()).collect();
        if !about.is_empty() {
            lines.push(Line { label: "about", value: about.join(", ") });
        }
        lines.push(Line { label: "text", value: truncate(doc.slice(c.span), 220) });
        claims.push(Item {
            key,
            anchor,
            title: holder,
            sub: truncate(doc.slice(c.span), 90),
            badge: "claim".into(),
            class: "k-claim".into(),
            chain,
            lines,
            href: None,
        });
    }

    let mut evidence = Vec::new();
    for v in &doc.evidence {
        let key = format!("evd-{}", v.id);
        anns.push(Ann {
            span: v.span,
            class: "k-evid".into(),
            id: format!("v-{}", v.id),
            key: key.clone(),
            title: format!("evidence ({}): {}", v.kind.as_str(), v.description),
            rank: 2,
        });
        let mut lines = vec![Line { label: "kind", value: v.kind.as_str().into() }];
        if let Some(l) = v.location.as_deref().and_then(|l| doc.entity(l)) {
            lines.push(Line { label: "location", value: l.name.clone() });
        }
        if let Some(d) = &v.date {
            lines.push(Line { label: "date", value: d.clone() });
        }
        if !v.supports.is_empty() {
            lines.push(Line { label: "supports", value: v.supports.join(", ") });
        }
        lines.push(Line { label: "text", value: truncate(doc.slice(v.span), 220) });
        evidence.push(Item {
            key,
            anchor: format!("v-{}", v.id),
            title: if v.description.is_empty() { v.kind.as_str().to_string() } else { v.description.clone() },
            sub: truncate(doc.slice(v.span), 90),
            badge: "evidence".into(),
            class: "k-evid".into(),
            chain: Vec::new(),
            lines,
            href: None,
        });
    }

    let mut events = Vec::new();
    for ev in &doc.events {
        let key = format!("evt-{}", ev.id);
        anns.push(Ann {
            span: ev.trigger,
            class: "k-event".into(),
            id: format!("ev-{}", ev.id),
            key: key.clone(),
            title: format!("event {} {}", ev.code, ev.label),
            rank: 4,
        });
        let name = |id: &Option<String>| id.as_deref().and_then(|i| doc.entity(i)).map(|e| e.name.clone());
        let mut lines = vec![Line { label: "CAMEO", value: format!("{} (root {})", ev.code, ev.root) }];
        if let Some(s) = name(&ev.source) {
            lines.push(Line { label: "source", value: s });
        }
        if let Some(t) = name(&ev.target) {
            lines.push(Line { label: "target", value: t });
        }
        if let Some(d) = &ev.date {
            lines.push(Line { label: "date", value: d.clone() });
        }
        if let Some(l) = name(&ev.location) {
            lines.push(Line { label: "location", value: l });
        }
        lines.push(Line { label: "Goldstein", value: format!("{:+.1}", ev.goldstein) });
        events.push(Item {
            key,
            anchor: format!("ev-{}", ev.id),
            title: ev.label.clone(),
            sub: truncate(&sentence_of(doc, ev.trigger.start), 90),
            badge: "event".into(),
            class: "k-event".into(),
            chain: ev.attribution.as_deref().map(|a| doc.chain(a)).unwrap_or_default(),
            lines,
            href: None,
        });
    }

    let mut dates = Vec::new();
    for t in &doc.timexes {
        let key = format!("tx-{}", t.id);
        anns.push(Ann {
            span: t.span,
            class: "k-date".into(),
            id: format!("x-{}", t.id),
            key: key.clone(),
            title: format!("{} {}", t.ty.as_str(), t.value),
            rank: 6,
        });
        let mut lines = vec![Line { label: "value", value: t.value.clone() }];
        if t.anchored {
            lines.push(Line { label: "anchored on", value: "publication date".into() });
        }
        dates.push(Item {
            key,
            anchor: format!("x-{}", t.id),
            title: doc.slice(t.span).to_string(),
            sub: String::new(),
            badge: t.ty.as_str().into(),
            class: "k-date".into(),
            chain: Vec::new(),
            lines,
            href: None,
        });
    }

    let sections = vec![
        Section { id: "attributions", title: "Attributions", items: attributions },
        Section { id: "claims", title: "Claims", items: claims },
        Section { id: "evidence", title: "Evidence", items: evidence },
        Section { id: "events", title: "Events", items: events },
        Section { id: "entities", title: "Entities", items: entities },
        Section { id: "dates", title: "Dates", items: dates },
    ];
    // Empty sections are named in one line under the others, so the panel
    // opens on what was found.
    let (sections, empty): (Vec<Section>, Vec<Section>) = sections.into_iter().partition(|s| !s.items.is_empty());
    let missing = empty.iter().map(|s| s.title).collect::<Vec<_>>().join(", ");
    Reader { text_html: highlight(&doc.text, anns), sections, missing }
}

fn sentence_of(doc: &Document, at: usize) -> String {
    doc.sentence_at(at).map(|i| doc.slice(doc.sentences[i].span).trim().to_string()).unwrap_or_default()
}

fn certainty_text(doc: &Document, c: &dossier_model::Certainty) -> String {
    let level = c.level.as_str().replace('_', " ");
    if c.cues.is_empty() {
        level
    } else {
        let cues: Vec<&str> = c.cues.iter().map(|s| doc.slice(*s)).collect();
        format!("{level} (“{}”)", cues.join("”, “"))
    }
}

/// Whether a span can be used on `text`: inside it, non-empty, on char
/// boundaries. Spans from a damaged store are skipped rather than trusted.
fn usable(text: &str, s: Span) -> bool {
    s.start < s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
}

fn open_tag(out: &mut String, a: &Ann, first: bool) {
    out.push_str("<mark class=\"hl ");
    escape_into(out, &a.class);
    out.push_str("\" data-ref=\"");
    escape_into(out, &a.key);
    out.push('"');
    if first {
        out.push_str(" id=\"");
        escape_into(out, &a.id);
        out.push_str("\" tabindex=\"0\" aria-describedby=\"info-");
        escape_into(out, &a.key);
        out.push('"');
    }
    out.push_str(" title=\"");
    escape_into(out, &a.title);
    out.push_str("\">");
}

/// The text as HTML with `anns` as nested `<mark>` elements.
fn highlight(text: &str, mut anns: Vec<Ann>) -> String {
    anns.retain(|a| usable(text, a.span));
    anns.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)).then(a.rank.cmp(&b.rank)));
    let mut bounds: Vec<usize> = anns.iter().flat_map(|a| [a.span.start, a.span.end]).collect();
    bounds.push(text.len());
    bounds.sort_unstable();
    bounds.dedup();

    let mut out = String::with_capacity(text.len() * 2);
    // Indices into `anns` of the open elements, outermost first.
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut pos = 0;
    for b in bounds {
        escape_into(&mut out, &text[pos..b]);
        pos = b;
        // Close everything that ends here; elements above a closing one are
        // closed too and reopened afterwards, as fragments.
        if let Some(lowest) = stack.iter().position(|&i| anns[i].span.end <= b) {
            let popped: Vec<usize> = stack.drain(lowest..).collect();
            for _ in &popped {
                out.push_str("</mark>");
            }
            for i in popped {
                if anns[i].span.end > b {
                    open_tag(&mut out, &anns[i], false);
                    stack.push(i);
                }
            }
        }
        while next < anns.len() && anns[next].span.start == b {
            open_tag(&mut out, &anns[next], true);
            stack.push(next);
            next += 1;
        }
    }
    escape_into(&mut out, &text[pos..]);
    for _ in stack {
        out.push_str("</mark>");
    }
    out
}

/// Escaped plain text, for tests that compare against the page.
#[cfg(test)]
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(s: usize, e: usize, id: &str) -> Ann {
        Ann { span: Span::new(s, e), class: "k".into(), id: id.into(), key: id.into(), title: String::new(), rank: 0 }
    }

    #[test]
    fn nested_spans_nest() {
        let html = highlight("ab cd ef", vec![ann(0, 8, "o"), ann(3, 5, "i")]);
        assert_eq!(plain(&html), "ab cd ef");
        assert_eq!(html.matches("<mark").count(), 2);
        assert!(html.find("id=\"o\"").unwrap() < html.find("id=\"i\"").unwrap());
    }

    #[test]
    fn crossing_spans_are_split_and_keep_one_id() {
        let html = highlight("0123456789", vec![ann(0, 6, "a"), ann(3, 9, "b")]);
        assert_eq!(plain(&html), "0123456789");
        assert_eq!(html.matches("<mark").count(), html.matches("</mark>").count());
        assert_eq!(html.matches("id=\"b\"").count(), 1);
        assert_eq!(html.matches("tabindex").count(), 2);
    }

    #[test]
    fn text_is_escaped_and_bad_spans_skipped() {
        let text = "<script>alert(1)</script> é";
        let html = highlight(text, vec![ann(0, 8, "a"), ann(27, 28, "bad"), ann(5, 100, "out")]);
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert_eq!(html.matches("<mark").count(), 1);
        assert_eq!(crate::html::escape("é"), "é");
    }
}
