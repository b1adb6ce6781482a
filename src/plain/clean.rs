//! The last guard before plain output: helpdesk text has passed the sanitizer already (which
//! turns controls into visible pictures for the panels), and this makes sure no line of plain
//! mode carries any control at all, whatever its source (an error's text, a file name): no C0
//! but the tab, no DEL, no C1, no bidi controls. Speech and braille get letters only.

/// One line as it may be printed: controls dropped or replaced, nothing else changed.
pub fn line(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\t' => Some(c),
            // A stray carriage return would move the braille cursor back over the line.
            '\r' | '\n' => Some(' '),
            '\0'..='\u{1f}' | '\u{7f}' => None,
            '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
            '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_control_survives() {
        let hostile = "a\x1b[31mred\x07\u{9b}2J\u{202e}evil\r\nb\x7f\tc";
        let out = line(hostile);
        assert_eq!(out, "a[31mred\u{fffd}2Jevil  b\tc");
        assert!(
            out.chars()
                .all(|c| c == '\t' || !(c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)))
        );
    }
}
