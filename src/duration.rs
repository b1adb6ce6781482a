//! Durations in a few characters, for clocks, alerts and metrics.

use jiff::SignedDuration;

/// Compact duration: `45s`, `12m`, `3h`, `5d`, negative when past.
pub fn short(d: SignedDuration) -> String {
    let secs = d.as_secs();
    let sign = if secs < 0 { "-" } else { "" };
    let a = secs.unsigned_abs();
    let body = match a {
        0..60 => format!("{a}s"),
        60..3600 => format!("{}m", a / 60),
        3600..86_400 => format!("{}h", a / 3600),
        _ => format!("{}d", a / 86_400),
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_compact() {
        assert_eq!(short(SignedDuration::from_secs(42)), "42s");
        assert_eq!(short(SignedDuration::from_secs(12 * 60 + 5)), "12m");
        assert_eq!(short(SignedDuration::from_secs(-5 * 60)), "-5m");
        assert_eq!(short(SignedDuration::from_secs(3 * 3600)), "3h");
        assert_eq!(short(SignedDuration::from_secs(2 * 86_400)), "2d");
    }
}
