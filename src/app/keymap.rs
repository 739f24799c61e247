//! The one keymap table: dispatch, status-line hints and the help overlay
//! all read it, so help can never disagree with behaviour.

use super::{Action, App, Command, Focus, Overlay};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::borrow::Cow;

/// When a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// Only while the filter is empty (the key would otherwise be typed).
    FilterEmpty,
    /// Only while the detail pane has the focus (elsewhere the key is typed).
    DetailFocus,
}

/// One key binding and its help text.
#[derive(Clone, Debug)]
pub struct Binding {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub when: When,
    pub command: Command,
    /// How the key is written in the help (made up for a key the config binds).
    pub label: Cow<'static, str>,
    pub help: &'static str,
}

const fn bind(
    code: KeyCode,
    mods: KeyModifiers,
    when: When,
    command: Command,
    label: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        code,
        mods,
        when,
        command,
        label: Cow::Borrowed(label),
        help,
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const ALT: KeyModifiers = KeyModifiers::ALT;
use When::{Always, DetailFocus, FilterEmpty};

/// Every key dvtui knows by default, in the order the help lists them
/// (the config file may rebind them: `App::keymap` holds what is in force).
pub const KEYMAP: &[Binding] = &[
    bind(
        KeyCode::Up,
        NONE,
        Always,
        Command::Up,
        "↑",
        "previous row (in the detail pane: scroll up)",
    ),
    bind(
        KeyCode::Char('p'),
        CTRL,
        Always,
        Command::Up,
        "Ctrl-P",
        "previous row",
    ),
    bind(
        KeyCode::Down,
        NONE,
        Always,
        Command::Down,
        "↓",
        "next row (in the detail pane: scroll down)",
    ),
    bind(
        KeyCode::Char('n'),
        CTRL,
        Always,
        Command::Down,
        "Ctrl-N",
        "next row",
    ),
    bind(
        KeyCode::PageUp,
        NONE,
        Always,
        Command::PageUp,
        "PgUp",
        "page up",
    ),
    bind(
        KeyCode::PageDown,
        NONE,
        Always,
        Command::PageDown,
        "PgDn",
        "page down",
    ),
    bind(
        KeyCode::Home,
        CTRL,
        Always,
        Command::First,
        "Ctrl-Home",
        "first row (in the detail pane: top)",
    ),
    bind(
        KeyCode::End,
        CTRL,
        Always,
        Command::Last,
        "Ctrl-End",
        "last row (in the detail pane: bottom)",
    ),
    bind(
        KeyCode::Home,
        NONE,
        FilterEmpty,
        Command::First,
        "Home",
        "first row (empty filter)",
    ),
    bind(
        KeyCode::End,
        NONE,
        FilterEmpty,
        Command::Last,
        "End",
        "last row (empty filter)",
    ),
    bind(
        KeyCode::Char('k'),
        NONE,
        DetailFocus,
        Command::Up,
        "k",
        "detail pane: up",
    ),
    bind(
        KeyCode::Char('j'),
        NONE,
        DetailFocus,
        Command::Down,
        "j",
        "detail pane: down",
    ),
    bind(
        KeyCode::Char('g'),
        NONE,
        DetailFocus,
        Command::First,
        "g",
        "detail pane: top",
    ),
    bind(
        KeyCode::Char('G'),
        NONE,
        DetailFocus,
        Command::Last,
        "G",
        "detail pane: bottom",
    ),
    bind(
        KeyCode::Char('n'),
        NONE,
        DetailFocus,
        Command::NextNamed,
        "n",
        "detail pane: next official the report names (Enter opens it)",
    ),
    bind(
        KeyCode::Char('p'),
        NONE,
        DetailFocus,
        Command::PrevNamed,
        "p",
        "detail pane: previous official the report names",
    ),
    bind(
        KeyCode::Enter,
        NONE,
        Always,
        Command::Open,
        "Enter",
        "open: an item's reports, holders or officials, then the one under the cursor",
    ),
    bind(
        KeyCode::Char('n'),
        ALT,
        Always,
        Command::Namesake,
        "Alt-N",
        "officials: the next one with the same name (the \"N others named X\")",
    ),
    bind(
        KeyCode::Tab,
        NONE,
        Always,
        Command::NextView,
        "Tab",
        "next view: Reports, Officials, Positions",
    ),
    bind(
        KeyCode::BackTab,
        SHIFT,
        Always,
        Command::PrevView,
        "Shift-Tab",
        "previous view",
    ),
    bind(
        KeyCode::Char('o'),
        CTRL,
        Always,
        Command::ToggleFocus,
        "Ctrl-O",
        "focus detail pane / back to list",
    ),
    bind(
        KeyCode::Char('s'),
        CTRL,
        Always,
        Command::CycleSort,
        "Ctrl-S",
        "sort: relevance, newest, oldest, title",
    ),
    bind(
        KeyCode::F(2),
        NONE,
        Always,
        Command::Warnings,
        "F2",
        "files that could not be read",
    ),
    bind(
        KeyCode::F(1),
        NONE,
        Always,
        Command::Help,
        "F1",
        "this help",
    ),
    bind(
        KeyCode::Char('?'),
        NONE,
        FilterEmpty,
        Command::Help,
        "?",
        "this help (empty filter)",
    ),
    bind(
        KeyCode::Esc,
        NONE,
        Always,
        Command::ClearOrQuit,
        "Esc",
        "back: close, leave the detail pane, clear the filter; twice quits",
    ),
    bind(
        KeyCode::Char('q'),
        CTRL,
        Always,
        Command::Quit,
        "Ctrl-Q",
        "quit",
    ),
    bind(
        KeyCode::Char('c'),
        CTRL,
        Always,
        Command::Abort,
        "Ctrl-C",
        "quit at once (exit status 130)",
    ),
    bind(
        KeyCode::Char('y'),
        CTRL,
        Always,
        Command::CopyName,
        "Ctrl-Y",
        "copy the selected name or title (OSC 52)",
    ),
    bind(
        KeyCode::Char('y'),
        ALT,
        Always,
        Command::CopyRow,
        "Alt-Y",
        "copy the selected row, tab-separated",
    ),
    bind(
        KeyCode::Char('w'),
        ALT,
        Always,
        Command::CopyReport,
        "Alt-W",
        "copy the selected report's text",
    ),
    bind(
        KeyCode::F(3),
        NONE,
        Always,
        Command::OpenPager,
        "F3",
        "open the report's file in $PAGER",
    ),
    bind(
        KeyCode::F(4),
        NONE,
        Always,
        Command::OpenEditor,
        "F4",
        "open the report's file in $EDITOR",
    ),
    bind(
        KeyCode::Char('e'),
        ALT,
        Always,
        Command::Export,
        "Alt-E",
        "export the filtered list to a CSV file",
    ),
    bind(
        KeyCode::Char('z'),
        CTRL,
        Always,
        Command::Suspend,
        "Ctrl-Z",
        "suspend (fg resumes)",
    ),
    bind(
        KeyCode::Left,
        ALT,
        Always,
        Command::Back,
        "Alt-←",
        "back to where Enter was pressed",
    ),
    bind(
        KeyCode::Right,
        ALT,
        Always,
        Command::Forward,
        "Alt-→",
        "forward again",
    ),
    bind(
        KeyCode::Backspace,
        NONE,
        FilterEmpty,
        Command::Back,
        "Backspace",
        "back (empty filter)",
    ),
    bind(
        KeyCode::Char('r'),
        CTRL,
        Always,
        Command::RecallQuery,
        "Ctrl-R",
        "earlier queries of this view, newest first (kept across runs)",
    ),
    bind(
        KeyCode::Char('c'),
        ALT,
        Always,
        Command::CarryFilter,
        "Alt-C",
        "carry the filter across views (again: one per view)",
    ),
    bind(
        KeyCode::Char('u'),
        CTRL,
        Always,
        Command::ClearToStart,
        "Ctrl-U",
        "filter: delete to the start",
    ),
    bind(
        KeyCode::Char('k'),
        CTRL,
        Always,
        Command::KillToEnd,
        "Ctrl-K",
        "filter: delete to the end",
    ),
    bind(
        KeyCode::Char('w'),
        CTRL,
        Always,
        Command::DeleteWordBack,
        "Ctrl-W",
        "filter: delete the word before the cursor",
    ),
    bind(
        KeyCode::Backspace,
        ALT,
        Always,
        Command::DeleteWordBack,
        "Alt-Backspace",
        "filter: delete the word before the cursor",
    ),
    bind(
        KeyCode::Char('d'),
        ALT,
        Always,
        Command::DeleteWordForward,
        "Alt-D",
        "filter: delete the word after the cursor",
    ),
    bind(
        KeyCode::Char('b'),
        ALT,
        Always,
        Command::WordBack,
        "Alt-B",
        "filter: back one word (also Ctrl-←)",
    ),
    bind(
        KeyCode::Char('f'),
        ALT,
        Always,
        Command::WordForward,
        "Alt-F",
        "filter: forward one word (also Ctrl-→)",
    ),
    bind(
        KeyCode::Char('a'),
        CTRL,
        Always,
        Command::LineStart,
        "Ctrl-A",
        "filter: to the start",
    ),
    bind(
        KeyCode::Char('e'),
        CTRL,
        Always,
        Command::LineEnd,
        "Ctrl-E",
        "filter: to the end",
    ),
];

/// Translates a key press into an action, given the current state.
pub fn key_to_action(app: &App, key: KeyEvent) -> Option<Action> {
    let filter_empty = app.filter_text().is_empty();
    let detail = app.focus == Focus::Detail && app.overlay == Overlay::None;
    let mods = key.modifiers - KeyModifiers::SHIFT;
    let found = app.keymap.bindings().iter().find(|b| {
        b.code == key.code
            && (b.mods - KeyModifiers::SHIFT) == mods
            && match b.when {
                Always => true,
                FilterEmpty => filter_empty,
                DetailFocus => detail,
            }
    });
    match found {
        Some(b) => Some(Action::Command(b.command)),
        // In an overlay every other key closes it (see `update`).
        None if app.overlay != Overlay::None => Some(Action::Command(Command::ClearOrQuit)),
        None if detail && matches!(key.code, KeyCode::Left) => {
            Some(Action::Command(Command::ToggleFocus))
        }
        None => Some(Action::Input(key)),
    }
}
