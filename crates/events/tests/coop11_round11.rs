//! Cooperation family (CAMEO roots 01–09), eleventh round: a pair noun
//! naming no side ("Both leaders agreed to meet …", also when it opens the
//! sentence) refers back to the two sides just told; a claim of an act of
//! force by any of its usual nouns ("claimed the assault", "the raid") is
//! a claim of responsibility (015); two neighbours that reopen border
//! crossings reopen them to each other (081), and a siege lifted eases it
//! (0872); a party calling its own new deal "a breakthrough" makes an
//! optimistic comment (013, aimed at no one); titles the agent dictionary
//! writes as stems ("finance minist") name a government speaker; the
//! purpose of measures ("measures to defend Chinese companies") is no deed;
//! "ending a three-year dispute" denies nothing. Every sentence is
//! invented.

mod common;

use common::{between, listing, run};

// ---- a pair subject naming no side ---------------------------------------------

#[test]
fn both_leaders_opening_a_sentence_agree_to_meet() {
    let doc = run(
        "Peru's president spoke by phone with his Chilean counterpart on Monday. Both leaders agreed to meet in Lima next month.",
    );
    assert!(between(&doc, "036", "PER", "CHL"), "{}", listing(&doc));
    assert!(between(&doc, "036", "CHL", "PER"), "{}", listing(&doc));
}

#[test]
fn both_sides_opening_a_sentence_agree_to_hold_talks() {
    let doc = run(
        "Ghana's foreign minister met his Togolese counterpart in Accra on Friday. Both sides agreed to hold talks on the border next week.",
    );
    assert!(between(&doc, "03", "GHA", "TGO"), "{}", listing(&doc));
    assert!(between(&doc, "03", "TGO", "GHA"), "{}", listing(&doc));
}

#[test]
fn both_countries_later_in_a_sentence_still_refer_back() {
    let doc = run(
        "Peru's president spoke by phone with his Chilean counterpart on Monday. On Tuesday both leaders agreed to meet in Lima next month.",
    );
    assert!(between(&doc, "036", "PER", "CHL"), "{}", listing(&doc));
}

#[test]
fn a_pair_noun_naming_no_side_agrees_to_meet() {
    for second in [
        "Both leaders agreed to meet on the sidelines of the next summit.",
        "The two ministers agreed to hold talks again later this month.",
    ] {
        let doc = run(&format!(
            "Peru's president spoke by telephone with his Chilean counterpart on Monday, the presidency said. {second}"
        ));
        assert!(between(&doc, "036", "PER", "CHL"), "{second}: {}", listing(&doc));
        assert!(between(&doc, "036", "CHL", "PER"), "{second}: {}", listing(&doc));
    }
}

// ---- claims of an act of force -------------------------------------------------

#[test]
fn claiming_the_assault_is_a_claim_of_responsibility() {
    let doc = run(
        "Gunmen overran an army base in Mali's Mopti region on Saturday, killing dozens of soldiers. Ansar Dine claimed the assault on its propaganda channel.",
    );
    assert!(between(&doc, "015", "MLI", "MLI"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("11")), "{}", listing(&doc));
}

#[test]
fn claiming_the_raid_or_the_ambush_is_a_claim_of_responsibility() {
    for act in ["raid", "ambush"] {
        let doc = run(&format!(
            "Gunmen stormed a police station in Kenya's Mandera county on Friday, killing four officers. Al-Shabaab claimed the {act} in a statement."
        ));
        assert!(between(&doc, "015", "SOM", "KEN"), "{act}: {}", listing(&doc));
    }
}

#[test]
fn claiming_land_is_still_no_claim_of_responsibility() {
    let doc = run("Venezuela claimed the Essequibo region of Guyana again on Monday.");
    assert!(!doc.events.iter().any(|e| e.code == "015"), "{}", listing(&doc));
}

// ---- borders reopened by a pair, sieges lifted ---------------------------------

#[test]
fn two_neighbours_reopening_border_crossings_reopen_them_to_each_other() {
    for text in [
        "Kyrgyzstan and Tajikistan reopened two border crossings on Friday that had been shut since 2022.",
        "Ethiopia and Eritrea on Monday reopened the main border crossing near Zalambessa.",
    ] {
        let doc = run(text);
        let (a, b) = if text.starts_with("Kyrgyz") { ("KGZ", "TJK") } else { ("ETH", "ERI") };
        assert!(between(&doc, "08", a, b), "{text}: {}", listing(&doc));
        assert!(between(&doc, "08", b, a), "{text}: {}", listing(&doc));
    }
}

#[test]
fn one_side_reopening_its_crossing_with_another_stays_one_way() {
    let doc =
        run("Pakistan reopened the Torkham border crossing with Afghanistan on Monday after a week-long closure.");
    assert!(between(&doc, "08", "PAK", "AFG"), "{}", listing(&doc));
    assert!(!between(&doc, "08", "AFG", "PAK"), "{}", listing(&doc));
}

#[test]
fn a_new_crossing_opened_by_two_officials_is_no_reopening() {
    let doc = run("Kazakh and Chinese officials opened a second railway crossing at Bakhty on Monday.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("081")), "{}", listing(&doc));
}

#[test]
fn lifting_a_siege_eases_the_blockade() {
    let doc = run("Russian troops lifted their siege of the Ukrainian city of Chernihiv on Thursday.");
    assert!(between(&doc, "0872", "RUS", "UKR"), "{}", listing(&doc));
}

// ---- a party's praise of its own deal ------------------------------------------

#[test]
fn a_party_calling_its_deal_a_breakthrough_is_optimistic() {
    let doc = run(
        "Chile and Peru signed a water-sharing agreement in Lima on Tuesday, and Peru's water minister called the deal 'a breakthrough for the region'.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "013" && common::country(&e.source_actor) == "PER"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_party_praising_a_pact_signed_the_sentence_before_is_optimistic() {
    let doc = run(
        "Chile and Peru signed a defence treaty in Lima on Wednesday. Chile's president called the pact \"a historic step\" for both nations.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "013" && common::country(&e.source_actor) == "CHL"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_party_calling_it_a_model_in_a_participle_is_optimistic() {
    let doc = run(
        "Chile and Peru signed an agreement on Tuesday to share river water, with Peru's prime minister calling it \"a model for the whole region\".",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "013" && common::country(&e.source_actor) == "PER"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_third_side_praising_the_deal_is_no_optimistic_comment_of_its_own() {
    let doc = run(
        "Chile and Peru signed a defence treaty in Lima on Wednesday. Brazil's president called the pact \"a historic step\" for the region.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "013"), "{}", listing(&doc));
}

#[test]
fn a_party_criticising_its_own_deal_is_not_optimistic() {
    let doc = run(
        "Chile and Peru signed a defence treaty in Lima on Wednesday. Chile's opposition leader called the pact \"a betrayal\" of the navy.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "013"), "{}", listing(&doc));
}

// ---- titles written as stems; what measures are for ----------------------------

#[test]
fn a_commerce_or_finance_minister_is_a_government_speaker() {
    for title in ["commerce", "finance", "energy"] {
        let doc =
            run(&format!("India's {title} minister said he was confident the trade deal could be signed by March."));
        assert!(
            doc.events.iter().any(|e| e.code == "013" && common::side(&e.source_actor) == "INDGOV"),
            "{title}: {}",
            listing(&doc)
        );
    }
}

#[test]
fn the_purpose_of_measures_is_no_deed() {
    let doc = run(
        "The European Union imposed duties on Chinese steel pipes on Tuesday. China's commerce ministry said it would take \"all necessary measures\" to defend the rights of Chinese companies.",
    );
    assert!(!doc.events.iter().any(|e| e.root == "05"), "{}", listing(&doc));
}

// ---- a dispute ended is no denial ----------------------------------------------

#[test]
fn a_deal_ending_a_dispute_is_signed_not_denied() {
    let doc = run(
        "Chile and Bolivia signed an agreement on Tuesday to share the river's water until 2035, ending a three-year dispute over its flow.",
    );
    assert!(common::between_not_negated(&doc, "057", "CHL", "BOL"), "{}", listing(&doc));
    assert!(common::between_not_negated(&doc, "057", "BOL", "CHL"), "{}", listing(&doc));
}

#[test]
fn a_real_denial_still_negates_what_it_denies() {
    let doc = run("Bolivia denied that its troops had crossed into Chile on Monday.");
    assert!(!common::between_not_negated(&doc, "19", "BOL", "CHL"), "{}", listing(&doc));
}

// ---- a body's mission praising a deed ------------------------------------------

#[test]
fn a_bodys_peacekeeping_mission_in_a_country_welcomes_a_withdrawal() {
    let doc = run(
        "M23 rebels began pulling out of the town of Walikale on Friday, the group's spokesman said. The UN peacekeeping mission in Congo welcomed the withdrawal.",
    );
    assert!(between(&doc, "051", "UNO", "COD"), "{}", listing(&doc));
}
