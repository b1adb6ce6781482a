//! The states and priorities read once a session, and the users and organizations met: names
//! without a request each.

use super::*;

/// States and priorities, read once per session.
#[derive(Default)]
pub(super) struct Directory {
    /// State id → (name, state type name).
    pub(super) states: HashMap<u64, (String, Option<String>)>,
    pub(super) priorities: Vec<(u64, String)>,
}

impl Directory {
    pub(super) fn state(&self, id: u64) -> Option<&(String, Option<String>)> {
        self.states.get(&id)
    }

    pub(super) fn state_type_of_name(&self, name: &str) -> Option<&str> {
        self.states
            .values()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .and_then(|(_, t)| t.as_deref())
    }

    pub(super) fn priority(&self, id: u64) -> Option<&str> {
        self.priorities
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, n)| n.as_str())
    }
}

impl Zammad {
    /// States and priorities, read once; a transient failure is tried again on the next call.
    pub(super) async fn directory(&self) -> Arc<Directory> {
        if let Some(d) = self.directory.lock().ok().and_then(|g| g.clone()) {
            return d;
        }
        let (states, priorities) = tokio::join!(
            self.get::<Vec<wire::State>>("ticket_states", &[("expand", "true")]),
            self.get::<Vec<wire::PriorityRecord>>("ticket_priorities", &[]),
        );
        let transient = states.as_ref().is_err_and(HelpdeskError::is_transient)
            || priorities.as_ref().is_err_and(HelpdeskError::is_transient);
        let dir = Arc::new(Directory {
            states: states
                .unwrap_or_default()
                .into_iter()
                .filter_map(|s| {
                    let name = s.name?;
                    let kind = s.state_type.or_else(|| {
                        s.state_type_id
                            .and_then(default_state_type)
                            .map(str::to_string)
                    });
                    Some((s.id, (name, kind)))
                })
                .collect(),
            priorities: priorities
                .unwrap_or_default()
                .into_iter()
                .filter(|p| p.active != Some(false))
                .filter_map(|p| Some((p.id, p.name?)))
                .collect(),
        });
        if !transient && let Ok(mut slot) = self.directory.lock() {
            *slot = Some(dir.clone());
        }
        dir
    }

    pub(super) fn remember_user(&self, u: wire::User) {
        if let Ok(mut map) = self.users.lock() {
            if map.len() > 5000 {
                map.clear();
            }
            map.insert(u.id, u);
        }
    }

    pub(super) fn cached_user(&self, id: u64) -> Option<wire::User> {
        self.users.lock().ok()?.get(&id).cloned()
    }

    pub(super) fn cached_organization(&self, id: u64) -> Option<wire::Organization> {
        self.organizations.lock().ok()?.get(&id).cloned()
    }

    pub(super) fn remember_assets(&self, assets: &mut wire::Assets) {
        for (_, u) in assets.users.drain() {
            self.remember_user(u);
        }
        if let Ok(mut map) = self.organizations.lock() {
            if map.len() > 5000 {
                map.clear();
            }
            map.extend(assets.organizations.drain());
        }
        if let Ok(mut map) = self.groups.lock() {
            for (id, g) in assets.groups.drain() {
                if let Some(name) = g.name {
                    map.insert(id, name);
                }
            }
        }
    }

    /// Reads the users tix has not seen (at most `MAX_USER_LOOKUPS`, four at a time). Failures
    /// only leave names unknown.
    pub(super) async fn look_up_users(&self, ids: impl IntoIterator<Item = u64>) {
        let mut seen = HashSet::new();
        let unknown: Vec<u64> = ids
            .into_iter()
            .filter(|id| *id != NOBODY && seen.insert(*id))
            .filter(|id| self.cached_user(*id).is_none())
            .take(MAX_USER_LOOKUPS)
            .collect();
        for chunk in unknown.chunks(4) {
            let paths: Vec<String> = chunk.iter().map(|id| format!("users/{id}")).collect();
            let found = futures_util::future::join_all(
                paths.iter().map(|p| self.get::<wire::User>(p, &[])),
            )
            .await;
            for u in found.into_iter().flatten() {
                self.remember_user(u);
            }
        }
    }
}
