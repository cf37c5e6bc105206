//! Material conflict (CAMEO roots 15–20) the coder missed, fifth round
//! (twenty-fourth session): people taken or held hostage (181), homes and
//! villages burned (1712), state vessels entering another state's
//! territorial waters (150), an arrest warrant issued or sought for
//! someone (173), people released or deported after being held (173)
//! and mass killings (202). Every sentence is invented.

mod common;

use common::{between, country, listing, run};
use dossier_model::Document;

fn any_code(doc: &Document, prefix: &str) -> bool {
    doc.events.iter().any(|e| e.code.starts_with(prefix))
}

// ---- hostages ----------------------------------------------------------------

#[test]
fn gunmen_taking_workers_hostage_is_a_hostage_taking() {
    let doc = run(
        "Boko Haram fighters raided a cement plant near Maiduguri on Sunday, taking a dozen workers hostage and torching trucks.",
    );
    assert!(between(&doc, "181", "NGA", "NGA"), "{}", listing(&doc));
}

#[test]
fn pirates_who_took_sailors_hostage_abducted_them() {
    let doc = run("Nigerian pirates boarded a tanker off Lagos and took eleven sailors hostage on Tuesday.");
    assert!(any_code(&doc, "181"), "{}", listing(&doc));
}

#[test]
fn the_crew_of_a_foreign_ship_taken_hostage_belongs_to_its_flag_state() {
    let doc = run(
        "Nigerian pirates boarded a Panama-flagged oil tanker in the Gulf of Guinea on Friday and took its 18 crew members hostage.",
    );
    assert!(between(&doc, "181", "NGA", "PAN"), "{}", listing(&doc));
    assert!(!between(&doc, "181", "NGA", "NGA"), "{}", listing(&doc));
}

#[test]
fn guards_held_hostage_by_inmates_were_abducted_by_them() {
    let doc =
        run("Peruvian police freed nine prison guards who had been held hostage for a day by members of a Lima gang.");
    assert!(any_code(&doc, "181"), "{}", listing(&doc));
}

#[test]
fn a_hostage_crisis_talked_about_is_no_hostage_taking() {
    let doc = run("Kenya's foreign minister said the hostage talks in Nairobi would resume next week.");
    assert!(!any_code(&doc, "181"), "{}", listing(&doc));
}

// ---- homes burned --------------------------------------------------------------

#[test]
fn insurgents_burning_homes_destroy_property() {
    let doc =
        run("Jihadist fighters killed six farmers and burned dozens of homes in northern Burkina Faso on Saturday.");
    assert!(between(&doc, "1712", "BFA", "BFA"), "{}", listing(&doc));
}

#[test]
fn torching_villages_after_a_participle_destroys_property() {
    let doc = run(
        "Myanmar's army shelled three villages in Sagaing on Friday, torching hundreds of houses as residents fled.",
    );
    assert!(between(&doc, "1712", "MMR", "MMR"), "{}", listing(&doc));
}

#[test]
fn burning_houses_after_an_attack_destroys_property() {
    let doc = run(
        "Al-Shabaab fighters attacked the Kenyan town of Mandera on Sunday, burning houses and a school before troops arrived.",
    );
    assert!(doc.events.iter().any(|e| e.code == "1712" && country(&e.target_actor) == "KEN"), "{}", listing(&doc));
}

#[test]
fn returning_to_burned_homes_is_no_destruction() {
    let doc = run("Displaced families in Darfur returned to burned homes on Tuesday, a Sudanese aid group said.");
    assert!(!any_code(&doc, "1712"), "{}", listing(&doc));
}

#[test]
fn burning_fuel_is_no_destruction_of_homes() {
    let doc = run("Nigerian farmers burned crop waste near Kano on Monday, officials said.");
    assert!(!any_code(&doc, "1712"), "{}", listing(&doc));
}

// ---- territorial waters ----------------------------------------------------------

#[test]
fn coast_guard_ships_entering_a_neighbours_waters_are_a_show_of_force() {
    let doc = run(
        "Three Chinese coast guard ships entered Vietnam's territorial waters near the Paracel Islands on Sunday, Hanoi said.",
    );
    assert!(between(&doc, "150", "CHN", "VNM"), "{}", listing(&doc));
}

#[test]
fn warships_sailing_into_its_territorial_waters_show_force_to_the_protester() {
    let doc = run(
        "The Philippines protested to Beijing after two Chinese warships sailed into the territorial waters off Palawan on Monday.",
    );
    assert!(between(&doc, "150", "CHN", "PHL"), "{}", listing(&doc));
}

#[test]
fn a_states_own_ships_in_its_own_waters_are_no_show_of_force() {
    let doc = run("Two Japanese patrol boats entered Japan's territorial waters after a training voyage.");
    assert!(!any_code(&doc, "150"), "{}", listing(&doc));
}

// ---- arrest warrants ---------------------------------------------------------------

#[test]
fn a_court_issuing_an_arrest_warrant_for_a_commander_coerces_him() {
    let doc = run(
        "The International Criminal Court issued an arrest warrant on Monday for a Congolese militia leader accused of recruiting children.",
    );
    assert!(between(&doc, "173", "", "COD") || between(&doc, "173", "IGO", "COD"), "{}", listing(&doc));
}

#[test]
fn a_prosecutor_asking_judges_for_an_arrest_warrant_is_an_arrest_sought() {
    let doc = run(
        "The ICC prosecutor asked judges on Friday to issue arrest warrants for two Sudanese army generals over attacks on civilians.",
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("173") && country(&e.target_actor) == "SDN"),
        "{}",
        listing(&doc)
    );
    assert!(!any_code(&doc, "020"), "{}", listing(&doc));
}

// ---- held before release ----------------------------------------------------------

#[test]
fn a_driver_released_after_being_held_for_months_was_detained_by_the_releaser() {
    let doc = run(
        "Belarus released a Lithuanian lorry driver on Sunday who had been held for eleven months on smuggling charges.",
    );
    assert!(between(&doc, "173", "BLR", "LTU"), "{}", listing(&doc));
}

#[test]
fn a_reporter_deported_after_holding_her_at_the_airport_was_detained() {
    let doc = run("Venezuela deported a Colombian reporter on Friday after holding her for three days at the airport.");
    assert!(between(&doc, "173", "VEN", "COL"), "{}", listing(&doc));
}

#[test]
fn a_summit_held_for_two_days_is_no_detention() {
    let doc = run("Norway released a statement after the summit, held for two days in Oslo, ended without a deal.");
    assert!(!any_code(&doc, "173"), "{}", listing(&doc));
}

// ---- mass killings ------------------------------------------------------------------

#[test]
fn militiamen_who_carried_out_mass_killings_committed_mass_violence() {
    let doc = run(
        "A UN panel said Ethiopian army units had carried out mass killings of Amhara villagers in the Gondar region last year.",
    );
    assert!(between(&doc, "202", "ETH", "ETH"), "{}", listing(&doc));
}

#[test]
fn a_warrant_over_the_killing_of_hundreds_names_mass_violence() {
    let doc = run(
        "The court issued a warrant for a Congolese rebel commander over the killing of hundreds of villagers in Ituri.",
    );
    assert!(between(&doc, "202", "COD", "COD"), "{}", listing(&doc));
}

#[test]
fn mass_killings_to_be_prevented_are_no_deed() {
    let doc = run("Kenyan troops were deployed to prevent mass killings in the border region, the army said.");
    assert!(!any_code(&doc, "202"), "{}", listing(&doc));
}
