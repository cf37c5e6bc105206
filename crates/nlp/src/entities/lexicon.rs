//! The language data of the entity stage, parsed once from the files under
//! `crates/nlp/data/entities/` (compiled in with `include_str!`).
//!
//! Everything is keyed by lower-cased strings in hash maps, so each rule is
//! a few hash probes around a candidate name rather than a scan. The
//! gazetteers of countries, cities and regions are not duplicated here: the
//! stage asks the NER model's compiled gazetteer (`dossier_ner::Gazetteer`)
//! and keeps only what that lacks (demonyms, capitals, natural regions,
//! equipment, cue words, roles and first-name genders). Sources and licences
//! are noted at the top of each data file.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Grammatical gender known for a person, used only to keep pronouns from
/// resolving to an incompatible antecedent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// How a role word is used (see `roles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    /// Written before a name as part of a title ("Minister", "Col.").
    Title,
    /// Opens or extends a title ("Deputy", "Foreign").
    Modifier,
    /// Heads a description ("a spokeswoman for ...", "the farmer").
    Role,
}

/// One country of `countries.tsv`.
#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    /// ISO 3166-1 alpha-3 ("TUR"); Kosovo has the user-assigned "XKX".
    pub iso3: String,
}

/// Classes of `cues.tsv`, as bits.
pub mod cue {
    pub const EQUIPMENT_HEAD: u32 = 1;
    pub const SHIP_NOUN: u32 = 1 << 1;
    pub const SHIP_PREFIX: u32 = 1 << 2;
    pub const PLACE_CUE: u32 = 1 << 3;
    pub const PLACE_NOUN: u32 = 1 << 4;
    pub const ORG_CUE: u32 = 1 << 5;
    pub const ORG_SUFFIX: u32 = 1 << 6;
    pub const ORG_HEAD: u32 = 1 << 7;
    pub const STATE_NOUN: u32 = 1 << 8;
    pub const LOC_HEAD: u32 = 1 << 9;
    pub const EVENT_HEAD: u32 = 1 << 10;
    pub const EVENT_FIRST: u32 = 1 << 11;
    pub const ORG_POSSESSED: u32 = 1 << 12;
    pub const WEAPON_NOUN: u32 = 1 << 13;
    pub const WEAPON_MOD: u32 = 1 << 14;
    pub const GROUP_NOUN: u32 = 1 << 15;
    pub const GROUP_MOD: u32 = 1 << 16;

    pub(super) fn parse(class: &str) -> Option<u32> {
        Some(match class {
            "equipment_head" => EQUIPMENT_HEAD,
            "ship_noun" => SHIP_NOUN,
            "ship_prefix" => SHIP_PREFIX,
            "place_cue" => PLACE_CUE,
            "place_noun" => PLACE_NOUN,
            "org_cue" => ORG_CUE,
            "org_suffix" => ORG_SUFFIX,
            "org_head" => ORG_HEAD,
            "state_noun" => STATE_NOUN,
            "loc_head" => LOC_HEAD,
            "event_head" => EVENT_HEAD,
            "event_first" => EVENT_FIRST,
            "org_possessed" => ORG_POSSESSED,
            "weapon_noun" => WEAPON_NOUN,
            "weapon_mod" => WEAPON_MOD,
            "group_noun" => GROUP_NOUN,
            "group_mod" => GROUP_MOD,
            _ => return None,
        })
    }
}

/// The parsed data files.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    /// Lower-cased country name or alias → country index.
    pub country_names: HashMap<String, usize>,
    /// Lower-cased capital → country index.
    pub capitals: HashMap<String, usize>,
    /// Lower-cased city name (GeoNames, `cities.tsv`) → the countries of
    /// the cities so named, largest first (one unless the name is shared
    /// by cities of similar size: "Brest" → Belarus, France).
    pub cities: HashMap<String, Vec<usize>>,
    /// Towns of 5,000 to 49,999 people (`towns.tsv`): every country with a
    /// town of that name; a town takes one only if the document names it.
    pub towns: HashMap<String, Vec<usize>>,
    /// Well-known regions of one state (`region` lines of `places_extra.tsv`).
    pub regions: HashMap<String, usize>,
    /// Lower-cased name of a state body, state medium or national metonym
    /// (`org_countries.tsv`: "TASS", "Kremlin", "Bundeswehr") → country index.
    pub org_countries: HashMap<String, usize>,
    /// Group noun ("alliance", "bloc") → lower-cased names of the
    /// organisations it may refer back to (`org_groups.tsv`).
    pub groups: HashMap<String, HashSet<String>>,
    /// Lower-cased demonym → country index, or `None` for a group adjective
    /// of no single state ("Western", "Arab").
    pub demonyms: HashMap<String, Option<usize>>,
    /// Lower-cased natural or regional location names.
    pub loc_names: HashSet<String>,
    /// Lower-cased equipment name → whether it counts without a head noun.
    pub equipment: HashMap<String, bool>,
    /// Lower-cased first words of equipment names, so that the multi-word
    /// lookup is only tried where one can start.
    pub equipment_first: HashSet<String>,
    /// Longest equipment name, in words.
    pub equipment_len: usize,
    /// Lower-cased cue phrase → class bits.
    pub cues: HashMap<String, u32>,
    /// Longest cue phrase, in words.
    pub cue_len: usize,
    /// Lower-cased role word → (kind, gender); a word may have two kinds.
    pub roles: HashMap<String, Vec<(RoleKind, Gender)>>,
    /// First name (as written) → gender.
    pub first_names: HashMap<String, Gender>,
    /// Lower-cased country names that also name a region elsewhere
    /// (`places_extra.tsv`, kind `shared`: "Georgia", a US state), which
    /// say nothing about an organisation's country when they open its
    /// name ("Georgia Tech").
    pub shared_names: HashSet<String>,
    /// Lower-cased adjectives and names of a country in its own language
    /// (`places_extra.tsv`, kind `native`: "Polskie", "Magyar"), which say
    /// the country only when they open an organisation's name ("Polskie
    /// Radio"); in English text they are no demonyms.
    pub native_names: HashMap<String, usize>,
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// The lexicon built from the shipped data files, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut lx = Lexicon::default();
        for line in data_lines(include_str!("../../data/entities/countries.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let idx = lx.countries.len();
            let iso3 = cols.get(4).copied().unwrap_or("").to_string();
            lx.countries.push(Country { name: cols[0].to_string(), iso3 });
            lx.country_names.insert(cols[0].to_lowercase(), idx);
            for d in cols.get(1).unwrap_or(&"").split(',').filter(|d| !d.is_empty()) {
                lx.demonyms.entry(d.to_lowercase()).or_insert(Some(idx));
            }
            if let Some(c) = cols.get(2).filter(|c| !c.is_empty()) {
                lx.capitals.entry(c.to_lowercase()).or_insert(idx);
            }
            for a in cols.get(3).unwrap_or(&"").split(',').filter(|a| !a.is_empty()) {
                lx.country_names.entry(a.to_lowercase()).or_insert(idx);
            }
        }
        for line in data_lines(include_str!("../../data/entities/places_extra.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (kind, word) = (cols[0], cols.get(1).copied().unwrap_or("").to_lowercase());
            let country = cols.get(2).and_then(|c| lx.country_names.get(&c.to_lowercase()).copied());
            match kind {
                "alias" => {
                    if let Some(c) = country {
                        lx.country_names.insert(word, c);
                    }
                }
                // Hand-written demonyms override the generated ones, which
                // sometimes name a people rather than the adjective.
                "demonym" if country.is_some() => {
                    lx.demonyms.insert(word, country);
                }
                "capital" => {
                    if let Some(c) = country {
                        lx.capitals.insert(word, c);
                    }
                }
                "norp" => {
                    lx.demonyms.insert(word, None);
                }
                "region" => {
                    if let Some(c) = country {
                        lx.regions.insert(word, c);
                    }
                }
                "shared" => {
                    lx.shared_names.insert(word);
                }
                "native" => {
                    if let Some(c) = country {
                        lx.native_names.insert(word, c);
                    }
                }
                _ => {}
            }
        }
        let by_iso3: HashMap<&str, usize> =
            lx.countries.iter().enumerate().map(|(i, c)| (c.iso3.as_str(), i)).collect();
        let mut cities = HashMap::new();
        for line in data_lines(include_str!("../../data/entities/cities.tsv")) {
            if let Some((name, codes)) = line.split_once('\t') {
                let cs: Vec<usize> = codes.split(',').filter_map(|c| by_iso3.get(c).copied()).collect();
                if !cs.is_empty() {
                    cities.insert(name.to_lowercase(), cs);
                }
            }
        }
        lx.cities = cities;
        for line in data_lines(include_str!("../../data/entities/towns.tsv")) {
            if let Some((name, codes)) = line.split_once('\t') {
                let cs: Vec<usize> = codes.split(',').filter_map(|c| by_iso3.get(c).copied()).collect();
                if !cs.is_empty() {
                    lx.towns.insert(name.to_lowercase(), cs);
                }
            }
        }
        for line in data_lines(include_str!("../../data/entities/org_countries.tsv")) {
            if let Some((name, iso3)) = line.split_once('\t')
                && let Some(&c) = by_iso3.get(iso3)
            {
                lx.org_countries.insert(name.to_lowercase(), c);
            }
        }
        for line in data_lines(include_str!("../../data/entities/org_groups.tsv")) {
            if let Some((noun, name)) = line.split_once('\t') {
                lx.groups.entry(noun.to_string()).or_default().insert(name.trim().to_lowercase());
            }
        }
        for line in data_lines(include_str!("../../data/entities/loc_names.txt")) {
            lx.loc_names.insert(line.trim().to_lowercase());
        }
        for line in data_lines(include_str!("../../data/entities/equipment.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let always = cols.get(2).is_some_and(|w| *w == "always");
            let name = cols[0].to_lowercase();
            lx.equipment_len = lx.equipment_len.max(name.split_whitespace().count());
            lx.equipment_first.insert(name.split_whitespace().next().unwrap_or("").to_string());
            lx.equipment.insert(name, always);
        }
        for line in data_lines(include_str!("../../data/entities/cues.tsv")) {
            let Some((class, phrase)) = line.split_once('\t') else { continue };
            let Some(bit) = cue::parse(class) else { continue };
            let phrase = phrase.trim().to_lowercase();
            lx.cue_len = lx.cue_len.max(phrase.split_whitespace().count());
            *lx.cues.entry(phrase).or_default() |= bit;
        }
        for line in data_lines(include_str!("../../data/entities/roles.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let kind = match cols.get(1).copied() {
                Some("title") => RoleKind::Title,
                Some("mod") => RoleKind::Modifier,
                _ => RoleKind::Role,
            };
            let gender = match cols.get(2).copied() {
                Some("m") => Gender::Male,
                Some("f") => Gender::Female,
                _ => Gender::Unknown,
            };
            lx.roles.entry(cols[0].to_lowercase()).or_default().push((kind, gender));
        }
        for line in data_lines(include_str!("../../data/entities/first_names.tsv")) {
            if let Some((name, g)) = line.split_once('\t') {
                let g = if g == "m" { Gender::Male } else { Gender::Female };
                lx.first_names.insert(name.to_string(), g);
            }
        }
        lx
    }

    /// Cue classes of a lower-cased phrase (words separated by one space).
    pub fn cue(&self, phrase: &str) -> u32 {
        self.cues.get(phrase).copied().unwrap_or(0)
    }

    pub fn role(&self, lower: &str, kind: RoleKind) -> bool {
        self.roles.get(lower).is_some_and(|v| v.iter().any(|(k, _)| *k == kind))
    }

    /// A word that can head a description of a person: any title or role
    /// noun except the abbreviations ("Mr.", "Col.").
    pub fn role_head(&self, lower: &str) -> bool {
        !lower.ends_with('.')
            && lower.len() > 3
            && self.roles.get(lower).is_some_and(|v| v.iter().any(|(k, _)| *k != RoleKind::Modifier))
    }

    pub fn role_gender(&self, lower: &str) -> Gender {
        self.roles
            .get(lower)
            .and_then(|v| v.iter().map(|(_, g)| *g).find(|g| *g != Gender::Unknown))
            .unwrap_or(Gender::Unknown)
    }

    /// The country a lower-cased name, alias or capital denotes.
    pub fn country_of_name(&self, lower: &str) -> Option<usize> {
        self.country_names.get(lower).copied()
    }

    /// The country a lower-cased place name is in or is: a country name or
    /// alias, a capital, or a city of `cities.tsv` whose name only one
    /// country's cities bear (or one country's far larger one).
    pub fn country_of_place(&self, lower: &str) -> Option<usize> {
        self.country_of_name(lower)
            .or_else(|| self.capitals.get(lower).copied())
            .or_else(|| self.city(lower).filter(|cs| cs.len() == 1).map(|cs| cs[0]))
    }

    /// The countries of the cities a lower-cased name may be, also across
    /// the Danish and Norwegian spellings "aa"/"å" (GeoNames writes
    /// "Århus", the city itself "Aarhus").
    pub fn city(&self, lower: &str) -> Option<&Vec<usize>> {
        self.cities.get(lower).or_else(|| {
            if lower.contains("aa") {
                self.cities.get(&lower.replace("aa", "å"))
            } else if lower.contains('å') {
                self.cities.get(&lower.replace('å', "aa"))
            } else {
                None
            }
        })
    }

    /// The ISO 3166-1 alpha-3 code of a country index.
    pub fn iso3(&self, country: usize) -> Option<&str> {
        self.countries.get(country).map(|c| c.iso3.as_str()).filter(|c| !c.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse_and_link() {
        let lx = Lexicon::get();
        let turkey = lx.country_of_name("turkey").expect("Turkey");
        assert_eq!(lx.demonyms.get("turkish"), Some(&Some(turkey)));
        assert_eq!(lx.capitals.get("ankara"), Some(&turkey));
        assert_eq!(lx.country_of_name("republic of belarus"), lx.country_of_name("belarus"));
        assert_eq!(lx.demonyms.get("western"), Some(&None));
        assert_eq!(lx.equipment.get("iskander-m"), Some(&true));
        assert_eq!(lx.equipment.get("patriot"), Some(&false));
        assert!(lx.cue("village of") & cue::PLACE_CUE != 0);
        assert!(lx.cue("tanker") & cue::SHIP_NOUN != 0);
        assert!(lx.cue("alliance") & cue::GROUP_NOUN != 0);
        assert!(lx.groups["alliance"].contains("nato"));
        assert!(lx.role("minister", RoleKind::Title));
        assert_eq!(lx.role_gender("spokeswoman"), Gender::Female);
        assert_eq!(lx.first_names.get("Peter"), Some(&Gender::Male));
        let iso = |name: &str| lx.country_of_place(name).and_then(|c| lx.iso3(c));
        assert_eq!(iso("turkey"), Some("TUR"));
        assert_eq!(iso("ankara"), Some("TUR"));
        assert_eq!(iso("kharkiv"), Some("UKR"));
        assert_eq!(iso("kosovo"), Some("XKX"));
        assert_eq!(iso("pristina"), Some("XKX"));
        assert_eq!(iso("taiwan"), Some("TWN"));
        assert_eq!(iso("palestine"), Some("PSE"));
        assert_eq!(iso("us"), Some("USA"));
        assert_eq!(iso("london"), Some("GBR"));
        assert_eq!(iso("brest"), None);
        assert_eq!(lx.cities["brest"].len(), 2);
        // "Aarhus" is GeoNames' "Århus".
        assert_eq!(lx.country_of_place("aarhus").and_then(|c| lx.iso3(c)), Some("DNK"));
        assert_eq!(lx.org_countries.get("tass").and_then(|&c| lx.iso3(c)), Some("RUS"));
        // Every country has a code, and the codes are three capitals.
        assert!(lx.countries.iter().all(|c| c.iso3.len() == 3 && c.iso3.chars().all(|ch| ch.is_ascii_uppercase())));
    }
}
