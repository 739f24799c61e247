//! Helpers shared by the UI tests: an app over the bundled sample.

#![allow(dead_code)]

use dvtui::app::{update, Action, App};
use dvtui::load::{load_all, LoadOptions, Source};
use dvtui::search::Catalog;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// An app over the bundled sample, 160×45, with the load finished.
pub fn sample_app() -> App {
    let loaded = load_all(&Source::Bundled, &LoadOptions::default());
    let mut app = App::new(Catalog::new(), true);
    update(&mut app, Action::Resize(160, 45));
    update(&mut app, Action::Loaded(loaded.reports));
    update(
        &mut app,
        Action::LoadDone(dvtui::load::LoadStats {
            reports: 5,
            ..Default::default()
        }),
    );
    app
}

/// Sends one key through the keymap and `update`, as the event loop does.
pub fn press(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    if let Some(action) = dvtui::app::key_to_action(app, KeyEvent::new(code, mods)) {
        update(app, action);
    }
}

/// Types `text` into the filter, one key at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

/// Titles of the reports currently listed.
pub fn listed_titles(app: &App) -> Vec<String> {
    app.views[0]
        .rows
        .iter()
        .map(|&i| app.catalog.reports()[i].title.clone().unwrap_or_default())
        .collect()
}
