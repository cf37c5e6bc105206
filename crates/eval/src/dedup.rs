//! `dossier eval dedup`: how well the store groups copies of one story.
//!
//! The test set is built, deterministically, from the example articles:
//! each original plus five perturbed copies of the kinds that real
//! syndication produces — boilerplate swapped (another outlet's byline and
//! footer), paragraphs reordered, headline rewritten, 10% of the words
//! changed, and all four at once — mixed with distinct articles written on
//! the same incidents (`data/near-duplicates/`), which share names, places
//! and vocabulary but are not copies. Every document is put into a fresh
//! in-memory store; the groups the store forms are scored pairwise against
//! the true stories.

use dossier_model::{Document, Metadata};
use dossier_store::{SqliteStore, Store};
use serde::Serialize;
use std::collections::HashMap;

/// The distinct same-topic articles, bundled so the evaluation runs anywhere.
pub const DISTINCT: &[(&str, &str)] = &[
    ("distinct-01", include_str!("../data/near-duplicates/distinct-01-missile-followup.txt")),
    ("distinct-02", include_str!("../data/near-duplicates/distinct-02-cable-repair.txt")),
    ("distinct-03", include_str!("../data/near-duplicates/distinct-03-romania-shelters.txt")),
    ("distinct-04", include_str!("../data/near-duplicates/distinct-04-manila-protest.txt")),
    ("distinct-06", include_str!("../data/near-duplicates/distinct-06-istanbul-talks-resume.txt")),
    ("distinct-07", include_str!("../data/near-duplicates/distinct-07-utility-audit.txt")),
];

/// One document of the test set and the story it belongs to.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub text: String,
    pub story: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DedupReport {
    pub documents: usize,
    pub stories: usize,
    pub true_pairs: usize,
    pub predicted_pairs: usize,
    pub correct_pairs: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Pairs the store joined that are different stories, by name.
    pub false_joins: Vec<(String, String)>,
    /// Copies the store did not group with their original, by name.
    pub missed: Vec<String>,
}

/// A small deterministic generator (SplitMix64) so the test set is the
/// same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Splits a plain-text article into (headline, byline, body paragraphs, footer).
fn parts(text: &str) -> (String, String, Vec<String>, String) {
    let mut lines = text.lines();
    let headline = lines.next().unwrap_or("").to_string();
    let byline = lines.next().unwrap_or("").to_string();
    let rest: Vec<&str> = lines.collect();
    let rest = rest.join("\n");
    let paragraphs: Vec<String> = rest.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect();
    // The footer starts at the last separator-like paragraph, if any.
    let footer_at = paragraphs.iter().rposition(|p| {
        let first = p.lines().next().unwrap_or("");
        first.chars().all(|c| matches!(c, '-' | '_' | '*' | '—' | ' ')) && first.trim().len() >= 2
            || p.starts_with("Reporting by")
    });
    match footer_at {
        Some(i) => (headline, byline, paragraphs[..i].to_vec(), paragraphs[i..].join("\n\n")),
        None => (headline, byline, paragraphs, String::new()),
    }
}

fn assemble(headline: &str, byline: &str, body: &[String], footer: &str) -> String {
    let mut s = format!("{headline}\n{byline}\n\n{}", body.join("\n\n"));
    if !footer.is_empty() {
        s.push_str("\n\n");
        s.push_str(footer);
    }
    s.push('\n');
    s
}

const REPLACEMENTS: &[&str] =
    &["reportedly", "officials", "also", "later", "several", "local", "new", "early", "major", "senior"];

fn change_words(body: &[String], rng: &mut Rng, share: f64) -> Vec<String> {
    body.iter()
        .map(|p| {
            p.split(' ')
                .map(|w| {
                    if (rng.next() % 1000) as f64 / 1000.0 < share {
                        REPLACEMENTS[rng.below(REPLACEMENTS.len())].to_string()
                    } else {
                        w.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn shuffle<T>(v: &mut [T], rng: &mut Rng) {
    for i in (1..v.len()).rev() {
        let j = rng.below(i + 1);
        v.swap(i, j);
    }
}

/// The five perturbed copies of one article.
pub fn perturb(text: &str, seed: u64) -> Vec<(&'static str, String)> {
    let mut rng = Rng(seed);
    let (headline, byline, body, _footer) = parts(text);
    let other_byline = "By Staff Reporter | Syndicated copy";
    let other_footer = "--\nRepublished by The Evening Ledger · eveningledger.example · © The Evening Ledger";
    let new_headline = format!("What we know: {}", headline.split_whitespace().rev().collect::<Vec<_>>().join(" "));
    let mut reordered = body.clone();
    shuffle(&mut reordered, &mut rng);
    let edited = change_words(&body, &mut rng, 0.10);
    let mut everything = change_words(&body, &mut rng, 0.10);
    shuffle(&mut everything, &mut rng);
    vec![
        ("boilerplate", assemble(&headline, other_byline, &body, other_footer)),
        ("reordered", assemble(&headline, &byline, &reordered, "")),
        ("headline", assemble(&new_headline, &byline, &body, "")),
        ("words", assemble(&headline, &byline, &edited, "")),
        ("all", assemble(&new_headline, other_byline, &everything, other_footer)),
    ]
}

/// Builds the test set from `(name, text)` originals.
pub fn test_set(originals: &[(String, String)]) -> Vec<Case> {
    let mut cases = Vec::new();
    for (story, (name, text)) in originals.iter().enumerate() {
        cases.push(Case { name: name.clone(), text: text.clone(), story });
        for (kind, copy) in perturb(text, story as u64 + 1) {
            cases.push(Case { name: format!("{name}~{kind}"), text: copy, story });
        }
    }
    for (i, (name, text)) in DISTINCT.iter().enumerate() {
        cases.push(Case { name: name.to_string(), text: text.to_string(), story: originals.len() + i });
    }
    cases
}

/// Puts every case into a fresh store and scores the groups it forms.
pub fn evaluate(cases: &[Case]) -> Result<DedupReport, dossier_store::StoreError> {
    let mut store = SqliteStore::open_in_memory()?;
    let mut ids = Vec::with_capacity(cases.len());
    for case in cases {
        // Through the plain-text reader, so footers are split off exactly as
        // in real ingest.
        let article = dossier_ingest::text::read_text(&case.text, false).text;
        let doc = Document::new(article, Metadata { title: Some(case.name.clone()), ..Default::default() });
        store.put(&doc, Some(&case.name), "dedup-eval")?;
        ids.push(doc.id.to_string());
    }
    let mut group_of: HashMap<usize, String> = HashMap::new();
    for (i, id) in ids.iter().enumerate() {
        let group = store.get(id)?.and_then(|s| s.doc.duplicates).map(|g| g.group).unwrap_or_else(|| id.clone());
        group_of.insert(i, group);
    }
    let (mut true_pairs, mut predicted, mut correct) = (0, 0, 0);
    let mut false_joins = Vec::new();
    for i in 0..cases.len() {
        for j in i + 1..cases.len() {
            let same_story = cases[i].story == cases[j].story;
            let same_group = group_of[&i] == group_of[&j];
            true_pairs += usize::from(same_story);
            predicted += usize::from(same_group);
            correct += usize::from(same_story && same_group);
            if same_group && !same_story {
                false_joins.push((cases[i].name.clone(), cases[j].name.clone()));
            }
        }
    }
    let missed = cases
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            c.name.contains('~') && {
                let original = cases.iter().position(|o| o.story == c.story).unwrap_or(*i);
                group_of[i] != group_of[&original]
            }
        })
        .map(|(_, c)| c.name.clone())
        .collect();
    let precision = if predicted == 0 { 1.0 } else { correct as f64 / predicted as f64 };
    let recall = if true_pairs == 0 { 1.0 } else { correct as f64 / true_pairs as f64 };
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    let stories = cases.iter().map(|c| c.story).max().map_or(0, |m| m + 1);
    Ok(DedupReport {
        documents: cases.len(),
        stories,
        true_pairs,
        predicted_pairs: predicted,
        correct_pairs: correct,
        precision,
        recall,
        f1,
        false_joins,
        missed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Headline about a tanker\nBy A Writer | 3 March 2025\n\nFirst paragraph about the tanker \
        and the cable that was damaged in the gulf last week according to the border guard.\n\nSecond paragraph \
        with the master's account of the anchor and the investigators' findings on the seabed.\n\nThird paragraph \
        on what the government said it would do next about shipping in the region.\n\n--\nSome Outlet · outlet.example";

    #[test]
    fn perturbations_change_what_they_say_and_keep_the_rest() {
        let copies = perturb(ARTICLE, 1);
        assert_eq!(copies.len(), 5);
        let get = |k: &str| copies.iter().find(|(kind, _)| *kind == k).unwrap().1.clone();
        assert!(get("boilerplate").contains("The Evening Ledger") && !get("boilerplate").contains("Some Outlet"));
        assert!(get("headline").starts_with("What we know:"));
        assert_ne!(get("words"), ARTICLE);
        assert_eq!(perturb(ARTICLE, 1), copies, "deterministic");
    }

    #[test]
    fn copies_group_and_distinct_stories_do_not() {
        let originals = vec![("a".to_string(), ARTICLE.to_string())];
        let report = evaluate(&test_set(&originals)).unwrap();
        assert!(report.recall >= 0.9, "{report:?}");
        assert!(report.false_joins.is_empty(), "{report:?}");
    }
}
