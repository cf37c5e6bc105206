//! Serves a store without the CLI, for load tests and UI work:
//! `cargo run --release -p dossier-server --example serve -- [DB] [BIND]`.
//! When DB does not exist it is created from the project's example
//! articles first.

use std::path::{Path, PathBuf};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let db = PathBuf::from(args.next().unwrap_or_else(|| "dossier-demo.db".into()));
    let bind = args.next().unwrap_or_else(|| dossier_server::DEFAULT_BIND.into());
    if !db.exists() {
        let mut store = dossier_store::SqliteStore::open(&db).expect("create the store");
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        let n = dossier_server::ingest::ingest_dir(&mut store, &dossier_nlp::default_pipeline(), &examples)
            .expect("ingest the examples");
        eprintln!("created {} with {n} example articles", db.display());
    }
    let mut config = dossier_server::ServeConfig::new(db);
    config.bind = bind.parse().expect("BIND is an address such as 127.0.0.1:8080");
    if let Err(e) = dossier_server::serve(config).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
