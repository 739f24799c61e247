//! `update`: the only place the application state changes.

use super::edit;
use super::rows::{
    click_row, complete_rows, follow, move_selection, order_rows, refilter, reselect, reset_detail,
    select,
};
use super::{Action, App, Command, Effect, Focus, Overlay, View};
use crate::search::Order;
use tui_textarea::Input;

/// Applies one action to the state and marks it for redraw when it
/// changed; returns the effect it asks the event loop to carry out.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    if let Action::Measured { detail_lines } = action {
        // News about the last drawing: redraw only if it moves the text.
        app.detail_lines = detail_lines;
        let before = app.detail_scroll;
        scroll_detail(app, 0);
        app.dirty |= app.detail_scroll != before;
        return None;
    }
    app.dirty = true;
    if !matches!(action, Action::Input(_) | Action::Paste(_)) {
        // Anything but typing may show or read rows past the first
        // screens that a keystroke put in order.
        complete_rows(app);
    }
    if is_from_user(&action) {
        // A question on the status line lasts one key.
        let armed = std::mem::take(&mut app.confirm_quit);
        app.message = None;
        if armed && matches!(action, Action::Command(Command::ClearOrQuit)) {
            app.should_quit = true;
            return None;
        }
        if matches!(action, Action::Command(Command::Quit | Command::Abort)) {
            // The query in the filter at the end is worth keeping too.
            super::nav::remember_query(app);
        }
    }
    match action {
        Action::Command(c) => {
            let effect = super::effects::effect_of(app, c);
            if effect.is_none() {
                command(app, c);
            }
            return effect;
        }
        Action::Done(message) => app.message = Some(message),
        Action::Input(key) => {
            app.focus = Focus::List;
            if edit::type_key(&mut app.input, Input::from(key)) {
                refilter(app, app.view);
            }
        }
        Action::Paste(text) => {
            app.focus = Focus::List;
            if edit::paste(&mut app.input, &text) {
                refilter(app, app.view);
            }
        }
        Action::Resize(w, h) => {
            app.size = (w, h);
            follow(app);
        }
        Action::Scroll {
            detail: true,
            delta,
        } => scroll_detail(app, delta),
        Action::Scroll {
            detail: false,
            delta,
        } => move_selection(app, delta as isize),
        Action::ClickRow(row) => click_row(app, row),
        Action::ClickTab(view) => switch_view(app, view),
        Action::Measured { .. } => {}
        Action::Exit(code) => {
            app.exit_code = code;
            app.should_quit = true;
        }
        Action::Loaded(batch) => loaded_batch(app, batch),
        Action::Warning(w) => app.catalog.push_warning(w),
        Action::Progress {
            files_done,
            files_total,
            bytes_done,
            walk_done,
        } => {
            let p = &mut app.progress;
            p.started.get_or_insert_with(std::time::Instant::now);
            (p.files_done, p.files_total, p.bytes_done) = (files_done, files_total, bytes_done);
            p.walk_done = walk_done;
        }
        Action::LoadedCatalog(catalog) => loaded_catalog(app, *catalog),
        Action::KeepCatalog(ticket) => app.catalog_ticket = Some(ticket),
        Action::LoadDone(stats) => {
            app.progress.done = Some(stats);
            settle(app);
        }
        Action::Refreshing { files, gone } => super::live::refreshing(app, &files, gone),
        Action::Refreshed(refresh) => super::live::refreshed(app, refresh),
        Action::Remade(catalog) => super::live::remade(app, *catalog),
        Action::Stored => {
            if let Some(stats) = &mut app.progress.done {
                stats.storing = false;
            }
        }
        Action::Stale(ids) => super::live::stale(app, &ids),
        Action::LiveOff(why) => app.progress.live = Some(super::Live::Off(why)),
    }
    rewrap(app);
    None
}

/// A batch of parsed reports joins the catalog and every view's rows.
/// While some reports are hidden (files changed since the catalog was
/// saved), a catalog made again from the store follows and decides who is
/// who among every report's people anew: the batch is only listed.
fn loaded_batch(app: &mut App, batch: Vec<crate::model::Report>) {
    if app.catalog.hidden_count() > 0 {
        app.catalog.add_reports_unfiled(batch);
    } else {
        app.catalog.add_reports(batch);
    }
    for v in View::ALL {
        app.views[v.index()].filter.refresh(&app.catalog);
        order_rows(app, v);
    }
}

/// A whole catalog from the store replaces the loaded one; the warnings
/// gathered so far stay.
fn loaded_catalog(app: &mut App, mut catalog: crate::catalog::Catalog) {
    for w in app.catalog.warnings() {
        catalog.push_warning(w.clone());
    }
    app.catalog = catalog;
    for v in View::ALL {
        let filter = &mut app.views[v.index()].filter;
        filter.renumbered();
        filter.refresh(&app.catalog);
        order_rows(app, v);
    }
}

/// Keeps the selected report's long body wrapped for the detail pane's width.
fn rewrap(app: &mut App) {
    let item = app.selected_item().filter(|_| app.view == View::Reports);
    let width = app.panes().1.width.saturating_sub(2);
    let old = app.body_wrap.take();
    app.body_wrap = item.map(|r| super::wrap::wrapped(old, &app.catalog, r, width));
}

/// Whether the action comes from a key or the mouse (not the loader).
fn is_from_user(action: &Action) -> bool {
    matches!(
        action,
        Action::Command(_)
            | Action::Input(_)
            | Action::Paste(_)
            | Action::Scroll { .. }
            | Action::ClickRow(_)
            | Action::ClickTab(_)
    )
}

fn command(app: &mut App, c: Command) {
    if app.overlay != Overlay::None {
        return overlay_command(app, c);
    }
    if edit::edit(&mut app.input, c) {
        app.focus = Focus::List;
        refilter(app, app.view);
        return;
    }
    let page = app.list_height() as isize;
    let detail = app.focus == Focus::Detail;
    let detail_page = app.detail_height() as i32;
    match c {
        Command::Up if detail => scroll_or_cursor(app, -1),
        Command::Down if detail => scroll_or_cursor(app, 1),
        Command::PageUp if detail => scroll_or_cursor(app, -detail_page),
        Command::PageDown if detail => scroll_or_cursor(app, detail_page),
        Command::First if detail => scroll_or_cursor(app, i32::MIN / 2),
        Command::Last if detail => scroll_or_cursor(app, i32::MAX / 2),
        Command::Up => move_selection(app, -1),
        Command::Down => move_selection(app, 1),
        Command::PageUp => move_selection(app, -page),
        Command::PageDown => move_selection(app, page),
        Command::First => select(app, 0),
        Command::Last => select(app, app.current_rows().len().saturating_sub(1)),
        Command::Open => open(app),
        Command::NextView => switch_view(app, app.view.cycle(1)),
        Command::PrevView => switch_view(app, app.view.cycle(-1)),
        Command::CarryFilter => {
            app.carry_filter = !app.carry_filter;
            app.message = Some(if app.carry_filter {
                "the filter now goes along to the next view".into()
            } else {
                "each view keeps its own filter again".into()
            });
        }
        Command::ToggleFocus => {
            app.focus = match app.focus {
                Focus::List => Focus::Detail,
                Focus::Detail => Focus::List,
            };
        }
        Command::ClearOrQuit => clear_or_quit(app),
        Command::Quit => app.should_quit = true,
        Command::Abort => {
            app.exit_code = 130;
            app.should_quit = true;
        }
        Command::Help => open_overlay(app, Overlay::Help),
        Command::Warnings => open_overlay(app, Overlay::Warnings),
        Command::CycleSort => cycle_sort(app),
        Command::Back => super::nav::go(app, false),
        Command::Forward => super::nav::go(app, true),
        Command::RecallQuery => super::nav::recall(app),
        Command::NextNamed | Command::PrevNamed => {
            let delta = if c == Command::NextNamed { 1 } else { -1 };
            if app.view == View::Reports {
                super::named::step(app, delta);
            } else if detail {
                scroll_or_cursor(app, delta as i32);
            }
        }
        Command::Namesake => open_namesake(app),
        _ => {}
    }
}

/// Keys while an overlay is open: movement scrolls it, quitting quits,
/// anything else closes it.
fn overlay_command(app: &mut App, c: Command) {
    let page = i32::from(app.size.1.saturating_sub(6)).max(1);
    let delta = match c {
        Command::Up => -1,
        Command::Down => 1,
        Command::PageUp => -page,
        Command::PageDown => page,
        Command::First => i32::MIN / 2,
        Command::Last => i32::MAX / 2,
        Command::Abort => {
            app.exit_code = 130;
            app.should_quit = true;
            return;
        }
        Command::Quit => {
            app.should_quit = true;
            return;
        }
        Command::Help if app.overlay != Overlay::Help => return open_overlay(app, Overlay::Help),
        Command::Warnings if app.overlay != Overlay::Warnings => {
            return open_overlay(app, Overlay::Warnings)
        }
        _ => {
            app.overlay = Overlay::None;
            return;
        }
    };
    let max = i32::try_from(super::overlay_len(app)).unwrap_or(i32::MAX);
    let s = (i32::from(app.overlay_scroll) + delta).clamp(0, max.saturating_sub(1).max(0));
    app.overlay_scroll = u16::try_from(s).unwrap_or(u16::MAX);
}

/// Opens an overlay at its top.
fn open_overlay(app: &mut App, which: Overlay) {
    app.overlay = which;
    app.overlay_scroll = 0;
}

fn cycle_sort(app: &mut App) {
    let next = match app.order {
        Order::Relevance => Order::Newest,
        Order::Newest => Order::Oldest,
        Order::Oldest => Order::Title,
        Order::Title => Order::Relevance,
    };
    set_order(app, next);
}

/// Orders every view's rows by `order`, keeping each selection on its item.
pub fn set_order(app: &mut App, order: Order) {
    app.order = order;
    for v in View::ALL {
        let keep = app.state(v).selected_item();
        app.views[v.index()]
            .filter
            .set_order(&app.catalog, app.order);
        order_rows(app, v);
        reselect(app, v, keep);
    }
}

/// Esc: close, go back or clear — and on an empty filter ask before quitting.
fn clear_or_quit(app: &mut App) {
    if app.focus == Focus::Detail {
        // Back to the list, keeping the query and the selected row.
        app.focus = Focus::List;
    } else if !app.filter_text().is_empty() {
        super::nav::remember_query(app);
        edit::clear(&mut app.input);
        refilter(app, app.view);
    } else {
        app.confirm_quit = true;
        app.message = Some("quit? Esc again to quit, any other key stays (Ctrl-Q quits)".into());
    }
}

/// Tab, Shift-Tab or a click: shows `view` with its own filter, or with
/// the current one when the filter is carried across views.
fn switch_view(app: &mut App, view: View) {
    let text = app.filter_text().to_string();
    set_view(app, view);
    if app.carry_filter && text != app.filter_text() {
        edit::set_text(&mut app.input, &text);
        refilter(app, view);
    }
}

/// Shows `view`, with the filter text it had.
fn set_view(app: &mut App, view: View) {
    let text = app.state(view).filter.query().to_string();
    app.view = view;
    edit::set_text(&mut app.input, &text);
    app.focus = Focus::List;
    reset_detail(app);
}

/// Enter: on an official or position, focus its list; on one of an
/// official's reports, open it; on a position's holder, open the official.
fn open(app: &mut App) {
    super::nav::remember_query(app);
    super::nav::push(app);
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
        (View::Reports, Focus::List) => {
            app.focus = Focus::Detail;
            app.detail_cursor = 0;
        }
        (View::Reports, Focus::Detail) => {
            let Some(r) = app.selected_item() else {
                return;
            };
            match super::named::under_cursor(app, r) {
                Some(o) => jump_to_official(app, o.index()),
                None if app.catalog.reports()[r].officials.is_empty() => {}
                // Only while loading: its name waits for the last batch.
                None => app.message = Some("not told apart yet: try again when loaded".into()),
            }
        }
    }
}

/// Alt-N: opens the next official with the selected one's name.
fn open_namesake(app: &mut App) {
    match super::named::next_namesake(app) {
        Ok((next, n)) => {
            super::nav::remember_query(app);
            super::nav::push(app);
            jump_to_official(app, next.index());
            let o = app.catalog.official(next);
            let places = if o.jurisdictions.is_empty() {
                "place unknown".to_string()
            } else {
                o.jurisdictions.join(" → ")
            };
            app.message = Some(format!("one of {n} named {} ({places})", o.name));
        }
        Err(message) => app.message = Some(message),
    }
}

/// Completes the catalog after the last batch. When officials changed,
/// their and the positions' hits are made again and each selection is
/// found again by what it showed (an official's id may now be another's).
fn settle(app: &mut App) {
    let views = [View::Officials, View::Positions];
    let anchors = views.map(|v| app.state(v).selected_item().map(|i| anchor(app, v, i)));
    if app.catalog.settle() {
        for (v, was) in views.into_iter().zip(anchors) {
            let s = &mut app.views[v.index()];
            s.filter.renumbered();
            s.filter.refresh(&app.catalog);
            s.selected = 0;
            s.offset = 0;
            order_rows(app, v);
            let found = was.and_then(|was| {
                let rows = &app.state(v).rows;
                let same = |&&i: &&usize| anchor(app, v, i) == was;
                let by_name = |&&i: &&usize| anchor(app, v, i).0 == was.0;
                rows.iter()
                    .find(same)
                    .or_else(|| rows.iter().find(by_name))
                    .copied()
            });
            reselect(app, v, found);
        }
    }
    for s in &mut app.views {
        s.filter.prepare_title_order(&app.catalog);
    }
}

/// What identifies item `i` of `view` across a renumbering: its name or
/// title, and its first report or its place.
fn anchor(app: &App, view: View, i: usize) -> (String, String) {
    match view {
        View::Officials => {
            let o = &app.catalog.officials()[i];
            let first = o.appearances.first().map(|a| a.report.index());
            (o.name.clone(), format!("{first:?}"))
        }
        View::Positions => {
            let p = &app.catalog.positions()[i];
            (p.title.clone(), p.place.clone().unwrap_or_default())
        }
        View::Reports => (app.catalog.reports()[i].file.clone(), String::new()),
    }
}

/// Shows report `r` in the Reports view, clearing its filter if it hides it.
fn jump_to_report(app: &mut App, r: usize) {
    let v = View::Reports;
    if !app.state(v).rows.contains(&r) {
        app.views[v.index()].filter.set_query(&app.catalog, "");
        order_rows(app, v);
    }
    set_view(app, v);
    reselect(app, v, Some(r));
}

/// Shows official `o` in the Officials view, clearing its filter if it hides it.
fn jump_to_official(app: &mut App, o: usize) {
    let v = View::Officials;
    if !app.state(v).rows.contains(&o) {
        app.views[v.index()].filter.set_query(&app.catalog, "");
        order_rows(app, v);
    }
    set_view(app, v);
    reselect(app, v, Some(o));
}

fn scroll_or_cursor(app: &mut App, delta: i32) {
    if app.view == View::Reports {
        scroll_detail(app, delta);
    } else {
        let n = detail_items(app);
        let c = app.detail_cursor as i64 + i64::from(delta);
        app.detail_cursor = c.clamp(0, n.saturating_sub(1) as i64) as usize;
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

/// Scrolls the report's text, stopping with its last line at the bottom
/// of the pane once its length is known.
fn scroll_detail(app: &mut App, delta: i32) {
    let max = app.detail_lines.map_or(i64::from(u16::MAX), |n| {
        n.saturating_sub(app.detail_height()) as i64
    });
    let s = (i64::from(app.detail_scroll) + i64::from(delta)).clamp(0, max.max(0));
    app.detail_scroll = u16::try_from(s).unwrap_or(u16::MAX);
}
