//! The event source: crossterm input, loader messages, live-folder news
//! and signals merged into one channel that the main loop blocks on.

use crate::load::{stream, LoadEvent, LoadOptions, Source};
use crate::store::{Storage, Store};
use crate::watch::{LiveEvent, Watcher};
use ratatui::crossterm::event;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Something the main loop reacts to.
#[derive(Debug)]
pub enum Event {
    Input(event::Event),
    Load(LoadEvent),
    /// Files changed on disk while the app runs (`watch`).
    Live(crate::watch::LiveEvent),
    /// SIGINT, SIGTERM or SIGHUP: leave cleanly with this exit status
    /// (128 + the signal's number, as shells report it).
    Terminate(i32),
}

/// Lets the main thread stop the input thread from reading the terminal
/// while another program (the pager, the editor, the shell) has it.
#[derive(Clone, Debug, Default)]
pub struct InputControl {
    paused: Arc<AtomicBool>,
}

/// How long the input thread waits for a key before it looks at `paused`.
const POLL: Duration = Duration::from_millis(100);

impl InputControl {
    /// Stops reading the terminal (after a read under way ends).
    pub fn pause(&self) {
        self.paused.store(true, Ordering::SeqCst);
        // A read under way ends within one poll.
        std::thread::sleep(POLL + Duration::from_millis(20));
    }

    /// Reads the terminal again.
    pub fn resume(&self) {
        self.paused.store(false, Ordering::SeqCst);
    }
}

/// Reads terminal input on its own thread until the channel closes.
pub fn spawn_input(tx: Sender<Event>) -> InputControl {
    let control = InputControl::default();
    let paused = Arc::clone(&control.paused);
    std::thread::spawn(move || loop {
        if paused.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        match event::poll(POLL) {
            Ok(false) => continue,
            Ok(true) => {}
            Err(_) => break,
        }
        let Ok(ev) = event::read() else { break };
        if tx.send(Event::Input(ev)).is_err() {
            break;
        }
    });
    control
}

/// Sets the terminal up for the app: alternate screen and raw mode (by
/// `ratatui::init`, which also restores it on panic), mouse and paste.
pub fn enter() -> ratatui::DefaultTerminal {
    let terminal = ratatui::init();
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        event::EnableMouseCapture,
        event::EnableBracketedPaste
    );
    terminal
}

/// Gives the terminal back as it was.
pub fn leave() {
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        event::DisableBracketedPaste,
        event::DisableMouseCapture
    );
    ratatui::restore();
}

/// Loads `source` on its own thread (which fans out to all cores),
/// through `store` when given, while another thread sets up the watch
/// of its paths and, once the load is done, follows changes to their
/// files (see `watch`) until the app ends.
pub fn spawn_loader(tx: Sender<Event>, source: Source, opts: LoadOptions, store: Option<Store>) {
    let paths = match &source {
        Source::Paths(p) => p.clone(),
        Source::Bundled => Vec::new(),
    };
    let (done_tx, done) = std::sync::mpsc::channel();
    if !paths.is_empty() {
        let (tx, opts) = (tx.clone(), opts.clone());
        let store_path = store.as_ref().map(|s| s.path().to_path_buf());
        let paths = paths.clone();
        std::thread::spawn(move || follow(&paths, store_path, &done, &tx, &opts));
    }
    std::thread::spawn(move || {
        let tx = Mutex::new(tx);
        let sink = |ev| {
            if let Ok(tx) = tx.lock() {
                let _ = tx.send(Event::Load(ev));
            }
        };
        let store_ok = match store {
            Some(store) => {
                let sync = crate::store::SyncOptions {
                    emit_stored: true,
                    whole_catalog: true,
                    write_behind: true,
                };
                crate::store::stream(store, &paths, &opts, &sync, &sink)
                    .error
                    .is_none()
            }
            None => {
                stream(&source, &opts, &sink);
                false
            }
        };
        let _ = done_tx.send(store_ok);
    });
}

/// Watches `paths` (listing a large tree for the watch takes a moment, so
/// it runs beside the load), then, once `done` says the load has ended
/// and whether its store worked, sends what changes as `Event::Live`.
fn follow(
    paths: &[PathBuf],
    store_path: Option<PathBuf>,
    done: &Receiver<bool>,
    tx: &Sender<Event>,
    opts: &LoadOptions,
) {
    let watcher = match Watcher::start(paths) {
        Ok(w) => w,
        Err(e) => {
            let _ = tx.send(Event::Live(LiveEvent::Off(e)));
            return;
        }
    };
    // Changes during the load wait in the watcher until it has ended.
    let Ok(store_ok) = done.recv() else { return };
    let store = store_path
        .filter(|_| store_ok)
        .and_then(|p| Store::open(&p).ok())
        .map(|s| Box::new(s) as Box<dyn Storage>);
    watcher.run(store, opts, &|ev| tx.send(Event::Live(ev)).is_ok());
}

/// Turns SIGINT, SIGTERM and SIGHUP into `Event::Terminate` so the
/// terminal is restored. (In raw mode Ctrl-C is a key, not SIGINT; the
/// signal comes from `kill -INT`.)
///
/// # Errors
/// When the signal handlers cannot be registered.
pub fn spawn_signals(tx: Sender<Event>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        for sig in signals.forever() {
            if tx.send(Event::Terminate(128 + sig)).is_err() {
                break;
            }
        }
    });
    Ok(())
}
