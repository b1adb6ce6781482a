//! The agent's own numbers: handle time, first response time, first-contact resolution and CSAT,
//! recorded as events per day in the data dir (`metrics/YYYY-MM-DD.jsonl`) and summed up for the
//! metrics view and `tix stats`.

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The agent had the ticket open (current in the workspace) for `secs`: handle time, not
    /// handling; a ticket only looked at is not one the agent handled.
    Handled {
        ticket: String,
        at: Timestamp,
        secs: i64,
    },
    /// A public reply was confirmed; `first_response_secs` when it was the ticket's first.
    Replied {
        ticket: String,
        at: Timestamp,
        first_response_secs: Option<i64>,
    },
    /// The agent solved the ticket; `first_contact` when one reply (or none) sufficed.
    Solved {
        ticket: String,
        at: Timestamp,
        first_contact: bool,
    },
    /// An internal note or a field change of the agent's was confirmed (work, like a reply).
    Wrote { ticket: String, at: Timestamp },
    /// A satisfaction rating seen on one of the agent's tickets.
    Rated {
        ticket: String,
        at: Timestamp,
        good: bool,
    },
}

impl Event {
    pub fn at(&self) -> Timestamp {
        match self {
            Event::Handled { at, .. }
            | Event::Replied { at, .. }
            | Event::Solved { at, .. }
            | Event::Wrote { at, .. }
            | Event::Rated { at, .. } => *at,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub handled: usize,
    pub replies: usize,
    pub median_first_response_secs: Option<i64>,
    pub average_handle_secs: Option<i64>,
    pub fcr_rate: Option<f64>,
    pub csat: Option<f64>,
    /// Replies per hour of the day (0-23), for the sparkline.
    pub replies_per_hour: Vec<u64>,
}

pub fn summarize(events: &[Event], tz: &jiff::tz::TimeZone) -> Summary {
    use std::collections::{BTreeMap, BTreeSet};
    let mut handle: BTreeMap<&str, i64> = BTreeMap::new();
    let mut handled: BTreeSet<&str> = BTreeSet::new();
    let mut frt = vec![];
    let mut replies = 0;
    let (mut solved, mut fcr) = (0usize, 0usize);
    let mut rated: BTreeMap<&str, bool> = BTreeMap::new();
    let mut per_hour = vec![0u64; 24];
    for e in events {
        match e {
            Event::Handled { ticket, secs, .. } => {
                *handle.entry(ticket).or_default() += secs;
            }
            Event::Wrote { ticket, .. } => {
                handled.insert(ticket);
            }
            Event::Replied {
                ticket,
                at,
                first_response_secs,
            } => {
                replies += 1;
                handled.insert(ticket);
                frt.extend(first_response_secs);
                let hour = at.to_zoned(tz.clone()).hour() as usize;
                per_hour[hour.min(23)] += 1;
            }
            Event::Solved {
                ticket,
                first_contact,
                ..
            } => {
                solved += 1;
                fcr += usize::from(*first_contact);
                handled.insert(ticket);
            }
            Event::Rated { ticket, good, .. } => {
                rated.insert(ticket, *good); // the latest rating of a ticket counts
            }
        }
    }
    frt.sort_unstable();
    let median = match frt.len() {
        0 => None,
        n if n % 2 == 1 => Some(frt[n / 2]),
        n => Some((frt[n / 2 - 1] + frt[n / 2]) / 2),
    };
    let average_handle =
        (!handle.is_empty()).then(|| handle.values().sum::<i64>() / handle.len() as i64);
    let good = rated.values().filter(|g| **g).count();
    Summary {
        handled: handled.len(),
        replies,
        median_first_response_secs: median,
        average_handle_secs: average_handle,
        fcr_rate: (solved > 0).then(|| fcr as f64 / solved as f64),
        csat: (!rated.is_empty()).then(|| good as f64 / rated.len() as f64),
        replies_per_hour: per_hour,
    }
}

/// The day's file of events.
pub fn day_file(data_dir: &Path, day: jiff::civil::Date) -> PathBuf {
    data_dir.join("metrics").join(format!("{day}.jsonl"))
}

pub fn append(path: &Path, events: &[Event]) -> std::io::Result<()> {
    let mut f = crate::store::private::open_append(path)?;
    let mut buf = String::new();
    for e in events {
        buf.push_str(&serde_json::to_string(e).map_err(std::io::Error::other)?);
        buf.push('\n');
    }
    f.write_all(buf.as_bytes())
}

/// Reads a day's events; lines that do not parse (a torn last write) are skipped.
pub fn load(path: &Path) -> Vec<Event> {
    std::fs::read_to_string(path)
        .map(|t| {
            t.lines()
                .filter_map(|l| serde_json::from_str(l).ok())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn arithmetic() {
        let t = |s: &str| s.to_string();
        let events = vec![
            Event::Handled {
                ticket: t("1"),
                at: at("2026-11-23T09:00:00Z"),
                secs: 100,
            },
            Event::Handled {
                ticket: t("1"),
                at: at("2026-11-23T09:05:00Z"),
                secs: 50,
            },
            Event::Handled {
                ticket: t("2"),
                at: at("2026-11-23T10:00:00Z"),
                secs: 30,
            },
            Event::Replied {
                ticket: t("1"),
                at: at("2026-11-23T09:02:00Z"),
                first_response_secs: Some(600),
            },
            Event::Replied {
                ticket: t("2"),
                at: at("2026-11-23T10:01:00Z"),
                first_response_secs: Some(60),
            },
            Event::Replied {
                ticket: t("2"),
                at: at("2026-11-23T10:30:00Z"),
                first_response_secs: None,
            },
            Event::Replied {
                ticket: t("3"),
                at: at("2026-11-23T10:40:00Z"),
                first_response_secs: Some(120),
            },
            Event::Solved {
                ticket: t("1"),
                at: at("2026-11-23T09:06:00Z"),
                first_contact: true,
            },
            Event::Solved {
                ticket: t("2"),
                at: at("2026-11-23T10:31:00Z"),
                first_contact: false,
            },
            Event::Rated {
                ticket: t("1"),
                at: at("2026-11-23T11:00:00Z"),
                good: false,
            },
            Event::Rated {
                ticket: t("1"),
                at: at("2026-11-23T11:10:00Z"),
                good: true,
            },
            Event::Rated {
                ticket: t("2"),
                at: at("2026-11-23T11:00:00Z"),
                good: false,
            },
        ];
        let s = summarize(&events, &jiff::tz::TimeZone::UTC);
        assert_eq!(s.handled, 3, "1, 2 and 3 were written to");
        assert_eq!(s.replies, 4);
        assert_eq!(s.median_first_response_secs, Some(120));
        assert_eq!(s.average_handle_secs, Some(90), "(150 + 30) / 2 tickets");
        assert_eq!(s.fcr_rate, Some(0.5));
        assert_eq!(s.csat, Some(0.5), "latest rating per ticket");
        assert_eq!(s.replies_per_hour[9], 1);
        assert_eq!(s.replies_per_hour[10], 3);
        let empty = summarize(&[], &jiff::tz::TimeZone::UTC);
        assert_eq!(
            (empty.median_first_response_secs, empty.fcr_rate, empty.csat),
            (None, None, None)
        );
    }

    #[test]
    fn a_ticket_is_handled_when_written_to_not_when_looked_at() {
        let t = |s: &str| s.to_string();
        let events = vec![
            Event::Handled {
                ticket: t("1"),
                at: at("2026-11-23T09:00:00Z"),
                secs: 100,
            },
            Event::Handled {
                ticket: t("2"),
                at: at("2026-11-23T09:01:00Z"),
                secs: 5,
            },
            Event::Handled {
                ticket: t("3"),
                at: at("2026-11-23T09:02:00Z"),
                secs: 5,
            },
            Event::Replied {
                ticket: t("1"),
                at: at("2026-11-23T09:03:00Z"),
                first_response_secs: None,
            },
            Event::Wrote {
                ticket: t("4"),
                at: at("2026-11-23T09:04:00Z"),
            },
        ];
        let s = summarize(&events, &jiff::tz::TimeZone::UTC);
        assert_eq!(
            s.handled, 2,
            "#1 replied to, #4 noted; #2 and #3 only viewed"
        );
        assert_eq!(s.replies, 1);
    }

    #[test]
    fn files_round_trip_and_survive_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let day = jiff::civil::date(2026, 11, 23);
        let path = day_file(dir.path(), day);
        let e = Event::Solved {
            ticket: "9".into(),
            at: at("2026-11-23T09:06:00Z"),
            first_contact: true,
        };
        append(&path, std::slice::from_ref(&e)).unwrap();
        append(&path, std::slice::from_ref(&e)).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"event\":\"solv")
            .unwrap();
        assert_eq!(load(&path), vec![e.clone(), e]);
    }
}
