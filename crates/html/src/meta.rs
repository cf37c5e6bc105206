//! Page metadata: title, authors, dates, site, language, canonical URL,
//! section, tags, description and publisher.
//!
//! The key decision: sources are ranked per field by how deliberately a
//! publisher fills them. JSON-LD (`NewsArticle`/`Article`, also inside
//! `@graph`) is structured and comes first for dates, authors and the
//! publisher; OpenGraph/`article:*` meta tags next; Twitter and Dublin Core
//! tags after; the page itself (`<title>`, `<time datetime>`, `<html lang>`)
//! last. The first non-empty value wins; list fields are merged and
//! de-duplicated in that order.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::Page;

fn sel(s: &'static str) -> Selector {
    Selector::parse(s).expect("static selector")
}

macro_rules! selector {
    ($name:ident, $css:expr) => {
        fn $name() -> &'static Selector {
            static S: OnceLock<Selector> = OnceLock::new();
            S.get_or_init(|| sel($css))
        }
    };
}

selector!(meta_sel, "meta");
selector!(title_sel, "title");
selector!(html_sel, "html");
selector!(link_sel, "link[rel][href]");
selector!(ldjson_sel, r#"script[type="application/ld+json"]"#);
selector!(time_sel, "time[datetime]");
selector!(itemprop_sel, "[itemprop]");

/// Collapses whitespace and trims; `None` when nothing is left.
pub(crate) fn clean(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Normalises a date-time as found: trimmed, and a space between the date
/// and the time replaced by `T`, so "2024-03-12 14:05:00" reads as ISO 8601.
/// Values that do not start with a `YYYY-MM-DD` date are kept as found.
fn norm_date(s: &str) -> Option<String> {
    let t = clean(s)?;
    let b = t.as_bytes();
    let iso_date = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[7] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[8..10].iter().all(u8::is_ascii_digit);
    if iso_date && b.len() > 11 && b[10] == b' ' && b[11].is_ascii_digit() {
        let mut out = t.clone();
        out.replace_range(10..11, "T");
        return Some(out.replace(' ', ""));
    }
    Some(t)
}

/// Meta tags keyed by lower-cased `property`, `name` or `itemprop`.
struct Metas(HashMap<String, Vec<String>>);

impl Metas {
    fn collect(doc: &Html) -> Metas {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for m in doc.select(meta_sel()) {
            let el = m.value();
            let Some(content) = el.attr("content").and_then(clean) else {
                continue;
            };
            for key_attr in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = el.attr(key_attr) {
                    map.entry(k.trim().to_ascii_lowercase()).or_default().push(content.clone());
                }
            }
        }
        Metas(map)
    }

    fn first(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.0.get(*k).and_then(|v| v.first().cloned()))
    }

    fn all(&self, key: &str) -> Vec<String> {
        self.0.get(key).cloned().unwrap_or_default()
    }
}

const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
];

fn type_names(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(str::to_ascii_lowercase)).collect(),
        _ => Vec::new(),
    }
}

/// Flattens JSON-LD values (arrays, `@graph`) into a list of objects.
fn flatten_ld(v: &Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| flatten_ld(x, out, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                flatten_ld(g, out, depth + 1);
            }
            out.push(v.clone());
        }
        _ => {}
    }
}

/// A string, or the `name` of an object, or the first of an array of those.
fn ld_name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(s),
        Value::Object(o) => o.get("name").and_then(ld_name),
        Value::Array(a) => a.iter().find_map(ld_name),
        _ => None,
    }
}

fn ld_names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| ld_names(x, out)),
        other => {
            if let Some(n) = ld_name(other) {
                out.push(n);
            }
        }
    }
}

fn ld_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.extend(clean(s)),
        Value::Array(a) => a.iter().for_each(|x| ld_strings(x, out)),
        _ => {}
    }
}

/// Splits keyword lists ("a, b; c") into cleaned items.
fn split_keywords(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split([',', ';']).filter_map(clean)
}

fn push_unique(list: &mut Vec<String>, item: String) {
    let lower = item.to_lowercase();
    if !list.iter().any(|x| x.to_lowercase() == lower) {
        list.push(item);
    }
}

/// Whether an author value is a usable name rather than a URL or a site.
fn plausible_author(s: &str) -> bool {
    !s.starts_with("http") && !s.contains("://") && s.chars().count() <= 80 && s.contains(char::is_alphabetic)
}

/// Strips a " | Site" or " - Site" tail from a `<title>` when the tail is
/// the site name, or when it is short and the head is long.
fn clean_title(raw: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: ", " · "] {
        if let Some(pos) = raw.rfind(sep) {
            let (head, tail) = (&raw[..pos], &raw[pos + sep.len()..]);
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()));
            if tail_is_site || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3) {
                return head.trim().to_owned();
            }
        }
    }
    raw.to_owned()
}

fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    if let Ok(u) = url::Url::parse(href) {
        return Some(u.to_string());
    }
    let base = url::Url::parse(base?).ok()?;
    base.join(href).ok().map(|u| u.to_string())
}

fn itemprop_value(el: ElementRef<'_>) -> Option<String> {
    let e = el.value();
    e.attr("content")
        .or_else(|| e.attr("datetime"))
        .map(str::to_owned)
        .or_else(|| Some(el.text().collect::<String>()))
        .and_then(|s| clean(&s))
}

/// Reads every metadata field of `doc` into a [`Page`] with no blocks.
pub(crate) fn extract_meta(doc: &Html, url: Option<&str>) -> Page {
    let metas = Metas::collect(doc);

    // JSON-LD: the first article-typed object, and all objects for the
    // publisher and site when the article does not name them.
    let mut ld_objects = Vec::new();
    for s in doc.select(ldjson_sel()) {
        let raw: String = s.text().collect();
        // Some sites leave trailing semicolons or HTML comments around the
        // JSON; try the trimmed text as-is first, then without them.
        let trimmed = raw.trim().trim_start_matches("<!--").trim_end_matches("-->").trim().trim_end_matches(';');
        if let Ok(v) = serde_json::from_str::<Value>(trimmed) {
            flatten_ld(&v, &mut ld_objects, 0);
        }
    }
    let article = ld_objects
        .iter()
        .find(|o| type_names(o).iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())))
        .or_else(|| ld_objects.iter().find(|o| o.get("headline").is_some()));
    let ld = |key: &str| article.and_then(|a| a.get(key));
    let ld_str = |key: &str| ld(key).and_then(ld_name);

    let itemprops: HashMap<String, String> = {
        let mut m = HashMap::new();
        for el in doc.select(itemprop_sel()) {
            if let (Some(k), Some(v)) = (el.value().attr("itemprop"), itemprop_value(el)) {
                m.entry(k.to_ascii_lowercase()).or_insert(v);
            }
        }
        m
    };

    let mut page = Page::default();

    // Publisher: the article's own, else an Organization/NewsMediaOrganization
    // object of the page.
    let publisher_obj = ld("publisher").cloned().or_else(|| {
        ld_objects
            .iter()
            .find(|o| type_names(o).iter().any(|t| t == "newsmediaorganization" || t == "organization"))
            .cloned()
    });
    if let Some(p) = &publisher_obj {
        page.publisher = ld_name(p);
        let mut urls = Vec::new();
        let obj = match p {
            Value::Array(a) => a.first().cloned().unwrap_or(Value::Null),
            other => other.clone(),
        };
        if let Some(u) = obj.get("url") {
            ld_strings(u, &mut urls);
        }
        if let Some(u) = obj.get("sameAs") {
            ld_strings(u, &mut urls);
        }
        for u in urls {
            push_unique(&mut page.publisher_urls, u);
        }
    }

    page.site_name =
        metas.first(&["og:site_name", "application-name", "twitter:site:name"]).or_else(|| page.publisher.clone());

    let raw_title = doc.select(title_sel()).next().and_then(|t| clean(&t.text().collect::<String>()));
    page.title = ld_str("headline")
        .or_else(|| metas.first(&["og:title", "twitter:title", "dc.title", "headline"]))
        .or_else(|| raw_title.map(|t| clean_title(&t, page.site_name.as_deref())));

    // Authors from every source, JSON-LD first.
    let mut authors = Vec::new();
    if let Some(a) = ld("author").or_else(|| ld("creator")) {
        ld_names(a, &mut authors);
    }
    for key in ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"] {
        for v in metas.all(key) {
            // "By Jane Roe and John Doe" in `byl` tags.
            let v = v.strip_prefix("By ").or_else(|| v.strip_prefix("by ")).unwrap_or(&v).to_owned();
            authors.push(v);
        }
    }
    if let Some(a) = itemprops.get("author") {
        authors.push(a.clone());
    }
    for a in authors {
        // Bylines read "By Jane Roe"; the name is what follows.
        let a = a
            .strip_prefix("By ")
            .or_else(|| a.strip_prefix("by "))
            .or_else(|| a.strip_prefix("BY "))
            .map(str::to_owned)
            .unwrap_or(a);
        if plausible_author(&a) {
            push_unique(&mut page.authors, a);
        }
    }

    let first_time = doc.select(time_sel()).find_map(|t| t.value().attr("datetime").and_then(norm_date));
    page.published = ld_str("datePublished")
        .or_else(|| {
            metas.first(&[
                "article:published_time",
                "article:published",
                "og:article:published_time",
                "og:published_time",
                "article.published",
                "publication_date",
                "date_published",
                "ptime",
                "pdate",
                "dc.date.created",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "date",
                "dc.date.issued",
                "dc.date",
                "dcterms.created",
                "sailthru.date",
                "parsely-pub-date",
            ])
        })
        .or_else(|| itemprops.get("datepublished").cloned())
        .or(first_time)
        .and_then(|d| norm_date(&d));
    page.modified = ld_str("dateModified")
        .or_else(|| {
            metas.first(&[
                "article:modified_time",
                "og:updated_time",
                "datemodified",
                "last-modified",
                "dcterms.modified",
            ])
        })
        .or_else(|| itemprops.get("datemodified").cloned())
        .and_then(|d| norm_date(&d));

    page.language = doc
        .select(html_sel())
        .next()
        .and_then(|h| h.value().attr("lang").or_else(|| h.value().attr("xml:lang")))
        .and_then(clean)
        .or_else(|| metas.first(&["content-language", "dc.language", "language"]))
        .or_else(|| ld_str("inLanguage"))
        .or_else(|| metas.first(&["og:locale"]))
        .map(|l| l.replace('_', "-"));

    let canonical = doc.select(link_sel()).find_map(|l| {
        let e = l.value();
        let rel = e.attr("rel").unwrap_or("");
        rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")).then(|| e.attr("href")).flatten()
    });
    page.canonical_url =
        canonical.and_then(|h| resolve(url, h)).or_else(|| metas.first(&["og:url"]).and_then(|h| resolve(url, &h)));

    page.section = metas
        .first(&["article:section", "section", "parsely-section", "dc.subject"])
        .or_else(|| ld_str("articleSection"));

    let mut tags = Vec::new();
    tags.extend(metas.all("article:tag"));
    for key in ["news_keywords", "keywords", "parsely-tags"] {
        for v in metas.all(key) {
            tags.extend(split_keywords(&v));
        }
    }
    if let Some(k) = ld("keywords") {
        let mut ks = Vec::new();
        ld_strings(k, &mut ks);
        for k in ks {
            tags.extend(split_keywords(&k));
        }
    }
    for t in tags {
        push_unique(&mut page.tags, t);
    }

    page.description = metas
        .first(&["description", "og:description", "twitter:description", "dc.description"])
        .or_else(|| ld_str("description"));

    page
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> Page {
        extract_meta(&Html::parse_document(html), Some("https://example.org/news/a.html"))
    }

    #[test]
    fn title_from_title_tag_without_site_suffix() {
        let p = meta_of("<title>Dam talks collapse after third round | The Ledger</title>");
        assert_eq!(p.title.as_deref(), Some("Dam talks collapse after third round"));
    }

    #[test]
    fn opengraph_and_article_tags() {
        let p = meta_of(
            r#"<head><meta property="og:title" content="Ceasefire holds">
            <meta property="og:site_name" content="Northern Post">
            <meta property="article:published_time" content="2024-03-12 14:05:00">
            <meta property="article:modified_time" content="2024-03-13T08:00:00Z">
            <meta property="article:section" content="World">
            <meta property="article:tag" content="Diplomacy"><meta property="article:tag" content="Border">
            <meta name="keywords" content="border, diplomacy, talks">
            <meta name="description" content="Both sides report calm.">
            <meta property="og:url" content="/world/ceasefire"></head>"#,
        );
        assert_eq!(p.title.as_deref(), Some("Ceasefire holds"));
        assert_eq!(p.site_name.as_deref(), Some("Northern Post"));
        assert_eq!(p.published.as_deref(), Some("2024-03-12T14:05:00"));
        assert_eq!(p.modified.as_deref(), Some("2024-03-13T08:00:00Z"));
        assert_eq!(p.section.as_deref(), Some("World"));
        assert_eq!(p.tags, vec!["Diplomacy", "Border", "talks"]);
        assert_eq!(p.description.as_deref(), Some("Both sides report calm."));
        assert_eq!(p.canonical_url.as_deref(), Some("https://example.org/world/ceasefire"));
    }

    #[test]
    fn json_ld_graph_article_with_author_array_and_publisher() {
        let p = meta_of(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Ledger"},
              {"@type":["NewsArticle"],"headline":"Drone debris found",
               "datePublished":"2024-05-02T09:30:00+02:00","dateModified":"2024-05-02T11:00:00+02:00",
               "author":[{"@type":"Person","name":"Jane Roe"},"John Doe"],
               "publisher":{"@type":"Organization","name":"The Ledger","url":"https://ledger.example",
                            "sameAs":["https://old-ledger.example"]},
               "keywords":["drones","airspace"],"articleSection":"Europe","inLanguage":"en-GB"}]}</script>"#,
        );
        assert_eq!(p.title.as_deref(), Some("Drone debris found"));
        assert_eq!(p.authors, vec!["Jane Roe", "John Doe"]);
        assert_eq!(p.published.as_deref(), Some("2024-05-02T09:30:00+02:00"));
        assert_eq!(p.modified.as_deref(), Some("2024-05-02T11:00:00+02:00"));
        assert_eq!(p.publisher.as_deref(), Some("The Ledger"));
        assert_eq!(p.site_name.as_deref(), Some("The Ledger"));
        assert_eq!(p.publisher_urls, vec!["https://ledger.example", "https://old-ledger.example"]);
        assert_eq!(p.tags, vec!["drones", "airspace"]);
        assert_eq!(p.section.as_deref(), Some("Europe"));
        assert_eq!(p.language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn json_ld_author_as_string_and_object() {
        let p = meta_of(r#"<script type="application/ld+json">{"@type":"Article","author":"Ana Lima"}</script>"#);
        assert_eq!(p.authors, vec!["Ana Lima"]);
        let p = meta_of(
            r#"<script type="application/ld+json">[{"@type":"Article","author":{"name":"Ana Lima"}}]</script>"#,
        );
        assert_eq!(p.authors, vec!["Ana Lima"]);
    }

    #[test]
    fn meta_author_dublin_core_and_twitter() {
        let p = meta_of(
            r#"<meta name="author" content="Ana Lima"><meta name="DC.creator" content="Ana Lima">
               <meta name="dc.date" content="2023-11-02"><meta name="twitter:title" content="Port reopens">
               <meta name="article:author" content="https://facebook.com/someone">"#,
        );
        assert_eq!(p.authors, vec!["Ana Lima"]);
        assert_eq!(p.published.as_deref(), Some("2023-11-02"));
        assert_eq!(p.title.as_deref(), Some("Port reopens"));
    }

    #[test]
    fn page_time_lang_and_canonical() {
        let p = meta_of(
            r#"<html lang="de"><head><link rel="canonical" href="https://example.org/a"></head>
               <body><time datetime="2022-01-05T10:00:00Z">5 Jan</time></body></html>"#,
        );
        assert_eq!(p.language.as_deref(), Some("de"));
        assert_eq!(p.canonical_url.as_deref(), Some("https://example.org/a"));
        assert_eq!(p.published.as_deref(), Some("2022-01-05T10:00:00Z"));
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let p = meta_of(
            r#"<script type="application/ld+json">{"@type":"Article", "headline": </script><title>Fallback</title>"#,
        );
        assert_eq!(p.title.as_deref(), Some("Fallback"));
    }
}
