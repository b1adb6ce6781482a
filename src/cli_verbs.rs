//! The verbs that keep the command line up with the workspace: `views`, `search`, `status`,
//! `assign`, `tag`, `open` and `attachment`. Reads go through the sanitized helpdesk like `ls`; writes go through
//! the outbox like `reply` (`commands::write_through_outbox`).

use std::io::Write;

use clap::Subcommand;
use serde_json::{Value, json};

use crate::cli::Target;
use crate::commands::{
    self, CliError, Connection, Delivery, id_arg, print_json, print_ticket_lines, ticket_json,
    write_through_outbox,
};
use crate::helpdesk::{Agent, ErrorKind, HelpdeskError, Id, TagChanges, Ticket, TicketPatch};

#[derive(Debug, Subcommand)]
pub enum Verb {
    /// List the profile's views: ID, ticket count (where the helpdesk tells it cheaply), name
    Views {
        #[arg(long)]
        json: bool,
    },
    /// Search tickets with the helpdesk's own search (solved ones included), listed like `ls`
    Search {
        /// The search, in the helpdesk's own syntax (several words are one search)
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Set a ticket's status: the helpdesk's own word or label (RT: stalled, resolved; a custom
    /// status by name), or a kind (new, open, pending, hold, solved, closed)
    Status { id: String, value: String },
    /// Assign a ticket to an agent (name or email), to `me`, or to no one (`none`)
    Assign { id: String, who: String },
    /// Add (+TAG) and remove (-TAG) a ticket's tags
    Tag {
        id: String,
        /// +TAG adds a tag, -TAG removes one
        #[arg(required = true, num_args = 1.., allow_hyphen_values = true)]
        changes: Vec<String>,
    },
    /// Open the ticket in the helpdesk's web UI ($BROWSER, else the system's opener)
    Open { id: String },
    /// Save attachment N of a ticket (numbered as `tix show` lists them) in the download folder;
    /// prints the file's path. An existing file is never overwritten.
    Attachment {
        id: String,
        /// Its number in `tix show ID` (1 is the first)
        n: usize,
        /// The folder (default: download_dir in config.toml, else the XDG download dir)
        #[arg(long, value_name = "DIR")]
        out: Option<std::path::PathBuf>,
    },
    /// The knowledge base: search it, show an article (the helpdesk's and knowledge/ in the
    /// config dir)
    Kb {
        #[command(subcommand)]
        command: crate::cli_kb::KbCommand,
    },
    /// Change many tickets at once: status, priority, assignee, tags (ids as arguments or on
    /// standard input); a report per ticket. Exit 0: all changed; 1: some not (a colleague's
    /// change in between, a refusal); 2: bad arguments
    Bulk(crate::cli_bulk::BulkArgs),
}

impl Verb {
    /// The verb's name, for the log.
    pub fn name(&self) -> &'static str {
        match self {
            Verb::Views { .. } => "views",
            Verb::Search { .. } => "search",
            Verb::Status { .. } => "status",
            Verb::Assign { .. } => "assign",
            Verb::Tag { .. } => "tag",
            Verb::Open { .. } => "open",
            Verb::Attachment { .. } => "attachment",
            Verb::Kb { .. } => "kb",
            Verb::Bulk(_) => "bulk",
        }
    }
}

pub async fn run(target: &Target, verb: Verb) -> Result<(), CliError> {
    let l = crate::cli_lang::lang();
    match verb {
        Verb::Views { json } => views(&commands::connect(target).await?, json).await,
        Verb::Search { query, json } => {
            let query = query.join(" ");
            if query.trim().is_empty() {
                return Err(CliError::Config(crate::t!(l, "cli-nothing-to-search")));
            }
            search(&commands::connect(target).await?, &query, json).await
        }
        Verb::Status { id, value } => {
            let id = id_arg("ticket", &id)?;
            let value = value.trim().to_lowercase();
            if value.is_empty() {
                return Err(CliError::Config(crate::t!(l, "cli-no-status-given")));
            }
            status(&commands::connect(target).await?, &id, &value).await
        }
        Verb::Assign { id, who } => {
            let id = id_arg("ticket", &id)?;
            if who.trim().is_empty() {
                return Err(CliError::Config(crate::t!(l, "cli-assign-to-whom")));
            }
            assign(&commands::connect(target).await?, &id, who.trim()).await
        }
        Verb::Tag { id, changes } => {
            let id = id_arg("ticket", &id)?;
            let changes = parse_tag_changes(&changes)?;
            tag(&commands::connect(target).await?, &id, &changes).await
        }
        Verb::Open { id } => {
            let id = id_arg("ticket", &id)?;
            open(&commands::connect(target).await?, &id)
        }
        Verb::Attachment { id, n, out } => {
            let id = id_arg("ticket", &id)?;
            attachment(&commands::connect(target).await?, &id, n, out).await
        }
        Verb::Bulk(args) => crate::cli_bulk::run(target, args).await,
        Verb::Kb { command } => {
            crate::cli_kb::check(&command)?;
            crate::cli_kb::run(&commands::connect(target).await?, command).await
        }
    }
}

async fn attachment(
    c: &Connection,
    id: &Id,
    n: usize,
    out: Option<std::path::PathBuf>,
) -> Result<(), CliError> {
    use crate::attachments::{self, SaveError};
    let messages = c.helpdesk.messages(id).await?;
    let all = attachments::all(&messages);
    let l = crate::cli_lang::lang();
    let Some(a) = n.checked_sub(1).and_then(|i| all.get(i)) else {
        let (ticket, k) = (id.to_string(), all.len() as u64);
        let (count, n) = (l.plural(k), l.number(k));
        return Err(CliError::Config(if k == 0 {
            crate::t!(l, "cli-no-attachments", ticket = ticket)
        } else {
            crate::t!(
                l,
                "cli-attachments-numbered",
                ticket = ticket,
                count = count,
                n = n
            )
        }));
    };
    let dir = match out.or_else(|| c.config.download_dir()) {
        Some(d) => d,
        None => return Err(CliError::Config(crate::t!(l, "cli-no-download-dir"))),
    };
    let path = attachments::save(c.helpdesk.as_ref(), a, &dir, false, l, |_, _| {})
        .await
        .map_err(|e| match e {
            SaveError::Helpdesk(e) => CliError::Helpdesk(e),
            SaveError::Disk(why) => CliError::Io(std::io::Error::other(why)),
        })?;
    println!("{}", path.display());
    Ok(())
}

async fn views(c: &Connection, json: bool) -> Result<(), CliError> {
    let views = c.helpdesk.views().await?;
    // A count is extra: one that fails is left out, it never fails the listing.
    let counts = futures_util::future::join_all(
        views
            .iter()
            .map(|v| async { c.helpdesk.view_count(&v.id).await.ok().flatten() }),
    )
    .await;
    if json {
        let list = views
            .iter()
            .zip(&counts)
            .map(|(v, n)| json!({"id": v.id, "name": v.name, "count": n}))
            .collect();
        return print_json(&Value::Array(list));
    }
    let mut out = std::io::stdout().lock();
    for (v, n) in views.iter().zip(&counts) {
        let n = n.map_or("-".to_string(), |n| n.to_string());
        writeln!(out, "{}\t{n}\t{}", v.id, v.name)?;
    }
    Ok(())
}

async fn search(c: &Connection, query: &str, json: bool) -> Result<(), CliError> {
    if !c.helpdesk.capabilities().search {
        let backend = c.helpdesk.backend();
        let why = crate::t!(crate::cli_lang::lang(), "cli-no-search", backend = backend);
        return Err(HelpdeskError::new(ErrorKind::Invalid, why).into());
    }
    // The helpdesk's own order (relevance): a search is not a queue.
    let tickets = c.helpdesk.search(query).await?;
    if json {
        return print_json(&Value::Array(tickets.iter().map(ticket_json).collect()));
    }
    print_ticket_lines(&tickets)
}

/// Writes `patch` through the outbox and hands back the ticket as the helpdesk has it after.
async fn write(c: &Connection, id: &Id, patch: TicketPatch) -> Result<Ticket, CliError> {
    match write_through_outbox(c, id, patch).await? {
        Delivery::Delivered(t) => Ok(*t),
        // Only a write with a message is looked for; a field change is simply sent again.
        Delivery::AlreadyThere => Ok(c.helpdesk.ticket(id).await?),
    }
}

/// "#1001 Printer on fire: status open → solved"
fn changed(t: &Ticket, field: Field, from: &str, to: &str) {
    let l = crate::cli_lang::lang();
    let (ticket, subject) = (t.id.to_string(), t.subject.as_str());
    let line = match field {
        Field::Status => crate::t!(
            l,
            "cli-changed-status",
            ticket = ticket,
            subject = subject,
            from = from,
            to = to
        ),
        Field::Assignee => crate::t!(
            l,
            "cli-changed-assignee",
            ticket = ticket,
            subject = subject,
            from = from,
            to = to
        ),
        Field::Tags => crate::t!(
            l,
            "cli-changed-tags",
            ticket = ticket,
            subject = subject,
            from = from,
            to = to
        ),
    };
    println!("{line}");
}

/// What a verb changed, for `changed`.
#[derive(Clone, Copy)]
enum Field {
    Status,
    Assignee,
    Tags,
}

/// `value` in any word the helpdesk's vocabulary knows (its own, a label, or a kind such as
/// `pending`), written as the helpdesk spells it; an unknown one is refused with the valid ones.
async fn status(c: &Connection, id: &Id, value: &str) -> Result<(), CliError> {
    let vocabulary = c.helpdesk.vocabulary().await?;
    let Some(wanted) = vocabulary.status(value) else {
        let (backend, value) = (c.helpdesk.backend(), format!("{value:?}"));
        let statuses = vocabulary.status_words();
        let l = crate::cli_lang::lang();
        return Err(CliError::Config(crate::t!(
            l,
            "cli-no-such-status",
            backend = backend,
            value = value,
            statuses = statuses
        )));
    };
    let before = c.helpdesk.ticket(id).await?;
    let patch = TicketPatch {
        status: Some(wanted.raw.to_string()),
        ..TicketPatch::default()
    };
    let after = write(c, id, patch).await?;
    changed(
        &after,
        Field::Status,
        before.status.label.as_str(),
        after.status.label.as_str(),
    );
    Ok(())
}

fn agent_text(a: &Agent) -> String {
    match &a.email {
        Some(e) => format!("{} <{e}>", a.name),
        None => a.name.clone(),
    }
}

/// The agent `who` names: exactly by name or email (case-insensitively), else the one whose name
/// or email contains it. None or several: a bad argument that lists the candidates.
pub(crate) fn pick_agent<'a>(agents: &'a [Agent], who: &str) -> Result<&'a Agent, CliError> {
    let w = who.to_lowercase();
    let email = |a: &Agent| a.email.as_deref().unwrap_or("").to_lowercase();
    let mut found: Vec<&Agent> = agents
        .iter()
        .filter(|a| a.name.to_lowercase() == w || email(a) == w)
        .collect();
    if found.is_empty() {
        found = agents
            .iter()
            .filter(|a| a.name.to_lowercase().contains(&w) || email(a).contains(&w))
            .collect();
    }
    let (l, who) = (crate::cli_lang::lang(), format!("{who:?}"));
    match found.as_slice() {
        [one] => Ok(one),
        [] => {
            let all: Vec<String> = agents.iter().map(agent_text).collect();
            let agents = if all.is_empty() {
                crate::t!(l, "cli-none")
            } else {
                all.join(", ")
            };
            Err(CliError::Config(crate::t!(
                l,
                "cli-no-agent-matches",
                who = who,
                agents = agents
            )))
        }
        several => {
            let names: Vec<String> = several.iter().map(|a| agent_text(a)).collect();
            let agents = names.join(", ");
            Err(CliError::Config(crate::t!(
                l,
                "cli-several-agents-match",
                who = who,
                agents = agents
            )))
        }
    }
}

async fn assign(c: &Connection, id: &Id, who: &str) -> Result<(), CliError> {
    let to = match who.to_lowercase().as_str() {
        "me" => Some(c.helpdesk.me().await?),
        "none" => None,
        _ => Some(pick_agent(&c.helpdesk.agents().await?, who)?.clone()),
    };
    let before = c.helpdesk.ticket(id).await?;
    let patch = TicketPatch {
        // An empty id unassigns.
        assignee: Some(
            to.as_ref()
                .map_or(Id::from(String::new()), |a| a.id.clone()),
        ),
        ..TicketPatch::default()
    };
    let after = write(c, id, patch).await?;
    let l = crate::cli_lang::lang();
    let name = |t: &Ticket| {
        t.assignee
            .as_ref()
            .map_or_else(|| crate::t!(l, "cli-none"), |a| a.name.to_string())
    };
    let wanted = to.as_ref().map(|a| &a.id);
    if after.assignee.as_ref().map(|a| &a.id) != wanted {
        let assignee = name(&after);
        let now = crate::t!(l, "cli-its-assignee-is", assignee = assignee);
        return Err(not_applied(&after, now));
    }
    changed(&after, Field::Assignee, &name(&before), &name(&after));
    Ok(())
}

/// The helpdesk took the write and the ticket does not show it (RT answers refusals with 200; a
/// backend may not keep a field at all).
fn not_applied(t: &Ticket, now: String) -> CliError {
    let ticket = t.id.to_string();
    let why = crate::t!(
        crate::cli_lang::lang(),
        "cli-written-not-changed",
        ticket = ticket,
        now = now
    );
    CliError::Helpdesk(HelpdeskError::new(ErrorKind::Invalid, why))
}

/// `+a -b` from the command line: every change is signed and one word.
pub(crate) fn parse_tag_changes(args: &[String]) -> Result<TagChanges, CliError> {
    let mut c = TagChanges::default();
    let l = crate::cli_lang::lang();
    for arg in args {
        let quoted = format!("{arg:?}");
        let (list, tag) = match (arg.strip_prefix('+'), arg.strip_prefix('-')) {
            (Some(t), _) => (&mut c.add, t),
            (_, Some(t)) => (&mut c.remove, t),
            _ => {
                return Err(CliError::Config(crate::t!(
                    l,
                    "cli-bad-tag-change-sign",
                    change = quoted
                )));
            }
        };
        // `--tag +a -b --json` would take `--json` as a tag to remove (clap lets tag changes
        // start with a hyphen): no tag starts with one, so it is refused, not written.
        if tag.starts_with('-') {
            return Err(CliError::Config(crate::t!(
                l,
                "cli-bad-tag-change-hyphen",
                change = quoted
            )));
        }
        if tag.is_empty() || tag.chars().any(char::is_whitespace) {
            return Err(CliError::Config(crate::t!(
                l,
                "cli-bad-tag-change-word",
                change = quoted
            )));
        }
        list.push(tag.to_string());
    }
    Ok(c)
}

async fn tag(c: &Connection, id: &Id, changes: &TagChanges) -> Result<(), CliError> {
    // The write carries the whole list: read the ticket's tags now and change those.
    let before = c.helpdesk.ticket(id).await?;
    let tags = changes.apply(&before.tags);
    let l = crate::cli_lang::lang();
    let list = |t: &[crate::helpdesk::Str]| {
        if t.is_empty() {
            crate::t!(l, "cli-none")
        } else {
            t.join(" ")
        }
    };
    if tags == before.tags {
        let (ticket, subject, tags) = (
            before.id.to_string(),
            before.subject.as_str(),
            list(&before.tags),
        );
        let line = crate::t!(
            l,
            "cli-tags-unchanged",
            ticket = ticket,
            subject = subject,
            tags = tags
        );
        println!("{line}");
        return Ok(());
    }
    let patch = TicketPatch {
        tags: Some(tags.iter().map(|s| s.to_string()).collect()),
        ..TicketPatch::default()
    };
    let after = write(c, id, patch).await?;
    let has = |t: &str| after.tags.iter().any(|x| x.eq_ignore_ascii_case(t));
    if !changes.add.iter().all(|t| has(t)) || changes.remove.iter().any(|t| has(t)) {
        let (tags, backend) = (list(&after.tags), c.helpdesk.backend());
        let now = crate::t!(l, "cli-its-tags-are", tags = tags, backend = backend);
        return Err(not_applied(&after, now));
    }
    changed(&after, Field::Tags, &list(&before.tags), &list(&after.tags));
    Ok(())
}

fn open(c: &Connection, id: &Id) -> Result<(), CliError> {
    let url = crate::opener::web_address(c.helpdesk.as_ref(), id, crate::cli_lang::lang())
        .map_err(|e| HelpdeskError::new(ErrorKind::Invalid, e))?;
    println!("{url}");
    std::io::stdout().flush()?;
    crate::opener::open_here(&url, true, crate::cli_lang::lang()).map_err(|e| {
        let why = e.to_string();
        let l = crate::cli_lang::lang();
        CliError::Io(std::io::Error::other(crate::t!(
            l,
            "cli-open-it-yourself",
            why = why
        )))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    fn strs(a: &[&str]) -> Vec<crate::helpdesk::Str> {
        a.iter().map(|s| crate::helpdesk::Str::from(*s)).collect()
    }

    #[test]
    fn tag_changes_add_and_remove_over_the_current_list() {
        let c = parse_tag_changes(&args(&["+vip", "-billing", "+Billing2"])).unwrap();
        assert_eq!(
            c.apply(&strs(&["billing", "VIP", "refund"])),
            strs(&["VIP", "refund", "Billing2"])
        );
        assert!(parse_tag_changes(&args(&["vip"])).is_err());
        assert!(parse_tag_changes(&args(&["+"])).is_err());
        assert!(parse_tag_changes(&args(&["+a b"])).is_err());
    }

    #[test]
    fn an_agent_is_picked_by_name_or_email_and_ambiguity_lists_candidates() {
        let agent = |id: &str, name: &str, email: &str| Agent {
            id: Id(id.into()),
            name: name.into(),
            email: Some(email.into()),
        };
        let agents = [
            agent("1", "Ana Lima", "ana@example.com"),
            agent("2", "Anabel Cruz", "anabel@example.com"),
            agent("3", "Bo Chen", "bo@example.com"),
        ];
        assert_eq!(pick_agent(&agents, "ANA LIMA").unwrap().id.0, "1");
        assert_eq!(pick_agent(&agents, "bo@EXAMPLE.com").unwrap().id.0, "3");
        assert_eq!(pick_agent(&agents, "cruz").unwrap().id.0, "2");
        let err = pick_agent(&agents, "ana").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        let text = err.to_string();
        assert!(
            text.contains("Ana Lima") && text.contains("Anabel Cruz"),
            "{text}"
        );
        let err = pick_agent(&agents, "zed").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("Bo Chen"));
    }
}
