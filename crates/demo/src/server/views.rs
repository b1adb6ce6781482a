//! Views: their list, count and tickets, in the orders Zendesk sorts by.

use super::*;

pub(super) async fn list_views(State(st): State<AppState>) -> Json<ViewsPage> {
    Json(ViewsPage {
        views: st.0.data.views.clone(),
        meta: Meta::default(),
        links: Links::default(),
    })
}

pub(super) fn by_updated(t: &TicketSummary) -> Key {
    Key::at(t.updated_at, t.id)
}

pub(super) fn by_created(t: &TicketSummary) -> Key {
    Key::at(t.created_at, t.id)
}

/// Soonest breach first; tickets without a running clock last (as Zendesk sorts empty values).
pub(super) fn by_next_breach(t: &TicketSummary) -> Key {
    match t.next_breach {
        Some(at) => Key::at(at, t.id),
        None => Key {
            at: i128::MAX,
            id: t.id,
        },
    }
}

pub(super) async fn view_tickets(
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

pub(super) async fn view_count(
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
