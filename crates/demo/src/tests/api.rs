//! The API in Zendesk's shapes: views in breach order and their paging, errors, tokens, writes and
//! new tickets, people, macros and search.

use super::*;

/// Sorted by "Next SLA breach", a view's pages come soonest deadline first (clockless tickets
/// last) across page boundaries: the first page is the top of tix's queue.
#[tokio::test]
async fn views_sort_by_next_sla_breach_across_pages() {
    let server = start(500, None).await;
    let api = Api::new(&server);
    let all = api.view_id("All unsolved").await;
    let mut next = Some(format!(
        "/views/{all}/tickets?page[size]=40&include=slas&sort_by=sla_next_breach_at&sort_order=asc"
    ));
    let mut keys = vec![];
    while let Some(url) = next.take() {
        let page: TicketsPage = api.get(&url).await;
        keys.extend(page.tickets.iter().map(|t| {
            let at = t.slas.as_ref().and_then(data::next_breach);
            (at.is_none(), at)
        }));
        next = page.links.next;
    }
    assert!(keys.len() > 100);
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "ascending, None last"
    );
    assert!(keys.first().unwrap().1.is_some() && keys.last().unwrap().1.is_none());
}

#[tokio::test]
async fn view_paging_covers_every_ticket_exactly_once() {
    let server = start(500, None).await;
    let api = Api::new(&server);
    let views: ViewsPage = api.get("/views/active").await;
    assert_eq!(views.views[0].title, "All unsolved");
    assert_eq!(views.views.len(), 5);
    let all = views.views[0].id;
    let count: ViewCountEnvelope = api.get(&format!("/views/{all}/count.json")).await;
    assert!(count.view_count.value.unwrap() > 100);

    let mut next = Some(format!(
        "/views/{all}/tickets.json?page[size]=100&include=users,slas"
    ));
    let (mut seen, mut pages, mut last) = (Vec::new(), 0, None);
    while let Some(url) = next.take() {
        let page: TicketsPage = api.get(&url).await;
        pages += 1;
        assert!(pages <= 20, "paging does not end");
        for t in &page.tickets {
            assert!(["new", "open", "pending", "hold"].contains(&t.status.as_str()));
            assert!(t.slas.is_some(), "include=slas");
            assert!(
                page.users.iter().any(|u| u.id == t.requester_id),
                "requester sideloaded"
            );
            // Sorted by updated_at descending, ties by id descending.
            let key = (t.updated_at, t.id);
            assert!(last.is_none_or(|l| key < l), "order");
            last = Some(key);
            seen.push(t.id);
        }
        assert!(
            page.groups.is_empty(),
            "only what include names is sideloaded"
        );
        assert_eq!(page.meta.has_more, page.links.next.is_some());
        next = page.links.next;
    }
    assert!(pages >= 3, "{pages} pages");
    let unique: HashSet<u64> = seen.iter().copied().collect();
    assert_eq!(unique.len(), seen.len(), "no ticket twice");
    assert_eq!(
        seen.len() as u64,
        count.view_count.value.unwrap(),
        "every ticket"
    );

    // Without include there are no sideloads and no SLA metrics.
    let page: TicketsPage = api.get(&format!("/views/{all}/tickets?page[size]=5")).await;
    assert_eq!(page.tickets.len(), 5);
    assert!(page.users.is_empty() && page.tickets.iter().all(|t| t.slas.is_none()));
    let mine = api.view_id("My open tickets").await;
    let me: UserEnvelope = api.get("/users/me").await;
    assert_eq!(me.user.email.as_deref(), Some(DEMO_AGENT_EMAIL));
    let page: TicketsPage = api.get(&format!("/views/{mine}/tickets")).await;
    assert!(!page.tickets.is_empty());
    assert!(
        page.tickets
            .iter()
            .all(|t| t.assignee_id == Some(me.user.id))
    );
}

#[tokio::test]
async fn errors_have_zendesk_shapes() {
    let server = start(50, None).await;
    let api = Api::new(&server);
    let get = reqwest::Method::GET;
    for path in [
        "/tickets/999999",
        "/users/1",
        "/views/1/tickets",
        "/tickets/999999/comments",
    ] {
        let (status, body) = api.status(get.clone(), path, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            body,
            json!({"error": "RecordNotFound", "description": "Not found"})
        );
    }
    let all = api.view_id("All unsolved").await;
    for path in [
        "/tickets/abc".to_owned(),
        format!("/views/{all}/tickets?page[size]=101"),
        format!("/views/{all}/tickets?page[size]=ten"),
        format!("/views/{all}/tickets?page[after]=nonsense"),
        format!("/views/{all}/tickets?sort_by=subject"),
        format!("/views/{all}/tickets?sort_by=created_at&sort_order=up"),
        "/search".to_owned(),
        "/tickets/show_many?ids=1,x".to_owned(),
    ] {
        let (status, body) = api.status(get.clone(), &path, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        let body: ErrorBody = serde_json::from_value(body).unwrap();
        assert!(
            body.error.is_string() && body.description.is_some(),
            "{path}"
        );
    }
    let (status, _) = api.status(get, "/nothing/here", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_token_is_required_when_configured() {
    let server = start(20, Some("s3cret")).await;
    let url = format!("{}/api/v2/users/me.json", server.base_url);
    let http = reqwest::Client::new();

    let res = http.get(&url).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body, json!({"error": "Couldn't authenticate you"}));
    let res = http.get(&url).bearer_auth("wrong").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

    let res = http.get(&url).bearer_auth("s3cret").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let basic = http
        .get(&url)
        .basic_auth(format!("{DEMO_AGENT_EMAIL}/token"), Some("s3cret"));
    assert_eq!(basic.send().await.unwrap().status(), StatusCode::OK);
    let basic = http.get(&url).basic_auth(DEMO_AGENT_EMAIL, Some("s3cret"));
    assert_eq!(
        basic.send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED,
        "a password is not a token"
    );
}

#[tokio::test]
async fn put_adds_a_comment_and_changes_fields() {
    let server = start(100, None).await;
    let api = Api::new(&server);
    let all = api.view_id("All unsolved").await;
    let page: TicketsPage = api
        .get(&format!("/views/{all}/tickets?page[size]=100"))
        .await;
    let ticket = page
        .tickets
        .iter()
        .find(|t| t.status == "open")
        .unwrap()
        .clone();
    let before: CommentsPage = api.get(&format!("/tickets/{}/comments", ticket.id)).await;

    let put = reqwest::Method::PUT;
    let path = format!("/tickets/{}.json", ticket.id);
    let body = json!({"ticket": {"status": "pending", "comment": {"body": "Refund sent 👍", "public": true}}});
    let (status, res) = api.status(put.clone(), &path, Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{res}");
    let res: TicketWriteResponse = serde_json::from_value(res).unwrap();
    assert_eq!(res.ticket.status, "pending");
    assert!(
        res.ticket.updated_at > anchor(),
        "updated_at is the real time of the write"
    );
    assert_eq!(res.audit.events[0]["type"], "Comment");
    let change = res
        .audit
        .events
        .iter()
        .find(|e| e["field_name"] == "status")
        .unwrap();
    assert_eq!(
        (&change["value"], &change["previous_value"]),
        (&json!("pending"), &json!("open"))
    );

    let after: CommentsPage = api
        .get(&format!("/tickets/{}/comments?include=users", ticket.id))
        .await;
    assert_eq!(after.comments.len(), before.comments.len() + 1);
    let added = after.comments.last().unwrap();
    assert_eq!(added.body, "Refund sent 👍");
    let me: UserEnvelope = api.get("/users/me").await;
    assert_eq!(added.author_id, me.user.id);
    assert_eq!(
        added.via.as_ref().map(|v| &v.channel),
        Some(&ticket.via.channel)
    );
    assert!(after.users.iter().any(|u| u.id == me.user.id));
    let shown: TicketEnvelope = api.get(&path).await;
    assert_eq!(shown.ticket.status, "pending");
    // The written ticket is now the most recently updated one.
    let page: TicketsPage = api.get(&format!("/views/{all}/tickets?page[size]=1")).await;
    assert_eq!(page.tickets[0].id, ticket.id);

    for body in [
        json!({"ticket": {"status": "done"}}),
        json!({"ticket": {"priority": "asap"}}),
        json!({"ticket": {"comment": {"body": "   "}}}),
        json!({"ticket": {"assignee_id": ticket.requester_id}}),
    ] {
        let (status, err) = api.status(put.clone(), &path, Some(body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(err["error"], "RecordInvalid");
    }
    let (status, _) = api
        .status(put.clone(), "/tickets/1", Some(json!({"ticket": {}})))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let unchanged: CommentsPage = api.get(&format!("/tickets/{}/comments", ticket.id)).await;
    assert_eq!(
        unchanged.comments.len(),
        after.comments.len(),
        "rejected writes change nothing"
    );
}

#[tokio::test]
async fn post_creates_a_ticket_that_shows_up_everywhere() {
    let server = start(60, None).await;
    let api = Api::new(&server);
    let post = reqwest::Method::POST;
    let body = json!({"ticket": {"subject": "Printer on fire", "priority": "urgent",
        "comment": {"body": "It is really on fire."}}});
    let (status, res) = api.status(post.clone(), "/tickets.json", Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{res}");
    let res: TicketWriteResponse = serde_json::from_value(res).unwrap();
    assert_eq!(res.ticket.id, 1001 + 60);
    assert_eq!(res.ticket.status, "new");
    assert_eq!(res.ticket.description, "It is really on fire.");

    let shown: TicketEnvelope = api
        .get(&format!("/tickets/{}?include=slas", res.ticket.id))
        .await;
    assert_eq!(shown.ticket.subject, "Printer on fire");
    assert!(shown.ticket.slas.is_some());
    let thread: CommentsPage = api
        .get(&format!("/tickets/{}/comments", res.ticket.id))
        .await;
    assert_eq!(thread.comments.len(), 1);
    assert_eq!(thread.comments[0].body, "It is really on fire.");
    for title in ["All unsolved", "Unassigned", "Urgent & high"] {
        let view = api.view_id(title).await;
        let page: TicketsPage = api.get(&format!("/views/{view}/tickets")).await;
        assert_eq!(page.tickets[0].id, res.ticket.id, "{title}");
    }
    let requested: TicketsPage = api
        .get(&format!(
            "/users/{}/tickets/requested?sort_by=created_at&sort_order=desc",
            res.ticket.requester_id
        ))
        .await;
    assert_eq!(requested.tickets[0].id, res.ticket.id, "newest first");
    // Offset paging, as Zendesk's List Tickets has it: sorted as asked, the list's count, links to
    // the pages beside, no cursor meta.
    let path = format!(
        "/users/{}/tickets/requested?per_page=1&page=2&sort_by=updated_at&sort_order=asc",
        res.ticket.requester_id
    );
    let page: Value = api.get(&path).await;
    let all: TicketsPage = api
        .get(&format!(
            "/users/{}/tickets/requested?per_page=100&sort_by=updated_at&sort_order=asc",
            res.ticket.requester_id
        ))
        .await;
    assert!(all.tickets.len() >= 2);
    assert!(
        all.tickets
            .windows(2)
            .all(|w| w[0].updated_at <= w[1].updated_at)
    );
    assert_eq!(page["count"], all.tickets.len());
    assert_eq!(page["tickets"][0]["id"], all.tickets[1].id);
    assert!(page["previous_page"].as_str().unwrap().contains("page=1"));
    assert_eq!(page["next_page"].is_string(), all.tickets.len() > 2);
    assert!(page.get("meta").is_none());
    let found: SearchPage = api.get("/search?query=type:ticket%20printer%20fire").await;
    assert_eq!(found.count, 1);
    assert_eq!(found.results[0]["result_type"], "ticket");

    let (status, _) = api
        .status(
            post.clone(),
            "/tickets",
            Some(json!({"ticket": {"subject": "No body"}})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = json!({"ticket": {"subject": "x", "status": "bogus", "comment": {"body": "y"}}});
    let (status, _) = api.status(post.clone(), "/tickets", Some(body)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let second = json!({"ticket": {"subject": "Again", "comment": {"body": "z"}}});
    let (_, res) = api.status(post, "/tickets", Some(second)).await;
    assert_eq!(res["ticket"]["id"], 1001 + 61);

    // Assigning the new ticket to me opens it and moves it between views.
    let me: UserEnvelope = api.get("/users/me").await;
    let assign = json!({"ticket": {"assignee_id": me.user.id}});
    let (status, res) = api
        .status(reqwest::Method::PUT, "/tickets/1062", Some(assign))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        res["ticket"]["status"], "open",
        "an agent working on a new ticket opens it"
    );
    let mine = api.view_id("My open tickets").await;
    let page: TicketsPage = api.get(&format!("/views/{mine}/tickets")).await;
    assert_eq!(page.tickets[0].id, 1062);
    let unassigned = api.view_id("Unassigned").await;
    let page: TicketsPage = api.get(&format!("/views/{unassigned}/tickets")).await;
    assert!(page.tickets.iter().all(|t| t.id != 1062));
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let server = start(10, None).await;
    let url = format!("{}/api/v2/users/me", server.base_url);
    assert!(reqwest::get(&url).await.unwrap().status().is_success());
    server.shutdown();
    let mut refused = false;
    for _ in 0..100 {
        if reqwest::get(&url).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(refused, "still serving after shutdown");
}

#[tokio::test]
async fn people_macros_and_search() {
    let server = start(300, None).await;
    let api = Api::new(&server);
    let agents: UsersPage = api.get("/users?role=agent").await;
    assert_eq!(agents.users.len(), 8);
    assert!(agents.users.iter().all(|u| u.role == "agent"));
    let mut customers = Vec::new();
    let mut next = Some("/users.json?role=end-user&page[size]=40".to_owned());
    while let Some(url) = next.take() {
        let page: UsersPage = api.get(&url).await;
        customers.extend(page.users);
        next = page.links.next;
    }
    assert_eq!(customers.len(), 150);
    let user: UserEnvelope = api.get(&format!("/users/{}", customers[0].id)).await;
    assert_eq!(user.user, customers[0]);
    let related: UserRelatedEnvelope = api
        .get(&format!("/users/{}/related", customers[0].id))
        .await;
    let requested: TicketsPage = api
        .get(&format!(
            "/users/{}/tickets/requested?include=organizations&sort_by=created_at",
            customers[0].id
        ))
        .await;
    assert_eq!(
        requested.tickets.len() as u64,
        related.user_related.requested_tickets.min(100)
    );
    assert!(
        requested
            .tickets
            .windows(2)
            .all(|w| w[0].created_at >= w[1].created_at)
    );

    let orgs: Value = api.get("/organizations").await;
    assert_eq!(orgs["organizations"].as_array().map(Vec::len), Some(30));
    let groups: Value = api.get("/groups.json").await;
    assert_eq!(groups["groups"].as_array().map(Vec::len), Some(5));
    let macros: MacrosPage = api.get("/macros/active").await;
    assert!(macros.macros.len() >= 20 && macros.macros.iter().all(|m| m.active));
    assert!(!macros.meta.has_more);

    let found: SearchPage = api
        .get("/search?query=status:open%20priority:urgent&per_page=5")
        .await;
    assert!(found.count > 0);
    assert!(found.results.len() <= 5);
    for r in &found.results {
        assert_eq!(
            (&r["status"], &r["priority"]),
            (&json!("open"), &json!("urgent"))
        );
    }
    let unsolved: SearchPage = api.get("/search?query=status%3Csolved&per_page=100").await;
    let all = api.view_id("All unsolved").await;
    let count: ViewCountEnvelope = api.get(&format!("/views/{all}/count")).await;
    assert_eq!(Some(unsolved.count), count.view_count.value);
    assert!(unsolved.next_page.is_some());
    let page2: SearchPage = api.get(unsolved.next_page.as_deref().unwrap()).await;
    assert_ne!(page2.results[0]["id"], unsolved.results[0]["id"]);
    let id = customers[0].id;
    let by_requester: SearchPage = api.get(&format!("/search?query=requester:{id}")).await;
    assert_eq!(by_requester.count, related.user_related.requested_tickets);
    // Free words match subject and description, case-insensitively, in any script.
    let words: SearchPage = api.get("/search?query=INVOICE").await;
    assert!(words.count > 0);
    let vip: SearchPage = api.get("/search?query=type:user%20tags:vip").await;
    assert!(vip.count > 0);
    assert!(
        vip.results
            .iter()
            .all(|u| u["result_type"] == "user" && u["tags"] == json!(["vip"]))
    );
    let cyrillic: SearchPage = api
        .get("/search?query=%D0%B7%D0%B0%D0%BA%D0%B0%D0%B7")
        .await; // "заказ"
    assert!(cyrillic.count > 0);
}
