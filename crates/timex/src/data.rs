//! English language data for the recogniser: month and weekday names, number
//! words, ordinals, calendar units, seasons, parts of the day, and the cue
//! words that decide the direction (past or future) of a relative expression.
//!
//! Key decision: every word the rules care about is looked up once, when the
//! text is tokenised, in one hash table from the lower-cased word to a [`Lex`]
//! class. The rules then compare small enums, never strings, which keeps the
//! scanner fast and keeps all the English in this one file.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A calendar unit as TimeML writes it in durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
    Weekend,
}

impl Unit {
    /// Whether the unit is written after the `T` of an ISO 8601 duration.
    pub(crate) fn is_time(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// The TimeML duration letter (decade `E`, century `C`, millennium `L`,
    /// as TimeBank writes them).
    pub(crate) fn letter(self) -> &'static str {
        match self {
            Unit::Second => "S",
            Unit::Minute => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week | Unit::Fortnight => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            Unit::Decade => "E",
            Unit::Century => "C",
            Unit::Millennium => "L",
            Unit::Weekend => "WE",
        }
    }
}

/// Closed-class words the rules test for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum W {
    The,
    A,
    This,
    That,
    Last,
    Next,
    Past,
    Coming,
    Following,
    Previous,
    Upcoming,
    Recent,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Of,
    In,
    On,
    At,
    By,
    Since,
    Until,
    For,
    During,
    Within,
    Over,
    Every,
    Each,
    Per,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    Now,
    Currently,
    Current,
    Recently,
    Previously,
    Formerly,
    Soon,
    Future,
    Present,
    Nowadays,
    These,
    Fiscal,
    Half,
    Noon,
    Midnight,
    Midday,
    About,
    Around,
    Approximately,
    Nearly,
    Almost,
    More,
    Than,
    Less,
    Least,
    Up,
    To,
    Some,
    Few,
    Couple,
    Several,
    Many,
    Dozen,
    Hundred,
    Thousand,
    Once,
    Twice,
    Times,
    And,
    Or,
    Between,
    From,
    Through,
    Local,
    Time,
    Tz,
    Am,
    Pm,
    Oclock,
    Old,
    Long,
    Latest,
    Most,
    Same,
    Day,
    Moment,
    // Direction cues.
    Will,
    Shall,
    Would,
    Going,
    Plan,
    Scheduled,
    Expected,
    Said,
    Was,
    Had,
    Did,
    Be,
    Has,
    Ahead,
    Overnight,
    Q,
    H,
    Trading,
    Earliest,
    As,
    Take,
    Other,
    /// Auxiliaries before a participle: "be", "been", "being".
    BeAux,
    Comparable,
    /// First word of a holiday name ("Christmas", "Thanksgiving").
    Holiday,
    New,
    Full,
    Near,
    Short,
}

/// Lexical class of a word, decided once per token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    None,
    /// Month 1..=12; `abbr` for forms such as "Sept" that need a period or a
    /// day number after them to be trusted.
    Month {
        m: u8,
        abbr: bool,
    },
    /// ISO weekday 1 (Monday) ..= 7 (Sunday); `plural` for "Fridays".
    Weekday {
        d: u8,
        plural: bool,
    },
    /// A cardinal number word ("three", "twenty", "eleven").
    Num(u32),
    /// An ordinal number word or suffix-less ordinal ("third", "twenty-first" is two tokens).
    Ord(u32),
    /// A calendar unit; `plural` for "months".
    Unit {
        u: Unit,
        plural: bool,
    },
    /// Season: 0 spring, 1 summer, 2 fall, 3 winter.
    Season(u8),
    /// Part of day: 0 morning, 1 afternoon, 2 evening, 3 night; `plural` for "nights".
    PartOfDay {
        p: u8,
        plural: bool,
    },
    /// Adverbs and adjectives of frequency: "daily", "weekly", ... as a duration unit.
    Freq(Unit),
    Word(W),
    /// A verb form that marks the past ("said", "announced").
    PastVerb,
}

/// TimeML codes for the parts of the day.
pub(crate) const PART_OF_DAY: [&str; 4] = ["MO", "AF", "EV", "NI"];
/// TimeML codes for the seasons.
pub(crate) const SEASON: [&str; 4] = ["SP", "SU", "FA", "WI"];

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBR: [(&str, u8); 13] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("febr", 2),
];
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const NUMS: [(&str, u32); 28] = [
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];
const ORDS: [(&str, u32); 21] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];
const UNITS: [(&str, Unit); 15] = [
    ("second", Unit::Second),
    ("sec", Unit::Second),
    ("minute", Unit::Minute),
    ("min", Unit::Minute),
    ("hour", Unit::Hour),
    ("hr", Unit::Hour),
    ("day", Unit::Day),
    ("week", Unit::Week),
    ("fortnight", Unit::Fortnight),
    ("month", Unit::Month),
    ("quarter", Unit::Quarter),
    ("year", Unit::Year),
    ("decade", Unit::Decade),
    ("millennium", Unit::Millennium),
    ("weekend", Unit::Weekend),
];
const SEASONS: [(&str, u8); 5] = [("spring", 0), ("summer", 1), ("fall", 2), ("autumn", 2), ("winter", 3)];
const PARTS: [(&str, u8); 4] = [("morning", 0), ("afternoon", 1), ("evening", 2), ("night", 3)];
const FREQS: [(&str, Unit); 9] = [
    ("hourly", Unit::Hour),
    ("daily", Unit::Day),
    ("nightly", Unit::Day),
    ("weekly", Unit::Week),
    ("biweekly", Unit::Fortnight),
    ("monthly", Unit::Month),
    ("yearly", Unit::Year),
    ("annually", Unit::Year),
    ("biannually", Unit::Year),
];

/// Closed-class words; several spellings may share one class.
const WORDS: &[(&str, W)] = &[
    ("the", W::The),
    ("a", W::A),
    ("an", W::A),
    ("this", W::This),
    ("that", W::That),
    ("last", W::Last),
    ("next", W::Next),
    ("past", W::Past),
    ("coming", W::Coming),
    ("following", W::Following),
    ("previous", W::Previous),
    ("prior", W::Previous),
    ("preceding", W::Previous),
    ("upcoming", W::Upcoming),
    ("recent", W::Recent),
    ("ago", W::Ago),
    ("earlier", W::Earlier),
    ("later", W::Later),
    ("before", W::Before),
    ("after", W::After),
    ("early", W::Early),
    ("late", W::Late),
    ("mid", W::Mid),
    ("middle", W::Middle),
    ("end", W::End),
    ("beginning", W::Beginning),
    ("start", W::Start),
    ("of", W::Of),
    ("in", W::In),
    ("on", W::On),
    ("at", W::At),
    ("by", W::By),
    ("since", W::Since),
    ("until", W::Until),
    ("till", W::Until),
    ("for", W::For),
    ("during", W::During),
    ("within", W::Within),
    ("over", W::Over),
    ("every", W::Every),
    ("each", W::Each),
    ("per", W::Per),
    ("today", W::Today),
    ("tonight", W::Tonight),
    ("yesterday", W::Yesterday),
    ("tomorrow", W::Tomorrow),
    ("now", W::Now),
    ("currently", W::Currently),
    ("current", W::Current),
    ("recently", W::Recently),
    ("lately", W::Recently),
    ("previously", W::Previously),
    ("formerly", W::Formerly),
    ("soon", W::Soon),
    ("future", W::Future),
    ("present", W::Present),
    ("presently", W::Currently),
    ("nowadays", W::Nowadays),
    ("these", W::These),
    ("fiscal", W::Fiscal),
    ("half", W::Half),
    ("noon", W::Noon),
    ("midnight", W::Midnight),
    ("midday", W::Midday),
    ("about", W::About),
    ("around", W::Around),
    ("roughly", W::About),
    ("approximately", W::Approximately),
    ("some", W::Some),
    ("nearly", W::Nearly),
    ("almost", W::Almost),
    ("more", W::More),
    ("than", W::Than),
    ("less", W::Less),
    ("fewer", W::Less),
    ("least", W::Least),
    ("up", W::Up),
    ("to", W::To),
    ("few", W::Few),
    ("couple", W::Couple),
    ("several", W::Several),
    ("many", W::Many),
    ("dozen", W::Dozen),
    ("hundred", W::Hundred),
    ("thousand", W::Thousand),
    ("once", W::Once),
    ("twice", W::Twice),
    ("times", W::Times),
    ("and", W::And),
    ("or", W::Or),
    ("between", W::Between),
    ("from", W::From),
    ("through", W::Through),
    ("local", W::Local),
    ("time", W::Time),
    ("gmt", W::Tz),
    ("utc", W::Tz),
    ("est", W::Tz),
    ("edt", W::Tz),
    ("cst", W::Tz),
    ("cdt", W::Tz),
    ("mst", W::Tz),
    ("mdt", W::Tz),
    ("pst", W::Tz),
    ("pdt", W::Tz),
    ("bst", W::Tz),
    ("cet", W::Tz),
    ("et", W::Tz),
    ("am", W::Am),
    ("pm", W::Pm),
    ("o'clock", W::Oclock),
    ("old", W::Old),
    ("long", W::Long),
    ("latest", W::Latest),
    ("most", W::Most),
    ("same", W::Same),
    ("day", W::Day),
    ("moment", W::Moment),
    ("will", W::Will),
    ("ll", W::Will),
    ("shall", W::Shall),
    ("would", W::Would),
    ("going", W::Going),
    ("plan", W::Plan),
    ("plans", W::Plan),
    ("planned", W::Plan),
    ("planning", W::Plan),
    ("scheduled", W::Scheduled),
    ("due", W::Scheduled),
    ("expected", W::Expected),
    ("expects", W::Expected),
    ("expect", W::Expected),
    ("said", W::Said),
    ("says", W::Said),
    ("told", W::Said),
    ("was", W::Was),
    ("were", W::Was),
    ("had", W::Had),
    ("did", W::Did),
    ("is", W::Be),
    ("are", W::Be),
    ("has", W::Has),
    ("have", W::Has),
    ("ahead", W::Ahead),
    ("overnight", W::Overnight),
    ("q", W::Q),
    ("h", W::H),
    ("trading", W::Trading),
    ("business", W::Trading),
    ("earliest", W::Earliest),
    ("as", W::As),
    ("take", W::Take),
    ("takes", W::Take),
    ("other", W::Other),
    ("be", W::BeAux),
    ("comparable", W::Comparable),
    ("christmas", W::Holiday),
    ("thanksgiving", W::Holiday),
    ("halloween", W::Holiday),
    ("election", W::Holiday),
    ("independence", W::Holiday),
    ("new", W::New),
    ("full", W::Full),
    ("near", W::Near),
    ("short", W::Short),
    ("corresponding", W::Comparable),
    ("been", W::BeAux),
    ("being", W::BeAux),
    ("get", W::BeAux),
    ("got", W::BeAux),
];

/// Irregular past-tense verbs common in news; regular ones are caught by
/// their "-ed" ending in the tokenizer.
const PAST_VERBS: &[&str] = &[
    "went",
    "came",
    "took",
    "made",
    "met",
    "saw",
    "gave",
    "won",
    "lost",
    "left",
    "began",
    "got",
    "held",
    "fell",
    "rose",
    "sold",
    "paid",
    "spoke",
    "wrote",
    "led",
    "broke",
    "ran",
    "struck",
    "hit",
    "shot",
    "fled",
    "sent",
    "spent",
    "brought",
    "bought",
    "caught",
    "fought",
    "thought",
    "found",
    "became",
    "killed",
    "knew",
    "stood",
    "chose",
    "drew",
    "flew",
    "grew",
    "threw",
    "wore",
    "woke",
    "sank",
    "sat",
    "felt",
    "heard",
    "kept",
    "built",
    "meant",
    "quit",
    "cut",
    "put",
    "let",
    "told",
    "overtook",
    "withdrew",
    "undertook",
    "swept",
    "forgot",
    "arose",
];

/// Words ending in "-ed" that are not past-tense verbs.
pub(crate) const NOT_PAST_ED: &[&str] = &[
    "need",
    "speed",
    "red",
    "bed",
    "feed",
    "seed",
    "indeed",
    "shed",
    "hundred",
    "united",
    "naked",
    "sacred",
    "wicked",
    "breed",
    "creed",
    "greed",
    "weed",
    "deed",
    "ted",
    "ned",
    "fred",
    "med",
    "based",
    "scheduled",
    "expected",
    "planned",
    "proposed",
    "anticipated",
];

struct Fnv(u64);
impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}
impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type Table = HashMap<&'static [u8], Lex, BuildHasherDefault<Fnv>>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Table = HashMap::default();
        // Insertion order matters where a spelling is in two lists: the
        // later, more specific class wins (e.g. "second" is a unit and an
        // ordinal; the unit is inserted last and the ordinal is recovered in
        // the rules by context).
        for &(w, c) in WORDS {
            t.insert(w.as_bytes(), Lex::Word(c));
        }
        for w in PAST_VERBS {
            t.insert(w.as_bytes(), Lex::PastVerb);
        }
        for &(w, n) in &NUMS {
            t.insert(w.as_bytes(), Lex::Num(n));
        }
        for &(w, n) in &ORDS {
            t.insert(w.as_bytes(), Lex::Ord(n));
        }
        for (i, w) in MONTHS.iter().enumerate() {
            t.insert(w.as_bytes(), Lex::Month { m: i as u8 + 1, abbr: false });
        }
        for &(w, m) in &MONTH_ABBR {
            t.insert(w.as_bytes(), Lex::Month { m, abbr: true });
        }
        for &(w, p) in &PARTS {
            t.insert(w.as_bytes(), Lex::PartOfDay { p, plural: false });
        }
        t.insert(b"mornings", Lex::PartOfDay { p: 0, plural: true });
        t.insert(b"afternoons", Lex::PartOfDay { p: 1, plural: true });
        t.insert(b"evenings", Lex::PartOfDay { p: 2, plural: true });
        t.insert(b"nights", Lex::PartOfDay { p: 3, plural: true });
        for &(w, s) in &SEASONS {
            t.insert(w.as_bytes(), Lex::Season(s));
        }
        for &(w, u) in &FREQS {
            t.insert(w.as_bytes(), Lex::Freq(u));
        }
        for (i, w) in WEEKDAYS.iter().enumerate() {
            let d = i as u8 + 1;
            t.insert(w.as_bytes(), Lex::Weekday { d, plural: false });
            let plural: &'static str = Box::leak(format!("{w}s").into_boxed_str());
            t.insert(plural.as_bytes(), Lex::Weekday { d, plural: true });
        }
        for (w, d) in [
            ("mon", 1u8),
            ("tue", 2),
            ("tues", 2),
            ("wed", 3),
            ("thu", 4),
            ("thur", 4),
            ("thurs", 4),
            ("fri", 5),
            ("sat", 6),
            ("sun", 7),
        ] {
            // Abbreviated weekdays are only trusted with a following period;
            // the rules check that, the table only records the day.
            t.insert(w.as_bytes(), Lex::Weekday { d: d + 10, plural: false });
        }
        for &(w, u) in &UNITS {
            t.insert(w.as_bytes(), Lex::Unit { u, plural: false });
            let plural: &'static str = Box::leak(format!("{w}s").into_boxed_str());
            t.insert(plural.as_bytes(), Lex::Unit { u, plural: true });
        }
        t.insert(b"centuries", Lex::Unit { u: Unit::Century, plural: true });
        t.insert(b"century", Lex::Unit { u: Unit::Century, plural: false });
        t.insert(b"millennia", Lex::Unit { u: Unit::Millennium, plural: true });
        t.insert(b"yrs", Lex::Unit { u: Unit::Year, plural: true });
        t.insert(b"mins", Lex::Unit { u: Unit::Minute, plural: true });
        t.insert(b"hrs", Lex::Unit { u: Unit::Hour, plural: true });
        t
    })
}

/// Looks up the class of one word, given as it appears in the text.
pub(crate) fn classify(word: &str) -> Lex {
    let bytes = word.as_bytes();
    if bytes.len() > 15 || bytes.is_empty() {
        return Lex::None;
    }
    let mut buf = [0u8; 16];
    for (i, &b) in bytes.iter().enumerate() {
        buf[i] = b.to_ascii_lowercase();
    }
    let low = &buf[..bytes.len()];
    if let Some(&l) = table().get(low) {
        return l;
    }
    // Regular past-tense verbs: "announced", "attacked". Good enough as a
    // direction cue; the exceptions list removes the common false friends.
    if low.len() > 4 && low.ends_with(b"ed") {
        let s = std::str::from_utf8(low).unwrap_or("");
        if !NOT_PAST_ED.contains(&s) {
            return Lex::PastVerb;
        }
    }
    Lex::None
}
