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

mod auth;
mod doctor;
mod tools;
mod tui;
mod verbs;

pub use auth::*;
use doctor::*;
pub use tools::*;
use tui::*;
pub use verbs::*;

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
            CliError::CheckFailed => {
                f.write_str(&crate::t!(crate::cli_lang::lang(), "cli-errors-found"))
            }
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
    CliError::Config(crate::t!(crate::cli_lang::lang(), "cli-no-demo"))
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
        second_agent: second_agent(target),
        ..DemoOptions::default()
    };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    Ok(DemoServer::start(addr, opts, jiff::Timestamp::now()).await?)
}

/// How often the demo's second agent writes (`--second-agent`): soon enough after a ticket is
/// opened that the reply being typed meets it.
#[cfg(feature = "demo")]
fn second_agent(target: &Target) -> Option<std::time::Duration> {
    target
        .second_agent
        .then_some(std::time::Duration::from_secs(20))
}

fn wrap(hd: impl crate::helpdesk::Helpdesk + 'static) -> SharedHelpdesk {
    // Every backend goes through the sanitizer: one gate for untrusted text.
    Arc::new(Sanitized(hd))
}

pub async fn connect(target: &Target) -> Result<Connection, CliError> {
    let paths = Paths::discover();
    let cfg = config::load(&paths.config_file()).map_err(CliError::Config)?;
    let l = crate::cli_lang::lang();
    let profile_problem = |name: &str, problem: String| {
        CliError::Config(crate::t!(
            l,
            "cli-profile-problem",
            name = name,
            problem = problem
        ))
    };
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
        let quoted = format!("{name:?}");
        let file = paths.config_file().display().to_string();
        let profiles = if known.is_empty() {
            crate::t!(l, "cli-none")
        } else {
            known.join(", ")
        };
        CliError::Config(crate::t!(
            l,
            "cli-no-profile",
            name = quoted,
            file = file,
            profiles = profiles
        ))
    })?;
    profile
        .check_transport()
        .map_err(|e| profile_problem(&name, e))?;
    if profile
        .uses_oauth()
        .map_err(|e| profile_problem(&name, e))?
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
        .map_err(|e| profile_problem(&name, e))?;
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
                        let var = var.as_str();
                        profile_problem(&name, crate::t!(l, "cli-password-env-unset", var = var))
                    })?;
                    RtAuth::Basic {
                        user: user.clone(),
                        password: config::Secret::new(password),
                    }
                }
                _ => {
                    return Err(profile_problem(
                        &name,
                        crate::t!(l, "cli-rt-needs-credentials"),
                    ));
                }
            };
            wrap(Rt::new(&profile.url, rt_auth))
        }
        Backend::Freshdesk | Backend::Zammad => {
            let token = match auth {
                Auth::Bearer(t) | Auth::ApiToken { token: t, .. } => t,
                Auth::None | Auth::OAuth(_) => {
                    let backend = format!("{:?}", profile.backend);
                    return Err(profile_problem(
                        &name,
                        crate::t!(l, "cli-needs-token", backend = backend),
                    ));
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

/// A ticket or macro id from the command line: a number (`#1001`, as tix shows ids, is one too).
pub(crate) fn id_arg(what: &str, arg: &str) -> Result<Id, CliError> {
    let t = arg.trim();
    let t = t.strip_prefix('#').unwrap_or(t);
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) && t.parse::<u64>().is_ok() {
        return Ok(Id::from(t.to_string()));
    }
    let (l, arg) = (crate::cli_lang::lang(), format!("{arg:?}"));
    Err(CliError::Config(if what == "macro" {
        crate::t!(l, "cli-bad-macro-id", arg = arg)
    } else {
        crate::t!(l, "cli-bad-ticket-id", arg = arg)
    }))
}

pub async fn main(cli: Cli) -> Result<(), CliError> {
    let data_dir = Paths::discover().data_dir;
    // Customer data at rest is the agent's alone: what an older tix, a copy or a restore left
    // readable by others is tightened before anything is read or written.
    let tightened = match crate::store::private::tighten(&data_dir) {
        Ok(changed) => crate::store::private::notice(&data_dir, &changed, crate::cli_lang::lang()),
        Err(e) => {
            let (dir, why) = (data_dir.display().to_string(), e.to_string());
            let l = crate::cli_lang::lang();
            Some(crate::t!(l, "cli-cannot-tighten", dir = dir, why = why))
        }
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
            let l = crate::cli_lang::lang();
            let path = file.display().to_string();
            println!("{}", crate::t!(l, "cli-wrote", path = path));
            let dir = paths.config_dir.join("workflows");
            for written in
                crate::config_init::init_workflows(&dir, force).map_err(CliError::Config)?
            {
                let path = written.display().to_string();
                println!("{}", crate::t!(l, "cli-wrote", path = path));
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
            anchor,
        }) => {
            #[cfg(not(feature = "demo"))]
            {
                let _ = (addr, token, oauth_expires_in, fail_rate, slow_ms);
                let _ = (latency_ms, kbps, drop_rate, hostile, anchor);
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
                second_agent: second_agent(&cli.target),
            };
            #[cfg(feature = "demo")]
            demo_server(addr, opts, anchor.unwrap_or_else(jiff::Timestamp::now)).await
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

pub(crate) fn print_json(v: &Value) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v).map_err(std::io::Error::other)?;
    writeln!(out)?;
    Ok(())
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

/// A write the helpdesk has (see `write_through_outbox`).
pub(crate) enum Delivery {
    Delivered(Box<Ticket>),
    /// Its answer was lost, and the ticket shows it arrived.
    AlreadyThere,
}

/// Many writes from the command line (`tix bulk`), through the outbox: all on disk first, then
/// delivered in order, a run of the same change without a check (`--no-check`) as one
/// `Helpdesk::update_many`, the rest one by one as `write_through_outbox` does. Each ticket's
/// outcome, in order; a write whose fate is unknown stays in the outbox (`CliError::Unknown`).
pub(crate) async fn write_many_through_outbox(
    c: &Connection,
    writes: Vec<(Id, TicketPatch)>,
) -> Result<Vec<Result<(), CliError>>, CliError> {
    let ob = Outbox::new(&c.paths.data_dir, &c.profile);
    let mut entries = vec![];
    for (id, patch) in writes {
        let e = outbox::Entry {
            seq: ob.next_seq(),
            ticket: id,
            patch,
            queued_at: jiff::Timestamp::now(),
            attempted: true,
        };
        ob.put(&e).map_err(outbox_unwritable)?;
        entries.push(e);
    }
    let hd = c.helpdesk.as_ref();
    let mut out = Vec::with_capacity(entries.len());
    let mut i = 0;
    while i < entries.len() {
        let e = &entries[i];
        let bulk = e.patch.message.is_none() && e.patch.expected.is_none();
        let n = if bulk {
            entries[i..]
                .iter()
                .take_while(|x| x.patch == e.patch)
                .count()
        } else {
            1
        };
        if n > 1 {
            let ids: Vec<Id> = entries[i..i + n].iter().map(|e| e.ticket.clone()).collect();
            for (e, r) in entries[i..i + n]
                .iter()
                .zip(hd.update_many(&ids, &e.patch).await)
            {
                // A field change sent twice is the same change: nothing to keep for a check.
                ob.remove(e.seq)?;
                out.push(r.map_err(not_delivered));
            }
        } else {
            out.push(send_entry(&ob, hd, e, &e.ticket).await.map(|_| ()));
        }
        i += n;
    }
    Ok(out)
}

/// One entry already on disk, delivered (see `write_through_outbox`).
async fn send_entry(
    ob: &Outbox,
    hd: &dyn crate::helpdesk::Helpdesk,
    entry: &outbox::Entry,
    id: &Id,
) -> Result<Delivery, CliError> {
    let outcome = match outbox::send(hd, entry, None, false).await {
        // The answer was lost after the request went out: look for it, send it only if absent.
        outbox::Outcome::Later(e) if e.may_have_acted() => {
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            outbox::send(hd, entry, None, true).await
        }
        o => o,
    };
    let kept = matches!(&outcome, outbox::Outcome::Later(e) if e.may_have_acted());
    if !kept {
        ob.remove(entry.seq)?;
    }
    match outcome {
        outbox::Outcome::Delivered(w) => Ok(Delivery::Delivered(Box::new(w.ticket))),
        outbox::Outcome::AlreadyThere => Ok(Delivery::AlreadyThere),
        outbox::Outcome::Later(e) if kept => {
            let (l, why, id) = (crate::cli_lang::lang(), e.to_string(), id.to_string());
            Err(CliError::Unknown(crate::t!(
                l,
                "cli-fate-unknown",
                id = id,
                why = why
            )))
        }
        outbox::Outcome::Later(e) | outbox::Outcome::Refused(e) => Err(not_delivered(e)),
        outbox::Outcome::Conflict(why) => Err(not_delivered(HelpdeskError::new(
            crate::helpdesk::ErrorKind::Conflict,
            why,
        ))),
    }
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
    ob.put(&entry).map_err(outbox_unwritable)?;
    let delivery = send_entry(&ob, c.helpdesk.as_ref(), &entry, id).await?;
    if c.demo.is_some() {
        let l = crate::cli_lang::lang();
        eprintln!("tix: {}", crate::t!(l, "cli-demo-changes-last"));
    }
    Ok(delivery)
}

fn outbox_unwritable(e: impl fmt::Display) -> CliError {
    let (l, why) = (crate::cli_lang::lang(), e.to_string());
    CliError::Io(std::io::Error::other(crate::t!(
        l,
        "cli-outbox-unwritable",
        why = why
    )))
}

/// A write the helpdesk refused (or never answered), said so before the helpdesk's reason.
fn not_delivered(e: HelpdeskError) -> CliError {
    let (l, why) = (crate::cli_lang::lang(), e.message.clone());
    CliError::Helpdesk(HelpdeskError {
        message: crate::t!(l, "cli-not-delivered", why = why),
        ..e
    })
}

/// The agent's time zone: config's `time_zone`, else the system's. The workspace and `show` read
/// times in it.
pub(crate) fn time_zone(config: &config::Config) -> Result<jiff::tz::TimeZone, CliError> {
    match &config.time_zone {
        Some(name) => jiff::tz::TimeZone::get(name).map_err(|e| {
            let (l, name, why) = (crate::cli_lang::lang(), format!("{name:?}"), e.to_string());
            CliError::Config(crate::t!(
                l,
                "cli-time-zone-unknown",
                name = name,
                why = why
            ))
        }),
        None => Ok(jiff::tz::TimeZone::system()),
    }
}
