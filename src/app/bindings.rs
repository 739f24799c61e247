//! The keymap in force: the default table with the config file's
//! rebindings applied. Still one table, so dispatch, hints and help agree.

use super::keymap::{Binding, When, KEYMAP};
use super::keyspec::{key_label, Key};
use super::Command;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use std::borrow::Cow;

/// The bindings dvtui dispatches on, in help order.
#[derive(Clone, Debug)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: KEYMAP.to_vec(),
        }
    }
}

impl Keymap {
    /// Every binding, in help order.
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The keys bound to `command`.
    pub fn keys_of(&self, command: Command) -> impl Iterator<Item = Key> + '_ {
        self.bindings
            .iter()
            .filter(move |b| b.command == command)
            .map(|b| (b.code, b.mods))
    }

    /// Makes `keys` the only keys of `command`, taking each away from
    /// whatever command had it; no keys unbinds the command.
    pub fn rebind(&mut self, command: Command, keys: &[Key]) {
        let at = self
            .bindings
            .iter()
            .position(|b| b.command == command)
            .unwrap_or(self.bindings.len());
        let new: Vec<Binding> = keys.iter().map(|&k| binding_for(command, k)).collect();
        let before = self.bindings[..at]
            .iter()
            .filter(|b| b.command != command && !new.iter().any(|n| same_key(n, b)))
            .count();
        self.bindings
            .retain(|b| b.command != command && !new.iter().any(|n| same_key(n, b)));
        self.bindings.splice(before..before, new);
    }
}

/// Whether two bindings are for the same key press (Shift is in the key).
fn same_key(a: &Binding, b: &Binding) -> bool {
    a.code == b.code && (a.mods - KeyModifiers::SHIFT) == (b.mods - KeyModifiers::SHIFT)
}

/// The binding of `key` to `command`: the default one when there is one,
/// else a new one with the command's help.
fn binding_for(command: Command, key: Key) -> Binding {
    if let Some(b) = KEYMAP
        .iter()
        .find(|b| b.command == command && (b.code, b.mods) == key)
    {
        return b.clone();
    }
    let help = KEYMAP
        .iter()
        .find(|b| b.command == command)
        .map_or("", |b| b.help);
    Binding {
        code: key.0,
        mods: key.1,
        when: when_for(key),
        command,
        label: Cow::Owned(key_label(key)),
        help,
    }
}

/// When a key given in the config applies: keys that type or edit the
/// filter keep doing so while there is something to type into.
fn when_for((code, mods): Key) -> When {
    if mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) {
        return When::Always;
    }
    match code {
        KeyCode::Char(_) => When::DetailFocus,
        KeyCode::Backspace
        | KeyCode::Delete
        | KeyCode::Home
        | KeyCode::End
        | KeyCode::Left
        | KeyCode::Right => When::FilterEmpty,
        _ => When::Always,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keyspec::parse_key;

    #[test]
    fn a_rebound_command_has_only_its_new_keys_and_they_leave_other_commands() {
        let mut k = Keymap::default();
        let ctrl_n = parse_key("ctrl-n").unwrap();
        k.rebind(Command::NextView, &[ctrl_n, parse_key("f6").unwrap()]);
        let keys: Vec<Key> = k.keys_of(Command::NextView).collect();
        assert_eq!(keys, vec![ctrl_n, (KeyCode::F(6), KeyModifiers::NONE)]);
        // Ctrl-N was "down": it is gone from there, ↓ stays.
        assert!(!k.keys_of(Command::Down).any(|key| key == ctrl_n));
        assert!(k.keys_of(Command::Down).any(|key| key.0 == KeyCode::Down));
        // Tab no longer switches views.
        assert!(!k.bindings().iter().any(|b| b.code == KeyCode::Tab));
        let new = k
            .bindings()
            .iter()
            .find(|b| b.code == KeyCode::F(6))
            .unwrap();
        assert_eq!(new.label, "F6");
        assert_eq!(
            new.help,
            KEYMAP
                .iter()
                .find(|b| b.command == Command::NextView)
                .unwrap()
                .help
        );
    }

    #[test]
    fn rebinding_keeps_the_help_order_and_default_keys_keep_their_conditions() {
        let mut k = Keymap::default();
        let order = |k: &Keymap| {
            let mut seen: Vec<Command> = Vec::new();
            for b in k.bindings() {
                if !seen.contains(&b.command) {
                    seen.push(b.command);
                }
            }
            seen
        };
        let before = order(&k);
        k.rebind(
            Command::Up,
            &[parse_key("k").unwrap(), parse_key("ctrl-p").unwrap()],
        );
        assert_eq!(order(&k), before);
        let kb = k
            .bindings()
            .iter()
            .find(|b| b.code == KeyCode::Char('k') && b.mods.is_empty());
        assert_eq!(kb.unwrap().when, When::DetailFocus);
        k.rebind(Command::Help, &[]);
        assert_eq!(k.keys_of(Command::Help).count(), 0);
    }
}
