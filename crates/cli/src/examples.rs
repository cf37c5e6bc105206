//! The example articles bundled into the binary, so `dossier demo` works
//! from any directory. They are original fiction written for the project
//! (see `examples/README.md`).

pub const ARTICLES: &[(&str, &[u8])] = &[
    ("examples/01-poland-belarus-missile.txt", include_bytes!("../../../examples/01-poland-belarus-missile.txt")),
    ("examples/02-gulf-of-finland-cable.txt", include_bytes!("../../../examples/02-gulf-of-finland-cable.txt")),
    ("examples/03-romania-drone-incursion.txt", include_bytes!("../../../examples/03-romania-drone-incursion.txt")),
    ("examples/04-south-china-sea-standoff.txt", include_bytes!("../../../examples/04-south-china-sea-standoff.txt")),
    ("examples/05-czech-expels-diplomats.txt", include_bytes!("../../../examples/05-czech-expels-diplomats.txt")),
    ("examples/06-black-sea-ceasefire-talks.txt", include_bytes!("../../../examples/06-black-sea-ceasefire-talks.txt")),
    ("examples/07-denmark-water-cyberattack.txt", include_bytes!("../../../examples/07-denmark-water-cyberattack.txt")),
    ("examples/08-opinion-hungary-veto.txt", include_bytes!("../../../examples/08-opinion-hungary-veto.txt")),
];
