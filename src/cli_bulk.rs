//! `tix bulk ID... [--status S] [--priority P] [--assignee WHO] [--tag +a -b] [--dry-run] [--json]`:
//! one change to many tickets, each written through the outbox (on disk first, delivered once, in
//! order), each guarded by the ticket's `updated_at` as read just before (a ticket someone changed
//! meanwhile is reported, not overwritten), and a report per ticket.

use std::io::{Read, Write};

use clap::Args;
use serde_json::{Value, json};

use crate::commands::{self, CliError, Connection, id_arg, print_json};
use crate::helpdesk::{ErrorKind, HelpdeskError, Id, Str, TagChanges, Ticket, TicketPatch};

#[derive(Debug, Args)]
pub struct BulkArgs {
    /// Ticket ids; none, or `-`, reads them from standard input (one per line or separated by
    /// spaces)
    pub ids: Vec<String>,
    /// The status to set (the helpdesk's word or label, or a kind such as pending)
    #[arg(long)]
    pub status: Option<String>,
    /// The priority to set (the helpdesk's word or label)
    #[arg(long)]
    pub priority: Option<String>,
    /// The agent to assign (name or email), `me`, or `none`
    #[arg(long, value_name = "WHO")]
    pub assignee: Option<String>,
    /// +TAG adds a tag, -TAG removes one (several may follow one --tag)
    #[arg(long = "tag", num_args = 1.., allow_hyphen_values = true, value_name = "+TAG|-TAG")]
    pub tags: Vec<String>,
    /// Say what would change on each ticket, and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Print the report as JSON: one object per ticket
    #[arg(long)]
    pub json: bool,
    /// Write even over a change someone made since tix read the ticket (no updated_at check);
    /// on Zendesk the same change then goes 100 tickets a request (update_many)
    #[arg(long)]
    pub no_check: bool,
}

/// The ids from the arguments, else from standard input (`-`, or none given).
fn ids(args: &[String]) -> Result<Vec<Id>, CliError> {
    let mut words: Vec<String> = args.iter().filter(|a| *a != "-").cloned().collect();
    if args.is_empty() || args.iter().any(|a| a == "-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        words.extend(text.split_whitespace().map(str::to_string));
    }
    let mut out: Vec<Id> = vec![];
    for w in words {
        let id = id_arg("ticket", &w)?;
        // The same ticket twice is written once.
        if !out.contains(&id) {
            out.push(id);
        }
    }
    if out.is_empty() {
        return Err(CliError::Config(crate::t!(
            crate::cli_lang::lang(),
            "cli-bulk-no-ids"
        )));
    }
    Ok(out)
}

/// The change, resolved in the helpdesk's own words, with what to say of it.
struct Change {
    fields: TicketPatch,
    tags: TagChanges,
    assignee_name: Option<String>,
}

async fn resolve(c: &Connection, a: &BulkArgs) -> Result<Change, CliError> {
    let tags = crate::cli_verbs::parse_tag_changes(&a.tags)?;
    let mut fields = TicketPatch::default();
    let vocabulary = if a.status.is_some() || a.priority.is_some() {
        Some(c.helpdesk.vocabulary().await?)
    } else {
        None
    };
    if let (Some(s), Some(v)) = (&a.status, &vocabulary) {
        let Some(st) = v.status(s) else {
            let (backend, value, statuses) =
                (c.helpdesk.backend(), format!("{s:?}"), v.status_words());
            return Err(CliError::Config(crate::t!(
                crate::cli_lang::lang(),
                "cli-no-such-status",
                backend = backend,
                value = value,
                statuses = statuses
            )));
        };
        fields.status = Some(st.raw.to_string());
    }
    if let (Some(p), Some(v)) = (&a.priority, &vocabulary) {
        let Some(pr) = v.priority(p) else {
            let (backend, value) = (c.helpdesk.backend(), format!("{p:?}"));
            let priorities = v.priority_words();
            return Err(CliError::Config(crate::t!(
                crate::cli_lang::lang(),
                "cli-no-such-priority",
                backend = backend,
                value = value,
                priorities = priorities
            )));
        };
        fields.priority = Some(pr.raw.to_string());
    }
    let mut assignee_name = None;
    if let Some(who) = a.assignee.as_deref().map(str::trim) {
        let to = match who.to_lowercase().as_str() {
            "" => {
                return Err(CliError::Config(crate::t!(
                    crate::cli_lang::lang(),
                    "cli-bulk-assignee-empty"
                )));
            }
            "me" => Some(c.helpdesk.me().await?),
            "none" => None,
            _ => Some(crate::cli_verbs::pick_agent(&c.helpdesk.agents().await?, who)?.clone()),
        };
        assignee_name = Some(to.as_ref().map_or("none".into(), |a| a.name.clone()));
        fields.assignee = Some(to.map_or(Id::from(String::new()), |a| a.id));
    }
    Ok(Change {
        fields,
        tags,
        assignee_name,
    })
}

/// What happened to one ticket.
struct Report {
    id: Id,
    subject: Option<String>,
    /// "status open → pending" for each field changed (or that would be).
    changes: Vec<(&'static str, String, String)>,
    error: Option<HelpdeskError>,
    unchanged: bool,
}

fn label_list(t: &[Str]) -> String {
    if t.is_empty() {
        "none".into()
    } else {
        t.join(" ")
    }
}

/// The patch for one ticket (its own tags changed), and the changes in words.
fn patch_for(
    t: &Ticket,
    ch: &Change,
    v: &crate::helpdesk::Vocabulary,
) -> (TicketPatch, Vec<(&'static str, String, String)>) {
    let mut p = ch.fields.clone();
    let mut words = vec![];
    if let Some(s) = &p.status {
        let to = v.status(s).map_or(s.clone(), |x| x.label.to_string());
        words.push(("status", t.status.label.to_string(), to));
    }
    if let Some(pr) = &p.priority {
        let to = v.priority(pr).map_or(pr.clone(), |x| x.label.to_string());
        let from = t
            .priority
            .as_ref()
            .map_or("none".into(), |x| x.label.to_string());
        words.push(("priority", from, to));
    }
    if p.assignee.is_some() {
        let from = t
            .assignee
            .as_ref()
            .map_or("none".into(), |a| a.name.to_string());
        words.push((
            "assignee",
            from,
            ch.assignee_name.clone().unwrap_or_default(),
        ));
    }
    if !ch.tags.add.is_empty() || !ch.tags.remove.is_empty() {
        let tags = ch.tags.apply(&t.tags);
        if tags != t.tags {
            words.push(("tags", label_list(&t.tags), label_list(&tags)));
            p.tags = Some(tags.iter().map(|s| s.to_string()).collect());
        }
    }
    // Written only over the ticket as it was just read (unless --no-check: see `run`).
    p.expected = Some(t.updated_at);
    (p, words)
}

pub async fn run(target: &crate::cli::Target, a: BulkArgs) -> Result<(), CliError> {
    if a.status.is_none() && a.priority.is_none() && a.assignee.is_none() && a.tags.is_empty() {
        return Err(CliError::Config(crate::t!(
            crate::cli_lang::lang(),
            "cli-bulk-nothing-to-change"
        )));
    }
    // Arguments first: a bad one is exit 2 before anything is read or written.
    crate::cli_verbs::parse_tag_changes(&a.tags)?;
    let ids = ids(&a.ids)?;
    let c = commands::connect(target).await?;
    let change = resolve(&c, &a).await?;
    let vocabulary = c.helpdesk.vocabulary().await.unwrap_or_default();
    let mut reports = vec![];
    let mut writes = vec![];
    let mut unknown = false;
    for id in ids {
        let mut r = Report {
            id: id.clone(),
            subject: None,
            changes: vec![],
            error: None,
            unchanged: false,
        };
        let t = match c.helpdesk.ticket(&id).await {
            Ok(t) => t,
            Err(e) => {
                r.error = Some(e);
                reports.push(r);
                continue;
            }
        };
        r.subject = Some(t.subject.to_string());
        let (mut patch, words) = patch_for(&t, &change, &vocabulary);
        if a.no_check {
            patch.expected = None;
        }
        r.changes = words;
        if r.changes.is_empty() {
            r.unchanged = true;
        } else if !a.dry_run {
            writes.push((reports.len(), id, patch));
        }
        reports.push(r);
    }
    // Every write on disk first, then delivered in order.
    let at: Vec<usize> = writes.iter().map(|(i, _, _)| *i).collect();
    let outcomes = commands::write_many_through_outbox(
        &c,
        writes.into_iter().map(|(_, id, p)| (id, p)).collect(),
    )
    .await?;
    for (i, outcome) in at.into_iter().zip(outcomes) {
        match outcome {
            Ok(()) => {}
            Err(CliError::Helpdesk(e)) => reports[i].error = Some(e),
            Err(CliError::Unknown(why)) => {
                unknown = true;
                reports[i].error = Some(HelpdeskError::new(ErrorKind::Network, why));
            }
            Err(e) => return Err(e),
        }
    }
    if c.demo.is_some() && !a.dry_run {
        eprintln!(
            "tix: {}",
            crate::t!(crate::cli_lang::lang(), "cli-demo-changes-last")
        );
    }
    print(&reports, a.dry_run, a.json)?;
    let failed = reports.iter().filter(|r| r.error.is_some()).count();
    if unknown {
        return Err(CliError::Unknown(crate::t!(
            crate::cli_lang::lang(),
            "cli-bulk-fate-unknown"
        )));
    }
    if failed > 0 {
        return Err(CliError::Helpdesk(HelpdeskError::new(
            ErrorKind::Invalid,
            {
                let l = crate::cli_lang::lang();
                let total = reports.len() as u64;
                let (count, n) = (l.plural(total), l.number(total));
                let failed = l.number(failed as u64);
                crate::t!(
                    l,
                    "cli-bulk-not-changed",
                    failed = failed,
                    count = count,
                    n = n
                )
            },
        )));
    }
    Ok(())
}

/// A field's name in the report's words (the `--json` report keeps the English keys).
fn field_word(l: crate::i18n::Lang, field: &str) -> String {
    match field {
        "status" => crate::t!(l, "field-status"),
        "priority" => crate::t!(l, "field-priority"),
        "assignee" => crate::t!(l, "field-assignee"),
        "tags" => crate::t!(l, "field-tags"),
        other => other.to_string(),
    }
}

fn print(reports: &[Report], dry_run: bool, as_json: bool) -> Result<(), CliError> {
    if as_json {
        let list = reports
            .iter()
            .map(|r| {
                let changes: serde_json::Map<String, Value> = r
                    .changes
                    .iter()
                    .map(|(f, from, to)| (f.to_string(), json!({"from": from, "to": to})))
                    .collect();
                json!({
                    "id": r.id,
                    "subject": r.subject,
                    "ok": r.error.is_none(),
                    "dry_run": dry_run,
                    "unchanged": r.unchanged,
                    "changes": changes,
                    "error": r.error.as_ref().map(|e| json!({
                        "kind": format!("{:?}", e.kind).to_lowercase(),
                        "message": e.message,
                    })),
                })
            })
            .collect();
        return print_json(&Value::Array(list));
    }
    let l = crate::cli_lang::lang();
    let mut out = std::io::stdout().lock();
    for r in reports {
        let head = match &r.subject {
            Some(s) => format!("#{} {s}", r.id),
            None => format!("#{}", r.id),
        };
        let head = head.as_str();
        let said: Vec<String> = r
            .changes
            .iter()
            .map(|(f, from, to)| {
                let field = field_word(l, f);
                crate::t!(l, "cli-bulk-change", field = field, from = from, to = to)
            })
            .collect();
        let changes = said.join(", ");
        let line = match &r.error {
            Some(e) if e.kind == ErrorKind::Conflict => {
                let why = e.message.as_str();
                crate::t!(l, "cli-bulk-conflict", head = head, why = why)
            }
            Some(e) => {
                let why = e.to_string();
                crate::t!(l, "cli-bulk-failed", head = head, why = why)
            }
            None if r.unchanged => crate::t!(l, "cli-bulk-unchanged", head = head),
            None if dry_run => {
                crate::t!(l, "cli-bulk-would-change", head = head, changes = changes)
            }
            None => crate::t!(l, "cli-bulk-changed", head = head, changes = changes),
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}
