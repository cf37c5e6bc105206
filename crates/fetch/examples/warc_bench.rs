//! Streams a generated ~1 GB WARC and reports throughput and peak memory.
//!
//! `cargo run --release -p dossier-fetch --example warc_bench -- --records N
//! [--page-kb 20] [--gzip] [--huge-every K --huge-mb M] [--dir /tmp]`
//!
//! The archive is written to a temporary directory and deleted afterwards.
//! Peak RSS is the kernel's high-water mark (VmHWM), so it covers the
//! generator as well as the reader; the reader's share is the difference
//! from the figure printed after generation.

use dossier_fetch::warc::{Records, Synthetic, WarcOptions, sample_page, write_synthetic};
use std::time::Instant;

fn vm_hwm_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let records: usize = value("--records").and_then(|v| v.parse().ok()).unwrap_or(50_000);
    let page_kb: usize = value("--page-kb").and_then(|v| v.parse().ok()).unwrap_or(20);
    let gzip = args.iter().any(|a| a == "--gzip");
    let huge_every: Option<usize> = value("--huge-every").and_then(|v| v.parse().ok());
    let huge_mb: u64 = value("--huge-mb").and_then(|v| v.parse().ok()).unwrap_or(100);
    let dir = value("--dir").unwrap_or_else(|| std::env::temp_dir().display().to_string());

    let tmp = tempfile::tempdir_in(&dir).expect("temporary directory");
    let path = tmp.path().join(if gzip { "bench.warc.gz" } else { "bench.warc" });
    let spec = Synthetic {
        pages: records,
        template: sample_page(page_kb * 1024),
        gzip,
        huge: huge_every.map(|k| (k, huge_mb * 1024 * 1024)),
    };
    let start = Instant::now();
    let written = write_synthetic(&path, &spec).expect("write the archive");
    let file_mb = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
    println!(
        "generated {} records ({} html pages, {} huge) = {:.0} MB of WARC, {:.0} MB on disk, in {:.1} s; peak rss so far {:.1} MB",
        written.records,
        written.html_pages,
        written.huge_pages,
        written.bytes as f64 / 1e6,
        file_mb,
        start.elapsed().as_secs_f64(),
        vm_hwm_mb()
    );

    let start = Instant::now();
    let mut reader = Records::open(&path).expect("open").with_options(WarcOptions::default());
    let (mut pages, mut body_bytes, mut errors) = (0u64, 0u64, 0u64);
    for r in reader.by_ref() {
        match r {
            Ok(resp) => {
                pages += 1;
                body_bytes += resp.body.len() as u64;
            }
            Err(_) => errors += 1,
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let stats = reader.stats().clone();
    println!(
        "read {} records ({pages} html pages yielded, {errors} skipped with a diagnostic) in {secs:.2} s: \
         {:.0} records/s, {:.0} pages/s, {:.1} MB/s of WARC, {:.1} MB/s of page bodies",
        stats.records,
        stats.records as f64 / secs,
        pages as f64 / secs,
        stats.bytes as f64 / 1e6 / secs,
        body_bytes as f64 / 1e6 / secs,
    );
    println!("peak rss (VmHWM) {:.1} MB", vm_hwm_mb());
}
