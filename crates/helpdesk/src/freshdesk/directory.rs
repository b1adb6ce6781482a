//! The groups and statuses read once a session, and the contacts and companies met: names without a
//! request each.

use super::*;

/// Agents, groups and custom status labels: read once per session.
#[derive(Default)]
pub(super) struct Directory {
    pub(super) agents: HashMap<u64, Agent>,
    pub(super) groups: Vec<(u64, String)>,
    /// Status id → agent label, for custom statuses (6, 7, ...).
    pub(super) statuses: HashMap<u64, String>,
}

impl Directory {
    pub(super) fn group(&self, id: u64) -> Option<String> {
        self.groups
            .iter()
            .find(|(g, _)| *g == id)
            .map(|(_, n)| n.clone())
    }

    pub(super) fn custom_status_ids(&self) -> Vec<u64> {
        let mut ids: Vec<u64> = self.statuses.keys().copied().filter(|s| *s > 5).collect();
        ids.sort_unstable();
        ids
    }
}

/// A contact as far as tix knows it.
#[derive(Debug, Clone, Default)]
pub(super) struct Person {
    pub(super) name: Option<String>,
    pub(super) email: Option<String>,
    pub(super) company_id: Option<u64>,
    /// Known only once the full contact was read.
    pub(super) tier: Option<Tier>,
}

impl Freshdesk {
    /// Agents, groups and custom status labels, read once. A part that cannot be read (an agent
    /// without the right to list agents) is left empty; a transient failure is tried again on the
    /// next call.
    pub(super) async fn directory(&self) -> Arc<Directory> {
        if let Some(d) = self.directory.lock().ok().and_then(|g| g.clone()) {
            return d;
        }
        let (agents, groups, fields) = tokio::join!(
            self.list::<wire::AgentRecord>("agents", &[], MAX_LIST_PAGES),
            self.list::<wire::Group>("groups", &[], MAX_LIST_PAGES),
            self.get::<Vec<wire::TicketField>>("ticket_fields", &[]),
        );
        let transient = agents.as_ref().is_err_and(HelpdeskError::is_transient)
            || groups.as_ref().is_err_and(HelpdeskError::is_transient)
            || fields.as_ref().is_err_and(HelpdeskError::is_transient);
        let dir = Arc::new(Directory {
            agents: agents
                .map(|(list, _)| list)
                .unwrap_or_default()
                .into_iter()
                .map(|a| (a.id, agent_of(a)))
                .collect(),
            groups: groups
                .map(|(list, _)| list)
                .unwrap_or_default()
                .into_iter()
                .map(|g| (g.id, g.name.unwrap_or_else(|| format!("group {}", g.id))))
                .collect(),
            statuses: fields.map(|f| status_labels(&f)).unwrap_or_default(),
        });
        if !transient && let Ok(mut slot) = self.directory.lock() {
            *slot = Some(dir.clone());
        }
        dir
    }

    pub(super) fn remember_contact(&self, id: u64, person: Person) {
        if let Ok(mut map) = self.contacts.lock() {
            if map.len() > 5000 {
                map.clear();
            }
            let entry = map.entry(id).or_default();
            // An embedded requester knows less than a full contact: keep what is known.
            entry.name = person.name.or(entry.name.take());
            entry.email = person.email.or(entry.email.take());
            entry.company_id = person.company_id.or(entry.company_id);
            entry.tier = person.tier.or(entry.tier);
        }
    }

    pub(super) fn contact(&self, id: u64) -> Option<Person> {
        self.contacts.lock().ok()?.get(&id).cloned()
    }

    pub(super) fn remember_company(&self, id: u64, name: String) {
        if let Ok(mut map) = self.companies.lock() {
            if map.len() > 5000 {
                map.clear();
            }
            map.insert(id, name);
        }
    }

    pub(super) fn company(&self, id: u64) -> Option<String> {
        self.companies.lock().ok()?.get(&id).cloned()
    }

    /// Reads up to `MAX_CONTACT_LOOKUPS` requesters tix has no name for, unless the minute's API
    /// budget runs low. Failures only leave the names unknown.
    pub(super) async fn look_up_requesters(&self, tickets: &[wire::Ticket]) {
        let mut seen = HashSet::new();
        let unknown: Vec<u64> = tickets
            .iter()
            .filter(|t| t.requester.is_none())
            .filter_map(|t| t.requester_id)
            .filter(|id| seen.insert(*id))
            .filter(|id| self.contact(*id).is_none_or(|p| p.name.is_none()))
            .take(MAX_CONTACT_LOOKUPS)
            .collect();
        for chunk in unknown.chunks(4) {
            if self.budget_low() {
                return;
            }
            let paths: Vec<String> = chunk.iter().map(|id| format!("contacts/{id}")).collect();
            let found = futures_util::future::join_all(
                paths.iter().map(|p| self.get::<wire::Contact>(p, &[])),
            )
            .await;
            for contact in found.into_iter().flatten() {
                self.remember_full_contact(&contact);
            }
        }
    }

    pub(super) fn remember_full_contact(&self, c: &wire::Contact) {
        self.remember_contact(
            c.id,
            Person {
                name: nonempty(c.name.as_deref()),
                email: nonempty(c.email.as_deref()),
                company_id: c.company_id,
                tier: Some(tier_of(&c.custom_fields, &c.tags).unwrap_or(Tier::Standard)),
            },
        );
    }
}
