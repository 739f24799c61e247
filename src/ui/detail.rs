//! The detail pane: a report here; an official or a position in `career`.

use super::list::{matched, SELECTED_MARK};
use super::{highlighted, theme::theme};
use crate::app::{App, Focus, View};
use crate::model::{Date, Report};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui::Frame;

/// Draws the detail of the selected item; returns how many lines a
/// report's text takes at this width (`None` for other views).
pub fn render_detail(app: &App, frame: &mut Frame, area: Rect) -> Option<usize> {
    let mut block = super::pane_block(app, Focus::Detail, "Detail");
    let inner = block.inner(area);
    let Some(item) = app.selected_item() else {
        frame.render_widget(block, area);
        return None;
    };
    if app.view == View::Reports {
        let wrapped = app
            .body_wrap
            .as_ref()
            .filter(|w| w.report == item && w.width == inner.width && !w.lines.is_empty());
        let report = &app.catalog.reports()[item];
        let p =
            Paragraph::new(report_lines(app, report, wrapped.is_none())).wrap(Wrap { trim: false });
        if let Some(w) = wrapped {
            return Some(render_long_report(app, frame, (block, area, inner), p, w));
        }
        let total = p.line_count(inner.width);
        let height = usize::from(inner.height);
        // Scrolling stops with the last line at the bottom of the pane.
        let scroll = usize::from(app.detail_scroll).min(total.saturating_sub(height));
        if total > height {
            let last = (scroll + height).min(total);
            block = block.title_bottom(Line::from(format!(" {last}/{total} ")).right_aligned());
        }
        frame.render_widget(block, area);
        let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
        frame.render_widget(p.scroll((scroll, 0)), inner);
        return Some(total);
    }
    frame.render_widget(block, area);
    match app.view {
        View::Officials => {
            super::career::render_official(app, crate::model::OfficialId::new(item), frame, inner);
        }
        View::Positions => {
            super::career::render_position(app, &app.catalog.positions()[item], frame, inner);
        }
        View::Reports => {}
    }
    None
}

fn label<'a>(app: &App, name: &'a str, value: String) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{name}: "), theme(app).label),
        Span::raw(value),
    ])
}

fn opt_date(d: Option<Date>) -> String {
    d.map_or_else(|| "unknown".into(), |d| d.to_string())
}

fn or_unknown(s: Option<&str>) -> String {
    s.unwrap_or("unknown").to_string()
}

/// A report whose long body was wrapped ahead (see `app::wrap`): the head
/// is wrapped as usual, the body's lines are taken from the wrapping, only
/// those on screen. Returns the number of lines in all.
fn render_long_report(
    app: &App,
    frame: &mut Frame,
    (block, area, inner): (Block, Rect, Rect),
    head: Paragraph,
    body: &crate::app::wrap::Wrapped,
) -> usize {
    let head_n = head.line_count(inner.width);
    let total = head_n + body.lines.len();
    let height = usize::from(inner.height);
    let scroll = usize::from(app.detail_scroll).min(total.saturating_sub(height));
    let last = (scroll + height).min(total);
    frame.render_widget(
        block.title_bottom(Line::from(format!(" {last}/{total} ")).right_aligned()),
        area,
    );
    let head_rows = head_n.saturating_sub(scroll).min(height);
    let [top, rest] = Layout::vertical([
        Constraint::Length(u16::try_from(head_rows).unwrap_or(u16::MAX)),
        Constraint::Min(0),
    ])
    .areas(inner);
    let head_scroll = u16::try_from(scroll.min(head_n)).unwrap_or(u16::MAX);
    frame.render_widget(head.scroll((head_scroll, 0)), top);
    let first = scroll.saturating_sub(head_n);
    let lines: Vec<Line> = (first..first + usize::from(rest.height))
        .map(|i| Line::raw(body.line(i)))
        .collect();
    frame.render_widget(Paragraph::new(lines), rest);
    total
}

fn report_lines<'a>(app: &'a App, r: &'a Report, with_body: bool) -> Vec<Line<'a>> {
    let t = theme(app);
    let q = app.filter_text();
    let title = r.title.as_deref().unwrap_or("(untitled)");
    let mut lines = vec![
        Line::from(highlighted(title, &matched(q, title), t.header, t.matched)),
        Line::raw(""),
    ];
    lines.push(label(app, "Event", opt_date(r.event_date)));
    lines.push(label(app, "Published", opt_date(r.published)));
    lines.push(label(app, "Source", or_unknown(r.source.as_deref())));
    lines.push(label(app, "Author", or_unknown(r.author.as_deref())));
    lines.push(label(app, "Level", or_unknown(r.level.map(|l| l.as_str()))));
    lines.push(label(app, "Kind", or_unknown(r.kind.as_deref())));
    lines.push(label(app, "Period", or_unknown(r.period.as_deref())));
    lines.push(label(app, "Places", r.places.join(", ")));
    lines.push(label(app, "File", r.file.clone()));
    // With the focus here, a cursor picks one to open (n / p, Enter); the
    // rows are `app::named::named_row`, which scrolls to the cursor.
    let cursor = (app.focus == Focus::Detail).then_some(app.detail_cursor);
    lines.push(Line::styled(
        if cursor.is_some() && !r.officials.is_empty() {
            "Officials (Enter opens)"
        } else {
            "Officials"
        },
        t.label,
    ));
    for (i, m) in r.officials.iter().enumerate() {
        let on = cursor == Some(i);
        let base = if on { t.selected } else { Style::default() };
        let gutter = if on {
            format!("{SELECTED_MARK} ")
        } else {
            "  ".into()
        };
        let mut spans = vec![Span::styled(gutter, base)];
        spans.extend(highlighted(&m.name, &matched(q, &m.name), base, t.matched));
        spans.push(Span::styled(
            format!("{} ", m.roles_label()),
            if on { base } else { t.dim },
        ));
        spans.push(Span::styled(m.titles.join("; "), base));
        lines.push(Line::from(spans));
    }
    // People named with no post (a citizen, a suspect): listed, not
    // opened, since the officials index holds officials.
    if !r.people.is_empty() {
        lines.push(Line::styled("Also named", t.label));
        for m in &r.people {
            let mut spans = vec![Span::raw("  ")];
            spans.extend(highlighted(
                &m.name,
                &matched(q, &m.name),
                Style::default(),
                t.matched,
            ));
            spans.push(Span::styled(m.roles_label(), t.dim));
            lines.push(Line::from(spans));
        }
    }
    for (name, items) in [
        ("Documents", &r.documents),
        ("Figures", &r.figures),
        ("Movements", &r.movements),
        // Photo captions apart from the article text they stood in.
        ("Captions", &r.captions),
    ] {
        if !items.is_empty() {
            lines.push(Line::styled(name, t.label));
            lines.extend(items.iter().map(|d| Line::raw(format!("  {d}"))));
        }
    }
    lines.push(Line::raw(""));
    if with_body {
        for p in r.body.paragraphs() {
            lines.push(Line::raw(p));
            lines.push(Line::raw(""));
        }
    }
    lines
}
