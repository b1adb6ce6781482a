//! The Freshdesk API v2 adapter (`https://{domain}.freshdesk.com/api/v2`), written against the
//! documented shapes (developers.freshdesk.com/api; ../shared/reference/helpdesk-apis.md §2) and
//! tested against recorded responses in those shapes, not against a live Freshdesk.
//!
//! How Freshdesk maps onto tix:
//! - Auth: HTTP basic with the agent's API key as user and `X` as password.
//! - Ids: tickets, contacts, agents and groups are numbers; a ticket's requester id is a contact id,
//!   its assignee (`responder_id`) an agent id.
//! - Status (integers): 2 Open → Open, 3 Pending → Pending, 4 Resolved → Solved, 5 Closed → Closed;
//!   custom statuses (6, 7, …) → Pending with the label from `/ticket_fields`, whose choices are
//!   also the statuses offered. Writes take the number (or a status's label).
//! - Priority: 1 Low, 2 Medium (→ Normal), 3 High, 4 Urgent; writes take the number or the word.
//! - Channel (`source`): 1 Email, 2 Portal → Web, 3 Phone, 4 Forum → Web, 5 Twitter and 6 Facebook
//!   → Social, 7 Chat, 8 Mobihelp → Web, 9 Feedback widget → Web, 10 Outbound email → Email,
//!   11 E-commerce → Other, 12 Bot → Chat, 13 WhatsApp → Social. (1–3, 7, 9, 10 are in the ticket
//!   docs; 4–6 in the `/ticket_fields` sample; 8, 11–13 only in Freshdesk's product and SDKs.)
//! - Views: Freshdesk has no API for an agent's saved views. tix offers "All unresolved" (the
//!   filter-tickets search `status:2 OR status:3`, plus any custom status), and the predefined
//!   filters `new_and_my_open` and `watching` (`spam` and `deleted` are left out: nobody works a
//!   queue from them). Filter search returns at most 300 tickets (10 pages of 30), and lists
//!   without `updated_since` only tickets created in the last 30 days: Freshdesk's limits.
//! - Names: lists embed the requester (`include=requester`) where Freshdesk allows it; agents,
//!   groups and custom status labels are read once per session; search results carry only ids, so
//!   a few unknown requesters are looked up per page (at most 10, and none while under a tenth of
//!   the account's per-minute budget, `X-RateLimit-Total` / `-Remaining`, is left: it is shared by
//!   every agent and integration; the one budget of the REST client, the same that paces
//!   background work).
//! - Conversation: the ticket's description is the first message, then `/conversations`
//!   (`private` → Internal). Public replies go to `POST /tickets/{id}/reply`, internal notes to
//!   `POST /tickets/{id}/notes` (`private: true`); field changes to `PUT /tickets/{id}`, before the
//!   message, so that a failed message can be sent again without repeating anything.
//! - SLA: `fr_due_by` → FirstResponse (achieved once `stats.first_responded_at` is set; left out
//!   where the stats are not known, e.g. search results, rather than shown as breached), `due_by` →
//!   Resolution, `nr_due_by` → NextResponse when present; paused while Pending, achieved once
//!   resolved or closed.
//! - Tier: a contact custom field `tier` (VIP, loyal, new, standard), else the contact's tags.
//! - Canned responses: folders and their responses; Freshdesk placeholders are translated into the
//!   names tix fills. Freshdesk lets only admins read them through the API.
//! - Satisfaction: read for a customer's tickets (one request, `/surveys/satisfaction_ratings`);
//!   not on queue lists (it would cost a request per ticket).
//! - Search: Freshdesk's API cannot search ticket text. tix searches by ticket number, requester
//!   email, or passes a filter query (`priority:>3 AND tag:'refund'`) through.

pub mod wire;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::{DeserializeOwned, IgnoredAny};

use crate::Secret;
use crate::http;
use crate::lenient::Items;
use crate::rest::{self, Answer, Dialect, Rest};
use crate::{
    Agent, Article, ArticleHit, Attachment, CannedResponse, Capabilities, Channel, Customer,
    Download, ErrorKind, Helpdesk, HelpdeskError, Id, KB_LIMIT, Message, NewTicket, Organization,
    Page, PartyRef, PlaceholderSyntax, Priority, PriorityLevel, Result, SlaMetric, SlaState,
    SlaTarget, Status, StatusCategory, Ticket, TicketPatch, Tier, Timestamp, View, Visibility,
    Vocabulary,
};

/// An attachment as the conversation lists it; one without a name is left out.
fn attachment_of(a: &wire::Attachment) -> Option<Attachment> {
    Some(Attachment {
        name: a.name.clone()?,
        size: a.size.or(a.file_size),
        content_type: a.content_type.clone(),
        source: a.attachment_url.clone().unwrap_or_default(),
    })
}

/// Freshdesk's largest page.
const PER_PAGE: &str = "100";
/// Pages read for agents, groups, conversations and the like.
const MAX_LIST_PAGES: u64 = 10;
/// Filter search: fixed 30 per page, at most 10 pages.
const SEARCH_PAGE_SIZE: u64 = 30;
const SEARCH_MAX_PAGES: u64 = 10;
const CUSTOMER_TICKETS: &str = "25";
/// Pages (of 100) counted for a customer's lifetime tickets.
const MAX_COUNT_PAGES: u64 = 5;
/// Unknown requesters looked up per page of search results.
const MAX_CONTACT_LOOKUPS: usize = 10;
/// An `updated_since` before any ticket, to lift the 30-day window of `GET /tickets`.
const ALL_TIME: &str = "2000-01-01T00:00:00Z";
/// How long a search page read for `view_count` is reused by `view_tickets`.
const STASH_TTL: Duration = Duration::from_secs(15);

pub const VIEW_NEW_AND_MY_OPEN: &str = "filter:new_and_my_open";
pub const VIEW_WATCHING: &str = "filter:watching";
/// The base of the "All unresolved" view (custom statuses are added when the account has some).
pub const UNRESOLVED_QUERY: &str = "status:2 OR status:3";
const SEARCH_PREFIX: &str = "search:";
const FILTER_PREFIX: &str = "filter:";

pub struct Freshdesk {
    /// `https://{domain}.freshdesk.com` (no trailing slash, no `/api/v2`).
    base: String,
    /// The client; its budget (total and remaining, as the last answer told them) paces
    /// background work and decides whether names are looked up.
    rest: Rest,
    directory: Mutex<Option<Arc<Directory>>>,
    contacts: Mutex<HashMap<u64, Person>>,
    companies: Mutex<HashMap<u64, String>>,
    /// The first page of a search, read by `view_count`, for `view_tickets` to reuse.
    stash: Mutex<Option<(String, Instant, wire::SearchPage)>>,
}

/// Agents, groups and custom status labels: read once per session.
#[derive(Default)]
struct Directory {
    agents: HashMap<u64, Agent>,
    groups: Vec<(u64, String)>,
    /// Status id → agent label, for custom statuses (6, 7, ...).
    statuses: HashMap<u64, String>,
}

impl Directory {
    fn group(&self, id: u64) -> Option<String> {
        self.groups
            .iter()
            .find(|(g, _)| *g == id)
            .map(|(_, n)| n.clone())
    }

    fn custom_status_ids(&self) -> Vec<u64> {
        let mut ids: Vec<u64> = self.statuses.keys().copied().filter(|s| *s > 5).collect();
        ids.sort_unstable();
        ids
    }
}

/// A contact as far as tix knows it.
#[derive(Debug, Clone, Default)]
struct Person {
    name: Option<String>,
    email: Option<String>,
    company_id: Option<u64>,
    /// Known only once the full contact was read.
    tier: Option<Tier>,
}

/// How Freshdesk's answers read: its name, its error bodies and its one departing status.
const DIALECT: Dialect = Dialect {
    name: "Freshdesk",
    html_hint: None,
    describe: describe_error,
    kind: kind_of,
};

/// The next page, from the answer's `link` header.
fn next_page(answer: &Answer) -> Option<u64> {
    answer.link.as_deref().and_then(next_page_of)
}

impl Freshdesk {
    /// `base_url` is the helpdesk's address (`https://acme.freshdesk.com`; a trailing `/api/v2`
    /// is tolerated). Freshdesk's docs say the API only answers on the `*.freshdesk.com` name,
    /// not on custom domains.
    pub fn new(base_url: &str, api_key: Secret) -> Freshdesk {
        let base = base_url.trim().trim_end_matches('/');
        let base = base.strip_suffix("/api/v2").unwrap_or(base);
        Freshdesk {
            base: base.to_string(),
            rest: Rest::new(
                &format!("{base}/api/v2"),
                rest::Auth::Basic {
                    user: api_key.expose().to_string(),
                    password: Secret::new("X"),
                },
                http::client(),
                DIALECT,
            ),
            directory: Mutex::new(None),
            contacts: Mutex::new(HashMap::new()),
            companies: Mutex::new(HashMap::new()),
            stash: Mutex::new(None),
        }
    }

    /// Calls left in the account's current minute, from the last answer's
    /// `X-RateLimit-Remaining`.
    pub fn rate_limit_remaining(&self) -> Option<u64> {
        self.rest.rate_limit().map(|b| b.remaining)
    }

    fn budget_low(&self) -> bool {
        self.rest.rate_limit().is_some_and(|b| b.is_low())
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.rest.request(method, path)
    }

    async fn send(&self, rb: RequestBuilder, idempotent: bool) -> Result<Answer> {
        self.rest.send(rb, idempotent).await
    }

    async fn get_answer(&self, path: &str, query: &[(&str, &str)]) -> Result<Answer> {
        self.send(self.request(Method::GET, path).query(query), true)
            .await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, &str)]) -> Result<T> {
        self.get_answer(path, query).await?.json()
    }

    /// Every page of a list (up to `max_pages` of 100), following the `link` header. The flag
    /// says whether more pages were left unread.
    async fn list<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
        max_pages: u64,
    ) -> Result<(Vec<T>, bool)> {
        let mut out = Vec::new();
        let mut page = 1;
        loop {
            let p = page.to_string();
            let mut q = query.to_vec();
            q.push(("per_page", PER_PAGE));
            q.push(("page", &p));
            let answer = self.get_answer(path, &q).await?;
            // Item by item: one unreadable record costs only itself.
            let items: Items<T> = answer.json()?;
            if items.skipped > 0 {
                tracing::warn!(
                    "freshdesk: {} record(s) of {path} could not be read",
                    items.skipped
                );
            }
            let empty = items.is_empty() && items.skipped == 0;
            out.extend(items);
            match next_page(&answer) {
                Some(next) if next > page && !empty => {
                    if page >= max_pages {
                        return Ok((out, true));
                    }
                    page = next;
                }
                _ => return Ok((out, false)),
            }
        }
    }

    /// Agents, groups and custom status labels, read once. A part that cannot be read (an agent
    /// without the right to list agents) is left empty; a transient failure is tried again on the
    /// next call.
    async fn directory(&self) -> Arc<Directory> {
        if let Some(d) = self.directory.lock().ok().and_then(|g| g.clone()) {
            return d;
        }
        let (agents, groups, fields) = tokio::join!(
            self.list::<wire::AgentRecord>("agents", &[], MAX_LIST_PAGES),
            self.list::<wire::Group>("groups", &[], MAX_LIST_PAGES),
            self.get::<Vec<wire::TicketField>>("ticket_fields", &[]),
        );
        let transient = agents.as_ref().is_err_and(HelpdeskError::is_transient)
            || groups.as_ref().is_err_and(HelpdeskError::is_transient)
            || fields.as_ref().is_err_and(HelpdeskError::is_transient);
        let dir = Arc::new(Directory {
            agents: agents
                .map(|(list, _)| list)
                .unwrap_or_default()
                .into_iter()
                .map(|a| (a.id, agent_of(a)))
                .collect(),
            groups: groups
                .map(|(list, _)| list)
                .unwrap_or_default()
                .into_iter()
                .map(|g| (g.id, g.name.unwrap_or_else(|| format!("group {}", g.id))))
                .collect(),
            statuses: fields.map(|f| status_labels(&f)).unwrap_or_default(),
        });
        if !transient && let Ok(mut slot) = self.directory.lock() {
            *slot = Some(dir.clone());
        }
        dir
    }

    fn remember_contact(&self, id: u64, person: Person) {
        if let Ok(mut map) = self.contacts.lock() {
            if map.len() > 5000 {
                map.clear();
            }
            let entry = map.entry(id).or_default();
            // An embedded requester knows less than a full contact: keep what is known.
            entry.name = person.name.or(entry.name.take());
            entry.email = person.email.or(entry.email.take());
            entry.company_id = person.company_id.or(entry.company_id);
            entry.tier = person.tier.or(entry.tier);
        }
    }

    fn contact(&self, id: u64) -> Option<Person> {
        self.contacts.lock().ok()?.get(&id).cloned()
    }

    fn remember_company(&self, id: u64, name: String) {
        if let Ok(mut map) = self.companies.lock() {
            if map.len() > 5000 {
                map.clear();
            }
            map.insert(id, name);
        }
    }

    fn company(&self, id: u64) -> Option<String> {
        self.companies.lock().ok()?.get(&id).cloned()
    }

    /// Reads up to `MAX_CONTACT_LOOKUPS` requesters tix has no name for, unless the minute's API
    /// budget runs low. Failures only leave the names unknown.
    async fn look_up_requesters(&self, tickets: &[wire::Ticket]) {
        let mut seen = HashSet::new();
        let unknown: Vec<u64> = tickets
            .iter()
            .filter(|t| t.requester.is_none())
            .filter_map(|t| t.requester_id)
            .filter(|id| seen.insert(*id))
            .filter(|id| self.contact(*id).is_none_or(|p| p.name.is_none()))
            .take(MAX_CONTACT_LOOKUPS)
            .collect();
        for chunk in unknown.chunks(4) {
            if self.budget_low() {
                return;
            }
            let paths: Vec<String> = chunk.iter().map(|id| format!("contacts/{id}")).collect();
            let found = futures_util::future::join_all(
                paths.iter().map(|p| self.get::<wire::Contact>(p, &[])),
            )
            .await;
            for contact in found.into_iter().flatten() {
                self.remember_full_contact(&contact);
            }
        }
    }

    fn remember_full_contact(&self, c: &wire::Contact) {
        self.remember_contact(
            c.id,
            Person {
                name: nonempty(c.name.as_deref()),
                email: nonempty(c.email.as_deref()),
                company_id: c.company_id,
                tier: Some(tier_of(&c.custom_fields, &c.tags).unwrap_or(Tier::Standard)),
            },
        );
    }

    fn party(&self, id: u64, dir: &Directory) -> PartyRef {
        if let Some(a) = dir.agents.get(&id) {
            return PartyRef {
                id: a.id.clone(),
                name: a.name.clone(),
                email: a.email.clone(),
            };
        }
        let p = self.contact(id).unwrap_or_default();
        PartyRef {
            id: Id::from(id),
            name: p.name.unwrap_or_else(|| format!("contact {id}")),
            email: p.email,
        }
    }

    /// A wire ticket in tix's terms, with names from what the answer embedded, the directory and
    /// the caches.
    fn map_ticket(&self, t: wire::Ticket, dir: &Directory) -> Ticket {
        if let Some(r) = &t.requester {
            self.remember_contact(
                r.id,
                Person {
                    name: nonempty(r.name.as_deref()),
                    email: nonempty(r.email.as_deref()),
                    ..Person::default()
                },
            );
        }
        if let Some(c) = &t.company
            && let Some(name) = nonempty(c.name.as_deref())
        {
            self.remember_company(c.id, name);
        }
        let requester_person = t.requester_id.and_then(|id| self.contact(id));
        let requester = t.requester_id.map(|id| {
            let p = requester_person.clone().unwrap_or_default();
            PartyRef {
                id: Id::from(id),
                name: p.name.unwrap_or_else(|| format!("contact {id}")),
                email: p.email,
            }
        });
        let status = status_of(t.status.unwrap_or(0), dir);
        let sla = sla_of(&t, status.category);
        let created_at = t.created_at.unwrap_or(crate::UNKNOWN_TIME);
        let company_id = t
            .company_id
            .or_else(|| requester_person.as_ref().and_then(|p| p.company_id));
        Ticket {
            id: Id::from(t.id),
            subject: t.subject.unwrap_or_default(),
            priority: t.priority.map(priority_of),
            channel: t.source.map_or(Channel::Email, channel_of),
            requester_tier: requester_person.and_then(|p| p.tier),
            requester,
            assignee: t.responder_id.map(|a| self.party(a, dir)),
            group: t.group_id.and_then(|g| dir.group(g)),
            organization: company_id.and_then(|c| self.company(c)),
            tags: t.tags,
            created_at,
            updated_at: t.updated_at.unwrap_or(created_at),
            status,
            sla,
            satisfaction: None,
        }
    }

    async fn map_tickets(&self, tickets: Vec<wire::Ticket>) -> Vec<Ticket> {
        self.look_up_requesters(&tickets).await;
        let dir = self.directory().await;
        tickets
            .into_iter()
            .map(|t| self.map_ticket(t, &dir))
            .collect()
    }

    /// An article's page on the customer portal (the address Freshdesk portals use; the API
    /// gives none).
    fn article_url(&self, id: u64) -> String {
        format!("{}/support/solutions/articles/{id}", self.base)
    }

    async fn search_page(&self, query: &str, page: u64) -> Result<wire::SearchPage> {
        if page == 1
            && let Ok(mut stash) = self.stash.lock()
            && let Some((q, at, _)) = stash.as_ref()
            && q == query
            && at.elapsed() < STASH_TTL
            && let Some((_, _, p)) = stash.take()
        {
            return Ok(p);
        }
        let p = page.to_string();
        self.get("search/tickets", &[("query", &quoted(query)), ("page", &p)])
            .await
    }

    /// Tickets of a requester, all time (not just Freshdesk's default 30 days).
    async fn requested(&self, customer: u64, per_page: &str) -> Result<Vec<wire::Ticket>> {
        let id = customer.to_string();
        let tickets: Items<wire::Ticket> = self
            .get(
                "tickets",
                &[
                    ("requester_id", &id),
                    ("updated_since", ALL_TIME),
                    ("order_by", "created_at"),
                    ("order_type", "desc"),
                    ("include", "stats"),
                    ("per_page", per_page),
                ],
            )
            .await?;
        Ok(tickets.items)
    }

    /// Ticket id → "good"/"bad" from the customer's satisfaction ratings (newest wins).
    async fn ratings_of(&self, customer: u64) -> HashMap<u64, String> {
        let id = customer.to_string();
        let Ok(mut ratings) = self
            .get::<Vec<wire::SatisfactionRating>>(
                "surveys/satisfaction_ratings",
                &[("user_id", &id)],
            )
            .await
        else {
            return HashMap::new();
        };
        ratings.sort_by_key(|r| r.id);
        let mut out = HashMap::new();
        for r in ratings {
            if let (Some(ticket), Some(score)) = (r.ticket_id, score_of(&r.ratings)) {
                out.insert(ticket, score.to_string());
            }
        }
        out
    }

    async fn me_record(&self) -> Result<wire::AgentRecord> {
        self.get("agents/me", &[]).await
    }
}

/// The page number of the `rel="next"` link in a `link` header
/// (`<https://x.freshdesk.com/api/v2/tickets?page=2&per_page=100>; rel="next"`). Only the number
/// is used: tix builds the next request itself and never sends its key to a host named by an
/// answer.
pub fn next_page_of(link: &str) -> Option<u64> {
    let mut rest = link;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after.find('>')?;
        let url = after[..close].trim();
        let params_end = after[close + 1..]
            .find('<')
            .map_or(after.len(), |i| close + 1 + i);
        let params = &after[close + 1..params_end];
        let is_next = params.split(';').any(|p| {
            let p = p.trim().trim_end_matches(',').trim();
            p.eq_ignore_ascii_case("rel=\"next\"") || p.eq_ignore_ascii_case("rel=next")
        });
        if is_next {
            let query = url.split_once('?')?.1;
            return query
                .split('&')
                .filter_map(|kv| kv.split_once('='))
                .find(|(k, _)| *k == "page")
                .and_then(|(_, v)| v.trim().parse().ok());
        }
        rest = &after[close + 1..];
    }
    None
}

fn kind_of(status: StatusCode) -> ErrorKind {
    match status.as_u16() {
        // Updating a ticket marked as spam or deleted.
        405 => ErrorKind::Invalid,
        _ => http::kind_of(status),
    }
}

/// One line from Freshdesk's `{"description", "errors": [{"field", "message", "code"}]}` or
/// `{"code", "message"}`, falling back to the HTTP status.
pub fn describe_error(status: StatusCode, body: &[u8]) -> String {
    let parsed: wire::ErrorBody = serde_json::from_slice(body).unwrap_or_default();
    let first = parsed.errors.first().map(|e| {
        let what = e
            .message
            .clone()
            .or_else(|| e.code.clone())
            .unwrap_or_default();
        let mut s = match e.field.as_deref() {
            Some(f) if !f.is_empty() => format!("{f}: {what}"),
            _ => what,
        };
        if parsed.errors.len() > 1 {
            s.push_str(&format!(" (and {} more)", parsed.errors.len() - 1));
        }
        s
    });
    let detail = match (parsed.description.clone(), first) {
        (Some(d), Some(f)) => Some(format!("{d}: {f}")),
        (d, f) => f.or(d).or(parsed.message.clone()).or(parsed.code.clone()),
    };
    let code = status.as_u16();
    let hint = match code {
        401 => " (is the API key right? Freshdesk: Profile settings → Your API Key)",
        405 => " (the ticket is marked as spam or deleted)",
        429 => " (the account's Freshdesk API calls for this minute are used up)",
        _ => "",
    };
    let line = match detail.filter(|d| !d.trim().is_empty()) {
        Some(d) => format!("{}, HTTP {code}{hint}", d.trim()),
        None => format!("HTTP {code}{hint}"),
    };
    line.chars().take(240).collect()
}

fn parse_id(id: &Id, what: &str) -> Result<u64> {
    rest::parse_id(id, what, "Freshdesk")
}

fn not_found_as(e: HelpdeskError, what: &str, id: u64) -> HelpdeskError {
    rest::not_found_as(e, what, id, "Freshdesk")
}

fn invalid(message: impl Into<String>) -> HelpdeskError {
    HelpdeskError::new(ErrorKind::Invalid, message)
}

fn nonempty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A filter query in the double quotes Freshdesk wants.
fn quoted(query: &str) -> String {
    let q = query.trim();
    if q.starts_with('"') && q.ends_with('"') && q.len() >= 2 {
        q.to_string()
    } else {
        format!("\"{}\"", q.replace('"', "'"))
    }
}

/// Freshdesk's status integer in tix's terms; custom statuses get their label from the directory.
fn status_of(n: u64, dir: &Directory) -> Status {
    let (category, label) = match n {
        2 => (StatusCategory::Open, "open".to_string()),
        3 => (StatusCategory::Pending, "pending".to_string()),
        4 => (StatusCategory::Solved, "resolved".to_string()),
        5 => (StatusCategory::Closed, "closed".to_string()),
        // Custom statuses are unresolved states the account defined ("Waiting on Customer").
        n if n > 5 => (
            StatusCategory::Pending,
            dir.statuses
                .get(&n)
                .cloned()
                .unwrap_or_else(|| format!("status {n}")),
        ),
        n => (StatusCategory::Other, format!("status {n}")),
    };
    Status {
        category,
        raw: n.to_string(),
        label,
    }
}

/// The status number to write: Freshdesk's number (the vocabulary's `raw`) as it is, or a
/// status's label as Freshdesk names it.
fn fd_status(wanted: &str, dir: &Directory) -> Result<u64> {
    let w = wanted.trim();
    if let Ok(n) = w.parse::<u64>() {
        return Ok(n);
    }
    let v = freshdesk_vocabulary(dir);
    v.statuses
        .iter()
        .find(|s| s.label.eq_ignore_ascii_case(w))
        .and_then(|s| s.raw.parse().ok())
        .ok_or_else(|| {
            invalid(format!(
                "Freshdesk has no status {wanted:?} ({})",
                v.status_words()
            ))
        })
}

/// The account's statuses (the `status` field's choices of `/ticket_fields`, else the four
/// built in) and Freshdesk's four priorities.
fn freshdesk_vocabulary(dir: &Directory) -> Vocabulary {
    let mut ids: Vec<u64> = dir.statuses.keys().copied().collect();
    ids.extend(
        [2, 3, 4, 5]
            .iter()
            .filter(|n| !dir.statuses.contains_key(n)),
    );
    ids.sort_unstable();
    Vocabulary {
        statuses: ids.into_iter().map(|n| status_of(n, dir)).collect(),
        priorities: (1..=4).map(priority_of).collect(),
    }
}

pub fn priority_of(n: u64) -> Priority {
    let (level, label) = match n {
        1 => (Some(PriorityLevel::Low), "low".to_string()),
        2 => (Some(PriorityLevel::Normal), "medium".to_string()),
        3 => (Some(PriorityLevel::High), "high".to_string()),
        4 => (Some(PriorityLevel::Urgent), "urgent".to_string()),
        n => (None, format!("priority {n}")),
    };
    Priority {
        level,
        raw: n.to_string(),
        label,
        rank: if level.is_some() { n as i32 } else { 0 },
    }
}

/// The priority number to write: 1–4 or low/normal (medium)/high/urgent.
pub fn fd_priority(wanted: &str) -> Result<u64> {
    let w = wanted.trim().to_ascii_lowercase();
    match w.as_str() {
        "1" | "low" => Ok(1),
        "2" | "normal" | "medium" => Ok(2),
        "3" | "high" => Ok(3),
        "4" | "urgent" => Ok(4),
        _ => Err(invalid(format!(
            "Freshdesk priorities are low, medium, high and urgent (1–4), not {wanted:?}"
        ))),
    }
}

/// A ticket's `source` as a channel.
pub fn channel_of(source: u64) -> Channel {
    match source {
        1 | 10 => Channel::Email,
        2 | 4 | 8 | 9 => Channel::Web,
        3 => Channel::Phone,
        7 | 12 => Channel::Chat,
        5 | 6 | 13 => Channel::Social,
        11 => Channel::Other("e-commerce".into()),
        n => Channel::Other(format!("source {n}")),
    }
}

/// The `source` to write for a channel (ticket creation), where Freshdesk has one.
pub fn fd_source(channel: &Channel) -> Option<u64> {
    match channel {
        Channel::Email => Some(1),
        Channel::Web => Some(2),
        Channel::Phone => Some(3),
        Channel::Chat => Some(7),
        _ => None,
    }
}

/// A conversation's `source` as a channel (`0` is a reply: by email when it has a sender address).
fn conversation_channel(c: &wire::Conversation) -> Option<Channel> {
    match c.source? {
        0 | 8 => c.from_email.as_ref().map(|_| Channel::Email),
        5 | 7 => Some(Channel::Social),
        6 => Some(Channel::Web),
        9 => Some(Channel::Phone),
        11 => Some(Channel::Other("e-commerce".into())),
        _ => None,
    }
}

fn sla_of(t: &wire::Ticket, category: StatusCategory) -> Vec<SlaTarget> {
    let done = matches!(category, StatusCategory::Solved | StatusCategory::Closed);
    let state = if done {
        SlaState::Achieved
    } else if category == StatusCategory::Pending {
        SlaState::Paused
    } else {
        SlaState::Active
    };
    let mut out = Vec::new();
    if let (Some(due), Some(stats)) = (t.fr_due_by, t.stats.as_ref()) {
        out.push(SlaTarget {
            metric: SlaMetric::FirstResponse,
            due_at: Some(due),
            state: if stats.first_responded_at.is_some() || done {
                SlaState::Achieved
            } else {
                SlaState::Active
            },
        });
    }
    if let Some(due) = t.nr_due_by {
        out.push(SlaTarget {
            metric: SlaMetric::NextResponse,
            due_at: Some(due),
            state,
        });
    }
    if let Some(due) = t.due_by {
        out.push(SlaTarget {
            metric: SlaMetric::Resolution,
            due_at: Some(due),
            state,
        });
    }
    out
}

/// A contact's tier: the custom field `tier` (or `cf_tier`), else a tag; `None` when neither says.
fn tier_of(
    custom_fields: &serde_json::Map<String, serde_json::Value>,
    tags: &[String],
) -> Option<Tier> {
    let word = |s: &str| match s.trim().to_ascii_lowercase().as_str() {
        "vip" => Some(Tier::Vip),
        "loyal" => Some(Tier::Loyal),
        "new" => Some(Tier::New),
        "standard" => Some(Tier::Standard),
        _ => None,
    };
    let field = custom_fields
        .iter()
        .find(|(k, _)| {
            let k = k.to_ascii_lowercase();
            k == "tier" || k == "cf_tier"
        })
        .and_then(|(_, v)| v.as_str())
        .and_then(word);
    field.or_else(|| {
        [Tier::Vip, Tier::Loyal, Tier::New]
            .into_iter()
            .find(|tier| tags.iter().any(|t| word(t) == Some(*tier)))
    })
}

/// "good" / "bad" from a rating's `default_question` (new surveys: 101..103 happy, -101..-103
/// unhappy, 100 neutral; classic: 1 happy, 2 neutral, 3 unhappy).
fn score_of(ratings: &serde_json::Map<String, serde_json::Value>) -> Option<&'static str> {
    match ratings.get("default_question")?.as_i64()? {
        101..=103 | 1 => Some("good"),
        -103..=-101 | 3 => Some("bad"),
        _ => None,
    }
}

fn status_labels(fields: &[wire::TicketField]) -> HashMap<u64, String> {
    let Some(choices) = fields
        .iter()
        .find(|f| f.name.as_deref() == Some("status"))
        .and_then(|f| f.choices.as_object())
    else {
        return HashMap::new();
    };
    choices
        .iter()
        .filter_map(|(id, labels)| {
            let id = id.trim().parse::<u64>().ok()?;
            let label = match labels {
                serde_json::Value::Array(l) => l.first()?.as_str()?.to_string(),
                serde_json::Value::String(s) => s.clone(),
                _ => return None,
            };
            Some((id, label))
        })
        .collect()
}

fn agent_of(a: wire::AgentRecord) -> Agent {
    Agent {
        id: Id::from(a.id),
        name: nonempty(a.contact.name.as_deref()).unwrap_or_else(|| format!("agent {}", a.id)),
        email: nonempty(a.contact.email.as_deref()),
    }
}

/// Plain text as the HTML Freshdesk's `body` and `description` take.
pub fn text_to_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A body as plain text: the `*_text` twin when Freshdesk sent one, else the HTML rendered.
fn plain(text: Option<&str>, html: Option<&str>) -> String {
    match (text.map(str::trim_end), html) {
        (Some(t), _) if !t.trim().is_empty() => t.to_string(),
        (_, Some(h)) => crate::html::to_text(h),
        _ => String::new(),
    }
}

/// Freshdesk placeholders that tix fills under another name.
const PLACEHOLDERS: &[(&str, &str)] = &[
    ("ticket.requester.firstname", "ticket.requester.first_name"),
    ("ticket.requester.first_name", "ticket.requester.first_name"),
    ("ticket.requester.name", "ticket.requester.name"),
    ("ticket.requester.email", "ticket.requester.email"),
    ("ticket.id", "ticket.id"),
    ("ticket.subject", "ticket.subject"),
    ("ticket.status", "ticket.status"),
    // The ticket's agent: the agent sending the response, in practice.
    ("ticket.agent.name", "current_user.name"),
    ("ticket.agent.firstname", "current_user.first_name"),
    ("ticket.agent.email", "current_user.email"),
];

/// `{{ticket.requester.firstname}}` → `{{ticket.requester.first_name}}` and the like; unknown
/// placeholders stay as written (tix leaves them for the agent to fill).
pub fn translate_placeholders(body: &str) -> String {
    crate::placeholders::rewrite_placeholders(body, "{{", "}}", |name| {
        PLACEHOLDERS
            .iter()
            .find(|(fd, _)| *fd == name)
            .map(|(_, tix)| format!("{{{{{tix}}}}}"))
    })
}

fn view_kind(view: &Id) -> Result<ViewKind<'_>> {
    let v = view.0.as_str();
    if let Some(f) = v.strip_prefix(FILTER_PREFIX) {
        Ok(ViewKind::Filter(f))
    } else if let Some(q) = v.strip_prefix(SEARCH_PREFIX) {
        Ok(ViewKind::Search(q))
    } else {
        Err(HelpdeskError::new(
            ErrorKind::NotFound,
            format!("no Freshdesk view {v:?}"),
        ))
    }
}

enum ViewKind<'a> {
    /// A predefined filter of `GET /tickets?filter=`.
    Filter(&'a str),
    /// A filter-tickets query.
    Search(&'a str),
}

fn page_cursor(cursor: Option<&str>) -> Result<u64> {
    match cursor {
        None => Ok(1),
        Some(c) => c
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| invalid(format!("bad page cursor {c:?}"))),
    }
}

#[async_trait]
impl Helpdesk for Freshdesk {
    fn backend(&self) -> &'static str {
        "freshdesk"
    }

    fn rate_limit(&self) -> Option<crate::RateBudget> {
        self.rest.rate_limit()
    }

    /// Pages are numbered; a search has at most `SEARCH_MAX_PAGES`.
    fn page_cursor(&self, view: &Id, n: u64) -> Option<String> {
        match view_kind(view) {
            Ok(ViewKind::Filter(_)) => Some(n.to_string()),
            Ok(ViewKind::Search(_)) => (n <= SEARCH_MAX_PAGES).then(|| n.to_string()),
            Err(_) => None,
        }
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            // No API for saved views: predefined filters and a search stand in.
            views: true,
            // Admin-only in Freshdesk's API; agents get a clear Permission error.
            canned_responses: true,
            organizations: true,
            sla: true,
            // Number, email or filter query; Freshdesk's API has no free-text ticket search.
            search: true,
            ordered_views: false,
            groups: true,
            tag_list: false,
            changes_since: true,
            macro_preview: false,
            attachments: true,
            web_pages: true,
        }
    }

    async fn me(&self) -> Result<Agent> {
        Ok(agent_of(self.me_record().await?))
    }

    async fn views(&self) -> Result<Vec<View>> {
        let dir = self.directory().await;
        let mut unresolved = UNRESOLVED_QUERY.to_string();
        for id in dir.custom_status_ids() {
            unresolved.push_str(&format!(" OR status:{id}"));
        }
        Ok(vec![
            View {
                id: Id(format!("{SEARCH_PREFIX}{unresolved}")),
                name: "All unresolved".into(),
            },
            View {
                id: Id(VIEW_NEW_AND_MY_OPEN.into()),
                name: "New and my open".into(),
            },
            View {
                id: Id(VIEW_WATCHING.into()),
                name: "Watching".into(),
            },
        ])
    }

    async fn view_count(&self, view: &Id) -> Result<Option<u64>> {
        match view_kind(view)? {
            // Lists carry no total.
            ViewKind::Filter(_) => Ok(None),
            ViewKind::Search(q) => {
                let page = self.search_page(q, 1).await?;
                let total = page.total.min(SEARCH_PAGE_SIZE * SEARCH_MAX_PAGES);
                if let Ok(mut stash) = self.stash.lock() {
                    *stash = Some((q.to_string(), Instant::now(), page));
                }
                Ok(Some(total))
            }
        }
    }

    async fn view_tickets(&self, view: &Id, cursor: Option<&str>) -> Result<Page<Ticket>> {
        let page = page_cursor(cursor)?;
        match view_kind(view)? {
            ViewKind::Filter(filter) => {
                let p = page.to_string();
                let answer = self
                    .get_answer(
                        "tickets",
                        &[
                            ("filter", filter),
                            ("include", "requester,stats"),
                            ("order_by", "updated_at"),
                            ("order_type", "desc"),
                            ("per_page", PER_PAGE),
                            ("page", &p),
                        ],
                    )
                    .await?;
                let tickets: Items<wire::Ticket> = answer.json()?;
                let next = next_page(&answer)
                    .filter(|n| *n > page && !(tickets.is_empty() && tickets.skipped == 0))
                    .map(|n| n.to_string());
                Ok(Page {
                    skipped: tickets.skipped,
                    items: self.map_tickets(tickets.items).await,
                    next,
                })
            }
            ViewKind::Search(q) => {
                let result = self.search_page(q, page).await?;
                let more = !result.results.is_empty()
                    && page < SEARCH_MAX_PAGES
                    && page * SEARCH_PAGE_SIZE < result.total;
                Ok(Page {
                    skipped: result.results.skipped,
                    items: self.map_tickets(result.results.items).await,
                    next: more.then(|| (page + 1).to_string()),
                })
            }
        }
    }

    async fn ticket(&self, id: &Id) -> Result<Ticket> {
        let n = parse_id(id, "ticket")?;
        let t: wire::Ticket = self
            .get(
                &format!("tickets/{n}"),
                &[("include", "requester,company,stats")],
            )
            .await
            .map_err(|e| not_found_as(e, "ticket", n))?;
        let dir = self.directory().await;
        Ok(self.map_ticket(t, &dir))
    }

    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        let n = parse_id(ticket, "ticket")?;
        let ticket_path = format!("tickets/{n}");
        let conversations_path = format!("tickets/{n}/conversations");
        let (t, conversations, dir) = tokio::join!(
            self.get::<wire::Ticket>(&ticket_path, &[("include", "requester")]),
            self.list::<wire::Conversation>(&conversations_path, &[], MAX_LIST_PAGES),
            self.directory(),
        );
        let t = t.map_err(|e| not_found_as(e, "ticket", n))?;
        let (conversations, _) = conversations.map_err(|e| not_found_as(e, "ticket", n))?;
        let mut out = Vec::with_capacity(conversations.len() + 1);
        // Freshdesk keeps the first message as the ticket's description.
        let requester = self.map_ticket(t.clone(), &dir).requester;
        let description = plain(t.description_text.as_deref(), t.description.as_deref());
        if !description.trim().is_empty() || !t.attachments.is_empty() {
            out.push(Message {
                id: Id(format!("{n}-description")),
                author: requester.clone(),
                visibility: Visibility::Public,
                channel: t.source.map(channel_of),
                created_at: t.created_at.unwrap_or(crate::UNKNOWN_TIME),
                body: description,
                stored_digest: None,
                attachments: t.attachments.iter().filter_map(attachment_of).collect(),
            });
        }
        for c in conversations {
            let author = match c.user_id {
                Some(u) if Some(u) == t.requester_id => requester.clone(),
                Some(u) => {
                    let mut p = self.party(u, &dir);
                    if p.name.starts_with("contact ")
                        && let Some(from) = nonempty(c.from_email.as_deref())
                    {
                        p.name = from.clone();
                        p.email = Some(from);
                    }
                    Some(p)
                }
                // From outside and nobody named: the requester wrote it.
                None if c.incoming => requester.clone(),
                None => None,
            };
            out.push(Message {
                id: Id::from(c.id),
                author,
                visibility: if c.private {
                    Visibility::Internal
                } else {
                    Visibility::Public
                },
                channel: conversation_channel(&c),
                created_at: c.created_at.unwrap_or(crate::UNKNOWN_TIME),
                body: plain(c.body_text.as_deref(), c.body.as_deref()),
                // tix sends HTML (Freshdesk wants it); the plain text Freshdesk keeps beside it is
                // what compares with the text that was typed.
                stored_digest: c
                    .body_text
                    .as_deref()
                    .or(c.body.as_deref())
                    .map(crate::text_digest),
                attachments: c.attachments.iter().filter_map(attachment_of).collect(),
            });
        }
        out.sort_by_key(|m| m.created_at);
        Ok(out)
    }

    async fn customer(&self, id: &Id) -> Result<Customer> {
        let n = parse_id(id, "contact")?;
        let contact: wire::Contact = self
            .get(&format!("contacts/{n}"), &[])
            .await
            .map_err(|e| not_found_as(e, "contact", n))?;
        self.remember_full_contact(&contact);
        let nid = n.to_string();
        let company_path = contact.company_id.map(|c| format!("companies/{c}"));
        let count_query = [("requester_id", nid.as_str()), ("updated_since", ALL_TIME)];
        let (company, count) = tokio::join!(
            async {
                match &company_path {
                    Some(p) => self.get::<wire::Company>(p, &[]).await.map(Some),
                    None => Ok(None),
                }
            },
            self.list::<IgnoredAny>("tickets", &count_query, MAX_COUNT_PAGES),
        );
        let mut missing = vec![];
        let organization = match company {
            Ok(Some(c)) => {
                let name =
                    nonempty(c.name.as_deref()).unwrap_or_else(|| format!("company {}", c.id));
                self.remember_company(c.id, name.clone());
                Some(Organization {
                    id: Id::from(c.id),
                    name,
                    domains: c.domains,
                })
            }
            Ok(None) => None,
            // A deleted company should not hide the customer.
            Err(e) if e.kind == ErrorKind::NotFound => None,
            // Nor one that could not be read: that piece is said to be missing.
            Err(e) => {
                tracing::warn!("freshdesk: a contact's company: {:?}", e.kind);
                missing.push(crate::Missing::Organization);
                None
            }
        };
        let lifetime_tickets = match count {
            Ok((tickets, _)) => Some(tickets.len() as u64),
            Err(e) => {
                tracing::warn!("freshdesk: a contact's ticket count: {:?}", e.kind);
                missing.push(crate::Missing::TicketCount);
                None
            }
        };
        Ok(Customer {
            id: Id::from(contact.id),
            name: nonempty(contact.name.as_deref())
                .or_else(|| nonempty(contact.email.as_deref()))
                .unwrap_or_else(|| format!("contact {}", contact.id)),
            email: nonempty(contact.email.as_deref()),
            phone: nonempty(contact.phone.as_deref())
                .or_else(|| nonempty(contact.mobile.as_deref())),
            organization,
            tier: tier_of(&contact.custom_fields, &contact.tags).unwrap_or(Tier::Standard),
            lifetime_tickets,
            created_at: contact.created_at.unwrap_or(crate::UNKNOWN_TIME),
            missing,
            locale: contact.language,
        })
    }

    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>> {
        let n = parse_id(customer, "contact")?;
        let (tickets, ratings) =
            tokio::join!(self.requested(n, CUSTOMER_TICKETS), self.ratings_of(n));
        let mut out = self.map_tickets(tickets?).await;
        for t in &mut out {
            if let Ok(id) = t.id.0.parse::<u64>() {
                t.satisfaction = ratings.get(&id).cloned();
            }
        }
        Ok(out)
    }

    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        let admin_only = |e: HelpdeskError| {
            if e.kind == ErrorKind::Permission {
                HelpdeskError::new(
                    ErrorKind::Permission,
                    format!(
                        "Freshdesk lets only admins read canned responses through its API ({})",
                        e.message
                    ),
                )
            } else {
                e
            }
        };
        let folders: Vec<wire::CannedFolder> = self
            .get("canned_response_folders", &[])
            .await
            .map_err(admin_only)?;
        let folders: Vec<wire::CannedFolder> = folders
            .into_iter()
            .filter(|f| f.responses_count != Some(0))
            .collect();
        let mut out = Vec::new();
        for chunk in folders.chunks(4) {
            let paths: Vec<String> = chunk
                .iter()
                .map(|f| format!("canned_response_folders/{}/responses", f.id))
                .collect();
            let answers = futures_util::future::join_all(
                paths
                    .iter()
                    .map(|p| self.get::<Vec<wire::CannedResponse>>(p, &[])),
            )
            .await;
            for (folder, answer) in chunk.iter().zip(answers) {
                let responses = answer.map_err(admin_only)?;
                out.extend(
                    responses.into_iter().map(|r| CannedResponse {
                        id: Id::from(r.id),
                        title: nonempty(r.title.as_deref())
                            .unwrap_or_else(|| format!("response {}", r.id)),
                        folder: nonempty(folder.name.as_deref()),
                        body: translate_placeholders(&plain(
                            r.content.as_deref(),
                            r.content_html.as_deref(),
                        )),
                        syntax: PlaceholderSyntax::DoubleBrace,
                        sets_status: None,
                        kind: crate::CannedKind::Text,
                        language: None,
                    }),
                );
            }
        }
        Ok(out)
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        let (list, _) = self
            .list::<wire::AgentRecord>("agents", &[], MAX_LIST_PAGES)
            .await?;
        let mut agents: Vec<Agent> = list.into_iter().map(agent_of).collect();
        agents.sort_by_key(|a| a.name.to_lowercase());
        Ok(agents)
    }

    fn default_vocabulary(&self) -> Vocabulary {
        freshdesk_vocabulary(&Directory::default())
    }

    /// `GET /ticket_fields` (read once with the agents and groups): the status field's choices.
    async fn vocabulary(&self) -> Result<Vocabulary> {
        Ok(freshdesk_vocabulary(&*self.directory().await))
    }

    async fn groups(&self) -> Result<Vec<crate::Group>> {
        let (list, _) = self
            .list::<wire::Group>("groups", &[], MAX_LIST_PAGES)
            .await?;
        Ok(list
            .into_iter()
            .map(|g| crate::Group {
                id: Id::from(g.id),
                name: g.name.unwrap_or_else(|| format!("group {}", g.id)),
            })
            .collect())
    }

    fn web_url(&self, ticket: &Id) -> Option<String> {
        Some(format!("{}/a/tickets/{ticket}", self.base))
    }

    async fn download(&self, a: &Attachment) -> Result<Download> {
        let url = http::file_url(&a.source)?;
        // The signed address needs no key; the API key goes to the helpdesk's own host only.
        let own = http::same_origin(&self.base, url.as_str());
        let rb = self.rest.client().get(url);
        let rb = if own { self.rest.authorize(rb) } else { rb };
        http::fetch_file(rb, "Freshdesk").await
    }

    /// Solutions search (`search/solutions?term=`, a bare array); drafts are left out (they
    /// are not for customers yet), and at most `KB_LIMIT` come.
    async fn kb_search(&self, query: &str) -> Result<Option<Vec<ArticleHit>>> {
        let found: Items<wire::SolutionArticle> = self
            .get("search/solutions", &[("term", query.trim())])
            .await?;
        Ok(Some(
            found
                .into_iter()
                .filter(|a| a.status != Some(1))
                .take(KB_LIMIT)
                .map(|a| ArticleHit {
                    id: Id::from(a.id),
                    url: Some(self.article_url(a.id)),
                    snippet: if a.description_text.trim().is_empty() {
                        a.description
                    } else {
                        a.description_text
                    },
                    section: None,
                    title: a.title,
                })
                .collect(),
        ))
    }

    async fn kb_article(&self, id: &Id) -> Result<Option<Article>> {
        let n = rest::parse_id(id, "article", "Freshdesk")?;
        let a: wire::SolutionArticle = self
            .get(&format!("solutions/articles/{n}"), &[])
            .await
            .map_err(|e| rest::not_found_as(e, "article", n, "Freshdesk"))?;
        Ok(Some(Article {
            id: Id::from(a.id),
            url: Some(self.article_url(a.id)),
            title: a.title,
            section: (a.status == Some(1)).then(|| "draft".to_string()),
            body: a.description,
            html: true,
            updated_at: a.updated_at,
        }))
    }

    async fn search(&self, query: &str) -> Result<Vec<Ticket>> {
        let q = query.trim();
        if q.is_empty() {
            return Ok(vec![]);
        }
        let number = q.trim_start_matches('#');
        if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
            return match self.ticket(&Id(number.to_string())).await {
                Ok(t) => Ok(vec![t]),
                Err(e) if e.kind == ErrorKind::NotFound => Ok(vec![]),
                Err(e) => Err(e),
            };
        }
        if q.contains('@') && !q.contains(':') && !q.contains(char::is_whitespace) {
            let tickets: Items<wire::Ticket> = self
                .get(
                    "tickets",
                    &[
                        ("email", q),
                        ("updated_since", ALL_TIME),
                        ("include", "requester,stats"),
                        ("order_by", "updated_at"),
                        ("order_type", "desc"),
                        ("per_page", "50"),
                    ],
                )
                .await?;
            return Ok(self.map_tickets(tickets.items).await);
        }
        if q.contains(':') {
            let page = self.search_page(q, 1).await?;
            return Ok(self.map_tickets(page.results.items).await);
        }
        Err(invalid(
            "Freshdesk's API cannot search ticket text: search by ticket number, requester email, \
             or a filter such as priority:>3 AND tag:'refund' (fields: status, priority, \
             agent_id, group_id, tag, type, due_by, created_at, updated_at, cf_…)",
        ))
    }

    /// `GET /tickets?updated_since=` (all tickets, not just the last 30 days'), oldest change
    /// first; `None` past ten pages, where re-listing is cheaper.
    async fn changed_since(&self, since: Timestamp) -> Result<Option<Vec<Ticket>>> {
        let since = since.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
        let (tickets, more) = self
            .list::<wire::Ticket>(
                "tickets",
                &[
                    ("updated_since", &since),
                    ("order_by", "updated_at"),
                    ("order_type", "asc"),
                    ("include", "requester,stats"),
                ],
                MAX_LIST_PAGES,
            )
            .await?;
        if more {
            return Ok(None);
        }
        Ok(Some(self.map_tickets(tickets).await))
    }

    async fn update(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        let n = parse_id(ticket, "ticket")?;
        let status = match &patch.status {
            Some(s) => Some(fd_status(s, &*self.directory().await)?),
            None => None,
        };
        let fields = wire::TicketWrite {
            status,
            priority: patch.priority.as_deref().map(fd_priority).transpose()?,
            responder_id: patch
                .assignee
                .as_ref()
                .map(|a| parse_id(a, "agent"))
                .transpose()?,
            group_id: patch
                .group
                .as_ref()
                .map(|g| parse_id(g, "group"))
                .transpose()?,
            ..wire::TicketWrite::default()
        };
        let has_fields = fields != wire::TicketWrite::default();
        // Freshdesk has no collision check of its own: read `updated_at` and compare, just before
        // writing (best effort: a change in between is not caught).
        self.rest
            .check_stamp(&format!("tickets/{n}"), patch.expected, n)
            .await
            .map_err(|e| not_found_as(e, "ticket", n))?;
        if has_fields {
            // Setting fields twice is harmless: safe to retry like a read.
            self.send(
                self.request(Method::PUT, &format!("tickets/{n}"))
                    .json(&fields),
                true,
            )
            .await
            .map_err(|e| not_found_as(e, "ticket", n))?;
        }
        if let Some(m) = &patch.message {
            let body = text_to_html(&m.body);
            let rb = match m.visibility {
                Visibility::Public => self
                    .request(Method::POST, &format!("tickets/{n}/reply"))
                    .json(&wire::Reply { body }),
                Visibility::Internal => self
                    .request(Method::POST, &format!("tickets/{n}/notes"))
                    .json(&wire::Note {
                        body,
                        private: true,
                    }),
            };
            if let Err(e) = self.send(rb, false).await {
                let e = not_found_as(e, "ticket", n);
                return Err(if has_fields {
                    HelpdeskError {
                        message: format!(
                            "the field changes were saved, the message was not sent: {}",
                            e.message
                        ),
                        ..e
                    }
                } else {
                    e
                });
            }
        }
        self.ticket(ticket).await
    }

    async fn create(&self, new: &NewTicket) -> Result<Ticket> {
        let (requester_id, email) = match &new.requester {
            Some(r) => (Some(parse_id(r, "contact")?), None),
            // Freshdesk needs a requester; like Zendesk, it is the agent when none is named.
            None => (None, self.me_record().await?.contact.email),
        };
        if requester_id.is_none() && email.is_none() {
            return Err(invalid("a Freshdesk ticket needs a requester"));
        }
        let body = wire::TicketWrite {
            subject: Some(new.subject.clone()),
            description: Some(text_to_html(&new.body)),
            status: Some(2),
            priority: Some(
                new.priority
                    .as_deref()
                    .map(fd_priority)
                    .transpose()?
                    .unwrap_or(1),
            ),
            source: Some(2),
            requester_id,
            email,
            ..wire::TicketWrite::default()
        };
        let created: wire::Ticket = self
            .send(self.request(Method::POST, "tickets").json(&body), false)
            .await?
            .json()?;
        self.ticket(&Id::from(created.id)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn link_headers_give_the_next_page() {
        assert_eq!(
            next_page_of(
                r#"<https://d.freshdesk.com/api/v2/tickets?filter=all_tickets&page=2>;rel="next""#
            ),
            Some(2)
        );
        assert_eq!(
            next_page_of(
                r#"< https://d.freshdesk.com/api/v2/tickets?include=requester,stats&per_page=100&page=3>; rel="next""#
            ),
            Some(3)
        );
        assert_eq!(
            next_page_of(
                r#"<https://d/api/v2/x?page=1>; rel="prev", <https://d/api/v2/x?page=3>; rel="next""#
            ),
            Some(3)
        );
        assert_eq!(
            next_page_of(r#"<https://d/api/v2/x?page=1>; rel="prev""#),
            None
        );
        assert_eq!(next_page_of("garbage"), None);
    }

    #[test]
    fn errors_become_one_line() {
        let body = br#"{"description":"Validation failed","errors":[{"field":"priority","message":"It should be one of these values: '1,2,3,4'","code":"invalid_value"}]}"#;
        assert_eq!(
            describe_error(StatusCode::BAD_REQUEST, body),
            "Validation failed: priority: It should be one of these values: '1,2,3,4', HTTP 400"
        );
        let body = br#"{"code":"invalid_credentials","message":"You have to be logged in to perform this action."}"#;
        assert!(
            describe_error(StatusCode::UNAUTHORIZED, body).starts_with("You have to be logged in")
        );
        assert_eq!(describe_error(StatusCode::NOT_FOUND, b""), "HTTP 404");
        assert_eq!(kind_of(StatusCode::METHOD_NOT_ALLOWED), ErrorKind::Invalid);
    }

    #[test]
    fn vocabularies_map_both_ways() {
        let dir = Directory {
            statuses: [(6, "Waiting on Customer".to_string())].into(),
            ..Directory::default()
        };
        for (n, cat) in [
            (2, StatusCategory::Open),
            (3, StatusCategory::Pending),
            (4, StatusCategory::Solved),
            (5, StatusCategory::Closed),
            (6, StatusCategory::Pending),
        ] {
            let s = status_of(n, &dir);
            assert_eq!(s.category, cat);
            assert_eq!(fd_status(&s.raw, &dir).unwrap(), n);
            assert_eq!(fd_status(&s.label, &dir).unwrap(), n, "{}", s.label);
        }
        // tix's words are resolved by the vocabulary, to Freshdesk's numbers.
        let v = freshdesk_vocabulary(&dir);
        let raw = |w: &str| v.status(w).map(|s| s.raw.clone());
        assert_eq!(raw("solved").as_deref(), Some("4"));
        assert_eq!(raw("hold").as_deref(), Some("3"));
        assert_eq!(raw("new").as_deref(), Some("2"));
        assert_eq!(raw("waiting on customer").as_deref(), Some("6"));
        assert_eq!(
            fd_status("nope", &dir).unwrap_err().kind,
            ErrorKind::Invalid
        );
        for n in 1..=4 {
            let p = priority_of(n);
            assert_eq!(fd_priority(&p.label).unwrap(), n);
            assert_eq!(fd_priority(&p.raw).unwrap(), n);
            assert_eq!(p.rank, n as i32);
        }
        assert_eq!(fd_priority("normal").unwrap(), 2);
        assert_eq!(priority_of(2).level, Some(PriorityLevel::Normal));
        for c in [Channel::Email, Channel::Web, Channel::Phone, Channel::Chat] {
            assert_eq!(channel_of(fd_source(&c).unwrap()), c);
        }
        assert_eq!(channel_of(9), Channel::Web);
        assert_eq!(channel_of(10), Channel::Email);
        assert_eq!(channel_of(6), Channel::Social);
        assert_eq!(channel_of(99), Channel::Other("source 99".into()));
    }

    #[test]
    fn tiers_and_ratings() {
        let cf = |v: serde_json::Value| v.as_object().cloned().unwrap();
        assert_eq!(tier_of(&cf(json!({"tier": "VIP"})), &[]), Some(Tier::Vip));
        assert_eq!(
            tier_of(&cf(json!({"cf_tier": "loyal"})), &[]),
            Some(Tier::Loyal)
        );
        assert_eq!(tier_of(&cf(json!({})), &["vip".into()]), Some(Tier::Vip));
        assert_eq!(tier_of(&cf(json!({"tier": null})), &[]), None);
        assert_eq!(
            score_of(&cf(json!({"default_question": 103}))),
            Some("good")
        );
        assert_eq!(
            score_of(&cf(json!({"default_question": -102}))),
            Some("bad")
        );
        assert_eq!(score_of(&cf(json!({"default_question": 100}))), None);
        assert_eq!(score_of(&cf(json!({"default_question": 3}))), Some("bad"));
    }

    #[test]
    fn placeholders_and_bodies() {
        assert_eq!(
            translate_placeholders(
                "Hi {{ ticket.requester.firstname }}, #{{ticket.id}} {{ticket.url}} — {{ticket.agent.name}} {{"
            ),
            "Hi {{ticket.requester.first_name}}, #{{ticket.id}} {{ticket.url}} — {{current_user.name}} {{"
        );
        assert_eq!(text_to_html("a < b & c\nd"), "a &lt; b &amp; c<br>d");
        assert_eq!(quoted("status:2"), "\"status:2\"");
        assert_eq!(quoted("\"status:2\""), "\"status:2\"");
    }
}
