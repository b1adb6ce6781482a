//! The loopback redirect (RFC 8252 §7.3): a one-shot HTTP listener on 127.0.0.1 that the browser is
//! sent back to after the agent approves tix, carrying `code` and `state` in the query. Also the
//! parsing of what an agent pastes in the SSH flow (the redirected URL, or just the code).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::i18n::Lang;

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
    /// Its errors are said in the process's language (`cli_lang::lang`), as all of sign-in's.
    pub async fn bind(redirect: Option<&str>) -> Result<Loopback, String> {
        let l = crate::cli_lang::lang();
        let (port, path) = match redirect {
            None => (0, CALLBACK_PATH.to_string()),
            Some(r) => {
                let url = format!("{r:?}");
                let u = reqwest::Url::parse(r).map_err(|e| {
                    let why = e.to_string();
                    crate::t!(
                        l,
                        "oauth-redirect-unreadable",
                        url = url.as_str(),
                        why = why
                    )
                })?;
                let host = u.host_str().unwrap_or("");
                if u.scheme() != "http" || !(host == "127.0.0.1" || host == "localhost") {
                    return Err(crate::t!(l, "oauth-redirect-not-loopback", url = url));
                }
                (u.port().unwrap_or(80), u.path().to_string())
            }
        };
        let listener = TcpListener::bind(("127.0.0.1", port)).await.map_err(|e| {
            let why = e.to_string();
            crate::t!(l, "oauth-cannot-listen", port = port, why = why)
        })?;
        let port = listener
            .local_addr()
            .map_err(|e| listener_failed(l, &e))?
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
                    .map_err(|e| listener_failed(crate::cli_lang::lang(), &e))?;
                if let Some(result) = self.serve(stream, &state).await {
                    return result;
                }
            }
        };
        tokio::time::timeout(timeout, waiting).await.map_err(|_| {
            let minutes = timeout.as_secs().div_ceil(60);
            crate::t!(
                crate::cli_lang::lang(),
                "oauth-browser-timeout",
                minutes = minutes
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
        let l = crate::cli_lang::lang();
        if path != self.path {
            let page = crate::t!(l, "oauth-page-not-found");
            let _ = respond(&mut stream, "404 Not Found", &page).await;
            return None;
        }
        let result = code_from_query(query, Some(state), l);
        let page = match &result {
            Ok(_) => crate::t!(l, "oauth-page-signed-in"),
            Err(_) => crate::t!(l, "oauth-page-failed"),
        };
        let status = if result.is_ok() {
            "200 OK"
        } else {
            "400 Bad Request"
        };
        let _ = respond(&mut stream, status, &page).await;
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

fn listener_failed(lang: Lang, e: &std::io::Error) -> String {
    let why = e.to_string();
    crate::t!(lang, "oauth-listener-failed", why = why)
}

/// `text` is the catalogue's (no markup in it), never the helpdesk's.
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
/// said no) is reported in words, in `lang`.
fn code_from_query(query: &str, state: Option<&str>, lang: Lang) -> Result<String, String> {
    let mut code = None;
    let mut got_state = None;
    let mut error = None;
    let mut error_description = None;
    for (k, v) in reqwest::Url::parse(&format!("http://x/?{query}"))
        .map_err(|e| {
            let why = e.to_string();
            crate::t!(lang, "oauth-redirect-garbled", why = why)
        })?
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
        // The helpdesk's own words (its error code, its description) stay as it wrote them.
        return Err(match error_description {
            Some(d) => crate::t!(
                lang,
                "oauth-not-authorized-because",
                error = e,
                description = d
            ),
            None => crate::t!(lang, "oauth-not-authorized", error = e),
        });
    }
    if let Some(want) = state
        && !got_state
            .as_deref()
            .is_some_and(|got| super::pkce::same(got, want))
    {
        return Err(crate::t!(lang, "oauth-state-mismatch"));
    }
    match code {
        Some(c) if !c.is_empty() => Ok(c),
        _ => Err(crate::t!(lang, "oauth-no-code")),
    }
}

/// What an agent pasted in the SSH flow: the whole redirected URL (state checked), or only the
/// code (PKCE still binds it to this login: a code stolen from elsewhere cannot be traded).
/// Its errors are said in the process's language (`cli_lang::lang`).
pub fn code_from_paste(input: &str, state: &str) -> Result<String, String> {
    code_from_paste_in(input, state, crate::cli_lang::lang())
}

fn code_from_paste_in(input: &str, state: &str, lang: Lang) -> Result<String, String> {
    let input = input.trim();
    if input.is_empty() {
        return Err(crate::t!(lang, "oauth-nothing-pasted"));
    }
    if let Some((_, query)) = input.split_once('?') {
        return code_from_query(query.split('#').next().unwrap_or(query), Some(state), lang);
    }
    if input.contains("code=") {
        return code_from_query(input, Some(state), lang);
    }
    if input.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(crate::t!(lang, "oauth-not-a-code"));
    }
    Ok(input.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_must_match() {
        assert_eq!(
            code_from_query("code=abc&state=s1", Some("s1"), Lang::En).unwrap(),
            "abc"
        );
        let err = code_from_query("code=abc&state=evil", Some("s1"), Lang::En).unwrap_err();
        assert!(err.contains("state does not match"), "{err}");
        assert!(code_from_query("code=abc", Some("s1"), Lang::En).is_err());
        let denied =
            code_from_query("error=access_denied&state=s1", Some("s1"), Lang::En).unwrap_err();
        assert!(denied.contains("access_denied"), "{denied}");
    }

    #[test]
    fn a_refused_sign_in_is_said_in_the_language_asked_with_the_helpdesk_s_words_kept() {
        let denied = code_from_query(
            "error=access_denied&error_description=The+end-user+denied&state=s1",
            Some("s1"),
            Lang::Ru,
        )
        .unwrap_err();
        assert_eq!(
            denied,
            "служба поддержки не разрешила вход tix (access_denied): The end-user denied"
        );
        assert_eq!(
            code_from_paste_in("", "s1", Lang::Zh).unwrap_err(),
            "没有粘贴任何内容：请粘贴浏览器跳转到的网址，或其中的代码"
        );
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
