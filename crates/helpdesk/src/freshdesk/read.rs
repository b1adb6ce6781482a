//! Reading: search pages, a customer's tickets and ratings, the agent; a conversation, a customer,
//! canned responses.

use super::*;

impl Freshdesk {
    pub(super) async fn search_page(&self, query: &str, page: u64) -> Result<wire::SearchPage> {
        if page == 1
            && let Ok(mut stash) = self.stash.lock()
            && let Some((q, at, _)) = stash.as_ref()
            && q == query
            && at.elapsed() < STASH_TTL
            && let Some((_, _, p)) = stash.take()
        {
            return Ok(p);
        }
        let p = page.to_string();
        self.get("search/tickets", &[("query", &quoted(query)), ("page", &p)])
            .await
    }

    /// Tickets of a requester, all time (not just Freshdesk's default 30 days).
    pub(super) async fn requested(
        &self,
        customer: u64,
        per_page: &str,
    ) -> Result<Vec<wire::Ticket>> {
        let id = customer.to_string();
        let tickets: Items<wire::Ticket> = self
            .get(
                "tickets",
                &[
                    ("requester_id", &id),
                    ("updated_since", ALL_TIME),
                    ("order_by", "created_at"),
                    ("order_type", "desc"),
                    ("include", "stats"),
                    ("per_page", per_page),
                ],
            )
            .await?;
        Ok(tickets.items)
    }

    /// Ticket id → "good"/"bad" from the customer's satisfaction ratings (newest wins).
    pub(super) async fn ratings_of(&self, customer: u64) -> HashMap<u64, String> {
        let id = customer.to_string();
        let Ok(mut ratings) = self
            .get::<Vec<wire::SatisfactionRating>>(
                "surveys/satisfaction_ratings",
                &[("user_id", &id)],
            )
            .await
        else {
            return HashMap::new();
        };
        ratings.sort_by_key(|r| r.id);
        let mut out = HashMap::new();
        for r in ratings {
            if let (Some(ticket), Some(score)) = (r.ticket_id, score_of(&r.ratings)) {
                out.insert(ticket, score.to_string());
            }
        }
        out
    }

    pub(super) async fn me_record(&self) -> Result<wire::AgentRecord> {
        self.get("agents/me", &[]).await
    }

    pub(super) async fn read_messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        let n = parse_id(ticket, "ticket")?;
        let ticket_path = format!("tickets/{n}");
        let conversations_path = format!("tickets/{n}/conversations");
        let (t, conversations, dir) = tokio::join!(
            self.get::<wire::Ticket>(&ticket_path, &[("include", "requester")]),
            self.list::<wire::Conversation>(&conversations_path, &[], MAX_LIST_PAGES),
            self.directory(),
        );
        let t = t.map_err(|e| not_found_as(e, "ticket", n))?;
        let (conversations, _) = conversations.map_err(|e| not_found_as(e, "ticket", n))?;
        let mut out = Vec::with_capacity(conversations.len() + 1);
        // Freshdesk keeps the first message as the ticket's description.
        let requester = self.map_ticket(t.clone(), &dir).requester;
        let description = plain(t.description_text.as_deref(), t.description.as_deref());
        if !description.trim().is_empty() || !t.attachments.is_empty() {
            out.push(Message {
                id: Id::from(format!("{n}-description")),
                author: requester.clone(),
                visibility: Visibility::Public,
                channel: t.source.map(channel_of),
                created_at: t.created_at.unwrap_or(crate::UNKNOWN_TIME),
                body: description,
                stored_digest: None,
                attachments: t.attachments.iter().filter_map(attachment_of).collect(),
            });
        }
        for c in conversations {
            let author = match c.user_id {
                Some(u) if Some(u) == t.requester_id => requester.clone(),
                Some(u) => {
                    let mut p = self.party(u, &dir);
                    if p.name.starts_with("contact ")
                        && let Some(from) = nonempty(c.from_email.as_deref())
                    {
                        p.name = from.clone().into();
                        p.email = Some(from.into());
                    }
                    Some(p)
                }
                // From outside and nobody named: the requester wrote it.
                None if c.incoming => requester.clone(),
                None => None,
            };
            out.push(Message {
                id: Id::from(c.id),
                author,
                visibility: if c.private {
                    Visibility::Internal
                } else {
                    Visibility::Public
                },
                channel: conversation_channel(&c),
                created_at: c.created_at.unwrap_or(crate::UNKNOWN_TIME),
                body: plain(c.body_text.as_deref(), c.body.as_deref()),
                // tix sends HTML (Freshdesk wants it); the plain text Freshdesk keeps beside it is
                // what compares with the text that was typed.
                stored_digest: c
                    .body_text
                    .as_deref()
                    .or(c.body.as_deref())
                    .map(crate::text_digest),
                attachments: c.attachments.iter().filter_map(attachment_of).collect(),
            });
        }
        out.sort_by_key(|m| m.created_at);
        Ok(out)
    }

    pub(super) async fn read_customer(&self, id: &Id) -> Result<Customer> {
        let n = parse_id(id, "contact")?;
        let contact: wire::Contact = self
            .get(&format!("contacts/{n}"), &[])
            .await
            .map_err(|e| not_found_as(e, "contact", n))?;
        self.remember_full_contact(&contact);
        let nid = n.to_string();
        let company_path = contact.company_id.map(|c| format!("companies/{c}"));
        let count_query = [("requester_id", nid.as_str()), ("updated_since", ALL_TIME)];
        let (company, count) = tokio::join!(
            async {
                match &company_path {
                    Some(p) => self.get::<wire::Company>(p, &[]).await.map(Some),
                    None => Ok(None),
                }
            },
            self.list::<IgnoredAny>("tickets", &count_query, MAX_COUNT_PAGES),
        );
        let mut missing = vec![];
        let organization = match company {
            Ok(Some(c)) => {
                let name =
                    nonempty(c.name.as_deref()).unwrap_or_else(|| format!("company {}", c.id));
                self.remember_company(c.id, name.clone());
                Some(Organization {
                    id: Id::from(c.id),
                    name,
                    domains: c.domains,
                })
            }
            Ok(None) => None,
            // A deleted company should not hide the customer.
            Err(e) if e.kind == ErrorKind::NotFound => None,
            // Nor one that could not be read: that piece is said to be missing.
            Err(e) => {
                tracing::warn!("freshdesk: a contact's company: {:?}", e.kind);
                missing.push(crate::Missing::Organization);
                None
            }
        };
        let lifetime_tickets = match count {
            Ok((tickets, _)) => Some(tickets.len() as u64),
            Err(e) => {
                tracing::warn!("freshdesk: a contact's ticket count: {:?}", e.kind);
                missing.push(crate::Missing::TicketCount);
                None
            }
        };
        Ok(Customer {
            id: Id::from(contact.id),
            name: nonempty(contact.name.as_deref())
                .or_else(|| nonempty(contact.email.as_deref()))
                .unwrap_or_else(|| format!("contact {}", contact.id)),
            email: nonempty(contact.email.as_deref()),
            phone: nonempty(contact.phone.as_deref())
                .or_else(|| nonempty(contact.mobile.as_deref())),
            organization,
            tier: tier_of(&contact.custom_fields, &contact.tags).unwrap_or(Tier::Standard),
            lifetime_tickets,
            created_at: contact.created_at.unwrap_or(crate::UNKNOWN_TIME),
            locale: contact.language,
            missing,
        })
    }

    pub(super) async fn read_canned(&self) -> Result<Vec<CannedResponse>> {
        let admin_only = |e: HelpdeskError| {
            if e.kind == ErrorKind::Permission {
                HelpdeskError::new(
                    ErrorKind::Permission,
                    format!(
                        "Freshdesk lets only admins read canned responses through its API ({})",
                        e.message
                    ),
                )
            } else {
                e
            }
        };
        let folders: Vec<wire::CannedFolder> = self
            .get("canned_response_folders", &[])
            .await
            .map_err(admin_only)?;
        let folders: Vec<wire::CannedFolder> = folders
            .into_iter()
            .filter(|f| f.responses_count != Some(0))
            .collect();
        let mut out = Vec::new();
        for chunk in folders.chunks(4) {
            let paths: Vec<String> = chunk
                .iter()
                .map(|f| format!("canned_response_folders/{}/responses", f.id))
                .collect();
            let answers = futures_util::future::join_all(
                paths
                    .iter()
                    .map(|p| self.get::<Vec<wire::CannedResponse>>(p, &[])),
            )
            .await;
            for (folder, answer) in chunk.iter().zip(answers) {
                let responses = answer.map_err(admin_only)?;
                out.extend(
                    responses.into_iter().map(|r| CannedResponse {
                        id: Id::from(r.id),
                        title: nonempty(r.title.as_deref())
                            .unwrap_or_else(|| format!("response {}", r.id)),
                        folder: nonempty(folder.name.as_deref()),
                        body: translate_placeholders(&plain(
                            r.content.as_deref(),
                            r.content_html.as_deref(),
                        )),
                        syntax: PlaceholderSyntax::DoubleBrace,
                        language: None,
                        sets_status: None,
                        kind: crate::CannedKind::Text,
                    }),
                );
            }
        }
        Ok(out)
    }
}
