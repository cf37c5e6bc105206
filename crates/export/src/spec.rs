//! A validator for the extraction JSON contract, used by the tests on every
//! example article and on real articles of other outlets, and available to
//! anyone who produces or consumes the format.
//!
//! It checks what the spec promises: every key present (absent values are
//! `null`, lists `[]`), offsets in code points with `text` equal to the
//! slice, ids unique, cross-references pointing at existing items, and
//! enumerations within their closed sets.

use serde_json::Value;
use std::collections::HashSet;

const TOP_KEYS: &[&str] =
    &["schema", "document", "sentences", "entities", "timexes", "attributions", "claims", "events", "evidence"];
const DOCUMENT_KEYS: &[&str] = &["id", "title", "url", "published", "language", "outlet", "text"];
const ENTITY_TYPES: &[&str] = &["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EQUIPMENT", "EVENT", "MISC"];
const TIMEX_TYPES: &[&str] = &["DATE", "TIME", "DURATION", "SET"];
const KINDS: &[&str] = &["direct", "indirect", "mixed", "according_to", "nominal"];
const SPEECH_ACTS: &[&str] = &[
    "assert", "deny", "accuse", "request", "assure", "warn", "reveal", "confirm", "believe", "report", "threaten",
    "promise", "other",
];
const EVIDENCE_KINDS: &[&str] = &["physical", "imagery", "document", "testimony", "signals", "other"];

struct Checker<'a> {
    chars: Vec<char>,
    problems: Vec<String>,
    entity_ids: HashSet<&'a str>,
    attribution_ids: HashSet<&'a str>,
    claim_ids: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn fail(&mut self, msg: String) {
        self.problems.push(msg);
    }

    fn keys(&mut self, v: &Value, keys: &[&str], at: &str) {
        match v.as_object() {
            Some(obj) => {
                for k in keys {
                    if !obj.contains_key(*k) {
                        self.fail(format!("{at}: missing key `{k}`"));
                    }
                }
            }
            None => self.fail(format!("{at}: not an object")),
        }
    }

    /// Checks `start`, `end` and `text` of a span object.
    fn span(&mut self, v: &Value, at: &str) {
        self.keys(v, &["start", "end", "text"], at);
        let (Some(start), Some(end)) = (v["start"].as_u64(), v["end"].as_u64()) else {
            self.fail(format!("{at}: start/end are not non-negative integers"));
            return;
        };
        let (start, end) = (start as usize, end as usize);
        if start > end || end > self.chars.len() {
            self.fail(format!("{at}: span {start}..{end} outside the text ({} code points)", self.chars.len()));
            return;
        }
        let slice: String = self.chars[start..end].iter().collect();
        if v["text"].as_str() != Some(slice.as_str()) {
            self.fail(format!("{at}: text {:?} is not the slice {slice:?}", v["text"]));
        }
    }

    fn one_of(&mut self, v: &Value, set: &[&str], at: &str) {
        if !v.as_str().is_some_and(|s| set.contains(&s)) {
            self.fail(format!("{at}: {v} is not one of {set:?}"));
        }
    }

    fn reference(&mut self, v: &Value, ids: &HashSet<&str>, at: &str) {
        if v.is_null() {
            return;
        }
        if !v.as_str().is_some_and(|s| ids.contains(s)) {
            self.fail(format!("{at}: {v} does not refer to an existing item"));
        }
    }

    fn array<'v>(&mut self, v: &'v Value, at: &str) -> &'v [Value] {
        match v.as_array() {
            Some(a) => a,
            None => {
                self.fail(format!("{at}: not a list"));
                &[]
            }
        }
    }

    fn certainty(&mut self, v: &Value, at: &str) {
        self.keys(v, &["level", "cues"], at);
        let levels: Vec<&str> = dossier_model::CertaintyLevel::ALL.iter().map(|l| l.as_str()).collect();
        self.one_of(&v["level"], &levels, &format!("{at}.level"));
        for (i, c) in self.array(&v["cues"], &format!("{at}.cues")).iter().enumerate() {
            self.span(c, &format!("{at}.cues[{i}]"));
        }
    }
}

fn collect_ids<'a>(list: &'a Value, at: &str, problems: &mut Vec<String>) -> HashSet<&'a str> {
    let mut ids = HashSet::new();
    for (i, item) in list.as_array().map(Vec::as_slice).unwrap_or(&[]).iter().enumerate() {
        match item["id"].as_str() {
            Some(id) => {
                if !ids.insert(id) {
                    problems.push(format!("{at}[{i}]: duplicate id {id:?}"));
                }
            }
            None => problems.push(format!("{at}[{i}]: missing string id")),
        }
    }
    ids
}

/// Returns every way `v` breaks the extraction contract; empty when valid.
pub fn validate(v: &Value) -> Vec<String> {
    let text = v["document"]["text"].as_str().unwrap_or("");
    let mut problems = Vec::new();
    let entity_ids = collect_ids(&v["entities"], "entities", &mut problems);
    let attribution_ids = collect_ids(&v["attributions"], "attributions", &mut problems);
    let claim_ids = collect_ids(&v["claims"], "claims", &mut problems);
    let _ = collect_ids(&v["timexes"], "timexes", &mut problems);
    let _ = collect_ids(&v["events"], "events", &mut problems);
    let _ = collect_ids(&v["evidence"], "evidence", &mut problems);
    let mut c = Checker { chars: text.chars().collect(), problems, entity_ids, attribution_ids, claim_ids };

    c.keys(v, TOP_KEYS, "top level");
    if v["schema"] != super::json::SCHEMA {
        c.fail(format!("schema is {}, expected {}", v["schema"], super::json::SCHEMA));
    }
    let doc = &v["document"];
    c.keys(doc, DOCUMENT_KEYS, "document");
    if !doc["text"].is_string() {
        c.fail("document.text: not a string".into());
    }
    if !doc["outlet"].is_null() {
        c.keys(&doc["outlet"], &["id", "name", "domains"], "document.outlet");
    }
    for (i, s) in c.array(&v["sentences"], "sentences").iter().enumerate() {
        let (start, end) = (s["start"].as_u64(), s["end"].as_u64());
        if !matches!((start, end), (Some(a), Some(b)) if a <= b && b as usize <= c.chars.len()) {
            c.fail(format!("sentences[{i}]: bad offsets"));
        }
    }
    for (i, e) in c.array(&v["entities"], "entities").iter().enumerate() {
        let at = format!("entities[{i}]");
        c.keys(e, &["id", "name", "type", "aliases", "descriptions", "mentions"], &at);
        c.one_of(&e["type"], ENTITY_TYPES, &format!("{at}.type"));
        for (j, m) in c.array(&e["mentions"], &format!("{at}.mentions")).iter().enumerate() {
            c.span(m, &format!("{at}.mentions[{j}]"));
        }
    }
    for (i, t) in c.array(&v["timexes"], "timexes").iter().enumerate() {
        let at = format!("timexes[{i}]");
        c.keys(t, &["id", "start", "end", "text", "type", "value"], &at);
        c.span(t, &at);
        c.one_of(&t["type"], TIMEX_TYPES, &format!("{at}.type"));
    }
    for (i, a) in c.array(&v["attributions"], "attributions").iter().enumerate() {
        let at = format!("attributions[{i}]");
        c.keys(a, &["id", "kind", "source", "cue", "content", "parent", "speech_act", "negated", "certainty"], &at);
        c.one_of(&a["kind"], KINDS, &format!("{at}.kind"));
        c.one_of(&a["speech_act"], SPEECH_ACTS, &format!("{at}.speech_act"));
        if !a["source"].is_null() {
            c.span(&a["source"], &format!("{at}.source"));
            let ids = std::mem::take(&mut c.entity_ids);
            c.reference(&a["source"]["entity"], &ids, &format!("{at}.source.entity"));
            c.entity_ids = ids;
        }
        if !a["cue"].is_null() {
            c.span(&a["cue"], &format!("{at}.cue"));
        }
        c.span(&a["content"], &format!("{at}.content"));
        let ids = std::mem::take(&mut c.attribution_ids);
        c.reference(&a["parent"], &ids, &format!("{at}.parent"));
        c.attribution_ids = ids;
        if !a["negated"].is_boolean() {
            c.fail(format!("{at}.negated: not a boolean"));
        }
        c.certainty(&a["certainty"], &format!("{at}.certainty"));
    }
    for (i, cl) in c.array(&v["claims"], "claims").iter().enumerate() {
        let at = format!("claims[{i}]");
        c.keys(cl, &["id", "start", "end", "text", "holder", "attribution", "certainty", "negated", "about"], &at);
        c.span(cl, &at);
        if cl["holder"] != "author" {
            let ids = std::mem::take(&mut c.entity_ids);
            c.reference(&cl["holder"], &ids, &format!("{at}.holder"));
            c.entity_ids = ids;
        }
        let ids = std::mem::take(&mut c.attribution_ids);
        c.reference(&cl["attribution"], &ids, &format!("{at}.attribution"));
        c.attribution_ids = ids;
        c.certainty(&cl["certainty"], &format!("{at}.certainty"));
        let ids = std::mem::take(&mut c.entity_ids);
        for (j, e) in cl["about"].as_array().map(Vec::as_slice).unwrap_or(&[]).iter().enumerate() {
            c.reference(e, &ids, &format!("{at}.about[{j}]"));
        }
        c.entity_ids = ids;
    }
    for (i, e) in c.array(&v["events"], "events").iter().enumerate() {
        let at = format!("events[{i}]");
        c.keys(
            e,
            &[
                "id",
                "code",
                "root",
                "label",
                "trigger",
                "source",
                "target",
                "date",
                "location",
                "goldstein",
                "sentence",
                "attribution",
            ],
            &at,
        );
        c.span(&e["trigger"], &format!("{at}.trigger"));
        let ids = std::mem::take(&mut c.entity_ids);
        for key in ["source", "target", "location"] {
            c.reference(&e[key], &ids, &format!("{at}.{key}"));
        }
        c.entity_ids = ids;
        let ids = std::mem::take(&mut c.attribution_ids);
        c.reference(&e["attribution"], &ids, &format!("{at}.attribution"));
        c.attribution_ids = ids;
        // Extensions, checked when present: certainty on the scale, and the
        // code within its root.
        if !e["certainty"].is_null() {
            c.certainty(&e["certainty"], &format!("{at}.certainty"));
        }
        if let (Some(code), Some(root)) = (e["code"].as_str(), e["root"].as_str())
            && (root.len() != 2 || !code.starts_with(root))
        {
            c.problems.push(format!("{at}: code `{code}` is not under root `{root}`"));
        }
    }
    for (i, e) in c.array(&v["evidence"], "evidence").iter().enumerate() {
        let at = format!("evidence[{i}]");
        c.keys(e, &["id", "kind", "start", "end", "text", "description", "location", "date", "supports"], &at);
        c.span(e, &at);
        c.one_of(&e["kind"], EVIDENCE_KINDS, &format!("{at}.kind"));
        let ids = std::mem::take(&mut c.claim_ids);
        for (j, s) in e["supports"].as_array().map(Vec::as_slice).unwrap_or(&[]).iter().enumerate() {
            c.reference(s, &ids, &format!("{at}.supports[{j}]"));
        }
        c.claim_ids = ids;
    }
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn minimal(text: &str) -> Value {
        json!({
            "schema": "dossier/extraction/v1",
            "document": {"id": "x", "title": null, "url": null, "published": null, "language": null, "outlet": null, "text": text},
            "sentences": [], "entities": [], "timexes": [], "attributions": [], "claims": [], "events": [], "evidence": []
        })
    }

    #[test]
    fn a_minimal_document_is_valid() {
        assert!(validate(&minimal("Hello.")).is_empty());
    }

    #[test]
    fn missing_keys_and_bad_slices_are_reported() {
        let mut v = minimal("Łódź said no.");
        v["entities"] = json!([{"id": "e1", "name": "Łódź", "type": "GPE", "aliases": [], "descriptions": [],
            "mentions": [{"start": 0, "end": 4, "text": "Łódź"}, {"start": 0, "end": 3, "text": "Łódź"}]}]);
        v["timexes"] = json!([{"id": "t1", "start": 0, "end": 99, "text": "x", "type": "WHEN", "value": "X"}]);
        v.as_object_mut().unwrap().remove("events");
        let problems = validate(&v);
        assert!(problems.iter().any(|p| p.contains("entities[0].mentions[1]: text")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("timexes[0]: span 0..99 outside")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("timexes[0].type")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("missing key `events`")), "{problems:?}");
        assert!(!problems.iter().any(|p| p.contains("mentions[0]")), "{problems:?}");
    }

    #[test]
    fn dangling_references_are_reported() {
        let mut v = minimal("He said it.");
        v["claims"] = json!([{"id": "c1", "start": 0, "end": 2, "text": "He", "holder": "e9", "attribution": "a1",
            "certainty": {"level": "sure", "cues": []}, "negated": false, "about": ["e2"]}]);
        let problems = validate(&v);
        assert!(problems.iter().any(|p| p.contains("claims[0].holder")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("claims[0].attribution")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("claims[0].about[0]")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("claims[0].certainty.level")), "{problems:?}");
    }
}
