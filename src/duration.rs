//! Durations in a few characters, for clocks, alerts and metrics, with the units of the
//! interface's language (`5d`, `5z`, `5д`, `5天`, `5p`).

use jiff::SignedDuration;

use crate::i18n::Lang;

/// Compact duration: `45s`, `12m`, `3h`, `5d`, negative when past. Hours up to two days
/// (`47h`, not `1d`): a queue whose top rows all breached a day or so ago shows which is oldest.
pub fn short(lang: Lang, d: SignedDuration) -> String {
    let secs = d.as_secs();
    let sign = if secs < 0 { "-" } else { "" };
    let a = secs.unsigned_abs();
    // (The catalogue's macro takes a value, not an expression to infer.)
    let (min, hours, days) = (a / 60, a / 3600, a / 86_400);
    let body = match a {
        0..60 => crate::t!(lang, "duration-seconds", n = a),
        60..3600 => crate::t!(lang, "duration-minutes", n = min),
        3600..172_800 => crate::t!(lang, "duration-hours", n = hours),
        _ => crate::t!(lang, "duration-days", n = days),
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_compact() {
        let en = |s| short(Lang::En, SignedDuration::from_secs(s));
        assert_eq!(en(42), "42s");
        assert_eq!(en(12 * 60 + 5), "12m");
        assert_eq!(en(-5 * 60), "-5m");
        assert_eq!(en(3 * 3600), "3h");
        assert_eq!(en(2 * 86_400), "2d");
        assert_eq!(en(-(86_400 + 20 * 3600)), "-44h");
    }

    #[test]
    fn each_language_has_its_own_units() {
        let day = SignedDuration::from_secs(-2 * 86_400);
        let said: Vec<String> = Lang::ALL.iter().map(|l| short(*l, day)).collect();
        assert_eq!(said, ["-2d", "-2z", "-2д", "-2天", "-2p"]);
        assert_eq!(short(Lang::Ru, SignedDuration::from_secs(2 * 3600)), "2ч");
    }
}
