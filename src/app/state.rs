//! The application state: the catalog, one `ViewState` per view, focus and
//! overlays. Changed only by `update`.

use crate::load::LoadStats;
use crate::search::{Catalog, Filter, Order};
use ratatui::layout::Rect;
use tui_textarea::TextArea;

/// The lists dvtui shows: the search subjects themselves, so a view and
/// what its filter searches are one enum.
pub use crate::search::Subject as View;

impl View {
    /// All views in Tab order; a new view is one more entry here.
    pub const ALL: [View; 3] = [View::Reports, View::Officials, View::Positions];

    /// Position in `ALL`.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The view `step` places after this one in `ALL`, wrapping round.
    #[must_use]
    pub fn cycle(self, step: isize) -> View {
        let n = Self::ALL.len() as isize;
        Self::ALL[(self.index() as isize + step).rem_euclid(n) as usize]
    }

    /// The name shown in the header.
    pub fn name(self) -> &'static str {
        match self {
            View::Reports => "Reports",
            View::Officials => "Officials",
            View::Positions => "Positions",
        }
    }
}

/// One view's list: its filter, the rows it shows and where the user is in them.
#[derive(Debug)]
pub struct ViewState {
    pub filter: Filter,
    /// Rows in display order: indices into the subject's catalog vector.
    pub rows: Vec<usize>,
    /// The selected position in `rows`.
    pub selected: usize,
    /// The first row on screen.
    pub offset: usize,
    /// Why the typed query could not be read in full, if it could not.
    pub problem: Option<String>,
    /// Queries used in this view, oldest first (kept across runs).
    pub history: Vec<String>,
    /// Which of `history` Ctrl-R last put in the filter.
    pub recall: Option<usize>,
}

impl ViewState {
    fn new(view: View) -> ViewState {
        ViewState {
            filter: Filter::new(view),
            rows: Vec::new(),
            selected: 0,
            offset: 0,
            problem: None,
            history: Vec::new(),
            recall: None,
        }
    }

    /// The selected item (index into the subject's catalog vector).
    pub fn selected_item(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }

    /// Moves `offset` the least so that the selection is among `height` rows.
    pub fn follow(&mut self, height: usize) {
        let height = height.max(1);
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        // No blank rows at the end while there are rows above.
        self.offset = self.offset.min(self.rows.len().saturating_sub(height));
    }
}

/// A column of the Reports list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportColumn {
    Date,
    Level,
    Title,
    /// The official the query found, when the title does not match.
    Person,
}

impl ReportColumn {
    /// Every column, in the default order.
    pub const ALL: [ReportColumn; 4] = [
        ReportColumn::Date,
        ReportColumn::Level,
        ReportColumn::Person,
        ReportColumn::Title,
    ];

    /// The name the config file uses.
    pub fn name(self) -> &'static str {
        match self {
            ReportColumn::Date => "date",
            ReportColumn::Level => "level",
            ReportColumn::Title => "title",
            ReportColumn::Person => "person",
        }
    }

    /// The column the config file calls `name`.
    pub fn from_name(name: &str) -> Option<ReportColumn> {
        Self::ALL.into_iter().find(|c| c.name() == name)
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
    /// The walk has finished: `files_total` is final.
    pub walk_done: bool,
    pub done: Option<LoadStats>,
    pub started: Option<std::time::Instant>,
    /// Files changed on disk: being read again, or what the last refresh did.
    pub live: Option<Live>,
}

/// The status line's news of files changed on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Live {
    /// Reading these again (a short list of names, or a count).
    Refreshing(String),
    /// What the last refresh changed.
    Updated(String),
    /// What the last refresh changed, while officials and positions are
    /// being made again without the reports it dropped.
    Remaking(String),
    /// Changes are not followed: why.
    Off(String),
}

/// Everything the screen shows.
// Its flags are independent switches of the screen (quit prompt, dirty,
// carry the filter…), not a state machine in disguise.
#[allow(clippy::struct_excessive_bools)]
pub struct App {
    pub catalog: Catalog,
    pub view: View,
    /// One per view, in `View::ALL` order.
    pub views: [ViewState; 3],
    pub focus: Focus,
    /// Scroll of the detail pane, in lines.
    pub detail_scroll: u16,
    /// Lines of the selected report's text in the detail pane, as last drawn.
    pub detail_lines: Option<usize>,
    /// The selected report's body wrapped for the detail pane, when long.
    pub body_wrap: Option<super::wrap::Wrapped>,
    /// Cursor in an official's list of reports, when the detail pane has focus.
    pub detail_cursor: usize,
    pub input: TextArea<'static>,
    pub order: Order,
    pub overlay: Overlay,
    /// Scroll of the open overlay, in lines: its own, not the detail pane's.
    pub overlay_scroll: u16,
    pub progress: Progress,
    /// Where the store would keep the catalog once loaded (see
    /// `store::save_catalog`); taken by whoever saves it.
    pub catalog_ticket: Option<crate::store::CatalogTicket>,
    /// What was opened, for messages: the paths given, or "the sample".
    pub source_label: String,
    /// A one-line message for the status line (a result or a question).
    pub message: Option<String>,
    /// Whether switching views takes the filter text along.
    pub carry_filter: bool,
    /// The places Enter left, for Alt-← and Alt-→.
    pub trail: super::nav::Trail,
    /// Set by a first Esc on an empty filter: a second one quits.
    pub confirm_quit: bool,
    /// Terminal size, for paging and mouse hit-testing.
    pub size: (u16, u16),
    pub color: bool,
    /// Styles in force (the config file may change the defaults).
    pub theme: crate::ui::theme::Theme,
    /// Keys in force (the config file may rebind the defaults).
    pub keymap: super::Keymap,
    /// What each row of the Reports list shows, in order.
    pub report_columns: Vec<ReportColumn>,
    pub should_quit: bool,
    /// Exit status when quitting: 0, or 130 when aborted with Ctrl-C.
    pub exit_code: i32,
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
            views: View::ALL.map(ViewState::new),
            focus: Focus::List,
            detail_scroll: 0,
            detail_lines: None,
            body_wrap: None,
            detail_cursor: 0,
            input,
            order: Order::Relevance,
            overlay: Overlay::None,
            overlay_scroll: 0,
            progress: Progress::default(),
            catalog_ticket: None,
            source_label: String::new(),
            message: None,
            confirm_quit: false,
            trail: super::nav::Trail::default(),
            carry_filter: false,
            size: (80, 24),
            color,
            theme: *crate::ui::theme::for_color(color),
            keymap: super::Keymap::default(),
            report_columns: ReportColumn::ALL.to_vec(),
            should_quit: false,
            exit_code: 0,
            dirty: true,
        };
        super::rows::refilter_all(&mut app);
        app
    }

    /// The filter text as typed.
    pub fn filter_text(&self) -> &str {
        self.input.lines().first().map_or("", String::as_str)
    }

    /// The state of `view`.
    pub fn state(&self, view: View) -> &ViewState {
        &self.views[view.index()]
    }

    /// The state of the current view.
    pub fn current(&self) -> &ViewState {
        self.state(self.view)
    }

    /// The state of the current view, to change.
    pub fn current_mut(&mut self) -> &mut ViewState {
        &mut self.views[self.view.index()]
    }

    /// Rows of the current view.
    pub fn current_rows(&self) -> &[usize] {
        &self.current().rows
    }

    /// The selected item of the current view (index into its catalog vector).
    pub fn selected_item(&self) -> Option<usize> {
        self.current().selected_item()
    }

    /// Total items of `view`, before filtering.
    pub fn total_of(&self, view: View) -> usize {
        match view {
            View::Reports => self.catalog.reports().len() - self.catalog.hidden_count(),
            View::Officials => self.catalog.officials().len(),
            View::Positions => self.catalog.positions().len(),
        }
    }

    /// Total items of the current view, before filtering.
    pub fn total(&self) -> usize {
        self.total_of(self.view)
    }

    /// Rows the list pane shows at once, from the terminal size.
    pub fn list_height(&self) -> usize {
        usize::from(self.panes().0.height.saturating_sub(2)).max(1)
    }

    /// Lines the detail pane shows at once.
    pub fn detail_height(&self) -> usize {
        usize::from(self.panes().1.height.saturating_sub(2)).max(1)
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
        // The list keeps at least 3 rows (one inside its borders) on small screens.
        let lh = (body_h * 45 / 100).max(3.min(body_h));
        (Rect::new(0, 2, w, lh), Rect::new(0, 2 + lh, w, body_h - lh))
    }
}

/// Lines in the open overlay before wrapping: how far it may scroll.
pub fn overlay_len(app: &App) -> usize {
    match app.overlay {
        Overlay::None => 0,
        Overlay::Help => app.keymap.bindings().len() + crate::search::SYNTAX.len() + 4,
        Overlay::Warnings => app.catalog.warnings().len() + ignored_len(app) + 2,
    }
}

/// Lines the warnings panel gives to files left unread for their extension.
fn ignored_len(app: &App) -> usize {
    app.progress
        .done
        .as_ref()
        .map_or(0, |d| usize::from(!d.ignored.is_empty()))
}
