//! Readers: bytes and files in, [`Document`]s (text + metadata + outlet) out.
//!
//! The ingest step decides what the document text is — for HTML the article
//! body without boilerplate, for plain text the article without its
//! publisher footer — and after that the text is never changed. Formats are
//! told apart by extension and, for files without one, by sniffing. Every
//! error names the input and the problem; messy but readable input is not an
//! error.

pub mod dates;
pub mod decode;
pub mod outlet;
pub mod text;

use dossier_model::{DateSource, Document, Metadata, Published};
use std::path::{Path, PathBuf};

/// The default cap on one input's size. Larger files are refused with a
/// clear error rather than tying up the pipeline; `--max-bytes` raises it.
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// File extensions read when walking a directory.
/// Compressed copies (`page.html.gz`) are read too.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

/// Whether a file found while walking a directory is an article: by its
/// extension (after an optional `.gz`), and not a project's README or
/// licence, which sit beside articles in many collections.
fn is_article_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    let lower = name.to_ascii_lowercase();
    if lower.starts_with('.')
        || lower.starts_with("readme")
        || lower.starts_with("license")
        || lower.starts_with("licence")
    {
        return false;
    }
    let inner = lower.strip_suffix(".gz").unwrap_or(&lower);
    inner.rsplit_once('.').is_some_and(|(_, ext)| ARTICLE_EXTENSIONS.contains(&ext))
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{name}: no such file or directory")]
    NotFound { name: String },
    #[error("{name}: cannot read: {source}")]
    Io {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{name}: empty file")]
    Empty { name: String },
    #[error("{name}: binary file (not text or HTML)")]
    Binary { name: String },
    #[error("{name}: too large ({size} bytes; the limit is {limit} bytes, raise it with --max-bytes)")]
    TooLarge { name: String, size: u64, limit: u64 },
    #[error("{name}: no article text found{}", detail.as_ref().map(|d| format!(" ({d})")).unwrap_or_default())]
    NoText { name: String, detail: Option<String> },
    #[error("{name}: no articles found (looked for files ending in .{})", ARTICLE_EXTENSIONS.join(", ."))]
    NoArticles { name: String },
}

/// The format of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    pub fn as_str(&self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }

    /// The format implied by a file name's extension, if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes.
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = &bytes[..bytes.len().min(1024)];
        let head = String::from_utf8_lossy(head).to_ascii_lowercase();
        let t = head.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with("<!doctype html")
            || t.starts_with("<html")
            || t.starts_with("<head")
            || t.starts_with("<?xml") && t.contains("<html")
        {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// Options of one read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The URL the input came from (`--url`), used for metadata and outlet.
    pub url: Option<String>,
    /// A publication date given from outside the input (`--published`, a
    /// feed entry's date, an archive's capture date), ISO 8601; the least
    /// trusted source, used only when the input has none.
    pub published: Option<String>,
    /// Where `published` comes from; `None` means the user.
    pub published_from: Option<DateSource>,
    /// Forces a format instead of extension and sniffing.
    pub format: Option<Format>,
    /// Size cap in bytes; `0` means [`DEFAULT_MAX_BYTES`].
    pub max_bytes: u64,
}

impl ReadOptions {
    fn limit(&self) -> u64 {
        if self.max_bytes == 0 { DEFAULT_MAX_BYTES } else { self.max_bytes }
    }
}

/// Reads one input's bytes into a document. `name` names the input in
/// errors (a path, `-` for stdin, a URL).
pub fn read_bytes(bytes: &[u8], name: &str, format: Format, opts: &ReadOptions) -> Result<Document, IngestError> {
    let name_owned = || name.to_string();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty { name: name_owned() });
    }
    if bytes.len() as u64 > opts.limit() {
        return Err(IngestError::TooLarge { name: name_owned(), size: bytes.len() as u64, limit: opts.limit() });
    }
    let html = format == Format::Html;
    let decoded = decode::decode(bytes, html).map_err(|_| IngestError::Binary { name: name_owned() })?;
    let mut doc = match format {
        Format::Html => read_html(&decoded.text, name, opts)?,
        Format::Text | Format::Markdown => read_plain(&decoded.text, format, opts),
    };
    if doc.text.trim().is_empty() {
        return Err(IngestError::NoText { name: name_owned(), detail: None });
    }
    if doc.meta.published.is_none()
        && let Some(p) = &opts.published
    {
        doc.meta.published =
            Some(Published { value: p.clone(), source: opts.published_from.unwrap_or(DateSource::User) });
    }
    Ok(doc)
}

fn read_plain(raw: &str, format: Format, opts: &ReadOptions) -> Document {
    let article = text::read_text(raw, format == Format::Markdown);
    let meta = Metadata {
        title: article.title,
        authors: article.authors,
        published: article.published.map(|f| Published { value: f.iso, source: DateSource::Text }),
        url: opts.url.clone(),
        language: None,
        site_name: None,
        format: format.as_str().to_string(),
        footer: article.footer,
        headline: article.headline,
        byline: article.byline,
    };
    let mut outlet = article.outlet;
    if let Some(host) = opts.url.as_deref().and_then(outlet::host_of) {
        match &mut outlet {
            Some(o) => o.add_domain(&host),
            None => outlet = outlet::outlet_from_page(None, None, &[opts.url.as_deref().unwrap_or_default()], None),
        }
    }
    let mut doc = Document::new(article.text, meta);
    doc.outlet = outlet;
    doc
}

fn read_html(html: &str, name: &str, opts: &ReadOptions) -> Result<Document, IngestError> {
    let page = dossier_html::extract(html, opts.url.as_deref())
        .map_err(|e| IngestError::NoText { name: name.to_string(), detail: Some(e.to_string()) })?;
    let text = page.text();
    let mut urls: Vec<&str> = Vec::new();
    if let Some(u) = opts.url.as_deref() {
        urls.push(u);
    }
    if let Some(u) = page.canonical_url.as_deref() {
        urls.push(u);
    }
    urls.extend(page.publisher_urls.iter().map(String::as_str));
    let outlet = outlet::outlet_from_page(page.publisher.as_deref(), page.site_name.as_deref(), &urls, None);
    let meta = Metadata {
        title: page.title.clone(),
        authors: page.authors.clone(),
        published: page
            .published
            .as_deref()
            .and_then(dates::parse_date)
            .map(|value| Published { value, source: DateSource::Metadata }),
        url: opts.url.clone().or(page.canonical_url.clone()),
        language: page.language.clone(),
        site_name: page.site_name.clone(),
        format: Format::Html.as_str().to_string(),
        footer: None,
        headline: None,
        byline: None,
    };
    let mut doc = Document::new(text, meta);
    doc.outlet = outlet;
    Ok(doc)
}

/// Reads a file (or stdin for `-`).
pub fn read_path(path: &Path, opts: &ReadOptions) -> Result<Document, IngestError> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf)
            .map_err(|source| IngestError::Io { name: "stdin".into(), source })?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|source| io_error(&name, source))?;
        if meta.is_dir() {
            return Err(IngestError::Io {
                name,
                source: std::io::Error::new(std::io::ErrorKind::IsADirectory, "is a directory"),
            });
        }
        if meta.len() > opts.limit() {
            return Err(IngestError::TooLarge { name, size: meta.len(), limit: opts.limit() });
        }
        std::fs::read(path).map_err(|source| io_error(&name, source))?
    };
    let (bytes, inner) = if bytes.starts_with(&[0x1f, 0x8b]) {
        (gunzip(&bytes, &name, opts.limit())?, path.with_extension(""))
    } else {
        (bytes, path.to_path_buf())
    };
    let format = opts.format.or_else(|| Format::from_path(&inner)).unwrap_or_else(|| Format::sniff(&bytes));
    read_bytes(&bytes, &name, format, opts)
}

/// Decompresses gzip input, refusing more than `limit` bytes of output so a
/// small file cannot expand into an unbounded one.
fn gunzip(bytes: &[u8], name: &str, limit: u64) -> Result<Vec<u8>, IngestError> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes).take(limit + 1).read_to_end(&mut out).map_err(|e| IngestError::Io {
        name: name.to_string(),
        source: std::io::Error::new(e.kind(), format!("bad gzip data: {e}")),
    })?;
    if out.len() as u64 > limit {
        return Err(IngestError::TooLarge { name: name.to_string(), size: out.len() as u64, limit });
    }
    Ok(out)
}

fn io_error(name: &str, source: std::io::Error) -> IngestError {
    if source.kind() == std::io::ErrorKind::NotFound {
        IngestError::NotFound { name: name.to_string() }
    } else {
        IngestError::Io { name: name.to_string(), source }
    }
}

/// Expands the command-line inputs: files as given, directories walked
/// recursively for article files (sorted, hidden entries skipped), `-` kept.
/// Problems with one input are returned beside the others, not instead.
pub fn collect_inputs(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        let name = input.display().to_string();
        if name == "-" {
            files.push(input.clone());
            continue;
        }
        match std::fs::metadata(input) {
            Err(source) => errors.push(io_error(&name, source)),
            Ok(m) if m.is_dir() => {
                let before = files.len();
                walk(input, &mut files, &mut errors);
                if files.len() == before {
                    errors.push(IngestError::NoArticles { name });
                }
            }
            Ok(_) => files.push(input.clone()),
        }
    }
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(io_error(&dir.display().to_string(), source));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files, errors);
        } else if is_article_file(&path) {
            files.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_input_is_decompressed_with_a_size_cap() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.html.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<html><body><article><p>The frigate left port on Monday morning, officials said.</p></article></body></html>").unwrap();
        std::fs::write(&path, gz.finish().unwrap()).unwrap();
        let doc = read_path(&path, &ReadOptions::default()).unwrap();
        assert_eq!(doc.meta.format, "html");
        assert!(doc.text.contains("frigate left port"));
        let tiny = ReadOptions { max_bytes: 20, ..Default::default() };
        let err = read_path(&path, &tiny).unwrap_err();
        assert!(matches!(err, IngestError::TooLarge { .. }), "{err}");
        std::fs::write(&path, [0x1f, 0x8b, 0, 1, 2]).unwrap();
        let err = read_path(&path, &ReadOptions::default()).unwrap_err();
        assert!(err.to_string().contains("bad gzip data"), "{err}");
    }

    #[test]
    fn sniffs_html() {
        assert_eq!(Format::sniff(b"  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff(b"Headline\nBy X"), Format::Text);
    }

    #[test]
    fn errors_name_the_input() {
        let opts = ReadOptions::default();
        let e = read_bytes(b"  \n", "empty.txt", Format::Text, &opts).unwrap_err();
        assert_eq!(e.to_string(), "empty.txt: empty file");
        let e = read_bytes(b"\x00\x01\x02binary", "x.bin", Format::Text, &opts).unwrap_err();
        assert_eq!(e.to_string(), "x.bin: binary file (not text or HTML)");
        let small = ReadOptions { max_bytes: 4, ..Default::default() };
        let e = read_bytes(b"hello world", "big.txt", Format::Text, &small).unwrap_err();
        assert!(e.to_string().starts_with("big.txt: too large (11 bytes"));
        let e =
            read_bytes(b"<html><head><title>x</title></head></html>", "nobody.html", Format::Html, &opts).unwrap_err();
        assert!(e.to_string().starts_with("nobody.html: no article text found"), "{e}");
        let e = read_path(Path::new("/nonexistent/a.txt"), &opts).unwrap_err();
        assert_eq!(e.to_string(), "/nonexistent/a.txt: no such file or directory");
    }

    #[test]
    fn user_date_is_used_only_when_the_text_has_none() {
        let opts = ReadOptions { published: Some("2025-01-01".into()), ..Default::default() };
        let doc = read_bytes(b"Headline\nBy A | 3 March 2024\n\nBody.", "a.txt", Format::Text, &opts).unwrap();
        assert_eq!(doc.meta.published.unwrap(), Published { value: "2024-03-03".into(), source: DateSource::Text });
        let doc = read_bytes(b"Just a body sentence.", "b.txt", Format::Text, &opts).unwrap();
        assert_eq!(doc.meta.published.unwrap().source, DateSource::User);
    }

    #[test]
    fn url_adds_its_domain_to_the_outlet() {
        let opts = ReadOptions { url: Some("https://www.example-news.com/a".into()), ..Default::default() };
        let doc = read_bytes(b"Body only.", "a.txt", Format::Text, &opts).unwrap();
        assert_eq!(doc.outlet.unwrap().domains, vec!["example-news.com"]);
    }

    #[test]
    fn walking_a_directory_finds_articles_and_reports_empty_ones() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "x").unwrap();
        std::fs::write(dir.path().join("b.html"), "x").unwrap();
        std::fs::write(dir.path().join("c.png"), "x").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "x").unwrap();
        std::fs::write(dir.path().join("README.md"), "x").unwrap();
        std::fs::write(dir.path().join("c.html.gz"), "x").unwrap();
        let empty = tempfile::tempdir().unwrap();
        let (files, errors) = collect_inputs(&[dir.path().to_path_buf(), empty.path().to_path_buf()]);
        assert_eq!(files.len(), 3, "{files:?}");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains("no articles found"));
    }
}
