//! A page carries the total of its list where the helpdesk's answer says it, read from answers
//! recorded from live helpdesks (../shared/recorded): then no separate count is asked.

use tix::config::Secret;
use tix::helpdesk::freshdesk::Freshdesk;
use tix::helpdesk::zammad::Zammad;
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::*;

mod common;
use common::*;

#[tokio::test]
async fn a_zendesk_cursor_page_has_no_total_and_the_count_tells_it() {
    // Zendesk's cursor pages say `meta.has_more`, not `count` (only its offset pages count).
    let m = Mock::default();
    let page = recorded("zendesk/005-get-views-6164074383386-tickets.json");
    m.get(
        "/api/v2/views/6164074383386/tickets.json",
        &page.to_string(),
    );
    m.get(
        "/api/v2/views/6164074383386/count.json",
        &recorded("zendesk/004-get-views-6164074383386-count-json.json").to_string(),
    );
    let zd = Zendesk::new(&m.start().await, Auth::None);
    let view = Id::from(6164074383386);
    let got = zd.view_tickets(&view, None).await.unwrap();
    assert!(!got.items.is_empty());
    assert_eq!(got.total, None);
    // So the view's size is its count (Zendesk answers `null` while it computes it).
    assert_eq!(zd.view_count(&view).await.unwrap(), Some(1182));
}

fn freshdesk(m: &Mock) {
    m.get(
        "/api/v2/agents",
        &recorded("freshdesk/007-get-agents.json").to_string(),
    );
    m.get(
        "/api/v2/groups",
        &recorded("freshdesk/008-get-groups.json").to_string(),
    );
    m.get("/api/v2/ticket_fields", "[]");
}

#[tokio::test]
async fn a_freshdesk_search_page_carries_its_total_and_a_list_page_none() {
    let m = Mock::default();
    freshdesk(&m);
    m.get(
        "/api/v2/search/tickets",
        &recorded("freshdesk/009-get-search-tickets.json").to_string(),
    );
    m.get(
        "/api/v2/tickets",
        &recorded("freshdesk/000-get-tickets.json").to_string(),
    );
    let fd = Freshdesk::new(&m.start().await, Secret::new("abcdefghij1234567890"));
    let search = Id("search:tag:'mytag'".into());
    let page = fd.view_tickets(&search, None).await.unwrap();
    assert_eq!((page.items.len(), page.total), (2, Some(2)));
    let list = fd
        .view_tickets(&Id("filter:new_and_my_open".into()), None)
        .await
        .unwrap();
    assert!(!list.items.is_empty());
    assert_eq!(list.total, None, "a list answer says nothing of its length");
}

#[tokio::test]
async fn a_zammad_search_answered_as_an_array_has_no_total() {
    // The recorded answer is the array of an `expand=true` search: no `total_count` in it.
    let m = Mock::default();
    m.get("/api/v1/ticket_states", "[]");
    m.get("/api/v1/ticket_priorities", "[]");
    m.get(
        "/api/v1/users/me",
        &recorded("zammad/001-get-users-me.json").to_string(),
    );
    m.get(
        "/api/v1/tickets/search",
        &recorded("zammad/007-get-tickets-search.json").to_string(),
    );
    let zm = Zammad::new(&m.start().await, Secret::new("t0ken"));
    let page = zm
        .view_tickets(&Id("search:Welcome".into()), None)
        .await
        .unwrap();
    assert_eq!((page.items.len(), page.total), (1, None));
}
