//! Source resolution on invented sentences: which entity holds a saying
//! when the source is an organisation named with a place after it, a bare
//! organisation noun ("the agency", "the ministry"), a person's spokesman,
//! or a person inside an organisation.

use dossier_model::{Document, Holder, Metadata};

fn doc(text: &str) -> Document {
    let mut d = Document::new(text.to_string(), Metadata::default());
    dossier_nlp::extract(&mut d);
    d
}

fn lines(d: &Document) -> Vec<String> {
    d.attributions
        .iter()
        .map(|a| {
            let holder = d
                .claims
                .iter()
                .find(|c| c.attribution.as_deref() == Some(a.id.as_str()))
                .map(|c| match &c.holder {
                    Holder::Entity(id) => d.entity(id).map(|e| e.name.clone()).unwrap_or_default(),
                    other => format!("{other:?}"),
                })
                .unwrap_or_default();
            format!(
                "{} [{}] | {} | {}",
                a.source.as_ref().map_or("-", |s| d.slice(s.span)),
                holder,
                a.cue.as_ref().map_or("-", |c| d.slice(c.span)),
                d.slice(a.content)
            )
        })
        .collect()
}

/// The holder's name and whether the stage created it for an unnamed source.
fn holder_of(d: &Document, cue: &str) -> (String, bool) {
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == cue))
        .unwrap_or_else(|| panic!("no attribution with cue {cue:?}: {:#?}", lines(d)));
    let c = d.claims.iter().find(|c| c.attribution.as_deref() == Some(a.id.as_str())).unwrap();
    match &c.holder {
        Holder::Entity(id) => {
            let e = d.entity(id).unwrap();
            (e.name.clone(), dossier_attribution::resolve::is_unnamed_source(e))
        }
        other => (format!("{other:?}"), false),
    }
}

#[test]
fn an_organisation_followed_by_its_city_is_the_organisation() {
    let d = doc("The Iranian consulate in Hamburg denied that its staff had met the men. \
                 The Iranian consulate later said in a statement that it would cooperate with the police.");
    let (first, unnamed_first) = holder_of(&d, "denied");
    assert!(!unnamed_first, "{first:?} {:#?}", lines(&d));
    assert!(first.to_lowercase().contains("consulate"), "{first:?} {:#?}", lines(&d));
}

#[test]
fn a_bare_ministry_is_the_ministry_named_before() {
    let d = doc("Norway's Ministry of Fisheries announced on Monday that quotas would be cut. \
                 Inspectors boarded two trawlers near Tromsø, the ministry said.");
    let (name, unnamed) = holder_of(&d, "said");
    assert_eq!((name.as_str(), unnamed), ("Ministry of Fisheries", false), "{:#?}", lines(&d));
}

#[test]
fn a_bare_agency_is_the_organisation_that_spoke_last() {
    // "stationed" near the other organisation is no outlet word.
    let d = doc("Two fishing boats stationed near the reef when the Vietnamese navy arrived were damaged, \
                 the Indonesian Coast Guard said on Friday. Three crew members were hurt in \
                 what the agency called a reckless attack.");
    let (name, unnamed) = holder_of(&d, "called");
    assert!(!unnamed, "{name:?} {:#?}", lines(&d));
    assert!(name.contains("Indonesian Coast Guard"), "{name:?} {:#?}", lines(&d));
}

#[test]
fn a_persons_spokesman_is_not_the_person() {
    let d = doc("President Mirela Vasic's spokesman said on Monday that the talks would resume in April.");
    let (name, unnamed) = holder_of(&d, "said");
    assert!(unnamed, "{name:?} {:#?}", lines(&d));
    assert!(name.contains("spokesman"), "{name:?} {:#?}", lines(&d));
}

#[test]
fn a_source_inside_an_organisation_is_an_unnamed_source_and_the_source_after_it() {
    let d = doc("A source in the Chilean foreign ministry said the envoy had been recalled. \
                 The source said the decision was taken on Sunday.");
    let found: Vec<(String, bool)> = d
        .attributions
        .iter()
        .filter(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said"))
        .map(|a| {
            let c = d.claims.iter().find(|c| c.attribution.as_deref() == Some(a.id.as_str())).unwrap();
            let Holder::Entity(id) = &c.holder else { panic!() };
            let e = d.entity(id).unwrap();
            (e.id.clone(), dossier_attribution::resolve::is_unnamed_source(e))
        })
        .collect();
    assert_eq!(found.len(), 2, "{:#?}", lines(&d));
    assert!(found[0].1, "{:#?}", lines(&d));
    assert_eq!(found[0].0, found[1].0, "{:#?}", lines(&d));
}

#[test]
fn a_bare_ministry_after_an_unnamed_ministry_is_not_the_last_organisation_that_spoke() {
    let d = doc("The Swiss embassy in Rome rejected the report. \
                 Its chargé d'affaires was called to the foreign ministry on Monday, the ministry said.");
    let (name, _) = holder_of(&d, "said");
    assert!(!name.to_lowercase().contains("embassy"), "{name:?} {:#?}", lines(&d));
}

#[test]
fn it_continuing_a_document_subject_is_the_document() {
    let d = doc("According to an internal audit released on Friday, the port lost 40 containers in March. \
                 The audit lists customs forms and \"emails between the brokers,\" which the Customs Agency said \
                 it had seized in a raid. It does not say who ordered the transfers.");
    let (name, unnamed) = holder_of(&d, "does not say");
    assert!(unnamed, "{name:?} {:#?}", lines(&d));
    assert!(name.contains("audit"), "{name:?} {:#?}", lines(&d));
}
