//! Loading through a store: the stored reports of unchanged files are sent
//! at once, through the same `LoadEvent::Reports` batches a parse sends,
//! then new and changed files are parsed (and stored, one transaction per
//! batch) and gone ones dropped. A failing store never stops the load: it
//! is named in one warning and the files are parsed instead.

use super::scan::{compare, compare_with, survey, Scan, Survey};
use super::write::{Entry, FileMeta};
use super::{content_hash, snapshot, ScanWrites, Storage, StoreError};
use crate::load::{LoadEvent, LoadOptions, LoadStats, Source};
use crate::model::{LoadWarning, Report};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::{mpsc, Mutex};
use std::time::Instant;

/// Where a load's events go.
type Sink<'a> = &'a (dyn Fn(LoadEvent) + Sync);

/// Told a load's figures once everything is parsed.
type Parsed<'a> = &'a dyn Fn(&LoadStats);

/// Sends `Done` once: with `true` while the store is still written behind.
type SendDone<'a> = &'a dyn Fn(&LoadStats, bool);

/// Stored reports per batch sent to the app.
const STORED_BATCH: usize = 4096;

/// Whether a load found its reports in the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Warmth {
    /// Built or completed now: everything (or what was missing) parsed.
    Cold,
    /// A complete store: only changes parsed.
    Warm,
}

/// How to load through a store.
#[derive(Clone, Debug, Default)]
pub struct SyncOptions {
    /// Send the stored reports (false for `dvtui ingest`, which only updates).
    pub emit_stored: bool,
    /// The receiver takes a whole saved catalog (`LoadEvent::Catalog`)
    /// instead of report batches when the store has one for these files,
    /// and saves the catalog it builds when offered (`KeepCatalog`).
    pub whole_catalog: bool,
    /// Store behind the load: parsed batches wait in memory and are
    /// stored once everything is parsed, after the load said it is done
    /// (`Done` with `storing`, everything searchable). For a launch, whose
    /// first parse would otherwise share the cores with the writer;
    /// `dvtui ingest` keeps the queue short instead, so its memory stays
    /// bounded.
    pub write_behind: bool,
}

/// What a load through a store did.
#[derive(Clone, Debug)]
pub struct SyncOutcome {
    pub warmth: Warmth,
    /// Files parsed (new, changed, or stored by another parser version).
    pub reparsed: usize,
    /// Reports sent from the store.
    pub kept: usize,
    /// Stored files dropped because they are gone.
    pub removed: usize,
    /// Why the store could not be updated, when it could not.
    pub error: Option<String>,
}

/// Loads `paths` through `store` (everything stored when `paths` is
/// empty), sending events to `sink` as `load::stream` does, ending with
/// `Done`. The store is brought up to date with the files.
pub fn stream(
    mut store: impl Storage,
    paths: &[PathBuf],
    opts: &LoadOptions,
    sync: &SyncOptions,
    sink: &(dyn Fn(LoadEvent) + Sync),
) -> SyncOutcome {
    let start = Instant::now();
    let warm = store.was_complete() && !store.was_rebuilt();
    let mut outcome = SyncOutcome {
        warmth: if warm { Warmth::Warm } else { Warmth::Cold },
        reparsed: 0,
        kept: 0,
        removed: 0,
        error: None,
    };
    let mut stats = LoadStats::default();
    let done_sent = std::cell::Cell::new(false);
    // `storing`: told early, while the writer still works.
    let done = |stats: &LoadStats, storing: bool| {
        if !done_sent.replace(true) {
            let mut stats = stats.clone();
            stats.total_ms = crate::load::ms(start.elapsed());
            stats.storing = storing;
            sink(LoadEvent::Done(stats));
        }
    };
    if let Err(e) = update(
        &mut store,
        paths,
        opts,
        (sync, sink, &done),
        &mut outcome,
        &mut stats,
    ) {
        let reason = format!("store not used ({}); reading the files instead", e.cause());
        outcome.error = Some(reason.clone());
        sink(LoadEvent::Warning(store_warning(&store, reason)));
        if outcome.kept == 0 && outcome.reparsed == 0 {
            // Nothing was sent yet: parse everything, as without a store.
            crate::load::stream(&Source::Paths(paths.to_vec()), opts, sink);
            return outcome;
        }
    }
    if done_sent.get() {
        sink(LoadEvent::Stored);
    } else {
        done(&stats, false);
    }
    // The walk's paths and the comparison's tables are freed on threads
    // now idle: their pages go back before the catalog is browsed.
    crate::memory::give_back();
    outcome
}

/// The steps of `stream`; an error means the store could not be read or
/// written (what was sent stays sent).
/// `done` sends `Done` (once): early, as soon as everything is parsed, when
/// the store is written behind and nothing needs the stored reports first.
fn update(
    store: &mut dyn Storage,
    paths: &[PathBuf],
    opts: &LoadOptions,
    (sync, sink, done): (&SyncOptions, Sink, SendDone),
    outcome: &mut SyncOutcome,
    stats: &mut LoadStats,
) -> Result<(), StoreError> {
    let naming = snapshot::naming(paths);
    let wants_saved = sync.emit_stored && sync.whole_catalog;
    // The saved catalog of the files as stored is shown before the files
    // are compared with the store: usable at once, replaced below if the
    // files changed.
    let (saved, walked) = send_saved_while_walking(
        store,
        paths,
        wants_saved.then_some(naming.as_str()),
        sink,
        &mut outcome.kept,
    );
    let saved = saved?;
    let mut found = match walked {
        // No paths: show what the store holds, under its stored names.
        Walked::NoPaths => {
            let mut files = 0;
            store.each_stored_file(&mut |_, _| files += 1)?;
            Scan::nothing_walked(files)
        }
        Walked::Compared(scan) => scan?,
        Walked::Surveyed(survey) => compare(survey, store)?,
        // No thread for the walk: walked here.
        Walked::NotStarted => compare(survey(paths), store)?,
    };
    let whole = paths.is_empty();
    let name_of = |id: i64, stored_name: &str| {
        if whole {
            Some(stored_name.to_string())
        } else {
            found.kept.name(id)
        }
    };
    for w in found.warnings.drain(..) {
        sink(LoadEvent::Warning(w));
    }
    stats.ignored = found.ignored.drain().collect();
    stats
        .ignored
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let dirty = !found.changed.is_empty() || !found.gone.is_empty() || !found.touched.is_empty();
    outcome.removed = found.gone.len();
    // Files changed or went since the catalog was saved: their reports are
    // hidden at once, the files parsed again are added as they come, and
    // the catalog is then made again from the store (identities and
    // positions depend on every report).
    let stale = if saved {
        let mut ids = found.gone.clone();
        ids.extend_from_slice(&found.replaced);
        ids
    } else {
        Vec::new()
    };
    // Written in one transaction just before the parsed batches are
    // stored, off the way of the reports parsed again. With no paths
    // nothing is compared, so the marker stays as it was.
    let writes = ScanWrites {
        incomplete: !whole && (dirty || !store.was_complete()),
        gone: std::mem::take(&mut found.gone),
        touched: std::mem::take(&mut found.touched),
    };
    if !stale.is_empty() {
        outcome.kept -= stale.len().min(outcome.kept);
        sink(LoadEvent::Stale(stale.clone()));
    }
    if saved {
        for w in store.read_warnings(&name_of)? {
            stats.warnings += 1;
            sink(LoadEvent::Warning(w));
        }
    } else if sync.emit_stored {
        send_stored(store, &name_of, sink, outcome, stats)?;
    }
    let parsed = snapshot::parsed_names(&found.changed);
    stats.files = found.files;
    stats.missing = found.missing;
    stats.reports = outcome.kept;
    let changed = std::mem::take(&mut found.changed);
    outcome.reparsed = changed.len();
    // Told early that the load is done only when nothing is made again
    // from the store after the parse (which needs every batch stored).
    let early = sync.write_behind && stale.is_empty();
    let parsed_all = |stats: &LoadStats| {
        if early {
            done(stats, true);
        }
    };
    let queue = if sync.write_behind {
        Queue::Behind
    } else {
        Queue::Short
    };
    reparse(
        store,
        changed,
        &writes,
        opts,
        (sink, queue, &parsed_all),
        stats,
    )?;
    if !stale.is_empty() {
        let named = |id: i64, stored_name: &str| {
            name_of(id, stored_name).or_else(|| Some(stored_name.to_string()))
        };
        sink(LoadEvent::Remade(Box::new(super::remake(store, &named)?)));
    }
    if wants_saved && !(saved && outcome.reparsed == 0 && stale.is_empty()) {
        store.offer_catalog(naming, &parsed, sink)?;
    }
    if whole {
        return Ok(());
    }
    store.set_complete(true)
}

/// Sends the saved catalog (when `naming` is given and the store is
/// complete) while the files are walked, stat'ed and compared with the
/// stored ones on a connection of their own: none of it needs the saved
/// catalog. Returns whether the catalog was sent and what the walk found.
///
/// The walk starts once the saved reports are decoded (at once when there
/// is no saved catalog to read): until then the decode keeps every core
/// busy and the user waits on it, while the walk (a `stat` per file, the
/// stored files read and compared) only tells which files changed since
/// the catalog was saved. Run beside the decode it took cores from it;
/// started then, it takes the core the derived part's decode, on one
/// thread, leaves free.
fn send_saved_while_walking(
    store: &mut dyn Storage,
    paths: &[PathBuf],
    naming: Option<&str>,
    sink: Sink,
    kept: &mut usize,
) -> (Result<bool, StoreError>, Walked) {
    let reader = if paths.is_empty() {
        None
    } else {
        store.file_reader()
    };
    std::thread::scope(|s| {
        // Dropped, or sent to, once the saved reports are decoded.
        let (go, wait) = mpsc::channel::<()>();
        let scanner = (!paths.is_empty()).then(|| {
            std::thread::Builder::new()
                .name("dvtui-scan".into())
                .spawn_scoped(s, move || {
                    let _ = wait.recv();
                    let survey = survey(paths);
                    match reader {
                        Some(r) => Walked::Compared(compare_with(survey, &mut |each| {
                            r.each_stored_file(each)
                        })),
                        None => Walked::Surveyed(survey),
                    }
                })
        });
        let reports_read = || {
            let _ = go.send(());
        };
        let saved = match naming {
            Some(naming) if store.was_complete() && !store.was_rebuilt() => {
                store.send_saved_catalog(naming, sink, kept, &reports_read)
            }
            _ => Ok(false),
        };
        drop(go);
        let walked = match scanner {
            None => Walked::NoPaths,
            Some(spawned) => spawned
                .ok()
                .and_then(|h| h.join().ok())
                .unwrap_or(Walked::NotStarted),
        };
        (saved, walked)
    })
}

/// The files under the paths, walked on their own thread: compared with
/// the store there, or only surveyed when the store has no second reader.
enum Walked {
    Compared(Result<Scan, StoreError>),
    Surveyed(Survey),
    /// No paths were given: nothing to walk.
    NoPaths,
    /// No thread could be started for the walk.
    NotStarted,
}

/// Sends the stored warnings and reports of the files `name_of` names.
fn send_stored(
    store: &mut dyn Storage,
    name_of: &dyn Fn(i64, &str) -> Option<String>,
    sink: &(dyn Fn(LoadEvent) + Sync),
    outcome: &mut SyncOutcome,
    stats: &mut LoadStats,
) -> Result<(), StoreError> {
    for w in store.read_warnings(name_of)? {
        stats.warnings += 1;
        sink(LoadEvent::Warning(w));
    }
    let unreadable = store.read_reports(name_of, STORED_BATCH, &mut |batch| {
        outcome.kept += batch.len();
        sink(LoadEvent::Reports(batch));
    })?;
    // Reports whose JSON no longer reads (a field changed type without a
    // parse version bump): dropped, so the next launch parses them again.
    store.remove_files(&unreadable)
}

/// How parsed batches wait for the writer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Queue {
    /// Two batches at most: the parse waits for a slower disk, and memory
    /// stays bounded.
    Short,
    /// As many as the parse makes, stored once it is done.
    Behind,
}

/// The sending end of the writer's queue.
enum Sender {
    Short(mpsc::SyncSender<Queued>),
    Behind(mpsc::Sender<Queued>),
}

impl Sender {
    /// Queues `batch`; a stopped writer has its error, so a failed send
    /// is no news.
    fn send(&self, batch: Queued) {
        let _ = match self {
            Sender::Short(tx) => tx.send(batch),
            Sender::Behind(tx) => tx.send(batch),
        };
    }
}

/// A batch of files waiting to be stored. Its reports wait packed (see
/// `packed`) and compressed: a report's dozens of small strings as a
/// share of one buffer, so the batches of a whole archive queued behind a
/// launch take a small fraction of the memory the reports themselves
/// would; the bodies are shared compressed blocks already.
struct Queued {
    /// The files, their reports left out while packed.
    entries: Vec<Entry>,
    /// The reports without their bodies, each under the index of its
    /// entry, compressed; empty when nothing is packed.
    packed: Vec<u8>,
    /// The length of `packed` uncompressed.
    packed_len: usize,
    bodies: Vec<crate::model::Body>,
}

impl Queued {
    /// Files with no report, or with their reports as they are.
    fn plain(entries: Vec<Entry>) -> Queued {
        Queued {
            entries,
            packed: Vec::new(),
            packed_len: 0,
            bodies: Vec::new(),
        }
    }

    /// `entries` (reports left out) with `reports`, one per entry in order.
    fn pack(mut entries: Vec<Entry>, reports: &[&Report]) -> Queued {
        let ids: Vec<i64> = (0..reports.len() as i64).collect();
        let packed = super::packed::pack(&ids, reports.iter().copied())
            .ok()
            .and_then(|packed| {
                // Level 1: several hundred MB/s, a few times smaller.
                let compressed = zstd::bulk::compress(&packed, 1).ok()?;
                Some((compressed, packed.len()))
            });
        match packed {
            Some((packed, packed_len)) => Queued {
                entries,
                packed,
                packed_len,
                bodies: reports.iter().map(|r| r.body.clone()).collect(),
            },
            // Cannot happen for the model's types; kept whole then.
            None => {
                for (e, r) in entries.iter_mut().zip(reports) {
                    e.report = Some((*r).clone());
                }
                Queued::plain(entries)
            }
        }
    }

    /// The entries with their reports back; an error says why the packed
    /// reports did not read back.
    fn into_entries(self) -> Result<Vec<Entry>, String> {
        let Queued {
            mut entries,
            packed,
            packed_len,
            bodies,
        } = self;
        if packed.is_empty() {
            return Ok(entries);
        }
        let packed = zstd::bulk::decompress(&packed, packed_len).map_err(|e| e.to_string())?;
        let known = super::packed::Known::default();
        let (ids, reports) = super::packed::unpack(&packed, &known)?;
        if reports.len() != bodies.len() {
            return Err("reports and bodies differ in number".into());
        }
        for ((id, mut report), body) in ids.into_iter().zip(reports).zip(bodies) {
            report.body = body;
            let entry = usize::try_from(id)
                .ok()
                .and_then(|i| entries.get_mut(i))
                .ok_or_else(|| format!("report {id} has no file"))?;
            entry.report = Some(report);
        }
        Ok(entries)
    }
}

/// Parses `changed` through the usual pipeline and stores each batch (one
/// transaction each), after `writes` (one transaction): with
/// `Queue::Short` on a writer thread meanwhile, so parsing waits for the
/// disk only when two batches are queued; with `Queue::Behind` after the
/// parse. `parsed` is told the figures once everything is parsed, before
/// the queue is stored. `stats.files` counts `changed`.
pub(super) fn reparse(
    store: &mut dyn Storage,
    changed: Vec<(PathBuf, FileMeta)>,
    writes: &ScanWrites,
    opts: &LoadOptions,
    (sink, queue, parsed): (Sink, Queue, Parsed),
    stats: &mut LoadStats,
) -> Result<(), StoreError> {
    if changed.is_empty() {
        parsed(stats);
        return store.record_scan(writes);
    }
    let offset = stats.files.saturating_sub(changed.len());
    let mut metas = FxHashMap::default();
    let mut files = Vec::with_capacity(changed.len());
    for (path, meta) in changed {
        metas.insert(crate::load::display_name(&path), meta);
        files.push(path);
    }
    let job = Parse {
        files,
        metas,
        opts,
        sink,
        offset,
    };
    if queue == Queue::Behind {
        // Nothing is written while the parse runs: a writer beside it
        // would take a core, and the allocator's and the kernel's locks
        // it holds would stall the parse workers. The batches wait in
        // memory and are stored once the load is done.
        let (tx, rx) = mpsc::channel::<Queued>();
        job.run(Sender::Behind(tx), stats);
        parsed(stats);
        return write_all(store, writes, &rx).map_or(Ok(()), Err);
    }
    let (tx, rx) = mpsc::sync_channel::<Queued>(2);
    let location = store.location();
    let error = std::thread::scope(|s| {
        let write_thread = std::thread::Builder::new()
            .name("dvtui-store".into())
            .spawn_scoped(s, move || write_all(store, writes, &rx));
        // Dropping the sender ends the writer once it has stored the queue.
        job.run(Sender::Short(tx), stats);
        parsed(stats);
        match write_thread {
            Ok(handle) => handle.join().ok().flatten(),
            Err(source) => Some(StoreError::Writer {
                path: location,
                source,
            }),
        }
    });
    error.map_or(Ok(()), Err)
}

/// Files to parse through the usual pipeline, each batch handed to the
/// writer's queue and passed on.
struct Parse<'a> {
    files: Vec<PathBuf>,
    /// What to store about each file, by its shown name.
    metas: FxHashMap<String, FileMeta>,
    opts: &'a LoadOptions,
    sink: Sink<'a>,
    /// Files counted before these (progress counts on from there).
    offset: usize,
}

impl Parse<'_> {
    /// Parses the files, queueing each batch on `tx` (dropped at the end),
    /// and adds the parse's figures to `stats`.
    fn run(self, tx: Sender, stats: &mut LoadStats) {
        let pending = Mutex::new(Pending {
            tx,
            metas: self.metas,
            loss: FxHashMap::default(),
            done: None,
        });
        crate::load::stream(&Source::Paths(self.files), self.opts, &|ev| {
            let mut st = pending
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            st.handle(ev, self.offset, self.sink);
        });
        let done = pending
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .done;
        if let Some(done) = done {
            stats.reports += done.reports;
            stats.bytes = done.bytes;
            stats.read_ms = done.read_ms;
            stats.parse_ms = done.parse_ms;
            stats.warnings += done.warnings;
        }
    }
}

/// Writes `writes`, then stores every batch `rx` brings; after a failed
/// write, drains the rest (the load goes on) and returns the error.
fn write_all(
    store: &mut dyn Storage,
    writes: &ScanWrites,
    rx: &mpsc::Receiver<Queued>,
) -> Option<StoreError> {
    let mut error = store.record_scan(writes).err();
    for batch in rx {
        if error.is_none() {
            let mut entries = match batch.into_entries() {
                Ok(entries) => entries,
                Err(reason) => {
                    error = Some(StoreError::Queued {
                        path: store.location(),
                        reason,
                    });
                    continue;
                }
            };
            // Hashed here, outside the transaction and off the parse
            // workers: a file read again comes from the page cache.
            for e in entries.iter_mut().filter(|e| e.meta.hash.is_empty()) {
                if let Ok(bytes) = std::fs::read(&e.meta.path) {
                    e.meta.hash = content_hash(&bytes);
                }
            }
            error = store.write_batch(&entries).err();
        }
    }
    error
}

/// The state of a re-parse: where batches go to be stored, what to store
/// about each file, and warnings waiting for their report.
struct Pending {
    tx: Sender,
    metas: FxHashMap<String, FileMeta>,
    loss: FxHashMap<String, LoadWarning>,
    done: Option<LoadStats>,
}

impl Pending {
    /// Hands what `ev` brings to the writer, then passes it on.
    fn handle(&mut self, ev: LoadEvent, offset: usize, sink: &(dyn Fn(LoadEvent) + Sync)) {
        match ev {
            LoadEvent::Reports(batch) => {
                let mut entries = Vec::with_capacity(batch.len());
                let mut reports = Vec::with_capacity(batch.len());
                for r in &batch {
                    if let Some(meta) = self.metas.remove(&r.file) {
                        entries.push(Entry {
                            meta,
                            report: None,
                            warning: self.loss.remove(&r.file),
                        });
                        reports.push(r);
                    }
                }
                if !entries.is_empty() {
                    self.tx.send(Queued::pack(entries, &reports));
                }
                sink(LoadEvent::Reports(batch));
            }
            LoadEvent::Warning(w) => {
                if !w.skipped {
                    // Sent before its report, in the same batch.
                    self.loss.insert(w.file.clone(), w.clone());
                } else if let Some(meta) = self.metas.remove(&w.file) {
                    self.tx.send(Queued::plain(vec![Entry {
                        meta,
                        report: None,
                        warning: Some(w.clone()),
                    }]));
                }
                sink(LoadEvent::Warning(w));
            }
            LoadEvent::Progress {
                files_done,
                files_total,
                bytes_done,
                walk_done,
            } => sink(LoadEvent::Progress {
                files_done: files_done + offset,
                files_total: files_total + offset,
                bytes_done,
                walk_done,
            }),
            LoadEvent::Done(s) => self.done = Some(s),
            // A parse sends neither; passed on all the same.
            ev @ (LoadEvent::Catalog(_)
            | LoadEvent::KeepCatalog(_)
            | LoadEvent::Stale(_)
            | LoadEvent::Remade(_)
            | LoadEvent::Stored) => sink(ev),
        }
    }
}

/// A warning that names the store.
fn store_warning(store: &dyn Storage, reason: String) -> LoadWarning {
    LoadWarning {
        file: store.location(),
        reason,
        skipped: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Body, Mention, Role};

    fn entry(path: &str) -> Entry {
        Entry {
            meta: FileMeta {
                path: path.into(),
                size: 10,
                mtime_ns: 1,
                hash: String::new(),
            },
            report: None,
            warning: None,
        }
    }

    #[test]
    fn a_queued_batch_gives_back_its_reports_with_their_bodies() {
        let reports: Vec<Report> = (0..3)
            .map(|i| Report {
                file: format!("r{i}.txt"),
                title: Some(format!("Hội nghị giao ban dân vận quý {i}").into()),
                places: vec!["Nghệ An".into()],
                officials: vec![Mention {
                    name: "Nguyễn Văn Bình".into(),
                    titles: vec!["Trưởng ban Dân vận Tỉnh ủy".into()],
                    roles: [Role::Chair].into(),
                    ..Mention::default()
                }],
                body: Body::new(&format!("Sáng {i}-3, hội nghị.")),
                ..Report::default()
            })
            .collect();
        let refs: Vec<&Report> = reports.iter().collect();
        let entries = (0..3).map(|i| entry(&format!("/a/r{i}.txt"))).collect();
        let queued = Queued::pack(entries, &refs);
        assert!(!queued.packed.is_empty());
        let back = queued.into_entries().unwrap();
        assert_eq!(back.len(), 3);
        for (i, (e, r)) in back.iter().zip(&reports).enumerate() {
            assert_eq!(e.meta.path, format!("/a/r{i}.txt"));
            let got = e.report.as_ref().unwrap();
            assert_eq!(got, r);
            assert_eq!(got.body.text(), r.body.text());
        }
        // A file with no report stays without one.
        let plain = Queued::plain(vec![entry("/a/skipped.txt")]);
        assert!(plain.into_entries().unwrap()[0].report.is_none());
    }
}
