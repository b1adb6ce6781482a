//! Writing: the body of an update, a macro previewed, one ticket or many updated (in chunks,
//! through jobs), new tickets.

use super::*;

impl Zendesk {
    /// One `update_many` request (≤100 ids) and its job polled to the end: each ticket's outcome.
    pub(super) async fn update_chunk(
        &self,
        chunk: &[Id],
        body: &wire::TicketWrite,
    ) -> Vec<Result<()>> {
        let all = |e: HelpdeskError| chunk.iter().map(|_| Err(e.clone())).collect();
        let ids: Vec<u64> = match chunk.iter().map(parse_id).collect::<Result<_>>() {
            Ok(ids) => ids,
            Err(e) => return all(e),
        };
        let list = ids.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
        let rb = self
            .request(Method::PUT, "tickets/update_many.json")
            .query(&[("ids", list.as_str())])
            .json(body);
        let mut job = match self.send::<wire::JobStatusResponse>(rb, false).await {
            Ok(r) => r.job_status,
            Err(e) => return all(e),
        };
        let mut polls = 0;
        while matches!(job.status.as_str(), "queued" | "working") {
            polls += 1;
            if polls > JOB_POLLS {
                return all(HelpdeskError::new(
                    ErrorKind::Network,
                    format!("the bulk update (job {}) is still running", job.id),
                ));
            }
            tokio::time::sleep(JOB_POLL).await;
            match self
                .get::<wire::JobStatusResponse>(&format!("job_statuses/{}.json", job.id), &[])
                .await
            {
                Ok(r) => job = r.job_status,
                Err(e) => return all(e),
            }
        }
        if job.status != "completed" {
            let why = job.message.unwrap_or_else(|| format!("job {}", job.status));
            return all(HelpdeskError::new(ErrorKind::Server, why));
        }
        ids.iter()
            .map(|id| match job.results.iter().find(|r| r.id == Some(*id)) {
                Some(r) if r.success.unwrap_or(true) => Ok(()),
                Some(r) => Err(HelpdeskError::new(
                    ErrorKind::Invalid,
                    r.errors
                        .as_ref()
                        .map(|e| match e {
                            serde_json::Value::String(s) => s.clone(),
                            other => other.to_string(),
                        })
                        .or(r.details.clone())
                        .unwrap_or_else(|| "refused".into()),
                )),
                None => Err(HelpdeskError::new(
                    ErrorKind::Protocol,
                    "not in the bulk update's results",
                )),
            })
            .collect()
    }
}

/// A patch as Zendesk's ticket write takes it (one ticket's, or `update_many`'s for all).
pub(super) fn write_body(patch: &TicketPatch) -> Result<wire::TicketWrite> {
    // An empty assignee id unassigns (see `TicketPatch::assignee`).
    let assignee_id = match &patch.assignee {
        Some(a) if a.0.trim().is_empty() => Some(None),
        Some(a) => Some(Some(parse_id(a)?)),
        None => None,
    };
    // A custom status goes by its id, a plain one (or a category's default) by its word.
    let (status, custom_status_id) = match patch.status.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            (None, s.parse::<u64>().ok())
        }
        other => (other.map(str::to_string), None),
    };
    Ok(wire::TicketWrite {
        ticket: wire::TicketFields {
            status,
            custom_status_id,
            priority: patch.priority.clone(),
            assignee_id,
            group_id: match &patch.group {
                Some(g) => Some(parse_id(g)?),
                None => None,
            },
            tags: patch.tags.clone(),
            comment: patch.message.as_ref().map(|m| wire::NewComment {
                body: m.body.clone(),
                public: m.visibility == Visibility::Public,
            }),
            // Written only if the ticket is still as the agent saw it (409 otherwise).
            safe_update: patch.expected.map(|_| true),
            updated_stamp: patch.expected,
            ..Default::default()
        },
    })
}

impl Zendesk {
    pub(super) async fn preview_macro(
        &self,
        ticket: &Id,
        canned: &Id,
    ) -> Result<Option<MacroPreview>> {
        let (id, mid) = (parse_id(ticket)?, parse_id(canned)?);
        let apply = format!("tickets/{id}/macros/{mid}/apply.json");
        let current = format!("tickets/{id}.json");
        let (applied, now) = tokio::join!(
            self.get::<wire::MacroApplyEnvelope>(&apply, &[]),
            self.get::<wire::TicketEnvelope>(&current, &[]),
        );
        let (after, now) = (applied?.result.ticket, now?.ticket);
        let mut changes = vec![];
        let mut change = |field, from: Option<String>, to: Option<String>| {
            if to.is_some() && to != from {
                changes.push(FieldChange { field, from, to });
            }
        };
        change(PatchField::Status, Some(now.status), after.status);
        change(PatchField::Priority, now.priority, after.priority);
        let id_of = |n: Option<u64>| n.map(|n| n.to_string());
        change(
            PatchField::Assignee,
            id_of(now.assignee_id),
            id_of(after.assignee_id),
        );
        change(
            PatchField::Group,
            id_of(now.group_id),
            id_of(after.group_id),
        );
        change(
            PatchField::Tags,
            Some(now.tags.join(" ")),
            after.tags.map(|t| t.join(" ")),
        );
        let message = after.comment.and_then(|c| {
            let body = match c.html_body {
                Some(h) if c.body.trim().is_empty() => crate::html::to_text(&h),
                _ => c.body,
            };
            (!body.trim().is_empty()).then_some(NewMessage {
                visibility: if c.public {
                    Visibility::Public
                } else {
                    Visibility::Internal
                },
                body,
            })
        });
        Ok(Some(MacroPreview {
            ticket: ticket.clone(),
            canned: canned.clone(),
            changes,
            message,
        }))
    }

    pub(super) async fn update_ticket(&self, ticket: &Id, patch: &TicketPatch) -> Result<Written> {
        let id = parse_id(ticket)?;
        let body = write_body(patch)?;
        // Any 409 on a ticket PUT is a collision (its body varies: a safe update's, or
        // "DatabaseConflict"); `Dialect::kind` maps it to Conflict.
        let answer: wire::TicketWriteResponse = self
            .send(
                self.request(Method::PUT, &format!("tickets/{id}.json"))
                    .json(&body),
                false,
            )
            .await?;
        // The write answer carries no sideloads, nor the SLA: the ticket is read back, without
        // the users where they are known already (150 bytes a write over a poor link).
        let now = self.read_back(ticket, &answer.ticket).await?;
        // The comment as stored is in the audit: shown from there, the conversation is not read
        // again. Named only when its author is the signed-in agent (the answer names no one).
        let message = patch
            .message
            .as_ref()
            .and_then(|_| answer.audit.comment())
            .and_then(|c| {
                let author = self.me_named(c.author_id)?;
                Some(message_of(c, author))
            });
        Ok(Written {
            ticket: now,
            message,
        })
    }

    /// A ticket just written, read again for its SLA, and for the names of its people, group
    /// and organization unless they are known.
    async fn read_back(&self, id: &Id, written: &wire::Ticket) -> Result<Ticket> {
        let (people_known, organization, group) = {
            let known = self.known();
            let people = people_of(written).all(|p| known.knows(p));
            (
                people,
                written.organization_id.and_then(|o| known.organization(o)),
                written.group_id.and_then(|g| {
                    Some(wire::Group {
                        id: g,
                        name: known.group(g)?.to_string(),
                    })
                }),
            )
        };
        if !people_known {
            return self.ticket(id).await;
        }
        let mut include = vec![];
        if written.group_id.is_some() && group.is_none() {
            include.push("groups");
        }
        if written.organization_id.is_some() && organization.is_none() {
            include.push("organizations");
        }
        include.push("slas");
        let path = format!("tickets/{}.json", parse_id(id)?);
        let env: wire::TicketEnvelope = self.get(&path, &[("include", &include.join(","))]).await?;
        self.learn_organizations(env.organizations.iter());
        self.known().learn_groups(env.groups.iter());
        let organizations = env.organizations.into_iter().chain(organization);
        let groups = env.groups.into_iter().chain(group);
        let mut names = Names::from_sideloads(env.users, groups, organizations)
            .with(self.custom_statuses().await);
        let unknown = self.known().name(&mut names, people_of(&env.ticket));
        let moved = env.ticket.group_id != written.group_id
            || env.ticket.organization_id != written.organization_id;
        if !unknown.is_empty() || moved {
            // Someone else took or moved it meanwhile: named by a read with the people.
            return self.ticket(id).await;
        }
        Ok(names.ticket(env.ticket))
    }

    pub(super) async fn update_tickets(
        &self,
        tickets: &[Id],
        patch: &TicketPatch,
    ) -> Vec<Result<()>> {
        if patch.expected.is_some() || patch.message.is_some() || tickets.len() < 2 {
            let mut out = Vec::with_capacity(tickets.len());
            for t in tickets {
                out.push(self.update(t, patch).await.map(|_| ()));
            }
            return out;
        }
        let body = match write_body(patch) {
            Ok(b) => b,
            Err(e) => return tickets.iter().map(|_| Err(e.clone())).collect(),
        };
        let mut out = Vec::with_capacity(tickets.len());
        for chunk in tickets.chunks(UPDATE_MANY_IDS) {
            out.extend(self.update_chunk(chunk, &body).await);
        }
        out
    }

    pub(super) async fn create_ticket(&self, new: &NewTicket) -> Result<Ticket> {
        let requester_id = match &new.requester {
            Some(r) => Some(parse_id(r)?),
            None => None,
        };
        let body = wire::TicketWrite {
            ticket: wire::TicketFields {
                subject: Some(new.subject.clone()),
                priority: new.priority.clone(),
                requester_id,
                comment: Some(wire::NewComment {
                    body: new.body.clone(),
                    public: true,
                }),
                ..Default::default()
            },
        };
        let created: wire::TicketWriteResponse = self
            .send(
                self.request(Method::POST, "tickets.json").json(&body),
                false,
            )
            .await?;
        self.ticket(&Id::from(created.ticket.id)).await
    }
}
