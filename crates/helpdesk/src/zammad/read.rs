//! Reading: pages of tickets, searches and counts, articles, the agent and their groups; a
//! conversation, a customer.

use super::*;

impl Zammad {
    /// Tickets of a search or overview answer, in its order, with names from its assets.
    pub(super) async fn tickets_of(&self, ids: &[u64], assets: wire::Assets) -> Vec<Ticket> {
        self.page_of(ids, assets).await.items
    }

    /// The tickets `ids` names, in that order, from the answer's assets (each record read on its
    /// own); a listed ticket whose record could not be read is left out and counted.
    pub(super) async fn page_of(&self, ids: &[u64], mut assets: wire::Assets) -> Page<Ticket> {
        let mut tickets = std::mem::take(&mut assets.tickets);
        self.remember_assets(&mut assets);
        let dir = self.directory().await;
        let items: Vec<Ticket> = ids
            .iter()
            .filter_map(|id| tickets.remove(id))
            .map(|t| self.map_ticket(t, &dir))
            .collect();
        Page {
            skipped: ids.len() - items.len(),
            items,
            next: None,
            total: None,
        }
    }

    /// One page of a ticket search with assets (`full=true`).
    pub(super) async fn search_page(
        &self,
        query: &str,
        page: u64,
        per_page: u64,
        sort_by: &str,
        order_by: &str,
    ) -> Result<wire::SearchResult> {
        let p = page.to_string();
        let pp = per_page.to_string();
        let v: Value = self
            .get(
                "tickets/search",
                &[
                    ("query", query),
                    ("full", "true"),
                    ("with_total_count", "true"),
                    ("sort_by", sort_by),
                    ("order_by", order_by),
                    ("page", &p),
                    ("per_page", &pp),
                ],
            )
            .await?;
        wire::SearchResult::of(&v).ok_or_else(|| {
            HelpdeskError::new(
                ErrorKind::Protocol,
                "unexpected ticket search answer from Zammad",
            )
        })
    }

    pub(super) async fn search_tickets(
        &self,
        query: &str,
        per_page: u64,
        sort_by: &str,
    ) -> Result<Vec<Ticket>> {
        let r = self
            .search_page(query, 1, per_page, sort_by, "desc")
            .await?;
        Ok(self.tickets_of(&r.ids, r.assets).await)
    }

    pub(super) async fn count(&self, query: &str) -> Result<Option<u64>> {
        let c: wire::TotalCount = self
            .get(
                "tickets/search",
                &[("query", query), ("only_total_count", "true")],
            )
            .await?;
        Ok(c.total_count)
    }

    pub(super) async fn articles(&self, ticket: u64) -> Result<Vec<wire::Article>> {
        self.list(
            &format!("ticket_articles/by_ticket/{ticket}"),
            &[],
            |a: &wire::Article| a.id,
        )
        .await
    }

    pub(super) async fn me_user(&self) -> Result<wire::User> {
        self.get("users/me", &[]).await
    }

    /// Groups the agent may work in, by name, from their own record (no `admin.group` needed).
    pub(super) async fn my_groups(&self) -> Result<Vec<crate::Group>> {
        let me: wire::User = self.get("users/me", &[("expand", "true")]).await?;
        let mut names: Vec<String> = me
            .groups
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        names.sort();
        Ok(names
            .into_iter()
            .map(|n| crate::Group {
                id: Id::from(n.clone()),
                name: n,
            })
            .collect())
    }

    pub(super) async fn read_messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        let n = parse_id(ticket, "ticket")?;
        let articles = self.articles(n).await.map_err(|e| not_found_as(e, n))?;
        self.look_up_users(articles.iter().filter_map(|a| a.created_by_id))
            .await;
        let mut out: Vec<Message> = articles
            .into_iter()
            .map(|a| {
                let author = match a.created_by_id.and_then(|u| self.cached_user(u)) {
                    Some(u) => Some(party_of(&u)),
                    None => a
                        .from
                        .as_deref()
                        .map(parse_from)
                        .map(|(name, email)| PartyRef {
                            id: Id::from(a.created_by_id.unwrap_or(0)),
                            name: Str::interned(&name),
                            email: Str::interned_opt(email.as_deref()),
                        }),
                };
                Message {
                    id: Id::from(a.id),
                    author,
                    visibility: if a.internal {
                        Visibility::Internal
                    } else {
                        Visibility::Public
                    },
                    channel: a
                        .kind
                        .clone()
                        .or_else(|| a.type_id.and_then(default_article_type).map(str::to_string))
                        .and_then(|k| channel_of(&k)),
                    created_at: a.created_at.unwrap_or(crate::UNKNOWN_TIME),
                    body: body_text(&a),
                    stored_digest: a.body.as_deref().map(crate::text_digest),
                    attachments: a
                        .attachments
                        .iter()
                        .filter(|f| !is_inline(f))
                        .filter_map(|f| attachment_of(n, a.id, f))
                        .collect(),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            a.created_at
                .cmp(&b.created_at)
                .then_with(|| a.id.0.parse::<u64>().ok().cmp(&b.id.0.parse::<u64>().ok()))
        });
        Ok(out)
    }

    pub(super) async fn read_customer(&self, id: &Id) -> Result<Customer> {
        let n = parse_id(id, "user")?;
        let user: wire::User = self.get(&format!("users/{n}"), &[]).await.map_err(|e| {
            if e.kind == ErrorKind::NotFound {
                HelpdeskError::new(ErrorKind::NotFound, format!("no user {n} in Zammad"))
            } else {
                e
            }
        })?;
        self.remember_user(user.clone());
        // The organization and the counts are extra: a failed lookup leaves that piece out
        // (and says so), it never fails the customer.
        let mut missing = vec![];
        let org = match user.organization_id {
            Some(o) => match self
                .get::<wire::Organization>(&format!("organizations/{o}"), &[])
                .await
            {
                Ok(org) => Some(org),
                Err(e) if e.kind == ErrorKind::NotFound => None,
                Err(e) => {
                    tracing::warn!("zammad: a user's organization: {:?}", e.kind);
                    missing.push(crate::Missing::Organization);
                    None
                }
            },
            None => None,
        };
        let counted = ["tickets_open", "tickets_closed"]
            .iter()
            .map(|k| user.preferences.get(k).and_then(Value::as_u64))
            .collect::<Option<Vec<u64>>>()
            .map(|v| v.iter().sum());
        let lifetime_tickets = match counted {
            Some(n) => Some(n),
            None => match self.count(&format!("customer_id:{n}")).await {
                Ok(count) => count,
                Err(e) => {
                    tracing::warn!("zammad: a user's ticket count: {:?}", e.kind);
                    missing.push(crate::Missing::TicketCount);
                    None
                }
            },
        };
        let p = party_of(&user);
        Ok(Customer {
            id: p.id,
            name: p.name.to_string(),
            email: user.email.clone(),
            phone: user.phone.clone().or(user.mobile.clone()),
            tier: tier_of(&user, org.as_ref()),
            organization: org.map(|o| Organization {
                id: Id::from(o.id),
                name: o.name.unwrap_or_else(|| format!("organization {}", o.id)),
                domains: o.domain.into_iter().collect(),
            }),
            lifetime_tickets,
            created_at: user.created_at.unwrap_or(crate::UNKNOWN_TIME),
            locale: user.preferences["locale"].as_str().map(str::to_string),
            missing,
        })
    }
}
