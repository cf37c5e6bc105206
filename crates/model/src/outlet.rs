//! The publisher of a document. An outlet's identity is its name, not its
//! domain: an outlet that moved from one domain to another stays one outlet,
//! and every domain it was seen under is listed on it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    pub id: String,
    pub name: String,
    /// Registrable domains, lower case, in the order they were first seen.
    pub domains: Vec<String>,
}

impl Outlet {
    /// An outlet known by name, with an id derived from the name.
    pub fn named(name: &str, domains: Vec<String>) -> Outlet {
        Outlet { id: outlet_id_for_name(name), name: name.trim().to_string(), domains }
    }

    /// Adds a domain unless it is already listed.
    pub fn add_domain(&mut self, domain: &str) {
        let domain = domain.trim().trim_start_matches("www.").to_ascii_lowercase();
        if !domain.is_empty() && !self.domains.contains(&domain) {
            self.domains.push(domain);
        }
    }
}

/// A stable outlet id from its name: lower-case words joined by `-`, with a
/// leading article dropped, so "The Danube Observer" and "Danube Observer"
/// are one outlet (`o-danube-observer`).
pub fn outlet_id_for_name(name: &str) -> String {
    let mut words: Vec<String> =
        name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    format!("o-{}", words.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_ids_ignore_articles_case_and_punctuation() {
        assert_eq!(outlet_id_for_name("The Danube Observer"), "o-danube-observer");
        assert_eq!(outlet_id_for_name("danube  observer"), "o-danube-observer");
        assert_eq!(outlet_id_for_name("Baltic-Wire"), "o-baltic-wire");
    }

    #[test]
    fn domains_are_normalised_and_deduplicated() {
        let mut o = Outlet::named("Baltic Wire", vec![]);
        o.add_domain("www.BalticWire.com");
        o.add_domain("balticwire.com");
        o.add_domain("baltic-wire.eu");
        assert_eq!(o.domains, vec!["balticwire.com", "baltic-wire.eu"]);
    }
}
