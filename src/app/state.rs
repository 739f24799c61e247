//! The application state: the catalog, one filter per view, the selection,
//! focus and overlays. Changed only by `update`.

use crate::load::LoadStats;
use crate::search::{Catalog, Filter, Order, Subject};
use ratatui::layout::Rect;
use tui_textarea::TextArea;

/// The three lists dvtui shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Reports,
    Officials,
    Positions,
}

impl View {
    /// All views in Tab order.
    pub const ALL: [View; 3] = [View::Reports, View::Officials, View::Positions];

    /// Position in `ALL`.
    pub fn index(self) -> usize {
        match self {
            View::Reports => 0,
            View::Officials => 1,
            View::Positions => 2,
        }
    }

    /// The name shown in the header.
    pub fn name(self) -> &'static str {
        match self {
            View::Reports => "Reports",
            View::Officials => "Officials",
            View::Positions => "Positions",
        }
    }

    /// What the view's filter searches.
    pub fn subject(self) -> Subject {
        match self {
            View::Reports => Subject::Reports,
            View::Officials => Subject::Officials,
            View::Positions => Subject::Positions,
        }
    }
}

/// Which pane gets the movement keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    List,
    Detail,
}

/// A panel drawn over the panes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    Warnings,
}

/// Load progress for the status line.
#[derive(Clone, Debug, Default)]
pub struct Progress {
    pub files_done: usize,
    pub files_total: usize,
    pub bytes_done: u64,
    pub done: Option<LoadStats>,
    pub started: Option<std::time::Instant>,
}

/// Everything the screen shows.
pub struct App {
    pub catalog: Catalog,
    pub view: View,
    pub filters: [Filter; 3],
    /// Rows of each view in display order: indices into the subject's vector.
    pub rows: [Vec<usize>; 3],
    pub selected: [usize; 3],
    pub focus: Focus,
    /// Scroll of the detail pane, in lines.
    pub detail_scroll: u16,
    /// Cursor in an official's list of reports, when the detail pane has focus.
    pub detail_cursor: usize,
    pub input: TextArea<'static>,
    pub order: Order,
    pub overlay: Overlay,
    pub progress: Progress,
    /// Terminal size, for paging and mouse hit-testing.
    pub size: (u16, u16),
    pub color: bool,
    pub should_quit: bool,
    pub dirty: bool,
}

impl App {
    /// A fresh app over `catalog`; `color` is false under `NO_COLOR`.
    pub fn new(catalog: Catalog, color: bool) -> App {
        let mut input = TextArea::default();
        input.set_cursor_line_style(ratatui::style::Style::default());
        input.set_placeholder_text("type to filter · F1 help");
        let mut app = App {
            catalog,
            view: View::Reports,
            filters: View::ALL.map(|v| Filter::new(v.subject())),
            rows: [Vec::new(), Vec::new(), Vec::new()],
            selected: [0; 3],
            focus: Focus::List,
            detail_scroll: 0,
            detail_cursor: 0,
            input,
            order: Order::Relevance,
            overlay: Overlay::None,
            progress: Progress::default(),
            size: (80, 24),
            color,
            should_quit: false,
            dirty: true,
        };
        super::update::refilter_all(&mut app);
        app
    }

    /// The filter text as typed.
    pub fn filter_text(&self) -> &str {
        self.input.lines().first().map_or("", String::as_str)
    }

    /// Rows of the current view.
    pub fn current_rows(&self) -> &[usize] {
        &self.rows[self.view.index()]
    }

    /// The selected item of the current view (index into its catalog vector).
    pub fn selected_item(&self) -> Option<usize> {
        self.current_rows()
            .get(self.selected[self.view.index()])
            .copied()
    }

    /// Total items of the current view, before filtering.
    pub fn total(&self) -> usize {
        match self.view {
            View::Reports => self.catalog.reports().len(),
            View::Officials => self.catalog.officials().len(),
            View::Positions => self.catalog.positions().len(),
        }
    }

    /// Rows the list pane shows at once, from the terminal size.
    pub fn list_height(&self) -> usize {
        usize::from(self.panes().0.height.saturating_sub(2)).max(1)
    }

    /// The list and detail pane rectangles for the current terminal size.
    pub fn panes(&self) -> (Rect, Rect) {
        pane_areas(self.size.0, self.size.1)
    }
}

/// The list and detail panes of a `w`×`h` screen: side by side from 100
/// columns, the detail under the list below that. Rows 0–1 are the header
/// and filter, the last row the status line.
pub fn pane_areas(w: u16, h: u16) -> (Rect, Rect) {
    let body_h = h.saturating_sub(3);
    if w >= 100 {
        let lw = w * 45 / 100;
        (
            Rect::new(0, 2, lw, body_h),
            Rect::new(lw, 2, w - lw, body_h),
        )
    } else {
        let lh = body_h * 45 / 100;
        (Rect::new(0, 2, w, lh), Rect::new(0, 2 + lh, w, body_h - lh))
    }
}
