//! Reading: a conversation (its comments page by page), a customer with their organization and
//! counts.

use super::*;

impl Zendesk {
    pub(super) async fn read_messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        let path = format!("tickets/{}/comments.json", parse_id(ticket)?);
        let mut out = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            // Without the authors once people are known (the requester and the agents, read
            // before: 150 bytes a conversation over a poor link); a page by someone not known
            // yet is asked again with them.
            let slim = !self.known().is_empty();
            let mut page = self.comments_page(&path, cursor.as_deref(), !slim).await?;
            let unknown = slim && {
                let known = self.known();
                page.comments.iter().any(|c| !known.knows(c.author_id))
            };
            if unknown {
                page = self.comments_page(&path, cursor.as_deref(), true).await?;
            }
            self.learn(page.users.iter());
            let mut names = Names::from_sideloads(page.users, vec![], vec![]);
            self.known()
                .name(&mut names, page.comments.iter().map(|c| c.author_id));
            if page.comments.skipped > 0 {
                tracing::warn!(
                    "zendesk: {} comment(s) of a ticket could not be read",
                    page.comments.skipped
                );
            }
            out.extend(page.comments.into_iter().map(|c| {
                let author = names.party(c.author_id);
                message_of(c, author)
            }));
            match (page.meta.has_more, page.meta.after_cursor) {
                (true, Some(next)) => cursor = Some(next),
                _ => return Ok(out),
            }
        }
    }

    async fn comments_page(
        &self,
        path: &str,
        after: Option<&str>,
        with_authors: bool,
    ) -> Result<wire::CommentsPage> {
        let mut query = vec![("page[size]", PAGE_SIZE)];
        if with_authors {
            query.push(("include", "users"));
        }
        if let Some(c) = after {
            query.push(("page[after]", c));
        }
        self.get(path, &query).await
    }

    pub(super) async fn read_customer(&self, id: &Id) -> Result<Customer> {
        let uid = parse_id(id)?;
        // One round trip: the user with their organization sideloaded, and the counts beside it.
        let (user, count) = tokio::join!(self.user_of(uid), self.requested_count(uid));
        self.customer_of(user?, count).await
    }

    /// The customer and their latest tickets in one round trip: one offset page as big as the
    /// panel's rows (over a poor link 25 tickets, each with its first message, were 1.8 kB an
    /// opened ticket), most recently updated first (Zendesk sorts a list by `sort_by` when it
    /// pages by offset; a cursor page keeps its own order). Its `count` is how many they have
    /// asked in all; only an answer without it costs the `related` request.
    pub(super) async fn read_customer_with_tickets(
        &self,
        id: &Id,
        want: usize,
    ) -> Result<(Customer, Vec<Ticket>)> {
        let uid = parse_id(id)?;
        let path = format!("users/{uid}/tickets/requested.json");
        let size = want.clamp(1, 100).to_string();
        // No sideloads: the panel lists a ticket by number, status and subject. The requester is
        // the user read beside them; the assignees, groups, organizations and SLAs would be 150
        // to 250 bytes an opened ticket over a poor link, for nothing shown (a ticket opened from
        // the panel is read whole). Names known already are used all the same.
        let query = [
            ("per_page", size.as_str()),
            ("sort_by", "updated_at"),
            ("sort_order", "desc"),
        ];
        let (user, page) = tokio::join!(
            self.user_of(uid),
            self.get::<wire::TicketsPage>(&path, &query)
        );
        let (user, page) = (user?, page?);
        let count = match page.count {
            Some(n) => Ok(n),
            None => self.requested_count(uid).await,
        };
        let tickets = page.tickets;
        let organizations: Vec<_> = {
            let known = self.known();
            tickets
                .iter()
                .filter_map(|t| known.organization(t.organization_id?))
                .collect()
        };
        let mut names =
            Names::from_sideloads(vec![], vec![], organizations).with(self.custom_statuses().await);
        self.known()
            .name(&mut names, tickets.iter().flat_map(people_of));
        let tickets = tickets.into_iter().map(|t| names.ticket(t)).collect();
        Ok((self.customer_of(user, count).await?, tickets))
    }

    /// The user with their organization: as remembered when both were sideloaded with a view
    /// or a ticket (re-read with every view refresh), else read.
    async fn user_of(&self, uid: u64) -> Result<wire::UserEnvelope> {
        let known = self.known().customer(uid);
        match known {
            Some(user) => Ok(user),
            None => self.read_user(uid).await,
        }
    }

    async fn read_user(&self, uid: u64) -> Result<wire::UserEnvelope> {
        let path = format!("users/{uid}.json");
        let user: wire::UserEnvelope = self.get(&path, &[("include", "organizations")]).await?;
        self.learn([&user.user]);
        self.learn_organizations(&user.organizations);
        Ok(user)
    }

    /// How many tickets the user has asked, from `users/{id}/related`.
    async fn requested_count(&self, uid: u64) -> Result<u64> {
        let path = format!("users/{uid}/related.json");
        let related: wire::UserRelatedEnvelope = self.get(&path, &[]).await?;
        Ok(related.user_related.requested_tickets)
    }

    /// The customer from their user record and ticket count (a failed count is left out, and
    /// said; it never fails the customer).
    async fn customer_of(&self, user: wire::UserEnvelope, count: Result<u64>) -> Result<Customer> {
        let wire::UserEnvelope {
            user,
            organizations,
        } = user;
        let mut missing = vec![];
        let lifetime_tickets = match count {
            Ok(n) => Some(n),
            Err(e) => {
                tracing::warn!("zendesk: a user's ticket count: {:?}", e.kind);
                missing.push(crate::Missing::TicketCount);
                None
            }
        };
        let sideloaded = organizations
            .into_iter()
            .find(|o| Some(o.id) == user.organization_id);
        let organization = match (user.organization_id, sideloaded) {
            (Some(_), Some(o)) => Some(Organization {
                id: Id::from(o.id),
                name: o.name,
                domains: o.domain_names,
            }),
            // Not sideloaded (an account or proxy that ignores `include`): asked on its own.
            (Some(oid), None) => {
                let org: Result<wire::OrganizationEnvelope> =
                    self.get(&format!("organizations/{oid}.json"), &[]).await;
                match org {
                    Ok(org) => Some(Organization {
                        id: Id::from(org.organization.id),
                        name: org.organization.name,
                        domains: org.organization.domain_names,
                    }),
                    Err(e) => {
                        tracing::warn!("zendesk: a user's organization: {:?}", e.kind);
                        missing.push(crate::Missing::Organization);
                        None
                    }
                }
            }
            (None, _) => None,
        };
        Ok(Customer {
            id: Id::from(user.id),
            tier: tier_of(&user.tags),
            name: user.name,
            email: user.email,
            phone: user.phone,
            organization,
            lifetime_tickets,
            created_at: user.created_at,
            locale: user.locale,
            missing,
        })
    }
}
