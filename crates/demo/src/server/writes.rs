//! Writes: checked fields applied to a ticket with its SLA clocks, one update or many (a job), new
//! tickets.

use super::*;

/// A ticket write after validation: nothing is changed until all of it is known to be valid.
pub(super) struct Valid {
    pub(super) subject: Option<String>,
    pub(super) status: Option<Status>,
    /// Set with the status (its category), or from it (the category's default).
    pub(super) custom_status_id: Option<u64>,
    pub(super) priority: Option<Priority>,
    /// `Some(None)`: unassign.
    pub(super) assignee_id: Option<Option<u64>>,
    pub(super) group_id: Option<u64>,
    pub(super) requester_id: Option<u64>,
    pub(super) tags: Option<Vec<String>>,
    pub(super) comment: Option<NewComment>,
}

impl Valid {
    pub(super) fn check(data: &Dataset, f: TicketFields) -> Result<Valid, ApiError> {
        let mut status = match f.status.as_deref() {
            None => None,
            Some(s) => Some(Status::parse(s).ok_or_else(|| {
                ApiError::invalid(format!("Status: {s:?} is not a valid status"))
            })?),
        };
        // A custom status sets its category as the status, as Zendesk does.
        let custom_status_id = match f.custom_status_id {
            Some(id) => {
                let c = crate::data::custom_status(id).ok_or_else(|| {
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
pub(super) fn normalize_tags(tags: Vec<String>) -> Vec<String> {
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
pub(super) fn field_event(kind: &str, field: &str, value: Value, previous: Value) -> Value {
    let mut event = json!({"type": kind, "field_name": field, "value": value});
    if kind == "Change" {
        event["previous_value"] = previous;
    }
    event
}

pub(super) fn comment_event(c: &Comment) -> Value {
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
pub(super) fn apply(ticket: &mut Ticket, v: &Valid, data: &Dataset, kind: &str) -> Vec<Value> {
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
pub(super) fn restage(slas: &mut Slas, status: Status, replied: bool, at: Timestamp) {
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

pub(super) fn after(at: Timestamp, secs: i64) -> Timestamp {
    at.checked_add(SignedDuration::from_secs(secs))
        .unwrap_or(at)
}

/// A new ticket's first-reply target, by priority.
pub(super) fn new_slas(status: Status, priority: Option<Priority>, at: Timestamp) -> Slas {
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

pub(super) async fn update_ticket(
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
pub(super) async fn update_many(
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

pub(super) async fn job_status(
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
pub(super) fn write_one(
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
pub(super) fn write(
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
    // How the write came in, as its comment says (Zendesk's audits carry `via`).
    let audit = Audit {
        id: overlay.next_id(),
        ticket_id: id,
        author_id: me,
        created_at: at,
        events,
        via: Some(ticket.via.clone()),
    };
    Ok((ticket, audit))
}

pub(super) async fn create_ticket(
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
        via: Some(via.clone()),
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
        via: Some(via),
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
