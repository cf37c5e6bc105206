//! The nominal-equipment finder (`entities::eval::nominal_equipment`) on
//! invented sentences: which unnamed weapon and platform phrases it finds
//! and where their spans start and end (conventions in
//! `crates/nlp/README-entities.md`, *Nominal equipment*).

use dossier_nlp::entities::eval::{nominal_equipment, run_stages};

fn found(text: &str) -> Vec<String> {
    let doc = run_stages(text);
    nominal_equipment(&doc).iter().map(|s| s.slice(text).to_string()).collect()
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(found(text), expected, "in {text:?}");
}

#[test]
fn generic_weapon_nouns() {
    check("Militants fired mortars and rockets at the base overnight.", &["mortars", "rockets"]);
    check(
        "Police seized two pistols, a shotgun and several hundred rounds of ammunition.",
        &["pistols", "shotgun", "ammunition"],
    );
    check("Warplanes and helicopter gunships pounded the ridge.", &["Warplanes", "helicopter gunships"]);
    check("The navy sent two minesweepers and a gunboat to the strait.", &["minesweepers", "gunboat"]);
    check("Farmers keep finding landmines and torpedoes washed up near the coast.", &["landmines", "torpedoes"]);
}

#[test]
fn modifiers_belong_to_the_phrase() {
    check("The rebels captured three armoured personnel carriers.", &["armoured personnel carriers"]);
    check("He said nuclear weapons were never discussed.", &["nuclear weapons"]);
    check(
        "Cluster munitions and anti-personnel mines are banned by treaty.",
        &["Cluster munitions", "anti-personnel mines"],
    );
    check("Reconnaissance drones circled above the convoy.", &["Reconnaissance drones"]);
    check("The unmanned aerial vehicles were shot down.", &["The unmanned aerial vehicles"]);
    check("The government bought new sniper rifles and assault rifles.", &["sniper rifles", "assault rifles"]);
}

#[test]
fn a_head_before_a_generic_head_is_a_modifier() {
    // "aircraft carrier", "missile systems": the first head says which.
    check("An aircraft carrier sailed past.", &["aircraft carrier"]);
    check("They moved missile systems to the border.", &["missile systems"]);
    check("Jet fighters and artillery rounds were seen.", &["Jet fighters", "artillery rounds"]);
}

#[test]
fn fighters_units_and_rounds_alone_are_not_weapons() {
    check("Hundreds of fighters crossed the border in the second round of talks.", &[]);
    check("Artillery units moved north.", &[]);
    check("A suicide bomber killed nine people.", &[]);
}

#[test]
fn owners_and_holders() {
    // An owner's name belongs to the phrase; "X-held" says who holds the
    // thing now and does not.
    check("Aircraft hit two al-Shabaab vehicles near the town.", &["Aircraft", "al-Shabaab vehicles"]);
    check("Officials said Syrian air force jets and army trucks were seen.", &["Syrian air force jets", "army trucks"]);
    check("State media blamed a Turkish drone strike.", &["drone"]);
    check("One strike destroyed a rebel-held tank and an ISIS-held howitzer.", &["tank", "howitzer"]);
}

#[test]
fn a_weapon_word_modifying_something_else() {
    check("Customs stopped weapons shipments and arrested arms smugglers.", &[]);
    check("Weapons inspectors visited the missile factory.", &[]);
    check("A mortar attack hit the camp.", &["mortar"]);
}

#[test]
fn articles_are_left_out() {
    check("Soldiers found a car bomb and an IED.", &["car bomb", "IED"]);
}

#[test]
fn a_definite_phrase_keeps_the() {
    check(
        "Witnesses said the helicopters flew low over the armoured vehicles.",
        &["the helicopters", "the armoured vehicles"],
    );
}

#[test]
fn coordinated_kinds_before_one_head() {
    check(
        "The coalition used attack, bomber and remotely piloted aircraft against the targets.",
        &["attack", "bomber", "remotely piloted aircraft"],
    );
    check("Tanks and armoured vehicles rolled in.", &["Tanks", "armoured vehicles"]);
    check("They handed over light and heavy weapons.", &["heavy weapons"]);
}
