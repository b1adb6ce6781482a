//! The line editing of a shell prompt, for every one-line prompt (filter, palette, help search,
//! search, tags, picker filter): move and delete by character, word and line.
//!
//! The cursor is a byte offset into the text. Text can change behind a prompt's back (a filter
//! cleared by Esc), so the cursor is clamped to the text and to a character boundary before use.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed (the caller refilters).
    Changed,
    /// Only the cursor moved.
    Moved,
    /// Not a line-editing key; nothing happened.
    Ignored,
}

/// The cursor as a valid position in `text`.
pub fn clamp(text: &str, cursor: usize) -> usize {
    let mut c = cursor.min(text.len());
    while !text.is_char_boundary(c) {
        c -= 1;
    }
    c
}

/// Applies one key to `text` with its cursor at `*cursor`.
pub fn edit(text: &mut String, cursor: &mut usize, ev: KeyEvent) -> Edit {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let alt = ev.modifiers.contains(KeyModifiers::ALT);
    let at = clamp(text, *cursor);
    let (new_text, new_at): (Option<String>, usize) = match ev.code {
        KeyCode::Char('a') if ctrl => (None, 0),
        KeyCode::Home => (None, 0),
        KeyCode::Char('e') if ctrl => (None, text.len()),
        KeyCode::End => (None, text.len()),
        KeyCode::Char('b') if ctrl => (None, prev_char(text, at)),
        KeyCode::Left if ctrl || alt => (None, word_start(text, at)),
        KeyCode::Left => (None, prev_char(text, at)),
        KeyCode::Char('f') if ctrl => (None, next_char(text, at)),
        KeyCode::Right if ctrl || alt => (None, word_end(text, at)),
        KeyCode::Right => (None, next_char(text, at)),
        KeyCode::Char('b') if alt => (None, word_start(text, at)),
        KeyCode::Char('f') if alt => (None, word_end(text, at)),
        // Ctrl-U: everything before the cursor; Ctrl-K: everything after it.
        KeyCode::Char('u') if ctrl => (Some(text[at..].to_string()), 0),
        KeyCode::Char('k') if ctrl => (Some(text[..at].to_string()), at),
        // Ctrl-W and Alt-Backspace: the word before the cursor and the spaces after it.
        KeyCode::Char('w') if ctrl => cut(text, word_start(text, at), at),
        KeyCode::Backspace if ctrl || alt => cut(text, word_start(text, at), at),
        KeyCode::Char('d') if alt => cut(text, at, word_end(text, at)),
        KeyCode::Backspace => cut(text, prev_char(text, at), at),
        KeyCode::Delete => cut(text, at, next_char(text, at)),
        // Other chords type nothing (Ctrl-U used to type a u).
        KeyCode::Char(_) if ctrl || alt => return Edit::Ignored,
        KeyCode::Char(c) => {
            let mut t = text.clone();
            t.insert(at, c);
            (Some(t), at + c.len_utf8())
        }
        _ => return Edit::Ignored,
    };
    *cursor = new_at;
    match new_text {
        Some(t) if t != *text => {
            *text = t;
            Edit::Changed
        }
        Some(_) => Edit::Moved,
        None => Edit::Moved,
    }
}

fn cut(text: &str, from: usize, to: usize) -> (Option<String>, usize) {
    let mut t = String::with_capacity(text.len());
    t.push_str(&text[..from]);
    t.push_str(&text[to..]);
    (Some(t), from)
}

fn prev_char(text: &str, at: usize) -> usize {
    text[..at].char_indices().last().map_or(0, |(i, _)| i)
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
}

/// The start of the word before the cursor (skipping the spaces right before it).
fn word_start(text: &str, at: usize) -> usize {
    let before = text[..at].trim_end();
    before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The end of the word after the cursor (skipping the spaces right after it).
fn word_end(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let skipped = rest.len() - rest.trim_start().len();
    let word = &rest[skipped..];
    let len = word.find(char::is_whitespace).unwrap_or(word.len());
    at + skipped + len
}

/// The text with a caret drawn at the cursor, for a prompt's line.
pub fn with_caret(text: &str, cursor: usize) -> String {
    let at = clamp(text, cursor);
    format!("{}▏{}", &text[..at], &text[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }
    fn ch(c: char) -> KeyEvent {
        key(KeyCode::Char(c), KeyModifiers::NONE)
    }
    fn ctrl(c: char) -> KeyEvent {
        key(KeyCode::Char(c), KeyModifiers::CONTROL)
    }
    fn alt(c: char) -> KeyEvent {
        key(KeyCode::Char(c), KeyModifiers::ALT)
    }

    fn run(start: &str, cursor: usize, keys: &[KeyEvent]) -> (String, usize) {
        let mut t = start.to_string();
        let mut c = cursor;
        for k in keys {
            edit(&mut t, &mut c, *k);
        }
        (t, c)
    }

    #[test]
    fn ctrl_a_then_typing_inserts_at_the_start() {
        let (t, c) = run("billing", 7, &[ctrl('a'), ch('#'), ch(' ')]);
        assert_eq!((t.as_str(), c), ("# billing", 2));
    }

    #[test]
    fn ctrl_e_goes_back_to_the_end() {
        let (t, _) = run("ab", 2, &[ctrl('a'), ctrl('e'), ch('c')]);
        assert_eq!(t, "abc");
    }

    #[test]
    fn alt_b_and_alt_f_move_by_words() {
        let text = "refund for order 1234";
        let (_, c) = run(text, text.len(), &[alt('b')]);
        assert_eq!(&text[c..], "1234");
        let (_, c) = run(text, text.len(), &[alt('b'), alt('b'), alt('b')]);
        assert_eq!(&text[c..], "for order 1234");
        let (_, c) = run(text, 0, &[alt('f')]);
        assert_eq!(&text[..c], "refund");
        let (_, c) = run(text, 0, &[alt('f'), alt('f')]);
        assert_eq!(&text[..c], "refund for");
    }

    #[test]
    fn ctrl_w_takes_the_word_before_the_cursor_only() {
        let text = "one two three";
        let at = text.find(" three").unwrap();
        let (t, c) = run(text, at, &[ctrl('w')]);
        assert_eq!((t.as_str(), c), ("one  three", 4));
    }

    #[test]
    fn ctrl_u_and_ctrl_k_cut_before_and_after_the_cursor() {
        assert_eq!(run("abc def", 3, &[ctrl('u')]), (" def".to_string(), 0));
        assert_eq!(run("abc def", 3, &[ctrl('k')]), ("abc".to_string(), 3));
    }

    #[test]
    fn cursor_moves_over_whole_characters() {
        // Cyrillic and CJK are several bytes a character: never cut one in half.
        let (t, c) = run(
            "Ольга",
            "Ольга".len(),
            &[key(KeyCode::Left, KeyModifiers::NONE), ch('x')],
        );
        assert_eq!(t, "Ольгxа");
        assert!(t.is_char_boundary(c));
        let (t, _) = run(
            "发票",
            0,
            &[
                key(KeyCode::Right, KeyModifiers::NONE),
                key(KeyCode::Backspace, KeyModifiers::NONE),
            ],
        );
        assert_eq!(t, "票");
    }

    #[test]
    fn a_stale_cursor_is_clamped() {
        // The text was cleared behind the prompt's back.
        let (t, c) = run("", 12, &[ch('a')]);
        assert_eq!((t.as_str(), c), ("a", 1));
    }

    #[test]
    fn the_caret_is_drawn_at_the_cursor() {
        assert_eq!(with_caret("abc", 1), "a▏bc");
        assert_eq!(with_caret("abc", 99), "abc▏");
    }
}
