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
        .map(|&i| {
            app.catalog.reports()[i]
                .title
                .as_deref()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

/// An app over three reports of 2020–2021: Nguyễn Văn Hùng is secretary in
/// Nghệ An and, at the same time, vice-chairman in Hà Tĩnh (two officials
/// with one name); Trần Thị Lan appears once, beside the first.
pub fn namesake_app() -> App {
    use dvtui::model::{Date, Level, Mention, Report};
    let person = |name: &str, title: &str| Mention {
        name: name.into(),
        titles: vec![title.into()],
        ..Mention::default()
    };
    let report = |file: &str, title: &str, date, place: &str, officials| Report {
        file: file.into(),
        title: Some(title.into()),
        event_date: date,
        level: Some(Level::Provincial),
        places: vec![place.into()],
        officials,
        ..Report::default()
    };
    let reports = vec![
        report(
            "a.txt",
            "Tỉnh ủy Nghệ An giao ban công tác dân vận",
            Date::new(2020, 3, 2),
            "Nghệ An",
            vec![
                person("Nguyễn Văn Hùng", "Bí thư Tỉnh ủy Nghệ An"),
                person("Trần Thị Lan", "Chủ tịch UBND tỉnh Nghệ An"),
            ],
        ),
        report(
            "b.txt",
            "Hà Tĩnh đối thoại với Nhân dân",
            Date::new(2020, 4, 6),
            "Hà Tĩnh",
            vec![person("Nguyễn Văn Hùng", "Phó Chủ tịch UBND tỉnh Hà Tĩnh")],
        ),
        report(
            "c.txt",
            "Tỉnh ủy Nghệ An sơ kết dân vận khéo",
            Date::new(2021, 5, 3),
            "Nghệ An",
            vec![person("Nguyễn Văn Hùng", "Bí thư Tỉnh ủy Nghệ An")],
        ),
    ];
    let mut app = App::new(Catalog::from_reports(reports), true);
    update(&mut app, Action::Resize(160, 45));
    app
}
