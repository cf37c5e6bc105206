//! Material conflict (CAMEO roots 15–20) the coder missed, sixth round
//! (twenty-fifth session): the side a deed was aimed at fighting back when
//! the deed was done "in a clash" or "in a firefight" (190 both ways), and
//! a gang taking a town of its own country (192 against that state).
//! Every sentence is invented.

mod common;

use common::{has_event, listing, run};

// ---- killed in a clash ------------------------------------------------------

#[test]
fn rebels_killed_in_a_clash_fought_back() {
    let doc = run("Peruvian soldiers killed seven Shining Path rebels in a clash in the VRAEM valley on Thursday.");
    assert!(has_event(&doc, "19", "PERMIL", "PERREB"), "{}", listing(&doc));
    assert!(has_event(&doc, "190", "PERREB", "PERMIL"), "{}", listing(&doc));
}

#[test]
fn a_gun_battle_after_a_raid_is_fought_both_ways() {
    let doc = run(
        "Islamist militants raided a police station in Niger's Tillaberi region on Sunday, killing five officers in a three-hour gun battle, the interior ministry said.",
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("19")
            && common::country(&e.source_actor) == "NER"
            && e.source_actor.as_ref().and_then(|c| c.role.as_deref()) == Some("COP")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn civilians_killed_in_a_clash_do_not_fight_back() {
    let doc = run("Malian soldiers killed four villagers in a clash near Mopti on Monday, residents said.");
    assert!(
        !doc.events.iter().any(|e| e.code.starts_with("19")
            && e.source_actor.as_ref().and_then(|c| c.role.as_deref()) == Some("CVL")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_clash_named_with_no_deed_before_adds_nothing() {
    let doc =
        run("Peru's defence minister said on Thursday that the army would investigate a clash in the VRAEM valley.");
    assert!(!doc.events.iter().any(|e| e.code == "190"), "{}", listing(&doc));
}

// ---- gangs taking towns ------------------------------------------------------

#[test]
fn a_gang_seizing_a_town_occupies_it() {
    let doc = run(
        "Gang members seized control of the town of Croix-des-Bouquets in western Haiti on Wednesday, residents said.",
    );
    assert!(has_event(&doc, "192", "HTICRM", "HTI"), "{}", listing(&doc));
}

#[test]
fn forces_taking_full_control_of_a_town_occupy_it() {
    let doc = run(
        "Russia's defence ministry said on Sunday its forces had seized full control of the Ukrainian town of Kurakhove.",
    );
    assert!(has_event(&doc, "192", "RUSMIL", "UKR"), "{}", listing(&doc));
    // ("control" is no cooperation of its own)
    assert!(!doc.events.iter().any(|e| e.code.starts_with("06")), "{}", listing(&doc));
}

// ---- ships shadowed ------------------------------------------------------------

#[test]
fn a_destroyer_sent_to_shadow_a_joint_flotilla_shows_force_to_both_navies() {
    let doc = run(
        "Chinese and Russian warships held joint exercises in the East China Sea on Monday, and South Korea's navy said it had sent a destroyer to shadow the flotilla.",
    );
    assert!(has_event(&doc, "150", "KORMIL", "CHNMIL"), "{}", listing(&doc));
    assert!(has_event(&doc, "150", "KORMIL", "RUSMIL"), "{}", listing(&doc));
}

#[test]
fn a_frigate_shadowing_the_vessels_of_a_joint_patrol_shows_force() {
    let doc = run(
        "Russian and Iranian navy ships staged a joint patrol in the Gulf of Oman on Sunday, and a British frigate shadowed the six vessels for a day, the Royal Navy said.",
    );
    assert!(has_event(&doc, "150", "GBRMIL", "RUSMIL"), "{}", listing(&doc));
    assert!(has_event(&doc, "150", "GBRMIL", "IRNMIL"), "{}", listing(&doc));
}

#[test]
fn a_flotilla_no_act_names_gets_no_side() {
    let doc = run("The Indian navy said it had sent a frigate to shadow the flotilla.");
    assert!(doc.events.iter().all(|e| !e.code.starts_with("15") || e.target_actor.is_none()), "{}", listing(&doc));
}

// ---- markets, schools and hospitals bombed ----------------------------------------

#[test]
fn an_army_accused_of_bombing_a_market_bombed_civilians() {
    let doc = run("The RSF accused Sudan's army of bombing a crowded market in the town of Kabkabiya.");
    assert!(has_event(&doc, "195", "SDNMIL", "SDNCVL"), "{}", listing(&doc));
}

#[test]
fn army_drones_hitting_a_hospital_strike_civilians() {
    let doc = run("Sudanese army drones hit a hospital in Nyala on Friday, killing nine people.");
    assert!(has_event(&doc, "195", "SDNMIL", "SDNCVL"), "{}", listing(&doc));
}

#[test]
fn jets_bombing_a_school_strike_civilians() {
    let doc = run(
        "Myanmar military jets bombed a monastery school in Sagaing region on Tuesday, the Kachin Independence Army said.",
    );
    assert!(has_event(&doc, "195", "MMRMIL", "MMRCVL"), "{}", listing(&doc));
}

#[test]
fn positions_near_a_school_are_no_civilian_target() {
    let doc = run("Sudan's army said it had shelled RSF positions near a school in Nyala.");
    assert!(!has_event(&doc, "194", "SDNMIL", "SDNCVL"), "{}", listing(&doc));
}
