//! Faults and link shaping: failures, delays, dropped connections, the throughput cap.

use super::*;

#[tokio::test]
async fn fail_rate_gives_a_reproducible_mix_of_failures() {
    let opts = DemoOptions {
        tickets: 20,
        fail_rate: 0.5,
        ..DemoOptions::default()
    };
    let first = outcomes(&start_with(opts.clone()).await, 60).await;
    let again = outcomes(&start_with(opts.clone()).await, 60).await;
    assert_eq!(first, again, "same seed, same failures");
    for kind in ["ok", "html", "truncated", "500", "503"] {
        assert!(first.contains(&kind), "{kind} in {first:?}");
    }
    assert!(!first.contains(&"unexpected"), "{first:?}");
    let failed = first.iter().filter(|o| **o != "ok").count();
    assert!((18..=42).contains(&failed), "{failed} of 60 failed");
    let other_seed = DemoOptions { seed: 7, ..opts };
    let other = outcomes(&start_with(other_seed).await, 60).await;
    assert_ne!(first, other, "another seed, other failures");

    let calm = outcomes(&start(20, None).await, 30).await;
    assert!(calm.iter().all(|o| *o == "ok"), "{calm:?}");
}

#[tokio::test]
async fn slow_ms_and_latency_delay_answers() {
    pub(super) const SLOW: Duration = Duration::from_millis(400);
    let timed = |server: &DemoServer, http: &reqwest::Client| {
        let url = format!("{}/api/v2/users/me", server.base_url);
        let request = http.get(url);
        async move {
            let started = Instant::now();
            let res = request.send().await.unwrap();
            let ok = res.status().is_success();
            let _ = res.bytes().await;
            (ok, started.elapsed())
        }
    };
    let http = reqwest::Client::new();
    // Nothing set to fail: every request is slow.
    let server = start_with(DemoOptions {
        tickets: 20,
        slow_ms: 400,
        ..DemoOptions::default()
    })
    .await;
    for _ in 0..3 {
        let (ok, took) = timed(&server, &http).await;
        assert!(ok && took >= SLOW, "{took:?}");
    }
    // With failures: the failing share is the slow share.
    let server = start_with(DemoOptions {
        tickets: 20,
        slow_ms: 400,
        fail_rate: 0.5,
        ..DemoOptions::default()
    })
    .await;
    let (mut slow_failures, mut quick_successes) = (0, 0);
    for _ in 0..12 {
        let (ok, took) = timed(&server, &http).await;
        // Failures that are still 200s (bad JSON) are not told apart here: only "not slow"
        // is asserted for real successes, "slow" for error statuses.
        if !ok {
            assert!(took >= SLOW, "a failure took {took:?}");
            slow_failures += 1;
        } else if took < SLOW {
            quick_successes += 1;
        }
    }
    assert!(slow_failures > 0 && quick_successes > 0);
    // Latency is added to every answer.
    let server = start_with(DemoOptions {
        tickets: 20,
        latency_ms: 250,
        ..DemoOptions::default()
    })
    .await;
    for _ in 0..3 {
        let (ok, took) = timed(&server, &http).await;
        assert!(ok && took >= Duration::from_millis(250), "{took:?}");
    }
}

#[tokio::test]
async fn drop_rate_drops_connections() {
    pub(super) async fn run(server: &DemoServer) -> (Vec<&'static str>, u64) {
        let http = reqwest::Client::new();
        let url = format!("{}/api/v2/tickets/1001.json", server.base_url);
        let mut seen = Vec::new();
        for _ in 0..30 {
            seen.push(match http.get(&url).send().await {
                Err(_) => "no answer",
                Ok(res) => match res.bytes().await {
                    Err(_) => "cut",
                    Ok(body) => match serde_json::from_slice::<TicketEnvelope>(&body) {
                        Ok(_) => "ok",
                        Err(_) => "bad body",
                    },
                },
            });
        }
        (seen, server.stats().requests)
    }
    let opts = DemoOptions {
        tickets: 20,
        drop_rate: 0.5,
        ..DemoOptions::default()
    };
    let (seen, requests) = run(&start_with(opts.clone()).await).await;
    for kind in ["ok", "no answer", "cut"] {
        assert!(seen.contains(&kind), "{kind} in {seen:?}");
    }
    assert!(!seen.contains(&"bad body"), "{seen:?}");
    assert_eq!(requests, 30, "every request reached the server once");
    let (again, _) = run(&start_with(opts).await).await;
    assert_eq!(seen, again, "reproducible");

    let all = DemoOptions {
        tickets: 20,
        drop_rate: 1.0,
        ..DemoOptions::default()
    };
    let (seen, _) = run(&start_with(all).await).await;
    assert!(seen.iter().all(|s| *s != "ok"), "{seen:?}");
    let (seen, _) = run(&start(20, None).await).await;
    assert!(seen.iter().all(|s| *s == "ok"), "{seen:?}");
}

#[tokio::test]
async fn kbps_caps_the_throughput() {
    // 160 kbps = 20,000 bytes a second.
    let server = start_with(DemoOptions {
        tickets: 100,
        kbps: 160,
        ..DemoOptions::default()
    })
    .await;
    let http = plain_client();
    let url = format!(
        "{}/api/v2/views/{ALL_UNSOLVED}/tickets?page[size]=40",
        server.base_url
    );
    let started = Instant::now();
    let body = http.get(&url).send().await.unwrap().bytes().await.unwrap();
    let took = started.elapsed();
    let sent = server.stats().bytes_out;
    assert!(body.len() >= 15_000, "a body of {} bytes", body.len());
    let expected = Duration::from_secs_f64(sent as f64 / 20_000.0);
    assert!(
        took >= expected.mul_f64(0.9),
        "{sent} bytes in {took:?}, expected at least {expected:?}"
    );
    assert!(took < expected * 3, "{sent} bytes in {took:?}");
    eprintln!("kbps=160: {sent} bytes in {took:?} (expected {expected:?})");

    // The same without a cap is much faster.
    let server = start(100, None).await;
    let url = url.replace(&url[..url.find("/api").unwrap()], &server.base_url);
    let started = Instant::now();
    let fast = http.get(&url).send().await.unwrap().bytes().await.unwrap();
    assert_eq!(fast.len(), body.len());
    assert!(started.elapsed() < expected / 3, "{:?}", started.elapsed());
}
