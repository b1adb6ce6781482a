//! tix's helpdesk layer, without the terminal: the backend-neutral model and the `Helpdesk` trait
//! (the only way the UI and the CLI reach a helpdesk), the one REST client, the adapters, the
//! sanitizer every helpdesk text passes, and HTML mail to text. The model follows
//! ../shared/reference/helpdesk-apis.md §8, trimmed to what tix shows.

pub mod error;
pub mod etag_cache;
#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;
pub mod freshdesk;
pub mod html;
pub mod http;
pub mod intern;
pub mod lenient;
pub mod paging;
pub mod pkce;
pub mod placeholders;
pub mod quoted;
pub mod redact;
pub mod rest;
pub mod rt;
pub mod sanitize;
pub mod sanitized;
pub mod secret;
pub mod vocabulary;
pub mod words;
pub mod zammad;
pub mod zendesk;

use std::fmt;
use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

pub use error::{ErrorKind, HelpdeskError};
pub use http::RateBudget;
pub use intern::Str;
pub use paging::{PAGES_IN_FLIGHT, load_pages, load_pages_owned, load_view, pages_in_flight};
pub use secret::Secret;
pub use vocabulary::Vocabulary;

pub type Timestamp = jiff::Timestamp;
pub type Result<T> = std::result::Result<T, HelpdeskError>;

/// A time the helpdesk sent that could not be read (malformed, or beyond what a timestamp holds:
/// year 99999, 9999-12-31T23:59:60Z): kept in the item as this, shown as unknown, and sorted as
/// the oldest.
pub const UNKNOWN_TIME: Timestamp = Timestamp::MIN;

/// The time, unless it is `UNKNOWN_TIME`.
pub fn known(t: Timestamp) -> Option<Timestamp> {
    (t != UNKNOWN_TIME).then_some(t)
}

/// An opaque per-backend id (Zendesk u64, RT "123", ...).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub Str);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<u64> for Id {
    fn from(n: u64) -> Self {
        Id(Str::from(n.to_string()))
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(Str::from(s))
    }
}

impl From<String> for Id {
    fn from(s: String) -> Self {
        Id(Str::from(s))
    }
}

impl Id {
    /// The shared copy of a party's id (a requester's id repeats over their tickets).
    pub fn interned(s: &str) -> Id {
        Id(Str::interned(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusCategory {
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Closed,
    Other,
}

impl StatusCategory {
    pub fn is_unsolved(self) -> bool {
        matches!(self, Self::New | Self::Open | Self::Pending | Self::OnHold)
    }
}

/// A status as the backend spells it (`raw`, sent back on writes) and what it means (`category`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    pub category: StatusCategory,
    pub raw: Str,
    pub label: Str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorityLevel {
    Low,
    Normal,
    High,
    Urgent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priority {
    pub level: Option<PriorityLevel>,
    pub raw: Str,
    pub label: Str,
    /// Higher is more urgent; comparable across backends.
    pub rank: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Email,
    Web,
    Phone,
    Chat,
    Social,
    Sms,
    Api,
    Other(String),
}

impl Channel {
    pub fn label(&self) -> &str {
        match self {
            Channel::Email => "email",
            Channel::Web => "web",
            Channel::Phone => "phone",
            Channel::Chat => "chat",
            Channel::Social => "social",
            Channel::Sms => "sms",
            Channel::Api => "api",
            Channel::Other(s) => s,
        }
    }
}

/// A person a ticket points at (requester, assignee, author).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyRef {
    pub id: Id,
    pub name: Str,
    pub email: Option<Str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlaMetric {
    FirstResponse,
    NextResponse,
    Resolution,
    Other(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlaState {
    Active,
    Paused,
    Achieved,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaTarget {
    pub metric: SlaMetric,
    pub due_at: Option<Timestamp>,
    pub state: SlaState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub id: Id,
    pub subject: Str,
    pub status: Status,
    pub priority: Option<Priority>,
    pub channel: Channel,
    pub requester: Option<PartyRef>,
    /// The requester's tier, when the list tells it (for ordering and marks in the queue).
    pub requester_tier: Option<Tier>,
    pub assignee: Option<PartyRef>,
    pub group: Option<Str>,
    pub organization: Option<Str>,
    pub tags: Vec<Str>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub sla: Vec<SlaTarget>,
    /// The customer's satisfaction rating ("good", "bad", "offered"), where the backend has one.
    pub satisfaction: Option<Str>,
}

/// A write's answer: the ticket as it is now and, where the answer carries it, the message the
/// write added (as `messages` would read it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub ticket: Ticket,
    pub message: Option<Message>,
}

impl Ticket {
    /// The running SLA target that falls due first, if any.
    pub fn next_sla(&self) -> Option<&SlaTarget> {
        self.sla
            .iter()
            .filter(|t| t.state == SlaState::Active && t.due_at.is_some())
            .min_by_key(|t| t.due_at)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    Public,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: Id,
    pub author: Option<PartyRef>,
    pub visibility: Visibility,
    pub channel: Option<Channel>,
    pub created_at: Timestamp,
    /// Plain text (HTML already rendered to text by the adapter).
    pub body: String,
    pub attachments: Vec<Attachment>,
    /// `text_digest` of the text as the helpdesk stores it, before any rendering or sanitizing:
    /// how the outbox recognises a write of its own whose answer was lost. Never shown.
    #[serde(skip)]
    pub stored_digest: Option<u64>,
}

/// A file on a message: what the conversation lists about it, and what its adapter needs to fetch
/// it. `name` and `content_type` are helpdesk text (sanitized like the rest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub name: String,
    /// Bytes, where the helpdesk tells.
    pub size: Option<u64>,
    /// `application/pdf`, where the helpdesk tells.
    pub content_type: Option<String>,
    /// Where the bytes are, in the adapter's own terms (a URL, an API path, an id). Never shown
    /// nor printed: some helpdesks put an access token in it.
    pub source: String,
}

/// An attachment's bytes as the adapter fetched them: an answer read chunk by chunk as it
/// arrives (to disk, never whole in memory), or bytes an adapter had to decode first (RT sends
/// an attachment as base64 inside JSON).
pub enum Download {
    Stream(reqwest::Response),
    Bytes(Option<Vec<u8>>),
}

/// A download that sends nothing for this long has stalled.
const STALL: std::time::Duration = std::time::Duration::from_secs(60);

impl Download {
    /// The size the answer announces, if any.
    pub fn announced_len(&self) -> Option<u64> {
        match self {
            Download::Stream(r) => r.content_length(),
            Download::Bytes(b) => b.as_ref().map(|b| b.len() as u64),
        }
    }

    /// The next piece of the file; `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Vec<u8>>> {
        match self {
            Download::Bytes(b) => Ok(b.take()),
            Download::Stream(r) => match tokio::time::timeout(STALL, r.chunk()).await {
                Ok(Ok(c)) => Ok(c.map(|b| b.to_vec())),
                Ok(Err(e)) => Err(http::network_error(e)),
                Err(_) => Err(HelpdeskError::new(
                    ErrorKind::Network,
                    "the download stalled (nothing came for a minute)",
                )),
            },
        }
    }
}

/// Tags to add and to remove (`+a -b`): helpdesks take a ticket's tags as a whole set, so a change
/// is applied to the tags it has now and the whole list written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagChanges {
    pub add: Vec<String>,
    pub remove: Vec<String>,
}

impl TagChanges {
    /// The whole tag list after the change (tags compare case-insensitively, as helpdesks do).
    pub fn apply(&self, tags: &[Str]) -> Vec<Str> {
        let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        let mut out: Vec<Str> = tags
            .iter()
            .filter(|t| !self.remove.iter().any(|r| same(r, t)))
            .cloned()
            .collect();
        for a in &self.add {
            if !out.iter().any(|t| same(t, a)) && !self.remove.iter().any(|r| same(r, a)) {
                out.push(Str::interned(a));
            }
        }
        out
    }
}

/// A fingerprint of a message's text, to tell whether the helpdesk already holds what tix sent.
/// Runs of whitespace count as one space (helpdesks trim, re-wrap and turn CRLF into LF); every
/// other character counts, zero-width and markup included. FNV-1a: stable, and no crate needed.
pub fn text_digest(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        word.bytes().for_each(&mut eat);
    }
    h
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    New,
    Standard,
    Loyal,
    Vip,
}

impl Tier {
    pub fn label(self) -> &'static str {
        match self {
            Tier::Vip => "VIP",
            Tier::Loyal => "loyal",
            Tier::Standard => "standard",
            Tier::New => "new",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    pub id: Id,
    pub name: String,
    pub domains: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub id: Id,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub organization: Option<Organization>,
    pub tier: Tier,
    /// How many tickets they ever asked, where the helpdesk said (`None`: not known).
    pub lifetime_tickets: Option<u64>,
    pub created_at: Timestamp,
    /// Optional pieces whose lookup failed: the panel says so instead of failing the customer.
    #[serde(default)]
    pub missing: Vec<Missing>,
    /// Their language as the helpdesk holds it (`ro-RO`, `en-us`, `zh-cn`), where it says.
    #[serde(default)]
    pub locale: Option<String>,
}

/// An optional part of a record that could not be loaded (its request failed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    TicketCount,
    Organization,
}

impl Missing {
    pub fn label(self) -> &'static str {
        match self {
            Missing::TicketCount => "ticket count",
            Missing::Organization => "organization",
        }
    }
}

impl Customer {
    pub fn first_name(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or(&self.name)
    }
}

/// How placeholders are written in a canned response's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceholderSyntax {
    /// `{{ticket.requester.first_name}}` (Zendesk, Freshdesk)
    DoubleBrace,
    None,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CannedResponse {
    pub id: Id,
    pub title: String,
    pub folder: Option<String>,
    pub body: String,
    pub syntax: PlaceholderSyntax,
    /// A status the response also sets (Zendesk macros can), applied only if the agent sends.
    pub sets_status: Option<String>,
    /// Text to insert, or a server-side action bundle (a Zendesk macro) that is previewed with
    /// `Helpdesk::preview_canned` and then applied as one update.
    #[serde(default)]
    pub kind: CannedKind,
    /// The language it is written in (`ro`), where its source says.
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CannedKind {
    #[default]
    Text,
    Action,
}

/// A ticket field a macro can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PatchField {
    Status,
    Priority,
    /// Values are agent ids.
    Assignee,
    /// Values are group ids.
    Group,
    /// Values are the whole tag list, space-separated.
    Tags,
}

/// One field a macro would change: the value before and after, as the backend spells them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: PatchField,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// What applying an action canned response (a Zendesk macro) to a ticket would do, as the helpdesk
/// computed it without changing anything: the fields that would change and the comment it adds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MacroPreview {
    pub ticket: Id,
    pub canned: Id,
    /// Only fields whose value differs from the ticket's now.
    pub changes: Vec<FieldChange>,
    /// The comment with its placeholders rendered by the helpdesk, as plain text.
    pub message: Option<NewMessage>,
}

impl MacroPreview {
    /// The fields as one write (the comment is the caller's: it may have been edited).
    pub fn fields(&self) -> TicketPatch {
        let mut p = TicketPatch::default();
        for c in &self.changes {
            let Some(to) = c.to.clone() else { continue };
            match c.field {
                PatchField::Status => p.status = Some(to),
                PatchField::Priority => p.priority = Some(to),
                PatchField::Assignee => p.assignee = Some(Id::from(to)),
                PatchField::Group => p.group = Some(Id::from(to)),
                PatchField::Tags => {
                    p.tags = Some(to.split_whitespace().map(str::to_string).collect());
                }
            }
        }
        p
    }

    /// The whole write: the fields and the comment as previewed.
    pub fn patch(&self) -> TicketPatch {
        TicketPatch {
            message: self.message.clone(),
            ..self.fields()
        }
    }
}

/// A named queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    pub id: Id,
    pub name: String,
}

impl View {
    /// Whether this is the view called `name` (case aside): by its own name, or by the name the
    /// gate shows for it (cleaned), which is what the agent read and typed.
    pub fn is_named(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
            || sanitized::shown_name(&self.name).eq_ignore_ascii_case(name)
    }
}

/// A group (team, queue) a ticket can be handed to: a thing of its own, not a view (a view lists
/// tickets; a group is where a ticket goes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: Id,
    pub name: String,
}

/// One page of a cursor-paged list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Opaque cursor for the next page; `None` on the last page.
    pub next: Option<String>,
    /// Items of the page that could not be read at all and are left out (see `lenient`).
    pub skipped: usize,
    /// How many items the whole list holds, where the helpdesk's answer says it (then no separate
    /// count is asked); `None` where it does not (Zendesk's cursor pages, RT's segments).
    pub total: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    pub id: Id,
    pub name: String,
    pub email: Option<String>,
}

impl Agent {
    pub fn first_name(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewMessage {
    pub visibility: Visibility,
    pub body: String,
}

/// One write: field changes and an optional message, applied atomically where the backend can.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TicketPatch {
    pub status: Option<String>,
    pub priority: Option<String>,
    /// An empty id unassigns (where the backend can: Zendesk, RT).
    pub assignee: Option<Id>,
    pub group: Option<Id>,
    /// The whole tag list after the write (backends without tags ignore it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    pub message: Option<NewMessage>,
    /// Write only if the ticket is still as the agent saw it: its `updated_at` then. A ticket
    /// changed since fails the write with `ErrorKind::Conflict` and changes nothing (checked by
    /// the helpdesk where it can: Zendesk's safe update, RT's If-Match; else by reading first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<Timestamp>,
    /// With a waiting status: when the helpdesk itself should bring the ticket back (Zammad's
    /// pending time, RT's Starts), where it has such a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_until: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTicket {
    pub subject: String,
    pub body: String,
    pub requester: Option<Id>,
    pub priority: Option<String>,
}

/// The most articles a knowledge-base search asks for (a list to choose from, not to page).
pub const KB_LIMIT: usize = 10;

/// An article of a knowledge base as a search lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleHit {
    /// The backend's id (local files: `local:PATH`).
    pub id: Id,
    pub title: String,
    /// The section (folder, category) it is filed in, where the answer names it.
    pub section: Option<String>,
    /// A line of its text (the backend's highlight where it gives one).
    pub snippet: String,
    /// The article's public address, where the helpdesk has one.
    pub url: Option<String>,
}

/// An article to read: its body as text (HTML bodies are rendered by the sanitizer gate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: Id,
    pub title: String,
    pub section: Option<String>,
    pub body: String,
    /// Whether `body` is HTML (Zendesk, Freshdesk, Zammad) rather than text (RT, local files).
    #[serde(skip)]
    pub html: bool,
    /// The public address (Zendesk's `html_url`, Freshdesk's portal page); for RT, its page in
    /// the web UI.
    pub url: Option<String>,
    pub updated_at: Option<Timestamp>,
}

/// What a backend can do, said in one place: the workspace and the CLI read this and never find
/// out by trying (a method of the trait that a backend lacks keeps its default, and its flag here
/// is false). The UI hides or greys the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    pub views: bool,
    pub canned_responses: bool,
    pub organizations: bool,
    pub sla: bool,
    pub search: bool,
    /// A view's pages come soonest SLA breach first, so its first pages are the top of the queue
    /// and tix may fetch only the pages the queue shows.
    pub ordered_views: bool,
    /// Groups (teams, queues) to hand a ticket to (`groups`).
    pub groups: bool,
    /// A list of the helpdesk's tags, for completion (`tags`).
    pub tag_list: bool,
    /// Tickets changed since a moment, for refresh by change (`changed_since`).
    pub changes_since: bool,
    /// What a macro would change, before it is applied (`preview_canned`).
    pub macro_preview: bool,
    /// Attachments fetched with the profile's credentials (`download`).
    pub attachments: bool,
    /// A ticket's page in the helpdesk's web UI (`web_url`).
    pub web_pages: bool,
}

impl Capabilities {
    /// Nothing at all: a start for fakes that can do little (`Capabilities { search: true,
    /// ..Capabilities::NONE }`).
    pub const NONE: Capabilities = Capabilities {
        views: false,
        canned_responses: false,
        organizations: false,
        sla: false,
        search: false,
        ordered_views: false,
        groups: false,
        tag_list: false,
        changes_since: false,
        macro_preview: false,
        attachments: false,
        web_pages: false,
    };
}

/// Everything tix asks of a helpdesk. Implementations own their HTTP client and must not know about
/// the terminal. All text they return is untrusted; `connect` wraps every backend in the sanitizer.
#[async_trait]
pub trait Helpdesk: Send + Sync {
    /// Backend name for the status bar ("zendesk").
    fn backend(&self) -> &'static str;
    fn capabilities(&self) -> Capabilities;
    /// The signed-in agent.
    async fn me(&self) -> Result<Agent>;
    async fn views(&self) -> Result<Vec<View>>;
    /// The view of this name (as `views` names it, case aside), for `tix ls --view NAME`. A
    /// backend where some views cost more to list than others looks at the cheap ones first.
    async fn view_named(&self, name: &str) -> Result<Option<View>> {
        Ok(self.views().await?.into_iter().find(|v| v.is_named(name)))
    }
    /// Number of tickets in a view, when the backend can tell (for progress).
    async fn view_count(&self, view: &Id) -> Result<Option<u64>>;
    async fn view_tickets(&self, view: &Id, cursor: Option<&str>) -> Result<Page<Ticket>>;
    /// A page of a view when about `want` more tickets are wanted: a backend whose pages can be
    /// any size asks for no more than that (RT), the others give their usual page.
    async fn view_page(
        &self,
        view: &Id,
        cursor: Option<&str>,
        _want: usize,
    ) -> Result<Page<Ticket>> {
        self.view_tickets(view, cursor).await
    }
    async fn ticket(&self, id: &Id) -> Result<Ticket>;
    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>>;
    async fn customer(&self, id: &Id) -> Result<Customer>;
    /// The customer's tickets, newest first (at most one page).
    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>>;
    /// A customer and their latest tickets, for a panel with rows for about `want` of them: a
    /// backend whose lists can be any size asks for no more than that (Zendesk: one page, most
    /// recently updated first, whose count is the customer's ticket count); the default asks
    /// `customer` and `customer_tickets` at once. The tickets are rows of that panel (number,
    /// status, subject, rating): a backend may leave out what it would have to ask apart
    /// (people, group, SLA), and a ticket opened from them is read whole with `ticket`.
    async fn customer_with_tickets(
        &self,
        customer: &Id,
        _want: usize,
    ) -> Result<(Customer, Vec<Ticket>)> {
        let (c, t) = tokio::join!(self.customer(customer), self.customer_tickets(customer));
        Ok((c?, t?))
    }
    async fn canned_responses(&self) -> Result<Vec<CannedResponse>>;
    /// Agents a ticket can be assigned to.
    async fn agents(&self) -> Result<Vec<Agent>>;
    /// The backend's built-in statuses and priorities: what `vocabulary` gives where the
    /// helpdesk says nothing of its own, and what tix falls back to when asking fails.
    fn default_vocabulary(&self) -> Vocabulary {
        vocabulary::neutral()
    }
    /// The statuses and priorities as this helpdesk has them (custom ones included), read from
    /// it where it tells them. The sanitizer turns a failure into `default_vocabulary`.
    async fn vocabulary(&self) -> Result<Vocabulary> {
        Ok(self.default_vocabulary())
    }
    /// Groups (teams, queues) a ticket can be handed to; none where the backend has no such thing.
    async fn groups(&self) -> Result<Vec<Group>> {
        Ok(vec![])
    }
    /// The tags the helpdesk knows, most used first, for completion; none where it lists none.
    async fn tags(&self) -> Result<Vec<String>> {
        Ok(vec![])
    }
    /// The ticket's page in the helpdesk's own web UI (for `tix open`), where tix knows it.
    fn web_url(&self, _ticket: &Id) -> Option<String> {
        None
    }
    /// An attachment's bytes, fetched with the profile's credentials (only from the helpdesk's
    /// own address: a file elsewhere is fetched without them).
    async fn download(&self, _attachment: &Attachment) -> Result<Download> {
        Err(HelpdeskError::new(
            ErrorKind::Invalid,
            format!("tix cannot fetch {} attachments", self.backend()),
        ))
    }
    async fn search(&self, query: &str) -> Result<Vec<Ticket>>;
    /// Tickets changed since a moment, for refresh by change instead of re-listing; `None` when
    /// the backend cannot tell (the caller then lists the view again).
    async fn changed_since(&self, _since: Timestamp) -> Result<Option<Vec<Ticket>>> {
        Ok(None)
    }
    /// Which of these tickets the view holds, where the helpdesk can tell in one small request:
    /// a refresh whose changes name tickets the queue does not show asks this before it lists
    /// the view again (on a busy helpdesk most of them are other views'). `None`: this backend
    /// cannot tell (the view is listed again).
    async fn view_holds(&self, _view: &Id, _tickets: &[Id]) -> Result<Option<Vec<Id>>> {
        Ok(None)
    }
    /// What applying an action canned response to a ticket would change, computed by the helpdesk
    /// without changing the ticket. `None`: this backend has no such preview (its canned responses
    /// are text to insert).
    async fn preview_canned(&self, _ticket: &Id, _canned: &Id) -> Result<Option<MacroPreview>> {
        Ok(None)
    }
    /// Articles of the helpdesk's knowledge base matching a search, best first; `None`: this
    /// helpdesk has no knowledge base (a plain answer, not an error).
    async fn kb_search(&self, _query: &str) -> Result<Option<Vec<ArticleHit>>> {
        Ok(None)
    }
    /// One article whole; `None`: this helpdesk has no knowledge base.
    async fn kb_article(&self, _id: &Id) -> Result<Option<Article>> {
        Ok(None)
    }
    /// The API budget as the last answer's headers told it, when the backend reports one.
    fn rate_limit(&self) -> Option<RateBudget> {
        None
    }
    /// The cursor of page `n` (the first is 1) of a view, where the backend pages by number: a
    /// whole view is then asked for several pages at once (`load_pages`). `None` (the default)
    /// where a page's cursor comes only with the page before (Zendesk's cursor paging).
    fn page_cursor(&self, _view: &Id, _n: u64) -> Option<String> {
        None
    }
    async fn update(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket>;
    /// `update`, with the message it added as the helpdesk stored it where the write's answer
    /// says (Zendesk's audit): the conversation need not be read again to show it. The default
    /// says nothing of the message.
    async fn write(&self, ticket: &Id, patch: &TicketPatch) -> Result<Written> {
        Ok(Written {
            ticket: self.update(ticket, patch).await?,
            message: None,
        })
    }
    /// `write` for a screen that shows the conversation: the message the write added comes with
    /// the answer even where the helpdesk must be asked for it apart (RT: its newest message in
    /// three small requests, instead of the whole conversation read again). The command line,
    /// which shows no conversation, uses `write`.
    async fn write_shown(&self, ticket: &Id, patch: &TicketPatch) -> Result<Written> {
        self.write(ticket, patch).await
    }
    /// The same change to many tickets: each ticket's outcome, in order. The default is one
    /// `update` per ticket; a backend with a bulk endpoint (Zendesk's `update_many`) uses it
    /// where it keeps the patch's meaning, `expected` included.
    async fn update_many(&self, tickets: &[Id], patch: &TicketPatch) -> Vec<Result<()>> {
        let mut out = Vec::with_capacity(tickets.len());
        for t in tickets {
            out.push(self.update(t, patch).await.map(|_| ()));
        }
        out
    }
    async fn create(&self, ticket: &NewTicket) -> Result<Ticket>;
}

pub type SharedHelpdesk = Arc<dyn Helpdesk>;
