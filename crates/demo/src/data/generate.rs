//! Generating the data set: agents, customers, macros and the rows of tickets, from a seed.

use super::*;

impl Dataset {
    /// Generates `tickets` tickets; the same `(tickets, seed, now)` always gives the same data.
    #[cfg(test)]
    pub fn generate(tickets: usize, seed: u64, now: Timestamp) -> Dataset {
        Self::generate_with(tickets, seed, now, false)
    }

    /// `generate`, with hostile text in about one ticket in ten when `hostile` is set.
    pub fn generate_with(tickets: usize, seed: u64, now: Timestamp, hostile: bool) -> Dataset {
        // Whole seconds keep the JSON tidy and the output independent of sub-second jitter.
        let now = Timestamp::from_second(now.as_second()).unwrap_or(now);
        let mut data = Dataset {
            seed,
            now,
            users: Vec::new(),
            organizations: Vec::new(),
            groups: Vec::new(),
            views: Vec::new(),
            macros: Vec::new(),
            tickets: Vec::new(),
            customers: Vec::new(),
            org_langs: Vec::new(),
            hostile,
            giant: None,
            poisoned: Vec::new(),
        };
        data.groups = text::GROUPS
            .iter()
            .enumerate()
            .map(|(i, name)| Group {
                id: GROUP_BASE + 1 + i as u64,
                name: (*name).to_owned(),
            })
            .collect();
        data.views = VIEWS
            .iter()
            .enumerate()
            .map(|(i, (title, _))| View {
                id: VIEW_BASE + 1 + i as u64,
                title: (*title).to_owned(),
                active: true,
                position: i as u32 + 1,
            })
            .collect();
        data.organizations = text::ORGANIZATIONS
            .iter()
            .enumerate()
            .map(|(i, (name, domain, _, tags))| Organization {
                id: ORG_BASE + 1 + i as u64,
                name: (*name).to_owned(),
                domain_names: vec![(*domain).to_owned()],
                tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            })
            .collect();
        data.org_langs = text::ORGANIZATIONS.iter().map(|o| o.2).collect();
        data.generate_agents();
        data.generate_customers();
        data.macros = data.build_macros();
        data.tickets = (0..tickets)
            .map(|i| data.generate_row(i, tickets))
            .collect();
        // New tickets may have a single comment: the giant one goes second in a longer thread.
        data.giant = data
            .tickets
            .iter()
            .find(|r| data.is_hostile(r.id) && r.status != Status::New)
            .map(|r| r.id);
        // Unsolved ones, so that the first view shows them.
        data.poisoned = data
            .tickets
            .iter()
            .filter(|r| !matches!(r.status, Status::Solved | Status::Closed))
            .map(|r| r.id)
            .filter(|&id| data.is_hostile(id) && Some(id) != data.giant)
            .take(hostile::POISONS.len())
            .collect();
        data
    }

    pub(super) fn generate_agents(&mut self) {
        let mut r = Rng::derive(self.seed, STREAM_MISC, 0);
        for (i, (name, local, _)) in text::AGENTS.iter().enumerate() {
            self.users.push(User {
                id: AGENT_BASE + 1 + i as u64,
                name: (*name).to_owned(),
                email: Some(format!("{local}@tix-demo.example")),
                phone: None,
                role: "agent".to_owned(),
                organization_id: None,
                tags: Vec::new(),
                created_at: ago(self.now, r.between(400 * DAY, 1400 * DAY)),
                locale: Some("en-US".to_owned()),
            });
        }
    }

    pub(super) fn generate_customers(&mut self) {
        const TIERS: [(Tier, u32); 4] = [
            (Tier::Vip, 10),
            (Tier::Loyal, 25),
            (Tier::Standard, 45),
            (Tier::New, 20),
        ];
        const FREEMAIL: [&str; 3] = ["mail.example", "inbox.example", "post.example"];
        let mut emails = HashSet::new();
        for i in 0..CUSTOMER_COUNT {
            let mut r = Rng::derive(self.seed, STREAM_CUSTOMER, i as u64);
            let org = r.chance(0.88).then(|| r.index(self.organizations.len()));
            let lang = match org {
                Some(o) if r.chance(0.9) => self.org_langs[o],
                _ => r.pick(&Lang::ALL),
            };
            let names = text::names(lang);
            let (first, first_ascii) = r.pick(names.first);
            let (last, last_ascii) = r.pick(names.last);
            let (name, local) = if lang == Lang::Zh {
                (
                    format!("{last}{first}"),
                    format!("{last_ascii}.{first_ascii}"),
                )
            } else {
                (
                    format!("{first} {last}"),
                    format!("{first_ascii}.{last_ascii}"),
                )
            };
            let domain = match org {
                Some(o) => self.organizations[o].domain_names[0].clone(),
                None => r.pick(&FREEMAIL).to_owned(),
            };
            let mut email = format!("{local}@{domain}");
            if !emails.insert(email.clone()) {
                email = format!("{local}{}@{domain}", i + 1);
                emails.insert(email.clone());
            }
            let tier = r.weighted(&TIERS);
            let phone = r.chance(0.45).then(|| phone(lang, &mut r));
            let name = if self.hostile && i % 10 == 9 {
                hostile::name(&name, i as u64 / 10)
            } else {
                name
            };
            let age = if tier == Tier::New {
                r.between(5 * DAY, 60 * DAY)
            } else {
                r.between(60 * DAY, 1500 * DAY)
            };
            self.customers.push(Customer {
                user: self.users.len(),
                lang,
                tier,
            });
            self.users.push(User {
                id: CUSTOMER_BASE + 1 + i as u64,
                name,
                email: Some(email),
                phone,
                role: "end-user".to_owned(),
                organization_id: org.map(|o| self.organizations[o].id),
                tags: vec![tier.tag().to_owned()],
                created_at: ago(self.now, age),
                // The customer's language, as Zendesk holds it: canned responses in it come first.
                locale: Some(crate::articles::locale(lang).to_owned()),
            });
        }
    }

    pub(super) fn build_macros(&self) -> Vec<Macro> {
        let active = text::MACROS.iter().map(|m| (m, true));
        let retired = text::INACTIVE_MACROS.iter().map(|m| (m, false));
        active
            .chain(retired)
            .enumerate()
            .map(
                |(i, ((title, description, comment, public, extra), active))| {
                    let mut actions = vec![
                        MacroAction {
                            field: "comment_value".to_owned(),
                            value: (*comment).into(),
                        },
                        MacroAction {
                            field: "comment_mode_is_public".to_owned(),
                            value: public.to_string().into(),
                        },
                    ];
                    for (field, value) in extra.iter() {
                        // Zendesk sends group ids as strings; the table names the group.
                        let value = match self.groups.iter().find(|g| g.name == *value) {
                            Some(g) if *field == "group_id" => g.id.to_string(),
                            _ => (*value).to_owned(),
                        };
                        actions.push(MacroAction {
                            field: (*field).to_owned(),
                            value: value.into(),
                        });
                    }
                    Macro {
                        id: MACRO_BASE + 1 + i as u64,
                        title: (*title).to_owned(),
                        active,
                        description: Some((*description).to_owned()),
                        actions,
                    }
                },
            )
            .collect()
    }

    pub(super) fn generate_row(&self, index: usize, count: usize) -> TicketRow {
        const CHANNELS: [(Channel, u32); 7] = [
            (Channel::Email, 40),
            (Channel::Chat, 17),
            (Channel::Voice, 12),
            (Channel::Sms, 10),
            (Channel::Twitter, 6),
            (Channel::Facebook, 6),
            (Channel::Web, 5),
        ];
        const STATUSES: [(Status, u32); 6] = [
            (Status::New, 12),
            (Status::Open, 34),
            (Status::Pending, 16),
            (Status::Hold, 6),
            (Status::Solved, 22),
            (Status::Closed, 10),
        ];
        const PRIORITIES: [(Option<Priority>, u32); 5] = [
            (None, 12),
            (Some(Priority::Low), 14),
            (Some(Priority::Normal), 50),
            (Some(Priority::High), 18),
            (Some(Priority::Urgent), 6),
        ];
        let id = FIRST_TICKET_ID + index as u64;
        let mut r = Rng::derive(self.seed, STREAM_ROW, id);
        // A few regulars file a good share of the tickets, as in real queues.
        let mut requester = if r.chance(0.3) {
            r.index(15)
        } else {
            r.index(self.customers.len())
        };
        let customer = &self.customers[requester];
        let lang = if r.chance(0.85) {
            customer.lang
        } else {
            Lang::En
        };
        let topic = r.pick(&Topic::ALL);
        let channel = r.weighted(&CHANNELS);
        let mut status = r.weighted(&STATUSES);
        let mut priority = r.weighted(&PRIORITIES);
        if topic == Topic::Outage && r.chance(0.6) {
            priority = Some(Priority::Urgent);
        }

        // Ids grow with creation time: spread the tickets over a window that grows with their
        // number (about two hours apart, at least a week, at most two years).
        let count = count.max(1) as i64;
        let span = (count * 2 * HOUR).clamp(7 * DAY, 730 * DAY);
        let slot = (span / count).max(1);
        let created_age = (span - index as i64 * slot - r.between(0, slot)).max(MINUTE);
        // A ticket is only closed some days after it was solved.
        if status == Status::Closed && created_age < 4 * DAY + HOUR {
            status = Status::Solved;
        }
        let updated_age = match status {
            Status::Closed => r.between(4 * DAY, created_age),
            Status::Solved => r.between(0, created_age),
            _ => {
                // Unsolved tickets mostly moved recently.
                let u = r.unit();
                (created_age.min(10 * DAY) as f64 * u * u) as i64
            }
        };

        let group = if customer.tier == Tier::Vip && r.chance(0.6) {
            Some(4)
        } else if status == Status::New && r.chance(0.3) {
            None
        } else {
            Some(match topic {
                Topic::Billing | Topic::Refund => 1,
                Topic::Bug => 2,
                Topic::Outage if r.chance(0.5) => 3,
                Topic::Outage => 2,
                _ => 0,
            })
        };
        let assignee = if status == Status::New || r.chance(0.06) {
            None
        } else if r.chance(0.2) {
            Some(0)
        } else {
            Some(r.pick(&group_members(group)))
        };

        if self.is_hostile(id) {
            // Filed by one of the customers with a hostile name (every tenth one).
            let mut h = Rng::derive(self.seed, STREAM_HOSTILE, id);
            h.next_u64();
            let k = h.index(self.customers.len() / 10);
            requester = (k * 10 + 9).min(self.customers.len() - 1);
        }
        let mut row = TicketRow {
            id,
            requester: requester as u32,
            assignee,
            group: group.map(|g| g as u8),
            status,
            priority,
            channel,
            lang,
            topic,
            created_at: ago(self.now, created_age),
            updated_at: ago(self.now, updated_age),
            next_breach: None,
        };
        row.next_breach = next_breach(&self.slas(&row));
        row
    }
}
