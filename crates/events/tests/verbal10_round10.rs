//! Verbal conflict (CAMEO roots 10–14), tenth round (thirty-first
//! session). Every sentence is invented.

mod common;

use common::{between, listing, run};

// ---- protests filed or handed over ----------------------------------------

#[test]
fn a_protest_filed_with_a_state_is_the_filers_complaint() {
    let doc = run(
        "Chinese coast guard ships chased a Vietnamese fishing boat near the Paracel Islands on Sunday. Vietnam filed a diplomatic protest with China on Monday.",
    );
    assert!(between(&doc, "114", "VNM", "CHN"), "{}", listing(&doc));
}

#[test]
fn a_protest_a_state_files_is_its_own() {
    let doc = run("Japan files a formal protest with Russia over the fishing boats its border guards seized.");
    assert!(between(&doc, "114", "JPN", "RUS"), "{}", listing(&doc));
}

// ---- threats at joint drills ----------------------------------------------

#[test]
fn a_threat_at_one_partner_of_joint_drills_reaches_the_other() {
    let doc = run(
        "A spokesman for North Korea's defence ministry on Tuesday condemned the joint naval drills held by Japan and South Korea this week and warned that the Korean People's Army would take \"decisive countermeasures\".",
    );
    assert!(between(&doc, "13", "PRK", "JPN"), "{}", listing(&doc));
    assert!(between(&doc, "13", "PRK", "KOR"), "{}", listing(&doc));
}

// ---- warnings of what any intruder will meet --------------------------------

#[test]
fn any_incursion_met_with_force_is_a_threat() {
    let doc = run(
        "Venezuelan soldiers crossed into Guyana's Essequibo region on Monday, and Guyana's army warned that any further incursion would be \"met with force\".",
    );
    assert!(between(&doc, "13", "GUY", "VEN"), "{}", listing(&doc));
}

#[test]
fn anyone_who_will_be_arrested_is_warned_by_the_police() {
    let doc = run("Kenyan police warned on Sunday that anyone caught looting shops in Nakuru would be arrested.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("13")), "{}", listing(&doc));
}

#[test]
fn a_warning_of_harm_that_follows_is_still_no_threat() {
    let doc = run("Chile's finance minister warned that any further delay would hurt exports.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("13")), "{}", listing(&doc));
}

#[test]
fn a_warning_to_whoever_defies_it_names_no_target() {
    let doc = run(
        "Colombia's police chief warned on Friday that anyone caught carrying a gun in Cali during the curfew would be arrested.",
    );
    assert!(doc.events.iter().any(|e| e.code.starts_with("13") && e.target_actor.is_none()), "{}", listing(&doc));
}

// ---- charges refused in a relative clause -----------------------------------

#[test]
fn charges_a_minister_dismissed_in_a_that_clause_are_denied() {
    let doc = run(
        "Sudan accused Chad on Monday of letting weapons cross its border to the Rapid Support Forces, charges that Chad's foreign minister dismissed as \"pure invention\".",
    );
    assert!(between(&doc, "016", "TCD", "SDN"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("12")), "{}", listing(&doc));
}

#[test]
fn findings_a_state_rejected_in_a_that_clause_are_denied() {
    let doc = run(
        "Burundian soldiers fought beside Congolese troops in South Kivu, UN experts said in a report on Monday, findings that Gitega rejected as lies.",
    );
    assert!(doc.events.iter().any(|e| e.code == "016"), "{}", listing(&doc));
}

// ---- refusing to stand idly by ----------------------------------------------

#[test]
fn not_standing_idly_by_threatens_the_side_named_after_it() {
    let doc = run(
        "Sudan's foreign minister said on Monday that Khartoum \"will not stand idly by\" as Ethiopia builds a second dam on the Atbara river.",
    );
    assert!(between(&doc, "13", "SDN", "ETH"), "{}", listing(&doc));
}
