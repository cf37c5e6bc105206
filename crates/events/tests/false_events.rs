//! False events: words that name no political act in the sense a text uses
//! them (sport, weather, territorial claims, commerce, plans, questions,
//! measures that were blocked), each checked on an invented sentence next to
//! a real act of the same word, which must still come out.

mod common;

use common::{has_event, listing, no_event_of_root, run};

#[test]
fn a_question_asserts_no_act() {
    let doc = run("Will Azerbaijan invade Armenia this year? Diplomats in Tbilisi are divided.");
    assert!(no_event_of_root(&doc, "13") && no_event_of_root(&doc, "19"), "{}", listing(&doc));
    let doc = run("Azerbaijan invaded Armenia on Tuesday.");
    assert!(!no_event_of_root(&doc, "19") || !no_event_of_root(&doc, "20"), "{}", listing(&doc));
}

#[test]
fn land_claimed_by_a_state_is_no_allegation() {
    for text in [
        "The Chinese navy patrolled waters claimed by Vietnam on Sunday.",
        "Japan protested against Chinese survey ships in waters it claims near the Senkaku islands.",
    ] {
        let doc = run(text);
        assert!(
            doc.events.iter().all(|e| !e.trigger.slice(&doc.text).starts_with("claim")),
            "{text}: {}",
            listing(&doc)
        );
    }
    let doc = run("Vietnam claimed that Chinese ships had rammed a fishing boat.");
    assert!(!no_event_of_root(&doc, "11") || !no_event_of_root(&doc, "17"), "{}", listing(&doc));
}

#[test]
fn a_suspect_wanted_by_police_is_no_wish() {
    let doc = run("Portugal extradited a Brazilian national wanted over a 2022 kidnapping to Brasilia on Monday.");
    assert!(no_event_of_root(&doc, "03"), "{}", listing(&doc));
    assert!(has_event(&doc, "063", "PRT", "BRA"), "{}", listing(&doc));
}

#[test]
fn arms_and_combat_as_modifiers_name_no_act() {
    let doc = run(
        "Colombia extradited to Ecuador on Monday a suspected arms trafficker wanted over the smuggling of rifles \
         to Guayaquil gangs.",
    );
    assert!(no_event_of_root(&doc, "062"), "{}", listing(&doc));
    let doc = run("The Russian navy held combat readiness patrols near Japan on Monday.");
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
    // real fighting is still fighting
    let doc = run("Sudanese troops combat rebels in Darfur.");
    assert!(!no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn trade_as_a_noun_is_commerce() {
    let doc = run("Brazil and China launched a scheme on Monday to settle bilateral trade in reais and yuan.");
    assert!(no_event_of_root(&doc, "06"), "{}", listing(&doc));
}

#[test]
fn meeting_a_demand_or_a_meeting_point_is_no_meeting() {
    let doc = run("The Polish government met a key demand of farmers on Friday.");
    assert!(no_event_of_root(&doc, "04") && no_event_of_root(&doc, "10"), "{}", listing(&doc));
    let doc = run("The Thai and Cambodian armies held talks at the Chong Chom border meeting point on Monday.");
    assert!(no_event_of_root(&doc, "040"), "{}", listing(&doc));
    // a real meeting still is one
    let doc = run("The Romanian foreign minister met his Bulgarian counterpart in Sofia on Friday.");
    assert!(has_event(&doc, "04", "ROUGOV", "BGRGOV"), "{}", listing(&doc));
}

#[test]
fn winning_an_election_or_a_match_is_no_attack() {
    for text in [
        "Portugal's ruling party defeated the opposition in Sunday's election.",
        "Spain's national team crushed Croatia 4-0 to reach the final.",
        "Norway defeated Sweden in the handball final in Oslo on Sunday.",
    ] {
        let doc = run(text);
        assert!(no_event_of_root(&doc, "19"), "{text}: {}", listing(&doc));
    }
    let doc = run("Ukrainian forces defeated Russian troops near Kupiansk on Sunday.");
    assert!(!no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn criticism_and_hacking_are_not_force() {
    let doc = run("The Slovak government came under fire from opposition lawmakers over the budget.");
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
    let doc = run(
        "Two Iranian nationals were charged with trying to break into the computer network of Sweden's parliament.",
    );
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
    let doc = run("The Bank of Japan fired a warning shot about inflation on Thursday.");
    assert!(no_event_of_root(&doc, "15"), "{}", listing(&doc));
}

#[test]
fn a_story_about_fighting_is_no_fighting() {
    let doc = run("A Kenyan film about soldiers fighting in the Somali war won a prize in Berlin.");
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn what_a_storm_forces_is_no_coercion() {
    let doc = run("Heavy rains lashed Myanmar's coastal districts on Monday and a storm surge swept away dykes, \
         forcing 80,000 people into shelters.");
    assert!(no_event_of_root(&doc, "17"), "{}", listing(&doc));
}

#[test]
fn a_failure_to_act_is_no_refusal() {
    let doc = run("The Czech government failed on Monday to pass a budget after Slovakia objected.");
    assert!(
        doc.events.iter().all(|e| !(e.code.starts_with("12") && common::side(&e.source_actor) == "CZEGOV")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_measure_that_was_blocked_was_never_imposed() {
    let doc = run("Slovakia vetoed EU sanctions against Belarus on Tuesday.");
    assert!(no_event_of_root(&doc, "16"), "{}", listing(&doc));
    assert!(!no_event_of_root(&doc, "12"), "the veto stays: {}", listing(&doc));
    let doc = run("Slovakia vetoed a new package of EU sanctions against Belarus on Tuesday.");
    assert!(no_event_of_root(&doc, "16"), "{}", listing(&doc));
    let doc = run("China vetoed a resolution drafted by France that would have renewed the arms embargo on Mali.");
    assert!(no_event_of_root(&doc, "16"), "{}", listing(&doc));
    let doc = run("Austria blocked an EU statement criticising Turkey's treatment of journalists.");
    assert!(no_event_of_root(&doc, "11"), "{}", listing(&doc));
    // sanctions actually imposed are still sanctions
    let doc = run("The European Union imposed sanctions on Belarus on Tuesday.");
    assert!(has_event(&doc, "16", "EUR", "BLR"), "{}", listing(&doc));
}

#[test]
fn a_planned_attack_has_not_happened() {
    let doc = run("Moldova accused Russia of plotting attacks on its power grid.");
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
    assert!(!no_event_of_root(&doc, "11"), "the accusation stays: {}", listing(&doc));
    let doc = run("Serbia accused Kosovo of letting foreign troops use its territory to prepare an attack.");
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
    let doc = run("Russian troops attacked Ukrainian positions near Pokrovsk on Monday.");
    assert!(!no_event_of_root(&doc, "19") || !no_event_of_root(&doc, "18"), "{}", listing(&doc));
}

#[test]
fn what_a_side_is_to_let_happen_has_not_happened() {
    let doc = run("The African Union called on both sides to let aid convoys into Darfur.");
    assert!(no_event_of_root(&doc, "08"), "{}", listing(&doc));
    let doc = run("Ethiopia agreed on Monday to let a UN team investigate the killing of migrants.");
    assert!(no_event_of_root(&doc, "09"), "{}", listing(&doc));
    // letting done is still letting
    let doc = run("Israel let 40 aid trucks into Gaza on Tuesday.");
    assert!(!no_event_of_root(&doc, "08"), "{}", listing(&doc));
}

#[test]
fn reinforcing_a_mission_is_the_deployment_purpose() {
    let doc = run("Rwanda deployed 500 police to Haiti to reinforce the UN-backed mission.");
    assert!(no_event_of_root(&doc, "17"), "{}", listing(&doc));
}

#[test]
fn passing_a_domestic_law_is_no_event() {
    let doc = run("The Chilean Senate passed a bill on Tuesday cutting taxes on farmers.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
}

#[test]
fn guests_who_meet_at_a_third_state_do_not_visit_it() {
    let doc = run("The foreign ministers of Serbia and Kosovo met at a meeting hosted by Norway in Oslo on Monday.");
    assert!(no_event_of_root(&doc, "042"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code == "043"), "the hosting stays: {}", listing(&doc));
    // a guest who meets only the host still visits it
    let doc = run("Egypt hosted Somalia's president in Cairo on Friday.");
    assert!(doc.events.iter().any(|e| e.code == "043"), "{}", listing(&doc));
}
