//! `tix doctor`: each step of reaching the helpdesk checked, with what to do when one fails.

use super::*;

/// `tix doctor`: each step OK or FAIL with what to do; non-zero exit on any FAIL.
pub(super) async fn doctor(target: &Target) -> Result<(), CliError> {
    let l = crate::cli_lang::lang();
    let mut failed = false;
    let mut report = |ok: bool, what: &str, detail: String| {
        failed |= !ok;
        // Details quote the config (names, urls, errors about its values): sanitized.
        let detail = crate::sanitize::line(&detail);
        println!("{} {what}: {detail}", verdict(l, ok));
    };
    let s_config = crate::t!(l, "doctor-step-config");
    let s_profile = crate::t!(l, "doctor-step-profile");
    let s_transport = crate::t!(l, "doctor-step-transport");
    let s_oauth_tokens = crate::t!(l, "doctor-step-oauth-tokens");
    let s_dns = crate::t!(l, "doctor-step-dns");
    let s_connect = crate::t!(l, "doctor-step-connect");
    let s_url = crate::t!(l, "doctor-step-url");
    let s_credentials = crate::t!(l, "doctor-step-credentials");
    let s_helpdesk = crate::t!(l, "doctor-step-helpdesk");
    let s_authentication = crate::t!(l, "doctor-step-authentication");
    let s_oauth_refresh = crate::t!(l, "doctor-step-oauth-refresh");
    let s_sample_request = crate::t!(l, "doctor-step-sample-request");
    let paths = Paths::discover();
    let cfg = match config::load(&paths.config_file()) {
        Ok(c) => {
            report(true, &s_config, paths.config_file().display().to_string());
            c
        }
        Err(e) => {
            report(false, &s_config, {
                let why = e.to_string();
                crate::t!(l, "doctor-config-fix", why = why)
            });
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
            report(false, &s_profile, {
                let name = format!("{name:?}");
                crate::t!(l, "doctor-no-profile", name = name)
            });
            return Err(CliError::CheckFailed);
        };
        report(
            true,
            &s_profile,
            format!(
                "{name} ({:?}, {})",
                profile.backend,
                config::redact_password(&profile.url)
            ),
        );
        if let Err(e) = profile.check_transport() {
            report(false, &s_transport, e);
        }
        if profile.uses_oauth().unwrap_or(false) {
            let (ok, detail) = oauth_state(name, profile, &paths);
            report(ok, &s_oauth_tokens, detail);
        }
        match reqwest::Url::parse(&profile.url) {
            Ok(url) => {
                let host = url.host_str().unwrap_or("").to_string();
                let port = url.port_or_known_default().unwrap_or(443);
                match tokio::net::lookup_host((host.as_str(), port)).await {
                    Ok(mut addrs) => match addrs.next() {
                        Some(addr) => {
                            let ip = addr.ip().to_string();
                            let host = host.as_str();
                            report(
                                true,
                                &s_dns,
                                crate::t!(l, "doctor-dns-ok", host = host, ip = ip),
                            );
                            let connect = tokio::time::timeout(
                                std::time::Duration::from_secs(5),
                                tokio::net::TcpStream::connect(addr),
                            )
                            .await;
                            match connect {
                                Ok(Ok(_)) => report(true, &s_connect, format!("{addr}")),
                                Ok(Err(e)) => {
                                    let (addr, why) = (addr.to_string(), e.to_string());
                                    let detail = crate::t!(
                                        l,
                                        "doctor-connect-refused",
                                        addr = addr,
                                        why = why
                                    );
                                    report(false, &s_connect, detail)
                                }
                                Err(_) => {
                                    let addr = addr.to_string();
                                    let detail = crate::t!(l, "doctor-connect-silent", addr = addr);
                                    report(false, &s_connect, detail)
                                }
                            }
                        }
                        None => {
                            let host = host.as_str();
                            report(false, &s_dns, crate::t!(l, "doctor-dns-none", host = host))
                        }
                    },
                    Err(e) => {
                        let (host, why) = (host.as_str(), e.to_string());
                        report(
                            false,
                            &s_dns,
                            crate::t!(l, "doctor-dns-failed", host = host, why = why),
                        )
                    }
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
                        {
                            let status = r.status().as_u16();
                            crate::t!(l, "doctor-server-answered", status = status)
                        },
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
            Err(e) => report(false, &s_url, format!("{e}")),
        }
    }
    let c = match connect(target).await {
        Ok(c) => c,
        Err(e) => {
            report(false, &s_credentials, e.to_string());
            return Err(CliError::CheckFailed);
        }
    };
    if c.demo.is_some() {
        report(true, &s_helpdesk, crate::t!(l, "doctor-demo"));
    }
    let before = match &c.oauth {
        Some(s) => Some(s.tokens().await.access),
        None => None,
    };
    match c.helpdesk.me().await {
        Ok(me) => {
            let name = me.name.as_str();
            report(
                true,
                &s_authentication,
                crate::t!(l, "doctor-signed-in", name = name),
            )
        }
        Err(e) if e.kind == crate::helpdesk::ErrorKind::Auth && c.oauth.is_some() => {
            report(false, &s_authentication, e.to_string())
        }
        Err(e) if e.kind == crate::helpdesk::ErrorKind::Auth => report(false, &s_authentication, {
            let why = e.to_string();
            crate::t!(l, "doctor-token-refused", why = why)
        }),
        Err(e) => report(false, &s_authentication, e.to_string()),
    }
    if let (Some(s), Some(before)) = (&c.oauth, before) {
        let now = s.tokens().await;
        if now.access.expose() != before.expose() {
            report(true, &s_oauth_refresh, {
                let expiry = super::auth::expiry(now.expires_at, jiff::Timestamp::now());
                crate::t!(l, "doctor-refreshed", expiry = expiry)
            });
        }
    }
    match c.helpdesk.views().await {
        Ok(v) => report(true, &s_sample_request, {
            let k = v.len() as u64;
            let (count, n) = (l.plural(k), l.number(k));
            let first = format!(
                "{:?}",
                v.first().map(|v| v.name.clone()).unwrap_or_default()
            );
            crate::t!(l, "doctor-views", count = count, n = n, first = first)
        }),
        Err(e) => report(false, &s_sample_request, e.to_string()),
    }
    // Read after the requests above: the headers of their answers tell the budget.
    let budget = match c.helpdesk.rate_limit() {
        Some(b) => {
            let (left, limit) = (l.number(b.remaining), l.number(b.limit));
            let mut s = crate::t!(l, "doctor-rate-left", left = left, limit = limit);
            if let Some(secs) = b.reset_secs {
                s.push_str(&crate::t!(l, "doctor-rate-resets", secs = secs));
            }
            if b.is_low() {
                s.push(' ');
                s.push_str(&crate::t!(l, "doctor-rate-low"));
            }
            s
        }
        None => crate::t!(l, "doctor-rate-unknown"),
    };
    println!(
        "     {}",
        crate::t!(l, "doctor-rate-limit", budget = budget)
    );
    let caps = c.helpdesk.capabilities();
    let yes = |b: bool| {
        if b {
            crate::t!(l, "doctor-yes")
        } else {
            crate::t!(l, "doctor-no")
        }
    };
    let (backend, views, canned, organizations) = (
        c.helpdesk.backend(),
        yes(caps.views),
        yes(caps.canned_responses),
        yes(caps.organizations),
    );
    let (sla, search, groups, tag_list) = (
        yes(caps.sla),
        yes(caps.search),
        yes(caps.groups),
        yes(caps.tag_list),
    );
    let (changes_since, macro_preview, attachments, web_pages) = (
        yes(caps.changes_since),
        yes(caps.macro_preview),
        yes(caps.attachments),
        yes(caps.web_pages),
    );
    let line = crate::t!(
        l,
        "doctor-capabilities",
        backend = backend,
        views = views,
        canned = canned,
        organizations = organizations,
        sla = sla,
        search = search,
        groups = groups,
        tag_list = tag_list,
        changes_since = changes_since,
        macro_preview = macro_preview,
        attachments = attachments,
        web_pages = web_pages
    );
    println!("     {line}");
    if failed {
        Err(CliError::CheckFailed)
    } else {
        Ok(())
    }
}

/// A step's verdict, `OK` or `FAIL` in the language, padded to one display width so that the
/// steps' names line up.
fn verdict(l: crate::i18n::Lang, ok: bool) -> String {
    let (yes, no) = (crate::t!(l, "doctor-ok"), crate::t!(l, "doctor-fail"));
    let width = crate::ui::text::width(&yes).max(crate::ui::text::width(&no));
    crate::ui::text::fit(if ok { &yes } else { &no }, width)
}
