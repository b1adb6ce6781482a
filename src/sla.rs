//! SLA clocks: targets from the backend, or from a local policy where the backend has none, the
//! queue's order (soonest breach first), and business hours.

use std::collections::BTreeMap;

use jiff::civil::{Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use serde::Deserialize;

use crate::helpdesk::{SlaMetric, SlaState, SlaTarget, Ticket, Tier};

/// `[sla]` in config.toml: minutes per priority (and optionally per channel) for the first response
/// and for resolution, counted in business hours when `[sla.business_hours]` is set.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// e.g. { urgent = 60, high = 240, normal = 480, low = 1440 }
    #[serde(default)]
    pub first_response: BTreeMap<String, u64>,
    #[serde(default)]
    pub resolution: BTreeMap<String, u64>,
    /// Per-channel first-response minutes that win over the priority's (e.g. { chat = 2 }).
    #[serde(default)]
    pub channel_first_response: BTreeMap<String, u64>,
    pub business_hours: Option<BusinessHours>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessHours {
    /// "09:00"
    pub start: String,
    /// "17:30"
    pub end: String,
    /// ["mon", "tue", "wed", "thu", "fri"]
    #[serde(default = "weekdays")]
    pub days: Vec<String>,
    /// IANA zone, e.g. "Europe/Bucharest"; the system's when absent.
    pub time_zone: Option<String>,
}

fn weekdays() -> Vec<String> {
    ["mon", "tue", "wed", "thu", "fri"]
        .map(String::from)
        .to_vec()
}

fn weekday(s: &str) -> Option<Weekday> {
    Some(match s.to_ascii_lowercase().get(..3)? {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return None,
    })
}

impl BusinessHours {
    /// The moment `minutes` of business time have passed after `from`.
    pub fn add(&self, from: Timestamp, minutes: u64) -> Result<Timestamp, String> {
        let tz = match &self.time_zone {
            Some(name) => TimeZone::get(name).map_err(|e| format!("time zone {name:?}: {e}"))?,
            None => TimeZone::system(),
        };
        let parse = |s: &str| s.parse::<Time>().map_err(|e| format!("time {s:?}: {e}"));
        let (open, close) = (parse(&self.start)?, parse(&self.end)?);
        if close <= open {
            return Err(format!(
                "business hours end ({}) before they start ({})",
                self.end, self.start
            ));
        }
        let days: Vec<Weekday> = self.days.iter().filter_map(|d| weekday(d)).collect();
        if days.is_empty() {
            return Err("business hours have no valid days".into());
        }
        let mut left = SignedDuration::from_secs(minutes as i64 * 60);
        let mut at = from.to_zoned(tz.clone());
        // Walk day by day (bounded: a year of days is far beyond any SLA).
        for _ in 0..400 {
            let date = at.date();
            if days.contains(&date.weekday()) {
                let day_open = date
                    .to_datetime(open)
                    .to_zoned(tz.clone())
                    .map_err(|e| e.to_string())?;
                let day_close = date
                    .to_datetime(close)
                    .to_zoned(tz.clone())
                    .map_err(|e| e.to_string())?;
                let start = if at < day_open { day_open } else { at.clone() };
                if start < day_close {
                    let room = start.duration_until(&day_close);
                    if left <= room {
                        return Ok(start.timestamp() + left);
                    }
                    left -= room;
                }
            }
            let next = date.checked_add(1.day()).map_err(|e| e.to_string())?;
            at = next.to_zoned(tz.clone()).map_err(|e| e.to_string())?;
        }
        Err("SLA target beyond a year of business hours".into())
    }
}

impl Policy {
    pub fn is_empty(&self) -> bool {
        self.first_response.is_empty()
            && self.resolution.is_empty()
            && self.channel_first_response.is_empty()
    }

    fn due(&self, from: Timestamp, minutes: u64) -> Option<Timestamp> {
        // A ticket whose creation time could not be read has no computable deadline.
        let from = crate::helpdesk::known(from)?;
        match &self.business_hours {
            Some(b) => b.add(from, minutes).ok(),
            None => from
                .checked_add(SignedDuration::from_secs(minutes as i64 * 60))
                .ok(),
        }
    }

    /// Targets for a ticket the backend gave none: first response (until an agent replied, which
    /// the queue cannot know, so while the ticket is new) and resolution (while unsolved).
    pub fn targets(&self, t: &Ticket) -> Vec<SlaTarget> {
        if !t.status.category.is_unsolved() {
            return vec![];
        }
        let prio = t.priority.as_ref().map_or("normal", |p| p.label.as_str());
        let mut out = vec![];
        let first = self
            .channel_first_response
            .get(t.channel.label())
            .or_else(|| self.first_response.get(prio));
        if let Some(&min) = first
            && t.status.category == crate::helpdesk::StatusCategory::New
        {
            out.push(SlaTarget {
                metric: SlaMetric::FirstResponse,
                due_at: self.due(t.created_at, min),
                state: SlaState::Active,
            });
        }
        if let Some(&min) = self.resolution.get(prio) {
            out.push(SlaTarget {
                metric: SlaMetric::Resolution,
                due_at: self.due(t.created_at, min),
                state: SlaState::Active,
            });
        }
        out
    }

    /// Fills in local targets where the backend gave none.
    pub fn apply(&self, tickets: &mut [Ticket]) {
        if self.is_empty() {
            return;
        }
        for t in tickets.iter_mut().filter(|t| t.sla.is_empty()) {
            t.sla = self.targets(t);
        }
    }
}

/// What a customer is worth, for ordering: VIP first.
fn value(t: &Ticket) -> u8 {
    match t.requester_tier {
        Some(Tier::Vip) => 3,
        Some(Tier::Loyal) => 2,
        Some(Tier::Standard) | None => 1,
        Some(Tier::New) => 0,
    }
}

/// The queue's order: the soonest breach first (breached ones at the top), then priority, then
/// customer value; tickets with no running clock last, newest first. `tix ls` uses the same order.
pub fn sort(tickets: &mut [Ticket]) {
    let at = order(tickets);
    permute(tickets, &at);
}

/// The queue's order (as `sort`) as positions into `tickets`, which stay where they are: each
/// ticket's key is worked out once (a comparison then reads no SLA list), and a caller can put
/// what it keeps beside each ticket (the filter's haystacks) in the same order.
pub fn order(tickets: &[Ticket]) -> Vec<usize> {
    use std::cmp::Reverse;
    // Small keys, read once per ticket (100,000 of them in a whole view); the id breaks ties.
    let mut keys: Vec<_> = tickets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let due = next_due(t);
            (
                // Tickets with a running clock first, the soonest due first.
                (due.is_none(), due.unwrap_or(Timestamp::MIN)),
                Reverse(t.priority.as_ref().map_or(0, |p| p.rank)),
                Reverse(value(t)),
                Reverse(t.updated_at),
                i as u32,
            )
        })
        .collect();
    keys.sort_unstable_by(|a, b| {
        (a.0, a.1, a.2, a.3)
            .cmp(&(b.0, b.1, b.2, b.3))
            .then_with(|| tickets[a.4 as usize].id.cmp(&tickets[b.4 as usize].id))
    });
    keys.into_iter().map(|k| k.4 as usize).collect()
}

/// `items` rearranged in place so that the first is what was `items[order[0]]`, and so on
/// (`order` is a permutation of their positions). Each cycle of the permutation is followed with
/// swaps: no second list of 100,000 rows is made (and written into fresh memory) to sort one.
pub fn permute<T>(items: &mut [T], order: &[usize]) {
    debug_assert_eq!(items.len(), order.len());
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        if placed[start] {
            continue;
        }
        // Along the cycle, `k` takes what was at `order[k]`; what was at `start` travels on
        // through the swaps and lands where the cycle closes.
        let mut k = start;
        loop {
            placed[k] = true;
            let from = order[k];
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

fn next_due(t: &Ticket) -> Option<Timestamp> {
    t.next_sla().and_then(|s| s.due_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helpdesk::zendesk::{channel_of, priority_of, status_of};
    use crate::helpdesk::{Id, Tier};

    fn t(id: u64, due_min: Option<i64>, prio: &str, tier: Tier) -> Ticket {
        let now: Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
        Ticket {
            id: Id::from(id),
            subject: String::new().into(),
            status: status_of("open"),
            priority: Some(priority_of(prio)),
            channel: channel_of("email"),
            requester: None,
            requester_tier: Some(tier),
            assignee: None,
            group: None,
            organization: None,
            tags: vec![],
            created_at: now,
            updated_at: now + SignedDuration::from_secs(id as i64),
            sla: due_min
                .map(|m| SlaTarget {
                    metric: SlaMetric::FirstResponse,
                    due_at: Some(now + SignedDuration::from_secs(m * 60)),
                    state: SlaState::Active,
                })
                .into_iter()
                .collect(),
            satisfaction: None,
        }
    }

    #[test]
    fn permute_puts_each_item_where_the_order_says() {
        // Permutations of every shape: identity, one long cycle, many short ones, shuffled.
        let mut seed = 7u64;
        for n in [0usize, 1, 2, 3, 10, 257] {
            let mut orders: Vec<Vec<usize>> = vec![(0..n).collect(), (0..n).rev().collect()];
            orders.push((0..n).map(|i| (i + 1) % n.max(1)).collect());
            let mut shuffled: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                shuffled.swap(i, (seed >> 33) as usize % (i + 1));
            }
            orders.push(shuffled);
            for order in orders {
                let items: Vec<String> = (0..n).map(|i| format!("item {i}")).collect();
                let want: Vec<String> = order.iter().map(|&i| items[i].clone()).collect();
                let mut got = items.clone();
                permute(&mut got, &order);
                assert_eq!(got, want, "order {order:?}");
            }
        }
    }

    #[test]
    fn soonest_breach_first_then_priority_then_value_then_no_clock() {
        let mut q = vec![
            t(1, None, "urgent", Tier::Vip),
            t(2, Some(30), "low", Tier::Standard),
            t(3, Some(-5), "low", Tier::New),
            t(4, Some(30), "high", Tier::Standard),
            t(5, Some(30), "high", Tier::Vip),
            t(6, None, "low", Tier::New),
        ];
        sort(&mut q);
        let ids: Vec<&str> = q.iter().map(|t| t.id.0.as_str()).collect();
        assert_eq!(ids, ["3", "5", "4", "2", "1", "6"]);
    }

    #[test]
    fn business_hours_skip_nights_weekends_and_respect_time_zones() {
        let bh = BusinessHours {
            start: "09:00".into(),
            end: "17:00".into(),
            days: weekdays(),
            time_zone: Some("Europe/Bucharest".into()),
        };
        // Friday 2026-11-20 16:00 in Bucharest (14:00 UTC); 120 business minutes.
        let from: Timestamp = "2026-11-20T14:00:00Z".parse().unwrap();
        let due = bh.add(from, 120).unwrap();
        // One hour on Friday, then Monday 09:00 + 1 h = 10:00 Bucharest = 08:00 UTC.
        assert_eq!(due, "2026-11-23T08:00:00Z".parse::<Timestamp>().unwrap());
        // Saturday counts from Monday's opening.
        let sat: Timestamp = "2026-11-21T12:00:00Z".parse().unwrap();
        assert_eq!(
            bh.add(sat, 30).unwrap(),
            "2026-11-23T07:30:00Z".parse::<Timestamp>().unwrap()
        );
        // The same wall-clock hours in another zone give another instant.
        let ny = BusinessHours {
            time_zone: Some("America/New_York".into()),
            ..bh.clone()
        };
        assert_eq!(
            ny.add(sat, 30).unwrap(),
            "2026-11-23T14:30:00Z".parse::<Timestamp>().unwrap()
        );
        let bad = BusinessHours {
            end: "08:00".into(),
            ..bh
        };
        assert!(bad.add(from, 1).is_err());
    }

    #[test]
    fn local_policy_fills_only_missing_targets() {
        let policy: Policy = toml::from_str(
            "first_response = { urgent = 60, normal = 240 }\nresolution = { normal = 1440 }\nchannel_first_response = { chat = 2 }\n",
        )
        .unwrap();
        let mut new_chat = t(1, None, "normal", Tier::Standard);
        new_chat.status = status_of("new");
        new_chat.channel = channel_of("chat");
        let backend = t(2, Some(10), "normal", Tier::Standard);
        let mut q = vec![new_chat, backend.clone()];
        policy.apply(&mut q);
        assert_eq!(q[0].sla.len(), 2);
        assert_eq!(
            q[0].next_sla().unwrap().due_at,
            Some(q[0].created_at + SignedDuration::from_secs(120)),
            "the chat channel's two minutes win"
        );
        assert_eq!(q[1].sla, backend.sla, "backend targets untouched");
    }
}
