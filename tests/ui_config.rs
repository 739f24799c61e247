//! The config file's settings in the running app: rebound keys fire their
//! actions, the Reports list draws the configured columns, and the selected
//! row carries a mark that needs no colour.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;
use common::{press, sample_app};
use dvtui::app::{App, Command, View};
use dvtui::config::{parse, Config};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyModifiers as M};
use ratatui::Terminal;
use std::path::Path;

fn config(text: &str) -> Config {
    parse(text, Path::new("config.toml")).unwrap()
}

fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    dvtui::app::update(app, dvtui::app::Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| dvtui::ui::render(app, f)).unwrap();
    terminal
}

/// The list pane's rows as text, the gutter included (inside the border).
fn list_rows(t: &Terminal<TestBackend>, app: &App) -> Vec<String> {
    let (list, _) = app.panes();
    let buf = t.backend().buffer();
    (list.y + 1..list.y + list.height - 1)
        .map(|y| {
            (list.x + 1..list.x + list.width - 1)
                .map(|x| buf[(x, y)].symbol())
                .collect()
        })
        .collect()
}

#[test]
fn an_overridden_key_fires_its_action_and_the_old_key_no_longer_does() {
    let mut app = sample_app();
    config("[keys]\nnext-view = \"ctrl-j\"\n").apply(&mut app);
    press(&mut app, KeyCode::Tab, M::NONE);
    assert_eq!(app.view, View::Reports, "Tab still switches views");
    press(&mut app, KeyCode::Char('j'), M::CONTROL);
    assert_eq!(app.view, View::Officials);
    // The help lists the key in force, not the default.
    let help: Vec<_> = app
        .keymap
        .bindings()
        .iter()
        .filter(|b| b.command == Command::NextView)
        .map(|b| b.label.to_string())
        .collect();
    assert_eq!(help, vec!["Ctrl-J"]);
    press(&mut app, KeyCode::F(1), M::NONE);
    let t = draw(&mut app, 120, 40);
    let screen: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(screen.contains("Ctrl-J"), "help lacks the rebound key");
}

#[test]
fn a_key_taken_from_another_action_leaves_it() {
    let mut app = sample_app();
    // Ctrl-N was "next row"; ↓ still is.
    config("[keys]\nopen-pager = \"ctrl-n\"\n").apply(&mut app);
    let before = app.current().selected;
    press(&mut app, KeyCode::Char('n'), M::CONTROL);
    assert_eq!(app.current().selected, before, "Ctrl-N still moves down");
    press(&mut app, KeyCode::Down, M::NONE);
    assert_eq!(app.current().selected, before + 1);
}

#[test]
fn the_default_view_and_sort_are_in_force_at_start() {
    let mut app = sample_app();
    config("view = \"positions\"\nsort = \"title\"\n").apply(&mut app);
    assert_eq!(app.view, View::Positions);
    assert_eq!(app.order, dvtui::search::Order::Title);
}

#[test]
fn the_reports_list_draws_the_configured_columns_in_their_order() {
    let mut app = sample_app();
    let first = &app.catalog.reports()[app.current_rows()[0]];
    let date = first.date().unwrap().to_string();
    let level = first.level.unwrap().as_str().to_string();
    let title: String = first.title.clone().unwrap().chars().take(30).collect();
    let t = draw(&mut app, 160, 30);
    let row = list_rows(&t, &app)[0].clone();
    assert!(
        row.starts_with(&format!("▌{date} {level:<10} {title}")),
        "{row}"
    );

    config("[reports]\ncolumns = [\"level\", \"date\"]\n").apply(&mut app);
    let row = list_rows(&draw(&mut app, 160, 30), &app)[0].clone();
    assert_eq!(row.trim_end(), format!("▌{level:<10} {date}"));

    config("[reports]\ncolumns = [\"title\"]\n").apply(&mut app);
    let rows = list_rows(&draw(&mut app, 160, 30), &app);
    assert!(rows[0].starts_with(&format!("▌{title}")), "{}", rows[0]);
    assert!(!rows.iter().any(|r| r.contains(&date)), "{rows:#?}");
}

#[test]
fn the_selected_row_is_marked_in_the_gutter_without_colour() {
    let loaded = dvtui::load::load_all(
        &dvtui::load::Source::Bundled,
        &dvtui::load::LoadOptions::default(),
    );
    let mut app = App::new(dvtui::search::Catalog::new(), false);
    // A monochrome theme that styles the selection not at all.
    config("[colors]\nselected = \"none\"\n").apply(&mut app);
    dvtui::app::update(&mut app, dvtui::app::Action::Loaded(loaded.reports));
    press(&mut app, KeyCode::Down, M::NONE);
    let t = draw(&mut app, 120, 30);
    let (list, _) = app.panes();
    let buf = t.backend().buffer();
    let gutter: Vec<&str> = (list.y + 1..list.y + 1 + 5)
        .map(|y| buf[(list.x + 1, y)].symbol())
        .collect();
    assert_eq!(gutter, vec![" ", "▌", " ", " ", " "]);
}
