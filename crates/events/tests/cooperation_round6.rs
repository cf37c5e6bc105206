//! Cooperation, round six (twenty-fifth session): phrasings of roots 01 to
//! 09 that the coder used to miss, each on an invented sentence.

mod common;

use common::{country, listing, run};

fn has(doc: &dossier_model::Document, code: &str, source: &str, target: &str) -> bool {
    doc.events
        .iter()
        .any(|e| e.code == code && country(&e.source_actor) == source && country(&e.target_actor) == target)
}

#[test]
fn authorities_approving_an_aid_delivery_grant_humanitarian_access() {
    let doc = run(
        "A Turkish convoy of 35 lorries carrying flour and blankets reached Idlib on Sunday after Syrian authorities approved the delivery, the Turkish Red Crescent said.",
    );
    assert!(has(&doc, "0863", "SYR", "TUR"), "{}", listing(&doc));
}

#[test]
fn permission_granted_for_aid_flights_is_humanitarian_access() {
    let doc = run(
        "The World Food Programme began airdropping rations to 30,000 displaced people near Niger's border town of Diffa on Monday, after Nigerien authorities granted permission for flights from Niamey.",
    );
    assert!(has(&doc, "0863", "NER", "UNO"), "{}", listing(&doc));
}

#[test]
fn an_approval_without_aid_in_the_sentence_is_no_access() {
    let doc = run("Peruvian authorities approved the delivery of ballot boxes to Cusco on Tuesday.");
    assert!(!doc.events.iter().any(|e| e.code == "0863"), "{}", listing(&doc));
}

#[test]
fn a_lender_approving_a_disbursement_gives_economic_aid() {
    let doc = run(
        "The International Monetary Fund approved a $900 million disbursement to Ghana on Wednesday after its third review of the programme.",
    );
    assert!(has(&doc, "071", "IGO", "GHA"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("08")), "{}", listing(&doc));
}

#[test]
fn a_pair_that_met_and_initialled_a_treaty_signs_it_each_way() {
    let doc = run(
        "The foreign ministers of Serbia and Montenegro met in Rome on Tuesday, hosted by the Italian foreign minister, and initialled the text of a border treaty, the Italian foreign ministry said.",
    );
    assert!(has(&doc, "057", "SRB", "MNE"), "{}", listing(&doc));
    assert!(has(&doc, "057", "MNE", "SRB"), "{}", listing(&doc));
}

#[test]
fn foreign_troops_deployed_in_a_province_protect_its_country() {
    let doc = run(
        "Jihadist fighters attacked a market in Burkina Faso's Sahel region on Sunday, killing 14 traders, a local official said. Ivorian troops, deployed in the region since 2023, pursued the attackers.",
    );
    assert!(has(&doc, "074", "CIV", "BFA"), "{}", listing(&doc));
}

#[test]
fn police_already_deployed_there_protect_the_country_named_before() {
    let doc = run(
        "New Zealand will send 40 more police officers to Vanuatu before next month's vote, its foreign minister said on Friday. The officers will join 60 New Zealand police already deployed there.",
    );
    assert!(has(&doc, "074", "NZL", "VUT"), "{}", listing(&doc));
}

#[test]
fn an_army_deployed_in_a_country_it_attacks_is_no_protection() {
    let doc = run(
        "Russian forces shelled Ukrainian army positions near Kupiansk on Monday. Russian troops, deployed in the region since 2022, dug new trenches.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "074"), "{}", listing(&doc));
}

#[test]
fn a_ceasefire_agreed_before_a_breach_is_the_pairs_truce() {
    let doc = run(
        "Armenian and Azerbaijani troops exchanged mortar fire along the border on Thursday, the Armenian defence ministry said, accusing Baku of violating a truce agreed in April.",
    );
    assert!(has(&doc, "0871", "ARM", "AZE"), "{}", listing(&doc));
    assert!(has(&doc, "0871", "AZE", "ARM"), "{}", listing(&doc));
}

#[test]
fn a_ceasefire_renewed_by_two_states_is_their_truce() {
    let doc = run(
        "Ethiopian and Eritrean soldiers traded machine-gun fire near Badme on Monday, the first clash since the two countries renewed their ceasefire understanding last year.",
    );
    assert!(has(&doc, "0871", "ETH", "ERI"), "{}", listing(&doc));
}

#[test]
fn a_ceasefire_only_called_for_is_no_truce_agreed() {
    let doc = run(
        "Armenian and Azerbaijani troops exchanged mortar fire along the border on Thursday, and France called for a ceasefire to be agreed within days.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "0871"), "{}", listing(&doc));
}

#[test]
fn a_president_receiving_a_foreign_leader_hosts_a_visit() {
    let doc = run(
        "Chilean President Laura Ibarra received Argentine Foreign Minister Tomas Ruiz at La Moneda on Monday, days after a row over lithium exports.",
    );
    assert!(has(&doc, "043", "CHL", "ARG"), "{}", listing(&doc));
    assert!(has(&doc, "042", "ARG", "CHL"), "{}", listing(&doc));
}

#[test]
fn a_minister_hopeful_about_talks_makes_an_optimistic_comment_on_the_partner() {
    let doc = run(
        "Turkey's foreign minister said on Monday he was \"cautiously hopeful\" that talks with Greece on maritime borders could resume in the spring.",
    );
    assert!(has(&doc, "013", "TUR", "GRC"), "{}", listing(&doc));
}

#[test]
fn an_army_optimistic_about_a_pullback_comments_with_no_target() {
    let doc = run("Bhutan's army said it was cautiously optimistic about a pullback from the last disputed ridge.");
    assert!(doc.events.iter().any(|e| e.code == "013" && country(&e.source_actor) == "BTN"), "{}", listing(&doc));
}

#[test]
fn talks_called_dead_are_a_pessimistic_comment() {
    let doc = run(
        "Kenya's president said on Friday that border talks with Somalia were \"dead\" after Mogadishu recalled its envoy.",
    );
    assert!(has(&doc, "012", "KEN", "SOM"), "{}", listing(&doc));
}

#[test]
fn a_speaker_not_optimistic_makes_no_optimistic_comment() {
    let doc = run("Peru's trade minister said he was not optimistic that talks with Chile would resume.");
    assert!(!doc.events.iter().any(|e| e.code == "013"), "{}", listing(&doc));
}

#[test]
fn a_state_that_sought_a_suspects_handover_asks_his_holder() {
    let doc = run(
        "Portugal extradited a Venezuelan money-laundering suspect to Italy on Monday, the judicial police said. Venezuela had also sought his handover.",
    );
    assert!(has(&doc, "0213", "VEN", "PRT"), "{}", listing(&doc));
}

#[test]
fn an_extradition_at_another_states_request_answers_its_request() {
    let doc = run(
        "Greece extradited a Turkish arms dealer to Germany on Friday at Berlin's request, the justice ministry said.",
    );
    assert!(has(&doc, "0213", "DEU", "GRC"), "{}", listing(&doc));
}

#[test]
fn a_department_that_requested_a_captured_mans_extradition_asks_the_captor() {
    let doc = run(
        "Colombian police captured a senior Clan del Golfo commander in Medellin on Tuesday, the defence ministry said. The US Justice Department said hours later that it had formally requested his extradition.",
    );
    assert!(has(&doc, "0213", "USA", "COL"), "{}", listing(&doc));
}

#[test]
fn talks_with_a_visiting_leader_are_held_each_way_and_the_guest_visits() {
    let doc = run(
        "Indonesian President Arif Santoso held talks in Jakarta on Tuesday with visiting Vietnamese Prime Minister Nguyen Van Long, and the two sides signed a fisheries accord.",
    );
    assert!(has(&doc, "042", "VNM", "IDN"), "{}", listing(&doc));
    assert!(has(&doc, "046", "IDN", "VNM"), "{}", listing(&doc));
    assert!(has(&doc, "046", "VNM", "IDN"), "{}", listing(&doc));
    assert!(!has(&doc, "042", "IDN", "VNM"), "{}", listing(&doc));
}

#[test]
fn the_group_that_claimed_responsibility_is_the_attacker_just_told() {
    let doc = run(
        "An al-Shabaab gunman stormed a police post in Baidoa on Monday, killing four officers, Somali police said. The group claimed responsibility on its radio station.",
    );
    assert!(
        doc.events
            .iter()
            .any(|e| e.code == "015" && country(&e.source_actor) == "SOM" && country(&e.target_actor) == "SOM"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn the_group_claiming_with_no_attack_before_claims_nothing() {
    let doc = run(
        "Nigeria's army said on Sunday it had reopened the Maiduguri road. The group claimed responsibility in a video.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "015"), "{}", listing(&doc));
}
