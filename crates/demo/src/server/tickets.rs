//! Tickets: one or many, their comments, attachments and the agent's web page.

use super::*;

/// The agent web UI's address of a ticket (`tix open`): the demo has no web UI, so a plain page
/// that names the ticket.
/// An attachment's bytes (generated: the same on every request), behind the API's authentication.
pub(super) async fn attachment_content(
    State(st): State<AppState>,
    Id(id): Id,
) -> Result<Response, ApiError> {
    let st = &st.0;
    let ticket = id / 10 / crate::data::COMMENTS_PER_TICKET_ID;
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
    let bytes = crate::data::attachment_bytes(&file);
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CONTENT_DISPOSITION, "attachment".to_string()),
        ],
        bytes,
    )
        .into_response())
}

pub(super) async fn agent_page(
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

pub(super) async fn show_ticket(
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
pub(super) fn ids_param(params: &Params) -> Result<Vec<u64>, ApiError> {
    let raw = params
        .get("ids")
        .ok_or_else(|| ApiError::bad_request("ids is required"))?;
    raw.split(',')
        .map(|s| s.trim().parse::<u64>())
        .collect::<Result<Vec<u64>, _>>()
        .map_err(|_| ApiError::bad_request(format!("Invalid ids: {raw}")))
}

pub(super) async fn show_many(
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
        count: None,
    }))
}

pub(super) async fn list_comments(
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
