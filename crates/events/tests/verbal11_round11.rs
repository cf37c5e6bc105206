//! Verbal conflict family (CAMEO roots 10–14 and 16), eleventh round
//! (thirty-third session): a saying that brands a deed named back ("said
//! the exercise was a provocation", "a move Beijing said was hostile")
//! criticises the deed's doer (111). Every sentence is invented.

mod common;

use common::{between, has_event, listing, run};

// ---- sayings that brand a deed named back ---------------------------------

#[test]
fn saying_an_exercise_was_a_provocation_criticises_its_holder() {
    let doc = run(
        "Poland began a week-long exercise near the Belarusian border on Monday with 4,000 troops. Belarus's defence ministry said the exercise was \"a deliberate provocation\".",
    );
    assert!(between(&doc, "111", "BLR", "POL"), "{}", listing(&doc));
}

#[test]
fn saying_drills_undermined_peace_criticises_both_partners() {
    let doc = run(
        "Warships from Japan and Australia began a joint exercise in the East China Sea on Tuesday. China's foreign ministry said the drills \"undermined regional stability\".",
    );
    assert!(between(&doc, "111", "CHN", "JPN"), "{}", listing(&doc));
    assert!(between(&doc, "111", "CHN", "AUS"), "{}", listing(&doc));
}

#[test]
fn saying_that_the_expulsions_are_hostile_criticises_the_expeller() {
    let doc = run(
        "Estonia expelled two Russian diplomats on Thursday. Moscow says that the expulsions are a hostile act and will not go unanswered.",
    );
    assert!(between(&doc, "111", "RUS", "EST"), "{}", listing(&doc));
}

#[test]
fn saying_a_veto_threatens_lives_criticises_the_vetoer() {
    let doc = run(
        "France vetoed a draft resolution on the Sahel on Friday. Mali's envoy said the veto threatened millions of lives.",
    );
    assert!(between(&doc, "111", "MLI", "FRA"), "{}", listing(&doc));
}

#[test]
fn a_move_a_speaker_said_was_unacceptable_is_criticised() {
    let doc = run(
        "Lithuania closed its border with Belarus on Wednesday, a move Minsk said was \"unacceptable and provocative\".",
    );
    assert!(between(&doc, "111", "BLR", "LTU"), "{}", listing(&doc));
}

#[test]
fn saying_a_deed_was_no_threat_criticises_no_one() {
    let doc = run(
        "Finland began a week-long exercise near the Russian border on Monday. Russia's defence ministry said the exercise was not a threat to Moscow.",
    );
    assert!(!between(&doc, "111", "RUS", "FIN"), "{}", listing(&doc));
}

#[test]
fn saying_a_deed_happened_brands_nothing() {
    let doc = run(
        "Norway expelled a Russian diplomat on Friday. Moscow said the expulsion was expected and had been discussed with Oslo.",
    );
    assert!(!between(&doc, "111", "RUS", "NOR"), "{}", listing(&doc));
}

// ---- deeds the later passes coded, named back -------------------------------

#[test]
fn a_launch_told_by_where_the_missile_fell_is_condemned_at_its_launcher() {
    let doc = run(
        "A North Korean ballistic missile fell into the sea outside Japan's economic zone on Thursday, Japan's defence ministry said. Japan's prime minister condemned the launch as a violation of UN resolutions.",
    );
    assert!(between(&doc, "111", "JPN", "PRK"), "{}", listing(&doc));
}

#[test]
fn calling_the_exercise_a_provocation_finds_the_exercise_holder() {
    let doc = run(
        "Sweden began a naval exercise in the Baltic Sea on Tuesday with 3,000 troops. Russia's embassy in Stockholm called the exercise \"a provocation\".",
    );
    assert!(between(&doc, "111", "RUS", "SWE"), "{}", listing(&doc));
}

// ---- protests told as a circumstance -------------------------------------------

#[test]
fn a_law_withdrawn_after_nights_of_protests_was_protested() {
    let doc = run(
        "Armenia's government withdrew a draft broadcasting law on Friday after four nights of protests outside parliament in Yerevan.",
    );
    assert!(between(&doc, "141", "ARM", "ARM"), "{}", listing(&doc));
}

#[test]
fn restrictions_imposed_during_last_weeks_demonstrations_were_protested() {
    let doc = run(
        "Malawi's government lifted a night curfew in Lilongwe on Sunday, easing restrictions imposed during last week's demonstrations over fuel prices.",
    );
    assert!(between(&doc, "141", "MWI", "MWI"), "{}", listing(&doc));
}

#[test]
fn bowing_to_road_blockades_answers_a_protest() {
    let doc =
        run("Ecuador's government scrapped a fuel decree on Tuesday, bowing to two weeks of river and road blockades.");
    assert!(between(&doc, "144", "ECU", "ECU"), "{}", listing(&doc));
}

#[test]
fn protests_abroad_are_given_to_no_one() {
    let doc = run(
        "France's embassy in Dakar closed its consulate on Monday after two days of protests against French troops in Senegal.",
    );
    assert!(doc.events.iter().all(|e| !e.code.starts_with("14")), "{}", listing(&doc));
}

#[test]
fn people_jailed_after_protests_name_no_protest() {
    let doc =
        run("Belarus freed 14 people jailed after anti-government protests, the Lutheran Church said on Tuesday.");
    assert!(doc.events.iter().all(|e| !e.code.starts_with("14")), "{}", listing(&doc));
}

#[test]
fn blocking_a_road_to_protest_is_no_circumstance() {
    let doc = run("Malian truck drivers blocked the main road to Bamako on Monday to protest new fuel taxes.");
    assert!(doc.events.iter().all(|e| e.code != "141"), "{}", listing(&doc));
}

// ---- refusals of a demand made at home -------------------------------------------

#[test]
fn rejecting_the_call_for_a_resignation_answers_the_opposition() {
    let doc = run(
        "Albania's opposition demanded the prime minister's resignation on Monday over a procurement scandal. The speaker of parliament rejected the call, saying the government had broken no law.",
    );
    assert!(has_event(&doc, "12", "ALBLEG", "ALBOPP"), "{}", listing(&doc));
}

#[test]
fn saying_he_would_not_step_down_refuses_the_protesters() {
    let doc = run(
        "Thousands of protesters in Lima demanded the president's resignation on Monday. The president's office said he would not step down.",
    );
    assert!(between(&doc, "1231", "PER", "PER"), "{}", listing(&doc));
}

#[test]
fn saying_she_will_not_resign_refuses_the_opposition_appeal() {
    let doc = run(
        "Zambia's opposition called on the president to resign on Friday. The president said she would not resign.",
    );
    assert!(between(&doc, "1231", "ZMB", "ZMB"), "{}", listing(&doc));
}

#[test]
fn a_minister_who_will_not_resign_unasked_refuses_no_one() {
    let doc = run("Zambia's president said on Friday she would not resign before the budget vote.");
    assert!(doc.events.iter().all(|e| e.code != "1231"), "{}", listing(&doc));
}

// ---- closures by both sides of a pair ------------------------------------------------

#[test]
fn a_crossing_both_sides_shut_after_clashes_was_closed_each_way() {
    let doc = run(
        "Armenia and Azerbaijan reopened the main crossing on their border on Monday, a year after deadly clashes led both sides to shut it.",
    );
    assert!(between(&doc, "16", "ARM", "AZE"), "{}", listing(&doc));
    assert!(between(&doc, "16", "AZE", "ARM"), "{}", listing(&doc));
}

#[test]
fn crossings_that_both_countries_closed_were_closed_each_way() {
    let doc = run(
        "Uzbekistan and Tajikistan agreed on Friday to reopen three crossing points that both countries had closed in 2021.",
    );
    assert!(between(&doc, "16", "UZB", "TJK"), "{}", listing(&doc));
    assert!(between(&doc, "16", "TJK", "UZB"), "{}", listing(&doc));
}

#[test]
fn both_sides_closing_a_deal_close_no_border() {
    let doc = run(
        "Armenia and Azerbaijan reopened the main crossing on Monday, and both sides closed a long-delayed trade deal in Brussels.",
    );
    assert!(!between(&doc, "16", "ARM", "AZE"), "{}", listing(&doc));
}

#[test]
fn the_two_neighbours_closing_their_airspace_close_it_each_way() {
    let doc = run(
        "Ethiopia and Eritrea held talks in Asmara on Monday. The two neighbours closed their airspace to each other's aircraft in 2018.",
    );
    assert!(between(&doc, "16", "ETH", "ERI"), "{}", listing(&doc));
    assert!(between(&doc, "16", "ERI", "ETH"), "{}", listing(&doc));
}
