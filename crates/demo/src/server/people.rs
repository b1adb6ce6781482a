//! People, organisations, groups, tags and macros.

use super::*;

pub(super) async fn show_me(State(st): State<AppState>) -> Json<UserEnvelope> {
    Json(UserEnvelope {
        user: st.0.data.me().clone(),
        organizations: vec![],
    })
}

/// `include=organizations` sideloads the user's organization, as Zendesk does.
pub(super) async fn show_user(
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

pub(super) async fn list_users(
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

pub(super) async fn user_related(
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

/// A user's requested tickets. With `page[size]` a cursor page, newest first; without, as
/// Zendesk's List Tickets pages by offset: `per_page` (100 at most), `page` from 1, in the order of
/// `sort_by`/`sort_order` (oldest first without), with the list's `count` and
/// `next_page`/`previous_page` (and no `meta`).
pub(super) async fn requested_tickets(
    State(st): State<AppState>,
    Id(id): Id,
    params: Params,
    uri: Uri,
) -> Result<Json<Value>, ApiError> {
    let st = &st.0;
    st.data.user(id).ok_or_else(ApiError::not_found)?;
    let overlay = st.read();
    let store = Store::new(&st.data, &overlay);
    let matching: Vec<TicketSummary> = store.summaries().filter(|t| t.requester_id == id).collect();
    if params.get("page[size]").is_some() || params.get("page[after]").is_some() {
        let request = params.page()?;
        let sorting = (by_created as fn(&TicketSummary) -> Key, Order::Descending);
        let page = st.tickets_page(&store, matching, sorting, &request, &params, &uri);
        return serde_json::to_value(page)
            .map(Json)
            .map_err(ApiError::internal);
    }
    let page_no = params.number("page", 1, usize::MAX)?;
    let per_page = params.number("per_page", MAX_PAGE_SIZE, MAX_PAGE_SIZE)?;
    // Without `sort_by`, Zendesk lists tickets oldest first.
    let (key, order) = match params.get("sort_by") {
        None | Some("") => (by_created as fn(&TicketSummary) -> Key, Order::Ascending),
        Some(_) => params.view_order()?,
    };
    let count = matching.len();
    let mut keyed: Vec<(Key, u64)> = matching.iter().map(|t| (key(t), t.id)).collect();
    keyed.sort_unstable_by(|a, b| match order {
        Order::Ascending => a.0.cmp(&b.0),
        Order::Descending => b.0.cmp(&a.0),
    });
    let start = (page_no - 1).saturating_mul(per_page).min(count);
    let end = start.saturating_add(per_page).min(count);
    let tickets: Vec<Ticket> = keyed[start..end]
        .iter()
        .filter_map(|(_, id)| store.ticket(*id))
        .collect();
    let include = params.includes();
    let side = Sideloads::of(&st.data, &tickets, include);
    let link = |p: usize| st.next_link(&uri, &params, "page", &p.to_string());
    let mut answer = json!({
        "tickets": tickets.into_iter().map(|t| include.apply(t)).collect::<Vec<_>>(),
        "count": count,
        "next_page": (end < count).then(|| link(page_no + 1)),
        "previous_page": (page_no > 1).then(|| link(page_no - 1)),
    });
    if let Value::Object(map) = &mut answer {
        for (name, list) in [
            ("users", serde_json::to_value(side.users)),
            ("groups", serde_json::to_value(side.groups)),
            ("organizations", serde_json::to_value(side.organizations)),
        ] {
            let list = list.map_err(ApiError::internal)?;
            if list.as_array().is_some_and(|l| !l.is_empty()) {
                map.insert(name.to_owned(), list);
            }
        }
    }
    Ok(Json(answer))
}

pub(super) async fn list_organizations(
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

pub(super) async fn show_organization(
    State(st): State<AppState>,
    Id(id): Id,
) -> Result<Json<OrganizationEnvelope>, ApiError> {
    let org = st.0.data.organization(id).ok_or_else(ApiError::not_found)?;
    Ok(Json(OrganizationEnvelope {
        organization: org.clone(),
    }))
}

pub(super) async fn list_custom_statuses() -> Json<Value> {
    let statuses: Vec<Value> = crate::data::CUSTOM_STATUSES
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

pub(super) async fn list_groups(State(st): State<AppState>) -> Json<Value> {
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
pub(super) async fn list_tags(
    State(st): State<AppState>,
    params: Params,
) -> Result<Json<Value>, ApiError> {
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

pub(super) fn macros_page(data: &Dataset, active_only: bool) -> Json<MacrosPage> {
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
pub(super) async fn apply_macro(
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

pub(super) async fn list_macros(State(st): State<AppState>) -> Json<MacrosPage> {
    macros_page(&st.0.data, false)
}

pub(super) async fn list_active_macros(State(st): State<AppState>) -> Json<MacrosPage> {
    macros_page(&st.0.data, true)
}
