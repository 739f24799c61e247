//! Files changed on disk while the app runs (`watch` sends the news):
//! the status line says what is being read again, then the catalog takes
//! the new reports and drops the gone ones, each view's filter runs again
//! and each selection stays on the item it was on. Called from `update`.

use super::rows::{order_rows, reselect};
use super::state::Live;
use super::{App, View};
use crate::catalog::Remake;
use crate::search::Filter;
use crate::store::Refresh;

/// At most this many file names on the status line; then a count.
const NAMED: usize = 3;

/// The watcher is reading `files` again and `gone` paths were deleted.
pub(super) fn refreshing(app: &mut App, files: &[String], gone: usize) {
    let mut what = files
        .iter()
        .take(NAMED)
        .map(|f| short_name(f))
        .collect::<Vec<_>>()
        .join(", ");
    if files.len() > NAMED {
        what.push_str(&format!(" and {} more", files.len() - NAMED));
    }
    if gone > 0 {
        if !what.is_empty() {
            what.push_str("; ");
        }
        what.push_str(&format!("{gone} deleted"));
    }
    app.progress.live = Some(Live::Refreshing(what));
}

/// Brings the catalog and the views up to date with `refresh`.
pub(super) fn refreshed(app: &mut App, refresh: Refresh) {
    let anchors = View::ALL.map(|v| app.state(v).selected_item().map(|i| anchor(app, v, i)));
    let mut dropped = refresh.read;
    dropped.extend(refresh.gone);
    // With a store behind, the catalog is made again off this thread
    // (`Remade` follows); meanwhile the old reports are hidden.
    let remake = if refresh.remake {
        Remake::Later
    } else {
        Remake::Now
    };
    let done = app
        .catalog
        .replace_files(&dropped, refresh.reports, refresh.warnings, remake);
    if done.renumbered {
        for (v, was) in View::ALL.into_iter().zip(anchors) {
            rebuild_view(app, v, was);
        }
        // Places behind name items by their old numbers.
        app.trail = super::nav::Trail::default();
        app.body_wrap = None;
    } else {
        for v in View::ALL {
            app.views[v.index()].filter.refresh(&app.catalog);
            order_rows(app, v);
        }
    }
    count_reports(app);
    let mut parts = Vec::new();
    for (n, what) in [
        (done.added, "added"),
        (done.changed, "changed"),
        (done.removed, "removed"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    let mut news = if parts.is_empty() {
        "no report changed".to_string()
    } else {
        parts.join(", ")
    };
    if let Some(e) = refresh.error {
        news.push_str(&format!(" ({e})"));
    }
    app.progress.live = Some(if app.catalog.hidden_count() > 0 {
        Live::Remaking(news)
    } else {
        Live::Updated(news)
    });
}

/// Hides the reports of the saved catalog whose files changed or went
/// since it was saved; the catalog made again follows (`remade`).
pub(super) fn stale(app: &mut App, ids: &[i64]) {
    let ids: rustc_hash::FxHashSet<i64> = ids.iter().copied().collect();
    let hidden = app.catalog.hide_stored(&ids);
    for v in View::ALL {
        app.views[v.index()].filter.refresh(&app.catalog);
        order_rows(app, v);
    }
    count_reports(app);
    app.progress.live = Some(Live::Remaking(format!(
        "{hidden} changed or gone since the last launch"
    )));
}

/// Takes the catalog made again after a refresh, keeping each selection
/// on its item.
pub(super) fn remade(app: &mut App, catalog: crate::catalog::Catalog) {
    let anchors = View::ALL.map(|v| app.state(v).selected_item().map(|i| anchor(app, v, i)));
    app.catalog.adopt(catalog);
    for (v, was) in View::ALL.into_iter().zip(anchors) {
        rebuild_view(app, v, was);
    }
    app.trail = super::nav::Trail::default();
    app.body_wrap = None;
    count_reports(app);
    if let Some(Live::Remaking(news)) = &app.progress.live {
        app.progress.live = Some(Live::Updated(news.clone()));
    }
}

/// The report count the status line shows, after the catalog changed.
fn count_reports(app: &mut App) {
    let shown = app.total_of(View::Reports);
    if let Some(stats) = &mut app.progress.done {
        stats.reports = shown;
    }
}

/// Runs `view`'s query anew over the remade catalog and puts the
/// selection back on the item `was` names, else on the same name.
fn rebuild_view(app: &mut App, view: View, was: Option<(String, String)>) {
    let s = &mut app.views[view.index()];
    let text = s.filter.query().to_string();
    s.filter = Filter::new(view);
    s.filter.set_order(&app.catalog, app.order);
    s.filter.set_query(&app.catalog, &text);
    s.filter.prepare_title_order(&app.catalog);
    (s.selected, s.offset) = (0, 0);
    order_rows(app, view);
    let found = was.and_then(|was| {
        let rows = &app.state(view).rows;
        rows.iter()
            .find(|&&i| anchor(app, view, i) == was)
            .or_else(|| rows.iter().find(|&&i| anchor(app, view, i).0 == was.0))
            .copied()
    });
    reselect(app, view, found);
}

/// What names item `i` of `view` across a remaking of the catalog: a
/// report's file; an official's name and first report's file; a post and
/// its place.
fn anchor(app: &App, view: View, i: usize) -> (String, String) {
    let c = &app.catalog;
    match view {
        View::Reports => (c.reports()[i].file.clone(), String::new()),
        View::Officials => {
            let o = &c.officials()[i];
            let first = o
                .appearances
                .first()
                .map(|a| c.report(a.report).file.clone());
            (o.name.clone(), first.unwrap_or_default())
        }
        View::Positions => {
            let p = &c.positions()[i];
            (p.title.clone(), p.place.clone().unwrap_or_default())
        }
    }
}

/// A file's own name, without its folders.
fn short_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}
