//! Tests of the streaming load: event order, batches, progress, stats.

use super::*;
use std::sync::Mutex;

fn temp_dir(tag: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("dvtui-stream-{tag}-"))
        .tempdir()
        .unwrap()
}

#[test]
fn batches_grow_with_progress_and_stats_last() {
    let d_dir = temp_dir("order");
    let d = d_dir.path().to_path_buf();
    for i in 0..150 {
        std::fs::write(
            d.join(format!("r{i:03}.txt")),
            format!("Báo cáo số {i}\nNội dung."),
        )
        .unwrap();
    }
    std::fs::write(d.join("r999.txt"), "").unwrap();
    let events = Mutex::new(Vec::new());
    stream(
        &Source::Paths(vec![d.clone()]),
        &LoadOptions::default(),
        &|e| {
            events.lock().unwrap().push(e);
        },
    );
    let events = events.into_inner().unwrap();
    let batches: Vec<&Vec<Report>> = events
        .iter()
        .filter_map(|e| match e {
            LoadEvent::Reports(b) => Some(b),
            _ => None,
        })
        .collect();
    assert!(batches[0].len() <= FIRST_BATCH, "a small first batch");
    let files: Vec<String> = batches
        .iter()
        .flat_map(|b| b.iter().map(|r| r.file.clone()))
        .collect();
    let mut sorted = files.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 150, "every report once");
    let progress: Vec<usize> = events
        .iter()
        .filter_map(|e| match e {
            LoadEvent::Progress {
                files_done,
                files_total,
                ..
            } => {
                assert!(files_done <= files_total && *files_total <= 151);
                Some(*files_done)
            }
            _ => None,
        })
        .collect();
    assert_eq!(progress.first(), Some(&FIRST_BATCH));
    assert_eq!(progress.last(), Some(&151));
    assert!(progress.windows(2).all(|w| w[0] < w[1]));
    let Some(LoadEvent::Done(stats)) = events.last() else {
        panic!("Done must come last");
    };
    assert_eq!(
        (stats.files, stats.reports, stats.warnings, stats.missing),
        (151, 150, 1, 0)
    );
    assert!((stats.read_ms + stats.parse_ms - stats.total_ms).abs() < stats.total_ms * 0.5 + 5.0);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn bundled_sample_loads_through_the_same_steps() {
    let loaded = load_all(&Source::Bundled, &LoadOptions::default());
    assert_eq!(loaded.reports.len(), BUNDLED.files().count());
    assert!(loaded.warnings.is_empty());
    assert!(loaded.reports.windows(2).all(|w| w[0].file <= w[1].file));
}

#[test]
fn load_all_sorts_reports_across_command_line_paths() {
    let d_dir = temp_dir("sort");
    let d = d_dir.path().to_path_buf();
    std::fs::write(d.join("b.txt"), "B").unwrap();
    std::fs::write(d.join("a.txt"), "A").unwrap();
    let src = Source::Paths(vec![d.join("b.txt"), d.join("a.txt"), d.join("none.txt")]);
    let loaded = load_all(&src, &LoadOptions::default());
    let names: Vec<String> = loaded.reports.iter().map(|r| r.file.clone()).collect();
    let want: Vec<String> = ["a.txt", "b.txt"]
        .iter()
        .map(|f| d.join(f).display().to_string())
        .collect();
    assert_eq!(names, want);
    assert_eq!(loaded.stats.missing, 1);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn stream_sorted_sends_reports_in_path_order_across_batches() {
    let d_dir = temp_dir("sorted");
    let d = d_dir.path().to_path_buf();
    for i in (0..200).rev() {
        std::fs::write(d.join(format!("r{:03}.txt", (i * 37) % 200)), "Báo cáo").unwrap();
    }
    let files = Mutex::new(Vec::new());
    let batches = Mutex::new(0);
    stream_sorted(
        &Source::Paths(vec![d.clone()]),
        &LoadOptions::default(),
        &|e| {
            if let LoadEvent::Reports(b) = e {
                *batches.lock().unwrap() += 1;
                files.lock().unwrap().extend(b.into_iter().map(|r| r.file));
            }
        },
    );
    let files = files.into_inner().unwrap();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    assert_eq!(files.len(), 200);
    assert!(batches.into_inner().unwrap() > 1);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn bodies_streamed_plain_are_left_uncompressed() {
    let d_dir = temp_dir("plain");
    let d = d_dir.path().to_path_buf();
    let text = "Hội nghị giao ban công tác dân vận\n\nCác đại biểu thảo luận về công tác dân vận chính quyền.";
    for i in 0..40 {
        std::fs::write(d.join(format!("r{i:03}.txt")), text).unwrap();
    }
    let reports = Mutex::new(Vec::new());
    stream_sorted_plain(
        &Source::Paths(vec![d.clone()]),
        &LoadOptions::default(),
        &|e| {
            if let LoadEvent::Reports(b) = e {
                reports.lock().unwrap().extend(b);
            }
        },
    );
    let reports = reports.into_inner().unwrap();
    assert_eq!(reports.len(), 40);
    for r in &reports {
        assert!(!r.body.is_packed(), "{}", r.file);
        let parsed = crate::parse::parse_report(&r.file, text);
        assert_eq!(r.body.text(), parsed.body.text(), "{}", r.file);
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn loaded_bodies_are_packed_and_read_as_parsed() {
    let d_dir = temp_dir("pack");
    let d = d_dir.path().to_path_buf();
    let text = |i: usize| {
        format!(
            "Hội nghị giao ban công tác dân vận số {i}\n\nSáng 13-7, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III lần thứ {i}.\n\nCác đại biểu thảo luận về công tác dân vận chính quyền."
        )
    };
    for i in 0..40 {
        std::fs::write(d.join(format!("r{i:03}.txt")), text(i)).unwrap();
    }
    let loaded = load_all(&Source::Paths(vec![d.clone()]), &LoadOptions::default());
    assert_eq!(loaded.reports.len(), 40);
    for (i, r) in loaded.reports.iter().enumerate() {
        assert!(r.body.is_packed(), "{}", r.file);
        let parsed = crate::parse::parse_report(&r.file, &text(i));
        assert_eq!(r.body.text(), parsed.body.text(), "{}", r.file);
    }
    let _ = std::fs::remove_dir_all(&d);
}
