//! The config file (`$XDG_CONFIG_HOME/dvtui/config.toml`, else
//! `~/.config/dvtui/config.toml`, or `--config FILE`): the first view, the
//! sort order, the Reports list's columns, colours and key rebindings.
//! Read and checked before the screen is taken over; a bad file is refused
//! with its line and the fix, never half applied. Knows nothing of drawing.

mod file;

pub use file::parse;

use crate::app::keyspec::{key_spec, Key};
use crate::app::{App, Command, ReportColumn, View, COMMAND_NAMES};
use crate::search::Order;
use crate::ui::theme::{self, style_spec, Theme, ENTRY_NAMES};
use ratatui::style::Style;
use std::path::{Path, PathBuf};

/// A config file dvtui cannot use, with where and why.
#[derive(Debug)]
pub struct ConfigError {
    pub path: PathBuf,
    /// The line at fault, when the file could be read.
    pub line: Option<usize>,
    pub message: String,
}

impl std::error::Error for ConfigError {}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        write!(f, ": {}\n  {}", self.message, self.hint())
    }
}

impl ConfigError {
    /// What to do about it.
    fn hint(&self) -> &'static str {
        if self.line.is_some() {
            "fix that line; `dvtui --print-config` prints a valid config with every setting"
        } else {
            "check the path given to --config, or leave the option out to use the defaults"
        }
    }
}

/// The settings in force: the defaults with the file's entries over them.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub view: View,
    pub order: Order,
    pub report_columns: Vec<ReportColumn>,
    /// Theme entries the file sets, by name.
    pub colors: Vec<(&'static str, Style)>,
    /// Commands the file rebinds, with their new keys.
    pub keys: Vec<(Command, Vec<Key>)>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            view: View::Reports,
            order: Order::Relevance,
            report_columns: ReportColumn::ALL.to_vec(),
            colors: Vec::new(),
            keys: Vec::new(),
        }
    }
}

/// Where the config file is looked for when `--config` names none.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(base.join("dvtui").join("config.toml"))
}

/// Whether colours may be used (`NO_COLOR` unset or empty).
pub fn colour_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Reads the config: `path` when given (it must exist), else the default
/// file when there is one, else the defaults.
/// # Errors
/// When the file cannot be read or says something dvtui cannot use.
pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
    let (path, must_exist) = match path {
        Some(p) => (p.to_path_buf(), true),
        None => match default_path() {
            Some(p) => (p, false),
            None => return Ok(Config::default()),
        },
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&text, &path),
        Err(e) if !must_exist && e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(ConfigError {
            path,
            line: None,
            message: format!("cannot read it: {e}"),
        }),
    }
}

impl Config {
    /// The theme in force: the default for `colour` with the file's
    /// entries; without colour only their attributes count.
    pub fn theme(&self, colour: bool) -> Theme {
        let mut t = *theme::for_color(colour);
        for (name, style) in &self.colors {
            let plain = theme::PLAIN.entry(name).unwrap_or_default();
            if let Some(entry) = t.entry_mut(name) {
                *entry = if colour {
                    *style
                } else {
                    theme::without_colour(*style, plain)
                };
            }
        }
        t
    }

    /// Puts the settings into a fresh app.
    pub fn apply(&self, app: &mut App) {
        app.theme = self.theme(app.color);
        for (command, keys) in &self.keys {
            app.keymap.rebind(*command, keys);
        }
        app.report_columns.clone_from(&self.report_columns);
        app.view = self.view;
        crate::app::update::set_order(app, self.order);
    }

    /// The settings in force as a config file, every setting written out.
    pub fn to_toml(&self, colour: bool) -> String {
        let q = |s: &str| toml::Value::String(s.to_string()).to_string();
        let mut out = String::from(
            "# dvtui's settings in force: the defaults with the config file's over them.\n",
        );
        out.push_str(&format!("view = {}\n", q(&self.view.name().to_lowercase())));
        out.push_str(&format!("sort = {}\n", q(order_name(self.order))));
        out.push_str("\n[reports]\n# which of date, level, person, title each row shows, in order\ncolumns = [");
        let cols: Vec<String> = self.report_columns.iter().map(|c| q(c.name())).collect();
        out.push_str(&cols.join(", "));
        out.push_str("]\n\n[colors]\n");
        if !colour {
            out.push_str("# NO_COLOR is set: only attributes (bold, reverse…) are used\n");
        }
        let t = self.theme(colour);
        for name in ENTRY_NAMES {
            let spec = style_spec(t.entry(name).unwrap_or_default());
            out.push_str(&format!("{name} = {}\n", q(&spec)));
        }
        out.push_str(
            "\n[keys]\n# an action's keys: one or a list; giving keys unbinds the old ones\n",
        );
        let mut keymap = crate::app::Keymap::default();
        for (command, keys) in &self.keys {
            keymap.rebind(*command, keys);
        }
        for (command, name) in COMMAND_NAMES {
            let specs: Vec<String> = keymap.keys_of(*command).map(|k| q(&key_spec(k))).collect();
            out.push_str(&format!("{name} = [{}]\n", specs.join(", ")));
        }
        out
    }
}

fn order_name(o: Order) -> &'static str {
    match o {
        Order::Relevance => "relevance",
        Order::Newest => "newest",
        Order::Oldest => "oldest",
        Order::Title => "title",
    }
}

#[cfg(test)]
mod tests;
