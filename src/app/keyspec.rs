//! Keys written as text, for the config file: `ctrl-j`, `alt-left`, `f5`,
//! `shift-tab`, `k`. Parsing, the canonical spelling `--print-config`
//! writes, and the label the help shows. No I/O.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

/// A key press as the keymap matches it.
pub type Key = (KeyCode, KeyModifiers);

/// Named keys: (spellings accepted, the key); the first spelling is canonical.
const NAMED: &[(&[&str], KeyCode)] = &[
    (&["up"], KeyCode::Up),
    (&["down"], KeyCode::Down),
    (&["left"], KeyCode::Left),
    (&["right"], KeyCode::Right),
    (&["pgup", "pageup"], KeyCode::PageUp),
    (&["pgdn", "pagedown"], KeyCode::PageDown),
    (&["home"], KeyCode::Home),
    (&["end"], KeyCode::End),
    (&["enter", "return"], KeyCode::Enter),
    (&["tab"], KeyCode::Tab),
    (&["backtab"], KeyCode::BackTab),
    (&["esc", "escape"], KeyCode::Esc),
    (&["backspace", "bs"], KeyCode::Backspace),
    (&["delete", "del"], KeyCode::Delete),
    (&["insert", "ins"], KeyCode::Insert),
    (&["space"], KeyCode::Char(' ')),
];

/// What a key spec looks like, for error messages.
pub const KEY_SPEC_HELP: &str = "a key is a character or up, down, left, right, pgup, pgdn, home, \
end, enter, tab, esc, backspace, delete, insert, space or f1–f12, after any of ctrl-, alt-, shift- \
(e.g. \"ctrl-j\", \"alt-left\", \"f5\")";

/// Reads a key spec such as `ctrl-j`.
/// # Errors
/// When a modifier or the key is not one dvtui knows; the message says what is.
pub fn parse_key(spec: &str) -> Result<Key, String> {
    let bad = || format!("{spec:?} is not a key: {KEY_SPEC_HELP}");
    let s = spec.trim();
    // A trailing `-` after a modifier is the minus key itself (`alt--`).
    let (mods_part, key_part) = match s.strip_suffix("--") {
        Some(head) => (head, "-"),
        None if s == "-" => ("", s),
        None => s.rsplit_once('-').unwrap_or(("", s)),
    };
    let mut mods = KeyModifiers::NONE;
    for m in mods_part.split('-').filter(|m| !m.is_empty()) {
        mods |= match m.to_ascii_lowercase().as_str() {
            "ctrl" | "control" => KeyModifiers::CONTROL,
            "alt" | "meta" => KeyModifiers::ALT,
            "shift" => KeyModifiers::SHIFT,
            _ => return Err(bad()),
        };
    }
    let lower = key_part.to_ascii_lowercase();
    let mut code = if let Some((_, code)) = NAMED.iter().find(|(names, _)| names.contains(&&*lower))
    {
        *code
    } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        if !(1..=12).contains(&n) {
            return Err(bad());
        }
        KeyCode::F(n)
    } else {
        let mut chars = key_part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => KeyCode::Char(c),
            _ => return Err(bad()),
        }
    };
    // Terminals report Ctrl and Alt letters in lower case.
    if let KeyCode::Char(c) = code {
        if mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) {
            code = KeyCode::Char(c.to_ascii_lowercase());
        }
    }
    if code == KeyCode::Tab && mods.contains(KeyModifiers::SHIFT) {
        code = KeyCode::BackTab;
    }
    if code == KeyCode::BackTab {
        mods |= KeyModifiers::SHIFT;
    }
    Ok((code, mods))
}

/// The canonical spec of a key, which `parse_key` reads back.
pub fn key_spec((code, mods): Key) -> String {
    let mut out = String::new();
    for (m, name) in [
        (KeyModifiers::CONTROL, "ctrl-"),
        (KeyModifiers::ALT, "alt-"),
        (KeyModifiers::SHIFT, "shift-"),
    ] {
        // Shift-Tab is its own key; a shifted letter is the capital.
        let implied =
            m == KeyModifiers::SHIFT && matches!(code, KeyCode::BackTab | KeyCode::Char(_));
        if mods.contains(m) && !implied {
            out.push_str(name);
        }
    }
    match code {
        KeyCode::BackTab => out.push_str("shift-tab"),
        KeyCode::F(n) => out.push_str(&format!("f{n}")),
        KeyCode::Char(c) if c != ' ' => out.push(c),
        _ => match NAMED.iter().find(|(_, k)| *k == code) {
            Some((names, _)) => out.push_str(names[0]),
            None => out.push('?'),
        },
    }
    out
}

/// How the help writes a key: `Ctrl-J`, `Alt-←`, `F5`, `k`.
pub fn key_label((code, mods): Key) -> String {
    let mut out = String::new();
    if mods.contains(KeyModifiers::CONTROL) {
        out.push_str("Ctrl-");
    }
    if mods.contains(KeyModifiers::ALT) {
        out.push_str("Alt-");
    }
    let key = match code {
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) if mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
            c.to_uppercase().to_string()
        }
        KeyCode::Char(c) => c.to_string(),
        other => {
            let spec = key_spec((other, KeyModifiers::NONE));
            let mut cs = spec.chars();
            cs.next()
                .map(|f| f.to_uppercase().chain(cs).collect())
                .unwrap_or_default()
        }
    };
    out.push_str(&key);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_read_modifiers_names_and_characters() {
        assert_eq!(
            parse_key("ctrl-j"),
            Ok((KeyCode::Char('j'), KeyModifiers::CONTROL))
        );
        assert_eq!(
            parse_key("Ctrl-J"),
            Ok((KeyCode::Char('j'), KeyModifiers::CONTROL))
        );
        assert_eq!(
            parse_key("alt-left"),
            Ok((KeyCode::Left, KeyModifiers::ALT))
        );
        assert_eq!(parse_key("f5"), Ok((KeyCode::F(5), KeyModifiers::NONE)));
        assert_eq!(parse_key("G"), Ok((KeyCode::Char('G'), KeyModifiers::NONE)));
        assert_eq!(parse_key("-"), Ok((KeyCode::Char('-'), KeyModifiers::NONE)));
        assert_eq!(
            parse_key("alt--"),
            Ok((KeyCode::Char('-'), KeyModifiers::ALT))
        );
        assert_eq!(
            parse_key("shift-tab"),
            Ok((KeyCode::BackTab, KeyModifiers::SHIFT))
        );
        for bad in ["ctrl-", "hyper-j", "f13", "jk", "", "ctrl-foo"] {
            assert!(parse_key(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn the_canonical_spec_reads_back_as_the_same_key() {
        for spec in [
            "ctrl-j",
            "alt-left",
            "f5",
            "G",
            "k",
            "shift-tab",
            "pgdn",
            "space",
            "alt--",
            "esc",
            "ctrl-alt-x",
            "?",
        ] {
            let key = parse_key(spec).unwrap();
            assert_eq!(parse_key(&key_spec(key)), Ok(key), "{spec}");
        }
        assert_eq!(
            key_spec(parse_key("control-PageDown").unwrap()),
            "ctrl-pgdn"
        );
    }

    #[test]
    fn labels_are_written_as_the_help_writes_them() {
        assert_eq!(key_label(parse_key("ctrl-j").unwrap()), "Ctrl-J");
        assert_eq!(key_label(parse_key("alt-left").unwrap()), "Alt-←");
        assert_eq!(key_label(parse_key("backspace").unwrap()), "Backspace");
        assert_eq!(key_label(parse_key("shift-tab").unwrap()), "Shift-Tab");
        assert_eq!(key_label(parse_key("g").unwrap()), "g");
    }
}
