//! The statuses and priorities a backend offers, in its own words: what the pickers list, what the
//! queue and `tix show` call a ticket's status, and how a word an agent typed (or a keymap's
//! `args = { status = "pending" }`) becomes the word the backend takes.

use serde::{Deserialize, Serialize};

use super::{Priority, PriorityLevel, Status, StatusCategory};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Vocabulary {
    /// In the backend's order; within a category the first is the one a category word means.
    pub statuses: Vec<Status>,
    /// Least urgent first.
    pub priorities: Vec<Priority>,
}

impl StatusCategory {
    /// A category's word ("on hold" also as hold, on-hold, on_hold, onhold).
    pub fn from_word(word: &str) -> Option<StatusCategory> {
        Some(match word.trim().to_lowercase().as_str() {
            "new" => StatusCategory::New,
            "open" => StatusCategory::Open,
            "pending" => StatusCategory::Pending,
            "hold" | "on hold" | "on-hold" | "on_hold" | "onhold" => StatusCategory::OnHold,
            "solved" => StatusCategory::Solved,
            "closed" => StatusCategory::Closed,
            _ => return None,
        })
    }

    /// The category that stands in where a backend has none of this one: RT's `stalled` is both
    /// waiting kinds, Freshdesk has no "new", Zammad closes what others solve.
    fn nearest(self) -> Option<StatusCategory> {
        Some(match self {
            StatusCategory::Pending => StatusCategory::OnHold,
            StatusCategory::OnHold => StatusCategory::Pending,
            StatusCategory::New => StatusCategory::Open,
            StatusCategory::Solved => StatusCategory::Closed,
            StatusCategory::Closed => StatusCategory::Solved,
            _ => return None,
        })
    }

    pub fn word(self) -> &'static str {
        match self {
            StatusCategory::New => "new",
            StatusCategory::Open => "open",
            StatusCategory::Pending => "pending",
            StatusCategory::OnHold => "on hold",
            StatusCategory::Solved => "solved",
            StatusCategory::Closed => "closed",
            StatusCategory::Other => "other",
        }
    }
}

impl PriorityLevel {
    fn from_word(word: &str) -> Option<PriorityLevel> {
        Some(match word.trim().to_lowercase().as_str() {
            "low" => PriorityLevel::Low,
            "normal" | "medium" => PriorityLevel::Normal,
            "high" => PriorityLevel::High,
            "urgent" => PriorityLevel::Urgent,
            _ => return None,
        })
    }
}

impl Vocabulary {
    /// The status a word names: the backend's own word (`raw`), else its label, else a category
    /// word for the first status of that category (or of the nearest one the backend has).
    /// Case does not matter.
    pub fn status(&self, word: &str) -> Option<&Status> {
        let w = word.trim().to_lowercase();
        let same = |a: &str| a.trim().to_lowercase() == w;
        self.statuses
            .iter()
            .find(|s| same(&s.raw))
            .or_else(|| self.statuses.iter().find(|s| same(&s.label)))
            .or_else(|| {
                let c = StatusCategory::from_word(&w)?;
                let first = |c| self.statuses.iter().find(|s| s.category == c);
                first(c).or_else(|| first(c.nearest()?))
            })
    }

    /// The priority a word names: raw, label, then a level word (low, normal/medium, high, urgent).
    pub fn priority(&self, word: &str) -> Option<&Priority> {
        let w = word.trim().to_lowercase();
        let same = |a: &str| a.trim().to_lowercase() == w;
        self.priorities
            .iter()
            .find(|p| same(&p.raw))
            .or_else(|| self.priorities.iter().find(|p| same(&p.label)))
            .or_else(|| {
                let l = PriorityLevel::from_word(&w)?;
                self.priorities.iter().find(|p| p.level == Some(l))
            })
    }

    /// The entry a ticket's status is: the same raw word, else (a ticket read before the list
    /// was known, or a list that fell back to defaults) the first of its category.
    pub fn status_of(&self, s: &Status) -> Option<usize> {
        self.statuses
            .iter()
            .position(|x| x.raw.eq_ignore_ascii_case(&s.raw))
            .or_else(|| {
                (s.category != StatusCategory::Other)
                    .then(|| self.statuses.iter().position(|x| x.category == s.category))
                    .flatten()
            })
    }

    pub fn priority_of(&self, p: &Priority) -> Option<usize> {
        self.priorities
            .iter()
            .position(|x| x.raw.eq_ignore_ascii_case(&p.raw))
            .or_else(|| {
                p.level
                    .and_then(|l| self.priorities.iter().position(|x| x.level == Some(l)))
            })
    }

    /// A status read before the list was known, named as the list names it (same raw word).
    pub fn relabel(&self, s: &mut Status) {
        if let Some(known) = self.statuses.iter().find(|x| x.raw == s.raw) {
            s.label = known.label.clone();
            if known.category != StatusCategory::Other {
                s.category = known.category;
            }
        }
    }

    /// "new, open, stalled, resolved" for a message that lists the valid words.
    pub fn status_words(&self) -> String {
        words(self.statuses.iter().map(|s| (&*s.raw, &*s.label)))
    }

    pub fn priority_words(&self) -> String {
        words(self.priorities.iter().map(|p| (&*p.raw, &*p.label)))
    }
}

/// Labels, with the raw word beside where it differs ("Waiting on vendor (9001)").
fn words<'a>(items: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    items
        .map(|(raw, label)| {
            if raw.eq_ignore_ascii_case(label) {
                label.to_string()
            } else {
                format!("{label} ({raw})")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A status whose label is its raw word.
pub fn status(category: StatusCategory, raw: &str) -> Status {
    Status {
        category,
        raw: raw.to_string().into(),
        label: raw.to_string().into(),
    }
}

/// The six categories in their own words, for a backend that says nothing of its own.
pub fn neutral() -> Vocabulary {
    use StatusCategory::*;
    Vocabulary {
        statuses: [New, Open, Pending, OnHold, Solved, Closed]
            .into_iter()
            .map(|c| status(c, if c == OnHold { "hold" } else { c.word() }))
            .collect(),
        priorities: [
            ("low", PriorityLevel::Low, 1),
            ("normal", PriorityLevel::Normal, 2),
            ("high", PriorityLevel::High, 3),
            ("urgent", PriorityLevel::Urgent, 4),
        ]
        .into_iter()
        .map(|(w, level, rank)| Priority {
            level: Some(level),
            raw: w.to_string().into(),
            label: w.to_string().into(),
            rank,
        })
        .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rt_like() -> Vocabulary {
        use StatusCategory::*;
        Vocabulary {
            statuses: vec![
                status(New, "new"),
                status(Open, "open"),
                status(OnHold, "stalled"),
                status(Solved, "resolved"),
                status(Closed, "rejected"),
            ],
            priorities: neutral().priorities,
        }
    }

    #[test]
    fn a_word_is_the_backends_own_then_a_label_then_a_category() {
        let v = rt_like();
        assert_eq!(v.status("Stalled").unwrap().raw, "stalled");
        assert_eq!(v.status("hold").unwrap().raw, "stalled");
        assert_eq!(v.status("on hold").unwrap().raw, "stalled");
        assert_eq!(v.status("solved").unwrap().raw, "resolved");
        assert_eq!(v.status("closed").unwrap().raw, "rejected");
        assert_eq!(
            v.status("pending").unwrap().raw,
            "stalled",
            "RT waits one way"
        );
        assert!(v.status("triage").is_none());
        let mut custom = v.clone();
        custom.statuses.insert(
            3,
            Status {
                category: StatusCategory::OnHold,
                raw: "9001".into(),
                label: "Waiting on vendor".into(),
            },
        );
        assert_eq!(custom.status("waiting on vendor").unwrap().raw, "9001");
        assert_eq!(
            custom.status("hold").unwrap().raw,
            "stalled",
            "the first of its kind"
        );
        assert_eq!(v.priority("medium").unwrap().raw, "normal");
        assert!(v.status_words().contains("stalled"));
    }

    #[test]
    fn a_ticket_read_before_the_list_is_found_by_raw_word_then_category() {
        let v = rt_like();
        let mut s = status(StatusCategory::OnHold, "Stalled");
        assert_eq!(v.status_of(&s), Some(2));
        s.raw = "9001".into();
        assert_eq!(v.status_of(&s), Some(2), "by its category");
        let mut custom = Status {
            category: StatusCategory::Pending,
            raw: "9001".into(),
            label: "pending".into(),
        };
        let mut known = v.clone();
        known.statuses.push(Status {
            category: StatusCategory::Pending,
            raw: "9001".into(),
            label: "Waiting on vendor".into(),
        });
        known.relabel(&mut custom);
        assert_eq!(custom.label, "Waiting on vendor");
    }
}
