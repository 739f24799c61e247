//! Styles, in one place; plain (no colour) under `NO_COLOR`. Style specs
//! (`yellow bold`) as the config file writes them.

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

/// The theme in force: the default for the terminal with the config's entries.
pub fn theme(app: &crate::app::App) -> &Theme {
    &app.theme
}

/// The default theme: `COLOR`, or `PLAIN` under `NO_COLOR`.
pub fn for_color(color: bool) -> &'static Theme {
    if color {
        &COLOR
    } else {
        &PLAIN
    }
}

/// The theme's entries by the names the config file uses, in print order.
pub const ENTRY_NAMES: [&str; 7] = [
    "highlight",
    "selected",
    "header",
    "label",
    "dim",
    "warning",
    "focus-border",
];

impl Theme {
    /// The entry the config file calls `name`.
    pub fn entry_mut(&mut self, name: &str) -> Option<&mut Style> {
        Some(match name {
            "highlight" => &mut self.matched,
            "selected" => &mut self.selected,
            "header" => &mut self.header,
            "label" => &mut self.label,
            "dim" => &mut self.dim,
            "warning" => &mut self.warning,
            "focus-border" => &mut self.focus_border,
            _ => return None,
        })
    }

    /// The style of the entry called `name`.
    pub fn entry(&self, name: &str) -> Option<Style> {
        let mut copy = *self;
        copy.entry_mut(name).map(|s| *s)
    }
}

/// Attribute words of a style spec, with the modifier each stands for.
const MODIFIERS: &[(&str, Modifier)] = &[
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underline", Modifier::UNDERLINED),
    ("blink", Modifier::SLOW_BLINK),
    ("reverse", Modifier::REVERSED),
    ("strike", Modifier::CROSSED_OUT),
];

/// What a style spec looks like, for error messages.
pub const STYLE_SPEC_HELP: &str = "a style is words: a colour (black, red, green, yellow, blue, \
magenta, cyan, gray, darkgray, white, light… forms, 0–255 or #rrggbb), `on` and a background \
colour, and any of bold, dim, italic, underline, blink, reverse, strike; or `none` \
(e.g. \"yellow bold\", \"black on cyan\", \"reverse\")";

/// Reads a style spec such as `yellow bold` or `white on blue`.
/// # Errors
/// When a word is neither a colour nor an attribute.
pub fn parse_style(spec: &str) -> Result<Style, String> {
    let mut style = Style::new();
    let mut words = spec.split_whitespace();
    while let Some(w) = words.next() {
        let lower = w.to_ascii_lowercase();
        if lower == "none" {
            continue;
        }
        if lower == "on" {
            let bg = words
                .next()
                .and_then(|c| c.parse::<Color>().ok())
                .ok_or_else(|| {
                    format!("{spec:?}: `on` needs a colour after it; {STYLE_SPEC_HELP}")
                })?;
            style = style.bg(bg);
        } else if let Some((_, m)) = MODIFIERS
            .iter()
            .find(|(n, _)| lower == *n || lower == format!("{n}d") || lower == format!("{n}ed"))
        {
            style = style.add_modifier(*m);
        } else {
            let fg = w
                .parse::<Color>()
                .map_err(|_| format!("{spec:?}: {w:?} is not a colour; {STYLE_SPEC_HELP}"))?;
            style = style.fg(fg);
        }
    }
    Ok(style)
}

/// The spec of `style`, which `parse_style` reads back.
pub fn style_spec(style: Style) -> String {
    let mut words: Vec<String> = Vec::new();
    if let Some(fg) = style.fg {
        words.push(fg.to_string().to_ascii_lowercase());
    }
    if let Some(bg) = style.bg {
        words.push(format!("on {}", bg.to_string().to_ascii_lowercase()));
    }
    for (name, m) in MODIFIERS {
        if style.add_modifier.contains(*m) {
            words.push((*name).to_string());
        }
    }
    if words.is_empty() {
        "none".into()
    } else {
        words.join(" ")
    }
}

/// `style` without colours, for `NO_COLOR`; `plain` when nothing is left.
pub fn without_colour(style: Style, plain: Style) -> Style {
    if style.add_modifier.is_empty() {
        plain
    } else {
        Style::new().add_modifier(style.add_modifier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_read_colours_backgrounds_and_attributes() {
        assert_eq!(
            parse_style("yellow bold"),
            Ok(Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD))
        );
        assert_eq!(
            parse_style("black on light-cyan"),
            Ok(Style::new().fg(Color::Black).bg(Color::LightCyan))
        );
        assert_eq!(
            parse_style("reversed"),
            Ok(Style::new().add_modifier(Modifier::REVERSED))
        );
        assert_eq!(
            parse_style("#ff8800").map(|s| s.fg),
            Ok(Some(Color::Rgb(255, 136, 0)))
        );
        assert_eq!(parse_style("none"), Ok(Style::new()));
        assert!(parse_style("purplish").is_err());
        assert!(parse_style("white on").is_err());
    }

    #[test]
    fn every_entry_of_both_themes_prints_as_a_spec_that_reads_back() {
        for t in [COLOR, PLAIN] {
            for name in ENTRY_NAMES {
                let style = t.entry(name).unwrap();
                assert_eq!(parse_style(&style_spec(style)), Ok(style), "{name}");
            }
        }
    }

    #[test]
    fn no_color_keeps_attributes_and_drops_colours() {
        let plain = Style::new().add_modifier(Modifier::REVERSED);
        let bold_yellow = parse_style("yellow bold").unwrap();
        assert_eq!(
            without_colour(bold_yellow, plain),
            Style::new().add_modifier(Modifier::BOLD)
        );
        assert_eq!(
            without_colour(parse_style("on blue").unwrap(), plain),
            plain
        );
    }
}
