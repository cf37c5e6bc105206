//! Reader for the CoNLL-2003 column format.
//!
//! One token per line, columns separated by whitespace, the word first and the
//! NER tag last (so both the four-column CoNLL-2003 files and two-column
//! copies such as WikiGold read the same way); a blank line ends a sentence and
//! a `-DOCSTART-` line starts a document. Tags may be IOB1 or IOB2: spans are
//! recovered with conlleval's rules (an entity starts at `B-X`, or at `I-X`
//! after `O` or another type), which read both encodings identically. A file
//! without `-DOCSTART-` lines is one document. Malformed lines are errors that
//! name the file and line, never panics.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use crate::error::NerError;
use crate::tags::{EntityType, Span};

/// A tokenized sentence with its gold entity spans (empty when unlabelled).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub spans: Vec<Span>,
}

impl Sentence {
    /// Borrowed tokens, the form the tagger takes.
    pub fn token_refs(&self) -> Vec<&str> {
        self.tokens.iter().map(String::as_str).collect()
    }
}

/// A document: the unit over which document-level features are computed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    pub sentences: Vec<Sentence>,
}

impl Doc {
    /// Number of tokens in the document.
    pub fn num_tokens(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }

    /// Borrowed tokens per sentence, the form [`crate::Model::tag_document`] takes.
    pub fn token_refs(&self) -> Vec<Vec<&str>> {
        self.sentences.iter().map(Sentence::token_refs).collect()
    }
}

/// Reads a CoNLL file into documents.
pub fn read(path: &Path) -> Result<Vec<Doc>, NerError> {
    let file = std::fs::File::open(path).map_err(|e| NerError::io(path, e))?;
    read_from(std::io::BufReader::new(file), path)
}

/// Reads CoNLL data from any reader; `name` is used in error messages.
pub fn read_from<R: BufRead>(reader: R, name: &Path) -> Result<Vec<Doc>, NerError> {
    let mut parser = Parser::new(name.to_path_buf());
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| NerError::io(name, e))?;
        parser.line(i + 1, &line)?;
    }
    Ok(parser.finish())
}

/// Reads CoNLL data from a string (handy in tests).
pub fn read_str(text: &str, name: &str) -> Result<Vec<Doc>, NerError> {
    read_from(text.as_bytes(), Path::new(name))
}

struct Parser {
    path: PathBuf,
    docs: Vec<Doc>,
    doc: Doc,
    tokens: Vec<String>,
    tags: Vec<(Option<EntityType>, bool)>,
}

impl Parser {
    fn new(path: PathBuf) -> Self {
        Parser { path, docs: Vec::new(), doc: Doc::default(), tokens: Vec::new(), tags: Vec::new() }
    }

    fn err(&self, line: usize, message: impl Into<String>) -> NerError {
        NerError::Conll { path: self.path.clone(), line, message: message.into() }
    }

    fn line(&mut self, no: usize, line: &str) -> Result<(), NerError> {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            self.end_sentence();
            return Ok(());
        }
        let mut fields = line.split_whitespace();
        let word = fields.next().unwrap_or_default();
        if word == "-DOCSTART-" {
            self.end_sentence();
            self.end_doc();
            return Ok(());
        }
        let Some(tag) = fields.next_back() else {
            return Err(self.err(no, format!("expected at least two columns (word and tag), found {line:?}")));
        };
        let parsed = if tag == "O" {
            (None, false)
        } else {
            let (prefix, ty) = tag.split_once('-').ok_or_else(|| self.err(no, format!("malformed tag {tag:?}")))?;
            let ty = EntityType::parse(ty).ok_or_else(|| {
                self.err(no, format!("unknown entity type in tag {tag:?} (expected PER, ORG, LOC or MISC)"))
            })?;
            let begin = match prefix {
                "B" => true,
                "I" => false,
                _ => {
                    return Err(self.err(no, format!("malformed tag {tag:?} (expected O, B-TYPE or I-TYPE)")));
                }
            };
            (Some(ty), begin)
        };
        self.tokens.push(word.to_string());
        self.tags.push(parsed);
        Ok(())
    }

    fn end_sentence(&mut self) {
        if self.tokens.is_empty() {
            return;
        }
        let spans = spans_from_iob(&self.tags);
        self.doc.sentences.push(Sentence { tokens: std::mem::take(&mut self.tokens), spans });
        self.tags.clear();
    }

    fn end_doc(&mut self) {
        if !self.doc.sentences.is_empty() {
            self.docs.push(std::mem::take(&mut self.doc));
        }
    }

    fn finish(mut self) -> Vec<Doc> {
        self.end_sentence();
        self.end_doc();
        self.docs
    }
}

/// Recovers spans from IOB1/IOB2 tags with conlleval's chunk rules.
fn spans_from_iob(tags: &[(Option<EntityType>, bool)]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &(ty, begin)) in tags.iter().enumerate() {
        let continues = match (open, ty) {
            (Some((_, ot)), Some(t)) => ot == t && !begin,
            _ => false,
        };
        if !continues {
            if let Some((s, ot)) = open.take() {
                out.push(Span { start: s, end: i, ty: ot, score: 1.0 });
            }
            open = ty.map(|t| (i, t));
        }
    }
    if let Some((s, t)) = open {
        out.push(Span { start: s, end: tags.len(), ty: t, score: 1.0 });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(s: &Sentence) -> Vec<(usize, usize, &'static str)> {
        s.spans.iter().map(|x| (x.start, x.end, x.ty.as_str())).collect()
    }

    #[test]
    fn reads_iob1_and_iob2_alike() {
        let iob1 = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\ncall NN I-NP O\n\nPeter I-PER\nBlackburn I-PER\nJohn B-PER\n";
        let iob2 = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter B-PER\nBlackburn I-PER\nJohn B-PER\n";
        for text in [iob1, iob2] {
            let docs = read_str(text, "t.txt").unwrap();
            assert_eq!(docs.len(), 1);
            let d = &docs[0];
            assert_eq!(d.sentences.len(), 2);
            assert_eq!(ranges(&d.sentences[0]), vec![(0, 1, "ORG"), (2, 3, "MISC")]);
            assert_eq!(ranges(&d.sentences[1]), vec![(0, 2, "PER"), (2, 3, "PER")]);
        }
    }

    #[test]
    fn splits_documents() {
        let text = "-DOCSTART- O\n\na O\n\n-DOCSTART- O\n\nb O\n\nc O\n";
        let docs = read_str(text, "t.txt").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].sentences.len(), 2);
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let err = read_str("a O\nlonely\n", "bad.txt").unwrap_err();
        assert_eq!(err.to_string(), "bad.txt:2: expected at least two columns (word and tag), found \"lonely\"");
        let err = read_str("a O\nb X-PER\n", "bad.txt").unwrap_err();
        assert!(err.to_string().starts_with("bad.txt:2: malformed tag"), "{err}");
        let err = read_str("a B-FOO\n", "bad.txt").unwrap_err();
        assert!(err.to_string().starts_with("bad.txt:1: unknown entity type"), "{err}");
    }
}
