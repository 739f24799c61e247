//! The event source: crossterm input, loader messages and signals merged
//! into one channel that the main loop blocks on.

use crate::load::{stream, LoadEvent, LoadOptions, Source};
use ratatui::crossterm::event;
use std::sync::mpsc::Sender;
use std::sync::Mutex;

/// Something the main loop reacts to.
#[derive(Debug)]
pub enum Event {
    Input(event::Event),
    Load(LoadEvent),
    /// SIGINT, SIGTERM or SIGHUP: leave cleanly with this exit status
    /// (128 + the signal's number, as shells report it).
    Terminate(i32),
}

/// Reads terminal input on its own thread until the channel closes.
pub fn spawn_input(tx: Sender<Event>) {
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if tx.send(Event::Input(ev)).is_err() {
                break;
            }
        }
    });
}

/// Loads `source` on its own thread (which fans out to all cores).
pub fn spawn_loader(tx: Sender<Event>, source: Source, opts: LoadOptions) {
    std::thread::spawn(move || {
        let tx = Mutex::new(tx);
        stream(&source, &opts, &|ev| {
            if let Ok(tx) = tx.lock() {
                let _ = tx.send(Event::Load(ev));
            }
        });
    });
}

/// Turns SIGINT, SIGTERM and SIGHUP into `Event::Terminate` so the
/// terminal is restored. (In raw mode Ctrl-C is a key, not SIGINT; the
/// signal comes from `kill -INT`.)
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
