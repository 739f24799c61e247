//! The officials a report names, as a list in its detail pane: a cursor
//! over them (`n` / `p`), scrolled into view, and Enter on one opens it
//! in Officials. Also the namesakes of an official (Alt-N), opened one
//! after another. State changes go through `update`, which calls these.

use super::{App, Focus, View};
use crate::model::{OfficialId, Report, ReportId};
use ratatui::widgets::{Paragraph, Wrap};

/// Lines of a report's detail above its first named official besides the
/// title, places and file (which may wrap): a blank line, seven one-line
/// facts and the "Officials" heading (see `ui::detail`).
const FACTS: usize = 9;

/// The text of the detail row of a report's mention `m`, as drawn.
pub(super) fn named_row(r: &Report, m: usize) -> String {
    let Some(m) = r.officials.get(m) else {
        return String::new();
    };
    format!("  {}{} {}", m.name, m.roles_label(), m.titles.join("; "))
}

/// Moves the cursor over the selected report's named officials by
/// `delta`, giving the detail pane the focus and scrolling it to the cursor.
pub(super) fn step(app: &mut App, delta: isize) {
    let Some(r) = app.selected_item().filter(|_| app.view == View::Reports) else {
        return;
    };
    let n = app.catalog.reports()[r].officials.len();
    if n == 0 {
        app.message = Some("this report names no official".into());
        return;
    }
    app.focus = Focus::Detail;
    let at = app.detail_cursor.min(n - 1) as isize + delta;
    app.detail_cursor = at.clamp(0, n as isize - 1) as usize;
    show_cursor(app, r);
}

/// Scrolls the detail pane the least so that the cursor's row shows.
fn show_cursor(app: &mut App, r: usize) {
    let width = app.panes().1.width.saturating_sub(2);
    let report = &app.catalog.reports()[r];
    let lines = |text: String| {
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .line_count(width)
    };
    let title = report.title.as_deref().unwrap_or("(untitled)").to_string();
    let places = format!("Places: {}", report.places.join(", "));
    let file = format!("File: {}", report.file);
    let top = lines(title) + lines(places) + lines(file) + FACTS;
    let above: usize = (0..app.detail_cursor)
        .map(|m| lines(named_row(report, m)))
        .sum();
    let (first, last) = (
        top + above,
        top + above + lines(named_row(report, app.detail_cursor)),
    );
    let height = app.detail_height();
    let scroll = usize::from(app.detail_scroll);
    let scroll = if first < scroll {
        first
    } else if last > scroll + height {
        last.saturating_sub(height)
    } else {
        scroll
    };
    app.detail_scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
}

/// The official under the cursor in report `r`'s detail.
pub(super) fn under_cursor(app: &App, r: usize) -> Option<OfficialId> {
    app.catalog.official_at(ReportId::new(r), app.detail_cursor)
}

/// The next official after the selected one with the same name (the
/// first again after the last), with how many share the name.
pub(super) fn next_namesake(app: &App) -> Result<(OfficialId, usize), String> {
    let Some(o) = app.selected_item().filter(|_| app.view == View::Officials) else {
        return Err("namesakes: select an official first".into());
    };
    let id = OfficialId::new(o);
    let others = app.catalog.namesakes(id);
    let name = &app.catalog.official(id).name;
    let next = others
        .iter()
        .find(|&&x| x > id)
        .or_else(|| others.first())
        .copied();
    match next {
        Some(next) => Ok((next, others.len() + 1)),
        None => Err(format!("no one else is named {name}")),
    }
}
