//! Codebook coverage for three families wire news uses often: mediation and
//! brokering (045, and 039 for an offer to mediate), fighting between two
//! sides (19), and stated intent and vows (03, 13) whose kind the promised
//! deed names. Run through the whole pipeline on invented sentences.

mod common;

use common::{country, listing, run};
use dossier_model::{Document, Event};

/// The (source country, target country) pairs of the events whose code
/// starts with `prefix`.
fn pairs<'d>(doc: &'d Document, prefix: &str) -> Vec<(&'d str, &'d str)> {
    doc.events
        .iter()
        .filter(|e| e.code.starts_with(prefix))
        .map(|e: &Event| (country(&e.source_actor), country(&e.target_actor)))
        .collect()
}

/// The codes of the events whose source country is `source`.
fn codes_from<'d>(doc: &'d Document, source: &str) -> Vec<&'d str> {
    doc.events.iter().filter(|e| country(&e.source_actor) == source).map(|e| e.code.as_str()).collect()
}

#[test]
fn a_mediator_named_in_the_modifier_of_a_deal_mediates_between_its_sides() {
    for (text, m, a, b) in [
        ("Armenia and Azerbaijan signed an Oman-brokered deal in Muscat on Friday.", "OMN", "ARM", "AZE"),
        ("Kenya and Somalia initialled a Turkish-mediated accord on their maritime border.", "TUR", "KEN", "SOM"),
        ("Peru and Chile signed a Norway-brokered agreement on fishing rights on Tuesday.", "NOR", "PER", "CHL"),
    ] {
        let doc = run(text);
        let p = pairs(&doc, "045");
        assert!(p.contains(&(m, a)) && p.contains(&(m, b)), "{text}: {}", listing(&doc));
    }
}

#[test]
fn mediators_named_by_nationality_mediate_between_the_sentence_sides() {
    for (text, m, a, b) in [
        (
            "Sudan and South Sudan agreed to reopen their border crossings, Egyptian mediators said.",
            "EGY",
            "SDN",
            "SSD",
        ),
        (
            "Qatar's chief mediator told reporters that talks between Israel and Hamas had stalled on Sunday.",
            "QAT",
            "ISR",
            "PSE",
        ),
        ("Ethiopia and Eritrea resumed talks in Jeddah on Monday, Saudi mediators said.", "SAU", "ETH", "ERI"),
    ] {
        let doc = run(text);
        let p = pairs(&doc, "045");
        assert!(p.contains(&(m, a)) && p.contains(&(m, b)), "{text}: {}", listing(&doc));
    }
}

#[test]
fn an_offer_to_mediate_is_intent_to_mediate() {
    for text in [
        "Turkey offered on Tuesday to mediate between Russia and Ukraine.",
        "Brazil has offered to mediate between Venezuela and Guyana.",
    ] {
        let doc = run(text);
        assert!(!pairs(&doc, "039").is_empty(), "{text}: {}", listing(&doc));
        assert!(pairs(&doc, "030").is_empty(), "{text}: {}", listing(&doc));
    }
}

#[test]
fn fighting_that_breaks_out_between_two_sides_is_fighting_both_ways() {
    for (text, a, b) in [
        ("Fighting erupted between Somali troops and al-Shabaab militants near Baidoa on Tuesday.", "SOM", "SOM"),
        ("Fighting broke out between Indian and Pakistani troops along the frontier overnight.", "IND", "PAK"),
        ("Clashes erupted between Sudan's army and the Rapid Support Forces in Omdurman on Monday.", "SDN", "SDN"),
    ] {
        let doc = run(text);
        let force: Vec<_> = pairs(&doc, "19");
        assert!(force.len() >= 2 && force.contains(&(a, b)) && force.contains(&(b, a)), "{text}: {}", listing(&doc));
    }
}

#[test]
fn a_promise_of_a_deed_takes_the_deeds_intent_code() {
    for (text, code) in [
        ("Germany pledged to send air defence systems to Ukraine.", "0332"),
        ("Britain promised on Monday to send more tanks to Ukraine.", "0332"),
        ("Japan will provide emergency supplies to Turkey after the earthquake.", "0333"),
        ("The Netherlands pledged to supply weapons to Ukraine.", "0332"),
    ] {
        let doc = run(text);
        assert!(pairs(&doc, code).iter().any(|&(_, t)| t == "UKR" || t == "TUR"), "{text}: {}", listing(&doc));
    }
}

#[test]
fn an_announced_easing_or_release_keeps_its_kind() {
    let doc = run("The United States would ease sanctions on Belarus, the State Department said.");
    assert!(pairs(&doc, "0354").contains(&("USA", "BLR")), "{}", listing(&doc));
}

#[test]
fn a_vow_to_keep_attacking_is_a_threat_of_force() {
    for (text, s, t) in [
        ("The Houthis vowed to keep targeting US warships in the Red Sea.", "YEM", "USA"),
        ("Hezbollah vowed to continue attacking Israeli positions.", "LBN", "ISR"),
    ] {
        let doc = run(text);
        assert!(pairs(&doc, "13").contains(&(s, t)), "{text}: {}", listing(&doc));
        assert!(!codes_from(&doc, s).iter().any(|c| c.starts_with("19")), "not done: {text}: {}", listing(&doc));
    }
}

#[test]
fn exchanging_fire_with_a_side_is_fire_both_ways() {
    for (text, a, b) in [
        // (al-Shabaab is Somalia's armed group wherever it fights)
        ("Kenyan police exchanged gunfire with al-Shabaab militants near Lamu on Sunday.", "KEN", "SOM"),
        ("Thai soldiers traded artillery fire with Cambodian troops along the border.", "THA", "KHM"),
    ] {
        let doc = run(text);
        let force = pairs(&doc, "19");
        assert!(force.len() >= 2 && force.contains(&(a, b)) && force.contains(&(b, a)), "{text}: {}", listing(&doc));
    }
}

#[test]
fn fighting_with_a_side_after_a_word_of_intensity_is_the_subjects() {
    for (text, a, b) in [
        ("Malian rebels seized the town of Ber after heavy fighting with the army.", "MLI", "MLI"),
        ("Ethiopian troops took the town after fierce fighting with Eritrean forces.", "ETH", "ERI"),
    ] {
        let doc = run(text);
        let force = pairs(&doc, "190");
        assert!(force.contains(&(a, b)) && force.contains(&(b, a)), "{text}: {}", listing(&doc));
    }
}

#[test]
fn a_place_taken_from_a_side_is_taken_from_that_side() {
    for (text, s, t) in [
        ("Ukrainian forces recaptured the village of Robotyne from Russian troops on Monday.", "UKR", "RUS"),
        ("Sudan's army recaptured the town of Bara from the Rapid Support Forces.", "SDN", "SDN"),
    ] {
        let doc = run(text);
        let taken: Vec<_> = doc.events.iter().filter(|e| e.code.starts_with("192")).collect();
        assert!(!taken.is_empty(), "{text}: {}", listing(&doc));
        assert!(
            taken.iter().all(|e| country(&e.source_actor) == s
                && country(&e.target_actor) == t
                && e.target_actor.as_ref().is_some_and(|c| c.role.as_deref() != Some("CVL"))),
            "{text}: {}",
            listing(&doc)
        );
    }
}

#[test]
fn shuttle_diplomacy_between_two_sides_is_mediation() {
    let doc = run("Qatar's prime minister engaged in shuttle diplomacy between Israel and Hamas on Sunday.");
    let p = pairs(&doc, "045");
    assert!(p.contains(&("QAT", "ISR")) && p.contains(&("QAT", "PSE")), "{}", listing(&doc));
    assert!(pairs(&doc, "05").is_empty(), "{}", listing(&doc));
}

#[test]
fn readiness_to_accept_a_truce_is_intent_to_de_escalate() {
    let doc = run("The rebels said they were ready to accept a 30-day truce with the Colombian army.");
    assert!(!pairs(&doc, "0356").is_empty(), "{}", listing(&doc));
    assert!(pairs(&doc, "0871").is_empty(), "not agreed yet: {}", listing(&doc));
    let doc = run("Hamas accepted a 60-day truce with Israel on Monday.");
    assert!(pairs(&doc, "0871").contains(&("PSE", "ISR")), "{}", listing(&doc));
}

#[test]
fn fighting_between_two_sides_that_killed_people_is_no_killing_by_one_side() {
    let doc = run("Heavy fighting between Somali troops and al-Shabaab militants killed 20 people near Baidoa.");
    assert!(pairs(&doc, "190").len() >= 2, "{}", listing(&doc));
    assert!(pairs(&doc, "20").is_empty(), "{}", listing(&doc));
}
