//! The parallel part of a load: files found by the walk are read,
//! decoded and parsed on all cores in growing batches, and each batch's
//! reports and warnings are sent on in order, followed by progress.

use super::read::{read_file, FileResult, Outcome};
use super::walk::{self, Found};
use super::{LoadEvent, LoadOptions, LoadStats, FIRST_BATCH, MAX_BATCH};
use crate::model::Body;
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Reports whose bodies are compressed together: neighbours in a folder
/// share wording, and a block of this many compresses several times
/// better than one body, while showing one report decompresses little.
const PACK: usize = 16;

/// The order files are read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Order {
    /// As the walk finds them, walking on another thread meanwhile.
    AsFound,
    /// Walk everything first, then read in path order.
    ByPath,
}

/// How the bodies of the reports sent on are held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Bodies {
    /// Compressed in blocks of `PACK`: for reports that are kept.
    Packed,
    /// As parsed: for reports written out once and dropped (`dvtui
    /// export`), where compressing them only to decompress them again
    /// would cost a tenth of the work.
    Plain,
}

/// Reads the files under `paths` on all cores, batch by batch, so only one
/// batch of raw bytes is held at a time; with `Order::AsFound` the walk
/// runs on its own thread and the first reports come out at once.
pub(super) fn stream_paths(
    paths: &[PathBuf],
    opts: &LoadOptions,
    sink: &(dyn Fn(LoadEvent) + Sync),
    (order, bodies): (Order, Bodies),
) -> LoadStats {
    let start = Instant::now();
    let mut tally = Tally::default();
    // The load has its own threads: work the app hands to rayon's global
    // pool meanwhile (indexing, scoring) must not queue behind a batch.
    let pool = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("dvtui-load-{i}"))
        .build();
    let install = |work: &mut (dyn FnMut() + Send)| match &pool {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    };
    if order == Order::ByPath {
        let mut found = Vec::new();
        walk::walk_each(paths, &mut |f| found.push(f));
        let (mut files, warnings): (Vec<Found>, Vec<Found>) =
            found.into_iter().partition(|f| matches!(f, Found::File(_)));
        // Byte order of the path: the order of the displayed names, and far
        // cheaper than comparing component by component.
        files.sort_by(|a, b| path_bytes(a).cmp(path_bytes(b)));
        let mut items = warnings.into_iter().chain(files);
        install(&mut || {
            read_in_batches(&mut || items.next(), opts, bodies, &mut tally, sink);
        });
    } else {
        let (tx, rx) = std::sync::mpsc::channel();
        let tally = &mut tally;
        std::thread::scope(|scope| {
            scope.spawn(move || {
                // A send fails only when the reader stopped; then nobody cares.
                walk::walk_each(paths, &mut |found| drop(tx.send(found)));
            });
            install(&mut move || {
                read_in_batches(&mut || rx.recv().ok(), opts, bodies, tally, sink);
            });
        });
    }
    let Tally {
        mut stats,
        read,
        parse,
        ignored,
        ..
    } = tally;
    split_time(&mut stats, start.elapsed(), read, parse);
    stats.ignored = ignored.into_iter().collect();
    stats
        .ignored
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    stats
}

/// Reads the files `found` sends on all cores, a batch at a time, sending
/// each batch's reports and warnings in order, then a progress event.
fn read_in_batches(
    found: &mut dyn FnMut() -> Option<Found>,
    opts: &LoadOptions,
    bodies: Bodies,
    tally: &mut Tally,
    sink: &(dyn Fn(LoadEvent) + Sync),
) {
    let mut size = FIRST_BATCH;
    let mut batch = Vec::with_capacity(size);
    loop {
        let walking = next_batch(found, size, &mut batch, tally, sink);
        let results: Vec<FileResult> = batch
            .par_chunks(PACK)
            .flat_map_iter(|paths| {
                let mut read: Vec<FileResult> = paths
                    .iter()
                    .map(|p| read_file(p, opts.max_file_size))
                    .collect();
                if bodies == Bodies::Packed {
                    Body::pack(read.iter_mut().filter_map(|r| match &mut r.outcome {
                        Outcome::Read(report, _) => Some(&mut report.body),
                        Outcome::Skipped(_) => None,
                    }));
                }
                read
            })
            .collect();
        tally.done += batch.len();
        batch.clear();
        size = (size * 2).min(MAX_BATCH);
        deliver(results, tally, sink);
        sink(LoadEvent::Progress {
            files_done: tally.done,
            files_total: tally.stats.files,
            bytes_done: tally.stats.bytes,
            walk_done: !walking,
        });
        if !walking {
            return;
        }
    }
}

/// Fills `batch` with up to `size` files from the walk, passing its
/// warnings on. Returns false once the walk has finished.
fn next_batch(
    found: &mut dyn FnMut() -> Option<Found>,
    size: usize,
    batch: &mut Vec<PathBuf>,
    tally: &mut Tally,
    sink: &(dyn Fn(LoadEvent) + Sync),
) -> bool {
    while batch.len() < size {
        match found() {
            Some(Found::File(p)) => {
                tally.stats.files += 1;
                batch.push(p);
            }
            Some(Found::Ignored(ext)) => *tally.ignored.entry(ext).or_default() += 1,
            Some(Found::Warning { warning, missing }) => {
                tally.stats.missing += usize::from(missing);
                tally.stats.warnings += 1;
                sink(LoadEvent::Warning(warning));
            }
            None => return false,
        }
    }
    true
}

/// Running totals of a load.
#[derive(Default)]
struct Tally {
    stats: LoadStats,
    /// Files read (or refused) so far.
    done: usize,
    /// Files left unread for their extension, by extension.
    ignored: std::collections::HashMap<String, usize>,
    read: Duration,
    parse: Duration,
}

/// Sends one batch's reports and warnings, in walk order, and counts them.
fn deliver(results: Vec<FileResult>, tally: &mut Tally, sink: &(dyn Fn(LoadEvent) + Sync)) {
    let mut batch = Vec::with_capacity(results.len());
    for r in results {
        tally.read += r.read;
        tally.parse += r.parse;
        tally.stats.bytes += r.bytes;
        let warning = match r.outcome {
            Outcome::Read(report, warning) => {
                batch.push(*report);
                warning
            }
            Outcome::Skipped(w) => Some(w),
        };
        if let Some(w) = warning {
            tally.stats.warnings += 1;
            sink(LoadEvent::Warning(w));
        }
    }
    tally.stats.reports += batch.len();
    if !batch.is_empty() {
        sink(LoadEvent::Reports(batch));
    }
}

/// Splits wall time into reading and parsing (see `LoadStats`).
fn split_time(stats: &mut LoadStats, wall: Duration, read: Duration, parse: Duration) {
    let busy = (read + parse).as_secs_f64();
    let read_share = if busy > 0.0 {
        read.as_secs_f64() / busy
    } else {
        1.0
    };
    stats.read_ms = super::ms(wall) * read_share;
    stats.parse_ms = super::ms(wall) * (1.0 - read_share);
}

/// The path of a found file, as bytes (empty for a warning).
fn path_bytes(f: &Found) -> &[u8] {
    match f {
        Found::File(p) => p.as_os_str().as_encoded_bytes(),
        Found::Warning { .. } | Found::Ignored(_) => &[],
    }
}
