//! Knowledge bases: each backend's article search and show against a mock on 127.0.0.1 serving
//! the documented shapes (tests/fixtures/knowledge/, from ../shared/reference/
//! knowledge-and-writes-apis.md §1), through the sanitizer as tix uses them; the local Markdown
//! articles merged in; and the articles the embedded demo suggests for its tickets.

use serde_json::json;
use tix::config::Secret;
use tix::helpdesk::freshdesk::Freshdesk;
use tix::helpdesk::rt::{Rt, RtAuth};
use tix::helpdesk::sanitized::Sanitized;
use tix::helpdesk::zammad::Zammad;
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::*;
use tix::knowledge::{self, Local};

mod common;
use common::*;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("fixtures/knowledge/", $name))
    };
}

fn hostile_free(s: &str) {
    assert!(!s.contains('\u{1b}') && !s.contains("<script"), "{s:?}");
}

#[tokio::test]
async fn zendesk_help_center_search_and_show() {
    let m = Mock::default();
    m.get(
        "/api/v2/help_center/articles/search.json",
        fixture!("zendesk_search.json"),
    );
    m.get(
        "/api/v2/help_center/articles/360001.json",
        fixture!("zendesk_show.json"),
    );
    let zd = Sanitized(Zendesk::new(&m.start().await, Auth::None));
    let hits = zd.kb_search("reset password").await.unwrap().unwrap();
    let req = &m.to("GET", "/api/v2/help_center/articles/search.json")[0];
    assert_eq!(req.q("query"), Some("reset password"));
    assert_eq!(req.q("per_page"), Some("10"));
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].id, Id::from(360001));
    assert_eq!(hits[0].title, "Resetting your password");
    assert!(
        hits[0].snippet.contains("reset") && !hits[0].snippet.contains("<em>"),
        "{:?}",
        hits[0].snippet
    );
    hostile_free(&hits[0].snippet);
    assert_eq!(
        hits[0].url.as_deref(),
        Some("https://acme.zendesk.com/hc/en-us/articles/360001-Resetting-your-password")
    );
    // No snippet: a piece of the body stands in; no html_url: no link.
    assert_eq!(hits[1].snippet, "Codes");
    assert_eq!(hits[1].url, None);

    let a = zd.kb_article(&Id::from(360001)).await.unwrap().unwrap();
    assert_eq!(
        a.body,
        "## Steps\n1. Open the sign-in page[1]\n2. Choose Forgot password\n\n\
         [image: The sign-in page]\n\n[1] https://acme.zendesk.com/hc/en-us/signin"
    );
    assert_eq!(a.url, hits[0].url);
}

#[tokio::test]
async fn zendesk_without_a_help_center_has_no_knowledge_base_and_local_articles_remain() {
    let m = Mock::default();
    m.on(
        "GET",
        "/api/v2/help_center/articles/search.json",
        &[],
        vec![reply(
            404,
            r#"{"error":"InvalidEndpoint","description":"Not found"}"#,
        )],
    );
    let zd = Sanitized(Zendesk::new(&m.start().await, Auth::None));
    assert_eq!(zd.kb_search("vat").await.unwrap(), None);

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("vat.md"), "# VAT numbers\nWhere they go.").unwrap();
    let found = knowledge::search(&zd, &Local::load(dir.path()), "vat", tix::i18n::Lang::En)
        .await
        .unwrap();
    assert_eq!(found.hits.len(), 1);
    assert_eq!(found.hits[0].title, "VAT numbers");
    assert_eq!(
        found.note.as_deref(),
        Some("this helpdesk (zendesk) has no knowledge base")
    );
    // Nothing anywhere: still an answer, not an error.
    let none = knowledge::search(&zd, &Local::default(), "vat", tix::i18n::Lang::En)
        .await
        .unwrap();
    assert!(none.hits.is_empty() && none.note.is_some());
}

#[tokio::test]
async fn a_failing_search_keeps_the_local_articles_and_says_why() {
    let m = Mock::default();
    m.on(
        "GET",
        "/api/v2/help_center/articles/search.json",
        &[],
        vec![reply(403, r#"{"error":"Forbidden"}"#)],
    );
    let zd = Sanitized(Zendesk::new(&m.start().await, Auth::None));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("vat.md"), "# VAT numbers\n").unwrap();
    let found = knowledge::search(&zd, &Local::load(dir.path()), "vat", tix::i18n::Lang::En)
        .await
        .unwrap();
    assert_eq!(found.hits.len(), 1);
    assert!(found.note.unwrap().contains("permission denied"));
    let e = knowledge::search(&zd, &Local::default(), "vat", tix::i18n::Lang::En)
        .await
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Permission);
}

#[tokio::test]
async fn freshdesk_solutions_search_and_show() {
    let m = Mock::default();
    m.get(
        "/api/v2/search/solutions",
        fixture!("freshdesk_search.json"),
    );
    m.get(
        "/api/v2/solutions/articles/4",
        fixture!("freshdesk_show.json"),
    );
    let url = m.start().await;
    let fd = Sanitized(Freshdesk::new(&url, Secret::new("key")));
    let hits = fd.kb_search("account").await.unwrap().unwrap();
    assert_eq!(
        m.to("GET", "/api/v2/search/solutions")[0].q("term"),
        Some("account")
    );
    // The draft is left out.
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].title, "Changing account details");
    assert_eq!(hits[0].snippet, "Go to Profile.");
    let portal = format!("{url}/support/solutions/articles/4");
    assert_eq!(hits[0].url.as_deref(), Some(portal.as_str()));
    let a = fd.kb_article(&Id::from(4)).await.unwrap().unwrap();
    assert_eq!(a.body, "### Profile\n- Name\n- Email");
    assert_eq!(a.url.as_deref(), Some(portal.as_str()));
}

#[tokio::test]
async fn zammad_answers_search_and_show() {
    let m = Mock::default();
    m.on(
        "POST",
        "/api/v1/knowledge_bases/search",
        &[],
        vec![ok(fixture!("zammad_search.json"))],
    );
    m.get(
        "/api/v1/knowledge_bases/1/answers/2",
        fixture!("zammad_answer.json"),
    );
    let zm = Sanitized(Zammad::new(&m.start().await, Secret::new("zt")));
    let hits = zm.kb_search("vpn").await.unwrap().unwrap();
    let sent = m.to("POST", "/api/v1/knowledge_bases/search")[0].json();
    assert_eq!(sent["query"], "vpn");
    assert_eq!(sent["index"], "KnowledgeBase::Answer::Translation");
    assert_eq!(sent["flavor"], "agent");
    // Answers only (not the category), named KB/ANSWER/TRANSLATION.
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].id, Id("1/2/5".into()));
    assert_eq!(hits[0].section.as_deref(), Some("Network"));
    assert_eq!(hits[0].snippet, "Install the VPN client");
    let a = zm.kb_article(&hits[0].id).await.unwrap().unwrap();
    let req = &m.to("GET", "/api/v1/knowledge_bases/1/answers/2")[0];
    assert_eq!(req.q("include_contents"), Some("5"));
    assert_eq!(a.title, "VPN setup");
    assert_eq!(
        a.body,
        "Install the client, then sign in[1].\n\n[1] https://vpn.example"
    );
    let e = zm.kb_article(&Id("5".into())).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
}

#[tokio::test]
async fn rt_articles_search_by_name_then_summary_and_show() {
    let m = Mock::default();
    m.get("/REST/2.0/articles", fixture!("rt_articles.json"));
    m.get("/REST/2.0/article/1", fixture!("rt_article.json"));
    let url = m.start().await;
    let rt = Sanitized(Rt::new(&url, RtAuth::Token(Secret::new("1-1-x"))));
    let hits = rt.kb_search("reset password").await.unwrap().unwrap();
    let reqs = m.to("GET", "/REST/2.0/articles");
    assert_eq!(reqs.len(), 2, "one request per field");
    let q: serde_json::Value = serde_json::from_str(reqs[0].q("query").unwrap()).unwrap();
    assert_eq!(
        q,
        json!([
            {"field": "Name", "operator": "LIKE", "value": "reset"},
            {"field": "Name", "operator": "LIKE", "value": "password"},
            {"field": "Disabled", "value": 0}
        ])
    );
    assert!(reqs[1].q("query").unwrap().contains("Summary"));
    // Both words beat one; the same article from both requests is listed once.
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].title, "Password reset");
    assert_eq!(hits[0].snippet, "How to reset a password");
    let page = format!("{url}/Articles/Article/Display.html?id=1");
    assert_eq!(hits[0].url.as_deref(), Some(page.as_str()));
    let a = rt.kb_article(&Id::from(1)).await.unwrap().unwrap();
    assert_eq!(
        a.body,
        "Use the Forgot password link.\nIt works for an hour."
    );
    assert!(a.updated_at.is_some());
}

#[tokio::test]
async fn a_backend_without_a_knowledge_base_says_so() {
    let m = Mock::default();
    // Zammad without the Knowledge Base feature: the route is not there.
    m.on(
        "POST",
        "/api/v1/knowledge_bases/search",
        &[],
        vec![reply(404, r#"{"error":"Not found"}"#)],
    );
    let zm = Sanitized(Zammad::new(&m.start().await, Secret::new("zt")));
    assert_eq!(zm.kb_search("x").await.unwrap(), None);
}

/// The demo's tickets find the Help Center article about their own topic, in their language,
/// from their subject and last customer message, with no typing.
#[tokio::test]
async fn the_demo_suggests_the_article_of_a_tickets_topic() {
    use tix::demo::articles::ARTICLES;
    let demo = tix::demo::DemoServer::start(
        "127.0.0.1:0".parse().unwrap(),
        tix::demo::DemoOptions {
            tickets: 60,
            ..Default::default()
        },
        jiff::Timestamp::now(),
    )
    .await
    .unwrap();
    let hd = Sanitized(Zendesk::new(&demo.base_url, Auth::None));
    let views = hd.views().await.unwrap();
    let tickets = load_view(&hd, &views[0].id, |_, _, _| {}).await.unwrap();
    let (mut right, mut asked) = (0, 0);
    for t in tickets.iter().take(40) {
        let Some(topic) = t.tags.iter().find_map(|tag| {
            tix::demo::articles::ARTICLES
                .iter()
                .find(|a| a.topic_tag() == tag)
                .map(|a| a.topic_tag())
        }) else {
            continue;
        };
        let messages = hd.messages(&t.id).await.unwrap();
        let q = knowledge::suggestion_for(t, &messages);
        let hits = hd.kb_search(&q).await.unwrap().unwrap();
        asked += 1;
        let first = hits.first().and_then(|h| {
            ARTICLES
                .iter()
                .find(|a| Id::from(a.id) == h.id)
                .map(|a| a.topic_tag())
        });
        if first == Some(topic) {
            right += 1;
        } else {
            eprintln!(
                "#{} {:?} ({topic}): {q:?} -> {:?}",
                t.id,
                t.subject,
                hits.first()
            );
        }
    }
    assert!(asked >= 20, "only {asked} tickets with a topic");
    // Vague subjects ("Question about my account") may miss; most must not.
    assert!(right * 10 >= asked * 8, "{right} of {asked}");
}
