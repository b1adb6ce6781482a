//! Extractors and request parameters: path ids, query parameters, page requests, the order asked,
//! write bodies.

use super::*;

/// A numeric `{id}` path segment; anything else is a 400.
pub(super) struct Id(pub(super) u64);

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
pub(super) struct Params(pub(super) Vec<(String, String)>);

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Query::<Vec<(String, String)>>::from_request_parts(parts, state)
            .await
            .map(|Query(pairs)| Params(pairs))
            .map_err(|e| ApiError::bad_request(e.body_text()))
    }
}

pub(super) struct PageRequest {
    pub(super) size: usize,
    pub(super) after: Option<Key>,
}

impl Params {
    pub(super) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub(super) fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A positive number no larger than `max`, or `default` when absent.
    pub(super) fn number(&self, key: &str, default: usize, max: usize) -> Result<usize, ApiError> {
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

    pub(super) fn page(&self) -> Result<PageRequest, ApiError> {
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
    pub(super) fn view_order(&self) -> Result<Sorting, ApiError> {
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

    pub(super) fn includes(&self) -> Includes {
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

pub(super) fn read_body(
    body: Result<Json<TicketWrite>, JsonRejection>,
) -> Result<TicketFields, ApiError> {
    body.map(|Json(write)| write.ticket)
        .map_err(|e| ApiError::bad_request(e.body_text()))
}
