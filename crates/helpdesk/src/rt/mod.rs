//! The Request Tracker 5 adapter, over RT's REST 2.0 API (`{root}/REST/2.0`). Written against and
//! tested with Debian bookworm's RT 5.0.3; see ../shared/reference/request-tracker.md for what
//! that server really does.
//!
//! How RT maps onto tix:
//! - Ids: tickets are numbers; people are RT user *names* (what REST2 puts in a user reference's
//!   `id`, e.g. `alice@example.com`, `root`), so assignee ids, agent ids and customer ids agree.
//! - Views: "My open tickets", "Unowned open tickets", "All open tickets", one per visible queue,
//!   then the user's saved ticket searches. A view's id is its TicketSQL.
//! - Status: RT's default lifecycle, in RT's words: new → New, open → Open, stalled → OnHold,
//!   resolved → Solved, rejected/deleted → Closed. Writes send RT's word as it is (tix's category
//!   words are resolved to these before, by the vocabulary).
//! - Priority: RT stores a number and REST2 does not expose `PriorityAsString`, so tix bands it:
//!   0–24 low, 25–49 normal, 50–74 high, 75+ urgent. Writes take a number or low/normal/high/urgent
//!   (→ 0, 25, 50, 100).
//! - SLA: RT's single `Due` date as a Resolution target (paused while stalled).
//! - Tier: the requester's `Tier` user custom field. A customer read alone carries it; a list's
//!   rows get it from one users search per page for the requesters not seen yet (see `with_tiers`).
//! - Groups: RT's queues, by name (`Ticket.group`, `groups()`, `TicketPatch.group` moves it).
//! - Conversation: history transactions of type Create and Correspond (public) and Comment
//!   (internal), newest 300 at most, their bodies fetched in bulk from the ticket's attachments
//!   (two or three requests per 100 messages, never one per message).
//! - Concurrency: field changes are sent with `If-Match: <ETag>` from when this adapter last read
//!   the ticket (`messages()` or `ticket()`), so a ticket changed in RT since the agent opened it
//!   gives `Conflict` (RT answers 412) instead of a silent overwrite.
//! - Refresh by change: the tickets whose LastUpdated is within the seconds since the last sync,
//!   asked relative to RT's clock (`LastUpdated > '-75 seconds'`): one small search a minute
//!   instead of the view listed again.
//! - Canned responses: RT has none of its own; its Articles are what RT documents for "commonly
//!   used replies", so the enabled articles are offered (name as title, class as folder, the
//!   `Content` custom field as text, `{{…}}` placeholders as tix fills them). The classes, then
//!   the articles a class at a time (up to four classes, with a count that says they are all).
//! - RT has no organizations (only a free-text `Organization` on users): that capability is off.

mod conversation;
mod knowledge;
mod map;
mod people;
mod read;
pub mod text;
mod vocabulary;
pub mod wire;
mod write;

pub use map::*;
pub use vocabulary::*;

use crate::Str;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::Secret;
use crate::http;
use crate::rest::{self, Answer, Dialect, Rest};
use crate::{
    Agent, Article, ArticleHit, Attachment, CannedKind, CannedResponse, Capabilities, Channel,
    Customer, Download, ErrorKind, Helpdesk, HelpdeskError, Id, KB_LIMIT, Message, NewTicket,
    Organization, Page, PartyRef, PlaceholderSyntax, Priority, PriorityLevel, Result, SlaMetric,
    SlaState, SlaTarget, Status, StatusCategory, Ticket, TicketPatch, Tier, Timestamp, View,
    Visibility, Vocabulary,
};
use text::{quote, segment};

/// REST2's largest page.
const PER_PAGE: u64 = 100;
/// Every field a `Ticket` has, for a ticket read alone (`ticket()`, the answer to a write).
const FULL: &[(&str, &str)] = &[
    (
        "fields",
        "Subject,Status,Priority,Requestor,Owner,Queue,Created,LastUpdated,Due,CustomFields",
    ),
    ("fields[Requestor]", REQUESTOR_FIELDS),
    ("fields[Owner]", PERSON_FIELDS),
    ("fields[Queue]", "Name"),
];
/// What a queue row shows, filters on and orders by (and `tix ls --json` prints): no login
/// names (a user reference's `id` is the name already), no owner's address. The ticket's custom
/// fields carry the channel; the requester's Tier is asked apart (see `with_tiers`).
const LIST: &[(&str, &str)] = &[
    (
        "fields",
        "Subject,Status,Priority,Requestor,Owner,Queue,Created,LastUpdated,Due,CustomFields",
    ),
    ("fields[Requestor]", "RealName,EmailAddress,Organization"),
    ("fields[Owner]", "RealName"),
    ("fields[Queue]", "Name"),
];
/// The same for a view of one queue: every row's queue is the view's (180 bytes a row less).
const LIST_IN_QUEUE: &[(&str, &str)] = &[
    (
        "fields",
        "Subject,Status,Priority,Requestor,Owner,Created,LastUpdated,Due,CustomFields",
    ),
    ("fields[Requestor]", "RealName,EmailAddress,Organization"),
    ("fields[Owner]", "RealName"),
];
/// The customer panel lists a customer's tickets by number, status and subject (opening one
/// reads it whole).
const CUSTOMER_LIST: &[(&str, &str)] = &[("fields", "Subject,Status,LastUpdated")];
const PERSON_FIELDS: &str = "Name,RealName,EmailAddress";
/// What the customer panel and `tix show` say of a customer.
const CUSTOMER_FIELDS: &str = "Name,RealName,EmailAddress,Organization,WorkPhone,MobilePhone,HomePhone,Created,CustomFields,Lang";
/// With the user custom fields, for the requester's Tier.
const REQUESTOR_FIELDS: &str = "Name,RealName,EmailAddress,Organization,CustomFields";
/// Transaction types that are messages.
const MESSAGE_TYPES: [&str; 3] = ["Create", "Correspond", "Comment"];
/// History pages (of 100 messages) read per conversation: the newest 300 messages.
const MAX_HISTORY_PAGES: u64 = 3;
/// Attachment-list pages per 100 messages (a message is usually 1–4 MIME parts).
const MAX_ATTACHMENT_PAGES: u64 = 5;
/// Bodies larger than this are not downloaded.
const MAX_BODY_BYTES: u64 = 512 * 1024;
const CUSTOMER_TICKETS: u64 = 25;
const SEARCH_RESULTS: u64 = 50;
/// Pages of queues, saved searches and privileged users read.
const MAX_LIST_PAGES: u64 = 5;
/// Owned tickets read per round when the agents are found as ticket owners, and the rounds.
const OWNERS_PER_ROUND: u64 = 10;
const MAX_OWNER_ROUNDS: usize = 8;
/// Canned responses (RT's articles) are read a class at a time up to this many classes.
const MAX_CLASS_QUERIES: usize = 4;
/// Most recently updated first; `id` breaks ties so pages do not overlap.
const NEWEST_UPDATED: &[(&str, &str)] = &[("LastUpdated", "DESC"), ("id", "DESC")];
const NEWEST_CREATED: &[(&str, &str)] = &[("Created", "DESC"), ("id", "DESC")];

/// The tickets without a running clock, in TicketSQL: the clause `SEGMENTS` after the first
/// share (a macro, for `concat!`).
macro_rules! stopped {
    () => {
        "( Due IS NULL OR Status = 'stalled' OR Status = '__Inactive__' )"
    };
}

/// A view in tix's queue order (`sla::sort`) as RT can give it, one TicketSQL query after the
/// other, so that a view's first pages are the top of the queue. First the tickets whose clock
/// runs (a Due date and an active status other than stalled), soonest due first: RT sorts an
/// unset Due (1970) before every date, so they cannot share a query with the rest. Then the
/// others by priority band, most recently updated first: tix compares bands where RT would
/// sort the numbers. (tix's next key, the requester's tier, is a user custom field RT cannot
/// order by: within one band and Due, tiers may straddle a page boundary.)
const SEGMENTS: [(&str, &[(&str, &str)]); 5] = [
    (
        "Due IS NOT NULL AND Status = '__Active__' AND Status != 'stalled'",
        &[
            ("Due", "ASC"),
            ("Priority", "DESC"),
            ("LastUpdated", "DESC"),
            ("id", "ASC"),
        ],
    ),
    (concat!(stopped!(), " AND Priority >= 75"), NEWEST_FIRST),
    (
        concat!(stopped!(), " AND Priority >= 50 AND Priority < 75"),
        NEWEST_FIRST,
    ),
    (
        concat!(stopped!(), " AND Priority >= 25 AND Priority < 50"),
        NEWEST_FIRST,
    ),
    (concat!(stopped!(), " AND Priority < 25"), NEWEST_FIRST),
];
/// The segments after the first one together: the tickets without a running clock. (Each of
/// them starts with it: the rest of a view is counted by it.)
const STOPPED: &str = stopped!();
/// The segments from the one at each index (1 to 3) to the last, together: asked in one query
/// when what is left of a view fits in the page wanted, and put in order by tix.
const FROM_SEGMENT: [&str; 4] = [
    "",
    stopped!(),
    concat!(stopped!(), " AND Priority < 75"),
    concat!(stopped!(), " AND Priority < 50"),
];
/// Within a band, as `sla::sort` breaks ties: newest updated first, then the lower id.
const NEWEST_FIRST: &[(&str, &str)] = &[("LastUpdated", "DESC"), ("id", "ASC")];

pub const VIEW_MY_OPEN: &str = "Owner = '__CurrentUser__' AND Status = '__Active__'";
pub const VIEW_UNOWNED: &str = "Owner = 'Nobody' AND Status = '__Active__'";
pub const VIEW_ALL_OPEN: &str = "Status = '__Active__'";

pub enum RtAuth {
    /// An RT auth token (`Authorization: token 1-14-…`), made under Settings → Auth Tokens.
    Token(Secret),
    Basic {
        user: String,
        password: Secret,
    },
}

pub struct Rt {
    /// The RT root, e.g. `http://127.0.0.1:8080` (no trailing slash, no `/REST/2.0`).
    base: String,
    rest: Rest,
    /// Ticket number → the ETag (RT: its last transaction id) when this adapter last read it.
    etags: Mutex<HashMap<u64, String>>,
    /// Ticket number → its version read in flight, which reads starting meanwhile share (`tix
    /// show` reads the ticket and its conversation at once, each after a version).
    heads: Mutex<HashMap<u64, Arc<tokio::sync::OnceCell<()>>>>,
    /// The signed-in agent, once read: start-up asks for it twice (who am I, and the agent list
    /// when it is made of ticket owners), and a user record is 1.4 kB.
    me: Mutex<Option<Agent>>,
    /// The visible queues, read once per session and shared by `views` and `groups` (asked
    /// together at start-up). A queue an admin adds meanwhile shows at the next start.
    queues: tokio::sync::OnceCell<Vec<String>>,
    /// Requesters' tiers as far as asked (see `with_tiers`).
    tiers: Mutex<people::Tiers>,
}

/// How RT's answers read: its name, its error bodies, and what an HTML page likely means.
const DIALECT: Dialect = Dialect {
    name: "RT",
    html_hint: Some("is the URL the RT root?"),
    describe: describe_error,
    kind: http::kind_of,
};

impl Rt {
    /// `base_url` is the RT root (`https://rt.example.com` or `https://example.com/rt`); a
    /// trailing `/REST/2.0` is tolerated.
    pub fn new(base_url: &str, auth: RtAuth) -> Rt {
        let base = base_url.trim().trim_end_matches('/');
        let base = base.strip_suffix("/REST/2.0").unwrap_or(base);
        Rt {
            base: base.to_string(),
            rest: Rest::new(
                &format!("{base}/REST/2.0"),
                match auth {
                    RtAuth::Token(token) => rest::Auth::Token {
                        prefix: "token ",
                        token,
                    },
                    RtAuth::Basic { user, password } => rest::Auth::Basic { user, password },
                },
                http::client(),
                DIALECT,
            ),
            etags: Mutex::new(HashMap::new()),
            heads: Mutex::default(),
            me: Mutex::new(None),
            queues: tokio::sync::OnceCell::new(),
            tiers: Mutex::default(),
        }
    }

    /// An article's page in RT's web UI (RT has no public address for articles).
    fn article_url(&self, id: &str) -> String {
        format!("{}/Articles/Article/Display.html?id={id}", self.base)
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
}

/// One line from RT's `{"message": "..."}` (TicketSQL parse errors span lines and name Perl
/// files: only the first line is kept), falling back to the HTTP status.
fn describe_error(status: StatusCode, body: &[u8]) -> String {
    let detail = serde_json::from_slice::<wire::ErrorBody>(body)
        .ok()
        .and_then(|b| b.message)
        .map(|m| first_line(&m))
        .filter(|m| !m.is_empty());
    let line = match (status.as_u16(), detail) {
        (412, _) => {
            "the ticket changed in RT since it was loaded; reload it and try again (HTTP 412)"
                .to_string()
        }
        (code, Some(d)) => format!("{d}, HTTP {code}"),
        (code, None) => format!("HTTP {code}"),
    };
    line.chars().take(200).collect()
}

fn not_found_as(e: HelpdeskError, n: u64) -> HelpdeskError {
    rest::not_found_as(e, "ticket", format!("#{n}"), "RT")
}

fn invalid(message: impl Into<String>) -> HelpdeskError {
    HelpdeskError::new(ErrorKind::Invalid, message)
}

fn parse_ticket_id(id: &Id) -> Result<u64> {
    rest::parse_id(id, "ticket", "RT")
}

#[async_trait]
impl Helpdesk for Rt {
    fn backend(&self) -> &'static str {
        "rt"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            views: true,
            // RT Articles stand in for them.
            canned_responses: true,
            organizations: false,
            sla: true,
            search: true,
            // In the queue's order, as SEGMENTS give it.
            ordered_views: true,
            groups: true,
            tag_list: false,
            // By the time of the last update, relative to RT's clock (`changed_tickets`).
            changes_since: true,
            macro_preview: false,
            attachments: true,
            web_pages: true,
        }
    }

    async fn me(&self) -> Result<Agent> {
        if let Some(me) = self.me.lock().ok().and_then(|m| m.clone()) {
            return Ok(me);
        }
        // REST2 in RT 5.0 has no "current user" resource; the token or the login names the user.
        let who = match self.rest.auth() {
            rest::Auth::Basic { user, .. } => Some(user.clone()),
            rest::Auth::Token { token, .. } => token_user(token.expose()),
            _ => None,
        };
        let who = who.ok_or_else(|| {
            HelpdeskError::new(
                ErrorKind::Protocol,
                "cannot tell the signed-in RT user from this token (expected 1-<user>-<hex>)",
            )
        })?;
        let user: wire::User = self.get(&format!("user/{}", segment(&who)), &[]).await?;
        let me = agent_of(user);
        if let Ok(mut m) = self.me.lock() {
            *m = Some(me.clone());
        }
        Ok(me)
    }

    /// The built-in and queue views first: the saved searches (their TicketSQL included, about
    /// 3 kB) are read only when the name is none of those.
    async fn view_named(&self, name: &str) -> Result<Option<View>> {
        let cheap = self.cheap_views().await?;
        if let Some(v) = cheap.into_iter().find(|v| v.is_named(name)) {
            return Ok(Some(v));
        }
        Ok(self
            .saved_views()
            .await?
            .into_iter()
            .find(|v| v.is_named(name)))
    }

    async fn views(&self) -> Result<Vec<View>> {
        let mut views = self.cheap_views().await?;
        views.extend(self.saved_views().await?);
        let mut seen = HashSet::new();
        views.retain(|v| seen.insert(v.id.clone()));
        Ok(views)
    }

    async fn view_count(&self, view: &Id) -> Result<Option<u64>> {
        self.count(&view.0).await
    }

    async fn view_tickets(&self, view: &Id, cursor: Option<&str>) -> Result<Page<Ticket>> {
        self.view_page(view, cursor, PER_PAGE as usize).await
    }

    /// A page of one segment of the view (see `SEGMENTS`), of about `want` tickets: the first
    /// page of a segment is sized to what is wanted (a screenful, `tix ls --limit`), its further
    /// pages keep that size so that they do not overlap. The cursor is `segment.page.size.rest`.
    ///
    /// The first page is asked together with a count of the view's tickets without a running
    /// clock (all the segments after the first); each later segment's first page says how many
    /// it holds, and once none are left the empty segments are not asked (an empty view is two
    /// requests, not five); once what is left fits in the page wanted, the segments left are
    /// asked in one query and put in order here (a small view is three). A count that fails
    /// only costs that.
    async fn view_page(
        &self,
        view: &Id,
        cursor: Option<&str>,
        want: usize,
    ) -> Result<Page<Ticket>> {
        let sized = |want: usize| (want as u64).clamp(1, PER_PAGE);
        let (segment, page, per_page, rest) = match cursor {
            None => (0, 1, sized(want), None),
            Some(c) => {
                let (segment, page, size, rest) = parse_cursor(c)
                    .filter(|(s, p, n, _)| {
                        *s < SEGMENTS.len() && *p >= 1 && (1..=PER_PAGE).contains(n)
                    })
                    .ok_or_else(|| invalid(format!("bad page cursor {c:?}")))?;
                (
                    segment,
                    page,
                    if page == 1 { sized(want) } else { size },
                    rest,
                )
            }
        };
        let queue = self.queue_of_view(view);
        let fields = if queue.is_some() { LIST_IN_QUEUE } else { LIST };
        if let (1..=3, 1, Some(left @ 1..)) = (segment, page, rest)
            && left <= per_page
            && let Some((rows, skipped)) = self.segments_from(view, segment, left, fields).await?
        {
            return Ok(self.named_rows(rows, queue, None, skipped).await);
        }
        let (clause, order) = SEGMENTS[segment];
        let sql = format!("( {} ) AND {clause}", view.0.trim());
        let (c, rest) = if cursor.is_none() {
            let stopped = format!("( {} ) AND {STOPPED}", view.0.trim());
            let (c, rest) = tokio::join!(
                self.ticket_page(&sql, page, per_page, fields, order),
                self.count(&stopped)
            );
            (c?, rest.ok().flatten())
        } else {
            let c = self
                .ticket_page(&sql, page, per_page, fields, order)
                .await?;
            // A segment's first page says how many it holds: the segments after it, the rest.
            let rest = match (page, rest, c.total) {
                (1, Some(r), Some(n)) if segment > 0 => Some(r.saturating_sub(n)),
                (_, r, _) => r,
            };
            (c, rest)
        };
        // The first segment's total and the rest are the view's: no count is asked apart.
        let total = match (cursor, c.total, rest) {
            (None, Some(first), Some(rest)) => Some(first + rest),
            _ => None,
        };
        let more = has_more(&c, page);
        let skipped = c.items.skipped;
        let next = if more {
            Some(write_cursor(segment, page + 1, per_page, rest))
        } else if segment + 1 < SEGMENTS.len() && rest != Some(0) {
            Some(write_cursor(segment + 1, 1, per_page, rest))
        } else {
            None
        };
        let mut named = self
            .named_rows(c.items.into_iter().collect(), queue, total, skipped)
            .await;
        named.next = next;
        Ok(named)
    }

    async fn ticket(&self, id: &Id) -> Result<Ticket> {
        let n = parse_ticket_id(id)?;
        self.load_etag(n).await?;
        let read = |n: u64| async move {
            let c = self
                .ticket_page(&format!("id = {n}"), 1, 1, FULL, &[])
                .await?;
            Ok::<_, HelpdeskError>(c.items.into_iter().next())
        };
        let found = match read(n).await? {
            Some(t) => Some(t),
            // TicketSQL does not find a merged ticket by its old number: the ticket it was
            // merged into is what RT shows for it.
            None => match self.load_version(n).await? {
                effective if effective != n => read(effective).await?,
                _ => None,
            },
        };
        found
            .map(ticket_of)
            .ok_or_else(|| not_found_as(HelpdeskError::new(ErrorKind::NotFound, ""), n))
    }

    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        self.read_messages(ticket).await
    }

    async fn customer(&self, id: &Id) -> Result<Customer> {
        let user = self.user_shown(id.0.trim()).await?;
        let key = if is_number(&user.id) {
            Id::from(user.id.clone())
        } else {
            id.clone()
        };
        let count = self.count(&requestor_clause(&key)).await;
        Ok(customer_of(user, id, count))
    }

    /// The customer and a page of their newest tickets as big as the panel shows, asked at
    /// once: the page's total is their ticket count (no count asked apart).
    async fn customer_with_tickets(
        &self,
        customer: &Id,
        want: usize,
    ) -> Result<(Customer, Vec<Ticket>)> {
        let per_page = (want as u64).clamp(1, CUSTOMER_TICKETS);
        let sql = requestor_clause(customer);
        let (user, page) = tokio::join!(
            self.user_shown(customer.0.trim()),
            self.ticket_page(&sql, 1, per_page, CUSTOMER_LIST, NEWEST_CREATED)
        );
        let page = page?;
        let c = customer_of(user?, customer, Ok(page.total));
        Ok((c, page.items.into_iter().map(ticket_of).collect()))
    }

    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>> {
        self.tickets_where(
            &requestor_clause(customer),
            CUSTOMER_TICKETS,
            CUSTOMER_LIST,
            NEWEST_CREATED,
        )
        .await
    }

    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        self.canned_articles().await
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        let mut agents = match self.privileged_users().await {
            Ok(list) if !list.is_empty() => list,
            Ok(_) => self.owners_and_me().await?,
            Err(e) if matches!(e.kind, ErrorKind::Permission | ErrorKind::NotFound) => {
                self.owners_and_me().await?
            }
            Err(e) => return Err(e),
        };
        let mut seen = HashSet::new();
        agents.retain(|a| seen.insert(a.id.clone()));
        agents.sort_by_key(|a| a.name.to_lowercase());
        Ok(agents)
    }

    /// RT's groups for handing a ticket over are its queues (ids are queue names).
    fn default_vocabulary(&self) -> Vocabulary {
        rt_vocabulary()
    }

    async fn groups(&self) -> Result<Vec<crate::Group>> {
        Ok(self
            .queues()
            .await?
            .into_iter()
            .map(|q| crate::Group {
                id: Id::from(q.clone()),
                name: q,
            })
            .collect())
    }

    fn rate_limit(&self) -> Option<crate::RateBudget> {
        self.rest.rate_limit()
    }

    fn web_url(&self, ticket: &Id) -> Option<String> {
        Some(format!("{}/Ticket/Display.html?id={ticket}", self.base))
    }

    /// REST2 sends a file only as base64 inside its JSON (`GET /attachment/{id}`), so it arrives
    /// whole before it is written.
    async fn download(&self, a: &Attachment) -> Result<Download> {
        use base64::Engine;
        let id: u64 = a.source.trim().parse().map_err(|_| {
            HelpdeskError::new(ErrorKind::Protocol, "RT gave no id for this attachment")
        })?;
        let answer = self
            .send(self.request(Method::GET, &format!("attachment/{id}")), true)
            .await?;
        let row: wire::AttachmentContent = answer.json()?;
        let text: String = row
            .content
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(|e| {
                HelpdeskError::new(
                    ErrorKind::Protocol,
                    format!("RT sent a file tix cannot read: {e}"),
                )
            })?;
        Ok(Download::Bytes(Some(bytes)))
    }

    /// RT Articles: enabled articles whose Name, or else whose Summary, holds a word of the
    /// search (conditions on one field are OR'd, on two fields AND'd: so one request per field),
    /// ranked by the words they hold. RT's search on the Content field matches every article
    /// (RT 5.0.3), so the body is not searched.
    async fn kb_search(&self, query: &str) -> Result<Option<Vec<ArticleHit>>> {
        self.search_articles(query).await
    }

    async fn kb_article(&self, id: &Id) -> Result<Option<Article>> {
        self.read_article(id).await
    }

    async fn search(&self, query: &str) -> Result<Vec<Ticket>> {
        let Some(sql) = search_sql(query) else {
            return Ok(vec![]);
        };
        self.tickets_where(&sql, SEARCH_RESULTS, LIST, NEWEST_UPDATED)
            .await
    }

    async fn changed_since(&self, since: Timestamp) -> Result<Option<Vec<Ticket>>> {
        self.changed_tickets(since).await
    }

    async fn view_holds(&self, view: &Id, tickets: &[Id]) -> Result<Option<Vec<Id>>> {
        self.tickets_in_view(view, tickets).await
    }

    async fn update(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        self.update_ticket(ticket, patch).await
    }

    /// The write, and for a reply or note the message it added (RT's answer names none), so
    /// that the workspace shows it without reading the conversation again.
    async fn write_shown(&self, ticket: &Id, patch: &TicketPatch) -> Result<crate::Written> {
        let written = self.update_ticket(ticket, patch).await?;
        let message = match &patch.message {
            Some(sent) => self.posted_message(parse_ticket_id(ticket)?, sent).await,
            None => None,
        };
        Ok(crate::Written {
            ticket: written,
            message,
        })
    }

    async fn create(&self, new: &NewTicket) -> Result<Ticket> {
        self.create_ticket(new).await
    }
}

/// The customer panel's customer from their user record and their ticket count (a failed count
/// leaves it out, and says so).
fn customer_of(user: wire::User, id: &Id, count: Result<Option<u64>>) -> Customer {
    let mut missing = vec![];
    let lifetime_tickets = match count {
        Ok(n) => n,
        Err(e) => {
            tracing::warn!("rt: a user's ticket count: {:?}", e.kind);
            missing.push(crate::Missing::TicketCount);
            None
        }
    };
    let name = nonempty(&user.name).unwrap_or_else(|| id.0.to_string());
    Customer {
        tier: tier_of(&user.custom_fields),
        phone: [&user.work_phone, &user.mobile_phone, &user.home_phone]
            .into_iter()
            .find_map(|p| nonempty(p)),
        organization: nonempty(&user.organization).map(|org| Organization {
            id: Id::from(org.clone()),
            name: org,
            domains: vec![],
        }),
        email: nonempty(&user.email_address),
        created_at: rt_time(&user.created).unwrap_or(crate::UNKNOWN_TIME),
        name: nonempty(&user.real_name).unwrap_or_else(|| name.clone()),
        id: Id::from(name),
        locale: nonempty(&user.lang),
        lifetime_tickets,
        missing,
    }
}

#[cfg(test)]
mod tests;
