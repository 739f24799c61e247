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

/// Draws the detail of the selected item.
pub fn render_detail(app: &App, frame: &mut Frame, area: Rect) {
    let block = super::pane_block(app, Focus::Detail, "Detail");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(item) = app.selected_item() else {
        return;
    };
    let lines = match app.view {
        View::Reports => report_lines(app, &app.catalog.reports()[item]),
        View::Officials => {
            let o = &app.catalog.officials()[item];
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
            return;
        }
        View::Positions => position_lines(app, &app.catalog.positions()[item]),
    };
    let p = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((app.detail_scroll, 0));
    frame.render_widget(p, inner);
}

fn label<'a>(app: &App, name: &'a str, value: String) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{name}: "), theme(app.color).label),
        Span::raw(value),
    ])
}

fn opt_date(d: Option<Date>) -> String {
    d.map_or_else(|| "unknown".into(), |d| d.to_string())
}

fn or_unknown(s: Option<&str>) -> String {
    s.unwrap_or("unknown").to_string()
}

fn report_lines<'a>(app: &'a App, r: &'a Report) -> Vec<Line<'a>> {
    let t = theme(app.color);
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
    for p in r.body.paragraphs() {
        lines.push(Line::raw(p));
        lines.push(Line::raw(""));
    }
    lines
}

/// The official's lines, up to about `shown` of them.
fn official_lines<'a>(app: &'a App, o: &'a Official, shown: usize) -> Vec<Line<'a>> {
    let t = theme(app.color);
    let q = app.filter_text();
    let mut lines = vec![Line::from(highlighted(
        &o.name,
        &matched(q, &o.name),
        t.header,
        t.matched,
    ))];
    if !o.jurisdictions.is_empty() {
        lines.push(Line::raw(format!("  {}", o.jurisdictions.join(" → "))));
    }
    if o.namesakes > 0 {
        lines.push(Line::styled(
            format!("{} others named {}", o.namesakes, o.name),
            t.warning,
        ));
    }
    lines.push(Line::styled("Titles", t.label));
    for h in &o.titles {
        let span = match (h.from, h.to) {
            (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
            (Some(a), _) => a.to_string(),
            _ => "undated".into(),
        };
        lines.push(Line::raw(format!(
            "  {}  ({span}, {} reports)",
            h.label(),
            h.reports.len()
        )));
    }
    lines.push(Line::styled("Reports (Enter opens)", t.label));
    let room = shown.saturating_sub(lines.len());
    for (i, a) in o.appearances.iter().enumerate().take(room) {
        let r = app.catalog.report(a.report);
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
        .bar_style(theme(app.color).label);
    frame.render_widget(chart, area);
}

fn position_lines<'a>(app: &'a App, p: &'a Position) -> Vec<Line<'a>> {
    let t = theme(app.color);
    let q = app.filter_text();
    let mut lines = vec![Line::from(highlighted(
        &p.title,
        &matched(q, &p.title),
        t.header,
        t.matched,
    ))];
    lines.push(Line::raw(format!(
        "  {} · {}",
        p.place.as_deref().unwrap_or("place unknown"),
        p.level.map_or("no level", |l| l.as_str())
    )));
    lines.push(Line::styled(
        "Holders, in date order (Enter opens their latest report)",
        t.label,
    ));
    for (i, h) in p.holders.iter().enumerate() {
        let name = app
            .catalog
            .officials()
            .get(h.official.index())
            .map_or("?", |o| o.name.as_str());
        let style = if app.focus == Focus::Detail && i == app.detail_cursor {
            t.selected
        } else {
            Style::default()
        };
        lines.push(Line::styled(
            format!(
                "  {name}  {} – {}  ({} reports)",
                opt_date(h.from),
                opt_date(h.to),
                h.reports.len()
            ),
            style,
        ));
    }
    lines
}
