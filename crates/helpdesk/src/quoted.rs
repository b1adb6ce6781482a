//! Quoted history in a message body: earlier mail that the sender's client quoted below (or above)
//! what they wrote now. In text it is a run of `>` lines, with the `On ... wrote:` line before it;
//! HTML mail comes here as text too (`html::to_text` turns a `blockquote` into `> ` lines), so one
//! rule serves both. The conversation and `tix show` fold such a block to one line.

use std::borrow::Cow;

/// A quoted block: the lines `start..end` of the body (0-based, end excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
}

impl Block {
    pub fn lines(&self) -> usize {
        self.end - self.start
    }
}

fn is_quote(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

/// The line a mail client puts before what it quotes ("On Tue, 1 Dec 2026, Ana <ana@x> wrote:"),
/// in the languages support mail most often comes in.
fn is_attribution(line: &str) -> bool {
    let l = line.trim();
    [
        "wrote:",
        "schrieb:",
        "a écrit :",
        "a écrit:",
        "escribió:",
        "scritto:",
    ]
    .iter()
    .any(|end| l.ends_with(end))
}

fn starts_attribution(line: &str) -> bool {
    let l = line.trim_start();
    ["On ", "Am ", "Le ", "El ", "Il "]
        .iter()
        .any(|s| l.starts_with(s))
}

/// Whether any line starts with `>`: looked for without splitting the body into lines, since
/// most bodies quote nothing and some are 10 MB.
fn quotes_any(body: &str) -> bool {
    body.match_indices('>').any(|(i, _)| {
        matches!(
            body[..i].bytes().rev().find(|&b| b != b' ' && b != b'\t'),
            None | Some(b'\n')
        )
    })
}

/// The quoted blocks of a body, in order.
pub fn blocks(body: &str) -> Vec<Block> {
    if !quotes_any(body) {
        return vec![];
    }
    let lines: Vec<&str> = body.split('\n').collect();
    let mut out = vec![];
    let mut i = 0;
    while i < lines.len() {
        if !is_quote(lines[i]) {
            i += 1;
            continue;
        }
        // The run: quote lines, and blank lines between two of them.
        let mut end = i + 1;
        let mut j = end;
        while j < lines.len() {
            if is_quote(lines[j]) {
                j += 1;
                end = j;
            } else if lines[j].trim().is_empty() {
                j += 1;
            } else {
                break;
            }
        }
        // The attribution before it (blank lines may stand between), on one line or wrapped on two.
        let mut start = i;
        let mut k = i;
        while k > 0 && lines[k - 1].trim().is_empty() {
            k -= 1;
        }
        let floor = out.last().map_or(0, |b: &Block| b.end);
        if k > floor && is_attribution(lines[k - 1]) {
            start = k - 1;
            if !starts_attribution(lines[start])
                && start > floor
                && starts_attribution(lines[start - 1])
            {
                start -= 1;
            }
        }
        out.push(Block { start, end });
        i = end;
    }
    out
}

/// The body with each quoted block replaced by the line `marker(lines)`, and where each marker line
/// starts (byte offsets in the result). The body itself when it quotes nothing.
pub fn fold(body: &str, marker: impl Fn(usize) -> String) -> (Cow<'_, str>, Vec<usize>) {
    let blocks = blocks(body);
    if blocks.is_empty() {
        return (Cow::Borrowed(body), vec![]);
    }
    let mut out = String::with_capacity(body.len());
    let mut at = vec![];
    let mut next = blocks.iter().peekable();
    for (n, line) in body.split('\n').enumerate() {
        if let Some(b) = next.peek()
            && n >= b.start
        {
            if n == b.start {
                if n > 0 {
                    out.push('\n');
                }
                at.push(out.len());
                out.push_str(&marker(b.lines()));
            }
            if n + 1 == b.end {
                next.next();
            }
            continue;
        }
        if n > 0 {
            out.push('\n');
        }
        out.push_str(line);
    }
    (Cow::Owned(out), at)
}

/// "1 quoted line", "14 quoted lines".
pub fn count(lines: usize) -> String {
    let s = if lines == 1 { "" } else { "s" };
    format!("{lines} quoted line{s}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(body: &str) -> String {
        fold(body, |n| format!("▸ {}", count(n))).0.into_owned()
    }

    #[test]
    fn a_reply_above_its_quoted_history() {
        let body = "Still broken, see below.\n\nOn Tue, 1 Dec 2026 at 09:12, Ana Lima <ana@example.com> wrote:\n> The export fails.\n>\n> Ana\n";
        assert_eq!(
            blocks(body),
            vec![Block { start: 2, end: 6 }],
            "the attribution and three quoted lines"
        );
        assert_eq!(
            folded(body),
            "Still broken, see below.\n\n▸ 4 quoted lines\n"
        );
    }

    #[test]
    fn interleaved_answers_and_wrapped_attributions() {
        let body = "On Mon, 30 Nov 2026 at 17:40, Support Team\n<support@acme.test> wrote:\n> Which version?\n\n3.2\n\n> And the OS?\n> \n> Thanks\n\nmacOS 15";
        assert_eq!(
            blocks(body),
            vec![Block { start: 0, end: 3 }, Block { start: 6, end: 9 }]
        );
        assert_eq!(
            folded(body),
            "▸ 3 quoted lines\n\n3.2\n\n▸ 3 quoted lines\n\nmacOS 15"
        );
    }

    #[test]
    fn nothing_quoted_is_the_body_itself() {
        let body = "Hi,\nthe invoice is wrong.\nI wrote: twice";
        assert!(blocks(body).is_empty());
        assert!(matches!(fold(body, |_| unreachable!()).0, Cow::Borrowed(_)));
        // A line that looks like an attribution is only one before a quote.
        assert_eq!(
            folded("On Monday I wrote:\nnothing quoted"),
            "On Monday I wrote:\nnothing quoted"
        );
        assert_eq!(folded("> one"), "▸ 1 quoted line");
        assert_eq!(folded("a -> b\n  > c"), "a -> b\n▸ 1 quoted line");
        assert!(blocks("a -> b\nx >= y").is_empty());
    }

    #[test]
    fn marker_offsets_point_at_the_markers() {
        let (text, at) = fold("a\n> b\nc\n> d\n> e", |n| format!("[{n}]"));
        assert_eq!(text, "a\n[1]\nc\n[2]");
        assert_eq!(at, vec![2, 8]);
        for a in at {
            assert!(text[a..].starts_with('['));
        }
    }
}
