//! The one gate for untrusted text. Everything a helpdesk sends (subjects, bodies, names, tags, error
//! messages) passes through here before it reaches the model, the screen or the CLI's output, so no
//! stranger can drive the agent's terminal (escape sequences, OSC 52 clipboard writes, OSC 8 links),
//! reorder text (bidi controls), hide text (zero-width, tag characters, fillers) in a name, or make a
//! row wider on the terminal than in the layout (which moves the borders drawn after it).
//!
//! What is covered, by Unicode property (ranges from the Unicode 15.1 data files:
//! DerivedCoreProperties.txt `Default_Ignorable_Code_Point`, 4174 code points, PropList.txt
//! `Bidi_Control` and `Variation_Selector`, UnicodeData.txt general categories Cc, Cf, Zl, Zp):
//!
//! | class | code points | becomes | why |
//! |---|---|---|---|
//! | Cc: C0 controls | 00..1F (but `\n`, `\t`, `\r`) | control pictures ␀..␟ | escape sequences must not reach the terminal |
//! | Cc: DEL | 7F | ␡ | |
//! | Cc: C1 controls | 80..9F | � | 8-bit CSI, OSC, ST, NEL |
//! | Bidi_Control: embeddings, overrides, isolates | 202A..202E, 2066..2069 | ⁞ | they reorder the text around them |
//! | Bidi_Control: marks | 061C, 200E, 200F | ⸱ | invisible |
//! | Zl, Zp: line and paragraph separators | 2028, 2029 | newline in bodies, space in lines | some terminals break the row, others draw nothing |
//! | Default_Ignorable: tag characters | E0000..E0FFF (E0001 language tag, E0020..E007F tag letters, reserved) | ⸱ each | tag letters spell hidden words after a visible one |
//! | Default_Ignorable: variation selectors (Variation_Selector) | 180B..180D, 180F, FE00..FE0F, E0100..E01EF | kept after a base that takes it when it leaves the width as it was; dropped when it would change the width (❤ + VS16); ⸱ when stray | a terminal draws each code point by its own width: a selector that widens its base (or a second one) shifts the row; runs of them carry hidden data |
//! | Default_Ignorable: zero width joiner | 200D | dropped between two emoji; kept in bodies after a letter of a script that joins with it (Arabic to Sinhala, Myanmar, Khmer) where it leaves the width as it was; ⸱ otherwise | a joined emoji sequence is 2 columns to the layout and one glyph per emoji to most terminals |
//! | Default_Ignorable: everything else | 00AD, 034F, 115F..1160, 17B4..17B5, 180E, 200B, 200C, 2060..2065, 206A..206F, 3164, FEFF, FFA0, FFF0..FFF8, 1BCA0..1BCA3, 1D173..1D17A | ⸱ | invisible (soft hyphen, joiners, invisible operators 2061..2064, Hangul fillers, BOM, shorthand and musical format controls) |
//! | Cf that is not Default_Ignorable: interlinear annotation, Egyptian format controls | FFF9..FFFB, 13430..1343F | ⸱ | invisible; annotation marks hide text between them |
//! | Emoji modifiers (skin tones) | 1F3FB..1F3FF | dropped after a base it would merge with | the layout counts 👋🏽 as 2 columns, a terminal drawing code points as 4 |
//!
//! The prepended concatenation marks (Cf 0600..0605, 06DD, 070F, 0890, 0891, 08E2, 110BD, 110CD)
//! have glyphs and stay. The marker ⸱ (U+2E31) and ⁞ (U+205E) are one column everywhere.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Multi-line text (message bodies): keeps newlines; tabs become spaces so columns stay predictable.
pub fn text(s: &str) -> String {
    clean(s, false)
}

/// Single-line text (subjects, names, tags): newlines become spaces.
pub fn line(s: &str) -> String {
    clean(s, true)
}

/// Shown in place of an invisible character.
const MARK: char = '⸱';

/// What becomes of one character.
enum Out {
    Keep,
    /// Left out: nothing visible is lost (a joiner between emoji, a selector that would widen).
    Drop,
    Put(char),
    PutStr(&'static str),
}

/// Invisible characters with nothing to keep: the Default_Ignorable_Code_Point ranges but the
/// variation selectors and ZWJ (decided in `clean`), and the invisible Cf that are not
/// Default_Ignorable (interlinear annotation, Egyptian format controls).
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}'..='\u{1160}' | '\u{17b4}'..='\u{17b5}'
        | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2065}' | '\u{206a}'..='\u{206f}'
        | '\u{3164}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}'
        | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0000}'..='\u{e0fff}')
}

fn variation_selector(c: char) -> bool {
    matches!(c, '\u{180b}'..='\u{180d}' | '\u{180f}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
}

fn ideograph(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3ffff}')
}

/// Roughly Extended_Pictographic: the blocks emoji live in.
fn pictographic(c: char) -> bool {
    matches!(c, '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}' | '\u{2b00}'..='\u{2bff}'
        | '\u{2300}'..='\u{23ff}' | '\u{2190}'..='\u{21ff}' | '\u{a9}' | '\u{ae}' | '\u{203c}'
        | '\u{2049}' | '\u{2122}' | '\u{2139}' | '\u{3030}' | '\u{303d}' | '\u{3297}' | '\u{3299}')
}

/// Whether `base` is a character variation selector `vs` can follow (StandardizedVariants.txt,
/// emoji-variation-sequences.txt, IVD, approximated by script): ideographic selectors follow
/// ideographs, Mongolian ones Mongolian letters, the others symbols, digits, punctuation,
/// ideographs and the few scripts that have standardized variants; never a letter of an alphabet.
fn takes(base: char, vs: char) -> bool {
    match vs {
        '\u{e0100}'..='\u{e01ef}' => ideograph(base),
        '\u{180b}'..='\u{180d}' | '\u{180f}' => matches!(base, '\u{1820}'..='\u{18aa}'),
        _ => {
            !base.is_whitespace()
                && (!base.is_alphabetic()
                    || ideograph(base)
                    || matches!(base, '\u{1000}'..='\u{109f}' | '\u{a840}'..='\u{a877}'))
        }
    }
}

/// Scripts whose text uses ZWJ to choose a letter's form (Arabic to Sinhala, Myanmar, Khmer).
fn joins(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{dff}' | '\u{1000}'..='\u{109f}' | '\u{1780}'..='\u{17ff}')
}

/// The width a terminal gives a character: terminals draw code point by code point.
fn cw(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Whether the layout's width of a short sequence (unicode-width over the string, as ratatui
/// measures a grapheme) is what a terminal drawing its code points one by one gives it.
fn agrees(s: &[char]) -> bool {
    let s: String = s.iter().collect();
    s.width() == s.chars().map(cw).sum::<usize>()
}

fn clean(s: &str, single_line: bool) -> String {
    let mut out = String::with_capacity(s.len());
    // The last character kept as text (not a marker), which a selector, modifier or joiner
    // attaches to; and whether a selector already followed it.
    let mut base: Option<char> = None;
    let mut selected = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let what = match c {
            '\n' if !single_line => Out::Put('\n'),
            '\n' | '\r' if single_line => Out::Put(' '),
            '\r' => Out::Drop, // CRLF bodies: the LF carries the line break
            '\t' => Out::PutStr(if single_line { " " } else { "    " }),
            // C0 controls and ESC: show them as the Unicode control pictures (␛, ␇, ...).
            '\u{0}'..='\u{1f}' => Out::Put(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
            '\u{7f}' => Out::Put('␡'),
            // C1 controls (CSI, OSC, ST...): no glyph of their own.
            '\u{80}'..='\u{9f}' => Out::Put('�'),
            // Bidi embeddings, overrides and isolates: neutralised and marked.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Out::Put('⁞'),
            '\u{2028}' | '\u{2029}' => Out::Put(if single_line { ' ' } else { '\n' }),
            '\u{200d}' => match (base, chars.peek().copied()) {
                (Some(b), Some(n)) if pictographic(b) && pictographic(n) => Out::Drop,
                (Some(b), Some(n)) if !single_line && joins(b) && agrees(&[b, c, n]) => Out::Keep,
                _ => Out::Put(MARK),
            },
            c if variation_selector(c) => match base {
                Some(b) if !selected && takes(b, c) => {
                    selected = true;
                    if agrees(&[b, c]) {
                        Out::Keep
                    } else {
                        Out::Drop
                    }
                }
                _ => Out::Put(MARK),
            },
            '\u{1f3fb}'..='\u{1f3ff}' => match base {
                Some(b) if !agrees(&[b, c]) => Out::Drop,
                _ => Out::Keep,
            },
            c if invisible(c) => Out::Put(MARK),
            _ => Out::Keep,
        };
        match what {
            Out::Keep => {
                out.push(c);
                if !variation_selector(c) {
                    (base, selected) = (Some(c), false);
                }
            }
            Out::Drop => {}
            Out::Put(r) => {
                out.push(r);
                base = None;
            }
            Out::PutStr(r) => {
                out.push_str(r);
                base = None;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Default_Ignorable_Code_Point as DerivedCoreProperties.txt (Unicode 15.1) lists it.
    pub(crate) const DEFAULT_IGNORABLE: &[(u32, u32)] = &[
        (0x00AD, 0x00AD),
        (0x034F, 0x034F),
        (0x061C, 0x061C),
        (0x115F, 0x1160),
        (0x17B4, 0x17B5),
        (0x180B, 0x180D),
        (0x180E, 0x180E),
        (0x180F, 0x180F),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2065, 0x2065),
        (0x2066, 0x206F),
        (0x3164, 0x3164),
        (0xFE00, 0xFE0F),
        (0xFEFF, 0xFEFF),
        (0xFFA0, 0xFFA0),
        (0xFFF0, 0xFFF8),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0000, 0xE0000),
        (0xE0001, 0xE0001),
        (0xE0002, 0xE001F),
        (0xE0020, 0xE007F),
        (0xE0080, 0xE00FF),
        (0xE0100, 0xE01EF),
        (0xE01F0, 0xE0FFF),
    ];

    fn each(ranges: &[(u32, u32)]) -> impl Iterator<Item = char> + '_ {
        ranges
            .iter()
            .flat_map(|&(a, b)| a..=b)
            .filter_map(char::from_u32)
    }

    #[test]
    fn the_table_is_the_whole_property() {
        assert_eq!(each(DEFAULT_IGNORABLE).count(), 4174);
    }

    #[test]
    fn no_default_ignorable_bidi_or_separator_survives_on_its_own() {
        let others = [
            (0x2028, 0x2029), // Zl, Zp
            (0xFFF9, 0xFFFB), // interlinear annotation (Cf)
            (0x13430, 0x1343F),
        ];
        for c in each(DEFAULT_IGNORABLE).chain(each(&others)) {
            for context in [
                format!("{c}"),
                format!("a{c}b"),
                format!(" {c}{c}"),
                format!("x\n{c}"),
            ] {
                assert!(
                    !line(&context).contains(c),
                    "{:04X} in line {context:?}",
                    c as u32
                );
                assert!(
                    !text(&context).contains(c),
                    "{:04X} in text {context:?}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn hidden_words_in_tag_characters_are_shown_as_marks() {
        let hidden: String = "ignore all"
            .chars()
            .map(|c| char::from_u32(0xE0000 + c as u32).unwrap())
            .collect();
        assert_eq!(
            line(&format!("hello{hidden}")),
            format!("hello{}", "⸱".repeat(10))
        );
    }

    #[test]
    fn fillers_invisible_operators_annotations_and_marks_are_marked() {
        assert_eq!(line("a\u{115f}\u{1160}\u{3164}\u{ffa0}b"), "a⸱⸱⸱⸱b");
        assert_eq!(line("x\u{2061}\u{2062}\u{2063}\u{2064}y"), "x⸱⸱⸱⸱y");
        assert_eq!(
            line("\u{fff9}shown\u{fffa}hidden\u{fffb}"),
            "⸱shown⸱hidden⸱"
        );
        assert_eq!(line("\u{61c}12\u{200e}"), "⸱12⸱");
        assert_eq!(line("soft\u{ad}ware"), "soft⸱ware");
    }

    #[test]
    fn separators_break_bodies_and_join_lines() {
        assert_eq!(text("a\u{2028}b\u{2029}c"), "a\nb\nc");
        assert_eq!(line("a\u{2028}b\u{2029}c"), "a b c");
    }

    #[test]
    fn variation_selectors_stay_only_where_they_change_nothing_in_width() {
        // A stray selector (after a letter, a space, another selector, nothing) is marked.
        assert_eq!(line("a\u{fe0f}"), "a⸱");
        assert_eq!(line("\u{fe0f}x"), "⸱x");
        assert_eq!(line("😀\u{fe0f}\u{fe0f}"), "😀\u{fe0f}⸱");
        // Hidden bytes in ideographic selectors after an emoji: each one is marked.
        assert_eq!(line("😀\u{e0101}\u{e0102}"), "😀⸱⸱");
        // An ideographic variation sequence stays (2 columns either way).
        assert_eq!(line("葛\u{e0100}"), "葛\u{e0100}");
        // VS16 that would make a text-default symbol wide is dropped: ❤ is one column everywhere.
        assert_eq!(line("I ❤\u{fe0f} it"), "I ❤ it");
        // VS16 after an emoji that is wide anyway stays.
        assert_eq!(line("👍\u{fe0f}"), "👍\u{fe0f}");
        // A keycap: 1 + VS16 + U+20E3 is one column to a terminal; the selector goes.
        assert_eq!(line("1\u{fe0f}\u{20e3}"), "1\u{20e3}");
    }

    #[test]
    fn emoji_sequences_become_what_every_terminal_draws_alike() {
        // The layout counts a ZWJ family as 2 columns, a terminal as one emoji each.
        assert_eq!(text("👨\u{200d}👩\u{200d}👧"), "👨👩👧");
        assert_eq!(text("👋🏽 hi"), "👋 hi");
        // A joiner outside an emoji sequence shows in lines, stays in bodies if harmless.
        assert_eq!(line("pay\u{200d}pal"), "pay⸱pal");
        assert_eq!(text("क्\u{200d}ष"), "क्\u{200d}ष");
    }

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
        let s = "Bună ziua, Ștefan! Привет 你好 Tere õhtust 👋 😀 ✓ مرحبا שלום नमस्ते";
        assert_eq!(text(s), s);
        assert_eq!(line(s), s);
    }
}
