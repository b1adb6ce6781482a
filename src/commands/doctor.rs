//! `tix doctor`: each step of reaching the helpdesk checked, with what to do when one fails.

use super::*;

/// `tix doctor`: each step OK or FAIL with what to do; non-zero exit on any FAIL.
pub(super) async fn doctor(target: &Target) -> Result<(), CliError> {
    let mut failed = false;
    let mut report = |ok: bool, what: &str, detail: String| {
        failed |= !ok;
        // Details quote the config (names, urls, errors about its values): sanitized.
        let detail = crate::sanitize::line(&detail);
        println!("{} {what}: {detail}", if ok { "OK  " } else { "FAIL" });
    };
    let paths = Paths::discover();
    let cfg = match config::load(&paths.config_file()) {
        Ok(c) => {
            report(true, "config", paths.config_file().display().to_string());
            c
        }
        Err(e) => {
            report(
                false,
                "config",
                format!("{e} — fix the file, then run tix doctor again"),
            );
            return Err(CliError::CheckFailed);
        }
    };
    let name = if target.demo {
        None
    } else {
        target.profile.clone().or(cfg.default_profile.clone())
    };
    if let Some(name) = &name {
        let Some(profile) = cfg.profiles.get(name) else {
            report(
                false,
                "profile",
                format!("no profile {name:?} in config.toml"),
            );
            return Err(CliError::CheckFailed);
        };
        report(
            true,
            "profile",
            format!(
                "{name} ({:?}, {})",
                profile.backend,
                config::redact_password(&profile.url)
            ),
        );
        if let Err(e) = profile.check_transport() {
            report(false, "transport", e);
        }
        if profile.uses_oauth().unwrap_or(false) {
            let (ok, detail) = oauth_state(name, profile, &paths);
            report(ok, "OAuth tokens", detail);
        }
        match reqwest::Url::parse(&profile.url) {
            Ok(url) => {
                let host = url.host_str().unwrap_or("").to_string();
                let port = url.port_or_known_default().unwrap_or(443);
                match tokio::net::lookup_host((host.as_str(), port)).await {
                    Ok(mut addrs) => match addrs.next() {
                        Some(addr) => {
                            report(true, "DNS", format!("{host} is {}", addr.ip()));
                            let connect = tokio::time::timeout(
                                std::time::Duration::from_secs(5),
                                tokio::net::TcpStream::connect(addr),
                            )
                            .await;
                            match connect {
                                Ok(Ok(_)) => report(true, "connect", format!("{addr}")),
                                Ok(Err(e)) => report(
                                    false,
                                    "connect",
                                    format!("{addr}: {e} — is the server up, and the port right?"),
                                ),
                                Err(_) => report(
                                    false,
                                    "connect",
                                    format!(
                                        "{addr}: no answer in 5 s — a firewall or a wrong address?"
                                    ),
                                ),
                            }
                        }
                        None => report(false, "DNS", format!("{host} has no address")),
                    },
                    Err(e) => report(
                        false,
                        "DNS",
                        format!("{host}: {e} — check the url in the profile"),
                    ),
                }
                // TLS and HTTP: any answer from the server means the handshake worked.
                match crate::helpdesk::http::client()
                    .get(url.as_str())
                    .send()
                    .await
                {
                    Ok(r) => report(
                        true,
                        if url.scheme() == "https" {
                            "TLS"
                        } else {
                            "HTTP"
                        },
                        format!("the server answered HTTP {}", r.status().as_u16()),
                    ),
                    Err(e) => report(
                        false,
                        if url.scheme() == "https" {
                            "TLS"
                        } else {
                            "HTTP"
                        },
                        format!("{}", e.without_url()),
                    ),
                }
            }
            Err(e) => report(false, "url", format!("{e}")),
        }
    }
    let c = match connect(target).await {
        Ok(c) => c,
        Err(e) => {
            report(false, "credentials", e.to_string());
            return Err(CliError::CheckFailed);
        }
    };
    if c.demo.is_some() {
        report(
            true,
            "helpdesk",
            "the embedded demo (no profile configured or --demo)".into(),
        );
    }
    let before = match &c.oauth {
        Some(s) => Some(s.tokens().await.access),
        None => None,
    };
    match c.helpdesk.me().await {
        Ok(me) => report(true, "authentication", format!("signed in as {}", me.name)),
        Err(e) if e.kind == crate::helpdesk::ErrorKind::Auth && c.oauth.is_some() => {
            report(false, "authentication", e.to_string())
        }
        Err(e) if e.kind == crate::helpdesk::ErrorKind::Auth => report(
            false,
            "authentication",
            format!("{e} — the token was refused: check token_env/token_cmd and the email"),
        ),
        Err(e) => report(false, "authentication", e.to_string()),
    }
    if let (Some(s), Some(before)) = (&c.oauth, before) {
        let now = s.tokens().await;
        if now.access.expose() != before.expose() {
            report(
                true,
                "OAuth refresh",
                format!(
                    "refreshed and saved; access token {}",
                    crate::oauth::describe_expiry(now.expires_at, jiff::Timestamp::now())
                ),
            );
        }
    }
    match c.helpdesk.views().await {
        Ok(v) => report(
            true,
            "sample request",
            format!(
                "{} views, first: {:?}",
                v.len(),
                v.first().map(|v| v.name.clone()).unwrap_or_default()
            ),
        ),
        Err(e) => report(false, "sample request", e.to_string()),
    }
    // Read after the requests above: the headers of their answers tell the budget.
    println!(
        "     API rate limit: {}",
        match c.helpdesk.rate_limit() {
            Some(b) => {
                let reset = b
                    .reset_secs
                    .map(|s| format!(", resets in {s} s"))
                    .unwrap_or_default();
                let low = if b.is_low() {
                    " (low: background requests are spaced out)"
                } else {
                    ""
                };
                format!("{} of {} left{reset}{low}", b.remaining, b.limit)
            }
            None => "not reported by this helpdesk".into(),
        }
    );
    let caps = c.helpdesk.capabilities();
    println!(
        "     capabilities of {}: views {}, canned responses {}, organizations {}, SLA {}, search {}, \
         groups {}, tag list {}, changes since {}, macro preview {}, attachments {}, web pages {}",
        c.helpdesk.backend(),
        yes(caps.views),
        yes(caps.canned_responses),
        yes(caps.organizations),
        yes(caps.sla),
        yes(caps.search),
        yes(caps.groups),
        yes(caps.tag_list),
        yes(caps.changes_since),
        yes(caps.macro_preview),
        yes(caps.attachments),
        yes(caps.web_pages)
    );
    if failed {
        Err(CliError::CheckFailed)
    } else {
        Ok(())
    }
}

pub(super) fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}
