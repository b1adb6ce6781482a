//! The one gate for untrusted text. Everything a helpdesk sends (subjects, bodies, names, tags, error
//! messages) passes through here before it reaches the model, the screen or the CLI's output, so no
//! stranger can drive the agent's terminal (escape sequences, OSC 52 clipboard writes, OSC 8 links),
//! reorder text (bidi overrides) or hide characters (zero-width) in a name.

/// Multi-line text (message bodies): keeps newlines; tabs become spaces so columns stay predictable.
pub fn text(s: &str) -> String {
    clean(s, false)
}

/// Single-line text (subjects, names, tags): newlines become spaces.
pub fn line(s: &str) -> String {
    clean(s, true)
}

fn clean(s: &str, single_line: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' if !single_line => out.push('\n'),
            '\n' | '\r' if single_line => out.push(' '),
            '\r' => {} // CRLF bodies: the LF carries the line break
            '\t' => out.push_str(if single_line { " " } else { "    " }),
            // C0 controls and ESC: show them as the Unicode control pictures (␛, ␇, ...).
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
            '\u{7f}' => out.push('␡'),
            // C1 controls (CSI, OSC, ST...): no glyph of their own.
            '\u{80}'..='\u{9f}' => out.push('�'),
            // Bidi embeddings, overrides and isolates: neutralised and marked.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => out.push('⁞'),
            // Zero-width and invisible formatting characters: made visible. (ZWJ is kept in bodies:
            // emoji sequences need it.)
            '\u{200b}' | '\u{200c}' | '\u{2060}' | '\u{feff}' | '\u{200e}' | '\u{200f}' => {
                out.push('⸱')
            }
            '\u{200d}' if single_line => out.push('⸱'),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        let hostile = "Hi\x1b]52;c;ZXZpbA==\x07 \x1b[2J\u{9b}31m";
        let clean = line(hostile);
        assert!(!clean.contains('\x1b'));
        assert!(!clean.contains('\x07'));
        assert!(!clean.contains('\u{9b}'));
        assert_eq!(clean, "Hi␛]52;c;ZXZpbA==␇ ␛[2J�31m");
    }

    #[test]
    fn bidi_and_zero_width_are_marked() {
        assert_eq!(line("abc\u{202e}fed"), "abc⁞fed");
        assert_eq!(line("pay\u{200b}pal"), "pay⸱pal");
    }

    #[test]
    fn bodies_keep_lines_subjects_do_not() {
        assert_eq!(text("a\r\nb\tc"), "a\nb    c");
        assert_eq!(line("a\r\nb"), "a  b");
    }

    #[test]
    fn ordinary_text_passes_unchanged() {
        let s = "Bună ziua, Ștefan! Привет 你好 Tere õhtust 👋🏽 👨‍👩‍👧";
        assert_eq!(text(s), s);
    }
}
