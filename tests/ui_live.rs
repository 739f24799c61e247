//! Files changed on disk while the app runs, as `update` sees them: the
//! watcher's `Refreshing` and `Refreshed` news, without a terminal.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test
mod common;
use common::{press, sample_app, type_text};
use dvtui::app::{update, Action, App, Live, View};
use dvtui::parse::parse_report;
use dvtui::store::Refresh;
use ratatui::crossterm::event::{KeyCode, KeyModifiers as M};

/// A report as a provincial paper would run it, parsed as `file`.
fn report(file: &str, title: &str, chair: &str) -> dvtui::model::Report {
    let text = format!(
        "{title}\n\n\
         Sáng 14-9-2024, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức {title_lower}. \
         Đồng chí {chair}, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.\n",
        title_lower = title.to_lowercase()
    );
    parse_report(file, &text)
}

fn selected_file(app: &App) -> String {
    let r = app.views[View::Reports.index()]
        .selected_item()
        .expect("a selected report");
    app.catalog.reports()[r].file.clone()
}

#[test]
fn a_refresh_adds_changes_and_drops_reports_keeping_the_selection() {
    let mut app = sample_app();
    let files: Vec<String> = app
        .catalog
        .reports()
        .iter()
        .map(|r| r.file.clone())
        .collect();
    press(&mut app, KeyCode::Down, M::NONE);
    press(&mut app, KeyCode::Down, M::NONE);
    let kept = selected_file(&app);
    // One file other than the selected one is deleted, another changed.
    let others: Vec<&String> = files.iter().filter(|f| **f != kept).collect();
    let (gone, changed) = (others[0].clone(), others[1].clone());
    update(
        &mut app,
        Action::Refreshing {
            files: vec![changed.clone(), "archive/moi.txt".into()],
            gone: 1,
        },
    );
    let Some(Live::Refreshing(what)) = &app.progress.live else {
        panic!("the status line says what is read: {:?}", app.progress.live);
    };
    assert!(
        what.contains("moi.txt") && what.contains("1 deleted"),
        "{what}"
    );
    let refresh = Refresh {
        read: vec![changed.clone(), "archive/moi.txt".into()],
        reports: vec![
            report(
                &changed,
                "Hội nghị sơ kết dân vận khéo",
                "Phan Thị Ngọc Thủy",
            ),
            report(
                "archive/moi.txt",
                "Giao ban dân vận quý III",
                "Trịnh Văn Khải",
            ),
        ],
        warnings: Vec::new(),
        gone: vec![gone.clone()],
        error: None,
        remake: false,
    };
    update(&mut app, Action::Refreshed(refresh));
    let now: Vec<&str> = app
        .catalog
        .reports()
        .iter()
        .map(|r| r.file.as_str())
        .collect();
    assert_eq!(now.len(), 5, "{now:?}");
    assert!(!now.contains(&gone.as_str()), "{now:?}");
    assert!(now.contains(&"archive/moi.txt"), "{now:?}");
    let title = |f: &str| {
        app.catalog
            .reports()
            .iter()
            .find(|r| r.file == f)
            .and_then(|r| r.title.clone())
    };
    assert_eq!(
        title(&changed).as_deref(),
        Some("Hội nghị sơ kết dân vận khéo")
    );
    assert_eq!(
        selected_file(&app),
        kept,
        "the selection stays on its report"
    );
    assert_eq!(app.views[View::Reports.index()].rows.len(), 5);
    assert_eq!(
        app.progress.live,
        Some(Live::Updated("1 added, 1 changed, 1 removed".into()))
    );
    // The people of the new reports are officials now.
    assert!(app
        .catalog
        .officials()
        .iter()
        .any(|o| o.name == "Trịnh Văn Khải"));
}

#[test]
fn a_filtered_view_takes_a_new_report_that_matches() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "khai");
    let before = app.views[View::Officials.index()].rows.len();
    update(
        &mut app,
        Action::Refreshed(Refresh {
            read: vec!["archive/moi.txt".into()],
            reports: vec![report(
                "archive/moi.txt",
                "Giao ban dân vận quý III",
                "Trịnh Văn Khải",
            )],
            ..Refresh::default()
        }),
    );
    let officials = &app.views[View::Officials.index()];
    assert_eq!(officials.rows.len(), before + 1);
    assert!(officials
        .rows
        .iter()
        .any(|&o| app.catalog.officials()[o].name == "Trịnh Văn Khải"));
    assert_eq!(app.filter_text(), "khai", "the query stays");
    assert_eq!(app.progress.live, Some(Live::Updated("1 added".into())));
}

#[test]
fn an_official_stays_selected_when_another_report_goes() {
    let mut app = sample_app();
    press(&mut app, KeyCode::Tab, M::NONE);
    type_text(&mut app, "le tri vu");
    let v = View::Officials.index();
    let name = app.catalog.officials()[app.views[v].selected_item().expect("Lê Trí Vũ")]
        .name
        .clone();
    assert_eq!(name, "Lê Trí Vũ");
    // Drop a report he does not appear in.
    let his: Vec<String> = app.catalog.officials()[app.views[v].selected_item().unwrap_or(0)]
        .appearances
        .iter()
        .map(|a| app.catalog.report(a.report).file.clone())
        .collect();
    let other = app
        .catalog
        .reports()
        .iter()
        .map(|r| r.file.clone())
        .find(|f| !his.contains(f))
        .expect("a report without him");
    update(
        &mut app,
        Action::Refreshed(Refresh {
            gone: vec![other],
            ..Refresh::default()
        }),
    );
    assert_eq!(app.catalog.reports().len(), 4);
    let now = app.views[v].selected_item().expect("still a selection");
    assert_eq!(app.catalog.officials()[now].name, "Lê Trí Vũ");
    assert_eq!(app.progress.live, Some(Live::Updated("1 removed".into())));
}

#[test]
fn a_deleted_folder_takes_its_reports_along() {
    let mut app = sample_app();
    let sub = |n: u32| {
        report(
            &format!("archive/2024/q{n}.txt"),
            "Giao ban dân vận",
            "Trịnh Văn Khải",
        )
    };
    update(
        &mut app,
        Action::Refreshed(Refresh {
            read: vec![
                "archive/2024/q1.txt".into(),
                "archive/2024/q2.txt".into(),
                "archive/2024.txt".into(),
            ],
            reports: vec![
                sub(1),
                sub(2),
                report("archive/2024.txt", "Tổng kết năm", "Trịnh Văn Khải"),
            ],
            ..Refresh::default()
        }),
    );
    assert_eq!(app.catalog.reports().len(), 8);
    update(
        &mut app,
        Action::Refreshed(Refresh {
            gone: vec!["archive/2024".into()],
            ..Refresh::default()
        }),
    );
    let files: Vec<&str> = app
        .catalog
        .reports()
        .iter()
        .map(|r| r.file.as_str())
        .collect();
    assert_eq!(files.len(), 6, "{files:?}");
    assert!(!files.iter().any(|f| f.starts_with("archive/2024/")));
    // A file beside the folder, named like it, stays.
    assert!(files.contains(&"archive/2024.txt"), "{files:?}");
    assert_eq!(app.progress.live, Some(Live::Updated("2 removed".into())));
}

#[test]
fn with_a_store_the_old_report_hides_until_the_remade_catalog_comes() {
    let mut app = sample_app();
    let files: Vec<String> = app
        .catalog
        .reports()
        .iter()
        .map(|r| r.file.clone())
        .collect();
    press(&mut app, KeyCode::Down, M::NONE);
    let kept = selected_file(&app);
    let changed = files
        .iter()
        .find(|f| **f != kept)
        .expect("another file")
        .clone();
    let new = report(
        &changed,
        "Hội nghị sơ kết dân vận khéo",
        "Phan Thị Ngọc Thủy",
    );
    update(
        &mut app,
        Action::Refreshed(Refresh {
            read: vec![changed.clone()],
            reports: vec![new.clone()],
            remake: true,
            ..Refresh::default()
        }),
    );
    // The old report is hidden, the new one listed, at once.
    let listed: Vec<&str> = app.views[View::Reports.index()]
        .rows
        .iter()
        .map(|&r| app.catalog.reports()[r].title.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(listed.len(), 5, "{listed:?}");
    assert!(
        listed.contains(&"Hội nghị sơ kết dân vận khéo"),
        "{listed:?}"
    );
    assert_eq!(app.total_of(View::Reports), 5);
    assert_eq!(app.catalog.hidden_count(), 1);
    assert_eq!(selected_file(&app), kept);
    assert!(matches!(&app.progress.live, Some(Live::Remaking(n)) if n == "1 changed"));
    // Then the catalog made again from the store (here: the same reports).
    let mut all: Vec<_> = app
        .catalog
        .reports()
        .iter()
        .enumerate()
        .filter(|(i, _)| !app.catalog.is_hidden(*i))
        .map(|(_, r)| r.clone())
        .collect();
    all.reverse(); // the store's order need not be the load's
    update(
        &mut app,
        Action::Remade(Box::new(dvtui::search::Catalog::from_reports(all))),
    );
    assert_eq!(app.catalog.hidden_count(), 0);
    assert_eq!(app.catalog.reports().len(), 5);
    assert_eq!(
        selected_file(&app),
        kept,
        "the selection stays on its report"
    );
    assert_eq!(app.progress.live, Some(Live::Updated("1 changed".into())));
}

/// Bodies kept in a store, as a saved catalog's reports have them.
struct Stored;

impl dvtui::model::BodySource for Stored {
    fn fetch(&self, key: i64) -> Option<String> {
        Some(format!("nội dung {key}"))
    }
}

#[test]
fn reports_of_files_changed_since_the_last_launch_hide_until_the_catalog_is_made_again() {
    let source: std::sync::Arc<dyn dvtui::model::BodySource> = std::sync::Arc::new(Stored);
    let saved: Vec<_> = ["Lý Văn Sơn", "Hoàng Thị Mai", "Vi Văn Thành"]
        .iter()
        .enumerate()
        .map(|(i, chair)| {
            let mut r = report(
                &format!("r{i}.txt"),
                &format!("Hội nghị dân vận lần {i}"),
                chair,
            );
            r.body = dvtui::model::Body::fetched(source.clone(), i as i64 + 10);
            r
        })
        .collect();
    let mut app = App::new(dvtui::search::Catalog::new(), false);
    update(&mut app, Action::Resize(160, 45));
    update(
        &mut app,
        Action::LoadedCatalog(Box::new(dvtui::search::Catalog::from_reports(
            saved.clone(),
        ))),
    );
    assert_eq!(app.total_of(View::Reports), 3);
    // The store found the file of the second report changed on disk.
    update(&mut app, Action::Stale(vec![11]));
    assert_eq!(app.total_of(View::Reports), 2);
    assert_eq!(app.catalog.hidden_count(), 1);
    assert!(
        matches!(&app.progress.live, Some(Live::Remaking(n)) if n == "1 changed or gone since the last launch")
    );
    // Its new report comes as a batch, then the catalog made again.
    let new = report("r1.txt", "Hội nghị dân vận khéo", "Hoàng Thị Mai");
    update(&mut app, Action::Loaded(vec![new.clone()]));
    assert_eq!(app.total_of(View::Reports), 3);
    let all = vec![saved[0].clone(), new, saved[2].clone()];
    update(
        &mut app,
        Action::Remade(Box::new(dvtui::search::Catalog::from_reports(all))),
    );
    assert_eq!(app.catalog.hidden_count(), 0);
    assert_eq!(app.total_of(View::Reports), 3);
    assert!(matches!(&app.progress.live, Some(Live::Updated(_))));
}
