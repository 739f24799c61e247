//! Keys and actions driven through `update`, without a terminal.

mod common;
use common::{listed_titles, press, sample_app, type_text};
use dvtui::app::{Focus, Overlay, View};
use dvtui::search::Order;
use ratatui::crossterm::event::{KeyCode, KeyModifiers as M};

#[test]
fn typing_filters_at_once_and_esc_clears_then_quits() {
    let mut app = sample_app();
    assert_eq!(app.rows[0].len(), 5);
    type_text(&mut app, "giao ban");
    assert_eq!(app.filter_text(), "giao ban");
    let titles = listed_titles(&app);
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(titles[0].contains("giao ban"));
    press(&mut app, KeyCode::Esc, M::NONE);
    assert_eq!(app.filter_text(), "");
    assert_eq!(app.rows[0].len(), 5);
    assert!(!app.should_quit);
    press(&mut app, KeyCode::Esc, M::NONE);
    assert!(app.should_quit);
}

#[test]
fn movement_keys_stay_in_bounds() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Down, M::NONE);
    press(&mut app, KeyCode::Char('n'), M::CONTROL);
    assert_eq!(app.selected[0], 2);
    press(&mut app, KeyCode::Char('p'), M::CONTROL);
    assert_eq!(app.selected[0], 1);
    press(&mut app, KeyCode::PageDown, M::NONE);
    assert_eq!(app.selected[0], 4);
    press(&mut app, KeyCode::Down, M::NONE);
    assert_eq!(app.selected[0], 4);
    press(&mut app, KeyCode::Home, M::NONE);
    assert_eq!(app.selected[0], 0);
    press(&mut app, KeyCode::End, M::NONE);
    assert_eq!(app.selected[0], 4);
    press(&mut app, KeyCode::Home, M::CONTROL);
    assert_eq!(app.selected[0], 0);
}

#[test]
fn home_and_question_mark_type_when_the_filter_is_not_empty() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Char('?'), M::NONE);
    assert_eq!(app.overlay, Overlay::Help);
    press(&mut app, KeyCode::Esc, M::NONE);
    assert_eq!(app.overlay, Overlay::None);
    type_text(&mut app, "a?");
    assert_eq!(app.filter_text(), "a?");
    assert_eq!(app.overlay, Overlay::None);
    press(&mut app, KeyCode::F(1), M::NONE);
    assert_eq!(app.overlay, Overlay::Help);
}

#[test]
fn tab_cycles_views_and_each_view_keeps_its_filter() {
    let mut app = sample_app();
    type_text(&mut app, "giao");
    press(&mut app, KeyCode::Tab, M::NONE);
    assert_eq!(app.view, View::Officials);
    assert_eq!(app.filter_text(), "");
    assert_eq!(app.rows[1].len(), app.catalog.officials().len());
    press(&mut app, KeyCode::Tab, M::NONE);
    assert_eq!(app.view, View::Positions);
    press(&mut app, KeyCode::BackTab, M::SHIFT);
    press(&mut app, KeyCode::BackTab, M::SHIFT);
    assert_eq!(app.view, View::Reports);
    assert_eq!(app.filter_text(), "giao");
}

#[test]
fn enter_on_an_official_focuses_their_reports_and_opens_one() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "Lê Trí");
    let official = app.selected_item().expect("an official matches");
    assert_eq!(app.catalog.officials()[official].name, "Lê Trí Vũ");
    press(&mut app, KeyCode::Enter, M::NONE);
    assert_eq!(app.focus, Focus::Detail);
    press(&mut app, KeyCode::Down, M::NONE);
    assert_eq!(app.detail_cursor, 1);
    let want = app.catalog.officials()[official].appearances[1]
        .report
        .index();
    press(&mut app, KeyCode::Enter, M::NONE);
    assert_eq!(app.view, View::Reports);
    assert_eq!(app.selected_item(), Some(want));
}

#[test]
fn sort_cycles_through_the_orders() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Char('s'), M::CONTROL);
    assert_eq!(app.order, Order::Newest);
    let dates: Vec<_> = app.rows[0]
        .iter()
        .map(|&i| app.catalog.reports()[i].date())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    press(&mut app, KeyCode::Char('s'), M::CONTROL);
    assert_eq!(app.order, Order::Oldest);
    let first = app.selected_item().map(|i| app.catalog.reports()[i].date());
    assert_eq!(first.flatten().map(|d| d.year), Some(2012));
    press(&mut app, KeyCode::Char('s'), M::CONTROL);
    press(&mut app, KeyCode::Char('s'), M::CONTROL);
    assert_eq!(app.order, Order::Relevance);
}

#[test]
fn focus_toggles_and_detail_scrolls() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Char('o'), M::CONTROL);
    assert_eq!(app.focus, Focus::Detail);
    press(&mut app, KeyCode::Down, M::NONE);
    press(&mut app, KeyCode::PageDown, M::NONE);
    assert!(app.detail_scroll > 1);
    assert_eq!(
        app.selected[0], 0,
        "movement scrolls the detail, not the list"
    );
    press(&mut app, KeyCode::Esc, M::NONE);
    assert_eq!(app.focus, Focus::List);
    assert!(!app.should_quit);
}

#[test]
fn warnings_panel_toggles_and_ctrl_c_quits() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Char('w'), M::CONTROL);
    assert_eq!(app.overlay, Overlay::Warnings);
    press(&mut app, KeyCode::Char('x'), M::NONE);
    assert_eq!(app.overlay, Overlay::None);
    press(&mut app, KeyCode::Char('c'), M::CONTROL);
    assert!(app.should_quit);
}

#[test]
fn esc_in_the_detail_pane_returns_and_clears_but_never_quits() {
    let mut app = sample_app();
    type_text(&mut app, "giao ban");
    press(&mut app, KeyCode::Enter, M::NONE);
    assert_eq!(app.focus, Focus::Detail);
    press(&mut app, KeyCode::Esc, M::NONE);
    assert_eq!(app.focus, Focus::List);
    assert_eq!(app.filter_text(), "");
    assert_eq!(app.rows[0].len(), 5);
    assert!(!app.should_quit);
    press(&mut app, KeyCode::Char('o'), M::CONTROL);
    press(&mut app, KeyCode::Esc, M::NONE);
    assert!(
        !app.should_quit,
        "leaving the pane with an empty filter stays"
    );
}
