//! Commands that reach outside the state (clipboard, pager, files, the
//! shell's job control): each becomes an `Effect` for the event loop,
//! built here from the state without doing any I/O.

use super::table::{self, Format};
use super::{App, Command, Effect, Overlay, View};

/// The effect a command asks for, or `None` when it is not such a command
/// (or there is nothing to act on; then `app.message` says so).
pub fn effect_of(app: &mut App, c: Command) -> Option<Effect> {
    if app.overlay != Overlay::None {
        return None;
    }
    let item = app.selected_item();
    match c {
        Command::Suspend => Some(Effect::Suspend),
        Command::Export => Some(export(app)),
        Command::CopyName => {
            let text = label(app, item?);
            Some(Effect::Copy {
                text,
                what: "the name".into(),
            })
        }
        Command::CopyRow => {
            let text = table::row(&app.catalog, app.view, item?).join("\t");
            Some(Effect::Copy {
                text,
                what: "the row".into(),
            })
        }
        Command::CopyReport => {
            let Some(r) = report_of(app) else {
                app.message = Some("no report selected".into());
                return None;
            };
            Some(Effect::Copy {
                text: report_text(app, r),
                what: "the report".into(),
            })
        }
        Command::OpenPager | Command::OpenEditor => {
            let Some(r) = report_of(app) else {
                app.message = Some("no report selected".into());
                return None;
            };
            Some(Effect::Open {
                path: app.catalog.reports()[r].file.clone(),
                editor: c == Command::OpenEditor,
            })
        }
        _ => None,
    }
}

/// The name or title the selected row shows first.
fn label(app: &App, item: usize) -> String {
    let c = &app.catalog;
    match app.view {
        View::Reports => c.reports()[item]
            .title
            .as_deref()
            .unwrap_or_default()
            .to_string(),
        View::Officials => c.officials()[item].name.clone(),
        View::Positions => c.positions()[item].title.clone(),
    }
}

/// The report the user is on: the selected one, or in an official's
/// list, the one under the detail cursor.
fn report_of(app: &App) -> Option<usize> {
    let item = app.selected_item()?;
    match app.view {
        View::Reports => Some(item),
        View::Officials => app.catalog.officials()[item]
            .appearances
            .get(app.detail_cursor)
            .map(|a| a.report.index()),
        View::Positions => app.catalog.positions()[item]
            .holders
            .get(app.detail_cursor)
            .and_then(|h| h.reports.last().map(|r| r.index())),
    }
}

/// A report as plain text: title, date, source, then the body.
fn report_text(app: &App, r: usize) -> String {
    let r = &app.catalog.reports()[r];
    let mut s = String::new();
    if let Some(t) = &r.title {
        s.push_str(t);
        s.push_str("\n\n");
    }
    if let Some(d) = r.date() {
        s.push_str(&format!("{d}\n"));
    }
    if let Some(src) = &r.source {
        s.push_str(&format!("{src}\n"));
    }
    s.push('\n');
    s.push_str(&r.body.text());
    s
}

/// The filtered list of the current view as CSV.
fn export(app: &App) -> Effect {
    let rows = &app.current().rows;
    Effect::Export {
        stem: format!("dvtui-{}", app.view.name().to_lowercase()),
        extension: Format::Csv.extension().into(),
        contents: table::write(&app.catalog, app.view, rows, Format::Csv),
        rows: rows.len(),
    }
}
