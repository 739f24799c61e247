//! Everything that can change the application state.

use crate::load::LoadStats;
use crate::model::{LoadWarning, Report};
use ratatui::crossterm::event::KeyEvent;

/// A user command named in the keymap table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    NextView,
    PrevView,
    ToggleFocus,
    ClearOrQuit,
    /// Leave, exit status 0.
    Quit,
    /// Leave at once, exit status 130 (as an interrupted program).
    Abort,
    Help,
    Warnings,
    CycleSort,
    /// Filter line: delete from the cursor back to the start.
    ClearToStart,
    /// Filter line: delete from the cursor to the end.
    KillToEnd,
    DeleteWordBack,
    DeleteWordForward,
    WordBack,
    WordForward,
    LineStart,
    LineEnd,
    /// Copy the selected row's name or title to the clipboard.
    CopyName,
    /// Copy the selected row, its cells separated by tabs.
    CopyRow,
    /// Copy the selected report's whole text.
    CopyReport,
    /// Open the selected report's file in `$PAGER`.
    OpenPager,
    /// Open the selected report's file in `$EDITOR`.
    OpenEditor,
    /// Write the filtered list to a file.
    Export,
    /// Stop dvtui as a shell's Ctrl-Z does; `fg` brings it back.
    Suspend,
    /// Back to where the last Enter was pressed.
    Back,
    /// Forward again after `Back`.
    Forward,
    /// Put the view's previous query in the filter.
    RecallQuery,
    /// Switch between one filter per view and one carried across views.
    CarryFilter,
    /// In a report's detail: the cursor to the next official it names.
    NextNamed,
    /// In a report's detail: the cursor to the previous official it names.
    PrevNamed,
    /// Open the next official with the same name as the selected one.
    Namesake,
}

/// Work with the world outside the state that an update asks for: the
/// event loop does it, then reports back with `Action::Done`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Put `text` on the clipboard (OSC 52); `what` names it in the message.
    Copy { text: String, what: String },
    /// Run the pager (or the editor) on a file, the screen handed over meanwhile.
    Open { path: String, editor: bool },
    /// Write `contents` to a new file named after `stem` with `extension`.
    Export {
        stem: String,
        extension: String,
        contents: String,
        rows: usize,
    },
    /// Stop the process until `fg`.
    Suspend,
}

/// One change to the state: a command, filter input, or news from the loader.
#[derive(Debug)]
pub enum Action {
    Command(Command),
    /// A key for the filter input line.
    Input(KeyEvent),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    /// The terminal has a new size.
    Resize(u16, u16),
    /// Mouse wheel over the list (`false`) or detail pane (`true`); +1 down.
    Scroll {
        detail: bool,
        delta: i32,
    },
    /// Click on a list row (0 = first visible row).
    ClickRow(usize),
    /// Click on a view's tab in the header.
    ClickTab(super::View),
    Loaded(Vec<Report>),
    Warning(LoadWarning),
    Progress {
        files_done: usize,
        files_total: usize,
        bytes_done: u64,
        walk_done: bool,
    },
    LoadDone(LoadStats),
    /// Files changed on disk are being read again (as shown); `gone`
    /// paths were deleted.
    Refreshing {
        files: Vec<String>,
        gone: usize,
    },
    /// What reading the changed files again gave.
    Refreshed(crate::store::Refresh),
    /// The catalog made again after files were changed or deleted.
    Remade(Box<crate::catalog::Catalog>),
    /// The store written behind the load holds it all.
    Stored,
    /// Changes on disk will not be followed: why.
    LiveOff(String),
    /// A whole settled catalog from a store: it replaces the one loaded.
    LoadedCatalog(Box<crate::catalog::Catalog>),
    /// Reports of the saved catalog whose files changed or went since it
    /// was saved (by stored file id): hidden until `Remade`.
    Stale(Vec<i64>),
    /// The store would keep the catalog once the load is done.
    KeepCatalog(crate::store::CatalogTicket),
    /// What the last drawing measured: lines of the report's detail text.
    Measured {
        detail_lines: Option<usize>,
    },
    /// An effect has been carried out: the message says how it went.
    Done(String),
    /// Leave with this exit status (a signal arrived).
    Exit(i32),
}

impl From<crate::load::LoadEvent> for Action {
    fn from(ev: crate::load::LoadEvent) -> Action {
        use crate::load::LoadEvent;
        match ev {
            LoadEvent::Reports(b) => Action::Loaded(b),
            LoadEvent::Warning(w) => Action::Warning(w),
            LoadEvent::Progress {
                files_done,
                files_total,
                bytes_done,
                walk_done,
            } => Action::Progress {
                files_done,
                files_total,
                bytes_done,
                walk_done,
            },
            LoadEvent::Done(s) => Action::LoadDone(s),
            LoadEvent::Catalog(c) => Action::LoadedCatalog(c),
            LoadEvent::KeepCatalog(t) => Action::KeepCatalog(t),
            LoadEvent::Stale(ids) => Action::Stale(ids),
            LoadEvent::Remade(c) => Action::Remade(c),
            LoadEvent::Stored => Action::Stored,
        }
    }
}

impl From<crate::watch::LiveEvent> for Action {
    fn from(ev: crate::watch::LiveEvent) -> Action {
        use crate::watch::LiveEvent;
        match ev {
            LiveEvent::Refreshing { files, gone } => Action::Refreshing { files, gone },
            LiveEvent::Refreshed(r) => Action::Refreshed(r),
            LiveEvent::Remade(c) => Action::Remade(c),
            LiveEvent::Off(why) => Action::LiveOff(why),
        }
    }
}

/// Every command with the name the config file gives it, in help order.
pub const COMMAND_NAMES: &[(Command, &str)] = &[
    (Command::Up, "up"),
    (Command::Down, "down"),
    (Command::PageUp, "page-up"),
    (Command::PageDown, "page-down"),
    (Command::First, "first"),
    (Command::Last, "last"),
    (Command::Open, "open"),
    (Command::NextView, "next-view"),
    (Command::PrevView, "prev-view"),
    (Command::ToggleFocus, "toggle-focus"),
    (Command::CycleSort, "cycle-sort"),
    (Command::Warnings, "warnings"),
    (Command::Help, "help"),
    (Command::ClearOrQuit, "clear-or-quit"),
    (Command::Quit, "quit"),
    (Command::Abort, "abort"),
    (Command::CopyName, "copy-name"),
    (Command::CopyRow, "copy-row"),
    (Command::CopyReport, "copy-report"),
    (Command::OpenPager, "open-pager"),
    (Command::OpenEditor, "open-editor"),
    (Command::Export, "export"),
    (Command::Suspend, "suspend"),
    (Command::Back, "back"),
    (Command::Forward, "forward"),
    (Command::RecallQuery, "recall-query"),
    (Command::CarryFilter, "carry-filter"),
    (Command::NextNamed, "next-named"),
    (Command::PrevNamed, "prev-named"),
    (Command::Namesake, "namesake"),
    (Command::ClearToStart, "clear-to-start"),
    (Command::KillToEnd, "kill-to-end"),
    (Command::DeleteWordBack, "delete-word-back"),
    (Command::DeleteWordForward, "delete-word-forward"),
    (Command::WordBack, "word-back"),
    (Command::WordForward, "word-forward"),
    (Command::LineStart, "line-start"),
    (Command::LineEnd, "line-end"),
];

impl Command {
    /// The name the config file uses for this command.
    pub fn name(self) -> &'static str {
        COMMAND_NAMES
            .iter()
            .find(|(c, _)| *c == self)
            .map_or("?", |(_, n)| n)
    }

    /// The command the config file calls `name`.
    pub fn from_name(name: &str) -> Option<Command> {
        COMMAND_NAMES
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(c, _)| *c)
    }
}
