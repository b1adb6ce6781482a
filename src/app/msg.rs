//! Messages into `update` and effects out of it: the only two ways state and the world meet.

use ratatui::crossterm::event::{KeyEvent, MouseEvent};

use super::model::Draft;
use crate::helpdesk::{
    Agent, CannedResponse, Customer, Id, MacroPreview, Message, RateBudget, Result, Ticket,
    TicketPatch, Timestamp, View,
};

/// Every request carries an id; an answer whose id is no longer wanted is dropped.
pub type ReqId = u64;

/// The id of writes delivered from the outbox (no request of this session waits for them).
pub const OUTBOX_REQ: ReqId = u64::MAX;

// Messages are moved once, from a task to the update loop; boxing would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    /// A command of plain mode (a line typed instead of a key).
    Plain(super::plain::Command),
    Paste(String),
    Mouse(MouseEvent),
    Resize(u16, u16),
    /// The clock, for ages and SLA countdowns (update never reads the clock itself).
    Tick(Timestamp),
    Me(Result<Agent>),
    Views(Result<Vec<View>>),
    ViewPage {
        req: ReqId,
        tickets: Vec<Ticket>,
        loaded: usize,
        total: Option<u64>,
    },
    /// What the helpdesk said during a load: it does not order views by breach (its first pages
    /// are not the top of the queue). `update` decides what follows.
    ViewsUnordered,
    /// Tickets of a page that could not be read at all and were left out of it.
    Unreadable(usize),
    /// The load ended; `Ok` carries the cursor of the view's next page (`None`: view complete).
    ViewDone {
        req: ReqId,
        result: Result<Option<String>>,
    },
    /// A conversation as the helpdesk answered; when it failed, `saved` is the copy kept on disk
    /// (if any), for `update` to decide whether to show it.
    Conversation {
        req: ReqId,
        ticket: Id,
        result: Result<Vec<Message>>,
        saved: Option<Vec<Message>>,
    },
    /// A customer and their tickets, with the saved copy as for `Conversation`.
    Customer {
        req: ReqId,
        customer: Id,
        result: Result<(Customer, Vec<Ticket>)>,
        saved: Option<(Customer, Vec<Ticket>)>,
    },
    Canned(Result<Vec<CannedResponse>>),
    Agents(Result<Vec<Agent>>),
    Groups(Result<Vec<crate::helpdesk::Group>>),
    /// How many tickets a view holds (`None`: the helpdesk does not say), for the view picker.
    ViewCount {
        view: Id,
        count: Option<u64>,
    },
    /// The helpdesk's tags, for completion in the tag prompt.
    Tags(Result<Vec<String>>),
    /// The helpdesk's statuses and priorities (its defaults where they could not be read).
    Vocabulary(crate::helpdesk::Vocabulary),
    Updated {
        req: ReqId,
        ticket: Id,
        result: Result<Ticket>,
        /// The message the write added, as the helpdesk stored it, where its answer said.
        posted: Option<Message>,
    },
    /// The queue as saved at the end of the last session, shown until the helpdesk answers.
    Cached(crate::store::cache::CachedQueue),
    Synced {
        req: ReqId,
        /// When the sync was asked for: the next one asks from here.
        started: Timestamp,
        result: Result<Option<Vec<Ticket>>>,
    },
    /// Which of the tickets asked about the view holds (`Effect::InView`); `None`: the helpdesk
    /// cannot tell.
    InView {
        req: ReqId,
        result: Result<Option<Vec<Id>>>,
    },
    /// The selection has rested since move number `.0` (low-bandwidth mode).
    Rested(u64),
    /// A write could not be sent now; it waits in the outbox (on disk) and goes out by itself.
    Queued {
        req: ReqId,
        ticket: Id,
        error: crate::helpdesk::HelpdeskError,
    },
    /// A write from the outbox is handed back: the ticket changed under it (`conflict`), or it
    /// was refused.
    Returned {
        ticket: Id,
        patch: TicketPatch,
        why: String,
        conflict: bool,
    },
    /// A ticket and its conversation read again after a write collided with a change.
    Collided {
        req: ReqId,
        ticket: Id,
        result: Result<(Ticket, Vec<Message>)>,
    },
    /// What a macro would do to a ticket (`None`: the backend cannot preview; insert its text).
    MacroPreview {
        req: ReqId,
        ticket: Id,
        result: Result<Option<MacroPreview>>,
    },
    /// The API budget as the helpdesk last reported it.
    RateBudget(Option<RateBudget>),
    /// A write from an earlier session (or queued in this one) has reached the helpdesk: a reply
    /// (`Some(Public)`), a note, or field changes only (`None`). For the day's numbers.
    OutboxDelivered {
        ticket: Id,
        message: Option<crate::helpdesk::Visibility>,
    },
    /// The helpdesk's search answered (the queue shows the results).
    SearchDone {
        req: ReqId,
        result: Result<Vec<Ticket>>,
    },
    /// The knowledge overlay's debounce ran out for the `typed`-th key.
    KbDebounced(u64),
    /// A knowledge search's answer (the overlay's, or a ticket's suggestions).
    KbFound {
        req: ReqId,
        result: Result<crate::knowledge::Found>,
    },
    KbArticle {
        req: ReqId,
        result: Result<crate::helpdesk::Article>,
    },
    /// A ticket asked for by its number.
    Ticket {
        req: ReqId,
        ticket: Id,
        result: Result<Ticket>,
    },
    /// How many writes wait in the outbox.
    OutboxCount(usize),
    /// The agent's editor closed on a draft's text: the new text, or `None` when it was left as it
    /// was (a cancel).
    Edited {
        ticket: Id,
        kind: super::model::DraftKind,
        text: Option<String>,
    },
    /// Bytes of a download so far (sent now and then while it runs).
    Downloading {
        req: ReqId,
        done: u64,
        total: Option<u64>,
    },
    /// A download ended: the file's path, or why it failed.
    Downloaded {
        req: ReqId,
        result: std::result::Result<std::path::PathBuf, String>,
    },
    /// An opener (web page, file) could not be run, or said it failed.
    OpenFailed(String),
    /// Something went wrong outside a request (e.g. saving a draft); shown to the agent.
    Failed(String),
    /// A snoozed ticket that changed (to `updated_at`): its conversation, to see whether the
    /// customer wrote.
    SnoozeChecked {
        ticket: Id,
        updated_at: Timestamp,
        result: Result<Vec<Message>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    LoadMe,
    LoadViews,
    LoadCanned,
    LoadAgents,
    LoadGroups,
    /// The views' ticket counts, for the view picker (and the queue's title where a view's first
    /// page did not carry its total): background requests, a few at a time.
    LoadViewCounts(Vec<Id>),
    /// The helpdesk's tag list, asked for when the tag prompt first opens.
    LoadTags,
    LoadVocabulary,
    /// Load a view's pages from cursor `from` (the top for `None`) until `want` tickets came
    /// (`None`: all of them); supersedes an earlier load.
    LoadView {
        req: ReqId,
        view: Id,
        from: Option<String>,
        want: Option<usize>,
    },
    /// Supersedes an earlier conversation load still running.
    LoadConversation {
        req: ReqId,
        ticket: Id,
    },
    /// Supersedes an earlier customer load still running.
    LoadCustomer {
        req: ReqId,
        customer: Id,
        /// The customer's tickets the panel has rows for (a page no bigger, where it can be);
        /// none: the customer alone (low-bandwidth mode lists them once the panel has the focus).
        want: usize,
    },
    /// Send `Msg::KbDebounced(typed)` after `ms` (search as you type, not on every key).
    KbDebounce {
        ms: u64,
        typed: u64,
    },
    /// Search the knowledge base (the helpdesk's and the local articles).
    KbSearch {
        req: ReqId,
        query: String,
    },
    KbArticle {
        req: ReqId,
        id: Id,
    },
    /// Ask the helpdesk's own search (solved tickets included).
    Search {
        req: ReqId,
        query: String,
    },
    /// Fetch one ticket by its number (to open it).
    LoadTicket {
        req: ReqId,
        ticket: Id,
    },
    Update {
        req: ReqId,
        ticket: Id,
        patch: TicketPatch,
        /// The draft the text was written in: it leaves the disk as the write enters the outbox.
        from_draft: Option<super::model::DraftKind>,
    },
    /// Read a ticket and its conversation again: a write collided with a change
    /// (`Msg::Collided` answers).
    LoadCollision {
        req: ReqId,
        ticket: Id,
    },
    /// Ask the helpdesk what applying a macro to a ticket would do (changes nothing).
    PreviewMacro {
        req: ReqId,
        ticket: Id,
        canned: Id,
    },
    /// Tell the agent now through the notify hook (the status bar is already set).
    Alert {
        text: String,
    },
    /// Ring the terminal bell (written by the terminal's owner, between frames).
    Bell,
    /// Keep the top of the queue on disk for the next start and for offline use.
    SaveQueue(crate::store::cache::CachedQueue),
    /// A large view came whole: hand the memory its pages left free back to the system.
    ReleaseMemory,
    /// Ask what changed since `since` (refresh by change).
    Sync {
        req: ReqId,
        since: Timestamp,
    },
    /// Ask which of these tickets (changed, not in the queue) the view holds.
    InView {
        req: ReqId,
        view: Id,
        tickets: Vec<Id>,
    },
    /// Send `Msg::Rested(move_no)` after `ms`.
    RestTimer {
        ms: u64,
        move_no: u64,
    },
    /// Append an event to today's metrics.
    Record(crate::metrics::Event),
    /// Keep (or, with `None`, forget) a ticket's draft on disk.
    SaveDraft {
        ticket: Id,
        kind: super::model::DraftKind,
        draft: Option<Draft>,
    },
    /// Keep (or, with `None`, forget) a ticket's workflow progress on disk; written before the
    /// next frame is drawn, so the screen never shows a step the disk does not have.
    SaveWorkflow {
        ticket: Id,
        progress: Option<crate::workflow::Progress>,
    },
    /// Keep the snoozes on disk (the whole list; written before the next frame is drawn).
    SaveSnoozes(Vec<crate::store::snoozes::Snooze>),
    /// Read a snoozed ticket's conversation (not shown, not cached) to see whether the customer
    /// wrote since it changed; `Msg::SnoozeChecked` answers.
    CheckSnoozed {
        ticket: Id,
        updated_at: Timestamp,
    },
    /// Keep the view the agent chose, by name, for the next start (per profile).
    RememberView {
        name: String,
    },
    /// Hand the terminal to the agent's `$VISUAL`/`$EDITOR` on this text (done by the event loop,
    /// which owns the terminal); `Msg::Edited` answers.
    EditExternally {
        ticket: Id,
        kind: super::model::DraftKind,
        text: String,
    },
    /// Fetch an attachment (authenticated, through the adapter) and stream it to disk under a
    /// safe, unused name: into the download folder, or with `open` into a private folder of the
    /// data dir, to be opened. `Msg::Downloading` and `Msg::Downloaded` answer.
    Download {
        req: ReqId,
        ticket: Id,
        attachment: crate::helpdesk::Attachment,
        open: bool,
    },
    /// Open a downloaded file with the system's opener.
    OpenFile(std::path::PathBuf),
    /// Open the ticket's page in the helpdesk's web UI (`$BROWSER`, else the system's opener);
    /// a backend without one answers `Msg::OpenFailed` saying so.
    OpenWeb {
        ticket: Id,
    },
    Quit,
}
