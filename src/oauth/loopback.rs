//! The loopback redirect (RFC 8252 §7.3): a one-shot HTTP listener on 127.0.0.1 that the browser is
//! sent back to after the agent approves tix, carrying `code` and `state` in the query. Also the
//! parsing of what an agent pastes in the SSH flow (the redirected URL, or just the code).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The path tix listens on when the profile gives no `oauth_redirect`.
pub const CALLBACK_PATH: &str = "/callback";

/// How long `tix login` waits for the browser.
pub const LOGIN_TIMEOUT: Duration = Duration::from_secs(300);

/// A request head larger than this is not a browser's redirect.
const MAX_HEAD: usize = 16 * 1024;

pub struct Loopback {
    listener: TcpListener,
    redirect_uri: String,
    path: String,
}

impl Loopback {
    /// Listens on 127.0.0.1: on the port and path of `redirect` when the profile names one (the
    /// OAuth client may only accept the redirect URL registered with it), else on a free port.
    pub async fn bind(redirect: Option<&str>) -> Result<Loopback, String> {
        let (port, path) = match redirect {
            None => (0, CALLBACK_PATH.to_string()),
            Some(r) => {
                let u = reqwest::Url::parse(r).map_err(|e| format!("oauth_redirect {r:?}: {e}"))?;
                let host = u.host_str().unwrap_or("");
                if u.scheme() != "http" || !(host == "127.0.0.1" || host == "localhost") {
                    return Err(format!(
                        "oauth_redirect {r:?}: the browser flow listens on http://127.0.0.1:PORT/PATH only (use --paste for other redirect URLs)"
                    ));
                }
                (u.port().unwrap_or(80), u.path().to_string())
            }
        };
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port} for the redirect: {e}"))?;
        let port = listener
            .local_addr()
            .map_err(|e| format!("loopback listener: {e}"))?
            .port();
        let redirect_uri = match redirect {
            Some(r) => r.to_string(),
            None => format!("http://127.0.0.1:{port}{path}"),
        };
        Ok(Loopback {
            listener,
            redirect_uri,
            path,
        })
    }

    /// The `redirect_uri` to put in the authorize URL and the token request.
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// Waits for the browser's redirect and returns the authorization code, once `state`
    /// matches. Other requests (a favicon, a stray tab) get a 404 and are not the end of it.
    pub async fn wait(self, state: String, timeout: Duration) -> Result<String, String> {
        let waiting = async {
            loop {
                let (stream, _) = self
                    .listener
                    .accept()
                    .await
                    .map_err(|e| format!("loopback listener: {e}"))?;
                if let Some(result) = self.serve(stream, &state).await {
                    return result;
                }
            }
        };
        tokio::time::timeout(timeout, waiting).await.map_err(|_| {
            format!(
                "no answer from the browser in {} minutes: run tix login again (or use --paste on a machine without a browser)",
                timeout.as_secs().div_ceil(60)
            )
        })?
    }

    /// One connection: `None` when it was not the redirect.
    async fn serve(&self, mut stream: TcpStream, state: &str) -> Option<Result<String, String>> {
        let head = tokio::time::timeout(Duration::from_secs(10), read_head(&mut stream))
            .await
            .ok()
            .flatten()?;
        let target = head
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("GET "))
            .and_then(|rest| rest.split(' ').next())
            .unwrap_or("");
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        if path != self.path {
            let _ = respond(&mut stream, "404 Not Found", "Not the tix sign-in page.").await;
            return None;
        }
        let result = code_from_query(query, Some(state));
        let page = match &result {
            Ok(_) => "Signed in to tix. You can close this tab and return to the terminal.",
            Err(_) => "tix could not sign in: see the terminal for why.",
        };
        let status = if result.is_ok() {
            "200 OK"
        } else {
            "400 Bad Request"
        };
        let _ = respond(&mut stream, status, page).await;
        Some(result)
    }
}

/// Reads up to the end of the request head; `None` if it is too large or the peer went away.
async fn read_head(stream: &mut TcpStream) -> Option<String> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 || buf.len() + n > MAX_HEAD {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Some(String::from_utf8_lossy(&buf).into_owned())
}

async fn respond(stream: &mut TcpStream, status: &str, text: &str) -> std::io::Result<()> {
    let body = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>tix</title></head><body><p>{text}</p></body></html>\n"
    );
    let resp = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(resp.as_bytes()).await?;
    stream.shutdown().await
}

/// The code from a redirect's query string. `state` must match when given; an `error` (the agent
/// said no) is reported in words.
pub fn code_from_query(query: &str, state: Option<&str>) -> Result<String, String> {
    let mut code = None;
    let mut got_state = None;
    let mut error = None;
    let mut error_description = None;
    for (k, v) in reqwest::Url::parse(&format!("http://x/?{query}"))
        .map_err(|e| format!("unreadable redirect: {e}"))?
        .query_pairs()
    {
        match k.as_ref() {
            "code" => code = Some(v.into_owned()),
            "state" => got_state = Some(v.into_owned()),
            "error" => error = Some(v.into_owned()),
            "error_description" => error_description = Some(v.into_owned()),
            _ => {}
        }
    }
    if let Some(e) = error {
        let why = error_description
            .map(|d| format!(": {d}"))
            .unwrap_or_default();
        return Err(format!("the helpdesk did not authorize tix ({e}){why}"));
    }
    if let Some(want) = state
        && !got_state
            .as_deref()
            .is_some_and(|got| super::pkce::same(got, want))
    {
        return Err(
            "the redirect's state does not match this login (a stale tab, or a forged redirect): run tix login again"
                .into(),
        );
    }
    match code {
        Some(c) if !c.is_empty() => Ok(c),
        _ => Err("the redirect carries no code".into()),
    }
}

/// What an agent pasted in the SSH flow: the whole redirected URL (state checked), or only the
/// code (PKCE still binds it to this login: a code stolen from elsewhere cannot be traded).
pub fn code_from_paste(input: &str, state: &str) -> Result<String, String> {
    let input = input.trim();
    if input.is_empty() {
        return Err(
            "nothing was pasted: paste the URL the browser was sent to, or its code".into(),
        );
    }
    if let Some((_, query)) = input.split_once('?') {
        return code_from_query(query.split('#').next().unwrap_or(query), Some(state));
    }
    if input.contains("code=") {
        return code_from_query(input, Some(state));
    }
    if input.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("that does not look like a code or a URL".into());
    }
    Ok(input.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_must_match() {
        assert_eq!(
            code_from_query("code=abc&state=s1", Some("s1")).unwrap(),
            "abc"
        );
        let err = code_from_query("code=abc&state=evil", Some("s1")).unwrap_err();
        assert!(err.contains("state does not match"), "{err}");
        assert!(code_from_query("code=abc", Some("s1")).is_err());
        let denied = code_from_query("error=access_denied&state=s1", Some("s1")).unwrap_err();
        assert!(denied.contains("access_denied"), "{denied}");
    }

    #[test]
    fn pasted_urls_and_codes() {
        let s = "s1";
        assert_eq!(
            code_from_paste("http://127.0.0.1/callback?code=x%2By&state=s1\n", s).unwrap(),
            "x+y"
        );
        assert!(code_from_paste("http://127.0.0.1/callback?code=x&state=s2", s).is_err());
        assert_eq!(code_from_paste("  c0de  ", s).unwrap(), "c0de");
        assert!(code_from_paste("", s).is_err());
        assert!(code_from_paste("two words", s).is_err());
    }

    #[tokio::test]
    async fn the_listener_takes_the_redirect_and_refuses_a_forged_one() {
        async fn get(url: &str) -> u16 {
            reqwest::get(url).await.unwrap().status().as_u16()
        }
        let lb = Loopback::bind(None).await.unwrap();
        let uri = lb.redirect_uri().to_string();
        assert!(uri.starts_with("http://127.0.0.1:") && uri.ends_with("/callback"));
        let waiter = tokio::spawn(lb.wait("good".into(), Duration::from_secs(10)));
        let base = uri.trim_end_matches("/callback").to_string();
        assert_eq!(get(&format!("{base}/favicon.ico")).await, 404);
        assert_eq!(get(&format!("{uri}?code=c1&state=good")).await, 200);
        assert_eq!(waiter.await.unwrap().unwrap(), "c1");

        let lb = Loopback::bind(None).await.unwrap();
        let uri = lb.redirect_uri().to_string();
        let waiter = tokio::spawn(lb.wait("good".into(), Duration::from_secs(10)));
        assert_eq!(get(&format!("{uri}?code=c1&state=bad")).await, 400);
        assert!(waiter.await.unwrap().unwrap_err().contains("state"));

        let lb = Loopback::bind(None).await.unwrap();
        let err = lb
            .wait("s".into(), Duration::from_millis(50))
            .await
            .unwrap_err();
        assert!(err.contains("no answer from the browser"), "{err}");
    }
}
