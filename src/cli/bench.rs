//! `dvtui bench`: load through the app's own streaming path, then type a
//! query letter by letter (and delete it again) in the Reports, Officials
//! and Positions views, timing each keystroke. Timings live here, never in `cargo test`.

use crate::app::{update, Action, App, Command, View};
use crate::load::{stream, LoadEvent, LoadOptions, LoadStats, Source};
use crate::search::Catalog;
use crate::store::{Store, SyncOptions, Warmth};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use serde::Serialize;
use std::sync::mpsc;
use std::time::Instant;

/// Percentiles of a series of durations in milliseconds.
#[derive(Debug, Default, Serialize)]
pub struct Spread {
    pub p50: f64,
    pub p99: f64,
    pub max: f64,
}

impl Spread {
    fn of(mut ms: Vec<f64>) -> Spread {
        if ms.is_empty() {
            return Spread::default();
        }
        ms.sort_by(f64::total_cmp);
        let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
        Spread {
            p50: at(0.5),
            p99: at(0.99),
            max: at(1.0),
        }
    }
}

#[derive(Debug, Default, Serialize)]
struct LoadMs {
    total: f64,
    read: f64,
    parse: f64,
    index: f64,
    /// Saving the built catalog into the store (cold launches).
    save: f64,
    /// Until every report is searchable: a saved catalog applied, else
    /// every report parsed and applied (the store's check of the files,
    /// and on a cold launch its writing, may go on after).
    searchable: f64,
    /// Until the reports shown are those of the files as they are now: a
    /// saved catalog applied, the files changed since hidden, and the
    /// files parsed again added.
    current: f64,
    /// Until the catalog made again after files changed or went replaced
    /// the saved one (none when nothing changed or went).
    #[serde(skip_serializing_if = "Option::is_none")]
    remade: Option<f64>,
}

/// When a load through the store reached each stage.
#[derive(Debug, Default)]
struct Milestones {
    /// The saved catalog was applied.
    searchable: Option<Instant>,
    /// The last batch of files parsed again was applied after it.
    current: Option<Instant>,
    /// The catalog made again was applied.
    remade: Option<Instant>,
    /// The load said it was done: everything parsed is applied, though a
    /// store written behind may still be writing.
    done: Option<Instant>,
}

#[derive(Debug, Default, Serialize)]
struct KeystrokeMs {
    reports: Spread,
    officials: Spread,
    positions: Spread,
    /// Per view, the slowest keystrokes, slowest first: what makes the p99.
    slowest: Slowest,
}

/// The slowest keystrokes of each view.
#[derive(Debug, Default, Serialize)]
struct Slowest {
    reports: Vec<Keystroke>,
    officials: Vec<Keystroke>,
    positions: Vec<Keystroke>,
}

/// One timed keystroke: the filter text it left, and how long it took.
#[derive(Clone, Debug, Serialize)]
struct Keystroke {
    text: String,
    ms: f64,
}

/// How many of a view's slowest keystrokes the report lists.
const SLOWEST: usize = 3;

/// The `SLOWEST` slowest of `keys`, slowest first.
fn slowest(mut keys: Vec<Keystroke>) -> Vec<Keystroke> {
    keys.sort_by(|a, b| b.ms.total_cmp(&a.ms));
    keys.truncate(SLOWEST);
    keys
}

#[derive(Debug, Default, Serialize)]
struct RenderMs {
    p50: f64,
    p99: f64,
}

/// The figures `dvtui bench --json` prints.
#[derive(Debug, Default, Serialize)]
struct BenchReport {
    reports: usize,
    officials: usize,
    load_ms: LoadMs,
    keystroke_ms: KeystrokeMs,
    /// Ctrl-S presses: each re-sorts all three views.
    sort_ms: Spread,
    render_ms: RenderMs,
    peak_rss_mb: f64,
    /// "cold", "warm", or "none" (no store).
    store: &'static str,
    /// Files parsed when a store was used (the rest came from the store).
    #[serde(skip_serializing_if = "Option::is_none")]
    reparsed: Option<usize>,
    /// Whether the catalog was read back from the store, not built.
    saved_catalog: bool,
}

/// Runs the benchmark and prints a summary (or one JSON object with `json`).
/// # Errors
/// When the offscreen terminal fails or stdout cannot be written.
pub fn run(
    source: &Source,
    opts: &LoadOptions,
    query: &str,
    rounds: u32,
    json: bool,
    store: Option<Store>,
) -> anyhow::Result<i32> {
    let started = Instant::now();
    let mut app = App::new(Catalog::new(), false);
    update(&mut app, Action::Resize(200, 50));
    let mut stages = Milestones::default();
    let (stats, index_ms, warmth) = load(&mut app, source, opts, store, &mut stages);
    let loaded = Instant::now();
    // Saving the built catalog into the store is part of a cold launch.
    let saved = Instant::now();
    if let Some(ticket) = app.catalog_ticket.take() {
        if let Err(e) = crate::store::save_catalog(&ticket, &app.catalog) {
            eprintln!("dvtui: {e}");
        }
    }
    let save_ms = saved.elapsed().as_secs_f64() * 1e3;
    let total = started.elapsed().as_secs_f64() * 1e3;
    let since_start = |t: Instant| t.duration_since(started).as_secs_f64() * 1e3;
    let searchable_ms = since_start(stages.searchable.or(stages.done).unwrap_or(loaded));
    let current_ms = since_start(
        stages
            .current
            .or(stages.searchable)
            .or(stages.done)
            .unwrap_or(loaded),
    );
    let remade_ms = stages.remade.map(since_start);
    let (reports, officials) = (app.catalog.reports().len(), app.catalog.officials().len());
    let mut terminal = Terminal::new(TestBackend::new(200, 50))?;
    let mut renders = Vec::new();
    let by_view = View::ALL.map(|view| {
        while app.view != view {
            update(&mut app, Action::Command(Command::NextView));
        }
        let mut keys = Vec::new();
        for _ in 0..rounds {
            keys.extend(type_query(&mut app, &mut terminal, query, &mut renders));
        }
        let spread = Spread::of(keys.iter().map(|k| k.ms).collect());
        (spread, slowest(keys))
    });
    let [(reports_ms, reports_slowest), (officials_ms, officials_slowest), (positions_ms, positions_slowest)] =
        by_view;
    let sort_ms = Spread::of(
        (0..4 * rounds)
            .map(|_| {
                let t = Instant::now();
                update(&mut app, Action::Command(Command::CycleSort));
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    );
    let render = Spread::of(renders);
    let report = BenchReport {
        reports,
        officials,
        load_ms: LoadMs {
            total,
            read: stats.read_ms,
            parse: stats.parse_ms,
            index: index_ms,
            save: save_ms,
            searchable: searchable_ms,
            current: current_ms,
            remade: remade_ms,
        },
        keystroke_ms: KeystrokeMs {
            reports: reports_ms,
            officials: officials_ms,
            positions: positions_ms,
            slowest: Slowest {
                reports: reports_slowest,
                officials: officials_slowest,
                positions: positions_slowest,
            },
        },
        sort_ms,
        render_ms: RenderMs {
            p50: render.p50,
            p99: render.p99,
        },
        peak_rss_mb: peak_rss_mb(),
        store: match warmth {
            None => "none",
            Some((Warmth::Cold, _)) => "cold",
            Some((Warmth::Warm, _)) => "warm",
        },
        reparsed: warmth.map(|(_, n)| n),
        saved_catalog: stages.searchable.is_some(),
    };
    if json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print_table(&report);
    }
    Ok(0)
}

/// Loads as the app does: loader threads stream batches, and this thread
/// hands each event to `update`, which indexes the reports and re-applies
/// the filters; through `store` when given, as the app does. Returns the
/// load's figures, the time spent in `update`, and how warm the store was
/// with how many files were parsed.
fn load(
    app: &mut App,
    source: &Source,
    opts: &LoadOptions,
    store: Option<Store>,
    stages: &mut Milestones,
) -> (LoadStats, f64, Option<(Warmth, usize)>) {
    let (tx, rx) = mpsc::channel();
    let mut stats = LoadStats::default();
    let mut index_ms = 0.0;
    let warmth = std::thread::scope(|s| {
        let loader = s.spawn(move || {
            let tx = std::sync::Mutex::new(tx);
            let sink = |ev| {
                if let Ok(tx) = tx.lock() {
                    let _ = tx.send(ev);
                }
            };
            let Some(store) = store else {
                stream(source, opts, &sink);
                return None;
            };
            let paths = match source {
                Source::Paths(p) => p.clone(),
                Source::Bundled => Vec::new(),
            };
            let sync = SyncOptions {
                emit_stored: true,
                whole_catalog: true,
                write_behind: true,
            };
            let outcome = crate::store::stream(store, &paths, opts, &sync, &sink);
            Some((outcome.warmth, outcome.reparsed))
        });
        for ev in rx {
            match &ev {
                LoadEvent::Done(s) => stats = s.clone(),
                // A saved catalog is searchable once applied; an empty one
                // means the files changed and it is built again.
                LoadEvent::Catalog(c) if c.reports().is_empty() => stages.searchable = None,
                _ => {}
            }
            let whole = matches!(&ev, LoadEvent::Catalog(c) if !c.reports().is_empty());
            let batch = matches!(&ev, LoadEvent::Reports(_) | LoadEvent::Stale(_));
            let remade = matches!(&ev, LoadEvent::Remade(_));
            let done = matches!(&ev, LoadEvent::Done(_));
            let t = Instant::now();
            update(app, Action::from(ev));
            index_ms += t.elapsed().as_secs_f64() * 1e3;
            let now = Some(Instant::now());
            if whole {
                stages.searchable = now;
            } else if batch && stages.searchable.is_some() && stages.remade.is_none() {
                stages.current = now;
            } else if remade {
                stages.remade = now;
            } else if done {
                stages.done = now;
            }
        }
        loader.join().ok().flatten()
    });
    (stats, index_ms, warmth)
}

/// Types `query` one key at a time, then deletes it with Backspace, timing
/// each keystroke from key to drawn frame (filter, sort and render), and
/// collecting the render part alone in `renders`.
fn type_query(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    query: &str,
    renders: &mut Vec<f64>,
) -> Vec<Keystroke> {
    let keys = query
        .chars()
        .map(KeyCode::Char)
        .chain(query.chars().map(|_| KeyCode::Backspace));
    keys.map(|code| {
        let t = Instant::now();
        update(app, Action::Input(KeyEvent::new(code, KeyModifiers::NONE)));
        let r = Instant::now();
        let _ = terminal.draw(|f| crate::ui::render(app, f));
        renders.push(r.elapsed().as_secs_f64() * 1e3);
        Keystroke {
            ms: t.elapsed().as_secs_f64() * 1e3,
            text: app.filter_text().to_string(),
        }
    })
    .collect()
}

/// Peak resident set size of this process (`VmHWM`), in MB; 0 where unknown.
fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn print_table(r: &BenchReport) {
    println!("reports   {}", r.reports);
    println!("officials {}", r.officials);
    let l = &r.load_ms;
    println!(
        "load      {:.0} ms total (read {:.0}, parse {:.0} cpu-ms; index {:.0} ms), searchable after {:.0} ms",
        l.total, l.read, l.parse, l.index, l.searchable
    );
    if l.current > l.searchable {
        println!(
            "          files changed since: shown after {:.0} ms",
            l.current
        );
    }
    if let Some(remade) = l.remade {
        println!("          catalog made again after {remade:.0} ms");
    }
    let k = &r.keystroke_ms;
    for (view, s, slow) in [
        ("reports", &k.reports, &k.slowest.reports),
        ("officials", &k.officials, &k.slowest.officials),
        ("positions", &k.positions, &k.slowest.positions),
    ] {
        let slow: Vec<String> = slow
            .iter()
            .map(|k| format!("{:?} {:.1}", k.text, k.ms))
            .collect();
        println!(
            "keystroke {view:<9} p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms  (slowest: {})",
            s.p50,
            s.p99,
            s.max,
            slow.join(", ")
        );
    }
    let s = &r.sort_ms;
    println!(
        "sort      p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
        s.p50, s.p99, s.max
    );
    println!(
        "render    p50 {:.2} ms  p99 {:.2} ms",
        r.render_ms.p50, r.render_ms.p99
    );
    println!("peak RSS  {:.0} MB", r.peak_rss_mb);
    println!("store     {}", r.store);
}
