//! Announcements (a new urgent ticket, an SLA alert, a write delivered from the outbox): one line
//! each, at most one every `GAP`, the rest counted on one line and kept for `news`; `quiet` holds
//! them all until the agent's next command. Pure: the event loop gives the time.

use std::collections::VecDeque;

use jiff::{SignedDuration, Timestamp};

use super::words;

/// At most one announcement line this often.
pub const GAP: SignedDuration = SignedDuration::from_secs(10);
/// The announcements `news` can say again.
const KEPT: usize = 50;

#[derive(Debug, Default)]
pub struct Announcer {
    last: Option<Timestamp>,
    waiting: VecDeque<String>,
    /// Held by `quiet` (everything, notices too) until the next command.
    held: Vec<String>,
    pub quiet: bool,
    /// Every announcement of the session, the newest last, for `news`.
    pub kept: VecDeque<String>,
}

impl Announcer {
    /// An event: it waits for its turn.
    pub fn event(&mut self, line: String) {
        if self.kept.len() == KEPT {
            self.kept.pop_front();
        }
        self.kept.push_back(line.clone());
        self.waiting.push_back(line);
    }

    /// A line that answers the agent (a notice) is printed now, unless quiet holds it.
    pub fn notice(&mut self, line: String) -> Vec<String> {
        if self.quiet {
            self.held.push(line);
            vec![]
        } else {
            vec![line]
        }
    }

    /// What to print now: the oldest waiting event if its turn has come, and a count of the rest
    /// (which `news` says again).
    pub fn due(&mut self, l: crate::i18n::Lang, now: Timestamp) -> Vec<String> {
        if self.quiet || self.waiting.is_empty() {
            return vec![];
        }
        if self.last.is_some_and(|last| now.duration_since(last) < GAP) {
            return vec![];
        }
        self.last = Some(now);
        let mut lines = vec![self.waiting.pop_front().unwrap_or_default()];
        if !self.waiting.is_empty() {
            lines.push(words::more_events(l, self.waiting.len()));
            self.waiting.clear();
        }
        lines
    }

    /// The agent typed a command: what `quiet` held comes first, and quiet ends.
    pub fn command(&mut self, l: crate::i18n::Lang, now: Timestamp) -> Vec<String> {
        if !self.quiet {
            return vec![];
        }
        self.quiet = false;
        let mut lines: Vec<String> = std::mem::take(&mut self.held);
        let events = std::mem::take(&mut self.waiting);
        lines.extend(events);
        if lines.is_empty() {
            return lines;
        }
        self.last = Some(now);
        let mut out = vec![words::held(l, lines.len())];
        out.extend(lines);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + secs).unwrap()
    }

    #[test]
    fn one_line_per_gap_and_a_count_of_the_rest() {
        let mut a = Announcer::default();
        a.event("first".into());
        assert_eq!(a.due(Lang::En, at(0)), ["first"]);
        a.event("second".into());
        a.event("third".into());
        a.event("fourth".into());
        assert!(a.due(Lang::En, at(3)).is_empty(), "too soon");
        assert_eq!(
            a.due(Lang::En, at(10)),
            [
                "second",
                "2 more announcements came; type news to hear them."
            ]
        );
        assert!(a.due(Lang::En, at(30)).is_empty(), "nothing left waiting");
        assert_eq!(a.kept, ["first", "second", "third", "fourth"]);
    }

    #[test]
    fn quiet_holds_everything_until_the_next_command() {
        let mut a = Announcer {
            quiet: true,
            ..Default::default()
        };
        a.event("alert".into());
        assert!(a.notice("#1 updated".into()).is_empty());
        assert!(a.due(Lang::En, at(100)).is_empty());
        assert_eq!(
            a.command(Lang::En, at(101)),
            [
                "While you were busy, 2 announcements came:",
                "#1 updated",
                "alert"
            ]
        );
        assert!(!a.quiet);
        assert_eq!(a.notice("#2 updated".into()), ["#2 updated"]);
    }
}
