//! Small text helpers for the RT adapter: TicketSQL string quoting, URL path segments, and a crude
//! HTML → plain-text rendering for message bodies that only came as HTML.

/// A TicketSQL string literal: single quotes, with `\` and `'` escaped by a backslash (RT's parser
/// unescapes `\x` to `x` inside quoted values, lib/RT/SQL.pm).
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            // A TicketSQL query is one line; control characters have no business in it.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// One URL path segment, percent-encoded (user names are often e-mail addresses; `@` may stay).
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Tags after which the text continues on a new line.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "tr",
    "table",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "dl",
    "dt",
    "dd",
];

/// Renders HTML to plain text, crudely: drops tags, comments, `<script>` and `<style>`; turns block
/// elements, `<br>` and `<li>` into line breaks; collapses whitespace outside `<pre>`; decodes the
/// common entities. Good enough to read a message; not a layout engine.
pub fn html_to_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase(); // same byte offsets as `html`
    let mut out = String::with_capacity(html.len());
    let mut pre = 0usize;
    let mut i = 0usize;
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            i = lower[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        if rest.starts_with('<') {
            let Some(end) = rest.find('>') else {
                out.push_str(rest);
                break;
            };
            let inner = &lower[i + 1..i + end];
            let closing = inner.starts_with('/');
            let name: String = inner
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            i += end + 1;
            if !closing && (name == "script" || name == "style") {
                let close = format!("</{name}");
                i = lower[i..].find(&close).map_or(html.len(), |e| {
                    let after = i + e;
                    lower[after..].find('>').map_or(html.len(), |g| after + g + 1)
                });
                continue;
            }
            match name.as_str() {
                "br" => out.push('\n'),
                "li" if !closing => {
                    newline(&mut out);
                    out.push_str("- ");
                }
                "td" | "th" if closing => out.push(' '),
                "pre" => {
                    newline(&mut out);
                    pre = if closing { pre.saturating_sub(1) } else { pre + 1 };
                }
                n if BLOCK_TAGS.contains(&n) => {
                    newline(&mut out);
                    if matches!(n, "p" | "blockquote" | "table") && closing {
                        out.push('\n');
                    }
                }
                _ => {}
            }
            continue;
        }
        if rest.starts_with('&') {
            if let Some((decoded, used)) = entity(rest) {
                out.push(decoded);
                i += used;
                continue;
            }
        }
        let Some(c) = rest.chars().next() else { break };
        i += c.len_utf8();
        if pre == 0 && c.is_whitespace() {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    tidy(&out)
}

fn newline(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Trailing spaces off every line, at most one blank line in a row, no blank lines at either end.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

/// `&amp;`, `&#39;`, `&#x27;`, ... at the start of `s`: the character and the bytes used.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.get(..12).unwrap_or(s).find(';')?;
    let name = &s[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "copy" => '©',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control() || *c == '\n' || *c == '\t')?
        }
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_quotes_and_backslashes() {
        assert_eq!(quote("it's"), r"'it\'s'");
        assert_eq!(quote(r"a\b"), r"'a\\b'");
        assert_eq!(quote("x\ny"), "'x y'");
    }

    #[test]
    fn segments_are_encoded() {
        assert_eq!(segment("alice@example.com"), "alice@example.com");
        assert_eq!(segment("a b/c"), "a%20b%2Fc");
    }

    #[test]
    fn html_becomes_text() {
        let html = "<html><head><style>p{color:red}</style></head><body>\
            <p>Hello&nbsp;<b>Alice</b>,</p><p>line one<br>line two</p>\
            <ul><li>a &amp; b</li><li>&#8364;5 &#x27;ok&#x27;</li></ul>\
            <!-- hidden --><script>alert(1)</script>bye</body></html>";
        assert_eq!(
            html_to_text(html),
            "Hello Alice,\n\nline one\nline two\n\n- a & b\n- €5 'ok'\nbye"
        );
        let rt = "<pre style=\"white-space: pre-wrap;\">one\n  two</pre>\n";
        assert_eq!(html_to_text(rt), "one\n  two");
        assert_eq!(html_to_text("a < b &bogus; c"), "a < b &bogus; c");
    }
}
