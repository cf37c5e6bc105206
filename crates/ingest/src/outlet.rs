//! Recognising the publisher (outlet) of a document from its footer, its
//! page metadata and its URL.
//!
//! An outlet's identity is its name; every domain that the footer, the
//! metadata or the URL names is added to it, which is how an outlet that
//! moved domains stays one outlet. Domains are reduced to their host without
//! `www.`; full public-suffix handling is left to the registry of outlets.

use dossier_model::Outlet;

/// Legal-form suffixes dropped from outlet names ("Nordic Signal ApS").
const LEGAL_SUFFIXES: &[&str] = &[
    "aps",
    "a/s",
    "as",
    "ab",
    "ag",
    "gmbh",
    "llc",
    "ltd",
    "ltd.",
    "inc",
    "inc.",
    "plc",
    "s.r.o.",
    "sp. z o.o.",
    "a.ş.",
    "s.a.",
    "sa",
    "srl",
    "bv",
    "oy",
    "oü",
    "co.",
    "media llc",
];

/// The outlet named by a publisher footer, with every domain it mentions.
pub fn outlet_from_footer(footer: &str) -> Option<Outlet> {
    let domains = domains_in(footer);
    let name = credit_outlet(footer).or_else(|| first_segment_name(footer)).or_else(|| copyright_name(footer));
    let name = match name {
        Some(n) => n,
        None => domains.first()?.clone(),
    };
    let mut outlet = Outlet::named(&name, Vec::new());
    for d in &domains {
        outlet.add_domain(d);
    }
    Some(outlet)
}

/// The outlet of an HTML page: the JSON-LD publisher or `og:site_name`,
/// with the domains of the page URL and of the publisher's URLs.
pub fn outlet_from_page(
    publisher: Option<&str>,
    site_name: Option<&str>,
    urls: &[&str],
    footer_text: Option<&str>,
) -> Option<Outlet> {
    let mut domains: Vec<String> = urls.iter().filter_map(|u| host_of(u)).collect();
    if let Some(f) = footer_text {
        domains.extend(domains_in(f));
    }
    let name = publisher
        .or(site_name)
        .map(|n| strip_legal_suffix(n.trim()))
        .filter(|n| !n.is_empty())
        .or_else(|| domains.first().cloned())?;
    let mut outlet = Outlet::named(&name, Vec::new());
    for d in &domains {
        outlet.add_domain(d);
    }
    Some(outlet)
}

/// The registrable domain of a URL's host, lower case: `news.bbc.co.uk` →
/// `bbc.co.uk`, `www.cepost.eu` → `cepost.eu`. An IP address or a single
/// label host is returned as it is.
pub fn host_of(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?.to_ascii_lowercase();
    Some(registrable_domain(&host))
}

/// Second-level public suffixes under which outlets register their names
/// (`bbc.co.uk`, `smh.com.au`). A curated list of the common ones rather
/// than the full Public Suffix List: news sites live under a small set of
/// them, and the list stays readable and dependency-free. A host under a
/// suffix missing here is cut to its last two labels.
const SECOND_LEVEL_SUFFIXES: &[&str] = &[
    "co.uk", "org.uk", "gov.uk", "ac.uk", "ltd.uk", "plc.uk", "me.uk", "com.au", "net.au", "org.au", "gov.au", "co.nz",
    "org.nz", "govt.nz", "co.jp", "ne.jp", "or.jp", "go.jp", "co.kr", "or.kr", "com.cn", "net.cn", "org.cn", "gov.cn",
    "com.hk", "com.tw", "com.sg", "com.my", "com.ph", "com.pk", "co.in", "net.in", "gov.in", "co.id", "or.id", "co.th",
    "in.th", "com.vn", "com.tr", "org.tr", "gov.tr", "gen.tr", "com.ua", "org.ua", "in.ua", "kiev.ua", "com.ru",
    "org.ru", "msk.ru", "spb.ru", "com.br", "gov.br", "org.br", "com.ar", "com.mx", "com.co", "com.pe", "com.ve",
    "co.za", "org.za", "gov.za", "com.ng", "co.ke", "or.ke", "com.eg", "co.il", "org.il", "gov.il", "com.sa", "com.qa",
    "gov.qa", "com.kw", "co.ae", "gov.ae", "com.lb", "com.pl", "gov.pl", "org.pl", "com.ro", "org.ro", "co.at",
    "or.at", "com.gr", "com.cy", "com.mt", "co.rs", "org.rs", "com.ge", "com.am", "com.az", "com.by", "com.kz",
    "co.hu", "com.pt", "com.es", "com.fr",
];

/// The registrable part of a host name (see [`host_of`]).
pub fn registrable_domain(host: &str) -> String {
    let host = host.trim_end_matches('.').trim_start_matches("www.");
    if host.parse::<std::net::IpAddr>().is_ok() || host.starts_with('[') {
        return host.to_string();
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() <= 2 {
        return host.to_string();
    }
    let last_two = labels[labels.len() - 2..].join(".");
    let keep = if SECOND_LEVEL_SUFFIXES.contains(&last_two.as_str()) { 3 } else { 2 };
    labels[labels.len() - keep.min(labels.len())..].join(".")
}

/// Domain names mentioned in free text ("balticwire.com",
/// "`https://www.cepost.eu/x`", "moved from a.cz to b.com"), in order.
pub fn domains_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in
        text.split(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | '(' | ')' | ',' | ';' | '"' | '“' | '”'))
    {
        let word = raw.trim_matches(|c: char| matches!(c, '.' | ':' | '!' | '?' | '\'' | '’'));
        let candidate = if word.contains("://") {
            host_of(word)
        } else if let Some((_, host)) = word.split_once('@') {
            Some(host.to_ascii_lowercase())
        } else {
            Some(word.split('/').next().unwrap_or("").to_ascii_lowercase())
        };
        if let Some(d) = candidate {
            let d = d.trim_start_matches("www.").to_string();
            if is_domain(&d) && !out.contains(&d) {
                out.push(d);
            }
        }
    }
    out
}

fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let tld = labels[labels.len() - 1];
    let ok_labels = labels
        .iter()
        .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !l.starts_with('-'));
    ok_labels
        && (2..=12).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && labels[labels.len() - 2].len() >= 2
        && s.chars().any(|c| c.is_ascii_alphabetic())
}

/// "… for Baltic Wire." at the end of a credit line.
fn credit_outlet(footer: &str) -> Option<String> {
    let first = footer.lines().next()?;
    let lower = first.to_lowercase();
    if !(lower.starts_with("reporting by") || lower.contains("editing by") || lower.starts_with("writing by")) {
        return None;
    }
    let at = lower.rfind(" for ")?;
    let name = first[at + 5..].trim().trim_end_matches('.').trim();
    looks_like_name(name).then(|| strip_legal_suffix(name))
}

/// The first segment of the first non-credit footer line, when it reads as
/// a name: "The Danube Observer — independent news…" → "The Danube Observer".
fn first_segment_name(footer: &str) -> Option<String> {
    let line = footer
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.to_lowercase().starts_with("reporting by") && !is_rule(l))?;
    let segment = line.split([' ']).collect::<Vec<_>>().join(" ");
    let segment = segment
        .split(" · ")
        .next()
        .and_then(|s| s.split(" | ").next())
        .and_then(|s| s.split(" — ").next())
        .and_then(|s| s.split(" – ").next())
        .and_then(|s| s.split(" - ").next())
        .unwrap_or("")
        .trim();
    let segment = segment.split(". ").next().unwrap_or(segment).trim();
    if segment.starts_with('©') || segment.to_lowercase().starts_with("copyright") || is_domain(&segment.to_lowercase())
    {
        return None;
    }
    let name = strip_legal_suffix(segment);
    looks_like_name(&name).then_some(name)
}

fn is_rule(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '_' | '*' | '—' | '–' | '=' | '~' | '·'))
}

/// "© 2025 Central European Post. All rights reserved." → the name.
fn copyright_name(footer: &str) -> Option<String> {
    let at = footer.find('©')?;
    let rest = footer[at + '©'.len_utf8()..].trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '–' || c == '-').trim_start();
    let end = rest.find(['.', '|', '·', '\n']).unwrap_or(rest.len());
    let name = strip_legal_suffix(rest[..end].trim());
    looks_like_name(&name).then_some(name)
}

fn looks_like_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=6).contains(&words) && s.chars().next().is_some_and(char::is_uppercase) && s.len() < 80
}

fn strip_legal_suffix(name: &str) -> String {
    let mut name = name.trim().trim_end_matches(',').to_string();
    loop {
        let lower = name.to_lowercase();
        let Some(suffix) = LEGAL_SUFFIXES.iter().find(|s| lower.ends_with(&format!(" {s}"))) else { break };
        let keep = name.len() - suffix.len() - 1;
        name = name[..keep].trim().trim_end_matches(',').to_string();
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(footer: &str, name: &str, domains: &[&str]) {
        let o = outlet_from_footer(footer).unwrap_or_else(|| panic!("no outlet in {footer:?}"));
        assert_eq!(o.name, name, "{footer:?}");
        assert_eq!(o.domains, domains, "{footer:?}");
    }

    #[test]
    fn footers_of_many_shapes() {
        check(
            "Central European Post · cepost.eu (formerly centraleuropeanpost.com)\n© 2025 Central European Post. All rights reserved.",
            "Central European Post",
            &["cepost.eu", "centraleuropeanpost.com"],
        );
        check(
            "The Danube Observer — independent news from the lower Danube\ndanubeobserver.net · © 2023 The Danube Observer",
            "The Danube Observer",
            &["danubeobserver.net"],
        );
        check(
            "The Pacific Dispatch | pacific-dispatch.news (formerly pacificdispatch.com) | © 2024 Pacific Dispatch Media LLC",
            "The Pacific Dispatch",
            &["pacific-dispatch.news", "pacificdispatch.com"],
        );
        check(
            "The Bohemian Courier · Our website has moved from bohemiancourier.cz to bohemian-courier.com\n© 2024 The Bohemian Courier s.r.o.",
            "The Bohemian Courier",
            &["bohemiancourier.cz", "bohemian-courier.com"],
        );
        check(
            "Nordic Signal ApS · nordicsignal.com (formerly nordicsignal.dk) · © 2025 Nordic Signal",
            "Nordic Signal",
            &["nordicsignal.com", "nordicsignal.dk"],
        );
        check("© 2025 The Baltic Ledger", "The Baltic Ledger", &[]);
        check(
            "Reporting by A; editing by B for Baltic Wire.\n--\nBaltic Wire · balticwire.com (until 2022: baltic-wire.net)",
            "Baltic Wire",
            &["balticwire.com", "baltic-wire.net"],
        );
    }

    #[test]
    fn two_domains_of_one_outlet_share_an_id() {
        let old = outlet_from_footer("The Danube Observer · danubeobserver.net").unwrap();
        let new = outlet_from_footer("The Danube Observer · danube-observer.eu").unwrap();
        assert_eq!(old.id, new.id);
    }

    #[test]
    fn domains_in_text() {
        assert_eq!(
            domains_in("see https://www.cepost.eu/a/b, write to desk@balticwire.com; s.r.o. and 3.5 are not"),
            vec!["cepost.eu", "balticwire.com"]
        );
    }

    #[test]
    fn registrable_domains_respect_public_suffixes() {
        assert_eq!(registrable_domain("news.bbc.co.uk"), "bbc.co.uk");
        assert_eq!(registrable_domain("www.cepost.eu"), "cepost.eu");
        assert_eq!(registrable_domain("edition.cnn.com"), "cnn.com");
        assert_eq!(registrable_domain("www.smh.com.au"), "smh.com.au");
        assert_eq!(registrable_domain("127.0.0.1"), "127.0.0.1");
        assert_eq!(registrable_domain("localhost"), "localhost");
        assert_eq!(host_of("https://amp.pacific-dispatch.news/a?b=c").as_deref(), Some("pacific-dispatch.news"));
    }

    #[test]
    fn page_outlet_prefers_publisher_and_collects_domains() {
        let o = outlet_from_page(
            Some("The Danube Observer"),
            Some("Danube Observer"),
            &["https://www.danube-observer.eu/opinion/x", "https://danubeobserver.net"],
            None,
        )
        .unwrap();
        assert_eq!(o.id, "o-danube-observer");
        assert_eq!(o.domains, vec!["danube-observer.eu", "danubeobserver.net"]);
    }
}
