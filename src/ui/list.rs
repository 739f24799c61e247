//! The list pane: only the visible window of rows is built.

use super::{highlighted, theme::theme};
use crate::app::{App, Focus, ReportColumn, View};
use crate::search::highlight;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Draws the rows of the current view around the selection.
pub fn render_list(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let block = super::pane_block(app, Focus::List, app.view.name());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let rows = app.current_rows();
    if rows.is_empty() {
        let msg = empty_message(app);
        frame.render_widget(
            Paragraph::new(Span::styled(msg, t.dim)).wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let selected = app.current().selected;
    // The stored offset, kept valid should the pane have shrunk since.
    let first = app
        .current()
        .offset
        .max((selected + 1).saturating_sub(height))
        .min(selected);
    let query = app.filter_text();
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(pos, &item)| {
            let base = if pos == selected {
                t.selected
            } else {
                ratatui::style::Style::default()
            };
            // A mark in the gutter shows the selection where styles do not
            // (NO_COLOR, a monochrome theme, a screen reader's text dump).
            let mark = if pos == selected {
                Span::styled(SELECTED_MARK, t.label)
            } else {
                Span::raw(" ")
            };
            let mut spans = vec![mark];
            spans.extend(row_spans(app, item, query, base));
            Line::from(spans).style(base)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The gutter mark of the selected row.
pub const SELECTED_MARK: &str = "▌";

/// Why the list is empty: loading, nothing loaded (and why), or no match.
fn empty_message(app: &App) -> String {
    if app.total() > 0 {
        return "no match".into();
    }
    let Some(done) = &app.progress.done else {
        return "loading…".into();
    };
    if app.view != View::Reports {
        return format!("no {} found", app.view.name().to_lowercase());
    }
    let mut msg = if done.files == 0 {
        format!("no .txt/.md/.html files under {}", app.source_label)
    } else {
        format!(
            "none of the {} under {} could be read",
            plural(done.files, "file"),
            app.source_label
        )
    };
    let other: usize = done.ignored.iter().map(|(_, n)| n).sum();
    if other > 0 || !app.catalog.warnings().is_empty() {
        msg.push_str(&format!(
            " ({} left unread: F2)",
            plural(other + app.catalog.warnings().len(), "file")
        ));
    }
    msg
}

/// `n thing` or `n things`.
pub fn plural(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

/// Sorted char indices of `text` matched by `query`.
pub fn matched(query: &str, text: &str) -> Vec<usize> {
    if query.is_empty() {
        return Vec::new();
    }
    let mut p = highlight(query, text);
    p.sort_unstable();
    p.dedup();
    p
}

fn row_spans<'a>(
    app: &'a App,
    item: usize,
    query: &str,
    base: ratatui::style::Style,
) -> Vec<Span<'a>> {
    let t = theme(app);
    let c = &app.catalog;
    match app.view {
        View::Reports => report_spans(app, item, query, base),
        View::Officials => {
            let o = &c.officials()[item];
            let mut spans = highlighted(&o.name, &matched(query, &o.name), base, t.matched);
            spans.push(Span::styled(
                format!("  {}  ", plural(o.appearances.len(), "report")),
                base.patch(t.dim),
            ));
            spans.push(Span::styled(c.latest_title(item).unwrap_or(""), base));
            spans
        }
        View::Positions => {
            let p = &c.positions()[item];
            let mut spans = highlighted(&p.title, &matched(query, &p.title), base, t.matched);
            spans.push(Span::styled(
                format!("  {}", p.place.as_deref().unwrap_or("?")),
                base,
            ));
            spans.push(Span::styled(
                format!("  {}", plural(p.holders.len(), "holder")),
                base.patch(t.dim),
            ));
            // Unplaced posts of one title are one per report: the report's
            // headline tells the rows apart.
            if let Some(r) = c.unplaced_report(p) {
                spans.push(Span::styled(
                    format!("  in: {}", report_label(c.report(r))),
                    base.patch(t.dim),
                ));
            }
            spans
        }
    }
}

/// A report's row: the columns the config asks for, in its order.
fn report_spans<'a>(
    app: &'a App,
    item: usize,
    query: &str,
    base: ratatui::style::Style,
) -> Vec<Span<'a>> {
    let t = theme(app);
    let r = &app.catalog.reports()[item];
    let title = r.title.as_deref().unwrap_or("(untitled)");
    let mut spans = Vec::new();
    for column in &app.report_columns {
        match column {
            ReportColumn::Date => {
                let date = r
                    .date()
                    .map_or_else(|| "????-??-??".to_string(), |d| d.to_string());
                spans.push(Span::styled(format!("{date} "), base.patch(t.dim)));
            }
            ReportColumn::Level => {
                let level = r.level.map_or("?", |l| l.as_str());
                spans.push(Span::styled(format!("{level:<10} "), base.patch(t.dim)));
            }
            // The person the query found goes before the title by default:
            // after a whole title it would be off the edge of the pane.
            ReportColumn::Person => {
                if let Some(name) = matched_person(app, item, query, title) {
                    spans.extend(highlighted(name, &matched(query, name), base, t.matched));
                    spans.push(Span::styled(" · ", base.patch(t.dim)));
                }
            }
            ReportColumn::Title => {
                spans.extend(highlighted(title, &matched(query, title), base, t.matched));
                spans.push(Span::styled(" ", base));
            }
        }
    }
    spans
}

/// The first official of a report whose name the query matches, when the title does not.
fn matched_person<'a>(app: &'a App, report: usize, query: &str, title: &str) -> Option<&'a str> {
    if query.is_empty() || !matched(query, title).is_empty() {
        return None;
    }
    app.catalog.reports()[report]
        .officials
        .iter()
        .map(|m| m.name.as_str())
        .find(|name| !matched(query, name).is_empty())
}

/// A report as named in one line: its headline, else its file.
pub(super) fn report_label(r: &crate::model::Report) -> &str {
    r.title.as_deref().unwrap_or(&r.file)
}
