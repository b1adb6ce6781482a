//! Keys answered with a very long ticket open: each key is `update` plus a frame drawn into a
//! 120x40 TestBackend, as the workspace does. The helpdesk's answers go through the real gate
//! (`Sanitized`, whose cleaning runs off the UI task) and that cost is printed apart. Prints
//! figures; asserts nothing.
//! Also the cost of turning a big HTML mail into text (`html::to_text`, which the adapters and the
//! gate run off the UI task).
//!     cargo bench --bench big_body

use std::time::{Duration, Instant};

use async_trait::async_trait;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tix::app::model::Model;
use tix::app::msg::{Effect, Msg};
use tix::app::update::{init, update};
use tix::helpdesk::sanitized::Sanitized;
use tix::helpdesk::zendesk::{channel_of, priority_of, status_of};
use tix::helpdesk::*;

const MB: usize = 1024 * 1024;

/// A pasted log with colour escapes and an email address now and then, as agents get them.
fn giant(bytes: usize) -> String {
    const LINES: [&str; 4] = [
        "\u{1b}[31mERROR\u{1b}[0m sync-worker: upstream returned 502, retrying",
        "\u{1b}[33mWARN \u{1b}[0m sync-worker: queue depth 18234, lag 412 s",
        "INFO  sync-worker: batch committed (500 rows), mail ops@example.com",
        "\u{1b}[1;31mFATAL\u{1b}[0m billing-api: invariant violated: balance < 0",
    ];
    let mut out = String::with_capacity(bytes + 128);
    let mut i = 0usize;
    while out.len() < bytes {
        out.push_str(&format!("{:>8} {}\n", i, LINES[i % LINES.len()]));
        i += 1;
    }
    out
}

/// One ticket (#1000) is huge: its body, and with `every_field` every text it has.
struct Huge {
    every_field: bool,
    /// Built once: the gate's figure should not count the fake making its strings.
    body: String,
    /// One long line: single-line fields have no line breaks to fold at.
    line: String,
}

impl Huge {
    fn new(bytes: usize, every_field: bool) -> Huge {
        let body = giant(bytes);
        let line = body.replace('\n', " ");
        Huge {
            every_field,
            body,
            line,
        }
    }

    fn big(&self, short: &str) -> String {
        if self.every_field {
            self.line.clone()
        } else {
            short.to_string()
        }
    }

    fn party(&self, i: u64, huge: bool) -> PartyRef {
        let name = format!("Customer {i}");
        PartyRef {
            id: Id::from(i),
            name: if huge {
                self.big(&name).into()
            } else {
                name.into()
            },
            email: Some(if huge {
                self.big("c@example.com").into()
            } else {
                format!("c{i}@example.com").into()
            }),
        }
    }

    fn make(&self, i: u64, now: Timestamp) -> Ticket {
        let huge = i == 0;
        let text = |s: &str| if huge { self.big(s) } else { s.to_string() };
        let mut status = status_of(["open", "new", "pending"][i as usize % 3]);
        let mut priority = priority_of(["high", "normal", "urgent"][i as usize % 3]);
        if huge && self.every_field {
            status.label = self.big("open").into();
            priority.label = self.big("high").into();
        }
        Ticket {
            id: Id::from(1000 + i),
            subject: (text(&format!("Order {i} has not arrived"))).into(),
            status,
            priority: Some(priority),
            channel: channel_of("email"),
            requester: Some(self.party(i % 50, huge)),
            requester_tier: None,
            satisfaction: None,
            assignee: Some(self.party(900, huge)),
            group: Some(text("Billing").into()),
            organization: Some(text("Acme").into()),
            tags: vec![text("refund").into()],
            created_at: now,
            updated_at: now,
            sla: vec![SlaTarget {
                metric: SlaMetric::FirstResponse,
                due_at: Some(now + jiff::SignedDuration::from_secs(i as i64 * 60 + 600)),
                state: SlaState::Active,
            }],
        }
    }
}

#[async_trait]
impl Helpdesk for Huge {
    fn backend(&self) -> &'static str {
        "zendesk"
    }
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            views: true,
            canned_responses: true,
            organizations: true,
            sla: true,
            search: true,
            ordered_views: false,
            ..Capabilities::NONE
        }
    }
    async fn me(&self) -> Result<Agent> {
        Ok(Agent {
            id: Id::from(900),
            name: "Alex".into(),
            email: None,
        })
    }
    async fn views(&self) -> Result<Vec<View>> {
        Ok(vec![View {
            id: Id::from(1),
            name: "All unsolved".into(),
        }])
    }
    async fn view_count(&self, _: &Id) -> Result<Option<u64>> {
        Ok(Some(100))
    }
    async fn view_tickets(&self, _: &Id, _: Option<&str>) -> Result<Page<Ticket>> {
        let now = Timestamp::now();
        Ok(Page {
            items: (0..100).map(|i| self.make(i, now)).collect(),
            next: None,
            skipped: 0,
            total: None,
        })
    }
    async fn ticket(&self, id: &Id) -> Result<Ticket> {
        let i = id.0.parse::<u64>().unwrap_or(1000) - 1000;
        Ok(self.make(i, Timestamp::now()))
    }
    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        let huge = ticket == &Id::from(1000);
        let body = |s: &str| {
            if huge {
                self.body.clone()
            } else {
                s.to_string()
            }
        };
        let now = Timestamp::now();
        Ok(vec![
            Message {
                id: Id::from(1),
                author: Some(self.party(0, huge && self.every_field)),
                visibility: Visibility::Public,
                channel: Some(channel_of("email")),
                created_at: now,
                body: body("Where is my order?"),
                attachments: vec![tix::helpdesk::Attachment {
                    name: if huge && self.every_field {
                        self.big("log.txt")
                    } else {
                        "log.txt".into()
                    },
                    size: Some(2048),
                    content_type: Some("text/plain".into()),
                    source: String::new(),
                }],
                stored_digest: None,
            },
            Message {
                id: Id::from(2),
                author: Some(self.party(900, huge && self.every_field)),
                visibility: Visibility::Internal,
                channel: None,
                created_at: now,
                body: if huge && self.every_field {
                    self.body.clone()
                } else {
                    "Checking with the warehouse.".into()
                },
                attachments: vec![],
                stored_digest: None,
            },
        ])
    }
    async fn customer(&self, id: &Id) -> Result<Customer> {
        let huge = self.every_field && id == &Id::from(0);
        let text = |s: &str| if huge { self.big(s) } else { s.to_string() };
        Ok(Customer {
            id: id.clone(),
            name: text("Customer 0"),
            email: Some(text("c0@example.com")),
            phone: Some(text("+40 721 555 0142")),
            organization: Some(Organization {
                id: Id::from(1),
                name: text("Acme"),
                domains: vec![text("acme.example")],
            }),
            tier: Tier::Standard,
            lifetime_tickets: Some(3),
            missing: vec![],
            created_at: Timestamp::now(),
            locale: Some(text("ro-RO")),
        })
    }
    async fn customer_tickets(&self, id: &Id) -> Result<Vec<Ticket>> {
        let now = Timestamp::now();
        Ok(if id == &Id::from(0) {
            vec![self.make(0, now), self.make(50, now)]
        } else {
            vec![]
        })
    }
    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        Ok(vec![])
    }
    async fn agents(&self) -> Result<Vec<Agent>> {
        Ok(vec![])
    }
    async fn search(&self, _: &str) -> Result<Vec<Ticket>> {
        Ok(vec![])
    }
    async fn update(&self, _: &Id, _: &TicketPatch) -> Result<Ticket> {
        Ok(self.make(1, Timestamp::now()))
    }
    async fn create(&self, _: &NewTicket) -> Result<Ticket> {
        Ok(self.make(1, Timestamp::now()))
    }
}

fn key(k: &str) -> Msg {
    let (code, mods) = match k {
        "tab" => (KeyCode::Tab, KeyModifiers::NONE),
        "backtab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
        "esc" => (KeyCode::Esc, KeyModifiers::NONE),
        "ctrl-d" => (KeyCode::Char('d'), KeyModifiers::CONTROL),
        c => (
            KeyCode::Char(c.chars().next().unwrap_or(' ')),
            KeyModifiers::NONE,
        ),
    };
    Msg::Key(KeyEvent::new(code, mods))
}

/// Answers the effects as the runner would (through the gate); returns the time the gate took.
fn answer(
    rt: &tokio::runtime::Runtime,
    hd: &Sanitized<Huge>,
    m: &mut Model,
    effects: Vec<Effect>,
) -> Duration {
    let mut gate = Duration::ZERO;
    let mut queue = effects;
    while let Some(e) = queue.pop() {
        let t0 = Instant::now();
        let msg = match e {
            Effect::LoadViews => Msg::Views(rt.block_on(hd.views())),
            Effect::LoadMe => Msg::Me(rt.block_on(hd.me())),
            Effect::LoadView { req, view, .. } => {
                let page = rt.block_on(hd.view_tickets(&view, None)).expect("page");
                gate += t0.elapsed();
                let n = page.items.len();
                queue.extend(update(
                    m,
                    Msg::ViewPage {
                        req,
                        tickets: page.items,
                        loaded: n,
                        total: Some(n as u64),
                    },
                ));
                queue.extend(update(
                    m,
                    Msg::ViewDone {
                        req,
                        result: Ok(None),
                    },
                ));
                continue;
            }
            Effect::LoadConversation { req, ticket } => Msg::Conversation {
                req,
                result: rt.block_on(hd.messages(&ticket)),
                ticket,
                saved: None,
            },
            Effect::LoadCustomer {
                req,
                customer,
                want,
            } => {
                let r = rt.block_on(hd.customer_with_tickets(&customer, want));
                Msg::Customer {
                    req,
                    customer,
                    result: r,
                    saved: None,
                }
            }
            _ => continue,
        };
        gate += t0.elapsed();
        queue.extend(update(m, msg));
    }
    gate
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    // Queue steps away and back (the panels follow), the conversation scrolled, paged, read on,
    // to the end and back, masking toggled, a filter and the palette typed and closed.
    const KEYS: [&str; 20] = [
        "j", "k", "tab", "j", "j", "ctrl-d", "m", "G", "m", "g", "v", "j", "v", "backtab", "/",
        "r", "esc", ":", "r", "esc",
    ];
    for (label, bytes, every_field) in [
        ("2 MB body", 2 * MB, false),
        ("10 MB body", 10 * MB, false),
        ("10 MB in every field", 10 * MB, true),
    ] {
        let hd = Sanitized(Huge::new(bytes, every_field));
        let mut m = Model::new(
            "bench",
            "zendesk",
            true,
            tix::keymap::Keymap::default_keymap(),
        );
        m.now = Timestamp::now();
        let fx = init(&mut m);
        let gate = answer(&rt, &hd, &mut m, fx);
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        let mut cache = tix::ui::Cache::default();
        let t0 = Instant::now();
        term.draw(|f| tix::ui::draw(f, &m, &mut cache))
            .expect("draw");
        let first = t0.elapsed();

        let mut times = Vec::with_capacity(100);
        let mut answers = Duration::ZERO;
        for i in 0..100 {
            let t0 = Instant::now();
            let fx = update(&mut m, key(KEYS[i % KEYS.len()]));
            term.draw(|f| tix::ui::draw(f, &m, &mut cache))
                .expect("draw");
            times.push(t0.elapsed());
            // The helpdesk's answers come later, as messages of their own (not timed as keys).
            answers += answer(&rt, &hd, &mut m, fx);
        }
        times.sort();
        let over = times.iter().filter(|t| ms(**t) > 50.0).count();
        println!(
            "{label:>22}: key (update + frame at 120x40) median {:>6.2} ms · p95 {:>6.2} ms · max {:>6.2} ms · over 50 ms: {over} of 100",
            ms(times[49]),
            ms(times[94]),
            ms(times[99]),
        );
        println!(
            "{:>22}  first frame {:>6.2} ms · through the gate (off the UI task) {:>7.1} ms at start, {:>7.1} ms for the answers to 100 keys",
            "",
            ms(first),
            ms(gate),
            ms(answers),
        );
    }
    for (label, bytes) in [("100 KB HTML mail", 100 * 1024), ("1 MB HTML mail", MB)] {
        let html = html_mail(bytes);
        let mut times = Vec::with_capacity(5);
        let mut out = 0;
        for _ in 0..5 {
            let t0 = Instant::now();
            out = tix::html::to_text(&html).len();
            times.push(t0.elapsed());
        }
        times.sort();
        println!(
            "{label:>22}: html::to_text median {:>7.2} ms · max {:>7.2} ms ({out} bytes of text)",
            ms(times[2]),
            ms(times[4]),
        );
    }
}

/// A reply in HTML as mail clients send one: paragraphs with links and entities, a list, a table,
/// and the earlier mail in nested blockquotes, repeated to about `bytes`.
fn html_mail(bytes: usize) -> String {
    let mut out = String::from("<html><head><style>p{margin:0}</style></head><body>");
    let mut i = 0usize;
    while out.len() < bytes {
        out.push_str(&format!(
            "<p>Hello&nbsp;Ana, order <b>#{i}</b> &ndash; see <a href=\"https://acme.test/o/{i}?a=1&amp;b=2\">the order</a>.</p>\
             <ul><li>refund &euro;12,00</li><li>r&eacute;sum&eacute;</li></ul>\
             <table><tr><td>A-{i}</td><td>7,50</td></tr></table>\
             <blockquote><p>On Mon, Acme wrote:</p><blockquote><p>earlier mail {i}</p></blockquote></blockquote>"
        ));
        i += 1;
    }
    out.push_str("</body></html>");
    out
}
