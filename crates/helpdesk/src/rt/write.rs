//! Writing: the version a write is checked against (ETag, LastUpdated), field changes and comments,
//! new tickets in the default queue.

use super::*;

impl Rt {
    pub(super) fn remember_etag(&self, ticket: u64, etag: Option<String>) {
        if let (Some(etag), Ok(mut map)) = (etag, self.etags.lock()) {
            if map.len() > 5000 {
                map.clear();
            }
            map.insert(ticket, etag);
        }
    }

    pub(super) fn cached_etag(&self, ticket: u64) -> Option<String> {
        self.etags.lock().ok()?.get(&ticket).cloned()
    }

    /// The ticket's version, loaded before a read of it: one read in flight already (asked
    /// before this read starts, so no older than it) serves; else a HEAD of its own.
    pub(super) async fn load_etag(&self, n: u64) -> Result<()> {
        let cell = {
            let mut heads = self.heads.lock().unwrap_or_else(|e| e.into_inner());
            heads.entry(n).or_default().clone()
        };
        let loaded = cell.get_or_try_init(|| self.head_etag(n)).await.copied();
        // Done: a read that starts from now on asks its own.
        let mut heads = self.heads.lock().unwrap_or_else(|e| e.into_inner());
        if heads.get(&n).is_some_and(|c| Arc::ptr_eq(c, &cell)) {
            heads.remove(&n);
        }
        loaded
    }

    /// `HEAD /ticket/{n}`: its ETag (remembered for the next write) without its record, which
    /// is 2–3 kB that nothing shows.
    async fn head_etag(&self, n: u64) -> Result<()> {
        match self
            .send(self.request(Method::HEAD, &format!("ticket/{n}")), true)
            .await
        {
            Ok(answer) => {
                self.remember_etag(n, answer.etag);
                Ok(())
            }
            Err(e) if e.kind == ErrorKind::RateLimited => Err(e),
            // An answer to a HEAD has no body, so RT's own words on what is wrong are missing:
            // the GET says them.
            Err(_) => self.load_version(n).await.map(|_| ()),
        }
    }

    /// `GET /ticket/{n}`: its ETag (remembered for the next write) and its effective id (a merged
    /// ticket answers as the ticket it was merged into).
    pub(super) async fn load_version(&self, n: u64) -> Result<u64> {
        let answer = self
            .send(self.request(Method::GET, &format!("ticket/{n}")), true)
            .await
            .map_err(|e| not_found_as(e, n))?;
        let t: wire::Ticket = answer.json()?;
        let effective = t.id.parse().unwrap_or(n);
        self.remember_etag(n, answer.etag.clone());
        if effective != n {
            self.remember_etag(effective, answer.etag);
        }
        Ok(effective)
    }

    /// The collision check for a write with `expected`: `GET /ticket/{n}`, its LastUpdated (whole
    /// seconds) against what the agent saw, and its ETag (the newest transaction) remembered, so
    /// that the PUT after carries an If-Match from this very moment and RT itself refuses (412)
    /// anything that slips in between. Whether correspond and comment honour If-Match is not
    /// known, so a message is only as safe as this check just before it.
    pub(super) async fn check_expected(&self, n: u64, expected: Option<Timestamp>) -> Result<()> {
        if expected.is_none() {
            return Ok(());
        }
        let answer = self
            .send(self.request(Method::GET, &format!("ticket/{n}")), true)
            .await
            .map_err(|e| not_found_as(e, n))?;
        let t: wire::Ticket = answer.json()?;
        self.remember_etag(n, answer.etag);
        rest::check_unchanged(expected, rt_time(&t.last_updated), true, n)
    }

    pub(super) async fn default_queue(&self) -> Result<String> {
        let queues = self.queues().await?;
        if queues.iter().any(|q| q == "General") {
            return Ok("General".into());
        }
        queues.into_iter().next().ok_or_else(|| {
            HelpdeskError::new(
                ErrorKind::Permission,
                "no RT queue is visible to this user to create the ticket in",
            )
        })
    }

    pub(super) async fn update_ticket(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        let n = parse_ticket_id(ticket)?;
        let status = patch.status.as_deref().map(|s| s.trim().to_string());
        let priority = patch.priority.as_deref().map(rt_priority).transpose()?;
        // An empty assignee unassigns: RT's owner "Nobody".
        let owner = patch.assignee.as_ref().map(|a| match a.0.trim() {
            "" => "Nobody".to_string(),
            o => o.to_string(),
        });
        // Groups are queues, by name (as `groups()` and `Ticket.group` give them).
        let queue = patch
            .group
            .as_ref()
            .map(|g| g.0.trim().to_string())
            .filter(|q| !q.is_empty());
        // RT keeps dates in UTC ("YYYY-MM-DD HH:MM:SS"); a date set so is read back unchanged.
        let starts = patch
            .pending_until
            .map(|at| at.strftime("%Y-%m-%d %H:%M:%S").to_string());
        let mut lines: Vec<String> = Vec::new();
        self.check_expected(n, patch.expected).await?;

        if status.is_some()
            || priority.is_some()
            || owner.is_some()
            || queue.is_some()
            || starts.is_some()
        {
            let etag = match self.cached_etag(n) {
                Some(e) => e,
                None => {
                    self.load_etag(n).await?;
                    self.cached_etag(n).unwrap_or_default()
                }
            };
            // With a message, the status goes with it: a reply reopens a resolved ticket
            // (RT's "On Correspond Open Inactive Tickets" scrip), so it must be set after. The PUT
            // still carries If-Match, even if empty, so a stale ticket is refused before anything.
            let body = wire::TicketUpdate {
                status: if patch.message.is_some() {
                    None
                } else {
                    status.clone()
                },
                priority,
                owner: owner.clone(),
                queue: queue.clone(),
                starts,
            };
            let mut rb = self
                .request(Method::PUT, &format!("ticket/{n}"))
                .json(&body);
            if !etag.is_empty() {
                rb = rb.header(reqwest::header::IF_MATCH, etag);
            }
            let answer = self.send(rb, false).await.map_err(|e| not_found_as(e, n))?;
            lines.extend(wire::result_lines(&answer.json::<Value>()?));
        }

        if let Some(m) = &patch.message {
            let path = match m.visibility {
                Visibility::Public => "correspond",
                Visibility::Internal => "comment",
            };
            let body = wire::NewMessage {
                content: m.body.clone(),
                content_type: "text/plain",
                status: status.clone(),
            };
            let sent = self
                .send(
                    self.request(Method::POST, &format!("ticket/{n}/{path}"))
                        .json(&body),
                    false,
                )
                .await;
            let answer = match sent {
                Ok(a) => a,
                // RT answers a message to a ticket that does not exist with 400 "Message could
                // not be recorded"; say NotFound when that is why.
                Err(e) if e.kind == ErrorKind::Invalid => {
                    self.load_etag(n).await?;
                    return Err(e);
                }
                Err(e) => return Err(not_found_as(e, n)),
            };
            lines.extend(wire::result_lines(
                &answer.json::<Value>().unwrap_or(Value::Null),
            ));
        }

        // RT answers refused field changes with 200 and a line of text, in the user's language;
        // read the ticket back and compare instead of parsing prose.
        let t = self.ticket(ticket).await?;
        let mut unapplied = Vec::new();
        if let Some(s) = &status
            && !t.status.raw.eq_ignore_ascii_case(s)
        {
            unapplied.push(format!("status is {} (wanted {s})", t.status.raw));
        }
        if let Some(p) = priority
            && t.priority.as_ref().map(|x| x.raw.as_str()) != Some(p.to_string().as_str())
        {
            unapplied.push(format!("priority was not set to {p}"));
        }
        if let Some(o) = &owner
            && !is_number(o)
            && !t
                .assignee
                .as_ref()
                .is_some_and(|a| a.id.0.eq_ignore_ascii_case(o))
            && !(o == "Nobody" && t.assignee.is_none())
        {
            unapplied.push(format!("owner was not set to {o}"));
        }
        if let Some(q) = &queue
            && !is_number(q)
            && !t.group.as_ref().is_some_and(|g| g.eq_ignore_ascii_case(q))
        {
            unapplied.push(format!("not moved to queue {q}"));
        }
        if !unapplied.is_empty() {
            let said: Vec<&String> = lines
                .iter()
                .filter(|l| !l.contains(" changed from ") && !l.contains(" added"))
                .collect();
            let reason = if said.is_empty() {
                unapplied.join("; ")
            } else {
                said.iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            return Err(invalid(
                format!("RT did not apply it: {reason}")
                    .chars()
                    .take(300)
                    .collect::<String>(),
            ));
        }
        Ok(t)
    }

    pub(super) async fn create_ticket(&self, new: &NewTicket) -> Result<Ticket> {
        let priority = new.priority.as_deref().map(rt_priority).transpose()?;
        let body = wire::NewTicket {
            queue: self.default_queue().await?,
            subject: new.subject.clone(),
            content: new.body.clone(),
            content_type: "text/plain",
            requestor: new
                .requester
                .as_ref()
                .map(|r| r.0.trim().to_string())
                .filter(|r| !r.is_empty()),
            priority,
        };
        let answer = self
            .send(self.request(Method::POST, "ticket").json(&body), false)
            .await?;
        let created: Value = answer.json()?;
        let id = created
            .get("id")
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .filter(|s| is_number(s))
            .ok_or_else(|| {
                let said = wire::result_lines(&created).join("; ");
                HelpdeskError::new(
                    ErrorKind::Protocol,
                    format!("RT created no ticket id: {said}")
                        .chars()
                        .take(200)
                        .collect::<String>(),
                )
            })?;
        self.ticket(&Id::from(id)).await
    }
}
