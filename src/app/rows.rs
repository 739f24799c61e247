//! A view's rows and selection: filtering, ordering, moving, and keeping
//! the selection on its item while rows change. Called from `update` only.

use super::{App, Focus, View};

pub(super) fn move_selection(app: &mut App, delta: isize) {
    let cur = app.current().selected as isize;
    select(app, (cur + delta).max(0) as usize);
}

pub(super) fn select(app: &mut App, row: usize) {
    let n = app.current_rows().len();
    app.current_mut().selected = row.min(n.saturating_sub(1));
    follow(app);
    reset_detail(app);
}

pub(super) fn click_row(app: &mut App, row: usize) {
    let first = app.current().offset;
    app.focus = Focus::List;
    select(app, first + row);
}

/// Keeps every view's selection on screen.
pub(super) fn follow(app: &mut App) {
    let h = app.list_height();
    for s in &mut app.views {
        s.follow(h);
    }
}

pub(super) fn reset_detail(app: &mut App) {
    app.detail_scroll = 0;
    app.detail_lines = None;
    app.detail_cursor = 0;
}

/// Runs the current view's filter with the typed text and selects `item`.
pub(super) fn show_query(app: &mut App, item: Option<usize>) {
    refilter(app, app.view);
    reselect(app, app.view, item);
}

/// Re-runs the filter of `view` with the typed text.
pub(super) fn refilter(app: &mut App, view: View) {
    let text = app.filter_text().to_string();
    // The first screens are ordered now, the rest at the next action
    // that may look past them (see `complete_rows`).
    let first = (app.list_height() * 4).max(FIRST_ROWS);
    let s = &mut app.views[view.index()];
    s.filter.set_query_top(&app.catalog, &text, first);
    s.problem = crate::search::Query::parse(&text).problems.first().cloned();
    s.recall = None;
    order_rows(app, view);
    let s = &mut app.views[view.index()];
    (s.selected, s.offset) = (0, 0);
    reset_detail(app);
}

/// At least this many rows are in order after a keystroke.
const FIRST_ROWS: usize = 512;

/// Puts every view's rows in their final order where a keystroke ordered
/// only the first screens, keeping each selection on its item.
pub(super) fn complete_rows(app: &mut App) {
    for v in View::ALL {
        let filter = &mut app.views[v.index()].filter;
        if filter.sorted() < filter.hits().len() {
            filter.complete(&app.catalog);
            order_rows(app, v);
        }
    }
}

/// Runs every view's filter from scratch (at start).
pub(super) fn refilter_all(app: &mut App) {
    for v in View::ALL {
        app.views[v.index()].filter.refresh(&app.catalog);
        order_rows(app, v);
    }
}

/// Takes the display order of `view` from its filter's ranked hits,
/// keeping the selection on the item it was on (and on the same screen row).
pub(super) fn order_rows(app: &mut App, view: View) {
    let h = app.list_height();
    let catalog = &app.catalog;
    let s = &mut app.views[view.index()];
    let keep = s.selected_item();
    let screen_row = s.selected.saturating_sub(s.offset);
    s.rows.clear();
    s.rows.extend(s.filter.hits().iter().map(|h| h.index));
    if view == View::Reports && catalog.hidden_count() > 0 {
        // Reports of files changed or deleted on disk, until the catalog
        // is made again without them.
        s.rows.retain(|&r| !catalog.is_hidden(r));
    }
    if let Some(pos) = keep.and_then(|k| s.rows.iter().position(|&x| x == k)) {
        s.selected = pos;
        s.offset = pos.saturating_sub(screen_row);
    }
    s.follow(h);
}

/// Puts the selection of `view` on `item` when it is listed.
pub(super) fn reselect(app: &mut App, view: View, item: Option<usize>) {
    let h = app.list_height();
    let s = &mut app.views[view.index()];
    if let Some(pos) = item.and_then(|k| s.rows.iter().position(|&x| x == k)) {
        s.selected = pos;
    }
    s.follow(h);
}
