//! dvtui: browse reports on công tác dân vận — who met, who chaired, who
//! attended with which titles, and where else each person appears.
//!
//! Dependencies point one way: `ui → app → search → catalog → model ← parse ← load`.

pub mod app;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod effects;
pub mod history;
pub mod load;
pub mod memo;
pub mod memory;
pub mod model;
pub mod parse;
pub mod search;
pub mod store;
pub mod text;
pub mod tui;
pub mod ui;
pub mod units;
pub mod watch;

use load::{LoadOptions, Source};

/// Opens the interactive app on `source` with the settings of `config`.
/// Returns the process exit code.
/// # Errors
/// When the signal handlers cannot be registered or the terminal cannot be
/// drawn to.
pub fn run(source: &Source, opts: &LoadOptions, config: &config::Config) -> anyhow::Result<i32> {
    run_with_store(source, opts, config, None)
}

/// Opens the interactive app on `source`, through `store` when given (see
/// `store::stream`). Returns the process exit code.
/// # Errors
/// As `run`.
pub fn run_with_store(
    source: &Source,
    opts: &LoadOptions,
    config: &config::Config,
    store: Option<store::Store>,
) -> anyhow::Result<i32> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        eprintln!(
            "dvtui: standard output is not a terminal; for JSON use `dvtui export [PATH...]`"
        );
        return Ok(2);
    }
    let mut app = app::App::new(search::Catalog::new(), config::colour_allowed());
    config.apply(&mut app);
    app.source_label = source.label();
    let history_dir = history::folder();
    if let Some(dir) = &history_dir {
        history::load(&mut app, dir);
    }
    let (tx, rx) = std::sync::mpsc::channel();
    tui::spawn_signals(tx.clone())?;
    tui::spawn_loader(tx.clone(), source.clone(), opts.clone(), store);
    let mut terminal = tui::enter();
    let tx_save = tx.clone();
    let input = tui::spawn_input(tx);
    let result = event_loop(&mut app, &mut terminal, &rx, &input, &tx_save);
    tui::leave();
    if let Some(dir) = &history_dir {
        if let Err(e) = history::save(&app, dir) {
            eprintln!(
                "dvtui: cannot keep the query history in {}: {e}",
                dir.display()
            );
        }
    }
    let code = app.exit_code;
    // The process ends next: freeing 100,000 reports one by one would only
    // keep the shell waiting.
    std::mem::forget(app);
    result.map(|()| code)
}

/// Blocks on events, applies everything queued, then draws once if anything changed.
fn event_loop(
    app: &mut app::App,
    terminal: &mut ratatui::DefaultTerminal,
    rx: &std::sync::mpsc::Receiver<tui::Event>,
    input: &tui::InputControl,
    tx: &std::sync::mpsc::Sender<tui::Event>,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    app::update(app, app::Action::Resize(size.width, size.height));
    loop {
        // A measurement that moves the text asks for one more drawing.
        for _ in 0..2 {
            if !app.dirty {
                break;
            }
            let mut measure = ui::Measure::default();
            terminal.draw(|f| measure = ui::render_measured(app, f))?;
            app.dirty = false;
            app::update(
                app,
                app::Action::Measured {
                    detail_lines: measure.detail_lines,
                },
            );
        }
        let Ok(first) = rx.recv() else { return Ok(()) };
        for ev in std::iter::once(first).chain(rx.try_iter()) {
            let Some(action) = to_action(app, ev) else {
                continue;
            };
            if let Some(effect) = app::update(app, action) {
                let message = effects::run_effect(effect, terminal, input);
                app::update(app, app::Action::Done(message));
            }
        }
        if app.should_quit {
            return Ok(());
        }
        if app.progress.done.is_some() {
            save_catalog(app, tx);
        }
    }
}

/// Saves the loaded catalog into the store when the load offered it:
/// encoded here (on all cores, a fraction of a second), written by a
/// thread of its own; a failure comes back as a warning.
fn save_catalog(app: &mut app::App, tx: &std::sync::mpsc::Sender<tui::Event>) {
    let Some(ticket) = app.catalog_ticket.take() else {
        return;
    };
    let Some(encoded) = store::encode(&ticket, &app.catalog) else {
        return;
    };
    let tx = tx.clone();
    std::thread::spawn(move || {
        if let Err(e) = store::save(&encoded) {
            let _ = tx.send(tui::Event::Load(load::LoadEvent::Warning(
                model::LoadWarning {
                    file: ticket.store_path().display().to_string(),
                    reason: format!("the loaded catalog is not kept for the next launch: {e}"),
                    skipped: false,
                },
            )));
        }
    });
}

/// Translates one event into an action (keys through the keymap).
pub fn to_action(app: &app::App, ev: tui::Event) -> Option<app::Action> {
    use app::Action;
    use ratatui::crossterm::event::{Event as Ct, KeyEventKind, MouseEventKind};
    match ev {
        tui::Event::Terminate(code) => Some(Action::Exit(code)),
        tui::Event::Input(Ct::Paste(text)) => Some(Action::Paste(text)),
        tui::Event::Input(Ct::Key(k)) if k.kind == KeyEventKind::Press => {
            app::key_to_action(app, k)
        }
        tui::Event::Input(Ct::Resize(w, h)) => Some(Action::Resize(w, h)),
        tui::Event::Input(Ct::Mouse(m)) => {
            let detail = ui::is_detail_at(app, m.column, m.row);
            match m.kind {
                MouseEventKind::ScrollDown => Some(Action::Scroll { detail, delta: 3 }),
                MouseEventKind::ScrollUp => Some(Action::Scroll { detail, delta: -3 }),
                MouseEventKind::Down(_) => match ui::tab_at(app, m.column, m.row) {
                    Some(view) => Some(Action::ClickTab(view)),
                    None if !detail => ui::list_row_at(app, m.row).map(Action::ClickRow),
                    None => None,
                },
                _ => None,
            }
        }
        tui::Event::Input(_) => None,
        tui::Event::Load(ev) => Some(Action::from(ev)),
        tui::Event::Live(ev) => Some(Action::from(ev)),
    }
}
