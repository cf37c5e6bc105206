//! False events and wrong sides found on a gold set opened for development
//! in the twenty-second session: a converter bug that made "deepen ties
//! with" military aid, a match told with a score, a fight for buyers, an
//! appeal to stop fighting, the city a journey ends in, an attack a group
//! claimed, the people "who" did a deed, an inquiry's object, a network
//! breached, an offensive backed, two demonyms sharing one force, forces
//! loyal to a side, an inquiry's target and a suspect's deeds. The
//! sentences are invented.

mod common;

use common::{country, event_on, listing, no_event_of_root, run, side};

#[test]
fn strengthening_ties_with_a_state_is_no_military_aid() {
    // PETRARCH's "&DEFENSE" synonym set had swallowed every verb line after
    // it, so "boost … with" (and "sign … to", "jump to …") matched nearly
    // any sentence
    let doc = run("Oman's sultan flew to New Delhi on Monday, the latest Gulf ruler to deepen ties with India.");
    assert!(no_event_of_root(&doc, "07"), "{}", listing(&doc));
    let doc = run("Peru and Chile signed a fisheries accord in Lima on Tuesday.");
    assert!(doc.events.iter().all(|e| !e.code.starts_with("062")), "{}", listing(&doc));
}

#[test]
fn a_match_told_with_a_score_is_sport() {
    let doc = run("Sweden stormed back from a goal down to beat Finland 4-2 in Stockholm on Saturday, firing three \
         goals in the final period.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
    // a court's split vote is no match
    let doc =
        run("Sudan's army shelled Rapid Support Forces positions in Omdurman on Friday, days after a 9-6 vote in \
         the council.");
    assert!(!no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn a_fight_for_buyers_is_no_fight() {
    let doc = run("South Korean steelmakers launched a fresh assault on India's steel market on Tuesday, cutting \
         prices by a fifth.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
    // a market struck by drones is still struck
    let doc = run("Russian drones launched an attack on a crowded market in Kherson on Monday, killing five people.");
    assert!(!no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn fighting_to_be_stopped_is_asked_for_not_told() {
    let doc = run("Troops loyal to Chad's transitional council clashed with a rebel column near Abeche on Sunday, \
         and the African Union urged both sides to stop fighting at once.");
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
    // fighting between the two sides that is told stays a fight
    let doc = run("Heavy fighting between the two sides resumed near the border on Wednesday, after Sudan's army \
         shelled Rapid Support Forces positions.");
    assert!(!no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn a_journey_ends_in_the_city_it_arrives_in() {
    let doc = run("Pakistan's foreign minister arrived in Kabul on Tuesday for talks on TTP militants sheltering \
         along the border.");
    assert_eq!(country(&event_on(&doc, "arrived").target_actor), "AFG", "{}", listing(&doc));
}

#[test]
fn an_attack_a_group_claimed_is_its_claim_of_responsibility() {
    let doc =
        run("A roadside bomb killed four Nigerian soldiers in Borno on Monday, an attack that ISWAP claimed in a \
         statement.");
    let claim = event_on(&doc, "claimed");
    assert_eq!(claim.code, "015", "{}", listing(&doc));
    assert_eq!(country(&claim.target_actor), "NGA", "{}", listing(&doc));
    // the bombing is credited to the claimer, as its claim reports it
    let bomb = event_on(&doc, "killed");
    assert_eq!(country(&bomb.source_actor), "NGA", "{}", listing(&doc));
    assert!(bomb.attribution.is_some(), "{}", listing(&doc));
}

#[test]
fn people_named_before_who_are_the_subject_of_its_verb() {
    let doc = run("Niger closed its border with Benin on Monday, accusing Cotonou of sheltering the gunmen who \
         attacked a customs post near Gaya.");
    let force = doc.events.iter().filter(|e| matches!(e.root.as_str(), "18" | "19" | "20"));
    assert!(force.clone().count() > 0, "{}", listing(&doc));
    assert!(force.into_iter().all(|e| country(&e.source_actor) != "BEN"), "{}", listing(&doc));
}

#[test]
fn what_an_inquiry_looks_into_is_no_act_of_its_own() {
    let doc = run("The UN Human Rights Council voted on Friday to set up an inquiry into abuses by Belarusian police \
         during the election protests.");
    assert!(no_event_of_root(&doc, "18"), "{}", listing(&doc));
}

#[test]
fn breaching_computer_networks_is_no_breach_of_a_deal() {
    let doc = run("Estonia's security police accused Russian military hackers of breaching the networks of a \
         Tallinn logistics firm.");
    assert!(no_event_of_root(&doc, "12"), "{}", listing(&doc));
}

#[test]
fn an_offensive_backed_is_not_the_backers_fight() {
    let doc = run("Ethiopia accused Eritrea on Monday of sending troops to back the offensive in Tigray.");
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn a_date_between_called_and_for_keeps_the_appeal() {
    let doc = run("The African Union called on Sunday for an immediate ceasefire in Chad.");
    let e = event_on(&doc, "called");
    assert!(e.code.starts_with("02"), "{}", listing(&doc));
    assert_eq!(country(&e.target_actor), "TCD", "{}", listing(&doc));
}

#[test]
fn two_demonyms_before_one_named_force_share_its_kind() {
    let doc = run("Japanese and Philippine coast guard ships held a joint patrol near Scarborough Shoal on Monday.");
    let sides: Vec<&str> = doc.events.iter().map(|e| side(&e.source_actor)).collect();
    assert!(sides.contains(&"JPNMIL") && sides.contains(&"PHLMIL"), "{}", listing(&doc));
}

#[test]
fn forces_loyal_to_a_side_are_its_armed_force() {
    let doc =
        run("Fighters loyal to the Taliban administration fired on Pakistani border guards near Chaman on Monday.");
    let e = event_on(&doc, "fired");
    assert_eq!((side(&e.source_actor), country(&e.target_actor)), ("AFGMIL", "PAK"), "{}", listing(&doc));
}

#[test]
fn an_inquiry_looks_into_the_doer_and_the_firm_a_city_bases() {
    let doc = run("Prosecutors in Madrid opened an inquiry on Tuesday into the bribery of Angolan officials by a \
         Spanish defence contractor.");
    assert_eq!(side(&event_on(&doc, "opened").target_actor), "ESPBUS", "{}", listing(&doc));
    let doc = run("Belgian prosecutors opened an investigation into an Antwerp-based diamond trader on Monday.");
    assert_eq!(side(&event_on(&doc, "opened").target_actor), "BELBUS", "{}", listing(&doc));
}

#[test]
fn a_suspect_is_the_subject_of_what_it_is_suspected_of() {
    let doc = run("Dutch prosecutors opened an inquiry into a Rotterdam-based shipping company suspected of shipping \
         drone parts to Russia.");
    let e = event_on(&doc, "shipping");
    assert_eq!(side(&e.source_actor), "NLDBUS", "{}", listing(&doc));
    // help to get round a rule is no aid, and spying alleged of a person
    // is no act between states
    let doc = run("Estonian prosecutors charged a Tallinn-based shipping company suspected of helping Iran evade oil \
         sanctions.");
    assert!(no_event_of_root(&doc, "07"), "{}", listing(&doc));
    let doc = run("Police in Oslo detained a Norwegian technician accused of passing radar data to Moscow.");
    assert!(no_event_of_root(&doc, "08") && no_event_of_root(&doc, "06"), "{}", listing(&doc));
}
