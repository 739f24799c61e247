//! Keys and actions driven through `update`, without a terminal.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;
use common::{listed_titles, press, sample_app, type_text};
use dvtui::app::{Focus, Overlay, View};
use dvtui::search::Order;
use ratatui::crossterm::event::{KeyCode, KeyModifiers as M};

#[test]
fn typing_filters_at_once_and_esc_never_quits_by_itself() {
    let mut app = sample_app();
    assert_eq!(app.views[0].rows.len(), 5);
    type_text(&mut app, "giao ban");
    assert_eq!(app.filter_text(), "giao ban");
    let titles = listed_titles(&app);
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(titles[0].contains("giao ban"));
    press(&mut app, KeyCode::Esc, M::NONE);
    assert_eq!(app.filter_text(), "");
    assert_eq!(app.views[0].rows.len(), 5);
    press(&mut app, KeyCode::Esc, M::NONE);
    assert!(!app.should_quit, "the second Esc asks first");
    assert!(app.message.as_deref().is_some_and(|m| m.contains("quit")));
    press(&mut app, KeyCode::Down, M::NONE);
    assert!(app.message.is_none(), "any other key answers no");
    press(&mut app, KeyCode::Esc, M::NONE);
    assert!(!app.should_quit);
    press(&mut app, KeyCode::Esc, M::NONE);
    assert!(app.should_quit, "Esc confirmed by a second press quits");
    assert_eq!(app.exit_code, 0);
}

#[test]
fn ctrl_q_quits_and_ctrl_c_aborts_with_130() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Char('q'), M::CONTROL);
    assert!(app.should_quit);
    assert_eq!(app.exit_code, 0);
    let mut app = sample_app();
    type_text(&mut app, "giao");
    press(&mut app, KeyCode::Char('c'), M::CONTROL);
    assert!(app.should_quit);
    assert_eq!(app.exit_code, 130);
}

#[test]
fn movement_keys_stay_in_bounds() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Down, M::NONE);
    press(&mut app, KeyCode::Char('n'), M::CONTROL);
    assert_eq!(app.views[0].selected, 2);
    press(&mut app, KeyCode::Char('p'), M::CONTROL);
    assert_eq!(app.views[0].selected, 1);
    press(&mut app, KeyCode::PageDown, M::NONE);
    assert_eq!(app.views[0].selected, 4);
    press(&mut app, KeyCode::Down, M::NONE);
    assert_eq!(app.views[0].selected, 4);
    press(&mut app, KeyCode::Home, M::NONE);
    assert_eq!(app.views[0].selected, 0);
    press(&mut app, KeyCode::End, M::NONE);
    assert_eq!(app.views[0].selected, 4);
    press(&mut app, KeyCode::Home, M::CONTROL);
    assert_eq!(app.views[0].selected, 0);
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
    assert_eq!(app.views[1].rows.len(), app.catalog.officials().len());
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
    let dates: Vec<_> = app.views[0]
        .rows
        .iter()
        .map(|&i| app.catalog.reports()[i].date())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    press(&mut app, KeyCode::Char('s'), M::CONTROL);
    assert_eq!(app.order, Order::Oldest);
    let first = app.views[0]
        .rows
        .first()
        .map(|&i| app.catalog.reports()[i].date());
    assert_eq!(first.flatten().map(|d| d.year), Some(2012));
    let selected = app.selected_item();
    press(&mut app, KeyCode::Char('s'), M::CONTROL);
    assert_eq!(
        app.selected_item(),
        selected,
        "a new order keeps the selected report"
    );
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
        app.views[0].selected, 0,
        "movement scrolls the detail, not the list"
    );
    press(&mut app, KeyCode::Esc, M::NONE);
    assert_eq!(app.focus, Focus::List);
    assert!(!app.should_quit);
}

#[test]
fn warnings_panel_is_on_f2_and_any_other_key_closes_it() {
    let mut app = sample_app();
    press(&mut app, KeyCode::F(2), M::NONE);
    assert_eq!(app.overlay, Overlay::Warnings);
    press(&mut app, KeyCode::Char('x'), M::NONE);
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.filter_text(), "", "the closing key is not typed");
}

#[test]
fn esc_in_the_detail_pane_goes_back_keeping_query_and_selection() {
    let mut app = sample_app();
    type_text(&mut app, "dan van");
    press(&mut app, KeyCode::Down, M::NONE);
    let selected = app.selected_item();
    assert!(selected.is_some());
    press(&mut app, KeyCode::Enter, M::NONE);
    assert_eq!(app.focus, Focus::Detail);
    press(&mut app, KeyCode::Esc, M::NONE);
    assert_eq!(app.focus, Focus::List);
    assert_eq!(app.filter_text(), "dan van");
    assert_eq!(app.selected_item(), selected);
    assert!(!app.should_quit);
}

#[test]
fn plain_terms_search_places_titles_and_names() {
    let mut app = sample_app();
    let places = |app: &dvtui::app::App| -> Vec<Vec<dvtui::model::Text>> {
        app.views[0]
            .rows
            .iter()
            .map(|&i| app.catalog.reports()[i].places.clone())
            .collect()
    };
    type_text(&mut app, "hai phong");
    let mut found = places(&app);
    found.sort();
    assert!(!found.is_empty(), "hai phong finds the Hải Phòng reports");
    assert!(
        found.iter().all(|p| p.iter().any(|x| x == "Hải Phòng")),
        "{found:?}"
    );
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    type_text(&mut app, "at:\"hai phong\"");
    let sorted = |mut v: Vec<Vec<dvtui::model::Text>>| {
        v.sort();
        v
    };
    assert_eq!(
        sorted(places(&app)),
        found,
        "a quoted field value holds its space"
    );
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    type_text(&mut app, "at:hai phong");
    assert_eq!(
        sorted(places(&app)),
        found,
        "a field value runs to the next field"
    );
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    type_text(&mut app, "bi thu");
    assert!(
        !app.views[0].rows.is_empty(),
        "titles held by people named in reports"
    );
}

#[test]
fn a_quoted_start_is_a_phrase() {
    let mut app = sample_app();
    type_text(&mut app, "'dan van");
    assert!(!app.views[0].rows.is_empty());
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    type_text(&mut app, "'kheo dan");
    assert!(
        app.views[0].rows.is_empty(),
        "\"Dân vận khéo\" does not hold the phrase \"kheo dan\""
    );
}

#[test]
fn bad_field_values_are_named_on_the_status_line() {
    let mut app = sample_app();
    type_text(&mut app, "y:abc");
    let problem = app.views[0].problem.clone().expect("a problem");
    assert!(problem.contains("y:abc"), "{problem}");
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    type_text(&mut app, "y:2022..2020");
    let problem = app.views[0].problem.clone().expect("a problem");
    assert!(problem.contains("backwards"), "{problem}");
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    type_text(&mut app, "y:2021");
    assert!(app.views[0].problem.is_none());
}

#[test]
fn overlays_scroll_on_their_own_and_open_at_the_top() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Enter, M::NONE);
    press(&mut app, KeyCode::PageDown, M::NONE);
    let scrolled = app.detail_scroll;
    assert!(scrolled > 0);
    press(&mut app, KeyCode::F(1), M::NONE);
    assert_eq!(app.overlay, Overlay::Help);
    assert_eq!(app.overlay_scroll, 0, "help opens at its top");
    press(&mut app, KeyCode::Down, M::NONE);
    press(&mut app, KeyCode::PageDown, M::NONE);
    assert!(app.overlay_scroll > 1);
    assert_eq!(app.detail_scroll, scrolled, "the pane below stays put");
    press(&mut app, KeyCode::Esc, M::NONE);
    press(&mut app, KeyCode::F(2), M::NONE);
    assert_eq!(app.overlay_scroll, 0, "another overlay opens at its top");
}

#[test]
fn readline_keys_edit_the_filter() {
    let mut app = sample_app();
    type_text(&mut app, "le tri vu");
    press(&mut app, KeyCode::Char('w'), M::CONTROL);
    assert_eq!(app.filter_text(), "le tri ");
    assert_eq!(app.overlay, Overlay::None, "Ctrl-W edits, it opens nothing");
    press(&mut app, KeyCode::Char('b'), M::ALT);
    press(&mut app, KeyCode::Backspace, M::ALT);
    assert_eq!(app.filter_text(), "tri ");
    press(&mut app, KeyCode::Char('f'), M::ALT);
    type_text(&mut app, "x");
    assert_eq!(app.filter_text(), "trix ");
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    assert_eq!(app.filter_text(), " ");
    press(&mut app, KeyCode::Char('e'), M::CONTROL);
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    assert_eq!(app.filter_text(), "");
    assert_eq!(app.views[0].rows.len(), 5, "the list follows the edits");
}

#[test]
fn decomposed_input_is_composed_and_matches() {
    use unicode_normalization::UnicodeNormalization;
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    let composed = "Bùi Thị Minh Hoài";
    type_text(&mut app, &composed.nfd().collect::<String>());
    assert_eq!(app.filter_text(), composed);
    let o = app.selected_item().expect("a match");
    assert_eq!(app.catalog.officials()[o].name, composed);
    press(&mut app, KeyCode::Char('u'), M::CONTROL);
    dvtui::app::update(
        &mut app,
        dvtui::app::Action::Paste("Lê Trí Vũ".nfd().collect()),
    );
    assert_eq!(app.filter_text(), "Lê Trí Vũ");
    let o = app.selected_item().expect("a match");
    assert_eq!(app.catalog.officials()[o].name, "Lê Trí Vũ");
}

#[test]
fn the_selection_stays_on_its_report_while_batches_arrive() {
    use dvtui::app::{update, Action, App};
    use dvtui::load::{load_all, LoadOptions, Source};
    let mut all = load_all(&Source::Bundled, &LoadOptions::default()).reports;
    let late = all.split_off(2);
    let mut app = App::new(dvtui::search::Catalog::new(), true);
    update(&mut app, Action::Resize(160, 45));
    press(&mut app, KeyCode::Char('s'), M::CONTROL); // newest first
    update(&mut app, Action::Loaded(all));
    press(&mut app, KeyCode::Down, M::NONE);
    let before = app.selected_item().expect("a row");
    let file = app.catalog.reports()[before].file.clone();
    update(&mut app, Action::Loaded(late));
    let after = app.selected_item().expect("a row");
    assert_eq!(app.catalog.reports()[after].file, file);
}

#[test]
fn j_k_g_and_capital_g_move_in_the_detail_pane_and_type_elsewhere() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Enter, M::NONE);
    press(&mut app, KeyCode::Char('j'), M::NONE);
    press(&mut app, KeyCode::Char('j'), M::NONE);
    assert_eq!(app.detail_scroll, 2);
    press(&mut app, KeyCode::Char('k'), M::NONE);
    assert_eq!(app.detail_scroll, 1);
    press(&mut app, KeyCode::Char('G'), M::SHIFT);
    assert!(app.detail_scroll > 1);
    press(&mut app, KeyCode::Char('g'), M::NONE);
    assert_eq!(app.detail_scroll, 0);
    assert_eq!(app.filter_text(), "");
    press(&mut app, KeyCode::Esc, M::NONE);
    type_text(&mut app, "jk");
    assert_eq!(app.filter_text(), "jk");
}

#[test]
fn officials_sort_by_given_name_in_the_title_order() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('s'), M::CONTROL);
    }
    assert_eq!(app.order, Order::Title);
    let fold = |s: &str| {
        let mut out = String::new();
        dvtui::search::fold::push_fold_lower(&mut out, s);
        out
    };
    let given: Vec<String> = app.views[1]
        .rows
        .iter()
        .map(|&i| {
            let name = fold(&app.catalog.officials()[i].name);
            name.rsplit(' ').next().unwrap_or("").to_string()
        })
        .collect();
    assert!(given.windows(2).all(|w| w[0] <= w[1]), "{given:?}");
}

#[test]
fn alt_left_goes_back_to_where_enter_was_pressed_and_alt_right_returns() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "le tri vu");
    let official = app.selected_item();
    press(&mut app, KeyCode::Enter, M::NONE);
    press(&mut app, KeyCode::Down, M::NONE);
    press(&mut app, KeyCode::Enter, M::NONE);
    assert_eq!(app.view, View::Reports);
    let report = app.selected_item();
    press(&mut app, KeyCode::Left, M::ALT);
    assert_eq!(app.view, View::Officials);
    assert_eq!(app.filter_text(), "le tri vu");
    assert_eq!(app.selected_item(), official);
    assert_eq!(app.focus, Focus::Detail);
    assert_eq!(app.detail_cursor, 1);
    press(&mut app, KeyCode::Right, M::ALT);
    assert_eq!(app.view, View::Reports);
    assert_eq!(app.selected_item(), report);
    press(&mut app, KeyCode::Esc, M::NONE);
    press(&mut app, KeyCode::Backspace, M::NONE);
    assert_eq!(
        app.view,
        View::Officials,
        "Backspace on an empty filter goes back"
    );
}

#[test]
fn ctrl_r_brings_back_the_views_earlier_queries() {
    let mut app = sample_app();
    type_text(&mut app, "giao ban");
    press(&mut app, KeyCode::Enter, M::NONE);
    press(&mut app, KeyCode::Esc, M::NONE);
    press(&mut app, KeyCode::Esc, M::NONE);
    type_text(&mut app, "hai phong");
    press(&mut app, KeyCode::Esc, M::NONE);
    assert_eq!(app.filter_text(), "");
    press(&mut app, KeyCode::Char('r'), M::CONTROL);
    assert_eq!(app.filter_text(), "hai phong");
    assert_eq!(app.views[0].rows.len(), 2, "the recalled query filters");
    press(&mut app, KeyCode::Char('r'), M::CONTROL);
    assert_eq!(app.filter_text(), "giao ban");
    press(&mut app, KeyCode::Tab, M::NONE);
    press(&mut app, KeyCode::Char('r'), M::CONTROL);
    assert_eq!(app.filter_text(), "", "each view has its own history");
}

#[test]
fn a_folder_without_reports_finishes_and_counts_what_it_left() {
    use dvtui::app::{update, Action, App};
    use dvtui::load::{stream, LoadOptions, Source};
    let dir = std::env::temp_dir().join(format!("dvtui-ui-empty-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).expect("dir");
    for f in ["a.pdf", "b.PDF", "sub/c.doc", "README"] {
        std::fs::write(dir.join(f), "x").expect("file");
    }
    let events = std::sync::Mutex::new(Vec::new());
    stream(
        &Source::Paths(vec![dir.clone()]),
        &LoadOptions::default(),
        &|e| {
            if let Ok(mut v) = events.lock() {
                v.push(e);
            }
        },
    );
    let mut app = App::new(dvtui::search::Catalog::new(), true);
    for e in events.into_inner().unwrap_or_default() {
        update(&mut app, Action::from(e));
    }
    let done = app.progress.done.clone().expect("the load ends");
    assert_eq!(done.files, 0);
    assert_eq!(
        done.ignored,
        [
            ("pdf".to_string(), 2),
            (String::new(), 1),
            ("doc".to_string(), 1)
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn alt_c_carries_the_filter_across_views() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Char('c'), M::ALT);
    assert!(app.carry_filter);
    type_text(&mut app, "le tri");
    press(&mut app, KeyCode::Tab, M::NONE);
    assert_eq!(app.view, View::Officials);
    assert_eq!(app.filter_text(), "le tri");
    let o = app.selected_item().expect("a match");
    assert_eq!(app.catalog.officials()[o].name, "Lê Trí Vũ");
    press(&mut app, KeyCode::Char('c'), M::ALT);
    press(&mut app, KeyCode::Tab, M::NONE);
    assert_eq!(app.filter_text(), "", "Positions kept its own filter");
}

#[test]
fn b_searches_the_report_text() {
    let mut app = sample_app();
    type_text(&mut app, "b:'nong thon moi");
    let rows = app.views[0].rows.clone();
    assert!(!rows.is_empty());
    let fold = |s: &str| {
        let mut out = String::new();
        dvtui::search::fold::push_fold_lower(&mut out, s);
        out
    };
    for &r in &rows {
        let text = fold(&app.catalog.reports()[r].body.text());
        assert!(
            text.contains("nong thon moi"),
            "{}",
            app.catalog.reports()[r].file
        );
    }
    let with_phrase = app
        .catalog
        .reports()
        .iter()
        .filter(|r| fold(&r.body.text()).contains("nong thon moi"))
        .count();
    assert_eq!(rows.len(), with_phrase);
}

#[test]
fn a_whole_catalog_from_the_store_replaces_the_loaded_one_and_keeps_its_warnings() {
    use dvtui::app::{update, Action, App};
    use dvtui::load::{load_all, LoadOptions, Source};
    let all = load_all(&Source::Bundled, &LoadOptions::default()).reports;
    let mut app = App::new(dvtui::search::Catalog::new(), true);
    update(&mut app, Action::Resize(160, 45));
    update(
        &mut app,
        Action::Warning(dvtui::model::LoadWarning {
            file: "broken.html".into(),
            reason: "not UTF-8".into(),
            skipped: true,
        }),
    );
    type_text(&mut app, "dan van");
    let saved = dvtui::search::Catalog::from_reports(all);
    let n = saved.reports().len();
    update(&mut app, Action::LoadedCatalog(Box::new(saved)));
    assert_eq!(app.catalog.reports().len(), n);
    assert_eq!(app.catalog.warnings().len(), 1);
    // The typed filter now runs over the new catalog.
    assert!(!app.state(View::Reports).rows.is_empty());
    assert!(app.state(View::Reports).rows.iter().all(|&i| i < n));
}

/// The report of `app.catalog` whose file is `file`.
fn report_named(app: &dvtui::app::App, file: &str) -> usize {
    app.catalog
        .reports()
        .iter()
        .position(|r| r.file == file)
        .expect("a test report")
}

#[test]
fn a_reports_named_officials_are_picked_with_n_and_p_and_opened_with_enter() {
    let mut app = common::namesake_app();
    let a = report_named(&app, "a.txt");
    type_text(&mut app, "giao ban");
    assert_eq!(app.selected_item(), Some(a));
    press(&mut app, KeyCode::Enter, M::NONE);
    assert_eq!((app.focus, app.detail_cursor), (Focus::Detail, 0));
    press(&mut app, KeyCode::Char('n'), M::NONE);
    assert_eq!(app.detail_cursor, 1);
    press(&mut app, KeyCode::Char('n'), M::NONE);
    assert_eq!(
        app.detail_cursor, 1,
        "the cursor stops at the last official"
    );
    assert_eq!(app.filter_text(), "giao ban", "n moves, it is not typed");
    press(&mut app, KeyCode::Enter, M::NONE);
    assert_eq!(app.view, View::Officials);
    let lan = app.selected_item().expect("an official is selected");
    assert_eq!(app.catalog.officials()[lan].name, "Trần Thị Lan");
    // Back to the report, then the first official: the Nghệ An secretary.
    press(&mut app, KeyCode::Left, M::ALT);
    assert_eq!((app.view, app.selected_item()), (View::Reports, Some(a)));
    press(&mut app, KeyCode::Char('p'), M::NONE);
    assert_eq!(app.detail_cursor, 0);
    press(&mut app, KeyCode::Enter, M::NONE);
    let hung = app.selected_item().expect("an official is selected");
    let o = &app.catalog.officials()[hung];
    assert_eq!(o.name, "Nguyễn Văn Hùng");
    assert_eq!(o.jurisdictions, ["Nghệ An"]);
}

#[test]
fn alt_n_opens_each_namesake_in_turn_and_says_how_many_share_the_name() {
    let mut app = common::namesake_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "hung");
    let first = app.selected_item().expect("an official is selected");
    let name = app.catalog.officials()[first].name.clone();
    assert_eq!(name, "Nguyễn Văn Hùng");
    press(&mut app, KeyCode::Char('n'), M::ALT);
    let second = app.selected_item().expect("an official is selected");
    assert_ne!(first, second, "another official");
    assert_eq!(app.catalog.officials()[second].name, name);
    let places = |i: usize| app.catalog.officials()[i].jurisdictions.clone();
    assert_ne!(places(first), places(second));
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.contains("one of 2 named Nguyễn Văn Hùng"),
        "{message}"
    );
    press(&mut app, KeyCode::Char('n'), M::ALT);
    assert_eq!(app.selected_item(), Some(first), "round to the first again");
    // One of a kind: said so, nothing moves.
    press(&mut app, KeyCode::Esc, M::NONE);
    type_text(&mut app, "tran thi lan");
    let lan = app.selected_item();
    press(&mut app, KeyCode::Char('n'), M::ALT);
    assert_eq!(app.selected_item(), lan);
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.contains("no one else is named Trần Thị Lan"),
        "{message}"
    );
}

/// Many reports that all match `dan van`, ranked by their dates: a
/// keystroke orders only the first screens, and moving down the list
/// shows every row where the full order puts it.
#[test]
fn rows_past_the_first_screens_are_in_order_once_the_list_moves() {
    use dvtui::app::{update, Action, App};
    use dvtui::model::{Date, Report};
    use dvtui::search::{Catalog, Filter, Subject};
    let reports: Vec<Report> = (0..3000)
        .map(|i| Report {
            file: format!("r{i}.txt"),
            title: Some(format!("Hội nghị dân vận khéo số {i}").into()),
            event_date: if i % 11 == 0 {
                None
            } else {
                Date::new(
                    2016 + ((i * 7) % 5) as u16,
                    1 + ((i * 13) % 12) as u8,
                    1 + (i % 28) as u8,
                )
            },
            ..Report::default()
        })
        .collect();
    let mut app = App::new(Catalog::new(), false);
    update(&mut app, Action::Resize(160, 45));
    update(&mut app, Action::Loaded(reports));
    update(
        &mut app,
        Action::LoadDone(dvtui::load::LoadStats::default()),
    );
    type_text(&mut app, "dan van");
    let mut full = Filter::new(Subject::Reports);
    full.set_query(&app.catalog, "dan van");
    let want: Vec<usize> = full.hits().iter().map(|h| h.index).collect();
    assert_eq!(want.len(), 3000);
    let rows = &app.views[0].rows;
    assert_eq!(rows.len(), want.len());
    let page = app.list_height();
    assert_eq!(rows[..page], want[..page], "the first screen");
    for _ in 0..3000 / page + 1 {
        press(&mut app, KeyCode::PageDown, M::NONE);
        let s = &app.views[0];
        assert_eq!(s.rows[s.offset..], want[s.offset..]);
    }
    assert_eq!(app.views[0].selected, 2999);
}
