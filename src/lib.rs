//! dvtui: browse reports on công tác dân vận — who met, who chaired, who
//! attended with which titles, and where else each person appears.
//!
//! Dependencies point one way: `ui → app → search → catalog → model ← parse ← load`.

pub mod app;
pub mod catalog;
pub mod cli;
pub mod load;
pub mod model;
pub mod parse;
pub mod search;
pub mod text;
pub mod tui;
pub mod ui;

use load::{LoadOptions, Source};

/// Opens the interactive app on `source`. Returns the process exit code.
pub fn run(source: &Source, opts: &LoadOptions) -> anyhow::Result<i32> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        eprintln!(
            "dvtui: standard output is not a terminal; for JSON use `dvtui export [PATH...]`"
        );
        return Ok(2);
    }
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut app = app::App::new(search::Catalog::new(), color);
    let (tx, rx) = std::sync::mpsc::channel();
    tui::spawn_signals(tx.clone())?;
    tui::spawn_loader(tx.clone(), source.clone(), opts.clone());
    let mut terminal = ratatui::init();
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::EnableMouseCapture
    );
    tui::spawn_input(tx);
    let result = event_loop(&mut app, &mut terminal, &rx);
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::DisableMouseCapture
    );
    ratatui::restore();
    // The process ends next: freeing 100,000 reports one by one would only
    // keep the shell waiting.
    std::mem::forget(app);
    result.map(|()| 0)
}

/// Blocks on events, applies everything queued, then draws once if anything changed.
fn event_loop(
    app: &mut app::App,
    terminal: &mut ratatui::DefaultTerminal,
    rx: &std::sync::mpsc::Receiver<tui::Event>,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    app::update(app, app::Action::Resize(size.width, size.height));
    loop {
        if app.dirty {
            terminal.draw(|f| ui::render(app, f))?;
            app.dirty = false;
        }
        let Ok(first) = rx.recv() else { return Ok(()) };
        for ev in std::iter::once(first).chain(rx.try_iter()) {
            if let Some(action) = to_action(app, ev) {
                app::update(app, action);
            }
        }
        if app.should_quit {
            return Ok(());
        }
    }
}

/// Translates one event into an action (keys through the keymap).
pub fn to_action(app: &app::App, ev: tui::Event) -> Option<app::Action> {
    use app::Action;
    use ratatui::crossterm::event::{Event as Ct, KeyEventKind, MouseEventKind};
    match ev {
        tui::Event::Terminate => Some(Action::Command(app::Command::Quit)),
        tui::Event::Input(Ct::Key(k)) if k.kind == KeyEventKind::Press => {
            app::key_to_action(app, k)
        }
        tui::Event::Input(Ct::Resize(w, h)) => Some(Action::Resize(w, h)),
        tui::Event::Input(Ct::Mouse(m)) => {
            let detail = ui::is_detail_at(app, m.column, m.row);
            match m.kind {
                MouseEventKind::ScrollDown => Some(Action::Scroll { detail, delta: 3 }),
                MouseEventKind::ScrollUp => Some(Action::Scroll { detail, delta: -3 }),
                MouseEventKind::Down(_) if !detail => {
                    ui::list_row_at(app, m.row).map(Action::ClickRow)
                }
                _ => None,
            }
        }
        tui::Event::Input(_) => None,
        tui::Event::Load(ev) => Some(Action::from(ev)),
    }
}
