//! Carrying out the effects `update` asks for: the clipboard (OSC 52),
//! the pager and editor with the terminal handed over, export files and
//! suspending. The only part of the app that writes outside the screen.

use crate::app::Effect;
use crate::tui::{enter, leave, InputControl};
use std::path::Path;

/// Carries out an effect `update` asked for; returns the message for the
/// status line.
pub fn run_effect(
    effect: Effect,
    terminal: &mut ratatui::DefaultTerminal,
    input: &InputControl,
) -> String {
    match effect {
        Effect::Copy { text, what } => copy(&text, &what),
        Effect::Open { path, editor } => {
            if !Path::new(&path).is_file() {
                return format!("{path}: not a file on disk (the sample is built into dvtui)");
            }
            let (var, fallback) = if editor {
                ("EDITOR", "vi")
            } else {
                ("PAGER", "less")
            };
            let program = std::env::var(var)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| fallback.to_string());
            handed_over(terminal, input, || {
                // Through the shell, so that `PAGER="less -R"` works.
                std::process::Command::new("sh")
                    .arg("-c")
                    .arg(format!("{program} \"$1\""))
                    .arg("sh")
                    .arg(&path)
                    .status()
                    .map_or_else(
                        |e| format!("cannot run {program}: {e}"),
                        |st| match st.code() {
                            Some(0) => format!("back from {program}"),
                            _ => format!("{program} ended with {st}"),
                        },
                    )
            })
        }
        Effect::Export {
            stem,
            extension,
            contents,
            rows,
        } => export(&stem, &extension, &contents, rows),
        Effect::Suspend => handed_over(terminal, input, || {
            // Stops here until the shell's `fg`.
            match signal_hook::low_level::raise(signal_hook::consts::SIGTSTP) {
                Ok(()) => "welcome back".to_string(),
                Err(e) => format!("cannot suspend: {e}"),
            }
        }),
    }
}

/// Runs `f` with the terminal handed back to the shell, then takes it again.
fn handed_over(
    terminal: &mut ratatui::DefaultTerminal,
    input: &InputControl,
    f: impl FnOnce() -> String,
) -> String {
    input.pause();
    leave();
    let message = f();
    *terminal = enter();
    let _ = terminal.clear();
    input.resume();
    message
}

/// Sends `text` to the terminal's clipboard with OSC 52 (tmux passes it on
/// with `set-clipboard on`; over ssh it reaches the local terminal).
fn copy(text: &str, what: &str) -> String {
    use std::io::Write;
    let seq = format!("\x1b]52;c;{}\x07", base64(text.as_bytes()));
    let mut out = std::io::stdout();
    match out.write_all(seq.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => format!(
            "copied {what} ({} characters) with OSC 52; a terminal that refuses it shows nothing",
            text.chars().count()
        ),
        Err(e) => format!("cannot copy: {e}"),
    }
}

/// Writes `contents` to the first free name `stem.ext`, `stem-2.ext`, … in
/// the current folder.
fn export(stem: &str, ext: &str, contents: &str, rows: usize) -> String {
    use std::io::Write;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&name);
        match file {
            Ok(mut f) => {
                return match f.write_all(contents.as_bytes()) {
                    Ok(()) => format!("exported {rows} rows to {name}"),
                    Err(e) => format!("cannot write {name}: {e}"),
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return format!("cannot write {name}: {e}"),
        }
    }
    format!("cannot export: {stem}.{ext} and 998 more names are taken")
}

/// Standard base64 with padding, for OSC 52.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_the_standard_examples() {
        for (input, want) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("Hải", "SOG6o2k="),
        ] {
            assert_eq!(base64(input.as_bytes()), want, "{input}");
        }
    }
}
