//! `dossier watch`: poll feeds and store each new item's page.
//!
//! The watcher (dossier-fetch) does the polling: conditional requests,
//! back-off on errors, memory of items already seen. Its state is saved
//! next to the store (`STORE.watch.json`) after every round, once that
//! round's articles are stored, so a stop at any moment repeats at most
//! one round's items next time — and those are skipped by id.

use anyhow::{Context, Result};
use dossier_fetch::{Event, FetchOptions, Fetcher, WatchConfig, WatchState, Watcher};
use dossier_ingest::{Format, ReadOptions, read_bytes};
use dossier_model::DateSource;
use dossier_store::{PutOutcome, SqliteStore, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Where the watch state of a store lives.
pub fn state_path(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}.watch.json", db.display()))
}

pub fn watch(
    store: &mut SqliteStore,
    db: &Path,
    urls: Vec<String>,
    every: Duration,
    once: bool,
    allow_private: bool,
) -> Result<ExitCode> {
    let path = state_path(db);
    let state = WatchState::load(&path).with_context(|| format!("{}: cannot read the watch state", path.display()))?;
    let fetch = FetchOptions { allow_private, ..Default::default() };
    let fetcher = Fetcher::new(fetch.clone());
    let config = WatchConfig { every, fetch, ..Default::default() };
    let mut watcher = Watcher::new(urls, config, state);
    let pipeline = dossier_nlp::default_pipeline();
    let mut failed_rounds = 0usize;
    let mut handle = |events: &[Event], state: &WatchState, store: &mut SqliteStore| -> Result<()> {
        let mut stored = 0;
        for event in events {
            match event {
                Event::NewItem { item, feed } => {
                    let Some(url) = item.url.as_deref() else { continue };
                    let page = match fetcher.fetch(url) {
                        Ok(p) => p,
                        Err(e) => {
                            eprintln!("failed: {e}");
                            continue;
                        }
                    };
                    let bytes = page.body_for_ingest();
                    let format = if page.is_html() { Format::Html } else { Format::sniff(&bytes) };
                    let opts = ReadOptions {
                        url: Some(page.final_url.clone()),
                        published: item.published_iso(),
                        published_from: Some(DateSource::Feed),
                        ..Default::default()
                    };
                    match read_bytes(&bytes, &page.final_url, format, &opts) {
                        Ok(mut doc) => {
                            pipeline.run(&mut doc);
                            if store.put(&doc, Some(&page.final_url), &pipeline.signature())? == PutOutcome::Inserted {
                                stored += 1;
                                eprintln!(
                                    "stored {} {} (from {feed})",
                                    &doc.id.as_str()[..10],
                                    doc.meta.title.as_deref().unwrap_or(url)
                                );
                            }
                        }
                        Err(e) => eprintln!("failed: {e}"),
                    }
                }
                Event::Failed { feed, error, retry_at, .. } => {
                    failed_rounds += 1;
                    eprintln!("failed: {feed}: {error} (next try {})", retry_at.format("%H:%M:%S UTC"));
                }
                Event::NotModified { feed } => tracing::info!(%feed, "not modified"),
                Event::NoNewItems { feed, items } => tracing::info!(%feed, items, "no new items"),
            }
        }
        state.save(&path).with_context(|| format!("{}: cannot save the watch state", path.display()))?;
        if stored > 0 || once {
            eprintln!("{stored} new article{} stored", if stored == 1 { "" } else { "s" });
        }
        Ok(())
    };
    if once {
        // --once polls every feed now, whatever the schedule in the state
        // says, as a user running it by hand (or from cron) expects.
        let now = chrono::Utc::now();
        let feeds = watcher.feeds().to_vec();
        let events: Vec<Event> = feeds.iter().flat_map(|f| watcher.poll_feed(f, now)).collect();
        handle(&events, watcher.state(), store)?;
        return Ok(if failed_rounds == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) });
    }
    eprintln!("watching {} feed(s) every {}s; Ctrl-C to stop", watcher.feeds().len(), every.as_secs());
    // Ctrl-C ends the process; each article is stored in its own
    // transaction and the state is saved after each round, so nothing
    // stored is lost and at most one round's items are fetched again.
    let stop = AtomicBool::new(false);
    let mut result = Ok(());
    watcher.run(&stop, |events, state| {
        if result.is_ok() {
            result = handle(events, state, store);
        }
    });
    result.map(|()| ExitCode::SUCCESS)
}
