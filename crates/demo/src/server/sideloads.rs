//! Sideloads: the users, groups and organizations a page of tickets names, when `include` asks.

use super::*;

#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Includes {
    pub(super) users: bool,
    pub(super) groups: bool,
    pub(super) organizations: bool,
    pub(super) slas: bool,
}

impl Includes {
    /// Tickets carry their SLA metrics internally; they are only shown when asked for.
    pub(super) fn apply(self, mut ticket: Ticket) -> Ticket {
        if !self.slas {
            ticket.slas = None;
        }
        ticket
    }
}

#[derive(Default)]
pub(super) struct Sideloads {
    pub(super) users: Vec<User>,
    pub(super) groups: Vec<Group>,
    pub(super) organizations: Vec<Organization>,
}

impl Sideloads {
    pub(super) fn of(data: &Dataset, tickets: &[Ticket], include: Includes) -> Sideloads {
        let mut side = Sideloads::default();
        if include.users {
            let ids: BTreeSet<u64> = tickets
                .iter()
                .flat_map(|t| [Some(t.requester_id), t.assignee_id])
                .flatten()
                .collect();
            side.users = ids
                .into_iter()
                .filter_map(|id| data.user(id))
                .cloned()
                .collect();
        }
        if include.groups {
            let ids: BTreeSet<u64> = tickets.iter().filter_map(|t| t.group_id).collect();
            side.groups = ids
                .into_iter()
                .filter_map(|id| data.group(id))
                .cloned()
                .collect();
        }
        if include.organizations {
            let ids: BTreeSet<u64> = tickets.iter().filter_map(|t| t.organization_id).collect();
            let orgs = ids.into_iter().filter_map(|id| data.organization(id));
            side.organizations = orgs.cloned().collect();
        }
        side
    }
}
