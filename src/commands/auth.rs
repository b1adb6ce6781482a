//! Signing in and out (OAuth, the paste flow, the keyring) and what `tix doctor` says of the tokens.

use super::*;

/// The OAuth client a profile names (`oauth_client_id`, `oauth_client_secret_env`, `oauth_scope`).
pub(super) fn oauth_client(
    name: &str,
    profile: &config::Profile,
) -> Result<crate::oauth::Client, CliError> {
    let cfg_err = |e: String| CliError::Config(format!("profile {name}: {e}"));
    if profile.backend != Backend::Zendesk {
        return Err(cfg_err(format!(
            "OAuth sign-in is implemented for Zendesk profiles only, not {:?}",
            profile.backend
        )));
    }
    let id = profile
        .oauth_client_id
        .as_deref()
        .ok_or_else(|| cfg_err("OAuth needs oauth_client_id".into()))?;
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
        .map_err(|e| CliError::Config(format!("profile {name}: {e}")))
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
        .map_err(|e| CliError::Config(format!("profile {name}: {e}")))?
        .ok_or_else(|| {
            HelpdeskError::new(
                crate::helpdesk::ErrorKind::Auth,
                format!(
                    "profile {name} signs in with OAuth and has no tokens yet: run `tix login --profile {name}`"
                ),
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
    if target.demo {
        return Err(CliError::Config(format!(
            "the embedded demo needs no {verb}: name a profile with --profile"
        )));
    }
    let paths = Paths::discover();
    let cfg = config::load(&paths.config_file()).map_err(CliError::Config)?;
    let name = target
        .profile
        .clone()
        .or(cfg.default_profile.clone())
        .ok_or_else(|| {
            CliError::Config(format!(
                "tix {verb} needs a profile: --profile NAME, or default_profile in config.toml"
            ))
        })?;
    let profile = cfg.profiles.get(&name).cloned().ok_or_else(|| {
        CliError::Config(format!(
            "no profile {name:?} in {}",
            paths.config_file().display()
        ))
    })?;
    Ok((paths, name, profile))
}

/// `tix logout`: revokes the access token at the helpdesk (best effort: a token that cannot be
/// revoked still expires) and removes the saved tokens.
pub(super) async fn logout(target: &Target) -> Result<(), CliError> {
    let (paths, name, profile) = signing_profile(target, "logout")?;
    let cfg_err = |e: String| CliError::Config(format!("profile {name}: {e}"));
    if !profile.uses_oauth().map_err(cfg_err)? {
        return Err(cfg_err(
            "it does not sign in with OAuth: nothing to sign out of".into(),
        ));
    }
    let client = oauth_client(&name, &profile)?;
    let store = oauth_store(&name, &profile, &paths)?;
    let Some(tokens) = store.load().map_err(cfg_err)? else {
        println!("not signed in to {name}: no tokens in {}", store.describe());
        return Ok(());
    };
    match client.revoke(&tokens.access).await {
        Ok(()) => println!("revoked the access token at the helpdesk"),
        Err(e) => eprintln!(
            "could not revoke the access token at the helpdesk ({e}); it expires {}",
            crate::oauth::describe_expiry(tokens.expires_at, jiff::Timestamp::now())
        ),
    }
    store.forget().map_err(cfg_err)?;
    println!(
        "signed out of {name}: tokens removed from {}",
        store.describe()
    );
    Ok(())
}

pub(super) async fn login(target: &Target, paste: bool) -> Result<(), CliError> {
    use crate::oauth::{loopback, pkce};
    let (paths, name, profile) = signing_profile(target, "login")?;
    let cfg_err = |e: String| CliError::Config(format!("profile {name}: {e}"));
    profile.check_transport().map_err(cfg_err)?;
    if !profile.uses_oauth().map_err(cfg_err)? {
        if let Some(entry) = &profile.token_keyring {
            return store_keyring_token(&name, entry).await;
        }
        return Err(cfg_err(
            "it does not sign in with OAuth: set oauth_client_id (see the README), or keep using token_env, token_cmd or token_keyring".into(),
        ));
    }
    let client = oauth_client(&name, &profile)?;
    let store = oauth_store(&name, &profile, &paths)?;
    let pkce = pkce::Pkce::new().map_err(CliError::Config)?;
    let state = pkce::new_state().map_err(CliError::Config)?;
    let (code, redirect) = if paste {
        let redirect = profile
            .oauth_redirect
            .clone()
            .unwrap_or_else(|| PASTE_REDIRECT.to_string());
        let url = client.authorize_url(&redirect, &state, &pkce.challenge);
        eprintln!("Open this URL in a browser on any machine and approve tix:");
        println!("{url}");
        eprintln!(
            "The browser is then sent to {redirect}, which will likely fail to load: that is expected.\n\
             Copy the whole address from the browser's address bar (or only its code= value),\n\
             paste it here and press Enter:"
        );
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
        eprintln!("Approve tix in your browser. If it does not open, visit this URL:");
        println!("{url}");
        std::io::stdout().flush()?;
        if !open_browser(&url) {
            eprintln!(
                "(no browser here? on a remote machine, run tix login --paste --profile {name})"
            );
        }
        eprintln!(
            "Waiting for the browser (up to {} minutes; Ctrl-C stops)...",
            loopback::LOGIN_TIMEOUT.as_secs() / 60
        );
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
        .map_err(|e| CliError::Config(format!("could not save the tokens: {e}")))?;
    tracing::info!("oauth: signed in to profile {name}");
    println!(
        "signed in to {name}: access token {}, kept in {}",
        crate::oauth::describe_expiry(tokens.expires_at, jiff::Timestamp::now()),
        store.describe()
    );
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
    eprintln!(
        "Paste the API token of profile {name} and press Enter (it goes to the OS keyring as {}/{entry}):",
        crate::oauth::store::KEYRING_SERVICE
    );
    let mut line = String::new();
    tokio::io::BufReader::new(tokio::io::stdin())
        .read_line(&mut line)
        .await?;
    let token = line.trim();
    if token.is_empty() {
        return Err(CliError::Config("no token was given".into()));
    }
    crate::oauth::store::keyring_set(entry, token).map_err(CliError::Config)?;
    println!("token of {name} stored in the OS keyring");
    Ok(())
}

#[cfg(not(feature = "keyring"))]
pub(super) async fn store_keyring_token(name: &str, _: &str) -> Result<(), CliError> {
    Err(CliError::Config(format!(
        "profile {name}: token_keyring needs tix built with the keyring feature (cargo install --features keyring)"
    )))
}

/// What `tix doctor` says of a profile's OAuth tokens: where, whether present, when they expire.
pub(super) fn oauth_state(name: &str, profile: &config::Profile, paths: &Paths) -> (bool, String) {
    let store = match oauth_store(name, profile, paths) {
        Ok(s) => s,
        Err(e) => return (false, e.to_string()),
    };
    let login = format!("run tix login --profile {name}");
    let now = jiff::Timestamp::now();
    match store.load() {
        Ok(None) => (false, format!("none in {}: {login}", store.describe())),
        Err(e) => (false, e),
        Ok(Some(t)) => {
            let refresh_expired = t.refresh_expires_at.is_some_and(|at| at <= now);
            let access = crate::oauth::describe_expiry(t.expires_at, now);
            let refresh = match &t.refresh {
                None => "no refresh token".to_string(),
                Some(_) => format!(
                    "refresh token {}",
                    crate::oauth::describe_expiry(t.refresh_expires_at, now)
                ),
            };
            let access_expired = t.expires_at.is_some_and(|at| at <= now);
            let ok = !refresh_expired && (t.refresh.is_some() || !access_expired);
            let hint = if ok {
                String::new()
            } else {
                format!(" — {login}")
            };
            (
                ok,
                format!(
                    "present in {}; access token {access}; {refresh}{hint}",
                    store.describe()
                ),
            )
        }
    }
}
