//! Hostile input through the real ingest path (`POST /api/v1/documents`)
//! must come out of every page as inert text: no tag, attribute or URL of
//! the input may survive as markup.

mod common;

use axum::http::StatusCode;
use common::{example_store, get, post, state};
use dossier_server::WritePolicy;

/// The tags our templates produce; anything else in a page came from input.
const ALLOWED_TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "link", "script", "body", "a", "header", "nav", "main", "footer",
    "h1", "h2", "h3", "p", "form", "label", "input", "select", "option", "button", "table", "thead", "tbody", "tr",
    "th", "td", "abbr", "mark", "time", "span", "code", "kbd", "div", "article", "aside", "details", "summary", "ul",
    "ol", "li", "dl", "dt", "dd", "section", "b", "br", "svg", "line", "text", "circle", "rect", "polygon",
];

/// Every tag in `html` with its attributes, by a small scanner that is
/// strict where it matters: our pages escape `<`, `>` and quotes in text
/// and attribute values, so each `<` starts a tag we wrote.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("unclosed tag");
        let inner = &rest[..end];
        rest = &rest[end + 1..];
        if inner.starts_with('/') {
            continue;
        }
        let inner = inner.trim_end_matches('/');
        let name_end = inner.find(|c: char| c.is_whitespace()).unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut a = inner[name_end..].trim_start();
        while !a.is_empty() {
            let n_end = a.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(a.len());
            let attr = a[..n_end].to_ascii_lowercase();
            a = &a[n_end..];
            let mut value = String::new();
            if let Some(r) = a.strip_prefix('=') {
                let r = r.strip_prefix('"').expect("attribute values are double-quoted");
                let q = r.find('"').expect("closing quote");
                value = r[..q].to_string();
                a = &r[q + 1..];
            }
            attrs.push((attr, value));
            a = a.trim_start();
        }
        out.push((name, attrs));
    }
    out
}

fn assert_inert(page: &str, what: &str) {
    for (name, attrs) in tags(page) {
        assert!(ALLOWED_TAGS.contains(&name.as_str()), "{what}: unexpected tag <{name}> in the page");
        for (attr, value) in &attrs {
            assert!(!attr.starts_with("on"), "{what}: event handler attribute {attr} on <{name}>");
            assert!(attr != "style", "{what}: inline style on <{name}>");
            let v = value.trim().to_ascii_lowercase();
            assert!(!v.starts_with("javascript:") && !v.starts_with("data:"), "{what}: {attr}=\"{value}\" on <{name}>");
        }
        if name == "script" {
            assert_eq!(
                attrs.iter().find(|(a, _)| a == "src").map(|(_, v)| v.as_str()),
                Some("/static/app.js"),
                "{what}"
            );
        }
    }
    assert!(!page.contains("<script>"), "{what}: inline script");
}

const HOSTILE_TEXT: &str = "<script>alert('headline')</script> Ministry \"denies\" <img src=x onerror=alert(1)>\n\n\
    Officials in Tallinn said on 3 March 2025 that <b onmouseover=alert(2)>nothing</b> happened, \
    according to <a href=\"javascript:alert(3)\">Baltic Wire</a>. \"<svg onload=alert(4)>\" the minister, \
    Anna Kovacs, told reporters. Malformed entities: &#x3c;script&#x3e; &lt &amp; &#0; &#xD800; &bogus; \
    </textarea></title>\"'><iframe src=javascript:alert(5)>";

#[tokio::test]
async fn hostile_text_is_inert_on_every_page() {
    let path = example_store("hostile-text");
    let s = state(&path, WritePolicy::Open);
    let res =
        post(&s, "/api/v1/documents?url=https://evil.example/%22onmouseover=alert(1)", "text/plain", HOSTILE_TEXT)
            .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let id = res.json()["id"].as_str().unwrap().to_string();
    let reader = get(&s, &format!("/documents/{id}")).await;
    assert_eq!(reader.status, StatusCode::OK);
    // The words are there, as text.
    assert!(reader.body.contains("&lt;script&gt;alert("), "{}", reader.body);
    assert!(reader.body.contains("onerror=alert(1)&gt;"));
    let mut pages = vec![
        format!("/documents/{id}"),
        "/".into(),
        "/?q=script%20alert".into(),
        "/?q=%3Cscript%3E".into(),
        "/entities".into(),
        "/claims".into(),
        "/timeline".into(),
        "/outlets".into(),
    ];
    let ents = get(&s, "/api/v1/entities?limit=1000").await.json();
    for e in ents.as_array().unwrap() {
        let name: String = e["name"]
            .as_str()
            .unwrap()
            .bytes()
            .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
            .collect();
        pages.push(format!("/entities/{}/{name}", e["type"].as_str().unwrap()));
    }
    for o in get(&s, "/api/v1/outlets").await.json().as_array().unwrap() {
        pages.push(format!("/outlets/{}", o["id"].as_str().unwrap()));
    }
    for p in &pages {
        let res = get(&s, p).await;
        assert_eq!(res.status, StatusCode::OK, "{p}");
        assert_inert(&res.body, p);
    }
}

#[tokio::test]
async fn hostile_html_is_inert() {
    let path = example_store("hostile-html");
    let s = state(&path, WritePolicy::Open);
    let page = r#"<!doctype html><html><head><title>Leak <script>alert(1)</script> report</title>
        <meta property="og:url" content="javascript:alert(2)">
        <meta name="author" content="<img src=x onerror=alert(3)>"></head>
        <body><article><h1>Leak report &lt;b&gt;</h1>
        <p>The agency said on Tuesday that the documents were genuine, according to officials in Riga.
        <a href="javascript:alert(4)" onclick="alert(5)">Read more</a> <img src=x onerror=alert(6)></p>
        <p>Another paragraph with enough words to count as article text for the reader, which wants some
        body before it accepts a page as an article; the minister said the review would end in May.</p>
        <script>alert(7)</script></article></body></html>"#;
    let res = post(&s, "/api/v1/documents", "text/html", page).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let id = res.json()["id"].as_str().unwrap().to_string();
    for p in [format!("/documents/{id}"), "/".to_string(), "/?q=leak".into(), "/outlets".into()] {
        let res = get(&s, &p).await;
        assert_eq!(res.status, StatusCode::OK, "{p}");
        assert_inert(&res.body, &p);
    }
}

#[test]
fn the_scanner_catches_what_it_should() {
    let bad = std::panic::catch_unwind(|| assert_inert("<p><img src=x onerror=\"a\"></p>", "t"));
    assert!(bad.is_err());
    let bad = std::panic::catch_unwind(|| assert_inert("<a href=\"javascript:x\">x</a>", "t"));
    assert!(bad.is_err());
    assert_inert("<p>&lt;img onerror=x&gt;</p>", "t");
}
