//! SMS length: characters and segments, so an agent sees before sending what a text will cost.
//! GSM 03.38 text fits 160 characters in one segment (153 per segment when split); anything else
//! is sent as UCS-2: 70 (67 when split), with characters outside the BMP counting twice.

const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// Characters of the extension table: each costs two septets.
const GSM_EXTENDED: &str = "^{}\\[~]|€\u{c}";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmsLength {
    /// Characters as the network counts them (septets for GSM, UTF-16 units for UCS-2).
    pub units: usize,
    pub segments: usize,
    pub unicode: bool,
}

pub fn length(text: &str) -> SmsLength {
    let gsm = text
        .chars()
        .all(|c| GSM_BASIC.contains(c) || GSM_EXTENDED.contains(c));
    let (units, single, multi) = if gsm {
        let septets = text
            .chars()
            .map(|c| if GSM_EXTENDED.contains(c) { 2 } else { 1 })
            .sum();
        (septets, 160, 153)
    } else {
        (text.encode_utf16().count(), 70, 67)
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
}
