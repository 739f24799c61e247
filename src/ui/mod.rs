//! Pure rendering of the application state into a ratatui frame:
//! `render(&App, &mut Frame)` reads state and never changes it.

mod career;
mod detail;
mod help;
mod list;
mod status;
pub mod theme;

use crate::app::{App, Overlay};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Smallest usable terminal.
pub const MIN_SIZE: (u16, u16) = (30, 8);

/// What a drawing learnt about the layout, for the event loop to hand
/// back to `update` (which cannot measure text itself).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measure {
    /// Lines the selected report's text takes in the detail pane.
    pub detail_lines: Option<usize>,
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let _ = render_measured(app, frame);
}

/// Draws the whole screen and says what it measured.
pub fn render_measured(app: &App, frame: &mut Frame) -> Measure {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let msg = format!(
            "terminal too small: {}×{} (need {}×{})",
            area.width, area.height, MIN_SIZE.0, MIN_SIZE.1
        );
        frame.render_widget(
            Paragraph::new(msg).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return Measure::default();
    }
    let [top, input, _, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    status::render_header(app, frame, top);
    render_input(app, frame, input);
    let (list_area, detail_area) = crate::app::pane_areas(area.width, area.height);
    list::render_list(app, frame, list_area);
    let detail_lines = detail::render_detail(app, frame, detail_area);
    status::render_status(app, frame, bottom);
    match app.overlay {
        Overlay::Help => help::render_help(app, frame, centered(area)),
        Overlay::Warnings => help::render_warnings(app, frame, centered(area)),
        Overlay::None => {}
    }
    Measure { detail_lines }
}

fn render_input(app: &App, frame: &mut Frame, area: Rect) {
    let [prompt, rest] =
        Layout::horizontal([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Line::from(Span::styled("> ", theme::theme(app).header)),
        prompt,
    );
    frame.render_widget(&app.input, rest);
}

/// A box in the middle of `area` for overlays.
fn centered(area: Rect) -> Rect {
    let w = area.width.saturating_sub(4).min(100);
    let h = area.height.saturating_sub(2);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// `text` as spans, with the chars at `positions` (char indices) in `hl`.
pub fn highlighted<'a>(
    text: &'a str,
    positions: &[usize],
    base: ratatui::style::Style,
    hl: ratatui::style::Style,
) -> Vec<Span<'a>> {
    if positions.is_empty() {
        return vec![Span::styled(text, base)];
    }
    let mut spans = Vec::new();
    let mut run_start = 0;
    let mut run_hl = false;
    let mut byte_iter = text.char_indices().enumerate().peekable();
    while let Some((ci, (bi, _))) = byte_iter.next() {
        let is_hl = positions.binary_search(&ci).is_ok();
        if ci == 0 {
            run_hl = is_hl;
        } else if is_hl != run_hl {
            spans.push(Span::styled(
                &text[run_start..bi],
                if run_hl { base.patch(hl) } else { base },
            ));
            run_start = bi;
            run_hl = is_hl;
        }
        if byte_iter.peek().is_none() {
            spans.push(Span::styled(
                &text[run_start..],
                if run_hl { base.patch(hl) } else { base },
            ));
        }
    }
    spans
}

/// A span of dates as shown: `a – b`, one date when both are the same
/// day, "undated" when neither is known.
pub fn date_range(from: Option<crate::model::Date>, to: Option<crate::model::Date>) -> String {
    match (from, to) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (Some(a), _) | (None, Some(a)) => a.to_string(),
        (None, None) => "undated".into(),
    }
}

/// The view whose tab in the header is at (`col`, `row`), if any.
pub fn tab_at(app: &App, col: u16, row: u16) -> Option<crate::app::View> {
    (row == 0).then(|| status::tab_at(app, col)).flatten()
}

/// Whether the cell at (`col`, `row`) is in the detail pane.
pub fn is_detail_at(app: &App, col: u16, row: u16) -> bool {
    let (_, detail) = app.panes();
    detail.contains(ratatui::layout::Position { x: col, y: row })
}

/// The visible list row (0 = first shown) under screen row `row`, if any.
pub fn list_row_at(app: &App, row: u16) -> Option<usize> {
    let (list, _) = app.panes();
    (row > list.y && row + 1 < list.y + list.height).then(|| usize::from(row - list.y - 1))
}

/// A bordered pane, its border lit when it has the focus.
fn pane_block<'a>(
    app: &App,
    pane: crate::app::Focus,
    title: &'a str,
) -> ratatui::widgets::Block<'a> {
    let t = theme::theme(app);
    let border = if app.focus == pane {
        t.focus_border
    } else {
        t.dim
    };
    ratatui::widgets::Block::default()
        .borders(ratatui::widgets::Borders::ALL)
        .border_style(border)
        .title(title)
}
