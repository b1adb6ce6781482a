//! The Zendesk Support API v2 adapter (also what the embedded demo helpdesk speaks).

pub mod wire;

use std::collections::HashMap;

use async_trait::async_trait;
use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;

use super::*;
use crate::Secret;
use crate::http;
use crate::rest::{self, Dialect, Rest};

/// Cursor page size: Zendesk's maximum.
const PAGE_SIZE: &str = "100";
const SIDELOADS: &str = "users,groups,organizations,slas";
/// The most ids `update_many` takes in one request.
pub const UPDATE_MANY_IDS: usize = 100;
/// How often, and how many times, an `update_many` job is polled before tix stops waiting.
const JOB_POLL: std::time::Duration = std::time::Duration::from_millis(300);
const JOB_POLLS: usize = 200;

pub enum Auth {
    None,
    /// `{email}/token:{token}` basic auth.
    ApiToken {
        email: String,
        token: Secret,
    },
    Bearer(Secret),
    /// OAuth: a Bearer access token that the session refreshes when it is about to expire or is
    /// refused (then the request is sent once more).
    OAuth(std::sync::Arc<dyn crate::rest::AccessTokens>),
}

pub struct Zendesk {
    base: String,
    /// Credentials, retries, the budget and conditional GETs (Zendesk does not document ETags;
    /// where they are absent nothing is kept).
    rest: Rest,
    /// Views are asked sorted by next SLA breach until the account refuses that sort (the column
    /// name is from Zendesk's documentation, unverified against a live account); then they come in
    /// the view's own order and `ordered_views` turns false.
    sorts_by_breach: std::sync::atomic::AtomicBool,
    /// The account's custom statuses, read once (before the first ticket is named), and why
    /// they could not be.
    custom: tokio::sync::OnceCell<(std::sync::Arc<CustomStatuses>, Option<HelpdeskError>)>,
}

/// Custom statuses by id: the status as tix names it, and whether it is its category's default
/// (`raw` is then the category's word, which Zendesk takes as that status).
type CustomStatuses = HashMap<u64, Status>;

/// How Zendesk's answers read: its name and its error bodies.
const DIALECT: Dialect = Dialect {
    name: "Zendesk",
    html_hint: None,
    describe: describe_error,
    kind: http::kind_of,
};

/// Kept for adapters written against the first layout.
pub use super::http::client as http_client;

impl Zendesk {
    pub fn new(base_url: &str, auth: Auth) -> Self {
        Self::with_client(base_url, auth, http_client())
    }

    /// With a client of one's own (tests use short timeouts).
    pub fn with_client(base_url: &str, auth: Auth, http: reqwest::Client) -> Self {
        let base = base_url.trim_end_matches('/').to_string();
        let auth = match auth {
            Auth::None => rest::Auth::None,
            Auth::ApiToken { email, token } => rest::Auth::Basic {
                user: format!("{email}/token"),
                password: token,
            },
            Auth::Bearer(token) => rest::Auth::Bearer(token),
            Auth::OAuth(session) => rest::Auth::OAuth(session),
        };
        Zendesk {
            rest: Rest::new(&format!("{base}/api/v2"), auth, http, DIALECT),
            base,
            sorts_by_breach: std::sync::atomic::AtomicBool::new(true),
            custom: tokio::sync::OnceCell::new(),
        }
    }

    /// The account's active custom statuses, read once per session. An account without them (or
    /// an agent who may not list them) has none; so has a session where reading them failed
    /// (asking again on every page would cost a request each, and retries when the server errs).
    async fn try_custom_statuses(&self) -> Result<std::sync::Arc<CustomStatuses>> {
        let (custom, failed) = self
            .custom
            .get_or_init(|| async {
                match self
                    .get::<wire::CustomStatusesPage>("custom_statuses.json", &[])
                    .await
                {
                    Ok(page) => (std::sync::Arc::new(custom_statuses_of(page)), None),
                    Err(e) => {
                        tracing::warn!(
                            "zendesk: no custom statuses ({:?}); the plain ones then",
                            e.kind
                        );
                        let none = e.kind == ErrorKind::NotFound;
                        (std::sync::Arc::default(), (!none).then_some(e))
                    }
                }
            })
            .await;
        match failed {
            Some(e) => Err(e.clone()),
            None => Ok(custom.clone()),
        }
    }

    /// The custom statuses for naming tickets: none while they cannot be read.
    async fn custom_statuses(&self) -> std::sync::Arc<CustomStatuses> {
        self.try_custom_statuses().await.unwrap_or_default()
    }

    /// One `update_many` request (≤100 ids) and its job polled to the end: each ticket's outcome.
    async fn update_chunk(&self, chunk: &[Id], body: &wire::TicketWrite) -> Vec<Result<()>> {
        let all = |e: HelpdeskError| chunk.iter().map(|_| Err(e.clone())).collect();
        let ids: Vec<u64> = match chunk.iter().map(parse_id).collect::<Result<_>>() {
            Ok(ids) => ids,
            Err(e) => return all(e),
        };
        let list = ids.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
        let rb = self
            .request(Method::PUT, "tickets/update_many.json")
            .query(&[("ids", list.as_str())])
            .json(body);
        let mut job = match self.send::<wire::JobStatusResponse>(rb, false).await {
            Ok(r) => r.job_status,
            Err(e) => return all(e),
        };
        let mut polls = 0;
        while matches!(job.status.as_str(), "queued" | "working") {
            polls += 1;
            if polls > JOB_POLLS {
                return all(HelpdeskError::new(
                    ErrorKind::Network,
                    format!("the bulk update (job {}) is still running", job.id),
                ));
            }
            tokio::time::sleep(JOB_POLL).await;
            match self
                .get::<wire::JobStatusResponse>(&format!("job_statuses/{}.json", job.id), &[])
                .await
            {
                Ok(r) => job = r.job_status,
                Err(e) => return all(e),
            }
        }
        if job.status != "completed" {
            let why = job.message.unwrap_or_else(|| format!("job {}", job.status));
            return all(HelpdeskError::new(ErrorKind::Server, why));
        }
        ids.iter()
            .map(|id| match job.results.iter().find(|r| r.id == Some(*id)) {
                Some(r) if r.success.unwrap_or(true) => Ok(()),
                Some(r) => Err(HelpdeskError::new(
                    ErrorKind::Invalid,
                    r.errors
                        .as_ref()
                        .map(|e| match e {
                            serde_json::Value::String(s) => s.clone(),
                            other => other.to_string(),
                        })
                        .or(r.details.clone())
                        .unwrap_or_else(|| "refused".into()),
                )),
                None => Err(HelpdeskError::new(
                    ErrorKind::Protocol,
                    "not in the bulk update's results",
                )),
            })
            .collect()
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.rest.request(method, path)
    }

    async fn send<T: DeserializeOwned>(&self, rb: RequestBuilder, idempotent: bool) -> Result<T> {
        self.rest.send(rb, idempotent).await?.json()
    }

    async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, &str)]) -> Result<T> {
        // A read whose answer came back cut or garbled is worth one more try, like a 5xx.
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self
                .send(self.request(Method::GET, path).query(query), true)
                .await
            {
                Err(e) if e.kind == ErrorKind::Protocol && attempt < 3 => {
                    tokio::time::sleep(http::backoff(attempt - 1)).await;
                }
                result => return result,
            }
        }
    }
}

/// One line from a Zendesk error body (`{"error": "...", "description": "..."}` or
/// `{"error": {"title", "message"}}`), falling back to the HTTP status.
fn describe_error(status: StatusCode, body: &[u8]) -> String {
    let parsed: Option<wire::ErrorBody> = serde_json::from_slice(body).ok();
    let detail = parsed.and_then(|b| {
        let from_error = match &b.error {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Object(o) => o
                .get("message")
                .or_else(|| o.get("title"))
                .and_then(|v| v.as_str())
                .map(str::to_string),
            _ => None,
        };
        match (from_error, b.description) {
            (Some(e), Some(d)) if !d.is_empty() => Some(format!("{d} ({e})")),
            (e, d) => e.or(d),
        }
    });
    let mut line = format!("HTTP {}", status.as_u16());
    if let Some(d) = detail {
        line = format!("{d}, {line}");
    }
    line.chars().take(200).collect()
}

fn parse_id(id: &Id) -> Result<u64> {
    rest::parse_id(id, "ticket", "Zendesk")
}

pub fn status_of(raw: &str) -> Status {
    let category = match raw {
        "new" => StatusCategory::New,
        "open" => StatusCategory::Open,
        "pending" => StatusCategory::Pending,
        "hold" => StatusCategory::OnHold,
        "solved" => StatusCategory::Solved,
        "closed" => StatusCategory::Closed,
        _ => StatusCategory::Other,
    };
    Status {
        category,
        raw: raw.to_string(),
        label: raw.to_string(),
    }
}

/// Custom statuses by id. A category's default is written as the category's word (`status`),
/// which Zendesk takes as that status; the others by id (`custom_status_id`).
fn custom_statuses_of(page: wire::CustomStatusesPage) -> CustomStatuses {
    page.custom_statuses
        .into_iter()
        .filter(|c| c.active)
        .filter_map(|c| {
            let category = status_of(&c.status_category).category;
            if category == StatusCategory::Other {
                return None;
            }
            let raw = if c.default {
                c.status_category.clone()
            } else {
                c.id.to_string()
            };
            let label = if c.agent_label.trim().is_empty() {
                raw.clone()
            } else {
                c.agent_label
            };
            Some((
                c.id,
                Status {
                    category,
                    raw,
                    label,
                },
            ))
        })
        .collect()
}

/// A ticket's status: its custom status where the account has them (a closed ticket keeps its
/// solved one, but is closed), else the plain word.
fn ticket_status(t: &wire::Ticket, custom: &CustomStatuses) -> Status {
    let plain = status_of(&t.status);
    match t.custom_status_id.and_then(|id| custom.get(&id)) {
        Some(c) if plain.category != StatusCategory::Closed => Status {
            category: if plain.category == StatusCategory::Other {
                c.category
            } else {
                plain.category
            },
            ..c.clone()
        },
        _ => plain,
    }
}

/// Zendesk's own statuses (`closed` is reached by Zendesk itself, not set), and priorities.
pub fn zendesk_vocabulary() -> Vocabulary {
    Vocabulary {
        statuses: ["new", "open", "pending", "hold", "solved"]
            .into_iter()
            .map(status_of)
            .collect(),
        priorities: ["low", "normal", "high", "urgent"]
            .into_iter()
            .map(priority_of)
            .collect(),
    }
}

pub fn priority_of(raw: &str) -> Priority {
    let (level, rank) = match raw {
        "low" => (Some(PriorityLevel::Low), 1),
        "normal" => (Some(PriorityLevel::Normal), 2),
        "high" => (Some(PriorityLevel::High), 3),
        "urgent" => (Some(PriorityLevel::Urgent), 4),
        _ => (None, 0),
    };
    Priority {
        level,
        raw: raw.to_string(),
        label: raw.to_string(),
        rank,
    }
}

pub fn channel_of(via: &str) -> Channel {
    match via {
        "email" | "mail" => Channel::Email,
        "web" | "web_form" | "web_widget" | "help_center" => Channel::Web,
        "voice" | "phone" | "phone_call_inbound" | "phone_call_outbound" => Channel::Phone,
        "chat" | "chat_transcript" | "native_messaging" => Channel::Chat,
        "twitter" | "facebook" | "instagram_dm" | "whatsapp" | "social" => Channel::Social,
        "sms" | "text" => Channel::Sms,
        "api" => Channel::Api,
        other => Channel::Other(other.to_string()),
    }
}

fn metric_of(m: &str) -> SlaMetric {
    match m {
        "first_reply_time" => SlaMetric::FirstResponse,
        "next_reply_time" => SlaMetric::NextResponse,
        "requester_wait_time" | "agent_work_time" | "total_resolution_time" => {
            SlaMetric::Resolution
        }
        other => SlaMetric::Other(other.to_string()),
    }
}

fn tier_of(tags: &[String]) -> Tier {
    let has = |t: &str| tags.iter().any(|x| x.eq_ignore_ascii_case(t));
    if has("vip") {
        Tier::Vip
    } else if has("loyal") {
        Tier::Loyal
    } else if has("new") {
        Tier::New
    } else {
        Tier::Standard
    }
}

/// Sideloaded users, groups and organizations, to turn ids into names.
#[derive(Default)]
struct Names {
    custom: std::sync::Arc<CustomStatuses>,
    users: HashMap<u64, wire::User>,
    groups: HashMap<u64, String>,
    orgs: HashMap<u64, String>,
}

impl Names {
    fn from_sideloads(
        users: impl IntoIterator<Item = wire::User>,
        groups: impl IntoIterator<Item = wire::Group>,
        orgs: impl IntoIterator<Item = wire::Organization>,
    ) -> Self {
        Names {
            custom: std::sync::Arc::default(),
            users: users.into_iter().map(|u| (u.id, u)).collect(),
            groups: groups.into_iter().map(|g| (g.id, g.name)).collect(),
            orgs: orgs.into_iter().map(|o| (o.id, o.name)).collect(),
        }
    }

    /// With the account's custom statuses, to name tickets' statuses.
    fn with(self, custom: std::sync::Arc<CustomStatuses>) -> Self {
        Names { custom, ..self }
    }

    fn party(&self, id: u64) -> PartyRef {
        match self.users.get(&id) {
            Some(u) => PartyRef {
                id: Id::from(id),
                name: u.name.clone(),
                email: u.email.clone(),
            },
            None => PartyRef {
                id: Id::from(id),
                name: format!("user {id}"),
                email: None,
            },
        }
    }

    fn ticket(&self, t: wire::Ticket) -> Ticket {
        let status = ticket_status(&t, &self.custom);
        Ticket {
            id: Id::from(t.id),
            subject: t.subject,
            status,
            priority: t.priority.as_deref().map(priority_of),
            channel: channel_of(&t.via.channel),
            requester: Some(self.party(t.requester_id)),
            requester_tier: self.users.get(&t.requester_id).map(|u| tier_of(&u.tags)),
            assignee: t.assignee_id.map(|a| self.party(a)),
            group: t.group_id.and_then(|g| self.groups.get(&g).cloned()),
            organization: t.organization_id.and_then(|o| self.orgs.get(&o).cloned()),
            tags: t.tags,
            created_at: t.created_at,
            updated_at: t.updated_at,
            sla: t
                .slas
                .map(|s| {
                    s.policy_metrics
                        .into_iter()
                        .map(|m| SlaTarget {
                            metric: metric_of(&m.metric),
                            due_at: m.breach_at,
                            state: match m.stage.as_str() {
                                "paused" => SlaState::Paused,
                                "achieved" => SlaState::Achieved,
                                _ => SlaState::Active,
                            },
                        })
                        .collect()
                })
                .unwrap_or_default(),
            // "offered"/"unoffered" are not ratings: only good and bad are kept.
            satisfaction: t
                .satisfaction_rating
                .map(|r| r.score)
                .filter(|s| s == "good" || s == "bad"),
        }
    }

    /// A page's tickets with names from its sideloads. A ticket that could not be read is left
    /// out and counted in `skipped`; a sideloaded user, group or organization that could not be
    /// read only costs its name ("user 12").
    fn tickets(page: wire::TicketsPage, custom: std::sync::Arc<CustomStatuses>) -> Page<Ticket> {
        let names = Names::from_sideloads(page.users, page.groups, page.organizations).with(custom);
        let next = if page.meta.has_more {
            page.meta.after_cursor
        } else {
            None
        };
        Page {
            skipped: page.tickets.skipped,
            items: page.tickets.into_iter().map(|t| names.ticket(t)).collect(),
            next,
        }
    }
}

fn attachment_of(a: wire::Attachment) -> Attachment {
    Attachment {
        name: a.file_name,
        size: Some(a.size),
        content_type: a.content_type,
        source: a.content_url.unwrap_or_default(),
    }
}

fn agent_of(u: wire::User) -> Agent {
    Agent {
        id: Id::from(u.id),
        name: u.name,
        email: u.email,
    }
}

/// A macro's reply text and the status it sets, from its action list. Macros are action canned
/// responses: the workspace previews them with the apply endpoint and writes what that returns.
fn canned_of(m: wire::Macro) -> Option<CannedResponse> {
    let mut body = None;
    let mut sets_status = None;
    for a in &m.actions {
        match (a.field.as_str(), a.value.as_str()) {
            ("comment_value" | "comment_value_html", Some(v)) => body = Some(v.to_string()),
            ("status", Some(v)) => sets_status = Some(v.to_string()),
            _ => {}
        }
    }
    let (folder, title) = match m.title.rsplit_once("::") {
        Some((f, t)) => (Some(f.trim().to_string()), t.trim().to_string()),
        None => (None, m.title.clone()),
    };
    Some(CannedResponse {
        id: Id::from(m.id),
        title,
        folder,
        // A macro without a comment only sets fields: still worth listing, as it is applied whole.
        body: body.unwrap_or_default(),
        syntax: PlaceholderSyntax::DoubleBrace,
        sets_status,
        kind: CannedKind::Action,
        language: None,
    })
}

/// A patch as Zendesk's ticket write takes it (one ticket's, or `update_many`'s for all).
fn write_body(patch: &TicketPatch) -> Result<wire::TicketWrite> {
    // An empty assignee id unassigns (see `TicketPatch::assignee`).
    let assignee_id = match &patch.assignee {
        Some(a) if a.0.trim().is_empty() => Some(None),
        Some(a) => Some(Some(parse_id(a)?)),
        None => None,
    };
    // A custom status goes by its id, a plain one (or a category's default) by its word.
    let (status, custom_status_id) = match patch.status.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            (None, s.parse::<u64>().ok())
        }
        other => (other.map(str::to_string), None),
    };
    Ok(wire::TicketWrite {
        ticket: wire::TicketFields {
            status,
            custom_status_id,
            priority: patch.priority.clone(),
            assignee_id,
            group_id: match &patch.group {
                Some(g) => Some(parse_id(g)?),
                None => None,
            },
            tags: patch.tags.clone(),
            comment: patch.message.as_ref().map(|m| wire::NewComment {
                body: m.body.clone(),
                public: m.visibility == Visibility::Public,
            }),
            // Written only if the ticket is still as the agent saw it (409 otherwise).
            safe_update: patch.expected.map(|_| true),
            updated_stamp: patch.expected,
            ..Default::default()
        },
    })
}

#[async_trait]
impl Helpdesk for Zendesk {
    fn backend(&self) -> &'static str {
        "zendesk"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            views: true,
            canned_responses: true,
            organizations: true,
            sla: true,
            search: true,
            ordered_views: self
                .sorts_by_breach
                .load(std::sync::atomic::Ordering::Relaxed),
            groups: true,
            tag_list: true,
            changes_since: true,
            macro_preview: true,
            attachments: true,
            web_pages: true,
        }
    }

    async fn me(&self) -> Result<Agent> {
        let me: wire::UserEnvelope = self.get("users/me.json", &[]).await?;
        Ok(agent_of(me.user))
    }

    async fn views(&self) -> Result<Vec<View>> {
        let page: wire::ViewsPage = self.get("views/active.json", &[]).await?;
        let mut views = page.views;
        views.sort_by_key(|v| v.position);
        Ok(views
            .into_iter()
            .map(|v| View {
                id: Id::from(v.id),
                name: v.title,
            })
            .collect())
    }

    async fn view_count(&self, view: &Id) -> Result<Option<u64>> {
        let path = format!("views/{}/count.json", parse_id(view)?);
        let count: wire::ViewCountEnvelope = self.get(&path, &[]).await?;
        Ok(count.view_count.value)
    }

    async fn view_tickets(&self, view: &Id, cursor: Option<&str>) -> Result<Page<Ticket>> {
        self.view_page(view, cursor, usize::MAX).await
    }

    /// A page of at most `want` tickets (a screenful at start, Zendesk's cursor pages can be
    /// any size up to 100): over a poor link the 100 tickets of a full page are 17 kB
    /// compressed, about 2.5 s at 56 kbit/s, before the first row shows.
    async fn view_page(
        &self,
        view: &Id,
        cursor: Option<&str>,
        want: usize,
    ) -> Result<Page<Ticket>> {
        use std::sync::atomic::Ordering::Relaxed;
        let path = format!("views/{}/tickets.json", parse_id(view)?);
        let size = want.clamp(1, 100).to_string();
        let mut query = vec![("page[size]", size.as_str()), ("include", SIDELOADS)];
        if let Some(c) = cursor {
            query.push(("page[after]", c));
        }
        // Soonest SLA breach first (a column of Zendesk's "View columns" table), so the first
        // pages are the top of tix's queue and the rest can wait until the agent scrolls.
        let sorted = [("sort_by", "sla_next_breach_at"), ("sort_order", "asc")];
        let page: wire::TicketsPage = if self.sorts_by_breach.load(Relaxed) {
            let asked = [&query[..], &sorted[..]].concat();
            match self.get(&path, &asked).await {
                // Refused on the first page: this account does not sort views so. The view's own
                // order then, every page of it (the workspace sees `ordered_views` turn false).
                Err(e) if e.kind == ErrorKind::Invalid && cursor.is_none() => {
                    tracing::info!("zendesk: views cannot be sorted by next SLA breach here");
                    self.sorts_by_breach.store(false, Relaxed);
                    self.get(&path, &query).await?
                }
                other => other?,
            }
        } else {
            self.get(&path, &query).await?
        };
        Ok(Names::tickets(page, self.custom_statuses().await))
    }

    async fn ticket(&self, id: &Id) -> Result<Ticket> {
        let path = format!("tickets/{}.json", parse_id(id)?);
        let env: wire::TicketEnvelope = self.get(&path, &[("include", SIDELOADS)]).await?;
        let names = Names::from_sideloads(env.users, env.groups, env.organizations)
            .with(self.custom_statuses().await);
        Ok(names.ticket(env.ticket))
    }

    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        let path = format!("tickets/{}/comments.json", parse_id(ticket)?);
        let mut out = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut query = vec![("page[size]", PAGE_SIZE), ("include", "users")];
            if let Some(c) = cursor.as_deref() {
                query.push(("page[after]", c));
            }
            let page: wire::CommentsPage = self.get(&path, &query).await?;
            let names = Names::from_sideloads(page.users, vec![], vec![]);
            if page.comments.skipped > 0 {
                tracing::warn!(
                    "zendesk: {} comment(s) of a ticket could not be read",
                    page.comments.skipped
                );
            }
            out.extend(page.comments.into_iter().map(|c| Message {
                id: Id::from(c.id),
                author: Some(names.party(c.author_id)),
                visibility: if c.public {
                    Visibility::Public
                } else {
                    Visibility::Internal
                },
                channel: c.via.map(|v| channel_of(&v.channel)),
                created_at: c.created_at,
                stored_digest: Some(text_digest(&c.body)),
                body: c.body,
                attachments: c.attachments.into_iter().map(attachment_of).collect(),
            }));
            match (page.meta.has_more, page.meta.after_cursor) {
                (true, Some(next)) => cursor = Some(next),
                _ => return Ok(out),
            }
        }
    }

    async fn customer(&self, id: &Id) -> Result<Customer> {
        let uid = parse_id(id)?;
        // One round trip: the user with their organization sideloaded, and the counts beside it.
        let (path, related_path) = (
            format!("users/{uid}.json"),
            format!("users/{uid}/related.json"),
        );
        let (user, related) = tokio::join!(
            self.get::<wire::UserEnvelope>(&path, &[("include", "organizations")]),
            self.get::<wire::UserRelatedEnvelope>(&related_path, &[]),
        );
        let wire::UserEnvelope {
            user,
            organizations,
        } = user?;
        // The counts and the organization are extra: a failed lookup leaves that piece out
        // (and says so), it never fails the customer.
        let mut missing = vec![];
        let lifetime_tickets = match related {
            Ok(r) => Some(r.user_related.requested_tickets),
            Err(e) => {
                tracing::warn!("zendesk: a user's ticket count: {:?}", e.kind);
                missing.push(crate::Missing::TicketCount);
                None
            }
        };
        let sideloaded = organizations
            .into_iter()
            .find(|o| Some(o.id) == user.organization_id);
        let organization = match (user.organization_id, sideloaded) {
            (Some(_), Some(o)) => Some(Organization {
                id: Id::from(o.id),
                name: o.name,
                domains: o.domain_names,
            }),
            // Not sideloaded (an account or proxy that ignores `include`): asked on its own.
            (Some(oid), None) => {
                let org: Result<wire::OrganizationEnvelope> =
                    self.get(&format!("organizations/{oid}.json"), &[]).await;
                match org {
                    Ok(org) => Some(Organization {
                        id: Id::from(org.organization.id),
                        name: org.organization.name,
                        domains: org.organization.domain_names,
                    }),
                    Err(e) => {
                        tracing::warn!("zendesk: a user's organization: {:?}", e.kind);
                        missing.push(crate::Missing::Organization);
                        None
                    }
                }
            }
            (None, _) => None,
        };
        Ok(Customer {
            id: Id::from(user.id),
            tier: tier_of(&user.tags),
            name: user.name,
            email: user.email,
            phone: user.phone,
            organization,
            lifetime_tickets,
            created_at: user.created_at,
            missing,
            locale: user.locale,
        })
    }

    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>> {
        let path = format!("users/{}/tickets/requested.json", parse_id(customer)?);
        let page: wire::TicketsPage = self
            .get(&path, &[("page[size]", "25"), ("include", SIDELOADS)])
            .await?;
        Ok(Names::tickets(page, self.custom_statuses().await).items)
    }

    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        let page: wire::MacrosPage = self.get("macros/active.json", &[]).await?;
        Ok(page.macros.into_iter().filter_map(canned_of).collect())
    }

    async fn agents(&self) -> Result<Vec<Agent>> {
        let page: wire::UsersPage = self
            .get(
                "users.json",
                &[("role", "agent"), ("page[size]", PAGE_SIZE)],
            )
            .await?;
        Ok(page.users.into_iter().map(agent_of).collect())
    }

    fn default_vocabulary(&self) -> Vocabulary {
        zendesk_vocabulary()
    }

    /// `GET custom_statuses` where the account has them: each category's default first, then
    /// the account's own in Zendesk's order; else the plain statuses.
    async fn vocabulary(&self) -> Result<Vocabulary> {
        let custom = self.try_custom_statuses().await?;
        let mut v = zendesk_vocabulary();
        if custom.is_empty() {
            return Ok(v);
        }
        let mut ids: Vec<&u64> = custom.keys().collect();
        ids.sort_unstable();
        let order = |c: StatusCategory| {
            v.statuses
                .iter()
                .position(|s| s.category == c)
                .unwrap_or(usize::MAX)
        };
        let mut statuses: Vec<Status> = ids.into_iter().map(|id| custom[id].clone()).collect();
        // By category; within one, the default (its raw is the category's word) first.
        statuses.sort_by_key(|s| (order(s.category), status_of(&s.raw).category != s.category));
        v.statuses = statuses;
        Ok(v)
    }

    async fn groups(&self) -> Result<Vec<crate::Group>> {
        #[derive(serde::Deserialize)]
        struct Groups {
            groups: Vec<wire::Group>,
        }
        let page: Groups = self.get("groups.json", &[]).await?;
        Ok(page
            .groups
            .into_iter()
            .map(|g| crate::Group {
                id: Id::from(g.id),
                name: g.name,
            })
            .collect())
    }

    /// `GET /api/v2/tags`: the account's tags, most used first (one page of 100 is plenty for
    /// completion).
    async fn tags(&self) -> Result<Vec<String>> {
        #[derive(serde::Deserialize)]
        struct Tag {
            name: String,
        }
        #[derive(serde::Deserialize)]
        struct Tags {
            tags: Vec<Tag>,
        }
        let page: Tags = self.get("tags.json", &[("per_page", "100")]).await?;
        Ok(page.tags.into_iter().map(|t| t.name).collect())
    }

    fn web_url(&self, ticket: &Id) -> Option<String> {
        Some(format!("{}/agent/tickets/{ticket}", self.base))
    }

    async fn download(&self, a: &Attachment) -> Result<Download> {
        let url = http::file_url(&a.source)?;
        let own = http::same_origin(&self.base, url.as_str());
        let rb = self.rest.client().get(url);
        // Credentials go to the account's own host only (a redirect elsewhere drops them too).
        let rb = if own {
            self.rest.authorized(rb).await?
        } else {
            rb
        };
        http::fetch_file(rb, "Zendesk").await
    }

    /// Help Center article search (`query`, all locales, published and the drafts the agent
    /// may see). An account without a Help Center answers 404: no knowledge base.
    async fn kb_search(&self, query: &str) -> Result<Option<Vec<ArticleHit>>> {
        let limit = KB_LIMIT.to_string();
        let page: wire::HcSearch = match self
            .get(
                "help_center/articles/search.json",
                &[("query", query), ("per_page", limit.as_str())],
            )
            .await
        {
            Err(e) if e.kind == ErrorKind::NotFound => return Ok(None),
            r => r?,
        };
        Ok(Some(
            page.results
                .into_iter()
                .map(|a| ArticleHit {
                    id: Id::from(a.id),
                    section: a.locale.clone(),
                    snippet: a.snippet.clone().unwrap_or_else(|| a.body.clone()),
                    title: a.title,
                    url: a.html_url,
                })
                .collect(),
        ))
    }

    async fn kb_article(&self, id: &Id) -> Result<Option<Article>> {
        let n = rest::parse_id(id, "article", "Zendesk")?;
        let a = self
            .get::<wire::HcArticleEnvelope>(&format!("help_center/articles/{n}.json"), &[])
            .await
            .map_err(|e| rest::not_found_as(e, "article", n, "Zendesk"))?
            .article;
        Ok(Some(Article {
            id: Id::from(a.id),
            title: a.title,
            section: a.locale,
            body: a.body,
            html: true,
            url: a.html_url,
            updated_at: a.updated_at,
        }))
    }

    async fn search(&self, query: &str) -> Result<Vec<Ticket>> {
        let q = format!("type:ticket {query}");
        // The people come along, so that results name them as a view's tickets do.
        let page: wire::SearchPage = self
            .get(
                "search.json",
                &[("query", q.as_str()), ("include", "tickets(users)")],
            )
            .await?;
        let names = Names::from_sideloads(page.users, [], []).with(self.custom_statuses().await);
        Ok(page
            .results
            .into_iter()
            .filter_map(|v| serde_json::from_value::<wire::Ticket>(v).ok())
            .map(|t| names.ticket(t))
            .collect())
    }

    /// Search with `updated>`: one small request when nothing changed. (The incremental export
    /// would be exact but is admin-only; Zendesk's search index can lag by a minute or two, which a
    /// refresh period of a minute or more absorbs.)
    async fn changed_since(&self, since: Timestamp) -> Result<Option<Vec<Ticket>>> {
        let q = format!("type:ticket updated>{}", since.as_second());
        let mut out = vec![];
        let mut page_no = 1;
        loop {
            let page_s = page_no.to_string();
            let page: wire::SearchPage = self
                .get(
                    "search.json",
                    &[
                        ("query", q.as_str()),
                        ("per_page", "100"),
                        ("page", &page_s),
                    ],
                )
                .await?;
            let names = Names::default().with(self.custom_statuses().await);
            out.extend(
                page.results
                    .into_iter()
                    .filter_map(|v| serde_json::from_value::<wire::Ticket>(v).ok())
                    .map(|t| names.ticket(t)),
            );
            // Past ten pages a re-list is cheaper than paging through search.
            if page.next_page.is_none() || page_no >= 10 {
                return Ok(if page.next_page.is_none() {
                    Some(out)
                } else {
                    None
                });
            }
            page_no += 1;
        }
    }

    fn rate_limit(&self) -> Option<RateBudget> {
        self.rest.rate_limit()
    }

    /// The documented two steps, first half: `GET tickets/{id}/macros/{macro}/apply` says what the
    /// macro would do and changes nothing; `update` then writes it. The ticket is read alongside so
    /// that only fields the macro actually changes are shown and sent (sending the rest back could
    /// undo someone else's change made meanwhile).
    async fn preview_canned(&self, ticket: &Id, canned: &Id) -> Result<Option<MacroPreview>> {
        let (id, mid) = (parse_id(ticket)?, parse_id(canned)?);
        let apply = format!("tickets/{id}/macros/{mid}/apply.json");
        let current = format!("tickets/{id}.json");
        let (applied, now) = tokio::join!(
            self.get::<wire::MacroApplyEnvelope>(&apply, &[]),
            self.get::<wire::TicketEnvelope>(&current, &[]),
        );
        let (after, now) = (applied?.result.ticket, now?.ticket);
        let mut changes = vec![];
        let mut change = |field, from: Option<String>, to: Option<String>| {
            if to.is_some() && to != from {
                changes.push(FieldChange { field, from, to });
            }
        };
        change(PatchField::Status, Some(now.status), after.status);
        change(PatchField::Priority, now.priority, after.priority);
        let id_of = |n: Option<u64>| n.map(|n| n.to_string());
        change(
            PatchField::Assignee,
            id_of(now.assignee_id),
            id_of(after.assignee_id),
        );
        change(
            PatchField::Group,
            id_of(now.group_id),
            id_of(after.group_id),
        );
        change(
            PatchField::Tags,
            Some(now.tags.join(" ")),
            after.tags.map(|t| t.join(" ")),
        );
        let message = after.comment.and_then(|c| {
            let body = match c.html_body {
                Some(h) if c.body.trim().is_empty() => crate::html::to_text(&h),
                _ => c.body,
            };
            (!body.trim().is_empty()).then_some(NewMessage {
                visibility: if c.public {
                    Visibility::Public
                } else {
                    Visibility::Internal
                },
                body,
            })
        });
        Ok(Some(MacroPreview {
            ticket: ticket.clone(),
            canned: canned.clone(),
            changes,
            message,
        }))
    }

    /// A macro's changes are written as plain fields and a comment. `macro_ids` is not sent:
    /// the reference marks it third-party only, and whether Zendesk would then also run the macro
    /// again (a second comment) is not documented; the audit records the changes either way.
    async fn update(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        let id = parse_id(ticket)?;
        let body = write_body(patch)?;
        // Any 409 on a ticket PUT is a collision (its body varies: a safe update's, or
        // "DatabaseConflict"); `Dialect::kind` maps it to Conflict.
        let _: wire::TicketWriteResponse = self
            .send(
                self.request(Method::PUT, &format!("tickets/{id}.json"))
                    .json(&body),
                false,
            )
            .await?;
        // The write answer carries no sideloads; read the ticket back for names.
        self.ticket(ticket).await
    }

    /// Zendesk's `PUT tickets/update_many.json?ids=…` (up to 100 ids a request, run as a job
    /// polled at `job_statuses/{id}`) for the same change to many tickets. It has no per-ticket
    /// `updated_at` check that tix can rely on (a `safe_update` inside `update_many` is not in
    /// Zendesk's documentation), so a patch that carries `expected` (a check is wanted) goes
    /// ticket by ticket through `update` instead, and so does one with a comment.
    async fn update_many(&self, tickets: &[Id], patch: &TicketPatch) -> Vec<Result<()>> {
        if patch.expected.is_some() || patch.message.is_some() || tickets.len() < 2 {
            let mut out = Vec::with_capacity(tickets.len());
            for t in tickets {
                out.push(self.update(t, patch).await.map(|_| ()));
            }
            return out;
        }
        let body = match write_body(patch) {
            Ok(b) => b,
            Err(e) => return tickets.iter().map(|_| Err(e.clone())).collect(),
        };
        let mut out = Vec::with_capacity(tickets.len());
        for chunk in tickets.chunks(UPDATE_MANY_IDS) {
            out.extend(self.update_chunk(chunk, &body).await);
        }
        out
    }

    async fn create(&self, new: &NewTicket) -> Result<Ticket> {
        let requester_id = match &new.requester {
            Some(r) => Some(parse_id(r)?),
            None => None,
        };
        let body = wire::TicketWrite {
            ticket: wire::TicketFields {
                subject: Some(new.subject.clone()),
                priority: new.priority.clone(),
                requester_id,
                comment: Some(wire::NewComment {
                    body: new.body.clone(),
                    public: true,
                }),
                ..Default::default()
            },
        };
        let created: wire::TicketWriteResponse = self
            .send(
                self.request(Method::POST, "tickets.json").json(&body),
                false,
            )
            .await?;
        self.ticket(&Id::from(created.ticket.id)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_become_one_line() {
        let body = br#"{"error":"RecordNotFound","description":"Not found"}"#;
        assert_eq!(
            describe_error(StatusCode::NOT_FOUND, body),
            "Not found (RecordNotFound), HTTP 404"
        );
        let body = br#"{"error":{"title":"Forbidden","message":"You do not have access"}}"#;
        assert_eq!(
            describe_error(StatusCode::FORBIDDEN, body),
            "You do not have access, HTTP 403"
        );
        assert_eq!(
            describe_error(StatusCode::BAD_GATEWAY, b"<html>"),
            "HTTP 502"
        );
    }

    #[test]
    fn vocabularies_map() {
        assert_eq!(status_of("hold").category, StatusCategory::OnHold);
        assert_eq!(priority_of("urgent").rank, 4);
        assert_eq!(channel_of("voice"), Channel::Phone);
        assert_eq!(channel_of("twitter"), Channel::Social);
        assert_eq!(tier_of(&["vip".into()]), Tier::Vip);
        assert_eq!(tier_of(&[]), Tier::Standard);
    }

    #[test]
    fn macros_become_canned_responses() {
        let m: wire::Macro = serde_json::from_value(serde_json::json!({
            "id": 7, "title": "Billing::Refund issued", "active": true,
            "actions": [
                {"field": "status", "value": "solved"},
                {"field": "comment_value", "value": "Hi {{ticket.requester.first_name}}"}
            ]
        }))
        .unwrap();
        let c = canned_of(m).unwrap();
        assert_eq!(c.folder.as_deref(), Some("Billing"));
        assert_eq!(c.title, "Refund issued");
        assert_eq!(c.sets_status.as_deref(), Some("solved"));
        assert_eq!(c.body, "Hi {{ticket.requester.first_name}}");
    }
}
