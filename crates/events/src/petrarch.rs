//! The PETRARCH2 validation records (`PETR.UnitTest.records.xml`): a reader
//! for their raw text and gold `<EventCoding>` triples, and the scorer that
//! compares coded events with them.
//!
//! Scoring is per record, one-to-one and greedy: a system event matches an
//! unmatched gold event of the same root (`root`), the same full code
//! (`code`), or the same source and target actor codes (`actors`). Figures
//! are given over all records and over the records dossier coded at least
//! one event in ("coverage"), since a pattern coder without a parser leaves
//! some records silent; `actor_pair_accuracy` is the share of root-matched
//! events whose source and target codes are also right.

use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum RecordsError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: no <Sentence> records found")]
    Empty { path: String },
}

/// One gold or system event as the records code it: actor codes and a
/// CAMEO code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coded {
    pub source: String,
    pub target: String,
    pub code: String,
}

impl Coded {
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub id: String,
    pub category: String,
    /// `YYYYMMDD`.
    pub date: String,
    pub text: String,
    pub gold: Vec<Coded>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let after = &rest[i + name.len()..];
        let before_ok = i == 0 || !rest.as_bytes()[i - 1].is_ascii_alphanumeric();
        let after_trim = after.trim_start();
        if before_ok && let Some(v) = after_trim.strip_prefix('=') {
            let v = v.trim_start();
            let q = v.chars().next()?;
            if q == '"' || q == '\'' {
                let body = &v[1..];
                let end = body.find(q).unwrap_or(body.len());
                return Some(body[..end].to_string());
            }
            return Some(v.split_whitespace().next().unwrap_or("").to_string());
        }
        rest = after;
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Parses the records file's text.
pub fn parse_records(xml: &str) -> Vec<Record> {
    // drop comments first: some hold commented-out tags
    let mut clean = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find("<!--") {
        clean.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    clean.push_str(rest);
    let mut out = Vec::new();
    let mut rest = clean.as_str();
    while let Some(i) = rest.find("<Sentence ") {
        let Some(tag_end) = rest[i..].find('>') else { break };
        let tag = &rest[i..i + tag_end];
        let Some(close) = rest[i..].find("</Sentence>") else { break };
        let body = &rest[i + tag_end + 1..i + close];
        rest = &rest[i + close + "</Sentence>".len()..];
        let text = match (body.find("<Text>"), body.find("</Text>")) {
            (Some(a), Some(b)) if b > a => unescape(&body[a + 6..b].split_whitespace().collect::<Vec<_>>().join(" ")),
            _ => continue,
        };
        let mut gold = Vec::new();
        let mut b = body;
        while let Some(j) = b.find("<EventCoding") {
            let end = b[j..].find('>').map(|k| j + k).unwrap_or(b.len());
            let t = &b[j..end];
            if let (Some(s), Some(tg), Some(c)) = (attr(t, "sourcecode"), attr(t, "targetcode"), attr(t, "eventcode")) {
                gold.push(Coded { source: s.to_uppercase(), target: tg.to_uppercase(), code: c });
            }
            b = &b[end..];
        }
        out.push(Record {
            id: attr(tag, "id").unwrap_or_default(),
            category: attr(tag, "category").unwrap_or_default(),
            date: attr(tag, "date").unwrap_or_default(),
            text,
            gold,
        });
    }
    out
}

/// Reads a records file.
pub fn read_records(path: &std::path::Path) -> Result<Vec<Record>, RecordsError> {
    let p = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| RecordsError::Io { path: p.clone(), source })?;
    let text = String::from_utf8_lossy(&bytes);
    let records = parse_records(&text);
    if records.is_empty() {
        return Err(RecordsError::Empty { path: p });
    }
    Ok(records)
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Prf {
    pub fn from_counts(tp: usize, system: usize, gold: usize) -> Prf {
        let precision = if system == 0 { 0.0 } else { tp as f64 / system as f64 };
        let recall = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
        let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        Prf { precision, recall, f1, tp, fp: system - tp, fn_: gold - tp }
    }
}

/// The three views of agreement over a set of records.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Agreement {
    pub records: usize,
    pub gold_events: usize,
    pub system_events: usize,
    pub root: Prf,
    pub code: Prf,
    pub actors: Prf,
    /// Of root-matched events, the share whose source and target match too.
    pub actor_pair_accuracy: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    pub records: usize,
    pub coded_records: usize,
    /// Share of records with at least one coded event.
    pub coverage: f64,
    pub root: Prf,
    pub code: Prf,
    pub actors: Prf,
    pub actor_pair_accuracy: f64,
    /// The same figures over the records dossier coded.
    pub coded: Agreement,
}

fn same_actors(a: &Coded, b: &Coded) -> bool {
    a.source.eq_ignore_ascii_case(&b.source) && a.target.eq_ignore_ascii_case(&b.target)
}

/// Counts for one record: (root tp, code tp, actors tp, root-matched with actors).
fn match_record(gold: &[Coded], system: &[Coded]) -> (usize, usize, usize, usize) {
    let greedy = |eq: &dyn Fn(&Coded, &Coded) -> bool, rank: &dyn Fn(&Coded, &Coded) -> u8| -> (usize, usize) {
        let mut used = vec![false; gold.len()];
        let (mut tp, mut with_actors) = (0, 0);
        for s in system {
            let best = gold
                .iter()
                .enumerate()
                .filter(|(i, g)| !used[*i] && eq(s, g))
                .max_by_key(|(i, g)| (rank(s, g), std::cmp::Reverse(*i)));
            if let Some((i, g)) = best {
                used[i] = true;
                tp += 1;
                if same_actors(s, g) {
                    with_actors += 1;
                }
            }
        }
        (tp, with_actors)
    };
    let actor_rank = |s: &Coded, g: &Coded| -> u8 { same_actors(s, g) as u8 * 2 + (s.code == g.code) as u8 };
    let (root, root_actors) = greedy(&|s, g| s.root() == g.root(), &actor_rank);
    let (code, _) = greedy(&|s, g| s.code == g.code, &actor_rank);
    let (actors, _) = greedy(&same_actors, &|s, g| (s.root() == g.root()) as u8);
    (root, code, actors, root_actors)
}

fn agreement(pairs: &[(&[Coded], &[Coded])]) -> Agreement {
    let (mut g, mut s, mut r, mut c, mut a, mut ra) = (0, 0, 0, 0, 0, 0);
    for (gold, system) in pairs {
        let (rt, ct, at, rat) = match_record(gold, system);
        g += gold.len();
        s += system.len();
        r += rt;
        c += ct;
        a += at;
        ra += rat;
    }
    Agreement {
        records: pairs.len(),
        gold_events: g,
        system_events: s,
        root: Prf::from_counts(r, s, g),
        code: Prf::from_counts(c, s, g),
        actors: Prf::from_counts(a, s, g),
        actor_pair_accuracy: if r == 0 { 0.0 } else { ra as f64 / r as f64 },
    }
}

/// Scores system codings against the records' gold, record by record
/// (`pairs[i] = (gold, system)`).
pub fn score(pairs: &[(Vec<Coded>, Vec<Coded>)]) -> Scores {
    let all: Vec<(&[Coded], &[Coded])> = pairs.iter().map(|(g, s)| (g.as_slice(), s.as_slice())).collect();
    let coded: Vec<(&[Coded], &[Coded])> = all.iter().copied().filter(|(_, s)| !s.is_empty()).collect();
    let a = agreement(&all);
    let c = agreement(&coded);
    Scores {
        records: all.len(),
        coded_records: coded.len(),
        coverage: if all.is_empty() { 0.0 } else { coded.len() as f64 / all.len() as f64 },
        root: a.root,
        code: a.code,
        actors: a.actors,
        actor_pair_accuracy: a.actor_pair_accuracy,
        coded: c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str, t: &str, code: &str) -> Coded {
        Coded { source: s.into(), target: t.into(), code: code.into() }
    }

    #[test]
    fn reads_records_and_skips_commented_tags() {
        let xml = r#"<Sentences><!-- <Sentence id="X"><Text>no</Text></Sentence> -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064">
<Text>
Arnor is about to restore full diplomatic ties with Gondor.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date="19950101" id="N-1" category="X"><EventCoding noevents = "True"><Text>Nothing.</Text></Sentence>"#;
        let r = parse_records(xml);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].id, "DEMO-00");
        assert_eq!(r[0].text, "Arnor is about to restore full diplomatic ties with Gondor.");
        assert_eq!(r[0].gold, vec![c("ARN", "GON", "064")]);
        assert!(r[1].gold.is_empty());
    }

    #[test]
    fn scores_roots_codes_and_actor_pairs() {
        let pairs = vec![
            (
                vec![c("ARN", "GON", "064"), c("GON", "ARN", "033")],
                vec![c("ARN", "GON", "061"), c("ARN", "GON", "033")],
            ),
            (vec![c("DAG", "OSG", "190")], vec![]),
        ];
        let s = score(&pairs);
        // roots: 06 matches 064 (with actors), 03 matches 033 (actors reversed)
        assert_eq!(s.root.tp, 2);
        assert_eq!(s.code.tp, 1);
        assert_eq!(s.actors.tp, 1);
        assert!((s.root.recall - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.coded_records, 1);
        assert_eq!(s.coded.gold_events, 2);
        assert!((s.coded.root.f1 - 1.0).abs() < 1e-9);
        assert!((s.actor_pair_accuracy - 0.5).abs() < 1e-9);
    }
}
