//! What each command does: pick the helpdesk (profile or embedded demo), then run the TUI or a verb.

use std::fmt;
use std::io::{Read, Write};
use std::sync::Arc;

use serde_json::{Value, json};

use crate::cli::{
    Cli, Command, ConfigCommand, KeymapCommand, Target, ThemeCommand, WorkflowCommand,
};
use crate::config::{self, Backend, Paths};
#[cfg(feature = "demo")]
use crate::demo::{DemoOptions, DemoServer};
/// Built without the `demo` feature there is no embedded helpdesk: no server can exist, and
/// asking for one says how to go on.
#[cfg(not(feature = "demo"))]
pub enum DemoServer {}
use crate::helpdesk::sanitized::Sanitized;
use crate::helpdesk::zendesk::{Auth, Zendesk};
use crate::helpdesk::{
    HelpdeskError, Id, Message, NewMessage, SharedHelpdesk, Ticket, TicketPatch, Visibility,
    load_pages,
};
use crate::store::outbox::{self, Outbox};

#[derive(Debug)]
pub enum CliError {
    /// Bad configuration or arguments: exit 2.
    Config(String),
    Helpdesk(HelpdeskError),
    Io(std::io::Error),
    /// A check found errors (already printed): exit 1.
    CheckFailed,
    /// A write whose fate is not known yet: it waits in the outbox, which checks the ticket
    /// before it sends it again. Exit 3, so that a script does not send it a second time.
    Unknown(String),
}

/// `tix reply` could not tell whether the helpdesk has the reply (see `CliError::Unknown`).
pub const EXIT_UNKNOWN: u8 = 3;

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Config(_) => 2,
            CliError::Unknown(_) => EXIT_UNKNOWN,
            _ => 1,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Configuration errors quote the user's files, which may hold escape sequences.
            CliError::Config(s) => f.write_str(&crate::sanitize::text(s)),
            CliError::Helpdesk(e) => e.fmt(f),
            CliError::Io(e) => e.fmt(f),
            CliError::CheckFailed => f.write_str("errors found"),
            CliError::Unknown(s) => f.write_str(s),
        }
    }
}

impl From<HelpdeskError> for CliError {
    fn from(e: HelpdeskError) -> Self {
        CliError::Helpdesk(e)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Io(e)
    }
}

/// A helpdesk to talk to; holds the embedded demo server alive while in use.
pub struct Connection {
    pub config: config::Config,
    /// The profile in use (`None` on the embedded demo).
    pub settings: Option<config::Profile>,
    pub paths: Paths,
    pub profile: String,
    pub helpdesk: SharedHelpdesk,
    pub demo: Option<DemoServer>,
    /// The OAuth session, for profiles that sign in with OAuth.
    pub oauth: Option<Arc<crate::oauth::Session>>,
}

impl Connection {
    /// Whether a view's first pages are the top of the queue, so that only they need fetching: the
    /// helpdesk orders views by breach, and no local SLA policy computes deadlines it cannot sort by.
    fn top_pages_are_the_queues_top(&self) -> bool {
        self.helpdesk.capabilities().ordered_views && self.config.sla.is_empty()
    }
}

#[cfg(not(feature = "demo"))]
fn no_demo() -> CliError {
    CliError::Config(
        "this tix was built without the embedded demo helpdesk (feature `demo`): \
         name a profile with --profile, or write one with `tix config init`"
            .into(),
    )
}

#[cfg(not(feature = "demo"))]
async fn demo_connection(_: &Target, _: config::Config, _: Paths) -> Result<Connection, CliError> {
    Err(no_demo())
}

/// The embedded demo, started for this run (no profile configured, or `--demo`).
#[cfg(feature = "demo")]
async fn demo_connection(
    target: &Target,
    config: config::Config,
    paths: Paths,
) -> Result<Connection, CliError> {
    let demo = start_demo(target).await?;
    Ok(Connection {
        settings: None,
        config,
        paths,
        profile: "demo".into(),
        helpdesk: wrap(Zendesk::new(&demo.base_url, Auth::None)),
        demo: Some(demo),
        oauth: None,
    })
}

#[cfg(feature = "demo")]
pub async fn start_demo(target: &Target) -> Result<DemoServer, CliError> {
    let opts = DemoOptions {
        tickets: target.tickets as usize,
        seed: target.seed,
        token: None,
        ..DemoOptions::default()
    };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    Ok(DemoServer::start(addr, opts, jiff::Timestamp::now()).await?)
}

fn wrap(hd: impl crate::helpdesk::Helpdesk + 'static) -> SharedHelpdesk {
    // Every backend goes through the sanitizer: one gate for untrusted text.
    Arc::new(Sanitized(hd))
}

pub async fn connect(target: &Target) -> Result<Connection, CliError> {
    let paths = Paths::discover();
    let cfg = config::load(&paths.config_file()).map_err(CliError::Config)?;
    let chosen = match (&target.profile, target.demo) {
        (_, true) => None,
        (Some(p), false) => Some(p.clone()),
        (None, false) => cfg.default_profile.clone(),
    };
    let Some(name) = chosen else {
        return demo_connection(target, cfg, paths).await;
    };
    let profile = cfg.profiles.get(&name).cloned().ok_or_else(|| {
        let known: Vec<&str> = cfg.profiles.keys().map(String::as_str).collect();
        CliError::Config(format!(
            "no profile {name:?} in {} (profiles: {})",
            paths.config_file().display(),
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        ))
    })?;
    profile
        .check_transport()
        .map_err(|e| CliError::Config(format!("profile {name}: {e}")))?;
    if profile
        .uses_oauth()
        .map_err(|e| CliError::Config(format!("profile {name}: {e}")))?
    {
        let session = Arc::new(oauth_session(&name, &profile, &paths)?);
        let auth = Auth::OAuth(session.clone());
        return Ok(Connection {
            settings: Some(profile.clone()),
            config: cfg,
            paths,
            helpdesk: wrap(Zendesk::new(&profile.url, auth)),
            profile: name,
            demo: None,
            oauth: Some(session),
        });
    }
    let token = profile
        .token(&paths.config_file())
        .map_err(|e| CliError::Config(format!("profile {name}: {e}")))?;
    let auth = match (token, &profile.email) {
        (None, _) => Auth::None,
        (Some(token), Some(email)) => Auth::ApiToken {
            email: email.clone(),
            token,
        },
        (Some(token), None) => Auth::Bearer(token),
    };
    let helpdesk = match profile.backend {
        Backend::Zendesk => wrap(Zendesk::new(&profile.url, auth)),
        Backend::Rt => {
            use crate::helpdesk::rt::{Rt, RtAuth};
            let rt_auth = match (auth, &profile.user, &profile.password_env) {
                (Auth::Bearer(t) | Auth::ApiToken { token: t, .. }, _, _) => RtAuth::Token(t),
                (Auth::None, Some(user), Some(var)) => {
                    let password = std::env::var(var).map_err(|_| {
                        CliError::Config(format!(
                            "profile {name}: the environment variable {var} (password_env) is not set"
                        ))
                    })?;
                    RtAuth::Basic {
                        user: user.clone(),
                        password: config::Secret::new(password),
                    }
                }
                _ => {
                    return Err(CliError::Config(format!(
                        "profile {name}: RT needs token_env, or user and password_env"
                    )));
                }
            };
            wrap(Rt::new(&profile.url, rt_auth))
        }
        Backend::Freshdesk | Backend::Zammad => {
            let token = match auth {
                Auth::Bearer(t) | Auth::ApiToken { token: t, .. } => t,
                Auth::None | Auth::OAuth(_) => {
                    return Err(CliError::Config(format!(
                        "profile {name}: {:?} needs a token (token_env, token_cmd or token)",
                        profile.backend
                    )));
                }
            };
            if profile.backend == Backend::Freshdesk {
                wrap(crate::helpdesk::freshdesk::Freshdesk::new(
                    &profile.url,
                    token,
                ))
            } else {
                wrap(crate::helpdesk::zammad::Zammad::new(&profile.url, token))
            }
        }
    };
    Ok(Connection {
        settings: Some(profile.clone()),
        config: cfg,
        paths,
        profile: name,
        helpdesk,
        demo: None,
        oauth: None,
    })
}

/// The OAuth client a profile names (`oauth_client_id`, `oauth_client_secret_env`, `oauth_scope`).
fn oauth_client(name: &str, profile: &config::Profile) -> Result<crate::oauth::Client, CliError> {
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

fn oauth_store(
    name: &str,
    profile: &config::Profile,
    paths: &Paths,
) -> Result<crate::oauth::store::Store, CliError> {
    crate::oauth::store::Store::for_profile(&paths.data_dir, name, profile.token_store.as_deref())
        .map_err(|e| CliError::Config(format!("profile {name}: {e}")))
}

/// A signed-in profile's OAuth session, from the tokens `tix login` saved.
fn oauth_session(
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
fn signing_profile(
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
async fn logout(target: &Target) -> Result<(), CliError> {
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

async fn login(target: &Target, paste: bool) -> Result<(), CliError> {
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
fn open_browser(url: &str) -> bool {
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
async fn store_keyring_token(name: &str, entry: &str) -> Result<(), CliError> {
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
async fn store_keyring_token(name: &str, _: &str) -> Result<(), CliError> {
    Err(CliError::Config(format!(
        "profile {name}: token_keyring needs tix built with the keyring feature (cargo install --features keyring)"
    )))
}

/// A ticket or macro id from the command line: a number (`#1001`, as tix shows ids, is one too).
pub(crate) fn id_arg(what: &str, arg: &str) -> Result<Id, CliError> {
    let t = arg.trim();
    let t = t.strip_prefix('#').unwrap_or(t);
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) && t.parse::<u64>().is_ok() {
        return Ok(Id(t.to_string()));
    }
    Err(CliError::Config(format!(
        "bad {what} id {arg:?}: a {what} id is a number, such as 1001"
    )))
}

pub async fn main(cli: Cli) -> Result<(), CliError> {
    let data_dir = Paths::discover().data_dir;
    // Customer data at rest is the agent's alone: what an older tix, a copy or a restore left
    // readable by others is tightened before anything is read or written.
    let tightened = match crate::store::private::tighten(&data_dir) {
        Ok(changed) => crate::store::private::notice(&data_dir, &changed),
        Err(e) => Some(format!(
            "could not tighten the modes in {}: {e}",
            data_dir.display()
        )),
    };
    if let Some(n) = &tightened {
        eprintln!("tix: {n}");
    }
    // Held to the end of `main`: dropping it writes out what is still queued.
    let _log = crate::log::init(&data_dir);
    if let Some(n) = tightened {
        tracing::warn!("{n}");
    }
    tracing::info!(
        "tix {} started: {}",
        env!("CARGO_PKG_VERSION"),
        match &cli.command {
            None => "workspace",
            Some(Command::Ls { .. }) => "ls",
            Some(Command::Show { .. }) => "show",
            Some(Command::Reply { .. }) => "reply",
            Some(Command::Stats { .. }) => "stats",
            Some(Command::Doctor) => "doctor",
            Some(Command::Login { .. }) => "login",
            Some(Command::Logout) => "logout",
            Some(Command::Keymap { .. }) => "keymap",
            Some(Command::Theme { .. }) => "theme",
            Some(Command::Workflow { .. }) => "workflow",
            Some(Command::Completions { .. }) => "completions",
            Some(Command::Man { .. }) => "man",
            Some(Command::Config { .. }) => "config",
            Some(Command::DemoServer { .. }) => "demo-server",
            Some(Command::Verb(v)) => v.name(),
        }
    );
    tracing::debug!("data dir {}", data_dir.display());
    match cli.command {
        None => tui(&cli.target).await,
        Some(Command::Verb(v)) => crate::cli_verbs::run(&cli.target, v).await,
        Some(Command::Keymap { command }) => keymap_command(command),
        Some(Command::Workflow { command }) => workflow_command(&cli.target, command).await,
        Some(Command::Completions { shell }) => {
            use clap::CommandFactory;
            let mut script = vec![];
            clap_complete::generate(shell, &mut Cli::command(), "tix", &mut script);
            print_all(&script)
        }
        Some(Command::Man { dir }) => man(dir.as_deref()),
        Some(Command::Config {
            command: ConfigCommand::Init { force },
        }) => {
            let paths = Paths::discover();
            let file = paths.config_file();
            crate::config_init::init(&file, force).map_err(CliError::Config)?;
            println!("wrote {}", file.display());
            let dir = paths.config_dir.join("workflows");
            for written in
                crate::config_init::init_workflows(&dir, force).map_err(CliError::Config)?
            {
                println!("wrote {}", written.display());
            }
            Ok(())
        }
        Some(Command::Stats { json, day }) => stats(json, day),
        Some(Command::Doctor) => doctor(&cli.target).await,
        Some(Command::Login { paste }) => login(&cli.target, paste).await,
        Some(Command::Logout) => logout(&cli.target).await,
        Some(Command::Theme {
            command: ThemeCommand::Check { file },
        }) => check_file(&file, crate::theme::check),
        Some(Command::DemoServer {
            addr,
            token,
            oauth_expires_in,
            fail_rate,
            slow_ms,
            latency_ms,
            kbps,
            drop_rate,
            hostile,
        }) => {
            #[cfg(not(feature = "demo"))]
            {
                let _ = (addr, token, oauth_expires_in, fail_rate, slow_ms);
                let _ = (latency_ms, kbps, drop_rate, hostile);
                return Err(no_demo());
            }
            #[cfg(feature = "demo")]
            let opts = DemoOptions {
                tickets: cli.target.tickets as usize,
                seed: cli.target.seed,
                token,
                oauth: oauth_expires_in.map(std::time::Duration::from_secs),
                fail_rate: fail_rate.clamp(0.0, 1.0),
                slow_ms,
                latency_ms,
                kbps,
                drop_rate: drop_rate.clamp(0.0, 1.0),
                hostile,
                rate_limit: None,
            };
            #[cfg(feature = "demo")]
            demo_server(addr, opts).await
        }
        Some(Command::Ls { view, limit, json }) => {
            let c = connect(&cli.target).await?;
            ls(&c, view.as_deref(), limit, json).await
        }
        Some(Command::Show { id, json, quoted }) => {
            let id = id_arg("ticket", &id)?;
            let c = connect(&cli.target).await?;
            show(&c, &id, json, quoted).await
        }
        Some(Command::Reply {
            id,
            macro_id: Some(mid),
            preview,
            ..
        }) => {
            let (id, mid) = (id_arg("ticket", &id)?, id_arg("macro", &mid)?);
            let c = connect(&cli.target).await?;
            apply_macro(&c, &id, &mid, preview).await
        }
        Some(Command::Reply { id, note, .. }) => {
            let id = id_arg("ticket", &id)?;
            let c = connect(&cli.target).await?;
            let mut body = String::new();
            std::io::stdin().read_to_string(&mut body)?;
            reply(&c, &id, note, body).await
        }
    }
}

/// `tix doctor`: each step OK or FAIL with what to do; non-zero exit on any FAIL.
async fn doctor(target: &Target) -> Result<(), CliError> {
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

/// What `tix doctor` says of a profile's OAuth tokens: where, whether present, when they expire.
fn oauth_state(name: &str, profile: &config::Profile, paths: &Paths) -> (bool, String) {
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

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn stats(json: bool, day: Option<jiff::civil::Date>) -> Result<(), CliError> {
    let paths = Paths::discover();
    let day = day.unwrap_or_else(|| jiff::Zoned::now().date());
    let events = crate::metrics::load(&crate::metrics::day_file(&paths.data_dir, day));
    let s = crate::metrics::summarize(&events, &jiff::tz::TimeZone::system());
    if json {
        let mut v = serde_json::to_value(&s).map_err(std::io::Error::other)?;
        v["day"] = json!(day.to_string());
        return print_json(&v);
    }
    let secs = |v: Option<i64>| {
        v.map_or("-".to_string(), |s| {
            crate::duration::short(jiff::SignedDuration::from_secs(s))
        })
    };
    let pct = |v: Option<f64>| v.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0));
    println!(
        "{day}: {} tickets handled, {} replies",
        s.handled, s.replies
    );
    println!(
        "median first response {}",
        secs(s.median_first_response_secs)
    );
    println!("average handle time   {}", secs(s.average_handle_secs));
    println!("first-contact resolution {}", pct(s.fcr_rate));
    println!("CSAT {}", pct(s.csat));
    Ok(())
}

/// The keymap: the configured preset with the user's keymap.toml layered on top.
fn load_keymap(
    cfg: &config::Config,
    paths: &Paths,
) -> (crate::keymap::Keymap, Vec<config::Problem>) {
    let user_path = paths.config_dir.join("keymap.toml");
    let (user, unreadable) = match crate::files::read_text(&user_path) {
        Ok(text) => (text, None),
        Err(e) => (None, Some(e.problem())),
    };
    let file = user_path.display().to_string();
    let (km, mut problems) = crate::keymap::Keymap::load(
        cfg.keymap.as_deref(),
        user.as_deref().map(|t| (file.as_str(), t)),
    );
    problems.extend(unreadable);
    (km, problems)
}

fn keymap_command(command: KeymapCommand) -> Result<(), CliError> {
    match command {
        KeymapCommand::Show => {
            let paths = Paths::discover();
            let cfg = config::load(&paths.config_file()).map_err(CliError::Config)?;
            let (km, problems) = load_keymap(&cfg, &paths);
            for p in problems {
                eprintln!("{p}");
            }
            print!("{}", km.show());
            Ok(())
        }
        KeymapCommand::Check { file } => check_file(&file, crate::keymap::check),
    }
}

/// The workflows a session uses: the config dir's `workflows/`, or on the demo without one the
/// shipped examples. Bad files are skipped and returned as problems.
pub fn load_workflows(
    paths: &Paths,
    demo: bool,
    known: &crate::workflow::Known,
) -> (Vec<crate::workflow::Workflow>, Vec<config::Problem>) {
    let dir = paths.config_dir.join("workflows");
    if demo && !dir.is_dir() {
        return crate::workflow::shipped(known);
    }
    crate::workflow::load(&dir, known)
}

/// Titles a workflow may name a canned response by: `Folder::Title` and the title alone.
pub fn canned_names(list: &[crate::helpdesk::CannedResponse]) -> Vec<String> {
    list.iter()
        .flat_map(|c| {
            let full = c.folder.as_ref().map(|f| format!("{f}::{}", c.title));
            std::iter::once(c.title.clone()).chain(full)
        })
        .collect()
}

async fn workflow_command(target: &Target, command: WorkflowCommand) -> Result<(), CliError> {
    match command {
        WorkflowCommand::List => {
            let paths = Paths::discover();
            let cfg = config::load(&paths.config_file()).map_err(CliError::Config)?;
            let demo = target.demo || (target.profile.is_none() && cfg.default_profile.is_none());
            let (list, problems) = load_workflows(&paths, demo, &Default::default());
            for p in &problems {
                eprintln!("{p}");
            }
            if list.is_empty() && problems.is_empty() {
                eprintln!(
                    "no workflows in {} (tix config init installs the examples)",
                    paths.config_dir.join("workflows").display()
                );
            }
            let mut out = String::new();
            for w in &list {
                let mut when: Vec<String> = vec![];
                when.extend(w.when.tags.iter().map(|t| format!("tag:{t}")));
                when.extend(w.when.keywords.iter().map(|k| format!("{k:?}")));
                when.extend(w.when.channels.iter().map(|c| format!("via:{c}")));
                // Each field sanitized on its own (a tab in one would shift the columns).
                let fields = [&w.name, &w.title, &when.join(" ")].map(|f| crate::sanitize::line(f));
                out.push_str(&fields.join("\t"));
                out.push('\n');
            }
            print_all(out.as_bytes())
        }
        WorkflowCommand::Check { file } => {
            let text = crate::files::read_text(&file)
                .map_err(|e| CliError::Config(e.to_string()))?
                .ok_or_else(|| CliError::Config(format!("{}: no such file", file.display())))?;
            let known = workflow_known(target).await;
            let problems = crate::workflow::check(&file.display().to_string(), &text, &known);
            for p in &problems {
                println!("{p}");
            }
            if problems.iter().any(|p| !p.warning) {
                return Err(CliError::CheckFailed);
            }
            Ok(())
        }
    }
}

/// What a workflow's names are checked against: the canned/ files, and the helpdesk's canned
/// responses, statuses and groups when it answers (else those are left unchecked, said on stderr).
async fn workflow_known(target: &Target) -> crate::workflow::Known {
    let paths = Paths::discover();
    let (local, _) = crate::canned_files::load(&paths.config_dir.join("canned"));
    let mut known = crate::workflow::Known::default();
    let reached = match connect(target).await {
        Ok(c) => {
            let hd = c.helpdesk.clone();
            let (canned, vocabulary, groups) =
                tokio::join!(hd.canned_responses(), hd.vocabulary(), hd.groups());
            match (canned, vocabulary, groups) {
                (Ok(mut canned), Ok(vocabulary), Ok(groups)) => {
                    canned.extend(local);
                    known.canned = Some(canned_names(&canned));
                    known.vocabulary = Some(vocabulary);
                    known.groups = Some(groups.into_iter().map(|g| g.name).collect());
                    Ok(())
                }
                (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => Err(e.to_string()),
            }
        }
        Err(e) => Err(e.to_string()),
    };
    if let Err(e) = reached {
        eprintln!(
            "tix: the helpdesk did not answer ({}): only the structure and the canned/ files are checked",
            crate::sanitize::line(&e)
        );
    }
    known
}

/// The man page of tix on standard output, or the pages of tix and of every subcommand in `dir`.
fn man(dir: Option<&std::path::Path>) -> Result<(), CliError> {
    use clap::CommandFactory;
    match dir {
        None => {
            let mut page = vec![];
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(CliError::Io)?;
            print_all(&page)
        }
        Some(dir) => std::fs::create_dir_all(dir)
            .and_then(|()| clap_mangen::generate_to(Cli::command(), dir))
            .map_err(|e| CliError::Config(format!("{}: {e}", dir.display()))),
    }
}

/// Bytes to standard output; a reader that stops early (`tix man | head`) is not an error.
fn print_all(bytes: &[u8]) -> Result<(), CliError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Io(e)),
        _ => Ok(()),
    }
}

fn check_file(
    file: &std::path::Path,
    check: fn(&str, &str) -> Vec<config::Problem>,
) -> Result<(), CliError> {
    let text = crate::files::read_text(file)
        .map_err(|e| CliError::Config(e.to_string()))?
        .ok_or_else(|| CliError::Config(format!("{}: no such file", file.display())))?;
    let problems = check(&file.display().to_string(), &text);
    for p in &problems {
        println!("{p}");
    }
    if problems.iter().any(|p| !p.warning) {
        return Err(CliError::CheckFailed);
    }
    Ok(())
}

async fn tui(target: &Target) -> Result<(), CliError> {
    let c = connect(target).await?;
    let (keymap, mut problems) = load_keymap(&c.config, &c.paths);
    let (theme, theme_problems) = crate::theme::Theme::load(
        c.config.theme.as_deref(),
        &c.paths.config_dir,
        crate::theme::ColorMode::from_env(),
    );
    problems.extend(theme_problems);
    let (local_canned, canned_problems) =
        crate::canned_files::load(&c.paths.config_dir.join("canned"));
    problems.extend(canned_problems);
    // Names of the helpdesk's canned responses and statuses are not known yet: they are checked
    // when an end is reached (and by `tix workflow check`).
    let (workflows, workflow_problems) =
        load_workflows(&c.paths, c.demo.is_some(), &Default::default());
    problems.extend(workflow_problems);
    let mut model =
        crate::app::model::Model::new(&c.profile, c.helpdesk.backend(), c.demo.is_some(), keymap);
    model.theme = theme;
    let mut caps = c.helpdesk.capabilities();
    caps.canned_responses |= !local_canned.is_empty();
    model.capabilities = Some(caps);
    model.local_canned = local_canned;
    model.sla_policy = c.config.sla.clone();
    if c.top_pages_are_the_queues_top() {
        // The top of the view: a screenful of rows (the terminal's height bounds the queue's)
        // and a little more. A backend whose pages can be that small (RT) sends no more; one
        // with fixed pages sends its page.
        let rows = crossterm::terminal::size().map_or(40, |(_, h)| h as usize);
        model.load_window = Some(crate::app::model::QUEUE_WINDOW.min(rows + 2));
    }
    model.alert_settings = crate::app::model::AlertSettings {
        minutes: c.config.alerts.minutes.unwrap_or(15) as i64,
        bell: c.config.alerts.bell.unwrap_or(true) && !c.config.quiet.unwrap_or(false),
    };
    let today = jiff::Zoned::now().date();
    model.metrics = crate::metrics::load(&crate::metrics::day_file(&c.paths.data_dir, today));
    model.privacy = c.config.privacy.unwrap_or(true);
    let profile = c.settings.as_ref();
    model.low_bandwidth = target.low_bandwidth
        || profile
            .and_then(|p| p.low_bandwidth)
            .or(c.config.low_bandwidth)
            .unwrap_or(false);
    model.follow_delay_ms = c.config.follow_delay_ms;
    model.refresh_secs = profile
        .and_then(|p| p.refresh_secs)
        .or(c.config.refresh_secs)
        .unwrap_or(60);
    model.tz = jiff::tz::TimeZone::system();
    if problems.iter().any(|p| !p.warning) {
        model.overlay = Some(crate::app::model::Overlay::Problems);
    }
    model.problems = problems;
    model.workflows = workflows;
    let workflow_store = crate::store::workflows::WorkflowStore::new(&c.paths.data_dir, &c.profile);
    model.walks = workflow_store.load_all();
    // The view to start on: the profile's, then the top-level setting, then the last one used.
    let last_view = crate::store::last_view::LastView::new(&c.paths.data_dir, &c.profile);
    model.preferred_view = profile
        .and_then(|p| p.default_view.clone())
        .or_else(|| c.config.default_view.clone())
        .or_else(|| last_view.load());
    let drafts = crate::store::drafts::DraftStore::new(&c.paths.data_dir, &c.profile);
    // Every write goes through the outbox, on the demo too (its ids are the same from run to run).
    let outbox = crate::store::outbox::Outbox::new(&c.paths.data_dir, &c.profile);
    model.drafts = drafts.load_all();
    // A crash between the two halves of sending leaves the text in both: the outbox has it.
    let drafted = model
        .drafts
        .iter()
        .map(|(k, d)| (&k.0, k.clone(), d.text.as_str()));
    for (ticket, kind) in outbox.holds_drafts(drafted) {
        model.drafts.remove(&(ticket.clone(), kind));
        drafts
            .save(&ticket, kind, None)
            .map_err(|e| CliError::Config(format!("could not remove a sent draft: {e}")))?;
    }
    let opts = crate::workspace::Options {
        mouse: c.config.mouse.unwrap_or(true),
        drafts: Some(drafts),
        data_dir: Some(c.paths.data_dir.clone()),
        notify_cmd: c.config.alerts.notify_cmd.clone(),
        // The embedded demo's data lives for one run only: nothing to keep.
        cache: c
            .demo
            .is_none()
            .then(|| crate::store::cache::Cache::new(&c.paths.data_dir, &c.profile)),
        outbox: Some(outbox),
        last_view: Some(last_view),
        download_dir: c.config.download_dir(),
        workflows: Some(workflow_store),
        knowledge: crate::knowledge::Local::load(&c.paths.config_dir.join("knowledge")),
    };
    // After a SIGHUP the terminal may be gone: a line that cannot be written is no error.
    for line in crate::workspace::run(c.helpdesk.clone(), model, opts).await? {
        let _ = writeln!(std::io::stderr(), "{line}");
    }
    Ok(())
}

#[cfg(feature = "demo")]
async fn demo_server(addr: std::net::SocketAddr, opts: DemoOptions) -> Result<(), CliError> {
    let tickets = opts.tickets;
    let server = DemoServer::start(addr, opts, jiff::Timestamp::now()).await?;
    println!("{}", server.base_url);
    eprintln!("tix demo helpdesk (Zendesk API v2 dialect) with {tickets} tickets; Ctrl-C stops it");
    std::io::stdout().flush()?;
    tokio::signal::ctrl_c().await?;
    let s = server.stats();
    eprintln!(
        "served {} requests: {} bytes in, {} bytes out",
        s.requests, s.bytes_in, s.bytes_out
    );
    server.shutdown();
    Ok(())
}

fn party_json(p: Option<&crate::helpdesk::PartyRef>) -> Value {
    match p {
        Some(p) => json!({"id": p.id, "name": p.name, "email": p.email}),
        None => Value::Null,
    }
}

fn sla_json(t: &Ticket) -> Value {
    match t.next_sla() {
        Some(s) => json!({
            "next_breach_at": s.due_at.map(|d| d.to_string()),
            "metric": s.metric,
        }),
        None => Value::Null,
    }
}

pub fn ticket_json(t: &Ticket) -> Value {
    let mut requester = party_json(t.requester.as_ref());
    if let Some(obj) = requester.as_object_mut() {
        obj.insert("tier".into(), json!(t.requester_tier));
    }
    json!({
        "id": t.id,
        "subject": t.subject,
        // The helpdesk's own word (what `tix status` takes), its label and what kind it is.
        "status": t.status.raw,
        "status_label": t.status.label,
        "status_category": t.status.category,
        "priority": t.priority.as_ref().map(|p| p.raw.clone()),
        "priority_label": t.priority.as_ref().map(|p| p.label.clone()),
        "channel": t.channel.label(),
        "requester": requester,
        "sla": sla_json(t),
        "satisfaction": t.satisfaction,
        "assignee": party_json(t.assignee.as_ref()),
        "group": t.group,
        "organization": t.organization,
        "tags": t.tags,
        "created_at": time_json(t.created_at),
        "updated_at": time_json(t.updated_at),
    })
}

/// A time as JSON: `null` for one the helpdesk sent unreadable. The same RFC 3339 UTC text as
/// `time_text`, so that `show`, `show --json` and `ls --json` agree.
fn time_json(t: jiff::Timestamp) -> Value {
    crate::helpdesk::known(t).map_or(Value::Null, |t| Value::String(t.to_string()))
}

/// A time as text: RFC 3339 in UTC, as in the JSON; "unknown time" for one the helpdesk sent
/// unreadable.
fn time_text(t: jiff::Timestamp) -> String {
    crate::helpdesk::known(t).map_or("unknown time".into(), |t| t.to_string())
}

/// An attachment for `--json`: what it is, not where it is (its address can hold a token).
fn attachment_json(a: &crate::helpdesk::Attachment) -> Value {
    json!({
        "name": a.name,
        "size": a.size,
        "content_type": a.content_type,
    })
}

fn message_json(m: &Message) -> Value {
    json!({
        "id": m.id,
        "author": m.author.as_ref().map(|a| a.name.clone()),
        "public": m.visibility == Visibility::Public,
        "channel": m.channel.as_ref().map(|c| c.label().to_string()),
        "created_at": time_json(m.created_at),
        "body": m.body,
        "attachments": m.attachments.iter().map(attachment_json).collect::<Vec<_>>(),
    })
}

pub(crate) fn print_json(v: &Value) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v).map_err(std::io::Error::other)?;
    writeln!(out)?;
    Ok(())
}

async fn ls(
    c: &Connection,
    view: Option<&str>,
    limit: Option<usize>,
    json: bool,
) -> Result<(), CliError> {
    let views = c.helpdesk.views().await?;
    let chosen = match view {
        None => views.first(),
        Some(name) => views.iter().find(|v| v.name.eq_ignore_ascii_case(name)),
    };
    let Some(chosen) = chosen else {
        let names: Vec<&str> = views.iter().map(|v| v.name.as_str()).collect();
        return Err(CliError::Config(format!(
            "no view {:?} (views: {})",
            view.unwrap_or_default(),
            names.join(", ")
        )));
    };
    // The top pages only when they are the queue's top; otherwise the whole view.
    let want = match limit {
        Some(n) if c.top_pages_are_the_queues_top() => n,
        _ => usize::MAX,
    };
    let (mut tickets, mut skipped) = (vec![], 0);
    load_pages(
        c.helpdesk.as_ref(),
        &chosen.id,
        None,
        want,
        |page, unreadable| {
            tickets.extend_from_slice(page);
            skipped += unreadable;
        },
    )
    .await?;
    // A ticket that could not be read costs only itself: the rest is listed, and stderr says so.
    if skipped > 0 {
        eprintln!("tix: {}", crate::helpdesk::unreadable(skipped));
    }
    // The queue's order, as the TUI shows it.
    c.config.sla.apply(&mut tickets);
    crate::sla::sort(&mut tickets);
    tickets.truncate(limit.unwrap_or(usize::MAX));
    if json {
        return print_json(&Value::Array(tickets.iter().map(ticket_json).collect()));
    }
    print_ticket_lines(&tickets)
}

/// Tickets one a line, as `tix ls` lists them: ID, status, priority, channel, requester, subject.
pub(crate) fn print_ticket_lines(tickets: &[Ticket]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    for t in tickets {
        let requester = t.requester.as_ref().map_or("", |r| r.name.as_str());
        let priority = t.priority.as_ref().map_or("-", |p| p.label.as_str());
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            t.id,
            t.status.label,
            priority,
            t.channel.label(),
            requester,
            t.subject
        )?;
    }
    Ok(())
}

async fn show(c: &Connection, id: &Id, json: bool, quoted: bool) -> Result<(), CliError> {
    let ticket = c.helpdesk.ticket(id).await?;
    let messages = c.helpdesk.messages(id).await?;
    let customer = match &ticket.requester {
        Some(r) => Some(c.helpdesk.customer(&r.id).await?),
        None => None,
    };
    if json {
        let mut v = ticket_json(&ticket);
        v["messages"] = Value::Array(messages.iter().map(message_json).collect());
        v["customer"] = match &customer {
            Some(cu) => json!({
                "id": cu.id, "name": cu.name, "email": cu.email, "phone": cu.phone,
                "organization": cu.organization.as_ref().map(|o| o.name.clone()),
                "tier": cu.tier, "lifetime_tickets": cu.lifetime_tickets,
                "missing": cu.missing,
            }),
            None => Value::Null,
        };
        return print_json(&v);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "#{} {}", ticket.id, ticket.subject)?;
    // The label as the helpdesk names it, with its kind where the label does not say it.
    let kind = ticket.status.category.word();
    let status = if ticket.status.label.eq_ignore_ascii_case(kind) {
        ticket.status.label.clone()
    } else {
        format!("{} ({kind})", ticket.status.label)
    };
    writeln!(
        out,
        "status: {status} · priority: {} · channel: {}",
        ticket.priority.as_ref().map_or("-", |p| p.label.as_str()),
        ticket.channel.label()
    )?;
    let tags = if ticket.tags.is_empty() {
        "none".to_string()
    } else {
        ticket.tags.join(" ")
    };
    writeln!(
        out,
        "assignee: {} · group: {} · tags: {tags}",
        ticket.assignee.as_ref().map_or("none", |a| a.name.as_str()),
        ticket.group.as_deref().unwrap_or("none"),
    )?;
    writeln!(
        out,
        "created: {} · updated: {}",
        time_text(ticket.created_at),
        time_text(ticket.updated_at)
    )?;
    if let Some(cu) = &customer {
        let org = cu.organization.as_ref().map_or("", |o| o.name.as_str());
        let count = cu
            .lifetime_tickets
            .map_or_else(|| "? tickets".to_string(), |n| format!("{n} tickets"));
        writeln!(
            out,
            "customer: {} <{}> {} [{}] · {count}",
            cu.name,
            cu.email.as_deref().unwrap_or(""),
            org,
            cu.tier.label(),
        )?;
        if !cu.missing.is_empty() {
            let what: Vec<&str> = cu.missing.iter().map(|m| m.label()).collect();
            writeln!(out, "not loaded: {}", what.join(", "))?;
        }
    }
    // Numbered across the conversation, as `tix attachment ID N` takes them.
    let mut n = 0;
    for m in &messages {
        let kind = match m.visibility {
            Visibility::Public => "",
            Visibility::Internal => " [internal note]",
        };
        let author = m.author.as_ref().map_or("?", |a| a.name.as_str());
        let when = time_text(m.created_at);
        writeln!(out, "\n--- {author} · {when}{kind}")?;
        if quoted {
            writeln!(out, "{}", m.body)?;
        } else {
            // Quoted history as one line each, as the conversation panel shows it.
            let folded = crate::quoted::fold(&m.body, |n| {
                format!("▸ {} (--quoted prints it)", crate::quoted::count(n))
            });
            writeln!(out, "{}", folded.0)?;
        }
        for a in &m.attachments {
            n += 1;
            match crate::attachments::details(a) {
                d if d.is_empty() => writeln!(out, "[attachment {n}] {}", a.name)?,
                d => writeln!(out, "[attachment {n}] {} ({d})", a.name)?,
            }
        }
    }
    Ok(())
}

/// `tix reply ID --macro MACRO [--preview]`: what the macro would do, then (without --preview) one
/// update with exactly that.
async fn apply_macro(c: &Connection, id: &Id, mid: &Id, preview: bool) -> Result<(), CliError> {
    let Some(p) = c.helpdesk.preview_canned(id, mid).await? else {
        return Err(CliError::Config(format!(
            "{} has no macros to apply; pipe the text to `tix reply` instead",
            c.helpdesk.backend()
        )));
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "Macro {mid} on #{id} will:")?;
    for ch in &p.changes {
        let field = format!("{:?}", ch.field).to_lowercase();
        let (from, to) = (
            ch.from.as_deref().unwrap_or("none"),
            ch.to.as_deref().unwrap_or("none"),
        );
        writeln!(out, "  {field}: {from} → {to}")?;
    }
    if let Some(m) = &p.message {
        let what = match m.visibility {
            Visibility::Public => "public reply",
            Visibility::Internal => "internal note",
        };
        writeln!(out, "  add {what}:")?;
        for line in m.body.lines() {
            writeln!(out, "    {line}")?;
        }
    }
    if preview {
        writeln!(out, "(preview only: nothing was changed)")?;
        return Ok(());
    }
    let t = c.helpdesk.update(id, &p.patch()).await?;
    writeln!(out, "#{} updated: {}", t.id, t.status.label)?;
    Ok(())
}

/// A reply sent from the command line counts in `tix stats` and the workspace's numbers like one
/// sent from the workspace (a note as work on the ticket).
fn count_in_todays_numbers(data_dir: &std::path::Path, id: &Id, note: bool) {
    let (ticket, at) = (id.0.clone(), jiff::Timestamp::now());
    let event = if note {
        crate::metrics::Event::Wrote { ticket, at }
    } else {
        crate::metrics::Event::Replied {
            ticket,
            at,
            first_response_secs: None,
        }
    };
    let day = at.to_zoned(jiff::tz::TimeZone::system()).date();
    if let Err(e) = crate::metrics::append(&crate::metrics::day_file(data_dir, day), &[event]) {
        eprintln!("tix: could not record the reply in today's numbers: {e}");
    }
}

async fn reply(c: &Connection, id: &Id, note: bool, body: String) -> Result<(), CliError> {
    if body.trim().is_empty() {
        return Err(CliError::Config(
            "nothing to send: the reply is read from standard input".into(),
        ));
    }
    let visibility = if note {
        Visibility::Internal
    } else {
        Visibility::Public
    };
    let patch = TicketPatch {
        message: Some(NewMessage {
            visibility,
            body: body.trim_end().to_string(),
        }),
        ..TicketPatch::default()
    };
    let what = if note { "note added to" } else { "replied to" };
    match write_through_outbox(c, id, patch).await? {
        Delivery::Delivered(t) => println!("{what} #{} ({})", t.id, t.status.label),
        Delivery::AlreadyThere => {
            println!("{what} #{id} (its answer was lost; the ticket shows it arrived)")
        }
    }
    count_in_todays_numbers(&c.paths.data_dir, id, note);
    Ok(())
}

/// A write the helpdesk has (see `write_through_outbox`).
pub(crate) enum Delivery {
    Delivered(Box<Ticket>),
    /// Its answer was lost, and the ticket shows it arrived.
    AlreadyThere,
}

/// One write from the command line, through the outbox as in the workspace: on disk first,
/// delivered once, and checked before any resend. Not delivered is `CliError::Helpdesk` (exit 1);
/// a write whose fate is unknown stays in the outbox and is `CliError::Unknown` (exit 3).
pub(crate) async fn write_through_outbox(
    c: &Connection,
    id: &Id,
    patch: TicketPatch,
) -> Result<Delivery, CliError> {
    let ob = Outbox::new(&c.paths.data_dir, &c.profile);
    let entry = outbox::Entry {
        seq: ob.next_seq(),
        ticket: id.clone(),
        patch,
        queued_at: jiff::Timestamp::now(),
        attempted: true,
    };
    ob.put(&entry).map_err(|e| {
        CliError::Io(std::io::Error::other(format!(
            "could not write the outbox: {e}"
        )))
    })?;
    let hd = c.helpdesk.as_ref();
    let outcome = match outbox::send(hd, &entry, None, false).await {
        // The answer was lost after the request went out: look for it, send it only if absent.
        outbox::Outcome::Later(e) if e.may_have_acted() => {
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            outbox::send(hd, &entry, None, true).await
        }
        o => o,
    };
    let kept = matches!(&outcome, outbox::Outcome::Later(e) if e.may_have_acted());
    if !kept {
        ob.remove(entry.seq)?;
    }
    let delivery = match outcome {
        outbox::Outcome::Delivered(t) => Delivery::Delivered(t),
        outbox::Outcome::AlreadyThere => Delivery::AlreadyThere,
        outbox::Outcome::Later(e) if kept => {
            return Err(CliError::Unknown(format!(
                "not known whether #{id} has it ({e}); it waits in the outbox, and the next \
                 start of tix checks the ticket before sending it: do not send it again"
            )));
        }
        outbox::Outcome::Later(e) | outbox::Outcome::Refused(e) => {
            return Err(CliError::Helpdesk(HelpdeskError {
                message: format!("not delivered: {}", e.message),
                ..e
            }));
        }
        outbox::Outcome::Conflict(why) => {
            return Err(CliError::Helpdesk(HelpdeskError::new(
                crate::helpdesk::ErrorKind::Conflict,
                format!("not delivered: {why}"),
            )));
        }
    };
    if c.demo.is_some() {
        eprintln!("tix: this was the embedded demo helpdesk; its changes last for this run only");
    }
    Ok(delivery)
}
