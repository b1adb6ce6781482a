//! Freshdesk API v2 wire shapes, as documented at developers.freshdesk.com/api (tickets, filter
//! tickets, conversations, contacts, companies, agents, groups, ticket fields, canned responses,
//! satisfaction ratings, errors). See ../shared/reference/helpdesk-apis.md §2. Only what tix reads is
//! modelled, and leniently: the docs say blank fields come as `null`, and several documented
//! samples disagree on which fields are present, so nearly everything is optional.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::{Items, opt_time, or_default, or_none, some_of};

pub type Time = jiff::Timestamp;

/// `GET /api/v2/tickets`, `/tickets/{id}`, `/search/tickets` results, `PUT /tickets/{id}`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Ticket {
    pub id: u64,
    #[serde(default)]
    pub subject: Option<String>,
    /// 2 Open, 3 Pending, 4 Resolved, 5 Closed, 6+ custom (labels in `/ticket_fields`).
    #[serde(default)]
    pub status: Option<u64>,
    /// 1 Low, 2 Medium, 3 High, 4 Urgent.
    #[serde(default)]
    pub priority: Option<u64>,
    /// 1 Email, 2 Portal, 3 Phone, 7 Chat, 9 Feedback widget, 10 Outbound email, ...
    #[serde(default)]
    pub source: Option<u64>,
    #[serde(default)]
    pub requester_id: Option<u64>,
    /// The assigned agent.
    #[serde(default)]
    pub responder_id: Option<u64>,
    #[serde(default)]
    pub group_id: Option<u64>,
    #[serde(default)]
    pub company_id: Option<u64>,
    #[serde(default, deserialize_with = "strings")]
    pub tags: Vec<String>,
    /// Resolution due.
    #[serde(default, deserialize_with = "opt_time")]
    pub due_by: Option<Time>,
    /// First response due.
    #[serde(default, deserialize_with = "opt_time")]
    pub fr_due_by: Option<Time>,
    /// Next response due: in Freshdesk's SDK models, not in the REST docs text.
    #[serde(default, deserialize_with = "opt_time")]
    pub nr_due_by: Option<Time>,
    #[serde(default)]
    pub fr_escalated: Option<bool>,
    #[serde(default)]
    pub is_escalated: Option<bool>,
    /// HTML; on `GET /tickets/{id}` (and lists with `include=description`).
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub description_text: Option<String>,
    #[serde(default, deserialize_with = "opt_time")]
    pub created_at: Option<Time>,
    #[serde(default, deserialize_with = "opt_time")]
    pub updated_at: Option<Time>,
    /// With `include=requester`: `{email, id, mobile, name, phone}`.
    #[serde(default)]
    pub requester: Option<EmbeddedRequester>,
    /// With `include=company` (view a ticket only): `{id, name}`.
    #[serde(default)]
    pub company: Option<EmbeddedCompany>,
    /// With `include=stats`: `first_responded_at`, `resolved_at`, `closed_at`, ...
    #[serde(default)]
    pub stats: Option<Stats>,
    #[serde(default, deserialize_with = "some_of")]
    pub attachments: Vec<Attachment>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct EmbeddedRequester {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub mobile: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct EmbeddedCompany {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Stats {
    #[serde(default, deserialize_with = "opt_time")]
    pub first_responded_at: Option<Time>,
    #[serde(default, deserialize_with = "opt_time")]
    pub resolved_at: Option<Time>,
    #[serde(default, deserialize_with = "opt_time")]
    pub closed_at: Option<Time>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Attachment {
    #[serde(default)]
    pub name: Option<String>,
    /// Conversations say `size`; a ticket's own attachments say `file_size` (as recorded).
    #[serde(default, deserialize_with = "or_none")]
    pub size: Option<u64>,
    #[serde(default, deserialize_with = "or_none")]
    pub file_size: Option<u64>,
    #[serde(default, deserialize_with = "or_none")]
    pub content_type: Option<String>,
    /// A signed address on Freshdesk's file storage (it expires; no credentials needed).
    #[serde(default, deserialize_with = "or_none")]
    pub attachment_url: Option<String>,
}

/// `GET /api/v2/search/tickets?query="..."`: 30 per page, at most 10 pages.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct SearchPage {
    /// All matches, not this page's; `None` where the answer left it out.
    #[serde(default)]
    pub total: Option<u64>,
    #[serde(default)]
    pub results: Items<Ticket>,
}

/// `GET /api/v2/tickets/{id}/conversations`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Conversation {
    pub id: u64,
    /// HTML.
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub body_text: Option<String>,
    /// From outside (the customer), not through the agent UI.
    #[serde(default, deserialize_with = "or_default")]
    pub incoming: bool,
    /// A private note.
    #[serde(default, deserialize_with = "or_default")]
    pub private: bool,
    #[serde(default)]
    pub user_id: Option<u64>,
    /// 0 Reply, 2 Note, 5 Tweet, 6 Survey feedback, 7 Facebook, 8 Forwarded email, 9 Phone,
    /// 11 E-commerce.
    #[serde(default)]
    pub source: Option<u64>,
    #[serde(default)]
    pub from_email: Option<String>,
    #[serde(default, deserialize_with = "opt_time")]
    pub created_at: Option<Time>,
    #[serde(default, deserialize_with = "some_of")]
    pub attachments: Vec<Attachment>,
}

/// `GET /api/v2/contacts/{id}`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Contact {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub mobile: Option<String>,
    #[serde(default)]
    pub company_id: Option<u64>,
    #[serde(default, deserialize_with = "strings")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "object")]
    pub custom_fields: Map<String, Value>,
    #[serde(default, deserialize_with = "opt_time")]
    pub created_at: Option<Time>,
    #[serde(default)]
    pub language: Option<String>,
}

/// `GET /api/v2/companies/{id}`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Company {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "strings")]
    pub domains: Vec<String>,
}

/// `GET /api/v2/agents`, `/agents/me`: the person is in `contact`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct AgentRecord {
    pub id: u64,
    #[serde(default)]
    pub contact: AgentContact,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct AgentContact {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub active: Option<bool>,
}

/// `GET /api/v2/groups`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Group {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
}

/// `GET /api/v2/ticket_fields`: the `status` field's `choices` map `"6"` to `["agent label",
/// "customer label"]`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct TicketField {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub choices: Value,
}

/// `GET /api/v2/canned_response_folders`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct CannedFolder {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub responses_count: Option<u64>,
}

/// `GET /api/v2/canned_response_folders/{id}/responses`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct CannedResponse {
    pub id: u64,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub folder_id: Option<u64>,
    /// Plain text.
    #[serde(default)]
    pub content: Option<String>,
    #[serde(default)]
    pub content_html: Option<String>,
}

/// `GET /api/v2/surveys/satisfaction_ratings?user_id=`: `ratings.default_question` is 103..-103
/// (new surveys; 100 neutral) or 1 happy, 2 neutral, 3 unhappy (classic surveys).
#[derive(Debug, Clone, Deserialize, Default)]
pub struct SatisfactionRating {
    #[serde(default)]
    pub id: u64,
    #[serde(default)]
    pub ticket_id: Option<u64>,
    #[serde(default, deserialize_with = "object")]
    pub ratings: Map<String, Value>,
}

/// Body of `PUT /api/v2/tickets/{id}` and `POST /api/v2/tickets`.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct TicketWrite {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responder_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Body of `POST /api/v2/tickets/{id}/reply`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Reply {
    /// HTML.
    pub body: String,
}

/// Body of `POST /api/v2/tickets/{id}/notes` (`private` defaults to true in Freshdesk; sent
/// anyway).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Note {
    pub body: String,
    pub private: bool,
}

/// `{"description": "Validation failed", "errors": [{"field", "message", "code"}]}`, or
/// `{"code": "invalid_credentials", "message": "..."}` on 401.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct ErrorBody {
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub errors: Vec<FieldError>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct FieldError {
    #[serde(default)]
    pub field: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
}

/// A list of strings; anything else (null, a lone string, numbers) is read as well as it can be.
fn strings<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| match v {
                Value::String(s) => Some(s),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect(),
        Value::String(s) if !s.is_empty() => vec![s],
        _ => vec![],
    })
}

/// An object, or empty when the server sent null.
fn object<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Map<String, Value>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Object(m) => m,
        _ => Map::new(),
    })
}

/// A Solutions article (`solutions/articles/{id}`, and the items of `search/solutions`).
#[derive(Debug, Clone, Deserialize)]
pub struct SolutionArticle {
    pub id: u64,
    #[serde(default, deserialize_with = "or_default")]
    pub title: String,
    /// HTML.
    #[serde(default, deserialize_with = "or_default")]
    pub description: String,
    #[serde(default, deserialize_with = "or_default")]
    pub description_text: String,
    /// 1 draft, 2 published.
    #[serde(default, deserialize_with = "or_none")]
    pub status: Option<u8>,
    #[serde(default, deserialize_with = "or_default")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "opt_time")]
    pub updated_at: Option<jiff::Timestamp>,
}
