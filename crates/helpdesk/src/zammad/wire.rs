//! Zammad REST API wire shapes, as documented in docs.zammad.org/en/latest/api/ (intro: expand,
//! full, pagination, search; ticket, ticket/articles, ticket/states, ticket/priorities, ticket/tags,
//! user, organization, group) and, for the endpoints the docs leave out (`/ticket_overviews`,
//! `/text_modules`), as Zammad's controllers render them. See ../shared/reference/helpdesk-apis.md
//! §3. Only what tix reads is modelled, and leniently: ids as numbers or strings, `null` anywhere,
//! timestamps that do not parse read as absent.

use std::collections::HashMap;

use serde::de::{DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub type Time = jiff::Timestamp;

/// A number, a numeric string or null.
pub fn opt_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// An id: a number or a numeric string.
pub fn id<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    opt_u64(d)?.ok_or_else(|| serde::de::Error::custom("missing or non-numeric id"))
}

/// A string (or number) or null; empty strings read as absent.
pub fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) if !s.trim().is_empty() => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// A timestamp, or absent when null or not a timestamp.
pub fn opt_time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Time>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A boolean, or false for null and anything else.
pub fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(matches!(Value::deserialize(d)?, Value::Bool(true)))
}

/// `GET /api/v1/tickets/{id}` (with `?expand=true`, the `*_id` fields come with names too) and the
/// `Ticket` assets of searches and overviews.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Ticket {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    /// What customers and agents call the ticket ("53003").
    #[serde(default, deserialize_with = "opt_string")]
    pub number: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub group_id: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub priority_id: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub state_id: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub organization_id: Option<u64>,
    /// 1 is Zammad's "-" (nobody).
    #[serde(default, deserialize_with = "opt_u64")]
    pub owner_id: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub customer_id: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub create_article_type_id: Option<u64>,
    #[serde(default, deserialize_with = "opt_time")]
    pub first_response_at: Option<Time>,
    #[serde(default, deserialize_with = "opt_time")]
    pub first_response_escalation_at: Option<Time>,
    #[serde(default, deserialize_with = "opt_time")]
    pub update_escalation_at: Option<Time>,
    #[serde(default, deserialize_with = "opt_time")]
    pub close_escalation_at: Option<Time>,
    #[serde(default, deserialize_with = "opt_time")]
    pub created_at: Option<Time>,
    #[serde(default, deserialize_with = "opt_time")]
    pub updated_at: Option<Time>,
    // With `expand=true`:
    #[serde(default, deserialize_with = "opt_string")]
    pub state: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub priority: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub group: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub organization: Option<String>,
    /// The owner's login.
    #[serde(default, deserialize_with = "opt_string")]
    pub owner: Option<String>,
    /// The customer's login.
    #[serde(default, deserialize_with = "opt_string")]
    pub customer: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub create_article_type: Option<String>,
}

/// `GET /api/v1/users/{id}`, `/users/me`, and `User` assets.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct User {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    #[serde(default, deserialize_with = "opt_string")]
    pub login: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub firstname: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub lastname: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub phone: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub mobile: Option<String>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub organization_id: Option<u64>,
    #[serde(default, deserialize_with = "flag")]
    pub vip: bool,
    /// Absent means active.
    #[serde(default)]
    pub active: Option<bool>,
    #[serde(default, deserialize_with = "opt_time")]
    pub created_at: Option<Time>,
    /// `tickets_open` / `tickets_closed` counts live here.
    #[serde(default)]
    pub preferences: Value,
    /// `{"1": ["full"], ...}`.
    #[serde(default)]
    pub group_ids: Value,
    /// With `expand=true`: `{"Sales": ["full"], ...}`.
    #[serde(default)]
    pub groups: Value,
}

/// `GET /api/v1/organizations/{id}` and `Organization` assets.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Organization {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub domain: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub vip: bool,
}

/// `GET /api/v1/groups` (needs `admin.group`) and `Group` assets.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Group {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default)]
    pub active: Option<bool>,
}

/// `GET /api/v1/ticket_states` (with `expand=true`, the type's name in `state_type`).
#[derive(Debug, Clone, Deserialize, Default)]
pub struct State {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    /// 1 new, 2 open, 3 pending reminder, 4 pending action, 5 closed, 6 merged, 7 removed.
    #[serde(default, deserialize_with = "opt_u64")]
    pub state_type_id: Option<u64>,
    #[serde(default, deserialize_with = "opt_string")]
    pub state_type: Option<String>,
    #[serde(default)]
    pub active: Option<bool>,
}

/// `GET /api/v1/ticket_priorities`: names like "2 normal".
#[derive(Debug, Clone, Deserialize, Default)]
pub struct PriorityRecord {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default)]
    pub active: Option<bool>,
}

/// `GET /api/v1/ticket_articles/by_ticket/{ticket id}`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Article {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    /// email, phone, web, note, sms, chat, fax, twitter status, twitter direct-message,
    /// facebook feed post, facebook feed comment, telegram personal-message, ...
    #[serde(default, rename = "type", deserialize_with = "opt_string")]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub type_id: Option<u64>,
    /// Agent, Customer, System.
    #[serde(default, deserialize_with = "opt_string")]
    pub sender: Option<String>,
    /// "David Bell <david@example.com>".
    #[serde(default, deserialize_with = "opt_string")]
    pub from: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub reply_to: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub message_id: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub content_type: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub body: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub internal: bool,
    #[serde(default, deserialize_with = "opt_u64")]
    pub created_by_id: Option<u64>,
    /// The creator's login.
    #[serde(default, deserialize_with = "opt_string")]
    pub created_by: Option<String>,
    #[serde(default, deserialize_with = "opt_time")]
    pub created_at: Option<Time>,
    #[serde(default, deserialize_with = "lenient")]
    pub attachments: Vec<ArticleAttachment>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct ArticleAttachment {
    #[serde(default, deserialize_with = "opt_u64")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "opt_string")]
    pub filename: Option<String>,
    /// Bytes, sent as a string.
    #[serde(default, deserialize_with = "opt_u64")]
    pub size: Option<u64>,
    #[serde(default)]
    pub preferences: Value,
}

/// `GET /api/v1/text_modules` (routes and model in Zammad's source; not in the API docs).
#[derive(Debug, Clone, Deserialize, Default)]
pub struct TextModule {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub keywords: Option<String>,
    /// HTML with `#{ticket.customer.firstname}`-style variables.
    #[serde(default, deserialize_with = "opt_string")]
    pub content: Option<String>,
    #[serde(default)]
    pub active: Option<bool>,
}

/// One entry of `GET /api/v1/ticket_overviews` (not in the API docs; TicketOverviewsController).
#[derive(Debug, Clone, Deserialize, Default)]
pub struct OverviewMeta {
    #[serde(default, deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub link: Option<String>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub prio: Option<u64>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub count: Option<u64>,
}

/// `GET /api/v1/ticket_overviews?view={link}`: `{"assets": {...}, "index": {"overview": {...},
/// "tickets": [{"id", "updated_at"}], "count"}}` (at most 2000 ticket ids, no paging).
#[derive(Debug, Clone, Deserialize, Default)]
pub struct OverviewView {
    #[serde(default)]
    pub assets: Value,
    #[serde(default, deserialize_with = "lenient")]
    pub index: OverviewIndex,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct OverviewIndex {
    #[serde(default, deserialize_with = "lenient")]
    pub tickets: Vec<IdOnly>,
    #[serde(default, deserialize_with = "opt_u64")]
    pub count: Option<u64>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct IdOnly {
    #[serde(default, deserialize_with = "opt_u64")]
    pub id: Option<u64>,
}

/// `GET /api/v1/tags?object=Ticket&o_id={id}`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Tags {
    #[serde(default, deserialize_with = "lenient")]
    pub tags: Vec<String>,
}

/// `{"total_count": n}` of `only_total_count=true`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct TotalCount {
    #[serde(default, deserialize_with = "opt_u64")]
    pub total_count: Option<u64>,
}

/// The records of an `assets` object (`{"Ticket": {"1": {...}}, "User": {...}, ...}`), each read
/// on its own so that one odd record does not lose the rest.
#[derive(Debug, Default)]
pub struct Assets {
    pub tickets: HashMap<u64, Ticket>,
    pub users: HashMap<u64, User>,
    pub organizations: HashMap<u64, Organization>,
    pub groups: HashMap<u64, Group>,
}

impl Assets {
    pub fn of(assets: &Value) -> Assets {
        fn records<T: DeserializeOwned>(
            assets: &Value,
            key: &str,
            id: fn(&T) -> u64,
        ) -> HashMap<u64, T> {
            assets
                .get(key)
                .and_then(Value::as_object)
                .map(|m| {
                    m.values()
                        .filter_map(|v| serde_json::from_value::<T>(v.clone()).ok())
                        .map(|r| (id(&r), r))
                        .collect()
                })
                .unwrap_or_default()
        }
        Assets {
            tickets: records(assets, "Ticket", |t: &Ticket| t.id),
            users: records(assets, "User", |u: &User| u.id),
            organizations: records(assets, "Organization", |o: &Organization| o.id),
            groups: records(assets, "Group", |g: &Group| g.id),
        }
    }
}

/// A ticket search answer in any of the shapes Zammad versions send: an array of (expanded)
/// tickets; `{"tickets": [ids], "tickets_count", "assets"}`; or, with `full=true`,
/// `{"record_ids": [ids], "assets", "total_count"}`.
#[derive(Debug, Default)]
pub struct SearchResult {
    pub ids: Vec<u64>,
    pub assets: Assets,
    /// Only with `with_total_count` (and `full`): the count of all matches, not of this page.
    pub total: Option<u64>,
    /// Tickets of an array answer that could not be read (left out of `ids`).
    pub skipped: usize,
}

impl SearchResult {
    pub fn of(v: &Value) -> Option<SearchResult> {
        match v {
            Value::Array(items) => {
                let mut assets = Assets::default();
                let mut ids = Vec::new();
                let mut skipped = 0;
                for item in items {
                    match serde_json::from_value::<Ticket>(item.clone()) {
                        Ok(t) => {
                            ids.push(t.id);
                            assets.tickets.insert(t.id, t);
                        }
                        Err(_) => skipped += 1,
                    }
                }
                Some(SearchResult {
                    ids,
                    assets,
                    total: None,
                    skipped,
                })
            }
            Value::Object(o) => {
                let ids = o
                    .get("record_ids")
                    .or_else(|| o.get("tickets"))
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| match x {
                                Value::Number(n) => n.as_u64(),
                                Value::String(s) => s.parse().ok(),
                                _ => None,
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Some(SearchResult {
                    ids,
                    assets: o.get("assets").map(Assets::of).unwrap_or_default(),
                    total: o.get("total_count").and_then(Value::as_u64),
                    skipped: 0,
                })
            }
            _ => None,
        }
    }
}

/// Body of `POST /api/v1/ticket_articles` (and the `article` of a ticket update).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleWrite {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<u64>,
    pub body: String,
    pub content_type: &'static str,
    #[serde(rename = "type")]
    pub kind: String,
    pub internal: bool,
    pub sender: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_reply_to: Option<String>,
}

/// Body of `PUT /api/v1/tickets/{id}` and `POST /api/v1/tickets`.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct TicketWrite {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<ArticleWrite>,
}

/// `{"error": "...", "error_human": "..."}`.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct ErrorBody {
    #[serde(default, deserialize_with = "opt_string")]
    pub error: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    pub error_human: Option<String>,
}

/// Whatever shape `T` has, or `T::default()` when Zammad sent something else.
pub fn lenient<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(
    d: D,
) -> Result<T, D::Error> {
    let v = Value::deserialize(d)?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

/// `POST /knowledge_bases/search`: `details` says what each result is.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct KbSearch {
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub details: Vec<KbDetail>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct KbDetail {
    #[serde(deserialize_with = "id")]
    pub id: u64,
    #[serde(
        rename = "type",
        default,
        deserialize_with = "crate::lenient::or_default"
    )]
    pub kind: String,
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub title: String,
    /// The category's title.
    #[serde(default, deserialize_with = "crate::lenient::or_none")]
    pub subtitle: Option<String>,
    /// A highlight, or the first 100 characters of the text.
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub body: String,
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub url: String,
}

/// `GET /knowledge_bases/{kb}/answers/{id}?include_contents={translation}`: asset maps by id.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct KbAnswer {
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub assets: KbAssets,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct KbAssets {
    #[serde(
        rename = "KnowledgeBaseAnswerTranslation",
        default,
        deserialize_with = "crate::lenient::or_default"
    )]
    pub translations: std::collections::HashMap<String, KbTranslation>,
    #[serde(
        rename = "KnowledgeBaseAnswerTranslationContent",
        default,
        deserialize_with = "crate::lenient::or_default"
    )]
    pub contents: std::collections::HashMap<String, KbContent>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct KbTranslation {
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub title: String,
    #[serde(default, deserialize_with = "crate::lenient::or_none")]
    pub content_id: Option<u64>,
    #[serde(default, deserialize_with = "opt_time")]
    pub updated_at: Option<jiff::Timestamp>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct KbContent {
    /// HTML.
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub body: String,
}
