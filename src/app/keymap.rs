//! The one keymap table: dispatch, status-line hints and the help overlay
//! all read it, so help can never disagree with behaviour.

use super::{Action, App, Command, Focus, Overlay};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// When a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// Only while the filter is empty (the key would otherwise be typed).
    FilterEmpty,
}

/// One key binding and its help text.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub when: When,
    pub command: Command,
    /// How the key is written in the help.
    pub label: &'static str,
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
        label,
        help,
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
use When::{Always, FilterEmpty};

/// Every key dvtui knows, in the order the help lists them.
pub const KEYMAP: &[Binding] = &[
    bind(
        KeyCode::Up,
        NONE,
        Always,
        Command::Up,
        "↑",
        "previous row (or scroll detail up)",
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
        "next row (or scroll detail down)",
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
        "first row",
    ),
    bind(
        KeyCode::End,
        CTRL,
        Always,
        Command::Last,
        "Ctrl-End",
        "last row",
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
        KeyCode::Enter,
        NONE,
        Always,
        Command::Open,
        "Enter",
        "open: an official's reports or a position's holders, then the one under the cursor",
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
        KeyCode::Char('w'),
        CTRL,
        Always,
        Command::Warnings,
        "Ctrl-W",
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
        "clear filter (and leave the detail pane); quit when empty",
    ),
    bind(
        KeyCode::Char('c'),
        CTRL,
        Always,
        Command::Quit,
        "Ctrl-C",
        "quit",
    ),
];

/// Translates a key press into an action, given the current state.
pub fn key_to_action(app: &App, key: KeyEvent) -> Option<Action> {
    if app.overlay != Overlay::None {
        return match key.code {
            KeyCode::Char('c') if key.modifiers.contains(CTRL) => {
                Some(Action::Command(Command::Quit))
            }
            KeyCode::Up | KeyCode::Down | KeyCode::PageUp | KeyCode::PageDown => {
                let cmd = KEYMAP.iter().find(|b| b.code == key.code)?.command;
                Some(Action::Command(cmd))
            }
            _ => Some(Action::Command(close_overlay(app))),
        };
    }
    let filter_empty = app.filter_text().is_empty();
    let mods = key.modifiers - KeyModifiers::SHIFT;
    let found = KEYMAP.iter().find(|b| {
        b.code == key.code
            && (b.mods - KeyModifiers::SHIFT) == mods
            && (b.when == Always || filter_empty)
    });
    match found {
        Some(b) => Some(Action::Command(b.command)),
        None if app.focus == Focus::Detail && matches!(key.code, KeyCode::Left) => {
            Some(Action::Command(Command::ToggleFocus))
        }
        None => Some(Action::Input(key)),
    }
}

/// Any key but the scrolling ones closes an overlay.
fn close_overlay(app: &App) -> Command {
    match app.overlay {
        Overlay::Warnings => Command::Warnings,
        _ => Command::Help,
    }
}
