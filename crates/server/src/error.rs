//! The one error type of every handler, and how it becomes a response.
//!
//! Key decision: user errors (bad input, unknown ids, missing token) carry
//! their own status and a message written for the caller; internal errors
//! (SQL, corrupt rows, panics) are logged with their detail and answered
//! with a fixed "internal error" message, so a response never shows paths,
//! SQL or stack details. API routes answer JSON
//! (`{"error": {"status", "code", "message"}}`); pages wrap the same error
//! in `pages::PageError` and answer HTML.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// Every way a request can fail. Each variant documents its status code.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: a malformed parameter or body.
    #[error("{0}")]
    BadRequest(String),
    /// 401: a write without the token this server requires.
    #[error("{0}")]
    Unauthorized(String),
    /// 403: writes are disabled on this server, or a cross-site request.
    #[error("{0}")]
    Forbidden(String),
    /// 404: no such document, entity, outlet or route.
    #[error("{0}")]
    NotFound(String),
    /// 413: the body is larger than the server accepts.
    #[error("the request body is larger than the limit of {limit} bytes")]
    PayloadTooLarge { limit: usize },
    /// 415: a content type the endpoint does not read.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// 422: well-formed input that holds no article (empty, binary, no text).
    #[error("{0}")]
    Unprocessable(String),
    /// 503: the store is locked by another process for longer than the
    /// busy timeout.
    #[error("the store is busy (another process is writing); try again shortly")]
    Busy,
    /// 500: anything else. The detail is logged, never sent.
    #[error("internal error")]
    Internal(String),
}

/// The JSON body of an error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// The HTTP status code, repeated for clients that only see the body.
    pub status: u16,
    /// A stable machine-readable code (`not_found`, `payload_too_large` …).
    pub code: &'static str,
    /// A sentence for a person.
    pub message: String,
}

impl ApiError {
    pub fn internal(detail: impl Into<String>) -> ApiError {
        ApiError::Internal(detail.into())
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest(_) => "bad_request",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::NotFound(_) => "not_found",
            ApiError::PayloadTooLarge { .. } => "payload_too_large",
            ApiError::UnsupportedMediaType(_) => "unsupported_media_type",
            ApiError::Unprocessable(_) => "unprocessable",
            ApiError::Busy => "busy",
            ApiError::Internal(_) => "internal",
        }
    }

    /// The message a client may see. For internal errors it is fixed; the
    /// detail goes to the log when the response is built.
    pub fn public_message(&self) -> String {
        self.to_string()
    }

    fn log(&self) {
        if let ApiError::Internal(detail) = self {
            tracing::error!(error = %detail, "internal error while answering a request");
        }
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail { status: self.status().as_u16(), code: self.code(), message: self.public_message() },
        }
    }
}

impl From<dossier_store::StoreError> for ApiError {
    fn from(e: dossier_store::StoreError) -> ApiError {
        use dossier_store::StoreError;
        match e {
            StoreError::Locked { .. } => ApiError::Busy,
            // The prefix is what the caller sent, so the message is theirs.
            StoreError::Ambiguous { prefix, count } => ApiError::BadRequest(format!(
                "document id prefix `{prefix}` is ambiguous: it matches {count} documents"
            )),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.log();
        (self.status(), Json(self.body())).into_response()
    }
}

/// The answer for unknown routes: JSON under `/api/`, an HTML page
/// elsewhere.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    let err = ApiError::NotFound(format!("no such page: {}", uri.path()));
    if uri.path().starts_with("/api/") { err.into_response() } else { crate::pages::PageError(err).into_response() }
}
