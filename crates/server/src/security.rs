//! Response headers every answer carries, and the check in front of write
//! endpoints.
//!
//! Key decisions:
//! - The Content-Security-Policy allows scripts and styles only from this
//!   server's own files (`'self'`, no `'unsafe-inline'`), so even if stored
//!   text ever reached the page unescaped it could not run. Pages therefore
//!   use no inline `<script>`, `style=` or event-handler attributes.
//! - A write needs the configured token; without a token it is allowed only
//!   when the server is bound to loopback. Because a page on another site
//!   can still make a browser POST to `127.0.0.1`, writes that a browser
//!   marks as cross-site (`Sec-Fetch-Site`, or an `Origin` that is not this
//!   host) are refused whatever the policy.

use crate::error::ApiError;
use crate::state::WritePolicy;
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

pub fn layers(router: axum::Router) -> axum::Router {
    let fixed: [(HeaderName, &'static str); 5] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
    ];
    let mut router = router.layer(tower_http::trace::TraceLayer::new_for_http());
    for (name, value) in fixed {
        router = router.layer(SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value)));
    }
    router
}

/// Allows or refuses a write request.
pub fn authorize_write(policy: &WritePolicy, headers: &HeaderMap) -> Result<(), ApiError> {
    if is_cross_site(headers) {
        return Err(ApiError::Forbidden("cross-site write requests are refused".into()));
    }
    match policy {
        WritePolicy::Open => Ok(()),
        WritePolicy::Closed => Err(ApiError::Forbidden(
            "writes are disabled: this server is reachable from the network and has no token (start it with --token)"
                .into(),
        )),
        WritePolicy::Token(expected) => {
            let given = headers
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::trim);
            match given {
                Some(t) if constant_time_eq(t.as_bytes(), expected.as_bytes()) => Ok(()),
                Some(_) => Err(ApiError::Unauthorized("the token is not valid".into())),
                None => {
                    Err(ApiError::Unauthorized("this server needs a token: send `Authorization: Bearer TOKEN`".into()))
                }
            }
        }
    }
}

fn is_cross_site(headers: &HeaderMap) -> bool {
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if matches!(fetch_site, Some("cross-site" | "same-site")) {
        return true;
    }
    let (Some(origin), Some(host)) = (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) else {
        return false;
    };
    let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    origin_host != host
}

/// Compares secrets without returning early, so response timing does not
/// reveal how much of a guessed token was right.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(HeaderName::from_static(k), HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn cross_site_writes_are_refused() {
        let policy = WritePolicy::Open;
        assert!(authorize_write(&policy, &headers(&[])).is_ok());
        assert!(
            authorize_write(&policy, &headers(&[("origin", "http://127.0.0.1:8080"), ("host", "127.0.0.1:8080")]))
                .is_ok()
        );
        assert!(
            authorize_write(&policy, &headers(&[("origin", "https://evil.example"), ("host", "127.0.0.1:8080")]))
                .is_err()
        );
        assert!(authorize_write(&policy, &headers(&[("sec-fetch-site", "cross-site")])).is_err());
    }

    #[test]
    fn tokens_are_checked() {
        let policy = WritePolicy::Token("s3cret".into());
        assert!(matches!(authorize_write(&policy, &headers(&[])), Err(ApiError::Unauthorized(_))));
        assert!(authorize_write(&policy, &headers(&[("authorization", "Bearer s3cret")])).is_ok());
        assert!(authorize_write(&policy, &headers(&[("authorization", "Bearer nope")])).is_err());
        assert!(matches!(authorize_write(&WritePolicy::Closed, &headers(&[])), Err(ApiError::Forbidden(_))));
    }

    #[test]
    fn policy_follows_the_bind_address() {
        let lo = "127.0.0.1:8080".parse().unwrap();
        let any = "0.0.0.0:8080".parse().unwrap();
        assert_eq!(WritePolicy::for_bind(&lo, None), WritePolicy::Open);
        assert_eq!(WritePolicy::for_bind(&any, None), WritePolicy::Closed);
        assert_eq!(WritePolicy::for_bind(&any, Some("t".into())), WritePolicy::Token("t".into()));
    }
}
