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

mod directory;
mod knowledge;
mod map;
mod read;
mod vocabulary;
pub mod wire;
mod write;

use crate::Str;
use directory::*;
pub use map::*;
pub use vocabulary::*;

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

    /// An article's page on the customer portal (the address Freshdesk portals use; the API
    /// gives none).
    fn article_url(&self, id: u64) -> String {
        format!("{}/support/solutions/articles/{id}", self.base)
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

/// A search's total as tix can read it: Freshdesk's search gives no page past the tenth.
fn searchable(total: Option<u64>) -> Option<u64> {
    total.map(|t| t.min(SEARCH_PAGE_SIZE * SEARCH_MAX_PAGES))
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
                id: Id::from(format!("{SEARCH_PREFIX}{unresolved}")),
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
                let total = searchable(page.total);
                if let Ok(mut stash) = self.stash.lock() {
                    *stash = Some((q.to_string(), Instant::now(), page));
                }
                Ok(total.or(Some(0)))
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
                // A list answer says nothing of its length (only a `link` to the next page).
                Ok(Page {
                    skipped: tickets.skipped,
                    items: self.map_tickets(tickets.items).await,
                    next,
                    total: None,
                })
            }
            ViewKind::Search(q) => {
                let result = self.search_page(q, page).await?;
                let total = searchable(result.total);
                let more = !result.results.is_empty()
                    && page < SEARCH_MAX_PAGES
                    && page * SEARCH_PAGE_SIZE < total.unwrap_or(0);
                Ok(Page {
                    skipped: result.results.skipped,
                    items: self.map_tickets(result.results.items).await,
                    next: more.then(|| (page + 1).to_string()),
                    total,
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
        self.read_messages(ticket).await
    }

    async fn customer(&self, id: &Id) -> Result<Customer> {
        self.read_customer(id).await
    }

    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>> {
        let n = parse_id(customer, "contact")?;
        let (tickets, ratings) =
            tokio::join!(self.requested(n, CUSTOMER_TICKETS), self.ratings_of(n));
        let mut out = self.map_tickets(tickets?).await;
        for t in &mut out {
            if let Ok(id) = t.id.0.parse::<u64>() {
                t.satisfaction = ratings.get(&id).cloned().map(Into::into);
            }
        }
        Ok(out)
    }

    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        self.read_canned().await
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
        self.search_solutions(query).await
    }

    async fn kb_article(&self, id: &Id) -> Result<Option<Article>> {
        self.read_solution(id).await
    }

    async fn search(&self, query: &str) -> Result<Vec<Ticket>> {
        let q = query.trim();
        if q.is_empty() {
            return Ok(vec![]);
        }
        let number = q.trim_start_matches('#');
        if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
            return match self.ticket(&Id::from(number.to_string())).await {
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
        self.update_ticket(ticket, patch).await
    }

    async fn create(&self, new: &NewTicket) -> Result<Ticket> {
        self.create_ticket(new).await
    }
}

#[cfg(test)]
mod tests;
