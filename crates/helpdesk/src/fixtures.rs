//! A small, fixed set of helpdesk data (tickets, a conversation, a customer, canned responses)
//! for tests here and in the workspace (built for tests only, with the `fixtures` feature).

use jiff::Timestamp;

use crate::zendesk::{channel_of, priority_of, status_of};
use crate::*;

pub fn now() -> Timestamp {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn party(id: u64, name: &str, email: &str) -> PartyRef {
    PartyRef {
        id: Id::from(id),
        name: name.into(),
        email: Some(email.into()),
    }
}

pub fn ticket(id: u64, subject: &str, status: &str, prio: &str, via: &str, who: u64) -> Ticket {
    let (name, email) = match who {
        7 => ("Ana Popescu", "ana@example.ro"),
        8 => ("Дмитрий Иванов", "dmitri@example.ru"),
        9 => ("王芳", "wang.fang@example.cn"),
        _ => ("Kadri Tamm", "kadri@example.ee"),
    };
    Ticket {
        id: Id::from(id),
        subject: subject.into(),
        status: status_of(status),
        priority: Some(priority_of(prio)),
        channel: channel_of(via),
        requester: Some(party(who, name, email)),
        requester_tier: Some(if who == 7 { Tier::Vip } else { Tier::Standard }),
        satisfaction: None,
        assignee: None,
        group: Some("Tier 1".into()),
        organization: None,
        tags: vec![],
        created_at: at("2026-11-20T08:00:00Z"),
        updated_at: at("2026-11-22T09:30:00Z"),
        sla: vec![SlaTarget {
            metric: SlaMetric::FirstResponse,
            due_at: Some(now() + jiff::SignedDuration::from_secs(id as i64 % 7 * 1200 - 1800)),
            state: SlaState::Active,
        }],
    }
}

pub fn tickets() -> Vec<Ticket> {
    vec![
        ticket(1001, "Refund not received 💸", "open", "urgent", "email", 7),
        ticket(1002, "Не могу войти в аккаунт", "new", "high", "chat", 8),
        ticket(1003, "发票金额不正确", "pending", "normal", "sms", 9),
        ticket(
            1004,
            "Tellimus pole kohale jõudnud",
            "open",
            "low",
            "voice",
            10,
        ),
        ticket(
            1005,
            "Factura greșită pentru luna octombrie",
            "hold",
            "normal",
            "twitter",
            7,
        ),
    ]
}

pub fn messages() -> Vec<Message> {
    vec![
        Message {
            id: Id::from(1),
            author: Some(party(7, "Ana Popescu", "ana@example.ro")),
            visibility: Visibility::Public,
            channel: Some(Channel::Email),
            created_at: at("2026-11-20T08:00:00Z"),
            body: "Hello, I returned the blender on 2 November and still have no refund. \
                   Order 88213. Can you check? 🙏"
                .into(),
            attachments: vec![crate::Attachment {
                name: "receipt-88213.pdf".into(),
                size: Some(48_213),
                content_type: Some("application/pdf".into()),
                source: "https://tix-demo.example/attachments/token/1".into(),
            }],
            stored_digest: None,
        },
        Message {
            id: Id::from(2),
            author: Some(party(1, "Alex Morgan", "alex@tix-demo.example")),
            visibility: Visibility::Internal,
            channel: None,
            created_at: at("2026-11-20T09:15:00Z"),
            body: "Warehouse confirms receipt; refund stuck in the payment queue.".into(),
            attachments: vec![],
            stored_digest: None,
        },
    ]
}

pub fn customer() -> (Customer, Vec<Ticket>) {
    (
        Customer {
            id: Id::from(7),
            name: "Ana Popescu".into(),
            email: Some("ana@example.ro".into()),
            phone: Some("+40 721 555 0142".into()),
            organization: Some(Organization {
                id: Id::from(3),
                name: "Cofetăria Dulce SRL".into(),
                domains: vec![],
            }),
            tier: Tier::Vip,
            lifetime_tickets: Some(14),
            missing: vec![],
            created_at: at("2024-01-05T00:00:00Z"),
            locale: None,
        },
        vec![
            ticket(1001, "Refund not received 💸", "open", "urgent", "email", 7),
            ticket(
                1005,
                "Factura greșită pentru luna octombrie",
                "hold",
                "normal",
                "twitter",
                7,
            ),
            ticket(640, "Parola nu funcționează", "solved", "low", "email", 7),
        ],
    )
}

pub fn canned() -> Vec<CannedResponse> {
    vec![
        CannedResponse {
            id: Id::from(1),
            title: "Refund issued".into(),
            folder: Some("Billing".into()),
            body: "Hi {{ticket.requester.first_name}},\n\nYour refund for ticket #{{ticket.id}} \
                   is on its way.\n\n{{current_user.name}}"
                .into(),
            syntax: PlaceholderSyntax::DoubleBrace,
            sets_status: Some("solved".into()),
            kind: crate::CannedKind::Text,
            language: None,
        },
        CannedResponse {
            id: Id::from(2),
            title: "Password reset".into(),
            folder: Some("Account".into()),
            body: "Hi {{ticket.requester.first_name}}, use the reset link.".into(),
            syntax: PlaceholderSyntax::DoubleBrace,
            sets_status: None,
            kind: crate::CannedKind::Text,
            language: None,
        },
    ]
}

pub fn me() -> Agent {
    Agent {
        id: Id::from(1),
        name: "Alex Morgan".into(),
        email: Some("alex@tix-demo.example".into()),
    }
}
