//! Privacy mode: customers' email addresses, phone numbers and card-like numbers are masked on
//! screen (`ana@example.com` → `a**@e******.com`) unless the agent reveals them for one ticket.

/// `ana@example.com` → `a**@e******.com`: first letter of each part kept, the top-level domain kept.
pub fn email(s: &str) -> String {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return s.to_string();
    };
    let (host, tld) = match domain.rsplit_once('.') {
        Some((h, t)) => (h, Some(t)),
        None => (domain, None),
    };
    let hide = |part: &str| {
        let mut chars = part.chars();
        match chars.next() {
            Some(first) => std::iter::once(first)
                .chain(chars.map(|_| '*'))
                .collect::<String>(),
            None => String::new(),
        }
    };
    match tld {
        Some(t) => format!("{}@{}.{t}", hide(local), hide(host)),
        None => format!("{}@{}", hide(local), hide(host)),
    }
}

/// Masks digits in a run that looks like a phone or card number, keeping the last `keep`.
fn mask_digits(run: &str, keep: usize) -> String {
    let total = run.chars().filter(char::is_ascii_digit).count();
    let mut seen = 0;
    run.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                seen += 1;
                if seen <= total.saturating_sub(keep) {
                    return '•';
                }
            }
            c
        })
        .collect()
}

/// A phone number: all but the last two digits hidden.
pub fn phone(s: &str) -> String {
    mask_digits(s, 2)
}

/// Masks emails, card-like numbers (13–19 digits, spaces or dashes allowed; last 4 kept) and
/// phone-like numbers (9–12 digits after a "+" or in groups; last 2 kept) inside free text.
pub fn text(s: &str) -> String {
    // Most text holds neither an address nor nine digits, the fewest masked: nothing to do
    // (the queue's filter masks every subject of a whole view).
    if !s.contains('@') && s.bytes().filter(u8::is_ascii_digit).count() < 9 {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for (i, token) in s.split_inclusive(char::is_whitespace).enumerate() {
        let _ = i;
        let word = token.trim_end();
        let rest = &token[word.len()..];
        let core = word.trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '<' | '>' | ',' | ';' | '"' | '\'' | '.' | ':'
            )
        });
        if core.contains('@') && core.contains('.') && !core.starts_with('@') {
            out.push_str(&word.replacen(core, &email(core), 1));
        } else {
            out.push_str(word);
        }
        out.push_str(rest);
    }
    mask_numbers(&out)
}

/// Finds runs of digits with spaces/dashes between them and masks card- and phone-like ones.
fn mask_numbers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts || (i > 0 && chars[i - 1].is_alphanumeric()) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Extend over digits and single separators between digits.
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j].is_ascii_digit() {
                j += 1;
            } else if matches!(chars[j], ' ' | '-')
                && chars.get(j + 1).is_some_and(char::is_ascii_digit)
            {
                j += 2;
            } else {
                break;
            }
        }
        let run: String = chars[i..j].iter().collect();
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let masked = if (13..=19).contains(&digits) {
            mask_digits(&run, 4)
        } else if (9..=12).contains(&digits) && (run.starts_with('+') || run.contains([' ', '-'])) {
            mask_digits(&run, 2)
        } else {
            run
        };
        out.push_str(&masked);
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_keep_their_shape() {
        assert_eq!(email("ana@example.com"), "a**@e******.com");
        assert_eq!(
            email("wang.fang@mail.example.cn"),
            "w********@m***********.cn"
        );
        assert_eq!(email("not-an-email"), "not-an-email");
    }

    #[test]
    fn phones_and_cards_in_text_are_masked() {
        assert_eq!(phone("+40 721 555 0142"), "+•• ••• ••• ••42");
        let t = text(
            "Call me on +40 721 555 0142 or mail ana@example.com. Card 4111 1111 1111 1111, order 88213.",
        );
        assert_eq!(
            t,
            "Call me on +•• ••• ••• ••42 or mail a**@e******.com. Card •••• •••• •••• 1111, order 88213."
        );
        // Order numbers, dates and amounts stay readable.
        assert_eq!(
            text("Order #524405 on 2026-11-02 for 129.99"),
            "Order #524405 on 2026-11-02 for 129.99"
        );
    }
}
