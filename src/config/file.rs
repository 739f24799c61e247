//! The config file as written: serde types that check each value as it
//! is read (so an error carries its line), and their conversion into
//! `Config`. No I/O.

use super::{Config, ConfigError};
use crate::app::keyspec::{key_spec, parse_key, Key};
use crate::app::{Command, ReportColumn, View, COMMAND_NAMES};
use crate::search::Order;
use crate::ui::theme::{parse_style, ENTRY_NAMES};
use ratatui::crossterm::event::KeyModifiers;
use ratatui::style::Style;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// Where in the file a setting cannot be used, and why.
type Fault = (Range<usize>, String);

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

/// Reads config text; `path` names it in errors.
/// # Errors
/// On a TOML syntax error, an unknown setting, action, colour name or key,
/// a bad key or style spec, or one key given to two actions.
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let error = |span: Option<Range<usize>>, message: String| ConfigError {
        path: path.to_path_buf(),
        line: span.map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1),
        message,
    };
    let file: File =
        toml::from_str(text).map_err(|e| error(e.span(), e.message().trim().to_string()))?;
    file.into_config()
        .map_err(|(span, message)| error(Some(span), message))
}

impl File {
    /// The defaults with the file's settings over them, or the place and
    /// reason of the first setting that cannot be used.
    fn into_config(self) -> Result<Config, Fault> {
        let mut config = Config::default();
        if let Some(v) = self.view {
            config.view = v.into();
        }
        if let Some(s) = self.sort {
            config.order = s.into();
        }
        if let Some(r) = self.reports {
            if r.columns.get_ref().is_empty() {
                let msg = "columns is empty: name at least one of date, level, person, title";
                return Err((r.columns.span(), msg.into()));
            }
            config.report_columns = r.columns.into_inner().into_iter().map(Into::into).collect();
        }
        config.colors = self
            .colors
            .into_iter()
            .map(|(k, v)| (ENTRY_NAMES[k.0], v.0))
            .collect();
        config.keys = rebindings(self.keys)?;
        Ok(config)
    }
}

/// The commands the file rebinds, refusing a key given to two of them.
fn rebindings(
    keys: BTreeMap<CommandName, Spanned<KeyList>>,
) -> Result<Vec<(Command, Vec<Key>)>, Fault> {
    let mut given: Vec<(Key, Command)> = Vec::new();
    let mut out = Vec::new();
    for (name, list) in keys {
        let command = COMMAND_NAMES[name.0].0;
        for &key in &list.get_ref().0 {
            if let Some((_, other)) = given.iter().find(|(k, _)| same_key(*k, key)) {
                let msg = format!(
                    "{} is given to both {} and {}: give each key to one action",
                    key_spec(key),
                    other.name(),
                    command.name()
                );
                return Err((list.span(), msg));
            }
            given.push((key, command));
        }
        out.push((command, list.into_inner().0));
    }
    Ok(out)
}

fn same_key(a: Key, b: Key) -> bool {
    a.0 == b.0 && (a.1 - KeyModifiers::SHIFT) == (b.1 - KeyModifiers::SHIFT)
}

impl From<ViewName> for View {
    fn from(v: ViewName) -> View {
        match v {
            ViewName::Reports => View::Reports,
            ViewName::Officials => View::Officials,
            ViewName::Positions => View::Positions,
        }
    }
}

impl From<SortName> for Order {
    fn from(s: SortName) -> Order {
        match s {
            SortName::Relevance => Order::Relevance,
            SortName::Newest => Order::Newest,
            SortName::Oldest => Order::Oldest,
            SortName::Title => Order::Title,
        }
    }
}

impl From<ColumnName> for ReportColumn {
    fn from(c: ColumnName) -> ReportColumn {
        match c {
            ColumnName::Date => ReportColumn::Date,
            ColumnName::Level => ReportColumn::Level,
            ColumnName::Title => ReportColumn::Title,
            ColumnName::Person => ReportColumn::Person,
        }
    }
}
