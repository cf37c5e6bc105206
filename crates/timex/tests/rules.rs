//! One test per rule family, through a single `check` helper: the text, the
//! anchor, and the expected expressions as "span text => TYPE value".

use dossier_timex::{Anchor, NaiveDate, TimexType, annotate, annotate_sentences};

fn day(y: i32, m: u32, d: u32) -> Anchor {
    Anchor::on(NaiveDate::from_ymd_opt(y, m, d).expect("valid test date"))
}

/// The anchor used by most tests: Thursday 6 March 2025.
fn thu() -> Anchor {
    day(2025, 3, 6)
}

fn render(text: &str, anchor: &Anchor) -> Vec<String> {
    annotate(text, anchor).iter().map(|t| format!("{} => {} {}", &text[t.start..t.end], t.ty, t.value)).collect()
}

#[track_caller]
fn check(text: &str, anchor: Anchor, expected: &[&str]) {
    let got = render(text, &anchor);
    assert_eq!(got, expected, "\ntext: {text}");
}

#[test]
fn absolute_dates() {
    check("The talks opened on 24 March 2025 in Geneva.", thu(), &["24 March 2025 => DATE 2025-03-24"]);
    check("It was signed on March 24, 2011.", thu(), &["March 24, 2011 => DATE 2011-03-24"]);
    check("The war began in 2011.", thu(), &["2011 => DATE 2011"]);
    check("Prices fell in October 2022.", thu(), &["October 2022 => DATE 2022-10"]);
    check("Sales peaked in the 1990s.", thu(), &["the 1990s => DATE 199"]);
    check("The deal closed Sept. 30, 2024.", thu(), &["Sept. 30, 2024 => DATE 2024-09-30"]);
    check("He said the vote is set for March 24.", thu(), &["March 24 => DATE 2025-03-24"]);
}

#[test]
fn modifiers() {
    let got = annotate("Construction will resume in mid-2023.", &thu());
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].value, "2023");
    assert_eq!(got[0].modifier.map(|m| m.as_str()), Some("MID"));
    check("It was built in early 2020.", thu(), &["early 2020 => DATE 2020"]);
    check("The lease runs for more than three years.", thu(), &["more than three years => DURATION P3Y"]);
}

#[test]
fn weekday_past_and_future() {
    // Thursday 6 March 2025: past tense looks back, future looks ahead.
    check("The minister said on Monday that talks had failed.", thu(), &["Monday => DATE 2025-03-03"]);
    check("The minister will travel to Kyiv on Monday.", thu(), &["Monday => DATE 2025-03-10"]);
    check("Officials said Thursday the border was closed.", thu(), &["Thursday => DATE 2025-03-06"]);
    check("The council is to meet on Friday.", thu(), &["Friday => DATE 2025-03-07"]);
    check("Troops attacked the town last Friday.", thu(), &["last Friday => DATE 2025-02-28"]);
    check("Talks resume next Monday.", thu(), &["next Monday => DATE 2025-03-10"]);
}

#[test]
fn deictic_days() {
    check("Today the parliament voted.", thu(), &["Today => DATE 2025-03-06"]);
    check(
        "The strike began yesterday and ends tomorrow.",
        thu(),
        &["yesterday => DATE 2025-03-05", "tomorrow => DATE 2025-03-07"],
    );
}

#[test]
fn relative_week_month_year() {
    check("Prices rose last week.", thu(), &["last week => DATE 2025-W09"]);
    check("Prices rose last month.", thu(), &["last month => DATE 2025-02"]);
    check("Prices rose last year.", thu(), &["last year => DATE 2024"]);
    check("The law was passed earlier this month.", thu(), &["earlier this month => DATE 2025-03"]);
    check("Elections are due this spring.", thu(), &["this spring => DATE 2025-SP"]);
    check("The plant will open in the third quarter.", thu(), &["the third quarter => DATE 2025-Q3"]);
    check("Fourth-quarter profit fell.", thu(), &["Fourth-quarter => DATE 2024-Q4"]);
}

#[test]
fn references_past_present_future() {
    check("More troops will arrive in the coming months.", thu(), &["the coming months => DATE FUTURE_REF"]);
    check("The group recently changed its name.", thu(), &["recently => DATE PAST_REF"]);
    check("The army is now in control.", thu(), &["now => DATE PRESENT_REF"]);
    check("The company currently employs 300 people.", thu(), &["currently => DATE PRESENT_REF"]);
}

#[test]
fn ranges_give_two_dates() {
    check("Output doubled between 2016 and 2019.", thu(), &["2016 => DATE 2016", "2019 => DATE 2019"]);
}

#[test]
fn durations() {
    check("It was a three-week offensive.", thu(), &["three-week => DURATION P3W"]);
    check("The siege lasted six months.", thu(), &["six months => DURATION P6M"]);
    check("A ceasefire holds for the next 48 hours.", thu(), &["the next 48 hours => DURATION PT48H"]);
    check("The feud has lasted for decades.", thu(), &["decades => DURATION PXE"]);
    check("He served twenty-five years in prison.", thu(), &["twenty-five years => DURATION P25Y"]);
    check("It took a dozen years.", thu(), &["a dozen years => DURATION P12Y"]);
    check("The flight took 2 1/2 hours.", thu(), &["2 1/2 hours => DURATION PT2H30M"]);
}

#[test]
fn sets() {
    check("Protesters gather every Friday.", thu(), &["every Friday => SET XXXX-WXX-5"]);
    check("The report is published weekly.", thu(), &["weekly => SET P1W"]);
    check("Inspections happen daily.", thu(), &["daily => SET P1D"]);
    check("The fee rises annually.", thu(), &["annually => SET P1Y"]);
    let got = annotate("They meet twice a week.", &thu());
    assert_eq!(got[0].value, "P1W");
    assert_eq!(got[0].freq.as_deref(), Some("2X"));
}

#[test]
fn times() {
    check("Shelling resumed on Friday night.", day(2025, 3, 8), &["Friday night => TIME 2025-03-07TNI"]);
    check(
        "On Tuesday the polls closed at 5 p.m. local time.",
        thu(),
        &["Tuesday => DATE 2025-03-04", "5 p.m. local time => TIME 2025-03-04T17:00"],
    );
    check("Sirens sounded early this morning.", thu(), &["early this morning => TIME 2025-03-06TMO"]);
    check("Talks continued Monday afternoon.", thu(), &["Monday afternoon => TIME 2025-03-03TAF"]);
    check("The blast came at 10:35 a.m.", thu(), &["10:35 a.m. => TIME 2025-03-06T10:35"]);
}

#[test]
fn anchoring_on_another_expression() {
    check(
        "Protests began three days after the March 4 vote.",
        thu(),
        &["three days after => DATE 2025-03-07", "March 4 => DATE 2025-03-04"],
    );
    check(
        "The treaty was signed on 12 January 2024. The next day, fighting resumed.",
        thu(),
        &["12 January 2024 => DATE 2024-01-12", "The next day => DATE 2024-01-13"],
    );
    check(
        "Rebels took the city on 3 May 2023. The following week they withdrew.",
        thu(),
        &["3 May 2023 => DATE 2023-05-03", "The following week => DATE 2023-W19"],
    );
}

#[test]
fn unanchored_values_stay_underspecified() {
    let none = Anchor::none();
    check("The vote is on June 13.", none, &["June 13 => DATE XXXX-06-13"]);
    check("The group recently moved.", none, &["recently => DATE PAST_REF"]);
    check("Talks resume on Tuesday.", none, &["Tuesday => DATE XXXX-WXX-2"]);
    check("Prices rose last year.", none, &["last year => DATE XXXX"]);
    let got = annotate("It rained yesterday.", &none);
    assert!(got[0].anchored);
}

#[test]
fn numbers_ordinals_abbreviations() {
    check("The truce expired on the 3rd of March.", thu(), &["3rd of March => DATE 2025-03-03"]);
    check("The order was issued Jan. 5.", thu(), &["Jan. 5 => DATE 2025-01-05"]);
    check("A dozen years ago it was different.", thu(), &["A dozen years ago => DATE 2013"]);
    check("The meeting starts at 9 am.", thu(), &["9 am => TIME 2025-03-06T09:00"]);
}

#[test]
fn words_that_are_not_times() {
    check("They may march on the capital.", thu(), &[]);
    check("The 45-year-old was arrested. It cost $2011 and 1,999 people came.", thu(), &[]);
    check("Leaves fall in the park.", thu(), &[]);
}

#[test]
fn sentences_path_agrees_with_whole_text() {
    let text = "The minister said on Monday that talks had failed. He will return on Friday.";
    let split = text.find(" He").unwrap_or(0);
    let a = annotate(text, &thu());
    let b = annotate_sentences(text, &[(0, split), (split + 1, text.len())], &thu());
    assert_eq!(a, b);
    assert_eq!(a[1].value, "2025-03-07");
    assert_eq!(a[1].ty, TimexType::Date);
}

/// Random input never panics, and spans always fall on character boundaries.
#[test]
fn random_input_never_panics() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces = [
        "March ",
        "24",
        " p.m.",
        "'",
        "-",
        "Friday ",
        "last ",
        "week",
        ", ",
        ".",
        "é",
        "’",
        "2011",
        "the ",
        "three",
        "days ago",
        "Sept.",
        ":",
        "1/2",
        "\n",
        "every ",
        "mid-",
        "Q",
        "s",
        "\u{1F600}",
    ];
    for round in 0..2000 {
        let mut bytes = Vec::new();
        for _ in 0..(next() % 60) {
            if next() % 3 == 0 {
                bytes.push((next() % 256) as u8);
            } else {
                bytes.extend_from_slice(pieces[(next() % pieces.len() as u64) as usize].as_bytes());
            }
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let anchor = if round % 2 == 0 { thu() } else { Anchor::none() };
        for t in annotate(&text, &anchor) {
            assert!(t.start < t.end && t.end <= text.len());
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        let n = text.len();
        let cuts = [(0, n / 3), (n / 3, n), (n, n + 5), (7, 3)];
        for t in annotate_sentences(&text, &cuts, &anchor) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}

#[test]
fn clock_times_follow_the_discourse() {
    // The sentence names no day: the time belongs to the last mention whose
    // part of the day fits ("Sunday night"), not to the news conference.
    check(
        "The missile came down on Sunday night, the minister told a news conference on Tuesday. \
         It struck a farm at 11:40 p.m. local time.",
        thu(),
        &[
            "Sunday night => TIME 2025-03-02TNI",
            "Tuesday => DATE 2025-03-04",
            "11:40 p.m. local time => TIME 2025-03-02T23:40",
        ],
    );
    // Small hours after a night fall on the next day; so does "after midnight".
    check(
        "Drones attacked the port on Tuesday night. Radar tracked them at 3:20 a.m. local time.",
        thu(),
        &["Tuesday night => TIME 2025-03-04TNI", "3:20 a.m. local time => TIME 2025-03-05T03:20"],
    );
    check(
        "The blast came at 11:40 p.m. on Sunday. Jets were scrambled shortly after midnight.",
        thu(),
        &["11:40 p.m. => TIME 2025-03-02T23:40", "Sunday => DATE 2025-03-02", "midnight => TIME 2025-03-03T00:00"],
    );
    // A plain day earlier in the discourse is the day of a later time.
    check(
        "The ship was hit on Monday. It happened at about 6:15 a.m., the coast guard said.",
        thu(),
        &["Monday => DATE 2025-03-03", "about 6:15 a.m. => TIME 2025-03-03T06:15"],
    );
    // "at 3:12 a.m. on Friday": the day after the time.
    check(
        "Power stopped at 3:12 a.m. local time on Friday.",
        thu(),
        &["3:12 a.m. local time => TIME 2025-02-28T03:12", "Friday => DATE 2025-02-28"],
    );
}

#[test]
fn counted_from_the_story_event() {
    // "the strike" is the story's event, dated by its first day-precise
    // date other than the publication date.
    check(
        "A missile hit a farm on Sunday night. Two days after the strike, ambassadors met.",
        thu(),
        &["Sunday night => TIME 2025-03-02TNI", "Two days after => DATE 2025-03-04"],
    );
    check(
        "Ships clashed on Monday. The corvette had moved there two days before the incident.",
        thu(),
        &["Monday => DATE 2025-03-03", "two days before => DATE 2025-03-01"],
    );
    // A present main clause: the expression is now.
    check(
        "Nine days after a missile hit a field, the EU should be debating defence.",
        thu(),
        &["Nine days after => DATE 2025-03-06"],
    );
    // No event date known: TimeBank's duration.
    check("He left 90 days after their issue.", thu(), &["90 days => DURATION P90D"]);
}

#[test]
fn numeric_byline_dates() {
    check("Published 21.09.2023 14:05", thu(), &["21.09.2023 => DATE 2023-09-21", "14:05 => TIME 2023-09-21T14:05"]);
    check("Posted 26/06/2025 18:30", thu(), &["26/06/2025 => DATE 2025-06-26", "18:30 => TIME 2025-06-26T18:30"]);
    check("Updated 2025-03-06 in Warsaw", thu(), &["2025-03-06 => DATE 2025-03-06"]);
}

#[test]
fn newspapers_and_ordinals_are_not_times() {
    check("In an editorial, the Lithuanian daily Vilniaus Žinios blamed Minsk.", thu(), &[]);
    check("Hruška told the weekly Horizont that it was over.", thu(), &[]);
    check("Prices are updated daily.", thu(), &["daily => SET P1D"]);
    check("A second unexplained launch could escalate the dispute.", thu(), &[]);
    check("It lasted a second or two.", thu(), &["a second => DURATION PT1S"]);
}

#[test]
fn earlier_this_week_on_a_tuesday_is_monday() {
    let tue = day(2025, 1, 14);
    check("Sonar images recorded earlier this week show a furrow.", tue, &["earlier this week => DATE 2025-01-13"]);
    check("Sonar images recorded earlier this week show a furrow.", thu(), &["earlier this week => DATE 2025-W10"]);
}

#[test]
fn datelines() {
    use dossier_timex::dateline_date;
    let d = NaiveDate::from_ymd_opt;
    assert_eq!(dateline_date("PARIS, March 3 (Reuters) – France", Some(2024)), d(2024, 3, 3));
    assert_eq!(dateline_date("HELSINKI, Jan 14 (Baltic Wire) – Finnish police", Some(2025)), d(2025, 1, 14));
    assert_eq!(dateline_date("MANILA — A Chinese coast guard vessel", Some(2024)), None);
    // Of the bundled articles only the wire story opens with a dated dateline.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("examples folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("utf-8 example");
            if let Some((_, d)) = dossier_timex::find_dateline(&text, 4) {
                found.push((path.file_name().unwrap().to_string_lossy().into_owned(), d.month, d.day, d.agency));
            }
        }
    }
    assert_eq!(found, [("02-gulf-of-finland-cable.txt".to_string(), 1, 14, Some("Baltic Wire".to_string()))]);
}

#[test]
fn second_days_weeks_of_and_recent_spans() {
    check("The summit meets on April 24 and 25.", thu(), &["April 24 => DATE 2025-04-24", "25 => DATE 2025-04-25"]);
    check("On March 3, 25 soldiers died.", thu(), &["March 3 => DATE 2025-03-03"]);
    check("A hearing is set for the week of March 10.", thu(), &["the week of March 10 => DATE 2025-W11"]);
    check("Prices rose in recent weeks.", thu(), &["recent weeks => DURATION PXW"]);
    check("Prices rose in recent years.", thu(), &["recent years => DATE PAST_REF"]);
}

#[test]
fn calendar_dates_look_ahead_after_deadlines() {
    // A reporting verb far from the date does not
    // make it past; "by", "payable", "effective" look ahead.
    check(
        "The company said it will redeem the shares payable Dec. 7.",
        day(2025, 11, 2),
        &["Dec. 7 => DATE 2025-12-07"],
    );
    check("The bank said it extended the loans through January.", day(2025, 10, 30), &["January => DATE 2026-01"]);
}

#[test]
fn plans_as_nouns_and_clock_deadlines() {
    // "the plan" is a noun, not a future cue: the date is the past one.
    check("The thrift announced the plan Aug. 21.", day(1989, 11, 2), &["Aug. 21 => DATE 1989-08-21"]);
    // A deadline: "until 9 a.m. Tuesday" lies ahead even in a past clause.
    check(
        "The agency gave the relatives until 9 a.m. Tuesday to sign.",
        day(2000, 4, 3),
        &["9 a.m. Tuesday => TIME 2000-04-04T09:00"],
    );
}

#[test]
fn that_year_follows_the_last_date_of_any_precision() {
    check(
        "He moved to Florida in June 1998 and returned to Cuba later that year.",
        day(2000, 1, 28),
        &["June 1998 => DATE 1998-06", "later that year => DATE 1998"],
    );
}
