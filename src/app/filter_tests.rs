//! The queue filter (its walk through further pages) and the helpdesk search, as transitions.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::update;
use crate::helpdesk::Id;

#[test]
fn filter_narrows_the_queue_as_you_type() {
    let mut m = loaded_model();
    update(&mut m, key("/"));
    assert_eq!(m.mode(), Mode::Filter);
    typed(&mut m, "войти");
    assert_eq!(ids(&m), ["1002"]);
    assert_eq!(m.current().unwrap().id.0, "1002");
    update(&mut m, key("enter"));
    assert_eq!(m.mode(), Mode::Normal);
    update(&mut m, key("/"));
    update(&mut m, key("esc"));
    assert_eq!(ids(&m).len(), 5);
}

#[test]
fn a_filter_walks_the_view_page_by_page_until_the_screen_is_full() {
    let mut m = windowed_model();
    // Nothing loaded matches: the next page is asked at once.
    let fx = {
        let mut fx = update(&mut m, key("/"));
        for c in "zzz".chars() {
            fx.extend(update(&mut m, key(&c.to_string())));
        }
        fx
    };
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadView { from: Some(c), .. } if c == "p2")),
        "{fx:?}"
    );
    let fx = deliver(&mut m, ordered(51, 50), Some("p3"));
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::LoadView { from: Some(c), .. } if c == "p3")),
        "still no match: the walk goes on: {fx:?}"
    );
    let req = m.queue.req.unwrap();
    let fx = update(
        &mut m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
    assert!(m.queue.more.is_none());
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "the end"
    );
}

#[test]
fn a_helpdesk_search_fills_the_queue_until_esc_goes_back_to_the_view() {
    let mut m = loaded_model();
    update(&mut m, key("S"));
    assert_eq!(m.mode(), Mode::Search);
    typed(&mut m, "invoice");
    let fx = update(&mut m, key("enter"));
    let [Effect::Search { req, query }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(query, "invoice");
    let mut solved = tickets()[2].clone();
    solved.id = Id::from(900);
    solved.status = crate::helpdesk::zendesk::status_of("solved");
    update(
        &mut m,
        Msg::SearchDone {
            req: *req,
            result: Ok(vec![solved]),
        },
    );
    assert_eq!(
        ids(&m),
        vec!["900"],
        "the results, a solved ticket among them"
    );
    assert!(m.queue.view.as_ref().unwrap().name.contains("invoice"));
    // R asks the search again, not a view.
    let fx = update(&mut m, key("R"));
    assert!(
        fx.iter().any(|e| matches!(e, Effect::Search { .. })),
        "{fx:?}"
    );
    // Esc: back to the view it replaced.
    let fx = update(&mut m, key("esc"));
    assert!(m.queue.search.is_none());
    assert_eq!(m.queue.view.as_ref().unwrap().name, "All unsolved");
    assert!(
        fx.iter().any(|e| matches!(e, Effect::LoadView { .. })),
        "{fx:?}"
    );
}

#[test]
fn a_filter_with_no_match_stops_its_walk_at_a_bound_and_offers_the_search() {
    let mut m = windowed_model();
    update(&mut m, key("/"));
    typed(&mut m, "zzz");
    // Page after page without a match, up to the bound.
    let mut next = 51;
    let mut pages = 0;
    while m.queue.req.is_some() {
        let cursor = format!("p{}", pages + 3);
        deliver(&mut m, ordered(next, 50), Some(&cursor));
        next += 50;
        pages += 1;
        assert!(pages < 100, "the walk never stopped");
    }
    assert_eq!(pages, 40, "2,000 tickets looked through, then it stops");
    assert!(m.queue.more.is_some(), "the view goes on, unread");
    let n = m.log.notice.as_ref().unwrap();
    assert!(n.text.contains("S searches the helpdesk"), "{}", n.text);
    // A new filter walks again, from where it is.
    update(&mut m, key("esc"));
    update(&mut m, key("/"));
    typed(&mut m, "yyy");
    assert!(m.queue.req.is_some(), "a new walk");
}

/// The queue reloaded with these tickets (a refresh that completes).
fn reload_with(m: &mut Model, tickets: Vec<crate::helpdesk::Ticket>) {
    update(m, key("R"));
    let req = m.queue.req.expect("a refresh asks for the view");
    let n = tickets.len();
    update(
        m,
        Msg::ViewPage {
            req,
            tickets,
            loaded: n,
            total: Some(n as u64),
        },
    );
    update(
        m,
        Msg::ViewDone {
            req,
            result: Ok(None),
        },
    );
}

#[test]
fn the_queue_filter_matches_tags_assignee_group_organization_and_priority() {
    let mut m = loaded_model();
    let mut ts = tickets();
    ts[1].tags = vec!["billing".into()];
    ts[2].assignee = Some(crate::helpdesk::PartyRef {
        id: Id::from(5),
        name: "Priya Nair".into(),
        email: None,
    });
    ts[3].group = Some("Logistics".into());
    ts[4].organization = Some("Nordwind OÜ".into());
    reload_with(&mut m, ts);
    for (typed_text, want) in [
        ("billing", "1002"),
        ("priya", "1003"),
        ("logistics", "1004"),
        ("nordwind", "1005"),
        ("urgent", "1001"),
    ] {
        update(&mut m, key("/"));
        typed(&mut m, typed_text);
        assert_eq!(ids(&m), [want], "filter {typed_text:?}");
        update(&mut m, key("esc"));
    }
}

#[test]
fn with_privacy_on_the_filter_does_not_match_what_is_masked() {
    let mut m = loaded_model();
    assert!(m.privacy, "privacy mode is the default");
    let mut ts = tickets();
    ts[2].subject = "Call me back on +40 721 555 019".into();
    reload_with(&mut m, ts.clone());
    for hidden in ["ana@example", "555 019"] {
        update(&mut m, key("/"));
        typed(&mut m, hidden);
        assert!(ids(&m).is_empty(), "{hidden:?} is masked on screen");
        update(&mut m, key("esc"));
    }
    // Without privacy mode the same filters find them.
    m.privacy = false;
    reload_with(&mut m, ts);
    update(&mut m, key("/"));
    typed(&mut m, "ana@example");
    assert!(!ids(&m).is_empty());
    update(&mut m, key("esc"));
    update(&mut m, key("/"));
    typed(&mut m, "555 019");
    assert_eq!(ids(&m), ["1003"]);
}

#[test]
fn the_filter_matches_every_field_in_lower_case_across_fields() {
    use crate::helpdesk::{PartyRef, Str};
    let mut t = ticket(
        1475,
        "Поиск НЕ находит ΟΔΟΣ Order",
        "open",
        "high",
        "email",
        3,
    );
    t.requester = Some(PartyRef {
        id: Id::from(9),
        name: Str::from("Анна Смирнов"),
        email: Some(Str::from("Anna@Example.com")),
    });
    t.group = Some(Str::from("Tier 2"));
    t.tags = vec![Str::from("VIP"), Str::from("lang_ru")];
    let h = super::filter::haystack(&t, false);
    // Each field as `str::to_lowercase` writes it (the final sigma too), one space apart.
    assert_eq!(
        &*h,
        "#1475 поиск не находит οδος order анна смирнов anna@example.com open high  tier 2  vip lang_ru"
    );
    // With privacy on, no address, and the subject as the queue shows it.
    assert!(!super::filter::haystack(&t, true).contains("anna@"));
}

#[test]
fn the_filter_s_text_is_kept_only_while_a_filter_is_on() {
    let mut m = loaded_model();
    assert!(m.queue.haystacks.is_empty(), "nothing kept at rest");
    update(&mut m, key("/"));
    typed(&mut m, "войти");
    assert_eq!(ids(&m), ["1002"]);
    assert_eq!(m.queue.haystacks.len(), m.queue.tickets.len());
    // Rows that come while it is on are matched too.
    let mut more = ticket(1009, "Не могу войти снова", "open", "high", "email", 4);
    more.id = Id::from(1009);
    super::queue::append_tickets(&mut m, vec![more]);
    assert_eq!(ids(&m), ["1002", "1009"]);
    assert_eq!(m.queue.haystacks.len(), m.queue.tickets.len());
    update(&mut m, key("esc"));
    assert_eq!(ids(&m).len(), 6);
    assert!(m.queue.haystacks.is_empty(), "let go when the filter ends");
}

#[test]
fn the_searchs_view_is_named_in_the_agents_language() {
    let mut m = loaded_model();
    m.lang = crate::i18n::Lang::Zh;
    update(&mut m, key("S"));
    typed(&mut m, "invoice");
    update(&mut m, key("enter"));
    assert_eq!(m.queue.view.as_ref().unwrap().name, "搜索“invoice”");
}
