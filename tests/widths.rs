//! Rows of sanitized text keep their borders where the layout put them on a terminal that draws
//! code point by code point (vt100 here, like xterm and most terminals): each class of invisible
//! or width-changing character, emoji with selectors and joiners, and CJK, rendered into ratatui's
//! TestBackend, replayed through the crossterm backend into the emulator.

use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Payloads by class, each between visible text.
const CLASSES: &[(&str, &str)] = &[
    (
        "tag characters",
        "hello\u{e0069}\u{e0067}\u{e006e}\u{e006f}\u{e0072}\u{e0065}",
    ),
    ("language tag", "\u{e0001}\u{e0065}\u{e006e}x"),
    ("arabic letter mark", "\u{61c}12\u{61c}34"),
    ("bidi marks", "\u{200e}a\u{200f}b\u{202e}c\u{2067}d\u{2069}"),
    ("hangul fillers", "a\u{115f}\u{1160}b\u{3164}c\u{ffa0}d"),
    (
        "invisible operators",
        "f\u{2061}(x)\u{2062}y\u{2063}z\u{2064}1",
    ),
    ("interlinear annotation", "\u{fff9}base\u{fffa}note\u{fffb}"),
    ("separators", "one\u{2028}two\u{2029}three"),
    ("stray selectors", "a\u{fe0f}\u{fe0f} \u{e0100}\u{e0101}x"),
    ("emoji smuggling", "😀\u{e0100}\u{e0101}\u{e0102}\u{e0103}"),
    (
        "emoji + VS16",
        "I ❤\u{fe0f} it ☺\u{fe0f} 1\u{fe0f}\u{20e3} ✔\u{fe0f}",
    ),
    ("emoji + VS15", "😀\u{fe0e} ⌚\u{fe0e} ok"),
    (
        "emoji ZWJ",
        "👨\u{200d}👩\u{200d}👧 and 👁\u{fe0f}\u{200d}🗨\u{fe0f}",
    ),
    ("skin tones", "👋🏽 👍🏻 ok"),
    ("CJK", "你好，世界。日本語のテキスト"),
    ("CJK + IVS", "葛\u{e0100}城"),
    (
        "soft hyphen, CGJ, Khmer, Mongolian",
        "soft\u{ad}ware a\u{34f}b \u{17b4}x \u{1820}\u{180b}\u{180e}",
    ),
    ("shorthand, musical", "\u{1bca0}a\u{1d173}b"),
    (
        "joiners",
        "pay\u{200d}pal zw\u{200b}sp wj\u{2060}x bom\u{feff}",
    ),
];

/// The layout's rows replayed into a terminal emulator the way the crossterm backend sends them.
fn on_terminal(buf: &Buffer) -> vt100::Parser {
    let mut bytes = Vec::new();
    {
        let mut backend = CrosstermBackend::new(&mut bytes);
        let empty = Buffer::empty(buf.area);
        backend.draw(empty.diff(buf).into_iter()).unwrap();
        Backend::flush(&mut backend).unwrap();
    }
    let mut p = vt100::Parser::new(buf.area.height, buf.area.width, 0);
    p.process(&bytes);
    p
}

/// Rows of `text` in a bordered box of `w` columns: the rows whose borders the terminal shows
/// elsewhere than at 0 and `w - 1`, and the cells the layout gives another width than a terminal
/// drawing their code points (those garble the row even where the next cell's cursor move hides it).
fn shifted_rows(rows: &[String], w: u16) -> Vec<(usize, String)> {
    let h = rows.len() as u16 + 2;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| {
        // Rows highlighted and filled to the border, as the queue's selected row is: a blank
        // cell is not sent, and the cursor is placed afresh after it.
        let fill = ".".repeat(w as usize);
        let lines: Vec<Line> = rows
            .iter()
            .map(|r| Line::raw(format!("{r}{fill}")).style(Style::new().bg(Color::Blue)))
            .collect();
        f.render_widget(Paragraph::new(lines).block(Block::bordered()), f.area());
    })
    .unwrap();
    let buf = t.backend().buffer();
    let mut bad: Vec<(usize, String)> = buf
        .content()
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            let per_code_point: usize = c.symbol().chars().map(|c| c.width().unwrap_or(0)).sum();
            c.symbol().width() != per_code_point
        })
        .map(|(i, c)| (i / w as usize, format!("cell {:?}", c.symbol())))
        .collect();
    let term = on_terminal(buf);
    let screen = term.screen();
    bad.extend((0..rows.len()).filter_map(|i| {
        let row = i as u16 + 1;
        let left = screen.cell(row, 0).map(|c| c.contents().to_string());
        let right = screen.cell(row, w - 1).map(|c| c.contents().to_string());
        (left.as_deref() != Some("│") || right.as_deref() != Some("│"))
            .then(|| (i, screen.contents_between(row, 0, row, w)))
    }));
    bad
}

#[test]
fn every_class_keeps_the_borders_in_their_columns() {
    for single in [true, false] {
        let rows: Vec<String> = CLASSES
            .iter()
            .flat_map(|(name, payload)| {
                let s = format!("{name}: {payload} end");
                let clean = if single {
                    tix::sanitize::line(&s)
                } else {
                    tix::sanitize::text(&s)
                };
                clean.lines().map(str::to_string).collect::<Vec<_>>()
            })
            .collect();
        for w in [60, 61, 80] {
            let bad = shifted_rows(&rows, w);
            assert!(bad.is_empty(), "width {w}, rows shifted: {bad:#?}");
        }
    }
}

#[test]
fn without_the_sanitizer_rows_shift() {
    // The same payloads raw: proves the check sees a shift when there is one.
    let rows: Vec<String> = CLASSES
        .iter()
        .map(|(name, payload)| {
            format!("{name}: {payload} end").replace(['\u{2028}', '\u{2029}'], " ")
        })
        .collect();
    let bad = shifted_rows(&rows, 80);
    // A border moved (the text-presentation watch is one column to the layout, two to the
    // terminal) and joined or selected emoji are cells of another width.
    assert!(
        bad.iter().any(|(_, what)| !what.starts_with("cell")),
        "{bad:#?}"
    );
    for sample in ["❤\u{fe0f}", "👨\u{200d}👩", "👋🏽"] {
        let shown = format!("{sample:?}");
        let shown = shown.trim_matches('"');
        assert!(
            bad.iter().any(|(_, what)| what.contains(shown)),
            "{sample}: {bad:#?}"
        );
    }
}
