//! A small, fixed workspace for state and render tests.

use jiff::Timestamp;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::model::{Loaded, Mode, Model, Overlay};
use super::msg::{Effect, Msg};
use super::update::{init, update};
use crate::helpdesk::zendesk::{channel_of, priority_of, status_of};
use crate::helpdesk::*;
use crate::keymap::Keymap;
use crate::ui::theme::{DEFAULT, Theme};

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
            attachments: vec![crate::helpdesk::Attachment {
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
            kind: crate::helpdesk::CannedKind::Text,
        },
        CannedResponse {
            id: Id::from(2),
            title: "Password reset".into(),
            folder: Some("Account".into()),
            body: "Hi {{ticket.requester.first_name}}, use the reset link.".into(),
            syntax: PlaceholderSyntax::DoubleBrace,
            sets_status: None,
            kind: crate::helpdesk::CannedKind::Text,
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
    let req = m.view_req.unwrap();
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
    let conv = m.conversation_req.unwrap();
    update(
        &mut m,
        Msg::Conversation {
            req: conv,
            ticket: Id::from(1001),
            result: Ok(messages()),
        },
    );
    let cust = m.customer_req.unwrap();
    update(
        &mut m,
        Msg::Customer {
            req: cust,
            customer: Id::from(7),
            result: Ok(customer()),
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
    m.groups = vec![View {
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
    m.visible
        .iter()
        .map(|&i| m.tickets[i].id.0.clone())
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

/// The loading page arrives (`tickets`), then the load ends with cursor `next`; the end's effects.
pub fn deliver(
    m: &mut Model,
    tickets: Vec<crate::helpdesk::Ticket>,
    next: Option<&str>,
) -> Vec<Effect> {
    let req = m.view_req.expect("a load in flight");
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
    m.load_window = Some(50);
    // Two hours' warning: every ticket of the first two pages is near its breach.
    m.alert_settings.minutes = 120;
    init(&mut m);
    update(&mut m, Msg::Tick(now()));
    let fx = update(
        &mut m,
        Msg::Views(Ok(vec![crate::helpdesk::View {
            id: Id::from(1),
            name: "All unsolved".into(),
        }])),
    );
    let req = m.view_req.unwrap();
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
