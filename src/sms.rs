//! SMS length: characters and segments, so an agent sees before sending what a text will cost.
//! GSM 03.38 text fits 160 characters in one segment (153 per segment when split); anything else
//! is sent as UCS-2: 70 (67 when split), with characters outside the BMP counting twice.

const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// Characters of the extension table: each costs two septets.
const GSM_EXTENDED: &str = "^{}\\[~]|€\u{c}";

/// Counting stops after this many characters: no text message is that long, and the composer's
/// title is drawn every frame, so a pasted book must not cost a full pass each time.
pub const COUNT_LIMIT: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmsLength {
    /// Characters as the network counts them (septets for GSM, UTF-16 units for UCS-2).
    pub units: usize,
    pub segments: usize,
    pub unicode: bool,
    /// The text is longer than `COUNT_LIMIT` characters: the counts are of that much of it.
    pub capped: bool,
}

pub fn length(text: &str) -> SmsLength {
    length_of(text.chars())
}

pub fn length_of(chars: impl Iterator<Item = char>) -> SmsLength {
    let (mut septets, mut utf16, mut gsm, mut n, mut capped) = (0, 0, true, 0, false);
    for c in chars {
        if n == COUNT_LIMIT {
            capped = true;
            break;
        }
        n += 1;
        utf16 += c.len_utf16();
        if !gsm {
            continue;
        }
        if GSM_EXTENDED.contains(c) {
            septets += 2;
        } else if GSM_BASIC.contains(c) {
            septets += 1;
        } else {
            gsm = false;
        }
    }
    let (units, single, multi) = if gsm {
        (septets, 160, 153)
    } else {
        (utf16, 70, 67)
    };
    let segments = match units {
        0 => 0,
        n if n <= single => 1,
        n => n.div_ceil(multi),
    };
    SmsLength {
        units,
        segments,
        unicode: !gsm,
        capped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gsm_and_unicode_segments() {
        assert_eq!(length("").segments, 0);
        assert_eq!(length(&"a".repeat(160)).segments, 1);
        assert_eq!(length(&"a".repeat(161)).segments, 2);
        assert_eq!(length(&"a".repeat(306)).segments, 2);
        assert_eq!(length(&"a".repeat(307)).segments, 3);
        let euro = length("10€");
        assert_eq!(
            (euro.units, euro.unicode),
            (4, false),
            "€ costs two septets"
        );
        let ro = length("Bună ziua, Ștefan");
        assert!(ro.unicode, "ș is not in the GSM alphabet");
        assert_eq!(length(&"ă".repeat(70)).segments, 1);
        assert_eq!(length(&"ă".repeat(71)).segments, 2);
        assert_eq!(length("👋").units, 2, "outside the BMP: two UTF-16 units");
    }

    #[test]
    fn a_huge_text_is_counted_only_so_far() {
        let l = length(&"a".repeat(1_000_000));
        assert!(l.capped);
        assert_eq!(l.units, COUNT_LIMIT);
        assert!(!length(&"a".repeat(COUNT_LIMIT)).capped);
    }
}
