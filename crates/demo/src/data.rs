//! The demo data set, generated deterministically from a seed and an anchor time.
//!
//! Only the small tables (people, organisations, groups, views, macros) and one compact row per
//! ticket are kept in memory. Ticket texts, tags, SLA metrics and whole comment threads are derived
//! on demand from `(seed, ticket id)`, each from its own random stream, so 200,000 tickets cost a
//! few megabytes and a thread is identical no matter when or how often it is asked for.

use std::collections::{HashMap, HashSet};

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
    /// Generates `tickets` tickets; the same `(tickets, seed, now)` always gives the same data.
    #[cfg(test)]
    pub fn generate(tickets: usize, seed: u64, now: Timestamp) -> Dataset {
        Self::generate_with(tickets, seed, now, false)
    }

    /// `generate`, with hostile text in about one ticket in ten when `hostile` is set.
    pub fn generate_with(tickets: usize, seed: u64, now: Timestamp, hostile: bool) -> Dataset {
        // Whole seconds keep the JSON tidy and the output independent of sub-second jitter.
        let now = Timestamp::from_second(now.as_second()).unwrap_or(now);
        let mut data = Dataset {
            seed,
            now,
            users: Vec::new(),
            organizations: Vec::new(),
            groups: Vec::new(),
            views: Vec::new(),
            macros: Vec::new(),
            tickets: Vec::new(),
            customers: Vec::new(),
            org_langs: Vec::new(),
            hostile,
            giant: None,
            poisoned: Vec::new(),
        };
        data.groups = text::GROUPS
            .iter()
            .enumerate()
            .map(|(i, name)| Group {
                id: GROUP_BASE + 1 + i as u64,
                name: (*name).to_owned(),
            })
            .collect();
        data.views = VIEWS
            .iter()
            .enumerate()
            .map(|(i, (title, _))| View {
                id: VIEW_BASE + 1 + i as u64,
                title: (*title).to_owned(),
                active: true,
                position: i as u32 + 1,
            })
            .collect();
        data.organizations = text::ORGANIZATIONS
            .iter()
            .enumerate()
            .map(|(i, (name, domain, _, tags))| Organization {
                id: ORG_BASE + 1 + i as u64,
                name: (*name).to_owned(),
                domain_names: vec![(*domain).to_owned()],
                tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            })
            .collect();
        data.org_langs = text::ORGANIZATIONS.iter().map(|o| o.2).collect();
        data.generate_agents();
        data.generate_customers();
        data.macros = data.build_macros();
        data.tickets = (0..tickets)
            .map(|i| data.generate_row(i, tickets))
            .collect();
        // New tickets may have a single comment: the giant one goes second in a longer thread.
        data.giant = data
            .tickets
            .iter()
            .find(|r| data.is_hostile(r.id) && r.status != Status::New)
            .map(|r| r.id);
        // Unsolved ones, so that the first view shows them.
        data.poisoned = data
            .tickets
            .iter()
            .filter(|r| !matches!(r.status, Status::Solved | Status::Closed))
            .map(|r| r.id)
            .filter(|&id| data.is_hostile(id) && Some(id) != data.giant)
            .take(hostile::POISONS.len())
            .collect();
        data
    }

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

    fn generate_agents(&mut self) {
        let mut r = Rng::derive(self.seed, STREAM_MISC, 0);
        for (i, (name, local, _)) in text::AGENTS.iter().enumerate() {
            self.users.push(User {
                id: AGENT_BASE + 1 + i as u64,
                name: (*name).to_owned(),
                email: Some(format!("{local}@tix-demo.example")),
                phone: None,
                role: "agent".to_owned(),
                organization_id: None,
                tags: Vec::new(),
                created_at: ago(self.now, r.between(400 * DAY, 1400 * DAY)),
                locale: Some("en-US".to_owned()),
            });
        }
    }

    fn generate_customers(&mut self) {
        const TIERS: [(Tier, u32); 4] = [
            (Tier::Vip, 10),
            (Tier::Loyal, 25),
            (Tier::Standard, 45),
            (Tier::New, 20),
        ];
        const FREEMAIL: [&str; 3] = ["mail.example", "inbox.example", "post.example"];
        let mut emails = HashSet::new();
        for i in 0..CUSTOMER_COUNT {
            let mut r = Rng::derive(self.seed, STREAM_CUSTOMER, i as u64);
            let org = r.chance(0.88).then(|| r.index(self.organizations.len()));
            let lang = match org {
                Some(o) if r.chance(0.9) => self.org_langs[o],
                _ => r.pick(&Lang::ALL),
            };
            let names = text::names(lang);
            let (first, first_ascii) = r.pick(names.first);
            let (last, last_ascii) = r.pick(names.last);
            let (name, local) = if lang == Lang::Zh {
                (
                    format!("{last}{first}"),
                    format!("{last_ascii}.{first_ascii}"),
                )
            } else {
                (
                    format!("{first} {last}"),
                    format!("{first_ascii}.{last_ascii}"),
                )
            };
            let domain = match org {
                Some(o) => self.organizations[o].domain_names[0].clone(),
                None => r.pick(&FREEMAIL).to_owned(),
            };
            let mut email = format!("{local}@{domain}");
            if !emails.insert(email.clone()) {
                email = format!("{local}{}@{domain}", i + 1);
                emails.insert(email.clone());
            }
            let tier = r.weighted(&TIERS);
            let phone = r.chance(0.45).then(|| phone(lang, &mut r));
            let name = if self.hostile && i % 10 == 9 {
                hostile::name(&name, i as u64 / 10)
            } else {
                name
            };
            let age = if tier == Tier::New {
                r.between(5 * DAY, 60 * DAY)
            } else {
                r.between(60 * DAY, 1500 * DAY)
            };
            self.customers.push(Customer {
                user: self.users.len(),
                lang,
                tier,
            });
            self.users.push(User {
                id: CUSTOMER_BASE + 1 + i as u64,
                name,
                email: Some(email),
                phone,
                role: "end-user".to_owned(),
                organization_id: org.map(|o| self.organizations[o].id),
                tags: vec![tier.tag().to_owned()],
                created_at: ago(self.now, age),
                // The customer's language, as Zendesk holds it: canned responses in it come first.
                locale: Some(super::articles::locale(lang).to_owned()),
            });
        }
    }

    fn build_macros(&self) -> Vec<Macro> {
        let active = text::MACROS.iter().map(|m| (m, true));
        let retired = text::INACTIVE_MACROS.iter().map(|m| (m, false));
        active
            .chain(retired)
            .enumerate()
            .map(
                |(i, ((title, description, comment, public, extra), active))| {
                    let mut actions = vec![
                        MacroAction {
                            field: "comment_value".to_owned(),
                            value: (*comment).into(),
                        },
                        MacroAction {
                            field: "comment_mode_is_public".to_owned(),
                            value: public.to_string().into(),
                        },
                    ];
                    for (field, value) in extra.iter() {
                        // Zendesk sends group ids as strings; the table names the group.
                        let value = match self.groups.iter().find(|g| g.name == *value) {
                            Some(g) if *field == "group_id" => g.id.to_string(),
                            _ => (*value).to_owned(),
                        };
                        actions.push(MacroAction {
                            field: (*field).to_owned(),
                            value: value.into(),
                        });
                    }
                    Macro {
                        id: MACRO_BASE + 1 + i as u64,
                        title: (*title).to_owned(),
                        active,
                        description: Some((*description).to_owned()),
                        actions,
                    }
                },
            )
            .collect()
    }

    fn generate_row(&self, index: usize, count: usize) -> TicketRow {
        const CHANNELS: [(Channel, u32); 7] = [
            (Channel::Email, 40),
            (Channel::Chat, 17),
            (Channel::Voice, 12),
            (Channel::Sms, 10),
            (Channel::Twitter, 6),
            (Channel::Facebook, 6),
            (Channel::Web, 5),
        ];
        const STATUSES: [(Status, u32); 6] = [
            (Status::New, 12),
            (Status::Open, 34),
            (Status::Pending, 16),
            (Status::Hold, 6),
            (Status::Solved, 22),
            (Status::Closed, 10),
        ];
        const PRIORITIES: [(Option<Priority>, u32); 5] = [
            (None, 12),
            (Some(Priority::Low), 14),
            (Some(Priority::Normal), 50),
            (Some(Priority::High), 18),
            (Some(Priority::Urgent), 6),
        ];
        let id = FIRST_TICKET_ID + index as u64;
        let mut r = Rng::derive(self.seed, STREAM_ROW, id);
        // A few regulars file a good share of the tickets, as in real queues.
        let mut requester = if r.chance(0.3) {
            r.index(15)
        } else {
            r.index(self.customers.len())
        };
        let customer = &self.customers[requester];
        let lang = if r.chance(0.85) {
            customer.lang
        } else {
            Lang::En
        };
        let topic = r.pick(&Topic::ALL);
        let channel = r.weighted(&CHANNELS);
        let mut status = r.weighted(&STATUSES);
        let mut priority = r.weighted(&PRIORITIES);
        if topic == Topic::Outage && r.chance(0.6) {
            priority = Some(Priority::Urgent);
        }

        // Ids grow with creation time: spread the tickets over a window that grows with their
        // number (about two hours apart, at least a week, at most two years).
        let count = count.max(1) as i64;
        let span = (count * 2 * HOUR).clamp(7 * DAY, 730 * DAY);
        let slot = (span / count).max(1);
        let created_age = (span - index as i64 * slot - r.between(0, slot)).max(MINUTE);
        // A ticket is only closed some days after it was solved.
        if status == Status::Closed && created_age < 4 * DAY + HOUR {
            status = Status::Solved;
        }
        let updated_age = match status {
            Status::Closed => r.between(4 * DAY, created_age),
            Status::Solved => r.between(0, created_age),
            _ => {
                // Unsolved tickets mostly moved recently.
                let u = r.unit();
                (created_age.min(10 * DAY) as f64 * u * u) as i64
            }
        };

        let group = if customer.tier == Tier::Vip && r.chance(0.6) {
            Some(4)
        } else if status == Status::New && r.chance(0.3) {
            None
        } else {
            Some(match topic {
                Topic::Billing | Topic::Refund => 1,
                Topic::Bug => 2,
                Topic::Outage if r.chance(0.5) => 3,
                Topic::Outage => 2,
                _ => 0,
            })
        };
        let assignee = if status == Status::New || r.chance(0.06) {
            None
        } else if r.chance(0.2) {
            Some(0)
        } else {
            Some(r.pick(&group_members(group)))
        };

        if self.is_hostile(id) {
            // Filed by one of the customers with a hostile name (every tenth one).
            let mut h = Rng::derive(self.seed, STREAM_HOSTILE, id);
            h.next_u64();
            let k = h.index(self.customers.len() / 10);
            requester = (k * 10 + 9).min(self.customers.len() - 1);
        }
        let mut row = TicketRow {
            id,
            requester: requester as u32,
            assignee,
            group: group.map(|g| g as u8),
            status,
            priority,
            channel,
            lang,
            topic,
            created_at: ago(self.now, created_age),
            updated_at: ago(self.now, updated_age),
            next_breach: None,
        };
        row.next_breach = next_breach(&self.slas(&row));
        row
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

    fn customer(&self, row: &TicketRow) -> (&Customer, &User) {
        let c = &self.customers[row.requester as usize];
        (c, &self.users[c.user])
    }

    fn agent(&self, index: u8) -> &User {
        &self.users[usize::from(index)]
    }

    pub fn summary(&self, row: &TicketRow) -> TicketSummary {
        TicketSummary {
            id: row.id,
            status: row.status,
            priority: row.priority,
            requester_id: self.customer(row).1.id,
            assignee_id: row.assignee.map(|a| self.agent(a).id),
            created_at: row.created_at,
            updated_at: row.updated_at,
            next_breach: row.next_breach,
        }
    }

    /// Whether a ticket belongs in a view ("My open tickets" are the signed-in agent's).
    pub fn in_view(&self, kind: ViewKind, t: &TicketSummary) -> bool {
        match kind {
            ViewKind::AllUnsolved => t.status.is_unsolved(),
            ViewKind::MyOpen => t.status.is_unsolved() && t.assignee_id == Some(self.me().id),
            ViewKind::Unassigned => t.status.is_unsolved() && t.assignee_id.is_none(),
            ViewKind::UrgentHigh => {
                t.status.is_unsolved() && t.priority.is_some_and(|p| p >= Priority::High)
            }
            ViewKind::RecentlySolved => {
                !t.status.is_unsolved() && t.updated_at >= ago(self.now, RECENTLY)
            }
        }
    }

    /// The full ticket, SLA metrics included (the server drops them unless asked for).
    pub fn ticket(&self, row: &TicketRow) -> Ticket {
        let (subject, description) = self.text(row);
        let (_, requester) = self.customer(row);
        Ticket {
            id: row.id,
            subject,
            description,
            status: row.status.as_str().to_owned(),
            // Every fourth pending ticket waits on a vendor (the account's own status).
            custom_status_id: Some(
                if row.status == Status::Pending && row.id.is_multiple_of(4) {
                    WAITING_ON_VENDOR
                } else {
                    row.status.default_custom_status()
                },
            ),
            priority: row.priority.map(|p| p.as_str().to_owned()),
            requester_id: requester.id,
            assignee_id: row.assignee.map(|a| self.agent(a).id),
            group_id: row.group.map(|g| self.groups[usize::from(g)].id),
            organization_id: requester.organization_id,
            tags: self.tags(row),
            via: Via {
                channel: row.channel.as_str().to_owned(),
            },
            created_at: row.created_at,
            updated_at: row.updated_at,
            slas: Some(self.slas(row)),
            satisfaction_rating: self.satisfaction(row),
        }
    }

    /// Solved and closed tickets carry a satisfaction rating: mostly good, some bad, some
    /// surveys unanswered ("offered") or never sent ("unoffered").
    fn satisfaction(&self, row: &TicketRow) -> Option<SatisfactionRating> {
        if row.status.is_unsolved() {
            return None;
        }
        const SCORES: [(&str, u32); 4] = [
            ("good", 45),
            ("bad", 12),
            ("offered", 25),
            ("unoffered", 18),
        ];
        let mut r = Rng::derive(self.seed, STREAM_CSAT, row.id);
        let score = r.weighted(&SCORES);
        let (good, bad) = text::csat_comments(row.lang);
        let comment = match score {
            "good" if r.chance(0.4) => Some(r.pick(good)),
            "bad" if r.chance(0.7) => Some(r.pick(bad)),
            _ => None,
        };
        Some(SatisfactionRating {
            id: CSAT_BASE + row.id,
            score: score.to_owned(),
            comment: comment.map(str::to_owned),
        })
    }

    fn vars(&self, row: &TicketRow) -> TicketVars {
        const PRICES: [u64; 8] = [19, 29, 49, 79, 99, 129, 249, 499];
        let mut r = Rng::derive(self.seed, STREAM_VARS, row.id);
        let invoice_no = r.between(1000, 9999) as u64;
        let price = r.pick(&PRICES);
        let issues = row.topic.text(row.lang).issues;
        TicketVars {
            issue: &issues[r.index(issues.len())],
            order: format!("#{}", r.between(100_000, 999_999)),
            invoice: format!("INV-{invoice_no}"),
            invoice_no,
            amount: amount(row.lang, price),
            code: format!("E-{}", r.between(1000, 9999)),
            plan: r.pick(text::PLANS),
        }
    }

    /// Subject and description (the first comment's body).
    fn text(&self, row: &TicketRow) -> (String, String) {
        let mut r = Rng::derive(self.seed, STREAM_TEXT, row.id);
        let v = self.vars(row);
        let (_, requester) = self.customer(row);
        let vars = Vars {
            first: first_name(&requester.name),
            name: &requester.name,
            ..ticket_vars(&v)
        };
        let topic = row.topic.text(row.lang);
        let subject = if r.chance(0.2) {
            r.pick(topic.vague_subjects)
        } else {
            v.issue.subject
        };
        let subject = text::fill(subject, &vars);
        let problem = text::fill(v.issue.problem, &vars);
        let description = if row.channel.is_letter() {
            let bank = text::bank(row.lang);
            let detail = text::fill(r.pick(topic.details), &vars);
            let greeting = r.pick(bank.greetings);
            let signoff = text::fill(r.pick(bank.signoffs), &vars);
            format!("{greeting}\n\n{problem} {detail}\n\n{signoff}")
        } else if r.chance(0.3) {
            format!("{problem} {}", r.pick(text::EMOJI))
        } else {
            problem
        };
        if self.is_hostile(row.id) {
            let variant = self.hostile_variant(row.id);
            let mut subject = hostile::subject(&subject, variant);
            if let Some(p) = self.poison_of(row.id) {
                subject = format!("{subject} {}", p.marker());
            }
            return (subject, hostile::body(&description, variant));
        }
        (subject, description)
    }

    fn tags(&self, row: &TicketRow) -> Vec<String> {
        const EXTRA: [&str; 6] = [
            "follow_up",
            "needs_info",
            "repeat_contact",
            "mobile_app",
            "web_app",
            "escalated",
        ];
        let mut r = Rng::derive(self.seed, STREAM_TAGS, row.id);
        let mut tags = vec![
            row.topic.tag().to_owned(),
            format!("lang_{}", row.lang.code()),
        ];
        if self.customer(row).0.tier == Tier::Vip {
            tags.push("vip".to_owned());
        }
        if r.chance(0.35) {
            tags.push(r.pick(&EXTRA).to_owned());
        }
        tags.sort();
        tags.dedup();
        tags
    }

    /// SLA metrics as Zendesk sideloads them: deadlines near the anchor time for unsolved tickets,
    /// some already breached and some about to be.
    fn slas(&self, row: &TicketRow) -> Slas {
        let mut r = Rng::derive(self.seed, STREAM_SLA, row.id);
        let metric = |name: &str, stage: &str, breach_at| PolicyMetric {
            metric: name.to_owned(),
            stage: stage.to_owned(),
            breach_at,
        };
        let policy_metrics = match row.status {
            Status::New | Status::Open => {
                let breach_at = match r.below(100) {
                    0..18 => ago(self.now, r.between(5 * MINUTE, 2 * DAY)),
                    18..30 => ahead(self.now, r.between(MINUTE, 29 * MINUTE)),
                    _ => ahead(self.now, r.between(HOUR, 5 * DAY)),
                };
                let name = if row.status == Status::New {
                    "first_reply_time"
                } else {
                    "next_reply_time"
                };
                let mut metrics = vec![metric(name, "active", Some(breach_at))];
                if r.chance(0.4) {
                    let wait = ahead(self.now, r.between(6 * HOUR, 6 * DAY));
                    metrics.push(metric("requester_wait_time", "active", Some(wait)));
                }
                metrics
            }
            Status::Pending | Status::Hold => vec![metric("requester_wait_time", "paused", None)],
            Status::Solved | Status::Closed => vec![metric("first_reply_time", "achieved", None)],
        };
        Slas { policy_metrics }
    }

    /// The ticket's conversation, oldest first; the first comment's body is the description.
    pub fn comments(&self, row: &TicketRow) -> Vec<Comment> {
        let mut r = Rng::derive(self.seed, STREAM_THREAD, row.id);
        let turns = plan_thread(&mut r, row.status);
        let times = spread(&mut r, row.created_at, row.updated_at, turns.len());
        let v = self.vars(row);
        let (_, requester) = self.customer(row);
        let bank = text::bank(row.lang);
        // Roughly one ticket in 25 with some back-and-forth carries a very long message.
        let long_at = (turns.len() >= 3 && r.chance(0.04))
            .then(|| turns.iter().rposition(|t| *t == Turn::Customer))
            .flatten()
            .filter(|&i| i > 0);
        // Unassigned tickets are still answered by someone from their group.
        let responder = row
            .assignee
            .unwrap_or_else(|| r.pick(&group_members(row.group.map(usize::from))));
        // The last agent reply of a ticket that waits on the customer or is solved resolves it;
        // earlier ones ask, chase and apologise.
        let resolved = matches!(
            row.status,
            Status::Pending | Status::Solved | Status::Closed
        );
        let resolution_at = turns
            .iter()
            .rposition(|t| *t == Turn::Agent)
            .filter(|_| resolved);
        let notes: Vec<&str> = text::NOTES
            .iter()
            .filter(|(topic, _)| topic.is_none_or(|t| t == row.topic))
            .map(|(_, note)| *note)
            .collect();
        let mut comments = Vec::with_capacity(turns.len());
        for (i, (&turn, &at)) in turns.iter().zip(&times).enumerate() {
            let author = match turn {
                Turn::Customer | Turn::Thanks => requester,
                Turn::Agent => self.agent(responder),
                Turn::Note => self.agent(r.below(text::AGENTS.len() as u64) as u8),
            };
            let vars = Vars {
                first: first_name(&requester.name),
                name: &requester.name,
                agent: &author.name,
                ..ticket_vars(&v)
            };
            let body = match turn {
                Turn::Customer if i == 0 => self.text(row).1,
                Turn::Customer if Some(i) == long_at => long_message(&mut r, row.lang, at, &vars),
                Turn::Customer => customer_message(&mut r, row, bank.followups, &vars),
                Turn::Thanks => customer_message(&mut r, row, bank.thanks, &vars),
                Turn::Note => text::fill(r.pick(&notes), &vars),
                Turn::Agent => {
                    let reply = if Some(i) == resolution_at {
                        v.issue.resolution
                    } else {
                        r.pick(bank.agent_generic)
                    };
                    let greeting = text::fill(r.pick(bank.agent_greetings), &vars);
                    let reply = text::fill(reply, &vars);
                    if row.channel.is_letter() {
                        let signoff = text::fill(r.pick(bank.agent_signoffs), &vars);
                        format!("{greeting}\n\n{reply}\n\n{signoff}")
                    } else {
                        format!("{greeting} {reply}")
                    }
                }
            };
            let id = row.id * COMMENTS_PER_TICKET_ID + i as u64;
            let mut attachments = if turn == Turn::Customer && r.chance(0.12) {
                attachments(&mut r, id, row.topic, v.invoice_no)
            } else {
                Vec::new()
            };
            let body = if self.is_hostile(row.id) {
                let variant = self.hostile_variant(row.id) + i as u64;
                if i == 0 {
                    attachments.push(Attachment {
                        id: id * 10 + 9,
                        file_name: String::new(),
                        size: 4096,
                        content_type: None,
                        content_url: None,
                    });
                }
                for (k, file) in attachments.iter_mut().enumerate() {
                    file.file_name = hostile::file_name(variant + k as u64);
                }
                match i {
                    0 => body, // the description, already hostile
                    1 if self.giant == Some(row.id) => hostile::giant(GIANT_BODY_BYTES),
                    _ => hostile::body(&body, variant),
                }
            } else {
                body
            };
            comments.push(Comment {
                id,
                kind: "Comment".to_owned(),
                author_id: author.id,
                body,
                public: turn != Turn::Note,
                attachments,
                via: Some(Via {
                    channel: row.channel.as_str().to_owned(),
                }),
                created_at: at,
            });
        }
        comments
    }
}

/// Agents (as indexes) who work in `group`; everyone when there is no group. Never empty.
fn group_members(group: Option<usize>) -> Vec<u8> {
    (0..text::AGENTS.len() as u8)
        .filter(|&a| group.is_none_or(|g| text::AGENTS[usize::from(a)].2.contains(&g)))
        .collect()
}

fn ticket_vars(v: &TicketVars) -> Vars<'_> {
    Vars {
        order: &v.order,
        invoice: &v.invoice,
        amount: &v.amount,
        code: &v.code,
        plan: v.plan,
        ..Vars::default()
    }
}

/// What Zendesk calls the first name: the name up to the first space.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

fn amount(lang: Lang, price: u64) -> String {
    let (before, after) = text::bank(lang).currency;
    let number = match lang {
        Lang::En => format!("{price}.00"),
        Lang::Et => format!("{price},00"),
        Lang::Ro => (price * 5).to_string(),
        Lang::Zh => (price * 7).to_string(),
        Lang::Ru => {
            let rub = price * 95;
            if rub >= 1000 {
                format!("{} {:03}", rub / 1000, rub % 1000)
            } else {
                rub.to_string()
            }
        }
    };
    format!("{before}{number}{after}")
}

/// Fictional numbers from the 555-01xx ranges, written the local way.
fn phone(lang: Lang, r: &mut Rng) -> String {
    let n = r.between(100, 200);
    match lang {
        Lang::En => format!("+1 415 555 0{n}"),
        Lang::Ro => format!("+40 721 555 0{n}"),
        Lang::Ru => format!("+7 912 555-0{}-{}", n / 100, n % 100),
        Lang::Zh => format!("+86 138 5550 0{n}"),
        Lang::Et => format!("+372 5555 0{n}"),
    }
}

/// Who speaks in which order. New tickets have only heard from the customer; open ones wait on
/// an agent; pending, on-hold and solved ones last heard from an agent.
fn plan_thread(r: &mut Rng, status: Status) -> Vec<Turn> {
    if status == Status::New {
        let n = if r.chance(0.2) { 2 } else { 1 };
        return vec![Turn::Customer; n];
    }
    let n = if r.chance(0.03) {
        r.between(30, 46) as usize
    } else {
        // Mostly short threads: 2..=12, weighted towards the low end.
        let u = r.unit();
        2 + (u * u * 11.0) as usize
    };
    let mut turns = vec![Turn::Customer];
    while turns.len() < n {
        if r.chance(0.18) {
            turns.push(Turn::Note);
        }
        turns.push(Turn::Agent);
        if turns.len() < n {
            turns.push(Turn::Customer);
        }
    }
    let last_public = turns.iter().rev().find(|t| **t != Turn::Note).copied();
    match status {
        Status::Open if last_public == Some(Turn::Agent) => turns.push(Turn::Customer),
        Status::Open => {}
        _ if last_public == Some(Turn::Customer) => turns.push(Turn::Agent),
        _ => {}
    }
    if !status.is_unsolved() && r.chance(0.3) {
        turns.push(Turn::Thanks);
    }
    turns
}

/// `n` increasing times from `from` to `to` (both included when `n` > 1).
fn spread(r: &mut Rng, from: Timestamp, to: Timestamp, n: usize) -> Vec<Timestamp> {
    let span = (to.as_second() - from.as_second()).max(0);
    let mut offsets: Vec<i64> = (0..n.saturating_sub(2))
        .map(|_| r.between(1, span.max(2)))
        .collect();
    offsets.sort_unstable();
    let mut times = Vec::with_capacity(n);
    times.push(from);
    times.extend(offsets.into_iter().map(|o| ahead(from, o.min(span))));
    if n > 1 {
        times.push(to);
    }
    times.truncate(n);
    times
}

fn customer_message(r: &mut Rng, row: &TicketRow, bank: &[&str], vars: &Vars) -> String {
    let line = text::fill(r.pick(bank), vars);
    if row.channel.is_letter() {
        let b = text::bank(row.lang);
        let signoff = text::fill(r.pick(b.signoffs), vars);
        format!("{}\n\n{line}\n\n{signoff}", r.pick(b.greetings))
    } else {
        line
    }
}

/// A message of several paragraphs and a pasted log, at least 5,000 characters long.
fn long_message(r: &mut Rng, lang: Lang, at: Timestamp, vars: &Vars) -> String {
    const LOG: [&str; 5] = [
        "ERROR sync-worker: POST /v1/payments/reconcile -> 502 Bad Gateway",
        "WARN  sync-worker: retrying after 2000 ms (attempt {n}/5)",
        "ERROR billing-api: invoice state mismatch, expected=paid actual=open",
        "INFO  sync-worker: token refreshed, expires_in=3600",
        "ERROR billing-api: duplicate capture detected for charge ch_{n}",
    ];
    let bank = text::bank(lang);
    let mut body = String::new();
    for paragraph in bank.story {
        body.push_str(paragraph);
        body.push_str("\n\n");
    }
    body.push_str(bank.log_caption);
    body.push_str("\n\n");
    let mut t = ago(at, 3 * HOUR);
    let mut chars = body.chars().count();
    let closing = text::fill(bank.story_closing, vars);
    let closing_chars = closing.chars().count() + 2;
    while chars + closing_chars < 5_000 {
        // A log pasted into a message ends before the message was written.
        t = ahead(t, r.between(1, 90)).min(at);
        let n = r.between(1, 5).to_string();
        let line = format!(
            "{t} {} request_id={:08x}\n",
            r.pick(&LOG).replace("{n}", &n),
            r.next_u64() as u32
        );
        chars += line.chars().count();
        body.push_str(&line);
    }
    body.push('\n');
    body.push_str(&closing);
    body
}

fn attachments(r: &mut Rng, comment_id: u64, topic: Topic, invoice_no: u64) -> Vec<Attachment> {
    let name = match topic {
        Topic::Billing => format!("invoice-{invoice_no}.pdf"),
        Topic::Refund => "receipt.pdf".to_owned(),
        Topic::Shipping => "parcel-photo.jpg".to_owned(),
        Topic::Outage | Topic::Bug if r.chance(0.4) => "error-log.txt".to_owned(),
        _ => "screenshot.png".to_owned(),
    };
    let mut files = vec![name];
    if r.chance(0.2) {
        files.push("screenshot-2.png".to_owned());
    }
    files
        .into_iter()
        .enumerate()
        .map(|(k, file_name)| Attachment {
            id: comment_id * 10 + k as u64,
            content_type: Some(content_type(&file_name).to_owned()),
            file_name,
            size: r.between(20_000, 3_000_000) as u64,
            // The server fills it in: it knows its own address.
            content_url: None,
        })
        .collect()
}

/// The type a file's extension says.
pub fn content_type(file_name: &str) -> &'static str {
    match file_name.rsplit('.').next() {
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("txt" | "log") => "text/plain",
        _ => "application/octet-stream",
    }
}

/// The bytes of a generated attachment: `size` of them, the same on every request. A text file
/// reads as a log; anything else is a repeating pattern of its id (the demo has no real files).
pub fn attachment_bytes(a: &Attachment) -> Vec<u8> {
    let size = a.size as usize;
    let mut out = Vec::with_capacity(size);
    if a.file_name.ends_with(".txt") {
        let mut n = 0u64;
        while out.len() < size {
            n += 1;
            out.extend_from_slice(
                format!(
                    "2026-11-23T10:{:02}:00Z ERROR worker {n}: request timed out (attachment {})\n",
                    n % 60,
                    a.id
                )
                .as_bytes(),
            );
        }
    } else {
        let pattern = a.id.to_le_bytes();
        out.extend(pattern.iter().cycle().take(size));
    }
    out.truncate(size);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DEMO_AGENT_EMAIL;

    fn anchor() -> Timestamp {
        "2026-11-23T10:00:00Z".parse().unwrap()
    }

    fn all_comments(data: &Dataset) -> Vec<Comment> {
        data.tickets.iter().flat_map(|r| data.comments(r)).collect()
    }

    #[test]
    fn same_seed_and_anchor_give_identical_data() {
        let a = Dataset::generate(300, 42, anchor());
        let b = Dataset::generate(300, 42, anchor());
        let json = |d: &Dataset| {
            let tickets: Vec<Ticket> = d.tickets.iter().map(|r| d.ticket(r)).collect();
            serde_json::to_string(&(
                &d.users,
                &d.organizations,
                &d.macros,
                &tickets,
                all_comments(d),
            ))
            .unwrap()
        };
        assert_eq!(json(&a), json(&b));
        let c = Dataset::generate(300, 43, anchor());
        assert_ne!(json(&a), json(&c));
        let first = |d: &Dataset| serde_json::to_string(&d.ticket(&d.tickets[0])).unwrap();
        assert_ne!(
            first(&a),
            first(&c),
            "a different seed changes the tickets themselves"
        );
    }

    #[test]
    fn people_groups_and_tiers() {
        let data = Dataset::generate(10, 42, anchor());
        let agents: Vec<&User> = data.users.iter().filter(|u| u.role == "agent").collect();
        let customers: Vec<&User> = data.users.iter().filter(|u| u.role == "end-user").collect();
        assert_eq!(agents.len(), 8);
        assert_eq!(customers.len(), CUSTOMER_COUNT);
        assert_eq!(data.me().email.as_deref(), Some(DEMO_AGENT_EMAIL));
        assert_eq!(data.me().name, "Alex Morgan");
        assert_eq!(data.organizations.len(), 30);
        assert!(
            data.organizations
                .iter()
                .all(|o| !o.domain_names.is_empty())
        );
        let names: Vec<&str> = data.groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(
            names,
            ["Tier 1", "Billing", "Technical", "Escalations", "VIP Desk"]
        );
        for g in 0..data.groups.len() {
            assert!(!group_members(Some(g)).is_empty(), "group {g} has agents");
        }

        let tiers = ["vip", "loyal", "standard", "new"];
        for c in &customers {
            let n = c
                .tags
                .iter()
                .filter(|t| tiers.contains(&t.as_str()))
                .count();
            assert_eq!(n, 1, "{} has exactly one tier tag", c.name);
        }
        let vip = customers.iter().filter(|c| c.tags == ["vip"]).count();
        assert!((5..=30).contains(&vip), "about 10% vip, got {vip}");
        for tier in tiers {
            assert!(customers.iter().any(|c| c.tags == [tier]), "some {tier}");
        }
        assert!(customers.iter().any(|c| c.phone.is_some()));
        assert!(customers.iter().any(|c| c.phone.is_none()));
        assert!(
            customers
                .iter()
                .filter(|c| c.organization_id.is_some())
                .count()
                > 100
        );
        let emails: HashSet<_> = data.users.iter().map(|u| u.email.clone()).collect();
        assert_eq!(
            emails.len(),
            data.users.len(),
            "e-mail addresses are unique"
        );
    }

    #[test]
    fn tickets_mix_channels_statuses_priorities_and_languages() {
        let data = Dataset::generate(500, 42, anchor());
        assert_eq!(data.tickets.len(), 500);
        assert_eq!(data.tickets[0].id, FIRST_TICKET_ID);
        let tickets: Vec<Ticket> = data.tickets.iter().map(|r| data.ticket(r)).collect();
        for channel in [
            "email", "chat", "twitter", "facebook", "sms", "voice", "web",
        ] {
            assert!(
                tickets.iter().any(|t| t.via.channel == channel),
                "{channel}"
            );
        }
        for status in Status::ALL {
            assert!(
                tickets.iter().any(|t| t.status == status.as_str()),
                "{status:?}"
            );
        }
        let unsolved = data
            .tickets
            .iter()
            .filter(|r| r.status.is_unsolved())
            .count();
        assert!(unsolved > 250, "most tickets are unsolved: {unsolved}");
        assert!(tickets.iter().any(|t| t.priority.is_none()));
        for p in Priority::ALL {
            assert!(
                tickets
                    .iter()
                    .any(|t| t.priority.as_deref() == Some(p.as_str()))
            );
        }
        assert!(tickets.iter().any(|t| t.assignee_id.is_none()));
        assert!(tickets.iter().any(|t| t.assignee_id == Some(data.me().id)));
        assert!(tickets.iter().all(|t| t.created_at <= t.updated_at));
        assert!(tickets.iter().all(|t| t.updated_at <= data.now));

        let has = |pred: &dyn Fn(char) -> bool| tickets.iter().any(|t| t.subject.chars().any(pred));
        assert!(has(&|c| "ăâîșț".contains(c)), "Romanian");
        assert!(has(&|c| ('\u{0400}'..='\u{04ff}').contains(&c)), "Russian");
        assert!(has(&|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "Chinese");
        assert!(has(&|c| "õäöü".contains(c)), "Estonian");
        assert!(
            tickets
                .iter()
                .any(|t| t.tags.contains(&"lang_en".to_owned()))
        );
        assert!(has(&|c| ('\u{1f300}'..='\u{1faff}').contains(&c)), "emoji");
        for lang in Lang::ALL {
            let tag = format!("lang_{}", lang.code());
            assert!(tickets.iter().any(|t| t.tags.contains(&tag)), "{tag}");
        }
    }

    #[test]
    fn threads_have_the_expected_shapes() {
        let data = Dataset::generate(500, 42, anchor());
        let mut longest = 0;
        let mut notes = 0;
        let mut long_messages = 0;
        let mut attachments = 0;
        for row in &data.tickets {
            let ticket = data.ticket(row);
            let thread = data.comments(row);
            assert!(!thread.is_empty());
            assert_eq!(thread[0].body, ticket.description);
            assert_eq!(thread[0].author_id, ticket.requester_id);
            assert!(
                thread
                    .windows(2)
                    .all(|w| w[0].created_at <= w[1].created_at)
            );
            assert!(thread.windows(2).all(|w| w[0].id < w[1].id));
            if thread.len() > 1 {
                assert_eq!(thread.last().map(|c| c.created_at), Some(ticket.updated_at));
            }
            longest = longest.max(thread.len());
            for c in &thread {
                if !c.public {
                    notes += 1;
                    assert!(
                        data.is_agent(c.author_id),
                        "internal notes are written by agents"
                    );
                }
                if c.body.chars().count() >= 5000 {
                    long_messages += 1;
                    assert!(c.body.contains("\n\n"), "long messages have paragraphs");
                }
                attachments += c.attachments.len();
            }
            assert_eq!(data.comments(row), thread, "threads are stable");
        }
        assert!(longest >= 30, "some long threads, longest {longest}");
        assert!(notes > 10, "internal notes: {notes}");
        assert!(long_messages >= 1, "very long messages: {long_messages}");
        assert!(attachments > 10, "attachments: {attachments}");
    }

    #[test]
    fn slas_mix_breached_imminent_and_later() {
        let data = Dataset::generate(500, 42, anchor());
        let soon = ahead(data.now, 30 * MINUTE);
        let (mut breached, mut imminent, mut later) = (0, 0, 0);
        for row in &data.tickets {
            let metrics = data.slas(row).policy_metrics;
            assert!(!metrics.is_empty());
            for m in metrics.iter().filter_map(|m| m.breach_at.map(|b| (m, b))) {
                assert!(row.status.is_unsolved());
                assert_eq!(m.0.stage, "active");
                match m.1 {
                    b if b <= data.now => breached += 1,
                    b if b <= soon => imminent += 1,
                    _ => later += 1,
                }
            }
        }
        assert!(
            breached >= 10 && imminent >= 10 && later >= 50,
            "{breached} {imminent} {later}"
        );
    }

    #[test]
    fn macros_and_views() {
        let data = Dataset::generate(10, 42, anchor());
        let active: Vec<&Macro> = data.macros.iter().filter(|m| m.active).collect();
        assert!(active.len() >= 20);
        assert!(data.macros.iter().any(|m| !m.active));
        for m in &data.macros {
            assert!(m.title.contains("::"), "{}", m.title);
            let comment = m.actions.iter().find(|a| a.field == "comment_value");
            let text = comment.and_then(|a| a.value.as_str()).unwrap_or_default();
            assert!(text.contains("{{"), "{} has placeholders", m.title);
            assert!(
                m.actions
                    .iter()
                    .any(|a| a.field == "comment_mode_is_public")
            );
        }
        let all: String = data
            .macros
            .iter()
            .map(|m| format!("{:?}", m.actions))
            .collect();
        for p in [
            "{{ticket.requester.first_name}}",
            "{{ticket.requester.name}}",
            "{{current_user.name}}",
            "{{current_user.first_name}}",
            "{{ticket.id}}",
            "{{ticket.title}}",
        ] {
            assert!(all.contains(p), "{p}");
        }
        let escalate = data
            .macros
            .iter()
            .find(|m| m.title.contains("Escalate"))
            .unwrap();
        let group = escalate
            .actions
            .iter()
            .find(|a| a.field == "group_id")
            .unwrap();
        assert_eq!(group.value, data.groups[3].id.to_string());
        let titles: Vec<&str> = data.views.iter().map(|v| v.title.as_str()).collect();
        assert_eq!(titles[0], "All unsolved");
        assert_eq!(data.views.len(), 5);
        assert!(data.views.iter().all(|v| v.active));
    }

    /// Every timestamp in a body that parses as one (the pasted logs).
    fn times_in(body: &str) -> Vec<Timestamp> {
        body.split_whitespace()
            .filter_map(|w| w.parse::<Timestamp>().ok())
            .collect()
    }

    #[test]
    fn nothing_happens_after_the_anchor() {
        let data = Dataset::generate(2000, 7, anchor());
        assert!(data.users.iter().all(|u| u.created_at <= data.now));
        let mut logs = 0;
        for row in &data.tickets {
            let ticket = data.ticket(row);
            assert!(ticket.created_at <= ticket.updated_at, "{}", row.id);
            assert!(ticket.updated_at <= data.now, "{}", row.id);
            let thread = data.comments(row);
            for c in &thread {
                assert!(c.created_at >= ticket.created_at, "{}", c.id);
                assert!(c.created_at <= ticket.updated_at, "{}", c.id);
                for t in times_in(&c.body) {
                    logs += 1;
                    assert!(t <= c.created_at, "a log line of {} is from {t}", c.id);
                }
            }
            let last = thread.last().map(|c| c.created_at);
            assert!(last.is_some_and(|t| t <= data.now), "{}", row.id);
        }
        assert!(logs > 100, "pasted log lines checked: {logs}");
        // A sub-second anchor is truncated, never rounded up.
        let late: Timestamp = "2026-11-23T10:00:00.999Z".parse().unwrap();
        let data = Dataset::generate(200, 7, late);
        assert!(data.now <= late);
        assert!(data.tickets.iter().all(|r| r.updated_at <= late));
    }

    #[test]
    fn the_first_comment_is_about_the_subject() {
        let data = Dataset::generate(1500, 42, anchor());
        let (mut vague, mut specific) = (0, 0);
        for row in &data.tickets {
            let ticket = data.ticket(row);
            let thread = data.comments(row);
            assert_eq!(thread[0].body, ticket.description);
            let v = data.vars(row);
            let (_, requester) = data.customer(row);
            let vars = Vars {
                first: first_name(&requester.name),
                name: &requester.name,
                ..ticket_vars(&v)
            };
            // Which topics (and issues) of the ticket's language the subject and the first
            // comment come from, looked up across all topics.
            let mut subject_topics = Vec::new();
            let mut problem_issues = Vec::new();
            for topic in Topic::ALL {
                let bank = topic.text(row.lang);
                for issue in bank.issues {
                    if text::fill(issue.problem, &vars).len() > 10
                        && thread[0].body.contains(&text::fill(issue.problem, &vars))
                    {
                        problem_issues.push((topic, issue.subject));
                    }
                    if text::fill(issue.subject, &vars) == ticket.subject {
                        subject_topics.push((topic, Some(issue.subject)));
                    }
                }
                for s in bank.vague_subjects {
                    if text::fill(s, &vars) == ticket.subject {
                        subject_topics.push((topic, None));
                    }
                }
            }
            assert!(
                !problem_issues.is_empty(),
                "{}: {:?}",
                row.id,
                thread[0].body
            );
            assert!(
                !subject_topics.is_empty(),
                "{}: {:?}",
                row.id,
                ticket.subject
            );
            let agree = subject_topics.iter().any(|(topic, issue)| {
                problem_issues
                    .iter()
                    .any(|(t, s)| t == topic && issue.is_none_or(|i| i == *s))
            });
            assert!(
                agree,
                "ticket {}: subject {:?} ({subject_topics:?}) vs first comment {:?} ({problem_issues:?})",
                row.id, ticket.subject, thread[0].body
            );
            assert!(ticket.tags.contains(&row.topic.tag().to_owned()));
            assert!(problem_issues.iter().all(|(t, _)| *t == row.topic));
            match subject_topics[0].1 {
                None => vague += 1,
                Some(_) => specific += 1,
            }
        }
        assert!(
            vague > 100 && specific > 800,
            "{vague} vague, {specific} specific"
        );
    }

    /// Whether a text carries any of the hostile characters or sequences.
    fn is_hostile_text(s: &str) -> bool {
        s.chars().any(|c| {
            matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
                | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{feff}'
                | '\u{e0000}'..='\u{e0fff}')
        }) || s.contains("<script")
            || s.contains("javascript:")
    }

    #[test]
    fn hostile_text_only_when_asked_for() {
        let calm = Dataset::generate(600, 42, anchor());
        assert!(calm.giant.is_none());
        assert!(calm.users.iter().all(|u| !is_hostile_text(&u.name)));
        for row in &calm.tickets {
            let t = calm.ticket(row);
            assert!(!is_hostile_text(&t.subject), "{}", row.id);
            for c in calm.comments(row) {
                assert!(!is_hostile_text(&c.body), "{}", c.id);
                assert!(c.attachments.iter().all(|a| !is_hostile_text(&a.file_name)));
            }
        }

        let wild = Dataset::generate_with(600, 42, anchor(), true);
        let hostile: Vec<&TicketRow> = wild
            .tickets
            .iter()
            .filter(|r| wild.is_hostile(r.id))
            .collect();
        assert!(
            (35..=90).contains(&hostile.len()),
            "{} of 600",
            hostile.len()
        );
        let mut all_text = String::new();
        for row in &hostile {
            let t = wild.ticket(row);
            assert!(is_hostile_text(&t.subject), "{:?}", t.subject);
            let requester = wild.user(t.requester_id).map(|u| u.name.clone());
            assert!(
                requester.as_deref().is_some_and(is_hostile_text),
                "{requester:?}"
            );
            let thread = wild.comments(row);
            assert_eq!(thread[0].body, t.description);
            assert!(
                thread
                    .iter()
                    .all(|c| is_hostile_text(&c.body) || c.body.len() > 1_000_000)
            );
            assert!(
                thread[0]
                    .attachments
                    .iter()
                    .any(|a| is_hostile_text(&a.file_name)
                        || a.file_name.contains("..")
                        || a.file_name.contains('<'))
            );
            all_text.push_str(&t.subject);
            for c in &thread {
                all_text.push_str(&c.body);
                c.attachments
                    .iter()
                    .for_each(|a| all_text.push_str(&a.file_name));
            }
        }
        for marker in hostile::MARKERS
            .iter()
            .chain(&["<script", "\u{2067}", "\u{200b}", "\u{feff}"])
        {
            assert!(all_text.contains(marker), "{marker:?}");
        }
        let giant = wild.giant.and_then(|id| wild.row(id)).unwrap();
        let big = wild.comments(giant)[1].body.len();
        assert!(big >= GIANT_BODY_BYTES, "{big}");
        // Everything else is the same data.
        let calm_rows: Vec<(u64, Status)> = calm.tickets.iter().map(|r| (r.id, r.status)).collect();
        let wild_rows: Vec<(u64, Status)> = wild.tickets.iter().map(|r| (r.id, r.status)).collect();
        assert_eq!(calm_rows, wild_rows);
    }

    #[test]
    fn solved_tickets_carry_satisfaction_ratings() {
        let data = Dataset::generate(800, 42, anchor());
        let mut scores = std::collections::BTreeMap::new();
        let mut comments = 0;
        for row in &data.tickets {
            let t = data.ticket(row);
            match (&t.satisfaction_rating, row.status.is_unsolved()) {
                (None, true) => {}
                (Some(r), false) => {
                    *scores.entry(r.score.clone()).or_insert(0) += 1;
                    assert_eq!(r.id, CSAT_BASE + row.id);
                    if let Some(c) = &r.comment {
                        comments += 1;
                        assert!(["good", "bad"].contains(&r.score.as_str()), "{c}");
                    }
                }
                (r, _) => panic!("ticket {} ({:?}): {r:?}", row.id, row.status),
            }
        }
        let names: Vec<&str> = scores.keys().map(String::as_str).collect();
        assert_eq!(names, ["bad", "good", "offered", "unoffered"], "{scores:?}");
        assert!(scores["good"] > scores["bad"]);
        assert!(comments > 10, "{comments}");
        let json = serde_json::to_value(data.ticket(&data.tickets[0])).unwrap();
        let solved = data
            .tickets
            .iter()
            .find(|r| !r.status.is_unsolved())
            .unwrap();
        let solved = serde_json::to_value(data.ticket(solved)).unwrap();
        assert!(json.get("satisfaction_rating").is_none() || !data.tickets[0].status.is_unsolved());
        assert!(solved["satisfaction_rating"]["score"].is_string());
    }

    #[test]
    fn rng_helpers_stay_in_range() {
        let mut r = Rng::derive(1, 2, 3);
        for _ in 0..1000 {
            assert!(r.below(7) < 7);
            assert!((5..9).contains(&r.between(5, 9)));
            assert!((0.0..1.0).contains(&r.unit()));
        }
        assert_eq!(r.between(5, 5), 5);
        assert_eq!(r.below(0), 0);
    }
}
