//! The generator's tests: same seed same data, people, the mix of tickets, threads, SLAs, macros
//! and views, times, hostile text, ratings.

use super::*;
use crate::DEMO_AGENT_EMAIL;

fn anchor() -> Timestamp {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

fn all_comments(data: &Dataset) -> Vec<Comment> {
    data.tickets.iter().flat_map(|r| data.comments(r)).collect()
}

#[test]
fn same_seed_and_anchor_give_identical_data() {
    let a = Dataset::generate(300, 42, anchor());
    let b = Dataset::generate(300, 42, anchor());
    let json = |d: &Dataset| {
        let tickets: Vec<Ticket> = d.tickets.iter().map(|r| d.ticket(r)).collect();
        serde_json::to_string(&(
            &d.users,
            &d.organizations,
            &d.macros,
            &tickets,
            all_comments(d),
        ))
        .unwrap()
    };
    assert_eq!(json(&a), json(&b));
    let c = Dataset::generate(300, 43, anchor());
    assert_ne!(json(&a), json(&c));
    let first = |d: &Dataset| serde_json::to_string(&d.ticket(&d.tickets[0])).unwrap();
    assert_ne!(
        first(&a),
        first(&c),
        "a different seed changes the tickets themselves"
    );
}

#[test]
fn people_groups_and_tiers() {
    let data = Dataset::generate(10, 42, anchor());
    let agents: Vec<&User> = data.users.iter().filter(|u| u.role == "agent").collect();
    let customers: Vec<&User> = data.users.iter().filter(|u| u.role == "end-user").collect();
    assert_eq!(agents.len(), 8);
    assert_eq!(customers.len(), CUSTOMER_COUNT);
    assert_eq!(data.me().email.as_deref(), Some(DEMO_AGENT_EMAIL));
    assert_eq!(data.me().name, "Alex Morgan");
    assert_eq!(data.organizations.len(), 30);
    assert!(
        data.organizations
            .iter()
            .all(|o| !o.domain_names.is_empty())
    );
    let names: Vec<&str> = data.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        ["Tier 1", "Billing", "Technical", "Escalations", "VIP Desk"]
    );
    for g in 0..data.groups.len() {
        assert!(!group_members(Some(g)).is_empty(), "group {g} has agents");
    }

    let tiers = ["vip", "loyal", "standard", "new"];
    for c in &customers {
        let n = c
            .tags
            .iter()
            .filter(|t| tiers.contains(&t.as_str()))
            .count();
        assert_eq!(n, 1, "{} has exactly one tier tag", c.name);
    }
    let vip = customers.iter().filter(|c| c.tags == ["vip"]).count();
    assert!((5..=30).contains(&vip), "about 10% vip, got {vip}");
    for tier in tiers {
        assert!(customers.iter().any(|c| c.tags == [tier]), "some {tier}");
    }
    assert!(customers.iter().any(|c| c.phone.is_some()));
    assert!(customers.iter().any(|c| c.phone.is_none()));
    assert!(
        customers
            .iter()
            .filter(|c| c.organization_id.is_some())
            .count()
            > 100
    );
    let emails: HashSet<_> = data.users.iter().map(|u| u.email.clone()).collect();
    assert_eq!(
        emails.len(),
        data.users.len(),
        "e-mail addresses are unique"
    );
}

#[test]
fn tickets_mix_channels_statuses_priorities_and_languages() {
    let data = Dataset::generate(500, 42, anchor());
    assert_eq!(data.tickets.len(), 500);
    assert_eq!(data.tickets[0].id, FIRST_TICKET_ID);
    let tickets: Vec<Ticket> = data.tickets.iter().map(|r| data.ticket(r)).collect();
    for channel in [
        "email", "chat", "twitter", "facebook", "sms", "voice", "web",
    ] {
        assert!(
            tickets.iter().any(|t| t.via.channel == channel),
            "{channel}"
        );
    }
    for status in Status::ALL {
        assert!(
            tickets.iter().any(|t| t.status == status.as_str()),
            "{status:?}"
        );
    }
    let unsolved = data
        .tickets
        .iter()
        .filter(|r| r.status.is_unsolved())
        .count();
    assert!(unsolved > 250, "most tickets are unsolved: {unsolved}");
    assert!(tickets.iter().any(|t| t.priority.is_none()));
    for p in Priority::ALL {
        assert!(
            tickets
                .iter()
                .any(|t| t.priority.as_deref() == Some(p.as_str()))
        );
    }
    assert!(tickets.iter().any(|t| t.assignee_id.is_none()));
    assert!(tickets.iter().any(|t| t.assignee_id == Some(data.me().id)));
    assert!(tickets.iter().all(|t| t.created_at <= t.updated_at));
    assert!(tickets.iter().all(|t| t.updated_at <= data.now));

    let has = |pred: &dyn Fn(char) -> bool| tickets.iter().any(|t| t.subject.chars().any(pred));
    assert!(has(&|c| "ăâîșț".contains(c)), "Romanian");
    assert!(has(&|c| ('\u{0400}'..='\u{04ff}').contains(&c)), "Russian");
    assert!(has(&|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "Chinese");
    assert!(has(&|c| "õäöü".contains(c)), "Estonian");
    assert!(
        tickets
            .iter()
            .any(|t| t.tags.contains(&"lang_en".to_owned()))
    );
    assert!(has(&|c| ('\u{1f300}'..='\u{1faff}').contains(&c)), "emoji");
    for lang in Lang::ALL {
        let tag = format!("lang_{}", lang.code());
        assert!(tickets.iter().any(|t| t.tags.contains(&tag)), "{tag}");
    }
}

#[test]
fn threads_have_the_expected_shapes() {
    let data = Dataset::generate(500, 42, anchor());
    let mut longest = 0;
    let mut notes = 0;
    let mut long_messages = 0;
    let mut attachments = 0;
    for row in &data.tickets {
        let ticket = data.ticket(row);
        let thread = data.comments(row);
        assert!(!thread.is_empty());
        assert_eq!(thread[0].body, ticket.description);
        assert_eq!(thread[0].author_id, ticket.requester_id);
        assert!(
            thread
                .windows(2)
                .all(|w| w[0].created_at <= w[1].created_at)
        );
        assert!(thread.windows(2).all(|w| w[0].id < w[1].id));
        if thread.len() > 1 {
            assert_eq!(thread.last().map(|c| c.created_at), Some(ticket.updated_at));
        }
        longest = longest.max(thread.len());
        for c in &thread {
            if !c.public {
                notes += 1;
                assert!(
                    data.is_agent(c.author_id),
                    "internal notes are written by agents"
                );
            }
            if c.body.chars().count() >= 5000 {
                long_messages += 1;
                assert!(c.body.contains("\n\n"), "long messages have paragraphs");
            }
            attachments += c.attachments.len();
        }
        assert_eq!(data.comments(row), thread, "threads are stable");
    }
    assert!(longest >= 30, "some long threads, longest {longest}");
    assert!(notes > 10, "internal notes: {notes}");
    assert!(long_messages >= 1, "very long messages: {long_messages}");
    assert!(attachments > 10, "attachments: {attachments}");
}

#[test]
fn slas_mix_breached_imminent_and_later() {
    let data = Dataset::generate(500, 42, anchor());
    let soon = ahead(data.now, 30 * MINUTE);
    let (mut breached, mut imminent, mut later) = (0, 0, 0);
    for row in &data.tickets {
        let metrics = data.slas(row).policy_metrics;
        assert!(!metrics.is_empty());
        for m in metrics.iter().filter_map(|m| m.breach_at.map(|b| (m, b))) {
            assert!(row.status.is_unsolved());
            assert_eq!(m.0.stage, "active");
            match m.1 {
                b if b <= data.now => breached += 1,
                b if b <= soon => imminent += 1,
                _ => later += 1,
            }
        }
    }
    assert!(
        breached >= 10 && imminent >= 10 && later >= 50,
        "{breached} {imminent} {later}"
    );
}

#[test]
fn macros_and_views() {
    let data = Dataset::generate(10, 42, anchor());
    let active: Vec<&Macro> = data.macros.iter().filter(|m| m.active).collect();
    assert!(active.len() >= 20);
    assert!(data.macros.iter().any(|m| !m.active));
    for m in &data.macros {
        assert!(m.title.contains("::"), "{}", m.title);
        let comment = m.actions.iter().find(|a| a.field == "comment_value");
        let text = comment.and_then(|a| a.value.as_str()).unwrap_or_default();
        assert!(text.contains("{{"), "{} has placeholders", m.title);
        assert!(
            m.actions
                .iter()
                .any(|a| a.field == "comment_mode_is_public")
        );
    }
    let all: String = data
        .macros
        .iter()
        .map(|m| format!("{:?}", m.actions))
        .collect();
    for p in [
        "{{ticket.requester.first_name}}",
        "{{ticket.requester.name}}",
        "{{current_user.name}}",
        "{{current_user.first_name}}",
        "{{ticket.id}}",
        "{{ticket.title}}",
    ] {
        assert!(all.contains(p), "{p}");
    }
    let escalate = data
        .macros
        .iter()
        .find(|m| m.title.contains("Escalate"))
        .unwrap();
    let group = escalate
        .actions
        .iter()
        .find(|a| a.field == "group_id")
        .unwrap();
    assert_eq!(group.value, data.groups[3].id.to_string());
    let titles: Vec<&str> = data.views.iter().map(|v| v.title.as_str()).collect();
    assert_eq!(titles[0], "All unsolved");
    assert_eq!(data.views.len(), 5);
    assert!(data.views.iter().all(|v| v.active));
}

/// Every timestamp in a body that parses as one (the pasted logs).
fn times_in(body: &str) -> Vec<Timestamp> {
    body.split_whitespace()
        .filter_map(|w| w.parse::<Timestamp>().ok())
        .collect()
}

#[test]
fn nothing_happens_after_the_anchor() {
    let data = Dataset::generate(2000, 7, anchor());
    assert!(data.users.iter().all(|u| u.created_at <= data.now));
    let mut logs = 0;
    for row in &data.tickets {
        let ticket = data.ticket(row);
        assert!(ticket.created_at <= ticket.updated_at, "{}", row.id);
        assert!(ticket.updated_at <= data.now, "{}", row.id);
        let thread = data.comments(row);
        for c in &thread {
            assert!(c.created_at >= ticket.created_at, "{}", c.id);
            assert!(c.created_at <= ticket.updated_at, "{}", c.id);
            for t in times_in(&c.body) {
                logs += 1;
                assert!(t <= c.created_at, "a log line of {} is from {t}", c.id);
            }
        }
        let last = thread.last().map(|c| c.created_at);
        assert!(last.is_some_and(|t| t <= data.now), "{}", row.id);
    }
    assert!(logs > 100, "pasted log lines checked: {logs}");
    // A sub-second anchor is truncated, never rounded up.
    let late: Timestamp = "2026-11-23T10:00:00.999Z".parse().unwrap();
    let data = Dataset::generate(200, 7, late);
    assert!(data.now <= late);
    assert!(data.tickets.iter().all(|r| r.updated_at <= late));
}

#[test]
fn the_first_comment_is_about_the_subject() {
    let data = Dataset::generate(1500, 42, anchor());
    let (mut vague, mut specific) = (0, 0);
    for row in &data.tickets {
        let ticket = data.ticket(row);
        let thread = data.comments(row);
        assert_eq!(thread[0].body, ticket.description);
        let v = data.vars(row);
        let (_, requester) = data.customer(row);
        let vars = Vars {
            first: first_name(&requester.name),
            name: &requester.name,
            ..ticket_vars(&v)
        };
        // Which topics (and issues) of the ticket's language the subject and the first
        // comment come from, looked up across all topics.
        let mut subject_topics = Vec::new();
        let mut problem_issues = Vec::new();
        for topic in Topic::ALL {
            let bank = topic.text(row.lang);
            for issue in bank.issues {
                if text::fill(issue.problem, &vars).len() > 10
                    && thread[0].body.contains(&text::fill(issue.problem, &vars))
                {
                    problem_issues.push((topic, issue.subject));
                }
                if text::fill(issue.subject, &vars) == ticket.subject {
                    subject_topics.push((topic, Some(issue.subject)));
                }
            }
            for s in bank.vague_subjects {
                if text::fill(s, &vars) == ticket.subject {
                    subject_topics.push((topic, None));
                }
            }
        }
        assert!(
            !problem_issues.is_empty(),
            "{}: {:?}",
            row.id,
            thread[0].body
        );
        assert!(
            !subject_topics.is_empty(),
            "{}: {:?}",
            row.id,
            ticket.subject
        );
        let agree = subject_topics.iter().any(|(topic, issue)| {
            problem_issues
                .iter()
                .any(|(t, s)| t == topic && issue.is_none_or(|i| i == *s))
        });
        assert!(
            agree,
            "ticket {}: subject {:?} ({subject_topics:?}) vs first comment {:?} ({problem_issues:?})",
            row.id, ticket.subject, thread[0].body
        );
        assert!(ticket.tags.contains(&row.topic.tag().to_owned()));
        assert!(problem_issues.iter().all(|(t, _)| *t == row.topic));
        match subject_topics[0].1 {
            None => vague += 1,
            Some(_) => specific += 1,
        }
    }
    assert!(
        vague > 100 && specific > 800,
        "{vague} vague, {specific} specific"
    );
}

/// Whether a text carries any of the hostile characters or sequences.
fn is_hostile_text(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
            | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{feff}'
            | '\u{e0000}'..='\u{e0fff}')
    }) || s.contains("<script")
        || s.contains("javascript:")
}

#[test]
fn hostile_text_only_when_asked_for() {
    let calm = Dataset::generate(600, 42, anchor());
    assert!(calm.giant.is_none());
    assert!(calm.users.iter().all(|u| !is_hostile_text(&u.name)));
    for row in &calm.tickets {
        let t = calm.ticket(row);
        assert!(!is_hostile_text(&t.subject), "{}", row.id);
        for c in calm.comments(row) {
            assert!(!is_hostile_text(&c.body), "{}", c.id);
            assert!(c.attachments.iter().all(|a| !is_hostile_text(&a.file_name)));
        }
    }

    let wild = Dataset::generate_with(600, 42, anchor(), true);
    let hostile: Vec<&TicketRow> = wild
        .tickets
        .iter()
        .filter(|r| wild.is_hostile(r.id))
        .collect();
    assert!(
        (35..=90).contains(&hostile.len()),
        "{} of 600",
        hostile.len()
    );
    let mut all_text = String::new();
    for row in &hostile {
        let t = wild.ticket(row);
        assert!(is_hostile_text(&t.subject), "{:?}", t.subject);
        let requester = wild.user(t.requester_id).map(|u| u.name.clone());
        assert!(
            requester.as_deref().is_some_and(is_hostile_text),
            "{requester:?}"
        );
        let thread = wild.comments(row);
        assert_eq!(thread[0].body, t.description);
        assert!(
            thread
                .iter()
                .all(|c| is_hostile_text(&c.body) || c.body.len() > 1_000_000)
        );
        assert!(
            thread[0]
                .attachments
                .iter()
                .any(|a| is_hostile_text(&a.file_name)
                    || a.file_name.contains("..")
                    || a.file_name.contains('<'))
        );
        all_text.push_str(&t.subject);
        for c in &thread {
            all_text.push_str(&c.body);
            c.attachments
                .iter()
                .for_each(|a| all_text.push_str(&a.file_name));
        }
    }
    for marker in hostile::MARKERS
        .iter()
        .chain(&["<script", "\u{2067}", "\u{200b}", "\u{feff}"])
    {
        assert!(all_text.contains(marker), "{marker:?}");
    }
    let giant = wild.giant.and_then(|id| wild.row(id)).unwrap();
    let big = wild.comments(giant)[1].body.len();
    assert!(big >= GIANT_BODY_BYTES, "{big}");
    // Everything else is the same data.
    let calm_rows: Vec<(u64, Status)> = calm.tickets.iter().map(|r| (r.id, r.status)).collect();
    let wild_rows: Vec<(u64, Status)> = wild.tickets.iter().map(|r| (r.id, r.status)).collect();
    assert_eq!(calm_rows, wild_rows);
}

#[test]
fn solved_tickets_carry_satisfaction_ratings() {
    let data = Dataset::generate(800, 42, anchor());
    let mut scores = std::collections::BTreeMap::new();
    let mut comments = 0;
    for row in &data.tickets {
        let t = data.ticket(row);
        match (&t.satisfaction_rating, row.status.is_unsolved()) {
            (None, true) => {}
            (Some(r), false) => {
                *scores.entry(r.score.clone()).or_insert(0) += 1;
                assert_eq!(r.id, CSAT_BASE + row.id);
                if let Some(c) = &r.comment {
                    comments += 1;
                    assert!(["good", "bad"].contains(&r.score.as_str()), "{c}");
                }
            }
            (r, _) => panic!("ticket {} ({:?}): {r:?}", row.id, row.status),
        }
    }
    let names: Vec<&str> = scores.keys().map(String::as_str).collect();
    assert_eq!(names, ["bad", "good", "offered", "unoffered"], "{scores:?}");
    assert!(scores["good"] > scores["bad"]);
    assert!(comments > 10, "{comments}");
    let json = serde_json::to_value(data.ticket(&data.tickets[0])).unwrap();
    let solved = data
        .tickets
        .iter()
        .find(|r| !r.status.is_unsolved())
        .unwrap();
    let solved = serde_json::to_value(data.ticket(solved)).unwrap();
    assert!(json.get("satisfaction_rating").is_none() || !data.tickets[0].status.is_unsolved());
    assert!(solved["satisfaction_rating"]["score"].is_string());
}

#[test]
fn rng_helpers_stay_in_range() {
    let mut r = Rng::derive(1, 2, 3);
    for _ in 0..1000 {
        assert!(r.below(7) < 7);
        assert!((5..9).contains(&r.between(5, 9)));
        assert!((0.0..1.0).contains(&r.unit()));
    }
    assert_eq!(r.between(5, 5), 5);
    assert_eq!(r.below(0), 0);
}
