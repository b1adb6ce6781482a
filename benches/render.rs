//! Render and update cost with a large queue. Prints figures; asserts nothing.
//!     cargo bench --bench render

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tix::app::model::Model;
use tix::app::msg::Msg;
use tix::app::update::{init, update};
use tix::helpdesk::zendesk::{channel_of, priority_of, status_of};
use tix::helpdesk::*;

fn ticket(i: u64, now: Timestamp) -> Ticket {
    Ticket {
        id: Id::from(1000 + i),
        subject: format!(
            "Order {i} has not arrived — Comanda nu a ajuns 你好 {}",
            i % 97
        )
        .into(),
        status: status_of(["new", "open", "pending", "hold"][i as usize % 4]),
        priority: Some(priority_of(
            ["low", "normal", "high", "urgent"][i as usize % 4],
        )),
        channel: channel_of(["email", "chat", "sms", "voice", "twitter"][i as usize % 5]),
        requester: Some(PartyRef {
            // As the adapters make them: a requester's name and address shared by their rows.
            id: Id::interned(&(i % 150).to_string()),
            name: Str::interned(&format!("Customer {}", i % 150)),
            email: Some(Str::interned(&format!("c{}@example.com", i % 150))),
        }),
        requester_tier: None,
        satisfaction: None,
        assignee: None,
        group: None,
        organization: None,
        tags: vec![],
        created_at: now,
        updated_at: now,
        sla: vec![SlaTarget {
            metric: SlaMetric::FirstResponse,
            due_at: Some(now + jiff::SignedDuration::from_secs((i as i64 % 500) * 60 - 3600)),
            state: SlaState::Active,
        }],
    }
}

fn key(c: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn main() {
    let now = Timestamp::now();
    for n in [10_000u64, 100_000] {
        let mut m = Model::new(
            "bench",
            "zendesk",
            true,
            tix::keymap::Keymap::default_keymap(),
        );
        m.now = now;
        init(&mut m);
        update(
            &mut m,
            Msg::Views(Ok(vec![View {
                id: Id::from(1),
                name: "All".into(),
            }])),
        );
        let req = m.queue.req.unwrap_or(0);
        // The pages are made first: ingest is what the workspace does with them.
        let pages: Vec<Vec<Ticket>> = (0..n)
            .collect::<Vec<_>>()
            .chunks(100)
            .map(|chunk| chunk.iter().map(|&i| ticket(i, now)).collect())
            .collect();
        let t0 = Instant::now();
        for tickets in pages {
            update(
                &mut m,
                Msg::ViewPage {
                    req,
                    tickets,
                    loaded: 0,
                    total: Some(n),
                },
            );
        }
        update(
            &mut m,
            Msg::ViewDone {
                req,
                result: Ok(None),
            },
        );
        let load = t0.elapsed();

        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        let mut cache = tix::ui::Cache::default();
        let frames = 500;
        let t0 = Instant::now();
        for _ in 0..frames {
            update(&mut m, key(KeyCode::Char('j')));
            term.draw(|f| tix::ui::draw(f, &m, &mut cache))
                .expect("draw");
        }
        let per_frame = t0.elapsed() / frames;

        let t0 = Instant::now();
        update(&mut m, key(KeyCode::Char('/')));
        for c in "order 4".chars() {
            update(&mut m, key(KeyCode::Char(c)));
        }
        let filter = t0.elapsed() / 7;
        println!(
            "{n:>7} tickets: ingest {:>7.1} ms · queue step + frame at 120x40 {:>6.3} ms · filter keystroke {:>6.2} ms ({} match)",
            load.as_secs_f64() * 1e3,
            per_frame.as_secs_f64() * 1e3,
            filter.as_secs_f64() * 1e3,
            m.queue.visible.len()
        );
    }
}
