//! The generated data: hostile text on demand, satisfaction ratings, nothing in the future;
//! generation time.

use super::*;

/// Whether a text carries terminal escapes, C1 controls, bidi controls, zero-width characters
/// or scripts.
pub(super) fn hostile(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{1b}' | '\u{7}' | '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{feff}')
    }) || s.contains("<script")
        || s.contains("javascript:")
}

#[tokio::test]
async fn hostile_data_on_demand() {
    pub(super) async fn scan(server: &DemoServer) -> (usize, usize, bool, usize, usize) {
        let api = Api::new(server);
        let (tickets, _) = export(
            &api,
            "/incremental/tickets/cursor?start_time=0&include=users",
        )
        .await;
        let customers: UsersPage = api.get("/users?role=end-user").await;
        let bad_names = customers.users.iter().filter(|u| hostile(&u.name)).count();
        let mut bad_tickets = 0;
        let (mut bad_comments, mut bad_files, mut biggest) = (0, 0, 0);
        let mut script = false;
        for t in &tickets {
            if !hostile(&t.subject) {
                continue;
            }
            bad_tickets += 1;
            let requester: UserEnvelope = api.get(&format!("/users/{}", t.requester_id)).await;
            assert!(hostile(&requester.user.name), "{:?}", requester.user.name);
        }
        // The comments of the first 60 tickets (hostile mode puts a 2 MB one early).
        for t in tickets.iter().filter(|t| t.id < 1061) {
            let thread: CommentsPage = api.get(&format!("/tickets/{}/comments", t.id)).await;
            for c in &thread.comments {
                bad_comments += usize::from(hostile(&c.body));
                script |= c.body.contains("<script");
                biggest = biggest.max(c.body.len());
                bad_files += c
                    .attachments
                    .iter()
                    .filter(|a| hostile(&a.file_name))
                    .count();
            }
        }
        assert!(script || bad_comments == 0);
        (
            bad_tickets,
            bad_names,
            biggest >= 2 * 1024 * 1024,
            bad_comments,
            bad_files,
        )
    }
    let wild = start_with(DemoOptions {
        tickets: 300,
        hostile: true,
        ..DemoOptions::default()
    })
    .await;
    let (tickets, names, giant, comments, files) = scan(&wild).await;
    assert!(
        (15..=50).contains(&tickets),
        "{tickets} hostile tickets of 300"
    );
    assert!(names >= 10, "{names} hostile names");
    assert!(giant, "a 2 MB comment");
    assert!(
        comments >= 5 && files >= 3,
        "{comments} comments, {files} files"
    );

    let calm = start(300, None).await;
    assert_eq!(scan(&calm).await, (0, 0, false, 0, 0));
}

#[tokio::test]
async fn solved_tickets_carry_csat_and_nothing_is_in_the_future() {
    let server = start(300, None).await;
    let api = Api::new(&server);
    let (tickets, _) = export(&api, "/incremental/tickets/cursor?start_time=0").await;
    let mut scores = HashSet::new();
    for t in &tickets {
        let solved = ["solved", "closed"].contains(&t.status.as_str());
        assert_eq!(t.satisfaction_rating.is_some(), solved, "ticket {}", t.id);
        if let Some(r) = &t.satisfaction_rating {
            assert!(["good", "bad", "offered", "unoffered"].contains(&r.score.as_str()));
            assert!(r.id > 0);
            scores.insert(r.score.clone());
        }
        assert!(
            t.created_at <= t.updated_at && t.updated_at <= anchor(),
            "{}",
            t.id
        );
    }
    assert_eq!(scores.len(), 4, "{scores:?}");
    let raw: Value = api.get("/tickets/1001").await;
    let shown = &raw["ticket"]["satisfaction_rating"];
    assert!(shown.is_null() || shown["score"].is_string());
    for t in tickets.iter().step_by(3) {
        let thread: CommentsPage = api.get(&format!("/tickets/{}/comments", t.id)).await;
        let last = thread.comments.last().unwrap();
        assert!(last.created_at <= t.updated_at, "ticket {}", t.id);
        assert!(thread.comments.iter().all(|c| c.created_at <= anchor()));
    }
}

/// Not a pass/fail test: prints how long 200,000 tickets take to generate. Run with
/// `cargo test --release --lib generation_time -- --ignored --nocapture`.
#[test]
#[ignore]
fn generation_time_for_200k_tickets() {
    let started = Instant::now();
    let data = data::Dataset::generate(MAX_TICKETS, 42, anchor());
    let generated = started.elapsed();
    let started = Instant::now();
    let text: usize = data
        .tickets
        .iter()
        .take(10_000)
        .map(|r| data.ticket(r).description.len())
        .sum();
    let materialized = started.elapsed();
    eprintln!(
        "generated {} tickets in {generated:?}; 10,000 tickets materialized in {materialized:?} ({text} bytes of descriptions); row size {} bytes",
        data.tickets.len(),
        std::mem::size_of::<data::TicketRow>()
    );
}
