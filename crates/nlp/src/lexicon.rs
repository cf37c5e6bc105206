//! Small English word lists shared by the segmenter and the tokenizer.
//!
//! They are code rather than data files because they are short, closed
//! classes that the algorithms are written around; open-ended language data
//! (gazetteers, cue verbs) lives in data files.

/// Abbreviations that take a period and are normally followed by a name or
/// number, so a period after them never ends a sentence.
pub const PREFIX_ABBREVIATIONS: &[&str] = &[
    "adm", "amb", "art", "brig", "capt", "cdr", "cmdr", "col", "cpl", "det", "dr", "fig", "fr", "gen", "gov", "hon",
    "insp", "lt", "maj", "messrs", "mr", "mrs", "ms", "mt", "no", "nos", "pres", "prof", "pvt", "rep", "rev", "sen",
    "sgt", "st", "supt", "vol", "vs", "v", "cf", "approx", "ca", "ft", "sq",
];

/// Abbreviations that may end a sentence: a period after them ends one only
/// when the next word is a typical sentence opener.
pub const FINAL_ABBREVIATIONS: &[&str] =
    &["inc", "corp", "ltd", "co", "jr", "sr", "bros", "plc", "etc", "al", "esq", "dept", "univ", "govt"];

/// Month abbreviations: a period after them is followed by a day or year.
pub const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Words that commonly open a sentence; used to break after an abbreviation
/// that could also end one ("... in the U.S. The ministry said").
pub const SENTENCE_OPENERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "during",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "moreover",
    "no",
    "officials",
    "on",
    "one",
    "our",
    "she",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "two",
    "under",
    "we",
    "what",
    "when",
    "while",
    "with",
    "yet",
    "you",
];

pub fn is_in(list: &[&str], word: &str) -> bool {
    // The lists are tiny; a linear scan over lower-cased ASCII is faster
    // than hashing for them and needs no allocation for ASCII input.
    if word.len() > 8 {
        return false;
    }
    let mut buf = [0u8; 8];
    for (i, b) in word.bytes().enumerate() {
        buf[i] = b.to_ascii_lowercase();
    }
    let lower = &buf[..word.len()];
    list.iter().any(|w| w.as_bytes() == lower)
}

/// Whether `word` (without its final period) is a dotted acronym such as
/// "U.S", "U.K" or "a.m": single letters separated by periods.
pub fn is_dotted_acronym(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_lookup_is_case_insensitive() {
        assert!(is_in(PREFIX_ABBREVIATIONS, "Dr"));
        assert!(is_in(MONTH_ABBREVIATIONS, "SEPT"));
        assert!(!is_in(PREFIX_ABBREVIATIONS, "Draft"));
        assert!(!is_in(PREFIX_ABBREVIATIONS, "extraordinarily"));
    }

    #[test]
    fn dotted_acronyms() {
        assert!(is_dotted_acronym("U.S"));
        assert!(is_dotted_acronym("a.m"));
        assert!(!is_dotted_acronym("US"));
        assert!(!is_dotted_acronym("3.5"));
        assert!(!is_dotted_acronym("news.com"));
    }
}
