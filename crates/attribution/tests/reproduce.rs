//! The shipped tagger must be what `dossier train attribution` gives at this
//! commit. The tagger stacks on the rules' tag of each token, so a change
//! to those tags changes the model that training gives: this test then
//! fails until `models/attribution.bin` is retrained (the README's
//! command). Training takes about three minutes in a release build on two
//! loaded cores and far longer in debug, so the test is ignored by default;
//! run it after any change to `rules.rs`, the lexicon's cue words or the
//! tagger's features:
//!
//! ```text
//! cargo test --release -p dossier-attribution --test reproduce -- --ignored
//! ```
//!
//! Reads `$DOSSIER_SHARED_DATA` or `../shared/data` beside the repository;
//! skips when the data is absent, unless `DOSSIER_REQUIRE_SHARED=1`.

use dossier_attribution::polnear::load_split;
use dossier_attribution::train::{TrainOptions, prepare, train};
use dossier_model::Document;

mod common;
use common::{light_stages, shared_data};

#[test]
#[ignore = "trains the tagger (minutes in release); run after changing the rules"]
fn training_reproduces_the_shipped_model() {
    let Some(data) = shared_data() else { return };
    // As `dossier train attribution --splits train,dev` does: segmenter and
    // tokenizer only, default options.
    let stages = light_stages();
    let mut docs = Vec::new();
    for split in ["train", "dev"] {
        for a in load_split(&data.join("polnear"), split, None).expect("polnear split reads") {
            docs.push((prepare(&a, &|d: &mut Document| stages.run(d)), a.gold.clone()));
        }
    }
    let model = train(&docs, TrainOptions::default(), &mut |_, _, _| {});
    let shipped = include_bytes!("../models/attribution.bin");
    assert!(
        model.to_bytes() == shipped.as_slice(),
        "models/attribution.bin is not what training gives at this commit: the rules' tags have changed, \
         so retrain it with `dossier train attribution --polnear ../shared/data/polnear --splits train,dev \
         --out crates/attribution/models/attribution.bin` and record the new sha256 in the README"
    );
}
