//! Filling a canned response's placeholders, so an agent never retypes a name or a ticket number.

use crate::helpdesk::{Agent, CannedResponse, PlaceholderSyntax, Ticket};

/// What placeholders can refer to. Missing values leave the placeholder as written, so the agent sees
/// what still needs filling instead of a silent blank.
pub struct Context<'a> {
    pub ticket: Option<&'a Ticket>,
    pub agent: Option<&'a Agent>,
}

pub fn fill(canned: &CannedResponse, cx: &Context) -> String {
    match canned.syntax {
        PlaceholderSyntax::None => canned.body.clone(),
        PlaceholderSyntax::DoubleBrace => fill_double_brace(&canned.body, cx),
    }
}

fn first_word(s: &str) -> String {
    s.split_whitespace().next().unwrap_or(s).to_string()
}

fn value(name: &str, cx: &Context) -> Option<String> {
    let requester = cx.ticket.and_then(|t| t.requester.as_ref());
    match name {
        "ticket.requester.first_name" => requester.map(|r| first_word(&r.name)),
        "ticket.requester.name" => requester.map(|r| r.name.to_string()),
        "ticket.requester.email" => requester.and_then(|r| r.email.as_deref().map(String::from)),
        "ticket.id" => cx.ticket.map(|t| t.id.to_string()),
        "ticket.title" | "ticket.subject" => cx.ticket.map(|t| t.subject.to_string()),
        "ticket.status" => cx.ticket.map(|t| t.status.label.to_string()),
        "current_user.name" => cx.agent.map(|a| a.name.clone()),
        "current_user.first_name" => cx.agent.map(|a| a.first_name().to_string()),
        "current_user.email" => cx.agent.and_then(|a| a.email.clone()),
        _ => None,
    }
}

fn fill_double_brace(body: &str, cx: &Context) -> String {
    rewrite_placeholders(body, "{{", "}}", |name| value(name, cx))
}

pub use crate::helpdesk::placeholders::rewrite_placeholders;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helpdesk::zendesk::{channel_of, status_of};
    use crate::helpdesk::{Id, PartyRef};

    fn ticket() -> Ticket {
        Ticket {
            id: Id::from(1042),
            subject: "Refund".into(),
            status: status_of("open"),
            priority: None,
            channel: channel_of("email"),
            requester: Some(PartyRef {
                id: Id::from(7),
                name: "Ana Popescu".into(),
                email: Some("ana@example.com".into()),
            }),
            assignee: None,
            group: None,
            organization: None,
            tags: vec![],
            created_at: jiff::Timestamp::UNIX_EPOCH,
            updated_at: jiff::Timestamp::UNIX_EPOCH,
            sla: vec![],
            requester_tier: None,
            satisfaction: None,
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let t = ticket();
        let me = Agent {
            id: Id::from(1),
            name: "Alex Morgan".into(),
            email: None,
        };
        let c = CannedResponse {
            id: Id::from(1),
            title: "x".into(),
            folder: None,
            body: "Hi {{ticket.requester.first_name}}, re #{{ ticket.id }}: {{unknown.thing}} — {{current_user.name}} {{".into(),
            syntax: PlaceholderSyntax::DoubleBrace,
            sets_status: None,
            kind: crate::helpdesk::CannedKind::Text,
            language: None,
        };
        let cx = Context {
            ticket: Some(&t),
            agent: Some(&me),
        };
        assert_eq!(
            fill(&c, &cx),
            "Hi Ana, re #1042: {{unknown.thing}} — Alex Morgan {{"
        );
        let empty = Context {
            ticket: None,
            agent: None,
        };
        assert!(fill(&c, &empty).starts_with("Hi {{ticket.requester.first_name}}"));
    }
}
