//! The example articles (`examples/*.txt`) through the whole pipeline: every
//! person, organisation, place and weapon named right, each entity's
//! mentions merged, and the role descriptions attached (issue 3).
//!
//! The publisher footer below the separator line is cut off first, as the
//! text reader does, so that these tests see the same text as `dossier
//! extract`; only the stages up to entities run.

use dossier_model::{Document, Entity};

fn article(name: &str) -> Document {
    let path = format!("{}/../../examples/{name}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut body = String::new();
    for line in raw.lines() {
        if matches!(line.trim(), "———" | "--" | "* * *" | "____") {
            break;
        }
        body.push_str(line);
        body.push('\n');
    }
    // Segment, tokenize and entities only: later stages (attribution) may
    // add mentions of their own, which these tests are not about.
    dossier_nlp::entities::eval::run_stages(&body)
}

fn render(doc: &Document) -> String {
    let mut s = String::new();
    for e in &doc.entities {
        let ms: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}{}", doc.slice(m.span), m.rule.as_ref().map(|r| format!("[{r}]")).unwrap_or_default()))
            .collect();
        s += &format!("{} {} {:?} | {}\n", e.ty.as_str(), e.name, e.descriptions, ms.join(" ; "));
    }
    s
}

/// Asserts an entity `name` of type `ty` whose mentions include each of
/// `mentions` (`text` or `text[rule]`) and whose descriptions include each
/// of `descriptions`.
fn expect<'d>(doc: &'d Document, ty: &str, name: &str, mentions: &[&str], descriptions: &[&str]) -> &'d Entity {
    let shown = render(doc);
    let e = doc.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name} in\n{shown}"));
    assert_eq!(e.ty.as_str(), ty, "type of {name} in\n{shown}");
    for m in mentions {
        let (text, rule) = match m.split_once('[') {
            Some((t, r)) => (t, Some(r.trim_end_matches(']'))),
            None => (*m, None),
        };
        let ok =
            e.mentions.iter().any(|x| doc.slice(x.span) == text && rule.is_none_or(|r| x.rule.as_deref() == Some(r)));
        assert!(ok, "{name} lacks mention {m} in\n{shown}");
    }
    for d in descriptions {
        assert!(e.descriptions.iter().any(|x| x == d), "{name} lacks description {d:?} in\n{shown}");
    }
    e
}

/// No entity with this name has type `ty`.
fn never(doc: &Document, ty: &str, name: &str) {
    let bad =
        doc.entities.iter().any(|e| e.ty.as_str() == ty && (e.name == name || e.aliases.iter().any(|a| a == name)));
    assert!(!bad, "{name} must not be {ty} in\n{}", render(doc));
}

/// Each name is the name of exactly one entity (its mentions were merged).
fn merged(doc: &Document, names: &[&str]) {
    for name in names {
        let n = doc.entities.iter().filter(|e| e.name == *name).count();
        assert_eq!(n, 1, "{name} is {n} entities in\n{}", render(doc));
    }
}

#[test]
fn example_01_poland_belarus_missile() {
    let doc = article("01-poland-belarus-missile.txt");
    expect(
        &doc,
        "PERSON",
        "Bartosz Wielgus",
        &["Wielgus[short-form]", "He[pronoun]", "the minister[role]"],
        &["Defence Minister"],
    );
    expect(&doc, "ORG", "Polski Serwis Informacyjny", &["PSI[acronym]", "PSI[same-name]"], &["state news agency"]);
    expect(&doc, "GPE", "Stare Lipiny", &[], &[]);
    expect(&doc, "LOC", "Bug", &[], &[]);
    for weapon in ["Iskander-M", "Patriot", "F-16", "Su-25", "S-400"] {
        expect(&doc, "EQUIPMENT", weapon, &[], &[]);
    }
    expect(
        &doc,
        "ORG",
        "North Atlantic Treaty Organization",
        &["NATO[acronym]", "NATO[same-name]", "the alliance[group-nominal]"],
        &[],
    );
    expect(&doc, "ORG", "Orbitline Imaging", &[], &[]);
    expect(&doc, "GPE", "Belarus", &["Belarusian[demonym]", "Republic of Belarus[alias]"], &[]);
    expect(&doc, "GPE", "Poland", &["Polish[demonym]"], &[]);
    expect(&doc, "PERSON", "Henryk Ostaszewski", &["Ostaszewski[short-form]"], &["President"]);
    expect(&doc, "PERSON", "Viktar Sharko", &["Sharko[short-form]"], &["his Belarusian counterpart"]);
    let krautsova =
        expect(&doc, "PERSON", "Alena Krautsova", &["Krautsova[short-form]", "she[pronoun]"], &["Its spokeswoman"]);
    // "The Belarusian foreign ministry … Its spokeswoman, Alena Krautsova".
    assert_eq!(krautsova.country.as_deref(), Some("BLR"), "{}", render(&doc));
    expect(&doc, "PERSON", "Rūta Gelžinienė", &["she[pronoun]"], &["Lithuania's foreign minister"]);
    expect(&doc, "PERSON", "Zofia Kmieć", &[], &[]);
    expect(&doc, "ORG", "Vilniaus Žinios", &[], &[]);
    for place in ["Minsk", "Warsaw", "Brest", "Moscow", "Brussels", "Lithuania", "Łask"] {
        expect(&doc, "GPE", place, &[], &[]);
    }
    never(&doc, "PERSON", "Stare Lipiny");
    never(&doc, "PERSON", "Orbitline Imaging");
    merged(&doc, &["Poland", "Belarus", "Minsk", "Warsaw", "Bartosz Wielgus"]);
}

#[test]
fn example_02_gulf_of_finland_cable() {
    let doc = article("02-gulf-of-finland-cable.txt");
    expect(&doc, "EQUIPMENT", "Marisol Dawn", &["Marisol Dawn[same-name]"], &[]);
    expect(&doc, "EQUIPMENT", "Selkämeri", &[], &[]);
    expect(&doc, "LOC", "Gulf of Finland", &[], &[]);
    expect(&doc, "LOC", "Baltic Sea", &[], &[]);
    expect(&doc, "ORG", "National Bureau of Investigation", &["NBI[acronym]", "NBI[same-name]"], &[]);
    expect(&doc, "ORG", "Finnish Border Guard", &["Border Guard[short-form]"], &[]);
    expect(&doc, "ORG", "Sealore Shipping", &["Sealore[short-form]"], &[]);
    expect(&doc, "ORG", "Nordgrid Link", &[], &[]);
    expect(&doc, "PERSON", "Jari Lähteenmäki", &[], &["Commander"]);
    expect(&doc, "PERSON", "Hanna Koskimies", &[], &["Detective Superintendent"]);
    expect(&doc, "PERSON", "Kaarel Ruus", &["Ruus[short-form]", "He[pronoun]"], &["Estonia’s prime minister"]);
    expect(&doc, "PERSON", "Leena Aaltonen", &[], &["Finland’s interior minister"]);
    expect(&doc, "GPE", "Russia", &["Russian[demonym]", "Russian Federation[alias]"], &[]);
    expect(&doc, "GPE", "Helsinki", &["HELSINKI"], &[]);
    for place in ["Salmi", "Kunda", "Primorsk", "Hanko", "Estonia", "Tallinn", "Gabon", "Dubai"] {
        expect(&doc, "GPE", place, &[], &[]);
    }
    never(&doc, "PERSON", "Marisol Dawn");
    never(&doc, "PERSON", "Salmi");
    never(&doc, "PERSON", "Nordgrid Link");
    // "Baltic Wire could not independently verify": the outlet, whole,
    // though the recogniser splits it at the start of that sentence.
    expect(&doc, "ORG", "Baltic Wire", &["Baltic Wire[same-name]"], &[]);
    never(&doc, "ORG", "Wire");
    merged(&doc, &["Finland", "Marisol Dawn", "Helsinki", "Baltic Wire"]);
}

#[test]
fn example_03_romania_drone_incursion() {
    let doc = article("03-romania-drone-incursion.txt");
    expect(&doc, "GPE", "Valea Stârcului", &[], &[]);
    expect(&doc, "EQUIPMENT", "Shahed-136", &["Shahed-136[same-name]"], &[]);
    expect(&doc, "EQUIPMENT", "F-16", &[], &[]);
    expect(
        &doc,
        "PERSON",
        "Sorin Mărgineanu",
        &["Mărgineanu[short-form]", "He[pronoun]", "The minister[role]"],
        &["Defence Minister"],
    );
    expect(&doc, "PERSON", "Traian Bucur", &["he[pronoun]"], &["Col.", "A retired air force officer"]);
    expect(&doc, "PERSON", "Ionuț Zamfir", &["he[pronoun]"], &["A farmer"]);
    let kovalenko = expect(&doc, "PERSON", "Andriy Kovalenko", &[], &["Its spokesman"]);
    assert_eq!(kovalenko.country.as_deref(), Some("UKR"), "{}", render(&doc));
    expect(&doc, "PERSON", "Mihaela Rădulescu", &[], &["opposition senator"]);
    expect(&doc, "ORG", "Ministry of National Defence", &[], &[]);
    expect(&doc, "ORG", "Russia's embassy", &["The embassy[org-nominal]"], &[]);
    // "testing NATO" comes before "the North Atlantic Treaty Organization
    // (NATO)": one entity, named by the expansion.
    expect(&doc, "ORG", "North Atlantic Treaty Organization", &["NATO[acronym]", "the alliance[group-nominal]"], &[]);
    expect(&doc, "GPE", "Romania", &["Romanian[demonym]"], &[]);
    // "at Izmail and Reni": a town, not an organisation.
    expect(&doc, "GPE", "Reni", &[], &[]);
    expect(&doc, "LOC", "Danube", &[], &[]);
    expect(&doc, "LOC", "Black Sea", &[], &[]);
    // "from the 86th Air Base at Borcea": a base.
    expect(&doc, "FAC", "86th Air Base", &[], &[]);
    for place in ["Bucharest", "Izmail", "Borcea", "Tulcea", "Moscow"] {
        expect(&doc, "GPE", place, &[], &[]);
    }
    never(&doc, "PERSON", "Valea Stârcului");
    assert!(doc.entities.iter().all(|e| e.name != "NATO"), "{}", render(&doc));
    merged(&doc, &["Romania", "Danube", "Shahed-136", "North Atlantic Treaty Organization"]);
}

#[test]
fn example_04_south_china_sea_standoff() {
    let doc = article("04-south-china-sea-standoff.txt");
    expect(&doc, "EQUIPMENT", "BRP Ludovico Arce", &["Ludovico Arce[short-form]"], &[]);
    expect(&doc, "EQUIPMENT", "Type 056", &[], &[]);
    expect(&doc, "EQUIPMENT", "Y-8", &[], &[]);
    expect(&doc, "LOC", "Sabina Shoal", &["Sabina Shoal[same-name]"], &[]);
    expect(&doc, "LOC", "South China Sea", &["South China Sea[same-name]"], &[]);
    expect(&doc, "ORG", "Philippine Coast Guard", &["PCG[acronym]", "PCG[same-name]"], &[]);
    let villareal = expect(&doc, "PERSON", "Ramon Villareal", &[], &["PCG spokesman Commodore"]);
    // The spokesman of the Philippine Coast Guard (PCG) is the Philippines'.
    assert_eq!(villareal.country.as_deref(), Some("PHL"), "{}", render(&doc));
    expect(&doc, "PERSON", "Fang Qiming", &["He[pronoun]"], &["Spokesman"]);
    expect(&doc, "PERSON", "Corazon Ilagan", &[], &["Foreign Secretary"]);
    expect(&doc, "PERSON", "Lorna Bautista", &[], &[]);
    expect(&doc, "ORG", "China's foreign ministry", &[], &[]);
    expect(&doc, "ORG", "The Archipelago Standard", &[], &[]);
    expect(&doc, "EVENT", "Mutual Defense Treaty", &[], &[]);
    expect(&doc, "GPE", "United States", &["US"], &[]);
    expect(&doc, "GPE", "Philippines", &["Philippine[demonym]"], &[]);
    for place in ["Manila", "Beijing", "Washington", "Palawan", "Quezon City"] {
        expect(&doc, "GPE", place, &[], &[]);
    }
    never(&doc, "PERSON", "Sabina Shoal");
    never(&doc, "PERSON", "Xianbin Jiao");
    never(&doc, "GPE", "Ludovico Arce");
    // "Philippine coast guard vessels" is the Philippine Coast Guard.
    expect(&doc, "ORG", "Philippine Coast Guard", &["Philippine coast guard[same-name]"], &[]);
    // "Chinese coast guard ship 3305": a ship known by its number.
    expect(&doc, "EQUIPMENT", "3305", &[], &[]);
    merged(&doc, &["Manila", "BRP Ludovico Arce", "Philippine Coast Guard"]);
}

#[test]
fn example_05_czech_expels_diplomats() {
    let doc = article("05-czech-expels-diplomats.txt");
    expect(&doc, "PERSON", "Pavel Hruška", &["Hruška[short-form]", "he[pronoun]"], &["Foreign Minister"]);
    expect(
        &doc,
        "PERSON",
        "Maria Lebedeva",
        &["Lebedeva[short-form]"],
        &["a spokeswoman for the Russian foreign ministry"],
    );
    expect(&doc, "PERSON", "Tomáš Zelinka", &["he[pronoun]"], &["Prime Minister"]);
    expect(&doc, "PERSON", "Radek Šimek", &[], &["Deputy Speaker"]);
    expect(&doc, "ORG", "Security Information Service", &["BIS[acronym]", "BIS[same-name]"], &[]);
    expect(&doc, "ORG", "Horizont", &[], &[]);
    expect(&doc, "ORG", "Ruvest", &["Ruvest[same-name]"], &[]);
    expect(&doc, "ORG", "Denník Večer", &[], &[]);
    expect(&doc, "ORG", "European Union", &["EU[acronym]"], &[]);
    expect(&doc, "GPE", "Czech Republic", &["Czech[demonym]"], &[]);
    expect(&doc, "GPE", "Russia", &["Russian[demonym]"], &[]);
    for place in ["Prague", "Brno", "Ostrava", "Moscow", "Bratislava", "Ukraine"] {
        expect(&doc, "GPE", place, &[], &[]);
    }
    // "He told Czech officials" follows "The Russian ambassador", who is
    // unnamed: the pronoun must not go to Hruška.
    let hruska = doc.entities.iter().find(|e| e.name == "Pavel Hruška").expect("Hruška");
    let wrong = hruska.mentions.iter().any(|m| doc.text[m.span.start..].starts_with("He told Czech"));
    assert!(!wrong, "{}", render(&doc));
    // "one of the suspects told investigators that he had been paid": the
    // suspect, not Hruška.
    let wrong = hruska.mentions.iter().any(|m| doc.text[m.span.start..].starts_with("he had been paid"));
    assert!(!wrong, "{}", render(&doc));
    never(&doc, "GPE", "Horizont");
    merged(&doc, &["Pavel Hruška", "Prague", "Czech Republic"]);
}

#[test]
fn example_06_black_sea_ceasefire_talks() {
    let doc = article("06-black-sea-ceasefire-talks.txt");
    expect(&doc, "EQUIPMENT", "Kh-101", &[], &[]);
    expect(&doc, "EQUIPMENT", "Bayraktar TB2", &[], &[]);
    expect(&doc, "EQUIPMENT", "Admiral Vereshchagin", &[], &[]);
    expect(&doc, "PERSON", "Kerem Yalçınkaya", &["he[pronoun]"], &["Turkish Foreign Minister"]);
    expect(&doc, "PERSON", "Oleh Savchuk", &["Savchuk[short-form]", "He[pronoun]"], &["Deputy Foreign Minister"]);
    expect(&doc, "PERSON", "Nikolai Zverev", &["Zverev[short-form]", "He[pronoun]"], &["Russia's chief negotiator"]);
    expect(&doc, "PERSON", "Erdal Kaymaz", &["Kaymaz[short-form]"], &["President"]);
    expect(&doc, "ORG", "Joint Monitoring Center", &["JMC[acronym]"], &[]);
    expect(&doc, "ORG", "International Maritime Organization", &["IMO[acronym]", "IMO[same-name]"], &[]);
    expect(&doc, "ORG", "Russia's delegation", &["Russian delegation[same-org]"], &[]);
    expect(&doc, "GPE", "Turkey", &["Turkish[demonym]"], &[]);
    expect(&doc, "GPE", "Ankara", &[], &[]);
    expect(&doc, "LOC", "Black Sea", &[], &[]);
    expect(&doc, "LOC", "Bosphorus", &[], &[]);
    for place in ["Istanbul", "Russia", "Ukraine", "Moscow", "Odesa", "Novorossiysk", "Kyiv", "London"] {
        expect(&doc, "GPE", place, &[], &[]);
    }
    never(&doc, "PERSON", "Admiral Vereshchagin");
    never(&doc, "ORG", "Admiral Vereshchagin");
    // The head of the Ukrainian delegation is Ukraine's, though the
    // dateline is Istanbul; "(GMT+3)" is a time zone.
    let savchuk = expect(&doc, "PERSON", "Oleh Savchuk", &[], &["The head of the Ukrainian delegation"]);
    assert_eq!(savchuk.country.as_deref(), Some("UKR"), "{}", render(&doc));
    assert!(doc.entities.iter().all(|e| e.name != "GMT"), "{}", render(&doc));
    expect(&doc, "ORG", "Marmara Dispatch", &[], &[]);
    merged(&doc, &["Istanbul", "Turkey", "Russia"]);
}

#[test]
fn example_07_denmark_water_cyberattack() {
    let doc = article("07-denmark-water-cyberattack.txt");
    expect(&doc, "PERSON", "Søren Kjærgaard", &["Kjærgaard[short-form]", "the minister[role]"], &["Defense Minister"]);
    expect(&doc, "PERSON", "Anders Højbjerg", &["He[pronoun]"], &["Foreign Minister"]);
    expect(&doc, "PERSON", "Birgitte Mølgaard", &["she[pronoun]"], &["Østjysk Vand’s chief executive"]);
    expect(&doc, "PERSON", "Pia Lindqvist", &[], &["a researcher at a Copenhagen think tank"]);
    expect(&doc, "ORG", "Danish Defense Intelligence Service", &["FE[acronym]", "FE[same-name]"], &[]);
    expect(&doc, "ORG", "Centre for Cyber Security", &["CFCS[acronym]"], &[]);
    expect(&doc, "ORG", "Agence nationale de la sécurité des systèmes d’information", &["ANSSI[acronym]"], &[]);
    expect(&doc, "ORG", "Østjysk Vand", &[], &[]);
    expect(&doc, "ORG", "Grey Heron", &[], &[]);
    expect(&doc, "ORG", "Kanal Midt", &[], &[]);
    expect(&doc, "ORG", "GRU", &[], &["Russia’s military intelligence service"]);
    expect(&doc, "GPE", "Denmark", &["Danish[demonym]"], &[]);
    for place in ["Copenhagen", "Aarhus", "France", "Moscow", "Jutland"] {
        expect(&doc, "GPE", place, &[], &[]);
    }
    let aarhus = expect(&doc, "GPE", "Aarhus", &[], &[]);
    assert_eq!(aarhus.country.as_deref(), Some("DNK"), "{}", render(&doc));
    never(&doc, "PERSON", "Grey Heron");
    // "Russia’s military intelligence service, the GRU": one organisation.
    assert!(doc.entities.iter().all(|e| !e.name.starts_with("Russia’s military")), "{}", render(&doc));
    never(&doc, "GPE", "Østjysk Vand");
    merged(&doc, &["Søren Kjærgaard", "Copenhagen", "Denmark"]);
}

#[test]
fn example_08_opinion_hungary_veto() {
    let doc = article("08-opinion-hungary-veto.txt");
    expect(&doc, "PERSON", "Gergő Lőrincz", &["Lőrincz[short-form]", "He[pronoun]"], &["Hungary’s foreign minister"]);
    expect(&doc, "PERSON", "Zoltán Bérczes", &[], &["Prime Minister"]);
    expect(&doc, "PERSON", "Łukasz Pawełczyk", &["he[pronoun]"], &[]);
    expect(&doc, "PERSON", "Barış Ateş", &["he[pronoun]"], &["an Istanbul-based shipowner"]);
    expect(&doc, "PERSON", "Ilona Vészi", &[], &["a columnist for The Danube Observer"]);
    expect(&doc, "ORG", "European Union", &["EU[acronym]"], &[]);
    expect(&doc, "ORG", "The Danube Observer", &[], &[]);
    expect(&doc, "GPE", "Stare Lipiny", &[], &[]);
    expect(&doc, "LOC", "Black Sea", &[], &[]);
    expect(&doc, "LOC", "Europe", &[], &[]);
    for place in
        ["Budapest", "Hungary", "Brussels", "Poland", "Romania", "Izmail", "Constanţa", "Warsaw", "Bucharest", "Kyiv"]
    {
        expect(&doc, "GPE", place, &[], &[]);
    }
    never(&doc, "PERSON", "Stare Lipiny");
    never(&doc, "GPE", "EU");
    expect(&doc, "NORP", "Europeans", &[], &[]);
    merged(&doc, &["Hungary", "Budapest", "Gergő Lőrincz"]);
}

/// Found auditing the examples for `entities@6`: demonyms of a country's
/// territory, warships and counterparts are the state; places take the
/// country their noun phrase names; a bare spokesman speaks for the body of
/// the sentence before; "the ministry" a paragraph later; outlets described
/// by a city or a two-word noun; a person "of" an organisation.
#[test]
fn examples_audited_for_entities_6() {
    let country = |e: &Entity| e.country.clone().unwrap_or_default();
    let doc = article("01-poland-belarus-missile.txt");
    // "his Belarusian counterpart", "her Polish counterpart"
    never(&doc, "NORP", "Belarusian");
    never(&doc, "NORP", "Polish");
    assert_eq!(country(expect(&doc, "ORG", "government in Minsk", &[], &[])), "BLR");

    let doc = article("02-gulf-of-finland-cable.txt");
    assert_eq!(country(expect(&doc, "GPE", "Primorsk", &[], &[])), "RUS");
    let e = expect(&doc, "ORG", "Põhjarannik", &[], &["Estonian news site"]);
    assert_eq!(country(e), "EST");
    assert_eq!(country(expect(&doc, "PERSON", "Jari Lähteenmäki", &[], &["Commander"])), "FIN");
    // "The ship's master" once only the Marisol Dawn is in view, "the tanker"
    // paragraphs later; "The ship's port anchor" right after the patrol
    // vessel Selkämeri was named stays unresolved.
    let ship = expect(&doc, "EQUIPMENT", "Marisol Dawn", &["The ship[ship-nominal]", "the tanker[ship-nominal]"], &[]);
    assert_eq!(ship.mentions.iter().filter(|m| m.rule.as_deref() == Some("ship-nominal")).count(), 4);

    let doc = article("05-czech-expels-diplomats.txt");
    // "paid … by "a man from the embassy"": the one embassy named before.
    expect(&doc, "ORG", "Russian embassy", &["the embassy[org-nominal]"], &[]);
    // "summoned to the foreign ministry in Prague"
    assert_eq!(country(expect(&doc, "ORG", "foreign ministry in Prague", &[], &[])), "CZE");

    let doc = article("03-romania-drone-incursion.txt");
    assert_eq!(country(expect(&doc, "GPE", "Valea Stârcului", &[], &[])), "ROU");
    assert_eq!(country(expect(&doc, "GPE", "Izmail", &[], &[])), "UKR");
    expect(&doc, "ORG", "Ministry of National Defence", &["the ministry[org-nominal]"], &[]);
    // "Romanian village", "Romanian airspace" are Romania; "Romanian media" is not.
    let romania = expect(&doc, "GPE", "Romania", &[], &[]);
    assert_eq!(romania.mentions.iter().filter(|m| doc.slice(m.span) == "Romanian").count(), 5, "{}", render(&doc));

    let doc = article("04-south-china-sea-standoff.txt");
    assert_eq!(country(expect(&doc, "PERSON", "Fang Qiming", &["He[pronoun]"], &["Spokesman"])), "CHN");
    assert_eq!(country(expect(&doc, "GPE", "Palawan", &[], &[])), "PHL");
    assert_eq!(country(expect(&doc, "ORG", "The Archipelago Standard", &[], &["Manila daily"])), "PHL");
    assert_eq!(country(expect(&doc, "PERSON", "Corazon Ilagan", &[], &["Foreign Secretary"])), "PHL");
    expect(&doc, "EQUIPMENT", "Type 056", &["the corvette[ship-nominal]"], &[]);
    // "a Chinese Type 056 corvette", "the Chinese side"
    let china = expect(&doc, "GPE", "China", &[], &[]);
    assert!(china.mentions.iter().filter(|m| doc.slice(m.span) == "Chinese").count() >= 7, "{}", render(&doc));

    let doc = article("06-black-sea-ceasefire-talks.txt");
    // "staffed by Turkish, Ukrainian, Russian and United Nations officials"
    never(&doc, "NORP", "Turkish");
    never(&doc, "NORP", "Ukrainian");

    let doc = article("07-denmark-water-cyberattack.txt");
    // "The Centre for Cyber Security (CFCS), part of the FE, said"
    assert_eq!(country(expect(&doc, "ORG", "Centre for Cyber Security", &["CFCS[acronym]"], &[])), "DNK");

    let doc = article("08-opinion-hungary-veto.txt");
    assert_eq!(country(expect(&doc, "GPE", "Stare Lipiny", &[], &[])), "POL");
    never(&doc, "NORP", "Polish");
}

/// Found auditing the examples for `entities@7`: people known only by an
/// unqualified office, and state bodies named by common words, in articles
/// without a dateline take the state the headline or lead is about (05,
/// 08, 03); "Baltic" before a noun is no place (02); "the Commission" of
/// a text about the European Union is the European Commission (08); towns
/// and regions get their country (Hanko, Łask, Reni, Borcea, Jutland).
#[test]
fn examples_audited_for_entities_7() {
    let country = |e: &Entity| e.country.clone().unwrap_or_default();
    let doc = article("05-czech-expels-diplomats.txt");
    assert_eq!(country(expect(&doc, "PERSON", "Pavel Hruška", &[], &["Foreign Minister"])), "CZE");
    assert_eq!(country(expect(&doc, "PERSON", "Tomáš Zelinka", &[], &["Prime Minister"])), "CZE");
    assert_eq!(country(expect(&doc, "PERSON", "Radek Šimek", &[], &["Deputy Speaker"])), "CZE");
    assert_eq!(country(expect(&doc, "ORG", "Security Information Service", &["BIS[acronym]"], &[])), "CZE");
    // The Russian spokeswoman keeps her own country.
    assert_eq!(country(expect(&doc, "PERSON", "Maria Lebedeva", &[], &[])), "RUS");

    let doc = article("08-opinion-hungary-veto.txt");
    assert_eq!(country(expect(&doc, "PERSON", "Zoltán Bérczes", &[], &["Prime Minister"])), "HUN");
    let commission = expect(&doc, "ORG", "European Commission", &["Commission", "Commission[same-name]"], &[]);
    assert!(commission.aliases.iter().any(|a| a == "Commission"), "{}", render(&doc));
    // The columnist and the Polish farmers' leader are no office holders.
    assert_eq!(country(expect(&doc, "PERSON", "Łukasz Pawełczyk", &[], &[])), "");

    let doc = article("03-romania-drone-incursion.txt");
    assert_eq!(
        country(expect(&doc, "PERSON", "Sorin Mărgineanu", &["The minister[role]"], &["Defence Minister"])),
        "ROU"
    );

    let doc = article("02-gulf-of-finland-cable.txt");
    never(&doc, "LOC", "Baltic");
    never(&doc, "GPE", "Baltic");
    expect(&doc, "LOC", "Baltic Sea", &[], &[]);
    expect(&doc, "ORG", "Baltic Wire", &[], &[]);
    // Under the HELSINKI dateline: a police rank and a national bureau.
    assert_eq!(country(expect(&doc, "PERSON", "Hanna Koskimies", &[], &["Detective Superintendent"])), "FIN");
    assert_eq!(country(expect(&doc, "ORG", "National Bureau of Investigation", &["NBI[acronym]"], &[])), "FIN");
    // Towns of under 50,000 people in a country the text names; Kunda is
    // also an Indian town, and India is not named: none.
    assert_eq!(country(expect(&doc, "GPE", "Hanko", &[], &[])), "FIN");
    assert_eq!(country(expect(&doc, "GPE", "Kunda", &[], &[])), "");

    let doc = article("01-poland-belarus-missile.txt");
    assert_eq!(country(expect(&doc, "GPE", "Łask", &[], &[])), "POL");
    let doc = article("03-romania-drone-incursion.txt");
    assert_eq!(country(expect(&doc, "GPE", "Reni", &[], &[])), "UKR");
    assert_eq!(country(expect(&doc, "GPE", "Borcea", &[], &[])), "ROU");
    let doc = article("07-denmark-water-cyberattack.txt");
    assert_eq!(country(expect(&doc, "GPE", "Jutland", &[], &[])), "DNK");
}

/// Found auditing the examples for `entities@9`: another spelling of a
/// city ("Izmail", GeoNames' "Izmayil") in a text that names Ukraine by its
/// people and capital; an opposition senator in a story about Romania; an
/// outlet named in Polish. Stare Lipiny's country in 01 comes from the
/// byline, which these stages alone do not read: `crates/cli/tests/cli.rs`
/// checks it through `dossier extract`. Outlets known only by their kind;
/// a base at a place and a company based in a city.
#[test]
fn examples_audited_for_entities_9() {
    let country = |e: &Entity| e.country.clone().unwrap_or_default();
    let doc = article("08-opinion-hungary-veto.txt");
    assert_eq!(country(expect(&doc, "GPE", "Izmail", &[], &[])), "UKR");
    let doc = article("03-romania-drone-incursion.txt");
    assert_eq!(country(expect(&doc, "PERSON", "Mihaela Rădulescu", &[], &["opposition senator"])), "ROU");
    // The farmer and the retired officer hold no office: none.
    assert_eq!(country(expect(&doc, "PERSON", "Ionuț Zamfir", &[], &[])), "");
    assert_eq!(country(expect(&doc, "PERSON", "Traian Bucur", &[], &[])), "");
    let doc = article("01-poland-belarus-missile.txt");
    assert_eq!(country(expect(&doc, "ORG", "Polski Serwis Informacyjny", &["PSI[acronym]"], &[])), "POL");
    // Without the byline, the village has no country.
    assert_eq!(country(expect(&doc, "GPE", "Stare Lipiny", &[], &[])), "");
    // Outlets known only by their kind: the weekly a Czech minister talks
    // to in a story about the Czech Republic, the broadcaster under a
    // COPENHAGEN dateline; the state agency reporting Russia's spokeswoman
    // is Russia's, not the Czech Republic's.
    let doc = article("05-czech-expels-diplomats.txt");
    assert_eq!(country(expect(&doc, "ORG", "Horizont", &[], &["weekly"])), "CZE");
    assert_eq!(country(expect(&doc, "ORG", "Ruvest", &[], &["state-run news agency"])), "RUS");
    assert_eq!(country(expect(&doc, "ORG", "Denník Večer", &[], &[])), "SVK");
    let doc = article("07-denmark-water-cyberattack.txt");
    assert_eq!(country(expect(&doc, "ORG", "Kanal Midt", &[], &["broadcaster"])), "DNK");
    // A base at a place, a company based in a city.
    let doc = article("03-romania-drone-incursion.txt");
    assert_eq!(country(expect(&doc, "FAC", "86th Air Base", &[], &[])), "ROU");
    let doc = article("02-gulf-of-finland-cable.txt");
    assert_eq!(country(expect(&doc, "ORG", "Sealore Shipping", &["Sealore[short-form]"], &[])), "ARE");
}
