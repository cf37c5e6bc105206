//! The tension index over a real SQLite store holding hand-built documents,
//! so that each rule (incidents counted once, claims kept apart from facts,
//! negation, periods, actor matching) is checked on its own.

use dossier_analysis::{Period, TensionQuery, parse_day, tension};
use dossier_model::*;
use dossier_store::{SqliteStore, Store};

/// A small builder: text, then entities, events and attributions located
/// by the words they cover.
struct Doc {
    d: Document,
}

impl Doc {
    fn new(text: &str, published: &str, outlet: &str) -> Doc {
        let meta = Metadata {
            title: Some(format!("{outlet} report")),
            published: Some(Published { value: published.into(), source: DateSource::Text }),
            format: "text".into(),
            ..Default::default()
        };
        let mut d = Document::new(text.into(), meta);
        d.outlet = Some(Outlet {
            id: outlet_id_for_name(outlet),
            name: outlet.into(),
            domains: vec![format!("{}.example", outlet.to_lowercase().replace(' ', ""))],
        });
        // One sentence per full stop, enough for these texts.
        let mut start = 0;
        for (i, _) in text.match_indices(". ") {
            d.sentences.push(Sentence {
                span: Span::new(start, i + 1),
                tokens: (0, 0),
                kind: SegmentKind::Body,
                paragraph: 0,
            });
            start = i + 2;
        }
        d.sentences.push(Sentence {
            span: Span::new(start, text.len()),
            tokens: (0, 0),
            kind: SegmentKind::Body,
            paragraph: 0,
        });
        Doc { d }
    }

    fn span(&self, s: &str) -> Span {
        let start = self.d.text.find(s).unwrap_or_else(|| panic!("`{s}` not in text"));
        Span::new(start, start + s.len())
    }

    fn entity(mut self, name: &str, ty: EntityType, country: Option<&str>) -> Doc {
        let id = format!("e{}", self.d.entities.len() + 1);
        let span = self.span(name);
        self.d.entities.push(Entity {
            id,
            name: name.into(),
            ty,
            aliases: vec![],
            descriptions: vec![],
            mentions: vec![Mention { span, kind: MentionKind::Name, rule: None }],
            country: country.map(str::to_string),
        });
        self
    }

    fn ent(&self, name: &str) -> String {
        self.d.entities.iter().find(|e| e.name == name).unwrap().id.clone()
    }

    fn attribution(mut self, source: &str, cue: &str, content: &str) -> Doc {
        let id = format!("a{}", self.d.attributions.len() + 1);
        let a = Attribution {
            id,
            kind: AttributionKind::Indirect,
            source: Some(SourceRef { span: self.span(source), entity: Some(self.ent(source)) }),
            cue: Some(Cue { span: self.span(cue), lemma: cue.into() }),
            content: self.span(content),
            parent: None,
            speech_act: SpeechAct::Accuse,
            negated: false,
            certainty: Certainty::asserted(),
            date: None,
        };
        self.d.attributions.push(a);
        self
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        mut self,
        trigger: &str,
        code: &str,
        goldstein: f32,
        source: (&str, &str),
        target: (&str, &str),
        date: Option<&str>,
        attribution: Option<&str>,
        certainty: CertaintyLevel,
        negated: bool,
    ) -> Doc {
        let trigger = self.span(trigger);
        let actor = |code: &str| ActorCode {
            code: code.into(),
            country: Some(code[..3].to_string()),
            role: (code.len() > 3).then(|| code[3..].to_string()),
        };
        let e = Event {
            id: format!("v{}", self.d.events.len() + 1),
            code: code.into(),
            root: code[..2].into(),
            label: format!("code {code}"),
            trigger,
            source: Some(self.ent(source.0)),
            target: Some(self.ent(target.0)),
            date: date.map(str::to_string),
            location: None,
            goldstein,
            sentence: self.d.sentence_at(trigger.start).unwrap(),
            attribution: attribution.map(str::to_string),
            source_actor: Some(actor(source.1)),
            target_actor: Some(actor(target.1)),
            certainty: Certainty { level: certainty, cues: vec![] },
            negated,
        };
        self.d.events.push(e);
        self
    }
}

fn store_with(docs: Vec<Document>) -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("t.db")).unwrap();
    for d in docs {
        store.put(&d, None, "test").unwrap();
    }
    (dir, store)
}

use CertaintyLevel::*;

/// Two outlets report one missile strike in different words on the same
/// day; a third document reports a second strike a week later.
fn strike_reports() -> Vec<Document> {
    let first = Doc::new(
        "Russian missiles struck a power plant in Odesa on Tuesday, Ukraine's military said. Russia and Ukraine traded blame.",
        "2026-03-04",
        "Black Sea Wire",
    )
    .entity("Russia", EntityType::Gpe, Some("RUS"))
    .entity("Ukraine", EntityType::Gpe, Some("UKR"))
    .event("struck", "195", -10.0, ("Russia", "RUS"), ("Ukraine", "UKR"), Some("2026-03-03"), None, Asserted, false);
    let second = Doc::new(
        "A Russian missile strike hit an Odesa power plant on Tuesday. Ukraine condemned the attack.",
        "2026-03-04",
        "Danube Observer",
    )
    .entity("Russia", EntityType::Gpe, Some("RUS"))
    .entity("Ukraine", EntityType::Gpe, Some("UKR"))
    .event("strike", "195", -10.0, ("Russia", "RUS"), ("Ukraine", "UKR"), Some("2026-03-03"), None, Asserted, false)
    .event(
        "condemned",
        "111",
        -2.0,
        ("Ukraine", "UKR"),
        ("Russia", "RUS"),
        Some("2026-03-03"),
        None,
        Asserted,
        false,
    );
    let later = Doc::new(
        "Russia shelled border villages in the Sumy region, Ukraine said on Wednesday.",
        "2026-03-12",
        "Black Sea Wire",
    )
    .entity("Russia", EntityType::Gpe, Some("RUS"))
    .entity("Ukraine", EntityType::Gpe, Some("UKR"))
    .event(
        "shelled",
        "194",
        -10.0,
        ("Russia", "RUS"),
        ("Ukraine", "UKR"),
        Some("2026-03-11"),
        None,
        Asserted,
        false,
    );
    vec![first.d, second.d, later.d]
}

#[test]
fn one_incident_reported_by_two_outlets_is_counted_once() {
    let (_dir, store) = store_with(strike_reports());
    let mut q = TensionQuery::new("Russia", "Ukraine");
    q.by = Period::Week;
    let r = tension(&store, &q).unwrap();
    assert_eq!(r.events, 4);
    // The Odesa strike (two reports) and the Sumy shelling, a week apart.
    assert_eq!(r.total.material_conflict.facts, 2, "{:#?}", r.incidents);
    assert_eq!(r.total.verbal_conflict.facts, 1);
    let odesa = r.incidents.iter().find(|i| i.day == "2026-03-03" && i.root == "19").unwrap();
    assert_eq!(odesa.reports.len(), 2);
    let outlets: Vec<_> = odesa.reports.iter().map(|r| r.outlet.clone().unwrap()).collect();
    assert!(outlets.contains(&"Black Sea Wire".to_string()) && outlets.contains(&"Danube Observer".to_string()));
    assert_eq!(odesa.direction, "a_to_b");
    assert_eq!(r.total.goldstein, -10.0 - 10.0 - 2.0);
    // Weekly rows, each traced to its incidents and documents.
    assert_eq!(r.periods.iter().map(|p| p.period.as_str()).collect::<Vec<_>>(), ["2026-W10", "2026-W11"]);
    assert_eq!(r.periods[0].documents.len(), 2);
    assert_eq!(r.periods[1].incidents, [3]);
    let condemned = r.incidents.iter().find(|i| i.root == "11").unwrap();
    assert_eq!(condemned.direction, "b_to_a");
    assert!(condemned.reports[0].sentence_text.contains("condemned the attack"));
}

#[test]
fn the_same_day_and_root_in_different_words_and_places_stays_two_incidents() {
    let a = Doc::new("Russia hit a grain terminal in Izmail, Ukraine said.", "2026-05-02", "Wire A")
        .entity("Russia", EntityType::Gpe, Some("RUS"))
        .entity("Ukraine", EntityType::Gpe, Some("UKR"))
        .event("hit", "190", -10.0, ("Russia", "RUS"), ("Ukraine", "UKR"), None, None, Asserted, false);
    let b =
        Doc::new("Russia opened artillery fire on a school near Kharkiv, Ukraine reported.", "2026-05-02", "Wire B")
            .entity("Russia", EntityType::Gpe, Some("RUS"))
            .entity("Ukraine", EntityType::Gpe, Some("UKR"))
            .event("fire", "190", -10.0, ("Russia", "RUS"), ("Ukraine", "UKR"), None, None, Asserted, false);
    let (_dir, store) = store_with(vec![a.d, b.d]);
    let r = tension(&store, &TensionQuery::new("RUS", "UKR")).unwrap();
    assert_eq!(r.total.material_conflict.facts, 2);
}

#[test]
fn a_reported_act_is_a_claim_not_material_conflict() {
    let text = "Ukraine accused Russia of shelling the Zaporizhzhia plant. Russia denied the accusation.";
    let d = Doc::new(text, "2026-04-10", "Kyiv Ledger")
        .entity("Ukraine", EntityType::Gpe, Some("UKR"))
        .entity("Russia", EntityType::Gpe, Some("RUS"))
        .attribution("Ukraine", "accused", "shelling the Zaporizhzhia plant")
        .event("accused", "112", -2.0, ("Ukraine", "UKR"), ("Russia", "RUS"), None, None, Asserted, false)
        .event("shelling", "194", -10.0, ("Russia", "RUS"), ("Ukraine", "UKR"), None, Some("a1"), Asserted, false)
        .event("denied", "125", -5.0, ("Russia", "RUS"), ("Ukraine", "UKR"), None, None, Asserted, false);
    let (_dir, store) = store_with(vec![d.d]);
    let r = tension(&store, &TensionQuery::new("Russia", "Ukraine")).unwrap();
    assert_eq!(r.total.material_conflict.facts, 0, "a reported act must not count as material conflict");
    assert_eq!(r.total.material_conflict.claimed, 1);
    assert_eq!(r.total.verbal_conflict.facts, 2);
    assert_eq!(r.total.goldstein, -7.0);
    assert_eq!(r.total.claimed_goldstein, -10.0);
    let shelling = r.incidents.iter().find(|i| i.root == "19").unwrap();
    assert!(!shelling.fact);
    assert_eq!(shelling.reports[0].chain, ["author", "Ukraine"]);
}

#[test]
fn hedged_claims_are_weighted_by_certainty_and_negated_events_are_left_out() {
    let text = "Russia may have launched the drone at Poland. Russia did not attack Poland, Warsaw said.";
    let d = Doc::new(text, "2026-09-10", "Vistula Times")
        .entity("Russia", EntityType::Gpe, Some("RUS"))
        .entity("Poland", EntityType::Gpe, Some("POL"))
        .event("launched", "190", -10.0, ("Russia", "RUS"), ("Poland", "POL"), None, None, Possible, false)
        .event("attack", "190", -10.0, ("Russia", "RUS"), ("Poland", "POL"), None, None, Asserted, true);
    let (_dir, store) = store_with(vec![d.d]);
    let r = tension(&store, &TensionQuery::new("Poland", "Russia")).unwrap();
    assert_eq!(r.skipped.negated, 1);
    assert_eq!(r.total.material_conflict.facts, 0);
    assert_eq!(r.total.material_conflict.claimed, 1);
    assert!((r.total.claimed_goldstein - (-10.0 * Possible.weight())).abs() < 1e-9);
    assert_eq!(r.incidents[0].direction, "b_to_a");
}

#[test]
fn a_country_name_selects_every_actor_of_that_country_and_dates_bound_the_range() {
    let text = "The Kremlin expelled two diplomats from Estonia. Estonia summoned the Russian ambassador.";
    let d = Doc::new(text, "2026-06-01", "Baltic Desk")
        .entity("Kremlin", EntityType::Org, Some("RUS"))
        .entity("Estonia", EntityType::Gpe, Some("EST"))
        .event("expelled", "166", -7.0, ("Kremlin", "RUSGOV"), ("Estonia", "EST"), None, None, Asserted, false);
    let other = Doc::new("Russia and Estonia signed a border treaty.", "2025-01-01", "Baltic Desk")
        .entity("Russia", EntityType::Gpe, Some("RUS"))
        .entity("Estonia", EntityType::Gpe, Some("EST"))
        .event("signed", "057", 8.0, ("Russia", "RUS"), ("Estonia", "EST"), None, None, Asserted, false);
    let (_dir, store) = store_with(vec![d.d, other.d]);
    let mut q = TensionQuery::new("Russia", "Estonia");
    let r = tension(&store, &q).unwrap();
    assert_eq!(r.a.countries, ["RUS"]);
    assert_eq!(r.total.material_conflict.facts, 1, "the Kremlin is a Russian actor");
    assert_eq!(r.total.verbal_cooperation.facts, 1);
    q.from = Some(parse_day("2026-01-01").unwrap());
    let r = tension(&store, &q).unwrap();
    assert_eq!(r.skipped.outside_range, 1);
    assert_eq!(r.total.verbal_cooperation.facts, 0);
    // A name that is not a country matches only entities of that name.
    let r = tension(&store, &TensionQuery::new("Kremlin", "Estonia")).unwrap();
    assert_eq!(r.incidents.len(), 1);
    assert!(tension(&store, &TensionQuery::new(" ", "Estonia")).is_err());
}

#[test]
fn an_undated_headline_joins_the_dated_mention_of_the_same_incident() {
    let text = "Estonia expels Russian diplomats. Estonia expelled two Russian diplomats on Monday over a spying case.";
    let d = Doc::new(text, "2026-06-04", "Baltic Desk")
        .entity("Estonia", EntityType::Gpe, Some("EST"))
        .entity("Russian", EntityType::Norp, Some("RUS"))
        .event("expels", "161", -4.0, ("Estonia", "EST"), ("Russian", "RUS"), None, None, Asserted, false);
    let mut d = d;
    // The body's mention, with its own date; entity spans are reused.
    let body = d.span("expelled");
    let mut e = d.d.events[0].clone();
    e.id = "v2".into();
    e.trigger = body;
    e.sentence = 1;
    e.date = Some("2026-06-01".into());
    d.d.events.push(e);
    let (_dir, store) = store_with(vec![d.d]);
    let r = tension(&store, &TensionQuery::new("EST", "RUS")).unwrap();
    assert_eq!(r.incidents.len(), 1, "{:#?}", r.incidents);
    assert_eq!(r.incidents[0].day, "2026-06-01");
    assert_eq!(r.incidents[0].reports.len(), 2);
}

#[test]
fn an_event_dated_only_by_year_is_not_placed_on_the_publication_day() {
    let text = "Relations soured in 2021, when Prague blamed Moscow for the depot blasts. Prague expelled diplomats.";
    let d = Doc::new(text, "2024-11-08", "Bohemian Desk")
        .entity("Prague", EntityType::Gpe, Some("CZE"))
        .entity("Moscow", EntityType::Gpe, Some("RUS"))
        .event("blamed", "112", -2.0, ("Prague", "CZE"), ("Moscow", "RUS"), Some("2021"), None, Asserted, false)
        .event("expelled", "161", -4.0, ("Prague", "CZE"), ("Moscow", "RUS"), Some("2024-03"), None, Asserted, false);
    let (_dir, store) = store_with(vec![d.d]);
    let mut q = TensionQuery::new("CZE", "RUS");
    q.by = Period::Week;
    let r = tension(&store, &q).unwrap();
    assert_eq!(r.skipped.imprecise, 2);
    assert!(r.incidents.is_empty());
    q.by = Period::Month;
    let r = tension(&store, &q).unwrap();
    assert_eq!(r.skipped.imprecise, 1, "a month-only date fits monthly periods");
    assert_eq!(r.periods[0].period, "2024-03");
    assert_eq!(r.total.material_conflict.facts, 1);
}

#[test]
fn a_country_pair_is_labelled_by_its_most_frequent_place_not_a_town_that_acted() {
    // The town is the first place of its country among the event sides;
    // the country itself is a side more often.
    let d = Doc::new(
        "Two jets were scrambled from Lask air base. Belarus denied it fired at Poland.",
        "2026-03-03",
        "Warsaw Desk",
    )
    .entity("Lask", EntityType::Gpe, Some("POL"))
    .entity("Belarus", EntityType::Gpe, Some("BLR"))
    .entity("Poland", EntityType::Gpe, Some("POL"))
    .event("scrambled", "150", -7.2, ("Lask", "POL"), ("Belarus", "BLR"), None, None, Asserted, false)
    .event("denied", "016", -2.0, ("Belarus", "BLR"), ("Poland", "POL"), None, None, Asserted, false);
    let other = Doc::new("Poland summoned the Belarusian envoy. Poland protested.", "2026-03-04", "Warsaw Desk")
        .entity("Poland", EntityType::Gpe, Some("POL"))
        .entity("Belarusian", EntityType::Gpe, Some("BLR"))
        .event("summoned", "114", -2.0, ("Poland", "POL"), ("Belarusian", "BLR"), None, None, Asserted, false);
    let (_dir, store) = store_with(vec![d.d, other.d]);
    let pairs = dossier_analysis::busiest_pairs(&store, 4).unwrap();
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    let (a, b, n) = &pairs[0];
    assert_eq!((a.as_str(), b.as_str(), *n), ("Belarus", "Poland", 3), "{pairs:?}");
}

#[test]
fn a_pair_is_labelled_by_country_names_and_the_label_selects_its_events() {
    // The stories call the Philippines only by its capital; the busiest
    // pair still reads "China – Philippines", and that label is a query
    // that finds the events.
    let d =
        Doc::new("Beijing accused Manila of provocation. Manila protested to Beijing.", "2024-10-09", "Pacific Desk")
            .entity("Beijing", EntityType::Gpe, Some("CHN"))
            .entity("Manila", EntityType::Gpe, Some("PHL"))
            .event("accused", "112", -2.0, ("Beijing", "CHN"), ("Manila", "PHL"), None, None, Asserted, false)
            .event("protested", "114", -2.0, ("Manila", "PHL"), ("Beijing", "CHN"), None, None, Asserted, false);
    let (_dir, store) = store_with(vec![d.d]);
    let pairs = dossier_analysis::busiest_pairs(&store, 4).unwrap();
    assert_eq!(pairs, vec![("China".to_string(), "Philippines".to_string(), 2)]);
    let r = tension(&store, &TensionQuery::new("China", "Philippines")).unwrap();
    assert_eq!(r.total.verbal_conflict.facts, 2, "{:#?}", r.total);
}

#[test]
fn a_code_the_country_table_lacks_is_labelled_by_its_place() {
    // CAMEO writes Kosovo KSV, which the ISO table does not hold: the
    // place that stands for it names the pair.
    let d = Doc::new("Kosovo accused Serbia of provocation. Serbia denied it.", "2025-05-02", "Balkan Desk")
        .entity("Kosovo", EntityType::Gpe, Some("KSV"))
        .entity("Serbia", EntityType::Gpe, Some("SRB"))
        .event("accused", "112", -2.0, ("Kosovo", "KSV"), ("Serbia", "SRB"), None, None, Asserted, false)
        .event("denied", "016", -2.0, ("Serbia", "SRB"), ("Kosovo", "KSV"), None, None, Asserted, false);
    let (_dir, store) = store_with(vec![d.d]);
    let pairs = dossier_analysis::busiest_pairs(&store, 4).unwrap();
    assert_eq!(pairs, vec![("Kosovo".to_string(), "Serbia".to_string(), 2)]);
}
