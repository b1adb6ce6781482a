//! The Zendesk Support API v2 adapter (also what the embedded demo helpdesk speaks).

mod map;
mod read;
mod vocabulary;
pub mod wire;
mod write;

use crate::Str;
use map::*;
pub use vocabulary::*;

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
    /// The signed-in agent once `me` has said who: the author of the comments tix writes, named
    /// where a write's answer names no one.
    me: std::sync::OnceLock<PartyRef>,
    /// Users read so far, to name answers read without the users sideload.
    known: std::sync::Mutex<KnownUsers>,
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
            me: std::sync::OnceLock::new(),
            known: std::sync::Mutex::default(),
        }
    }

    /// Remembers these users, to name later answers that come without them.
    fn learn<'a>(&self, users: impl IntoIterator<Item = &'a wire::User>) {
        self.known().learn(users);
    }

    /// Remembers these groups, to name a written ticket's group without asking for it again.
    fn learn_groups<'a>(&self, groups: impl IntoIterator<Item = &'a wire::Group>) {
        self.known().learn_groups(groups);
    }

    /// Remembers these organizations, to make a known customer without reading them again.
    fn learn_organizations<'a>(
        &self,
        organizations: impl IntoIterator<Item = &'a wire::Organization>,
    ) {
        self.known().learn_organizations(organizations);
    }

    fn known(&self) -> std::sync::MutexGuard<'_, KnownUsers> {
        self.known.lock().unwrap_or_else(|e| e.into_inner())
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

impl Zendesk {
    /// The signed-in agent as the author `id`, if that is who it is.
    fn me_named(&self, id: u64) -> Option<PartyRef> {
        self.me.get().filter(|me| me.id == Id::from(id)).cloned()
    }
}

fn parse_id(id: &Id) -> Result<u64> {
    rest::parse_id(id, "ticket", "Zendesk")
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
        self.learn([&me.user]);
        let _ = self.me.set(PartyRef {
            id: Id::from(me.user.id),
            name: me.user.name.clone().into(),
            email: me.user.email.clone().map(Into::into),
        });
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
        self.learn(page.users.iter());
        self.learn_organizations(page.organizations.iter());
        self.learn_groups(page.groups.iter());
        Ok(Names::tickets(page, self.custom_statuses().await))
    }

    async fn ticket(&self, id: &Id) -> Result<Ticket> {
        let path = format!("tickets/{}.json", parse_id(id)?);
        let env: wire::TicketEnvelope = self.get(&path, &[("include", SIDELOADS)]).await?;
        self.learn(env.users.iter());
        self.learn_organizations(env.organizations.iter());
        self.learn_groups(env.groups.iter());
        let names = Names::from_sideloads(env.users, env.groups, env.organizations)
            .with(self.custom_statuses().await);
        Ok(names.ticket(env.ticket))
    }

    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        self.read_messages(ticket).await
    }

    async fn customer(&self, id: &Id) -> Result<Customer> {
        self.read_customer(id).await
    }

    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>> {
        let path = format!("users/{}/tickets/requested.json", parse_id(customer)?);
        let page: wire::TicketsPage = self
            .get(&path, &[("page[size]", "25"), ("include", SIDELOADS)])
            .await?;
        self.learn(page.users.iter());
        Ok(Names::tickets(page, self.custom_statuses().await).items)
    }

    /// The user and one offset page of their tickets as big as the panel's rows, most recently
    /// updated first, at once; the page's `count` is their ticket count (no `related` asked).
    async fn customer_with_tickets(
        &self,
        customer: &Id,
        want: usize,
    ) -> Result<(Customer, Vec<Ticket>)> {
        self.read_customer_with_tickets(customer, want).await
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
        self.learn(page.users.iter());
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
        self.learn_groups(page.groups.iter());
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
        self.learn(page.users.iter());
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
            // Search answers name no one: the people come from those read before.
            let mut names = Names::default().with(self.custom_statuses().await);
            let tickets: Vec<wire::Ticket> = page
                .results
                .into_iter()
                .filter_map(|v| serde_json::from_value::<wire::Ticket>(v).ok())
                .collect();
            self.known()
                .name(&mut names, tickets.iter().flat_map(people_of));
            out.extend(tickets.into_iter().map(|t| names.ticket(t)));
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
        self.preview_macro(ticket, canned).await
    }

    /// A macro's changes are written as plain fields and a comment. `macro_ids` is not sent:
    /// the reference marks it third-party only, and whether Zendesk would then also run the macro
    /// again (a second comment) is not documented; the audit records the changes either way.
    async fn update(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        Ok(self.update_ticket(ticket, patch).await?.ticket)
    }

    /// The reply or note comes back from the write's audit (its Comment event), named when its
    /// author is the signed-in agent.
    async fn write(&self, ticket: &Id, patch: &TicketPatch) -> Result<Written> {
        self.update_ticket(ticket, patch).await
    }

    /// Zendesk's `PUT tickets/update_many.json?ids=…` (up to 100 ids a request, run as a job
    /// polled at `job_statuses/{id}`) for the same change to many tickets. It has no per-ticket
    /// `updated_at` check that tix can rely on (a `safe_update` inside `update_many` is not in
    /// Zendesk's documentation), so a patch that carries `expected` (a check is wanted) goes
    /// ticket by ticket through `update` instead, and so does one with a comment.
    async fn update_many(&self, tickets: &[Id], patch: &TicketPatch) -> Vec<Result<()>> {
        self.update_tickets(tickets, patch).await
    }

    async fn create(&self, new: &NewTicket) -> Result<Ticket> {
        self.create_ticket(new).await
    }
}

#[cfg(test)]
mod tests;
