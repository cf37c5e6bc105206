//! The SQLite store through its public trait, on hand-built documents.

use dossier_model::*;
use dossier_store::*;

fn doc(text: &str, title: &str, published: &str, outlet: Option<Outlet>) -> Document {
    let meta = Metadata {
        title: Some(title.into()),
        published: Some(Published { value: published.into(), source: DateSource::Text }),
        format: "text".into(),
        ..Default::default()
    };
    let mut d = Document::new(text.into(), meta);
    d.outlet = outlet;
    d
}

/// A document with one entity, one attribution nested in another, and a claim.
fn annotated() -> Document {
    let text = "PSI reported that Wielgus said the missile came from Belarus.";
    let mut d = doc(text, "Missile", "2025-03-06", None);
    let span = |s: &str| {
        let start = text.find(s).unwrap();
        Span::new(start, start + s.len())
    };
    let person = |id: &str, name: &str, ty| Entity {
        id: id.into(),
        name: name.into(),
        ty,
        aliases: vec![],
        descriptions: vec![],
        mentions: vec![Mention { span: span(name), kind: MentionKind::Name, rule: None }],
        country: None,
    };
    d.entities = vec![
        person("e1", "PSI", EntityType::Org),
        person("e2", "Wielgus", EntityType::Person),
        person("e3", "Belarus", EntityType::Gpe),
    ];
    let attribution = |id: &str, src: &str, ent: &str, cue: &str, content: &str, parent: Option<&str>| Attribution {
        id: id.into(),
        kind: AttributionKind::Indirect,
        source: Some(SourceRef { span: span(src), entity: Some(ent.into()) }),
        cue: Some(Cue { span: span(cue), lemma: cue.into() }),
        content: span(content),
        parent: parent.map(Into::into),
        speech_act: SpeechAct::Assert,
        negated: false,
        certainty: Certainty::asserted(),
        date: None,
    };
    d.attributions = vec![
        attribution("a1", "PSI", "e1", "reported", "Wielgus said the missile came from Belarus", None),
        attribution("a2", "Wielgus", "e2", "said", "the missile came from Belarus", Some("a1")),
    ];
    d.claims = vec![Claim {
        id: "c1".into(),
        span: span("the missile came from Belarus"),
        holder: Holder::Entity("e2".into()),
        attribution: Some("a2".into()),
        certainty: Certainty::asserted(),
        negated: false,
        about: vec!["e3".into()],
        date: None,
    }];
    d
}

#[test]
fn round_trip_and_duplicates_are_skipped() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let d = annotated();
    assert_eq!(store.put(&d, Some("a.txt"), "segment@1").unwrap(), PutOutcome::Inserted);
    assert_eq!(store.put(&d, Some("b.txt"), "segment@1").unwrap(), PutOutcome::AlreadyStored);
    assert_eq!(store.count().unwrap(), 1);
    let back = store.get(&d.id.as_str()[..8]).unwrap().unwrap();
    assert_eq!(back.doc, d);
    assert_eq!(back.source.as_deref(), Some("a.txt"));
    assert!(store.contains(&d.id).unwrap());
    assert!(store.get("ffff0000").unwrap().is_none());
    assert!(store.get("not hex!").unwrap().is_none());
}

#[test]
fn claims_carry_their_chain_and_filter_by_holder_and_subject() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.put(&annotated(), None, "p").unwrap();
    let rows = store.claims(&ClaimFilter { by: Some("wiel".into()), ..Default::default() }).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].chain, vec!["author", "PSI", "Wielgus"]);
    assert_eq!(rows[0].about, vec!["Belarus"]);
    assert_eq!(rows[0].text, "the missile came from Belarus");
    assert!(store.claims(&ClaimFilter { by: Some("nobody".into()), ..Default::default() }).unwrap().is_empty());
    assert_eq!(store.claims(&ClaimFilter { about: Some("belarus".into()), ..Default::default() }).unwrap().len(), 1);
    let entities = store.entities(&EntityFilter { ty: Some("person".into()), ..Default::default() }).unwrap();
    assert_eq!(entities, vec![EntityRow { name: "Wielgus".into(), ty: "PERSON".into(), documents: 1, mentions: 1 }]);
}

#[test]
fn entity_listings_leave_out_holders_that_name_no_text() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut d = annotated();
    d.entities.push(Entity {
        id: "e4".into(),
        name: "unknown source".into(),
        ty: EntityType::Misc,
        aliases: vec![],
        descriptions: vec![],
        mentions: vec![],
        country: None,
    });
    store.put(&d, None, "p").unwrap();
    let names: Vec<String> = store.entities(&EntityFilter::default()).unwrap().into_iter().map(|e| e.name).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(!names.iter().any(|n| n == "unknown source"), "{names:?}");
}

/// Two stories, each quoting "Analysts" with no name and each naming
/// Belarus: the named place is one entity across both, the analysts are two.
#[test]
fn unnamed_sources_are_not_merged_across_documents() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    for (text, title) in
        [("Analysts said Belarus had moved troops.", "One"), ("Analysts doubt that Belarus will join the war.", "Two")]
    {
        let mut d = doc(text, title, "2025-03-06", None);
        let mention = |s: &str, kind| Mention {
            span: Span::new(text.find(s).unwrap(), text.find(s).unwrap() + s.len()),
            kind,
            rule: None,
        };
        d.entities = vec![
            Entity {
                id: "e1".into(),
                name: "Analysts".into(),
                ty: EntityType::Misc,
                aliases: vec![],
                descriptions: vec!["Analysts".into()],
                mentions: vec![mention("Analysts", MentionKind::Nominal)],
                country: None,
            },
            Entity {
                id: "e2".into(),
                name: "Belarus".into(),
                ty: EntityType::Gpe,
                aliases: vec![],
                descriptions: vec![],
                mentions: vec![mention("Belarus", MentionKind::Name)],
                country: Some("BLR".into()),
            },
        ];
        store.put(&d, None, "p").unwrap();
    }
    let rows = store.entities(&EntityFilter::default()).unwrap();
    let row = |name: &str| rows.iter().filter(|r| r.name == name).map(|r| r.documents).collect::<Vec<_>>();
    assert_eq!(row("Belarus"), vec![2], "{rows:?}");
    assert_eq!(row("Analysts"), vec![1, 1], "{rows:?}");
}

#[test]
fn outlets_merge_across_old_and_new_domains() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let both = Outlet::named("The Danube Observer", vec!["danube-observer.eu".into(), "danubeobserver.net".into()]);
    let old_only = Outlet::named("Danube Observer Online", vec!["danubeobserver.net".into()]);
    store.put(&doc("First story.", "One", "2023-09-21", Some(both)), None, "p").unwrap();
    let second = doc("Second story.", "Two", "2025-03-11", Some(old_only));
    store.put(&second, None, "p").unwrap();
    let outlets = store.outlets().unwrap();
    assert_eq!(outlets.len(), 1, "{outlets:?}");
    assert_eq!(outlets[0].documents, 2);
    let back = store.get(second.id.as_str()).unwrap().unwrap();
    let o = back.doc.outlet.unwrap();
    assert_eq!(o.id, "o-danube-observer");
    assert!(o.domains.contains(&"danube-observer.eu".to_string()));
    let listed = store.list(&ListFilter { outlet: Some("danube-observer.eu".into()), ..Default::default() }).unwrap();
    assert_eq!(listed.len(), 2);
}

#[test]
fn list_filters_by_date_and_pages() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    for (i, date) in ["2025-01-01", "2025-02-01", "2025-03-01"].iter().enumerate() {
        store.put(&doc(&format!("Story {i}."), &format!("T{i}"), date, None), None, "p").unwrap();
    }
    let all = store.list(&ListFilter::default()).unwrap();
    assert_eq!(all.iter().map(|s| s.title.clone().unwrap()).collect::<Vec<_>>(), vec!["T2", "T1", "T0"]);
    let from = store.list(&ListFilter { from: Some("2025-02-01".into()), ..Default::default() }).unwrap();
    assert_eq!(from.len(), 2);
    let page = store.list(&ListFilter { limit: 1, offset: 1, ..Default::default() }).unwrap();
    assert_eq!(page[0].title.as_deref(), Some("T1"));
}

#[test]
fn search_ranks_and_marks_snippets() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store
        .put(
            &doc("Fragments of a missile were found near the border village.", "Missile fragments", "2025-03-06", None),
            None,
            "p",
        )
        .unwrap();
    store
        .put(&doc("The tanker was detained in the Gulf of Finland.", "Tanker", "2025-01-14", None), None, "p")
        .unwrap();
    let hits = store.search("missile village", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains(&format!("{HIT_START}missile{HIT_END}")), "{}", hits[0].snippet);
    assert!(store.search("\"gulf of finland\"", 10).unwrap().len() == 1);
    assert!(store.search("OR AND NOT (", 10).unwrap().is_empty());
    assert!(store.search("", 10).unwrap().is_empty());
}

#[test]
fn a_file_that_is_not_a_database_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corrupt.db");
    std::fs::write(&path, vec![b'x'; 4096]).unwrap();
    let err = SqliteStore::open(&path).err().unwrap();
    assert!(err.to_string().contains("corrupt.db: cannot open the database: not a dossier database"), "{err}");
}

#[test]
fn a_locked_database_is_reported_as_locked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.db");
    let mut store = SqliteStore::open(&path).unwrap();
    let blocker = rusqlite::Connection::open(&path).unwrap();
    blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let err = store.put(&doc("A story.", "T", "2025-01-01", None), None, "p").unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    assert!(err.to_string().contains("locked by another process"));
    blocker.execute_batch("ROLLBACK").unwrap();
    store.put(&doc("A story.", "T", "2025-01-01", None), None, "p").unwrap();
}

#[test]
fn reopening_keeps_what_was_stored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let d = annotated();
    SqliteStore::open(&path).unwrap().put(&d, None, "p").unwrap();
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.count().unwrap(), 1);
    assert_eq!(store.get(d.id.as_str()).unwrap().unwrap().doc, d);
}

#[test]
fn copies_of_one_story_are_grouped_with_the_earliest_first() {
    let story = "Finnish authorities on Tuesday detained the oil tanker Marisol Dawn in the Gulf of Finland after an \
        undersea power cable linking Finland and Estonia was damaged last Friday, the border guard said, adding that \
        investigators had found a drag mark on the seabed nearly eighty kilometres long.";
    let mut store = SqliteStore::open_in_memory().unwrap();
    let later = doc(&format!("{story} Republished with permission."), "Copy", "2025-01-15", None);
    let first = doc(story, "Original", "2025-01-14", None);
    let other = doc(
        "The Czech Republic ordered three Russian diplomats to leave within 72 hours.",
        "Other",
        "2025-01-14",
        None,
    );
    store.put(&later, None, "p").unwrap();
    store.put(&first, None, "p").unwrap();
    store.put(&other, None, "p").unwrap();
    let group = store.get(later.id.as_str()).unwrap().unwrap().doc.duplicates.expect("grouped");
    assert_eq!(group.members.len(), 2);
    assert_eq!(group.earliest, first.id.to_string(), "the earlier publication date wins");
    assert_eq!(group.members[0].id, first.id.to_string());
    assert!(group.members[0].similarity > 0.5);
    assert_eq!(store.get(first.id.as_str()).unwrap().unwrap().doc.duplicates.unwrap().group, group.group);
    assert!(store.get(other.id.as_str()).unwrap().unwrap().doc.duplicates.is_none());
}

#[test]
fn the_outlet_registry_is_editable_and_found_by_name_id_or_domain() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let outlet = Outlet::named("Baltic Wire", vec!["balticwire.com".into(), "baltic-wire.net".into()]);
    store.put(&doc("A wire story.", "W", "2025-01-14", Some(outlet)), None, "p").unwrap();
    let update = OutletUpdate {
        kind: Some("wire_agency".into()),
        reliability: Some("B".into()),
        rationale: Some("Corrections published promptly; two sources per story.".into()),
        country: Some("EE".into()),
        add_domains: vec!["balticwire.ee".into()],
        ..Default::default()
    };
    store.update_outlet("o-baltic-wire", &update).unwrap();
    for key in ["o-baltic-wire", "Baltic Wire", "baltic wire", "baltic-wire.net", "balticwire.ee"] {
        let r = store.outlet_record(key).unwrap().unwrap_or_else(|| panic!("not found by {key}"));
        assert_eq!(r.outlet.id, "o-baltic-wire");
        assert_eq!(r.reliability.as_deref(), Some("B"));
        assert_eq!(r.documents, 1);
    }
    let r = store.outlet_record("balticwire.com").unwrap().unwrap();
    let used = r.domains.iter().find(|d| d.domain == "balticwire.com").unwrap();
    assert_eq!(used.first_seen.as_deref(), Some("2025-01-14"));
    assert_eq!(store.outlets().unwrap()[0].reliability.as_deref(), Some("B"));
    assert!(store.outlet_record("nobody.example").unwrap().is_none());
    // A domain of another outlet cannot be taken silently.
    store.update_outlet("o-other", &OutletUpdate { name: Some("Other".into()), ..Default::default() }).unwrap();
    let err = store
        .update_outlet("o-other", &OutletUpdate { add_domains: vec!["balticwire.com".into()], ..Default::default() })
        .unwrap_err();
    assert!(err.to_string().contains("already belongs to outlet o-baltic-wire"), "{err}");
}

#[test]
fn an_old_store_is_migrated_forward() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../migrations/0001_initial.sql")).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let mut store = SqliteStore::open(&path).unwrap();
    store.put(&annotated(), None, "p").unwrap();
    store.update_outlet("o-x", &OutletUpdate { reliability: Some("C".into()), ..Default::default() }).unwrap();
    assert_eq!(store.count().unwrap(), 1);
}
