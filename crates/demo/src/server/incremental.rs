//! Incremental export: tickets changed since a time, a page at a time.

use super::*;

/// `GET /api/v2/incremental/tickets/cursor`, in Zendesk's documented shape.
#[derive(Debug, Serialize)]
pub(super) struct IncrementalTicketsPage {
    pub(super) tickets: Vec<Ticket>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) users: Vec<User>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) groups: Vec<Group>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) organizations: Vec<Organization>,
    pub(super) after_cursor: Option<String>,
    pub(super) after_url: Option<String>,
    pub(super) before_cursor: Option<String>,
    pub(super) before_url: Option<String>,
    pub(super) end_of_stream: bool,
    pub(super) count: u64,
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
pub(super) async fn incremental_tickets(
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
