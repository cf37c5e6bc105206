//! Web archives: streaming the HTML responses out of `.warc` and
//! `.warc.gz` files, and writing synthetic archives for tests and benches.
//!
//! The reader is written here rather than taken from the `warc` crate
//! because that crate reads each record body into one `Vec`, and a web
//! archive may hold a 2 GB video in a single record. Here a record is read
//! through a `Take` of exactly its Content-Length: records that are not
//! wanted (requests, metadata, images, error pages) are skipped by copying
//! into a sink, a body over the cap is skipped the same way with a
//! diagnostic, and only a wanted body under the cap is held in memory. So
//! memory stays bounded by the cap whatever the file size, and a `.warc.gz`
//! (one gzip member per record, as Common Crawl writes them) is read through
//! `MultiGzDecoder` without ever being decompressed to disk.
//!
//! Errors are per record: the iterator yields `Err` for a record it cannot
//! use and goes on with the next, except when the input itself fails (I/O,
//! bad gzip, truncation), after which it ends — everything before the damage
//! has been yielded by then. The archived HTTP response is decoded as a
//! browser would have seen it: chunked transfer-encoding removed and gzip or
//! deflate content-encoding undone (within the cap).

use crate::charset::{charset_param, for_ingest, mime_essence};
use flate2::read::{GzDecoder, MultiGzDecoder, ZlibDecoder};
use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;

/// The default cap on one response body, the same as `ingest`'s.
pub const DEFAULT_MAX_BODY: u64 = 20 * 1024 * 1024;
/// The longest header line accepted, WARC or HTTP.
const MAX_LINE: u64 = 64 * 1024;
/// The most header lines accepted in one block, WARC or HTTP.
const MAX_HEADERS: usize = 256;

/// Whether a path names a web archive (`.warc`, `.warc.gz`), for the CLI
/// to route `dossier ingest FILE` here rather than to the page readers.
pub fn is_warc_path(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// Which records are yielded.
#[derive(Debug, Clone)]
pub struct WarcOptions {
    /// Bodies (after decoding) larger than this are skipped with
    /// [`WarcError::BodyTooLarge`].
    pub max_body: u64,
    /// Yield only HTML bodies (declared `text/html` or
    /// `application/xhtml+xml`, or sniffed when undeclared).
    pub html_only: bool,
    /// Also yield `resource` records (pages saved without their HTTP
    /// exchange, as some crawlers write them), with status 200.
    pub include_resources: bool,
}

impl Default for WarcOptions {
    fn default() -> Self {
        WarcOptions { max_body: DEFAULT_MAX_BODY, html_only: true, include_resources: false }
    }
}

/// One archived response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// `WARC-Target-URI`: the URL the page was fetched from.
    pub target_uri: String,
    /// `WARC-Date` as written (ISO 8601, UTC): when it was captured.
    pub date: Option<String>,
    pub record_id: Option<String>,
    /// The HTTP status (200 for resource records).
    pub status: u16,
    /// The HTTP media type without parameters, lower-cased.
    pub content_type: Option<String>,
    /// The charset from the HTTP Content-Type, lower-cased.
    pub charset: Option<String>,
    /// The HTTP headers in order.
    pub headers: Vec<(String, String)>,
    /// The body with transfer and content encodings removed.
    pub body: Vec<u8>,
    /// Where the record starts in the (decompressed) stream, for messages.
    pub offset: u64,
}

impl Response {
    /// The body for `dossier_ingest::read_bytes`, with the archived
    /// response's charset applied (see [`crate::charset::for_ingest`]).
    pub fn body_for_ingest(&self) -> Cow<'_, [u8]> {
        for_ingest(&self.body, self.charset.as_deref())
    }
}

/// A problem with one record or with the archive. Offsets count bytes of
/// the decompressed stream.
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    #[error("{name}: cannot read at byte {offset}: {source}")]
    Io {
        name: String,
        offset: u64,
        #[source]
        source: io::Error,
    },
    #[error("{name}: truncated record at byte {offset}{}", uri.as_ref().map(|u| format!(" ({u})")).unwrap_or_default())]
    Truncated { name: String, offset: u64, uri: Option<String> },
    #[error("{name}: malformed record at byte {offset} ({detail})")]
    Malformed { name: String, offset: u64, detail: String },
    #[error("{name}: {uri}: body too large ({size} bytes; the limit is {limit} bytes), skipped")]
    BodyTooLarge { name: String, uri: String, size: u64, limit: u64 },
    #[error("{name}: {uri}: unreadable http response ({detail}), skipped")]
    BadHttp { name: String, uri: String, detail: String },
}

impl WarcError {
    /// Whether the archive cannot be read past this error (the iterator
    /// ends after it); other errors concern one record only.
    pub fn is_fatal(&self) -> bool {
        matches!(self, WarcError::Io { .. } | WarcError::Truncated { .. })
    }
}

/// Counts of what the reader saw, for the end-of-run report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// WARC records read, of every type.
    pub records: u64,
    /// Responses yielded.
    pub yielded: u64,
    /// Records of other types (request, metadata, warcinfo, revisit…).
    pub skipped_type: u64,
    /// Responses whose status is not 2xx.
    pub skipped_status: u64,
    /// Responses that are not HTML (with `html_only`).
    pub skipped_not_html: u64,
    /// Responses over the body cap.
    pub skipped_too_large: u64,
    /// Errors yielded.
    pub errors: u64,
    /// Bytes of the (decompressed) stream consumed.
    pub bytes: u64,
}

/// An iterator over the wanted responses of an archive.
pub struct Records<R> {
    reader: R,
    name: String,
    opts: WarcOptions,
    pos: u64,
    done: bool,
    /// A version line found while resynchronising after a malformed record.
    pending: Option<Vec<u8>>,
    resync: bool,
    stats: Stats,
    line: Vec<u8>,
    /// Where the current record's block ends (`u64::MAX` between records).
    block_end: u64,
}

impl Records<BufReader<Box<dyn Read + Send>>> {
    /// Opens a `.warc` or `.warc.gz` file; gzip is recognised by its magic
    /// bytes, not the name.
    pub fn open(path: &Path) -> Result<Self, WarcError> {
        let name = path.display().to_string();
        let file = File::open(path).map_err(|source| WarcError::Io { name: name.clone(), offset: 0, source })?;
        Self::from_reader(file).map(|r| r.named(&name))
    }

    /// Reads an archive from any reader, gzip-compressed or not.
    pub fn from_reader(reader: impl Read + Send + 'static) -> Result<Self, WarcError> {
        let mut buffered = BufReader::with_capacity(64 * 1024, reader);
        let head = buffered.fill_buf().map_err(|source| WarcError::Io { name: "warc".into(), offset: 0, source })?;
        let inner: Box<dyn Read + Send> =
            if head.starts_with(&[0x1f, 0x8b]) { Box::new(MultiGzDecoder::new(buffered)) } else { Box::new(buffered) };
        Ok(Records::new(BufReader::with_capacity(64 * 1024, inner)))
    }
}

impl<R: BufRead> Records<R> {
    /// Reads an uncompressed WARC stream (see [`Records::from_reader`] for
    /// gzip).
    pub fn new(reader: R) -> Self {
        Records {
            reader,
            name: "warc".into(),
            opts: WarcOptions::default(),
            pos: 0,
            done: false,
            pending: None,
            resync: false,
            stats: Stats::default(),
            line: Vec::new(),
            block_end: u64::MAX,
        }
    }

    pub fn with_options(mut self, opts: WarcOptions) -> Self {
        self.opts = opts;
        self
    }

    /// The name used in errors (the file's path).
    pub fn named(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    fn io_error(&self, source: io::Error, uri: Option<&str>) -> WarcError {
        if source.kind() == io::ErrorKind::UnexpectedEof {
            WarcError::Truncated { name: self.name.clone(), offset: self.pos, uri: uri.map(str::to_string) }
        } else {
            WarcError::Io { name: self.name.clone(), offset: self.pos, source }
        }
    }

    /// Reads one line (at most [`MAX_LINE`] bytes) into `self.line`;
    /// returns its length, 0 at the end of input.
    fn read_line(&mut self) -> io::Result<usize> {
        self.line.clear();
        // Inside a record block a line may not run past the block's end, so
        // a response without the blank line after its headers cannot eat
        // the next record.
        let cap = MAX_LINE.min(self.block_end.saturating_sub(self.pos));
        let n = (&mut self.reader).take(cap).read_until(b'\n', &mut self.line)?;
        self.pos += n as u64;
        Ok(n)
    }

    /// The next record's version line, skipping the blank lines between
    /// records (and, after a malformed record, anything up to a line that
    /// starts a record). `None` at the end of input.
    fn version_line(&mut self) -> Result<Option<(u64, Vec<u8>)>, WarcError> {
        if let Some(line) = self.pending.take() {
            return Ok(Some((self.pos - line.len() as u64, line)));
        }
        loop {
            let n = self.read_line().map_err(|e| self.io_error(e, None))?;
            if n == 0 {
                return Ok(None);
            }
            if self.line.starts_with(b"WARC/") {
                self.resync = false;
                return Ok(Some((self.pos - n as u64, self.line.clone())));
            }
            if self.resync || self.line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.resync = true;
            return Err(WarcError::Malformed {
                name: self.name.clone(),
                offset: self.pos - n as u64,
                detail: "expected a WARC/1.x version line".into(),
            });
        }
    }

    /// Reads a block of `Name: value` lines up to a blank line.
    fn header_block(&mut self) -> io::Result<Option<Vec<(String, String)>>> {
        let mut fields: Vec<(String, String)> = Vec::new();
        loop {
            let n = self.read_line()?;
            if n == 0 {
                return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "end of input in a header block"));
            }
            let line = String::from_utf8_lossy(&self.line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                return Ok(Some(fields));
            }
            if (line.starts_with(' ') || line.starts_with('\t'))
                && let Some(last) = fields.last_mut()
            {
                last.1.push(' ');
                last.1.push_str(line.trim());
                continue;
            }
            if fields.len() >= MAX_HEADERS || n as u64 >= MAX_LINE {
                return Ok(None);
            }
            match line.split_once(':') {
                Some((k, v)) => fields.push((k.trim().to_string(), v.trim().to_string())),
                None => return Ok(None),
            }
        }
    }

    /// Reads the next record; `Ok(None)` for a record that is skipped
    /// silently, `Err(None)`-like end is signalled by `self.done`.
    fn next_record(&mut self) -> Result<Option<Response>, WarcError> {
        let Some((offset, version)) = self.version_line()? else {
            self.done = true;
            return Ok(None);
        };
        let _ = version;
        let fields = match self.header_block() {
            Ok(Some(f)) => f,
            Ok(None) => {
                self.resync = true;
                return Err(WarcError::Malformed {
                    name: self.name.clone(),
                    offset,
                    detail: "unreadable warc header line".into(),
                });
            }
            Err(e) => return Err(self.io_error(e, None)),
        };
        self.stats.records += 1;
        let get = |name: &str| fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone());
        let Some(length) = get("Content-Length").and_then(|l| l.parse::<u64>().ok()) else {
            self.resync = true;
            return Err(WarcError::Malformed {
                name: self.name.clone(),
                offset,
                detail: "missing or bad Content-Length".into(),
            });
        };
        let record_type = get("WARC-Type").unwrap_or_default().to_ascii_lowercase();
        // WARC 1.0 drafts wrote the URI in angle brackets.
        let uri = get("WARC-Target-URI").map(|u| u.trim_start_matches('<').trim_end_matches('>').to_string());
        let block_type = get("Content-Type").unwrap_or_default().to_ascii_lowercase();
        let wanted = match record_type.as_str() {
            "response" => block_type.starts_with("application/http"),
            "resource" => self.opts.include_resources,
            _ => false,
        };
        let start = self.pos;
        self.block_end = start.saturating_add(length);
        let result = match (&uri, wanted) {
            (Some(uri), true) => {
                let uri = uri.clone();
                let meta = RecordMeta {
                    offset,
                    uri,
                    date: get("WARC-Date"),
                    record_id: get("WARC-Record-ID"),
                    resource_type: (record_type == "resource").then_some(block_type),
                };
                self.read_response(meta, length)
            }
            _ => {
                self.stats.skipped_type += 1;
                Ok(None)
            }
        };
        self.block_end = u64::MAX;
        // Whatever the block's fate, the stream moves to its end, so the next
        // record starts where the length says.
        let consumed = self.pos - start;
        if consumed < length {
            let rest = length - consumed;
            let skipped = io::copy(&mut (&mut self.reader).take(rest), &mut io::sink())
                .map_err(|e| self.io_error(e, uri.as_deref()))?;
            self.pos += skipped;
            if skipped < rest {
                return Err(WarcError::Truncated { name: self.name.clone(), offset, uri });
            }
        }
        result
    }

    fn read_response(&mut self, meta: RecordMeta, length: u64) -> Result<Option<Response>, WarcError> {
        let start = self.pos;
        let bad = |name: &str, uri: &str, detail: &str| WarcError::BadHttp {
            name: name.to_string(),
            uri: uri.to_string(),
            detail: detail.to_string(),
        };
        let (status, headers) = if let Some(ct) = &meta.resource_type {
            (200, vec![("Content-Type".to_string(), ct.clone())])
        } else {
            let n = self.read_line().map_err(|e| self.io_error(e, Some(&meta.uri)))?;
            if n == 0 && self.pos < self.block_end {
                return Err(WarcError::Truncated { name: self.name.clone(), offset: meta.offset, uri: Some(meta.uri) });
            }
            let status_line = String::from_utf8_lossy(&self.line).into_owned();
            let status = parse_status(&status_line).ok_or_else(|| bad(&self.name, &meta.uri, "no http status line"))?;
            let headers = match self.header_block() {
                Ok(Some(h)) => h,
                Ok(None) => return Err(bad(&self.name, &meta.uri, "unreadable header line")),
                Err(_) if self.pos >= self.block_end => {
                    return Err(bad(&self.name, &meta.uri, "headers run past the record"));
                }
                Err(e) => return Err(self.io_error(e, Some(&meta.uri))),
            };
            (status, headers)
        };
        let head_len = self.pos - start;
        if head_len > length {
            return Err(bad(&self.name, &meta.uri, "headers run past the record"));
        }
        let get = |name: &str| headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str());
        if !(200..300).contains(&status) {
            self.stats.skipped_status += 1;
            return Ok(None);
        }
        let raw_type = get("Content-Type").map(str::to_string);
        let content_type = raw_type.as_deref().map(mime_essence).filter(|t| !t.is_empty());
        let declared_html = content_type.as_deref().map(|t| t == "text/html" || t == "application/xhtml+xml");
        if self.opts.html_only && declared_html == Some(false) {
            self.stats.skipped_not_html += 1;
            return Ok(None);
        }
        let body_len = length - head_len;
        let limit = self.opts.max_body;
        if body_len > limit {
            self.stats.skipped_too_large += 1;
            return Err(WarcError::BodyTooLarge { name: self.name.clone(), uri: meta.uri, size: body_len, limit });
        }
        let mut raw = Vec::with_capacity(body_len as usize);
        let n =
            (&mut self.reader).take(body_len).read_to_end(&mut raw).map_err(|e| self.io_error(e, Some(&meta.uri)))?;
        self.pos += n as u64;
        if (n as u64) < body_len {
            return Err(WarcError::Truncated { name: self.name.clone(), offset: meta.offset, uri: Some(meta.uri) });
        }
        let chunked = get("Transfer-Encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
        // Some archivers store the body de-chunked but keep the header, so a
        // body that does not parse as chunks is taken as it is.
        let body = if chunked { dechunk(&raw).unwrap_or(raw) } else { raw };
        let encoding = get("Content-Encoding").unwrap_or_default().trim().to_ascii_lowercase();
        let body = match decode_content(body, &encoding, limit) {
            Ok(b) => b,
            Err(Decoded::TooLarge) => {
                self.stats.skipped_too_large += 1;
                return Err(WarcError::BodyTooLarge { name: self.name.clone(), uri: meta.uri, size: limit + 1, limit });
            }
            Err(Decoded::Unsupported(detail)) => return Err(bad(&self.name, &meta.uri, &detail)),
        };
        if self.opts.html_only && declared_html.is_none() && !sniff_html(&body) {
            self.stats.skipped_not_html += 1;
            return Ok(None);
        }
        self.stats.yielded += 1;
        Ok(Some(Response {
            target_uri: meta.uri,
            date: meta.date,
            record_id: meta.record_id,
            status,
            content_type,
            charset: raw_type.as_deref().and_then(charset_param),
            headers,
            body,
            offset: meta.offset,
        }))
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<Response, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let result = self.next_record();
            self.stats.bytes = self.pos;
            match result {
                Ok(Some(r)) => return Some(Ok(r)),
                Ok(None) => {}
                Err(e) => {
                    self.done = e.is_fatal();
                    self.stats.errors += 1;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

struct RecordMeta {
    offset: u64,
    uri: String,
    date: Option<String>,
    record_id: Option<String>,
    /// For resource records, the block's media type.
    resource_type: Option<String>,
}

fn parse_status(line: &str) -> Option<u16> {
    let mut parts = line.split_whitespace();
    if !parts.next()?.starts_with("HTTP/") {
        return None;
    }
    parts.next()?.parse().ok()
}

fn sniff_html(body: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
    head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>")
}

/// Removes chunked transfer-encoding; `None` if the bytes are not chunks.
fn dechunk(raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    loop {
        let eol = rest.windows(2).position(|w| w == b"\r\n")?;
        let size_field = std::str::from_utf8(&rest[..eol]).ok()?;
        let size = usize::from_str_radix(size_field.split(';').next()?.trim(), 16).ok()?;
        rest = &rest[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        if rest.len() < size {
            return None;
        }
        out.extend_from_slice(&rest[..size]);
        rest = rest[size..].strip_prefix(b"\r\n")?;
    }
}

enum Decoded {
    TooLarge,
    Unsupported(String),
}

/// Undoes gzip or deflate content-encoding, refusing output over `limit`
/// so a small compressed body cannot expand without bound. A body declared
/// compressed that is not (archivers that stored it decoded) is kept.
fn decode_content(body: Vec<u8>, encoding: &str, limit: u64) -> Result<Vec<u8>, Decoded> {
    let mut out = Vec::new();
    let result = match encoding {
        "" | "identity" => return Ok(body),
        "gzip" | "x-gzip" if body.starts_with(&[0x1f, 0x8b]) => {
            GzDecoder::new(&body[..]).take(limit + 1).read_to_end(&mut out)
        }
        "deflate" => {
            let zlib = ZlibDecoder::new(&body[..]).take(limit + 1).read_to_end(&mut out);
            if zlib.is_err() {
                out.clear();
                flate2::read::DeflateDecoder::new(&body[..]).take(limit + 1).read_to_end(&mut out)
            } else {
                zlib
            }
        }
        "gzip" | "x-gzip" => return Ok(body),
        other => return Err(Decoded::Unsupported(format!("unsupported content-encoding {other:?}"))),
    };
    match result {
        Err(e) => Err(Decoded::Unsupported(format!("bad {encoding} body: {e}").to_lowercase())),
        Ok(_) if out.len() as u64 > limit => Err(Decoded::TooLarge),
        Ok(_) => Ok(out),
    }
}

/// What [`write_synthetic`] writes.
#[derive(Debug, Clone)]
pub struct Synthetic {
    /// HTML pages (response records); each has a request record before it,
    /// and every tenth page is followed by a PNG response.
    pub pages: usize,
    /// The page; `{n}` is replaced by the page number. Every fifth page is
    /// stored gzip-encoded and every seventh chunked, to exercise decoding.
    pub template: String,
    /// Write one gzip member per record (`.warc.gz`).
    pub gzip: bool,
    /// Every `k`-th page is replaced by a page of `bytes` bytes, written in
    /// pieces so the generator stays small too: `Some((k, bytes))`.
    pub huge: Option<(usize, u64)>,
}

/// What was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    pub records: u64,
    pub html_pages: u64,
    pub huge_pages: u64,
    /// Uncompressed bytes of WARC written.
    pub bytes: u64,
}

/// A page of about `bytes` bytes, with `{n}` where the page number goes.
pub fn sample_page(bytes: usize) -> String {
    let mut page = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report {n}: talks resume</title>\
         <meta property=\"og:site_name\" content=\"Example News\"></head><body>\n<nav><a href=\"/\">Home</a> \
         <a href=\"/world\">World</a></nav>\n<article><h1>Report {n}: talks resume in Geneva</h1>\n\
         <p class=\"byline\">By A. Writer, 12 March 2026</p>\n",
    );
    let paragraph = "<p>Negotiators from both delegations met again on Tuesday, the foreign ministry said in a \
                     statement, adding that the talks on story {n} would continue through the week. \
                     \u{201c}We are making progress,\u{201d} a senior official told reporters in Genève.</p>\n";
    while page.len() + paragraph.len() < bytes.saturating_sub(64) {
        page.push_str(paragraph);
    }
    page.push_str("</article><footer>\u{a9} Example News</footer></body></html>\n");
    page
}

/// Writes a synthetic archive to `path` (see [`Synthetic`]).
pub fn write_synthetic(path: &Path, spec: &Synthetic) -> io::Result<Written> {
    let mut out = io::BufWriter::with_capacity(1 << 20, File::create(path)?);
    let mut written = Written::default();
    let record = |out: &mut io::BufWriter<File>, rec: &SynthRecord, written: &mut Written| -> io::Result<()> {
        written.records += 1;
        written.bytes += if spec.gzip {
            let mut gz = flate2::write::GzEncoder::new(&mut *out, flate2::Compression::fast());
            let n = rec.write(&mut gz)?;
            gz.finish()?;
            n
        } else {
            rec.write(out)?
        };
        Ok(())
    };
    let info = b"software: dossier-fetch synthetic generator\r\nformat: WARC File Format 1.1\r\n".to_vec();
    record(
        &mut out,
        &SynthRecord {
            kind: "warcinfo",
            n: 0,
            uri: None,
            block_type: "application/warc-fields",
            head: info,
            body: Body::None,
        },
        &mut written,
    )?;
    for n in 0..spec.pages {
        let uri = format!("https://news.example/articles/{n}.html");
        let request =
            format!("GET /articles/{n}.html HTTP/1.1\r\nHost: news.example\r\nUser-Agent: dossier-test\r\n\r\n");
        record(
            &mut out,
            &SynthRecord {
                kind: "request",
                n,
                uri: Some(&uri),
                block_type: "application/http;msgtype=request",
                head: request.into_bytes(),
                body: Body::None,
            },
            &mut written,
        )?;
        let huge = spec.huge.and_then(|(k, bytes)| (k > 0 && n % k == k - 1).then_some(bytes));
        let rec = if let Some(bytes) = huge {
            written.huge_pages += 1;
            let head =
                format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {bytes}\r\n\r\n");
            SynthRecord {
                kind: "response",
                n,
                uri: Some(&uri),
                block_type: "application/http;msgtype=response",
                head: head.into_bytes(),
                body: Body::Filler(bytes),
            }
        } else {
            written.html_pages += 1;
            let page = spec.template.replace("{n}", &n.to_string());
            let (encoding, mut body) = if n % 5 == 4 {
                let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                gz.write_all(page.as_bytes())?;
                ("Content-Encoding: gzip\r\n", gz.finish()?)
            } else {
                ("", page.into_bytes())
            };
            let framing = if n % 7 == 6 {
                body = chunk(&body);
                "Transfer-Encoding: chunked\r\n".to_string()
            } else {
                format!("Content-Length: {}\r\n", body.len())
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{encoding}{framing}Server: synthetic\r\n\r\n"
            );
            SynthRecord {
                kind: "response",
                n,
                uri: Some(&uri),
                block_type: "application/http;msgtype=response",
                head: head.into_bytes(),
                body: Body::Bytes(body),
            }
        };
        record(&mut out, &rec, &mut written)?;
        if n % 10 == 3 {
            let img_uri = format!("https://news.example/img/{n}.png");
            let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
            let head = format!("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {}\r\n\r\n", png.len());
            record(
                &mut out,
                &SynthRecord {
                    kind: "response",
                    n,
                    uri: Some(&img_uri),
                    block_type: "application/http;msgtype=response",
                    head: head.into_bytes(),
                    body: Body::Bytes(png),
                },
                &mut written,
            )?;
        }
    }
    out.flush()?;
    Ok(written)
}

enum Body {
    None,
    Bytes(Vec<u8>),
    Filler(u64),
}

struct SynthRecord<'a> {
    kind: &'a str,
    n: usize,
    uri: Option<&'a str>,
    block_type: &'a str,
    head: Vec<u8>,
    body: Body,
}

impl SynthRecord<'_> {
    /// Writes the record; returns the bytes written.
    fn write(&self, out: &mut impl Write) -> io::Result<u64> {
        let body_len = match &self.body {
            Body::None => 0,
            Body::Bytes(b) => b.len() as u64,
            Body::Filler(n) => *n,
        };
        let length = self.head.len() as u64 + body_len;
        // Dates one second apart from a fixed start keep the output
        // reproducible.
        let date = chrono::DateTime::from_timestamp(1_767_225_600 + self.n as i64, 0).unwrap_or_default();
        let mut header = format!(
            "WARC/1.1\r\nWARC-Type: {}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{:012x}>\r\nWARC-Date: {}\r\n",
            self.kind,
            self.n,
            date.format("%Y-%m-%dT%H:%M:%SZ")
        );
        if let Some(uri) = self.uri {
            header.push_str(&format!("WARC-Target-URI: {uri}\r\n"));
        }
        header.push_str(&format!("Content-Type: {}\r\nContent-Length: {length}\r\n\r\n", self.block_type));
        out.write_all(header.as_bytes())?;
        out.write_all(&self.head)?;
        match &self.body {
            Body::None => {}
            Body::Bytes(b) => out.write_all(b)?,
            Body::Filler(n) => {
                let piece = [b'x'; 64 * 1024];
                let mut left = *n;
                while left > 0 {
                    let k = left.min(piece.len() as u64) as usize;
                    out.write_all(&piece[..k])?;
                    left -= k as u64;
                }
            }
        }
        out.write_all(b"\r\n\r\n")?;
        Ok(header.len() as u64 + length + 4)
    }
}

/// Chunked transfer-encoding in pieces of at most 4 KiB.
fn chunk(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + body.len() / 512 + 16);
    for piece in body.chunks(4096) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_round_trip() {
        let body: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        assert_eq!(dechunk(&chunk(&body)).unwrap(), body);
        assert_eq!(dechunk(b"not chunks"), None);
    }

    #[test]
    fn warc_paths() {
        assert!(is_warc_path(Path::new("/data/CC-MAIN-1.warc.gz")));
        assert!(is_warc_path(Path::new("crawl.WARC")));
        assert!(!is_warc_path(Path::new("page.html.gz")));
    }

    #[test]
    fn status_lines() {
        assert_eq!(parse_status("HTTP/1.1 200 OK\r\n"), Some(200));
        assert_eq!(parse_status("HTTP/1.0 404\r\n"), Some(404));
        assert_eq!(parse_status("garbage"), None);
    }
}
