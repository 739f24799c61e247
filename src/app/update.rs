//! `update`: the only place the application state changes.

use super::{Action, App, Command, Focus, Overlay, View};
use crate::search::Order;
use tui_textarea::Input;

/// Applies one action to the state and marks it for redraw when it changed.
pub fn update(app: &mut App, action: Action) {
    app.dirty = true;
    match action {
        Action::Command(c) => command(app, c),
        Action::Input(key) => {
            app.focus = Focus::List;
            if app.input.input(Input::from(key)) {
                refilter(app, app.view);
            }
        }
        Action::Resize(w, h) => app.size = (w, h),
        Action::Scroll {
            detail: true,
            delta,
        } => scroll_detail(app, delta),
        Action::Scroll {
            detail: false,
            delta,
        } => move_selection(app, delta as isize),
        Action::ClickRow(row) => click_row(app, row),
        Action::Loaded(batch) => {
            app.catalog.add_reports(batch);
            for v in View::ALL {
                let i = v.index();
                app.filters[i].refresh(&app.catalog);
                order_rows(app, v);
            }
        }
        Action::Warning(w) => app.catalog.push_warning(w),
        Action::Progress {
            files_done,
            files_total,
            bytes_done,
        } => {
            let p = &mut app.progress;
            p.started.get_or_insert_with(std::time::Instant::now);
            (p.files_done, p.files_total, p.bytes_done) = (files_done, files_total, bytes_done);
        }
        Action::LoadDone(stats) => {
            app.progress.done = Some(stats);
            if app.catalog.settle() {
                // Officials were renumbered: their hits point elsewhere now.
                for v in View::ALL {
                    app.filters[v.index()].refresh(&app.catalog);
                    order_rows(app, v);
                }
            }
        }
    }
}

fn command(app: &mut App, c: Command) {
    let page = app.list_height() as isize;
    let detail = app.focus == Focus::Detail || app.overlay != Overlay::None;
    match c {
        Command::Up if detail => scroll_or_cursor(app, -1),
        Command::Down if detail => scroll_or_cursor(app, 1),
        Command::PageUp if detail => scroll_detail(app, -(page as i32)),
        Command::PageDown if detail => scroll_detail(app, page as i32),
        Command::Up => move_selection(app, -1),
        Command::Down => move_selection(app, 1),
        Command::PageUp => move_selection(app, -page),
        Command::PageDown => move_selection(app, page),
        Command::First => select(app, 0),
        Command::Last => select(app, app.current_rows().len().saturating_sub(1)),
        Command::Open => open(app),
        Command::NextView => switch_view(app, 1),
        Command::PrevView => switch_view(app, 2),
        Command::ToggleFocus => {
            app.focus = if app.focus == Focus::List {
                Focus::Detail
            } else {
                Focus::List
            };
        }
        Command::ClearOrQuit => clear_or_quit(app),
        Command::Quit => app.should_quit = true,
        Command::Help => app.overlay = toggle(app.overlay, Overlay::Help),
        Command::Warnings => app.overlay = toggle(app.overlay, Overlay::Warnings),
        Command::CycleSort => {
            app.order = match app.order {
                Order::Relevance => Order::Newest,
                Order::Newest => Order::Oldest,
                Order::Oldest => Order::Title,
                Order::Title => Order::Relevance,
            };
            for v in View::ALL {
                app.filters[v.index()].set_order(&app.catalog, app.order);
                order_rows(app, v);
            }
        }
    }
}

fn toggle(current: Overlay, wanted: Overlay) -> Overlay {
    if current == wanted {
        Overlay::None
    } else {
        wanted
    }
}

fn clear_or_quit(app: &mut App) {
    if app.overlay != Overlay::None {
        app.overlay = Overlay::None;
    } else if app.focus == Focus::Detail {
        // Esc from the detail pane starts a new search (Ctrl-O goes back
        // keeping the filter), but never quits: that needs a second Esc.
        app.focus = Focus::List;
        if !app.filter_text().is_empty() {
            app.input.select_all();
            app.input.cut();
            refilter(app, app.view);
        }
    } else if app.filter_text().is_empty() {
        app.should_quit = true;
    } else {
        app.input.select_all();
        app.input.cut();
        refilter(app, app.view);
    }
}

fn switch_view(app: &mut App, step: usize) {
    let next = View::ALL[(app.view.index() + step) % 3];
    set_view(app, next);
}

/// Shows `view`, with the filter text it had.
fn set_view(app: &mut App, view: View) {
    let text = app.filters[view.index()].query().to_string();
    app.view = view;
    app.input.select_all();
    app.input.cut();
    app.input.insert_str(text);
    app.focus = Focus::List;
    reset_detail(app);
}

/// Enter: on an official or position, focus its list; on one of an
/// official's reports, open it; on a position's holder, open the official.
fn open(app: &mut App) {
    match (app.view, app.focus) {
        (View::Officials | View::Positions, Focus::List) => {
            app.focus = Focus::Detail;
            app.detail_cursor = 0;
        }
        (View::Officials, Focus::Detail) => {
            let report = app
                .selected_item()
                .and_then(|o| {
                    app.catalog.officials()[o]
                        .appearances
                        .get(app.detail_cursor)
                })
                .map(|a| a.report);
            if let Some(r) = report {
                jump_to_report(app, r.index());
            }
        }
        (View::Positions, Focus::Detail) => {
            let holder = app
                .selected_item()
                .and_then(|p| app.catalog.positions()[p].holders.get(app.detail_cursor))
                .map(|h| h.official);
            if let Some(o) = holder {
                jump_to_official(app, o.index());
            }
        }
        (View::Reports, _) => app.focus = Focus::Detail,
    }
}

/// Shows report `r` in the Reports view, clearing its filter if it hides it.
fn jump_to_report(app: &mut App, r: usize) {
    let i = View::Reports.index();
    if !app.rows[i].contains(&r) {
        app.filters[i].set_query(&app.catalog, "");
        order_rows(app, View::Reports);
    }
    set_view(app, View::Reports);
    if let Some(pos) = app.rows[i].iter().position(|&x| x == r) {
        app.selected[i] = pos;
    }
}

/// Shows official `o` in the Officials view, clearing its filter if it hides it.
fn jump_to_official(app: &mut App, o: usize) {
    let i = View::Officials.index();
    if !app.rows[i].contains(&o) {
        app.filters[i].set_query(&app.catalog, "");
        order_rows(app, View::Officials);
    }
    set_view(app, View::Officials);
    if let Some(pos) = app.rows[i].iter().position(|&x| x == o) {
        app.selected[i] = pos;
    }
}

fn scroll_or_cursor(app: &mut App, delta: i32) {
    if app.overlay == Overlay::None && app.view != View::Reports {
        let n = detail_items(app);
        let c = app.detail_cursor as i64 + i64::from(delta);
        app.detail_cursor = c.clamp(0, n.saturating_sub(1) as i64) as usize;
    } else {
        scroll_detail(app, delta);
    }
}

/// How many items the detail pane's cursor can visit.
fn detail_items(app: &App) -> usize {
    match (app.view, app.selected_item()) {
        (View::Officials, Some(o)) => app.catalog.officials()[o].appearances.len(),
        (View::Positions, Some(p)) => app.catalog.positions()[p].holders.len(),
        _ => 0,
    }
}

fn scroll_detail(app: &mut App, delta: i32) {
    let s = i32::from(app.detail_scroll) + delta;
    app.detail_scroll = u16::try_from(s.max(0)).unwrap_or(u16::MAX);
}

fn move_selection(app: &mut App, delta: isize) {
    let cur = app.selected[app.view.index()] as isize;
    select(app, (cur + delta).max(0) as usize);
}

fn select(app: &mut App, row: usize) {
    let n = app.current_rows().len();
    app.selected[app.view.index()] = row.min(n.saturating_sub(1));
    reset_detail(app);
}

fn click_row(app: &mut App, row: usize) {
    let first = first_visible(app.selected[app.view.index()], app.list_height());
    app.focus = Focus::List;
    select(app, first + row);
}

/// The first list row on screen when `selected` must be visible.
pub fn first_visible(selected: usize, height: usize) -> usize {
    (selected + 1).saturating_sub(height.max(1))
}

fn reset_detail(app: &mut App) {
    app.detail_scroll = 0;
    app.detail_cursor = 0;
}

/// Re-runs the filter of `view` with the typed text.
fn refilter(app: &mut App, view: View) {
    let text = app.filter_text().to_string();
    app.filters[view.index()].set_query(&app.catalog, &text);
    order_rows(app, view);
    app.selected[view.index()] = 0;
    reset_detail(app);
}

/// Runs every view's filter from scratch (at start).
pub(super) fn refilter_all(app: &mut App) {
    for v in View::ALL {
        app.filters[v.index()].refresh(&app.catalog);
        order_rows(app, v);
    }
}

/// Takes the display order of `view` from its filter's ranked hits.
fn order_rows(app: &mut App, view: View) {
    let i = view.index();
    app.rows[i] = app.filters[i].hits().iter().map(|h| h.index).collect();
    app.selected[i] = app.selected[i].min(app.rows[i].len().saturating_sub(1));
}
