//! The header (view, counts, sort) and the status line (hints, progress, warnings).

use super::theme::theme;
use crate::app::{App, View, KEYMAP};
use crate::search::Order;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// Views with counts, e.g. `[Reports 3/5]  Officials 14  Positions 20  sort: relevance`.
pub fn render_header(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app.color);
    let mut spans = vec![Span::styled("dvtui  ", t.header)];
    for v in View::ALL {
        let total = match v {
            View::Reports => app.catalog.reports().len(),
            View::Officials => app.catalog.officials().len(),
            View::Positions => app.catalog.positions().len(),
        };
        let shown = app.rows[v.index()].len();
        let text = format!("{} {shown}/{total}", v.name());
        if v == app.view {
            spans.push(Span::styled(format!("[{text}]"), t.header));
        } else {
            spans.push(Span::styled(format!(" {text} "), t.dim));
        }
        spans.push(Span::raw("  "));
    }
    let order = match app.order {
        Order::Relevance => "relevance",
        Order::Newest => "newest",
        Order::Oldest => "oldest",
        Order::Title => "title",
    };
    spans.push(Span::styled(format!("sort: {order}"), t.label));
    frame.render_widget(Line::from(spans), area);
}

/// Key hints from the keymap, load progress and the warnings count.
pub fn render_status(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app.color);
    let mut spans = Vec::new();
    let p = &app.progress;
    match &p.done {
        Some(stats) => spans.push(Span::styled(
            format!("{} reports in {:.0} ms  ", stats.reports, stats.total_ms),
            t.dim,
        )),
        None => {
            let secs = p
                .started
                .map_or(0.0, |s| s.elapsed().as_secs_f64())
                .max(1e-3);
            let mbs = p.bytes_done as f64 / 1e6 / secs;
            spans.push(Span::styled(
                format!(
                    "loading: {} reports, {}/{} files, {mbs:.0} MB/s  ",
                    app.catalog.reports().len(),
                    p.files_done,
                    p.files_total
                ),
                t.warning,
            ));
        }
    }
    let warnings = app.catalog.warnings().len();
    if warnings > 0 {
        spans.push(Span::styled(
            format!("{warnings} warnings (Ctrl-W)  "),
            t.warning,
        ));
    }
    for b in KEYMAP.iter().filter(|b| HINTS.contains(&b.label)) {
        spans.push(Span::styled(b.label, t.label));
        spans.push(Span::styled(format!(" {}  ", short(b.help)), t.dim));
    }
    frame.render_widget(Line::from(spans), area);
}

/// Keys worth a hint on the status line.
const HINTS: &[&str] = &["Tab", "Enter", "Ctrl-O", "Ctrl-S", "F1", "Esc"];

/// The first words of a help text, for hints.
fn short(help: &str) -> &str {
    help.split([':', ';', '(', ','])
        .next()
        .unwrap_or(help)
        .trim()
}
