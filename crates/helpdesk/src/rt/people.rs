//! People: the privileged users who can own tickets, and a user as shown.

use super::*;

impl Rt {
    /// Members of RT's Privileged group (who can own tickets). Needs SeeGroup and
    /// AdminGroupMembership, which plain agents often lack.
    pub(super) async fn privileged_users(&self) -> Result<Vec<Agent>> {
        let query = json!([
            {"field": "Domain", "value": "SystemInternal"},
            {"field": "Name", "value": "Privileged"}
        ])
        .to_string();
        let groups: wire::Collection<wire::Ref> = self
            .get("groups", &[("query", &query), ("fields", "Name")])
            .await?;
        let Some(group) = groups.items.first().filter(|g| is_number(&g.id)) else {
            return Ok(vec![]);
        };
        let mut ids = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Ref> = self
                .get(
                    &format!("group/{}/members", group.id),
                    &[("groups", "0"), ("per_page", "100"), ("page", &p)],
                )
                .await?;
            let more = has_more(&c, page);
            ids.extend(c.items.into_iter().map(|r| r.id));
            if !more {
                break;
            }
        }
        // The member list has ids only; RT 5.0.3 cannot search users by id, so read each one
        // (a few at a time: the server has few workers).
        let mut agents = Vec::new();
        let paths: Vec<String> = ids
            .iter()
            .map(|id| format!("user/{}", segment(id)))
            .collect();
        for chunk in paths.chunks(4) {
            let users = futures_util::future::join_all(
                chunk.iter().map(|path| self.get::<wire::User>(path, &[])),
            )
            .await;
            for user in users {
                let user = user?;
                if user.disabled != "1" && !is_system_user(&user.name) {
                    agents.push(agent_of(user));
                }
            }
        }
        Ok(agents)
    }

    /// When the Privileged group is out of reach: whoever owns tickets lately, and the agent.
    /// RT 5.0's REST2 cannot search users by privilege nor list that group's members, so the
    /// owners come from tickets: a small page of the most recently updated owned tickets with
    /// only the owner's name and address, then again without the owners found, until a page
    /// brings no one new (each round finds at least one agent; a page of 100 tickets with their
    /// owners is 26 kB, a round of this about 3 kB).
    pub(super) async fn owners_and_me(&self) -> Result<Vec<Agent>> {
        let mut agents = vec![self.me().await?];
        let mut found: Vec<String> = vec![];
        let per_page = OWNERS_PER_ROUND.to_string();
        for _ in 0..MAX_OWNER_ROUNDS {
            let mut sql = "Owner != 'Nobody' AND Owner != 'RT_System'".to_string();
            for name in &found {
                sql.push_str(&format!(" AND Owner != {}", quote(name)));
            }
            let c: wire::Collection<wire::Ticket> = self
                .get(
                    "tickets",
                    &[
                        ("query", &sql),
                        ("fields", "Owner"),
                        ("fields[Owner]", "RealName,EmailAddress"),
                        ("orderby", "LastUpdated"),
                        ("order", "DESC"),
                        ("per_page", &per_page),
                    ],
                )
                .await?;
            let before = found.len();
            for owner in c.items.iter().filter_map(|t| t.owner.as_ref()) {
                if let Some(p) = party(owner)
                    && !is_system_user(&p.id.0)
                    && !found.iter().any(|f| *f == *p.id.0)
                {
                    found.push(p.id.0.to_string());
                    agents.push(Agent {
                        id: p.id,
                        name: p.name.to_string(),
                        email: p.email.map(|s| s.to_string()),
                    });
                }
            }
            // A short page was every owned ticket left; a page of no one new ends it too (should
            // RT ever skip a clause).
            if found.len() == before || c.items.len() < OWNERS_PER_ROUND as usize {
                break;
            }
        }
        Ok(agents)
    }

    /// A customer with the fields the customer panel shows: by name a search that sends only
    /// those (the user's record is half as big again); RT 5.0 cannot search users by number.
    pub(super) async fn user_shown(&self, who: &str) -> Result<wire::User> {
        if is_number(who) {
            return self.get(&format!("user/{}", segment(who)), &[]).await;
        }
        let query = json!([{"field": "Name", "value": who}]).to_string();
        let found = self
            .get::<wire::Collection<wire::User>>(
                "users",
                &[
                    ("query", &query),
                    ("fields", CUSTOMER_FIELDS),
                    ("per_page", "1"),
                ],
            )
            .await;
        match found {
            Ok(c) => {
                if let Some(u) = c
                    .items
                    .into_iter()
                    .find(|u| u.name.eq_ignore_ascii_case(who))
                {
                    return Ok(u);
                }
            }
            Err(e) if !matches!(e.kind, ErrorKind::Permission | ErrorKind::NotFound) => {
                return Err(e);
            }
            Err(_) => {}
        }
        // Not found so (or searching users is not allowed here): the record says which.
        self.get(&format!("user/{}", segment(who)), &[]).await
    }
}

/// Requesters' tiers, by user name, as far as RT was asked: `None` for one without a Tier.
#[derive(Default)]
pub(super) struct Tiers {
    known: HashMap<String, Option<Tier>>,
    /// RT refused the user search (an agent without the right to see users): rows go without
    /// the tier mark rather than ask again on every page.
    refused: bool,
}

/// Names a tier search asks about at once (they travel in the URL).
const TIER_NAMES: usize = 50;

impl Rt {
    /// Rows with their requester's Tier, a user custom field. It is asked apart, once per
    /// requester, and RT answers only for those who have one: as each row's own
    /// `fields[Requestor]=CustomFields` it cost about 350 bytes a row. When RT will not say,
    /// the rows go without it (the tier is a mark and an order key, not a reason to fail).
    pub(super) async fn with_tiers(&self, rows: Vec<wire::Ticket>) -> Vec<Ticket> {
        let unknown: Vec<String> = {
            let tiers = self.tiers.lock().unwrap_or_else(|e| e.into_inner());
            let mut seen = HashSet::new();
            rows.iter()
                .flat_map(|t| t.requestor.iter().map(|r| r.id.trim()))
                .filter(|n| !n.is_empty() && !tiers.known.contains_key(*n) && seen.insert(*n))
                .map(String::from)
                .collect()
        };
        let refused = self.tiers.lock().map(|t| t.refused).unwrap_or(false);
        if !unknown.is_empty() && !refused {
            match self.read_tiers(&unknown).await {
                Ok(found) => {
                    let mut tiers = self.tiers.lock().unwrap_or_else(|e| e.into_inner());
                    for name in unknown {
                        let tier = found.get(&name).copied();
                        tiers.known.insert(name, tier);
                    }
                }
                Err(e) => {
                    tracing::debug!("RT: requesters' tiers not read: {e}");
                    if matches!(e.kind, ErrorKind::Permission | ErrorKind::Invalid) {
                        self.tiers.lock().unwrap_or_else(|e| e.into_inner()).refused = true;
                    }
                }
            }
        }
        let tiers = self.tiers.lock().unwrap_or_else(|e| e.into_inner());
        rows.into_iter()
            .map(|t| {
                let tier = t
                    .requestor
                    .iter()
                    .find_map(|r| tiers.known.get(r.id.trim()).copied().flatten());
                let mut ticket = ticket_of(t);
                ticket.requester_tier = ticket.requester_tier.or(tier);
                ticket
            })
            .collect()
    }

    /// Of these users, those with a Tier and what it is: one search for up to `TIER_NAMES`
    /// names, with only their custom fields. (RT skips a condition on a custom field it does not
    /// have: then every user comes back, without one.)
    async fn read_tiers(&self, names: &[String]) -> Result<HashMap<String, Tier>> {
        let mut found = HashMap::new();
        for chunk in names.chunks(TIER_NAMES) {
            let query = json!([
                {"field": "Name", "operator": "IN", "value": chunk},
                {"field": "CustomField.{Tier}", "operator": "IS NOT", "value": "NULL"}
            ])
            .to_string();
            let c: wire::Collection<wire::UserRef> = self
                .get(
                    "users",
                    &[
                        ("query", &query),
                        ("fields", "CustomFields"),
                        ("per_page", "100"),
                    ],
                )
                .await?;
            found.extend(
                c.items
                    .into_iter()
                    .filter_map(|u| Some((u.id.trim().to_string(), tier_field(&u.custom_fields)?))),
            );
        }
        Ok(found)
    }
}
