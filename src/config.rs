//! The config file (`$XDG_CONFIG_HOME/dvtui/config.toml`, else
//! `~/.config/dvtui/config.toml`, or `--config FILE`): the first view, the
//! sort order, the Reports list's columns, colours and key rebindings.
//! Read and checked before the screen is taken over; a bad file is refused
//! with its line and the fix, never half applied. Knows nothing of drawing.

use crate::app::keyspec::{key_spec, parse_key, Key};
use crate::app::{App, Command, ReportColumn, View, COMMAND_NAMES};
use crate::search::Order;
use crate::ui::theme::{self, parse_style, style_spec, Theme, ENTRY_NAMES};
use ratatui::style::Style;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

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

/// The file as written; every value is checked as it is read, so that an
/// error carries its place in the file.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    view: Option<ViewName>,
    sort: Option<SortName>,
    reports: Option<ReportsSection>,
    #[serde(default)]
    colors: BTreeMap<EntryName, StyleSpec>,
    #[serde(default)]
    keys: BTreeMap<CommandName, Spanned<KeyList>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportsSection {
    columns: Spanned<Vec<ColumnName>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum ViewName {
    Reports,
    Officials,
    Positions,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum SortName {
    Relevance,
    Newest,
    Oldest,
    Title,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum ColumnName {
    Date,
    Level,
    Title,
    Person,
}

#[derive(Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(try_from = "String")]
struct EntryName(usize);

impl TryFrom<String> for EntryName {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        ENTRY_NAMES
            .iter()
            .position(|n| *n == s)
            .map(EntryName)
            .ok_or_else(|| {
                format!(
                    "no colour is called {s:?}; the names are {}",
                    ENTRY_NAMES.join(", ")
                )
            })
    }
}

#[derive(Deserialize)]
#[serde(try_from = "String")]
struct StyleSpec(Style);

impl TryFrom<String> for StyleSpec {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        parse_style(&s).map(StyleSpec)
    }
}

#[derive(Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(try_from = "String")]
struct CommandName(usize);

impl TryFrom<String> for CommandName {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        COMMAND_NAMES
            .iter()
            .position(|(_, n)| *n == s)
            .map(CommandName)
            .ok_or_else(|| {
                format!("no action is called {s:?} (the [keys] of `dvtui --print-config` name them all)")
            })
    }
}

/// One key spec or a list of them.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(try_from = "OneOrMany")]
struct KeyList(Vec<Key>);

impl TryFrom<OneOrMany> for KeyList {
    type Error = String;
    fn try_from(v: OneOrMany) -> Result<Self, String> {
        let specs = match v {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        };
        specs
            .iter()
            .map(|s| parse_key(s))
            .collect::<Result<_, _>>()
            .map(KeyList)
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

/// Reads config text; `path` names it in errors.
/// # Errors
/// On a TOML syntax error, an unknown setting, action, colour name or key,
/// a bad key or style spec, or one key given to two actions.
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let error = |span: Option<std::ops::Range<usize>>, message: String| ConfigError {
        path: path.to_path_buf(),
        line: span.map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1),
        message,
    };
    let file: File =
        toml::from_str(text).map_err(|e| error(e.span(), e.message().trim().to_string()))?;
    let mut config = Config::default();
    if let Some(v) = file.view {
        config.view = match v {
            ViewName::Reports => View::Reports,
            ViewName::Officials => View::Officials,
            ViewName::Positions => View::Positions,
        };
    }
    if let Some(s) = file.sort {
        config.order = match s {
            SortName::Relevance => Order::Relevance,
            SortName::Newest => Order::Newest,
            SortName::Oldest => Order::Oldest,
            SortName::Title => Order::Title,
        };
    }
    if let Some(r) = file.reports {
        if r.columns.get_ref().is_empty() {
            let msg = "columns is empty: name at least one of date, level, person, title".into();
            return Err(error(Some(r.columns.span()), msg));
        }
        config.report_columns = r.columns.into_inner().iter().map(|c| column(*c)).collect();
    }
    config.colors = file
        .colors
        .into_iter()
        .map(|(k, v)| (ENTRY_NAMES[k.0], v.0))
        .collect();
    let mut given: Vec<(Key, Command)> = Vec::new();
    for (name, keys) in file.keys {
        let command = COMMAND_NAMES[name.0].0;
        for &key in &keys.get_ref().0 {
            if let Some((_, other)) = given.iter().find(|(k, _)| same_key(*k, key)) {
                let msg = format!(
                    "{} is given to both {} and {}: give each key to one action",
                    key_spec(key),
                    other.name(),
                    command.name()
                );
                return Err(error(Some(keys.span()), msg));
            }
            given.push((key, command));
        }
        config.keys.push((command, keys.into_inner().0));
    }
    Ok(config)
}

fn same_key(a: Key, b: Key) -> bool {
    use ratatui::crossterm::event::KeyModifiers;
    a.0 == b.0 && (a.1 - KeyModifiers::SHIFT) == (b.1 - KeyModifiers::SHIFT)
}

fn column(c: ColumnName) -> ReportColumn {
    match c {
        ColumnName::Date => ReportColumn::Date,
        ColumnName::Level => ReportColumn::Level,
        ColumnName::Title => ReportColumn::Title,
        ColumnName::Person => ReportColumn::Person,
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
#[path = "config_tests.rs"]
mod tests;
