//! The whole state of the workspace, owned by one task. Drawing is a function of it.

use std::collections::BTreeMap;

use ratatui_textarea::TextArea;

use super::msg::ReqId;
use super::state;
use crate::config::Problem;
use crate::helpdesk::{
    Agent, CannedResponse, Customer, Id, MacroPreview, Message, Ticket, TicketPatch, Timestamp,
    Visibility,
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
        l: crate::i18n::Lang,
        now: Timestamp,
        clock: &crate::snooze::Clock,
    ) -> Result<Timestamp, String> {
        if self.typed.trim().is_empty() {
            self.presets
                .get(self.selected)
                .map(|p| p.at)
                .ok_or_else(|| {
                    crate::t!(l, "snooze-empty-input", examples = crate::snooze::EXAMPLES)
                })
        } else {
            crate::snooze::parse_in(l, &self.typed, now, clock)
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
    pub agents: Vec<Agent>,
    /// Privacy mode masks personal data in panels, except for the ticket the agent revealed.
    pub privacy: bool,
    /// Low-bandwidth mode: the conversation follows the selection only on Enter (or after it
    /// rests `follow_delay_ms`), and the selection is drawn with few cells.
    pub low_bandwidth: bool,
    pub follow_delay_ms: Option<u64>,
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
    pub sla_policy: crate::sla::Policy,
    /// What the backend can do; panels say so when it cannot.
    pub capabilities: Option<crate::helpdesk::Capabilities>,
    pub groups: Vec<crate::helpdesk::Group>,
    /// The helpdesk's statuses and priorities (empty until they are loaded, once, at start).
    pub vocabulary: crate::helpdesk::Vocabulary,
    /// The helpdesk's tags for completion; `None` until the tag prompt first opens.
    pub helpdesk_tags: Option<Loaded<Vec<String>>>,
    /// The time the queue's clocks show: `None` follows `now`; with `ticking_clocks = false` the
    /// event loop sets it at each action of the agent, so clocks stand still between actions.
    pub clock_at: Option<Timestamp>,
    /// Downloads under way, by request.
    pub downloads: BTreeMap<ReqId, DownloadJob>,
    pub quit: bool,

    // One struct per concern (see state.rs).
    pub queue: state::Queue,
    pub sync: state::SyncState,
    pub conversations: state::Conversations,
    pub customers: state::Customers,
    pub canned: state::CannedState,
    pub kb: state::Knowledge,
    pub writes: state::Writes,
    pub link: state::Link,
    pub alerts: state::Alerts,
    pub metrics: state::Metrics,
    pub log: state::NoticeLog,
    pub workflows: state::Workflows,
    pub snooze: state::Snoozing,
    pub bulk: state::Bulk,
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
            agents: vec![],
            privacy: true,
            low_bandwidth: false,
            follow_delay_ms: None,
            revealed: None,
            focus: Focus::Queue,
            overlay: None,
            pending_keys: vec![],
            prompt_cursor: usize::MAX,
            problems: vec![],
            composer: None,
            sla_policy: crate::sla::Policy::default(),
            capabilities: None,
            groups: vec![],
            vocabulary: crate::helpdesk::Vocabulary::default(),
            helpdesk_tags: None,
            clock_at: None,
            downloads: BTreeMap::new(),
            quit: false,
            queue: state::Queue::default(),
            sync: state::SyncState::default(),
            conversations: state::Conversations::default(),
            customers: state::Customers::default(),
            canned: state::CannedState::default(),
            kb: state::Knowledge::default(),
            writes: state::Writes::default(),
            link: state::Link::default(),
            alerts: state::Alerts::default(),
            metrics: state::Metrics::default(),
            log: state::NoticeLog::default(),
            workflows: state::Workflows::default(),
            snooze: state::Snoozing::default(),
            bulk: state::Bulk::default(),
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
        self.conversations.order.retain(|t| t != &ticket);
        self.conversations.order.push_back(ticket.clone());
        self.conversations.loaded.insert(ticket, entry);
        let shown = self.current().map(|t| t.id.clone());
        let mut over = self
            .conversations
            .order
            .len()
            .saturating_sub(CONVERSATIONS_KEPT);
        let mut kept = std::collections::VecDeque::new();
        while let Some(t) = self.conversations.order.pop_front() {
            if over > 0 && shown.as_ref() != Some(&t) {
                self.conversations.loaded.remove(&t);
                over -= 1;
            } else {
                kept.push_back(t);
            }
        }
        self.conversations.order = kept;
        self.conversations.changed += 1;
    }

    pub fn forget_conversation(&mut self, ticket: &Id) {
        self.conversations.order.retain(|t| t != ticket);
        if self.conversations.loaded.remove(ticket).is_some() {
            self.conversations.changed += 1;
        }
    }

    /// The ticket the conversation and customer panels show.
    pub fn current(&self) -> Option<&Ticket> {
        self.queue
            .pinned
            .as_ref()
            .or_else(|| self.selected_in_queue())
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
            .queue
            .pinned
            .iter()
            .chain(&self.queue.tickets)
            .find(|t| &t.id == id)
            .map(|t| self.subject_shown(t));
        match subject {
            Some(s) if !s.trim().is_empty() => format!("#{id} {s}"),
            _ => format!("#{id}"),
        }
    }

    /// Whether the Snoozed view is shown (it lists the snoozed tickets; the others hide them).
    pub fn in_snoozed_view(&self) -> bool {
        self.queue.search.is_none()
            && self
                .queue
                .view
                .as_ref()
                .is_some_and(|v| v.id.0 == crate::app::snooze::SNOOZED_VIEW)
    }

    /// A snoozed ticket is not shown in the queue's views until it wakes.
    pub fn hidden(&self, t: &Ticket) -> bool {
        !self.snooze.tickets.is_empty()
            && self.snooze.tickets.contains_key(&t.id)
            && !self.in_snoozed_view()
    }

    pub fn selected_in_queue(&self) -> Option<&Ticket> {
        self.queue
            .visible
            .get(self.queue.selected)
            .and_then(|&i| self.queue.tickets.get(i))
    }

    pub fn current_customer(&self) -> Option<&Loaded<(Customer, Vec<Ticket>)>> {
        let id = &self.current()?.requester.as_ref()?.id;
        self.customers.loaded.get(id)
    }

    /// Low-bandwidth mode: the current customer is shown without their tickets, which come the
    /// first time the customer panel has the focus; `Some(true)` once they are asked.
    pub fn customer_tickets_deferred(&self) -> Option<bool> {
        if !self.low_bandwidth {
            return None;
        }
        let id = &self.current()?.requester.as_ref()?.id;
        let Loaded::Ready((c, tickets)) = self.customers.loaded.get(id)? else {
            return None;
        };
        (tickets.is_empty() && c.lifetime_tickets.is_some_and(|n| n > 0))
            .then(|| self.customers.asked.get(id).is_some_and(|&n| n > 0))
    }

    /// The language a ticket's requester speaks, where the helpdesk says (their locale).
    pub fn requester_language(&self, t: &Ticket) -> Option<&str> {
        let id = &t.requester.as_ref()?.id;
        match self.customers.loaded.get(id)? {
            Loaded::Ready((c, _)) => c.locale.as_deref(),
            _ => None,
        }
    }

    /// Whether something written in `language` is in the language of the open ticket's
    /// requester (nothing is, where either is not known).
    pub fn in_requesters_language(&self, t: &Ticket, language: Option<&str>) -> bool {
        match (self.requester_language(t), language) {
            (Some(theirs), Some(ours)) => crate::i18n::same_language(theirs, ours),
            _ => false,
        }
    }

    /// Canned responses matching the canned filter, in order: those in the language of the
    /// open ticket's requester first, then the rest (each in the list's order).
    pub fn canned_visible(&self) -> Vec<&CannedResponse> {
        let Some(all) = self.canned.list.ready() else {
            return vec![];
        };
        let needle = self.canned.filter.to_lowercase();
        let mut shown: Vec<&CannedResponse> = all
            .iter()
            .filter(|c| {
                needle.is_empty()
                    || c.title.to_lowercase().contains(&needle)
                    || c.folder
                        .as_deref()
                        .is_some_and(|f| f.to_lowercase().contains(&needle))
                    || c.body.to_lowercase().contains(&needle)
            })
            .collect();
        if let Some(t) = self.current() {
            // A stable sort: within each group, the order stays the list's.
            shown.sort_by_key(|c| !self.in_requesters_language(t, c.language.as_deref()));
        }
        shown
    }

    pub fn selected_canned(&self) -> Option<&CannedResponse> {
        self.canned_visible().get(self.canned.selected).copied()
    }
}
