use super::*;
use crate::app::fixtures;
use crate::helpdesk::{ErrorKind, HelpdeskError};
use crate::store::cache::Cache;

#[tokio::test]
async fn a_changed_api_budget_is_reported_as_a_message() {
    let opts = crate::demo::DemoOptions {
        tickets: 20,
        rate_limit: Some(crate::demo::DemoRateLimit {
            limit: 1000,
            remaining: 60,
            window_secs: 60,
        }),
        ..crate::demo::DemoOptions::default()
    };
    let s = crate::demo::DemoServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        jiff::Timestamp::now(),
    )
    .await
    .unwrap();
    let zd =
        crate::helpdesk::zendesk::Zendesk::new(&s.base_url, crate::helpdesk::zendesk::Auth::None);
    let hd: SharedHelpdesk = Arc::new(zd);
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let runner = Runner::new(hd.clone(), tx, None);
    runner.watch_rate_budget(std::time::Duration::from_millis(10));
    // Nothing known yet: the first look reports nothing new.
    hd.views().await.unwrap();
    let budget = loop {
        match tokio::time::timeout(std::time::Duration::from_secs(5), rx.recv()).await {
            Ok(Some(Msg::RateBudget(Some(b)))) => break b,
            Ok(Some(_)) => continue,
            other => panic!("no budget reported: {other:?}"),
        }
    };
    assert_eq!((budget.limit, budget.remaining), (1000, 59));
}

#[tokio::test]
async fn a_run_of_the_same_field_change_in_the_outbox_goes_as_one_bulk_write() {
    use crate::helpdesk::Helpdesk;
    let s = crate::demo::DemoServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        crate::demo::DemoOptions {
            tickets: 50,
            ..crate::demo::DemoOptions::default()
        },
        jiff::Timestamp::now(),
    )
    .await
    .unwrap();
    let zd =
        crate::helpdesk::zendesk::Zendesk::new(&s.base_url, crate::helpdesk::zendesk::Auth::None);
    let views = zd.views().await.unwrap();
    let queue = crate::helpdesk::load_view(&zd, &views[0].id, |_, _, _| {})
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ob = Outbox::new(dir.path(), "p");
    let low = crate::helpdesk::TicketPatch {
        priority: Some("low".into()),
        ..Default::default()
    };
    let high = crate::helpdesk::TicketPatch {
        priority: Some("high".into()),
        ..Default::default()
    };
    // Left by an earlier session: three the same, then another change.
    for (i, (t, patch)) in queue.iter().zip([&low, &low, &low, &high]).enumerate() {
        ob.put(&outbox::Entry {
            seq: i as u64 + 1,
            ticket: t.id.clone(),
            patch: patch.clone(),
            queued_at: jiff::Timestamp::now(),
            attempted: false,
        })
        .unwrap();
    }
    s.reset_stats();
    let hd: SharedHelpdesk = Arc::new(zd);
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut runner = Runner::new(hd.clone(), tx, None);
    runner.set_outbox(Some(ob.clone()));
    runner.resume_outbox();
    let mut delivered = 0;
    while delivered < 4 {
        match tokio::time::timeout(std::time::Duration::from_secs(10), rx.recv()).await {
            Ok(Some(Msg::OutboxDelivered { .. })) => delivered += 1,
            Ok(Some(_)) => continue,
            other => panic!("not delivered: {other:?}"),
        }
    }
    assert!(ob.pending().is_empty());
    // One update_many for the three; the fourth written alone (its write, then a read).
    assert_eq!(s.stats().requests, 3);
    for (t, want) in queue.iter().zip(["low", "low", "low", "high"]) {
        let now = hd.ticket(&t.id).await.unwrap();
        assert_eq!(now.priority.unwrap().raw, want);
    }
}

#[test]
fn a_fresh_answer_is_kept_and_a_failed_one_comes_with_the_kept_copy() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path(), "p");
    let id = Id::from(1001);
    let (fresh, saved) = kept_or_saved(
        Ok(fixtures::messages()),
        Some(&cache),
        |c| c.load_conversation(&id),
        |c, v| c.save_conversation(&id, v),
    );
    assert_eq!((fresh.unwrap(), saved), (fixtures::messages(), None));
    let down = HelpdeskError::new(ErrorKind::Network, "connection refused");
    let (failed, saved) = kept_or_saved(
        Err(down),
        Some(&cache),
        |c| c.load_conversation(&id),
        |c, v| c.save_conversation(&id, v),
    );
    assert!(failed.is_err());
    assert_eq!(saved, Some(fixtures::messages()));
}

/// The runner's notices reach the status bar as they are: in the agent's language.
#[tokio::test]
async fn the_runners_notices_are_in_the_agents_language() {
    let zd = crate::helpdesk::zendesk::Zendesk::new(
        "http://127.0.0.1:9",
        crate::helpdesk::zendesk::Auth::None,
    );
    let hd: SharedHelpdesk = Arc::new(zd);
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut runner = Runner::new(hd, tx, None);
    runner.set_lang(crate::i18n::Lang::Ro);
    // No download folder known: said before anything is asked of the helpdesk.
    runner.run(Effect::Download {
        req: 7,
        ticket: crate::helpdesk::Id::from(1001),
        attachment: crate::helpdesk::Attachment {
            name: "chitanta.pdf".into(),
            size: None,
            content_type: None,
            source: "x".into(),
        },
        open: false,
    });
    match tokio::time::timeout(std::time::Duration::from_secs(5), rx.recv()).await {
        Ok(Some(Msg::Downloaded {
            result: Err(why), ..
        })) => {
            assert!(why.contains("setați download_dir"), "{why}")
        }
        other => panic!("no answer: {other:?}"),
    }
}
