//! Rendering into ratatui's TestBackend: snapshots, highlight styles, sizes.

mod common;
use common::{press, sample_app, type_text};
use dvtui::app::App;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers as M};
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    dvtui::app::update(app, dvtui::app::Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    terminal.draw(|f| dvtui::ui::render(app, f)).expect("draw");
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
    let screen = text(draw(&mut app, 160, 45).backend().buffer());
    for b in dvtui::app::KEYMAP {
        assert!(screen.contains(b.label), "help lacks {}", b.label);
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
    let loaded = dvtui::load::load_all(&dvtui::load::Source::Bundled, &Default::default());
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
            title: Some(long.clone()),
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
            title: Some(format!("Hội nghị số {i}")),
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
