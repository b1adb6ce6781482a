//! HTML message bodies rendered to plain text: block elements become line breaks, links are shown
//! as text with their target (never opened unless the agent asks), entities are decoded, scripts and
//! styles dropped. Small on purpose: helpdesk HTML is mail-like, and the result still goes through
//! the sanitizer.

/// Whether a body looks like HTML rather than plain text.
pub fn looks_like_html(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with('<')
        && [
            "<p", "<div", "<br", "<html", "<body", "<span", "<a ", "<table", "<ul", "<b>", "<i>",
        ]
        .iter()
        .any(|tag| s.to_ascii_lowercase().contains(tag))
}

fn decode_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" | "#39" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "copy" => '©',
        "euro" => '€',
        n if n.starts_with("#x") || n.starts_with("#X") => {
            return u32::from_str_radix(&n[2..], 16)
                .ok()
                .and_then(char::from_u32);
        }
        n if n.starts_with('#') => return n[1..].parse().ok().and_then(char::from_u32),
        _ => return None,
    })
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let rest = &tag[at..];
    let (quote, body) = match rest.chars().next()? {
        q @ ('"' | '\'') => (Some(q), &rest[1..]),
        _ => (None, rest),
    };
    let end = match quote {
        Some(q) => body.find(q)?,
        None => body
            .find(|c: char| c.is_whitespace() || c == '>')
            .unwrap_or(body.len()),
    };
    Some(decode(&body[..end]))
}

/// Decodes entities in a text run.
fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find(';').filter(|&e| e <= 10) {
            Some(e) => match decode_entity(&after[..e]) {
                Some(c) => {
                    out.push(c);
                    rest = &after[e + 1..];
                }
                None => {
                    out.push('&');
                    rest = after;
                }
            },
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut link: Option<String> = None;
    let mut skip_until: Option<&str> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                push_text(&mut out, &decode(rest));
            }
            break;
        };
        if skip_until.is_none() {
            push_text(&mut out, &decode(&rest[..lt]));
        }
        let after = &rest[lt + 1..];
        if let Some(comment) = after.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |e| &comment[e + 3..]);
            continue;
        }
        let Some(gt) = after.find('>') else {
            break;
        };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let closing = tag.starts_with('/');
        if let Some(until) = skip_until {
            if closing && name == until {
                skip_until = None;
            }
            continue;
        }
        match (name.as_str(), closing) {
            ("script" | "style" | "head" | "title", false) => {
                skip_until = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "head" => "head",
                    _ => "title",
                })
            }
            ("br", _) => out.push('\n'),
            (
                "p" | "div" | "tr" | "table" | "blockquote" | "h1" | "h2" | "h3" | "h4" | "ul"
                | "ol",
                _,
            ) if !out.ends_with("\n\n") && !out.is_empty() => {
                out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
            }
            ("li", false) => {
                if !out.ends_with('\n') && !out.is_empty() {
                    out.push('\n');
                }
                out.push_str("• ");
            }
            ("td" | "th", false) => out.push(' '),
            ("a", false) => link = attr(tag, "href"),
            ("a", true) => {
                if let Some(href) = link.take()
                    && !href.is_empty()
                    && !out.ends_with(&href)
                {
                    out.push_str(&format!(" <{href}>"));
                }
            }
            ("img", _) => {
                if let Some(alt) = attr(tag, "alt").filter(|a| !a.is_empty()) {
                    out.push_str(&format!("[image: {alt}]"));
                }
            }
            _ => {}
        }
    }
    let trimmed: Vec<&str> = out.lines().map(str::trim_end).collect();
    trimmed.join("\n").trim().to_string()
}

/// Text between tags: runs of whitespace collapse to one space, as a browser shows them.
fn push_text(out: &mut String, text: &str) {
    for (i, word) in text.split_whitespace().enumerate() {
        let at_line_start = out.is_empty() || out.ends_with('\n');
        if (i > 0 || text.starts_with(char::is_whitespace)) && !at_line_start && !out.ends_with(' ')
        {
            out.push(' ');
        }
        out.push_str(word);
    }
    if text.ends_with(char::is_whitespace) && !text.trim().is_empty() {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_links_and_entities() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body>\
            <p>Hi&nbsp;Ana,</p><p>See <a href=\"https://example.com/r?a=1&amp;b=2\">the refund page</a>.<br>Thanks &amp; bye</p>\
            <ul><li>one</li><li>two</li></ul><script>alert(1)</script><!-- hidden --></body></html>";
        assert_eq!(
            to_text(html),
            "Hi Ana,\n\nSee the refund page <https://example.com/r?a=1&b=2>.\nThanks & bye\n\n• one\n• two"
        );
    }

    #[test]
    fn detection_and_odd_input() {
        assert!(looks_like_html("<p>hello</p>"));
        assert!(!looks_like_html("5 < 6 and <3"));
        assert_eq!(
            to_text("a &bogus; &#x263A; &#9731; <b>b"),
            "a &bogus; ☺ ☃ b"
        );
        assert_eq!(to_text("<p>unterminated"), "unterminated");
        assert_eq!(to_text("<"), "");
    }
}
