//! Live folders: the paths an archive was opened with are watched (the
//! `notify` crate: `inotify`, `FSEvents`, …) so that files added, changed or
//! deleted while the app runs reach it without a restart. A burst of
//! events is gathered until the folder has been quiet for a moment, then
//! only the files named are read again (`store::refresh`, which also
//! brings the store up to date) and the outcome is sent to the event loop
//! as `LiveEvent`s. This is an edge, like `tui.rs`: a thread and a
//! channel; the state changes in `update`. The archive is only read.

use crate::catalog::Catalog;
use crate::load::{display_name, has_report_extension, walk_each, Found, LoadOptions};
use crate::store::{Refresh, Storage};
use notify::event::ModifyKind;
use notify::{Event, EventKind, RecursiveMode, Watcher as _};
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// A burst ends when no event came for this long...
const QUIET: Duration = Duration::from_millis(200);
/// ...or this long after its first event, whichever is first, so that a
/// long copy shows its files as it goes.
const LONGEST: Duration = Duration::from_secs(1);
/// A remake of the catalog waits for the folder to be quiet, but no
/// longer than this.
const REMAKE_AFTER: Duration = Duration::from_secs(5);

/// News from the watcher for the event loop.
#[derive(Debug)]
pub enum LiveEvent {
    /// These files (as shown) are being read again and this many paths
    /// are gone.
    Refreshing { files: Vec<String>, gone: usize },
    /// The outcome of a refresh. With `remake` set, `Remade` follows.
    Refreshed(Refresh),
    /// The catalog made again from the store after files were changed or
    /// deleted (made here, so the screen never waits for it).
    Remade(Box<Catalog>),
    /// The paths cannot be watched: why.
    Off(String),
}

/// What waiting for events gave.
enum Burst {
    /// The paths a burst named, each with whether it arrived.
    Paths(FxHashMap<PathBuf, bool>),
    /// No event in the time given.
    Quiet,
    /// The watch has ended.
    Ended,
}

/// The paths given on the command line, as given and as the watcher
/// names them (absolute).
#[derive(Debug, Clone)]
struct Root {
    given: PathBuf,
    absolute: PathBuf,
    /// A file named on the command line (read whatever its extension).
    is_file: bool,
}

/// Watches the paths of an open archive.
pub struct Watcher {
    // Kept alive for its events; dropping it stops the watch.
    _inner: notify::RecommendedWatcher,
    events: Receiver<notify::Result<Event>>,
    roots: Vec<Root>,
}

impl Watcher {
    /// Starts watching `paths`: folders with everything under them, files
    /// through their folder (an editor saving by renaming replaces them).
    /// Events queue until `run`.
    /// # Errors
    /// When the system refuses a watch (too many watches, no permission).
    pub fn start(paths: &[PathBuf]) -> Result<Watcher, String> {
        let (tx, events) = mpsc::channel();
        let mut inner = notify::recommended_watcher(move |ev| {
            let _ = tx.send(ev);
        })
        .map_err(|e| e.to_string())?;
        let cwd = std::env::current_dir().unwrap_or_default();
        let mut roots = Vec::new();
        for p in paths {
            let is_file = std::fs::metadata(p).is_ok_and(|m| !m.is_dir());
            let (target, mode) = match (is_file, p.parent()) {
                (true, Some(dir)) if !dir.as_os_str().is_empty() => {
                    (dir.to_path_buf(), RecursiveMode::NonRecursive)
                }
                (true, _) => (PathBuf::from("."), RecursiveMode::NonRecursive),
                (false, _) => (p.clone(), RecursiveMode::Recursive),
            };
            inner
                .watch(&target, mode)
                .map_err(|e| format!("{}: {e}", display_name(&target)))?;
            roots.push(Root {
                given: p.clone(),
                absolute: cwd.join(p),
                is_file,
            });
        }
        Ok(Watcher {
            _inner: inner,
            events,
            roots,
        })
    }

    /// Refreshes what each burst of events names, through `store` when
    /// given, and hands the news to `send`; returns when `send` says the
    /// receiver is gone or the watch ends. The catalog is made again once
    /// the folder has been quiet for a moment, not after every burst (a
    /// checkout that rewrites a thousand files costs one remake).
    pub fn run(
        self,
        mut store: Option<Box<dyn Storage>>,
        opts: &LoadOptions,
        send: &dyn Fn(LiveEvent) -> bool,
    ) {
        // Since when a remake is due, if one is.
        let mut remake: Option<Instant> = None;
        loop {
            let burst = match remake {
                // Files that keep changing (a log beside the reports) do
                // not put the remake off for ever.
                Some(due) if due.elapsed() >= REMAKE_AFTER => Burst::Quiet,
                Some(_) => self.burst(Some(QUIET)),
                None => self.burst(None),
            };
            let paths = match burst {
                Burst::Paths(paths) => paths,
                Burst::Quiet => {
                    remake = None;
                    let Some(s) = store.as_deref() else { continue };
                    let news = match crate::store::remake(s, &|_, name| Some(name.to_string())) {
                        Ok(catalog) => LiveEvent::Remade(Box::new(catalog)),
                        Err(e) => LiveEvent::Off(format!("store {e}")),
                    };
                    let off = matches!(news, LiveEvent::Off(_));
                    if !send(news) || off {
                        return;
                    }
                    continue;
                }
                Burst::Ended => return,
            };
            let (files, gone) = self.sort(paths);
            if files.is_empty() && gone.is_empty() {
                continue;
            }
            let shown = files.iter().map(|p| display_name(p)).collect();
            if !send(LiveEvent::Refreshing {
                files: shown,
                gone: gone.len(),
            }) {
                return;
            }
            let storage = store.as_mut().map(|s| &mut **s as &mut dyn Storage);
            let refresh = crate::store::refresh(storage, &files, &gone, opts);
            if refresh.error.is_some() {
                // A store that failed once is left alone from then on.
                store = None;
            }
            if refresh.remake && store.is_some() {
                remake.get_or_insert_with(Instant::now);
            }
            if !send(LiveEvent::Refreshed(refresh)) {
                return;
            }
        }
    }

    /// The paths named by the next burst of events (as the user gave
    /// them), each with whether it was created or moved (so that a folder
    /// is read whole). With `wait`, a burst that has not begun by then is
    /// `Quiet`.
    fn burst(&self, wait: Option<Duration>) -> Burst {
        let mut paths = FxHashMap::default();
        let first = match wait {
            None => self
                .events
                .recv()
                .map_err(|_| RecvTimeoutError::Disconnected),
            Some(w) => self.events.recv_timeout(w),
        };
        match first {
            Ok(ev) => self.collect(ev, &mut paths),
            Err(RecvTimeoutError::Timeout) => return Burst::Quiet,
            Err(RecvTimeoutError::Disconnected) => return Burst::Ended,
        }
        let start = Instant::now();
        loop {
            let left = LONGEST.saturating_sub(start.elapsed());
            if left.is_zero() {
                break;
            }
            match self.events.recv_timeout(QUIET.min(left)) {
                Ok(ev) => self.collect(ev, &mut paths),
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
            }
        }
        Burst::Paths(paths)
    }

    /// Adds the paths of one event that can change what is shown.
    fn collect(&self, ev: notify::Result<Event>, paths: &mut FxHashMap<PathBuf, bool>) {
        let Ok(ev) = ev else { return };
        if !changes_content(ev.kind) {
            return;
        }
        let arrived = matches!(
            ev.kind,
            EventKind::Create(_) | EventKind::Modify(ModifyKind::Name(_)) | EventKind::Any
        );
        for p in ev.paths.iter().filter_map(|p| self.rebase(p)) {
            *paths.entry(p).or_default() |= arrived;
        }
    }

    /// `p` as the user named its root, when it lies under one of the roots
    /// (a watched file's folder also reports its other files).
    fn rebase(&self, p: &Path) -> Option<PathBuf> {
        self.roots.iter().find_map(|r| {
            if r.is_file {
                return (p == r.absolute || p == r.given).then(|| r.given.clone());
            }
            let rest = p
                .strip_prefix(&r.absolute)
                .or_else(|_| p.strip_prefix(&r.given))
                .ok()?;
            Some(if rest.as_os_str().is_empty() {
                r.given.clone()
            } else {
                r.given.join(rest)
            })
        })
    }

    /// Splits a burst into files to read (a folder that arrived gives all
    /// of its files; one whose attributes changed, none) and paths gone.
    fn sort(&self, paths: FxHashMap<PathBuf, bool>) -> (Vec<PathBuf>, Vec<PathBuf>) {
        let mut files = FxHashSet::default();
        let mut gone = Vec::new();
        for (p, arrived) in paths {
            let named = self.roots.iter().any(|r| r.is_file && r.given == p);
            match std::fs::metadata(&p) {
                Ok(m) if m.is_dir() && !arrived => {}
                Ok(m) if m.is_dir() => walk_each(std::slice::from_ref(&p), &mut |f| {
                    if let Found::File(f) = f {
                        files.insert(f);
                    }
                }),
                Ok(m) if m.is_file() && (named || has_report_extension(&p)) => {
                    files.insert(p);
                }
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => gone.push(p),
                // Unreadable now: the read says why.
                Err(_) if named || has_report_extension(&p) => {
                    files.insert(p);
                }
                Err(_) => {}
            }
        }
        let mut files: Vec<PathBuf> = files.into_iter().collect();
        files.sort();
        gone.sort();
        (files, gone)
    }
}

/// Whether an event of this kind can change a file's content or presence
/// (opening and reading a file, as dvtui itself does, cannot).
fn changes_content(kind: EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode};
    match kind {
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Other => false,
    }
}
