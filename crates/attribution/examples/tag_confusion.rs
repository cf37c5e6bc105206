//! Token-level confusion of the tagger against PolNeAR gold (tuning aid).
use dossier_attribution::model::{self, Context, Model, TAGS};
use dossier_attribution::polnear::load_split;
use dossier_attribution::rules;
use dossier_attribution::text::View;
use dossier_attribution::train::{gold_tags, prepare};
use dossier_model::Document;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).unwrap()).unwrap();
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &args[0], None).unwrap();
    let light = dossier_nlp::Pipeline::new(vec![
        Box::new(dossier_nlp::segment::Segmenter),
        Box::new(dossier_nlp::tokenize::Tokenizer),
    ])
    .unwrap();
    let mut m = [[0usize; 4]; 4];
    let mut m1 = [[0usize; 4]; 4];
    for a in &arts {
        let doc = prepare(a, &|d: &mut Document| light.run(d));
        let view = View::new(&doc);
        let found = rules::find(&view);
        let mut ctx = Context::new(&view, &found);
        let first = model::tag_with(&model, 0, &view, &ctx);
        let tags = model::tag(&model, &view, &mut ctx);
        let gold = gold_tags(&view, &a.gold);
        for k in 0..tags.len() {
            if view.words[k].punct {
                continue;
            }
            m[model::tag_type(gold[k])][model::tag_type(tags[k])] += 1;
            m1[model::tag_type(gold[k])][model::tag_type(first[k])] += 1;
        }
    }
    let _ = TAGS;
    for (name, m) in [("first", m1), ("final", m)] {
        println!("{name}: gold \\ pred   O  SRC  CUE  CON");
        for (g, row) in m.iter().enumerate() {
            println!("{:>4} {:?}", ["O", "SRC", "CUE", "CON"][g], row);
        }
    }
}
