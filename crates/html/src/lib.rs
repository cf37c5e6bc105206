//! dossier-html: main-content and metadata extraction from HTML news pages.
//!
//! Input is an already-decoded HTML string plus, optionally, the page URL;
//! output is a [`Page`]: metadata (title, authors, dates, site, language,
//! canonical URL, section, tags, description, publisher) and the article body
//! as an ordered list of [`Block`]s. [`Page::text`] joins the body blocks with
//! blank lines and becomes the dossier document text.
//!
//! The key decisions:
//! * The extractor is our own, on scraper/html5ever: a boilerplate pass
//!   (tags, hidden elements, class/id hints) followed by readability-style
//!   paragraph scoring to find the article container, sibling merging for
//!   bodies split by ads, and per-block filters (link density, share and
//!   "read more" lines). It was chosen over dom_smoothie and the trafilatura
//!   crate by measuring F1 and speed on the Zyte benchmark (see README.md).
//! * Figure captions are kept as [`BlockKind::Caption`] blocks but are left
//!   out of [`Page::text`]: they describe pictures rather than report, and
//!   the benchmarks' gold bodies omit them. Pull quotes (which repeat a
//!   sentence of the body in large type) are dropped, so a quote is never
//!   counted twice downstream. Block quotes and embedded posts stay in the
//!   body as [`BlockKind::Quote`].
//! * Nothing panics on any input; [`extract`] returns `Err` only when the
//!   page has no extractable text at all.
//!
//! [`eval`] holds the two benchmark scorers behind `dossier eval extraction`.

mod charset;
mod content;
pub mod eval;
mod meta;
mod prestrip;

use serde::Serialize;
use std::path::PathBuf;

pub use charset::{decode_html, sniff_meta_charset};

/// Errors of this crate. Messages are lower-case and name the input.
#[derive(Debug, thiserror::Error)]
pub enum HtmlError {
    /// The page parsed but holds no text that could be an article body.
    #[error("html has no extractable text{}", url_suffix(.url))]
    NoText { url: Option<String> },
    /// A benchmark file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A benchmark file was read but is not what the scorer expects.
    #[error("bad evaluation data in {path}: {message}")]
    EvalData { path: PathBuf, message: String },
}

fn url_suffix(url: &Option<String>) -> String {
    url.as_ref().map(|u| format!(" ({u})")).unwrap_or_default()
}

/// What a body block is, so that later stages can choose what to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    /// A block quote or embedded post quoted by the article.
    Quote,
    ListItem,
    /// Preformatted text (code, transcripts), whitespace kept.
    Preformatted,
    /// A figure or image caption; not part of [`Page::text`].
    Caption,
}

impl BlockKind {
    /// Whether blocks of this kind belong to the document text.
    pub fn in_text(self) -> bool {
        !matches!(self, BlockKind::Caption)
    }
}

/// One block of the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Heading level 1–6 for headings, 0 otherwise.
    pub level: u8,
    pub text: String,
}

/// An extracted page: metadata and body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Page {
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// Publication time, ISO 8601 as found (trimmed; a space between date
    /// and time becomes `T`).
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site_name: Option<String>,
    pub language: Option<String>,
    pub canonical_url: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    pub description: Option<String>,
    /// The JSON-LD publisher's name.
    pub publisher: Option<String>,
    /// URLs the JSON-LD publisher names (`url`, `sameAs`).
    pub publisher_urls: Vec<String>,
    pub blocks: Vec<Block>,
}

impl Page {
    /// The document text: body blocks (captions excluded) joined by a
    /// blank line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for b in self.blocks.iter().filter(|b| b.kind.in_text()) {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&b.text);
        }
        out
    }
}

/// Extracts metadata and the main content of an HTML page.
///
/// `url` is used to resolve a relative canonical link. Returns
/// [`HtmlError::NoText`] when the page has no body text at all (empty input,
/// a page of scripts only); a page whose metadata was found but whose body
/// could not be told from boilerplate falls back to its longest text blocks
/// rather than failing.
pub fn extract(html: &str, url: Option<&str>) -> Result<Page, HtmlError> {
    let doc = scraper::Html::parse_document(&prestrip::prestrip(html));
    let mut page = meta::extract_meta(&doc, url);
    page.blocks = content::extract_blocks(&doc, page.title.as_deref());
    if page.blocks.iter().all(|b| !b.kind.in_text()) {
        return Err(HtmlError::NoText { url: url.map(str::to_owned) });
    }
    Ok(page)
}

/// For tuning the extractor: the element path to the first text node that
/// contains `snippet`, with the elements the boilerplate pass drops marked.
#[doc(hidden)]
pub fn debug_path(html: &str, snippet: &str) -> Vec<String> {
    content::debug_path(&scraper::Html::parse_document(html), snippet)
}
