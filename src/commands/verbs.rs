//! The verbs for scripts that read and write tickets: `ls`, `show`, `reply`, a macro; their JSON.

use super::*;

pub(super) fn party_json(p: Option<&crate::helpdesk::PartyRef>) -> Value {
    match p {
        Some(p) => json!({"id": p.id, "name": p.name, "email": p.email}),
        None => Value::Null,
    }
}

pub(super) fn sla_json(t: &Ticket) -> Value {
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

/// A time as JSON: RFC 3339 in UTC, `null` for one the helpdesk sent unreadable, so that
/// `show --json` and `ls --json` agree.
pub(super) fn time_json(t: jiff::Timestamp) -> Value {
    crate::helpdesk::known(t).map_or(Value::Null, |t| Value::String(t.to_string()))
}

/// An attachment for `--json`: what it is, not where it is (its address can hold a token).
pub(super) fn attachment_json(a: &crate::helpdesk::Attachment) -> Value {
    json!({
        "name": a.name,
        "size": a.size,
        "content_type": a.content_type,
    })
}

pub(super) fn message_json(m: &Message) -> Value {
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

pub(super) async fn ls(
    c: &Connection,
    view: Option<&str>,
    limit: Option<usize>,
    json: bool,
) -> Result<(), CliError> {
    let chosen = match view {
        None => c.helpdesk.views().await?.into_iter().next(),
        Some(name) => c.helpdesk.view_named(name).await?,
    };
    let Some(chosen) = chosen else {
        let views = c.helpdesk.views().await?;
        let names: Vec<&str> = views.iter().map(|v| v.name.as_str()).collect();
        let (l, name) = (
            crate::cli_lang::lang(),
            format!("{:?}", view.unwrap_or_default()),
        );
        let views = names.join(", ");
        return Err(CliError::Config(crate::t!(
            l,
            "cli-no-view",
            name = name,
            views = views
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
        eprintln!("tix: {}", crate::cli_lang::lang().unreadable(skipped));
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

pub(super) async fn show(
    c: &Connection,
    id: &Id,
    json: bool,
    quoted: bool,
) -> Result<(), CliError> {
    // At once: one round trip less, and a backend that reads the ticket's version before each
    // (RT) reads it once for both.
    let (ticket, messages) = tokio::join!(c.helpdesk.ticket(id), c.helpdesk.messages(id));
    let (ticket, messages) = (ticket?, messages?);
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
    let l = crate::cli_lang::lang();
    let none = crate::t!(l, "cli-none");
    let mut out = std::io::stdout().lock();
    writeln!(out, "#{} {}", ticket.id, ticket.subject)?;
    // The label as the helpdesk names it, with its kind where the label does not say it.
    let kind = ticket.status.category.word();
    let status = if ticket.status.label.eq_ignore_ascii_case(kind) {
        ticket.status.label.to_string()
    } else {
        format!("{} ({kind})", ticket.status.label)
    };
    let priority = ticket.priority.as_ref().map_or("-", |p| p.label.as_str());
    let channel = ticket.channel.label();
    let line = crate::t!(
        l,
        "cli-show-status",
        status = status,
        priority = priority,
        channel = channel
    );
    writeln!(out, "{line}")?;
    let tags = if ticket.tags.is_empty() {
        none.clone()
    } else {
        ticket.tags.join(" ")
    };
    let assignee = ticket.assignee.as_ref().map_or(none.as_str(), |a| &a.name);
    let group = ticket.group.as_deref().unwrap_or(&none);
    let line = crate::t!(
        l,
        "cli-show-assignee",
        assignee = assignee,
        group = group,
        tags = tags
    );
    writeln!(out, "{line}")?;
    // The agent's zone as the workspace reads it; a `time_zone` it cannot read is its error.
    let (tz, now) = (super::time_zone(&c.config)?, jiff::Timestamp::now());
    let created = l.moment(ticket.created_at, now, &tz);
    let updated = l.moment(ticket.updated_at, now, &tz);
    let line = crate::t!(l, "cli-show-times", created = created, updated = updated);
    writeln!(out, "{line}")?;
    if let Some(cu) = &customer {
        let org = cu.organization.as_ref().map_or("", |o| o.name.as_str());
        let count = cu.lifetime_tickets.map_or_else(
            || crate::t!(l, "cli-tickets-unknown"),
            |n| {
                let (count, n) = (l.plural(n), l.number(n));
                crate::t!(l, "tickets", count = count, n = n)
            },
        );
        let (name, email, tier) = (&cu.name, cu.email.as_deref().unwrap_or(""), cu.tier.label());
        let line = crate::t!(
            l,
            "cli-show-customer",
            name = name,
            email = email,
            organization = org,
            tier = tier,
            tickets = count
        );
        writeln!(out, "{line}")?;
        if !cu.missing.is_empty() {
            let what: Vec<String> = cu
                .missing
                .iter()
                .map(|&m| crate::ui::customer::missing(l, m))
                .collect();
            let what = what.join(", ");
            writeln!(out, "{}", crate::t!(l, "cli-show-not-loaded", what = what))?;
        }
    }
    // Numbered across the conversation, as `tix attachment ID N` takes them.
    let mut n = 0;
    for m in &messages {
        let kind = match m.visibility {
            Visibility::Public => String::new(),
            Visibility::Internal => format!(" [{}]", crate::t!(l, "cli-show-internal-note")),
        };
        let author = m.author.as_ref().map_or("?", |a| a.name.as_str());
        let when = l.moment(m.created_at, now, &tz);
        writeln!(out, "\n--- {author} · {when}{kind}")?;
        if quoted {
            writeln!(out, "{}", m.body)?;
        } else {
            // Quoted history as one line each, as the conversation panel shows it.
            let folded = crate::quoted::fold(&m.body, |n| {
                let what = crate::quoted::count(n);
                format!("▸ {}", crate::t!(l, "cli-show-quoted-folded", what = what))
            });
            writeln!(out, "{}", folded.0)?;
        }
        for a in &m.attachments {
            n += 1;
            let mark = crate::t!(l, "cli-show-attachment", n = n);
            match crate::attachments::details(a) {
                d if d.is_empty() => writeln!(out, "[{mark}] {}", a.name)?,
                d => writeln!(out, "[{mark}] {} ({d})", a.name)?,
            }
        }
    }
    Ok(())
}

/// `tix reply ID --macro MACRO [--preview]`: what the macro would do, then (without --preview) one
/// update with exactly that.
pub(super) async fn apply_macro(
    c: &Connection,
    id: &Id,
    mid: &Id,
    preview: bool,
) -> Result<(), CliError> {
    let l = crate::cli_lang::lang();
    let Some(p) = c.helpdesk.preview_canned(id, mid).await? else {
        let backend = c.helpdesk.backend();
        return Err(CliError::Config(crate::t!(
            l,
            "cli-no-macros",
            backend = backend
        )));
    };
    let none = crate::t!(l, "cli-none");
    let mut out = std::io::stdout().lock();
    let (macro_id, ticket) = (mid.to_string(), id.to_string());
    let line = crate::t!(l, "cli-macro-will", macro_id = macro_id, ticket = ticket);
    writeln!(out, "{line}")?;
    for ch in &p.changes {
        // The field's name as the helpdesk's API calls it, like the values.
        let field = format!("{:?}", ch.field).to_lowercase();
        let (from, to) = (
            ch.from.as_ref().unwrap_or(&none),
            ch.to.as_ref().unwrap_or(&none),
        );
        writeln!(out, "  {field}: {from} → {to}")?;
    }
    if let Some(m) = &p.message {
        let what = match m.visibility {
            Visibility::Public => crate::t!(l, "cli-macro-adds-reply"),
            Visibility::Internal => crate::t!(l, "cli-macro-adds-note"),
        };
        writeln!(out, "  {what}:")?;
        for line in m.body.lines() {
            writeln!(out, "    {line}")?;
        }
    }
    if preview {
        writeln!(out, "({})", crate::t!(l, "cli-macro-preview-only"))?;
        return Ok(());
    }
    let t = c.helpdesk.update(id, &p.patch()).await?;
    let (ticket, status) = (t.id.to_string(), t.status.label.as_str());
    let line = crate::t!(l, "cli-macro-updated", ticket = ticket, status = status);
    writeln!(out, "{line}")?;
    Ok(())
}

/// A reply sent from the command line counts in `tix stats` and the workspace's numbers like one
/// sent from the workspace (a note as work on the ticket).
pub(super) fn count_in_todays_numbers(data_dir: &std::path::Path, id: &Id, note: bool) {
    let (ticket, at) = (id.0.to_string(), jiff::Timestamp::now());
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
        let why = e.to_string();
        let line = crate::t!(crate::cli_lang::lang(), "cli-metrics-unwritable", why = why);
        eprintln!("tix: {line}");
    }
}

pub(super) async fn reply(
    c: &Connection,
    id: &Id,
    note: bool,
    body: String,
) -> Result<(), CliError> {
    let l = crate::cli_lang::lang();
    if body.trim().is_empty() {
        return Err(CliError::Config(crate::t!(l, "cli-nothing-to-send")));
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
    let line = match write_through_outbox(c, id, patch).await? {
        Delivery::Delivered(t) => {
            let (ticket, status) = (t.id.to_string(), t.status.label.as_str());
            if note {
                crate::t!(l, "cli-noted", ticket = ticket, status = status)
            } else {
                crate::t!(l, "cli-replied", ticket = ticket, status = status)
            }
        }
        Delivery::AlreadyThere => {
            let ticket = id.to_string();
            if note {
                crate::t!(l, "cli-noted-already-there", ticket = ticket)
            } else {
                crate::t!(l, "cli-replied-already-there", ticket = ticket)
            }
        }
    };
    println!("{line}");
    count_in_todays_numbers(&c.paths.data_dir, id, note);
    Ok(())
}
