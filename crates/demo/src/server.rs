//! The demo helpdesk's HTTP side: axum routes answering in the Zendesk Support API v2 dialect
//! (`tix_helpdesk::zendesk::wire`), over the generated data plus an in-memory overlay of writes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequestParts, Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::uri::PathAndQuery;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use serde_json::{Value, json};
use tower_http::compression::CompressionLayer;

use super::DemoOptions;
use super::data::{Dataset, Priority, Status, TicketSummary};
use super::faults::{self, Faults};
use super::net::Stats;
use tix_helpdesk::zendesk::wire::{
    Audit, Comment, CommentsPage, ErrorBody, Group, Links, MacrosPage, Meta, NewComment,
    Organization, OrganizationEnvelope, OrganizationsPage, PolicyMetric, SearchPage, Slas, Ticket,
    TicketEnvelope, TicketFields, TicketWrite, TicketWriteResponse, TicketsPage, User,
    UserEnvelope, UserRelated, UserRelatedEnvelope, UsersPage, Via, ViewCount, ViewCountEnvelope,
    ViewsPage,
};

/// Ids of comments and audits written at run time start here, above every generated id.
const WRITTEN_ID_BASE: u64 = 1_000_000_000_000;
const MAX_PAGE_SIZE: usize = 100;
/// Incremental exports return up to this many tickets a page, as Zendesk's do.
const MAX_EXPORT_PAGE_SIZE: usize = 1000;

/// Builds the whole application: the API routes, `.json` suffix stripping, authentication (with a
/// token), ETags and injected failures (`faults::inner`), response compression (gzip, br or zstd,
/// as Accept-Encoding asks), and outermost the latency, stalls and dropped connections
/// (`faults::outer`), which also counts requests into `stats`.
pub fn router(data: Dataset, base_url: String, opts: &DemoOptions, stats: Arc<Stats>) -> Router {
    let state = AppState(Arc::new(Shared {
        data,
        overlay: RwLock::new(Overlay::default()),
        base_url,
        read_last: std::sync::Mutex::new(None),
    }));
    if let Some(every) = opts.second_agent {
        super::colleague::start(state.clone(), every);
    }
    let api = Router::new()
        .route("/api/v2/views", get(list_views))
        .route("/api/v2/views/active", get(list_views))
        .route("/api/v2/views/{id}/tickets", get(view_tickets))
        .route("/api/v2/views/{id}/count", get(view_count))
        .route("/api/v2/tickets", post(create_ticket))
        .route("/api/v2/tickets/show_many", get(show_many))
        .route(
            "/api/v2/tickets/update_many",
            axum::routing::put(update_many),
        )
        .route("/api/v2/job_statuses/{id}", get(job_status))
        .route("/api/v2/tickets/{id}", get(show_ticket).put(update_ticket))
        .route("/api/v2/tickets/{id}/comments", get(list_comments))
        // Not Zendesk's: a colleague (or the customer) writes to a ticket, for tests and
        // `--second-agent` (see `colleague`).
        .route("/demo/colleague/tickets/{id}", post(colleague_write))
        .route(
            "/api/v2/tickets/{id}/macros/{macro_id}/apply",
            get(apply_macro),
        )
        .route("/api/v2/users", get(list_users))
        .route("/api/v2/users/me", get(show_me))
        .route("/api/v2/users/{id}", get(show_user))
        .route("/api/v2/users/{id}/related", get(user_related))
        .route(
            "/api/v2/users/{id}/tickets/requested",
            get(requested_tickets),
        )
        .route("/api/v2/organizations", get(list_organizations))
        .route("/api/v2/organizations/{id}", get(show_organization))
        .route("/api/v2/groups", get(list_groups))
        .route("/api/v2/tags", get(list_tags))
        .route("/api/v2/custom_statuses", get(list_custom_statuses))
        .route("/api/v2/macros", get(list_macros))
        .route("/api/v2/macros/active", get(list_active_macros))
        .route("/api/v2/search", get(search))
        .route("/api/v2/help_center/articles/search", get(hc_search))
        .route("/api/v2/help_center/articles/{id}", get(hc_article))
        .route(
            "/api/v2/help_center/{locale}/articles/{id}",
            get(hc_article_in),
        )
        .route("/agent/tickets/{id}", get(agent_page))
        .route("/attachments/token/{id}", get(attachment_content))
        .route(
            "/api/v2/incremental/tickets/cursor",
            get(incremental_tickets),
        )
        .fallback(|| async { ApiError::no_endpoint() })
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
        .with_state(state);
    // Layers on a router run after routing, so the suffix is stripped by an outer router whose
    // only route is the API.
    let app = Router::new()
        .fallback_service(api)
        .layer(middleware::map_request(strip_json_suffix));
    let issuer = Arc::new(super::oauth::Issuer::new(
        opts.oauth.unwrap_or(std::time::Duration::from_secs(3600)),
    ));
    let gate = Gate {
        token: opts.token.clone(),
        oauth: opts.oauth.map(|_| Arc::clone(&issuer)),
    };
    let app = if gate.token.is_some() || gate.oauth.is_some() {
        app.layer(middleware::from_fn_with_state(Arc::new(gate), authenticate))
    } else {
        app
    };
    let app = match opts.rate_limit {
        Some(rl) => app.layer(middleware::from_fn_with_state(
            Arc::new(RateLimiter::new(rl)),
            rate_limit,
        )),
        None => app,
    };
    // The OAuth endpoints sit outside the API's authentication: they are how one gets a token.
    let app = Router::new()
        .route("/oauth/authorizations/new", get(super::oauth::authorize))
        .route("/oauth/tokens", post(super::oauth::tokens))
        .route(
            "/api/v2/oauth/tokens/current.json",
            delete(super::oauth::revoke_current),
        )
        .with_state(issuer)
        .fallback_service(app);
    // Hostile mode spoils a few tickets' JSON (a lone surrogate, a raw control character, a
    // far-future time, no id), inside the ETag and compression layers.
    let app = if opts.hostile {
        app.layer(middleware::from_fn(spoil_poisoned))
    } else {
        app
    };
    let faults = Arc::new(Faults::new(opts, stats));
    app.layer(middleware::from_fn(faults::inner))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn_with_state(faults, faults::outer))
}

/// Answers that carry a poisoned ticket, spoiled as `hostile::spoil` says.
async fn spoil_poisoned(req: axum::extract::Request, next: Next) -> Response {
    let res = next.run(req).await;
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return ApiError::internal("response body failed").into_response();
    };
    match super::hostile::spoil(&bytes) {
        Some(spoiled) => {
            let mut parts = parts;
            parts.headers.remove(axum::http::header::CONTENT_LENGTH);
            Response::from_parts(parts, axum::body::Body::from(spoiled))
        }
        None => Response::from_parts(parts, axum::body::Body::from(bytes)),
    }
}

/// The demo's request budget: one window at a time, counted down per request.
struct RateLimiter {
    opts: super::DemoRateLimit,
    /// (left in this window, when it started)
    window: std::sync::Mutex<(u64, std::time::Instant)>,
}

impl RateLimiter {
    fn new(opts: super::DemoRateLimit) -> Self {
        RateLimiter {
            opts,
            window: std::sync::Mutex::new((opts.remaining, std::time::Instant::now())),
        }
    }

    /// Takes one request from the budget: `(allowed, remaining, seconds to reset)`.
    fn take(&self) -> (bool, u64, u64) {
        let len = std::time::Duration::from_secs(self.opts.window_secs.max(1));
        let mut w = self.window.lock().unwrap_or_else(PoisonError::into_inner);
        if w.1.elapsed() >= len {
            *w = (self.opts.limit, std::time::Instant::now());
        }
        let reset = len.saturating_sub(w.1.elapsed()).as_secs().max(1);
        if w.0 == 0 {
            return (false, 0, reset);
        }
        w.0 -= 1;
        (true, w.0, reset)
    }
}

/// Zendesk's rate-limit headers on every answer; past the budget, a 429 with Retry-After.
async fn rate_limit(State(rl): State<Arc<RateLimiter>>, req: Request, next: Next) -> Response {
    let (allowed, remaining, reset) = rl.take();
    let mut res = if allowed {
        next.run(req).await
    } else {
        let body = ErrorBody {
            error: Value::String("APIRateLimitExceeded".to_owned()),
            description: Some("Number of allowed API requests per minute exceeded".to_owned()),
        };
        let mut res = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
        res.headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(reset));
        res
    };
    let h = res.headers_mut();
    let limit = header::HeaderValue::from(rl.opts.limit);
    h.insert("x-rate-limit", limit.clone());
    h.insert("x-rate-limit-remaining", remaining.into());
    h.insert("ratelimit-limit", limit);
    h.insert("ratelimit-remaining", remaining.into());
    h.insert("ratelimit-reset", reset.into());
    res
}

#[derive(Clone)]
pub(crate) struct AppState(Arc<Shared>);

pub(crate) struct Shared {
    data: Dataset,
    overlay: RwLock<Overlay>,
    base_url: String,
    /// The ticket the agent read last (shown or its conversation listed), and whether the
    /// colleague of `--second-agent` has written to it since: the one it writes to next.
    read_last: std::sync::Mutex<Option<(u64, bool)>>,
}

/// Everything written since start-up. Generated data is never changed: a written ticket is copied
/// here in full and shadows its generated row.
#[derive(Default)]
struct Overlay {
    tickets: BTreeMap<u64, Ticket>,
    /// Comments added to a ticket, after its generated thread.
    comments: HashMap<u64, Vec<Comment>>,
    last_id: u64,
    last_write: Option<Timestamp>,
    /// Background jobs (`update_many`), by id: done at once, kept to be polled.
    jobs: HashMap<String, Value>,
}

impl Overlay {
    fn next_id(&mut self) -> u64 {
        self.last_id += 1;
        WRITTEN_ID_BASE + self.last_id
    }

    /// The time of a write: the real time, but never before the data's anchor nor before the
    /// previous write, so a write always sorts after everything already there (incremental
    /// export relies on that) and no two writes share a time.
    fn write_time(&mut self, anchor: Timestamp) -> Timestamp {
        let floor = self.last_write.unwrap_or(anchor);
        let floor = floor
            .checked_add(SignedDuration::from_micros(1))
            .unwrap_or(floor);
        let at = Timestamp::now().max(floor);
        self.last_write = Some(at);
        at
    }
}

impl Shared {
    // A panic while holding the lock cannot leave the overlay half-written in a way that matters
    // for demo data, so a poisoned lock is simply reused.
    fn read(&self) -> RwLockReadGuard<'_, Overlay> {
        self.overlay.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, Overlay> {
        self.overlay.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// `links.next` for a cursor page: the same request with `page[after]` set.
    fn next_link(&self, uri: &Uri, params: &Params, key: &str, value: &str) -> String {
        let mut query: Vec<String> = params
            .0
            .iter()
            .filter(|(k, _)| k != key)
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        query.push(format!("{}={}", encode(key), encode(value)));
        format!("{}{}?{}", self.base_url, uri.path(), query.join("&"))
    }

    fn cursor_meta<T>(&self, uri: &Uri, params: &Params, page: &Page<T>) -> (Meta, Links) {
        let after = page.last.map(Key::encode);
        let next = match &after {
            Some(cursor) if page.has_more => {
                Some(self.next_link(uri, params, "page[after]", cursor))
            }
            _ => None,
        };
        let meta = Meta {
            has_more: page.has_more,
            after_cursor: after,
            before_cursor: None,
        };
        (meta, Links { next, prev: None })
    }

    /// A cursor page of tickets, newest first by `key`, with the sideloads `include` asks for.
    fn tickets_page(
        &self,
        store: &Store,
        matching: Vec<TicketSummary>,
        (key, order): Sorting,
        request: &PageRequest,
        params: &Params,
        uri: &Uri,
    ) -> TicketsPage {
        let include = params.includes();
        let page = paginate(matching, key, request, order);
        let tickets: Vec<Ticket> = page
            .items
            .iter()
            .filter_map(|t| store.ticket(t.id))
            .collect();
        let side = Sideloads::of(&self.data, &tickets, include);
        let (meta, links) = self.cursor_meta(uri, params, &page);
        TicketsPage {
            tickets: tickets.into_iter().map(|t| include.apply(t)).collect(),
            users: side.users.into(),
            groups: side.groups.into(),
            organizations: side.organizations.into(),
            meta,
            links,
        }
    }
}

/// The generated data and the overlay seen together.
struct Store<'a> {
    data: &'a Dataset,
    overlay: &'a Overlay,
}

impl<'a> Store<'a> {
    fn new(data: &'a Dataset, overlay: &'a Overlay) -> Self {
        Store { data, overlay }
    }

    fn ticket(&self, id: u64) -> Option<Ticket> {
        match self.overlay.tickets.get(&id) {
            Some(t) => Some(t.clone()),
            None => self.data.row(id).map(|row| self.data.ticket(row)),
        }
    }

    fn summaries(&self) -> impl Iterator<Item = TicketSummary> + '_ {
        let generated = self
            .data
            .tickets
            .iter()
            .filter(|row| !self.overlay.tickets.contains_key(&row.id))
            .map(|row| self.data.summary(row));
        let written = self
            .overlay
            .tickets
            .values()
            .filter_map(TicketSummary::of_ticket);
        generated.chain(written)
    }

    /// The whole thread, or `None` when there is no such ticket.
    fn comments(&self, id: u64) -> Option<Vec<Comment>> {
        let mut thread = match self.data.row(id) {
            Some(row) => self.data.comments(row),
            None if self.overlay.tickets.contains_key(&id) => Vec::new(),
            None => return None,
        };
        if let Some(added) = self.overlay.comments.get(&id) {
            thread.extend(added.iter().cloned());
        }
        Some(thread)
    }

    fn last_ticket_id(&self) -> u64 {
        let written = self.overlay.tickets.keys().next_back().copied();
        written.unwrap_or(0).max(self.data.last_ticket_id())
    }
}

// ---------------------------------------------------------------------------------------------
// Errors, in Zendesk's shapes.

#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    error: &'static str,
    description: Option<String>,
}

impl ApiError {
    fn new(status: StatusCode, error: &'static str, description: impl Into<String>) -> Self {
        ApiError {
            status,
            error,
            description: Some(description.into()),
        }
    }

    fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "RecordNotFound", "Not found")
    }

    fn no_endpoint() -> Self {
        Self::new(StatusCode::NOT_FOUND, "InvalidEndpoint", "Not found")
    }

    fn method_not_allowed() -> Self {
        let status = StatusCode::METHOD_NOT_ALLOWED;
        Self::new(status, "MethodNotAllowed", "Method not allowed")
    }

    fn bad_request(description: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "BadRequest", description)
    }

    fn bad_page(description: impl Into<String>) -> Self {
        let status = StatusCode::BAD_REQUEST;
        Self::new(status, "InvalidPaginationParameter", description)
    }

    fn invalid(description: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "RecordInvalid",
            description,
        )
    }

    /// A safe update whose `updated_stamp` is not the ticket's `updated_at` (Zendesk: 409).
    fn conflict() -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "UpdateConflict",
            "The ticket was updated since updated_stamp",
        )
    }

    fn unauthorized() -> Self {
        ApiError {
            status: StatusCode::UNAUTHORIZED,
            error: "Couldn't authenticate you",
            description: None,
        }
    }

    fn internal(description: impl ToString) -> Self {
        let status = StatusCode::INTERNAL_SERVER_ERROR;
        Self::new(status, "InternalError", description.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: Value::String(self.error.to_owned()),
            description: self.description,
        };
        (self.status, Json(body)).into_response()
    }
}

// ---------------------------------------------------------------------------------------------
// Extractors and request parameters.

/// A numeric `{id}` path segment; anything else is a 400.
struct Id(u64);

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|e| ApiError::bad_request(e.body_text()))?;
        raw.parse()
            .map(Id)
            .map_err(|_| ApiError::bad_request(format!("Invalid id: {raw}")))
    }
}

/// The query string as ordered pairs: Zendesk's keys (`page[size]`, `role[]`) don't fit a struct.
struct Params(Vec<(String, String)>);

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Query::<Vec<(String, String)>>::from_request_parts(parts, state)
            .await
            .map(|Query(pairs)| Params(pairs))
            .map_err(|e| ApiError::bad_request(e.body_text()))
    }
}

struct PageRequest {
    size: usize,
    after: Option<Key>,
}

impl Params {
    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A positive number no larger than `max`, or `default` when absent.
    fn number(&self, key: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        let Some(raw) = self.get(key) else {
            return Ok(default);
        };
        match raw.trim().parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_page(format!(
                "{key} must be a number from 1 to {max}, got {raw:?}"
            ))),
        }
    }

    fn page(&self) -> Result<PageRequest, ApiError> {
        if self.get("page[before]").is_some() {
            return Err(ApiError::bad_page("page[before] is not supported here"));
        }
        let size = self.number("page[size]", MAX_PAGE_SIZE, MAX_PAGE_SIZE)?;
        let after = match self.get("page[after]") {
            None | Some("") => None,
            Some(raw) => {
                Some(Key::decode(raw).ok_or_else(|| ApiError::bad_page("Invalid cursor"))?)
            }
        };
        Ok(PageRequest { size, after })
    }

    /// A view's order: `sort_by` one of the columns the demo knows (the view's own order, most
    /// recently updated first, when absent), `sort_order` asc or desc.
    fn view_order(&self) -> Result<Sorting, ApiError> {
        let (key, default): Sorting = match self.get("sort_by") {
            None | Some("") | Some("updated") | Some("updated_at") => {
                (by_updated, Order::Descending)
            }
            Some("created") | Some("created_at") => (by_created, Order::Descending),
            Some("sla_next_breach_at") => (by_next_breach, Order::Ascending),
            Some(other) => return Err(ApiError::bad_request(format!("Invalid sort_by: {other}"))),
        };
        let order = match self.get("sort_order") {
            None | Some("") => default,
            Some("asc") => Order::Ascending,
            Some("desc") => Order::Descending,
            Some(other) => {
                return Err(ApiError::bad_request(format!(
                    "Invalid sort_order: {other}"
                )));
            }
        };
        Ok((key, order))
    }

    fn includes(&self) -> Includes {
        let mut inc = Includes::default();
        for name in self.all("include").flat_map(|v| v.split(',')) {
            // Search names its sideloads per result type: `include=tickets(users)`.
            let name = name.trim();
            let name = name.strip_prefix("tickets(").unwrap_or(name);
            match name.strip_suffix(')').unwrap_or(name) {
                "users" => inc.users = true,
                "groups" => inc.groups = true,
                "organizations" => inc.organizations = true,
                "slas" => inc.slas = true,
                _ => {}
            }
        }
        inc
    }
}

fn read_body(body: Result<Json<TicketWrite>, JsonRejection>) -> Result<TicketFields, ApiError> {
    body.map(|Json(write)| write.ticket)
        .map_err(|e| ApiError::bad_request(e.body_text()))
}

// ---------------------------------------------------------------------------------------------
// Cursor pagination.

/// A position in a sorted list: (time in nanoseconds, id). Lists sorted by id alone use time 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    at: i128,
    id: u64,
}

impl Key {
    fn at(time: Timestamp, id: u64) -> Key {
        Key {
            at: time.as_nanosecond(),
            id,
        }
    }

    fn id(id: u64) -> Key {
        Key { at: 0, id }
    }

    /// Opaque to clients: the key written as text, then hex-encoded.
    fn encode(self) -> String {
        let plain = format!("{}:{}", self.at, self.id);
        plain.bytes().map(|b| format!("{b:02x}")).collect()
    }

    fn decode(cursor: &str) -> Option<Key> {
        if !cursor.len().is_multiple_of(2) || cursor.len() > 128 {
            return None;
        }
        let bytes: Option<Vec<u8>> = (0..cursor.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(cursor.get(i..i + 2)?, 16).ok())
            .collect();
        let plain = String::from_utf8(bytes?).ok()?;
        let (at, id) = plain.split_once(':')?;
        Some(Key {
            at: at.parse().ok()?,
            id: id.parse().ok()?,
        })
    }
}

/// A sort key for ticket lists and its direction.
type Sorting = (fn(&TicketSummary) -> Key, Order);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Ascending,
    Descending,
}

struct Page<T> {
    items: Vec<T>,
    has_more: bool,
    /// Key of the last item, the next page's `page[after]`.
    last: Option<Key>,
}

/// One page of `items` in `order` of `key`, starting after `request.after`. The cursor is the
/// last item's key rather than an offset, so writes between two requests do not shift the pages.
fn paginate<T>(
    mut items: Vec<T>,
    key: impl Fn(&T) -> Key,
    request: &PageRequest,
    order: Order,
) -> Page<T> {
    let cmp = |a: &T, b: &T| match order {
        Order::Ascending => key(a).cmp(&key(b)),
        Order::Descending => key(b).cmp(&key(a)),
    };
    if let Some(after) = request.after {
        items.retain(|t| match order {
            Order::Ascending => key(t) > after,
            Order::Descending => key(t) < after,
        });
    }
    let has_more = items.len() > request.size;
    if has_more {
        // Only the page itself needs sorting: O(n) per page, however long the view is.
        items.select_nth_unstable_by(request.size, cmp);
        items.truncate(request.size);
    }
    items.sort_unstable_by(cmp);
    let last = items.last().map(&key);
    Page {
        items,
        has_more,
        last,
    }
}

// ---------------------------------------------------------------------------------------------
// Sideloads.

#[derive(Debug, Default, Clone, Copy)]
struct Includes {
    users: bool,
    groups: bool,
    organizations: bool,
    slas: bool,
}

impl Includes {
    /// Tickets carry their SLA metrics internally; they are only shown when asked for.
    fn apply(self, mut ticket: Ticket) -> Ticket {
        if !self.slas {
            ticket.slas = None;
        }
        ticket
    }
}

#[derive(Default)]
struct Sideloads {
    users: Vec<User>,
    groups: Vec<Group>,
    organizations: Vec<Organization>,
}

impl Sideloads {
    fn of(data: &Dataset, tickets: &[Ticket], include: Includes) -> Sideloads {
        let mut side = Sideloads::default();
        if include.users {
            let ids: BTreeSet<u64> = tickets
                .iter()
                .flat_map(|t| [Some(t.requester_id), t.assignee_id])
                .flatten()
                .collect();
            side.users = ids
                .into_iter()
                .filter_map(|id| data.user(id))
                .cloned()
                .collect();
        }
        if include.groups {
            let ids: BTreeSet<u64> = tickets.iter().filter_map(|t| t.group_id).collect();
            side.groups = ids
                .into_iter()
                .filter_map(|id| data.group(id))
                .cloned()
                .collect();
        }
        if include.organizations {
            let ids: BTreeSet<u64> = tickets.iter().filter_map(|t| t.organization_id).collect();
            let orgs = ids.into_iter().filter_map(|id| data.organization(id));
            side.organizations = orgs.cloned().collect();
        }
        side
    }
}

// ---------------------------------------------------------------------------------------------
// Views and tickets.

async fn list_views(State(st): State<AppState>) -> Json<ViewsPage> {
    Json(ViewsPage {
        views: st.0.data.views.clone(),
        meta: Meta::default(),
        links: Links::default(),
    })
}

fn by_updated(t: &TicketSummary) -> Key {
    Key::at(t.updated_at, t.id)
}

fn by_created(t: &TicketSummary) -> Key {
    Key::at(t.created_at, t.id)
}

/// Soonest breach first; tickets without a running clock last (as Zendesk sorts empty values).
fn by_next_breach(t: &TicketSummary) -> Key {
    match t.next_breach {
        Some(at) => Key::at(at, t.id),
        None => Key {
            at: i128::MAX,
            id: t.id,
        },
    }
}

async fn view_tickets(
    State(st): State<AppState>,
    Id(id): Id,
    params: Params,
    uri: Uri,
) -> Result<Json<TicketsPage>, ApiError> {
    let st = &st.0;
    let kind = st.data.view_kind(id).ok_or_else(ApiError::not_found)?;
    let request = params.page()?;
    let overlay = st.read();
    let store = Store::new(&st.data, &overlay);
    let matching = store
        .summaries()
        .filter(|t| st.data.in_view(kind, t))
        .collect();
    let order = params.view_order()?;
    let page = st.tickets_page(&store, matching, order, &request, &params, &uri);
    Ok(Json(page))
}

async fn view_count(
    State(st): State<AppState>,
    Id(id): Id,
) -> Result<Json<ViewCountEnvelope>, ApiError> {
    let st = &st.0;
    let kind = st.data.view_kind(id).ok_or_else(ApiError::not_found)?;
    let overlay = st.read();
    let store = Store::new(&st.data, &overlay);
    let value = store
        .summaries()
        .filter(|t| st.data.in_view(kind, t))
        .count();
    Ok(Json(ViewCountEnvelope {
        view_count: ViewCount {
            view_id: id,
            value: Some(value as u64),
            fresh: true,
        },
    }))
}

/// The agent web UI's address of a ticket (`tix open`): the demo has no web UI, so a plain page
/// that names the ticket.
/// An attachment's bytes (generated: the same on every request), behind the API's authentication.
async fn attachment_content(State(st): State<AppState>, Id(id): Id) -> Result<Response, ApiError> {
    let st = &st.0;
    let ticket = id / 10 / super::data::COMMENTS_PER_TICKET_ID;
    let row = st.data.row(ticket).ok_or_else(ApiError::not_found)?;
    let file = st
        .data
        .comments(row)
        .into_iter()
        .flat_map(|c| c.attachments)
        .find(|a| a.id == id)
        .ok_or_else(ApiError::not_found)?;
    let kind = file
        .content_type
        .clone()
        .unwrap_or_else(|| "application/octet-stream".into());
    let bytes = super::data::attachment_bytes(&file);
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CONTENT_DISPOSITION, "attachment".to_string()),
        ],
        bytes,
    )
        .into_response())
}

async fn agent_page(
    State(st): State<AppState>,
    Id(id): Id,
) -> Result<axum::response::Html<String>, ApiError> {
    let st = &st.0;
    let overlay = st.read();
    let ticket = Store::new(&st.data, &overlay)
        .ticket(id)
        .ok_or_else(ApiError::not_found)?;
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    Ok(axum::response::Html(format!(
        "<!doctype html><title>#{id}</title><h1>#{id} {}</h1>\
         <p>tix demo helpdesk: it has no web UI; use tix.</p>\n",
        escape(&ticket.subject)
    )))
}

async fn show_ticket(
    State(st): State<AppState>,
    Id(id): Id,
    params: Params,
) -> Result<Json<TicketEnvelope>, ApiError> {
    let st = &st.0;
    let overlay = st.read();
    let ticket = Store::new(&st.data, &overlay)
        .ticket(id)
        .ok_or_else(ApiError::not_found)?;
    st.read_ticket(id);
    let include = params.includes();
    let side = Sideloads::of(&st.data, std::slice::from_ref(&ticket), include);
    Ok(Json(TicketEnvelope {
        ticket: include.apply(ticket),
        users: side.users.into(),
        groups: side.groups.into(),
        organizations: side.organizations.into(),
    }))
}

/// The `ids=1,2,3` of `show_many` and `update_many`.
fn ids_param(params: &Params) -> Result<Vec<u64>, ApiError> {
    let raw = params
        .get("ids")
        .ok_or_else(|| ApiError::bad_request("ids is required"))?;
    raw.split(',')
        .map(|s| s.trim().parse::<u64>())
        .collect::<Result<Vec<u64>, _>>()
        .map_err(|_| ApiError::bad_request(format!("Invalid ids: {raw}")))
}

async fn show_many(
    State(st): State<AppState>,
    params: Params,
) -> Result<Json<TicketsPage>, ApiError> {
    let st = &st.0;
    let ids = ids_param(&params)?;
    if ids.len() > MAX_PAGE_SIZE {
        return Err(ApiError::bad_request("At most 100 ids at a time"));
    }
    let overlay = st.read();
    let store = Store::new(&st.data, &overlay);
    // Like Zendesk, unknown ids are left out rather than failing the request.
    let tickets: Vec<Ticket> = ids.iter().filter_map(|&id| store.ticket(id)).collect();
    let include = params.includes();
    let side = Sideloads::of(&st.data, &tickets, include);
    Ok(Json(TicketsPage {
        tickets: tickets.into_iter().map(|t| include.apply(t)).collect(),
        users: side.users.into(),
        groups: side.groups.into(),
        organizations: side.organizations.into(),
        meta: Meta::default(),
        links: Links::default(),
    }))
}

async fn list_comments(
    State(st): State<AppState>,
    Id(id): Id,
    params: Params,
    uri: Uri,
) -> Result<Json<CommentsPage>, ApiError> {
    let st = &st.0;
    let request = params.page()?;
    let thread = {
        let overlay = st.read();
        Store::new(&st.data, &overlay).comments(id)
    }
    .ok_or_else(ApiError::not_found)?;
    st.read_ticket(id);
    let page = paginate(thread, |c| Key::id(c.id), &request, Order::Ascending);
    let users = if params.includes().users {
        let ids: BTreeSet<u64> = page.items.iter().map(|c| c.author_id).collect();
        ids.into_iter()
            .filter_map(|id| st.data.user(id))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let (meta, links) = st.cursor_meta(&uri, &params, &page);
    // Each file is served from this server's address, as Zendesk serves token URLs from the
    // account's.
    let mut comments = page.items;
    for a in comments.iter_mut().flat_map(|c| c.attachments.iter_mut()) {
        a.content_url = Some(format!(
            "{}/attachments/token/{}?name={}",
            st.base_url,
            a.id,
            encode(&a.file_name)
        ));
    }
    Ok(Json(CommentsPage {
        comments: comments.into(),
        users: users.into(),
        meta,
        links,
    }))
}

// ---------------------------------------------------------------------------------------------
// Writes.

/// A ticket write after validation: nothing is changed until all of it is known to be valid.
struct Valid {
    subject: Option<String>,
    status: Option<Status>,
    /// Set with the status (its category), or from it (the category's default).
    custom_status_id: Option<u64>,
    priority: Option<Priority>,
    /// `Some(None)`: unassign.
    assignee_id: Option<Option<u64>>,
    group_id: Option<u64>,
    requester_id: Option<u64>,
    tags: Option<Vec<String>>,
    comment: Option<NewComment>,
}

impl Valid {
    fn check(data: &Dataset, f: TicketFields) -> Result<Valid, ApiError> {
        let mut status = match f.status.as_deref() {
            None => None,
            Some(s) => Some(Status::parse(s).ok_or_else(|| {
                ApiError::invalid(format!("Status: {s:?} is not a valid status"))
            })?),
        };
        // A custom status sets its category as the status, as Zendesk does.
        let custom_status_id = match f.custom_status_id {
            Some(id) => {
                let c = super::data::custom_status(id).ok_or_else(|| {
                    ApiError::invalid(format!("Custom status: {id} does not exist"))
                })?;
                status = Some(c.category);
                Some(id)
            }
            None => status.map(Status::default_custom_status),
        };
        let priority = match f.priority.as_deref() {
            None => None,
            Some(p) => Some(Priority::parse(p).ok_or_else(|| {
                ApiError::invalid(format!("Priority: {p:?} is not a valid priority"))
            })?),
        };
        if let Some(id) = f.assignee_id.flatten().filter(|&id| !data.is_agent(id)) {
            return Err(ApiError::invalid(format!("Assignee: {id} is not an agent")));
        }
        if let Some(id) = f.group_id.filter(|&id| data.group(id).is_none()) {
            return Err(ApiError::invalid(format!("Group: {id} does not exist")));
        }
        if let Some(id) = f.requester_id.filter(|&id| data.user(id).is_none()) {
            return Err(ApiError::invalid(format!("Requester: {id} does not exist")));
        }
        let subject = match f.subject {
            Some(s) if s.trim().is_empty() => {
                return Err(ApiError::invalid("Subject: cannot be blank"));
            }
            s => s.map(|s| s.trim().to_owned()),
        };
        if f.comment.as_ref().is_some_and(|c| c.body.trim().is_empty()) {
            return Err(ApiError::invalid("Comment: body cannot be blank"));
        }
        Ok(Valid {
            subject,
            status,
            custom_status_id,
            priority,
            assignee_id: f.assignee_id,
            group_id: f.group_id,
            requester_id: f.requester_id,
            tags: f.tags.map(normalize_tags),
            comment: f.comment,
        })
    }
}

/// Zendesk tags are lower-case words; a tag with spaces becomes several tags.
fn normalize_tags(tags: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags.iter().flat_map(|t| t.split_whitespace()) {
        let tag = tag.to_lowercase();
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}

/// Records one field change as an audit event ("Change" on update, "Create" on create).
fn field_event(kind: &str, field: &str, value: Value, previous: Value) -> Value {
    let mut event = json!({"type": kind, "field_name": field, "value": value});
    if kind == "Change" {
        event["previous_value"] = previous;
    }
    event
}

fn comment_event(c: &Comment) -> Value {
    json!({
        "id": c.id,
        "type": "Comment",
        "author_id": c.author_id,
        "body": c.body,
        "public": c.public,
        "attachments": [],
    })
}

/// Applies the validated fields to `ticket`, returning one audit event per changed field.
fn apply(ticket: &mut Ticket, v: &Valid, data: &Dataset, kind: &str) -> Vec<Value> {
    let mut events = Vec::new();
    let mut change = |field: &str, new: Value, old: Value| {
        if new != old || kind == "Create" {
            events.push(field_event(kind, field, new, old));
        }
    };
    if let Some(subject) = &v.subject {
        change("subject", json!(subject), json!(ticket.subject));
        ticket.subject = subject.clone();
    }
    if let Some(requester) = v.requester_id {
        change("requester_id", json!(requester), json!(ticket.requester_id));
        ticket.requester_id = requester;
        ticket.organization_id = data.user(requester).and_then(|u| u.organization_id);
    }
    if let Some(status) = v.status {
        change("status", json!(status.as_str()), json!(ticket.status));
        ticket.status = status.as_str().to_owned();
    }
    if let Some(custom) = v.custom_status_id {
        let old = ticket.custom_status_id;
        change("custom_status_id", json!(custom), json!(old));
        ticket.custom_status_id = Some(custom);
    }
    if let Some(priority) = v.priority {
        change("priority", json!(priority.as_str()), json!(ticket.priority));
        ticket.priority = Some(priority.as_str().to_owned());
    }
    if let Some(assignee) = v.assignee_id {
        change("assignee_id", json!(assignee), json!(ticket.assignee_id));
        ticket.assignee_id = assignee;
    }
    if let Some(group) = v.group_id {
        change("group_id", json!(group), json!(ticket.group_id));
        ticket.group_id = Some(group);
    }
    if let Some(tags) = &v.tags {
        change("tags", json!(tags), json!(ticket.tags));
        ticket.tags = tags.clone();
    }
    events
}

/// Moves SLA metrics along after a write: solving achieves them, pending/hold pauses them, an
/// agent's public reply achieves the reply-time target, and reopening restarts a paused clock.
fn restage(slas: &mut Slas, status: Status, replied: bool, at: Timestamp) {
    for m in &mut slas.policy_metrics {
        let (stage, breach_at) = match status {
            s if !s.is_unsolved() => ("achieved", None),
            Status::Pending | Status::Hold if m.stage != "achieved" => ("paused", None),
            _ if replied && m.stage != "achieved" => ("achieved", None),
            _ if m.stage == "paused" => ("active", Some(after(at, 8 * 3600))),
            _ => continue,
        };
        m.stage = stage.to_owned();
        m.breach_at = breach_at;
    }
}

fn after(at: Timestamp, secs: i64) -> Timestamp {
    at.checked_add(SignedDuration::from_secs(secs))
        .unwrap_or(at)
}

/// A new ticket's first-reply target, by priority.
fn new_slas(status: Status, priority: Option<Priority>, at: Timestamp) -> Slas {
    let hours = match priority {
        Some(Priority::Urgent) => 1,
        Some(Priority::High) => 4,
        Some(Priority::Low) => 24,
        Some(Priority::Normal) | None => 8,
    };
    let (stage, breach_at) = if status.is_unsolved() {
        ("active", Some(after(at, hours * 3600)))
    } else {
        ("achieved", None)
    };
    Slas {
        policy_metrics: vec![PolicyMetric {
            metric: "first_reply_time".to_owned(),
            stage: stage.to_owned(),
            breach_at,
        }],
    }
}

async fn update_ticket(
    State(st): State<AppState>,
    Id(id): Id,
    body: Result<Json<TicketWrite>, JsonRejection>,
) -> Result<Json<TicketWriteResponse>, ApiError> {
    let st = &st.0;
    let fields = read_body(body)?;
    let mut overlay = st.write();
    let (ticket, audit) = write_one(st, &mut overlay, id, fields)?;
    Ok(Json(TicketWriteResponse {
        ticket: Includes::default().apply(ticket),
        audit,
    }))
}

/// `PUT /api/v2/tickets/update_many?ids=1,2,3` with `{"ticket": {...}}`: the same change to up to
/// 100 tickets. Zendesk runs it as a background job and answers with its job status; the demo
/// does the work at once, so the job it answers with is already completed (one poll of
/// `job_statuses/{id}` finds it so), each ticket's outcome in `results`.
async fn update_many(
    State(st): State<AppState>,
    params: Params,
    body: Result<Json<TicketWrite>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    let st = &st.0;
    let ids = ids_param(&params)?;
    if ids.is_empty() || ids.len() > MAX_PAGE_SIZE {
        return Err(ApiError::bad_request("Between 1 and 100 ids at a time"));
    }
    let fields = read_body(body)?;
    let mut overlay = st.write();
    let results: Vec<Value> = ids
        .iter()
        .map(|&id| match write_one(st, &mut overlay, id, fields.clone()) {
            Ok(_) => json!({"id": id, "action": "update", "success": true, "status": "Updated"}),
            Err(e) => json!({"id": id, "action": "update", "success": false,
                             "status": "Failed", "errors": e.description.unwrap_or_else(|| e.error.to_string())}),
        })
        .collect();
    let job_id = format!("demo-job-{}", overlay.next_id());
    let job = json!({
        "id": job_id,
        "url": format!("{}/api/v2/job_statuses/{job_id}.json", st.base_url),
        "job_type": "ThreadPool::TicketUpdateManyJob",
        "status": "completed",
        "total": ids.len(),
        "progress": ids.len(),
        "message": format!("Completed at {}", overlay.write_time(st.data.now)),
        "results": results,
    });
    overlay.jobs.insert(job_id, job.clone());
    Ok(Json(json!({ "job_status": job })))
}

async fn job_status(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let overlay = st.0.read();
    let job = overlay
        .jobs
        .get(id.trim_end_matches(".json"))
        .cloned()
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(json!({ "job_status": job })))
}

/// One ticket's write by the signed-in agent, as `PUT /api/v2/tickets/{id}` does it (and
/// `update_many` for each).
fn write_one(
    st: &Shared,
    overlay: &mut Overlay,
    id: u64,
    fields: TicketFields,
) -> Result<(Ticket, Audit), ApiError> {
    let ticket = Store::new(&st.data, overlay)
        .ticket(id)
        .ok_or_else(ApiError::not_found)?;
    // Zendesk's safe update: written only if the ticket is still as the stamp says (the stamp
    // is compared whole: the demo's times are never shared by two writes).
    if fields.safe_update == Some(true)
        && let Some(stamp) = fields.updated_stamp
        && stamp != ticket.updated_at
    {
        return Err(ApiError::conflict());
    }
    let v = Valid::check(&st.data, fields)?;
    let me = st.data.me().id;
    write(st, overlay, ticket, &v, me, true)
}

/// One write to a ticket by `author` (an agent, or the customer with `by_agent` false): the
/// comment, the fields, the SLA stages, a new `updated_at` after every other write's.
fn write(
    st: &Shared,
    overlay: &mut Overlay,
    mut ticket: Ticket,
    v: &Valid,
    author: u64,
    by_agent: bool,
) -> Result<(Ticket, Audit), ApiError> {
    let id = ticket.id;
    if ticket.status == Status::Closed.as_str() {
        return Err(ApiError::invalid("Status: closed prevents ticket update"));
    }
    let at = overlay.write_time(st.data.now);
    let me = author;

    let mut events = Vec::new();
    let mut replied = false;
    if let Some(new) = &v.comment {
        let comment = Comment {
            id: overlay.next_id(),
            kind: "Comment".to_owned(),
            author_id: me,
            body: new.body.clone(),
            public: new.public,
            attachments: Vec::new(),
            via: Some(ticket.via.clone()),
            created_at: at,
        };
        replied = new.public && by_agent;
        events.push(comment_event(&comment));
        overlay.comments.entry(id).or_default().push(comment);
    }
    events.extend(apply(&mut ticket, v, &st.data, "Change"));
    // Zendesk opens a new ticket as soon as an agent works on it.
    let touched = by_agent && (v.comment.is_some() || ticket.assignee_id.is_some());
    if ticket.status == Status::New.as_str() && v.status.is_none() && touched {
        events.push(field_event("Change", "status", json!("open"), json!("new")));
        ticket.status = Status::Open.as_str().to_owned();
        ticket.custom_status_id = Some(Status::Open.default_custom_status());
    }
    let status = Status::parse(&ticket.status).unwrap_or(Status::Open);
    if let Some(slas) = &mut ticket.slas {
        restage(slas, status, replied, at);
    }
    ticket.updated_at = at;
    overlay.tickets.insert(id, ticket.clone());
    let audit = Audit {
        id: overlay.next_id(),
        ticket_id: id,
        author_id: me,
        created_at: at,
        events,
    };
    Ok((ticket, audit))
}

/// What a colleague (or the customer) does to a ticket through `POST /demo/colleague/tickets/{id}`:
/// `{"from": "customer", "body": "…"}` (a public message from the requester), `{"from": "agent",
/// "body": "…", "public": false}` (a colleague's reply or note), `{"status": "pending"}`,
/// `{"take": true}` (the colleague assigns it to themself); any of them together.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct ColleagueWrite {
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub public: Option<bool>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub take: bool,
}

async fn colleague_write(
    State(st): State<AppState>,
    Id(id): Id,
    body: Result<Json<ColleagueWrite>, JsonRejection>,
) -> Result<Json<TicketWriteResponse>, ApiError> {
    let Json(w) = body.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let (ticket, audit) = st.colleague(id, w)?;
    Ok(Json(TicketWriteResponse {
        ticket: Includes::default().apply(ticket),
        audit,
    }))
}

impl AppState {
    /// The colleague's write: as the requester for `from: customer`, else as another agent.
    pub(crate) fn colleague(
        &self,
        id: u64,
        w: ColleagueWrite,
    ) -> Result<(Ticket, Audit), ApiError> {
        let st = &self.0;
        let mut overlay = st.write();
        let ticket = Store::new(&st.data, &overlay)
            .ticket(id)
            .ok_or_else(ApiError::not_found)?;
        let customer = w.from.as_deref() == Some("customer");
        let colleague = st.colleague_id();
        let author = if customer {
            ticket.requester_id
        } else {
            colleague
        };
        let fields = TicketFields {
            status: w.status,
            assignee_id: w.take.then_some(Some(colleague)),
            comment: w.body.map(|body| NewComment {
                body,
                public: customer || w.public.unwrap_or(true),
            }),
            ..TicketFields::default()
        };
        let v = Valid::check(&st.data, fields)?;
        write(st, &mut overlay, ticket, &v, author, !customer)
    }

    /// The ticket the agent read last, if the colleague has not written to it since; marked
    /// as written.
    pub(crate) fn take_read_last(&self) -> Option<u64> {
        let mut last = self.0.read_last.lock().ok()?;
        match *last {
            Some((id, false)) => {
                *last = Some((id, true));
                Some(id)
            }
            _ => None,
        }
    }
}

impl Shared {
    /// The other agent: the first agent who is not the one signed in.
    fn colleague_id(&self) -> u64 {
        let me = self.data.me().id;
        (1..)
            .map(|i| me + i)
            .take(100)
            .find(|&id| self.data.is_agent(id))
            .unwrap_or(me)
    }

    fn read_ticket(&self, id: u64) {
        if let Ok(mut last) = self.read_last.lock()
            && last.is_none_or(|(was, _)| was != id)
        {
            *last = Some((id, false));
        }
    }
}

async fn create_ticket(
    State(st): State<AppState>,
    body: Result<Json<TicketWrite>, JsonRejection>,
) -> Result<(StatusCode, HeaderMap, Json<TicketWriteResponse>), ApiError> {
    let st = &st.0;
    let fields = read_body(body)?;
    let via = fields.via.clone().unwrap_or_else(|| Via {
        channel: "web".to_owned(),
    });
    let mut v = Valid::check(&st.data, fields)?;
    if v.subject.is_none() {
        return Err(ApiError::invalid("Subject: cannot be blank"));
    }
    let Some(new) = v.comment.take() else {
        return Err(ApiError::invalid("Comment: required"));
    };
    let requester = match v.requester_id {
        Some(id) => id,
        None => st.data.default_requester().id,
    };
    v.requester_id = Some(requester);
    let status = v.status.unwrap_or(match v.assignee_id.flatten() {
        Some(_) => Status::Open,
        None => Status::New,
    });
    v.status = Some(status);
    v.custom_status_id = v.custom_status_id.or(Some(status.default_custom_status()));
    let me = st.data.me().id;

    let mut overlay = st.write();
    let at = overlay.write_time(st.data.now);
    let id = Store::new(&st.data, &overlay).last_ticket_id() + 1;
    let mut ticket = Ticket {
        id,
        subject: String::new(),
        description: new.body.clone(),
        status: String::new(),
        custom_status_id: None,
        priority: None,
        requester_id: requester,
        assignee_id: None,
        group_id: None,
        organization_id: None,
        tags: Vec::new(),
        via: via.clone(),
        created_at: at,
        updated_at: at,
        slas: Some(new_slas(status, v.priority, at)),
        satisfaction_rating: None,
    };
    let comment = Comment {
        id: overlay.next_id(),
        kind: "Comment".to_owned(),
        author_id: me,
        body: new.body,
        public: new.public,
        attachments: Vec::new(),
        via: Some(via),
        created_at: at,
    };
    let mut events = vec![comment_event(&comment)];
    events.extend(apply(&mut ticket, &v, &st.data, "Create"));
    overlay.comments.insert(id, vec![comment]);
    overlay.tickets.insert(id, ticket.clone());
    let audit = Audit {
        id: overlay.next_id(),
        ticket_id: id,
        author_id: me,
        created_at: at,
        events,
    };
    let mut headers = HeaderMap::new();
    let location = format!("{}/api/v2/tickets/{id}.json", st.base_url);
    if let Ok(value) = location.parse() {
        headers.insert(header::LOCATION, value);
    }
    let response = TicketWriteResponse {
        ticket: Includes::default().apply(ticket),
        audit,
    };
    Ok((StatusCode::CREATED, headers, Json(response)))
}

// ---------------------------------------------------------------------------------------------
// People, organisations, groups, macros.

async fn show_me(State(st): State<AppState>) -> Json<UserEnvelope> {
    Json(UserEnvelope {
        user: st.0.data.me().clone(),
        organizations: vec![],
    })
}

/// `include=organizations` sideloads the user's organization, as Zendesk does.
async fn show_user(
    State(st): State<AppState>,
    Id(id): Id,
    params: Params,
) -> Result<Json<UserEnvelope>, ApiError> {
    let data = &st.0.data;
    let user = data.user(id).ok_or_else(ApiError::not_found)?;
    let organizations = match user.organization_id {
        Some(oid) if params.includes().organizations => {
            data.organization(oid).cloned().into_iter().collect()
        }
        _ => vec![],
    };
    Ok(Json(UserEnvelope {
        user: user.clone(),
        organizations,
    }))
}

async fn list_users(
    State(st): State<AppState>,
    params: Params,
    uri: Uri,
) -> Result<Json<UsersPage>, ApiError> {
    let st = &st.0;
    let request = params.page()?;
    let roles: Vec<&str> = params.all("role").chain(params.all("role[]")).collect();
    let users: Vec<&User> = st
        .data
        .users
        .iter()
        .filter(|u| roles.is_empty() || roles.contains(&u.role.as_str()))
        .collect();
    let page = paginate(users, |u| Key::id(u.id), &request, Order::Ascending);
    let (meta, links) = st.cursor_meta(&uri, &params, &page);
    Ok(Json(UsersPage {
        users: page.items.into_iter().cloned().collect(),
        meta,
        links,
    }))
}

async fn user_related(
    State(st): State<AppState>,
    Id(id): Id,
) -> Result<Json<UserRelatedEnvelope>, ApiError> {
    let st = &st.0;
    st.data.user(id).ok_or_else(ApiError::not_found)?;
    let overlay = st.read();
    let store = Store::new(&st.data, &overlay);
    let mut related = UserRelated::default();
    for t in store.summaries() {
        related.requested_tickets += u64::from(t.requester_id == id);
        related.assigned_tickets += u64::from(t.assignee_id == Some(id));
    }
    Ok(Json(UserRelatedEnvelope {
        user_related: related,
    }))
}

async fn requested_tickets(
    State(st): State<AppState>,
    Id(id): Id,
    params: Params,
    uri: Uri,
) -> Result<Json<TicketsPage>, ApiError> {
    let st = &st.0;
    st.data.user(id).ok_or_else(ApiError::not_found)?;
    let request = params.page()?;
    let overlay = st.read();
    let store = Store::new(&st.data, &overlay);
    let matching = store.summaries().filter(|t| t.requester_id == id).collect();
    let page = st.tickets_page(
        &store,
        matching,
        (by_created, Order::Descending),
        &request,
        &params,
        &uri,
    );
    Ok(Json(page))
}

async fn list_organizations(
    State(st): State<AppState>,
    params: Params,
    uri: Uri,
) -> Result<Json<OrganizationsPage>, ApiError> {
    let st = &st.0;
    let request = params.page()?;
    let orgs: Vec<&Organization> = st.data.organizations.iter().collect();
    let page = paginate(orgs, |o| Key::id(o.id), &request, Order::Ascending);
    let (meta, links) = st.cursor_meta(&uri, &params, &page);
    Ok(Json(OrganizationsPage {
        organizations: page.items.into_iter().cloned().collect(),
        meta,
        links,
    }))
}

async fn show_organization(
    State(st): State<AppState>,
    Id(id): Id,
) -> Result<Json<OrganizationEnvelope>, ApiError> {
    let org = st.0.data.organization(id).ok_or_else(ApiError::not_found)?;
    Ok(Json(OrganizationEnvelope {
        organization: org.clone(),
    }))
}

async fn list_custom_statuses() -> Json<Value> {
    let statuses: Vec<Value> = super::data::CUSTOM_STATUSES
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "agent_label": c.label,
                "end_user_label": c.label,
                "status_category": c.category.as_str(),
                "active": true,
                "default": c.default,
            })
        })
        .collect();
    Json(json!({ "custom_statuses": statuses }))
}

async fn list_groups(State(st): State<AppState>) -> Json<Value> {
    let groups = &st.0.data.groups;
    Json(json!({
        "groups": groups,
        "count": groups.len(),
        "next_page": null,
        "previous_page": null,
    }))
}

/// `GET /api/v2/tags`: the tags in use, most used first, as Zendesk lists them (`name`, `count`),
/// one page of `per_page` (at most 100).
async fn list_tags(State(st): State<AppState>, params: Params) -> Result<Json<Value>, ApiError> {
    let per_page = params.number("per_page", 100, 100)?;
    let mut counts = st.0.data.tag_counts();
    for t in st.0.read().tickets.values() {
        // A written ticket shadows its generated row; its tags as written count once more, which
        // is close enough for an order of popularity.
        for tag in &t.tags {
            *counts.entry(tag.clone()).or_default() += 1;
        }
    }
    let mut tags: Vec<(String, u64)> = counts.into_iter().collect();
    tags.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let count = tags.len();
    let page: Vec<Value> = tags
        .into_iter()
        .take(per_page)
        .map(|(name, count)| json!({ "name": name, "count": count }))
        .collect();
    Ok(Json(json!({
        "tags": page,
        "count": count,
        "next_page": null,
        "previous_page": null,
    })))
}

fn macros_page(data: &Dataset, active_only: bool) -> Json<MacrosPage> {
    Json(MacrosPage {
        macros: data
            .macros
            .iter()
            .filter(|m| m.active || !active_only)
            .cloned()
            .collect(),
        meta: Meta::default(),
        links: Links::default(),
    })
}

/// `GET /api/v2/tickets/{id}/macros/{macro_id}/apply`: the ticket as the macro would leave it and
/// the comment it would add (placeholders rendered for this ticket), changing nothing.
async fn apply_macro(
    State(st): State<AppState>,
    Path((id, macro_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let st = &st.0;
    let parse = |raw: &str| {
        raw.parse::<u64>()
            .map_err(|_| ApiError::bad_request(format!("Invalid id: {raw}")))
    };
    let (id, macro_id) = (parse(&id)?, parse(&macro_id)?);
    let overlay = st.read();
    let mut ticket = Store::new(&st.data, &overlay)
        .ticket(id)
        .ok_or_else(ApiError::not_found)?;
    let m = st
        .data
        .macros
        .iter()
        .find(|m| m.id == macro_id)
        .ok_or_else(ApiError::not_found)?;
    let me = st.data.me();
    let mut body: Option<(String, bool)> = None;
    let mut public = true;
    for a in &m.actions {
        let v = match &a.value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        match a.field.as_str() {
            "status" => ticket.status = v,
            "priority" => ticket.priority = Some(v),
            "group_id" => ticket.group_id = v.parse().ok().or(ticket.group_id),
            "assignee_id" if v == "current_user" => ticket.assignee_id = Some(me.id),
            "assignee_id" => ticket.assignee_id = v.parse().ok().or(ticket.assignee_id),
            // Zendesk's "Add tags" action; "set_tags" replaces, "remove_tags" takes away.
            "current_tags" => {
                for t in v.split_whitespace() {
                    if !ticket.tags.iter().any(|x| x == t) {
                        ticket.tags.push(t.to_owned());
                    }
                }
            }
            "set_tags" => ticket.tags = v.split_whitespace().map(str::to_owned).collect(),
            "remove_tags" => ticket
                .tags
                .retain(|t| !v.split_whitespace().any(|x| x == t)),
            "comment_value" => body = Some((v, false)),
            "comment_value_html" => body = Some((v, true)),
            "comment_mode_is_public" => public = v != "false",
            _ => {}
        }
    }
    let requester = st.data.user(ticket.requester_id);
    let first = |name: &str| name.split_whitespace().next().unwrap_or(name).to_owned();
    let render = |text: &str| {
        tix_helpdesk::placeholders::rewrite_placeholders(text, "{{", "}}", |name| match name {
            "ticket.requester.first_name" => requester.map(|u| first(&u.name)),
            "ticket.requester.name" => requester.map(|u| u.name.clone()),
            "ticket.requester.email" => requester.and_then(|u| u.email.clone()),
            "ticket.id" => Some(ticket.id.to_string()),
            "ticket.title" | "ticket.subject" => Some(ticket.subject.clone()),
            "ticket.status" => Some(ticket.status.clone()),
            "current_user.name" => Some(me.name.clone()),
            "current_user.first_name" => Some(first(&me.name)),
            "current_user.email" => me.email.clone(),
            _ => None,
        })
    };
    let comment = body.map(|(text, html)| {
        let text = render(&text);
        let mut c = json!({"public": public, "scoped_body": [["channel:all", text]]});
        if html {
            c["html_body"] = json!(text);
            c["body"] = json!(tix_helpdesk::html::to_text(&text));
        } else {
            c["body"] = json!(text);
        }
        c
    });
    let mut out =
        serde_json::to_value(Includes::default().apply(ticket)).map_err(ApiError::internal)?;
    if let Some(c) = comment {
        out["comment"] = c;
    }
    Ok(Json(json!({"result": {"ticket": out}})))
}

async fn list_macros(State(st): State<AppState>) -> Json<MacrosPage> {
    macros_page(&st.0.data, false)
}

async fn list_active_macros(State(st): State<AppState>) -> Json<MacrosPage> {
    macros_page(&st.0.data, true)
}

// ---------------------------------------------------------------------------------------------
// Incremental export.

/// `GET /api/v2/incremental/tickets/cursor`, in Zendesk's documented shape.
#[derive(Debug, Serialize)]
struct IncrementalTicketsPage {
    tickets: Vec<Ticket>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    users: Vec<User>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    groups: Vec<Group>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    organizations: Vec<Organization>,
    after_cursor: Option<String>,
    after_url: Option<String>,
    before_cursor: Option<String>,
    before_url: Option<String>,
    end_of_stream: bool,
    count: u64,
}

/// Change-based sync: `?start_time=UNIX_SECONDS` starts a stream of every ticket whose
/// `updated_at` is at or after that time, oldest change first (ties by id); each page's
/// `after_url` (`?cursor=...`) continues it. `end_of_stream` says the client has caught up; it
/// keeps `after_cursor` and asks again later to get what changed since: a ticket changed again
/// comes again. `per_page` (at most 1000, the default) and `include=` work as elsewhere.
/// `before_cursor`/`before_url` are always null: the demo does not page backwards.
///
/// Real Zendesk allows incremental exports to admins only, rate-limits them, and leaves out the
/// last minute (a `start_time` less than a minute ago is refused; changes younger than a minute
/// appear on a later request) so that a change still being written is never skipped. The demo
/// does none of that: any agent may export, and a write is in the stream at once.
async fn incremental_tickets(
    State(st): State<AppState>,
    params: Params,
    uri: Uri,
) -> Result<Json<IncrementalTicketsPage>, ApiError> {
    let st = &st.0;
    let after = match (params.get("cursor"), params.get("start_time")) {
        (Some(cursor), _) => {
            Key::decode(cursor).ok_or_else(|| ApiError::bad_request("Invalid cursor"))?
        }
        (None, Some(raw)) => {
            let start = raw
                .trim()
                .parse::<i64>()
                .ok()
                .and_then(|secs| Timestamp::from_second(secs).ok())
                .ok_or_else(|| {
                    ApiError::bad_request(format!(
                        "start_time must be a Unix time in seconds, got {raw:?}"
                    ))
                })?;
            // Just before every ticket updated at `start` or later.
            Key {
                at: start.as_nanosecond() - 1,
                id: u64::MAX,
            }
        }
        (None, None) => return Err(ApiError::bad_request("start_time or cursor is required")),
    };
    let size = params.number("per_page", MAX_EXPORT_PAGE_SIZE, MAX_EXPORT_PAGE_SIZE)?;
    let include = params.includes();
    let overlay = st.read();
    let store = Store::new(&st.data, &overlay);
    let changed: Vec<TicketSummary> = store
        .summaries()
        .filter(|t| by_updated(t) > after)
        .collect();
    let request = PageRequest { size, after: None };
    let page = paginate(changed, by_updated, &request, Order::Ascending);
    let tickets: Vec<Ticket> = page
        .items
        .iter()
        .filter_map(|t| store.ticket(t.id))
        .collect();
    let side = Sideloads::of(&st.data, &tickets, include);
    let cursor = page.last.unwrap_or(after).encode();
    let rest = Params(
        params
            .0
            .iter()
            .filter(|(k, _)| k != "start_time")
            .cloned()
            .collect(),
    );
    Ok(Json(IncrementalTicketsPage {
        count: tickets.len() as u64,
        tickets: tickets.into_iter().map(|t| include.apply(t)).collect(),
        users: side.users,
        groups: side.groups,
        organizations: side.organizations,
        after_url: Some(st.next_link(&uri, &rest, "cursor", &cursor)),
        after_cursor: Some(cursor),
        before_cursor: None,
        before_url: None,
        end_of_stream: !page.has_more,
    }))
}

// ---------------------------------------------------------------------------------------------
// Search.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Status,
    Priority,
    Requester,
    Assignee,
    Tags,
    Updated,
    Created,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    fn holds<T: Ord>(self, left: T, right: T) -> bool {
        match self {
            Op::Eq => left == right,
            Op::Lt => left < right,
            Op::Le => left <= right,
            Op::Gt => left > right,
            Op::Ge => left >= right,
        }
    }

    /// Compares a time with the range a search value names (see `time_range`).
    fn holds_in(self, time: Timestamp, range: Option<(Timestamp, Timestamp)>) -> bool {
        let Some((start, end)) = range else {
            return false; // not a time: matches nothing
        };
        match self {
            Op::Eq => start <= time && time < end,
            Op::Lt => time < start,
            Op::Le => time < end,
            Op::Gt => time >= end,
            Op::Ge => time >= start,
        }
    }
}

/// The half-open range of instants a search time value names: a Unix time in seconds or an RFC
/// 3339 instant names itself, a date (UTC) its whole day. So `updated>2026-11-23` is from the
/// next day on, `updated:2026-11-23` that day, and `updated>1795428000` after that second.
fn time_range(value: &str) -> Option<(Timestamp, Timestamp)> {
    let instant = |t: Timestamp| Some((t, t.checked_add(SignedDuration::from_nanos(1)).ok()?));
    if let Ok(secs) = value.parse::<i64>() {
        return instant(Timestamp::from_second(secs).ok()?);
    }
    if let Ok(t) = value.parse::<Timestamp>() {
        return instant(t);
    }
    let day = value.parse::<jiff::civil::Date>().ok()?;
    let start = day.to_zoned(jiff::tz::TimeZone::UTC).ok()?.timestamp();
    Some((
        start,
        start.checked_add(SignedDuration::from_hours(24)).ok()?,
    ))
}

#[derive(Debug, PartialEq)]
struct Condition {
    field: Field,
    op: Op,
    value: String,
    /// For `updated`/`created`: the instants the value names.
    range: Option<(Timestamp, Timestamp)>,
}

/// The subset of Zendesk's search language the demo understands: `type:`, `status:` (and
/// `<`, `>`, `<=`, `>=`), `priority:`, `requester:`, `assignee:`, `tags:`, `updated` and
/// `created` (`:`, `<`, `>`, `<=`, `>=` with a date, an RFC 3339 time or a Unix time) and free
/// words or "quoted phrases". Conditions on one field are alternatives, except times, which
/// must all hold (`updated>A updated<B` is a range); everything else must all match.
#[derive(Debug, Default, PartialEq)]
struct SearchQuery {
    kind: Option<String>,
    conditions: Vec<Condition>,
    words: Vec<String>,
}

impl SearchQuery {
    fn parse(query: &str) -> SearchQuery {
        let mut q = SearchQuery::default();
        let mut rest = query.trim_start();
        while !rest.is_empty() {
            if let Some(quoted) = rest.strip_prefix('"') {
                let end = quoted.find('"').unwrap_or(quoted.len());
                q.push_word(&quoted[..end]);
                rest = quoted.get(end + 1..).unwrap_or("").trim_start();
                continue;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            q.push_term(&rest[..end]);
            rest = rest[end..].trim_start();
        }
        q
    }

    fn push_word(&mut self, word: &str) {
        let word = word.trim().to_lowercase();
        if !word.is_empty() {
            self.words.push(word);
        }
    }

    fn push_term(&mut self, term: &str) {
        let Some(at) = term.find([':', '<', '>']) else {
            return self.push_word(term);
        };
        let (key, rest) = term.split_at(at);
        let (op, value) = if let Some(v) = rest.strip_prefix("<=") {
            (Op::Le, v)
        } else if let Some(v) = rest.strip_prefix(">=") {
            (Op::Ge, v)
        } else if let Some(v) = rest.strip_prefix('<') {
            (Op::Lt, v)
        } else if let Some(v) = rest.strip_prefix('>') {
            (Op::Gt, v)
        } else {
            (Op::Eq, &rest[1..])
        };
        let field = match key.to_lowercase().as_str() {
            "type" => {
                self.kind = Some(value.to_lowercase());
                return;
            }
            "status" => Field::Status,
            "priority" => Field::Priority,
            "requester" => Field::Requester,
            "assignee" => Field::Assignee,
            "tags" | "tag" => Field::Tags,
            "updated" | "updated_at" => Field::Updated,
            "created" | "created_at" => Field::Created,
            // Zendesk searches unknown "key:value" terms as text.
            _ => return self.push_word(term),
        };
        let range = matches!(field, Field::Updated | Field::Created)
            .then(|| time_range(value))
            .flatten();
        self.conditions.push(Condition {
            field,
            op,
            value: value.to_lowercase(),
            range,
        });
    }

    /// True when every condition that names `field` holds.
    fn matches_all(&self, field: Field, test: impl Fn(&Condition) -> bool) -> bool {
        self.conditions
            .iter()
            .filter(|c| c.field == field)
            .all(test)
    }

    /// True when no condition names `field`, or when one of those that do holds.
    fn matches_field(&self, field: Field, test: impl Fn(&Condition) -> bool) -> bool {
        let mut conditions = self
            .conditions
            .iter()
            .filter(|c| c.field == field)
            .peekable();
        conditions.peek().is_none() || conditions.any(test)
    }
}

/// Who `me`, `none`, an id or an e-mail address refers to in `requester:`/`assignee:` terms.
fn person_matches(data: &Dataset, value: &str, who: Option<u64>) -> bool {
    match value {
        "me" => who == Some(data.me().id),
        "none" => who.is_none(),
        _ => match value.parse::<u64>() {
            Ok(id) => who == Some(id),
            Err(_) => who
                .and_then(|id| data.user(id))
                .and_then(|u| u.email.as_deref())
                .is_some_and(|email| email.eq_ignore_ascii_case(value)),
        },
    }
}

fn summary_matches(data: &Dataset, q: &SearchQuery, t: &TicketSummary) -> bool {
    q.matches_field(Field::Status, |c| {
        Status::parse(&c.value).is_some_and(|s| c.op.holds(t.status, s))
    }) && q.matches_field(Field::Priority, |c| {
        let wanted = Priority::parse(&c.value);
        match (t.priority, wanted) {
            (Some(p), Some(w)) => c.op.holds(p, w),
            (None, None) => c.value == "none" && c.op == Op::Eq,
            _ => false,
        }
    }) && q.matches_field(Field::Requester, |c| {
        person_matches(data, &c.value, Some(t.requester_id))
    }) && q.matches_field(Field::Assignee, |c| {
        person_matches(data, &c.value, t.assignee_id)
    }) && q.matches_all(Field::Updated, |c| c.op.holds_in(t.updated_at, c.range))
        && q.matches_all(Field::Created, |c| c.op.holds_in(t.created_at, c.range))
}

fn ticket_matches(q: &SearchQuery, t: &Ticket) -> bool {
    if !q.matches_field(Field::Tags, |c| t.tags.contains(&c.value)) {
        return false;
    }
    if q.words.is_empty() {
        return true;
    }
    let haystack = format!("{}\n{}", t.subject, t.description).to_lowercase();
    q.words.iter().all(|w| haystack.contains(w.as_str()))
}

fn user_matches(q: &SearchQuery, u: &User) -> bool {
    if !q.matches_field(Field::Tags, |c| u.tags.contains(&c.value)) {
        return false;
    }
    let fields = [
        Some(u.name.as_str()),
        u.email.as_deref(),
        u.phone.as_deref(),
    ];
    let haystack = fields.into_iter().flatten().collect::<Vec<_>>().join("\n");
    let haystack = haystack.to_lowercase();
    q.words.iter().all(|w| haystack.contains(w.as_str()))
}

fn with_result_type(value: impl serde::Serialize, kind: &str) -> Result<Value, ApiError> {
    let mut value = serde_json::to_value(value).map_err(ApiError::internal)?;
    if let Value::Object(map) = &mut value {
        map.insert("result_type".to_owned(), Value::String(kind.to_owned()));
    }
    Ok(value)
}

/// One page of search results (offset pagination) and the total count. Tickets come newest
/// updated first, users by id; only the page itself is serialized.
fn run_search(
    st: &Shared,
    q: &SearchQuery,
    include: Includes,
    range: std::ops::Range<usize>,
) -> Result<(Vec<Value>, usize, Vec<User>), ApiError> {
    let page_of = |count: usize| range.start.min(count)..range.end.min(count);
    match q.kind.as_deref() {
        None | Some("ticket") => {
            let overlay = st.read();
            let store = Store::new(&st.data, &overlay);
            // Text and tags need the full ticket; skip building it when the query has neither.
            let needs_ticket =
                !q.words.is_empty() || q.conditions.iter().any(|c| c.field == Field::Tags);
            let mut found: Vec<Key> = store
                .summaries()
                .filter(|t| summary_matches(&st.data, q, t))
                .filter(|t| {
                    !needs_ticket
                        || store
                            .ticket(t.id)
                            .is_some_and(|full| ticket_matches(q, &full))
                })
                .map(|t| Key::at(t.updated_at, t.id))
                .collect();
            found.sort_unstable_by(|a, b| b.cmp(a));
            let page = &found[page_of(found.len())];
            let tickets: Vec<Ticket> = page.iter().filter_map(|key| store.ticket(key.id)).collect();
            let users = Sideloads::of(&st.data, &tickets, include).users;
            let results = tickets
                .into_iter()
                .map(|t| with_result_type(include.apply(t), "ticket"))
                .collect::<Result<_, _>>()?;
            Ok((results, found.len(), users))
        }
        Some("user") => {
            let found: Vec<&User> = st
                .data
                .users
                .iter()
                .filter(|u| user_matches(q, u))
                .collect();
            let results = found[page_of(found.len())]
                .iter()
                .map(|u| with_result_type(u, "user"))
                .collect::<Result<_, _>>()?;
            Ok((results, found.len(), Vec::new()))
        }
        Some(_) => Ok((Vec::new(), 0, Vec::new())),
    }
}

async fn search(
    State(st): State<AppState>,
    params: Params,
    uri: Uri,
) -> Result<Json<SearchPage>, ApiError> {
    let query = params
        .get("query")
        .ok_or_else(|| ApiError::bad_request("query is required"))?;
    let q = SearchQuery::parse(query);
    let page = params.number("page", 1, usize::MAX)?;
    let per_page = params.number("per_page", MAX_PAGE_SIZE, MAX_PAGE_SIZE)?;
    let start = (page - 1).saturating_mul(per_page);
    let range = start..start.saturating_add(per_page);
    let include = params.includes();
    // A free-text search reads every ticket's text: the one slow request, so keep it off the
    // threads that serve everything else.
    let shared = Arc::clone(&st.0);
    let (results, count, users) =
        tokio::task::spawn_blocking(move || run_search(&shared, &q, include, range))
            .await
            .map_err(ApiError::internal)??;
    let link = |p: usize| st.0.next_link(&uri, &params, "page", &p.to_string());
    let more = start.saturating_add(per_page) < count;
    Ok(Json(SearchPage {
        next_page: more.then(|| link(page + 1)),
        previous_page: (page > 1).then(|| link(page - 1)),
        results,
        count: count as u64,
        users,
    }))
}

// ---------------------------------------------------------------------------------------------
// Help Center (`help_center/articles`): the demo's articles, searched by words.

fn hc_article_of(
    st: &Shared,
    a: &super::articles::DemoArticle,
) -> tix_helpdesk::zendesk::wire::HcArticle {
    let locale = super::articles::locale(a.lang);
    tix_helpdesk::zendesk::wire::HcArticle {
        id: a.id,
        title: a.title.to_owned(),
        body: a.body.to_owned(),
        html_url: Some(format!("{}/hc/{locale}/articles/{}", st.base_url, a.id)),
        locale: Some(locale.to_owned()),
        section_id: Some(360_100 + a.topic as u64),
        draft: false,
        label_names: vec![a.topic.tag().to_owned()],
        snippet: None,
        updated_at: Some(st.data.now),
    }
}

/// Ranked by the words of the query found in the title, labels and body (`helpdesk::words`);
/// `locale` (other than `*`) keeps one language.
async fn hc_search(
    State(st): State<AppState>,
    params: Params,
) -> Result<Json<tix_helpdesk::zendesk::wire::HcSearch>, ApiError> {
    use tix_helpdesk::words::{score, terms};
    let query = params
        .get("query")
        .ok_or_else(|| ApiError::bad_request("query is required"))?;
    let per_page = params.number("per_page", 25, MAX_PAGE_SIZE)?;
    let locale = params.get("locale").filter(|l| *l != "*");
    let q = terms(query);
    let mut found: Vec<(u32, &super::articles::DemoArticle)> = super::articles::ARTICLES
        .iter()
        .filter(|a| locale.is_none_or(|l| super::articles::locale(a.lang).eq_ignore_ascii_case(l)))
        .map(|a| {
            let labels = [a.topic.tag().to_owned()];
            (score(&q, a.title, &labels, a.body), a)
        })
        .filter(|(s, _)| *s > 0)
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
    let count = found.len() as u64;
    let results = found
        .into_iter()
        .take(per_page)
        .map(|(_, a)| {
            let mut out = hc_article_of(&st.0, a);
            out.snippet = Some(demo_snippet(a.body));
            out
        })
        .collect::<Vec<_>>();
    Ok(Json(tix_helpdesk::zendesk::wire::HcSearch {
        results: results.into(),
        count,
        next_page: None,
    }))
}

/// The first paragraph's text, as Zendesk's snippet gives a piece of the body.
fn demo_snippet(body: &str) -> String {
    let p = body.split("<p>").nth(1).unwrap_or(body);
    let p = p.split("</p>").next().unwrap_or(p);
    let mut out = String::new();
    let mut in_tag = false;
    for c in p.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.chars().take(160).collect()
}

async fn hc_article(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<tix_helpdesk::zendesk::wire::HcArticleEnvelope>, ApiError> {
    let n: u64 = id.parse().map_err(|_| ApiError::not_found())?;
    let a = super::articles::ARTICLES
        .iter()
        .find(|a| a.id == n)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(tix_helpdesk::zendesk::wire::HcArticleEnvelope {
        article: hc_article_of(&st.0, a),
    }))
}

async fn hc_article_in(
    st: State<AppState>,
    Path((_locale, id)): Path<(String, String)>,
) -> Result<Json<tix_helpdesk::zendesk::wire::HcArticleEnvelope>, ApiError> {
    hc_article(st, Path(id)).await
}

// ---------------------------------------------------------------------------------------------
// Middleware.

/// `/api/v2/tickets/1.json` → `/api/v2/tickets/1`: Zendesk accepts both spellings.
async fn strip_json_suffix(mut req: Request) -> Request {
    let Some(path) = req.uri().path().strip_suffix(".json") else {
        return req;
    };
    let path_and_query = match req.uri().query() {
        Some(query) => format!("{path}?{query}"),
        None => path.to_owned(),
    };
    let mut parts = req.uri().clone().into_parts();
    if let Ok(pq) = PathAndQuery::try_from(path_and_query) {
        parts.path_and_query = Some(pq);
        if let Ok(uri) = Uri::from_parts(parts) {
            *req.uri_mut() = uri;
        }
    }
    req
}

/// What the API accepts: the fixed `--token`, and/or the OAuth access tokens issued here.
struct Gate {
    token: Option<String>,
    oauth: Option<Arc<super::oauth::Issuer>>,
}

async fn authenticate(State(gate): State<Arc<Gate>>, req: Request, next: Next) -> Response {
    let by_token = gate
        .token
        .as_deref()
        .is_some_and(|t| authorized(req.headers(), t));
    let by_oauth = gate
        .oauth
        .as_ref()
        .is_some_and(|issuer| bearer(req.headers()).is_some_and(|t| issuer.valid(t)));
    if by_token || by_oauth {
        next.run(req).await
    } else {
        ApiError::unauthorized().into_response()
    }
}

/// `Bearer TOKEN`, or Basic auth as Zendesk API tokens use it: `{email}/token:TOKEN`.
fn authorized(headers: &HeaderMap, token: &str) -> bool {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let (scheme, credentials) = value.trim().split_once(' ').unwrap_or((value, ""));
    let credentials = credentials.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        return credentials == token;
    }
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = base64_decode(credentials).and_then(|b| String::from_utf8(b).ok());
        return decoded
            .as_deref()
            .and_then(|d| d.split_once("/token:"))
            .is_some_and(|(_, given)| given == token);
    }
    false
}

/// The credentials of an `Authorization: Bearer ...` header.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, credentials) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| credentials.trim())
}

/// Standard or URL-safe base64, padding optional; `None` on any other character.
fn base64_decode(input: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in input.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Percent-encodes a query component (RFC 3986 unreserved characters pass through).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let key = Key::at("2026-11-23T10:00:00.5Z".parse().unwrap(), 1234);
        assert_eq!(Key::decode(&key.encode()), Some(key));
        assert_eq!(Key::decode(&Key::id(7).encode()), Some(Key::id(7)));
        for bad in ["zz", "abc", "3a", "", "6869", "ééé"] {
            assert_eq!(Key::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn paginate_walks_every_item_once_in_order() {
        let items: Vec<u64> = (0..25).map(|i| (i * 7) % 25).collect();
        let mut after = None;
        let mut seen = Vec::new();
        loop {
            let request = PageRequest { size: 10, after };
            let page = paginate(items.clone(), |&i| Key::id(i), &request, Order::Descending);
            seen.extend(page.items.iter().copied());
            if !page.has_more {
                break;
            }
            after = page.last;
        }
        assert_eq!(seen, (0..25).rev().collect::<Vec<u64>>());
    }

    #[test]
    fn search_query_parsing() {
        let q = SearchQuery::parse(
            r#"type:ticket status<solved priority:urgent "Charged twice" refund requester:42 foo:bar"#,
        );
        assert_eq!(q.kind.as_deref(), Some("ticket"));
        assert_eq!(q.words, ["charged twice", "refund", "foo:bar"]);
        let fields: Vec<(Field, Op, &str)> = q
            .conditions
            .iter()
            .map(|c| (c.field, c.op, c.value.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                (Field::Status, Op::Lt, "solved"),
                (Field::Priority, Op::Eq, "urgent"),
                (Field::Requester, Op::Eq, "42"),
            ]
        );
        assert_eq!(SearchQuery::parse("  "), SearchQuery::default());
        let q = SearchQuery::parse(
            "updated>2026-11-23T10:00:00Z created<=1795428000 updated:2026-11-22 updated<soon",
        );
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        let ranges: Vec<(Field, Op, Option<Timestamp>)> = q
            .conditions
            .iter()
            .map(|c| (c.field, c.op, c.range.map(|r| r.0)))
            .collect();
        assert_eq!(
            ranges,
            [
                (Field::Updated, Op::Gt, Some(at("2026-11-23T10:00:00Z"))),
                (Field::Created, Op::Le, Some(at("2026-11-23T10:00:00Z"))),
                (Field::Updated, Op::Eq, Some(at("2026-11-22T00:00:00Z"))),
                (Field::Updated, Op::Lt, None),
            ]
        );
        let day = q.conditions[2].range;
        assert!(Op::Eq.holds_in(at("2026-11-22T23:59:59Z"), day));
        assert!(!Op::Eq.holds_in(at("2026-11-23T00:00:00Z"), day));
        assert!(Op::Gt.holds_in(at("2026-11-23T00:00:00Z"), day));
        assert!(!Op::Gt.holds_in(at("2026-11-22T12:00:00Z"), day));
        let instant = q.conditions[0].range;
        assert!(!Op::Gt.holds_in(at("2026-11-23T10:00:00Z"), instant));
        assert!(Op::Ge.holds_in(at("2026-11-23T10:00:00Z"), instant));
        assert!(Op::Le.holds_in(at("2026-11-23T10:00:00Z"), instant));
        assert!(!Op::Lt.holds_in(at("2026-11-23T10:00:00Z"), instant));
        assert!(
            !Op::Eq.holds_in(at("2026-11-23T10:00:00Z"), None),
            "not a time"
        );
        assert_eq!(SearchQuery::parse("\"unterminated").words, ["unterminated"]);
    }

    #[test]
    fn basic_and_bearer_auth() {
        let mut headers = HeaderMap::new();
        assert!(!authorized(&headers, "s3cret"));
        headers.insert(header::AUTHORIZATION, "Bearer s3cret".parse().unwrap());
        assert!(authorized(&headers, "s3cret"));
        assert!(!authorized(&headers, "other"));
        // base64("agent@example.com/token:s3cret")
        let basic = "Basic YWdlbnRAZXhhbXBsZS5jb20vdG9rZW46czNjcmV0";
        headers.insert(header::AUTHORIZATION, basic.parse().unwrap());
        assert!(authorized(&headers, "s3cret"));
        headers.insert(header::AUTHORIZATION, "Basic !!!".parse().unwrap());
        assert!(!authorized(&headers, "s3cret"));
        assert_eq!(base64_decode("aGk").as_deref(), Some(&b"hi"[..]));
    }

    #[test]
    fn tags_are_normalized() {
        let tags = vec!["VIP".to_owned(), "needs info".to_owned(), "vip".to_owned()];
        assert_eq!(normalize_tags(tags), ["vip", "needs", "info"]);
    }
}
