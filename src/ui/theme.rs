//! Styles, in one place; plain (no colour) under `NO_COLOR`.

use ratatui::style::{Color, Modifier, Style};

/// The styles the screen uses.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub matched: Style,
    pub selected: Style,
    pub header: Style,
    pub label: Style,
    pub dim: Style,
    pub warning: Style,
    pub focus_border: Style,
}

/// Colour theme.
pub const COLOR: Theme = Theme {
    matched: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    selected: Style::new()
        .bg(Color::DarkGray)
        .add_modifier(Modifier::BOLD),
    header: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    label: Style::new().fg(Color::Cyan),
    dim: Style::new().fg(Color::Gray),
    warning: Style::new().fg(Color::Red),
    focus_border: Style::new().fg(Color::Cyan),
};

/// Theme for `NO_COLOR`: attributes only.
pub const PLAIN: Theme = Theme {
    matched: Style::new()
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    header: Style::new().add_modifier(Modifier::BOLD),
    label: Style::new().add_modifier(Modifier::BOLD),
    dim: Style::new(),
    warning: Style::new().add_modifier(Modifier::BOLD),
    focus_border: Style::new().add_modifier(Modifier::BOLD),
};

/// The theme for `color`.
pub fn theme(color: bool) -> &'static Theme {
    if color {
        &COLOR
    } else {
        &PLAIN
    }
}
