//! Search: Zendesk's query syntax over the tickets and users.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Status,
    Priority,
    Requester,
    Assignee,
    Tags,
    Updated,
    Created,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Op {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    pub(super) fn holds<T: Ord>(self, left: T, right: T) -> bool {
        match self {
            Op::Eq => left == right,
            Op::Lt => left < right,
            Op::Le => left <= right,
            Op::Gt => left > right,
            Op::Ge => left >= right,
        }
    }

    /// Compares a time with the range a search value names (see `time_range`).
    pub(super) fn holds_in(self, time: Timestamp, range: Option<(Timestamp, Timestamp)>) -> bool {
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
pub(super) fn time_range(value: &str) -> Option<(Timestamp, Timestamp)> {
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
pub(super) struct Condition {
    pub(super) field: Field,
    pub(super) op: Op,
    pub(super) value: String,
    /// For `updated`/`created`: the instants the value names.
    pub(super) range: Option<(Timestamp, Timestamp)>,
}

/// The subset of Zendesk's search language the demo understands: `type:`, `status:` (and
/// `<`, `>`, `<=`, `>=`), `priority:`, `requester:`, `assignee:`, `tags:`, `updated` and
/// `created` (`:`, `<`, `>`, `<=`, `>=` with a date, an RFC 3339 time or a Unix time) and free
/// words or "quoted phrases". Conditions on one field are alternatives, except times, which
/// must all hold (`updated>A updated<B` is a range); everything else must all match.
#[derive(Debug, Default, PartialEq)]
pub(super) struct SearchQuery {
    pub(super) kind: Option<String>,
    pub(super) conditions: Vec<Condition>,
    pub(super) words: Vec<String>,
}

impl SearchQuery {
    pub(super) fn parse(query: &str) -> SearchQuery {
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

    pub(super) fn push_word(&mut self, word: &str) {
        let word = word.trim().to_lowercase();
        if !word.is_empty() {
            self.words.push(word);
        }
    }

    pub(super) fn push_term(&mut self, term: &str) {
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
    pub(super) fn matches_all(&self, field: Field, test: impl Fn(&Condition) -> bool) -> bool {
        self.conditions
            .iter()
            .filter(|c| c.field == field)
            .all(test)
    }

    /// True when no condition names `field`, or when one of those that do holds.
    pub(super) fn matches_field(&self, field: Field, test: impl Fn(&Condition) -> bool) -> bool {
        let mut conditions = self
            .conditions
            .iter()
            .filter(|c| c.field == field)
            .peekable();
        conditions.peek().is_none() || conditions.any(test)
    }
}

/// Who `me`, `none`, an id or an e-mail address refers to in `requester:`/`assignee:` terms.
pub(super) fn person_matches(data: &Dataset, value: &str, who: Option<u64>) -> bool {
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

pub(super) fn summary_matches(data: &Dataset, q: &SearchQuery, t: &TicketSummary) -> bool {
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

pub(super) fn ticket_matches(q: &SearchQuery, t: &Ticket) -> bool {
    if !q.matches_field(Field::Tags, |c| t.tags.contains(&c.value)) {
        return false;
    }
    if q.words.is_empty() {
        return true;
    }
    let haystack = format!("{}\n{}", t.subject, t.description).to_lowercase();
    q.words.iter().all(|w| haystack.contains(w.as_str()))
}

pub(super) fn user_matches(q: &SearchQuery, u: &User) -> bool {
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

pub(super) fn with_result_type(
    value: impl serde::Serialize,
    kind: &str,
) -> Result<Value, ApiError> {
    let mut value = serde_json::to_value(value).map_err(ApiError::internal)?;
    if let Value::Object(map) = &mut value {
        map.insert("result_type".to_owned(), Value::String(kind.to_owned()));
    }
    Ok(value)
}

/// One page of search results (offset pagination) and the total count. Tickets come newest
/// updated first, users by id; only the page itself is serialized.
pub(super) fn run_search(
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

pub(super) async fn search(
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
