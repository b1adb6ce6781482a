use super::walk::Taken;
use super::*;
use crate::helpdesk::vocabulary::neutral;

fn demo_known() -> Known {
    Known {
        canned: Some(crate::demo::macro_titles().map(str::to_string).collect()),
        vocabulary: Some(neutral()),
        groups: Some(crate::demo::GROUPS.iter().map(|g| g.to_string()).collect()),
        lang: crate::i18n::Lang::En,
    }
}

fn problems(text: &str, known: &Known) -> Vec<String> {
    check("wf.toml", text, known)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn parsed(text: &str) -> Workflow {
    let (wf, problems) = parse("wf.toml", "wf", text, &Known::default());
    assert!(problems.is_empty(), "{problems:?}");
    wf.unwrap()
}

#[test]
fn the_shipped_workflows_are_clean_and_name_what_the_demo_has() {
    let (list, problems) = shipped(&demo_known());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(list.len(), SHIPPED.len());
    let titles: Vec<&str> = list.iter().map(|w| w.title.as_str()).collect();
    assert!(titles.contains(&"Refund request"), "{titles:?}");
    assert!(titles.contains(&"Two-factor reset"), "{titles:?}");
    // Every end of every shipped workflow is reachable: walking each answer path ends somewhere.
    for wf in &list {
        assert!(wf.nodes.iter().any(|n| matches!(n.kind, NodeKind::End(_))));
    }
}

const GOOD: &str = r#"title = "Phone"
[when]
tags = ["mobile"]
keywords = ["new phone"]
channels = ["sms", "chat"]

[[step]]
id = "restart"
ask = "Has the customer restarted the phone?"
short = "restarted the phone?"
answers = [
  { answer = "yes", next = "apn" },
  { answer = "no", next = "do-it" },
]

[[step]]
id = "do-it"
say = "Ask them to restart it."
next = "restart"

[[step]]
id = "apn"
ask = "Are the APN settings there?"
short = "APN settings"
answers = [
  { answer = "missing", next = "send-apn" },
  { answer = "there", next = "escalate" },
]

[[end]]
id = "send-apn"
outcome = "APN settings sent"
canned = "Mobile::APN settings"
status = "pending"
tags = ["+apn_sent", "-new_phone"]

[[end]]
id = "escalate"
reply = "We are looking into it."
group = "Technical"
priority = "high"
escalate = true
"#;

#[test]
fn a_good_file_parses_into_steps_answers_and_ends() {
    let wf = parsed(GOOD);
    assert_eq!(wf.title, "Phone");
    assert_eq!(wf.name, "wf");
    assert_eq!(wf.when.channels, ["sms", "chat"]);
    assert_eq!(wf.start, 0);
    let ids: Vec<&str> = wf.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["restart", "do-it", "apn", "send-apn", "escalate"]);
    match &wf.nodes[0].kind {
        NodeKind::Question { short, answers, .. } => {
            assert_eq!(short, "restarted the phone?");
            assert_eq!(answers[1].text, "no");
            assert_eq!(wf.nodes[answers[1].next].id, "do-it");
        }
        other => panic!("{other:?}"),
    }
    let NodeKind::End(o) = &wf.nodes[3].kind else {
        panic!()
    };
    assert_eq!(o.canned.as_deref(), Some("Mobile::APN settings"));
    assert_eq!(o.tags, ["+apn_sent", "-new_phone"]);
    let NodeKind::End(o) = &wf.nodes[4].kind else {
        panic!()
    };
    assert_eq!(
        o.name, "escalate",
        "an end without an outcome is named by its id"
    );
    assert!(o.escalate);
}

#[test]
fn every_structural_problem_is_reported_at_its_place() {
    let text = r#"title = "Broken"

[[step]]
id = "a"
ask = "First?"
answers = [
  { answer = "to nowhere", next = "zzz" },
  { answer = "no target" },
  { answer = "on", next = "b" },
]

[[step]]
id = "b"
say = "Do it."

[[step]]
id = "lost"
say = "Nobody comes here."
next = "done"

[[end]]
id = "done"
reply = "ok"
"#;
    assert_eq!(
        problems(text, &Known::default()),
        [
            "wf.toml:7:35: unknown step \"zzz\"",
            "wf.toml:8:3: answer \"no target\" has no target (next = \"…\")",
            "wf.toml:12:1: instruction \"b\" has no target (next = \"…\")",
        ]
    );
}

#[test]
fn unreachable_steps_and_cycles_with_no_way_out_are_reported() {
    let text = r#"title = "Loops"

[[step]]
id = "a"
ask = "First?"
answers = [
  { answer = "loop", next = "b" },
  { answer = "end", next = "done" },
]

[[step]]
id = "b"
say = "Round"
next = "c"

[[step]]
id = "c"
say = "and round"
next = "b"

[[step]]
id = "lost"
say = "Nobody comes here."
next = "done"

[[end]]
id = "done"
reply = "ok"
"#;
    assert_eq!(
        problems(text, &Known::default()),
        [
            "wf.toml:12:6: step \"b\" never reaches an end: a cycle with no way out (b → c → b)",
            "wf.toml:22:6: step \"lost\" is unreachable: no answer leads to it",
        ]
    );
    assert!(parse("wf.toml", "wf", text, &Known::default()).0.is_none());
}

#[test]
fn names_are_checked_against_what_the_helpdesk_has() {
    let text = GOOD
        .replace("Mobile::APN settings", "Mobile::No such response")
        .replace("\"pending\"", "\"waiting\"")
        .replace("\"high\"", "\"extreme\"")
        .replace("\"Technical\"", "\"Nobody\"")
        .replace("\"chat\"", "\"pigeon\"");
    let got = problems(&text, &demo_known());
    assert_eq!(
        got,
        [
            "wf.toml:33:10: unknown canned response \"Mobile::No such response\"",
            "wf.toml:34:10: unknown status \"waiting\" (this helpdesk has new, open, pending, hold, solved, closed)",
            "wf.toml:41:12: unknown priority \"extreme\" (this helpdesk has low, normal, high, urgent)",
            "wf.toml:40:9: unknown group \"Nobody\"",
            "wf.toml:5:20: unknown channel \"pigeon\" (channels: email, web, phone, chat, social, sms, api)",
        ]
    );
    // Unknown until the helpdesk answers: not checked.
    assert!(problems(&text.replace("pigeon", "chat"), &Known::default()).is_empty());
}

#[test]
fn duplicates_missing_parts_and_escalation_without_a_group() {
    let text = r#"title = "x"
start = "nope"

[[step]]
id = "a"
ask = "Q"
answers = []

[[step]]
id = "a"
ask = "Q"
say = "S"

[[end]]
id = "e"
escalate = true
"#;
    assert_eq!(
        problems(text, &Known::default()),
        [
            "wf.toml:10:6: step \"a\" is defined twice (first on line 5)",
            "wf.toml:4:1: question \"a\" has no answers",
            "wf.toml:9:1: step \"a\" needs either ask (a question) or say (an instruction)",
            "wf.toml:15:6: end \"e\" escalates: name the group it goes to (group = \"…\")",
            "wf.toml:15:6: end \"e\" has no reply: name a canned response or write reply = \"…\"",
            "wf.toml:2:9: unknown step \"nope\"",
        ]
    );
}

#[test]
fn a_syntax_error_or_an_unknown_field_is_placed() {
    assert_eq!(
        problems("title = \"x\"\n[[step]]\nid = \n", &Known::default()),
        ["wf.toml:3:6: string values must be quoted, expected literal string"]
    );
    let got = problems(
        &GOOD.replace("short = \"APN", "shrot = \"APN"),
        &Known::default(),
    );
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with("wf.toml:"), "{got:?}");
    assert!(got[0].contains("shrot"), "{got:?}");
}

fn ticket(subject: &str, tags: &[&str], channel: &str) -> crate::helpdesk::Ticket {
    let mut t = crate::app::fixtures::ticket(1, subject, "open", "normal", channel, 7);
    t.tags = tags
        .iter()
        .map(|s| crate::helpdesk::Str::interned(s))
        .collect();
    t
}

#[test]
fn a_workflow_applies_by_tag_or_subject_keyword_on_its_channels() {
    let wf = parsed(GOOD);
    assert!(wf.applies_to(&ticket("Help", &["mobile"], "sms")));
    assert!(wf.applies_to(&ticket("My NEW PHONE has no data", &[], "chat")));
    assert!(
        !wf.applies_to(&ticket("My new phone", &[], "email")),
        "not its channel"
    );
    assert!(!wf.applies_to(&ticket("Invoice", &["billing"], "sms")));
}

#[test]
fn walking_answers_back_and_restart() {
    let wf = parsed(GOOD);
    let mut p = Progress::new(&wf);
    assert_eq!(p.position(&wf), Some(0));
    assert_eq!(p.step_number(), 1);
    assert!(!p.choose(&wf, 2), "no third answer");
    assert!(p.choose(&wf, 1));
    assert_eq!(wf.nodes[p.position(&wf).unwrap()].id, "do-it");
    assert!(!p.choose(&wf, 1), "an instruction has only done");
    assert!(p.choose(&wf, 0));
    assert!(p.choose(&wf, 0));
    assert_eq!(p.step_number(), 4);
    assert!(p.back());
    assert_eq!(wf.nodes[p.position(&wf).unwrap()].id, "restart");
    assert!(p.choose(&wf, 0) && p.choose(&wf, 0));
    assert!(p.ended(&wf));
    assert!(!p.choose(&wf, 0), "nothing after an end");
    assert_eq!(
        p.trail(&wf),
        [
            "restarted the phone? → no",
            "done: Ask them to restart it",
            "restarted the phone? → yes",
            "APN settings → missing",
        ]
    );
    assert_eq!(
        p.note(&wf),
        "Workflow: Phone\nAsked: restarted the phone? → no; done: Ask them to restart it; \
         restarted the phone? → yes; APN settings → missing\nOutcome: APN settings sent"
    );
    p.restart();
    assert_eq!(p.position(&wf), Some(0));
    assert!(!p.back());
}

#[test]
fn progress_that_no_longer_fits_the_file_is_noticed() {
    let wf = parsed(GOOD);
    let p = Progress {
        workflow: "wf".into(),
        path: vec![Taken {
            step: "renamed".into(),
            choice: 0,
        }],
    };
    assert_eq!(p.position(&wf), None);
    let p = Progress {
        workflow: "wf".into(),
        path: vec![Taken {
            step: "restart".into(),
            choice: 5,
        }],
    };
    assert_eq!(p.position(&wf), None);
}

#[test]
fn a_folder_of_workflows_loads_the_good_and_lists_the_bad() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.toml"), GOOD).unwrap();
    std::fs::write(dir.path().join("bad.toml"), "title = \"x\"\n").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a workflow").unwrap();
    let (list, problems) = load(dir.path(), &Known::default());
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "good");
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(text.iter().all(|p| p.contains("bad.toml:1:")), "{text:?}");
    assert!(!text.is_empty());
    assert!(
        load(&dir.path().join("none"), &Known::default())
            .0
            .is_empty()
    );
}

#[test]
fn escape_sequences_in_a_workflow_file_do_not_reach_the_screen() {
    let evil = GOOD
        .replace(
            "title = \"Phone\"",
            "title = \"Ph\\u001b]0;owned\\u0007one\"",
        )
        .replace("Ask them to restart it.", "Ask \\u001b[2J them");
    let wf = parsed(&evil);
    let texts: Vec<String> = std::iter::once(wf.title.clone())
        .chain(wf.nodes.iter().map(|n| format!("{:?}", n.kind)))
        .collect();
    assert!(
        texts
            .iter()
            .all(|t| !t.contains('\u{1b}') && !t.contains('\u{7}')),
        "{texts:?}"
    );
}

#[test]
fn problems_are_said_in_the_agents_language_at_their_place() {
    let known = Known {
        lang: crate::i18n::Lang::Ro,
        ..demo_known()
    };
    let text = "title = \"Refund\"\n[[step]]\nid = \"a\"\nsay = \"Check\"\nnext = \"b\"\n[[end]]\nid = \"done\"\nreply = \"ok\"\n";
    let said = problems(text, &known).join("\n");
    assert!(said.contains("wf.toml:5:8: pas necunoscut \"b\""), "{said}");
}
