//! Fetching one URL safely: the only door from dossier to the network.
//!
//! Each hop of a fetch is a single GET with redirects followed here, not by
//! the client, so that every hop is checked the same way: the scheme is
//! http or https, the URL was not visited before in this fetch (a loop is
//! named as such instead of running into the hop limit), and the host's
//! resolved addresses are public. The address check sits in the client's
//! name resolver (`GuardResolver`), which is the only place where the
//! addresses actually dialled are known, so a name that resolves to a
//! private address is caught even when it hides behind a public-looking
//! name or a redirect.
//!
//! Limits are in time (connect, each read, and a total deadline shared by
//! all hops), in size (a Content-Length over the cap is refused before the
//! body is read; a body that grows past it is cut off) and in kind (images,
//! PDFs and other binaries are refused from the Content-Type before the body
//! is read). A status other than 2xx is an error, except 304 Not Modified
//! on a conditional request, which the watcher needs.

use crate::USER_AGENT;
use crate::address::non_public_kind;
use crate::charset::{charset_param, for_ingest, mime_essence};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::thread::ThreadId;
use std::time::{Duration, Instant};
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

/// The default cap on a fetched body, the same as `ingest`'s file cap.
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// What is asked for; servers that negotiate send a page or a feed first.
const ACCEPT: &str = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,\
application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,text/plain;q=0.8,*/*;q=0.1";

/// Options of a fetch. `Default` gives the safe settings the CLI uses.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Time to resolve the host and open the connection (TLS included).
    pub connect_timeout: Duration,
    /// The longest wait for any single read from the server.
    pub read_timeout: Duration,
    /// The deadline for the whole fetch, all redirects and the body included.
    pub total_timeout: Duration,
    /// The largest body accepted, after content decoding (gzip).
    pub max_bytes: u64,
    /// How many redirects are followed before giving up.
    pub max_redirects: u32,
    /// Whether private, loopback and link-local addresses may be fetched
    /// (`--allow-private`, for tests and intranets).
    pub allow_private: bool,
    /// Host names that may resolve to non-public addresses even without
    /// `allow_private`: a trusted intranet site without opening all of them.
    pub allow_private_hosts: Vec<String>,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(20),
            total_timeout: Duration::from_secs(60),
            max_bytes: DEFAULT_MAX_BYTES,
            max_redirects: 5,
            allow_private: false,
            allow_private_hosts: Vec::new(),
        }
    }
}

/// Validators from an earlier response, sent as `If-None-Match` and
/// `If-Modified-Since` so an unchanged resource costs a 304 and no body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A fetched resource.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The URL after redirects; use it as the document's URL.
    pub final_url: String,
    /// 2xx, or 304 for a conditional request whose resource did not change
    /// (then `bytes` is empty).
    pub status: u16,
    /// The media type without parameters, lower-cased (`text/html`).
    pub content_type: Option<String>,
    /// The charset the server declared, lower-cased (`iso-8859-1`).
    pub charset: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The body, content-decoded (gzip) but not charset-decoded.
    pub bytes: Vec<u8>,
}

impl Fetched {
    /// Whether the server answered 304 Not Modified.
    pub fn not_modified(&self) -> bool {
        self.status == 304
    }

    /// Whether the body is an HTML page (declared, or sniffed when the
    /// server declared nothing useful).
    pub fn is_html(&self) -> bool {
        match self.content_type.as_deref() {
            Some("text/html" | "application/xhtml+xml") => true,
            Some(t) if t.contains("xml") || t.contains("json") || t.starts_with("text/") => false,
            _ => sniff_html(&self.bytes),
        }
    }

    /// Whether the body is an RSS, Atom or JSON feed.
    pub fn is_feed(&self) -> bool {
        crate::feed::is_feed(&self.bytes, self.content_type.as_deref())
    }

    /// The validators to send next time.
    pub fn validators(&self) -> Validators {
        Validators { etag: self.etag.clone(), last_modified: self.last_modified.clone() }
    }

    /// The body for `dossier_ingest::read_bytes`, with the server's charset
    /// applied (see [`crate::charset::for_ingest`]).
    pub fn body_for_ingest(&self) -> Cow<'_, [u8]> {
        for_ingest(&self.bytes, self.charset.as_deref())
    }
}

/// Why a fetch failed. Messages are lower-case and start with the URL.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{url}: not a valid url ({reason})")]
    InvalidUrl { url: String, reason: String },
    #[error("{url}: unsupported scheme {scheme:?} (only http and https are fetched)")]
    UnsupportedScheme { url: String, scheme: String },
    #[error(
        "{url}: refused to connect to {host} at {addr}, a {kind} address (pass --allow-private to fetch from private networks)"
    )]
    PrivateAddress { url: String, host: String, addr: IpAddr, kind: &'static str },
    #[error("{url}: cannot resolve host {host}")]
    HostNotFound { url: String, host: String },
    #[error("{url}: cannot connect ({detail})")]
    Connect { url: String, detail: String },
    #[error("{url}: timed out ({phase})")]
    Timeout { url: String, phase: String },
    #[error("{url}: too many redirects (more than {limit})")]
    TooManyRedirects { url: String, limit: u32 },
    #[error("{url}: redirect loop ({target} was already visited)")]
    RedirectLoop { url: String, target: String },
    #[error("{url}: redirect ({status}) without a usable location{}", location.as_ref().map(|l| format!(" ({l:?})")).unwrap_or_default())]
    BadRedirect { url: String, status: u16, location: Option<String> },
    #[error("{url}: http status {status}")]
    Status {
        url: String,
        status: u16,
        /// The server's Retry-After (429, 503), which the watcher honours.
        retry_after: Option<Duration>,
    },
    #[error(
        "{url}: unsupported content type {content_type} (dossier fetches html pages, rss, atom and json feeds, and plain text)"
    )]
    ContentType { url: String, content_type: String },
    #[error("{url}: too large ({}the limit is {limit} bytes, raise it with --max-bytes)", size.map(|s| format!("{s} bytes; ")).unwrap_or_else(|| "over the limit; ".into()))]
    TooLarge { url: String, size: Option<u64>, limit: u64 },
    #[error("{url}: {detail}")]
    Http { url: String, detail: String },
}

impl FetchError {
    /// Whether trying again later may succeed (timeouts, refused
    /// connections, 5xx and 429), as opposed to a request that will fail
    /// the same way every time.
    pub fn is_transient(&self) -> bool {
        match self {
            FetchError::Timeout { .. } | FetchError::Connect { .. } | FetchError::Http { .. } => true,
            FetchError::HostNotFound { .. } => true,
            FetchError::Status { status, .. } => *status >= 500 || *status == 429,
            _ => false,
        }
    }

    /// How long the server asked us to wait before trying again.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            FetchError::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// The URL the error is about (the hop that failed).
    pub fn url(&self) -> &str {
        match self {
            FetchError::InvalidUrl { url, .. }
            | FetchError::UnsupportedScheme { url, .. }
            | FetchError::PrivateAddress { url, .. }
            | FetchError::HostNotFound { url, .. }
            | FetchError::Connect { url, .. }
            | FetchError::Timeout { url, .. }
            | FetchError::TooManyRedirects { url, .. }
            | FetchError::RedirectLoop { url, .. }
            | FetchError::BadRedirect { url, .. }
            | FetchError::Status { url, .. }
            | FetchError::ContentType { url, .. }
            | FetchError::TooLarge { url, .. }
            | FetchError::Http { url, .. } => url,
        }
    }
}

/// Fetches `url` (a page, a feed or a text file). For many URLs, a
/// [`Fetcher`] reuses connections.
pub fn fetch(url: &str, opts: &FetchOptions) -> Result<Fetched, FetchError> {
    Fetcher::new(opts.clone()).fetch(url)
}

/// Fetches `url`, sending the validators of an earlier response; a 304
/// answer comes back as `Ok` with `status == 304` and no body.
pub fn fetch_conditional(url: &str, opts: &FetchOptions, validators: &Validators) -> Result<Fetched, FetchError> {
    Fetcher::new(opts.clone()).fetch_conditional(url, validators)
}

/// A client with fixed options that keeps connections open between
/// fetches (a feed's items usually share one host, and one TLS handshake
/// is cheaper than fifty). It is `Send + Sync`: share one across threads.
#[derive(Debug, Clone)]
pub struct Fetcher {
    agent: ureq::Agent,
    opts: FetchOptions,
    refused: Refusals,
}

impl Fetcher {
    pub fn new(opts: FetchOptions) -> Fetcher {
        let refused = Refusals::default();
        Fetcher { agent: agent(&opts, &refused), opts, refused }
    }

    pub fn options(&self) -> &FetchOptions {
        &self.opts
    }

    /// See [`fetch`].
    pub fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        self.fetch_conditional(url, &Validators::default())
    }

    /// See [`fetch_conditional`].
    pub fn fetch_conditional(&self, url: &str, validators: &Validators) -> Result<Fetched, FetchError> {
        // A refusal left over from an earlier fetch on this thread must not
        // be blamed for this one.
        self.refused.take();
        get(&self.agent, &self.opts, &self.refused, url, validators)
    }
}

fn get(
    agent: &ureq::Agent,
    opts: &FetchOptions,
    refusal: &Refusals,
    url: &str,
    validators: &Validators,
) -> Result<Fetched, FetchError> {
    let deadline = Instant::now() + opts.total_timeout;
    let mut current = parse_url(url)?;
    let mut visited = HashSet::from([without_fragment(&current)]);
    let mut redirects = 0;
    loop {
        let url_str = current.to_string();
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(FetchError::Timeout { url: url_str, phase: "total".into() });
        }
        let mut request = agent.get(url_str.as_str());
        if let Some(etag) = &validators.etag {
            request = request.header("If-None-Match", etag.as_str());
        }
        if let Some(lm) = &validators.last_modified {
            request = request.header("If-Modified-Since", lm.as_str());
        }
        let result = request.config().timeout_global(Some(remaining)).build().call();
        let mut response = match result {
            Ok(r) => r,
            Err(e) => return Err(map_error(e, &url_str, &current, refusal)),
        };
        let status = response.status().as_u16();
        if matches!(status, 301 | 302 | 303 | 307 | 308) {
            let location = header(&response, "location");
            let next = location.as_deref().and_then(|l| current.join(l).ok());
            let Some(next) = next else {
                return Err(FetchError::BadRedirect { url: url_str, status, location });
            };
            check_scheme(&next)?;
            if !visited.insert(without_fragment(&next)) {
                return Err(FetchError::RedirectLoop { url: url.to_string(), target: next.to_string() });
            }
            redirects += 1;
            if redirects > opts.max_redirects {
                return Err(FetchError::TooManyRedirects { url: url.to_string(), limit: opts.max_redirects });
            }
            current = next;
            continue;
        }
        let raw_type = header(&response, "content-type");
        let mut fetched = Fetched {
            final_url: url_str.clone(),
            status,
            content_type: raw_type.as_deref().map(mime_essence).filter(|t| !t.is_empty()),
            charset: raw_type.as_deref().and_then(charset_param),
            etag: header(&response, "etag"),
            last_modified: header(&response, "last-modified"),
            bytes: Vec::new(),
        };
        // A 304 answers a conditional request only; to a plain one it is a
        // broken server, and an empty body must not pass for a page.
        let conditional = validators.etag.is_some() || validators.last_modified.is_some();
        if status == 304 && conditional {
            return Ok(fetched);
        }
        if !(200..300).contains(&status) {
            let retry_after = header(&response, "retry-after").and_then(|v| parse_retry_after(&v));
            return Err(FetchError::Status { url: url_str, status, retry_after });
        }
        if let Some(t) = &fetched.content_type
            && !acceptable_type(t)
        {
            return Err(FetchError::ContentType { url: url_str, content_type: t.clone() });
        }
        // A declared length over the cap is refused before any body is read.
        // It is the encoded length, so this only catches the obvious cases;
        // the limit on the decoded body below catches the rest.
        let declared_len = header(&response, "content-length").and_then(|l| l.trim().parse::<u64>().ok());
        if let Some(len) = declared_len
            && len > opts.max_bytes
            && header(&response, "content-encoding").is_none()
        {
            return Err(FetchError::TooLarge { url: url_str, size: Some(len), limit: opts.max_bytes });
        }
        fetched.bytes = response
            .body_mut()
            .with_config()
            .limit(opts.max_bytes)
            .read_to_vec()
            .map_err(|e| map_error(e, &url_str, &current, refusal))?;
        if fetched.content_type.as_deref().is_none_or(|t| t.ends_with("octet-stream")) && looks_binary(&fetched.bytes) {
            let content_type = fetched.content_type.clone().unwrap_or_else(|| "(none declared)".into());
            return Err(FetchError::ContentType { url: url_str, content_type: format!("{content_type}, binary data") });
        }
        return Ok(fetched);
    }
}

/// Media types dossier reads: pages, feeds, JSON (JSON Feed is often
/// served as plain `application/json`) and text. Undeclared and generic
/// binary types are decided by sniffing after the body is read.
fn acceptable_type(mime: &str) -> bool {
    matches!(
        mime,
        "text/html"
            | "application/xhtml+xml"
            | "application/rss+xml"
            | "application/atom+xml"
            | "application/rdf+xml"
            | "application/xml"
            | "text/xml"
            | "application/feed+json"
            | "application/json"
            | "text/plain"
            | "text/markdown"
            | "application/octet-stream"
            | "binary/octet-stream"
    )
}

/// Binary if the first bytes hold a NUL or a known binary signature.
fn looks_binary(bytes: &[u8]) -> bool {
    const MAGIC: &[&[u8]] = &[b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF"];
    MAGIC.iter().any(|m| bytes.starts_with(m)) || bytes[..bytes.len().min(1024)].contains(&0)
}

fn sniff_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let t = head.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<!doctype html") || t.starts_with("<html") || t.starts_with("<head") || t.starts_with("<body")
}

/// Retry-After as seconds or as an HTTP date, relative to now.
fn parse_retry_after(value: &str) -> Option<Duration> {
    if let Ok(secs) = value.trim().parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(value.trim()).ok()?;
    (when.with_timezone(&chrono::Utc) - chrono::Utc::now()).to_std().ok()
}

fn parse_url(url: &str) -> Result<url::Url, FetchError> {
    let parsed = url::Url::parse(url.trim())
        .map_err(|e| FetchError::InvalidUrl { url: url.to_string(), reason: e.to_string() })?;
    check_scheme(&parsed)?;
    Ok(parsed)
}

fn check_scheme(url: &url::Url) -> Result<(), FetchError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(FetchError::UnsupportedScheme { url: url.to_string(), scheme: url.scheme().to_string() });
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(FetchError::InvalidUrl { url: url.to_string(), reason: "no host".into() });
    }
    Ok(())
}

fn without_fragment(url: &url::Url) -> String {
    let mut u = url.clone();
    u.set_fragment(None);
    u.to_string()
}

fn header<B>(response: &ureq::http::Response<B>, name: &str) -> Option<String> {
    let value = response.headers().get(name)?;
    let s = String::from_utf8_lossy(value.as_bytes()).trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// An address the guard refused, kept aside because the client's error
/// type cannot carry it.
#[derive(Debug, Clone)]
struct Refusal {
    host: String,
    addr: IpAddr,
    kind: &'static str,
}

/// Refusals by the thread that asked. The resolver runs on the thread that
/// made the request, so a [`Fetcher`] shared by many threads still blames
/// each refusal on the right fetch.
#[derive(Debug, Clone, Default)]
struct Refusals(Arc<Mutex<HashMap<ThreadId, Refusal>>>);

impl Refusals {
    fn put(&self, r: Refusal) {
        if let Ok(mut map) = self.0.lock() {
            map.insert(std::thread::current().id(), r);
        }
    }

    fn take(&self) -> Option<Refusal> {
        self.0.lock().ok().and_then(|mut map| map.remove(&std::thread::current().id()))
    }
}

/// A resolver that refuses hosts with any non-public address, so the check
/// covers exactly the addresses the client will dial, on every hop.
#[derive(Debug)]
struct GuardResolver {
    inner: DefaultResolver,
    allow_all: bool,
    allow_hosts: Vec<String>,
    refused: Refusals,
}

impl Resolver for GuardResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addrs = self.inner.resolve(uri, config, timeout)?;
        if self.allow_all {
            return Ok(addrs);
        }
        let host = uri.host().unwrap_or_default().trim_start_matches('[').trim_end_matches(']');
        if self.allow_hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
            return Ok(addrs);
        }
        // Every address is checked, not just the first: the client may fall
        // back to any of them.
        if let Some((addr, kind)) = addrs.iter().find_map(|a| non_public_kind(a.ip()).map(|k| (a.ip(), k))) {
            self.refused.put(Refusal { host: host.to_string(), addr, kind });
            return Err(ureq::Error::Io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!("{host} resolves to a {kind} address"),
            )));
        }
        Ok(addrs)
    }
}

fn agent(opts: &FetchOptions, refused: &Refusals) -> ureq::Agent {
    let config = ureq::Agent::config_builder()
        .user_agent(USER_AGENT)
        .accept(ACCEPT)
        // Redirects are followed in `fetch_conditional`, hop by hop.
        .max_redirects(0)
        .http_status_as_error(false)
        // A proxy would resolve the target itself, out of the guard's
        // sight, so proxies from the environment are not used.
        .proxy(None)
        .timeout_resolve(Some(opts.connect_timeout))
        .timeout_connect(Some(opts.connect_timeout))
        .timeout_per_read(Some(opts.read_timeout))
        .timeout_global(Some(opts.total_timeout))
        .build();
    let resolver = GuardResolver {
        inner: DefaultResolver::default(),
        allow_all: opts.allow_private,
        allow_hosts: opts.allow_private_hosts.clone(),
        refused: refused.clone(),
    };
    ureq::Agent::with_parts(config, DefaultConnector::default(), resolver)
}

fn map_error(e: ureq::Error, url: &str, current: &url::Url, refused: &Refusals) -> FetchError {
    let url = url.to_string();
    if let Some(r) = refused.take() {
        return FetchError::PrivateAddress { url, host: r.host, addr: r.addr, kind: r.kind };
    }
    let host = current.host_str().unwrap_or_default().to_string();
    match e {
        ureq::Error::Timeout(t) => FetchError::Timeout { url, phase: t.to_string() },
        ureq::Error::HostNotFound => FetchError::HostNotFound { url, host },
        ureq::Error::ConnectionFailed => FetchError::Connect { url, detail: "connection failed".into() },
        ureq::Error::BodyExceedsLimit(limit) => FetchError::TooLarge { url, size: None, limit },
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                FetchError::Timeout { url, phase: "read".into() }
            }
            std::io::ErrorKind::ConnectionRefused
            | std::io::ErrorKind::ConnectionReset
            | std::io::ErrorKind::ConnectionAborted
            | std::io::ErrorKind::NotConnected => FetchError::Connect { url, detail: io.to_string().to_lowercase() },
            _ if io.to_string().contains("failed to lookup") => FetchError::HostNotFound { url, host },
            _ => FetchError::Http { url, detail: io.to_string().to_lowercase() },
        },
        other => FetchError::Http { url, detail: other.to_string().to_lowercase() },
    }
}
