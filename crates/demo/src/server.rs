//! The demo helpdesk's HTTP side: axum routes answering in the Zendesk Support API v2 dialect
//! (`tix_helpdesk::zendesk::wire`), over the generated data plus an in-memory overlay of writes.

mod colleague;
mod errors;
mod help_center;
mod incremental;
mod layers;
mod paging;
mod params;
mod people;
mod search;
mod sideloads;
mod tickets;
mod views;
mod writes;

pub(crate) use colleague::*;
pub(crate) use errors::*;
use help_center::*;
use incremental::*;
use layers::*;
use paging::*;
use params::*;
use people::*;
use search::*;
use sideloads::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use tickets::*;
use views::*;
use writes::*;

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

#[cfg(test)]
mod tests;
