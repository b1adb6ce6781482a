//! The whole state of the workspace, owned by one task. Drawing is a function of it.

use std::collections::{BTreeMap, HashMap};

use ratatui_textarea::TextArea;

use super::msg::ReqId;
use crate::config::Problem;
use crate::helpdesk::{
    Agent, CannedResponse, Customer, Id, MacroPreview, Message, RateBudget, Ticket, TicketPatch,
    Timestamp, View, Visibility,
};
use crate::keymap::{Context, Key, Keymap};
use crate::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Queue,
    Conversation,
    Customer,
    Canned,
}

impl Focus {
    pub const ORDER: [Focus; 4] = [
        Focus::Queue,
        Focus::Conversation,
        Focus::Customer,
        Focus::Canned,
    ];

    pub fn context(self) -> Context {
        match self {
            Focus::Queue => Context::Queue,
            Focus::Conversation => Context::Conversation,
            Focus::Customer => Context::Customer,
            Focus::Canned => Context::Canned,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    Loading,
    Ready(T),
    Failed(String),
}

impl<T> Loaded<T> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Loaded::Ready(t) => Some(t),
            _ => None,
        }
    }
}

/// How many notices the message log keeps.
pub const MESSAGES_KEPT: usize = 100;

// Drafts are the store's: it keeps them on disk; the workspace holds them while they are typed.
pub use crate::store::drafts::{Draft, DraftKey, DraftKind};

pub struct Composer {
    pub ticket: Id,
    /// Reply, note or escalation note: which draft it writes, and who will read it.
    pub kind: DraftKind,
    pub editor: TextArea<'static>,
    /// Set when this note is an escalation's required note.
    pub escalation: Option<Escalation>,
    /// Field changes sent together with the text (a macro's, when its comment was taken here to
    /// edit); empty for a plain reply or note.
    pub fields: TicketPatch,
}

/// A macro (action canned response) being previewed before it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct MacroPopup {
    pub req: ReqId,
    pub ticket: Id,
    pub canned: CannedResponse,
    pub preview: Loaded<MacroPreview>,
}

/// A write refused because the ticket changed since the agent saw it (`ErrorKind::Conflict`):
/// the write as it was, the ticket as the agent saw it, and, once read again, what changed. The
/// agent decides: send anyway, edit, or keep it as a draft (field changes: apply anyway or drop).
#[derive(Debug, Clone, PartialEq)]
pub struct Collision {
    /// The reading again of the ticket and its conversation.
    pub req: ReqId,
    pub ticket: Id,
    /// `#42 Printer on fire`, as every action names the ticket.
    pub named: String,
    /// The write, to send again with the new `expected`.
    pub patch: TicketPatch,
    /// The reply or note text (kept as the ticket's draft meanwhile); `None`: field changes.
    pub draft: Option<Draft>,
    /// The ticket as the agent saw it, to say what changed.
    pub before: Option<Ticket>,
    /// The ids of the messages the agent saw (the conversation shown), when it was shown.
    pub shown: Option<std::collections::HashSet<Id>>,
    pub changes: Loaded<Changes>,
    /// Lines of the prompt scrolled past.
    pub scroll: usize,
    /// Whether the helpdesk checks the write itself (Zendesk, RT) or tix read it before writing
    /// (best effort), as the prompt says.
    pub best_effort: bool,
}

/// What changed on a ticket since the agent saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    /// The ticket now; its `updated_at` is the `expected` of a send anyway.
    pub now: Ticket,
    /// "status open → pending", "taken by Ana", "priority normal → high".
    pub fields: Vec<String>,
    /// Messages the agent had not seen, in full.
    pub messages: Vec<Message>,
}

/// Where an escalation goes: a group or a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Escalation {
    pub group: Option<Id>,
    pub assignee: Option<Id>,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlertKind {
    NearBreach,
    Arrived,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertSettings {
    /// Alert when a ticket comes within this many minutes of breaching.
    pub minutes: i64,
    pub bell: bool,
}

impl Composer {
    pub fn text(&self) -> String {
        self.editor.lines().join("\n")
    }

    pub fn visibility(&self) -> Visibility {
        self.kind.visibility()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickKind {
    Status,
    Priority,
    Assignee,
    /// The group (team, queue) the ticket is handed to, without a note.
    Group,
    Escalate,
    /// The view the queue shows (acts on no ticket).
    View,
    /// One of the ticket's attachments (a value is its index in `attachments::all` of the
    /// conversation and its source).
    Attachment,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub kind: PickKind,
    /// The ticket it acts on; `None` for the view picker.
    pub ticket: Option<Id>,
    /// (value sent to the helpdesk, label shown)
    pub options: Vec<(String, String)>,
    pub selected: usize,
    /// The option the ticket (or the queue) has now, marked as such.
    pub current: Option<usize>,
    /// What the agent typed to narrow the options (`None` until they type).
    pub filter: Option<String>,
}

impl Picker {
    /// Indices of the options shown: those whose label holds the filter, in their order.
    pub fn visible(&self) -> Vec<usize> {
        let needle = self.filter.as_deref().unwrap_or("").to_lowercase();
        (0..self.options.len())
            .filter(|&i| needle.is_empty() || self.options[i].1.to_lowercase().contains(&needle))
            .collect()
    }

    /// Moves the selection among the shown options: `by` steps, or to the first or last.
    pub fn move_by(&mut self, by: isize) {
        let shown = self.visible();
        if shown.is_empty() {
            return;
        }
        let at = shown.iter().position(|&i| i == self.selected);
        let to = match (at, by) {
            (_, isize::MIN) => 0,
            (_, isize::MAX) => shown.len() - 1,
            (None, _) => 0,
            (Some(a), _) => (a as isize + by).clamp(0, shown.len() as isize - 1) as usize,
        };
        self.selected = shown[to];
    }

    /// After the filter changed: the best of the options shown, the first whose label starts
    /// with what was typed, else whose word does, else the first shown ("w" on New, Waiting on
    /// vendor takes Waiting, not the New that matched by its w).
    pub fn refilter(&mut self) {
        let needle = self.filter.as_deref().unwrap_or("").to_lowercase();
        let shown = self.visible();
        let label = |i: usize| self.options[i].1.to_lowercase();
        let best = shown
            .iter()
            .find(|&&i| label(i).starts_with(&needle))
            .or_else(|| {
                shown.iter().find(|&&i| {
                    label(i)
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.starts_with(&needle))
                })
            })
            .or(shown.first());
        if let Some(&i) = best {
            self.selected = i;
        }
    }

    /// The option Enter would take: the selection, if it is shown.
    pub fn chosen(&self) -> Option<usize> {
        self.visible()
            .contains(&self.selected)
            .then_some(self.selected)
    }
}

/// Where keys go, said in one word: derived from what is open (`Model::mode`), never stored, so
/// that it cannot disagree with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Typing into the focused list's filter (queue or canned).
    Filter,
    Compose,
    Pick,
    Help,
    Palette,
    /// Config problems found at start (keymap, theme); any key closes.
    Problems,
    /// Today's metrics overlay.
    Metrics,
    /// The last notices and errors, newest first; any key closes.
    Messages,
    /// Typing tag changes for the ticket shown (`+billing -spam`).
    Tags,
    /// Typing a query for the helpdesk's search.
    Search,
    /// A macro's preview: apply, edit its comment, or cancel.
    Macro,
    /// A guided workflow on a ticket.
    Workflow,
    /// The knowledge overlay: searching as the agent types, or reading an article.
    Knowledge,
    /// The snooze picker: a preset or a typed time.
    Snooze,
    /// A bulk change or an undo, said before it is sent: go, or leave everything as it is.
    Confirm,
    /// A write the ticket changed under: send anyway, edit, or keep as draft.
    Collision,
}

/// The workflow overlay: the ticket it is for. Its walk (in `Model::walks`) is shown when there is
/// one, else the workflows to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkflowPopup {
    pub ticket: Id,
}

/// What is open over the panels, with its own state: at most one at a time, and no state of an
/// overlay outlives it (a picker with no pick mode cannot be represented). The composer is not
/// one of them: it is a panel, and an overlay may open over it and close back to it.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Typing into the focused list's filter; the filter itself stays with the list when the
    /// overlay closes.
    Filter,
    Pick(Picker),
    Help {
        query: String,
        scroll: usize,
    },
    Palette(PaletteState),
    /// Config problems found at start (`Model::problems`); any key closes.
    Problems,
    Metrics,
    Messages,
    /// The tag changes being typed (`+billing -spam`).
    Tags(String),
    /// The query being typed for the helpdesk's search.
    Search(String),
    Macro(MacroPopup),
    Workflow(WorkflowPopup),
    Knowledge(KbOverlay),
    /// A write the ticket changed under: what changed, and the agent's choice.
    Collision(Box<Collision>),
    Confirm(super::bulk::Confirm),
    /// Boxed: it holds a whole ticket, and the overlay is moved with every change.
    Snooze(Box<SnoozePicker>),
}

/// The snooze picker: the ticket it snoozes (as it was when the picker opened), the presets'
/// times, what is typed, and whether the helpdesk's own waiting status is set too.
#[derive(Debug, Clone, PartialEq)]
pub struct SnoozePicker {
    pub ticket: Ticket,
    pub presets: Vec<crate::snooze::Preset>,
    /// The preset Enter takes while nothing is typed.
    pub selected: usize,
    /// A time typed (`15:30`, `mon 10:00`, `2h`): when there is one, it is the one set.
    pub typed: String,
    /// Also set it on the helpdesk (its waiting status, and the wake-up date where it has one).
    pub on_helpdesk: bool,
    /// The helpdesk's waiting status, (its own word, its label), when its vocabulary has one.
    pub waiting: Option<(String, String)>,
}

impl SnoozePicker {
    /// The wake-up time Enter would set, or why there is none.
    pub fn wake_at(
        &self,
        now: Timestamp,
        clock: &crate::snooze::Clock,
    ) -> Result<Timestamp, String> {
        if self.typed.trim().is_empty() {
            self.presets
                .get(self.selected)
                .map(|p| p.at)
                .ok_or_else(|| "no time chosen".to_string())
        } else {
            crate::snooze::parse(&self.typed, now, clock)
        }
    }
}

/// The knowledge overlay: what is typed, what was found (the ticket's suggestions while nothing
/// is typed), and the article being read, if one is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KbOverlay {
    pub query: String,
    pub hits: Vec<crate::helpdesk::ArticleHit>,
    /// Beside the list: no knowledge base, a failed search, "suggested for this ticket".
    pub note: Option<String>,
    pub selected: usize,
    /// The search asked and not answered (later answers win: `req` is the one awaited).
    pub waiting: Option<ReqId>,
    pub reading: Option<KbReading>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KbReading {
    pub req: ReqId,
    /// `None` while it loads.
    pub article: Option<Loaded<crate::helpdesk::Article>>,
    /// The first line shown; the excerpt key takes the paragraph at this line.
    pub scroll: usize,
}

/// Articles suggested for a ticket, from its subject and last customer message.
#[derive(Debug, Clone, PartialEq)]
pub struct KbSuggested {
    pub ticket: Id,
    pub req: ReqId,
    pub hits: Loaded<Vec<crate::helpdesk::ArticleHit>>,
}

impl Overlay {
    pub fn mode(&self) -> Mode {
        match self {
            Overlay::Filter => Mode::Filter,
            Overlay::Pick(_) => Mode::Pick,
            Overlay::Help { .. } => Mode::Help,
            Overlay::Palette(_) => Mode::Palette,
            Overlay::Problems => Mode::Problems,
            Overlay::Metrics => Mode::Metrics,
            Overlay::Messages => Mode::Messages,
            Overlay::Tags(_) => Mode::Tags,
            Overlay::Search(_) => Mode::Search,
            Overlay::Macro(_) => Mode::Macro,
            Overlay::Workflow(_) => Mode::Workflow,
            Overlay::Knowledge(_) => Mode::Knowledge,
            Overlay::Snooze(_) => Mode::Snooze,
            Overlay::Confirm(_) => Mode::Confirm,
            Overlay::Collision(_) => Mode::Collision,
        }
    }

    /// What was typed into a prompt overlay, if it is one.
    pub fn typed(&self) -> Option<&str> {
        match self {
            Overlay::Help { query, .. } => Some(query),
            Overlay::Palette(p) => Some(&p.query),
            Overlay::Tags(s) | Overlay::Search(s) => Some(s),
            Overlay::Knowledge(k) if k.reading.is_none() => Some(&k.query),
            Overlay::Pick(p) => p.filter.as_deref(),
            Overlay::Snooze(s) => Some(&s.typed),
            _ => None,
        }
    }

    /// The text a prompt overlay is typing into, if it is one.
    pub fn prompt_text(&mut self) -> Option<&mut String> {
        match self {
            Overlay::Help { query, .. } => Some(query),
            Overlay::Palette(p) => Some(&mut p.query),
            Overlay::Tags(s) | Overlay::Search(s) => Some(s),
            Overlay::Knowledge(k) if k.reading.is_none() => Some(&mut k.query),
            Overlay::Pick(p) => p.filter.as_mut(),
            Overlay::Snooze(s) => Some(&mut s.typed),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    Connecting,
    Online,
    Offline { since: Timestamp, reason: String },
}

/// A download under way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadJob {
    pub ticket: Id,
    pub name: String,
    /// Opened once saved (else only saved).
    pub open: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub loaded: usize,
    pub total: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PaletteState {
    pub query: String,
    pub selected: usize,
}

/// Conversations kept in memory besides the one shown (see `Model::set_conversation`).
pub const CONVERSATIONS_KEPT: usize = 32;

/// Tickets loaded from the top of an ordered view at start: one page, a few screens of rows.
pub const QUEUE_WINDOW: usize = 100;

pub struct Model {
    pub profile: String,
    pub backend: &'static str,
    pub demo: bool,
    pub keymap: Keymap,
    pub theme: Theme,
    /// Times are shown in this zone (the system's; tests pin UTC).
    pub tz: jiff::tz::TimeZone,
    /// The interface's language (config, else the locale; tests pin English).
    pub lang: crate::i18n::Lang,
    pub size: (u16, u16),
    pub now: Timestamp,

    pub me: Option<Agent>,
    pub views: Vec<View>,
    pub view: Option<View>,
    /// The queue in the helpdesk's order.
    pub tickets: Vec<Ticket>,
    /// Lower-cased search text per ticket, parallel to `tickets` (boxed: no room to spare).
    pub haystacks: Vec<Box<str>>,
    /// A refresh's tickets, swapped in when complete so the queue never shrinks mid-load.
    pub incoming: Vec<Ticket>,
    pub view_req: Option<ReqId>,
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
    pub view_total: Option<u64>,
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

    /// Change it through `set_conversation` / `forget_conversation`: they count the changes,
    /// which is how the conversation's layout cache knows it is out of date.
    pub conversations: HashMap<Id, Loaded<Vec<Message>>>,
    /// Bumped at every change to `conversations`.
    pub conversations_changed: u64,
    /// The tickets of `conversations`, the one opened last at the back.
    pub conversation_order: std::collections::VecDeque<Id>,
    pub conversation_req: Option<ReqId>,
    pub conversation_scroll: usize,
    /// How many times the agent read on in the current conversation's folded messages.
    pub conversation_more: usize,
    /// Whether the conversation shows quoted history whole (folded to a line by default).
    pub quoted_shown: bool,
    pub customers: HashMap<Id, Loaded<(Customer, Vec<Ticket>)>>,
    pub customer_req: Option<ReqId>,
    pub customer_selected: usize,

    pub canned: Loaded<Vec<CannedResponse>>,
    /// The agent's own canned responses (files in the config dir), shown after the helpdesk's.
    pub local_canned: Vec<CannedResponse>,
    pub canned_filter: String,
    pub canned_selected: usize,
    pub agents: Vec<Agent>,

    /// Privacy mode masks personal data in panels, except for the ticket the agent revealed.
    pub privacy: bool,
    /// Low-bandwidth mode: the conversation follows the selection only on Enter (or after it
    /// rests `follow_delay_ms`), and the selection is drawn with few cells.
    pub low_bandwidth: bool,
    /// Articles suggested for the ticket last opened (fetched in the background when it opens,
    /// except on a low-bandwidth link, where only when the knowledge overlay asks).
    pub kb_suggested: Option<KbSuggested>,
    /// An article kept open beside the conversation (in the customer panel's place), and its
    /// scroll.
    pub kb_beside: Option<(crate::helpdesk::Article, usize)>,
    /// Keys typed into the knowledge overlay: a search goes out only when this number is still
    /// the last after the debounce (`Msg::KbDebounced`).
    pub kb_typed: u64,
    pub follow_delay_ms: Option<u64>,
    /// The view to start on, by name (config's `default_view`, else the last one used).
    pub preferred_view: Option<String>,
    /// Counts selection moves, so a "rested" timer for an older move is ignored.
    pub selection_moves: u64,
    pub revealed: Option<Id>,
    pub focus: Focus,
    /// What is open over the panels, if anything (keys go to it first).
    pub overlay: Option<Overlay>,
    /// Keys of a sequence typed so far ("g" of "g g"); the which-key hint shows what can follow.
    pub pending_keys: Vec<Key>,
    /// Where the cursor is in the open prompt's text (a byte offset; past the end means at the
    /// end). Put at the end whenever the mode changes.
    pub prompt_cursor: usize,
    pub problems: Vec<Problem>,
    pub composer: Option<Composer>,
    pub drafts: HashMap<DraftKey, Draft>,
    /// Writes sent and not yet confirmed; their text comes back as a draft if they fail.
    pub sending: HashMap<ReqId, (Id, Option<Draft>)>,
    /// Writes sent with a collision check (`TicketPatch::expected`), by request: what to send
    /// again should the ticket turn out to have changed.
    pub guarded: HashMap<ReqId, TicketPatch>,
    /// Each ticket's `updated_at` as the agent last saw it (its conversation shown, or a write
    /// of theirs confirmed): the `expected` of their next write to it.
    pub seen: HashMap<Id, crate::helpdesk::Timestamp>,
    /// The API budget as the helpdesk last reported it (shown when low).
    pub rate_budget: Option<RateBudget>,

    pub in_flight: BTreeMap<ReqId, &'static str>,
    pub next_req: ReqId,
    pub connection: Connection,
    pub sla_policy: crate::sla::Policy,
    /// Writes waiting in the outbox.
    pub outbox: usize,
    /// What the backend can do; panels say so when it cannot.
    pub capabilities: Option<crate::helpdesk::Capabilities>,
    /// The queue shown is the one saved at this time (until the helpdesk answers).
    pub cached_at: Option<Timestamp>,
    /// Refresh by change every this many seconds (0: never).
    pub refresh_secs: u64,
    /// When the queue was last known complete: the next sync asks for changes since then.
    pub synced_at: Option<Timestamp>,
    pub sync_req: Option<ReqId>,
    /// When the current full load was asked for (it becomes `synced_at` when it completes).
    pub load_started: Option<Timestamp>,
    pub alert_settings: AlertSettings,
    /// Alerts already given, so each event alerts once.
    pub alerted: std::collections::HashSet<(Id, AlertKind)>,
    /// Tickets of the queue as last loaded (`None` before the first load), to spot arrivals.
    pub known: Option<std::collections::HashSet<Id>>,
    pub alert: Option<String>,
    pub groups: Vec<crate::helpdesk::Group>,
    /// The helpdesk's statuses and priorities (empty until they are loaded, once, at start).
    pub vocabulary: crate::helpdesk::Vocabulary,
    /// The ticket being handled and since when (handle time).
    pub handling: Option<(Id, Timestamp)>,
    /// Today's metric events (loaded at start, appended as they happen).
    pub metrics: Vec<crate::metrics::Event>,
    /// When the queue is next tried again after a transient failure, and the current backoff.
    pub retry_at: Option<Timestamp>,
    pub retry_delay_secs: u64,
    pub notice: Option<Notice>,
    /// Views' ticket counts as the helpdesk said them, for the view picker.
    pub view_counts: HashMap<Id, u64>,
    /// When the view counts were last asked for (they are asked again when older than a few
    /// minutes and the picker opens).
    pub view_counts_at: Option<Timestamp>,
    /// The helpdesk's tags for completion; `None` until the tag prompt first opens.
    pub helpdesk_tags: Option<Loaded<Vec<String>>>,
    /// How many tickets were loaded when the filter began (its page walk is bounded).
    pub filter_from: Option<usize>,
    /// The queue holds the results of this search instead of a view.
    pub search: Option<String>,
    /// The view the search results replaced, to go back to.
    pub view_before_search: Option<View>,
    /// Every notice and error of the session, with its time, the newest last (at most
    /// `MESSAGES_KEPT`): none is lost when the next one replaces it in the status bar.
    pub messages: std::collections::VecDeque<(Timestamp, Notice)>,
    /// How many notices the session has had: a front end that prints them (plain mode) tells
    /// the new ones by it.
    pub notices: u64,
    /// The time the queue's clocks show: `None` follows `now`; with `ticking_clocks = false` the
    /// event loop sets it at each action of the agent, so clocks stand still between actions.
    pub clock_at: Option<Timestamp>,
    /// Downloads under way, by request.
    pub downloads: BTreeMap<ReqId, DownloadJob>,
    /// The guided workflows installed (those that passed their check).
    pub workflows: Vec<crate::workflow::Workflow>,
    /// Each ticket's workflow in progress (kept on disk, like drafts).
    pub walks: HashMap<Id, crate::workflow::Progress>,
    /// Snoozed tickets (kept on disk per profile): out of the queue's views until they wake.
    pub snoozes: BTreeMap<Id, crate::store::snoozes::Snooze>,
    /// The agent's zone and the start of business hours, for snooze times.
    pub snooze_clock: crate::snooze::Clock,
    /// Snoozed tickets whose conversation is being read to see whether the customer wrote.
    pub snooze_checks: std::collections::BTreeSet<Id>,
    /// The tickets selected in the queue for a bulk change, by id: a refresh, a sync or a new
    /// page keeps them.
    pub marked: std::collections::BTreeSet<Id>,
    /// The row toggled last: a range selection goes from it to the cursor.
    pub mark_anchor: Option<Id>,
    /// Changes being delivered (a bulk one, or a single ticket's kept for undo).
    pub runs: Vec<super::bulk::Run>,
    /// The changes of this session that reached the helpdesk, the last at the end: undo takes
    /// it back.
    pub undo: Vec<super::bulk::Change>,
    pub quit: bool,
}

impl Model {
    pub fn new(profile: &str, backend: &'static str, demo: bool, keymap: Keymap) -> Model {
        Model {
            profile: profile.to_string(),
            backend,
            demo,
            keymap,
            theme: Theme::default(),
            tz: jiff::tz::TimeZone::UTC,
            lang: crate::i18n::Lang::En,
            size: (120, 40),
            now: Timestamp::UNIX_EPOCH,
            me: None,
            views: vec![],
            view: None,
            tickets: vec![],
            haystacks: vec![],
            incoming: vec![],
            view_req: None,
            refreshing: false,
            progress: None,
            load_window: None,
            more: None,
            loading_more: false,
            view_total: None,
            total_pending: false,
            lists_pending: false,
            filter: String::new(),
            visible: vec![],
            selected: 0,
            pinned: None,
            conversations: HashMap::new(),
            conversations_changed: 0,
            conversation_order: std::collections::VecDeque::new(),
            conversation_req: None,
            conversation_scroll: 0,
            conversation_more: 0,
            quoted_shown: false,
            customers: HashMap::new(),
            customer_req: None,
            customer_selected: 0,
            canned: Loaded::Loading,
            local_canned: vec![],
            canned_filter: String::new(),
            canned_selected: 0,
            agents: vec![],
            privacy: true,
            low_bandwidth: false,
            kb_suggested: None,
            kb_beside: None,
            kb_typed: 0,
            follow_delay_ms: None,
            selection_moves: 0,
            revealed: None,
            focus: Focus::Queue,
            overlay: None,
            pending_keys: vec![],
            prompt_cursor: usize::MAX,
            problems: vec![],
            composer: None,
            drafts: HashMap::new(),
            sending: HashMap::new(),
            guarded: HashMap::new(),
            seen: HashMap::new(),
            rate_budget: None,
            in_flight: BTreeMap::new(),
            next_req: 1,
            connection: Connection::Connecting,
            sla_policy: crate::sla::Policy::default(),
            outbox: 0,
            capabilities: None,
            cached_at: None,
            refresh_secs: 60,
            synced_at: None,
            sync_req: None,
            load_started: None,
            alert_settings: AlertSettings {
                minutes: 15,
                bell: true,
            },
            alerted: std::collections::HashSet::new(),
            known: None,
            preferred_view: None,
            alert: None,
            groups: vec![],
            vocabulary: crate::helpdesk::Vocabulary::default(),
            handling: None,
            metrics: vec![],
            retry_at: None,
            retry_delay_secs: 0,
            notice: None,
            helpdesk_tags: None,
            view_counts: HashMap::new(),
            view_counts_at: None,
            filter_from: None,
            search: None,
            view_before_search: None,
            messages: std::collections::VecDeque::new(),
            notices: 0,
            clock_at: None,
            downloads: BTreeMap::new(),
            workflows: Vec::new(),
            walks: HashMap::new(),
            snoozes: BTreeMap::new(),
            snooze_clock: crate::snooze::Clock::plain(jiff::tz::TimeZone::UTC),
            snooze_checks: std::collections::BTreeSet::new(),
            marked: std::collections::BTreeSet::new(),
            mark_anchor: None,
            runs: Vec::new(),
            undo: Vec::new(),
            quit: false,
        }
    }

    /// Whether the helpdesk can do something, as its capabilities say; before they are known
    /// (tests, a first frame), it is taken as able, and the answer will tell.
    pub fn can(&self, what: impl Fn(&crate::helpdesk::Capabilities) -> bool) -> bool {
        self.capabilities.as_ref().is_none_or(what)
    }

    /// Where keys go: the overlay open, else the composer, else the focused panel.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(o) => o.mode(),
            None if self.composer.is_some() => Mode::Compose,
            None => Mode::Normal,
        }
    }

    /// The picker open, if one is.
    pub fn picker(&self) -> Option<&Picker> {
        match &self.overlay {
            Some(Overlay::Pick(p)) => Some(p),
            _ => None,
        }
    }

    pub fn picker_mut(&mut self) -> Option<&mut Picker> {
        match &mut self.overlay {
            Some(Overlay::Pick(p)) => Some(p),
            _ => None,
        }
    }

    /// The macro preview open, if one is.
    pub fn macro_popup(&self) -> Option<&MacroPopup> {
        match &self.overlay {
            Some(Overlay::Macro(p)) => Some(p),
            _ => None,
        }
    }

    /// Closes the overlay open (back to the composer, if one is open, else to the panels).
    pub fn close_overlay(&mut self) -> Option<Overlay> {
        self.overlay.take()
    }

    /// Keeps the conversation of `ticket`, and only the `CONVERSATIONS_KEPT` opened last (and the
    /// one shown): bodies are the largest thing tix holds, and an agent going down a long queue
    /// would otherwise keep every one they passed.
    pub fn set_conversation(&mut self, ticket: Id, entry: Loaded<Vec<Message>>) {
        self.conversation_order.retain(|t| t != &ticket);
        self.conversation_order.push_back(ticket.clone());
        self.conversations.insert(ticket, entry);
        let shown = self.current().map(|t| t.id.clone());
        let mut over = self
            .conversation_order
            .len()
            .saturating_sub(CONVERSATIONS_KEPT);
        let mut kept = std::collections::VecDeque::new();
        while let Some(t) = self.conversation_order.pop_front() {
            if over > 0 && shown.as_ref() != Some(&t) {
                self.conversations.remove(&t);
                over -= 1;
            } else {
                kept.push_back(t);
            }
        }
        self.conversation_order = kept;
        self.conversations_changed += 1;
    }

    pub fn forget_conversation(&mut self, ticket: &Id) {
        self.conversation_order.retain(|t| t != ticket);
        if self.conversations.remove(ticket).is_some() {
            self.conversations_changed += 1;
        }
    }

    /// The ticket the conversation and customer panels show.
    pub fn current(&self) -> Option<&Ticket> {
        self.pinned.as_ref().or_else(|| self.selected_in_queue())
    }

    /// Whether personal data of the current ticket is masked on screen.
    pub fn masked(&self) -> bool {
        self.privacy && self.revealed.as_ref() != self.current().map(|t| &t.id)
    }

    /// A ticket's subject as the panels show it: with privacy mode on, the phone, card and email
    /// parts masked, except on the ticket the agent revealed.
    pub fn subject_shown<'a>(&self, t: &'a Ticket) -> std::borrow::Cow<'a, str> {
        if self.privacy && self.revealed.as_ref() != Some(&t.id) {
            crate::privacy::text(&t.subject).into()
        } else {
            t.subject.as_str().into()
        }
    }

    /// A ticket as every action names it: its number and subject (`#1335 Refund not received`).
    pub fn ticket_named(&self, id: &Id) -> String {
        let subject = self
            .pinned
            .iter()
            .chain(&self.tickets)
            .find(|t| &t.id == id)
            .map(|t| self.subject_shown(t));
        match subject {
            Some(s) if !s.trim().is_empty() => format!("#{id} {s}"),
            _ => format!("#{id}"),
        }
    }

    /// Whether the Snoozed view is shown (it lists the snoozed tickets; the others hide them).
    pub fn in_snoozed_view(&self) -> bool {
        self.search.is_none()
            && self
                .view
                .as_ref()
                .is_some_and(|v| v.id.0 == crate::app::snooze::SNOOZED_VIEW)
    }

    /// A snoozed ticket is not shown in the queue's views until it wakes.
    pub fn hidden(&self, t: &Ticket) -> bool {
        !self.snoozes.is_empty() && self.snoozes.contains_key(&t.id) && !self.in_snoozed_view()
    }

    pub fn selected_in_queue(&self) -> Option<&Ticket> {
        self.visible
            .get(self.selected)
            .and_then(|&i| self.tickets.get(i))
    }

    pub fn current_customer(&self) -> Option<&Loaded<(Customer, Vec<Ticket>)>> {
        let id = &self.current()?.requester.as_ref()?.id;
        self.customers.get(id)
    }

    /// Canned responses matching the canned filter, in order.
    pub fn canned_visible(&self) -> Vec<&CannedResponse> {
        let Some(all) = self.canned.ready() else {
            return vec![];
        };
        let needle = self.canned_filter.to_lowercase();
        all.iter()
            .filter(|c| {
                needle.is_empty()
                    || c.title.to_lowercase().contains(&needle)
                    || c.folder
                        .as_deref()
                        .is_some_and(|f| f.to_lowercase().contains(&needle))
                    || c.body.to_lowercase().contains(&needle)
            })
            .collect()
    }

    pub fn selected_canned(&self) -> Option<&CannedResponse> {
        self.canned_visible().get(self.canned_selected).copied()
    }
}
