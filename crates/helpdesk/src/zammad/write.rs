//! Writing: the article of a public reply, field changes with it, new tickets.

use super::*;

impl Zammad {
    /// The article of a public reply: of the type the customer last wrote through (else the
    /// ticket's channel), addressed where that type needs an address.
    pub(super) async fn reply_article(
        &self,
        ticket: u64,
        body: &str,
    ) -> Result<wire::ArticleWrite> {
        let path = format!("tickets/{ticket}");
        let (t, articles) = tokio::join!(
            self.get::<wire::Ticket>(&path, &[("expand", "true")]),
            self.articles(ticket),
        );
        let t = t.map_err(|e| not_found_as(e, ticket))?;
        let articles = articles.map_err(|e| not_found_as(e, ticket))?;
        let last = articles
            .iter()
            .rev()
            .find(|a| a.sender.as_deref() == Some("Customer") && !a.internal);
        let kind = last
            .and_then(|a| a.kind.clone())
            .or(t.create_article_type.clone())
            .or_else(|| {
                t.create_article_type_id
                    .and_then(default_article_type)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| "email".into());
        let customer = async {
            match t.customer_id {
                Some(c) => match self.cached_user(c) {
                    Some(u) => Some(u),
                    None => {
                        let u: Option<wire::User> = self.get(&format!("users/{c}"), &[]).await.ok();
                        if let Some(u) = &u {
                            self.remember_user(u.clone());
                        }
                        u
                    }
                },
                None => None,
            }
        };
        let mut article = wire::ArticleWrite {
            ticket_id: None,
            body: body.to_string(),
            content_type: "text/plain",
            kind: "note".into(),
            internal: false,
            sender: "Agent",
            to: None,
            subject: None,
            in_reply_to: None,
        };
        let social = ["twitter", "facebook", "telegram", "whatsapp", "instagram"];
        match kind.as_str() {
            "email" | "web" => {
                let from_mail = last
                    .filter(|a| a.kind.as_deref() == Some("email"))
                    .and_then(|a| a.reply_to.clone().or(a.from.clone()));
                let to = match from_mail {
                    Some(to) => Some(to),
                    None => customer.await.and_then(|u| u.email),
                };
                match to {
                    Some(to) => {
                        article.kind = "email".into();
                        article.to = Some(to);
                        article.subject = t.title.clone();
                        article.in_reply_to = last.and_then(|a| a.message_id.clone());
                    }
                    // A web ticket of a customer without email: answer in the portal.
                    None if kind == "web" => article.kind = "web".into(),
                    None => {
                        return Err(invalid(
                            "cannot reply by email: the customer has no email address in Zammad",
                        ));
                    }
                }
            }
            "sms" => {
                let to = match last.and_then(|a| a.from.clone()) {
                    Some(to) => Some(to),
                    None => customer.await.and_then(|u| u.mobile.or(u.phone)),
                };
                let Some(to) = to else {
                    return Err(invalid(
                        "cannot reply by SMS: the customer has no mobile number in Zammad",
                    ));
                };
                article.kind = "sms".into();
                article.to = Some(to);
            }
            "phone" | "chat" => article.kind = kind.clone(),
            k if social.iter().any(|s| k.starts_with(s)) => {
                article.kind = kind.clone();
                article.to = last.and_then(|a| a.from.clone());
                article.in_reply_to = last.and_then(|a| a.message_id.clone());
            }
            // Notes, faxes and types tix does not know: a public note, visible to the customer
            // in the portal.
            _ => {}
        }
        Ok(article)
    }

    pub(super) async fn update_ticket(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        let n = parse_id(ticket, "ticket")?;
        let dir = self.directory().await;
        let mut fields = wire::TicketWrite::default();
        if let Some(s) = &patch.status {
            let (state, pending) = zammad_state(s, &dir)?;
            if pending {
                // The snooze's wake-up time when the write has one, else a day on (Zammad wants
                // a pending time with a pending state).
                let at = patch.pending_until.unwrap_or_else(|| {
                    Timestamp::now()
                        .checked_add(jiff::SignedDuration::from_hours(PENDING_REMINDER_HOURS))
                        .unwrap_or_else(|_| Timestamp::now())
                });
                fields.pending_time = Some(at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
            }
            fields.state = Some(state);
        }
        if let Some(p) = &patch.priority {
            let (name, id) = zammad_priority(p, &dir)?;
            fields.priority = name;
            fields.priority_id = id;
        }
        if let Some(a) = &patch.assignee {
            fields.owner_id = Some(parse_id(a, "agent")?);
        }
        if let Some(g) = &patch.group {
            let g = g.0.trim();
            match g.parse::<u64>() {
                Ok(id) => fields.group_id = Some(id),
                Err(_) if !g.is_empty() => fields.group = Some(g.to_string()),
                Err(_) => return Err(invalid("empty group")),
            }
        }
        let has_fields = fields != wire::TicketWrite::default();
        let article = match &patch.message {
            Some(m) if m.visibility == Visibility::Internal => Some(wire::ArticleWrite {
                ticket_id: None,
                body: m.body.clone(),
                content_type: "text/plain",
                kind: "note".into(),
                internal: true,
                sender: "Agent",
                to: None,
                subject: None,
                in_reply_to: None,
            }),
            Some(m) => Some(self.reply_article(n, &m.body).await?),
            None => None,
        };
        // Zammad has no collision check of its own: read `updated_at` and compare, just before
        // writing (best effort: a change in between is not caught).
        self.rest
            .check_stamp(&format!("tickets/{n}"), patch.expected, n)
            .await
            .map_err(|e| not_found_as(e, n))?;
        match (has_fields, article) {
            (true, article) => {
                let idempotent = article.is_none();
                fields.article = article;
                self.send(
                    self.request(Method::PUT, &format!("tickets/{n}"))
                        .json(&fields),
                    idempotent,
                )
                .await
                .map_err(|e| not_found_as(e, n))?;
            }
            (false, Some(mut article)) => {
                article.ticket_id = Some(n);
                self.send(
                    self.request(Method::POST, "ticket_articles").json(&article),
                    false,
                )
                .await
                .map_err(|e| not_found_as(e, n))?;
            }
            (false, None) => {}
        }
        self.ticket(ticket).await
    }

    pub(super) async fn create_ticket(&self, new: &NewTicket) -> Result<Ticket> {
        let dir = self.directory().await;
        let me = self.me_user().await?;
        // Zammad needs a group: the agent's first (lowest id) group.
        let group_id = me
            .group_ids
            .as_object()
            .and_then(|m| m.keys().filter_map(|k| k.parse::<u64>().ok()).min())
            .ok_or_else(|| {
                HelpdeskError::new(
                    ErrorKind::Permission,
                    "this Zammad user is in no group to create the ticket in",
                )
            })?;
        let customer_id = match &new.requester {
            Some(r) => parse_id(r, "user")?,
            None => me.id,
        };
        let (priority, priority_id) = match &new.priority {
            Some(p) => zammad_priority(p, &dir)?,
            None => (None, None),
        };
        let body = wire::TicketWrite {
            title: Some(new.subject.clone()),
            group_id: Some(group_id),
            customer_id: Some(customer_id),
            priority,
            priority_id,
            article: Some(wire::ArticleWrite {
                ticket_id: None,
                body: new.body.clone(),
                content_type: "text/plain",
                kind: "note".into(),
                internal: false,
                sender: "Agent",
                to: None,
                subject: Some(new.subject.clone()),
                in_reply_to: None,
            }),
            ..wire::TicketWrite::default()
        };
        let created: wire::Ticket = self
            .send(self.request(Method::POST, "tickets").json(&body), false)
            .await?
            .json()?;
        self.ticket(&Id::from(created.id)).await
    }
}
