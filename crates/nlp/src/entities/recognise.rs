//! Recognition: the statistical model's names, retyped and completed by
//! rules that read the words around them.
//!
//! The model (`dossier-ner`, CoNLL types) finds most names; what it cannot
//! know is what kind of thing a name denotes when only the context says so
//! ("the tanker Marisol Dawn", "outside Stare Lipiny, a village of 400",
//! "the commercial provider Orbitline Imaging"). Each rule here proposes a
//! candidate with a priority: model spans are the weakest, spans retyped by
//! a context cue come next, and spans found by the lexicon or a pattern
//! (equipment, ships, acronyms in parentheses, demonyms) are the strongest,
//! so they replace an overlapping model span. A type set by a context cue is
//! *strong*: the same name elsewhere in the document takes that type too
//! (the type vote in `mod.rs`), which is how "the Marisol Dawn" in a later
//! paragraph is a ship and not a person.
//!
//! All lookups are hash probes on lower-cased tokens computed once per
//! document; multi-word cues are joined only around a candidate.

use std::collections::HashMap;

use dossier_model::{Document, EntityType, MentionKind, SegmentKind, Span, TokenKind};

use super::lexicon::{Gender, Lexicon, RoleKind, cue};

/// A proposed mention before resolution.
#[derive(Debug, Clone)]
pub struct Cand {
    pub span: Span,
    /// Global token range `[start, end)`.
    pub tok: (usize, usize),
    pub ty: EntityType,
    pub kind: MentionKind,
    /// 0: model span; 1: model span retyped by context; 2: lexicon or pattern.
    pub prio: u8,
    /// The type was set by a context cue and wins the document's type vote.
    pub strong: bool,
    /// May overlap other mentions (a possessive organisation contains its
    /// country; a role phrase contains a demonym).
    pub nested: bool,
    /// The country a place, demonym or possessive organisation denotes.
    pub country: Option<usize>,
    /// Role phrases attached to a person ("Defence Minister").
    pub desc: Vec<String>,
    /// For a nominal mention: the lower-cased role head ("minister").
    pub role: Option<String>,
    /// For a nominal mention: lower-cased country words in the phrase.
    pub role_mods: Vec<String>,
    pub gender: Gender,
    /// For an acronym in parentheses: the start offset of its expansion.
    pub acronym_of: Option<usize>,
    /// The rule that typed this mention, recorded when it founds an entity's
    /// mention list (e.g. `demonym`).
    pub rule: Option<&'static str>,
}

impl Cand {
    pub fn new(ctx: &Ctx, tok: (usize, usize), ty: EntityType, prio: u8) -> Cand {
        Cand {
            span: ctx.span(tok.0, tok.1),
            tok,
            ty,
            kind: MentionKind::Name,
            prio,
            strong: prio > 0,
            nested: false,
            country: None,
            desc: Vec::new(),
            role: None,
            role_mods: Vec::new(),
            gender: Gender::Unknown,
            acronym_of: None,
            rule: None,
        }
    }
}

/// Per-document token views shared by the rules.
pub struct Ctx<'a> {
    pub doc: &'a Document,
    pub words: Vec<&'a str>,
    pub lower: Vec<String>,
    /// Sentence index of each token.
    pub sent_of: Vec<usize>,
    pub lx: &'static Lexicon,
    pub gaz: &'static dossier_ner::Gazetteer,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document) -> Ctx<'a> {
        let words: Vec<&str> = doc.tokens.iter().map(|t| t.span.slice(&doc.text)).collect();
        let lower = words.iter().map(|w| w.to_lowercase()).collect();
        let mut sent_of = vec![0; doc.tokens.len()];
        for (i, s) in doc.sentences.iter().enumerate() {
            sent_of[s.tokens.0..s.tokens.1].iter_mut().for_each(|x| *x = i);
        }
        Ctx { doc, words, lower, sent_of, lx: Lexicon::get(), gaz: dossier_ner::Model::embedded().gazetteer() }
    }

    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.doc.tokens[a].span.start, self.doc.tokens[b - 1].span.end)
    }

    fn sent_range(&self, i: usize) -> (usize, usize) {
        self.doc.sentences.get(self.sent_of[i]).map(|s| s.tokens).unwrap_or((0, self.words.len()))
    }

    pub fn cap(&self, i: usize) -> bool {
        self.words.get(i).and_then(|w| w.chars().next()).is_some_and(char::is_uppercase)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Lower-cased words `[a, b)` joined by single spaces.
    pub fn joined(&self, a: usize, b: usize) -> String {
        self.lower[a..b].join(" ")
    }

    /// The start of a cue phrase of `class` ending just before token `i`,
    /// inside the same sentence.
    fn cue_before(&self, i: usize, class: u32) -> Option<usize> {
        let (s0, _) = self.sent_range(i.min(self.words.len().saturating_sub(1)));
        (1..=self.lx.cue_len).find_map(|n| {
            let a = i.checked_sub(n)?;
            (a >= s0 && self.lx.cue(&self.joined(a, i)) & class != 0).then_some(a)
        })
    }

    /// The end of a cue phrase of `class` starting at token `j`, inside the
    /// same sentence (longest first).
    fn cue_at(&self, j: usize, class: u32) -> Option<usize> {
        if j >= self.words.len() {
            return None;
        }
        let (_, s1) = self.sent_range(j);
        (1..=self.lx.cue_len).rev().find_map(|n| {
            let b = j + n;
            (b <= s1 && self.lx.cue(&self.joined(j, b)) & class != 0).then_some(b)
        })
    }

    /// Whether an equipment head noun follows within `n` tokens of `j`.
    fn head_within(&self, j: usize, n: usize) -> bool {
        let (_, s1) = self.sent_range(j.saturating_sub(1));
        (j..(j + n).min(s1)).any(|k| self.lx.cue(&self.lower[k]) & cue::EQUIPMENT_HEAD != 0)
    }

    /// The country a name (tokens `[a, b)`) denotes as a country name or
    /// alias. Capitals are not countries here: "Ankara" stays its own
    /// place (see the module docs of `entities`).
    pub fn country_of(&self, a: usize, b: usize) -> Option<usize> {
        self.lx.country_of_name(&self.joined(a, b))
    }

    /// Whether a name is a capital in the lexicon.
    pub fn is_capital(&self, a: usize, b: usize) -> bool {
        self.lx.capitals.contains_key(&self.joined(a, b))
    }
}

/// Whether a token looks like a weapon or platform designation: letters, a
/// hyphen and digits ("Su-25", "S-400", "Kh-101", "Shahed-136",
/// "KC-135R"), or capitals directly followed by digits ("TB2", "F16").
pub fn is_designation(tok: &str) -> bool {
    // "G7", "G-20", "P5": groups of states, not weapons.
    if let Some(rest) = tok.strip_prefix('G').or_else(|| tok.strip_prefix('P')) {
        let digits = rest.strip_prefix('-').unwrap_or(rest);
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    let Some((head, tail)) = tok.split_once('-') else {
        let letters = tok.chars().take_while(|c| c.is_ascii_uppercase()).count();
        let rest = &tok[letters..];
        return (1..=4).contains(&letters) && !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit());
    };
    !head.is_empty()
        && head.len() <= 8
        && head.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && head.chars().all(|c| c.is_ascii_alphabetic())
        && !tail.is_empty()
        && tail.chars().next().is_some_and(|c| c.is_ascii_digit())
        && tail.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn base_type(ty: dossier_ner::EntityType) -> EntityType {
    match ty {
        dossier_ner::EntityType::Per => EntityType::Person,
        dossier_ner::EntityType::Org => EntityType::Org,
        dossier_ner::EntityType::Loc => EntityType::Gpe,
        dossier_ner::EntityType::Misc => EntityType::Misc,
    }
}

/// Runs the model and every recognition rule; returns candidates that may
/// overlap (the caller keeps the best of overlapping ones).
pub fn recognise(ctx: &Ctx) -> Vec<Cand> {
    let doc = ctx.doc;
    let sentences = recased_sentences(ctx);
    let tagged = dossier_ner::Model::embedded().tag_document(&sentences);
    let mut out = Vec::new();
    for (sentence, spans) in doc.sentences.iter().zip(tagged) {
        let base = sentence.tokens.0;
        for s in spans {
            if s.start >= s.end || base + s.end > sentence.tokens.1 {
                continue;
            }
            // A span with no capitalised word and no digit (a URL, a
            // lower-case phrase) is not a name.
            let words = &ctx.words[base + s.start..base + s.end];
            if !words.iter().any(|w| w.chars().next().is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())) {
                continue;
            }
            let mut c = Cand::new(ctx, (base + s.start, base + s.end), base_type(s.ty), 0);
            c.strong = false;
            refine(ctx, &mut c);
            if c.ty == EntityType::Person {
                strip_title(ctx, &mut c);
            }
            out.push(c);
        }
    }
    compound_places(ctx, &mut out);
    equipment(ctx, &mut out);
    ships(ctx, &mut out);
    units_and_bases(ctx, &mut out);
    demonyms(ctx, &mut out);
    capital_bodies(ctx, &mut out);
    acronyms(ctx, &mut out);
    out
}

/// Lower-case particles inside Romance place names ("Mocímboa da Praia",
/// "Ciudad del Este").
const PLACE_PARTICLES: [&str; 11] = ["da", "de", "do", "dos", "das", "del", "della", "di", "du", "des", "la"];

/// Two names the model split at a particle ("Mocimboa" | da | "Praia")
/// are one place when the gazetteer or the curated regions know the whole
/// name; otherwise the second half alone may name another place ("Praia",
/// Cape Verde's capital).
fn compound_places(ctx: &Ctx, out: &mut Vec<Cand>) {
    let lx = Lexicon::get();
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k].tok, out[k + 1].tok);
        let gap = b.0.saturating_sub(a.1);
        let particles = (1..=2).contains(&gap) && (a.1..b.0).all(|t| PLACE_PARTICLES.contains(&ctx.words[t]));
        if particles {
            let whole = ctx.words[a.0..b.1].join(" ").to_lowercase();
            let known = lx.regions.get(&whole).or_else(|| lx.city(&whole).and_then(|cs| cs.first()));
            if known.is_some() || lx.towns.contains_key(&whole) {
                // the place's country is found later, as for any place name
                out[k] = Cand::new(ctx, (a.0, b.1), EntityType::Gpe, 2);
                out.remove(k + 1);
            }
        }
        k += 1;
    }
}

/// "the foreign ministry in Prague", "the government in Minsk": a state's
/// own institution (`org_head`) named with its capital is that state's
/// organisation, like "Czechia's foreign ministry" (rule `possessive-org`,
/// so the two merge by `same-org`). Not the missions a state keeps in
/// another's capital ("the embassy in Prague" is some other country's).
fn capital_bodies(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.words.len();
    // From "in" + a capital (rare) back to "the" (frequent).
    for k in 2..n.saturating_sub(1) {
        if ctx.lower[k] != "in" || !ctx.cap(k + 1) {
            continue;
        }
        let Some(&country) = ctx.lx.capitals.get(&ctx.lower[k + 1]) else { continue };
        // "the government in Minsk's view": the capital is no place here.
        if matches!(ctx.words.get(k + 2), Some(&"'s" | &"’s")) {
            continue;
        }
        // The longest institution phrase between "the" and "in".
        let Some(a) = (1..=ctx.lx.cue_len.min(k - 1))
            .rev()
            .map(|len| k - len)
            .find(|&a| ctx.lower[a - 1] == "the" && !ctx.cap(a) && ctx.lx.cue(&ctx.joined(a, k)) & cue::ORG_HEAD != 0)
        else {
            continue;
        };
        let head = ctx.lower[k - 1].as_str();
        if matches!(head, "embassy" | "consulate" | "delegation") {
            continue;
        }
        let mut c = Cand::new(ctx, (a, k + 2), EntityType::Org, 2);
        c.nested = true;
        c.country = Some(country);
        c.role = Some(head.to_string());
        c.rule = Some("possessive-org");
        out.push(c);
    }
}

/// Whether a sentence is (part of) a headline: a headline segment, or, in
/// a text given without the reader's layout, on a first line of its own
/// that ends without a full stop or is followed by a blank line.
pub fn is_headline(ctx: &Ctx, s: &dossier_model::Sentence) -> bool {
    if s.kind == SegmentKind::Headline {
        return true;
    }
    let text = &ctx.doc.text;
    let Some(nl) = text.find('\n') else { return false };
    let line = text[..nl].trim_end();
    s.span.end <= nl && !line.is_empty() && (!line.ends_with('.') || text[nl + 1..].starts_with('\n'))
}

/// Whether a sentence is a headline written in title case ("Sweden Drops
/// Its Investigation Into Rape Allegation Against Julian Assange"): three
/// or more words of four letters or more after the first, three quarters
/// of them capitalised.
fn title_case(ctx: &Ctx, s: &dossier_model::Sentence) -> bool {
    if !is_headline(ctx, s) {
        return false;
    }
    let long: Vec<usize> = (s.tokens.0 + 1..s.tokens.1)
        .filter(|&i| ctx.is_word(i) && ctx.words[i].chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let caps = long.iter().filter(|&&i| ctx.cap(i)).count();
    long.len() >= 3 && caps * 4 >= long.len() * 3
}

/// The words the model tags, sentence by sentence. In a title-case
/// headline capitals say nothing, and the model chains them into long
/// false names ("Sweden Drops Its Investigation Into …"), so such a
/// headline is given to it in sentence case: a word keeps its capital only
/// if it opens the headline, is written with a capital inside a body
/// sentence, has more capitals than its first letter ("NASA", "SpaceX",
/// "U.S."), is a country, demonym, capital, city, region or first name
/// (lexicon and gazetteer), or follows a first name. The text and every
/// other rule still see the original words.
fn recased_sentences<'a>(ctx: &Ctx<'a>) -> Vec<Vec<std::borrow::Cow<'a, str>>> {
    let doc = ctx.doc;
    let titles: Vec<bool> = doc.sentences.iter().map(|s| title_case(ctx, s)).collect();
    let mut known: std::collections::HashSet<&str> = std::collections::HashSet::new();
    if titles.iter().any(|&t| t) {
        for (s, _) in doc.sentences.iter().zip(&titles).filter(|(_, t)| !**t) {
            known.extend((s.tokens.0 + 1..s.tokens.1).filter(|&i| ctx.cap(i)).map(|i| ctx.words[i]));
        }
    }
    let lx = ctx.lx;
    let keep = |i: usize| {
        let w = ctx.words[i];
        let l = ctx.lower[i].as_str();
        known.contains(w)
            || w.chars().skip(1).any(char::is_uppercase)
            || lx.country_of_name(l).is_some()
            || lx.demonyms.contains_key(l)
            || lx.capitals.contains_key(l)
            || lx.first_names.contains_key(w)
            || ["country", "city", "region", "first_name"].iter().any(|class| ctx.gaz.contains(class, &[w]))
    };
    let first_name =
        |i: usize| lx.first_names.contains_key(ctx.words[i]) || ctx.gaz.contains("first_name", &[ctx.words[i]]);
    // Body spellings of words, by lower case, for headlines in capitals.
    let mut spelled: HashMap<&str, &str> = HashMap::new();
    if titles.iter().any(|&t| t) {
        for (s, _) in doc.sentences.iter().zip(&titles).filter(|(_, t)| !**t) {
            for i in (s.tokens.0 + 1..s.tokens.1).filter(|&i| ctx.cap(i)) {
                spelled.entry(ctx.lower[i].as_str()).or_insert(ctx.words[i]);
            }
        }
    }
    doc.sentences
        .iter()
        .zip(&titles)
        .map(|(s, &title)| {
            if title && shouting(ctx, s) {
                return (s.tokens.0..s.tokens.1).map(|i| unshout(ctx, i, i == s.tokens.0, &spelled)).collect();
            }
            (s.tokens.0..s.tokens.1)
                .map(|i| {
                    let w = ctx.words[i];
                    // A capitalised word after a first name is its surname
                    // ("Julian Assange", "John M. Ford").
                    let after_first_name = i > s.tokens.0
                        && (first_name(i - 1)
                            || (i > s.tokens.0 + 1 && first_name(i - 2) && ctx.words[i - 1].ends_with('.')));
                    if !title || i == s.tokens.0 || !ctx.cap(i) || after_first_name || keep(i) {
                        return std::borrow::Cow::Borrowed(w);
                    }
                    let mut chars = w.chars();
                    let first = chars.next().map(|c| c.to_lowercase().collect::<String>()).unwrap_or_default();
                    std::borrow::Cow::Owned(first + chars.as_str())
                })
                .collect()
        })
        .collect()
}

/// Whether a headline is written in capitals ("RUSSIA STRIKES KYIV AS
/// TALKS STALL"): three quarters of its words of four letters or more.
fn shouting(ctx: &Ctx, s: &dossier_model::Sentence) -> bool {
    let long: Vec<&str> = (s.tokens.0..s.tokens.1)
        .filter(|&i| ctx.is_word(i))
        .map(|i| ctx.words[i])
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let upper = long.iter().filter(|w| !w.chars().any(char::is_lowercase)).count();
    long.len() >= 2 && upper * 4 >= long.len() * 3
}

/// A word of a headline in capitals as the model should see it: as the
/// body writes it ("Kyiv", "NATO"), capitalised if it opens the headline
/// or is a country, demonym, capital or first name, otherwise in lower
/// case.
fn unshout<'a>(ctx: &Ctx<'a>, i: usize, first: bool, spelled: &HashMap<&str, &'a str>) -> std::borrow::Cow<'a, str> {
    let w = ctx.words[i];
    let l = ctx.lower[i].as_str();
    if w.chars().any(char::is_lowercase) || !w.chars().any(char::is_alphabetic) {
        return std::borrow::Cow::Borrowed(w);
    }
    if let Some(&body) = spelled.get(l) {
        return std::borrow::Cow::Borrowed(body);
    }
    let lx = ctx.lx;
    let capitalised = {
        let mut chars = l.chars();
        chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default() + chars.as_str()
    };
    let name = lx.country_of_name(l).is_some()
        || lx.demonyms.contains_key(l)
        || lx.capitals.contains_key(l)
        || lx.first_names.contains_key(capitalised.as_str());
    std::borrow::Cow::Owned(if first || name { capitalised } else { l.to_string() })
}

/// Retypes one model span by its own words and the words around it.
fn refine(ctx: &Ctx, c: &mut Cand) {
    let (a, b) = c.tok;
    let lx = ctx.lx;
    let joined = ctx.joined(a, b);
    let last = ctx.lower[b - 1].as_str();
    let set = |c: &mut Cand, ty: EntityType, rule: &'static str| {
        c.ty = ty;
        c.prio = c.prio.max(1);
        c.strong = true;
        c.rule = Some(rule);
    };
    // Equipment: a lexicon name or a designation, with a head noun near.
    if let Some(&always) = lx.equipment.get(&joined)
        && (always || ctx.head_within(b, 3))
    {
        return set(c, EntityType::Equipment, "equipment-lexicon");
    }
    if ctx.words[a..b].iter().any(|w| is_designation(w)) && (ctx.head_within(b, 3) || c.ty != EntityType::Person) {
        return set(c, EntityType::Equipment, "designation");
    }
    // A maker's name followed by a model number is the model ("Boeing
    // 737s", "Boeing 787 Dreamliner"), not a person or the company.
    if b - a == 1
        && matches!(c.ty, EntityType::Person | EntityType::Org)
        && ctx.words.get(b).is_some_and(|w| model_number(w))
        && ctx.sent_of.get(b) == Some(&ctx.sent_of[a])
    {
        let mut end = b + 1;
        if let Some(len) = lexicon_name_at(ctx, end, ctx.sent_range(a).1) {
            end += len;
        }
        c.tok.1 = end;
        c.span = ctx.span(a, end);
        return set(c, EntityType::Equipment, "model-number");
    }
    // A ship: named right after a ship noun or with a ship prefix, or
    // followed by an apposition that says it is one.
    if ctx.cue_before(a, cue::SHIP_NOUN).is_some()
        || (b - a >= 2
            && lx.cue(&ctx.lower[a]) & cue::SHIP_PREFIX != 0
            && ctx.words[a].chars().all(|c| c.is_uppercase()))
        || (ctx.words.get(b) == Some(&",")
            && matches!(ctx.lower.get(b + 1).map(String::as_str), Some("a" | "an" | "the"))
            && (ctx.cue_at(b + 2, cue::SHIP_NOUN).is_some() || ctx.cue_at(b + 3, cue::SHIP_NOUN).is_some()))
    {
        return set(c, EntityType::Equipment, "ship");
    }
    // "Gulf of Finland", "Sea of Azov": the model often stops at "of".
    if ctx.cap(b - 1)
        && lx.cue(last) & cue::LOC_HEAD != 0
        && ctx.lower.get(b).is_some_and(|w| w == "of")
        && ctx.cap(b + 1)
        && ctx.sent_of.get(b + 1) == Some(&ctx.sent_of[a])
    {
        let mut e = b + 1;
        while ctx.cap(e) && ctx.sent_of.get(e) == Some(&ctx.sent_of[a]) && e < b + 4 {
            e += 1;
        }
        c.tok.1 = e;
        c.span = ctx.span(a, e);
        return set(c, EntityType::Loc, "loc-head");
    }
    // "Sea of Japan", "Strait of Hormuz", "Bay of Bengal": a natural-feature
    // head, "of" and a name (not "The Sound of Music").
    if b - a >= 3
        && lx.cue(&ctx.lower[a]) & cue::LOC_HEAD != 0
        && ctx.cap(a)
        && ctx.lower[a + 1] == "of"
        && ctx.cap(b - 1)
        && ctx.lower[a] != "sound"
    {
        return set(c, EntityType::Loc, "loc-head");
    }
    // Natural features by head word or by name; events by head word.
    let next_lower = ctx.lower.get(b).map(String::as_str).unwrap_or("");
    // A regional adjective before a noun ("Baltic cables", "Baltic states")
    // is no place; the region named alone is ("into the Baltic").
    let adjective = b - a == 1 && lx.demonyms.get(&joined) == Some(&None) && noun_follows(ctx, b);
    let country = lx.country_of_name(&joined);
    // (a country named by a natural feature is a state: "Solomon Islands",
    // "Marshall Islands")
    if country.is_none()
        && ((ctx.cap(b - 1) && lx.cue(last) & cue::LOC_HEAD != 0 && b - a >= 2)
            || (lx.loc_names.contains(&joined) && !adjective)
            || (!ctx.cap(b)
                && lx.cue(next_lower) & cue::LOC_HEAD != 0
                && next_lower != "coast"
                && c.ty != EntityType::Org))
        && (c.ty != EntityType::Org || lx.loc_names.contains(&joined) || lx.cue(last) & cue::LOC_HEAD != 0)
    {
        return set(c, EntityType::Loc, "loc-head");
    }
    if b - a >= 2
        && ctx.cap(b - 1)
        && (lx.cue(last) & cue::EVENT_HEAD != 0 || lx.cue(&ctx.lower[a]) & cue::EVENT_FIRST != 0)
    {
        return set(c, EntityType::Event, "event-head");
    }
    // Countries and capitals are places whatever the model said.
    if country.is_some() || ctx.is_capital(a, b) {
        c.country = country;
        if c.ty != EntityType::Gpe {
            set(c, EntityType::Gpe, "gazetteer");
        }
        return;
    }
    // Organisations by their last word or by the noun before them.
    if b - a >= 2 && ctx.cap(b - 1) && lx.cue(last) & cue::ORG_SUFFIX != 0 && c.ty != EntityType::Org {
        return set(c, EntityType::Org, "org-suffix");
    }
    let cue_before_comma = a > 0 && ctx.words[a - 1] == "," && ctx.cue_before(a - 1, cue::ORG_CUE).is_some();
    let possessed =
        matches!(ctx.words.get(b), Some(&"'s") | Some(&"’s")) && ctx.cue_at(b + 1, cue::ORG_POSSESSED).is_some();
    if ctx.cue_before(a, cue::ORG_CUE).is_some() || cue_before_comma || possessed || known_as_group(ctx, a) {
        // A cue that agrees with the model still makes the type strong, so
        // that it wins the document's type vote.
        if c.ty == EntityType::Org {
            c.strong = true;
            return;
        }
        return set(c, EntityType::Org, "org-cue");
    }
    // "what Beijing calls Xianbin Jiao": another name for a place.
    if a >= 3 && matches!(ctx.lower[a - 1].as_str(), "calls" | "call") && ctx.lower[a - 3] == "what" {
        return set(c, EntityType::Loc, "place-cue");
    }
    // Places by the words before ("a village of", "outside") or an
    // apposition after ("Valea Stârcului, a village").
    let apposition_place = ctx.words.get(b) == Some(&",")
        && matches!(ctx.lower.get(b + 1).map(String::as_str), Some("a" | "an" | "the"))
        && (b + 2..(b + 5).min(ctx.words.len())).any(|k| ctx.lx.cue(&ctx.lower[k]) & cue::PLACE_NOUN != 0);
    if c.ty != EntityType::Org && (apposition_place || ctx.cue_before(a, cue::PLACE_CUE).is_some()) {
        if c.ty != EntityType::Gpe && c.ty != EntityType::Loc {
            set(c, EntityType::Gpe, "place-cue");
        } else {
            c.strong = true;
        }
        return;
    }
    // "Europeans", "Russians": a plural demonym names a people, not a state.
    if c.ty == EntityType::Misc
        && b - a == 1
        && let Some(sing) = ctx.lower[a].strip_suffix('s')
        && let Some(&country) = lx.demonyms.get(sing)
    {
        set(c, EntityType::Norp, "demonym");
        c.country = country;
        return;
    }
    // A well-known place of one state that news names alone ("Khan
    // Younis", "Kerem Shalom": the curated `region` lines of
    // `places_extra.tsv`) is no person, even when its first word is a
    // personal name.
    if c.ty == EntityType::Person && lx.regions.contains_key(&joined) {
        return set(c, EntityType::Gpe, "curated-place");
    }
    // A person-typed name that the gazetteer knows as a city, country or
    // region, whose words are not known personal names, and that follows a
    // locative preposition is a place. The evidence is weak (many surnames
    // are also towns somewhere), so the type is not strong: the rest of
    // the document can outvote it.
    if c.ty == EntityType::Person && a > 0 && matches!(ctx.lower[a - 1].as_str(), "in" | "at" | "from" | "near" | "to")
    {
        let words = &ctx.words[a..b];
        let place =
            ctx.gaz.contains("city", words) || ctx.gaz.contains("country", words) || ctx.gaz.contains("region", words);
        let personal = ctx.lx.first_names.contains_key(ctx.words[a])
            || ctx.gaz.contains("first_name", &words[..1])
            || ctx.gaz.contains("last_name", &words[b - a - 1..]);
        if place && !personal {
            set(c, EntityType::Gpe, "gazetteer");
            c.strong = false;
        }
    }
}

/// "the group known to researchers as Grey Heron": a name after "known as"
/// or "called" shortly after an organisation noun.
fn known_as_group(ctx: &Ctx, a: usize) -> bool {
    if a < 2 || !matches!(ctx.lower[a - 1].as_str(), "as" | "called" | "dubbed" | "named") {
        return false;
    }
    let (s0, _) = ctx.sent_range(a);
    (s0.max(a.saturating_sub(7))..a - 1)
        .any(|k| matches!(ctx.lower[k].as_str(), "group" | "company" | "firm" | "outlet" | "network" | "unit"))
}

/// Moves a title the model included in a person's span ("President X")
/// into the description.
fn strip_title(ctx: &Ctx, c: &mut Cand) {
    let (a, b) = c.tok;
    let mut k = a;
    while k + 1 < b && (ctx.lx.role(&ctx.lower[k], RoleKind::Title) || ctx.lx.role(&ctx.lower[k], RoleKind::Modifier)) {
        k += 1;
    }
    if k > a && ctx.lx.role(&ctx.lower[k - 1], RoleKind::Title) {
        c.desc.push(ctx.span(a, k).slice(&ctx.doc.text).to_string());
        c.tok.0 = k;
        c.span = ctx.span(k, b);
    }
}

/// Equipment names from the lexicon and designations with a head noun
/// ("Two Patriot batteries", "an S-400 battery", "Type 056 corvette").
fn equipment(ctx: &Ctx, out: &mut Vec<Cand>) {
    let lx = ctx.lx;
    let n = ctx.words.len();
    let mut i = 0;
    while i < n {
        let (_, s1) = ctx.sent_range(i);
        let mut found = None;
        if ctx.cap(i) && lx.equipment_first.contains(&ctx.lower[i]) {
            for len in (1..=lx.equipment_len.min(s1 - i)).rev() {
                if let Some(&always) = lx.equipment.get(&ctx.joined(i, i + len)) {
                    if always || ctx.head_within(i + len, 3) {
                        found = Some(i + len);
                    }
                    break;
                }
            }
        }
        // A designation with a head noun near, or followed by its lexicon
        // name ("KC-135R Stratotanker air refueling", "F-16 Fighting Falcons").
        if found.is_none()
            && ctx.is_word(i)
            && is_designation(ctx.words[i])
            && (ctx.head_within(i + 1, 3) || lexicon_name_at(ctx, i + 1, s1).is_some())
        {
            found = Some(i + 1);
        }
        if found.is_none()
            && ctx.words[i] == "Type"
            && ctx.doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && ctx.head_within(i + 2, 2)
        {
            found = Some(i + 2);
        }
        // A hull number after a ship's name: "HMS Daring (D 32)", "(DDG 70)".
        if found.is_none()
            && i > 1
            && ctx.words[i - 1] == "("
            && ctx.cap(i - 2)
            && ctx.words[i].len() <= 4
            && ctx.words[i].chars().all(|c| c.is_ascii_uppercase())
            && ctx.doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && ctx.words.get(i + 2) == Some(&")")
            && out.iter().any(|c| c.ty == EntityType::Equipment && c.tok.1 == i - 1)
        {
            found = Some(i + 2);
        }
        if let Some(mut end) = found {
            // A designation followed by its lexicon name is one mention
            // ("KC-135R Stratotanker", "F-16 Fighting Falcons").
            if let Some(len) = lexicon_name_at(ctx, end, s1) {
                end += len;
            }
            let mut c = Cand::new(ctx, (i, end), EntityType::Equipment, 2);
            c.rule = Some("equipment-lexicon");
            out.push(c);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A model number after a maker's name: three digits, optionally followed
/// by at most two lower-case letters ("737", "787", "737s"); round
/// hundreds are indices and lists ("S&P 500", "FTSE 100", "Fortune 500").
fn model_number(w: &str) -> bool {
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    digits == 3
        && !w[1..3].starts_with("00")
        && w[digits..].len() <= 2
        && w[digits..].chars().all(|c| c.is_ascii_lowercase())
}

/// The length in words of a capitalised equipment name that counts
/// without a head noun ("Stratotanker", "Fighting Falcons") starting at
/// token `j`, inside the sentence ending at `s1`.
fn lexicon_name_at(ctx: &Ctx, j: usize, s1: usize) -> Option<usize> {
    if !ctx.cap(j) {
        return None;
    }
    (1..=ctx.lx.equipment_len.min(s1.saturating_sub(j)))
        .rev()
        .find(|&len| ctx.lx.equipment.get(&ctx.joined(j, j + len)) == Some(&true))
}

/// Last words of a numbered military formation ("72nd Mechanized
/// **Brigade**", "58th Combined Arms **Army**").
const UNIT_WORDS: &[&str] =
    &["brigade", "division", "regiment", "battalion", "corps", "fleet", "squadron", "wing", "army", "flotilla"];

/// Numbered military formations and bases, which the model rarely finds
/// whole: an ordinal ("86th", "1st") and up to four capitalised words
/// ending in a formation word are an `ORG` ("the 72nd Mechanized Brigade");
/// ending in "Base", "Airbase" or "Airfield" a `FAC` ("the 86th Air Base").
fn units_and_bases(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.words.len();
    for i in 0..n {
        let w = ctx.lower[i].as_str();
        let digits = w.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 || !matches!(&w[digits..], "st" | "nd" | "rd" | "th") {
            continue;
        }
        let (_, s1) = ctx.sent_range(i);
        let mut end = i + 1;
        while end < s1.min(i + 5) && ctx.cap(end) && ctx.is_word(end) {
            end += 1;
        }
        // The formation word closes the name: "the 86th Air Base at Borcea".
        let Some(last) = (i + 1..end).rev().find(|&k| {
            let l = ctx.lower[k].as_str();
            UNIT_WORDS.contains(&l) || matches!(l, "base" | "airbase" | "airfield")
        }) else {
            continue;
        };
        let ty = if UNIT_WORDS.contains(&ctx.lower[last].as_str()) { EntityType::Org } else { EntityType::Fac };
        let mut c = Cand::new(ctx, (i, last + 1), ty, 2);
        c.rule = Some(if ty == EntityType::Org { "military-unit" } else { "base" });
        out.push(c);
    }
}

/// Ships named after a ship noun or with a prefix, where the model found no
/// name ("the patrol vessel Selkämeri", "HMS Daring").
fn ships(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.words.len();
    for i in 0..n {
        if !ctx.cap(i) || !ctx.is_word(i) {
            continue;
        }
        let prefix =
            ctx.lx.cue(&ctx.lower[i]) & cue::SHIP_PREFIX != 0 && ctx.words[i].chars().all(|c| c.is_uppercase());
        let after_noun = i > 0 && !ctx.cap(i - 1) && ctx.cue_before(i, cue::SHIP_NOUN).is_some();
        if !prefix && !after_noun {
            continue;
        }
        let (_, s1) = ctx.sent_range(i);
        let mut end = i + 1;
        while end < s1 && end < i + 5 {
            if ctx.cap(end) && ctx.is_word(end) {
                end += 1;
            } else if matches!(ctx.lower[end].as_str(), "de" | "of" | "la") && ctx.cap(end + 1) && end + 1 < s1 {
                end += 2;
            } else {
                break;
            }
        }
        if prefix && end == i + 1 {
            continue;
        }
        let mut c = Cand::new(ctx, (i, end), EntityType::Equipment, 2);
        c.rule = Some("ship");
        out.push(c);
    }
    // A ship known by its pennant number after a singular ship noun:
    // "coast guard ship 3305 blocked its path" (not "a ship 300 metres
    // long": the number must not be followed by a unit or a noun of
    // measure, and must have three to five digits; not a year).
    for i in 1..n {
        let w = ctx.words[i];
        if ctx.doc.tokens[i].kind != TokenKind::Number
            || !(3..=5).contains(&w.len())
            || !w.chars().all(|c| c.is_ascii_digit())
            || (w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
            || ctx.cue_before(i, cue::SHIP_NOUN).is_none()
            || ctx.lower[i - 1].ends_with('s')
        {
            continue;
        }
        let next = ctx.lower.get(i + 1).map(String::as_str).unwrap_or("");
        let measure = matches!(
            next,
            "metres"
                | "meters"
                | "m"
                | "feet"
                | "ft"
                | "tons"
                | "tonnes"
                | "km"
                | "kilometres"
                | "kilometers"
                | "miles"
                | "nautical"
                | "people"
                | "crew"
                | "sailors"
                | "passengers"
                | "containers"
                | "barrels"
                | "times"
                | "-"
        );
        let (_, s1) = ctx.sent_range(i);
        if !measure && (i + 1 >= s1 || !ctx.cap(i + 1)) {
            let mut c = Cand::new(ctx, (i, i + 1), EntityType::Equipment, 2);
            c.rule = Some("ship");
            out.push(c);
        }
    }
}

/// Demonyms and place-word compounds: "Turkish airspace" is a mention of
/// Turkey; "Russian-built" of Russia; "Gabon-flagged" of Gabon; "Moldovan
/// national" is a NORP; "the Belarusian foreign ministry" and "Turkey's
/// Defence Ministry" are organisations of their country.
fn demonyms(ctx: &Ctx, out: &mut Vec<Cand>) {
    let lx = ctx.lx;
    let n = ctx.words.len();
    // Tokens inside a multi-word model name ("Philippine Coast Guard") are
    // part of that name, not demonyms of their own.
    let mut in_long = vec![false; n];
    for c in out.iter() {
        if c.tok.1 - c.tok.0 > 1 {
            in_long[c.tok.0..c.tok.1].iter_mut().for_each(|x| *x = true);
        }
    }
    let mut extra = Vec::new();
    let mut drop_inside: Vec<(usize, usize)> = Vec::new();
    #[allow(clippy::needless_range_loop)] // `i` indexes several token arrays
    for i in 0..n {
        if !ctx.cap(i) || !ctx.is_word(i) {
            continue;
        }
        let w = ctx.words[i];
        // Compounds: "Russian-built", "Dubai-based", "Gabon-flagged".
        if let Some((head, tail)) = w.split_once('-') {
            if !tail.is_empty() && tail.chars().all(|c| c.is_lowercase() || c == '-') {
                let mut hl = head.to_lowercase();
                let mut first = i;
                // "Hong Kong-based", "Sri Lanka-flagged": a two-word place
                // whose first word stands before the compound's token
                if i > 0 && ctx.cap(i - 1) && ctx.is_word(i - 1) && !ctx.words[i - 1].contains('-') {
                    let two = format!("{} {}", ctx.lower[i - 1], hl);
                    if lx.country_of_place(&two).is_some() {
                        hl = two;
                        first = i - 1;
                    }
                }
                let start = ctx.doc.tokens[first].span.start;
                let span = Span::new(start, ctx.doc.tokens[i].span.start + head.len());
                let (country, kind) = match lx.demonyms.get(&hl) {
                    Some(Some(c)) => (Some(*c), MentionKind::Demonym),
                    _ => (lx.country_of_name(&hl), MentionKind::Name),
                };
                let is_city = country.is_none() && (lx.capitals.contains_key(&hl) || ctx.gaz.contains("city", &[head]));
                let country = country.or_else(|| (first < i).then(|| lx.country_of_place(&hl)).flatten());
                if country.is_some() || is_city {
                    let mut c = Cand::new(ctx, (first, i + 1), EntityType::Gpe, 2);
                    c.span = span;
                    c.kind = kind;
                    c.country = country;
                    c.rule = Some(if kind == MentionKind::Demonym { "demonym" } else { "compound" });
                    extra.push(c);
                }
            }
            continue;
        }
        if in_long[i] {
            continue;
        }
        // Possessive organisations: "Turkey's Defence Ministry"; a longer
        // model name after the possessive ("Romania's Ministry of National
        // Defence") is kept as it is.
        if matches!(ctx.words.get(i + 1), Some(&"'s") | Some(&"’s")) {
            if let Some(country) = ctx.country_of(i, i + 1) {
                let end = ctx.cue_at(i + 2, cue::ORG_HEAD).map(|end| org_noun_tail(ctx, end));
                let longer = end.is_some_and(|end| out.iter().any(|c| c.tok.0 == i + 2 && c.tok.1 > end));
                let named = end.is_some_and(|end| named_after(ctx, out, end));
                if let Some(end) = end.filter(|_| !longer && !named) {
                    drop_inside.push((i + 2, end));
                    let mut c = Cand::new(ctx, (i, end), EntityType::Org, 2);
                    c.nested = true;
                    c.country = Some(country);
                    c.rule = Some("possessive-org");
                    extra.push(c);
                }
            }
            continue;
        }
        let Some(&country) = lx.demonyms.get(&ctx.lower[i]) else { continue };
        // A region's adjective that also names the region ("Baltic") is a
        // group adjective only before a noun.
        if country.is_none() && lx.loc_names.contains(&ctx.lower[i]) && !noun_follows(ctx, i + 1) {
            continue;
        }
        // "US", "UK": a short name of the country, used as an adjective;
        // it is a name of the country whatever follows.
        if let Some(c) = country.filter(|_| lx.country_of_name(&ctx.lower[i]).is_some()) {
            let mut m = Cand::new(ctx, (i, i + 1), EntityType::Gpe, 2);
            m.country = Some(c);
            m.rule = Some("alias");
            extra.push(m);
            continue;
        }
        let state = country.is_some() && state_noun_after(ctx, i + 1);
        let mut c = Cand::new(ctx, (i, i + 1), if state { EntityType::Gpe } else { EntityType::Norp }, 2);
        c.strong = false;
        c.country = country;
        if state {
            c.kind = MentionKind::Demonym;
            c.rule = Some("demonym");
        }
        extra.push(c);
        // "the Belarusian foreign ministry", "the Russian embassy".
        if let (Some(country), Some(end)) = (country, ctx.cue_at(i + 1, cue::ORG_HEAD).map(|e| org_noun_tail(ctx, e)))
            && !ctx.cap(i + 1)
            && !named_after(ctx, out, end)
        {
            let mut o = Cand::new(ctx, (i, end), EntityType::Org, 2);
            o.nested = true;
            o.country = Some(country);
            o.rule = Some("possessive-org");
            extra.push(o);
        }
    }
    // A model name that is the institution of a possessive organisation
    // ("Defence Ministry" in "Turkey's Defence Ministry") is part of it.
    out.retain(|c| !drop_inside.iter().any(|&(a, b)| a <= c.tok.0 && c.tok.1 <= b && c.prio < 2));
    out.extend(extra);
}

/// Whether token `j` is a word in lower case that can be the noun an
/// adjective modifies ("Baltic **cables**"), not a preposition, conjunction
/// or verb that follows a noun ("the Baltic **on** Monday").
fn noun_follows(ctx: &Ctx, j: usize) -> bool {
    const NOT_NOUN: [&str; 40] = [
        "on", "in", "at", "to", "of", "and", "or", "but", "is", "was", "were", "are", "has", "have", "had", "for",
        "from", "with", "by", "as", "into", "near", "off", "this", "that", "which", "where", "since", "after",
        "before", "during", "until", "over", "under", "between", "said", "says", "will", "would", "could",
    ];
    ctx.words.get(j).is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
        && !NOT_NOUN.contains(&ctx.lower[j].as_str())
}

/// The end of a possessive organisation's institution, extended over
/// lower-case organisation nouns after it ("Russia's military intelligence
/// **service**").
fn org_noun_tail(ctx: &Ctx, mut end: usize) -> usize {
    let (_, s1) = ctx.sent_range(end.saturating_sub(1));
    let stop = end + 2;
    while end < s1.min(stop) && !ctx.cap(end) && ctx.lx.cue(&ctx.lower[end]) & (cue::ORG_HEAD | cue::ORG_SUFFIX) != 0 {
        end += 1;
    }
    end
}

/// Whether a comma and a name the model found follow token `end`
/// ("Russia's military intelligence service, the GRU"): the phrase before
/// is then a description of that organisation (see `org_descriptions`),
/// not an organisation of its own.
fn named_after(ctx: &Ctx, out: &[Cand], end: usize) -> bool {
    if ctx.words.get(end) != Some(&",") {
        return false;
    }
    let at = if ctx.lower.get(end + 1).is_some_and(|w| w == "the") { end + 2 } else { end + 1 };
    ctx.cap(at)
        && out
            .iter()
            .any(|c| c.tok.0 == at && c.kind == MentionKind::Name && matches!(c.ty, EntityType::Org | EntityType::Misc))
}

/// A state noun at `j`, or after a coordination of demonyms that ends in
/// one: "Indian **and Pakistani troops**" makes "Indian" the state too. The
/// last conjunct may be a named body ("Turkish, Ukrainian **and United
/// Nations officials**"), and a model designation may stand before the
/// noun ("a Chinese **Type 056 corvette**").
fn state_noun_after(ctx: &Ctx, mut j: usize) -> bool {
    let lx = ctx.lx;
    let digit = |k: usize| ctx.words.get(k).is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
    loop {
        if ctx.cue_at(j, cue::STATE_NOUN).is_some() {
            return true;
        }
        let mut d = j;
        while d < j + 2 && (digit(d) || (ctx.cap(d) && digit(d + 1))) {
            d += 1;
        }
        if d > j && ctx.cue_at(d, cue::STATE_NOUN).is_some() {
            return true;
        }
        let mut k = j;
        while ctx.lower.get(k).is_some_and(|w| matches!(w.as_str(), "," | "and" | "or")) {
            k += 1;
        }
        if k == j {
            return false;
        }
        // "… and United Nations officials", "… and European Union
        // officials": a name of up to three capitalised words as the last
        // conjunct, then the state noun.
        if matches!(ctx.lower[k - 1].as_str(), "and" | "or") {
            let mut m = k;
            while m < k + 3 && ctx.cap(m) && ctx.is_word(m) {
                m += 1;
            }
            if m > k + 1 && ctx.cue_at(m, cue::STATE_NOUN).is_some() {
                return true;
            }
        }
        if !ctx.lower.get(k).is_some_and(|w| lx.demonyms.contains_key(w)) {
            return false;
        }
        j = k + 1;
    }
}

/// Words skipped when matching an acronym to the initials of its expansion.
const ACRONYM_SKIP: &[&str] =
    &["of", "the", "and", "for", "de", "la", "le", "des", "du", "di", "der", "für", "y", "et", "on", "in", "&"];

/// "North Atlantic Treaty Organization (NATO)", "Agence nationale de la
/// sécurité des systèmes d'information (ANSSI)", "Security Information
/// Service (BIS)": an acronym in parentheses after a name.
fn acronyms(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.words.len();
    for i in 1..n.saturating_sub(2) {
        let acr = ctx.words[i + 1];
        if ctx.words[i] != "(" || ctx.words[i + 2] != ")" || !is_acronym(acr) {
            continue;
        }
        let k = i; // the expansion ends before token k
        let (s0, _) = ctx.sent_range(i);
        let target: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
        let mut start = None;
        for a in (s0.max(k.saturating_sub(12))..k).rev() {
            let mut initials = Vec::new();
            let mut ok = true;
            for t in a..k {
                let l = ctx.lower[t].as_str();
                let l = l.strip_prefix("d'").or_else(|| l.strip_prefix("d’")).unwrap_or(l);
                if ACRONYM_SKIP.contains(&l) {
                    continue;
                }
                match l.chars().next() {
                    Some(ch) if ch.is_alphabetic() => initials.push(ch),
                    _ => ok = false,
                }
            }
            if ok && initials == target && ctx.cap(a) {
                start = Some(a);
                break;
            }
        }
        let model =
            out.iter().filter(|c| c.tok.1 == k && c.kind == MentionKind::Name).max_by_key(|c| c.tok.1 - c.tok.0);
        let (a, ty) = match (start, model) {
            (Some(a), Some(m)) if m.tok.0 == a => (a, m.ty),
            (Some(a), _) => (a, EntityType::Org),
            (None, Some(m)) => (m.tok.0, m.ty),
            (None, None) => continue,
        };
        let ty = if matches!(ty, EntityType::Person | EntityType::Misc) { EntityType::Org } else { ty };
        let mut exp = Cand::new(ctx, (a, k), ty, 2);
        exp.rule = Some("acronym");
        exp.country = ctx.country_of(a, k);
        let mut ac = Cand::new(ctx, (i + 1, i + 2), ty, 2);
        ac.acronym_of = Some(exp.span.start);
        out.push(exp);
        out.push(ac);
    }
}

/// Two to six capitals, possibly with digits or '&' ("NATO", "PSI", "G7").
pub fn is_acronym(w: &str) -> bool {
    let caps = w.chars().filter(|c| c.is_uppercase()).count();
    (2..=6).contains(&w.chars().count())
        && caps >= 2
        && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
}

/// People: titles before a name and appositions become descriptions; role
/// phrases ("the minister") become nominal mentions and "he"/"she" pronoun
/// mentions, both resolved later.
pub fn people(ctx: &Ctx, cands: &mut Vec<Cand>) {
    let lx = ctx.lx;
    let n = ctx.words.len();
    let text = &ctx.doc.text;
    let mut is_person_start = vec![false; n + 1];
    for c in cands.iter() {
        if c.ty == EntityType::Person && c.kind == MentionKind::Name {
            is_person_start[c.tok.0] = true;
        }
    }
    for c in cands.iter_mut() {
        if c.ty == EntityType::Org && c.kind == MentionKind::Name && !c.nested {
            org_descriptions(ctx, c);
            continue;
        }
        if c.ty != EntityType::Person || c.kind != MentionKind::Name {
            continue;
        }
        let (a, b) = c.tok;
        let (s0, s1) = ctx.sent_range(a);
        // Title right before the name: "Defence Minister", "PCG spokesman Commodore".
        let mut t = a;
        let mut has_title = false;
        while t > s0 {
            let l = ctx.lower[t - 1].as_str();
            let title = lx.role(l, RoleKind::Title);
            let ok = title
                || lx.role(l, RoleKind::Modifier)
                || (ctx.cap(t - 1) && lx.demonyms.contains_key(l))
                || is_acronym(ctx.words[t - 1]);
            if !ok {
                break;
            }
            has_title |= title;
            t -= 1;
        }
        // Only a title that ends in a title word counts ("Foreign Minister",
        // not a stray "Foreign").
        while t < a && !(has_title && lx.role(&ctx.lower[a - 1], RoleKind::Title)) {
            t = a;
        }
        // A country's name used as a modifier before the title ("Iran
        // Foreign Minister", "New Zealand Prime Minister", "Solomon Islands
        // Prime Minister") is part of it, as a demonym is.
        if t < a
            && let Some(k) =
                (1..=3).rev().find(|&k| t >= s0 + k && ctx.cap(t - k) && ctx.country_of(t - k, t).is_some())
        {
            t -= k;
        }
        if t < a {
            let title = ctx.span(t, a).slice(text).to_string();
            for w in ctx.lower[t..a].iter() {
                if c.gender == Gender::Unknown {
                    c.gender = lx.role_gender(w);
                }
            }
            if !c.desc.contains(&title) {
                c.desc.push(title);
            }
        }
        // Apposition before: "Its spokeswoman, Alena Krautsova".
        if t >= s0 + 2
            && ctx.words[t - 1] == ","
            && let Some(d) = np_before(ctx, t - 1, s0)
        {
            c.desc.push(d);
        }
        // Apposition after: "Maria Lebedeva, a spokeswoman for ...";
        // copula: "Ilona Vészi is a columnist for ...".
        let apposition = ctx.words.get(b) == Some(&",") || ctx.lower.get(b).is_some_and(|w| w == "is" || w == "was");
        let after = apposition.then_some(b + 1);
        if let Some(j) = after
            && let Some(d) = np_after(ctx, j, s1)
        {
            c.desc.push(d);
        }
        if c.gender == Gender::Unknown {
            c.gender = name_gender(ctx, a, b);
        }
        for d in &c.desc {
            for w in d.split_whitespace() {
                let g = lx.role_gender(&w.to_lowercase());
                if g != Gender::Unknown && c.gender == Gender::Unknown {
                    c.gender = g;
                }
            }
        }
    }
    // Nominal role mentions and pronouns.
    let mut extra = Vec::new();
    for i in 0..n {
        let l = ctx.lower[i].as_str();
        // Singular personal pronouns (the object forms "him" and "her" are
        // resolved more cautiously, see `resolve`), and "they"/"them" for
        // an organisation named by a plural ("Polish border guards").
        let gender = match l {
            "he" | "his" | "him" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        };
        if gender.is_some() || l == "they" || l == "them" {
            let ty = if gender.is_some() { EntityType::Person } else { EntityType::Org };
            let mut c = Cand::new(ctx, (i, i + 1), ty, 2);
            c.kind = MentionKind::Pronoun;
            c.nested = true;
            c.gender = gender.unwrap_or(Gender::Unknown);
            c.rule = match l {
                "him" | "her" => Some("object-pronoun"),
                "they" | "them" => Some("plural-pronoun"),
                _ => None,
            };
            extra.push(c);
            continue;
        }
        // "the ministry said": a bare institution noun after "the", resolved
        // later to a recently named organisation with that word in its name.
        if l == "the"
            && ctx.lower.get(i + 1).is_some_and(|w| ORG_NOMINAL.contains(&w.as_str()))
            && !ctx.cap(i + 1)
            && !ctx.cap(i + 2)
            && !matches!(ctx.lower.get(i + 2).map(String::as_str), Some("of" | "'s" | "’s"))
        {
            let mut c = Cand::new(ctx, (i, i + 2), EntityType::Org, 2);
            c.kind = MentionKind::Nominal;
            c.nested = true;
            c.role = Some(ctx.lower[i + 1].clone());
            extra.push(c);
            continue;
        }
        // "the tanker", "the corvette", "The ship's master": a ship noun
        // after "the" (not introducing a name: "the tanker Marisol Dawn"),
        // resolved later to a ship named before.
        if l == "the"
            && (i + 1..(i + 4).min(n)).any(|k| lx.cue(&ctx.lower[k]) & cue::SHIP_NOUN != 0)
            && let Some(end) = ctx.cue_at(i + 1, cue::SHIP_NOUN)
            && !ctx.cap(i + 1)
            && !ctx.cap(end)
            && !ctx.lower.get(end).is_some_and(|w| w == "of" || w.chars().all(|c| c.is_ascii_digit()))
            && ctx.lx.cue(&ctx.lower[i + 1]) & cue::SHIP_PREFIX == 0
        {
            let mut c = Cand::new(ctx, (i, end), EntityType::Equipment, 2);
            c.kind = MentionKind::Nominal;
            c.nested = true;
            c.role = Some(ctx.lower[end - 1].clone());
            c.rule = Some("ship-nominal");
            extra.push(c);
            continue;
        }
        // "the alliance", "the 27-member bloc", "the Western alliance": a
        // group noun after "the" and at most two modifiers, resolved later
        // to a named alliance or bloc.
        if l == "the" {
            let mut j = i + 1;
            while j < n && j < i + 3 && group_mod(ctx, j) {
                j += 1;
            }
            let next = ctx.lower.get(j + 1).map(String::as_str);
            if j < n
                && !ctx.cap(j)
                && lx.cue(&ctx.lower[j]) & cue::GROUP_NOUN != 0
                && !ctx.cap(j + 1)
                && !matches!(next, Some("of" | "'s" | "’s"))
            {
                let mut c = Cand::new(ctx, (i, j + 1), EntityType::Org, 2);
                c.kind = MentionKind::Nominal;
                c.nested = true;
                c.role = Some(ctx.lower[j].clone());
                c.rule = Some("group-nominal");
                extra.push(c);
                continue;
            }
        }
        // "one of the suspects told investigators that he …": someone
        // unnamed, who blocks a pronoun from reaching an earlier name.
        if l == "one"
            && ctx.lower.get(i + 1).is_some_and(|w| w == "of")
            && ctx.lower.get(i + 2).is_some_and(|w| matches!(w.as_str(), "the" | "his" | "her" | "their" | "its"))
            && ctx.lower.get(i + 3).is_some_and(|w| w.len() > 3 && w.ends_with('s'))
            && !ctx.cap(i + 3)
            && ctx.sent_of.get(i + 3) == Some(&ctx.sent_of[i])
        {
            let mut c = Cand::new(ctx, (i, i + 4), EntityType::Person, 2);
            c.kind = MentionKind::Nominal;
            c.nested = true;
            extra.push(c);
            continue;
        }
        // "the minister", "a spokesman", and the possessive "Hungary's
        // president" (definite, like "the").
        let (first, mut mods) = if matches!(l, "the" | "a" | "an") {
            (i + 1, Vec::new())
        } else if ctx.cap(i)
            && matches!(ctx.words.get(i + 1), Some(&"'s") | Some(&"’s"))
            && ctx.country_of(i, i + 1).is_some()
        {
            (i + 2, vec![l.to_string()])
        } else {
            continue;
        };
        let definite = l != "a" && l != "an";
        let (_, s1) = ctx.sent_range(i);
        let mut j = first;
        while j < s1 && j < first + 3 {
            let w = ctx.lower[j].as_str();
            if lx.role_head(w)
                && !(j + 1 < s1 && (lx.role_head(&ctx.lower[j + 1]) || lx.role(&ctx.lower[j + 1], RoleKind::Modifier)))
            {
                break;
            }
            if lx.role(w, RoleKind::Modifier) || lx.demonyms.contains_key(w) || lx.role_head(w) {
                mods.push(w.to_string());
                j += 1;
            } else {
                break;
            }
        }
        if j >= s1 || !lx.role_head(&ctx.lower[j]) {
            continue;
        }
        // A role right before a name is a title, handled above; a role
        // followed by "of" or a comma-name is an apposition.
        if is_person_start[j + 1] || (ctx.words.get(j + 1) == Some(&",") && is_person_start[(j + 2).min(n)]) {
            continue;
        }
        let mut c = Cand::new(ctx, (i, j + 1), EntityType::Person, 2);
        c.kind = MentionKind::Nominal;
        c.nested = true;
        c.role = Some(ctx.lower[j].clone());
        c.role_mods = mods;
        // An indefinite phrase introduces someone new: it can only block
        // a pronoun from reaching further back, never join an entity.
        if !definite {
            c.role = None;
        }
        c.gender = lx.role_gender(&ctx.lower[j]);
        extra.push(c);
    }
    cands.extend(extra);
}

/// A word allowed between "the" and a group noun: a `group_mod` cue
/// ("military", "Western") or a size ("27-member", "32-nation").
fn group_mod(ctx: &Ctx, j: usize) -> bool {
    let l = ctx.lower[j].as_str();
    let size = l.split_once('-').is_some_and(|(num, what)| {
        !num.is_empty()
            && num.chars().all(|c| c.is_ascii_digit())
            && matches!(what, "member" | "nation" | "country" | "state")
    });
    size || ctx.lx.cue(l) & cue::GROUP_MOD != 0
}

/// Institution nouns that, alone after "the", may refer back to a named
/// organisation ("the ministry", "the agency"). "the government" is not
/// among them: it refers to a state far more often than to a named body.
const ORG_NOMINAL: &[&str] =
    &["ministry", "embassy", "consulate", "agency", "bureau", "service", "company", "utility", "firm", "operator"];

/// Whether a lower-cased word names a kind of organisation ("agency",
/// "daily", "operator", "service").
fn org_noun(lx: &Lexicon, w: &str) -> bool {
    lx.cue(w) & (cue::ORG_CUE | cue::ORG_HEAD | cue::ORG_SUFFIX) != 0
}

/// Descriptions of an organisation: the noun phrase right before its name
/// ("the state news agency Polski Serwis Informacyjny", "Its operator,
/// Nordgrid Link", "Russia’s military intelligence service, the GRU") and an
/// apposition after it ("The Security Information Service (BIS), the
/// country's domestic intelligence agency, said").
fn org_descriptions(ctx: &Ctx, c: &mut Cand) {
    let lx = ctx.lx;
    let (a, b) = c.tok;
    let (s0, s1) = ctx.sent_range(a);
    // Before: skip "the" and a comma between the phrase and the name.
    let mut end = a;
    if end > s0 && ctx.lower[end - 1] == "the" && end >= s0 + 2 && ctx.words[end - 2] == "," {
        end -= 2;
    } else if end > s0 && ctx.words[end - 1] == "," {
        end -= 1;
    }
    // "the Estonian news site Põhjarannik": a two-word organisation noun.
    let two = end >= s0 + 2 && !ctx.cap(end - 2) && lx.cue(&ctx.joined(end - 2, end)) & cue::ORG_CUE != 0;
    if end > s0 && (two || org_noun(lx, &ctx.lower[end - 1])) && !ctx.cap(end - 1) {
        let mut start = if two { end - 2 } else { end - 1 };
        while start > s0 && end - start < 7 {
            let l = ctx.lower[start - 1].as_str();
            // "the Manila daily": a capital or city says where it is.
            let place = ctx.is_capital(start - 1, start) || lx.city(l).is_some();
            let word_ok = (!ctx.cap(start - 1)
                || lx.demonyms.contains_key(l)
                || ctx.country_of(start - 1, start).is_some()
                || place)
                && ctx.is_word(start - 1)
                || l == "'s"
                || l == "’s";
            if !word_ok
                || matches!(
                    l,
                    "the"
                        | "a"
                        | "an"
                        | "by"
                        | "to"
                        | "with"
                        | "from"
                        | "and"
                        | "of"
                        | "in"
                        | "said"
                        | "for"
                        | "at"
                        | "on"
                        | "as"
                        | "that"
                        | "than"
                        | "into"
                        | "against"
                        | "over"
                )
            {
                break;
            }
            start -= 1;
        }
        let d = ctx.span(start, end).slice(&ctx.doc.text).to_string();
        if !c.desc.contains(&d) {
            c.desc.push(d);
        }
    }
    // After: skip an acronym in parentheses, then ", the/a ... <org noun> ,".
    let mut j = b;
    if ctx.words.get(j) == Some(&"(") && ctx.words.get(j + 2) == Some(&")") {
        j += 3;
    }
    if ctx.words.get(j) == Some(&",") && matches!(ctx.lower.get(j + 1).map(String::as_str), Some("the" | "a" | "an")) {
        let mut k = j + 2;
        let mut noun = false;
        while k < s1 && k < j + 9 {
            let l = ctx.lower[k].as_str();
            if matches!(l, "," | "." | ";" | ":" | "(" | "which" | "that" | "who" | "said") {
                break;
            }
            noun |= org_noun(lx, l) && !ctx.cap(k);
            k += 1;
        }
        if noun && ctx.words.get(k) == Some(&",") {
            let d = ctx.span(j + 1, k).slice(&ctx.doc.text).to_string();
            if !c.desc.contains(&d) {
                c.desc.push(d);
            }
        }
    }
}

/// A noun phrase ending at token `end` (exclusive) that is headed by a role
/// word: "his Belarusian counterpart", "Russia's chief negotiator".
fn np_before(ctx: &Ctx, end: usize, s0: usize) -> Option<String> {
    let lx = ctx.lx;
    let mut a = end;
    let mut has_role = false;
    while a > s0 && end - a < 8 {
        let l = ctx.lower[a - 1].as_str();
        let stop = matches!(
            l,
            "," | ";"
                | ":"
                | "("
                | "\""
                | "“"
                | "”"
                | "—"
                | "–"
                | "with"
                | "to"
                | "by"
                | "said"
                | "says"
                | "told"
                | "and"
                | "but"
                | "that"
                | "as"
                | "at"
                | "in"
                | "on"
                | "from"
                | "after"
        );
        if stop {
            break;
        }
        has_role |= lx.role_head(l);
        a -= 1;
    }
    let first = ctx.lower.get(a).map(String::as_str).unwrap_or("");
    let det = matches!(first, "a" | "an" | "the" | "his" | "her" | "its" | "their") || ctx.cap(a);
    // "the head of the Ukrainian delegation": a role of an organisation.
    let role_of_org = (a..end).any(|k| lx.role_head(&ctx.lower[k]) && ctx.lower.get(k + 1).is_some_and(|w| w == "of"))
        && org_noun(lx, &ctx.lower[end - 1]);
    (has_role && det && a < end && (lx.role_head(&ctx.lower[end - 1]) || role_of_org))
        .then(|| ctx.span(a, end).slice(&ctx.doc.text).to_string())
}

/// A noun phrase starting at token `j` with an article and a role word in
/// its first words, up to the next comma or clause: "a spokeswoman for the
/// Russian foreign ministry".
fn np_after(ctx: &Ctx, j: usize, s1: usize) -> Option<String> {
    let lx = ctx.lx;
    if !matches!(ctx.lower.get(j).map(String::as_str), Some("a" | "an" | "the")) {
        return None;
    }
    let mut b = j + 1;
    let mut role_at = None;
    while b < s1 && b < j + 12 {
        let l = ctx.lower[b].as_str();
        if matches!(
            l,
            "," | "." | ";" | ":" | "who" | "whose" | "which" | "that" | "and" | "said" | "\"" | "“" | "”" | "("
        ) {
            break;
        }
        if role_at.is_none() && lx.role_head(l) {
            role_at = Some(b);
        }
        b += 1;
    }
    role_at.filter(|r| *r < j + 5).map(|_| ctx.span(j, b).slice(&ctx.doc.text).to_string())
}

/// Gender from a person's first name, or from surname endings that mark a
/// woman in Slavic and Baltic languages.
fn name_gender(ctx: &Ctx, a: usize, b: usize) -> Gender {
    if let Some(g) = ctx.lx.first_names.get(ctx.words[a])
        && b - a >= 2
    {
        return *g;
    }
    // A first name ending in "-a" that no list knows as a man's is a
    // woman's in most European languages ("Alena", "Zofia", "Leena").
    if b - a >= 2 && ctx.lower[a].ends_with('a') && ctx.lower[a].chars().count() > 2 {
        return Gender::Female;
    }
    let last = ctx.lower[b - 1].as_str();
    if b - a >= 2
        && ["ová", "ova", "eva", "ska", "cka", "ienė", "aitė", "ytė", "uvienė"].iter().any(|s| last.ends_with(s))
    {
        return Gender::Female;
    }
    Gender::Unknown
}

#[cfg(test)]
mod tests {
    use super::model_number;

    #[test]
    fn model_numbers_are_three_digits_not_round_hundreds() {
        for yes in ["737", "787", "737s", "777"] {
            assert!(model_number(yes), "{yes}");
        }
        for no in ["500", "100", "2024", "12", "737-800", "A380"] {
            assert!(!model_number(no), "{no}");
        }
    }
}
