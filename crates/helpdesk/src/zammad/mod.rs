//! The Zammad REST API adapter (`{base}/api/v1`), written against the documented shapes
//! (docs.zammad.org/en/latest/api/; ../shared/reference/helpdesk-apis.md §3) and tested against
//! recorded responses in those shapes, not against a live Zammad.
//!
//! How Zammad maps onto tix:
//! - Auth: `Authorization: Token token={access token}` (a personal token from the agent's profile).
//! - Ids: tickets, users, groups and organizations are numbers; a ticket's id is the API id, not
//!   its `number` ("53003") that customers see (tix's model has no display number).
//! - States (read via `/ticket_states`, by state type, so custom states map too): new → New,
//!   open → Open, pending reminder / pending close (pending action) → Pending, closed, merged and
//!   removed → Closed. Writes take the state name or tix's words (pending/hold → "pending
//!   reminder" with a reminder in 24 hours, as Zammad wants a pending time; solved → "closed").
//! - Priorities: "1 low" → Low, "2 normal" → Normal, "3 high" → High (custom ones by their word
//!   or number, "4 urgent" → Urgent); writes take the name, its word or the id.
//! - Channel: the ticket's `create_article_type` and each article's `type`: email, web, phone,
//!   chat, sms; twitter / facebook / telegram / whatsapp types → Social; note → none.
//! - Views: Zammad's overviews through `/api/v1/ticket_overviews` and `?view={link}`. That is the
//!   endpoint Zammad's own web app uses; the API docs list "Overview" among the endpoints they do
//!   not cover, so its shape may change between versions. It answers one overview with up to 2000
//!   tickets and their assets at once (no paging). Where it is missing or refused, tix falls back
//!   to a search view, `state.name:(new OR open)`.
//! - Search, a customer's tickets and `changed_since` use `/tickets/search` (Elasticsearch query
//!   syntax, so they need Zammad's search index) with `full=true`, whose assets carry the users,
//!   organizations and groups, so one request gives names; `page`/`per_page` paging.
//! - Conversation: `/ticket_articles/by_ticket/{id}`, `internal` → Internal. A public reply is a
//!   `POST /ticket_articles` of the type the customer last wrote through (else the ticket's), with
//!   the address to reply to; an internal note is type "note", `internal: true`. Field changes
//!   are a `PUT /tickets/{id}`, carrying the article when both come together (one atomic write).
//! - SLA: `first_response_escalation_at` → FirstResponse (achieved once `first_response_at` is
//!   set), `update_escalation_at` → NextResponse, `close_escalation_at` → Resolution; paused while
//!   pending, achieved once closed.
//! - Tier: the user's (or their organization's) `vip` flag → VIP, else Standard.
//! - Canned responses: text modules (`/api/v1/text_modules`, also not in the API docs), their
//!   `#{ticket.customer.firstname}`-style variables translated into the `{{…}}` names tix fills.
//! - Zammad has no satisfaction ratings and no rate-limit headers.

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

use async_trait::async_trait;
use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::Secret;
use crate::http;
use crate::rest::{self, Answer, Dialect, Rest};
use crate::{
    Agent, Article, ArticleHit, Attachment, CannedResponse, Capabilities, Channel, Customer,
    Download, ErrorKind, Helpdesk, HelpdeskError, Id, KB_LIMIT, Message, NewTicket, Organization,
    Page, PartyRef, PlaceholderSyntax, Priority, PriorityLevel, Result, SlaMetric, SlaState,
    SlaTarget, Status, StatusCategory, Ticket, TicketPatch, Tier, Timestamp, View, Visibility,
    Vocabulary,
};

const PER_PAGE: u64 = 100;
const MAX_PAGES: u64 = 10;
const CUSTOMER_TICKETS: u64 = 25;
const SEARCH_RESULTS: u64 = 50;
/// Users read one by one per call (authors, owner, customer).
const MAX_USER_LOOKUPS: usize = 20;
/// Zammad's user 1 is "-", the owner of unassigned tickets.
const NOBODY: u64 = 1;
/// The fallback view when overviews cannot be read.
pub const OPEN_QUERY: &str = "state.name:(new OR open)";
const OVERVIEW_PREFIX: &str = "overview:";
const SEARCH_PREFIX: &str = "search:";
/// How far ahead the reminder of a pending state is set when tix sets one.
const PENDING_REMINDER_HOURS: i64 = 24;

pub struct Zammad {
    /// `https://zammad.example.com` (no trailing slash, no `/api/v1`).
    base: String,
    rest: Rest,
    directory: Mutex<Option<Arc<Directory>>>,
    users: Mutex<HashMap<u64, wire::User>>,
    organizations: Mutex<HashMap<u64, wire::Organization>>,
    groups: Mutex<HashMap<u64, String>>,
}

/// How Zammad's answers read: its name, its error bodies, and what an HTML page likely means.
const DIALECT: Dialect = Dialect {
    name: "Zammad",
    html_hint: Some("is the URL the Zammad address?"),
    describe: describe_error,
    kind: http::kind_of,
};

impl Zammad {
    /// `base_url` is Zammad's address (`https://support.example.com`; a trailing `/api/v1` is
    /// tolerated); `token` a personal access token (profile → Token Access).
    pub fn new(base_url: &str, token: Secret) -> Zammad {
        let base = base_url.trim().trim_end_matches('/');
        let base = base.strip_suffix("/api/v1").unwrap_or(base);
        Zammad {
            base: base.to_string(),
            rest: Rest::new(
                &format!("{base}/api/v1"),
                rest::Auth::Token {
                    prefix: "Token token=",
                    token,
                },
                http::client(),
                DIALECT,
            ),
            directory: Mutex::new(None),
            users: Mutex::new(HashMap::new()),
            organizations: Mutex::new(HashMap::new()),
            groups: Mutex::new(HashMap::new()),
        }
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.rest.request(method, path)
    }

    async fn send(&self, rb: RequestBuilder, idempotent: bool) -> Result<Answer> {
        self.rest.send(rb, idempotent).await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, &str)]) -> Result<T> {
        self.rest.get(path, query).await
    }

    /// Every page of a `page`/`per_page` list, up to `MAX_PAGES`. Stops at a short page, and at a
    /// page that repeats (an endpoint that ignores paging answers everything on every page).
    async fn list<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
        id: fn(&T) -> u64,
    ) -> Result<Vec<T>> {
        let mut out: Vec<T> = Vec::new();
        let mut seen = HashSet::new();
        let per_page = PER_PAGE.to_string();
        for page in 1..=MAX_PAGES {
            let p = page.to_string();
            let mut q = query.to_vec();
            q.push(("page", &p));
            q.push(("per_page", &per_page));
            // Item by item: an unreadable article or record costs only itself.
            let items: crate::lenient::Items<T> = self.get(path, &q).await?;
            let count = (items.len() + items.skipped) as u64;
            if items.skipped > 0 {
                tracing::warn!(
                    "zammad: {} record(s) of {path} could not be read",
                    items.skipped
                );
            }
            let mut fresh = 0;
            for item in items {
                if seen.insert(id(&item)) {
                    fresh += 1;
                    out.push(item);
                }
            }
            if count < PER_PAGE || fresh == 0 {
                break;
            }
        }
        Ok(out)
    }
}

fn not_found_as(e: HelpdeskError, id: u64) -> HelpdeskError {
    rest::not_found_as(e, "ticket", id, "Zammad")
}

fn invalid(message: impl Into<String>) -> HelpdeskError {
    HelpdeskError::new(ErrorKind::Invalid, message)
}

fn parse_id(id: &Id, what: &str) -> Result<u64> {
    rest::parse_id(id, what, "Zammad")
}

/// One line from Zammad's `{"error", "error_human"}`, falling back to the HTTP status.
pub fn describe_error(status: StatusCode, body: &[u8]) -> String {
    let parsed: wire::ErrorBody = serde_json::from_slice(body).unwrap_or_default();
    let detail = parsed.error_human.or(parsed.error);
    let code = status.as_u16();
    let hint = match code {
        401 => " (is the access token right, and is API token access enabled?)",
        _ => "",
    };
    let line = match detail {
        Some(d) => format!("{}, HTTP {code}{hint}", d.trim()),
        None => format!("HTTP {code}{hint}"),
    };
    line.chars().take(240).collect()
}

enum ViewKind<'a> {
    Overview(&'a str),
    Search(&'a str),
}

fn view_kind(view: &Id) -> Result<ViewKind<'_>> {
    let v = view.0.as_str();
    if let Some(link) = v.strip_prefix(OVERVIEW_PREFIX) {
        Ok(ViewKind::Overview(link))
    } else if let Some(q) = v.strip_prefix(SEARCH_PREFIX) {
        Ok(ViewKind::Search(q))
    } else {
        Err(HelpdeskError::new(
            ErrorKind::NotFound,
            format!("no Zammad view {v:?}"),
        ))
    }
}

#[async_trait]
impl Helpdesk for Zammad {
    fn backend(&self) -> &'static str {
        "zammad"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            // Overviews come from `/ticket_overviews`, an endpoint the API docs do not cover (the
            // web app's); a search view stands in where it fails.
            views: true,
            // Text modules, also outside the API docs.
            canned_responses: true,
            organizations: true,
            sla: true,
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
        Ok(agent_of(&self.me_user().await?))
    }

    async fn views(&self) -> Result<Vec<View>> {
        let fallback = || {
            vec![View {
                id: Id::from(format!("{SEARCH_PREFIX}{OPEN_QUERY}")),
                name: "Open tickets".into(),
            }]
        };
        match self
            .get::<Vec<wire::OverviewMeta>>("ticket_overviews", &[])
            .await
        {
            Ok(mut list) => {
                list.sort_by_key(|o| o.prio.unwrap_or(u64::MAX));
                let views: Vec<View> = list
                    .into_iter()
                    .filter_map(|o| {
                        let link = o.link?;
                        Some(View {
                            id: Id::from(format!("{OVERVIEW_PREFIX}{link}")),
                            name: o.name.unwrap_or(link),
                        })
                    })
                    .collect();
                Ok(if views.is_empty() { fallback() } else { views })
            }
            // Undocumented endpoint: gone, refused or changed shape → the search view.
            Err(e)
                if matches!(
                    e.kind,
                    ErrorKind::NotFound | ErrorKind::Permission | ErrorKind::Protocol
                ) =>
            {
                Ok(fallback())
            }
            Err(e) => Err(e),
        }
    }

    async fn view_count(&self, view: &Id) -> Result<Option<u64>> {
        match view_kind(view)? {
            ViewKind::Overview(link) => {
                let list: Vec<wire::OverviewMeta> = self.get("ticket_overviews", &[]).await?;
                Ok(list
                    .into_iter()
                    .find(|o| o.link.as_deref() == Some(link))
                    .and_then(|o| o.count))
            }
            ViewKind::Search(q) => self.count(q).await,
        }
    }

    async fn view_tickets(&self, view: &Id, cursor: Option<&str>) -> Result<Page<Ticket>> {
        let page = match cursor {
            None => 1,
            Some(c) => c
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|p| *p >= 1)
                .ok_or_else(|| invalid(format!("bad page cursor {c:?}")))?,
        };
        match view_kind(view)? {
            ViewKind::Overview(link) => {
                // One answer holds the whole overview (Zammad caps it at 2000 tickets).
                if page > 1 {
                    return Ok(Page {
                        items: vec![],
                        next: None,
                        skipped: 0,
                        total: None,
                    });
                }
                let v: wire::OverviewView = self.get("ticket_overviews", &[("view", link)]).await?;
                let ids: Vec<u64> = v.index.tickets.iter().filter_map(|t| t.id).collect();
                // The overview's answer counts it (`index.count`), as the overview list does.
                Ok(Page {
                    total: v.index.count,
                    ..self.page_of(&ids, wire::Assets::of(&v.assets)).await
                })
            }
            ViewKind::Search(q) => {
                let r = self
                    .search_page(q, page, PER_PAGE, "updated_at", "desc")
                    .await?;
                let more = !r.ids.is_empty()
                    && match r.total {
                        Some(total) => page * PER_PAGE < total,
                        None => r.ids.len() as u64 >= PER_PAGE,
                    };
                let page_of = self.page_of(&r.ids, r.assets).await;
                Ok(Page {
                    next: more.then(|| (page + 1).to_string()),
                    skipped: page_of.skipped + r.skipped,
                    items: page_of.items,
                    // `with_total_count` answers count all matches (an array answer does not).
                    total: r.total,
                })
            }
        }
    }

    async fn ticket(&self, id: &Id) -> Result<Ticket> {
        let n = parse_id(id, "ticket")?;
        let path = format!("tickets/{n}");
        let o_id = n.to_string();
        let tags_query = [("object", "Ticket"), ("o_id", o_id.as_str())];
        let (t, tags, dir) = tokio::join!(
            self.get::<wire::Ticket>(&path, &[("expand", "true")]),
            self.get::<wire::Tags>("tags", &tags_query),
            self.directory(),
        );
        let t = t.map_err(|e| not_found_as(e, n))?;
        self.look_up_users(t.customer_id.into_iter().chain(t.owner_id))
            .await;
        let mut out = self.map_ticket(t, &dir);
        out.tags = (tags.map(|t| t.tags).unwrap_or_default())
            .into_iter()
            .map(Into::into)
            .collect();
        Ok(out)
    }

    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        self.read_messages(ticket).await
    }

    async fn customer(&self, id: &Id) -> Result<Customer> {
        self.read_customer(id).await
    }

    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>> {
        let n = parse_id(customer, "user")?;
        self.search_tickets(&format!("customer_id:{n}"), CUSTOMER_TICKETS, "created_at")
            .await
    }

    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        let modules = self
            .list("text_modules", &[], |m: &wire::TextModule| m.id)
            .await?;
        Ok(modules
            .into_iter()
            .filter(|m| m.active != Some(false))
            .map(|m| CannedResponse {
                id: Id::from(m.id),
                title: m.name.unwrap_or_else(|| format!("text module {}", m.id)),
                folder: None,
                body: translate_placeholders(&crate::html::to_text(
                    m.content.as_deref().unwrap_or(""),
                )),
                syntax: PlaceholderSyntax::DoubleBrace,
                language: None,
                sets_status: None,
                kind: crate::CannedKind::Text,
            })
            .collect())
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        let mut agents = Vec::new();
        let mut seen = HashSet::new();
        for page in 1..=MAX_PAGES {
            let p = page.to_string();
            let v: Value = self
                .get(
                    "users/search",
                    &[
                        ("query", "*"),
                        ("permissions", "ticket.agent"),
                        ("page", &p),
                        ("per_page", "100"),
                    ],
                )
                .await?;
            let users: Vec<wire::User> = match &v {
                Value::Array(items) => items
                    .iter()
                    .filter_map(|u| serde_json::from_value(u.clone()).ok())
                    .collect(),
                other => wire::Assets::of(other.get("assets").unwrap_or(&Value::Null))
                    .users
                    .into_values()
                    .collect(),
            };
            let count = users.len();
            let mut fresh = 0;
            for u in users {
                if seen.insert(u.id) {
                    fresh += 1;
                    if u.id != NOBODY && u.active != Some(false) {
                        agents.push(agent_of(&u));
                    }
                }
            }
            if count < 100 || fresh == 0 {
                break;
            }
        }
        agents.sort_by_key(|a| a.name.to_lowercase());
        Ok(agents)
    }

    fn default_vocabulary(&self) -> Vocabulary {
        zammad_vocabulary()
    }

    /// The account's states (`/ticket_states`, by state type; merged and removed ones are
    /// reached otherwise, not set) and priorities (`/ticket_priorities`), in id order.
    async fn vocabulary(&self) -> Result<Vocabulary> {
        let dir = self.directory().await;
        let mut states: Vec<(&u64, &(String, Option<String>))> = dir.states.iter().collect();
        states.sort_by_key(|(id, _)| **id);
        let statuses = states
            .into_iter()
            .map(|(_, (name, kind))| status_of(name, kind.as_deref()))
            .filter(|s| !matches!(s.raw.as_str(), "merged" | "removed"))
            .collect();
        let mut priorities: Vec<Priority> =
            dir.priorities.iter().map(|(_, n)| priority_of(n)).collect();
        priorities.sort_by_key(|p| p.rank);
        Ok(Vocabulary {
            statuses,
            priorities,
        })
    }

    async fn groups(&self) -> Result<Vec<crate::Group>> {
        match self.get::<Vec<wire::Group>>("groups", &[]).await {
            Ok(groups) => Ok(groups
                .into_iter()
                .filter(|g| g.active != Some(false))
                .map(|g| crate::Group {
                    id: Id::from(g.id),
                    name: g.name.unwrap_or_else(|| format!("group {}", g.id)),
                })
                .collect()),
            // Listing groups needs admin.group; an agent's own record names theirs.
            Err(e) if matches!(e.kind, ErrorKind::Permission | ErrorKind::NotFound) => {
                self.my_groups().await
            }
            Err(e) => Err(e),
        }
    }

    fn rate_limit(&self) -> Option<crate::RateBudget> {
        self.rest.rate_limit()
    }

    /// Search views' pages are numbered; an overview comes whole in its first.
    fn page_cursor(&self, view: &Id, n: u64) -> Option<String> {
        matches!(view_kind(view), Ok(ViewKind::Search(_))).then(|| n.to_string())
    }

    fn web_url(&self, ticket: &Id) -> Option<String> {
        Some(format!("{}/#ticket/zoom/{ticket}", self.base))
    }

    async fn download(&self, a: &Attachment) -> Result<Download> {
        if !a.source.starts_with("ticket_attachment/") {
            return Err(HelpdeskError::new(
                ErrorKind::Protocol,
                "Zammad gave no id for this attachment",
            ));
        }
        http::fetch_file(self.request(Method::GET, &a.source), "Zammad").await
    }

    /// Knowledge Base answers (`POST knowledge_bases/search`, agent flavour: internal answers
    /// too). An article's id is `KB/ANSWER/TRANSLATION`, read from the agent URL the search
    /// gives (the translation id alone does not name the answer). A Zammad without a knowledge
    /// base answers 404 or an empty list.
    async fn kb_search(&self, query: &str) -> Result<Option<Vec<ArticleHit>>> {
        self.search_answers(query).await
    }

    async fn kb_article(&self, id: &Id) -> Result<Option<Article>> {
        self.read_answer(id).await
    }

    async fn search(&self, query: &str) -> Result<Vec<Ticket>> {
        let q = query.trim();
        if q.is_empty() {
            return Ok(vec![]);
        }
        self.search_tickets(q, SEARCH_RESULTS, "updated_at").await
    }

    /// Search `updated_at:>now-Ns` (relative to Zammad's clock, in Elasticsearch date math, with a
    /// minute to spare), oldest change first; `None` past ten pages.
    async fn changed_since(&self, since: Timestamp) -> Result<Option<Vec<Ticket>>> {
        let ago = Timestamp::now()
            .as_second()
            .saturating_sub(since.as_second())
            .max(0)
            + 60;
        let q = format!("updated_at:>now-{ago}s");
        let mut out = Vec::new();
        for page in 1..=MAX_PAGES {
            let r = self
                .search_page(&q, page, PER_PAGE, "updated_at", "asc")
                .await?;
            let more = !r.ids.is_empty()
                && match r.total {
                    Some(total) => page * PER_PAGE < total,
                    None => r.ids.len() as u64 >= PER_PAGE,
                };
            out.extend(self.tickets_of(&r.ids, r.assets).await);
            if !more {
                return Ok(Some(out));
            }
        }
        Ok(None)
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
