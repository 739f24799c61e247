//! Going back and forth: through what Enter opened (Alt-←/Alt-→) and
//! through each view's earlier queries (Ctrl-R).

use super::edit;
use super::{App, Focus, View};

/// Where the user was: enough to show the same thing again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub view: View,
    pub query: String,
    /// The selected item (index into the view's catalog vector).
    pub item: Option<usize>,
    pub focus: Focus,
    pub detail_cursor: usize,
}

/// The places behind and ahead of the current one.
#[derive(Clone, Debug, Default)]
pub struct Trail {
    back: Vec<Place>,
    forward: Vec<Place>,
}

/// At most this many places are kept behind.
const TRAIL: usize = 100;

/// Where the user is now.
pub fn here(app: &App) -> Place {
    Place {
        view: app.view,
        query: app.filter_text().to_string(),
        item: app.selected_item(),
        focus: app.focus,
        detail_cursor: app.detail_cursor,
    }
}

/// Remembers the current place before Enter opens something else.
pub fn push(app: &mut App) {
    let place = here(app);
    if app.trail.back.last() != Some(&place) {
        app.trail.back.push(place);
    }
    if app.trail.back.len() > TRAIL {
        app.trail.back.remove(0);
    }
    app.trail.forward.clear();
}

/// Alt-← and Alt-→: goes back one place (`forward` false) or forward
/// again, or says there is none.
pub fn go(app: &mut App, forward: bool) {
    if !step(app, forward) {
        app.message = Some("nothing further that way".into());
    }
}

fn step(app: &mut App, forward: bool) -> bool {
    let next = if forward {
        app.trail.forward.pop()
    } else {
        app.trail.back.pop()
    };
    let Some(place) = next else {
        return false;
    };
    let current = here(app);
    if forward {
        app.trail.back.push(current);
    } else {
        app.trail.forward.push(current);
    }
    restore(app, &place);
    true
}

/// Shows `place` again.
fn restore(app: &mut App, place: &Place) {
    app.view = place.view;
    edit::set_text(&mut app.input, &place.query);
    super::rows::show_query(app, place.item);
    app.focus = place.focus;
    app.detail_cursor = place.detail_cursor;
}

/// Records the current query in its view's history (newest last, no
/// repeats next to each other).
pub fn remember_query(app: &mut App) {
    let text = app.filter_text().trim().to_string();
    let s = app.current_mut();
    s.recall = None;
    if !text.is_empty() && s.history.last() != Some(&text) {
        s.history.retain(|q| *q != text);
        s.history.push(text);
    }
}

/// Ctrl-R: puts the view's next older query in the filter (wrapping
/// round to the newest after the oldest) and filters by it.
pub fn recall(app: &mut App) {
    let s = app.current_mut();
    if s.history.is_empty() {
        app.message = Some(format!("no earlier queries in {}", app.view.name()));
        return;
    }
    let n = s.history.len();
    let at = match s.recall {
        Some(i) if i > 0 => i - 1,
        Some(_) | None => n - 1,
    };
    let text = s.history[at].clone();
    edit::set_text(&mut app.input, &text);
    super::rows::refilter(app, app.view);
    app.current_mut().recall = Some(at);
}
