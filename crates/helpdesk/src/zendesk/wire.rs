//! The Zendesk Support API v2 wire shapes, as documented (developer.zendesk.com, see
//! ../shared/reference/helpdesk-apis.md §1). Shared by the adapter (which reads them) and the embedded
//! demo helpdesk (which writes them), so both sides speak exactly one dialect. Only the fields tix uses
//! are modelled; unknown fields are ignored on input.

//!
//! Reading is lenient where one stranger's ticket could otherwise fail a page: lists are read item
//! by item (`Items`), fields Zendesk may send as `null` default, and times that do not parse or are
//! out of range read as unknown (see `helpdesk::lenient`).

use serde::{Deserialize, Serialize};

use crate::lenient::{Items, opt_time, or_default, or_none, some_of, time};

pub type Time = jiff::Timestamp;

fn unknown_time() -> Time {
    crate::UNKNOWN_TIME
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Via {
    /// "email", "web", "chat", "voice", "sms", "twitter", "facebook", "api", ...
    #[serde(default, deserialize_with = "or_default")]
    pub channel: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Ticket {
    pub id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub subject: String,
    #[serde(default, deserialize_with = "or_default")]
    pub description: String,
    /// new, open, pending, hold, solved, closed
    #[serde(default, deserialize_with = "or_default")]
    pub status: String,
    /// The account's custom status (accounts with custom statuses); `status` is then its category.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "or_none"
    )]
    pub custom_status_id: Option<u64>,
    /// urgent, high, normal, low, or null
    #[serde(default, deserialize_with = "or_none")]
    pub priority: Option<String>,
    /// 0 when Zendesk sent none.
    #[serde(default, deserialize_with = "or_default")]
    pub requester_id: u64,
    #[serde(default, deserialize_with = "or_none")]
    pub assignee_id: Option<u64>,
    #[serde(default, deserialize_with = "or_none")]
    pub group_id: Option<u64>,
    #[serde(default, deserialize_with = "or_none")]
    pub organization_id: Option<u64>,
    #[serde(default, deserialize_with = "or_default")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub via: Via,
    #[serde(default = "unknown_time", deserialize_with = "time")]
    pub created_at: Time,
    #[serde(default = "unknown_time", deserialize_with = "time")]
    pub updated_at: Time,
    /// Sideloaded with `include=slas` (shape as public clients see it; Zendesk calls it unstable).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "or_none"
    )]
    pub slas: Option<Slas>,
    /// Customer satisfaction, on tickets of accounts that survey their customers.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "or_none"
    )]
    pub satisfaction_rating: Option<SatisfactionRating>,
}

/// A ticket's `satisfaction_rating`: score "offered" (survey sent, no answer yet), "unoffered",
/// "good" or "bad", with the customer's comment if any. Zendesk sends `{"score": "unoffered"}`
/// without an id, hence the default.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SatisfactionRating {
    #[serde(default)]
    pub id: u64,
    pub score: String,
    #[serde(default)]
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Slas {
    #[serde(default, deserialize_with = "some_of")]
    pub policy_metrics: Vec<PolicyMetric>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PolicyMetric {
    /// first_reply_time, next_reply_time, requester_wait_time, agent_work_time, ...
    #[serde(default, deserialize_with = "or_default")]
    pub metric: String,
    /// active, paused, achieved
    #[serde(default, deserialize_with = "or_default")]
    pub stage: String,
    #[serde(default, deserialize_with = "opt_time")]
    pub breach_at: Option<Time>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Comment {
    pub id: u64,
    #[serde(rename = "type", default = "comment_type")]
    pub kind: String,
    #[serde(default, deserialize_with = "or_default")]
    pub author_id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub body: String,
    #[serde(default, deserialize_with = "or_default")]
    pub public: bool,
    #[serde(default, deserialize_with = "some_of")]
    pub attachments: Vec<Attachment>,
    #[serde(default, deserialize_with = "or_none")]
    pub via: Option<Via>,
    #[serde(default = "unknown_time", deserialize_with = "time")]
    pub created_at: Time,
}

fn comment_type() -> String {
    "Comment".into()
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Attachment {
    pub id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub file_name: String,
    #[serde(default, deserialize_with = "or_default")]
    pub size: u64,
    #[serde(default, deserialize_with = "or_none")]
    pub content_type: Option<String>,
    /// Where the bytes are (a token URL on the account's host, redirecting to Zendesk's file
    /// host).
    #[serde(default, deserialize_with = "or_none")]
    pub content_url: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct User {
    pub id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub name: String,
    #[serde(default, deserialize_with = "or_none")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "or_none")]
    pub phone: Option<String>,
    /// end-user, agent, admin
    #[serde(default, deserialize_with = "or_default")]
    pub role: String,
    #[serde(default, deserialize_with = "or_none")]
    pub organization_id: Option<u64>,
    #[serde(default, deserialize_with = "or_default")]
    pub tags: Vec<String>,
    #[serde(default = "unknown_time", deserialize_with = "time")]
    pub created_at: Time,
    #[serde(default, deserialize_with = "or_none")]
    pub locale: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Organization {
    pub id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub name: String,
    #[serde(default, deserialize_with = "or_default")]
    pub domain_names: Vec<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Group {
    pub id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct View {
    pub id: u64,
    pub title: String,
    pub active: bool,
    #[serde(default)]
    pub position: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Macro {
    pub id: u64,
    pub title: String,
    pub active: bool,
    #[serde(default)]
    pub description: Option<String>,
    /// Server-side field assignments; the reply text rides in `comment_value`.
    pub actions: Vec<MacroAction>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MacroAction {
    pub field: String,
    pub value: serde_json::Value,
}

/// `GET /api/v2/tickets/{ticket_id}/macros/{macro_id}/apply`: the ticket as it would be after the
/// macro, and the comment it would add, without changing anything. Fields are optional: Zendesk
/// documents the full ticket, but only what a macro touches matters here.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MacroApplyEnvelope {
    pub result: MacroApplyResult,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MacroApplyResult {
    pub ticket: MacroTicket,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct MacroTicket {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<MacroComment>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MacroComment {
    #[serde(default)]
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_body: Option<String>,
    #[serde(default = "yes")]
    pub public: bool,
    /// Per-channel bodies (`[["channel:all", "..."]]`); tix sends `body` and does not use these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoped_body: Option<serde_json::Value>,
}

/// Cursor pagination (`page[size]`, `page[after]`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Meta {
    #[serde(default, deserialize_with = "or_default")]
    pub has_more: bool,
    pub after_cursor: Option<String>,
    pub before_cursor: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Links {
    pub next: Option<String>,
    pub prev: Option<String>,
}

/// `GET /api/v2/views/{id}/tickets`, `/users/{id}/tickets/requested`: tickets with sideloads.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct TicketsPage {
    pub tickets: Items<Ticket>,
    #[serde(default, skip_serializing_if = "Items::is_empty")]
    pub users: Items<User>,
    #[serde(default, skip_serializing_if = "Items::is_empty")]
    pub groups: Items<Group>,
    #[serde(default, skip_serializing_if = "Items::is_empty")]
    pub organizations: Items<Organization>,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub links: Links,
    /// The list's length, in an offset page's answer (a cursor page has none).
    #[serde(
        default,
        deserialize_with = "or_none",
        skip_serializing_if = "Option::is_none"
    )]
    pub count: Option<u64>,
}

/// `GET /api/v2/tickets/{id}/comments`.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct CommentsPage {
    pub comments: Items<Comment>,
    #[serde(default, skip_serializing_if = "Items::is_empty")]
    pub users: Items<User>,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub links: Links,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ViewsPage {
    pub views: Vec<View>,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub links: Links,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ViewCount {
    pub view_id: u64,
    /// `null` while Zendesk is still counting (documented as nullable).
    pub value: Option<u64>,
    pub fresh: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ViewCountEnvelope {
    pub view_count: ViewCount,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MacrosPage {
    pub macros: Vec<Macro>,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub links: Links,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UsersPage {
    pub users: Items<User>,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub links: Links,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrganizationsPage {
    pub organizations: Vec<Organization>,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub links: Links,
}

/// `GET /api/v2/tickets/{id}` (with optional `include=users,groups,organizations,slas`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TicketEnvelope {
    pub ticket: Ticket,
    #[serde(default, skip_serializing_if = "Items::is_empty")]
    pub users: Items<User>,
    #[serde(default, skip_serializing_if = "Items::is_empty")]
    pub groups: Items<Group>,
    #[serde(default, skip_serializing_if = "Items::is_empty")]
    pub organizations: Items<Organization>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserEnvelope {
    pub user: User,
    /// Sideloaded with `include=organizations`: the user's organization.
    #[serde(
        default,
        deserialize_with = "or_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub organizations: Vec<Organization>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrganizationEnvelope {
    pub organization: Organization,
}

/// `GET /api/v2/users/{id}/related`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserRelatedEnvelope {
    pub user_related: UserRelated,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct UserRelated {
    pub requested_tickets: u64,
    pub assigned_tickets: u64,
    pub ccd_tickets: u64,
    pub organization_subscriptions: u64,
}

/// `GET /api/v2/search?query=` (offset pagination: `page`, `per_page`, `next_page`, `count`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchPage {
    /// Each result carries `result_type` ("ticket", "user", ...) beside the object's fields.
    pub results: Vec<serde_json::Value>,
    pub count: u64,
    pub next_page: Option<String>,
    pub previous_page: Option<String>,
    /// With `include=tickets(users)`: the results' requesters and assignees.
    #[serde(default)]
    pub users: Vec<User>,
}

/// Body of `PUT /api/v2/tickets/{id}` and `POST /api/v2/tickets`.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct TicketWrite {
    pub ticket: TicketFields,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct TicketFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Sets a custom status (and with it `status`, its category).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_status_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// `Some(None)` is sent as `null`: unassign.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub assignee_id: Option<Option<u64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<NewComment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Via>,
    /// Zendesk's collision check: with `updated_stamp`, the write happens only if the ticket's
    /// `updated_at` is still that, else 409.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_update: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_stamp: Option<Time>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewComment {
    pub body: String,
    /// Public reply (true, the default in Zendesk) or internal note (false).
    #[serde(default = "yes")]
    pub public: bool,
}

/// `GET /api/v2/custom_statuses`: every custom status of the account, no paging.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct CustomStatusesPage {
    #[serde(default)]
    pub custom_statuses: Items<CustomStatus>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CustomStatus {
    pub id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub agent_label: String,
    /// new, open, pending, hold, solved
    #[serde(default, deserialize_with = "or_default")]
    pub status_category: String,
    #[serde(default = "yes", deserialize_with = "or_yes")]
    pub active: bool,
    /// The status a category's word means (one per category).
    #[serde(default, deserialize_with = "or_default")]
    pub default: bool,
}

fn or_yes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(d)?.unwrap_or(true))
}

/// A field that is present, even as `null`, is `Some`: `null` there means "clear it".
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

fn yes() -> bool {
    true
}

/// Response of ticket update/create: the ticket and an audit of what changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TicketWriteResponse {
    pub ticket: Ticket,
    pub audit: Audit,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Audit {
    pub id: u64,
    pub ticket_id: u64,
    pub author_id: u64,
    pub created_at: Time,
    pub events: Vec<serde_json::Value>,
    /// How the change was made (`api` for tix's writes).
    #[serde(
        default,
        deserialize_with = "or_none",
        skip_serializing_if = "Option::is_none"
    )]
    pub via: Option<Via>,
}

impl Audit {
    /// The comment the audited write added, as a comment of the conversation reads (its time is
    /// the audit's).
    pub fn comment(&self) -> Option<Comment> {
        let event = self.events.iter().find(|e| e["type"] == "Comment")?;
        let mut c: Comment = serde_json::from_value(event.clone()).ok()?;
        c.created_at = self.created_at;
        c.via = c.via.or_else(|| self.via.clone());
        Some(c)
    }
}

/// Error bodies: `{"error": "RecordNotFound", "description": "Not found"}` or
/// `{"error": {"title": ..., "message": ...}}`, or `{"details": ...}` on 422.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A Help Center article (`help_center/articles`): search results and `show` carry the same
/// fields; `snippet` only in search results.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct HcArticle {
    pub id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub title: String,
    /// HTML.
    #[serde(default, deserialize_with = "or_default")]
    pub body: String,
    #[serde(default, deserialize_with = "or_none")]
    pub html_url: Option<String>,
    #[serde(default, deserialize_with = "or_none")]
    pub locale: Option<String>,
    #[serde(default, deserialize_with = "or_none")]
    pub section_id: Option<u64>,
    #[serde(default, deserialize_with = "or_default")]
    pub draft: bool,
    #[serde(default, deserialize_with = "or_default")]
    pub label_names: Vec<String>,
    #[serde(
        default,
        deserialize_with = "or_none",
        skip_serializing_if = "Option::is_none"
    )]
    pub snippet: Option<String>,
    #[serde(default, deserialize_with = "opt_time")]
    pub updated_at: Option<Time>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct HcSearch {
    pub results: Items<HcArticle>,
    #[serde(default, deserialize_with = "or_default")]
    pub count: u64,
    #[serde(default, deserialize_with = "or_none")]
    pub next_page: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct HcArticleEnvelope {
    pub article: HcArticle,
}

/// The answer of `PUT tickets/update_many.json` and of `GET job_statuses/{id}.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct JobStatusResponse {
    pub job_status: JobStatus,
}

#[derive(Debug, Clone, Deserialize)]
pub struct JobStatus {
    pub id: String,
    /// queued, working, failed, completed (or killed).
    pub status: String,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub results: Vec<JobResult>,
}

/// One ticket's outcome in a job (the shape for ticket updates is not in Zendesk's reference:
/// `success` missing counts as done, `errors` or `details` say why not).
#[derive(Debug, Clone, Deserialize)]
pub struct JobResult {
    #[serde(default)]
    pub id: Option<u64>,
    #[serde(default)]
    pub success: Option<bool>,
    #[serde(default)]
    pub errors: Option<serde_json::Value>,
    #[serde(default)]
    pub details: Option<String>,
}
