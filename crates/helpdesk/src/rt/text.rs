//! Small text helpers for the RT adapter: TicketSQL string quoting and URL path segments.

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
}
