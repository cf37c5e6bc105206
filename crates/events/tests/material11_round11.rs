//! Material conflict (CAMEO roots 15 and 17–20), eleventh round: attacks
//! told with their aerial weapon ("with long-range drones") or by aircraft
//! are aerial (195); beating people is physical assault (182). Every
//! sentence is invented.

mod common;

use common::{between, listing, run};

// ---- attacks with aerial weapons -------------------------------------------------

#[test]
fn a_refinery_struck_with_drones_is_an_aerial_attack() {
    let doc = run(
        "Ukrainian forces struck a fuel depot in Russia's Belgorod region with long-range drones overnight, the governor said.",
    );
    assert!(between(&doc, "195", "UKR", "RUS"), "{}", listing(&doc));
}

#[test]
fn a_ship_targeted_with_missiles_is_an_aerial_attack() {
    let doc = run(
        "Houthi forces said they had targeted a Maltese-flagged tanker in the Gulf of Aden with three anti-ship missiles on Sunday.",
    );
    assert!(between(&doc, "195", "YEM", "MLT"), "{}", listing(&doc));
}

#[test]
fn a_base_attacked_with_laden_drones_is_an_aerial_attack() {
    let doc = run(
        "ELN guerrillas attacked a police station in Colombia's Cauca province with explosive-laden drones on Tuesday.",
    );
    assert!(doc.events.iter().any(|e| e.code == "195"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "190"), "{}", listing(&doc));
}

#[test]
fn military_aircraft_that_struck_fight_from_the_air() {
    let doc = run(
        "Nigerian military aircraft struck a camp of Boko Haram fighters near Lake Chad on Monday, the air force said.",
    );
    assert!(doc.events.iter().any(|e| e.code == "195"), "{}", listing(&doc));
}

#[test]
fn an_attack_with_rifles_is_no_aerial_attack() {
    let doc = run("Al-Shabaab fighters attacked a Kenyan army post with rifles on Friday, killing three soldiers.");
    assert!(!doc.events.iter().any(|e| e.code == "195"), "{}", listing(&doc));
}

#[test]
fn supplying_rebels_with_drones_is_no_attack() {
    let doc =
        run("Sudan accused the United Arab Emirates on Monday of supplying the Rapid Support Forces with drones.");
    assert!(!doc.events.iter().any(|e| e.code == "195"), "{}", listing(&doc));
}

// ---- beating people ------------------------------------------------------------------

#[test]
fn border_guards_who_beat_fishermen_assault_them() {
    let doc =
        run("Russian border guards beat and detained three Latvian fishermen on the Daugava on Saturday, Riga said.");
    assert!(between(&doc, "182", "RUS", "LVA"), "{}", listing(&doc));
    assert!(between(&doc, "173", "RUS", "LVA"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "190"), "{}", listing(&doc));
}

#[test]
fn police_who_beat_refugees_assault_them() {
    let doc = run("Pakistani police beat two Afghan refugees in Peshawar on Monday, a rights group said.");
    assert!(between(&doc, "182", "PAK", "AFG"), "{}", listing(&doc));
}

#[test]
fn soldiers_who_beat_back_an_attack_still_fight() {
    let doc = run("Eritrean soldiers beat back an Ethiopian attack near Zalambessa on Sunday.");
    assert!(!doc.events.iter().any(|e| e.code == "182"), "{}", listing(&doc));
}

// ---- the reason a deployment cites ----------------------------------------------

#[test]
fn states_named_in_a_cited_reason_are_no_target_of_a_deployment() {
    let doc = run(
        "Norway has sent three additional frigates to waters around Svalbard, its defence minister said, citing a rise in Russian and Chinese naval activity in the Arctic.",
    );
    assert!(doc.events.iter().any(|e| e.code == "154"), "{}", listing(&doc));
    assert!(!between(&doc, "154", "NOR", "RUS") && !between(&doc, "154", "NOR", "CHN"), "{}", listing(&doc));
}

// ---- troops massed -----------------------------------------------------------------

#[test]
fn troops_massed_near_a_border_face_the_other_state_named() {
    let doc = run(
        "The UN chief appealed on Tuesday to Kyrgyzstan and Tajikistan to exercise restraint, following reports that Tajikistan had massed troops near the border town of Vorukh.",
    );
    assert!(between(&doc, "154", "TJK", "KGZ"), "{}", listing(&doc));
}

#[test]
fn troops_an_accused_state_is_massing_face_the_accuser() {
    let doc = run(
        "Eritrea's foreign ministry on Tuesday accused Ethiopia of massing troops near the border town of Zalambessa.",
    );
    assert!(between(&doc, "154", "ETH", "ERI"), "{}", listing(&doc));
}

// ---- crews of seized craft --------------------------------------------------------------

#[test]
fn a_counted_crew_of_a_seized_trawler_is_detained_from_its_flag() {
    let doc = run(
        "Argentina's coast guard seized a Chinese-flagged trawler on Thursday and detained its 24 crew, the ministry said.",
    );
    assert!(between(&doc, "173", "ARG", "CHN"), "{}", listing(&doc));
}

// ---- one unnamed militia or gang ------------------------------------------------------

#[test]
fn troops_who_clashed_with_a_rival_militia_fought_a_group_of_their_scene() {
    let doc = run("Somali troops clashed with a rival militia near Mogadishu on Tuesday, killing four fighters.");
    assert!(between(&doc, "19", "SOM", "SOM"), "{}", listing(&doc));
}

#[test]
fn police_who_fought_a_local_gang_fought_criminals() {
    let doc = run("Haitian police fought a local gang in Port-au-Prince's Delmas district on Friday.");
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("19") && common::side(&e.target_actor) == "HTICRM"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_gang_leader_killed_in_a_shootout_is_the_shootout_not_an_assassination() {
    let doc =
        run("Haitian police killed a gang leader in a shootout in Cap-Haitien on Saturday, a radio station reported.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("18")), "{}", listing(&doc));
    assert!(between(&doc, "19", "HTI", "HTI"), "{}", listing(&doc));
}

// ---- beatings told in the passive ---------------------------------------------------------

#[test]
fn residents_beaten_after_an_attack_were_beaten_by_the_attackers() {
    let doc = run(
        "Israeli settlers set fire to two cars in the Palestinian village of Sinjil overnight. Three residents were treated for injuries after being beaten, the ministry said.",
    );
    assert!(between(&doc, "182", "ISR", "PSE"), "{}", listing(&doc));
}

#[test]
fn a_crew_beaten_after_a_ramming_was_beaten_by_the_rammers() {
    let doc = run(
        "A Chinese coast guard vessel rammed a Vietnamese fishing boat near the Paracels on Friday, and the crew were beaten, a fisheries association said.",
    );
    assert!(between(&doc, "182", "CHN", "VNM"), "{}", listing(&doc));
}

#[test]
fn a_beating_with_no_act_of_force_before_it_has_no_doer_borrowed() {
    let doc = run("Peru and Chile signed a trade accord on Monday. A journalist was beaten in Lima on Tuesday.");
    assert!(!between(&doc, "182", "PER", "CHL") && !between(&doc, "182", "CHL", "PER"), "{}", listing(&doc));
}

#[test]
fn a_frigate_attacked_with_sea_drones_is_no_aerial_attack() {
    let doc = run("Ukraine attacked a Russian patrol ship near Novorossiysk with naval drones on Tuesday.");
    assert!(!doc.events.iter().any(|e| e.code == "195"), "{}", listing(&doc));
}
