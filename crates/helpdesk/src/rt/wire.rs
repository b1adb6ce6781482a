//! Request Tracker 5 REST 2.0 wire shapes, as RT 5.0.3 (Debian bookworm) really sends them, see
//! ../shared/reference/request-tracker.md. Only what tix reads is modelled, and leniently: RT
//! sends ids as numbers on single resources and as strings in collections, numbers as strings
//! (`"Priority": "50"`), `""` where a field has no value, and `pages` as `0.0` on empty results.

use serde::de::{DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::lenient::Items;

/// A string, number or null as a string (`"12"`, `12` and `null` → `"12"`, `"12"`, `""`).
pub fn stringish<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => s,
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => if b { "1" } else { "0" }.to_string(),
        _ => String::new(),
    })
}

/// A non-negative count sent as a number (maybe a float such as `0.0`), a string, or null.
pub fn count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n
            .as_u64()
            .or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// Whatever shape `T` has, or `T::default()` when RT sent something else (typically `""`).
pub fn lenient<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(
    d: D,
) -> Result<T, D::Error> {
    let v = Value::deserialize(d)?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

/// `{"count", "page", "per_page", "pages", "total", "items", "next_page"}`.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "T: DeserializeOwned"))]
pub struct Collection<T> {
    /// Read item by item: an item that cannot be read is left out and counted.
    #[serde(default)]
    pub items: Items<T>,
    #[serde(default, deserialize_with = "count")]
    pub page: Option<u64>,
    #[serde(default, deserialize_with = "count")]
    pub per_page: Option<u64>,
    #[serde(default, deserialize_with = "count")]
    pub pages: Option<u64>,
    /// `null` when the user cannot see every result.
    #[serde(default, deserialize_with = "count")]
    pub total: Option<u64>,
    #[serde(default)]
    pub next_page: Option<String>,
}

/// A user as a reference (`{"id": "alice@example.com", "type": "user", ...}`) with whatever
/// `fields[Role]=...` sub-fields were asked for. The `id` of a user reference is its Name.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UserRef {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub real_name: Option<String>,
    #[serde(default)]
    pub email_address: Option<String>,
    #[serde(default)]
    pub organization: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub custom_fields: Vec<CustomFieldValues>,
    #[serde(default, deserialize_with = "lenient")]
    pub last_updated: Option<jiff::Timestamp>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueueRef {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
}

/// One custom field with its values, as in `CustomFields: [...]`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CustomFieldValues {
    #[serde(default)]
    pub name: String,
    #[serde(default, deserialize_with = "lenient")]
    pub values: Vec<Value>,
}

impl CustomFieldValues {
    /// The first value as text.
    pub fn first(&self) -> Option<String> {
        self.values.iter().find_map(|v| match v {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    }
}

/// A ticket from `/tickets?fields=...` (or the single resource `/ticket/{id}`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ticket {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default, deserialize_with = "stringish")]
    pub subject: String,
    #[serde(default, deserialize_with = "stringish")]
    pub status: String,
    #[serde(default, deserialize_with = "stringish")]
    pub priority: String,
    #[serde(default, deserialize_with = "lenient")]
    pub requestor: Vec<UserRef>,
    #[serde(default, deserialize_with = "lenient")]
    pub owner: Option<UserRef>,
    #[serde(default, deserialize_with = "lenient")]
    pub queue: Option<QueueRef>,
    #[serde(default, deserialize_with = "stringish")]
    pub created: String,
    #[serde(default, deserialize_with = "stringish")]
    pub last_updated: String,
    #[serde(default, deserialize_with = "stringish")]
    pub due: String,
    #[serde(default, deserialize_with = "lenient")]
    pub custom_fields: Vec<CustomFieldValues>,
}

/// A transaction from `/ticket/{id}/history?fields=Type,Created,Creator`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Transaction {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(rename = "Type", default, deserialize_with = "stringish")]
    pub kind: String,
    #[serde(default, deserialize_with = "stringish")]
    pub created: String,
    #[serde(default, deserialize_with = "lenient")]
    pub creator: Option<UserRef>,
}

/// An attachment row (a MIME part) from `/ticket/{id}/attachments?fields=...`. `Content` asked
/// for through `fields=` arrives decoded as text (only `/attachment/{id}` sends base64).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Attachment {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default, deserialize_with = "stringish")]
    pub transaction_id: String,
    #[serde(default, deserialize_with = "stringish")]
    pub content_type: String,
    #[serde(default, deserialize_with = "stringish")]
    pub filename: String,
    #[serde(default, deserialize_with = "count")]
    pub content_length: Option<u64>,
    #[serde(default)]
    pub content: Option<String>,
}

/// `GET /attachment/{id}`: the file's bytes as base64 in `Content`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AttachmentContent {
    #[serde(rename = "Content", default)]
    pub content: Option<String>,
}

/// `GET /user/{id|name}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct User {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default, deserialize_with = "stringish")]
    pub name: String,
    #[serde(default, deserialize_with = "stringish")]
    pub real_name: String,
    #[serde(default, deserialize_with = "stringish")]
    pub email_address: String,
    #[serde(default, deserialize_with = "stringish")]
    pub organization: String,
    #[serde(default, deserialize_with = "stringish")]
    pub work_phone: String,
    #[serde(default, deserialize_with = "stringish")]
    pub mobile_phone: String,
    #[serde(default, deserialize_with = "stringish")]
    pub home_phone: String,
    #[serde(default, deserialize_with = "stringish")]
    pub created: String,
    #[serde(default, deserialize_with = "stringish")]
    pub privileged: String,
    #[serde(default, deserialize_with = "stringish")]
    pub disabled: String,
    #[serde(default, deserialize_with = "lenient")]
    pub custom_fields: Vec<CustomFieldValues>,
    #[serde(default, deserialize_with = "stringish")]
    pub lang: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Queue {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default, deserialize_with = "stringish")]
    pub name: String,
    #[serde(default, deserialize_with = "stringish")]
    pub disabled: String,
}

/// A saved search from `/searches?fields=Name,Description,Content`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Search {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default, deserialize_with = "stringish")]
    pub name: String,
    #[serde(default, deserialize_with = "stringish")]
    pub description: String,
    #[serde(default, deserialize_with = "lenient")]
    pub content: SearchContent,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SearchContent {
    #[serde(default, deserialize_with = "stringish")]
    pub query: String,
    /// "Ticket" or absent for ticket searches; "Transaction", "Asset", ... otherwise.
    #[serde(default, deserialize_with = "stringish")]
    pub search_type: String,
}

/// A group from `/groups?query=...`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Ref {
    #[serde(default, deserialize_with = "stringish")]
    pub id: String,
}

/// An article from `/articles?fields=Name,Summary,Class,CustomFields`: RT's stand-in for canned
/// responses, its text in the class's `Content` custom field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Article {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default, deserialize_with = "stringish")]
    pub name: String,
    #[serde(default, deserialize_with = "stringish")]
    pub summary: String,
    #[serde(default, deserialize_with = "lenient")]
    pub class: Option<Ref>,
    #[serde(default, deserialize_with = "lenient")]
    pub custom_fields: Vec<CustomFieldValues>,
    #[serde(default, deserialize_with = "lenient")]
    pub last_updated: Option<jiff::Timestamp>,
}

/// A class from `/classes/all?fields=Name`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Class {
    #[serde(rename = "id", default, deserialize_with = "stringish")]
    pub id: String,
    #[serde(default, deserialize_with = "stringish")]
    pub name: String,
}

/// `{"message": "..."}`, RT's error body.
#[derive(Debug, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub message: Option<String>,
}

/// The body of `POST /ticket`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NewTicket {
    pub queue: String,
    pub subject: String,
    pub content: String,
    pub content_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requestor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
}

/// The body of `PUT /ticket/{id}`.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TicketUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue: Option<String>,
    /// When a stalled ticket is due back (a snooze's wake-up time), in UTC as RT stores dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts: Option<String>,
}

/// The body of `POST /ticket/{id}/correspond` and `/comment`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NewMessage {
    pub content: String,
    pub content_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// What a write answers: an array of result lines (`["Ticket 1: Status changed from ..."]`),
/// or for bulk-ish answers arrays of arrays; flattened to strings.
pub fn result_lines(v: &Value) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => {
                if let Some(m) = o.get("message") {
                    walk(m, out)
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_shapes() {
        let c: Collection<Ticket> = serde_json::from_value(serde_json::json!({
            "count": 0, "page": 1, "per_page": 100, "pages": 0.0, "total": 0, "items": []
        }))
        .unwrap();
        assert_eq!(c.pages, Some(0));
        let t: Ticket = serde_json::from_value(serde_json::json!({
            "id": 7, "Priority": "50", "Owner": "", "Requestor": "", "CustomFields": "",
            "Queue": {"id": "1", "type": "queue", "Name": "General"}
        }))
        .unwrap();
        assert_eq!(t.id, "7");
        assert_eq!(t.priority, "50");
        assert!(t.owner.is_none());
        assert!(t.requestor.is_empty());
        assert_eq!(t.queue.and_then(|q| q.name).as_deref(), Some("General"));
    }

    #[test]
    fn write_answers_flatten() {
        let v = serde_json::json!(["Ticket 1: Owner changed", [3, "Ticket 3: nope"]]);
        assert_eq!(
            result_lines(&v),
            vec!["Ticket 1: Owner changed", "Ticket 3: nope"]
        );
    }
}
