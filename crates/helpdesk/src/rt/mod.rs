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
//! - Groups: RT's queues, by name (`Ticket.group`, `groups()`, `TicketPatch.group` moves it).
//! - Conversation: history transactions of type Create and Correspond (public) and Comment
//!   (internal), newest 300 at most, their bodies fetched in bulk from the ticket's attachments
//!   (two or three requests per 100 messages, never one per message).
//! - Concurrency: field changes are sent with `If-Match: <ETag>` from when this adapter last read
//!   the ticket (`messages()` or `ticket()`), so a ticket changed in RT since the agent opened it
//!   gives `Conflict` (RT answers 412) instead of a silent overwrite.
//! - Canned responses: RT has none of its own; its Articles are what RT documents for "commonly
//!   used replies", so the enabled articles are offered (name as title, class as folder, the
//!   `Content` custom field as text, `{{…}}` placeholders as tix fills them). The classes, then
//!   the articles a class at a time (up to four classes, with a count that says they are all).
//! - RT has no organizations (only a free-text `Organization` on users): that capability is off.

pub mod text;
pub mod wire;

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

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
/// names (a user reference's `id` is the name already), no owner's address. The requester's
/// custom fields carry the Tier mark, the ticket's the channel.
const LIST: &[(&str, &str)] = &[
    (
        "fields",
        "Subject,Status,Priority,Requestor,Owner,Queue,Created,LastUpdated,Due,CustomFields",
    ),
    (
        "fields[Requestor]",
        "RealName,EmailAddress,Organization,CustomFields",
    ),
    ("fields[Owner]", "RealName"),
    ("fields[Queue]", "Name"),
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
    (
        "( Due IS NULL OR Status = 'stalled' OR Status = '__Inactive__' ) AND Priority >= 75",
        NEWEST_FIRST,
    ),
    (
        "( Due IS NULL OR Status = 'stalled' OR Status = '__Inactive__' ) AND Priority >= 50 AND Priority < 75",
        NEWEST_FIRST,
    ),
    (
        "( Due IS NULL OR Status = 'stalled' OR Status = '__Inactive__' ) AND Priority >= 25 AND Priority < 50",
        NEWEST_FIRST,
    ),
    (
        "( Due IS NULL OR Status = 'stalled' OR Status = '__Inactive__' ) AND Priority < 25",
        NEWEST_FIRST,
    ),
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
    /// The signed-in agent, once read: start-up asks for it twice (who am I, and the agent list
    /// when it is made of ticket owners), and a user record is 1.4 kB.
    me: Mutex<Option<Agent>>,
    /// The visible queues, read once per session and shared by `views` and `groups` (asked
    /// together at start-up). A queue an admin adds meanwhile shows at the next start.
    queues: tokio::sync::OnceCell<Vec<String>>,
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
            me: Mutex::new(None),
            queues: tokio::sync::OnceCell::new(),
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

    fn remember_etag(&self, ticket: u64, etag: Option<String>) {
        if let (Some(etag), Ok(mut map)) = (etag, self.etags.lock()) {
            if map.len() > 5000 {
                map.clear();
            }
            map.insert(ticket, etag);
        }
    }

    fn cached_etag(&self, ticket: u64) -> Option<String> {
        self.etags.lock().ok()?.get(&ticket).cloned()
    }

    /// `HEAD /ticket/{n}`: its ETag (remembered for the next write) without its record, which
    /// is 2–3 kB that nothing shows.
    async fn load_etag(&self, n: u64) -> Result<()> {
        match self
            .send(self.request(Method::HEAD, &format!("ticket/{n}")), true)
            .await
        {
            Ok(answer) => {
                self.remember_etag(n, answer.etag);
                Ok(())
            }
            Err(e) if e.kind == ErrorKind::RateLimited => Err(e),
            // An answer to a HEAD has no body, so RT's own words on what is wrong are missing:
            // the GET says them.
            Err(_) => self.load_version(n).await.map(|_| ()),
        }
    }

    /// `GET /ticket/{n}`: its ETag (remembered for the next write) and its effective id (a merged
    /// ticket answers as the ticket it was merged into).
    async fn load_version(&self, n: u64) -> Result<u64> {
        let answer = self
            .send(self.request(Method::GET, &format!("ticket/{n}")), true)
            .await
            .map_err(|e| not_found_as(e, n))?;
        let t: wire::Ticket = answer.json()?;
        let effective = t.id.parse().unwrap_or(n);
        self.remember_etag(n, answer.etag.clone());
        if effective != n {
            self.remember_etag(effective, answer.etag);
        }
        Ok(effective)
    }

    /// The collision check for a write with `expected`: `GET /ticket/{n}`, its LastUpdated (whole
    /// seconds) against what the agent saw, and its ETag (the newest transaction) remembered, so
    /// that the PUT after carries an If-Match from this very moment and RT itself refuses (412)
    /// anything that slips in between. Whether correspond and comment honour If-Match is not
    /// known, so a message is only as safe as this check just before it.
    async fn check_expected(&self, n: u64, expected: Option<Timestamp>) -> Result<()> {
        if expected.is_none() {
            return Ok(());
        }
        let answer = self
            .send(self.request(Method::GET, &format!("ticket/{n}")), true)
            .await
            .map_err(|e| not_found_as(e, n))?;
        let t: wire::Ticket = answer.json()?;
        self.remember_etag(n, answer.etag);
        rest::check_unchanged(expected, rt_time(&t.last_updated), true, n)
    }

    /// One page of a TicketSQL search with the given fields, in the given order.
    async fn ticket_page(
        &self,
        sql: &str,
        page: u64,
        per_page: u64,
        fields: &[(&str, &str)],
        order: &[(&str, &str)],
    ) -> Result<wire::Collection<wire::Ticket>> {
        let page = page.to_string();
        let per_page = per_page.to_string();
        let mut query: Vec<(&str, &str)> =
            vec![("query", sql), ("page", &page), ("per_page", &per_page)];
        query.extend_from_slice(fields);
        for (by, dir) in order {
            query.push(("orderby", by));
            query.push(("order", dir));
        }
        self.get("tickets", &query).await
    }

    async fn count(&self, sql: &str) -> Result<Option<u64>> {
        let c: wire::Collection<wire::Ref> = self
            .get("tickets", &[("query", sql), ("per_page", "1")])
            .await?;
        Ok(c.total)
    }

    /// Names of the enabled queues the user can see, in RT's order (read once, see `queues`).
    async fn queues(&self) -> Result<Vec<String>> {
        self.queues
            .get_or_try_init(|| self.read_queues())
            .await
            .cloned()
    }

    async fn read_queues(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Queue> = self
                .get(
                    "queues/all",
                    &[
                        ("fields", "Name,Disabled"),
                        ("per_page", "100"),
                        ("page", &p),
                    ],
                )
                .await?;
            let more = has_more(&c, page);
            names.extend(
                c.items
                    .into_iter()
                    .filter(|q| q.disabled != "1" && !q.name.trim().is_empty())
                    .map(|q| q.name),
            );
            if !more {
                break;
            }
        }
        Ok(names)
    }

    /// The user's saved ticket searches (not RT's built-in "Search - …" dashboard searches).
    async fn saved_searches(&self) -> Result<Vec<View>> {
        let mut views = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Search> = self
                .get(
                    "searches",
                    &[
                        ("fields", "Name,Description,Content"),
                        ("per_page", "100"),
                        ("page", &p),
                    ],
                )
                .await?;
            let more = has_more(&c, page);
            for s in c.items {
                let kind = s.content.search_type.as_str();
                if s.name != "SavedSearch"
                    || s.content.query.trim().is_empty()
                    || !(kind.is_empty() || kind == "Ticket")
                {
                    continue;
                }
                let title = s.description.replace("[_1]", "");
                let title = title.trim();
                let title = if title.is_empty() {
                    format!("search {}", s.id)
                } else {
                    title.to_string()
                };
                views.push(View {
                    id: Id(s.content.query.trim().to_string()),
                    name: format!("Saved: {title}"),
                });
            }
            if !more {
                break;
            }
        }
        Ok(views)
    }

    /// Members of RT's Privileged group (who can own tickets). Needs SeeGroup and
    /// AdminGroupMembership, which plain agents often lack.
    async fn privileged_users(&self) -> Result<Vec<Agent>> {
        let query = json!([
            {"field": "Domain", "value": "SystemInternal"},
            {"field": "Name", "value": "Privileged"}
        ])
        .to_string();
        let groups: wire::Collection<wire::Ref> = self
            .get("groups", &[("query", &query), ("fields", "Name")])
            .await?;
        let Some(group) = groups.items.first().filter(|g| is_number(&g.id)) else {
            return Ok(vec![]);
        };
        let mut ids = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Ref> = self
                .get(
                    &format!("group/{}/members", group.id),
                    &[("groups", "0"), ("per_page", "100"), ("page", &p)],
                )
                .await?;
            let more = has_more(&c, page);
            ids.extend(c.items.into_iter().map(|r| r.id));
            if !more {
                break;
            }
        }
        // The member list has ids only; RT 5.0.3 cannot search users by id, so read each one
        // (a few at a time: the server has few workers).
        let mut agents = Vec::new();
        let paths: Vec<String> = ids
            .iter()
            .map(|id| format!("user/{}", segment(id)))
            .collect();
        for chunk in paths.chunks(4) {
            let users = futures_util::future::join_all(
                chunk.iter().map(|path| self.get::<wire::User>(path, &[])),
            )
            .await;
            for user in users {
                let user = user?;
                if user.disabled != "1" && !is_system_user(&user.name) {
                    agents.push(agent_of(user));
                }
            }
        }
        Ok(agents)
    }

    /// When the Privileged group is out of reach: whoever owns tickets lately, and the agent.
    /// RT 5.0's REST2 cannot search users by privilege nor list that group's members, so the
    /// owners come from tickets: a small page of the most recently updated owned tickets with
    /// only the owner's name and address, then again without the owners found, until a page
    /// brings no one new (each round finds at least one agent; a page of 100 tickets with their
    /// owners is 26 kB, a round of this about 3 kB).
    async fn owners_and_me(&self) -> Result<Vec<Agent>> {
        let mut agents = vec![self.me().await?];
        let mut found: Vec<String> = vec![];
        let per_page = OWNERS_PER_ROUND.to_string();
        for _ in 0..MAX_OWNER_ROUNDS {
            let mut sql = "Owner != 'Nobody' AND Owner != 'RT_System'".to_string();
            for name in &found {
                sql.push_str(&format!(" AND Owner != {}", quote(name)));
            }
            let c: wire::Collection<wire::Ticket> = self
                .get(
                    "tickets",
                    &[
                        ("query", &sql),
                        ("fields", "Owner"),
                        ("fields[Owner]", "RealName,EmailAddress"),
                        ("orderby", "LastUpdated"),
                        ("order", "DESC"),
                        ("per_page", &per_page),
                    ],
                )
                .await?;
            let before = found.len();
            for owner in c.items.iter().filter_map(|t| t.owner.as_ref()) {
                if let Some(p) = party(owner)
                    && !is_system_user(&p.id.0)
                    && !found.contains(&p.id.0)
                {
                    found.push(p.id.0.clone());
                    agents.push(Agent {
                        id: p.id,
                        name: p.name,
                        email: p.email,
                    });
                }
            }
            // A short page was every owned ticket left; a page of no one new ends it too (should
            // RT ever skip a clause).
            if found.len() == before || c.items.len() < OWNERS_PER_ROUND as usize {
                break;
            }
        }
        Ok(agents)
    }

    /// A customer with the fields the customer panel shows: by name a search that sends only
    /// those (the user's record is half as big again); RT 5.0 cannot search users by number.
    async fn user_shown(&self, who: &str) -> Result<wire::User> {
        if is_number(who) {
            return self.get(&format!("user/{}", segment(who)), &[]).await;
        }
        let query = json!([{"field": "Name", "value": who}]).to_string();
        let found = self
            .get::<wire::Collection<wire::User>>(
                "users",
                &[
                    ("query", &query),
                    ("fields", CUSTOMER_FIELDS),
                    ("per_page", "1"),
                ],
            )
            .await;
        match found {
            Ok(c) => {
                if let Some(u) = c
                    .items
                    .into_iter()
                    .find(|u| u.name.eq_ignore_ascii_case(who))
                {
                    return Ok(u);
                }
            }
            Err(e) if !matches!(e.kind, ErrorKind::Permission | ErrorKind::NotFound) => {
                return Err(e);
            }
            Err(_) => {}
        }
        // Not found so (or searching users is not allowed here): the record says which.
        self.get(&format!("user/{}", segment(who)), &[]).await
    }

    /// Message bodies and file names of the given transactions, from the ticket's attachment
    /// rows: one listing per 100 transactions (paged), then one request for the chosen bodies.
    async fn message_parts(&self, ticket: u64, txns: &[u64]) -> Result<HashMap<String, Parts>> {
        let path = format!("ticket/{ticket}/attachments");
        let wanted: HashSet<String> = txns.iter().map(u64::to_string).collect();
        let mut rows: Vec<wire::Attachment> = Vec::new();
        for chunk in txns.chunks(PER_PAGE as usize) {
            let query =
                json!([{"field": "TransactionId", "operator": "IN", "value": chunk}]).to_string();
            for page in 1..=MAX_ATTACHMENT_PAGES {
                let p = page.to_string();
                let c: wire::Collection<wire::Attachment> = self
                    .get(
                        &path,
                        &[
                            ("query", &query),
                            ("fields", "TransactionId,ContentType,Filename,ContentLength"),
                            ("orderby", "id"),
                            ("order", "ASC"),
                            ("per_page", "100"),
                            ("page", &p),
                        ],
                    )
                    .await?;
                let more = has_more(&c, page);
                rows.extend(c.items);
                if !more {
                    break;
                }
            }
        }
        // RT skips a JSON clause it cannot search instead of failing; never trust it blindly.
        rows.retain(|a| wanted.contains(&a.transaction_id));
        rows.sort_by_key(|a| a.id.parse::<u64>().unwrap_or(u64::MAX));

        let mut parts: HashMap<String, Parts> = HashMap::new();
        for a in &rows {
            let entry = parts.entry(a.transaction_id.clone()).or_default();
            if !a.filename.trim().is_empty() {
                let kind = mime_type(&a.content_type);
                entry.files.push(Attachment {
                    name: a.filename.trim().to_string(),
                    size: a.content_length,
                    content_type: (!kind.is_empty()).then_some(kind),
                    source: a.id.clone(),
                });
                continue;
            }
            let kind = mime_type(&a.content_type);
            let better = match (&entry.body, kind.as_str()) {
                (None, "text/plain" | "text/html") => true,
                (Some(b), "text/plain") => b.html,
                _ => false,
            };
            if better {
                entry.body = Some(Body {
                    attachment: a.id.clone(),
                    html: kind == "text/html",
                    size: a.content_length.unwrap_or(0),
                    text: None,
                });
            }
        }

        let fetch: Vec<u64> = parts
            .values()
            .filter_map(|p| p.body.as_ref())
            .filter(|b| b.size <= MAX_BODY_BYTES)
            .filter_map(|b| b.attachment.parse().ok())
            .collect();
        let wanted_ids: HashSet<String> = fetch.iter().map(u64::to_string).collect();
        let mut contents: HashMap<String, String> = HashMap::new();
        for chunk in fetch.chunks(PER_PAGE as usize) {
            let query = json!([{"field": "id", "operator": "IN", "value": chunk}]).to_string();
            let c: wire::Collection<wire::Attachment> = self
                .get(
                    &path,
                    &[
                        ("query", &query),
                        ("fields", "TransactionId,Content"),
                        ("per_page", "100"),
                    ],
                )
                .await?;
            for a in c.items {
                if wanted_ids.contains(&a.id) {
                    contents.insert(a.id, a.content.unwrap_or_default());
                }
            }
        }
        for p in parts.values_mut() {
            if let Some(b) = p.body.as_mut() {
                b.text = contents.remove(&b.attachment);
            }
        }
        Ok(parts)
    }

    /// The enabled articles with their name and custom fields (the `Content` field is the text),
    /// of one class, or of all with a reference to their class.
    async fn articles_of(&self, class: Option<&str>) -> Result<Vec<wire::Article>> {
        let query = enabled_articles(class);
        let fields = if class.is_some() {
            "Name,CustomFields"
        } else {
            "Name,Class,CustomFields"
        };
        let mut articles = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Article> = self
                .get(
                    "articles",
                    &[
                        ("query", &query),
                        ("fields", fields),
                        ("per_page", "100"),
                        ("page", &p),
                    ],
                )
                .await?;
            let more = has_more(&c, page);
            articles.extend(c.items);
            if !more {
                break;
            }
        }
        Ok(articles)
    }

    async fn default_queue(&self) -> Result<String> {
        let queues = self.queues().await?;
        if queues.iter().any(|q| q == "General") {
            return Ok("General".into());
        }
        queues.into_iter().next().ok_or_else(|| {
            HelpdeskError::new(
                ErrorKind::Permission,
                "no RT queue is visible to this user to create the ticket in",
            )
        })
    }

    async fn tickets_where(
        &self,
        sql: &str,
        per_page: u64,
        fields: &[(&str, &str)],
        order: &[(&str, &str)],
    ) -> Result<Vec<Ticket>> {
        let c = self.ticket_page(sql, 1, per_page, fields, order).await?;
        Ok(c.items.into_iter().map(ticket_of).collect())
    }
}

#[derive(Default)]
struct Parts {
    body: Option<Body>,
    files: Vec<Attachment>,
}

struct Body {
    attachment: String,
    html: bool,
    size: u64,
    text: Option<String>,
}

impl Body {
    fn render(&self) -> String {
        match &self.text {
            Some(t) if self.html => crate::html::to_text(t),
            Some(t) => t.trim_end().to_string(),
            None => format!(
                "(message body of {} KiB not shown; open the ticket in RT to read it)",
                self.size.div_ceil(1024)
            ),
        }
    }
}

/// `segment.page.size`, as `view_page` writes it.
fn parse_cursor(c: &str) -> Option<(usize, u64, u64)> {
    let mut parts = c.trim().split('.');
    let cursor = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    parts.next().is_none().then_some(cursor)
}

/// More pages after `page`? Uses `pages` when RT knows the total; when it does not (the user
/// cannot see every result, so pages can come back short), keeps going until a page is empty.
fn has_more<T>(c: &wire::Collection<T>, page: u64) -> bool {
    match (c.total, c.pages) {
        (Some(_), Some(pages)) => page < pages,
        _ => !c.items.is_empty() && c.per_page.is_none_or(|p| p > 0),
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

fn first_line(s: &str) -> String {
    let line = s
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    // "... at /usr/share/request-tracker5/lib/RT/Tickets.pm line 3187."
    match line.find(" at /") {
        Some(i) => line[..i].trim().to_string(),
        None => line.to_string(),
    }
}

/// The JSON query for enabled articles, of one class if given.
fn enabled_articles(class: Option<&str>) -> String {
    let mut q = vec![json!({"field": "Disabled", "value": 0})];
    if let Some(id) = class {
        let value = id.parse::<u64>().map_or_else(|_| json!(id), |n| json!(n));
        q.push(json!({"field": "Class", "value": value}));
    }
    Value::Array(q).to_string()
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

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_system_user(name: &str) -> bool {
    matches!(name, "RT_System" | "Nobody" | "")
}

fn nonempty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// RT's ISO-8601 UTC times; `1970-01-01T00:00:00Z` means "not set".
fn rt_time(s: &str) -> Option<Timestamp> {
    let t: Timestamp = s.trim().parse().ok()?;
    (t != Timestamp::UNIX_EPOCH).then_some(t)
}

/// `text/plain; charset=utf-8` → `text/plain`.
fn mime_type(ct: &str) -> String {
    ct.split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The token's owner: RT auth tokens read `1-<user id>-<32 hex>` (RT::AuthToken::ParseAuthString).
fn token_user(token: &str) -> Option<String> {
    let mut parts = token.trim().splitn(3, '-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("1"), Some(uid), Some(_)) if is_number(uid) => Some(uid.to_string()),
        _ => None,
    }
}

/// `Requestor.id = 33` for a numeric id, else `Requestor.Name = 'alice@example.com'`.
fn requestor_clause(customer: &Id) -> String {
    let c = customer.0.trim();
    if is_number(c) {
        format!("Requestor.id = {c}")
    } else {
        format!("Requestor.Name = {}", quote(c))
    }
}

/// TicketSQL for free text: every word (up to 8) must appear in the subject or a message (or, for
/// words with `@`, a requestor's address); a lone number or `#number` also matches that ticket.
pub fn search_sql(q: &str) -> Option<String> {
    let words: Vec<&str> = q.split_whitespace().take(8).collect();
    if words.is_empty() {
        return None;
    }
    let clauses: Vec<String> = words
        .iter()
        .map(|w| {
            let v = quote(w);
            let mut c = format!("Subject LIKE {v} OR Content LIKE {v}");
            if w.contains('@') {
                c.push_str(&format!(" OR Requestor.EmailAddress LIKE {v}"));
            }
            format!("( {c} )")
        })
        .collect();
    let text = clauses.join(" AND ");
    match words.as_slice() {
        [one] if is_number(one.trim_start_matches('#')) => {
            Some(format!("id = {} OR {text}", one.trim_start_matches('#')))
        }
        _ => Some(text),
    }
}

pub fn status_of(raw: &str) -> Status {
    let category = match raw.to_ascii_lowercase().as_str() {
        "new" => StatusCategory::New,
        "open" => StatusCategory::Open,
        "stalled" => StatusCategory::OnHold,
        "resolved" => StatusCategory::Solved,
        "rejected" | "deleted" => StatusCategory::Closed,
        _ => StatusCategory::Other,
    };
    Status {
        category,
        raw: raw.to_string(),
        label: raw.to_string(),
    }
}

/// RT's default lifecycle (REST2 in RT 5.0 does not list lifecycles) and priority bands.
pub fn rt_vocabulary() -> Vocabulary {
    Vocabulary {
        statuses: ["new", "open", "stalled", "resolved", "rejected", "deleted"]
            .into_iter()
            .map(status_of)
            .collect(),
        priorities: ["0", "25", "50", "100"]
            .into_iter()
            .filter_map(priority_of)
            .collect(),
    }
}

/// RT's numeric priority in bands (REST2 does not expose `PriorityAsString`).
pub fn priority_of(raw: &str) -> Option<Priority> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let Ok(n) = raw.parse::<i64>() else {
        return Some(Priority {
            level: None,
            raw: raw.to_string(),
            label: raw.to_string(),
            rank: 0,
        });
    };
    let (level, label, rank) = match n {
        i64::MIN..=24 => (PriorityLevel::Low, "low", 1),
        25..=49 => (PriorityLevel::Normal, "normal", 2),
        50..=74 => (PriorityLevel::High, "high", 3),
        _ => (PriorityLevel::Urgent, "urgent", 4),
    };
    Some(Priority {
        level: Some(level),
        raw: n.to_string(),
        label: label.to_string(),
        rank,
    })
}

/// The number to write for a priority: a number as is, or a band's word.
pub fn rt_priority(wanted: &str) -> Result<i64> {
    let w = wanted.trim().to_ascii_lowercase();
    if let Ok(n) = w.parse::<i64>() {
        return Ok(n);
    }
    match w.as_str() {
        "low" => Ok(0),
        "normal" | "medium" => Ok(25),
        "high" => Ok(50),
        "urgent" => Ok(100),
        _ => Err(invalid(format!(
            "RT priorities are numbers or low/normal/high/urgent, not {wanted:?}"
        ))),
    }
}

fn sla_state(category: StatusCategory) -> SlaState {
    match category {
        StatusCategory::OnHold | StatusCategory::Pending => SlaState::Paused,
        StatusCategory::Solved | StatusCategory::Closed => SlaState::Achieved,
        _ => SlaState::Active,
    }
}

/// From a user custom field "Tier" (VIP, loyal, standard, new); Standard when absent.
fn tier_of(custom_fields: &[wire::CustomFieldValues]) -> Tier {
    tier_field(custom_fields).unwrap_or(Tier::Standard)
}

/// The "Tier" user custom field, when it has a value.
fn tier_field(custom_fields: &[wire::CustomFieldValues]) -> Option<Tier> {
    let value = custom_fields
        .iter()
        .find(|cf| cf.name.eq_ignore_ascii_case("tier"))
        .and_then(|cf| cf.first())?
        .to_ascii_lowercase();
    Some(match value.as_str() {
        "vip" => Tier::Vip,
        "loyal" => Tier::Loyal,
        "new" => Tier::New,
        _ => Tier::Standard,
    })
}

/// A user reference as a party; `None` for RT's "Nobody" (no owner).
fn party(u: &wire::UserRef) -> Option<PartyRef> {
    let name = u
        .name
        .as_deref()
        .and_then(nonempty)
        .or_else(|| nonempty(&u.id))?;
    if name == "Nobody" {
        return None;
    }
    Some(PartyRef {
        name: u
            .real_name
            .as_deref()
            .and_then(nonempty)
            .unwrap_or_else(|| name.clone()),
        email: u.email_address.as_deref().and_then(nonempty),
        id: Id(name),
    })
}

fn agent_of(u: wire::User) -> Agent {
    let name = nonempty(&u.name).unwrap_or_else(|| u.id.clone());
    Agent {
        name: nonempty(&u.real_name).unwrap_or_else(|| name.clone()),
        email: nonempty(&u.email_address),
        id: Id(name),
    }
}

fn ticket_of(t: wire::Ticket) -> Ticket {
    let status = status_of(&t.status);
    let sla = rt_time(&t.due)
        .map(|due| {
            vec![SlaTarget {
                metric: SlaMetric::Resolution,
                due_at: Some(due),
                state: sla_state(status.category),
            }]
        })
        .unwrap_or_default();
    let channel = t
        .custom_fields
        .iter()
        .find(|cf| cf.name.eq_ignore_ascii_case("channel"))
        .and_then(|cf| cf.first())
        .map(|v| crate::zendesk::channel_of(&v.to_ascii_lowercase()))
        .unwrap_or(Channel::Email);
    let created_at = rt_time(&t.created).unwrap_or(crate::UNKNOWN_TIME);
    Ticket {
        id: Id(t.id),
        subject: t.subject,
        priority: priority_of(&t.priority),
        channel,
        requester: t.requestor.iter().find_map(party),
        requester_tier: t
            .requestor
            .iter()
            .find_map(|r| tier_field(&r.custom_fields)),
        organization: t
            .requestor
            .iter()
            .find_map(|r| r.organization.as_deref().and_then(nonempty)),
        assignee: t.owner.as_ref().and_then(party),
        group: t.queue.and_then(|q| q.name).and_then(|n| nonempty(&n)),
        tags: vec![],
        created_at,
        updated_at: rt_time(&t.last_updated).unwrap_or(created_at),
        status,
        sla,
        // RT has no satisfaction ratings.
        satisfaction: None,
    }
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
            changes_since: false,
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

    async fn views(&self) -> Result<Vec<View>> {
        let mut views = vec![
            View {
                id: Id(VIEW_MY_OPEN.into()),
                name: "My open tickets".into(),
            },
            View {
                id: Id(VIEW_UNOWNED.into()),
                name: "Unowned open tickets".into(),
            },
            View {
                id: Id(VIEW_ALL_OPEN.into()),
                name: "All open tickets".into(),
            },
        ];
        for queue in self.queues().await? {
            views.push(View {
                id: Id(format!(
                    "Queue = {} AND Status = '__Active__'",
                    quote(&queue)
                )),
                name: format!("Queue: {queue} — open"),
            });
        }
        match self.saved_searches().await {
            Ok(saved) => views.extend(saved),
            // Without ShowSavedSearches the list is just shorter.
            Err(e) if matches!(e.kind, ErrorKind::Permission | ErrorKind::NotFound) => {}
            Err(e) => return Err(e),
        }
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
    /// pages keep that size so that they do not overlap. The cursor is `segment.page.size`.
    async fn view_page(
        &self,
        view: &Id,
        cursor: Option<&str>,
        want: usize,
    ) -> Result<Page<Ticket>> {
        let sized = |want: usize| (want as u64).clamp(1, PER_PAGE);
        let (segment, page, per_page) = match cursor {
            None => (0, 1, sized(want)),
            Some(c) => {
                let (segment, page, size) = parse_cursor(c)
                    .filter(|(s, p, n)| {
                        *s < SEGMENTS.len() && *p >= 1 && (1..=PER_PAGE).contains(n)
                    })
                    .ok_or_else(|| invalid(format!("bad page cursor {c:?}")))?;
                (segment, page, if page == 1 { sized(want) } else { size })
            }
        };
        let (clause, order) = SEGMENTS[segment];
        let sql = format!("( {} ) AND {clause}", view.0.trim());
        let c = self.ticket_page(&sql, page, per_page, LIST, order).await?;
        let next = if has_more(&c, page) {
            Some(format!("{segment}.{}.{per_page}", page + 1))
        } else if segment + 1 < SEGMENTS.len() {
            Some(format!("{}.1.{per_page}", segment + 1))
        } else {
            None
        };
        Ok(Page {
            skipped: c.items.skipped,
            items: c.items.into_iter().map(ticket_of).collect(),
            next,
        })
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
        let n = parse_ticket_id(ticket)?;
        // The version first: if the ticket changes while we read, a later write is refused.
        // RT answers for a merged ticket with the one it was merged into, history included.
        self.load_etag(n).await?;
        let effective = n;
        let types =
            json!([{"field": "Type", "operator": "IN", "value": MESSAGE_TYPES}]).to_string();
        let path = format!("ticket/{effective}/history");
        let mut txns: Vec<wire::Transaction> = Vec::new();
        let mut total = None;
        let mut truncated = false;
        for page in 1..=MAX_HISTORY_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Transaction> = self
                .get(
                    &path,
                    &[
                        ("query", &types),
                        ("fields", "Type,Created,Creator"),
                        ("fields[Creator]", PERSON_FIELDS),
                        ("orderby", "id"),
                        ("order", "DESC"),
                        ("per_page", "100"),
                        ("page", &p),
                    ],
                )
                .await?;
            let more = has_more(&c, page);
            total = c.total;
            txns.extend(
                c.items
                    .into_iter()
                    .filter(|t| MESSAGE_TYPES.contains(&t.kind.as_str())),
            );
            if !more {
                break;
            }
            if page == MAX_HISTORY_PAGES {
                truncated = true;
            }
        }
        txns.sort_by_key(|t| t.id.parse::<u64>().unwrap_or(0));
        let ids: Vec<u64> = txns.iter().filter_map(|t| t.id.parse().ok()).collect();
        let mut parts = self.message_parts(effective, &ids).await?;

        let mut out = Vec::with_capacity(txns.len() + 1);
        if truncated && let Some(first) = txns.first() {
            out.push(Message {
                id: Id(format!("{effective}-truncated")),
                author: None,
                visibility: Visibility::Internal,
                channel: None,
                created_at: rt_time(&first.created).unwrap_or(crate::UNKNOWN_TIME),
                body: format!(
                    "tix shows the latest {}{} messages; the older ones are in RT: {}/Ticket/Display.html?id={effective}",
                    txns.len(),
                    total.map_or_else(String::new, |t| format!(" of {t}")),
                    self.base
                ),
                attachments: vec![],
                stored_digest: None,
            });
        }
        for t in txns {
            let p = parts.remove(&t.id).unwrap_or_default();
            out.push(Message {
                author: t.creator.as_ref().and_then(party),
                visibility: if t.kind == "Comment" {
                    Visibility::Internal
                } else {
                    Visibility::Public
                },
                channel: None,
                created_at: rt_time(&t.created).unwrap_or(crate::UNKNOWN_TIME),
                body: p.body.as_ref().map(Body::render).unwrap_or_default(),
                stored_digest: p
                    .body
                    .as_ref()
                    .and_then(|b| b.text.as_deref())
                    .map(crate::text_digest),
                attachments: p.files,
                id: Id(t.id),
            });
        }
        Ok(out)
    }

    async fn customer(&self, id: &Id) -> Result<Customer> {
        let user = self.user_shown(id.0.trim()).await?;
        let key = if is_number(&user.id) {
            Id(user.id.clone())
        } else {
            id.clone()
        };
        // The count is extra: a failed search leaves it out (and says so).
        let mut missing = vec![];
        let lifetime_tickets = match self.count(&requestor_clause(&key)).await {
            Ok(n) => n,
            Err(e) => {
                tracing::warn!("rt: a user's ticket count: {:?}", e.kind);
                missing.push(crate::Missing::TicketCount);
                None
            }
        };
        let name = nonempty(&user.name).unwrap_or_else(|| id.0.clone());
        Ok(Customer {
            tier: tier_of(&user.custom_fields),
            phone: [&user.work_phone, &user.mobile_phone, &user.home_phone]
                .into_iter()
                .find_map(|p| nonempty(p)),
            organization: nonempty(&user.organization).map(|org| Organization {
                id: Id(org.clone()),
                name: org,
                domains: vec![],
            }),
            email: nonempty(&user.email_address),
            created_at: rt_time(&user.created).unwrap_or(crate::UNKNOWN_TIME),
            name: nonempty(&user.real_name).unwrap_or_else(|| name.clone()),
            id: Id(name),
            lifetime_tickets,
            missing,
            locale: nonempty(&user.lang),
        })
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
        // Class names for folders; without the right to see classes, no folders.
        let classes: Option<Vec<(String, String)>> = self
            .get::<wire::Collection<wire::Class>>(
                "classes/all",
                &[("fields", "Name"), ("per_page", "100")],
            )
            .await
            .ok()
            .map(|c| c.items.into_iter().map(|c| (c.id, c.name)).collect());
        let by_class = match &classes {
            Some(list) if !list.is_empty() && list.len() <= MAX_CLASS_QUERIES => {
                // A query per class: an article then carries no reference to its class (a
                // sixth of its bytes). The count beside says whether they found every article
                // (one in a class out of sight is not); if not, one query with the classes.
                let every = enabled_articles(None);
                let count = [("query", every.as_str()), ("per_page", "1")];
                let (lists, all) = tokio::join!(
                    futures_util::future::join_all(
                        list.iter().map(|(id, _)| self.articles_of(Some(id)))
                    ),
                    self.get::<wire::Collection<wire::Ref>>("articles", &count)
                );
                let mut found = Vec::new();
                for ((_, name), list) in list.iter().zip(lists) {
                    found.extend(list?.into_iter().map(|a| (a, nonempty(name))));
                }
                match all?.total {
                    Some(total) if total as usize > found.len() => None,
                    _ => Some(found),
                }
            }
            _ => None,
        };
        let articles: Vec<(wire::Article, Option<String>)> = match by_class {
            Some(found) => found,
            None => {
                let names: HashMap<String, String> =
                    classes.unwrap_or_default().into_iter().collect();
                self.articles_of(None)
                    .await?
                    .into_iter()
                    .map(|a| {
                        let folder = a.class.as_ref().and_then(|c| names.get(&c.id).cloned());
                        (a, folder)
                    })
                    .collect()
            }
        };
        Ok(articles
            .into_iter()
            .filter_map(|(a, folder)| {
                let body = a
                    .custom_fields
                    .iter()
                    .find(|cf| cf.name == "Content")
                    .and_then(|cf| cf.first())?;
                // RT requires an article's name.
                let title = nonempty(&a.name)?;
                Some(CannedResponse {
                    kind: CannedKind::Text,
                    id: Id(a.id),
                    title,
                    folder,
                    // The Content field is plain text in RT 5.0, HTML where a site made it so.
                    body: if crate::html::looks_like_html(&body) {
                        crate::html::to_text(&body)
                    } else {
                        body
                    },
                    syntax: PlaceholderSyntax::DoubleBrace,
                    sets_status: None,
                    language: None,
                })
            })
            .collect())
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
                id: Id(q.clone()),
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
        let words: Vec<&str> = query
            .split_whitespace()
            .filter(|w| !crate::words::terms(w).is_empty())
            .take(8)
            .collect();
        if words.is_empty() {
            return Ok(Some(vec![]));
        }
        let per_page = (KB_LIMIT * 3).to_string();
        let mut found: Vec<wire::Article> = Vec::new();
        for field in ["Name", "Summary"] {
            let mut q: Vec<Value> = words
                .iter()
                .map(|w| json!({"field": field, "operator": "LIKE", "value": w}))
                .collect();
            q.push(json!({"field": "Disabled", "value": 0}));
            let c: wire::Collection<wire::Article> = self
                .get(
                    "articles",
                    &[
                        ("query", &Value::Array(q).to_string()),
                        ("fields", "Name,Summary"),
                        ("per_page", &per_page),
                    ],
                )
                .await?;
            for a in c.items {
                if !found.iter().any(|f| f.id == a.id) {
                    found.push(a);
                }
            }
        }
        let terms = crate::words::terms(query);
        let mut ranked: Vec<(u32, wire::Article)> = found
            .into_iter()
            .map(|a| {
                let s = crate::words::score(&terms, &a.name, &[], &a.summary);
                (s, a)
            })
            .collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
        Ok(Some(
            ranked
                .into_iter()
                .take(KB_LIMIT)
                .map(|(_, a)| ArticleHit {
                    url: Some(self.article_url(&a.id)),
                    title: nonempty(&a.name).unwrap_or_else(|| format!("article {}", a.id)),
                    id: Id(a.id),
                    section: None,
                    snippet: a.summary,
                })
                .collect(),
        ))
    }

    async fn kb_article(&self, id: &Id) -> Result<Option<Article>> {
        let n = rest::parse_id(id, "article", "RT")?;
        let a: wire::Article = self
            .get(&format!("article/{n}"), &[])
            .await
            .map_err(|e| rest::not_found_as(e, "article", n, "RT"))?;
        let body = a
            .custom_fields
            .iter()
            .find(|cf| cf.name == "Content")
            .and_then(|cf| cf.first())
            .unwrap_or_default();
        let body = if body.trim().is_empty() {
            a.summary.clone()
        } else {
            body
        };
        Ok(Some(Article {
            url: Some(self.article_url(&a.id)),
            title: nonempty(&a.name).unwrap_or_else(|| format!("article {}", a.id)),
            section: nonempty(&a.summary),
            // The Content field is plain text in RT 5.0, HTML where a site made it so.
            html: crate::html::looks_like_html(&body),
            body,
            id: Id(a.id),
            updated_at: a.last_updated,
        }))
    }

    async fn search(&self, query: &str) -> Result<Vec<Ticket>> {
        let Some(sql) = search_sql(query) else {
            return Ok(vec![]);
        };
        self.tickets_where(&sql, SEARCH_RESULTS, LIST, NEWEST_UPDATED)
            .await
    }

    async fn update(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        let n = parse_ticket_id(ticket)?;
        let status = patch.status.as_deref().map(|s| s.trim().to_string());
        let priority = patch.priority.as_deref().map(rt_priority).transpose()?;
        // An empty assignee unassigns: RT's owner "Nobody".
        let owner = patch.assignee.as_ref().map(|a| match a.0.trim() {
            "" => "Nobody".to_string(),
            o => o.to_string(),
        });
        // Groups are queues, by name (as `groups()` and `Ticket.group` give them).
        let queue = patch
            .group
            .as_ref()
            .map(|g| g.0.trim().to_string())
            .filter(|q| !q.is_empty());
        // RT keeps dates in UTC ("YYYY-MM-DD HH:MM:SS"); a date set so is read back unchanged.
        let starts = patch
            .pending_until
            .map(|at| at.strftime("%Y-%m-%d %H:%M:%S").to_string());
        let mut lines: Vec<String> = Vec::new();
        self.check_expected(n, patch.expected).await?;

        if status.is_some()
            || priority.is_some()
            || owner.is_some()
            || queue.is_some()
            || starts.is_some()
        {
            let etag = match self.cached_etag(n) {
                Some(e) => e,
                None => {
                    self.load_etag(n).await?;
                    self.cached_etag(n).unwrap_or_default()
                }
            };
            // With a message, the status goes with it: a reply reopens a resolved ticket
            // (RT's "On Correspond Open Inactive Tickets" scrip), so it must be set after. The PUT
            // still carries If-Match, even if empty, so a stale ticket is refused before anything.
            let body = wire::TicketUpdate {
                status: if patch.message.is_some() {
                    None
                } else {
                    status.clone()
                },
                priority,
                owner: owner.clone(),
                queue: queue.clone(),
                starts,
            };
            let mut rb = self
                .request(Method::PUT, &format!("ticket/{n}"))
                .json(&body);
            if !etag.is_empty() {
                rb = rb.header(reqwest::header::IF_MATCH, etag);
            }
            let answer = self.send(rb, false).await.map_err(|e| not_found_as(e, n))?;
            lines.extend(wire::result_lines(&answer.json::<Value>()?));
        }

        if let Some(m) = &patch.message {
            let path = match m.visibility {
                Visibility::Public => "correspond",
                Visibility::Internal => "comment",
            };
            let body = wire::NewMessage {
                content: m.body.clone(),
                content_type: "text/plain",
                status: status.clone(),
            };
            let sent = self
                .send(
                    self.request(Method::POST, &format!("ticket/{n}/{path}"))
                        .json(&body),
                    false,
                )
                .await;
            let answer = match sent {
                Ok(a) => a,
                // RT answers a message to a ticket that does not exist with 400 "Message could
                // not be recorded"; say NotFound when that is why.
                Err(e) if e.kind == ErrorKind::Invalid => {
                    self.load_etag(n).await?;
                    return Err(e);
                }
                Err(e) => return Err(not_found_as(e, n)),
            };
            lines.extend(wire::result_lines(
                &answer.json::<Value>().unwrap_or(Value::Null),
            ));
        }

        // RT answers refused field changes with 200 and a line of text, in the user's language;
        // read the ticket back and compare instead of parsing prose.
        let t = self.ticket(ticket).await?;
        let mut unapplied = Vec::new();
        if let Some(s) = &status
            && !t.status.raw.eq_ignore_ascii_case(s)
        {
            unapplied.push(format!("status is {} (wanted {s})", t.status.raw));
        }
        if let Some(p) = priority
            && t.priority.as_ref().map(|x| x.raw.as_str()) != Some(p.to_string().as_str())
        {
            unapplied.push(format!("priority was not set to {p}"));
        }
        if let Some(o) = &owner
            && !is_number(o)
            && !t
                .assignee
                .as_ref()
                .is_some_and(|a| a.id.0.eq_ignore_ascii_case(o))
            && !(o == "Nobody" && t.assignee.is_none())
        {
            unapplied.push(format!("owner was not set to {o}"));
        }
        if let Some(q) = &queue
            && !is_number(q)
            && !t.group.as_ref().is_some_and(|g| g.eq_ignore_ascii_case(q))
        {
            unapplied.push(format!("not moved to queue {q}"));
        }
        if !unapplied.is_empty() {
            let said: Vec<&String> = lines
                .iter()
                .filter(|l| !l.contains(" changed from ") && !l.contains(" added"))
                .collect();
            let reason = if said.is_empty() {
                unapplied.join("; ")
            } else {
                said.iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            return Err(invalid(
                format!("RT did not apply it: {reason}")
                    .chars()
                    .take(300)
                    .collect::<String>(),
            ));
        }
        Ok(t)
    }

    async fn create(&self, new: &NewTicket) -> Result<Ticket> {
        let priority = new.priority.as_deref().map(rt_priority).transpose()?;
        let body = wire::NewTicket {
            queue: self.default_queue().await?,
            subject: new.subject.clone(),
            content: new.body.clone(),
            content_type: "text/plain",
            requestor: new
                .requester
                .as_ref()
                .map(|r| r.0.trim().to_string())
                .filter(|r| !r.is_empty()),
            priority,
        };
        let answer = self
            .send(self.request(Method::POST, "ticket").json(&body), false)
            .await?;
        let created: Value = answer.json()?;
        let id = created
            .get("id")
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .filter(|s| is_number(s))
            .ok_or_else(|| {
                let said = wire::result_lines(&created).join("; ");
                HelpdeskError::new(
                    ErrorKind::Protocol,
                    format!("RT created no ticket id: {said}")
                        .chars()
                        .take(200)
                        .collect::<String>(),
                )
            })?;
        self.ticket(&Id(id)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn errors_become_one_line() {
        let body = br#"{"message":"Wrong query, expecting a AGGREGATOR in 'x'\n at /usr/share/request-tracker5/lib/RT/Tickets.pm line 3187.\n"}"#;
        assert_eq!(
            describe_error(StatusCode::BAD_REQUEST, body),
            "Wrong query, expecting a AGGREGATOR in 'x', HTTP 400"
        );
        let body = br#"{"message":"No permission to create tickets in the queue 'Nope'"}"#;
        assert_eq!(
            describe_error(StatusCode::FORBIDDEN, body),
            "No permission to create tickets in the queue 'Nope', HTTP 403"
        );
        assert!(describe_error(StatusCode::PRECONDITION_FAILED, b"{}").contains("reload"));
        assert_eq!(
            describe_error(StatusCode::BAD_GATEWAY, b"<html>"),
            "HTTP 502"
        );
    }

    #[test]
    fn statuses_map_both_ways() {
        let kind = |s, after: Option<u64>| {
            rest::error_of(s, after.map(Duration::from_secs), b"{}", &DIALECT).kind
        };
        assert_eq!(
            kind(StatusCode::SERVICE_UNAVAILABLE, Some(5)),
            ErrorKind::RateLimited
        );
        assert_eq!(
            kind(StatusCode::SERVICE_UNAVAILABLE, None),
            ErrorKind::Server
        );
        assert_eq!(
            kind(StatusCode::PRECONDITION_FAILED, None),
            ErrorKind::Conflict
        );
        assert_eq!(kind(StatusCode::GONE, None), ErrorKind::NotFound);
        assert_eq!(status_of("stalled").category, StatusCategory::OnHold);
        assert_eq!(status_of("rejected").category, StatusCategory::Closed);
        assert_eq!(status_of("resolved").category, StatusCategory::Solved);
        assert_eq!(status_of("triage").category, StatusCategory::Other);
        // tix's words reach RT as RT's own, through the vocabulary.
        let v = rt_vocabulary();
        assert_eq!(v.status("pending").unwrap().raw, "stalled");
        assert_eq!(v.status("hold").unwrap().raw, "stalled");
        assert_eq!(v.status("solved").unwrap().raw, "resolved");
        assert_eq!(v.status("Open").unwrap().raw, "open");
        assert_eq!(v.priority("high").unwrap().raw, "50");
    }

    #[test]
    fn priorities_are_banded() {
        let p = |s: &str| priority_of(s).unwrap();
        assert_eq!(p("0").level, Some(PriorityLevel::Low));
        assert_eq!(p("24").label, "low");
        assert_eq!(p("25").level, Some(PriorityLevel::Normal));
        assert_eq!(p("50").label, "high");
        assert_eq!(p("99").rank, 4);
        assert_eq!(p("x").level, None);
        assert!(priority_of("").is_none());
        for word in ["low", "normal", "high", "urgent"] {
            assert_eq!(p(&rt_priority(word).unwrap().to_string()).label, word);
        }
        assert_eq!(rt_priority("70").unwrap(), 70);
        assert_eq!(rt_priority("asap").unwrap_err().kind, ErrorKind::Invalid);
    }

    #[test]
    fn search_text_becomes_ticketsql() {
        assert_eq!(search_sql("  "), None);
        assert_eq!(
            search_sql("it's").unwrap(),
            r"( Subject LIKE 'it\'s' OR Content LIKE 'it\'s' )"
        );
        assert_eq!(
            search_sql("#42").unwrap(),
            "id = 42 OR ( Subject LIKE '#42' OR Content LIKE '#42' )"
        );
        assert!(
            search_sql("bob@example.net refund")
                .unwrap()
                .contains("Requestor.EmailAddress LIKE 'bob@example.net' )")
        );
        assert_eq!(
            requestor_clause(&Id("o'neil@x".into())),
            r"Requestor.Name = 'o\'neil@x'"
        );
        assert_eq!(requestor_clause(&Id("33".into())), "Requestor.id = 33");
    }

    #[test]
    fn tokens_name_their_user() {
        assert_eq!(
            token_user("1-14-24b8764c715fbd4a121c0a73e25a4b87").as_deref(),
            Some("14")
        );
        assert_eq!(token_user("abc"), None);
    }

    #[test]
    fn tickets_map() {
        let t: wire::Ticket = serde_json::from_value(json!({
            "id": "1", "Subject": "Cannot log in", "Status": "stalled", "Priority": "80",
            "Created": "2026-11-23T10:54:58Z", "LastUpdated": "2026-11-23T10:54:59Z",
            "Due": "2030-01-15T12:00:00Z",
            "Queue": {"id": "1", "type": "queue", "Name": "General"},
            "Owner": {"id": "Nobody", "Name": "Nobody", "RealName": "Nobody in particular"},
            "Requestor": [{"id": "alice@example.com", "Name": "alice@example.com",
                "RealName": "Alice Example", "EmailAddress": "alice@example.com",
                "Organization": "Acme Corp",
                "CustomFields": [{"name": "Tier", "type": "customfield", "values": ["VIP"]}]}],
            "CustomFields": [{"name": "Channel", "values": ["Phone"]}]
        }))
        .unwrap();
        let t = ticket_of(t);
        assert_eq!(t.status.category, StatusCategory::OnHold);
        assert_eq!(t.priority.unwrap().label, "urgent");
        assert!(t.assignee.is_none());
        let r = t.requester.unwrap();
        assert_eq!(
            (r.id.0.as_str(), r.name.as_str()),
            ("alice@example.com", "Alice Example")
        );
        assert_eq!(t.organization.as_deref(), Some("Acme Corp"));
        assert_eq!(t.requester_tier, Some(Tier::Vip));
        assert_eq!(t.satisfaction, None);
        assert_eq!(t.group.as_deref(), Some("General"));
        assert_eq!(t.channel, Channel::Phone);
        assert_eq!(t.sla.len(), 1);
        assert_eq!(t.sla[0].state, SlaState::Paused);
        let unset: wire::Ticket =
            serde_json::from_value(json!({"id": 2, "Due": "1970-01-01T00:00:00Z"})).unwrap();
        let unset = ticket_of(unset);
        assert!(unset.sla.is_empty());
        assert_eq!(unset.requester_tier, None);
    }

    #[test]
    fn tiers_come_from_a_user_custom_field() {
        let cf = |v: &str| {
            vec![wire::CustomFieldValues {
                name: "Tier".into(),
                values: vec![json!(v)],
            }]
        };
        assert_eq!(tier_of(&cf("VIP")), Tier::Vip);
        assert_eq!(tier_of(&cf("loyal")), Tier::Loyal);
        assert_eq!(tier_of(&[]), Tier::Standard);
    }
}
