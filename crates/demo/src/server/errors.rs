//! Errors, in Zendesk's shapes.

use super::*;

#[derive(Debug)]
pub(crate) struct ApiError {
    pub(super) status: StatusCode,
    pub(super) error: &'static str,
    pub(super) description: Option<String>,
}

impl ApiError {
    pub(super) fn new(
        status: StatusCode,
        error: &'static str,
        description: impl Into<String>,
    ) -> Self {
        ApiError {
            status,
            error,
            description: Some(description.into()),
        }
    }

    pub(super) fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "RecordNotFound", "Not found")
    }

    pub(super) fn no_endpoint() -> Self {
        Self::new(StatusCode::NOT_FOUND, "InvalidEndpoint", "Not found")
    }

    pub(super) fn method_not_allowed() -> Self {
        let status = StatusCode::METHOD_NOT_ALLOWED;
        Self::new(status, "MethodNotAllowed", "Method not allowed")
    }

    pub(super) fn bad_request(description: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "BadRequest", description)
    }

    pub(super) fn bad_page(description: impl Into<String>) -> Self {
        let status = StatusCode::BAD_REQUEST;
        Self::new(status, "InvalidPaginationParameter", description)
    }

    pub(super) fn invalid(description: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "RecordInvalid",
            description,
        )
    }

    /// A safe update whose `updated_stamp` is not the ticket's `updated_at` (Zendesk: 409).
    pub(super) fn conflict() -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "UpdateConflict",
            "The ticket was updated since updated_stamp",
        )
    }

    pub(super) fn unauthorized() -> Self {
        ApiError {
            status: StatusCode::UNAUTHORIZED,
            error: "Couldn't authenticate you",
            description: None,
        }
    }

    pub(super) fn internal(description: impl ToString) -> Self {
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
