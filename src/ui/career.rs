//! The detail of an official (a career as bars over the years, appearances
//! per year, who they appear with, their reports newest first) and of a
//! position (its holders as bars over the years: terms, gaps, overlaps).
//! Lists follow the detail cursor, so any number of rows is browsable;
//! only the rows on screen are built. Pure: reads `App`, draws.

use super::list::matched;
use super::{highlighted, theme::theme};
use crate::app::{App, Command, Focus};
use crate::model::{Date, Official, OfficialId, Position};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{BarChart, Block, Paragraph};
use ratatui::Frame;

/// Columns given to a bar's label in a pane `width` wide.
fn label_width(width: u16) -> usize {
    (usize::from(width) * 45 / 100).clamp(20, 56)
}

/// The years a set of spans covers, first and last.
fn year_span<'a>(
    spans: impl Iterator<Item = (Option<Date>, Option<Date>)> + 'a,
) -> Option<(u16, u16)> {
    spans
        .flat_map(|(a, b)| [a, b])
        .flatten()
        .map(|d| d.year)
        .fold(None, |acc, y| {
            Some(acc.map_or((y, y), |(lo, hi): (u16, u16)| (lo.min(y), hi.max(y))))
        })
}

/// A bar `width` columns wide over the years `lo..=hi`, filled from `from` to `to`.
pub fn bar(from: Option<Date>, to: Option<Date>, (lo, hi): (u16, u16), width: usize) -> String {
    let years = usize::from(hi - lo) + 1;
    let col = |y: u16| usize::from(y.saturating_sub(lo)) * width / years;
    let (Some(a), Some(b)) = (from.or(to), to.or(from)) else {
        return "·".repeat(width);
    };
    let (start, end) = (
        col(a.year),
        (col(b.year) + (width / years).max(1)).min(width),
    );
    (0..width)
        .map(|c| if c >= start && c < end { '█' } else { '·' })
        .collect()
}

/// The years axis above the bars: the first year left, the last right.
fn axis((lo, hi): (u16, u16), width: usize) -> String {
    let (a, b) = (lo.to_string(), hi.to_string());
    if lo == hi || width < 10 {
        return format!("{a:<width$}");
    }
    format!(
        "{a}{}{b}",
        " ".repeat(width.saturating_sub(a.len() + b.len()))
    )
}

fn fit(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    if s.chars().count() >= n {
        out.push('…');
    }
    format!("{out:<n$}")
}

fn dates(from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (Some(a), _) | (None, Some(a)) => a.to_string(),
        (None, None) => "undated".into(),
    }
}

/// Rows `[start, end)` of a list of `n` that show the cursor in `height` rows.
fn window(n: usize, cursor: usize, height: usize) -> (usize, usize) {
    let start = (cursor + 1)
        .saturating_sub(height)
        .min(n.saturating_sub(height));
    (start, (start + height).min(n))
}

/// Draws official `id`.
pub fn render_official(app: &App, id: OfficialId, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let o: &Official = app.catalog.official(id);
    let mut head = vec![Line::from(highlighted(
        &o.name,
        &matched(app.filter_text(), &o.name),
        t.header,
        t.matched,
    ))];
    let where_ = if o.jurisdictions.is_empty() {
        "place unknown".to_string()
    } else {
        o.jurisdictions.join(" → ")
    };
    head.push(Line::raw(format!("  {where_}")));
    if o.namesakes > 0 {
        head.extend(namesake_lines(app, id));
    }
    let label = label_width(area.width);
    let width = usize::from(area.width).saturating_sub(label + 1).max(8);
    if let Some(span) = year_span(o.titles.iter().map(|h| (h.from, h.to))) {
        head.push(Line::from(vec![
            Span::styled(fit("Career", label), t.label),
            Span::styled(axis(span, width), t.dim),
        ]));
        for h in o.titles.iter().take(12) {
            head.push(Line::from(vec![
                Span::raw(fit(&format!("  {}", h.label()), label)),
                Span::styled(bar(h.from, h.to, span, width), t.label),
            ]));
        }
    }
    let partners: Vec<String> = app
        .catalog
        .often_with(id, 4)
        .into_iter()
        .map(|(w, n)| format!("{} ({n})", app.catalog.official(w).name))
        .collect();
    if !partners.is_empty() {
        head.push(Line::from(vec![
            Span::styled("Often with: ", t.label),
            Span::raw(partners.join(", ")),
        ]));
    }
    let chart_h = if area.height >= 24 { 6 } else { 0 };
    let head_h = u16::try_from(head.len())
        .unwrap_or(u16::MAX)
        .min(area.height / 2);
    let [top, chart, list] = Layout::vertical([
        Constraint::Length(head_h),
        Constraint::Length(chart_h),
        Constraint::Min(2),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(head), top);
    if chart_h > 0 {
        render_years(app, o, frame, chart);
    }
    render_reports(app, o, frame, list);
}

/// The official's reports, newest first, in a window that follows the cursor.
fn render_reports(app: &App, o: &Official, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let n = o.appearances.len();
    let height = usize::from(area.height).saturating_sub(1);
    let cursor = app.detail_cursor.min(n.saturating_sub(1));
    let (start, end) = window(n, cursor, height);
    let mut lines = vec![Line::styled(
        format!(
            "Reports, newest first (Enter opens) {}/{n}",
            if n == 0 { 0 } else { cursor + 1 }
        ),
        t.label,
    )];
    for (i, a) in o.appearances[start..end].iter().enumerate() {
        let r = app.catalog.report(a.report);
        let roles = app.catalog.mention(a).roles_label();
        let style = if app.focus == Focus::Detail && start + i == cursor {
            t.selected
        } else {
            Style::default()
        };
        let date = a
            .date
            .map_or_else(|| "undated   ".to_string(), |d| d.to_string());
        lines.push(Line::styled(
            format!(
                "  {date} {}{roles}",
                r.title.as_deref().unwrap_or("(untitled)")
            ),
            style,
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// "N others named X", the key that opens them, and where each served.
fn namesake_lines(app: &App, id: OfficialId) -> Vec<Line<'static>> {
    let t = theme(app);
    let o = app.catalog.official(id);
    let others = app.catalog.namesakes(id);
    if others.is_empty() {
        return Vec::new();
    }
    let s = if others.len() == 1 { "other" } else { "others" };
    let key = app
        .keymap
        .bindings()
        .iter()
        .find(|b| b.command == Command::Namesake)
        .map(|b| format!(" ({} opens the next)", b.label))
        .unwrap_or_default();
    let mut lines = vec![Line::styled(
        format!("  {} {s} named {}{key}", others.len(), o.name),
        t.warning,
    )];
    for &x in others.iter().take(3) {
        let x = app.catalog.official(x);
        let places = if x.jurisdictions.is_empty() {
            "place unknown".to_string()
        } else {
            x.jurisdictions.join(" → ")
        };
        lines.push(Line::styled(
            format!("    {places} · {} reports", x.appearances.len()),
            t.dim,
        ));
    }
    if others.len() > 3 {
        lines.push(Line::styled(
            format!("    … {} more", others.len() - 3),
            t.dim,
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

/// Draws a position: its holders as bars over the years.
pub fn render_position(app: &App, p: &Position, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let mut lines = vec![Line::from(highlighted(
        &p.title,
        &matched(app.filter_text(), &p.title),
        t.header,
        t.matched,
    ))];
    lines.push(Line::raw(format!(
        "  {} · {}",
        p.place.as_deref().unwrap_or("place unknown"),
        p.level.map_or("no level", |l| l.as_str())
    )));
    if let Some(r) = app.catalog.unplaced_report(p) {
        let named = super::list::report_label(app.catalog.report(r));
        lines.push(Line::styled(format!("  named in: {named}"), t.dim));
    }
    let label_w = label_width(area.width);
    let width = usize::from(area.width).saturating_sub(label_w + 1).max(8);
    let span = year_span(p.holders.iter().map(|h| (h.from, h.to)));
    let n = p.holders.len();
    lines.push(Line::from(vec![
        Span::styled(fit(&format!("Holders (Enter opens) {n}"), label_w), t.label),
        Span::styled(span.map(|s| axis(s, width)).unwrap_or_default(), t.dim),
    ]));
    let height = usize::from(area.height).saturating_sub(lines.len());
    let cursor = app.detail_cursor.min(n.saturating_sub(1));
    let (start, end) = window(n, cursor, height);
    for (i, h) in p.holders[start..end].iter().enumerate() {
        let name = app
            .catalog
            .officials()
            .get(h.official.index())
            .map_or("?", |o| o.name.as_str());
        let style = if app.focus == Focus::Detail && start + i == cursor {
            t.selected
        } else {
            Style::default()
        };
        let label = format!("  {name} {}", dates(h.from, h.to));
        let bar = span
            .map(|s| bar(h.from, h.to, s, width))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(fit(&label, label_w), style),
            Span::styled(bar, t.label),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16) -> Option<Date> {
        Date::new(y, 6, 1)
    }

    #[test]
    fn bars_cover_their_years_and_leave_gaps() {
        assert_eq!(bar(d(2010), d(2011), (2010, 2019), 10), "██········");
        assert_eq!(bar(d(2015), d(2019), (2010, 2019), 10), "·····█████");
        assert_eq!(bar(None, None, (2010, 2019), 4), "····");
    }

    #[test]
    fn the_window_follows_the_cursor() {
        assert_eq!(window(100, 0, 10), (0, 10));
        assert_eq!(window(100, 9, 10), (0, 10));
        assert_eq!(window(100, 10, 10), (1, 11));
        assert_eq!(window(100, 99, 10), (90, 100));
        assert_eq!(window(3, 2, 10), (0, 3));
    }
}
