//! The detail pane: a report, an official or a position.

use super::list::matched;
use super::{highlighted, theme::theme};
use crate::app::{App, Focus, View};
use crate::model::{Date, Official, Position, Report};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{BarChart, Block, Paragraph, Wrap};
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
        let report = &app.catalog.reports[item];
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
    let lines = match app.view {
        View::Reports => return None,
        View::Officials => {
            let o = &app.catalog.officials[item];
            let chart_h = if inner.height >= 16 { 7 } else { 0 };
            let [text, chart] =
                Layout::vertical([Constraint::Min(1), Constraint::Length(chart_h)]).areas(inner);
            if chart_h > 0 {
                render_years(app, o, frame, chart);
            }
            // Lines past the bottom of the pane are never seen: an official
            // in thousands of reports costs only the lines on screen.
            let shown = usize::from(app.detail_scroll) + usize::from(text.height);
            let p = Paragraph::new(official_lines(app, o, shown))
                .wrap(Wrap { trim: false })
                .scroll((app.detail_scroll, 0));
            frame.render_widget(p, text);
            return None;
        }
        View::Positions => position_lines(app, &app.catalog.positions[item]),
    };
    let p = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((app.detail_scroll, 0));
    frame.render_widget(p, inner);
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
    lines.push(Line::styled("Officials", t.label));
    for m in &r.officials {
        let roles: Vec<&str> = m.roles.iter().map(|r| r.as_str()).collect();
        let mut spans = vec![Span::raw("  ")];
        spans.extend(highlighted(
            &m.name,
            &matched(q, &m.name),
            Style::default(),
            t.matched,
        ));
        spans.push(Span::styled(format!(" [{}] ", roles.join(", ")), t.dim));
        spans.push(Span::raw(m.titles.join("; ")));
        lines.push(Line::from(spans));
    }
    for (name, items) in [
        ("Documents", &r.documents),
        ("Figures", &r.figures),
        ("Movements", &r.movements),
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

/// The official's lines, up to about `shown` of them.
fn official_lines<'a>(app: &'a App, o: &'a Official, shown: usize) -> Vec<Line<'a>> {
    let t = theme(app);
    let q = app.filter_text();
    let mut lines = vec![Line::from(highlighted(
        &o.name,
        &matched(q, &o.name),
        t.header,
        t.matched,
    ))];
    if o.possibly_several {
        lines.push(Line::styled(
            "titles in several places: maybe several people",
            t.warning,
        ));
    }
    lines.push(Line::styled("Titles", t.label));
    for h in &o.titles {
        let span = super::date_range(h.from, h.to);
        let n = super::list::plural(h.reports.len(), "report");
        lines.push(Line::raw(format!("  {}  ({span}, {n})", h.title)));
    }
    lines.push(Line::styled("Reports (Enter opens)", t.label));
    let room = shown.saturating_sub(lines.len());
    for (i, a) in o.appearances.iter().enumerate().take(room) {
        let r = &app.catalog.reports[a.report];
        let style = if app.focus == Focus::Detail && i == app.detail_cursor {
            t.selected
        } else {
            Style::default()
        };
        let roles: Vec<&str> = app
            .catalog
            .mention(a)
            .roles
            .iter()
            .map(|r| r.as_str())
            .collect();
        lines.push(Line::styled(
            format!(
                "  {} {} [{}]",
                opt_date(a.date),
                r.title.as_deref().unwrap_or("(untitled)"),
                roles.join(", ")
            ),
            style,
        ));
    }
    lines
}

/// Appearances per year as a bar chart.
fn render_years(app: &App, o: &Official, frame: &mut Frame, area: Rect) {
    let mut per_year = std::collections::BTreeMap::<u16, u64>::new();
    for y in o.appearances.iter().filter_map(|a| a.date.map(|d| d.year)) {
        *per_year.entry(y).or_default() += 1;
    }
    let years: Vec<(String, u64)> = per_year
        .into_iter()
        .map(|(y, n)| (y.to_string(), n))
        .collect();
    let data: Vec<(&str, u64)> = years.iter().map(|(y, n)| (y.as_str(), *n)).collect();
    let chart = BarChart::default()
        .block(Block::default().title("Appearances per year"))
        .data(&data)
        .bar_width(4)
        .bar_style(theme(app).label);
    frame.render_widget(chart, area);
}

fn position_lines<'a>(app: &'a App, p: &'a Position) -> Vec<Line<'a>> {
    let t = theme(app);
    let q = app.filter_text();
    let mut lines = vec![Line::from(highlighted(
        &p.title,
        &matched(q, &p.title),
        t.header,
        t.matched,
    ))];
    lines.push(Line::styled(
        "Holders, in date order (Enter opens their latest report)",
        t.label,
    ));
    for (i, h) in p.holders.iter().enumerate() {
        let name = app
            .catalog
            .officials
            .get(h.official)
            .map_or("?", |o| o.name.as_str());
        let style = if app.focus == Focus::Detail && i == app.detail_cursor {
            t.selected
        } else {
            Style::default()
        };
        lines.push(Line::styled(
            format!(
                "  {name}  {}  ({})",
                super::date_range(h.from, h.to),
                super::list::plural(h.reports.len(), "report")
            ),
            style,
        ));
    }
    lines
}
