//! HTML message bodies rendered to plain text through `html2text` (an HTML5 parser, html5ever, so
//! mail as real clients write it parses as a browser would): quoted history (`blockquote`) comes
//! out as `> ` lines, so `quoted` can fold it; `<pre>` keeps its lines and spaces; every entity,
//! named or numeric, is decoded; lists keep their bullets and numbers; tables are laid out in
//! columns; images are their alt text; links are numbered `[1]` in the text, their addresses listed
//! under it (never opened unless the agent asks). Scripts, styles and the head are dropped. The
//! result still goes through the sanitizer.

use std::borrow::Cow;

use html2text::render::{TaggedLine, TextDecorator};

/// Whether a body looks like HTML rather than plain text.
pub fn looks_like_html(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with('<')
        && [
            "<p",
            "<div",
            "<br",
            "<html",
            "<body",
            "<span",
            "<a ",
            "<table",
            "<ul",
            "<b>",
            "<i>",
            "<blockquote",
            "<pre",
            "<ol",
            "<h1",
            "<h2",
            "<h3",
            "<img",
            "<!doctype",
        ]
        .iter()
        .any(|tag| s.to_ascii_lowercase().contains(tag))
}

/// Lines are not wrapped here: the conversation wraps to its panel, `tix show` to nothing. This is
/// the width a paragraph may reach before html2text would break it (tables are as wide as their
/// cells, not this; html2text draws no `<hr>`).
const WIDTH: usize = 100_000;

/// How mail markup shows as text: no markdown-like decorations (`**`, `*`, `#`), bullets as `-`,
/// images as `[image: alt]`, links as `text[1]` with the footnotes html2text lists.
#[derive(Clone, Debug)]
struct Mail {
    /// Headings keep a `#` per level (articles, where they structure the text; mail has none
    /// worth marking).
    headings: bool,
}

impl TextDecorator for Mail {
    type Annotation = ();

    fn decorate_link_start(&mut self, _url: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_link_end(&mut self) -> String {
        String::new()
    }
    fn decorate_em_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
    }
    fn decorate_strikeout_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_code_end(&self) -> String {
        String::new()
    }
    fn decorate_preformat_first(&self) {}
    fn decorate_preformat_cont(&self) {}
    fn decorate_image(&mut self, _src: &str, alt: &str) -> (String, ()) {
        (format!("[image: {alt}]"), ())
    }
    fn header_prefix(&self, level: usize) -> String {
        if self.headings {
            format!("{} ", "#".repeat(level.clamp(1, 6)))
        } else {
            String::new()
        }
    }
    fn quote_prefix(&self) -> String {
        "> ".into()
    }
    fn unordered_item_prefix(&self) -> String {
        // ASCII: html2text takes the prefix's bytes from a width in columns, and a wider prefix
        // than a short item underflows there.
        "- ".into()
    }
    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{i}. ")
    }
    fn make_subblock_decorator(&self) -> Self {
        self.clone()
    }
    fn finalise(&mut self, urls: Vec<String>) -> Vec<TaggedLine<()>> {
        urls.iter()
            .enumerate()
            .map(|(i, u)| TaggedLine::from_string(format!("[{}] {u}", i + 1), &()))
            .collect()
    }
}

/// Elements nested deeper than this lose their tags (not their text) before parsing: html2text's
/// layout costs grow with the square of the depth (20,000 nested blocks take minutes), and no mail
/// nests this deep; hostile text might.
const MAX_DEPTH: usize = 256;

/// Elements that hold nothing, or that the parser closes by itself when the next one starts:
/// neither makes the tree deeper.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option",
];

/// `html` with the tags deeper than `MAX_DEPTH` dropped. A rough count (a tag inside a comment or
/// script counts too) is enough: it only has to bound the depth the parser sees.
fn bounded(html: &str) -> Cow<'_, str> {
    if html.bytes().filter(|&b| b == b'<').count() <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let (mut depth, mut dropped) = (0usize, false);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            rest = after;
            break;
        };
        let (tag, inner) = (&after[..=gt], &after[1..gt]);
        rest = &after[gt + 1..];
        let closing = inner.starts_with('/');
        let name = inner
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        let nests = !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_alphanumeric())
            && !inner.ends_with('/')
            && !FLAT.iter().any(|f| f.eq_ignore_ascii_case(name));
        if !nests {
            out.push_str(tag);
            continue;
        }
        if !closing {
            depth += 1;
        }
        if depth > MAX_DEPTH {
            dropped = true;
        } else {
            out.push_str(tag);
        }
        if closing {
            depth = depth.saturating_sub(1);
        }
    }
    out.push_str(rest);
    if dropped {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(html)
    }
}

pub fn to_text(html: &str) -> String {
    render(html, Mail { headings: false })
}

/// A knowledge-base article: like mail, with its headings marked (`## Steps`).
pub fn article_to_text(html: &str) -> String {
    render(html, Mail { headings: true })
}

fn render(html: &str, decorator: Mail) -> String {
    let html = bounded(html);
    let rendered = html2text::config::with_decorator(decorator)
        .link_footnotes(true)
        .no_link_wrapping()
        .allow_width_overflow()
        .string_from_read(html.as_bytes(), WIDTH);
    let text = match rendered {
        Ok(t) => t,
        // html5ever recovers from any input; this is for a renderer error, should one come.
        Err(_) => return strip_tags(&html),
    };
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.trim().to_string()
}

/// The text between tags, for the rare body the renderer gives up on.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
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
            "Hi\u{a0}Ana,\n\nSee the refund page[1].\nThanks & bye\n- one\n- two\n\n[1] https://example.com/r?a=1&b=2"
        );
    }

    #[test]
    fn articles_keep_their_headings_links_and_images() {
        let html = "<h2>Reset a password</h2><ol><li>Open <a href=\"https://hc.example/reset\">the reset page</a></li>\
            <li>Type the code</li></ol><img src=\"x.png\" alt=\"the sign-in screen\">";
        assert_eq!(
            article_to_text(html),
            "## Reset a password\n1. Open the reset page[1]\n2. Type the code\n\n[image: the sign-in screen]\n\n[1] https://hc.example/reset"
        );
        assert!(to_text(html).starts_with("Reset a password\n"));
    }

    #[test]
    fn detection_and_odd_input() {
        assert!(looks_like_html("<p>hello</p>"));
        assert!(looks_like_html("<blockquote>earlier</blockquote>"));
        assert!(!looks_like_html("5 < 6 and <3"));
        assert_eq!(
            to_text("a &bogus; &#x263A; &#9731; <b>b"),
            "a &bogus; ☺ ☃ b"
        );
        assert_eq!(to_text("<p>unterminated"), "unterminated");
        assert_eq!(to_text("<"), "<");
    }

    /// The shape Gmail sends a reply in: what was written now, the attribution, the earlier mail
    /// in a blockquote (itself quoting one before it).
    #[test]
    fn quoted_history_is_quoted() {
        let html = r#"<div dir="ltr">Still failing after the update.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Dec 1, 2026 at 9:12 AM Support &lt;support@acme.test&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div>Please try version 3.2.</div><div><br></div><blockquote class="gmail_quote"><div>The export fails.</div></blockquote></blockquote></div>"#;
        let text = to_text(html);
        assert_eq!(
            text,
            "Still failing after the update.\n\nOn Tue, Dec 1, 2026 at 9:12 AM Support <support@acme.test> wrote:\n\n> Please try version 3.2.\n>\n>\n> > The export fails."
        );
        let folded = crate::quoted::fold(&text, crate::quoted::count).0;
        assert_eq!(folded, "Still failing after the update.\n\n6 quoted lines");
    }

    #[test]
    fn pre_keeps_its_lines_and_spaces() {
        let html = "<p>The log says:</p><pre>ERROR  export.rs:42\n    at   run()\n\n  done</pre><p>Help?</p>";
        assert_eq!(
            to_text(html),
            "The log says:\n\nERROR  export.rs:42\n    at   run()\n\n  done\n\nHelp?"
        );
    }

    #[test]
    fn every_entity_named_or_numeric() {
        let html = "<p>&eacute;t&eacute; &ndash; 5&nbsp;&euro; &rarr; &hearts; &frac12; &Omega; &#233; &#xE9; &#128512; &amp;lt; &bogus; &notit;</p>";
        assert_eq!(
            to_text(html),
            "été – 5\u{a0}€ → ♥ ½ Ω é é 😀 &lt; &bogus; ¬it;",
            "as a browser reads them: &not is one of the entities HTML allows without its `;`"
        );
    }

    #[test]
    fn lists_and_tables_are_readable() {
        let html = "<ol><li>Open Settings</li><li>Choose <b>Export</b><ul><li>CSV</li></ul></li></ol>\
            <table><tr><th>Order</th><th>Total</th></tr><tr><td>A-1001</td><td>12,00 €</td></tr><tr><td>A-1002</td><td>7,50 €</td></tr></table>";
        let text = to_text(html);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            &lines[..3],
            ["1. Open Settings", "2. Choose Export", "   - CSV"]
        );
        // Each row on its own line, its cells in columns.
        let row = |cells: &[&str]| {
            lines
                .iter()
                .find(|l| cells.iter().all(|c| l.contains(c)))
                .copied()
        };
        let head = row(&["Order", "Total"]).expect(&text);
        let first = row(&["A-1001", "12,00 €"]).expect(&text);
        let second = row(&["A-1002", "7,50 €"]).expect(&text);
        assert_eq!(head.find("Total"), first.find("12,00"), "{text}");
        assert_eq!(first.find("12,00"), second.find("7,50"), "{text}");
    }

    #[test]
    fn images_are_their_alt_text_and_links_are_numbered() {
        let html = r#"<p><img src="cid:logo" alt="Acme logo"><img src="https://t.example/pixel.gif"></p>
            <p>Track it <a href="https://ship.example/t/123">here</a> or at <a href="https://acme.test/orders">your orders</a>. Mail <a href="mailto:help@acme.test">us</a>.</p>"#;
        assert_eq!(
            to_text(html),
            "[image: Acme logo]\n\nTrack it here[1] or at your orders[2]. Mail us[3].\n\n[1] https://ship.example/t/123\n[2] https://acme.test/orders\n[3] mailto:help@acme.test"
        );
    }

    #[test]
    fn paragraphs_are_not_wrapped() {
        let long = "word ".repeat(100);
        let text = to_text(&format!("<p>{long}</p><hr><blockquote>{long}</blockquote>"));
        assert_eq!(
            text,
            format!("{}\n\n> {}", long.trim_end(), long.trim_end())
        );
    }

    /// Bodies as the helpdesks answer them (recorded from live accounts, read where they lie).
    #[test]
    fn recorded_bodies() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/recorded");
        let dir = if dir.is_dir() {
            dir
        } else {
            std::path::PathBuf::from("/work/shared/recorded")
        };
        let read = |file: &str| -> serde_json::Value {
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            serde_json::from_str::<serde_json::Value>(&text).unwrap()["body"].clone()
        };
        let zd = read("zendesk/014-get-tickets-33-comments-json.json");
        let c = &zd["comments"][0];
        assert_eq!(
            to_text(c["html_body"].as_str().unwrap()),
            c["plain_body"].as_str().unwrap()
        );
        let fd = read("freshdesk/004-get-tickets-1-conversations.json");
        let texts: Vec<String> = fd
            .as_array()
            .unwrap()
            .iter()
            .map(|c| to_text(c["body"].as_str().unwrap()))
            .collect();
        assert_eq!(
            texts
                .iter()
                .zip(fd.as_array().unwrap())
                .filter(|(t, c)| t.as_str() == c["body_text"].as_str().unwrap())
                .count(),
            texts.len(),
            "{texts:?}"
        );
    }

    /// Hostile nesting: the parser sees no more than `MAX_DEPTH` levels, and the text is all kept.
    #[test]
    fn deep_nesting_is_bounded() {
        let n = 20_000;
        let html = format!(
            "{}deep{}<p>after</p>",
            "<blockquote><div>".repeat(n),
            "</div></blockquote>".repeat(n)
        );
        let text = to_text(&html);
        let line = text.lines().find(|l| l.contains("deep")).expect(&text);
        let depth = line.matches('>').count();
        assert!(depth > 0 && depth <= MAX_DEPTH, "{depth}");
        assert!(text.ends_with("after"), "{text}");
        // What is not deep is left as it is.
        let mail = "<div><blockquote>a</blockquote></div>".repeat(300);
        assert!(matches!(bounded(&mail), Cow::Borrowed(_)));
        let list = "<ul><li>x</li></ul>";
        assert_eq!(to_text(list), "- x");
    }
}
