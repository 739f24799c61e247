//! The header (view, counts, sort) and the status line (hints, progress, warnings).

use super::list::plural;
use super::theme::theme;
use crate::app::{App, Command, Live, View};
use crate::search::Order;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// The header's view tabs: each view with its label, e.g. `[Reports 3/5]`
/// for the current one and ` Officials 14/14 ` for the others.
fn tabs(app: &App) -> impl Iterator<Item = (View, String)> + '_ {
    View::ALL.into_iter().map(|v| {
        let text = format!(
            "{} {}/{}",
            v.name(),
            app.state(v).rows.len(),
            app.total_of(v)
        );
        let label = if v == app.view {
            format!("[{text}]")
        } else {
            format!(" {text} ")
        };
        (v, label)
    })
}

/// What the header starts with, before the tabs.
const BRAND: &str = "dvtui  ";

/// The view whose tab is at column `col` of the header, if any.
pub fn tab_at(app: &App, col: u16) -> Option<View> {
    let mut x = BRAND.chars().count();
    for (v, label) in tabs(app) {
        let w = label.chars().count();
        if (x..x + w).contains(&usize::from(col)) {
            return Some(v);
        }
        x += w + 2;
    }
    None
}

/// Views with counts, e.g. `[Reports 3/5]  Officials 14  Positions 20  sort: relevance`.
pub fn render_header(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let mut spans = vec![Span::styled(BRAND, t.header)];
    for (v, label) in tabs(app) {
        let style = if v == app.view { t.header } else { t.dim };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw("  "));
    }
    let order = match app.order {
        Order::Relevance => "relevance",
        Order::Newest => "newest",
        Order::Oldest => "oldest",
        // Officials are people: their "title" order is by given name.
        Order::Title if app.view == View::Officials => "name",
        Order::Title => "title",
    };
    spans.push(Span::styled(format!("sort: {order}"), t.label));
    frame.render_widget(Line::from(spans), area);
}

/// A message or the query's problem, else load progress, the warnings
/// count and key hints from the keymap.
pub fn render_status(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    if let Some(msg) = &app.message {
        frame.render_widget(Line::from(Span::styled(msg.as_str(), t.warning)), area);
        return;
    }
    let mut spans = Vec::new();
    if let Some(problem) = &app.current().problem {
        spans.push(Span::styled(format!("{problem}  "), t.warning));
    }
    spans.push(progress_span(app));
    if let Some(live) = live_span(app) {
        spans.push(live);
    }
    let warnings = app.catalog.warnings().len();
    if warnings > 0 {
        spans.push(Span::styled(
            format!("{} (F2)  ", plural(warnings, "warning")),
            t.warning,
        ));
    }
    let bindings = app.keymap.bindings();
    // Each hinted command once, by its first key.
    let first = bindings
        .iter()
        .enumerate()
        .filter(|(i, b)| !bindings[..*i].iter().any(|a| a.command == b.command))
        .map(|(_, b)| b);
    for b in first.filter(|b| HINTS.contains(&b.command)) {
        spans.push(Span::styled(b.label.as_ref(), t.label));
        spans.push(Span::styled(format!(" {}  ", short(b.help)), t.dim));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The load's figures once done; while loading, files done of those found
/// so far, with a percentage once the walk has found them all.
fn progress_span(app: &App) -> Span<'static> {
    let t = theme(app);
    let p = &app.progress;
    if let Some(stats) = &p.done {
        // A launch that ends while storing leaves the rest to the next.
        let storing = if stats.storing { ", storing" } else { "" };
        return Span::styled(
            format!(
                "{} in {:.0} ms{storing}  ",
                plural(stats.reports, "report"),
                stats.total_ms
            ),
            t.dim,
        );
    }
    let secs = p
        .started
        .map_or(0.0, |s| s.elapsed().as_secs_f64())
        .max(1e-3);
    let mbs = p.bytes_done as f64 / 1e6 / secs;
    let files = if p.walk_done && p.files_total > 0 {
        format!(
            "{}/{} files ({}%)",
            p.files_done,
            p.files_total,
            p.files_done * 100 / p.files_total
        )
    } else {
        format!("{} done, {} found so far", p.files_done, p.files_total)
    };
    Span::styled(
        format!(
            "loading: {}, {files}, {mbs:.0} MB/s  ",
            plural(app.catalog.reports().len(), "report")
        ),
        t.warning,
    )
}

/// News of files changed on disk: what is being read again, what the
/// last refresh changed, or why changes are not followed.
fn live_span(app: &App) -> Option<Span<'static>> {
    let t = theme(app);
    Some(match app.progress.live.as_ref()? {
        Live::Refreshing(what) => Span::styled(format!("refreshing {what}…  "), t.warning),
        Live::Updated(news) => Span::styled(format!("live: {news}  "), t.dim),
        Live::Remaking(news) => Span::styled(
            format!("live: {news}; updating officials and positions…  "),
            t.warning,
        ),
        Live::Off(why) => Span::styled(format!("not following changes: {why}  "), t.warning),
    })
}

/// Commands worth a hint on the status line.
const HINTS: &[Command] = &[
    Command::NextView,
    Command::Open,
    Command::ToggleFocus,
    Command::CycleSort,
    Command::Help,
    Command::ClearOrQuit,
];

/// The first words of a help text, for hints.
fn short(help: &str) -> &str {
    help.split([':', ';', '(', ','])
        .next()
        .unwrap_or(help)
        .trim()
}
