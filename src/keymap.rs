//! Keys to actions, per context. The default keymap ships in keymaps/default.toml and is compiled in,
//! so the help screen is generated from the same data that drives the keys.

use std::collections::HashMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;

pub const DEFAULT: &str = include_str!("../keymaps/default.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    Queue,
    Conversation,
    Canned,
    Customer,
    Compose,
}

impl Context {
    pub const ALL: [Context; 6] = [
        Context::Global,
        Context::Queue,
        Context::Conversation,
        Context::Canned,
        Context::Customer,
        Context::Compose,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Queue => "queue",
            Context::Conversation => "conversation",
            Context::Canned => "canned",
            Context::Customer => "customer",
            Context::Compose => "compose",
        }
    }
}

/// A key with its modifiers, normalised so that `G` and `shift-g` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn from_event(ev: KeyEvent) -> Key {
        let mut mods = ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match ev.code {
            // Shift is already in the character.
            KeyCode::Char(c) => KeyCode::Char(c),
            KeyCode::BackTab => KeyCode::BackTab,
            other => {
                mods |= ev.modifiers & KeyModifiers::SHIFT;
                other
            }
        };
        Key { code, mods }
    }

    pub fn parse(s: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("shift-") {
                mods |= KeyModifiers::SHIFT;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            f if f.starts_with('f') && f.len() > 1 && f[1..].parse::<u8>().is_ok() => {
                KeyCode::F(f[1..].parse().unwrap_or(1))
            }
            c if c.chars().count() == 1 => {
                let ch = c.chars().next().unwrap_or(' ');
                if mods.contains(KeyModifiers::SHIFT) && ch.is_ascii_alphabetic() {
                    mods -= KeyModifiers::SHIFT;
                    KeyCode::Char(ch.to_ascii_uppercase())
                } else {
                    KeyCode::Char(ch)
                }
            }
            other => return Err(format!("unknown key name {other:?}")),
        };
        if code == KeyCode::Tab && mods == KeyModifiers::SHIFT {
            return Ok(Key {
                code: KeyCode::BackTab,
                mods: KeyModifiers::NONE,
            });
        }
        Ok(Key { code, mods })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("shift-tab"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Delete => f.write_str("delete"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            KeyCode::PageUp => f.write_str("pageup"),
            KeyCode::PageDown => f.write_str("pagedown"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Keymap {
    /// In file order per context, for the help screen.
    bindings: HashMap<Context, Vec<(Key, Action)>>,
}

impl Keymap {
    pub fn default_keymap() -> Keymap {
        // The embedded file is checked by a test; a broken build would show there first.
        Keymap::parse(DEFAULT).unwrap_or_default()
    }

    pub fn parse(text: &str) -> Result<Keymap, String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.message().to_string())?;
        let mut km = Keymap::default();
        for (ctx_name, entries) in table {
            let ctx = Context::ALL
                .into_iter()
                .find(|c| c.name() == ctx_name)
                .ok_or_else(|| format!("unknown context [{ctx_name}]"))?;
            let entries = entries
                .as_table()
                .ok_or_else(|| format!("[{ctx_name}] must be a table"))?;
            let list = km.bindings.entry(ctx).or_default();
            for (key, action) in entries {
                let key = Key::parse(key)?;
                let name = action
                    .as_str()
                    .ok_or_else(|| format!("{key}: the action must be a string"))?;
                let action = Action::from_name(name)
                    .ok_or_else(|| format!("{key}: unknown action {name:?}"))?;
                list.push((key, action));
            }
        }
        Ok(km)
    }

    /// The action for a key in a context; a panel's own binding wins over a global one.
    pub fn lookup(&self, ctx: Context, key: Key) -> Option<Action> {
        let find = |c: Context| {
            self.bindings
                .get(&c)
                .and_then(|l| l.iter().find(|(k, _)| *k == key).map(|(_, a)| *a))
        };
        find(ctx).or_else(|| {
            if ctx == Context::Compose {
                None // the composer takes every other key as text
            } else {
                find(Context::Global)
            }
        })
    }

    pub fn bindings(&self, ctx: Context) -> &[(Key, Action)] {
        self.bindings.get(&ctx).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first key bound to an action (for hints), searching the context then global.
    pub fn key_for(&self, ctx: Context, action: Action) -> Option<Key> {
        [ctx, Context::Global].into_iter().find_map(|c| {
            self.bindings(c)
                .iter()
                .find(|(_, a)| *a == action)
                .map(|(k, _)| *k)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_default_keymap_parses() {
        Keymap::parse(DEFAULT).unwrap();
    }

    #[test]
    fn keys_parse_and_normalise() {
        assert_eq!(Key::parse("G").unwrap(), Key::parse("shift-g").unwrap());
        assert_eq!(
            Key::parse("ctrl-s").unwrap(),
            Key {
                code: KeyCode::Char('s'),
                mods: KeyModifiers::CONTROL
            }
        );
        assert_eq!(Key::parse("shift-tab").unwrap().code, KeyCode::BackTab);
        assert!(Key::parse("hyper-x").is_err());
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(ev), Key::parse("G").unwrap());
    }

    #[test]
    fn panel_bindings_win_and_compose_is_isolated() {
        let km = Keymap::default_keymap();
        let slash = Key::parse("/").unwrap();
        assert_eq!(km.lookup(Context::Queue, slash), Some(Action::Filter));
        assert_eq!(km.lookup(Context::Conversation, slash), None);
        let j = Key::parse("j").unwrap();
        assert_eq!(km.lookup(Context::Conversation, j), Some(Action::Down));
        assert_eq!(km.lookup(Context::Compose, j), None);
        assert_eq!(
            km.lookup(Context::Compose, Key::parse("ctrl-s").unwrap()),
            Some(Action::Send)
        );
    }
}
