//! Every date in the bundled example articles, resolved as
//! `examples/README.md` intends, through the public pipeline.
//!
//! Each article is read as it is on disk and given the publication date of
//! its byline (the ingest side finds that date; here it is set by hand so
//! that this test checks the time stage alone). Each case lists the text of
//! a temporal expression and its TIMEX3 value in text order; the article
//! may hold further timexes (footer years), but none may have a text listed
//! under `not`.

use std::path::PathBuf;

use dossier_model::{DateSource, Document, Metadata, Published};

struct Case {
    file: &'static str,
    published: &'static str,
    expect: &'static [(&'static str, &'static str)],
    not: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        file: "01-poland-belarus-missile.txt",
        published: "2025-03-06",
        expect: &[
            ("6 March 2025", "2025-03-06"),
            ("Sunday night", "2025-03-02TNI"),
            ("Tuesday", "2025-03-04"),
            ("11:40 p.m. local time", "2025-03-02T23:40"),
            ("midnight", "2025-03-03T00:00"),
            ("yesterday", "2025-03-05"),
            ("2 March", "2025-03-02"),
            ("last month", "2025-02"),
            ("three-week", "P3W"),
            ("17 February", "2025-02-17"),
            ("Monday", "2025-03-03"),
            ("Wednesday", "2025-03-05"),
            ("Two days after", "2025-03-04"),
            ("the coming months", "FUTURE_REF"),
        ],
        not: &["daily", "A second"],
    },
    Case {
        file: "02-gulf-of-finland-cable.txt",
        published: "2025-01-14T16:47:00+02:00",
        expect: &[
            ("14 Jan 2025", "2025-01-14"),
            ("Jan 14", "2025-01-14"),
            ("Tuesday", "2025-01-14"),
            ("last Friday", "2025-01-10"),
            ("3:12 a.m. local time", "2025-01-10T03:12"),
            ("Friday", "2025-01-10"),
            ("48 hours", "PT48H"),
            ("earlier this week", "2025-01-13"),
            ("the past year", "P1Y"),
            ("2023", "2023"),
            ("the coming weeks", "FUTURE_REF"),
            ("2023", "2023"),
        ],
        not: &[],
    },
    Case {
        file: "03-romania-drone-incursion.txt",
        published: "2023-09-21T14:05:00",
        expect: &[
            ("21.09.2023", "2023-09-21"),
            ("Thursday", "2023-09-21"),
            ("Tuesday night", "2023-09-19TNI"),
            ("weeks", "PXW"),
            ("3:20 a.m. local time", "2023-09-20T03:20"),
            ("about 40 minutes", "PT40M"),
            ("2019", "2019"),
            ("yesterday morning", "2023-09-20TMO"),
            ("2022", "2022"),
            ("Wednesday", "2023-09-20"),
            ("weeks", "PXW"),
            ("July", "2023-07"),
            ("weeks", "PXW"),
        ],
        not: &[],
    },
    Case {
        file: "04-south-china-sea-standoff.txt",
        published: "2024-10-09",
        expect: &[
            ("October 9, 2024", "2024-10-09"),
            ("Monday", "2024-10-07"),
            ("about 6:15 a.m.", "2024-10-07T06:15"),
            ("next week", "2024-W42"),
            ("yesterday", "2024-10-08"),
            ("last month", "2024-09"),
            ("next week", "2024-W42"),
            ("Monday evening", "2024-10-07TEV"),
            ("Tuesday", "2024-10-08"),
            ("two days before", "2024-10-05"),
            ("2016", "2016"),
        ],
        not: &["A second", "daily"],
    },
    Case {
        file: "05-czech-expels-diplomats.txt",
        published: "2024-11-08",
        expect: &[
            ("8 November 2024", "2024-11-08"),
            ("72 hours", "PT72H"),
            ("Wednesday", "2024-11-06"),
            ("yesterday", "2024-11-07"),
            ("14 October", "2024-10-14"),
            ("last month", "2024-10"),
            ("September", "2024-09"),
            ("Thursday", "2024-11-07"),
            ("the past year", "P1Y"),
            ("Thursday", "2024-11-07"),
            ("the next week", "P1W"),
            ("2021", "2021"),
            ("2014", "2014"),
        ],
        not: &["weekly", "daily"],
    },
    Case {
        file: "06-black-sea-ceasefire-talks.txt",
        published: "2025-06-26T18:30:00+03:00",
        expect: &[
            ("26/06/2025", "2025-06-26"),
            ("Thursday", "2025-06-26"),
            ("yesterday", "2025-06-25"),
            ("30-day", "P30D"),
            ("July 1", "2025-07-01"),
            ("the weekend", "2025-W26-WE"),
            ("Saturday", "2025-06-21"),
            ("last month", "2025-05"),
            ("Wednesday evening", "2025-06-25TEV"),
            ("the spring", "2025-SP"),
            ("this week", "2025-W26"),
            ("the coming weeks", "FUTURE_REF"),
        ],
        not: &[],
    },
    Case {
        file: "07-denmark-water-cyberattack.txt",
        published: "2025-02-04T09:12:00+01:00",
        expect: &[
            ("Tuesday 4 February 2025", "2025-02-04"),
            ("09:12 CET", "2025-02-04T09:12"),
            ("December", "2024-12"),
            ("yesterday", "2025-02-03"),
            ("December 12", "2024-12-12"),
            ("nine hours", "PT9H"),
            ("the following three days", "P3D"),
            ("October", "2024-10"),
            ("last year", "2024"),
            ("midnight", "2024-12-12T24:00"),
            ("earlier this week", "2025-02-03"),
            ("5 p.m. local time today", "2025-02-04T17:00"),
            ("last month", "2025-01"),
            ("the summer", "2025-SU"),
        ],
        not: &[],
    },
    Case {
        file: "08-opinion-hungary-veto.txt",
        published: "2025-03-11",
        expect: &[
            ("Tuesday, 11 March 2025", "2025-03-11"),
            ("Nine days after", "2025-03-11"),
            ("Last Friday", "2025-03-07"),
            ("last month", "2025-02"),
            ("Friday", "2025-03-07"),
            ("Monday", "2025-03-10"),
            ("15 March", "2025-03-15"),
            ("the autumn", "2024-FA"),
            ("next Monday", "2025-03-17"),
        ],
        not: &[],
    },
];

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// Runs the default pipeline on one example with its byline date.
fn timexes(case: &Case) -> Vec<(String, String)> {
    let path = examples_dir().join(case.file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let meta = Metadata {
        published: Some(Published { value: case.published.into(), source: DateSource::Text }),
        ..Default::default()
    };
    let mut doc = Document::new(text, meta);
    dossier_nlp::default_pipeline().run(&mut doc);
    doc.timexes.iter().map(|t| (doc.slice(t.span).to_string(), t.value.clone())).collect()
}

#[test]
fn every_example_date_is_anchored_as_intended() {
    let mut failures = Vec::new();
    for case in CASES {
        let found = timexes(case);
        // The expected cases must appear in this order, others may come between.
        let mut at = 0;
        for &(text, value) in case.expect {
            match found[at..].iter().position(|(t, _)| t == text) {
                Some(k) if found[at + k].1 == value => at += k + 1,
                Some(k) => {
                    failures.push(format!("{}: {text:?} is {} (want {value})", case.file, found[at + k].1));
                    at += k + 1;
                }
                None => failures.push(format!("{}: {text:?} ({value}) not found after position {at}", case.file)),
            }
        }
        for bad in case.not {
            if found.iter().any(|(t, _)| t == bad) {
                failures.push(format!("{}: {bad:?} must not be a timex", case.file));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
