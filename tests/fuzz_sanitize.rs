//! Property tests (proptest): the sanitizer never lets a control, bidi or zero-width character
//! through, and the response parsers never panic on arbitrary input.

use proptest::prelude::*;

fn forbidden(c: char, single_line: bool) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\t')
        || (single_line && c == '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{2060}' | '\u{feff}')
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

    #[test]
    fn sanitized_lines_are_inert(s in "\\PC*|[\\x00-\\x1f\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}\\u{200b}-\\u{200f}a-z ]*") {
        let out = tix::sanitize::line(&s);
        prop_assert!(!out.chars().any(|c| forbidden(c, true)), "{:?} -> {:?}", s, out);
        let body = tix::sanitize::text(&s);
        prop_assert!(!body.chars().any(|c| forbidden(c, false)), "{:?} -> {:?}", s, body);
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
