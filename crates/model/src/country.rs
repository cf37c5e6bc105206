//! Country names by ISO 3166-1 alpha-3 code, for labels.
//!
//! The table is the entity gazetteer's (`crates/nlp/data/entities/countries.tsv`,
//! generated from countryinfo); only its first column (the short English
//! name) and its last (the code) are read here. Where a code has several
//! rows, the first row's name is the label.

use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../nlp/data/entities/countries.tsv");

fn table() -> &'static [(&'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut rows: Vec<(&str, &str)> = Vec::new();
        for line in COUNTRIES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (Some(name), Some(code)) = (cols.first(), cols.last()) else { continue };
            if code.len() == 3 && !rows.iter().any(|(c, _)| c == code) {
                rows.push((code, name));
            }
        }
        rows
    })
}

/// The short English name of a country ("PHL" → "Philippines"), or `None`
/// for a code the table does not hold (CAMEO's group codes such as `EUR`,
/// `IGO`).
pub fn country_name(code: &str) -> Option<&'static str> {
    table().iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// The code of a country given by its short English name, case-insensitive
/// ("philippines" → "PHL").
pub fn country_code(name: &str) -> Option<&'static str> {
    let name = name.trim();
    table().iter().find(|(_, n)| n.eq_ignore_ascii_case(name)).map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes_round_trip() {
        assert_eq!(country_name("PHL"), Some("Philippines"));
        assert_eq!(country_name("CZE"), Some("Czech Republic"));
        assert_eq!(country_name("EUR"), None);
        assert_eq!(country_code("philippines"), Some("PHL"));
        assert_eq!(country_code(" Russia "), Some("RUS"));
        assert_eq!(country_code("Manila"), None);
        for (code, name) in table() {
            assert_eq!(country_code(name), Some(*code), "{name}");
        }
    }
}
