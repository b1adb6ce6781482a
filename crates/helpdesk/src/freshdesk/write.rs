//! Writing: field changes, replies and notes, new tickets.

use super::*;

impl Freshdesk {
    pub(super) async fn update_ticket(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        let n = parse_id(ticket, "ticket")?;
        let status = match &patch.status {
            Some(s) => Some(fd_status(s, &*self.directory().await)?),
            None => None,
        };
        let fields = wire::TicketWrite {
            status,
            priority: patch.priority.as_deref().map(fd_priority).transpose()?,
            responder_id: patch
                .assignee
                .as_ref()
                .map(|a| parse_id(a, "agent"))
                .transpose()?,
            group_id: patch
                .group
                .as_ref()
                .map(|g| parse_id(g, "group"))
                .transpose()?,
            ..wire::TicketWrite::default()
        };
        let has_fields = fields != wire::TicketWrite::default();
        // Freshdesk has no collision check of its own: read `updated_at` and compare, just before
        // writing (best effort: a change in between is not caught).
        self.rest
            .check_stamp(&format!("tickets/{n}"), patch.expected, n)
            .await
            .map_err(|e| not_found_as(e, "ticket", n))?;
        if has_fields {
            // Setting fields twice is harmless: safe to retry like a read.
            self.send(
                self.request(Method::PUT, &format!("tickets/{n}"))
                    .json(&fields),
                true,
            )
            .await
            .map_err(|e| not_found_as(e, "ticket", n))?;
        }
        if let Some(m) = &patch.message {
            let body = text_to_html(&m.body);
            let rb = match m.visibility {
                Visibility::Public => self
                    .request(Method::POST, &format!("tickets/{n}/reply"))
                    .json(&wire::Reply { body }),
                Visibility::Internal => self
                    .request(Method::POST, &format!("tickets/{n}/notes"))
                    .json(&wire::Note {
                        body,
                        private: true,
                    }),
            };
            if let Err(e) = self.send(rb, false).await {
                let e = not_found_as(e, "ticket", n);
                return Err(if has_fields {
                    HelpdeskError {
                        message: format!(
                            "the field changes were saved, the message was not sent: {}",
                            e.message
                        ),
                        ..e
                    }
                } else {
                    e
                });
            }
        }
        self.ticket(ticket).await
    }

    pub(super) async fn create_ticket(&self, new: &NewTicket) -> Result<Ticket> {
        let (requester_id, email) = match &new.requester {
            Some(r) => (Some(parse_id(r, "contact")?), None),
            // Freshdesk needs a requester; like Zendesk, it is the agent when none is named.
            None => (None, self.me_record().await?.contact.email),
        };
        if requester_id.is_none() && email.is_none() {
            return Err(invalid("a Freshdesk ticket needs a requester"));
        }
        let body = wire::TicketWrite {
            subject: Some(new.subject.clone()),
            description: Some(text_to_html(&new.body)),
            status: Some(2),
            priority: Some(
                new.priority
                    .as_deref()
                    .map(fd_priority)
                    .transpose()?
                    .unwrap_or(1),
            ),
            source: Some(2),
            requester_id,
            email,
            ..wire::TicketWrite::default()
        };
        let created: wire::Ticket = self
            .send(self.request(Method::POST, "tickets").json(&body), false)
            .await?
            .json()?;
        self.ticket(&Id::from(created.id)).await
    }
}
