//! The filter line: readline-style editing and input kept in NFC, so a
//! query typed or pasted in decomposed form matches like a composed one.

use super::Command;
use tui_textarea::{CursorMove, Input, Key, TextArea};
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// Applies an editing command; returns whether the text changed.
pub fn edit(input: &mut TextArea<'static>, c: Command) -> bool {
    match c {
        Command::ClearToStart => input.delete_line_by_head(),
        Command::KillToEnd => input.delete_line_by_end(),
        Command::DeleteWordBack => input.delete_word(),
        Command::DeleteWordForward => input.delete_next_word(),
        Command::WordBack => move_to(input, CursorMove::WordBack),
        Command::WordForward => word_forward(input),
        Command::LineStart => move_to(input, CursorMove::Head),
        Command::LineEnd => move_to(input, CursorMove::End),
        _ => false,
    }
}

/// Moves to the end of the word at or after the cursor, as readline's
/// Alt-F does (the textarea's own move stops at the next word's start).
fn word_forward(input: &mut TextArea<'static>) -> bool {
    let col = input.cursor().1;
    let line: Vec<char> = input
        .lines()
        .first()
        .map_or(Vec::new(), |l| l.chars().collect());
    let mut i = col;
    while i < line.len() && !line[i].is_alphanumeric() {
        i += 1;
    }
    while i < line.len() && line[i].is_alphanumeric() {
        i += 1;
    }
    input.move_cursor(CursorMove::Jump(0, u16::try_from(i).unwrap_or(u16::MAX)));
    false
}

fn move_to(input: &mut TextArea<'static>, m: CursorMove) -> bool {
    input.move_cursor(m);
    false
}

/// Types one key into the line; keys that are not text editing (a newline,
/// the textarea's own shortcuts) are refused. Returns whether the text changed.
pub fn type_key(input: &mut TextArea<'static>, key: Input) -> bool {
    let plain = !key.ctrl && !key.alt;
    let changed = match key.key {
        Key::Char(c) if plain && !c.is_control() => {
            input.insert_char(c);
            true
        }
        Key::Backspace if plain => input.delete_char(),
        Key::Delete if plain => input.delete_next_char(),
        Key::Left | Key::Right | Key::Home | Key::End if !key.alt => {
            let m = match (key.key, key.ctrl) {
                (Key::Left, false) => CursorMove::Back,
                (Key::Left, true) => CursorMove::WordBack,
                (Key::Right, false) => CursorMove::Forward,
                (Key::Right, true) => return word_forward(input),
                (Key::Home, _) => CursorMove::Head,
                _ => CursorMove::End,
            };
            input.move_cursor(m);
            false
        }
        _ => false,
    };
    if changed {
        normalize(input);
    }
    changed
}

/// Inserts pasted text at the cursor as one line of NFC.
pub fn paste(input: &mut TextArea<'static>, text: &str) -> bool {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let changed = input.insert_str(line.trim_end());
    normalize(input);
    changed
}

/// Empties the line.
pub fn clear(input: &mut TextArea<'static>) {
    input.move_cursor(CursorMove::End);
    input.delete_line_by_head();
    input.delete_line_by_end();
}

/// Replaces the line with `text`, the cursor at its end.
pub fn set_text(input: &mut TextArea<'static>, text: &str) {
    clear(input);
    input.insert_str(text);
}

/// Recomposes the line to NFC when a combining mark was typed or pasted,
/// keeping the cursor after the same text.
fn normalize(input: &mut TextArea<'static>) {
    let Some(line) = input.lines().first() else {
        return;
    };
    if is_nfc(line) {
        return;
    }
    let (_, col) = input.cursor();
    let before: String = line.chars().take(col).nfc().collect();
    let after: String = line.chars().skip(col).collect::<String>();
    let whole: String = format!("{before}{after}").nfc().collect();
    let cursor = before.chars().count().min(whole.chars().count());
    set_text(input, &whole);
    input.move_cursor(CursorMove::Jump(
        0,
        u16::try_from(cursor).unwrap_or(u16::MAX),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextArea<'static> {
        let mut t = TextArea::default();
        for c in s.chars() {
            type_key(
                &mut t,
                Input {
                    key: Key::Char(c),
                    ctrl: false,
                    alt: false,
                    shift: false,
                },
            );
        }
        t
    }

    #[test]
    fn decomposed_letters_are_recomposed_as_typed() {
        let nfd: String = "Nguyễn Đỗ".nfd().collect();
        let t = typed(&nfd);
        assert_eq!(t.lines()[0], "Nguyễn Đỗ");
        assert_eq!(t.cursor(), (0, "Nguyễn Đỗ".chars().count()));
    }

    #[test]
    fn readline_keys_edit_the_line() {
        let mut t = typed("le tri vu");
        assert!(edit(&mut t, Command::DeleteWordBack));
        assert_eq!(t.lines()[0], "le tri ");
        edit(&mut t, Command::WordBack);
        assert!(edit(&mut t, Command::ClearToStart));
        assert_eq!(t.lines()[0], "tri ");
        assert!(paste(&mut t, "a\nb"));
        assert_eq!(t.lines()[0], "a btri ");
    }
}
