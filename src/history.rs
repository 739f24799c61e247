//! Each view's query history on disk, in the XDG state folder
//! (`$XDG_STATE_HOME/dvtui`, else `~/.local/state/dvtui`), one query a
//! line, so that Ctrl-R finds yesterday's queries. Failing to read or
//! write it never stops the app.

use crate::app::{App, View};
use std::path::{Path, PathBuf};

/// At most this many queries are kept per view.
const KEEP: usize = 500;

/// The folder the history lives in, when one can be named.
pub fn folder() -> Option<PathBuf> {
    let state = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".local/state"))
        })?;
    Some(state.join("dvtui"))
}

fn file(dir: &Path, view: View) -> PathBuf {
    dir.join(format!("history-{}", view.name().to_lowercase()))
}

/// Reads every view's history from `dir` into the app.
pub fn load(app: &mut App, dir: &Path) {
    for v in View::ALL {
        if let Ok(text) = std::fs::read_to_string(file(dir, v)) {
            app.views[v.index()].history = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string)
                .collect();
        }
    }
}

/// Writes every view's history to `dir`, the newest `KEEP` queries.
///
/// # Errors
/// When the folder or a history file cannot be written.
pub fn save(app: &App, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for v in View::ALL {
        let h = &app.state(v).history;
        let mut text = h[h.len().saturating_sub(KEEP)..].join("\n");
        text.push('\n');
        std::fs::write(file(dir, v), text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_survives_a_save_and_a_load() {
        let dir = std::env::temp_dir().join(format!("dvtui-history-{}", std::process::id()));
        let mut app = App::new(crate::search::Catalog::new(), false);
        app.views[1].history = vec!["le tri vu".into(), "p:hoai".into()];
        save(&app, &dir).unwrap();
        let mut again = App::new(crate::search::Catalog::new(), false);
        load(&mut again, &dir);
        assert_eq!(again.views[1].history, ["le tri vu", "p:hoai"]);
        assert!(again.views[0].history.is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
