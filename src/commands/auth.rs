//! Signing in and out (OAuth, the paste flow, the keyring) and what `tix doctor` says of the tokens.

use super::*;

/// The OAuth client a profile names (`oauth_client_id`, `oauth_client_secret_env`, `oauth_scope`).
pub(super) fn oauth_client(
    name: &str,
    profile: &config::Profile,
) -> Result<crate::oauth::Client, CliError> {
    let l = crate::cli_lang::lang();
    let cfg_err = |e: String| profile_err(name, e);
    if profile.backend != Backend::Zendesk {
        let backend = format!("{:?}", profile.backend);
        return Err(cfg_err(crate::t!(
            l,
            "auth-oauth-zendesk-only",
            backend = backend
        )));
    }
    let id = profile
        .oauth_client_id
        .as_deref()
        .ok_or_else(|| cfg_err(crate::t!(l, "auth-needs-client-id")))?;
    let secret = profile.oauth_client_secret().map_err(cfg_err)?;
    Ok(
        crate::oauth::Client::new(&profile.url, id, secret).with_scope(
            profile
                .oauth_scope
                .as_deref()
                .unwrap_or(crate::oauth::DEFAULT_SCOPE),
        ),
    )
}

pub(super) fn oauth_store(
    name: &str,
    profile: &config::Profile,
    paths: &Paths,
) -> Result<crate::oauth::store::Store, CliError> {
    crate::oauth::store::Store::for_profile(&paths.data_dir, name, profile.token_store.as_deref())
        .map_err(|e| profile_err(name, e))
}

/// A problem of profile `name`, as the other profile errors say it.
fn profile_err(name: &str, problem: String) -> CliError {
    let l = crate::cli_lang::lang();
    CliError::Config(crate::t!(
        l,
        "cli-profile-problem",
        name = name,
        problem = problem
    ))
}

/// When a token expires, in the command line's language: `expires in 1h 5m`, `expired 2d 3h
/// ago`.
pub(super) fn expiry(at: Option<jiff::Timestamp>, now: jiff::Timestamp) -> String {
    crate::oauth::describe_expiry_in(crate::cli_lang::lang(), at, now)
}

/// A signed-in profile's OAuth session, from the tokens `tix login` saved.
pub(super) fn oauth_session(
    name: &str,
    profile: &config::Profile,
    paths: &Paths,
) -> Result<crate::oauth::Session, CliError> {
    let client = oauth_client(name, profile)?;
    let store = oauth_store(name, profile, paths)?;
    let tokens = store
        .load()
        .map_err(|e| profile_err(name, e))?
        .ok_or_else(|| {
            let l = crate::cli_lang::lang();
            HelpdeskError::new(
                crate::helpdesk::ErrorKind::Auth,
                crate::t!(l, "auth-no-tokens-yet", name = name),
            )
        })?;
    Ok(crate::oauth::Session::new(client, name, store, tokens))
}

/// The redirect URL of `tix login --paste` when the profile names none: on the agent's own machine
/// nothing answers there, and the browser's address bar keeps the code for copying.
pub const PASTE_REDIRECT: &str = "http://127.0.0.1/callback";

/// `tix login`: OAuth sign-in through the browser (loopback redirect) or, with `--paste`, by
/// pasting the redirected URL; for a token profile with `token_keyring`, stores the token read from
/// standard input in the OS keyring. Tokens are saved, never shown.
/// The profile `tix login`/`tix logout` act on (`verb`), with the paths; the demo needs neither.
pub(super) fn signing_profile(
    target: &Target,
    verb: &str,
) -> Result<(Paths, String, config::Profile), CliError> {
    let l = crate::cli_lang::lang();
    if target.demo {
        return Err(CliError::Config(crate::t!(
            l,
            "auth-demo-needs-none",
            verb = verb
        )));
    }
    let paths = Paths::discover();
    let cfg = config::load(&paths.config_file()).map_err(CliError::Config)?;
    let name = target
        .profile
        .clone()
        .or(cfg.default_profile.clone())
        .ok_or_else(|| CliError::Config(crate::t!(l, "auth-needs-profile", verb = verb)))?;
    let profile = cfg.profiles.get(&name).cloned().ok_or_else(|| {
        let (name, file) = (
            format!("{name:?}"),
            paths.config_file().display().to_string(),
        );
        CliError::Config(crate::t!(
            l,
            "auth-no-such-profile",
            name = name,
            file = file
        ))
    })?;
    Ok((paths, name, profile))
}

/// `tix logout`: revokes the access token at the helpdesk (best effort: a token that cannot be
/// revoked still expires) and removes the saved tokens.
pub(super) async fn logout(target: &Target) -> Result<(), CliError> {
    let (paths, name, profile) = signing_profile(target, "logout")?;
    let name = name.as_str();
    let l = crate::cli_lang::lang();
    let cfg_err = |e: String| profile_err(name, e);
    if !profile.uses_oauth().map_err(cfg_err)? {
        return Err(cfg_err(crate::t!(l, "auth-not-oauth-logout")));
    }
    let client = oauth_client(name, &profile)?;
    let store = oauth_store(name, &profile, &paths)?;
    let where_ = store.describe();
    let Some(tokens) = store.load().map_err(cfg_err)? else {
        let line = crate::t!(l, "auth-not-signed-in", name = name, store = where_);
        println!("{line}");
        return Ok(());
    };
    match client.revoke(&tokens.access).await {
        Ok(()) => println!("{}", crate::t!(l, "auth-revoked")),
        Err(e) => {
            let why = e.to_string();
            let expiry = expiry(tokens.expires_at, jiff::Timestamp::now());
            let line = crate::t!(l, "auth-not-revoked", why = why, expiry = expiry);
            eprintln!("{line}");
        }
    }
    store.forget().map_err(cfg_err)?;
    let line = crate::t!(l, "auth-signed-out", name = name, store = where_);
    println!("{line}");
    Ok(())
}

pub(super) async fn login(target: &Target, paste: bool) -> Result<(), CliError> {
    use crate::oauth::{loopback, pkce};
    let (paths, name, profile) = signing_profile(target, "login")?;
    let name = name.as_str();
    let l = crate::cli_lang::lang();
    let cfg_err = |e: String| profile_err(name, e);
    profile.check_transport().map_err(cfg_err)?;
    if !profile.uses_oauth().map_err(cfg_err)? {
        if let Some(entry) = &profile.token_keyring {
            return store_keyring_token(name, entry).await;
        }
        return Err(cfg_err(crate::t!(l, "auth-not-oauth-login")));
    }
    let client = oauth_client(name, &profile)?;
    let store = oauth_store(name, &profile, &paths)?;
    let pkce = pkce::Pkce::new().map_err(CliError::Config)?;
    let state = pkce::new_state().map_err(CliError::Config)?;
    let (code, redirect) = if paste {
        let redirect = profile
            .oauth_redirect
            .clone()
            .unwrap_or_else(|| PASTE_REDIRECT.to_string());
        let url = client.authorize_url(&redirect, &state, &pkce.challenge);
        eprintln!("{}", crate::t!(l, "auth-open-url-anywhere"));
        println!("{url}");
        let redirect_ = redirect.as_str();
        let line = crate::t!(l, "auth-paste-instructions", redirect = redirect_);
        eprintln!("{line}");
        std::io::stdout().flush()?;
        let mut line = String::new();
        {
            use tokio::io::AsyncBufReadExt;
            let mut stdin = tokio::io::BufReader::new(tokio::io::stdin());
            stdin.read_line(&mut line).await?;
        }
        let code = loopback::code_from_paste(&line, &state).map_err(CliError::Config)?;
        (code, redirect)
    } else {
        let lb = loopback::Loopback::bind(profile.oauth_redirect.as_deref())
            .await
            .map_err(CliError::Config)?;
        let redirect = lb.redirect_uri().to_string();
        let url = client.authorize_url(&redirect, &state, &pkce.challenge);
        eprintln!("{}", crate::t!(l, "auth-approve-in-browser"));
        println!("{url}");
        std::io::stdout().flush()?;
        if !open_browser(&url) {
            eprintln!("{}", crate::t!(l, "auth-no-browser", name = name));
        }
        let minutes = loopback::LOGIN_TIMEOUT.as_secs() / 60;
        eprintln!("{}", crate::t!(l, "auth-waiting", minutes = minutes));
        let code = lb
            .wait(state.clone(), loopback::LOGIN_TIMEOUT)
            .await
            .map_err(CliError::Config)?;
        (code, redirect)
    };
    let tokens = client
        .exchange_code(&code, &redirect, &pkce.verifier)
        .await?;
    store
        .save(&tokens)
        .map_err(|e| CliError::Config(crate::t!(l, "auth-tokens-unsaved", why = e)))?;
    tracing::info!("oauth: signed in to profile {name}");
    let (expiry, kept) = (
        expiry(tokens.expires_at, jiff::Timestamp::now()),
        store.describe(),
    );
    let line = crate::t!(
        l,
        "auth-signed-in",
        name = name,
        expiry = expiry,
        store = kept
    );
    println!("{line}");
    Ok(())
}

/// Tries to open `url` in the desktop's browser; false where there is plainly none.
pub(super) fn open_browser(url: &str) -> bool {
    let (cmd, args): (&str, &[&str]) = if cfg!(target_os = "macos") {
        ("open", &[])
    } else if cfg!(windows) {
        ("rundll32", &["url.dll,FileProtocolHandler"])
    } else {
        // Over SSH without X forwarding there is no display to open a browser on.
        if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
            return false;
        }
        ("xdg-open", &[])
    };
    std::process::Command::new(cmd)
        .args(args)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_ok()
}

/// `tix login` for a token profile with `token_keyring`: the token from standard input into the
/// OS keyring.
#[cfg(feature = "keyring")]
pub(super) async fn store_keyring_token(name: &str, entry: &str) -> Result<(), CliError> {
    use tokio::io::AsyncBufReadExt;
    let l = crate::cli_lang::lang();
    let entry_ = format!("{}/{entry}", crate::oauth::store::KEYRING_SERVICE);
    let line = crate::t!(l, "auth-paste-token", name = name, entry = entry_);
    eprintln!("{line}");
    let mut line = String::new();
    tokio::io::BufReader::new(tokio::io::stdin())
        .read_line(&mut line)
        .await?;
    let token = line.trim();
    if token.is_empty() {
        return Err(CliError::Config(crate::t!(l, "auth-no-token-given")));
    }
    crate::oauth::store::keyring_set(entry, token).map_err(CliError::Config)?;
    println!("{}", crate::t!(l, "auth-token-stored", name = name));
    Ok(())
}

#[cfg(not(feature = "keyring"))]
pub(super) async fn store_keyring_token(name: &str, _: &str) -> Result<(), CliError> {
    let l = crate::cli_lang::lang();
    Err(CliError::Config(crate::t!(
        l,
        "auth-keyring-not-built",
        name = name
    )))
}

/// What `tix doctor` says of a profile's OAuth tokens: where, whether present, when they expire.
pub(super) fn oauth_state(name: &str, profile: &config::Profile, paths: &Paths) -> (bool, String) {
    let store = match oauth_store(name, profile, paths) {
        Ok(s) => s,
        Err(e) => return (false, e.to_string()),
    };
    let l = crate::cli_lang::lang();
    let login = crate::t!(l, "auth-run-login", name = name);
    let now = jiff::Timestamp::now();
    let kept = store.describe();
    match store.load() {
        Ok(None) => (
            false,
            crate::t!(l, "auth-tokens-none", store = kept, login = login),
        ),
        Err(e) => (false, e),
        Ok(Some(t)) => {
            let refresh_expired = t.refresh_expires_at.is_some_and(|at| at <= now);
            let access = expiry(t.expires_at, now);
            let refresh = match &t.refresh {
                None => crate::t!(l, "auth-no-refresh-token"),
                Some(_) => {
                    let expiry = expiry(t.refresh_expires_at, now);
                    crate::t!(l, "auth-refresh-token", expiry = expiry)
                }
            };
            let access_expired = t.expires_at.is_some_and(|at| at <= now);
            let ok = !refresh_expired && (t.refresh.is_some() || !access_expired);
            let text = if ok {
                crate::t!(
                    l,
                    "auth-tokens-present",
                    store = kept,
                    access = access,
                    refresh = refresh
                )
            } else {
                crate::t!(
                    l,
                    "auth-tokens-present-fix",
                    store = kept,
                    access = access,
                    refresh = refresh,
                    login = login
                )
            };
            (ok, text)
        }
    }
}
