//! The list pane: only the visible window of rows is built.

use super::{highlighted, theme::theme};
use crate::app::{update::first_visible, App, Focus, View};
use crate::search::highlight;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Draws the rows of the current view around the selection.
pub fn render_list(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app.color);
    let block = super::pane_block(app, Focus::List, app.view.name());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let rows = app.current_rows();
    if rows.is_empty() {
        let msg = if app.total() == 0 {
            "loading…"
        } else {
            "no match"
        };
        frame.render_widget(Paragraph::new(Span::styled(msg, t.dim)), inner);
        return;
    }
    let selected = app.selected[app.view.index()];
    let first = first_visible(selected, height);
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
            Line::from(row_spans(app, item, query, base)).style(base)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
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
    let t = theme(app.color);
    let c = &app.catalog;
    match app.view {
        View::Reports => {
            let r = &c.reports()[item];
            let date = r
                .date()
                .map_or_else(|| "????-??-??".to_string(), |d| d.to_string());
            let level = r.level.map_or("?", |l| l.as_str());
            let title = r.title.as_deref().unwrap_or("(untitled)");
            let mut spans = vec![Span::styled(
                format!("{date} {level:<10} "),
                base.patch(t.dim),
            )];
            spans.extend(highlighted(title, &matched(query, title), base, t.matched));
            if let Some(name) = matched_person(app, item, query, title) {
                spans.push(Span::styled("  · ", base.patch(t.dim)));
                spans.extend(highlighted(name, &matched(query, name), base, t.matched));
            }
            spans
        }
        View::Officials => {
            let o = &c.officials()[item];
            let mut spans = highlighted(&o.name, &matched(query, &o.name), base, t.matched);
            spans.push(Span::styled(
                format!("  {} reports  ", o.appearances.len()),
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
                format!("  {} holders", p.holders.len()),
                base.patch(t.dim),
            ));
            spans
        }
    }
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
