//! Snooze times, pure: the picker's presets and a typed time (`15:30`, `mon 10:00`, `tomorrow
//! 8:00`, `2026-12-24 09:00`, `2h`, `30m`) read in the agent's time zone, and how a wake-up time
//! is shown. No clock is read here: `now` is given.

use crate::i18n::Lang;
use crate::t;
use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};

/// The furthest a snooze may reach: past this a typed time is more likely a slip than a plan.
const MAX_DAYS: i64 = 366;

/// What the times are read in: the agent's zone, and the start of business hours (the
/// `[sla.business_hours]` start in its own zone, else 09:00 in the agent's) for the day presets.
#[derive(Debug, Clone)]
pub struct Clock {
    pub tz: TimeZone,
    pub start: Time,
    pub start_tz: TimeZone,
}

impl Clock {
    /// The agent's zone with business hours from the SLA policy, when it has them.
    /// A bad start time or zone is said in `l`.
    pub fn new(
        tz: TimeZone,
        hours: Option<&crate::sla::BusinessHours>,
        l: Lang,
    ) -> Result<Clock, String> {
        let Some(b) = hours else {
            return Ok(Clock::plain(tz));
        };
        let start = b.start.parse::<Time>().map_err(|e| {
            let (start, why) = (format!("{:?}", b.start), e.to_string());
            t!(l, "business-hours-bad-start", start = start, why = why)
        })?;
        let start_tz = match &b.time_zone {
            Some(name) => TimeZone::get(name).map_err(|e| {
                let (zone, why) = (format!("{name:?}"), e.to_string());
                t!(l, "business-hours-bad-zone", zone = zone, why = why)
            })?,
            None => tz.clone(),
        };
        Ok(Clock {
            tz,
            start,
            start_tz,
        })
    }

    /// 09:00 in the agent's zone starts the day.
    pub fn plain(tz: TimeZone) -> Clock {
        Clock {
            start_tz: tz.clone(),
            start: Time::constant(9, 0, 0, 0),
            tz,
        }
    }

    fn today(&self, now: Timestamp, tz: &TimeZone) -> Date {
        now.to_zoned(tz.clone()).date()
    }

    /// `date` at `time` in `tz`. A time skipped by a DST change is read as the same time after
    /// the change (02:30 on a spring-forward night is 03:30); a time repeated is the first one.
    fn at(date: Date, time: Time, tz: &TimeZone) -> Result<Timestamp, String> {
        date.to_datetime(time)
            .to_zoned(tz.clone())
            .map(|z| z.timestamp())
            .map_err(|e| e.to_string())
    }

    /// The start of business hours on the day after today (in the business hours' zone).
    pub fn tomorrow(&self, now: Timestamp) -> Timestamp {
        let day = self
            .today(now, &self.start_tz)
            .tomorrow()
            .unwrap_or(Date::MAX);
        Self::at(day, self.start, &self.start_tz).unwrap_or(now)
    }

    /// The start of business hours next Monday (a week on when today is Monday).
    pub fn next_monday(&self, now: Timestamp) -> Timestamp {
        let today = self.today(now, &self.start_tz);
        let day = next_weekday(today, Weekday::Monday, false);
        Self::at(day, self.start, &self.start_tz).unwrap_or(now)
    }
}

/// One of the picker's ready-made times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preset {
    pub label: String,
    pub at: Timestamp,
}

/// In 1 hour, in 4 hours, tomorrow and next Monday at the start of business hours.
pub fn presets(lang: Lang, now: Timestamp, clock: &Clock) -> Vec<Preset> {
    let start = clock.start.strftime("%H:%M").to_string();
    vec![
        Preset {
            label: crate::t!(lang, "snooze-in-hours", count = lang.plural(1), n = 1),
            at: now + SignedDuration::from_hours(1),
        },
        Preset {
            label: crate::t!(lang, "snooze-in-hours", count = lang.plural(4), n = 4),
            at: now + SignedDuration::from_hours(4),
        },
        Preset {
            label: crate::t!(lang, "snooze-tomorrow-at", time = start.as_str()),
            at: clock.tomorrow(now),
        },
        Preset {
            label: crate::t!(lang, "snooze-next-monday-at", time = start.as_str()),
            at: clock.next_monday(now),
        },
    ]
}

/// The examples a bad input is answered with.
pub const EXAMPLES: &str = "15:30, mon 10:00, tomorrow 8:00, 2026-12-24 09:00, 2h, 30m";

/// A typed time, read in the agent's zone: a time of day alone is the next one (today's if it
/// is still ahead, else tomorrow's); a weekday is the next such day (today's if the time is still
/// ahead); a day without a time is that day at the start of business hours. An error says why.
pub fn parse(input: &str, now: Timestamp, clock: &Clock) -> Result<Timestamp, String> {
    parse_in(Lang::En, input, now, clock)
}

/// `parse`, why not said in `l` (the words typed stay English: `mon`, `tomorrow`).
pub fn parse_in(l: Lang, input: &str, now: Timestamp, clock: &Clock) -> Result<Timestamp, String> {
    let text = input.trim().to_lowercase();
    let text = text.strip_prefix("in ").unwrap_or(&text).trim();
    if text.is_empty() {
        return Err(t!(l, "snooze-empty-input", examples = EXAMPLES));
    }
    let at = match duration(l, text) {
        Some(d) => now + d?,
        None => moment(l, text, now, clock)?,
    };
    let typed = input.trim();
    if at <= now {
        return Err(t!(l, "snooze-in-the-past", text = typed));
    }
    if at.duration_since(now) > SignedDuration::from_hours(24 * MAX_DAYS) {
        return Err(t!(l, "snooze-too-far", text = typed));
    }
    Ok(at)
}

/// `2h`, `30m`, `1h30m`, `2d`: `None` when the text is not one (it may be a time).
fn duration(l: Lang, text: &str) -> Option<Result<SignedDuration, String>> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) || text.contains(':') {
        return None;
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut total: i64 = 0;
    let mut number = String::new();
    for c in compact.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            'd' => 86_400,
            'h' => 3_600,
            'm' => 60,
            _ if number.is_empty() && total == 0 => return None,
            _ => {
                return Some(Err(t!(l, "snooze-duration-shape", text = text)));
            }
        };
        let Ok(n) = number.parse::<i64>() else {
            let unit = c.to_string();
            return Some(Err(t!(l, "snooze-number-before", text = text, unit = unit)));
        };
        total = total.saturating_add(n.saturating_mul(unit));
        number.clear();
    }
    if !number.is_empty() {
        // A bare number is neither a duration nor a time: say what it lacks.
        return Some(Err(t!(l, "snooze-say-the-unit", text = text)));
    }
    if total > 24 * 3_600 * MAX_DAYS {
        return Some(Err(t!(l, "snooze-too-far", text = text)));
    }
    Some(Ok(SignedDuration::from_secs(total)))
}

/// What a day word names.
enum Day {
    Today,
    Tomorrow,
    Weekday(Weekday),
    Date(Date),
}

fn day_word(w: &str) -> Option<Day> {
    Some(match w {
        "today" => Day::Today,
        "tomorrow" | "tmr" | "tom" => Day::Tomorrow,
        "mon" | "monday" => Day::Weekday(Weekday::Monday),
        "tue" | "tues" | "tuesday" => Day::Weekday(Weekday::Tuesday),
        "wed" | "wednesday" => Day::Weekday(Weekday::Wednesday),
        "thu" | "thur" | "thurs" | "thursday" => Day::Weekday(Weekday::Thursday),
        "fri" | "friday" => Day::Weekday(Weekday::Friday),
        "sat" | "saturday" => Day::Weekday(Weekday::Saturday),
        "sun" | "sunday" => Day::Weekday(Weekday::Sunday),
        w if w.len() == 10 && w.as_bytes()[4] == b'-' => Day::Date(w.parse::<Date>().ok()?),
        _ => return None,
    })
}

/// `15:30`, `8:00`, `9:05`; an error for what looks like a time and is not one.
fn time_word(l: Lang, w: &str) -> Option<Result<Time, String>> {
    let (h, m) = w.split_once(':')?;
    if m.len() != 2 {
        return Some(Err(t!(l, "snooze-minutes-two-digits", text = w)));
    }
    let (Ok(h), Ok(m)) = (h.parse::<i8>(), m.parse::<i8>()) else {
        return Some(Err(t!(l, "snooze-not-a-clock-time", text = w)));
    };
    Some(Time::new(h, m, 0, 0).map_err(|_| t!(l, "snooze-no-such-time", text = w)))
}

/// The first `day` after `from` (or `from` itself when `include` and it is that day).
fn next_weekday(from: Date, day: Weekday, include: bool) -> Date {
    let ahead =
        (day.to_monday_zero_offset() - from.weekday().to_monday_zero_offset()).rem_euclid(7);
    let ahead = if ahead == 0 && !include { 7 } else { ahead };
    from.checked_add((ahead as i64).days()).unwrap_or(Date::MAX)
}

fn moment(l: Lang, text: &str, now: Timestamp, clock: &Clock) -> Result<Timestamp, String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| *w != "next" && *w != "at")
        .collect();
    let bad = || t!(l, "snooze-not-a-time", text = text, examples = EXAMPLES);
    let (day, time) = match words.as_slice() {
        [one] => match time_word(l, one) {
            Some(t) => (None, Some(t?)),
            None => (Some(day_word(one).ok_or_else(bad)?), None),
        },
        [d, t] => {
            let day = day_word(d).ok_or_else(bad)?;
            (Some(day), Some(time_word(l, t).ok_or_else(bad)??))
        }
        _ => return Err(bad()),
    };
    // A day alone starts at the start of business hours, in their zone; a time typed is the
    // agent's.
    let (time, tz) = match time {
        Some(t) => (t, &clock.tz),
        None => (clock.start, &clock.start_tz),
    };
    let today = now.to_zoned(tz.clone()).date();
    let at = |date: Date| Clock::at(date, time, tz);
    match day {
        None => {
            let t = at(today)?;
            if t > now {
                Ok(t)
            } else {
                at(today.tomorrow().map_err(|e| e.to_string())?)
            }
        }
        Some(Day::Today) => at(today),
        Some(Day::Tomorrow) => at(today.tomorrow().map_err(|e| e.to_string())?),
        Some(Day::Weekday(w)) => {
            let t = at(next_weekday(today, w, true))?;
            if t > now {
                Ok(t)
            } else {
                at(next_weekday(today, w, false))
            }
        }
        Some(Day::Date(d)) => at(d),
    }
}

/// A wake-up time as the agent reads it, in the interface's language: `15:30` today, `Thu 09:00`
/// within the week, `24 Dec 09:00` further on (and the year when it is another). Times are on a
/// 24-hour clock in every language tix speaks.
pub fn shown(lang: Lang, at: Timestamp, now: Timestamp, tz: &TimeZone) -> String {
    let (z, today) = (at.to_zoned(tz.clone()), now.to_zoned(tz.clone()).date());
    let days = (z.date() - today).get_days();
    let time = z.strftime("%H:%M").to_string();
    if z.date() == today {
        time
    } else if (0..7).contains(&days) {
        format!("{} {time}", lang.weekday(z.weekday()))
    } else {
        let with_year = z.year() != today.year();
        format!("{} {time}", lang.day_month(z.date(), with_year))
    }
}

/// The wake-up time in full for the picker: `Thu 3 Dec 09:00 (Europe/Bucharest)`.
pub fn shown_long(lang: Lang, at: Timestamp, tz: &TimeZone) -> String {
    let z = at.to_zoned(tz.clone());
    let name = tz.iana_name().unwrap_or("local time");
    format!(
        "{} {} {} ({name})",
        lang.weekday(z.weekday()),
        lang.day_month(z.date(), false),
        z.strftime("%H:%M")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tz(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    /// A moment given as local time in a zone.
    fn local(s: &str, zone: &str) -> Timestamp {
        s.parse::<jiff::civil::DateTime>()
            .unwrap()
            .to_zoned(tz(zone))
            .unwrap()
            .timestamp()
    }

    fn in_zone(at: Timestamp, zone: &str) -> String {
        at.to_zoned(tz(zone))
            .strftime("%Y-%m-%d %H:%M %Z")
            .to_string()
    }

    fn parse_in(input: &str, now: &str, zone: &str) -> Result<String, String> {
        let clock = Clock::plain(tz(zone));
        parse(input, local(now, zone), &clock).map(|t| in_zone(t, zone))
    }

    #[test]
    fn a_time_of_day_is_the_next_one() {
        // Wednesday 2 Dec 2026, 14:00 in Bucharest.
        let now = "2026-12-02T14:00";
        let b = "Europe/Bucharest";
        assert_eq!(parse_in("15:30", now, b).unwrap(), "2026-12-02 15:30 EET");
        // Already past today: tomorrow's.
        assert_eq!(parse_in("9:15", now, b).unwrap(), "2026-12-03 09:15 EET");
        assert_eq!(parse_in("14:00", now, b).unwrap(), "2026-12-03 14:00 EET");
    }

    #[test]
    fn days_and_weekdays() {
        let now = "2026-12-02T14:00"; // a Wednesday
        let ny = "America/New_York";
        assert_eq!(
            parse_in("tomorrow 8:00", now, ny).unwrap(),
            "2026-12-03 08:00 EST"
        );
        assert_eq!(
            parse_in("mon 10:00", now, ny).unwrap(),
            "2026-12-07 10:00 EST"
        );
        assert_eq!(
            parse_in("Monday 10:00", now, ny).unwrap(),
            "2026-12-07 10:00 EST"
        );
        assert_eq!(
            parse_in("next mon 10:00", now, ny).unwrap(),
            "2026-12-07 10:00 EST"
        );
        // Today's weekday: today while the time is ahead, else a week on.
        assert_eq!(
            parse_in("wed 16:00", now, ny).unwrap(),
            "2026-12-02 16:00 EST"
        );
        assert_eq!(
            parse_in("wed 10:00", now, ny).unwrap(),
            "2026-12-09 10:00 EST"
        );
        assert_eq!(
            parse_in("today 17:30", now, ny).unwrap(),
            "2026-12-02 17:30 EST"
        );
        assert_eq!(
            parse_in("2026-12-24 09:00", now, ny).unwrap(),
            "2026-12-24 09:00 EST"
        );
        // A day alone starts at the start of business hours (09:00 without them).
        assert_eq!(
            parse_in("tomorrow", now, ny).unwrap(),
            "2026-12-03 09:00 EST"
        );
        assert_eq!(parse_in("fri", now, ny).unwrap(), "2026-12-04 09:00 EST");
    }

    #[test]
    fn durations() {
        let now = "2026-12-02T14:00";
        let b = "Europe/Bucharest";
        assert_eq!(parse_in("2h", now, b).unwrap(), "2026-12-02 16:00 EET");
        assert_eq!(parse_in("30m", now, b).unwrap(), "2026-12-02 14:30 EET");
        assert_eq!(parse_in("1h30m", now, b).unwrap(), "2026-12-02 15:30 EET");
        assert_eq!(parse_in("in 2d", now, b).unwrap(), "2026-12-04 14:00 EET");
        assert_eq!(parse_in(" 90M ", now, b).unwrap(), "2026-12-02 15:30 EET");
    }

    #[test]
    fn bad_input_says_why() {
        let now = "2026-12-02T14:00";
        let b = "Europe/Bucharest";
        let err = |s: &str| parse_in(s, now, b).unwrap_err();
        assert!(err("").contains("Type a time"), "{}", err(""));
        assert!(
            err("soon").contains("Not a time: “soon”"),
            "{}",
            err("soon")
        );
        assert!(err("soon").contains("15:30"));
        assert!(
            err("25:00").contains("no such time “25:00”"),
            "{}",
            err("25:00")
        );
        assert!(err("10:7").contains("two digits"), "{}", err("10:7"));
        assert!(err("45").contains("say the unit"), "{}", err("45"));
        assert!(err("2x").contains("like 2h"), "{}", err("2x"));
        assert!(err("0m").contains("in the past"), "{}", err("0m"));
        assert!(
            err("today 9:00").contains("in the past"),
            "{}",
            err("today 9:00")
        );
        assert!(err("2026-11-30 09:00").contains("in the past"));
        assert!(err("2026-13-01 09:00").contains("Not a time"));
        assert!(err("400d").contains("more than a year"), "{}", err("400d"));
        assert!(err("2028-01-01 09:00").contains("more than a year"));
        assert!(err("mon 10:00 extra").contains("Not a time"));
    }

    #[test]
    fn time_zones_read_the_same_words_at_different_moments() {
        let now: Timestamp = "2026-12-02T12:00:00Z".parse().unwrap();
        let at = |zone: &str| parse("15:30", now, &Clock::plain(tz(zone))).unwrap();
        assert_eq!(at("Europe/Bucharest").to_string(), "2026-12-02T13:30:00Z");
        assert_eq!(at("America/New_York").to_string(), "2026-12-02T20:30:00Z");
        // 12:00Z is 07:00 in New York and 14:00 in Bucharest: "9:00" is today there, tomorrow here.
        let nine = |zone: &str| parse("9:00", now, &Clock::plain(tz(zone))).unwrap();
        assert_eq!(nine("America/New_York").to_string(), "2026-12-02T14:00:00Z");
        assert_eq!(nine("Europe/Bucharest").to_string(), "2026-12-03T07:00:00Z");
    }

    #[test]
    fn presets_use_business_hours_and_their_zone() {
        let hours = crate::sla::BusinessHours {
            start: "08:30".into(),
            end: "17:00".into(),
            days: vec![],
            time_zone: Some("America/New_York".into()),
        };
        // The agent is in Bucharest; the team's hours are New York's.
        let clock = Clock::new(tz("Europe/Bucharest"), Some(&hours), Lang::En).unwrap();
        let now = local("2026-12-02T23:30", "Europe/Bucharest"); // 16:30 Wednesday in New York
        let p = presets(Lang::En, now, &clock);
        let labels: Vec<&str> = p.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "In 1 hour",
                "In 4 hours",
                "Tomorrow at 08:30",
                "Next Monday at 08:30"
            ]
        );
        assert_eq!(p[0].at, now + SignedDuration::from_hours(1));
        assert_eq!(p[1].at, now + SignedDuration::from_hours(4));
        // Tomorrow in New York (Thursday), not in Bucharest (where it is nearly Thursday).
        assert_eq!(in_zone(p[2].at, "America/New_York"), "2026-12-03 08:30 EST");
        assert_eq!(in_zone(p[3].at, "America/New_York"), "2026-12-07 08:30 EST");
        // Without business hours: 09:00 in the agent's zone.
        let plain = presets(Lang::En, now, &Clock::plain(tz("Europe/Bucharest")));
        assert_eq!(plain[2].label, "Tomorrow at 09:00");
        assert_eq!(
            in_zone(plain[2].at, "Europe/Bucharest"),
            "2026-12-03 09:00 EET"
        );
        // Next Monday from a Monday is a week on.
        let monday = local("2026-12-07T08:00", "Europe/Bucharest");
        let p = presets(Lang::En, monday, &Clock::plain(tz("Europe/Bucharest")));
        assert_eq!(in_zone(p[3].at, "Europe/Bucharest"), "2026-12-14 09:00 EET");
    }

    #[test]
    fn bad_business_hours_say_why() {
        let hours = crate::sla::BusinessHours {
            start: "nine".into(),
            end: "17:00".into(),
            days: vec![],
            time_zone: None,
        };
        let err = Clock::new(TimeZone::UTC, Some(&hours), Lang::En).unwrap_err();
        assert!(err.contains("business hours start"), "{err}");
        let err = Clock::new(TimeZone::UTC, Some(&hours), Lang::Ro).unwrap_err();
        assert!(
            err.starts_with("ora de început a programului \"nine\": "),
            "{err}"
        );
        let zoned = crate::sla::BusinessHours {
            start: "09:00".into(),
            time_zone: Some("Mars/Olympus".into()),
            ..hours
        };
        let err = Clock::new(TimeZone::UTC, Some(&zoned), Lang::Ru).unwrap_err();
        assert!(err.starts_with("часовой пояс \"Mars/Olympus\": "), "{err}");
    }

    #[test]
    fn spring_forward() {
        // Bucharest: 29 Mar 2026, 03:00 EET becomes 04:00 EEST.
        let b = "Europe/Bucharest";
        let sat = "2026-03-28T10:00";
        assert_eq!(
            parse_in("tomorrow 10:00", sat, b).unwrap(),
            "2026-03-29 10:00 EEST"
        );
        // 03:30 does not exist that night: the same time after the change.
        assert_eq!(
            parse_in("tomorrow 3:30", sat, b).unwrap(),
            "2026-03-29 04:30 EEST"
        );
        // A duration is a duration: 4 hours across the change are 4 hours.
        let before = local("2026-03-29T01:00", b);
        let four = parse("4h", before, &Clock::plain(tz(b))).unwrap();
        assert_eq!(four.duration_since(before), SignedDuration::from_hours(4));
        assert_eq!(in_zone(four, b), "2026-03-29 06:00 EEST");
        // "Tomorrow at 09:00" from before the change is 23 hours later, at 09:00 on the clock.
        let p = presets(Lang::En, local("2026-03-28T09:00", b), &Clock::plain(tz(b)));
        assert_eq!(in_zone(p[2].at, b), "2026-03-29 09:00 EEST");
        assert_eq!(
            p[2].at.duration_since(local("2026-03-28T09:00", b)),
            SignedDuration::from_hours(23)
        );
        // New York: 8 Mar 2026, 02:00 EST becomes 03:00 EDT.
        let ny = "America/New_York";
        assert_eq!(
            parse_in("2:30", "2026-03-08T01:00", ny).unwrap(),
            "2026-03-08 03:30 EDT"
        );
        assert_eq!(
            parse_in("mon 9:00", "2026-03-07T12:00", ny).unwrap(),
            "2026-03-09 09:00 EDT"
        );
    }

    #[test]
    fn fall_back() {
        // Bucharest: 25 Oct 2026, 04:00 EEST becomes 03:00 EET; 03:30 happens twice.
        let b = "Europe/Bucharest";
        assert_eq!(
            parse_in("3:30", "2026-10-25T01:00", b).unwrap(),
            "2026-10-25 03:30 EEST"
        );
        let p = presets(Lang::En, local("2026-10-24T09:00", b), &Clock::plain(tz(b)));
        assert_eq!(in_zone(p[2].at, b), "2026-10-25 09:00 EET");
        assert_eq!(
            p[2].at.duration_since(local("2026-10-24T09:00", b)),
            SignedDuration::from_hours(25)
        );
        // New York: 1 Nov 2026, 02:00 EDT becomes 01:00 EST.
        let ny = "America/New_York";
        assert_eq!(
            parse_in("tomorrow 9:00", "2026-10-31T20:00", ny).unwrap(),
            "2026-11-01 09:00 EST"
        );
        assert_eq!(
            parse_in("1:30", "2026-11-01T00:30", ny).unwrap(),
            "2026-11-01 01:30 EDT"
        );
        let before = local("2026-11-01T00:30", ny);
        let two = parse("2h", before, &Clock::plain(tz(ny))).unwrap();
        assert_eq!(in_zone(two, ny), "2026-11-01 01:30 EST");
    }

    #[test]
    fn wake_up_times_are_shown_short_and_long() {
        let utc = TimeZone::UTC;
        let now: Timestamp = "2026-12-02T12:00:00Z".parse().unwrap();
        let t = |s: &str| s.parse::<Timestamp>().unwrap();
        let en = |s| shown(Lang::En, t(s), now, &utc);
        assert_eq!(en("2026-12-02T15:30:00Z"), "15:30");
        assert_eq!(en("2026-12-03T09:00:00Z"), "Thu 09:00");
        assert_eq!(en("2026-12-24T09:00:00Z"), "24 Dec 09:00");
        assert_eq!(en("2027-01-04T09:00:00Z"), "4 Jan 2027 09:00");
        assert_eq!(
            shown_long(Lang::En, t("2026-12-03T07:00:00Z"), &tz("Europe/Bucharest")),
            "Thu 3 Dec 09:00 (Europe/Bucharest)"
        );
    }

    #[test]
    fn days_and_months_are_named_as_each_language_names_them() {
        let utc = TimeZone::UTC;
        let now: Timestamp = "2026-12-02T12:00:00Z".parse().unwrap();
        let at = |lang, s: &str| shown(lang, s.parse().unwrap(), now, &utc);
        let christmas = "2026-12-24T09:00:00Z";
        let said: Vec<String> = Lang::ALL.iter().map(|l| at(*l, christmas)).collect();
        assert_eq!(
            said,
            [
                "24 Dec 09:00",
                "24 dec. 09:00",
                "24 дек. 09:00",
                "12月24日 09:00",
                "24. dets 09:00"
            ]
        );
        assert_eq!(at(Lang::Ro, "2026-12-03T09:00:00Z"), "joi 09:00");
        assert_eq!(at(Lang::Ru, "2027-01-04T09:00:00Z"), "4 янв. 2027 09:00");
        assert_eq!(at(Lang::Zh, "2027-01-04T09:00:00Z"), "2027年1月4日 09:00");
        let p = presets(Lang::Ru, now, &Clock::plain(utc));
        assert_eq!(p[0].label, "Через 1 час");
        assert_eq!(p[1].label, "Через 4 часа");
    }
}
