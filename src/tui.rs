//! The event source: crossterm input, loader messages and SIGTERM merged
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
    /// SIGTERM or SIGHUP: leave cleanly.
    Terminate,
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

/// Turns SIGTERM and SIGHUP into `Event::Terminate` so the terminal is restored.
/// # Errors
/// When the signal handlers cannot be registered.
pub fn spawn_signals(tx: Sender<Event>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        for _ in signals.forever() {
            if tx.send(Event::Terminate).is_err() {
                break;
            }
        }
    });
    Ok(())
}
