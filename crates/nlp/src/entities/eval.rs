//! Evaluation of the whole entity stage on news corpora that give raw text
//! (or text rebuilt from tokens) with gold entity spans: GUM news, MEANTIME
//! and DSTL re3d. Each document goes through segment + tokenize + entities
//! exactly as `dossier extract` runs them, and predicted mentions are
//! compared with gold spans by byte offsets.
//!
//! Scores are exact-span micro-averages per label, conlleval-style, in the
//! same [`Report`] type as `dossier_ner::eval` (fields `precision`, `recall`,
//! `f1`, `per_type`, `tokens_per_second`), so `dossier eval ner` prints all
//! corpora alike. Each corpus maps its types onto a few shared labels (the
//! mapping functions below are the documentation); types with no
//! counterpart are left out on both sides rather than counted as errors.
//! `tokens_per_second` times the three stages only, not file reading.
//!
//! Readers are hand-written (CoNLL-U, the MEANTIME XML, re3d's JSON lines)
//! because the formats are small and regular and the crate should not grow
//! dependencies for evaluation.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier_model::{Document, EntityType, MentionKind, Metadata, Span};
pub use dossier_ner::eval::{Report, Scores};

use super::lexicon::{Lexicon, cue};
use crate::pipeline::Stage;

/// A reading or format problem, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Format { path: PathBuf, message: String },
}

/// One gold document: its text and labelled byte spans.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    pub name: String,
    pub text: String,
    pub spans: Vec<(Span, String)>,
    /// Where annotation stops (a byte offset): predictions from here on
    /// are not scored. MEANTIME annotates only the title and the first five
    /// sentences of each article.
    pub annotated_until: Option<usize>,
}

/// How a predicted span must match a gold one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Same start, end and label (conlleval).
    Exact,
    /// Overlapping spans with the same label; each gold span is matched at
    /// most once. Reported beside exact scores where gold boundaries are
    /// inconsistent (re3d writes "a VBIED" and "VBIED").
    Overlap,
}

fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })
}

fn files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, EvalError> {
    let rd = std::fs::read_dir(dir).map_err(|source| EvalError::Io { path: dir.to_path_buf(), source })?;
    let mut out = Vec::new();
    for e in rd {
        let p = e.map_err(|source| EvalError::Io { path: dir.to_path_buf(), source })?.path();
        if p.is_dir() {
            out.extend(files(&p, ext)?);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

// ---------------------------------------------------------------- GUM

/// GUM types → labels: person → PER, organization → ORG, place → LOC,
/// event → EVENT. Only *named* mentions are gold: those that, after a
/// leading "the" and a trailing possessive are dropped, contain a proper
/// noun (PROPN) and whose words are all capitalised, with "of", "and", "&",
/// "for", "the" allowed between them ("Bank of England", "Museum of Flight").
/// Titles and nationality words before a person's name are dropped from the
/// gold span ("US President Donald Trump" → "Donald Trump"): dossier keeps
/// them as descriptions, and CoNLL-style names exclude them.
/// GUM's other types (abstract, object, time, ...) have no named-entity
/// counterpart and are left out.
pub fn gum_label(etype: &str) -> Option<&'static str> {
    Some(match etype {
        "person" => "PER",
        "organization" => "ORG",
        "place" => "LOC",
        "event" => "EVENT",
        _ => return None,
    })
}

/// Reads the GUM CoNLL-U files of `dir` (e.g. `../shared/data/gum/news/dep`,
/// or `.../gum/news`, whose `dep/` is used). The document text is rebuilt
/// from each sentence's `# text =` line, sentences joined by a space and
/// paragraphs (`# newpar`) by a blank line.
pub fn read_gum(dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let dir = if dir.join("dep").is_dir() { dir.join("dep") } else { dir.to_path_buf() };
    let mut docs = Vec::new();
    for path in files(&dir, "conllu")? {
        docs.extend(parse_gum(&read(&path)?, &path)?);
    }
    Ok(docs)
}

struct GumTok {
    start: usize,
    end: usize,
    form: String,
    upos: String,
}

fn parse_gum(src: &str, path: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let err =
        |line: usize, m: &str| EvalError::Format { path: path.to_path_buf(), message: format!("line {line}: {m}") };
    let mut docs = Vec::new();
    let mut doc: Option<GoldDoc> = None;
    let mut toks: Vec<GumTok> = Vec::new();
    // Open mentions: id → (first token index, type).
    let mut open: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    let mut mentions: Vec<(usize, usize, String)> = Vec::new();
    let mut sent_text = String::new();
    let mut cursor = 0usize;
    let mut new_par = false;
    let finish = |doc: &mut Option<GoldDoc>,
                  toks: &mut Vec<GumTok>,
                  mentions: &mut Vec<(usize, usize, String)>,
                  docs: &mut Vec<GoldDoc>| {
        if let Some(mut d) = doc.take() {
            for (a, b, ty) in mentions.drain(..) {
                let Some(label) = gum_label(&ty) else { continue };
                let (mut a, mut b) = (a, b);
                if toks[a].form.eq_ignore_ascii_case("the") {
                    a += 1;
                }
                if b > a + 1 && matches!(toks[b - 1].form.as_str(), "'s" | "’s" | "'") {
                    b -= 1;
                }
                // Titles before a person's name are descriptions in dossier
                // (and outside the name in CoNLL): "President Donald Trump",
                // "US President Donald Trump" score as "Donald Trump".
                if label == "PER" {
                    let lx = Lexicon::get();
                    while b > a + 1 {
                        let l = toks[a].form.to_lowercase();
                        let title = lx.role(&l, super::lexicon::RoleKind::Title)
                            || lx.role(&l, super::lexicon::RoleKind::Modifier)
                            || lx.demonyms.contains_key(&l);
                        if !title {
                            break;
                        }
                        a += 1;
                    }
                }
                if a >= b {
                    continue;
                }
                // Named: at least one proper noun, and every word capitalised
                // (or a digit, or a connective inside: "Bank of England").
                let cap = |t: &GumTok| t.form.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                let named = toks[a..b].iter().any(|t| t.upos == "PROPN")
                    && cap(&toks[a])
                    && cap(&toks[b - 1])
                    && toks[a..b].iter().all(|t| {
                        cap(t)
                            || matches!(t.form.as_str(), "of" | "and" | "&" | "-" | "." | "de" | "du" | "for" | "the")
                    });
                if named {
                    d.spans.push((Span::new(toks[a].start, toks[b - 1].end), label.to_string()));
                }
            }
            d.spans.sort_by_key(|s| (s.0.start, s.0.end));
            d.spans.dedup();
            docs.push(d);
        }
        toks.clear();
    };
    for (ln, line) in src.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            finish(&mut doc, &mut toks, &mut mentions, &mut docs);
            open.clear();
            doc = Some(GoldDoc {
                name: id.trim().to_string(),
                text: String::new(),
                spans: Vec::new(),
                annotated_until: None,
            });
            new_par = false;
            continue;
        }
        if line.starts_with("# newpar") {
            new_par = true;
            continue;
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            let d = doc.as_mut().ok_or_else(|| err(ln + 1, "sentence before # newdoc"))?;
            if !d.text.is_empty() {
                d.text.push_str(if new_par { "\n\n" } else { " " });
            }
            new_par = false;
            cursor = d.text.len();
            d.text.push_str(t);
            sent_text = t.to_string();
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 {
            return Err(err(ln + 1, "expected 10 columns"));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let d = doc.as_mut().ok_or_else(|| err(ln + 1, "token before # newdoc"))?;
        // Find the token in the sentence text from the cursor on.
        let base = d.text.len() - sent_text.len();
        let rel = cursor - base;
        let found = sent_text[rel..].find(cols[1]).map(|p| base + rel + p);
        let start = found.unwrap_or(cursor);
        let end = if found.is_some() { start + cols[1].len() } else { cursor };
        cursor = end;
        let idx = toks.len();
        toks.push(GumTok { start, end, form: cols[1].to_string(), upos: cols[3].to_string() });
        for field in cols[9].split('|') {
            let Some(ent) = field.strip_prefix("Entity=") else { continue };
            // "(12-person-new-...(13-place-..." opens; "12)" closes; "(14-...)" both.
            let mut rest = ent;
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('(') {
                    let stop = r.find(['(', ')']).unwrap_or(r.len());
                    let body = &r[..stop];
                    let mut parts = body.split('-');
                    let id = parts.next().unwrap_or("").to_string();
                    let ty = parts.next().unwrap_or("").to_string();
                    rest = &r[stop..];
                    if let Some(r2) = rest.strip_prefix(')') {
                        mentions.push((idx, idx + 1, ty));
                        rest = r2;
                    } else {
                        open.entry(id).or_default().push((idx, ty));
                    }
                } else {
                    let stop = rest.find(')').unwrap_or(rest.len());
                    let id = rest[..stop].to_string();
                    rest = rest.get(stop + 1..).unwrap_or("");
                    if let Some((a, ty)) = open.get_mut(&id).and_then(Vec::pop) {
                        mentions.push((a, idx + 1, ty));
                    }
                }
            }
        }
    }
    finish(&mut doc, &mut toks, &mut mentions, &mut docs);
    Ok(docs)
}

// ---------------------------------------------------------------- MEANTIME

/// MEANTIME entity types → labels: PER → PER, ORG → ORG, LOC → LOC; only
/// mentions with `syntactic_type="NAM"` (proper names) are gold, with a
/// leading "the" and a person's leading titles dropped. PRO
/// (products), FIN (financial entities such as indices) and MIX have no
/// counterpart in dossier's types and are left out.
pub fn meantime_label(ent_type: &str) -> Option<&'static str> {
    Some(match ent_type {
        "PER" => "PER",
        "ORG" => "ORG",
        "LOC" => "LOC",
        _ => return None,
    })
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let pat = format!("{name}=\"");
    let mut from = 0;
    while let Some(p) = tag[from..].find(&pat) {
        let i = from + p;
        if i == 0 || tag.as_bytes()[i - 1].is_ascii_whitespace() {
            let s = i + pat.len();
            let j = tag[s..].find('"')? + s;
            return Some(&tag[s..j]);
        }
        from = i + 1;
    }
    None
}

fn unescape_xml(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Reads MEANTIME's intra-document annotation (`*.xml` under `dir`,
/// recursively). MEANTIME gives tokens, not text: the text is rebuilt by
/// joining a sentence's tokens with spaces and sentences with newlines.
/// Only the title and first five sentences are annotated, so only
/// predictions there are scored (`annotated_until`).
pub fn read_meantime(dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let mut docs = Vec::new();
    for path in files(dir, "xml")? {
        let src = read(&path)?;
        if !src.contains("<Document") {
            continue;
        }
        docs.push(parse_meantime(&src, &path));
    }
    Ok(docs)
}

/// MEANTIME's annotated part: sentence 0 (the title) to sentence 5.
const MEANTIME_SENTENCES: usize = 5;

fn parse_meantime(src: &str, path: &Path) -> GoldDoc {
    let mut text = String::new();
    let mut tok_span: HashMap<String, Span> = HashMap::new();
    let mut last_sentence = None;
    let mut annotated_until = 0;
    let mut rest = src;
    while let Some(i) = rest.find("<token ") {
        let tag_end = rest[i..].find('>').map(|j| i + j).unwrap_or(rest.len());
        let tag = &rest[i..tag_end];
        let close = rest[tag_end..].find("</token>").map(|j| tag_end + j).unwrap_or(tag_end);
        let word = unescape_xml(rest.get(tag_end + 1..close).unwrap_or(""));
        let sentence = attr(tag, "sentence").map(str::to_string);
        if !text.is_empty() {
            text.push(if sentence != last_sentence { '\n' } else { ' ' });
        }
        last_sentence = sentence;
        let start = text.len();
        text.push_str(&word);
        if let Some(id) = attr(tag, "t_id") {
            tok_span.insert(id.to_string(), Span::new(start, text.len()));
        }
        if attr(tag, "sentence").and_then(|s| s.parse::<usize>().ok()).is_some_and(|s| s <= MEANTIME_SENTENCES) {
            annotated_until = text.len();
        }
        rest = &rest[close..];
    }
    // Mentions: m_id → token ids.
    let mut mentions: HashMap<String, Vec<String>> = HashMap::new();
    let mut rest = src;
    while let Some(i) = rest.find("<ENTITY_MENTION ") {
        let end = rest[i..].find("</ENTITY_MENTION>").map(|j| i + j).unwrap_or(rest.len());
        let block = &rest[i..end];
        let head = &block[..block.find('>').unwrap_or(block.len())];
        if let (Some("NAM"), Some(m)) = (attr(head, "syntactic_type"), attr(head, "m_id")) {
            let ids = block.split("<token_anchor ").skip(1).filter_map(|t| attr(t, "t_id").map(str::to_string));
            mentions.insert(m.to_string(), ids.collect());
        }
        rest = &rest[end..];
    }
    let mut types: HashMap<String, String> = HashMap::new();
    for part in src.split("<ENTITY ").skip(1) {
        let tag = &part[..part.find('>').unwrap_or(part.len())];
        if let (Some(m), Some(t)) = (attr(tag, "m_id"), attr(tag, "ent_type")) {
            types.insert(m.to_string(), t.to_string());
        }
    }
    let mut spans = Vec::new();
    for part in src.split("<REFERS_TO").skip(1) {
        let block = &part[..part.find("</REFERS_TO>").unwrap_or(part.len())];
        let target = block.split("<target ").nth(1).and_then(|t| attr(t, "m_id")).map(str::to_string);
        let Some(label) = target.and_then(|t| types.get(&t)).and_then(|t| meantime_label(t)) else { continue };
        for src_part in block.split("<source ").skip(1) {
            let Some(m) = attr(src_part, "m_id") else { continue };
            let Some(ids) = mentions.get(m) else { continue };
            let ss: Vec<Span> = ids.iter().filter_map(|id| tok_span.get(id).copied()).collect();
            if let (Some(mut a), Some(b)) = (ss.iter().map(|s| s.start).min(), ss.iter().map(|s| s.end).max()) {
                // MEANTIME's names may start with "the" ("the United
                // States"); names in dossier, like CoNLL's, do not.
                let t = &text[a..b];
                if t.len() > 4 && (t.starts_with("the ") || t.starts_with("The ")) {
                    a += 4;
                }
                spans.push((Span::new(a, b), label.to_string()));
            }
        }
    }
    for (span, label) in spans.iter_mut() {
        if label == "PER" {
            *span = strip_titles(&text, *span);
        }
    }
    spans.sort_by_key(|s| (s.0.start, s.0.end));
    spans.dedup();
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    GoldDoc { name, text, spans, annotated_until: Some(annotated_until) }
}

/// Drops leading titles and nationality words from a person's gold span
/// ("Prime Minister Stephen Harper" → "Stephen Harper"), as for GUM.
fn strip_titles(text: &str, span: Span) -> Span {
    let lx = Lexicon::get();
    let mut a = span.start;
    loop {
        let rest = &text[a..span.end];
        let Some((first, tail)) = rest.split_once(' ') else { break };
        let l = first.to_lowercase();
        let title = lx.role(&l, super::lexicon::RoleKind::Title)
            || lx.role(&l, super::lexicon::RoleKind::Modifier)
            || lx.demonyms.contains_key(&l);
        if !title || tail.is_empty() {
            break;
        }
        a += first.len() + 1;
    }
    Span::new(a, span.end)
}

// ---------------------------------------------------------------- re3d

/// re3d types → labels: Weapon and MilitaryPlatform → EQUIPMENT, Person →
/// PER, Organisation → ORG, Location → LOC. re3d's Vehicle annotations are
/// left out: their offsets are shifted in the release (values such as "st
/// ISIL" and "ss Syria"), so they cannot be scored. Nationality, Temporal,
/// Quantity and the other types have no counterpart among names.
pub fn re3d_label(ty: &str) -> Option<&'static str> {
    Some(match ty {
        "Weapon" | "MilitaryPlatform" => "EQUIPMENT",
        "Person" => "PER",
        "Organisation" => "ORG",
        "Location" => "LOC",
        _ => return None,
    })
}

/// Reads every source folder of re3d (`documents.json` and
/// `entities.json`, mongoexport JSON lines) under `dir`. Offsets in the
/// files count characters; they are converted to byte offsets.
pub fn read_re3d(dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let mut docs = Vec::new();
    for path in files(dir, "json")? {
        if path.file_name().is_none_or(|n| n != "documents.json") {
            continue;
        }
        let folder = path.parent().unwrap_or(dir);
        let mut by_id: BTreeMap<String, GoldDoc> = BTreeMap::new();
        for line in read(&path)?.lines().filter(|l| !l.trim().is_empty()) {
            let bad = || EvalError::Format { path: path.clone(), message: "document without _id or text".into() };
            let id = json_str(line, "_id").ok_or_else(bad)?;
            let text = json_str(line, "text").ok_or_else(bad)?;
            by_id.insert(id.clone(), GoldDoc { name: id, text, spans: Vec::new(), annotated_until: None });
        }
        let ents = folder.join("entities.json");
        for line in read(&ents)?.lines().filter(|l| !l.trim().is_empty()) {
            let (Some(doc), Some(ty), Some(b), Some(e)) =
                (json_str(line, "documentId"), json_str(line, "type"), json_num(line, "begin"), json_num(line, "end"))
            else {
                continue;
            };
            let (Some(d), Some(label)) = (by_id.get_mut(&doc), re3d_label(&ty)) else { continue };
            let (Some(bs), Some(be)) = (char_to_byte(&d.text, b), char_to_byte(&d.text, e)) else { continue };
            if bs < be {
                d.spans.push((Span::new(bs, be), label.to_string()));
            }
        }
        for (_, mut d) in by_id {
            d.spans.sort_by_key(|s| (s.0.start, s.0.end));
            d.spans.dedup();
            docs.push(d);
        }
    }
    Ok(docs)
}

fn char_to_byte(text: &str, chars: usize) -> Option<usize> {
    if chars == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(chars).map(|(b, _)| b)
}

/// The value of a string field `"key" : "..."` in one JSON object line,
/// with escapes decoded.
fn json_str(line: &str, key: &str) -> Option<String> {
    let pat = format!("\"{key}\"");
    let mut i = line.find(&pat)? + pat.len();
    let bytes = line.as_bytes();
    while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b':') {
        i += 1;
    }
    if bytes.get(i) != Some(&b'"') {
        return None;
    }
    let mut out = String::new();
    let mut chars = line[i + 1..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'b' => out.push('\u{8}'),
                'f' => out.push('\u{c}'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let mut code = u32::from_str_radix(&hex, 16).ok()?;
                    // A surrogate pair: read the low half.
                    if (0xD800..0xDC00).contains(&code) {
                        let rest: String = chars.by_ref().take(6).collect();
                        let low = u32::from_str_radix(rest.get(2..)?, 16).ok()?;
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    }
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// The value of a number field `"key" : 12` in one JSON object line.
fn json_num(line: &str, key: &str) -> Option<usize> {
    let pat = format!("\"{key}\"");
    let i = line.find(&pat)? + pat.len();
    let rest = line[i..].trim_start_matches([' ', ':']);
    let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    rest[..end].parse().ok()
}

// ---------------------------------------------------------------- predictions

/// Runs segment + tokenize + entities on a text.
pub fn run_stages(text: &str) -> Document {
    let mut doc = Document::new(text.to_string(), Metadata::default());
    crate::segment::Segmenter.run(&mut doc);
    crate::tokenize::Tokenizer.run(&mut doc);
    super::EntityStage.run(&mut doc);
    doc
}

/// The label a predicted entity type scores as: PER, ORG, LOC (GPE, LOC and
/// FAC together, as the corpora do not split them), EVENT, EQUIPMENT.
/// NORP and MISC have no gold counterpart in these corpora.
pub fn predicted_label(ty: EntityType) -> Option<&'static str> {
    Some(match ty {
        EntityType::Person => "PER",
        EntityType::Org => "ORG",
        EntityType::Gpe | EntityType::Loc | EntityType::Fac => "LOC",
        EntityType::Event => "EVENT",
        EntityType::Equipment => "EQUIPMENT",
        EntityType::Norp | EntityType::Misc => return None,
    })
}

/// Name mentions of a document with their labels (nominal and pronoun
/// mentions are not names; a demonym is not a name of its country).
pub fn name_mentions(doc: &Document) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for e in &doc.entities {
        let Some(label) = predicted_label(e.ty) else { continue };
        for m in &e.mentions {
            if m.kind == MentionKind::Name {
                out.push((m.span, label.to_string()));
            }
        }
    }
    out.sort_by_key(|s| (s.0.start, s.0.end));
    out.dedup();
    out
}

/// Weapon and platform noun phrases that are not names ("mortars", "a
/// heavy machine gun", "air strikes", "Coalition aircraft"), following
/// re3d's convention; the entity stage does not make entities of them,
/// but an events or evidence stage may use them. A phrase is a head from
/// `weapon_noun` or `equipment_head` with the `weapon_mod` words and at
/// most one capitalised word (an owner such as "ISIL") before it.
pub fn nominal_equipment(doc: &Document) -> Vec<Span> {
    let lx = Lexicon::get();
    let text = &doc.text;
    let mut out = Vec::new();
    for s in &doc.sentences {
        let toks = doc.sentence_tokens(s);
        let lower: Vec<String> = toks.iter().map(|t| t.span.slice(text).to_lowercase()).collect();
        let mut i = 0;
        while i < toks.len() {
            // Longest head at i (two-word heads first: "machine gun").
            let head_len = [2usize, 1].into_iter().find(|&n| {
                i + n <= toks.len()
                    && lx.cue(&lower[i..i + n].join(" ")) & (cue::WEAPON_NOUN | cue::EQUIPMENT_HEAD) != 0
            });
            let Some(n) = head_len else {
                i += 1;
                continue;
            };
            // Only the last head of a run of heads and modifiers extends
            // leftwards ("rocket artillery", "rocket propelled grenade
            // launcher", not "rocket" alone).
            let heads = cue::WEAPON_NOUN | cue::EQUIPMENT_HEAD;
            let next_is_head = lower[i + n..]
                .iter()
                .take_while(|l| lx.cue(l) & (heads | cue::WEAPON_MOD) != 0)
                .any(|l| lx.cue(l) & heads != 0);
            if next_is_head {
                i += 1;
                continue;
            }
            let head = lower[i..i + n].join(" ");
            let w = toks[i].span.slice(text);
            // An acronym, also in the plural ("VBIEDs"), is a head; another
            // capitalised word inside a sentence is part of a name.
            let acronym = w.trim_end_matches('s').chars().all(|c| c.is_uppercase());
            // "fighters", "rounds" name weapons only after a weapon word
            // ("jet fighters", "artillery rounds"; not "ISIL fighters", "a
            // second round"); "units" never do ("artillery units" are troops).
            let weapon_before =
                i > 0 && lower[i - 1] != "suicide" && lx.cue(&lower[i - 1]) & (heads | cue::WEAPON_MOD) != 0;
            if NEVER_NOMINAL.contains(&head.as_str())
                || (NOT_NOMINAL.contains(&head.as_str()) && !weapon_before)
                || (w.chars().next().is_some_and(char::is_uppercase) && !acronym && i > 0)
            {
                // A capitalised head inside a sentence is part of a name.
                i += n;
                continue;
            }
            let mut a = i;
            let mut caps = 0;
            let mut service = false;
            // "an Israeli missile strike": the owner is the strike's, and
            // the weapon named inside it is only "missile".
            let used_in = lower.get(i + n).is_some_and(|l| USED_IN.contains(&l.as_str()));
            while a > 0 {
                let l = lower[a - 1].as_str();
                let word = toks[a - 1].span.slice(text);
                if lx.cue(l) & (cue::WEAPON_MOD | cue::WEAPON_NOUN | cue::EQUIPMENT_HEAD) != 0 {
                    a -= 1;
                } else if caps == 0 && SERVICES.contains(&l) {
                    // "Iraqi air force planes", "army trucks", "navy ships".
                    service = true;
                    a -= 1;
                } else if caps == 0 && !used_in && a - 1 > 0 && is_owner(word) {
                    caps += 1;
                    a -= 1;
                } else {
                    break;
                }
            }
            // Generic heads ("vehicles", "systems", "ships") name equipment
            // only with a modifier that says which ("armoured vehicles",
            // "aircraft carrier", "missile systems") or an owner's name
            // ("ISIL vehicles", "Chinese ships").
            let modified = caps > 0 || service || (a..i).any(|k| lx.cue(&lower[k]) & (cue::WEAPON_MOD | heads) != 0);
            if GENERIC_HEADS.contains(&head.as_str()) && !modified {
                i += n;
                continue;
            }
            // "weapons caches", "a VBIED factory", "mortar teams": a weapon
            // word modifying a place or a group names neither a weapon nor
            // a platform ("a mortar attack" does: the weapon used).
            if lower.get(i + n).is_some_and(|l| NOT_AFTER.contains(&l.as_str())) {
                i += n;
                continue;
            }
            // "suicide bomber": a person.
            if head.starts_with("bomber") && a < i && lower[i - 1] == "suicide" {
                i += n;
                continue;
            }
            // "a"/"an" is left out and "the" kept, as re3d does in the
            // majority of its weapon spans (after "a"/"an" 27 spans leave the
            // article out and 19 keep it; after "the", 4 of 5 keep it). Names
            // never include "the" (CoNLL's convention, `name_mentions`).
            let first = if a > 0 && lower[a - 1] == "the" { a - 1 } else { a };
            out.push(Span::new(toks[first].span.start, toks[i + n - 1].span.end));
            // Elliptical coordination: in "attack, fighter and remotely
            // piloted aircraft" each conjunct before the shared head names a
            // kind of aircraft of its own ("attack [aircraft]"). Only in a
            // list of three or more: "light and heavy weapons" is one phrase.
            let mut conjuncts = Vec::new();
            let mut j = a;
            loop {
                let mut c = j;
                while c > 0 && matches!(lower[c - 1].as_str(), "," | "and" | "or") {
                    c -= 1;
                }
                if c == j || c == 0 {
                    break;
                }
                let end = c;
                while c > 0 && lx.cue(&lower[c - 1]) & (cue::WEAPON_MOD | heads) != 0 {
                    c -= 1;
                }
                if c == end {
                    break;
                }
                conjuncts.push(Span::new(toks[c].span.start, toks[end - 1].span.end));
                j = c;
            }
            if conjuncts.len() >= 2 {
                out.extend(conjuncts);
            }
            i += n;
        }
    }
    out.sort_by_key(|s| (s.start, s.end));
    out.dedup();
    out
}

/// An owner's name before a nominal weapon ("ISIL vehicles", "al-Qaida
/// vehicles", "Israeli jets"): a capitalised word, or "al-"/"el-" and a
/// capitalised name. "ISIL-held", "rebel-controlled" say who holds the
/// thing now, not what it is, and stay out of the phrase.
fn is_owner(word: &str) -> bool {
    let name = word.strip_prefix("al-").or_else(|| word.strip_prefix("el-")).unwrap_or(word);
    let lower = word.to_lowercase();
    name.chars().next().is_some_and(char::is_uppercase)
        && !["-held", "-controlled", "-occupied"].iter().any(|s| lower.ends_with(s))
}

/// Equipment heads that, alone as nominal phrases, are far more often
/// people or abstractions ("fighters" are combatants in conflict news, "a
/// round" of talks): they count only after a weapon word ("jet fighters",
/// "artillery rounds").
const NOT_NOMINAL: &[&str] = &["fighter", "fighters", "complex", "variant", "round", "rounds"];

/// Armed services whose name may stand between an owner and the weapon
/// ("Iraqi air force planes", "Syrian army tanks").
const SERVICES: &[&str] = &["army", "navy", "force", "marine", "marines"];

/// Event nouns after a weapon word that say how it was used ("a missile
/// strike", "mortar fire"); an owner before it belongs to the event.
const USED_IN: &[&str] = &["strike", "strikes", "attack", "attacks", "fire", "barrage", "barrages"];

/// Equipment heads that never make a nominal weapon phrase: "artillery
/// units" are troops.
const NEVER_NOMINAL: &[&str] = &["unit", "units"];

/// Nouns after a weapon word that make it a modifier of something else.
const NOT_AFTER: &[&str] = &[
    "facility",
    "facilities",
    "factory",
    "factories",
    "cache",
    "caches",
    "depot",
    "depots",
    "storage",
    "site",
    "sites",
    "team",
    "teams",
    "crew",
    "crews",
    "crewmember",
    "crewmembers",
    "inspector",
    "inspectors",
    "programme",
    "program",
    "shipment",
    "shipments",
    "smuggler",
    "smugglers",
    "smuggling",
    "trafficking",
    "dealer",
    "dealers",
    "expert",
    "experts",
    "impact",
    "impacts",
];

/// Heads that count as nominal equipment only with a weapon modifier
/// ("weapons", "munitions", "shells", "aircraft" and "jets" always denote
/// weapons or platforms, so they are not among them).
const GENERIC_HEADS: &[&str] = &[
    "system",
    "systems",
    "vehicle",
    "vehicles",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "carrier",
    "carriers",
    "battery",
    "batteries",
    "radar",
    "radars",
    "truck",
    "trucks",
    "device",
    "devices",
    "mine",
    "mines",
    "boat",
    "boats",
    "craft",
    "vest",
    "vests",
    "belt",
    "belts",
];

/// Runs the stages on every document and scores `predict`'s labelled spans
/// against the gold spans.
pub fn evaluate_with(
    docs: &[GoldDoc],
    how: Match,
    labels: &[&str],
    predict: impl Fn(&Document) -> Vec<(Span, String)>,
) -> Report {
    let mut counts: BTreeMap<String, (usize, usize, usize)> =
        labels.iter().map(|l| (l.to_string(), (0, 0, 0))).collect();
    let (mut seconds, mut tokens, mut sentences) = (0.0, 0, 0);
    for d in docs {
        let start = Instant::now();
        let doc = run_stages(&d.text);
        seconds += start.elapsed().as_secs_f64();
        tokens += doc.tokens.len();
        sentences += doc.sentences.len();
        let until = d.annotated_until.unwrap_or(usize::MAX);
        let pred: Vec<(Span, String)> =
            predict(&doc).into_iter().filter(|(s, l)| counts.contains_key(l) && s.start < until).collect();
        let gold: Vec<&(Span, String)> = d.spans.iter().filter(|(_, l)| counts.contains_key(l)).collect();
        let mut used = vec![false; gold.len()];
        for (_, l) in &gold {
            counts.get_mut(l).expect("label").0 += 1;
        }
        for (p, l) in &pred {
            let c = counts.get_mut(l).expect("label");
            c.1 += 1;
            let hit = gold.iter().enumerate().position(|(k, (g, gl))| {
                !used[k] && gl == l && if how == Match::Exact { g == p } else { g.overlaps(*p) }
            });
            if let Some(k) = hit {
                used[k] = true;
                c.2 += 1;
            }
        }
    }
    let scores = |g: usize, p: usize, c: usize| {
        let precision = if p > 0 { c as f64 / p as f64 } else { 0.0 };
        let recall = if g > 0 { c as f64 / g as f64 } else { 0.0 };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Scores { precision, recall, f1, gold: g, predicted: p, correct: c }
    };
    let (g, p, c) = counts.values().fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    let overall = scores(g, p, c);
    Report {
        precision: overall.precision,
        recall: overall.recall,
        f1: overall.f1,
        per_type: counts.iter().map(|(l, &(g, p, c))| (l.clone(), scores(g, p, c))).collect(),
        gold: g,
        predicted: p,
        correct: c,
        documents: docs.len(),
        sentences,
        tokens,
        seconds,
        tokens_per_second: if seconds > 0.0 { tokens as f64 / seconds } else { 0.0 },
    }
}

/// GUM news: PER, ORG, LOC, EVENT names.
pub fn eval_gum(dir: &Path, how: Match) -> Result<Report, EvalError> {
    Ok(evaluate_with(&read_gum(dir)?, how, &["PER", "ORG", "LOC", "EVENT"], name_mentions))
}

/// MEANTIME: PER, ORG, LOC names.
pub fn eval_meantime(dir: &Path, how: Match) -> Result<Report, EvalError> {
    Ok(evaluate_with(&read_meantime(dir)?, how, &["PER", "ORG", "LOC"], name_mentions))
}

/// re3d: PER, ORG, LOC names and EQUIPMENT, where EQUIPMENT predictions are
/// the stage's named equipment plus [`nominal_equipment`] phrases (re3d
/// annotates "mortars" and "air strikes" as weapons).
pub fn eval_re3d(dir: &Path, how: Match) -> Result<Report, EvalError> {
    Ok(evaluate_with(&read_re3d(dir)?, how, &["PER", "ORG", "LOC", "EQUIPMENT"], re3d_predictions))
}

/// re3d scored on weapons and platforms only (the issue's EQUIPMENT target).
pub fn eval_re3d_equipment(dir: &Path, how: Match) -> Result<Report, EvalError> {
    Ok(evaluate_with(&read_re3d(dir)?, how, &["EQUIPMENT"], re3d_predictions))
}

/// Named mentions plus nominal equipment phrases not inside a name.
pub fn re3d_predictions(doc: &Document) -> Vec<(Span, String)> {
    let mut out = name_mentions(doc);
    for (s, label) in out.iter_mut() {
        if label == "EQUIPMENT" {
            *s = with_service(&doc.text, *s);
        }
    }
    let named: Vec<Span> = out.iter().filter(|(_, l)| l == "EQUIPMENT").map(|(s, _)| *s).collect();
    for s in nominal_equipment(doc) {
        // "F-16 fighters": the head noun after a named weapon is part of
        // it; "the frigate FS Forbin": a description right before the name
        // is the same ship, not another weapon.
        let next_to = |n: &Span| {
            n.overlaps(s) || (s.start >= n.end && s.start - n.end <= 1) || (n.start >= s.end && n.start - s.end <= 1)
        };
        if !named.iter().any(next_to) {
            out.push((s, "EQUIPMENT".to_string()));
        }
    }
    out.sort_by_key(|s| (s.0.start, s.0.end));
    out
}

/// A service named right before a named weapon owns it and is part of
/// the span, as with nominal weapons ("Iraqi air force planes"): "**Air
/// Force** F-16s", "**Navy** F/A-18 Super Hornets".
fn with_service(text: &str, s: Span) -> Span {
    let before = &text[..s.start];
    let Some(rest) = before.strip_suffix(' ') else { return s };
    let word_start = |t: &str| t.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + 1);
    let w = word_start(rest);
    let word = &rest[w..];
    if !word.chars().next().is_some_and(char::is_uppercase) || !SERVICES.contains(&word.to_lowercase().as_str()) {
        return s;
    }
    let mut start = w;
    // "Air Force", "Marine Corps" style two-word services: "Air" before "Force".
    if word == "Force"
        && let Some(r) = rest[..w].strip_suffix(' ')
        && r[word_start(r)..] == *"Air"
    {
        start = word_start(r);
    }
    Span::new(start, s.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_before_a_named_weapon_is_part_of_it() {
        let text = "Two Air Force F-16 fighters and Navy Su-25 jets landed; the Typhoon Su-27 stayed.";
        let span = |a: &str| {
            let i = text.find(a).unwrap();
            Span::new(i, i + a.len())
        };
        assert_eq!(with_service(text, span("F-16")), span("Air Force F-16"));
        assert_eq!(with_service(text, span("Su-25")), span("Navy Su-25"));
        assert_eq!(with_service(text, span("Su-27")), span("Su-27"));
    }

    #[test]
    fn json_fields_decode_escapes() {
        let line = r#"{ "_id" : "A1", "text" : "He said \"no\".\nCaf\u00e9", "begin" : 12, "end" : 15 }"#;
        assert_eq!(json_str(line, "_id").as_deref(), Some("A1"));
        assert_eq!(json_str(line, "text").as_deref(), Some("He said \"no\".\nCafé"));
        assert_eq!(json_num(line, "begin"), Some(12));
        assert_eq!(json_num(line, "end"), Some(15));
    }

    #[test]
    fn gum_named_mentions_from_entity_brackets() {
        let src = "# newdoc id = d1\n# newpar\n# text = The Bank of England met Obama.\n\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-x\n\
2\tBank\tBank\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n\
3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n\
4\tEngland\tEngland\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-x)1)\n\
5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
6\tObama\tObama\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=(3-person-new-x)|SpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n";
        let docs = parse_gum(src, Path::new("t.conllu")).unwrap();
        let d = &docs[0];
        let got: Vec<(&str, &str)> = d.spans.iter().map(|(s, l)| (s.slice(&d.text), l.as_str())).collect();
        assert_eq!(got, vec![("Bank of England", "ORG"), ("England", "LOC"), ("Obama", "PER")]);
    }

    #[test]
    fn meantime_text_and_named_mentions() {
        let src = r#"<Document doc_id="1"><token number="0" sentence="0" t_id="1">Airbus</token>
<token number="1" sentence="0" t_id="2">sold</token><token number="0" sentence="1" t_id="3">Boeing</token>
<Markables><ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="11" syntactic_type="NOM"><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY m_id="20" ent_type="ORG" TAG_DESCRIPTOR="Airbus"/></Markables>
<Relations><REFERS_TO r_id="1"><source m_id="10"/><target m_id="20"/></REFERS_TO></Relations></Document>"#;
        let d = parse_meantime(src, Path::new("x.xml"));
        assert_eq!(d.text, "Airbus sold\nBoeing");
        assert_eq!(d.spans, vec![(Span::new(0, 6), "ORG".to_string())]);
    }

    #[test]
    fn exact_and_overlap_scoring() {
        let docs = vec![GoldDoc {
            name: "d".into(),
            annotated_until: None,
            text: "Two Su-25 jets and a heavy machine gun were seen.".into(),
            spans: vec![(Span::new(4, 9), "EQUIPMENT".into()), (Span::new(21, 38), "EQUIPMENT".into())],
        }];
        let exact = evaluate_with(&docs, Match::Exact, &["EQUIPMENT"], re3d_predictions);
        assert_eq!((exact.gold, exact.correct), (2, 2), "{exact:?}");
        assert!(exact.tokens > 0);
    }
}
