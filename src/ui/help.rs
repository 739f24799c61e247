//! Overlays: the help (from the keymap table) and the warnings panel.

use super::theme::theme;
use crate::app::App;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

/// Every key of the keymap, then the query syntax.
pub fn render_help(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let mut lines = vec![Line::styled("Keys", t.header)];
    for b in app.keymap.bindings() {
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<14}", b.label), t.label),
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
            Span::styled(format!("  {form:<22}"), t.label),
            Span::raw(*meaning),
        ]));
    }
    overlay(frame, area, "Help (Esc closes)", lines, app.overlay_scroll);
}

/// Each file that was skipped or read with loss, with the reason.
pub fn render_warnings(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
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
    if let Some(done) = &app.progress.done {
        if !done.ignored.is_empty() {
            let counts: Vec<String> = done
                .ignored
                .iter()
                .map(|(ext, n)| {
                    let ext = if ext.is_empty() {
                        "no extension".to_string()
                    } else {
                        format!(".{ext}")
                    };
                    format!("{n} {ext}")
                })
                .collect();
            lines.push(Line::from(vec![
                Span::styled("not read (dvtui reads .txt, .md, .html): ", t.warning),
                Span::raw(counts.join(", ")),
            ]));
        }
    }
    if lines.is_empty() {
        lines.push(Line::raw("every file was read"));
    }
    overlay(
        frame,
        area,
        "Warnings (Esc closes)",
        lines,
        app.overlay_scroll,
    );
}

/// Draws `lines` in a box over `area`, scrolled by `scroll` (stopping at
/// the end), with a sign on the bottom border while more lies below.
fn overlay(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, scroll: u16) {
    frame.render_widget(Clear, area);
    let inner_h = area.height.saturating_sub(2);
    let p = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = u16::try_from(p.line_count(area.width.saturating_sub(2))).unwrap_or(u16::MAX);
    let scroll = scroll.min(total.saturating_sub(inner_h));
    let mut block = Block::default()
        .borders(Borders::ALL)
        .title(title.to_string());
    if scroll + inner_h < total {
        block = block.title_bottom(Line::from(format!(
            " ↓ more below ({}/{total}) ",
            scroll + inner_h
        )));
    }
    frame.render_widget(p.block(block).scroll((scroll, 0)), area);
}
