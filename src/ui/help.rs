//! Overlays: the help (from the keymap table) and the warnings panel.

use super::theme::theme;
use crate::app::{App, KEYMAP};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

/// Every key of the keymap, then the query syntax.
pub fn render_help(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app.color);
    let mut lines = vec![Line::styled("Keys", t.header)];
    for b in KEYMAP {
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<11}", b.label), t.label),
            Span::raw(b.help),
        ]));
    }
    lines.push(Line::raw(
        "  any other key types into the filter; mouse: wheel scrolls, click selects",
    ));
    lines.push(Line::raw(""));
    lines.push(Line::styled("Query syntax", t.header));
    for (form, meaning) in crate::search::SYNTAX_HELP {
        lines.push(Line::from(vec![
            Span::styled(format!("  {form:<16}"), t.label),
            Span::raw(*meaning),
        ]));
    }
    overlay(frame, area, "Help (Esc closes)", lines, app.detail_scroll);
}

/// Each file that was skipped or read with loss, with the reason.
pub fn render_warnings(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app.color);
    let mut lines: Vec<Line> = app
        .catalog
        .warnings()
        .iter()
        .map(|w| {
            let what = if w.skipped { "skipped" } else { "degraded" };
            Line::from(vec![
                Span::styled(format!("{what}: "), t.warning),
                Span::raw(format!("{}: {}", w.file, w.reason)),
            ])
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::raw("every file was read"));
    }
    overlay(
        frame,
        area,
        "Warnings (Esc closes)",
        lines,
        app.detail_scroll,
    );
}

fn overlay(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, scroll: u16) {
    frame.render_widget(Clear, area);
    let p = Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(title.to_string()),
        )
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0));
    frame.render_widget(p, area);
}
