//! The time stage: temporal expressions found and normalised by
//! `dossier-timex`, anchored on the document's publication date.
//!
//! The anchor is the date part of `meta.published`, whatever its source
//! (page metadata, byline, `--published`); with none, relative expressions
//! keep unanchored TimeML values (`XXXX-WXX-2`, `PAST_REF`) rather than a
//! guess. Ids `t1`, `t2`… follow text order.

use crate::pipeline::{Layer, Stage};
use dossier_model::{Diagnostic, Document, Span, Timex, TimexType};

pub struct TimexStage;

impl Stage for TimexStage {
    fn name(&self) -> &'static str {
        "timex"
    }
    fn version(&self) -> u32 {
        1
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Metadata, Layer::Sentences]
    }
    fn writes(&self) -> &'static [Layer] {
        &[Layer::Timexes]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic> {
        let anchor_date =
            doc.meta.published.as_ref().and_then(|p| chrono::NaiveDate::parse_from_str(p.date_part(), "%Y-%m-%d").ok());
        let anchor = dossier_timex::Anchor { date: anchor_date };
        let sentences: Vec<(usize, usize)> = doc.sentences.iter().map(|s| (s.span.start, s.span.end)).collect();
        let found = dossier_timex::annotate_sentences(&doc.text, &sentences, &anchor);
        doc.timexes = found
            .into_iter()
            .filter(|t| t.start < t.end && doc.text.is_char_boundary(t.start) && doc.text.is_char_boundary(t.end))
            .enumerate()
            .map(|(i, t)| Timex {
                id: format!("t{}", i + 1),
                span: Span::new(t.start, t.end),
                ty: match t.ty {
                    dossier_timex::TimexType::Date => TimexType::Date,
                    dossier_timex::TimexType::Time => TimexType::Time,
                    dossier_timex::TimexType::Duration => TimexType::Duration,
                    dossier_timex::TimexType::Set => TimexType::Set,
                },
                value: t.value,
                anchored: t.anchored,
            })
            .collect();
        let mut notes = Vec::new();
        if anchor_date.is_none() && doc.timexes.iter().any(|t| t.value.contains('X') || t.value.ends_with("_REF")) {
            notes.push(Diagnostic {
                stage: "timex".into(),
                message: "no publication date: relative dates are left unanchored (give one with --published)".into(),
                span: None,
            });
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{DateSource, Metadata, Published};

    fn run(text: &str, published: Option<&str>) -> Document {
        let meta = Metadata {
            published: published.map(|p| Published { value: p.into(), source: DateSource::User }),
            ..Default::default()
        };
        let mut doc = Document::new(text.into(), meta);
        crate::segment::Segmenter.run(&mut doc);
        TimexStage.run(&mut doc);
        doc
    }

    #[test]
    fn anchors_on_the_publication_date() {
        let doc = run("The minister spoke on Tuesday.", Some("2025-03-06T07:30:00+01:00"));
        assert_eq!(doc.timexes.len(), 1);
        assert_eq!(doc.slice(doc.timexes[0].span), "Tuesday");
        assert_eq!(doc.timexes[0].value, "2025-03-04");
        assert_eq!(doc.timexes[0].id, "t1");
    }

    #[test]
    fn without_a_date_values_stay_unanchored_and_a_note_says_so() {
        let mut doc = run("The minister spoke on Tuesday.", None);
        assert_eq!(doc.timexes[0].value, "XXXX-WXX-2");
        let notes = TimexStage.run(&mut doc);
        assert!(notes[0].message.contains("--published"));
    }
}
