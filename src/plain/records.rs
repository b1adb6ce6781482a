//! Tickets and conversations as lines to be heard: one record a line, the most important first,
//! meaning in words; a block starts with a heading line, and UI words and customer text (names,
//! bodies) stand on separate lines there.

use super::words;
use crate::app::model::{Loaded, Model};
use crate::helpdesk::{Message, Ticket, Visibility};

/// One ticket on one line: "1475, Search finds nothing, priority low, open, email, Анна Смирнов,
/// breached 1 day ago". The id first (to jump to), times last.
pub fn record(m: &Model, t: &Ticket) -> String {
    let subject = m.subject_shown(t);
    let mut parts = vec![
        t.id.to_string(),
        if subject.trim().is_empty() {
            words::no_subject(m.lang)
        } else {
            subject.into_owned()
        },
    ];
    if let Some(p) = &t.priority {
        parts.push(words::priority(m.lang, &p.label));
    }
    parts.push(t.status.label.to_string());
    parts.push(t.channel.label().to_string());
    parts.push(match &t.requester {
        Some(r) if !r.name.trim().is_empty() => r.name.to_string(),
        _ => words::no_requester(m.lang),
    });
    if let Some(tier) = t
        .requester_tier
        .filter(|t| matches!(t, crate::helpdesk::Tier::Vip | crate::helpdesk::Tier::Loyal))
    {
        parts.push(words::customer_tier(m.lang, tier.label()));
    }
    parts.push(match t.next_sla().and_then(|s| s.due_at) {
        Some(due) if due <= m.now => words::breached(
            m.lang,
            &words::span(m.lang, m.now.duration_since(due).as_secs()),
        ),
        Some(due) => words::breaches_in(
            m.lang,
            &words::span(m.lang, due.duration_since(m.now).as_secs()),
        ),
        None => words::updated_ago(
            m.lang,
            &words::span(m.lang, m.now.duration_since(t.updated_at).as_secs()),
        ),
    });
    parts.join(", ")
}

/// The open ticket as a block: a heading, its record, then each message (a heading line, the
/// author's name on a line of its own, the body). `None` while its conversation is loading.
pub fn ticket_block(m: &Model, t: &Ticket) -> Option<Vec<String>> {
    let messages = match m.conversations.loaded.get(&t.id)? {
        Loaded::Loading => return None,
        Loaded::Failed(why) => {
            return Some(vec![
                words::ticket_loading_failed(m.lang, &t.id.0, why),
                record(m, t),
            ]);
        }
        Loaded::Ready(list) => list,
    };
    let mut lines = vec![
        words::ticket_heading(m.lang, &t.id.0, messages.len()),
        record(m, t),
    ];
    for (i, msg) in messages.iter().enumerate() {
        lines.push(String::new());
        lines.extend(message_lines(m, msg, i + 1, messages.len()));
    }
    lines.push(String::new());
    lines.push(words::end_of_ticket(m.lang, &t.id.0));
    Some(lines)
}

fn message_lines(m: &Model, msg: &Message, n: usize, of: usize) -> Vec<String> {
    let ago = words::span(m.lang, m.now.duration_since(msg.created_at).as_secs());
    let mut lines = vec![
        words::message_heading(m.lang, n, of, msg.visibility == Visibility::Public, &ago),
        match &msg.author {
            Some(a) if !a.name.trim().is_empty() => a.name.to_string(),
            _ => words::unknown_author(m.lang),
        },
    ];
    lines.extend(msg.body.trim_end().lines().map(str::to_string));
    if !msg.attachments.is_empty() {
        lines.push(words::attachments(m.lang, msg.attachments.len()));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helpdesk::{
        Channel, PartyRef, Priority, PriorityLevel, SlaMetric, SlaState, SlaTarget, Status,
        StatusCategory, Tier,
    };
    use jiff::{SignedDuration, Timestamp};

    fn now() -> Timestamp {
        "2026-12-02T10:00:00Z".parse().unwrap()
    }

    fn ticket() -> Ticket {
        Ticket {
            id: crate::helpdesk::Id::from(1475),
            subject: "Search finds nothing".into(),
            status: Status {
                category: StatusCategory::Open,
                raw: "open".into(),
                label: "open".into(),
            },
            priority: Some(Priority {
                level: Some(PriorityLevel::Low),
                raw: "low".into(),
                label: "low".into(),
                rank: 1,
            }),
            channel: Channel::Email,
            requester: Some(PartyRef {
                id: crate::helpdesk::Id::from(7),
                name: "Анна Смирнов".into(),
                email: None,
            }),
            requester_tier: None,
            assignee: None,
            group: None,
            organization: None,
            tags: vec![],
            created_at: now() - SignedDuration::from_hours(72),
            updated_at: now() - SignedDuration::from_hours(3),
            sla: vec![SlaTarget {
                metric: SlaMetric::FirstResponse,
                due_at: Some(now() - SignedDuration::from_hours(25)),
                state: SlaState::Active,
            }],
            satisfaction: None,
        }
    }

    fn model() -> Model {
        let mut m = crate::app::fixtures::empty_model();
        m.now = now();
        m.privacy = false;
        m
    }

    #[test]
    fn a_record_says_its_meaning_in_words_most_important_first() {
        assert_eq!(
            record(&model(), &ticket()),
            "1475, Search finds nothing, priority low, open, email, Анна Смирнов, breached 1 day ago"
        );
    }

    #[test]
    fn a_record_says_what_is_due_or_else_how_old_it_is_and_who_the_customer_is() {
        let m = model();
        let mut t = ticket();
        t.sla[0].due_at = Some(now() + SignedDuration::from_mins(42));
        t.requester_tier = Some(Tier::Vip);
        t.priority = None;
        assert_eq!(
            record(&m, &t),
            "1475, Search finds nothing, open, email, Анна Смирнов, VIP customer, breaches in 42 minutes"
        );
        t.sla.clear();
        t.requester = None;
        t.subject = " ".into();
        assert_eq!(
            record(&m, &t),
            "1475, no subject, open, email, no requester, VIP customer, updated 3 hours ago"
        );
    }

    #[test]
    fn a_ticket_block_has_a_heading_and_keeps_names_and_bodies_on_lines_of_their_own() {
        let mut m = model();
        let t = ticket();
        assert_eq!(ticket_block(&m, &t), None, "nothing asked for yet");
        let msg = Message {
            id: crate::helpdesk::Id::from(1),
            author: t.requester.clone(),
            visibility: Visibility::Public,
            channel: None,
            created_at: now() - SignedDuration::from_hours(2),
            body: "Hello,\nsearch is broken.\n".into(),
            attachments: vec![],
            stored_digest: None,
        };
        m.set_conversation(t.id.clone(), Loaded::Ready(vec![msg]));
        let lines = ticket_block(&m, &t).unwrap();
        assert_eq!(
            lines,
            [
                "Ticket 1475, 1 message",
                &record(&m, &t),
                "",
                "Message 1 of 1, public, 2 hours ago, from:",
                "Анна Смирнов",
                "Hello,",
                "search is broken.",
                "",
                "End of ticket 1475.",
            ]
        );
    }

    #[test]
    fn spans_are_words() {
        assert_eq!(words::span(crate::i18n::Lang::En, 5), "less than a minute");
        assert_eq!(words::span(crate::i18n::Lang::En, -90), "1 minute");
        assert_eq!(words::span(crate::i18n::Lang::En, 125 * 60), "2 hours");
        assert_eq!(words::span(crate::i18n::Lang::En, 3 * 86_400 + 5), "3 days");
    }
}
