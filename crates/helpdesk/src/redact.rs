//! What of a request the log may show.

/// A URL as the log may show it: scheme, host and path; no query, no user info, and no access
/// token in the path (Zendesk's attachment URLs are `/attachments/token/SECRET/`).
pub fn redact_url(url: &reqwest::Url) -> String {
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    let mut after_token = false;
    let path: Vec<&str> = url
        .path()
        .split('/')
        .map(|seg| {
            let hidden = after_token && !seg.is_empty();
            after_token = seg == "token";
            if hidden { "…" } else { seg }
        })
        .collect();
    format!(
        "{}://{}{port}{}",
        url.scheme(),
        url.host_str().unwrap_or(""),
        path.join("/")
    )
}
