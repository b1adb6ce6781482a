//! A ticket whole from its row: its summary and view, text, tags, SLA clocks, satisfaction and
//! thread with attachments.

use super::*;

impl Dataset {
    pub(super) fn customer(&self, row: &TicketRow) -> (&Customer, &User) {
        let c = &self.customers[row.requester as usize];
        (c, &self.users[c.user])
    }

    pub(super) fn agent(&self, index: u8) -> &User {
        &self.users[usize::from(index)]
    }

    pub fn summary(&self, row: &TicketRow) -> TicketSummary {
        TicketSummary {
            id: row.id,
            status: row.status,
            priority: row.priority,
            requester_id: self.customer(row).1.id,
            assignee_id: row.assignee.map(|a| self.agent(a).id),
            created_at: row.created_at,
            updated_at: row.updated_at,
            next_breach: row.next_breach,
        }
    }

    /// Whether a ticket belongs in a view ("My open tickets" are the signed-in agent's).
    pub fn in_view(&self, kind: ViewKind, t: &TicketSummary) -> bool {
        match kind {
            ViewKind::AllUnsolved => t.status.is_unsolved(),
            ViewKind::MyOpen => t.status.is_unsolved() && t.assignee_id == Some(self.me().id),
            ViewKind::Unassigned => t.status.is_unsolved() && t.assignee_id.is_none(),
            ViewKind::UrgentHigh => {
                t.status.is_unsolved() && t.priority.is_some_and(|p| p >= Priority::High)
            }
            ViewKind::RecentlySolved => {
                !t.status.is_unsolved() && t.updated_at >= ago(self.now, RECENTLY)
            }
        }
    }

    /// The full ticket, SLA metrics included (the server drops them unless asked for).
    pub fn ticket(&self, row: &TicketRow) -> Ticket {
        let (subject, description) = self.text(row);
        let (_, requester) = self.customer(row);
        Ticket {
            id: row.id,
            subject,
            description,
            status: row.status.as_str().to_owned(),
            // Every fourth pending ticket waits on a vendor (the account's own status).
            custom_status_id: Some(
                if row.status == Status::Pending && row.id.is_multiple_of(4) {
                    WAITING_ON_VENDOR
                } else {
                    row.status.default_custom_status()
                },
            ),
            priority: row.priority.map(|p| p.as_str().to_owned()),
            requester_id: requester.id,
            assignee_id: row.assignee.map(|a| self.agent(a).id),
            group_id: row.group.map(|g| self.groups[usize::from(g)].id),
            organization_id: requester.organization_id,
            tags: self.tags(row),
            via: Via {
                channel: row.channel.as_str().to_owned(),
            },
            created_at: row.created_at,
            updated_at: row.updated_at,
            slas: Some(self.slas(row)),
            satisfaction_rating: self.satisfaction(row),
        }
    }

    /// Solved and closed tickets carry a satisfaction rating: mostly good, some bad, some
    /// surveys unanswered ("offered") or never sent ("unoffered").
    pub(super) fn satisfaction(&self, row: &TicketRow) -> Option<SatisfactionRating> {
        if row.status.is_unsolved() {
            return None;
        }
        const SCORES: [(&str, u32); 4] = [
            ("good", 45),
            ("bad", 12),
            ("offered", 25),
            ("unoffered", 18),
        ];
        let mut r = Rng::derive(self.seed, STREAM_CSAT, row.id);
        let score = r.weighted(&SCORES);
        let (good, bad) = text::csat_comments(row.lang);
        let comment = match score {
            "good" if r.chance(0.4) => Some(r.pick(good)),
            "bad" if r.chance(0.7) => Some(r.pick(bad)),
            _ => None,
        };
        Some(SatisfactionRating {
            id: CSAT_BASE + row.id,
            score: score.to_owned(),
            comment: comment.map(str::to_owned),
        })
    }

    pub(super) fn vars(&self, row: &TicketRow) -> TicketVars {
        const PRICES: [u64; 8] = [19, 29, 49, 79, 99, 129, 249, 499];
        let mut r = Rng::derive(self.seed, STREAM_VARS, row.id);
        let invoice_no = r.between(1000, 9999) as u64;
        let price = r.pick(&PRICES);
        let issues = row.topic.text(row.lang).issues;
        TicketVars {
            issue: &issues[r.index(issues.len())],
            order: format!("#{}", r.between(100_000, 999_999)),
            invoice: format!("INV-{invoice_no}"),
            invoice_no,
            amount: amount(row.lang, price),
            code: format!("E-{}", r.between(1000, 9999)),
            plan: r.pick(text::PLANS),
        }
    }

    /// Subject and description (the first comment's body).
    pub(super) fn text(&self, row: &TicketRow) -> (String, String) {
        let mut r = Rng::derive(self.seed, STREAM_TEXT, row.id);
        let v = self.vars(row);
        let (_, requester) = self.customer(row);
        let vars = Vars {
            first: first_name(&requester.name),
            name: &requester.name,
            ..ticket_vars(&v)
        };
        let topic = row.topic.text(row.lang);
        let subject = if r.chance(0.2) {
            r.pick(topic.vague_subjects)
        } else {
            v.issue.subject
        };
        let subject = text::fill(subject, &vars);
        let problem = text::fill(v.issue.problem, &vars);
        let description = if row.channel.is_letter() {
            let bank = text::bank(row.lang);
            let detail = text::fill(r.pick(topic.details), &vars);
            let greeting = r.pick(bank.greetings);
            let signoff = text::fill(r.pick(bank.signoffs), &vars);
            format!("{greeting}\n\n{problem} {detail}\n\n{signoff}")
        } else if r.chance(0.3) {
            format!("{problem} {}", r.pick(text::EMOJI))
        } else {
            problem
        };
        if self.is_hostile(row.id) {
            let variant = self.hostile_variant(row.id);
            let mut subject = hostile::subject(&subject, variant);
            if let Some(p) = self.poison_of(row.id) {
                subject = format!("{subject} {}", p.marker());
            }
            return (subject, hostile::body(&description, variant));
        }
        (subject, description)
    }

    pub(super) fn tags(&self, row: &TicketRow) -> Vec<String> {
        const EXTRA: [&str; 6] = [
            "follow_up",
            "needs_info",
            "repeat_contact",
            "mobile_app",
            "web_app",
            "escalated",
        ];
        let mut r = Rng::derive(self.seed, STREAM_TAGS, row.id);
        let mut tags = vec![
            row.topic.tag().to_owned(),
            format!("lang_{}", row.lang.code()),
        ];
        if self.customer(row).0.tier == Tier::Vip {
            tags.push("vip".to_owned());
        }
        if r.chance(0.35) {
            tags.push(r.pick(&EXTRA).to_owned());
        }
        tags.sort();
        tags.dedup();
        tags
    }

    /// SLA metrics as Zendesk sideloads them: deadlines near the anchor time for unsolved tickets,
    /// some already breached and some about to be.
    pub(super) fn slas(&self, row: &TicketRow) -> Slas {
        let mut r = Rng::derive(self.seed, STREAM_SLA, row.id);
        let metric = |name: &str, stage: &str, breach_at| PolicyMetric {
            metric: name.to_owned(),
            stage: stage.to_owned(),
            breach_at,
        };
        let policy_metrics = match row.status {
            Status::New | Status::Open => {
                let breach_at = match r.below(100) {
                    0..18 => ago(self.now, r.between(5 * MINUTE, 2 * DAY)),
                    18..30 => ahead(self.now, r.between(MINUTE, 29 * MINUTE)),
                    _ => ahead(self.now, r.between(HOUR, 5 * DAY)),
                };
                let name = if row.status == Status::New {
                    "first_reply_time"
                } else {
                    "next_reply_time"
                };
                let mut metrics = vec![metric(name, "active", Some(breach_at))];
                if r.chance(0.4) {
                    let wait = ahead(self.now, r.between(6 * HOUR, 6 * DAY));
                    metrics.push(metric("requester_wait_time", "active", Some(wait)));
                }
                metrics
            }
            Status::Pending | Status::Hold => vec![metric("requester_wait_time", "paused", None)],
            Status::Solved | Status::Closed => vec![metric("first_reply_time", "achieved", None)],
        };
        Slas { policy_metrics }
    }

    /// The ticket's conversation, oldest first; the first comment's body is the description.
    pub fn comments(&self, row: &TicketRow) -> Vec<Comment> {
        let mut r = Rng::derive(self.seed, STREAM_THREAD, row.id);
        let turns = plan_thread(&mut r, row.status);
        let times = spread(&mut r, row.created_at, row.updated_at, turns.len());
        let v = self.vars(row);
        let (_, requester) = self.customer(row);
        let bank = text::bank(row.lang);
        // Roughly one ticket in 25 with some back-and-forth carries a very long message.
        let long_at = (turns.len() >= 3 && r.chance(0.04))
            .then(|| turns.iter().rposition(|t| *t == Turn::Customer))
            .flatten()
            .filter(|&i| i > 0);
        // Unassigned tickets are still answered by someone from their group.
        let responder = row
            .assignee
            .unwrap_or_else(|| r.pick(&group_members(row.group.map(usize::from))));
        // The last agent reply of a ticket that waits on the customer or is solved resolves it;
        // earlier ones ask, chase and apologise.
        let resolved = matches!(
            row.status,
            Status::Pending | Status::Solved | Status::Closed
        );
        let resolution_at = turns
            .iter()
            .rposition(|t| *t == Turn::Agent)
            .filter(|_| resolved);
        let notes: Vec<&str> = text::NOTES
            .iter()
            .filter(|(topic, _)| topic.is_none_or(|t| t == row.topic))
            .map(|(_, note)| *note)
            .collect();
        let mut comments = Vec::with_capacity(turns.len());
        for (i, (&turn, &at)) in turns.iter().zip(&times).enumerate() {
            let author = match turn {
                Turn::Customer | Turn::Thanks => requester,
                Turn::Agent => self.agent(responder),
                Turn::Note => self.agent(r.below(text::AGENTS.len() as u64) as u8),
            };
            let vars = Vars {
                first: first_name(&requester.name),
                name: &requester.name,
                agent: &author.name,
                ..ticket_vars(&v)
            };
            let body = match turn {
                Turn::Customer if i == 0 => self.text(row).1,
                Turn::Customer if Some(i) == long_at => long_message(&mut r, row.lang, at, &vars),
                Turn::Customer => customer_message(&mut r, row, bank.followups, &vars),
                Turn::Thanks => customer_message(&mut r, row, bank.thanks, &vars),
                Turn::Note => text::fill(r.pick(&notes), &vars),
                Turn::Agent => {
                    let reply = if Some(i) == resolution_at {
                        v.issue.resolution
                    } else {
                        r.pick(bank.agent_generic)
                    };
                    let greeting = text::fill(r.pick(bank.agent_greetings), &vars);
                    let reply = text::fill(reply, &vars);
                    if row.channel.is_letter() {
                        let signoff = text::fill(r.pick(bank.agent_signoffs), &vars);
                        format!("{greeting}\n\n{reply}\n\n{signoff}")
                    } else {
                        format!("{greeting} {reply}")
                    }
                }
            };
            let id = row.id * COMMENTS_PER_TICKET_ID + i as u64;
            let mut attachments = if turn == Turn::Customer && r.chance(0.12) {
                attachments(&mut r, id, row.topic, v.invoice_no)
            } else {
                Vec::new()
            };
            let body = if self.is_hostile(row.id) {
                let variant = self.hostile_variant(row.id) + i as u64;
                if i == 0 {
                    attachments.push(Attachment {
                        id: id * 10 + 9,
                        file_name: String::new(),
                        size: 4096,
                        content_type: None,
                        content_url: None,
                    });
                }
                for (k, file) in attachments.iter_mut().enumerate() {
                    file.file_name = hostile::file_name(variant + k as u64);
                }
                match i {
                    0 => body, // the description, already hostile
                    1 if self.giant == Some(row.id) => hostile::giant(GIANT_BODY_BYTES),
                    _ => hostile::body(&body, variant),
                }
            } else {
                body
            };
            comments.push(Comment {
                id,
                kind: "Comment".to_owned(),
                author_id: author.id,
                body,
                public: turn != Turn::Note,
                attachments,
                via: Some(Via {
                    channel: row.channel.as_str().to_owned(),
                }),
                created_at: at,
            });
        }
        comments
    }
}

/// Agents (as indexes) who work in `group`; everyone when there is no group. Never empty.
pub(super) fn group_members(group: Option<usize>) -> Vec<u8> {
    (0..text::AGENTS.len() as u8)
        .filter(|&a| group.is_none_or(|g| text::AGENTS[usize::from(a)].2.contains(&g)))
        .collect()
}

pub(super) fn ticket_vars(v: &TicketVars) -> Vars<'_> {
    Vars {
        order: &v.order,
        invoice: &v.invoice,
        amount: &v.amount,
        code: &v.code,
        plan: v.plan,
        ..Vars::default()
    }
}

/// What Zendesk calls the first name: the name up to the first space.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

pub(super) fn amount(lang: Lang, price: u64) -> String {
    let (before, after) = text::bank(lang).currency;
    let number = match lang {
        Lang::En => format!("{price}.00"),
        Lang::Et => format!("{price},00"),
        Lang::Ro => (price * 5).to_string(),
        Lang::Zh => (price * 7).to_string(),
        Lang::Ru => {
            let rub = price * 95;
            if rub >= 1000 {
                format!("{} {:03}", rub / 1000, rub % 1000)
            } else {
                rub.to_string()
            }
        }
    };
    format!("{before}{number}{after}")
}

/// Fictional numbers from the 555-01xx ranges, written the local way.
pub(super) fn phone(lang: Lang, r: &mut Rng) -> String {
    let n = r.between(100, 200);
    match lang {
        Lang::En => format!("+1 415 555 0{n}"),
        Lang::Ro => format!("+40 721 555 0{n}"),
        Lang::Ru => format!("+7 912 555-0{}-{}", n / 100, n % 100),
        Lang::Zh => format!("+86 138 5550 0{n}"),
        Lang::Et => format!("+372 5555 0{n}"),
    }
}

/// Who speaks in which order. New tickets have only heard from the customer; open ones wait on
/// an agent; pending, on-hold and solved ones last heard from an agent.
pub(super) fn plan_thread(r: &mut Rng, status: Status) -> Vec<Turn> {
    if status == Status::New {
        let n = if r.chance(0.2) { 2 } else { 1 };
        return vec![Turn::Customer; n];
    }
    let n = if r.chance(0.03) {
        r.between(30, 46) as usize
    } else {
        // Mostly short threads: 2..=12, weighted towards the low end.
        let u = r.unit();
        2 + (u * u * 11.0) as usize
    };
    let mut turns = vec![Turn::Customer];
    while turns.len() < n {
        if r.chance(0.18) {
            turns.push(Turn::Note);
        }
        turns.push(Turn::Agent);
        if turns.len() < n {
            turns.push(Turn::Customer);
        }
    }
    let last_public = turns.iter().rev().find(|t| **t != Turn::Note).copied();
    match status {
        Status::Open if last_public == Some(Turn::Agent) => turns.push(Turn::Customer),
        Status::Open => {}
        _ if last_public == Some(Turn::Customer) => turns.push(Turn::Agent),
        _ => {}
    }
    if !status.is_unsolved() && r.chance(0.3) {
        turns.push(Turn::Thanks);
    }
    turns
}

/// `n` increasing times from `from` to `to` (both included when `n` > 1).
pub(super) fn spread(r: &mut Rng, from: Timestamp, to: Timestamp, n: usize) -> Vec<Timestamp> {
    let span = (to.as_second() - from.as_second()).max(0);
    let mut offsets: Vec<i64> = (0..n.saturating_sub(2))
        .map(|_| r.between(1, span.max(2)))
        .collect();
    offsets.sort_unstable();
    let mut times = Vec::with_capacity(n);
    times.push(from);
    times.extend(offsets.into_iter().map(|o| ahead(from, o.min(span))));
    if n > 1 {
        times.push(to);
    }
    times.truncate(n);
    times
}

pub(super) fn customer_message(r: &mut Rng, row: &TicketRow, bank: &[&str], vars: &Vars) -> String {
    let line = text::fill(r.pick(bank), vars);
    if row.channel.is_letter() {
        let b = text::bank(row.lang);
        let signoff = text::fill(r.pick(b.signoffs), vars);
        format!("{}\n\n{line}\n\n{signoff}", r.pick(b.greetings))
    } else {
        line
    }
}

/// A message of several paragraphs and a pasted log, at least 5,000 characters long.
pub(super) fn long_message(r: &mut Rng, lang: Lang, at: Timestamp, vars: &Vars) -> String {
    pub(super) const LOG: [&str; 5] = [
        "ERROR sync-worker: POST /v1/payments/reconcile -> 502 Bad Gateway",
        "WARN  sync-worker: retrying after 2000 ms (attempt {n}/5)",
        "ERROR billing-api: invoice state mismatch, expected=paid actual=open",
        "INFO  sync-worker: token refreshed, expires_in=3600",
        "ERROR billing-api: duplicate capture detected for charge ch_{n}",
    ];
    let bank = text::bank(lang);
    let mut body = String::new();
    for paragraph in bank.story {
        body.push_str(paragraph);
        body.push_str("\n\n");
    }
    body.push_str(bank.log_caption);
    body.push_str("\n\n");
    let mut t = ago(at, 3 * HOUR);
    let mut chars = body.chars().count();
    let closing = text::fill(bank.story_closing, vars);
    let closing_chars = closing.chars().count() + 2;
    while chars + closing_chars < 5_000 {
        // A log pasted into a message ends before the message was written.
        t = ahead(t, r.between(1, 90)).min(at);
        let n = r.between(1, 5).to_string();
        let line = format!(
            "{t} {} request_id={:08x}\n",
            r.pick(&LOG).replace("{n}", &n),
            r.next_u64() as u32
        );
        chars += line.chars().count();
        body.push_str(&line);
    }
    body.push('\n');
    body.push_str(&closing);
    body
}

pub(super) fn attachments(
    r: &mut Rng,
    comment_id: u64,
    topic: Topic,
    invoice_no: u64,
) -> Vec<Attachment> {
    let name = match topic {
        Topic::Billing => format!("invoice-{invoice_no}.pdf"),
        Topic::Refund => "receipt.pdf".to_owned(),
        Topic::Shipping => "parcel-photo.jpg".to_owned(),
        Topic::Outage | Topic::Bug if r.chance(0.4) => "error-log.txt".to_owned(),
        _ => "screenshot.png".to_owned(),
    };
    let mut files = vec![name];
    if r.chance(0.2) {
        files.push("screenshot-2.png".to_owned());
    }
    files
        .into_iter()
        .enumerate()
        .map(|(k, file_name)| Attachment {
            id: comment_id * 10 + k as u64,
            content_type: Some(content_type(&file_name).to_owned()),
            file_name,
            size: r.between(20_000, 3_000_000) as u64,
            // The server fills it in: it knows its own address.
            content_url: None,
        })
        .collect()
}

/// The type a file's extension says.
pub fn content_type(file_name: &str) -> &'static str {
    match file_name.rsplit('.').next() {
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("txt" | "log") => "text/plain",
        _ => "application/octet-stream",
    }
}

/// The bytes of a generated attachment: `size` of them, the same on every request. A text file
/// reads as a log; anything else is a repeating pattern of its id (the demo has no real files).
pub fn attachment_bytes(a: &Attachment) -> Vec<u8> {
    let size = a.size as usize;
    let mut out = Vec::with_capacity(size);
    if a.file_name.ends_with(".txt") {
        let mut n = 0u64;
        while out.len() < size {
            n += 1;
            out.extend_from_slice(
                format!(
                    "2026-11-23T10:{:02}:00Z ERROR worker {n}: request timed out (attachment {})\n",
                    n % 60,
                    a.id
                )
                .as_bytes(),
            );
        }
    } else {
        let pattern = a.id.to_le_bytes();
        out.extend(pattern.iter().cycle().take(size));
    }
    out.truncate(size);
    out
}
