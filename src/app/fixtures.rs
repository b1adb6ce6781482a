//! A small, fixed workspace for state and render tests.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::model::{Loaded, Mode, Model, Overlay};
use super::msg::{Effect, Msg};
use super::update::{init, update};
pub use crate::helpdesk::fixtures::*;
use crate::helpdesk::*;
use crate::keymap::Keymap;
use crate::theme::{DEFAULT, Theme};

pub fn key(s: &str) -> Msg {
    let k = crate::keymap::Key::parse(s).unwrap();
    let mut mods = k.mods;
    if let KeyCode::Char(c) = k.code
        && c.is_ascii_uppercase()
    {
        mods |= KeyModifiers::SHIFT;
    }
    Msg::Key(KeyEvent::new(k.code, mods))
}

pub fn typed(m: &mut Model, text: &str) {
    for c in text.chars() {
        update(
            m,
            Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
}

pub fn empty_model() -> Model {
    let mut m = Model::new("demo", "zendesk", true, Keymap::default_keymap());
    m.theme = Theme::parse(DEFAULT, false).unwrap();
    m.now = now();
    m
}

/// A model as it is once the first view, conversation, customer and canned responses arrived.
pub fn loaded_model() -> Model {
    loaded_model_with(|_| {})
}

/// The loaded model, with `setup` applied before it starts (a setting, a mode).
pub fn loaded_model_with(setup: impl FnOnce(&mut Model)) -> Model {
    let mut m = empty_model();
    setup(&mut m);
    init(&mut m);
    update(&mut m, Msg::Me(Ok(me())));
    update(&mut m, Msg::Canned(Ok(canned())));
    update(
        &mut m,
        Msg::Vocabulary(crate::helpdesk::zendesk::zendesk_vocabulary()),
    );
    update(
        &mut m,
        Msg::Views(Ok(vec![View {
            id: Id::from(1),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: tickets(),
            loaded: 5,
            total: Some(5),
        },
    );
    update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    let conv = m.conversations.req.unwrap();
    update(
        &mut m,
        Msg::Conversation {
            req: conv,
            ticket: Id::from(1001),
            result: Ok(messages()),
            saved: None,
        },
    );
    let cust = m.customers.req.unwrap();
    update(
        &mut m,
        Msg::Customer {
            req: cust,
            customer: Id::from(7),
            result: Ok(customer()),
            saved: None,
        },
    );
    m
}

/// The model with its first canned response turned into a Zendesk-style macro (an action).
pub fn macro_model() -> Model {
    let mut m = loaded_model();
    let mut all = canned();
    all[0].kind = crate::helpdesk::CannedKind::Action;
    update(&mut m, Msg::Canned(Ok(all)));
    m.groups = vec![Group {
        id: Id::from(31),
        name: "Billing".into(),
    }];
    m
}

/// What the helpdesk says the refund macro would do to #1001.
pub fn macro_preview() -> crate::helpdesk::MacroPreview {
    use crate::helpdesk::{FieldChange, NewMessage, PatchField, Visibility};
    let change = |field, from: &str, to: &str| FieldChange {
        field,
        from: Some(from.into()),
        to: Some(to.into()),
    };
    crate::helpdesk::MacroPreview {
        ticket: Id::from(1001),
        canned: Id::from(1),
        changes: vec![
            change(PatchField::Status, "open", "solved"),
            FieldChange {
                field: PatchField::Group,
                from: None,
                to: Some("31".into()),
            },
            change(PatchField::Tags, "refund", "refund refund_issued"),
        ],
        message: Some(NewMessage {
            visibility: Visibility::Public,
            body: "Hi Ana,\n\nI've issued a full refund for your order. Depending on your bank it \
                   can take 5–10 business days to appear on your statement.\n\nAlex Morgan"
                .into(),
        }),
    }
}

pub fn ids(m: &Model) -> Vec<String> {
    m.queue
        .visible
        .iter()
        .map(|&i| m.queue.tickets[i].id.to_string())
        .collect()
}

pub fn send_reply(m: &mut Model, text: &str) -> Vec<Effect> {
    update(m, key("r"));
    typed(m, text);
    update(m, key("ctrl-s"))
}

pub fn saved(fx: &[Effect]) -> Option<Option<String>> {
    fx.iter().rev().find_map(|e| match e {
        Effect::SaveDraft { draft, .. } => Some(draft.as_ref().map(|d| d.text.clone())),
        _ => None,
    })
}

/// `n` open tickets from id `first`, their clocks running out a minute apart (the view's order).
pub fn ordered(first: u64, n: u64) -> Vec<crate::helpdesk::Ticket> {
    (0..n)
        .map(|i| {
            let mut t = ticket(first + i, "Paged", "open", "normal", "email", 1);
            t.sla[0].due_at = Some(now() + jiff::SignedDuration::from_mins((first + i) as i64));
            t
        })
        .collect()
}

/// Steps down the queue until its next page is asked (a screen of the queue's rows from the end).
pub fn down_to_the_next_page(m: &mut Model) {
    for _ in 0..m.queue.visible.len() {
        if m.queue.req.is_some() {
            return;
        }
        update(m, key("j"));
    }
    panic!("no next page was asked");
}

/// The loading page arrives (`tickets`), then the load ends with cursor `next`; the end's effects.
pub fn deliver(
    m: &mut Model,
    tickets: Vec<crate::helpdesk::Ticket>,
    next: Option<&str>,
) -> Vec<Effect> {
    let req = m.queue.req.expect("a load in flight");
    let loaded = tickets.len();
    update(
        m,
        Msg::ViewPage {
            req,
            tickets,
            loaded,
            total: None,
        },
    );
    update(
        m,
        Msg::ViewDone {
            req,
            result: Ok(next.map(String::from)),
        },
    )
}

/// A model showing the top 50 tickets of a longer, ordered view; the next page's cursor is "p2".
pub fn windowed_model() -> Model {
    let mut m = empty_model();
    m.queue.load_window = Some(50);
    // Two hours' warning: every ticket of the first two pages is near its breach.
    m.alerts.settings.minutes = 120;
    init(&mut m);
    update(&mut m, Msg::Tick(now()));
    let fx = update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.queue.req.unwrap();
    assert!(
        matches!(
            &fx[..],
            [Effect::LoadView {
                from: None,
                want: Some(50),
                ..
            }]
        ),
        "only the window is asked for: {fx:?}"
    );
    let page = |tickets| Msg::ViewPage {
        req,
        tickets,
        loaded: 50,
        total: Some(1000),
    };
    update(&mut m, page(ordered(1, 50)));
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(Some("p2".into())),
        },
    );
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "the window fills the screen: nothing more yet: {fx:?}"
    );
    m
}

/// Enter on the macro in the canned panel: the preview is asked for; the popup shows at once.
pub fn choose_macro(m: &mut Model) -> super::msg::ReqId {
    update(m, key("c"));
    let fx = update(m, key("enter"));
    let [
        Effect::PreviewMacro {
            req,
            ticket,
            canned,
        },
    ] = &fx[..]
    else {
        panic!("{fx:?}")
    };
    assert_eq!((ticket.0.as_str(), canned.0.as_str()), ("1001", "1"));
    assert_eq!(m.mode(), Mode::Macro);
    assert!(m.composer.is_none(), "a macro is not inserted as text");
    assert_eq!(
        m.macro_popup().unwrap().preview,
        Loaded::Loading,
        "the UI does not wait"
    );
    *req
}

pub fn previewed(m: &mut Model) -> super::msg::ReqId {
    let req = choose_macro(m);
    let fx = update(
        m,
        Msg::MacroPreview {
            req,
            ticket: Id::from(1001),
            result: Ok(Some(macro_preview())),
        },
    );
    assert!(fx.is_empty());
    assert_eq!(
        m.macro_popup().unwrap().preview,
        Loaded::Ready(macro_preview())
    );
    req
}

pub fn three_views() -> Vec<crate::helpdesk::View> {
    ["My open tickets", "Unowned open tickets", "All open"]
        .iter()
        .enumerate()
        .map(|(i, name)| crate::helpdesk::View {
            id: Id::from(10 + i as u64),
            name: name.to_string(),
        })
        .collect()
}

/// What was typed into the prompt open ("" when none is).
pub fn prompt_typed(m: &Model) -> &str {
    m.overlay.as_ref().and_then(Overlay::typed).unwrap_or("")
}

pub const REFUND: &str = r#"title = "Refund request"
[when]
keywords = ["refund"]

[[step]]
id = "window"
ask = "Was the order placed within 30 days?"
short = "within 30 days?"
answers = [
  { answer = "Yes", next = "returned" },
  { answer = "No", next = "late" },
]

[[step]]
id = "returned"
say = "Check the return scan."
next = "limit"

[[step]]
id = "limit"
ask = "Is it above your limit?"
short = "above the limit?"
answers = [
  { answer = "No", next = "refund" },
  { answer = "Yes", next = "approval" },
]

[[end]]
id = "refund"
outcome = "refund issued"
canned = "Billing::Refund issued"
tags = ["+refund_issued"]

[[end]]
id = "late"
reply = "Sorry {{ticket.requester.first_name}}, that order is too old."
status = "pending"

[[end]]
id = "approval"
outcome = "sent for approval"
reply = "A manager will approve it today."
group = "Billing"
escalate = true
"#;

pub const TWO_FA: &str = r#"title = "Two-factor reset"
[when]
keywords = ["2fa"]
[[step]]
id = "who"
ask = "Identity confirmed?"
answers = [{ answer = "Yes", next = "done" }]
[[end]]
id = "done"
reply = "Reset."
"#;

/// The loaded model with two workflows (a refund one that fits ticket 1001, a two-factor one that
/// does not) and a Billing group.
pub fn with_workflows() -> Model {
    let mut m = loaded_model();
    for (name, text) in [("2fa", TWO_FA), ("refund", REFUND)] {
        let (wf, problems) = crate::workflow::parse(name, name, text, &Default::default());
        assert!(problems.is_empty(), "{problems:?}");
        m.workflows.installed.push(wf.unwrap());
    }
    update(
        &mut m,
        Msg::Groups(Ok(vec![Group {
            id: Id::from(50),
            name: "Billing".into(),
        }])),
    );
    m
}
