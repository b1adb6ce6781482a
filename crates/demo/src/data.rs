//! The demo data set, generated deterministically from a seed and an anchor time.
//!
//! Only the small tables (people, organisations, groups, views, macros) and one compact row per
//! ticket are kept in memory. Ticket texts, tags, SLA metrics and whole comment threads are derived
//! on demand from `(seed, ticket id)`, each from its own random stream, so 200,000 tickets cost a
//! few megabytes and a thread is identical no matter when or how often it is asked for.

mod generate;
mod tickets;

use std::collections::{HashMap, HashSet};
pub use tickets::*;

use jiff::{SignedDuration, Timestamp};

use super::hostile;
use super::text::{self, Issue, Lang, Topic, Vars};
use tix_helpdesk::zendesk::wire::{
    Attachment, Comment, Group, Macro, MacroAction, Organization, PolicyMetric, SatisfactionRating,
    Slas, Ticket, User, Via, View,
};

pub const FIRST_TICKET_ID: u64 = 1001;
pub const CUSTOMER_COUNT: usize = 150;

// Id ranges, one per kind of record, so an id used in the wrong place finds nothing.
const AGENT_BASE: u64 = 361_000_000;
const CUSTOMER_BASE: u64 = 362_000_000;
const ORG_BASE: u64 = 363_000_000;
const GROUP_BASE: u64 = 364_000_000;
const VIEW_BASE: u64 = 365_000_000;
const MACRO_BASE: u64 = 366_000_000;
/// A solved ticket's satisfaction rating is `CSAT_BASE + ticket id`.
const CSAT_BASE: u64 = 367_000_000;
/// Generated comment ids are `ticket id * 1000 + position`; threads stay far below 1000.
pub(crate) const COMMENTS_PER_TICKET_ID: u64 = 1000;

const MINUTE: i64 = 60;
const HOUR: i64 = 3600;
const DAY: i64 = 86_400;

// One random stream per derived aspect, so adding a draw to one never shifts the others.
const STREAM_CUSTOMER: u64 = 1;
const STREAM_ROW: u64 = 2;
const STREAM_TEXT: u64 = 3;
const STREAM_VARS: u64 = 4;
const STREAM_TAGS: u64 = 5;
const STREAM_SLA: u64 = 6;
const STREAM_THREAD: u64 = 7;
const STREAM_MISC: u64 = 8;
const STREAM_HOSTILE: u64 = 9;
const STREAM_CSAT: u64 = 10;

/// Size of the one giant comment body in hostile mode.
pub const GIANT_BODY_BYTES: usize = 2 * 1024 * 1024;

/// splitmix64: tiny, fast and good enough for made-up data; the same on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Rng {
    /// An independent stream for one aspect (`stream`) of one record (`id`).
    pub fn derive(seed: u64, stream: u64, id: u64) -> Rng {
        Rng(mix(
            seed ^ mix(stream.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ mix(id))
        ))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..hi` seconds (or any other unit); `lo` when the range is empty.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below(hi.saturating_sub(lo).max(0) as u64) as i64
    }

    /// Uniform in `0.0..1.0`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// One element of a non-empty slice (the phrase banks are never empty).
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.index(items.len())]
    }

    pub fn weighted<T: Copy>(&mut self, table: &[(T, u32)]) -> T {
        let total: u64 = table.iter().map(|&(_, w)| u64::from(w)).sum();
        let mut roll = self.below(total);
        for &(item, weight) in table {
            if roll < u64::from(weight) {
                return item;
            }
            roll -= u64::from(weight);
        }
        table[table.len() - 1].0
    }
}

fn ago(now: Timestamp, secs: i64) -> Timestamp {
    now.checked_sub(SignedDuration::from_secs(secs))
        .unwrap_or(now)
}

fn ahead(now: Timestamp, secs: i64) -> Timestamp {
    ago(now, -secs)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    New,
    Open,
    Pending,
    Hold,
    Solved,
    Closed,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::New,
        Status::Open,
        Status::Pending,
        Status::Hold,
        Status::Solved,
        Status::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Open => "open",
            Status::Pending => "pending",
            Status::Hold => "hold",
            Status::Solved => "solved",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    pub fn is_unsolved(self) -> bool {
        self < Status::Solved
    }
}

/// One of the account's custom ticket statuses (Zendesk's `custom_statuses`).
pub struct CustomStatus {
    pub id: u64,
    pub label: &'static str,
    pub category: Status,
    /// The status a category's word (`status: "pending"`) sets.
    pub default: bool,
}

const fn custom(id: u64, label: &'static str, category: Status, default: bool) -> CustomStatus {
    CustomStatus {
        id,
        label,
        category,
        default,
    }
}

/// Each category's default (closed has none: a closed ticket keeps its solved status) and one of
/// the account's own, as accounts with custom statuses have them.
pub const CUSTOM_STATUSES: [CustomStatus; 6] = [
    custom(1001, "New", Status::New, true),
    custom(1002, "Open", Status::Open, true),
    custom(1003, "Pending", Status::Pending, true),
    custom(1004, "On-hold", Status::Hold, true),
    custom(1005, "Solved", Status::Solved, true),
    custom(1006, "Waiting on vendor", Status::Pending, false),
];

pub const WAITING_ON_VENDOR: u64 = 1006;

impl Status {
    /// The custom status a write of this word sets.
    pub fn default_custom_status(self) -> u64 {
        let category = if self == Status::Closed {
            Status::Solved
        } else {
            self
        };
        CUSTOM_STATUSES
            .iter()
            .find(|c| c.default && c.category == category)
            .map_or(0, |c| c.id)
    }
}

pub fn custom_status(id: u64) -> Option<&'static CustomStatus> {
    CUSTOM_STATUSES.iter().find(|c| c.id == id)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Low,
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub const ALL: [Priority; 4] = [
        Priority::Low,
        Priority::Normal,
        Priority::High,
        Priority::Urgent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }

    pub fn parse(s: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Web,
    Chat,
    Twitter,
    Facebook,
    Sms,
    Voice,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Web => "web",
            Channel::Chat => "chat",
            Channel::Twitter => "twitter",
            Channel::Facebook => "facebook",
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }

    /// Letters get greetings and sign-offs; chats and messages are short.
    fn is_letter(self) -> bool {
        matches!(self, Channel::Email | Channel::Web)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Vip,
    Loyal,
    Standard,
    New,
}

impl Tier {
    pub fn tag(self) -> &'static str {
        match self {
            Tier::Vip => "vip",
            Tier::Loyal => "loyal",
            Tier::Standard => "standard",
            Tier::New => "new",
        }
    }
}

/// One ticket as generated: enough to filter and sort views; the rest is derived on demand.
#[derive(Debug, Clone)]
pub struct TicketRow {
    pub id: u64,
    /// Index into the customers.
    pub requester: u32,
    /// Index into the agents (0 is "me").
    pub assignee: Option<u8>,
    /// Index into the groups.
    pub group: Option<u8>,
    pub status: Status,
    pub priority: Option<Priority>,
    pub channel: Channel,
    pub lang: Lang,
    pub topic: Topic,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Kept from generation: sorting a view by breach must not build every ticket's SLA metrics.
    pub next_breach: Option<Timestamp>,
}

/// What views, searches and counts look at, for generated and written tickets alike.
#[derive(Debug, Clone, Copy)]
pub struct TicketSummary {
    pub id: u64,
    pub status: Status,
    pub priority: Option<Priority>,
    pub requester_id: u64,
    pub assignee_id: Option<u64>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The soonest deadline of a running SLA metric (Zendesk's "Next SLA breach" column).
    pub next_breach: Option<Timestamp>,
}

/// How Zendesk sorts by "Next SLA breach": the earliest deadline among the active metrics.
pub fn next_breach(slas: &Slas) -> Option<Timestamp> {
    slas.policy_metrics
        .iter()
        .filter(|m| m.stage == "active")
        .filter_map(|m| m.breach_at)
        .min()
}

impl TicketSummary {
    /// `None` only for a status this module never writes.
    pub fn of_ticket(t: &Ticket) -> Option<TicketSummary> {
        Some(TicketSummary {
            id: t.id,
            status: Status::parse(&t.status)?,
            priority: t.priority.as_deref().and_then(Priority::parse),
            requester_id: t.requester_id,
            assignee_id: t.assignee_id,
            created_at: t.created_at,
            updated_at: t.updated_at,
            next_breach: t.slas.as_ref().and_then(next_breach),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    AllUnsolved,
    MyOpen,
    Unassigned,
    UrgentHigh,
    RecentlySolved,
}

const VIEWS: [(&str, ViewKind); 5] = [
    ("All unsolved", ViewKind::AllUnsolved),
    ("My open tickets", ViewKind::MyOpen),
    ("Unassigned", ViewKind::Unassigned),
    ("Urgent & high", ViewKind::UrgentHigh),
    ("Recently solved", ViewKind::RecentlySolved),
];

/// How far back "Recently solved" looks.
const RECENTLY: i64 = 7 * DAY;

struct Customer {
    /// Index into `Dataset::users`.
    user: usize,
    lang: Lang,
    tier: Tier,
}

/// Per-ticket fill-ins, shared by the ticket text and its thread.
struct TicketVars {
    /// What the ticket is about: its subject, problem statement and resolution.
    issue: &'static Issue,
    order: String,
    invoice: String,
    invoice_no: u64,
    amount: String,
    code: String,
    plan: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Turn {
    Customer,
    Agent,
    Note,
    Thanks,
}

pub struct Dataset {
    pub seed: u64,
    /// The anchor: every generated time and SLA deadline is placed relative to it.
    pub now: Timestamp,
    /// Agents first, then customers; ascending ids.
    pub users: Vec<User>,
    pub organizations: Vec<Organization>,
    pub groups: Vec<Group>,
    pub views: Vec<View>,
    pub macros: Vec<Macro>,
    /// Ticket `FIRST_TICKET_ID + i` is `tickets[i]`.
    pub tickets: Vec<TicketRow>,
    customers: Vec<Customer>,
    org_langs: Vec<Lang>,
    /// About one ticket in ten carries hostile text (see `hostile`), and so do the names of one
    /// customer in ten, who file those tickets.
    hostile: bool,
    /// The ticket whose second comment is a 2 MB paste (hostile mode only).
    pub giant: Option<u64>,
    /// Hostile tickets whose JSON is spoiled on the way out, one per `hostile::POISONS` (hostile
    /// mode only).
    pub poisoned: Vec<u64>,
}

impl Dataset {
    /// How ticket `id`'s JSON is spoiled, if it is.
    pub fn poison_of(&self, id: u64) -> Option<hostile::Poison> {
        let i = self.poisoned.iter().position(|&p| p == id)?;
        hostile::POISONS.get(i).copied()
    }

    /// Whether ticket `id` carries hostile text: about one in ten, in hostile mode only.
    pub fn is_hostile(&self, id: u64) -> bool {
        self.hostile && Rng::derive(self.seed, STREAM_HOSTILE, id).below(10) == 0
    }

    /// Which attacks a hostile ticket uses.
    fn hostile_variant(&self, id: u64) -> u64 {
        let mut r = Rng::derive(self.seed, STREAM_HOSTILE, id);
        r.next_u64();
        r.next_u64()
    }

    pub fn me(&self) -> &User {
        &self.users[0]
    }

    pub fn user(&self, id: u64) -> Option<&User> {
        self.users
            .binary_search_by_key(&id, |u| u.id)
            .ok()
            .map(|i| &self.users[i])
    }

    pub fn is_agent(&self, id: u64) -> bool {
        self.user(id).is_some_and(|u| u.role == "agent")
    }

    /// The customer new tickets are filed for when the request names no requester.
    pub fn default_requester(&self) -> &User {
        &self.users[self.customers[0].user]
    }

    pub fn group(&self, id: u64) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn organization(&self, id: u64) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn view_kind(&self, id: u64) -> Option<ViewKind> {
        let i = self.views.iter().position(|v| v.id == id)?;
        Some(VIEWS[i].1)
    }

    pub fn row(&self, id: u64) -> Option<&TicketRow> {
        let index = usize::try_from(id.checked_sub(FIRST_TICKET_ID)?).ok()?;
        self.tickets.get(index)
    }

    /// The generated tickets' tags with how many tickets carry each.
    pub fn tag_counts(&self) -> HashMap<String, u64> {
        let mut counts = HashMap::new();
        for row in &self.tickets {
            for tag in self.tags(row) {
                *counts.entry(tag).or_default() += 1;
            }
        }
        counts
    }

    pub fn last_ticket_id(&self) -> u64 {
        FIRST_TICKET_ID + self.tickets.len() as u64 - 1
    }
}

#[cfg(test)]
mod tests;
