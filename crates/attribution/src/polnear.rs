//! A reader for PolNeAR (brat standoff): article texts and their gold
//! attributions with source, cue and content spans.
//!
//! brat offsets count characters; they are turned into byte offsets here so
//! that gold spans compare directly with dossier's byte spans. Articles
//! annotated by several annotators are read once, from the first annotation
//! file in name order, so that no article is counted twice.

use crate::error::Error;
use dossier_model::Span;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One gold attribution: each part is a list of fragments (brat allows
/// discontinuous spans).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gold {
    pub source: Vec<Span>,
    pub cue: Vec<Span>,
    pub content: Vec<Span>,
}

#[derive(Debug, Clone)]
pub struct Article {
    pub name: String,
    pub text: String,
    pub gold: Vec<Gold>,
}

/// The directory holding `train/`, `dev/`, `test/` (any of them): accepts the corpus root
/// (`…/polnear`), its `data/` folder, or the shared data root.
pub fn data_dir(dir: &Path) -> PathBuf {
    for cand in [dir.join("data"), dir.to_path_buf(), dir.join("polnear").join("data")] {
        if ["train", "dev", "test"].iter().any(|s| cand.join(s).is_dir()) {
            return cand;
        }
    }
    dir.to_path_buf()
}

/// Reads one split (`train`, `dev` or `test`); `limit` keeps the first N articles.
pub fn load_split(dir: &Path, split: &str, limit: Option<usize>) -> Result<Vec<Article>, Error> {
    load(dir, split, limit, false)
}

/// Reads one split with every annotator's file of an article as an article
/// of its own (for training: an article annotated by several annotators
/// gives one example per annotation); `limit` keeps the first N files.
pub fn load_split_all_annotators(dir: &Path, split: &str, limit: Option<usize>) -> Result<Vec<Article>, Error> {
    load(dir, split, limit, true)
}

fn load(dir: &Path, split: &str, limit: Option<usize>, all_annotators: bool) -> Result<Vec<Article>, Error> {
    Ok(load_files(dir, split, limit, all_annotators)?.into_iter().map(|(_, a)| a).collect())
}

/// An article with every annotator's file, for measuring how far PolNeAR's
/// annotators agree with each other.
#[derive(Debug, Clone)]
pub struct Annotated {
    pub name: String,
    pub text: String,
    /// (annotator id, attributions) in file-name order; the first is the
    /// annotation [`load_split`] reads, the one every score is against.
    pub annotations: Vec<(String, Vec<Gold>)>,
}

/// The articles of one split that two or more annotators annotated (in
/// PolNeAR, two articles of dev, two of test and sixteen of train, five or
/// six annotators each).
pub fn load_multiply_annotated(dir: &Path, split: &str) -> Result<Vec<Annotated>, Error> {
    let mut out: Vec<Annotated> = Vec::new();
    for (annotator, a) in load_files(dir, split, None, true)? {
        match out.last_mut() {
            Some(last) if last.name == a.name => last.annotations.push((annotator, a.gold)),
            _ => out.push(Annotated { name: a.name, text: a.text, annotations: vec![(annotator, a.gold)] }),
        }
    }
    out.retain(|a| a.annotations.len() > 1);
    Ok(out)
}

/// Reads a split's annotation files in name order, each with its annotator
/// id (the file name's last `_` part); unless `all_annotators`, only the
/// first file of each article.
fn load_files(
    dir: &Path,
    split: &str,
    limit: Option<usize>,
    all_annotators: bool,
) -> Result<Vec<(String, Article)>, Error> {
    let root = data_dir(dir).join(split);
    let ann_dir = root.join("attributions");
    let text_dir = root.join("text");
    let entries = std::fs::read_dir(&ann_dir).map_err(|_| Error::NoData { path: ann_dir.clone() })?;
    let mut anns: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for ann in anns {
        let stem = ann.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        let (name, annotator) = match stem.rfind('_') {
            Some(k) => (stem[..k].to_string(), stem[k + 1..].to_string()),
            None => (stem.clone(), String::new()),
        };
        if !all_annotators && (seen.last() == Some(&name) || seen.contains(&name)) {
            continue;
        }
        let text_path = text_dir.join(format!("{name}.txt"));
        let Ok(text) = std::fs::read_to_string(&text_path) else { continue };
        let ann_text = std::fs::read_to_string(&ann).map_err(|e| Error::Read { path: ann.clone(), source: e })?;
        seen.push(name.clone());
        out.push((annotator, Article { gold: parse_ann(&ann_text, &text), name, text }));
        if limit.is_some_and(|l| out.len() >= l) {
            break;
        }
    }
    if out.is_empty() {
        return Err(Error::NoData { path: root });
    }
    Ok(out)
}

/// Parses a brat annotation file against its text.
pub fn parse_ann(ann: &str, text: &str) -> Vec<Gold> {
    // Byte offset of each character index (and of the end).
    let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_at.push(text.len());
    let to_byte = |c: usize| byte_at.get(c).copied().unwrap_or(text.len());
    let mut spans: HashMap<String, (String, Vec<Span>)> = HashMap::new();
    let mut events: Vec<Vec<(String, String)>> = Vec::new();
    for line in ann.lines() {
        let mut cols = line.splitn(3, '\t');
        let id = cols.next().unwrap_or("");
        let mid = cols.next().unwrap_or("");
        if id.starts_with('T') {
            let mut parts = mid.splitn(2, ' ');
            let label = parts.next().unwrap_or("").to_string();
            let ranges = parts.next().unwrap_or("");
            let mut frags = Vec::new();
            for r in ranges.split(';') {
                let mut nums = r.split_whitespace().filter_map(|n| n.parse::<usize>().ok());
                if let (Some(a), Some(b)) = (nums.next(), nums.next())
                    && a < b
                {
                    frags.push(Span::new(to_byte(a), to_byte(b)));
                }
            }
            spans.insert(id.to_string(), (label, frags));
        } else if id.starts_with('E') {
            let args = mid
                .split_whitespace()
                .filter_map(|a| a.split_once(':'))
                .map(|(r, t)| (r.to_string(), t.to_string()))
                .collect();
            events.push(args);
        }
    }
    let mut out = Vec::new();
    for args in events {
        let mut g = Gold::default();
        for (role, t) in args {
            let Some((_, frags)) = spans.get(&t) else { continue };
            match role.trim_end_matches(char::is_numeric) {
                "Source" => g.source.extend(frags),
                "Cue" => g.cue.extend(frags),
                "Content" => g.content.extend(frags),
                _ => {}
            }
        }
        if !g.cue.is_empty() || !g.content.is_empty() {
            out.push(g);
        }
    }
    out.sort_by_key(|g| g.cue.first().or(g.content.first()).map_or(0, |s| s.start));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_events_with_byte_offsets() {
        let text = "é he said it";
        let ann = "T1\tSource 2 4\the\nT2\tCue 5 9\tsaid\nT3\tContent 10 12\tit\nT4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        let g = parse_ann(ann, text);
        assert_eq!(g.len(), 1);
        assert_eq!(&text[g[0].source[0].start..g[0].source[0].end], "he");
        assert_eq!(&text[g[0].content[0].start..g[0].content[0].end], "it");
    }

    #[test]
    fn one_article_or_every_annotation() {
        let dir = std::env::temp_dir().join(format!("dossier-polnear-{}", std::process::id()));
        let split = dir.join("data").join("train");
        std::fs::create_dir_all(split.join("text")).unwrap();
        std::fs::create_dir_all(split.join("attributions")).unwrap();
        std::fs::write(split.join("text").join("a_story.txt"), "he said it").unwrap();
        let one = "T1\tCue 3 7\tsaid\nT2\tContent 8 10\tit\nT3\tAttribution 3 7\tsaid\nE1\tAttribution:T3 Content:T2 Cue:T1\n";
        let two = "T1\tSource 0 2\the\nT2\tCue 3 7\tsaid\nT3\tContent 8 10\tit\nT4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        std::fs::write(split.join("attributions").join("a_story_0001.ann"), one).unwrap();
        std::fs::write(split.join("attributions").join("a_story_0002.ann"), two).unwrap();
        let first = load_split(&dir, "train", None).unwrap();
        assert_eq!(first.len(), 1, "scoring reads the first annotator only");
        assert!(first[0].gold[0].source.is_empty());
        let all = load_split_all_annotators(&dir, "train", None).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].name, all[1].name);
        assert_eq!(all[1].gold[0].source.len(), 1);
        let multi = load_multiply_annotated(&dir, "train").unwrap();
        assert_eq!(multi.len(), 1);
        let ids: Vec<&str> = multi[0].annotations.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["0001", "0002"]);
        assert_eq!(multi[0].annotations[0].1, first[0].gold, "the first annotation is the one scoring reads");
        std::fs::write(split.join("text").join("b_alone.txt"), "he said it").unwrap();
        std::fs::write(split.join("attributions").join("b_alone_0001.ann"), one).unwrap();
        assert_eq!(load_multiply_annotated(&dir, "train").unwrap().len(), 1, "a singly annotated article is left out");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
