//! Small text helpers: display width (CJK and emoji are two columns), truncation and word wrap.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cuts `s` to at most `max` columns, ending in "…" when cut. Reads no further than it keeps,
/// so a 10 MB string costs what a short one does.
pub fn truncate(s: &str, max: usize) -> String {
    let mut used = 0;
    // Where the cut version ends: the last character that leaves room for the "…".
    let mut keep = None;
    for (i, c) in s.char_indices() {
        let w = c.width().unwrap_or(0);
        if keep.is_none() && used + w + 1 > max {
            keep = Some(i);
        }
        used += w;
        if used > max {
            let mut out = s[..keep.unwrap_or(i)].to_string();
            if max > 0 {
                out.push('…');
            }
            return out;
        }
    }
    s.to_string()
}

/// Pads or cuts `s` to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut t = truncate(s, cols);
    let w = width(&t);
    t.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    t
}

/// Greedy word wrap by display width. Words wider than a line are broken anywhere, which is also
/// how unspaced CJK text wraps.
pub fn wrap(text: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in para.split_inclusive(' ') {
            let ww = width(word.trim_end());
            if used + ww > cols && used > 0 {
                out.push(line.trim_end().to_string());
                line.clear();
                used = 0;
            }
            if ww > cols {
                for c in word.chars() {
                    let cw = c.width().unwrap_or(0);
                    if used + cw > cols {
                        out.push(std::mem::take(&mut line));
                        used = 0;
                    }
                    line.push(c);
                    used += cw;
                }
            } else {
                line.push_str(word);
                used += width(word);
            }
        }
        out.push(line.trim_end().to_string());
    }
    out
}

/// `wrap` for mail: a quoted line's `> ` marks start each line it wraps to, so quoted history
/// still reads as quoted at any width.
pub fn wrap_quoted(text: &str, cols: usize) -> Vec<String> {
    if !text.contains('>') {
        return wrap(text, cols);
    }
    let mut out = Vec::new();
    for para in text.split('\n') {
        let marks = para.len() - para.trim_start_matches(['>', ' ']).len();
        let (prefix, rest) = para.split_at(marks);
        // Deep quotes in a narrow panel wrap as plain text rather than one word a line.
        if !prefix.starts_with('>') || width(prefix) + 10 > cols {
            out.extend(wrap(para, cols));
            continue;
        }
        out.extend(
            wrap(rest, cols - width(prefix))
                .into_iter()
                .map(|l| format!("{prefix}{l}").trim_end().to_string()),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(width("你好"), 4);
        assert_eq!(truncate("你好世界", 5), "你好…");
        assert_eq!(fit("ab", 4), "ab  ");
    }

    #[test]
    fn wrap_respects_width() {
        let lines = wrap("the quick brown fox jumps", 10);
        assert_eq!(lines, vec!["the quick", "brown fox", "jumps"]);
        for l in wrap("我们已经收到您的请求并将尽快处理", 7) {
            assert!(width(&l) <= 7, "{l}");
        }
        assert_eq!(wrap("a\n\nb", 5), vec!["a", "", "b"]);
    }

    #[test]
    fn quoted_lines_keep_their_marks_when_wrapped() {
        assert_eq!(
            wrap_quoted("said:\n> > the quick brown fox jumps\n>\nok", 14),
            vec![
                "said:",
                "> > the quick",
                "> > brown fox",
                "> > jumps",
                ">",
                "ok"
            ]
        );
        assert_eq!(wrap_quoted("a > b c", 3), wrap("a > b c", 3));
    }
}
