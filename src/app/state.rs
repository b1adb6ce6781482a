//! The workspace's state, one struct per concern; `Model` holds one of each. Each is changed by
//! its concern's module of `update` (queue.rs, compose.rs, alerts.rs, ...), and read by drawing.

use std::collections::{BTreeMap, HashMap};

use super::model::{AlertKind, AlertSettings, Connection, KbSuggested, Loaded, Notice, Progress};
use super::model::{Draft, DraftKey};
use super::msg::ReqId;
use crate::helpdesk::{
    CannedResponse, Customer, Id, Message, RateBudget, Ticket, TicketPatch, Timestamp, View,
};

/// The queue: its views, the tickets loaded, the filter and search, paging and the selection.
#[derive(Default)]
pub struct Queue {
    pub views: Vec<View>,
    pub view: Option<View>,
    /// The queue in the helpdesk's order.
    pub tickets: Vec<Ticket>,
    /// Lower-cased search text per ticket, parallel to `tickets` while a filter is on, else empty
    /// (boxed: no room to spare).
    pub haystacks: Vec<Box<str>>,
    /// A refresh's tickets, swapped in when complete so the queue never shrinks mid-load.
    pub incoming: Vec<Ticket>,
    pub req: Option<ReqId>,
    /// A reload of a queue already shown (its pages go to `incoming`).
    pub refreshing: bool,
    pub progress: Option<Progress>,
    /// Tickets to load from the top of a view before the agent scrolls; `None` loads the whole
    /// view. Only for backends whose views come soonest breach first (the queue's order).
    pub load_window: Option<usize>,
    /// The cursor of the view's next page while only its top is loaded.
    pub more: Option<String>,
    /// The current load fetches the next page for the queue already shown.
    pub loading_more: bool,
    /// How many tickets the view holds, when the helpdesk says.
    pub total: Option<u64>,
    /// A load from the top waits for its first page: the view's total comes with it, or else
    /// the count is asked for then (once a load, and only where the page does not say it).
    pub total_pending: bool,
    /// The canned responses, agents and groups wait for the queue's first page (see `init`).
    pub lists_pending: bool,
    pub filter: String,
    /// Indices into `tickets` that match the filter.
    pub visible: Vec<usize>,
    /// Index into `visible`.
    pub selected: usize,
    /// A ticket opened from the customer panel that is not the queue's selection.
    pub pinned: Option<Ticket>,
    /// The view to start on, by name (config's `default_view`, else the last one used).
    pub preferred_view: Option<String>,
    /// Counts selection moves, so a "rested" timer for an older move is ignored.
    pub selection_moves: u64,
    /// Views' ticket counts as the helpdesk said them, for the view picker.
    pub view_counts: HashMap<Id, u64>,
    /// When the view counts were last asked for (they are asked again when older than a few
    /// minutes and the picker opens).
    pub view_counts_at: Option<Timestamp>,
    /// How many tickets were loaded when the filter began (its page walk is bounded).
    pub filter_from: Option<usize>,
    /// The queue holds the results of this search instead of a view.
    pub search: Option<String>,
    /// The view the search results replaced, to go back to.
    pub view_before_search: Option<View>,
}

/// Conversations read, the one shown and how it is scrolled.
#[derive(Default)]
pub struct Conversations {
    /// Change it through `set_conversation` / `forget_conversation`: they count the changes,
    /// which is how the conversation's layout cache knows it is out of date.
    pub loaded: HashMap<Id, Loaded<Vec<Message>>>,
    /// Bumped at every change to `conversations`.
    pub changed: u64,
    /// The tickets of `conversations`, the one opened last at the back.
    pub order: std::collections::VecDeque<Id>,
    pub req: Option<ReqId>,
    pub scroll: usize,
    /// How many times the agent read on in the current conversation's folded messages.
    pub more: usize,
    /// Whether the conversation shows quoted history whole (folded to a line by default).
    pub quoted_shown: bool,
}

/// Customers read (with their tickets), and the row selected in the customer panel.
#[derive(Default)]
pub struct Customers {
    pub loaded: HashMap<Id, Loaded<(Customer, Vec<Ticket>)>>,
    pub req: Option<ReqId>,
    pub selected: usize,
    /// How many of each customer's tickets were last asked for: an answer with fewer holds all
    /// there are, and no more are asked for.
    pub asked: HashMap<Id, usize>,
}

/// Canned responses: the helpdesk's, the agent's own, and the panel's filter and selection.
pub struct CannedState {
    pub list: Loaded<Vec<CannedResponse>>,
    /// The agent's own canned responses (files in the config dir), shown after the helpdesk's.
    pub local: Vec<CannedResponse>,
    pub filter: String,
    pub selected: usize,
    /// Asked for only once something shows them (the panel focused, the palette, a workflow):
    /// the panels in low-bandwidth mode, where they are 5 kB at start for a list the agent
    /// may not open.
    pub on_demand: bool,
    /// Not asked for yet, waiting to be needed (`on_demand`).
    pub deferred: bool,
}

impl Default for CannedState {
    fn default() -> Self {
        CannedState {
            on_demand: false,
            deferred: false,
            list: Loaded::Loading,
            local: vec![],
            filter: String::new(),
            selected: 0,
        }
    }
}

/// The knowledge base: suggestions for the ticket opened, an article kept beside.
#[derive(Default)]
pub struct Knowledge {
    /// Articles suggested for the ticket last opened (fetched in the background when it opens,
    /// except on a low-bandwidth link, where only when the knowledge overlay asks).
    pub suggested: Option<KbSuggested>,
    /// An article kept open beside the conversation (in the customer panel's place), and its
    /// scroll.
    pub beside: Option<(crate::helpdesk::Article, usize)>,
    /// Keys typed into the knowledge overlay: a search goes out only when this number is still
    /// the last after the debounce (`Msg::KbDebounced`).
    pub typed: u64,
}

/// What the agent writes: drafts, writes under way, and what each write is checked against.
#[derive(Default)]
pub struct Writes {
    pub drafts: HashMap<DraftKey, Draft>,
    /// Writes sent and not yet confirmed; their text comes back as a draft if they fail.
    pub sending: HashMap<ReqId, (Id, Option<Draft>)>,
    /// Writes sent with a collision check (`TicketPatch::expected`), by request: what to send
    /// again should the ticket turn out to have changed.
    pub guarded: HashMap<ReqId, TicketPatch>,
    /// Each ticket's `updated_at` as the agent last saw it (its conversation shown, or a write
    /// of theirs confirmed): the `expected` of their next write to it.
    pub seen: HashMap<Id, crate::helpdesk::Timestamp>,
    /// Writes waiting in the outbox.
    pub outbox: usize,
}

/// The helpdesk connection: requests in flight, the API budget, online or not.
pub struct Link {
    /// The API budget as the helpdesk last reported it (shown when low).
    pub rate_budget: Option<RateBudget>,
    pub in_flight: BTreeMap<ReqId, &'static str>,
    pub next_req: ReqId,
    pub connection: Connection,
}

impl Default for Link {
    fn default() -> Self {
        Link {
            rate_budget: None,
            in_flight: BTreeMap::new(),
            next_req: 1,
            connection: Connection::Connecting,
        }
    }
}

/// Keeping the queue up to date: the saved copy shown, refresh by change, backoff after a failure.
pub struct SyncState {
    /// The queue shown is the one saved at this time (until the helpdesk answers).
    pub cached_at: Option<Timestamp>,
    /// Refresh by change every this many seconds (0: never).
    pub refresh_secs: u64,
    /// When the queue was last known complete: the next sync asks for changes since then.
    pub synced_at: Option<Timestamp>,
    pub req: Option<ReqId>,
    /// A sync's changes while the helpdesk is asked whether the view holds the tickets among
    /// them the queue does not show, and when that sync was asked for.
    pub pending: Option<(Vec<crate::helpdesk::Ticket>, Timestamp)>,
    /// When the current full load was asked for (it becomes `synced_at` when it completes).
    pub load_started: Option<Timestamp>,
    /// When the queue is next tried again after a transient failure, and the current backoff.
    pub retry_at: Option<Timestamp>,
    pub retry_delay_secs: u64,
}

impl Default for SyncState {
    fn default() -> Self {
        SyncState {
            cached_at: None,
            refresh_secs: 60,
            synced_at: None,
            req: None,
            pending: None,
            load_started: None,
            retry_at: None,
            retry_delay_secs: 0,
        }
    }
}

/// SLA and new-ticket alerts: the settings, what was alerted, the alert shown.
pub struct Alerts {
    pub settings: AlertSettings,
    /// Alerts already given, so each event alerts once.
    pub given: rustc_hash::FxHashSet<(Id, AlertKind)>,
    /// Tickets of the queue as last loaded (`None` before the first load), to spot arrivals.
    pub known: Option<rustc_hash::FxHashSet<Id>>,
    pub shown: Option<String>,
}

impl Default for Alerts {
    fn default() -> Self {
        Alerts {
            settings: AlertSettings {
                minutes: 15,
                bell: true,
            },
            given: rustc_hash::FxHashSet::default(),
            known: None,
            shown: None,
        }
    }
}

/// Handle time and the day's metric events.
#[derive(Default)]
pub struct Metrics {
    /// The ticket being handled and since when (handle time).
    pub handling: Option<(Id, Timestamp)>,
    /// Today's metric events (loaded at start, appended as they happen).
    pub events: Vec<crate::metrics::Event>,
}

/// Notices: the one in the status bar and the session's log of them all.
#[derive(Default)]
pub struct NoticeLog {
    pub notice: Option<Notice>,
    /// Every notice and error of the session, with its time, the newest last (at most
    /// `MESSAGES_KEPT`): none is lost when the next one replaces it in the status bar.
    pub messages: std::collections::VecDeque<(Timestamp, Notice)>,
    /// How many notices the session has had: a front end that prints them (plain mode) tells
    /// the new ones by it.
    pub count: u64,
}

/// Guided workflows: those installed and each ticket's progress.
#[derive(Default)]
pub struct Workflows {
    /// The guided workflows installed (those that passed their check).
    pub installed: Vec<crate::workflow::Workflow>,
    /// Each ticket's workflow in progress (kept on disk, like drafts).
    pub walks: HashMap<Id, crate::workflow::Progress>,
}

/// Snoozed tickets and the clock their times are read in.
pub struct Snoozing {
    /// Snoozed tickets (kept on disk per profile): out of the queue's views until they wake.
    pub tickets: BTreeMap<Id, crate::store::snoozes::Snooze>,
    /// The agent's zone and the start of business hours, for snooze times.
    pub clock: crate::snooze::Clock,
    /// Snoozed tickets whose conversation is being read to see whether the customer wrote.
    pub checks: std::collections::BTreeSet<Id>,
}

impl Default for Snoozing {
    fn default() -> Self {
        Snoozing {
            tickets: BTreeMap::new(),
            clock: crate::snooze::Clock::plain(jiff::tz::TimeZone::UTC),
            checks: std::collections::BTreeSet::new(),
        }
    }
}

/// Bulk changes: the selection, the runs being delivered, and undo.
#[derive(Default)]
pub struct Bulk {
    /// The tickets selected in the queue for a bulk change, by id: a refresh, a sync or a new
    /// page keeps them.
    pub marked: std::collections::BTreeSet<Id>,
    /// The row toggled last: a range selection goes from it to the cursor.
    pub anchor: Option<Id>,
    /// Changes being delivered (a bulk one, or a single ticket's kept for undo).
    pub runs: Vec<super::bulk::Run>,
    /// The changes of this session that reached the helpdesk, the last at the end: undo takes
    /// it back.
    pub undo: Vec<super::bulk::Change>,
}
