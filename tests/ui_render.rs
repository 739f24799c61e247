//! Rendering into ratatui's `TestBackend`: snapshots, highlight styles, sizes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;
use common::{press, sample_app, type_text};
use dvtui::app::App;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers as M};
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

/// Draws as the event loop does, handing the measurement back to `update`.
fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    dvtui::app::update(app, dvtui::app::Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    let mut m = dvtui::ui::Measure::default();
    terminal
        .draw(|f| m = dvtui::ui::render_measured(app, f))
        .expect("draw");
    let detail_lines = m.detail_lines;
    dvtui::app::update(app, dvtui::app::Action::Measured { detail_lines });
    terminal
}

fn text(buf: &Buffer) -> String {
    let area = buf.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The screen below the header line (whose counts depend on the search index).
fn body(t: &Terminal<TestBackend>) -> String {
    text(t.backend().buffer())
        .lines()
        .skip(1)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn reports_view_wide() {
    let mut app = sample_app();
    insta::assert_snapshot!(body(&draw(&mut app, 120, 30)));
}

#[test]
fn reports_view_80x24_stacks_the_detail_under_the_list() {
    let mut app = sample_app();
    let t = draw(&mut app, 80, 24);
    insta::assert_snapshot!(body(&t));
    let screen = text(t.backend().buffer());
    let list_top = screen
        .lines()
        .position(|l| l.contains("┌Reports"))
        .expect("list");
    let detail_top = screen
        .lines()
        .position(|l| l.contains("┌Detail"))
        .expect("detail");
    assert!(detail_top > list_top);
}

#[test]
fn tiny_terminal_says_so() {
    let mut app = sample_app();
    let t = draw(&mut app, 20, 5);
    insta::assert_snapshot!(t.backend());
    assert!(text(t.backend().buffer()).contains("too small"));
}

#[test]
fn help_overlay_lists_every_key_and_the_query_syntax() {
    let mut app = sample_app();
    press(&mut app, KeyCode::F(1), M::NONE);
    let screen = text(draw(&mut app, 160, 75).backend().buffer());
    for b in dvtui::app::KEYMAP {
        assert!(screen.contains(&*b.label), "help lacks {}", b.label);
        assert!(screen.contains(b.help), "help lacks {}", b.help);
    }
    assert!(screen.contains("Query syntax"));
}

#[test]
fn officials_view_shows_counts_and_latest_title() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "Lê Trí");
    let screen = text(draw(&mut app, 160, 45).backend().buffer());
    assert!(screen.contains("Lê Trí Vũ  2 reports"), "{screen}");
    assert!(screen.contains("Appearances per year"));
}

#[test]
fn matched_chars_are_highlighted_in_the_list() {
    let mut app = sample_app();
    type_text(&mut app, "giao ban");
    let t = draw(&mut app, 160, 45);
    let buf = t.backend().buffer();
    let row = (2..45)
        .find(|&y| {
            (0..70)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .contains("giao ban")
        })
        .expect("row");
    let styled: String = (0..70)
        .filter(|&x| {
            buf[(x, row)].fg == Color::Yellow && buf[(x, row)].modifier.contains(Modifier::BOLD)
        })
        .map(|x| buf[(x, row)].symbol())
        .collect();
    assert!(styled.contains("giao"), "highlighted: {styled:?}");
    assert!(!styled.contains("Trung"), "highlighted: {styled:?}");
}

#[test]
fn no_color_uses_no_colours() {
    let loaded = dvtui::load::load_all(
        &dvtui::load::Source::Bundled,
        &dvtui::load::LoadOptions::default(),
    );
    let mut app = App::new(dvtui::search::Catalog::new(), false);
    dvtui::app::update(&mut app, dvtui::app::Action::Loaded(loaded.reports));
    type_text(&mut app, "giao");
    let t = draw(&mut app, 120, 30);
    let buf = t.backend().buffer();
    assert!(buf
        .content()
        .iter()
        .all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
}

#[test]
fn rendering_never_panics_at_any_size_or_content() {
    let mut app = sample_app();
    let long = format!(
        "{}\tX\u{200b}日本語 {}",
        "w".repeat(500),
        "Nguyễn ".repeat(50)
    );
    dvtui::app::update(
        &mut app,
        dvtui::app::Action::Loaded(vec![dvtui::model::Report {
            title: Some(long.as_str().into()),
            body: dvtui::model::Body::new(&long),
            ..Default::default()
        }]),
    );
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 30),
        (29, 7),
        (30, 8),
        (45, 12),
        (99, 30),
        (100, 30),
        (300, 100),
    ] {
        for view in 0..3 {
            draw(&mut app, w, h);
            press(&mut app, KeyCode::End, M::NONE);
            draw(&mut app, w, h);
            press(&mut app, KeyCode::F(1), M::NONE);
            draw(&mut app, w, h);
            press(&mut app, KeyCode::Esc, M::NONE);
            let _ = view;
            press(&mut app, KeyCode::Tab, M::NONE);
        }
    }
}

#[test]
fn officials_positions_and_help_snapshots() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "le tri vu");
    insta::assert_snapshot!("officials_view", body(&draw(&mut app, 120, 30)));
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "truong ban dan van trung uong");
    insta::assert_snapshot!("positions_view", body(&draw(&mut app, 120, 30)));
    press(&mut app, KeyCode::F(1), M::NONE);
    insta::assert_snapshot!("help_overlay", body(&draw(&mut app, 120, 40)));
}

#[test]
fn official_and_position_details_draw_careers_and_holders_as_bars() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "le tri vu");
    press(&mut app, KeyCode::Enter, M::NONE);
    insta::assert_snapshot!("official_detail", body(&draw(&mut app, 140, 36)));
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "uy vien ban thuong vu thanh uy");
    press(&mut app, KeyCode::Enter, M::NONE);
    insta::assert_snapshot!("position_detail", body(&draw(&mut app, 140, 36)));
}

#[test]
fn an_official_in_hundreds_of_reports_is_browsable_to_the_last() {
    use dvtui::model::{Date, Level, Mention, Report};
    let reports: Vec<Report> = (0..400u16)
        .map(|i| Report {
            file: format!("r{i:03}.txt"),
            title: Some(format!("Hội nghị số {i}").into()),
            event_date: Date::new(2000 + i / 20, 1 + (i % 12) as u8, 1),
            level: Some(Level::Provincial),
            places: vec!["Nghệ An".into()],
            officials: vec![Mention {
                name: "Nguyễn Văn Bốn".into(),
                titles: vec!["Bí thư Tỉnh ủy".into()],
                ..Mention::default()
            }],
            ..Report::default()
        })
        .collect();
    let mut app = App::new(dvtui::search::Catalog::from_reports(reports), false);
    draw(&mut app, 120, 30);
    press(&mut app, KeyCode::Tab, M::NONE);
    press(&mut app, KeyCode::Enter, M::NONE);
    for _ in 0..399 {
        press(&mut app, KeyCode::Down, M::NONE);
    }
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    assert!(screen.contains("400/400"), "{screen}");
    // Newest first: the last row is the oldest report, and it is on screen.
    assert!(screen.contains("Hội nghị số 0 "), "{screen}");
    assert!(!screen.contains("Hội nghị số 399 "), "{screen}");
}

#[test]
fn help_at_80x24_says_more_below_and_scrolls_to_the_syntax() {
    let mut app = sample_app();
    press(&mut app, KeyCode::F(1), M::NONE);
    let screen = text(draw(&mut app, 80, 24).backend().buffer());
    assert!(screen.contains("more below"), "{screen}");
    assert!(!screen.contains("Query syntax"));
    press(&mut app, KeyCode::End, M::CONTROL);
    let screen = text(draw(&mut app, 80, 24).backend().buffer());
    assert!(
        screen.contains("s:baonghean"),
        "the last syntax row:\n{screen}"
    );
    assert!(!screen.contains("more below"), "{screen}");
}

#[test]
fn help_lists_the_editing_keys() {
    let mut app = sample_app();
    press(&mut app, KeyCode::F(1), M::NONE);
    let screen = text(draw(&mut app, 160, 60).backend().buffer());
    for key in [
        "Ctrl-U",
        "Ctrl-W",
        "Alt-B",
        "Alt-F",
        "Alt-Backspace",
        "F2",
        "Ctrl-Q",
    ] {
        assert!(screen.contains(key), "help lacks {key}");
    }
}

#[test]
fn esc_on_an_empty_filter_asks_on_the_status_line() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Esc, M::NONE);
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    let status = screen.lines().last().unwrap_or("");
    assert!(status.contains("Esc again to quit"), "{status}");
}

#[test]
fn a_bad_year_is_named_on_the_status_line() {
    let mut app = sample_app();
    type_text(&mut app, "y:2022..2020");
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    let status = screen.lines().last().unwrap_or("");
    assert!(status.contains("backwards"), "{status}");
}

#[test]
fn counts_of_one_are_singular() {
    let mut app = sample_app();
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    assert!(screen.contains("5 reports in"), "{screen}");
    press(&mut app, KeyCode::Tab, M::NONE);
    let screen = text(draw(&mut app, 160, 45).backend().buffer());
    assert!(screen.contains(" 1 report "), "{screen}");
    assert!(!screen.contains(" 1 reports"), "{screen}");
    press(&mut app, KeyCode::Tab, M::NONE);
    let screen = text(draw(&mut app, 160, 45).backend().buffer());
    assert!(!screen.contains(" 1 holders"), "{screen}");
}

#[test]
fn a_matched_person_comes_before_the_title() {
    let mut app = sample_app();
    type_text(&mut app, "p:hoai");
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    let row = screen
        .lines()
        .find(|l| l.contains("Bùi Thị Minh Hoài ·"))
        .unwrap_or_else(|| panic!("no row starts with the person:\n{screen}"));
    let name_at = row.find("Hoài").unwrap_or(usize::MAX);
    assert!(name_at < 60, "{row}");
}

#[test]
fn an_empty_folder_says_what_it_looked_for() {
    let mut app = App::new(dvtui::search::Catalog::new(), true);
    app.source_label = "/tmp/empty".into();
    dvtui::app::update(
        &mut app,
        dvtui::app::Action::LoadDone(dvtui::load::LoadStats {
            ignored: vec![("pdf".into(), 3), ("doc".into(), 1)],
            ..Default::default()
        }),
    );
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    assert!(
        screen.contains("no .txt/.md/.html files under /tmp/empty"),
        "{screen}"
    );
    assert!(!screen.contains("loading"), "{screen}");
    press(&mut app, KeyCode::F(2), M::NONE);
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    assert!(screen.contains("3 .pdf, 1 .doc"), "{screen}");
}

#[test]
fn the_status_line_says_storing_until_the_store_written_behind_holds_it_all() {
    let mut app = sample_app();
    dvtui::app::update(
        &mut app,
        dvtui::app::Action::LoadDone(dvtui::load::LoadStats {
            reports: 5,
            total_ms: 12.0,
            storing: true,
            ..Default::default()
        }),
    );
    let screen = text(draw(&mut app, 160, 30).backend().buffer());
    assert!(screen.contains("5 reports in 12 ms, storing"), "{screen}");
    dvtui::app::update(&mut app, dvtui::app::Action::Stored);
    let screen = text(draw(&mut app, 160, 30).backend().buffer());
    assert!(screen.contains("5 reports in 12 ms "), "{screen}");
    assert!(!screen.contains("storing"), "{screen}");
}

#[test]
fn progress_counts_files_found_then_a_percentage() {
    let mut app = App::new(dvtui::search::Catalog::new(), true);
    let progress = |done, walk_done| dvtui::app::Action::Progress {
        files_done: done,
        files_total: 400,
        bytes_done: 0,
        walk_done,
    };
    dvtui::app::update(&mut app, progress(100, false));
    let screen = text(draw(&mut app, 160, 30).backend().buffer());
    assert!(screen.contains("100 done, 400 found so far"), "{screen}");
    dvtui::app::update(&mut app, progress(300, true));
    let screen = text(draw(&mut app, 160, 30).backend().buffer());
    assert!(screen.contains("300/400 files (75%)"), "{screen}");
}

#[test]
fn the_minimum_size_shows_list_rows() {
    let mut app = sample_app();
    let screen = text(draw(&mut app, 30, 8).backend().buffer());
    assert!(
        screen.lines().any(|l| l.starts_with("│▌20")),
        "no list row at 30×8:\n{screen}"
    );
}

#[test]
fn detail_scrolling_stops_at_the_end_and_shows_where_it_is() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Enter, M::NONE);
    draw(&mut app, 120, 30);
    for _ in 0..50 {
        press(&mut app, KeyCode::PageDown, M::NONE);
    }
    let at_end = app.detail_scroll;
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    let total = app.detail_lines.expect("measured");
    assert_eq!(
        usize::from(at_end),
        total - app.detail_height(),
        "no blank pages"
    );
    assert!(screen.contains(&format!(" {total}/{total} ")), "{screen}");
    press(&mut app, KeyCode::PageUp, M::NONE);
    assert!(app.detail_scroll < at_end, "one PgUp comes back at once");
    press(&mut app, KeyCode::Home, M::CONTROL);
    assert_eq!(app.detail_scroll, 0, "Ctrl-Home: top of the text");
    assert_eq!(app.selected_item(), app.views[0].rows.first().copied());
    press(&mut app, KeyCode::End, M::CONTROL);
    assert_eq!(app.detail_scroll, at_end, "Ctrl-End: bottom of the text");
    assert_eq!(app.views[0].selected, 0, "the selected report stays");
}

#[test]
fn a_huge_single_line_report_scrolls_to_its_last_word() {
    let body = (0..150_000)
        .map(|i| format!("từ{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut app = App::new(dvtui::search::Catalog::new(), true);
    dvtui::app::update(
        &mut app,
        dvtui::app::Action::Loaded(vec![dvtui::model::Report {
            title: Some("Báo cáo rất dài".into()),
            body: dvtui::model::Body::new(&body),
            ..Default::default()
        }]),
    );
    press(&mut app, KeyCode::Enter, M::NONE);
    let screen = detail_pane(&text(draw(&mut app, 120, 30).backend().buffer()));
    assert!(screen.contains("Báo cáo rất dài"), "{screen}");
    assert!(app.body_wrap.as_ref().is_some_and(|w| !w.lines.is_empty()));
    press(&mut app, KeyCode::PageDown, M::NONE);
    let screen = detail_pane(&text(draw(&mut app, 120, 30).backend().buffer()));
    assert!(!screen.contains("Báo cáo rất dài"), "{screen}");
    press(&mut app, KeyCode::End, M::CONTROL);
    let screen = detail_pane(&text(draw(&mut app, 120, 30).backend().buffer()));
    assert!(screen.contains("từ149999"), "{screen}");
    let total = app.detail_lines.expect("measured");
    assert!(screen.contains(&format!(" {total}/{total} ")), "{screen}");
    press(&mut app, KeyCode::Home, M::CONTROL);
    let screen = detail_pane(&text(draw(&mut app, 120, 30).backend().buffer()));
    assert!(screen.contains("Báo cáo rất dài"), "{screen}");
}

/// The right-hand pane of a 120-column screen.
fn detail_pane(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.chars().skip(54).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_range_of_one_day_is_shown_once() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "truong ban dan van");
    let screen = text(draw(&mut app, 160, 45).backend().buffer());
    // A holder seen on one day: the date once, not a range.
    assert!(screen.contains("Hà Thị Khiết 2012-06-28 "), "{screen}");
    for line in screen.lines() {
        if let Some((a, b)) = line.split_once(" – ") {
            let before: String = a.chars().rev().take(10).collect();
            let after: String = b.chars().take(10).collect();
            let before: String = before.chars().rev().collect();
            assert_ne!(before, after, "{line}");
        }
    }
}

#[test]
fn clicking_a_view_tab_shows_that_view() {
    let mut app = sample_app();
    let screen = text(draw(&mut app, 120, 30).backend().buffer());
    let header = screen.lines().next().unwrap_or("");
    for (name, view) in [
        ("Positions", dvtui::app::View::Positions),
        ("Officials", dvtui::app::View::Officials),
        ("Reports", dvtui::app::View::Reports),
    ] {
        let byte = header.find(name).expect("tab");
        let col = u16::try_from(header[..byte].chars().count() + 2).unwrap_or(0);
        assert_eq!(dvtui::ui::tab_at(&app, col, 0), Some(view), "{name}");
        dvtui::app::update(&mut app, dvtui::app::Action::ClickTab(view));
        assert_eq!(app.view, view);
        draw(&mut app, 120, 30);
    }
    assert_eq!(dvtui::ui::tab_at(&app, 1, 0), None, "the name is no tab");
    assert_eq!(dvtui::ui::tab_at(&app, 12, 1), None, "only the header row");
}

#[test]
fn a_reports_officials_show_the_cursor_and_an_official_its_namesakes() {
    let mut app = common::namesake_app();
    type_text(&mut app, "giao ban");
    press(&mut app, KeyCode::Enter, M::NONE);
    press(&mut app, KeyCode::Char('n'), M::NONE);
    let t = draw(&mut app, 140, 36);
    let screen = text(t.backend().buffer());
    assert!(screen.contains("Officials (Enter opens)"), "{screen}");
    let (y, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Trần Thị Lan"))
        .expect("the second official's row");
    let x = line
        .chars()
        .position(|c| c == '▌')
        .expect("the cursor's mark");
    let cell = &t.backend().buffer()[(u16::try_from(x).unwrap(), u16::try_from(y).unwrap())];
    assert!(cell.modifier.contains(Modifier::REVERSED) || cell.bg != Color::Reset);
    assert!(!screen
        .lines()
        .any(|l| l.contains("Nguyễn Văn Hùng") && l.contains('▌')));
    // A person the report gives no role has no empty brackets.
    assert!(line.contains("Trần Thị Lan Chủ tịch UBND"), "{line}");
    assert!(!screen.contains("[]"), "{screen}");
    // The official's detail names the other Nguyễn Văn Hùng and the key.
    press(&mut app, KeyCode::Char('p'), M::NONE);
    press(&mut app, KeyCode::Enter, M::NONE);
    let screen = text(draw(&mut app, 140, 36).backend().buffer());
    assert!(
        screen.contains("1 other named Nguyễn Văn Hùng (Alt-N opens the next)"),
        "{screen}"
    );
    assert!(screen.contains("Hà Tĩnh · 1 reports"), "{screen}");
    assert!(!screen.contains("[]"), "{screen}");
}

#[test]
fn the_detail_scrolls_to_the_official_under_the_cursor() {
    use dvtui::model::{Level, Mention, Report};
    let officials: Vec<Mention> = (0..40)
        .map(|i| Mention {
            name: format!("Người Số {i}").into(),
            titles: vec![
                "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Nghệ An".into(),
            ],
            ..Mention::default()
        })
        .collect();
    let report = Report {
        file: "long.txt".into(),
        title: Some("Hội nghị tổng kết công tác dân vận năm 2024".into()),
        level: Some(Level::Provincial),
        officials,
        ..Report::default()
    };
    let mut app = App::new(dvtui::search::Catalog::from_reports(vec![report]), false);
    draw(&mut app, 100, 30);
    press(&mut app, KeyCode::Enter, M::NONE);
    for _ in 0..39 {
        press(&mut app, KeyCode::Char('n'), M::NONE);
    }
    let screen = text(draw(&mut app, 100, 30).backend().buffer());
    let cursor = screen
        .lines()
        .find(|l| l.contains('▌') && l.contains("Người Số"))
        .unwrap_or_else(|| panic!("the cursor's row is on screen:\n{screen}"));
    assert!(cursor.contains("Người Số 39"), "{screen}");
    for _ in 0..39 {
        press(&mut app, KeyCode::Char('p'), M::NONE);
    }
    let screen = text(draw(&mut app, 100, 30).backend().buffer());
    assert!(
        screen.contains("Người Số 0 "),
        "back at the first:\n{screen}"
    );
}

#[test]
fn a_private_person_is_listed_under_the_officials_and_is_no_official() {
    let report = dvtui::parse::parse_report(
        "a.txt",
        "Trả lại tài sản cho người bị mất trộm\n\nNgày 3/6, Công an xã Tà Hine trao trả chiếc xe máy cho anh Ka Sô Ha Phin (31 tuổi, trú thôn Ma Bó). Trung tá Bùi Văn Khánh, Trưởng Công an xã cho biết đối tượng đã bị tạm giữ.",
    );
    let mut app = App::new(dvtui::search::Catalog::from_reports(vec![report]), true);
    let screen = text(draw(&mut app, 160, 45).backend().buffer());
    let detail = detail_pane(&screen);
    let officials = detail.find("Officials").expect("officials heading");
    let also = detail.find("Also named").expect("private persons heading");
    assert!(officials < also, "{detail}");
    assert!(detail[also..].contains("Ka Sô Ha Phin"), "{detail}");
    assert!(
        detail[officials..also].contains("Bùi Văn Khánh"),
        "{detail}"
    );
    // The private person's name finds the report.
    type_text(&mut app, "ka so ha phin");
    let screen = text(draw(&mut app, 160, 45).backend().buffer());
    assert!(screen.contains("Trả lại tài sản"), "{screen}");
    press(&mut app, KeyCode::Esc, M::NONE);
    // The Officials view holds the officer alone.
    press(&mut app, KeyCode::Tab, M::NONE);
    let screen = text(draw(&mut app, 160, 45).backend().buffer());
    assert!(screen.contains("Bùi Văn Khánh"), "{screen}");
    assert!(!screen.contains("Ka Sô Ha Phin"), "{screen}");
}

#[test]
fn an_unplaced_post_names_the_report_it_is_from() {
    use dvtui::model::{Level, Mention, Report};
    let report = |file: &str, title: &str, name: &str| Report {
        file: file.into(),
        title: Some(title.into()),
        level: Some(Level::Provincial),
        officials: vec![Mention {
            name: name.into(),
            titles: vec!["Phó Bí thư Tỉnh ủy".into()],
            ..Mention::default()
        }],
        ..Report::default()
    };
    let mut app = App::new(dvtui::search::Catalog::new(), true);
    dvtui::app::update(&mut app, dvtui::app::Action::Resize(160, 45));
    dvtui::app::update(
        &mut app,
        dvtui::app::Action::Loaded(vec![
            report("a.txt", "Kỳ họp thứ Ba HĐND tỉnh khai mạc", "Lò Văn Pấng"),
            report(
                "b.txt",
                "Hội nghị Ban Chấp hành Đảng bộ tỉnh",
                "Hà Thị Nguyệt",
            ),
        ]),
    );
    dvtui::app::update(
        &mut app,
        dvtui::app::Action::LoadDone(dvtui::load::LoadStats {
            reports: 2,
            ..Default::default()
        }),
    );
    press(&mut app, KeyCode::Tab, M::NONE);
    press(&mut app, KeyCode::Tab, M::NONE);
    let screen = body(&draw(&mut app, 160, 45));
    // Two rows of one title, each with its report's headline.
    assert!(
        screen.contains("in: Kỳ họp thứ Ba HĐND tỉnh khai mạc"),
        "{screen}"
    );
    assert!(screen.contains("in: Hội nghị Ban Chấp hành"), "{screen}");
    assert!(screen.contains("named in: "), "{screen}");
}
