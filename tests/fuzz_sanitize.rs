//! Property tests (proptest): the sanitizer never lets a control, bidi, separator, tag or other
//! default-ignorable character through (variation selectors and ZWJ only where they attach to a
//! character and change no width), what it lets through is as wide to the layout as to a terminal,
//! and the response parsers never panic on arbitrary input.

use proptest::prelude::*;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1).
fn default_ignorable(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}'..='\u{1160}' | '\u{17b4}'..='\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}'
        | '\u{fff0}'..='\u{fff8}' | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0000}'..='\u{e0fff}')
}

fn selector(c: char) -> bool {
    matches!(c, '\u{180b}'..='\u{180d}' | '\u{180f}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
}

fn forbidden(c: char, single_line: bool) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\t')
        || (single_line && matches!(c, '\n' | '\u{200d}'))
        // Bidi_Control, Zl, Zp, interlinear annotation.
        || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{fff9}'..='\u{fffb}')
        || (default_ignorable(c) && !selector(c) && c != '\u{200d}')
}

/// What survives may attach only to a character: no selector after nothing, a space, a marker or
/// another selector; and the layout's width of the whole is what a terminal drawing code points
/// one by one gives it.
fn well_attached(out: &str) -> std::result::Result<(), String> {
    let mut prev: Option<char> = None;
    for c in out.chars() {
        if selector(c) && prev.is_none_or(|p| selector(p) || p.is_whitespace() || p == '⸱') {
            return Err(format!("stray selector {:04X}", c as u32));
        }
        prev = Some(c);
    }
    let terminal: usize = out.chars().map(|c| c.width().unwrap_or(0)).sum();
    if out.width() != terminal {
        return Err(format!(
            "layout {} columns, terminal {terminal}",
            out.width()
        ));
    }
    Ok(())
}

/// Text made of the classes that hide or shift: tags, fillers, invisible operators, annotation
/// marks, separators, selectors, joiners, skin tones, between letters, CJK and emoji.
fn tricky() -> impl Strategy<Value = String> {
    let pick = prop::sample::select(vec![
        'a',
        'Z',
        ' ',
        '1',
        '#',
        '你',
        '葛',
        '❤',
        '☺',
        '👍',
        '👨',
        '👩',
        '😀',
        '\n',
        'क',
        '्',
        'ष',
        '\u{200d}',
        '\u{200c}',
        '\u{fe0e}',
        '\u{fe0f}',
        '\u{fe00}',
        '\u{e0100}',
        '\u{e01ef}',
        '\u{1f3fb}',
        '\u{1f3ff}',
        '\u{20e3}',
        '\u{115f}',
        '\u{1160}',
        '\u{3164}',
        '\u{ffa0}',
        '\u{2061}',
        '\u{2064}',
        '\u{fff9}',
        '\u{fffa}',
        '\u{fffb}',
        '\u{2028}',
        '\u{2029}',
        '\u{61c}',
        '\u{ad}',
        '\u{34f}',
        '\u{180b}',
        '\u{180e}',
        '\u{1820}',
        '\u{e0001}',
        '\u{e0068}',
        '\u{e007f}',
        '\u{1d173}',
        '\u{1bca0}',
        '\u{17b4}',
    ]);
    let any_ignorable = prop_oneof![
        (0xe0000u32..=0xe0fff),
        (0xfe00u32..=0xfe0f),
        (0x2060u32..=0x206f),
        (0x200bu32..=0x200f),
        (0xfff0u32..=0xfffb),
    ]
    .prop_map(|n| char::from_u32(n).unwrap());
    prop::collection::vec(prop_oneof![3 => pick, 1 => any_ignorable], 0..40)
        .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

    #[test]
    fn sanitized_lines_are_inert(s in "\\PC*|[\\x00-\\x1f\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\u{200b}-\\u{200f}\\u{2028}\\u{2029}\\u{2060}-\\u{206f}\\u{fff0}-\\u{fffb}\\u{e0000}-\\u{e007f}a-z ]*") {
        let out = tix::sanitize::line(&s);
        prop_assert!(!out.chars().any(|c| forbidden(c, true)), "{:?} -> {:?}", s, out);
        let body = tix::sanitize::text(&s);
        prop_assert!(!body.chars().any(|c| forbidden(c, false)), "{:?} -> {:?}", s, body);
    }

    #[test]
    fn invisible_classes_never_pass_and_widths_agree(s in tricky()) {
        let out = tix::sanitize::line(&s);
        prop_assert!(!out.chars().any(|c| forbidden(c, true)), "{:?} -> {:?}", s, out);
        prop_assert!(well_attached(&out).is_ok(), "{:?} -> {:?}: {:?}", s, out, well_attached(&out));
        let body = tix::sanitize::text(&s);
        prop_assert!(!body.chars().any(|c| forbidden(c, false)), "{:?} -> {:?}", s, body);
        for l in body.lines() {
            prop_assert!(well_attached(l).is_ok(), "{:?} -> {:?}: {:?}", s, l, well_attached(l));
        }
    }

    #[test]
    fn html_rendering_never_panics_and_stays_inert(s in "(<[a-z/!]{0,6}[^>]{0,12}>?|&[#a-z0-9]{0,6};?|[^<&]{0,8})*") {
        let text = tix::html::to_text(&s);
        let clean = tix::sanitize::text(&text);
        prop_assert!(!clean.chars().any(|c| forbidden(c, false)));
    }

    #[test]
    fn response_parsers_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        use tix::helpdesk::zendesk::wire;
        let _ = serde_json::from_slice::<wire::TicketsPage>(&bytes);
        let _ = serde_json::from_slice::<wire::CommentsPage>(&bytes);
        let _ = serde_json::from_slice::<wire::ErrorBody>(&bytes);
    }

    #[test]
    fn privacy_masking_never_panics(s in "\\PC{0,80}") {
        let _ = tix::privacy::text(&s);
        let _ = tix::privacy::email(&s);
    }
}
