//! A corpus of hostile tickets goes through the real gate (`Sanitized`), into the model, and is drawn
//! through the real terminal backend; the bytes that would reach the agent's terminal are scanned.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use tix::app::model::Model;
use tix::app::msg::{Effect, Msg};
use tix::app::update::{init, update};
use tix::helpdesk::sanitized::Sanitized;
use tix::helpdesk::zendesk::{channel_of, priority_of, status_of};
use tix::helpdesk::*;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Things strangers put in tickets to attack the agent's terminal.
const HOSTILE: &[&str] = &[
    "\x1b]0;pwned title\x07",     // set window title (OSC 0)
    "\x1b]52;c;cm0gLXJmIH4=\x07", // write the clipboard (OSC 52)
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", // forged hyperlink (OSC 8)
    "\x1b[2J\x1b[H",              // clear screen, move cursor
    "\x1b[6n",                    // cursor position report (answerback)
    "\x1bP+q544e\x1b\\",          // DCS query
    "\u{9b}31mC1 CSI\u{9d}0;x\u{9c}", // C1 controls
    "\x07\x08\x0b\x0c\x7f",       // BEL, BS, VT, FF, DEL
    "safe\u{202e}fdp.exe",        // right-to-left override
    "\u{2066}isolate\u{2069}\u{200f}", // isolates, RLM
    "pay\u{200b}pal\u{feff}\u{2060}", // zero-width characters
    "\x1bc",                      // full reset
    "hello\u{e0069}\u{e0067}\u{e006e}\u{e006f}\u{e0072}\u{e0065}\u{e007f}", // hidden tag text
    "\u{61c}12\u{61c}",           // Arabic letter mark
    "a\u{115f}\u{1160}\u{3164}\u{ffa0}b", // Hangul fillers
    "f\u{2061}x\u{2062}y\u{2063}z\u{2064}", // invisible operators
    "\u{fff9}ok\u{fffa}hidden\u{fffb}", // interlinear annotation
    "one\u{2028}two\u{2029}three", // line and paragraph separators
    "x\u{fe0f}\u{fe0f} 😀\u{e0100}\u{e0101}", // stray variation selectors, hidden bytes
    "❤\u{fe0f} 👨\u{200d}👩\u{200d}👧 👋🏽 你好", // widths the terminal disagrees on, CJK
];

fn hostile(i: usize) -> String {
    format!("ticket {i} {} end", HOSTILE[i % HOSTILE.len()])
}

struct Evil;

fn party(i: usize) -> PartyRef {
    PartyRef {
        id: Id::from(format!("{i}\x1b[31m")),
        name: (hostile(i + 1)).into(),
        email: Some(format!("x{}@evil.example", hostile(i + 2)).into()),
    }
}

fn ticket(i: usize) -> Ticket {
    Ticket {
        id: Id::from(format!("{}", 100 + i)),
        subject: hostile(i).into(),
        status: status_of("open"),
        priority: Some(priority_of("high")),
        channel: channel_of(&hostile(i + 3)),
        requester: Some(party(i)),
        assignee: Some(party(i + 4)),
        group: Some((hostile(i + 5)).into()),
        organization: Some((hostile(i + 6)).into()),
        tags: vec![(hostile(i + 7)).into()],
        created_at: jiff::Timestamp::UNIX_EPOCH,
        updated_at: jiff::Timestamp::UNIX_EPOCH,
        sla: vec![],
        requester_tier: None,
        satisfaction: None,
    }
}

#[async_trait]
impl Helpdesk for Evil {
    fn backend(&self) -> &'static str {
        "evil"
    }
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            views: true,
            canned_responses: true,
            organizations: true,
            sla: false,
            search: true,
            ordered_views: false,
            ..Capabilities::NONE
        }
    }
    async fn me(&self) -> Result<Agent> {
        Ok(Agent {
            id: Id::from(1),
            name: hostile(0),
            email: None,
        })
    }
    async fn views(&self) -> Result<Vec<View>> {
        Ok(vec![View {
            id: Id::from(1),
            name: hostile(1),
        }])
    }
    async fn view_count(&self, _: &Id) -> Result<Option<u64>> {
        Ok(Some(HOSTILE.len() as u64))
    }
    async fn view_tickets(&self, _: &Id, _: Option<&str>) -> Result<Page<Ticket>> {
        Ok(Page {
            items: (0..HOSTILE.len()).map(ticket).collect(),
            next: None,
            skipped: 0,
            total: None,
        })
    }
    async fn ticket(&self, _: &Id) -> Result<Ticket> {
        Ok(ticket(0))
    }
    async fn messages(&self, _: &Id) -> Result<Vec<Message>> {
        Ok((0..HOSTILE.len())
            .map(|i| Message {
                id: Id::from(i as u64),
                author: Some(party(i)),
                visibility: if i % 2 == 0 {
                    Visibility::Public
                } else {
                    Visibility::Internal
                },
                channel: Some(channel_of("email")),
                created_at: jiff::Timestamp::UNIX_EPOCH,
                body: format!(
                    "{}\nsecond line {}\n<p>html {}</p>",
                    hostile(i),
                    hostile(i + 1),
                    hostile(i + 2)
                ),
                attachments: vec![tix::helpdesk::Attachment {
                    name: hostile(i + 3),
                    size: Some(2048),
                    content_type: Some(hostile(i + 4)),
                    source: hostile(i + 5),
                }],
                stored_digest: None,
            })
            .collect())
    }
    async fn customer(&self, _: &Id) -> Result<Customer> {
        Ok(Customer {
            id: Id::from(7),
            name: hostile(3),
            email: Some(hostile(4)),
            phone: Some(hostile(5)),
            organization: Some(Organization {
                id: Id::from(1),
                name: hostile(6),
                domains: vec![hostile(7)],
            }),
            tier: Tier::Vip,
            lifetime_tickets: Some(3),
            missing: vec![],
            created_at: jiff::Timestamp::UNIX_EPOCH,
            // Hostile too: it is compared with canned responses' languages, never shown.
            locale: Some(hostile(8)),
        })
    }
    async fn customer_tickets(&self, _: &Id) -> Result<Vec<Ticket>> {
        Ok((0..4).map(ticket).collect())
    }
    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        Ok((0..HOSTILE.len())
            .map(|i| CannedResponse {
                id: Id::from(i as u64),
                title: hostile(i),
                folder: Some(hostile(i + 1)),
                body: hostile(i + 2),
                syntax: PlaceholderSyntax::DoubleBrace,
                sets_status: None,
                kind: tix::helpdesk::CannedKind::Text,
                language: Some(hostile(i + 3)),
            })
            .collect())
    }
    async fn agents(&self) -> Result<Vec<Agent>> {
        Ok(vec![])
    }
    async fn search(&self, _: &str) -> Result<Vec<Ticket>> {
        Ok(vec![])
    }
    async fn update(&self, _: &Id, _: &TicketPatch) -> Result<Ticket> {
        Err(HelpdeskError::new(ErrorKind::Invalid, hostile(8)))
    }
    async fn create(&self, _: &NewTicket) -> Result<Ticket> {
        Ok(ticket(0))
    }
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every escape sequence must be one crossterm writes for drawing: CSI with numeric parameters.
fn scan(bytes: &[u8]) -> std::result::Result<(), String> {
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| format!("invalid UTF-8: {e}"))?;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\x1b' => {
                if chars.get(i + 1) != Some(&'[') {
                    return Err(format!(
                        "non-CSI escape at {i}: {:?}",
                        &chars[i..(i + 12).min(chars.len())]
                    ));
                }
                let mut j = i + 2;
                while j < chars.len()
                    && (chars[j].is_ascii_digit() || chars[j] == ';' || chars[j] == '?')
                {
                    j += 1;
                }
                match chars.get(j) {
                    Some(f) if f.is_ascii_alphabetic() => i = j + 1,
                    other => return Err(format!("malformed CSI at {i}: final {other:?}")),
                }
                continue;
            }
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => {
                return Err(format!("control {:?} at {i}", c));
            }
            '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2060}'
            | '\u{feff}' => return Err(format!("invisible/bidi {:?} at {i}", c)),
            // Tags, ALM, fillers, invisible operators, annotation, separators, skin tones.
            '\u{e0000}'..='\u{e00ff}'
            | '\u{e01f0}'..='\u{e0fff}'
            | '\u{61c}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{ffa0}'
            | '\u{2061}'..='\u{2064}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{1f3fb}'..='\u{1f3ff}' => {
                return Err(format!("invisible {:04X} at {i}", c as u32));
            }
            // A selector only right after the character it selects, and none that widens it;
            // no joiner between emoji.
            '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' | '\u{200d}' => {
                let prev = i.checked_sub(1).map(|p| chars[p]);
                let ok = match (c, prev) {
                    ('\u{200d}', _) => false,
                    (_, Some(p)) => {
                        !p.is_whitespace()
                            && !p.is_ascii_alphabetic()
                            && UnicodeWidthStr::width(format!("{p}{c}").as_str())
                                == p.width().unwrap_or(0)
                    }
                    _ => false,
                };
                if !ok {
                    return Err(format!("selector/joiner {:04X} at {i}", c as u32));
                }
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

fn draw(m: &Model, w: u16, h: u16) -> Vec<u8> {
    let out = Captured::default();
    let mut t = Terminal::with_options(
        CrosstermBackend::new(out.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    t.draw(|f| tix::ui::draw(f, m, &mut tix::ui::Cache::default()))
        .unwrap();
    drop(t);
    out.0.lock().unwrap().clone()
}

#[test]
fn the_scan_catches_what_it_should() {
    assert!(scan(b"\x1b[31mok\x1b[0m\x1b[12;4H").is_ok());
    assert!(scan(b"\x1b]52;c;eA==\x07").is_err());
    assert!(scan("a\u{202e}b".as_bytes()).is_err());
    assert!(scan("\u{9b}2J".as_bytes()).is_err());
    assert!(scan("hello\u{e0069}".as_bytes()).is_err());
    assert!(scan("❤\u{fe0f}".as_bytes()).is_err());
    assert!(scan("👨\u{200d}👩".as_bytes()).is_err());
    assert!(scan("x \u{fe0f}".as_bytes()).is_err());
    assert!(scan("👍\u{fe0f} 葛\u{e0100} 你好".as_bytes()).is_ok());
}

#[tokio::test]
async fn hostile_tickets_never_reach_the_terminal() {
    let hd = Sanitized(Evil);
    let mut m = Model::new("evil", "evil", false, tix::keymap::Keymap::default_keymap());
    m.privacy = false; // draw everything as it came
    let mut effects = init(&mut m);
    let mut frames = 0;
    // Run the effects against the gate until the workspace is quiet, as the runner would.
    let mut rounds = 0;
    while !effects.is_empty() && rounds < 20 {
        rounds += 1;
        let mut next = vec![];
        for e in effects {
            let msg = match e {
                Effect::LoadMe => Msg::Me(hd.me().await),
                Effect::LoadViews => Msg::Views(hd.views().await),
                Effect::LoadCanned => Msg::Canned(hd.canned_responses().await),
                Effect::LoadAgents => Msg::Agents(hd.agents().await),
                Effect::LoadView { req, view, .. } => {
                    let page = hd.view_tickets(&view, None).await.unwrap();
                    next.extend(update(
                        &mut m,
                        Msg::ViewPage {
                            req,
                            loaded: page.items.len(),
                            total: None,
                            tickets: page.items,
                        },
                    ));
                    Msg::ViewDone {
                        req,
                        result: Ok(None),
                    }
                }
                Effect::LoadConversation { req, ticket } => Msg::Conversation {
                    req,
                    result: hd.messages(&ticket).await,
                    ticket,
                    saved: None,
                },
                Effect::LoadCustomer { req, customer, .. } => {
                    let r = hd.customer(&customer).await.map(|c| (c, vec![]));
                    Msg::Customer {
                        req,
                        customer,
                        result: r,
                        saved: None,
                    }
                }
                Effect::Update {
                    req, ticket, patch, ..
                } => Msg::Updated {
                    posted: None,
                    req,
                    result: hd.update(&ticket, &patch).await,
                    ticket,
                },
                _ => continue,
            };
            next.extend(update(&mut m, msg));
        }
        effects = next;
    }
    assert_eq!(m.queue.tickets.len(), HOSTILE.len());
    // Walk every ticket, open the canned list and the composer, fail a write: draw each state.
    for step in 0..HOSTILE.len() {
        for (w, h) in [(120, 40), (80, 24), (200, 60)] {
            scan(&draw(&m, w, h)).unwrap_or_else(|e| panic!("step {step} at {w}x{h}: {e}"));
            frames += 1;
        }
        let key = |c| {
            Msg::Key(ratatui::crossterm::event::KeyEvent::new(
                c,
                ratatui::crossterm::event::KeyModifiers::NONE,
            ))
        };
        use ratatui::crossterm::event::KeyCode;
        let fx = update(&mut m, key(KeyCode::Char('j')));
        for e in fx {
            if let Effect::LoadConversation { req, ticket } = e {
                update(
                    &mut m,
                    Msg::Conversation {
                        req,
                        result: hd.messages(&ticket).await,
                        ticket,
                        saved: None,
                    },
                );
            }
        }
        if step == 3 {
            update(&mut m, key(KeyCode::Char('c')));
            update(&mut m, key(KeyCode::Enter));
        }
    }
    let fx = update(
        &mut m,
        Msg::Key(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char('s'),
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        )),
    );
    for e in fx {
        if let Effect::Update {
            req, ticket, patch, ..
        } = e
        {
            update(
                &mut m,
                Msg::Updated {
                    posted: None,
                    req,
                    result: hd.update(&ticket, &patch).await,
                    ticket,
                },
            );
        }
    }
    assert!(
        m.log.notice.as_ref().is_some_and(|n| n.error),
        "the failed write is reported"
    );
    scan(&draw(&m, 120, 40)).unwrap();
    println!(
        "hostile corpus: {} strings, {frames} frames scanned",
        HOSTILE.len()
    );
}

#[test]
fn without_the_gate_the_scan_would_fail() {
    // The same corpus drawn raw: proves the test exercises what it claims.
    let mut m = Model::new("evil", "evil", false, tix::keymap::Keymap::default_keymap());
    let req = {
        init(&mut m);
        update(
            &mut m,
            Msg::Views(Ok(vec![View {
                id: Id::from(1),
                name: "v".into(),
            }])),
        );
        m.queue.req.unwrap()
    };
    update(
        &mut m,
        Msg::ViewPage {
            req,
            tickets: (0..HOSTILE.len()).map(ticket).collect(),
            loaded: 0,
            total: None,
        },
    );
    assert!(
        scan(&draw(&m, 200, 60)).is_err(),
        "raw hostile text must trip the scan"
    );
}

/// A view is found by the name the agent saw, which is its name cleaned: the gate looks among the
/// cleaned views when the backend finds none by that name.
#[tokio::test]
async fn a_view_is_found_by_its_cleaned_name() {
    let hd = Sanitized(Evil);
    let shown = hd.views().await.unwrap()[0].name.clone();
    assert_ne!(shown, hostile(1), "cleaning changed the name");
    let found = hd.view_named(&shown).await.unwrap().expect("found");
    assert_eq!(found.id, Id::from(1));
    assert_eq!(found.name, shown);
    assert_eq!(
        hd.view_named(&hostile(1)).await.unwrap().map(|v| v.name),
        Some(shown)
    );
}
