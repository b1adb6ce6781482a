//! The knowledge overlay and suggested articles, as transitions: suggestions asked when a ticket
//! opens (not on a slow link), search as you type through the debounce effect, an article's link
//! or excerpt into the reply (never into a note), an article kept beside the conversation.

use super::fixtures::*;
use super::model::*;
use super::msg::{Effect, Msg};
use super::update::update;
use crate::helpdesk::{Article, ArticleHit, Id};
use crate::knowledge::Found;

fn hit(id: &str, title: &str) -> ArticleHit {
    ArticleHit {
        id: Id(id.into()),
        title: title.into(),
        section: Some("Refunds".into()),
        snippet: "A refund is issued when the warehouse scans the return.".into(),
        url: Some(format!("https://help.example.com/hc/en-us/articles/{id}")),
    }
}

fn article() -> Article {
    Article {
        id: Id("31".into()),
        title: "Refund requests".into(),
        section: Some("Refunds".into()),
        body: "## Returned orders\nA refund is issued when the warehouse scans the return.\n\
               If nothing shows after 10 days, issue it from the order page.\n\n\
               ## Subscriptions\nA renewal cancelled in time is refunded in full."
            .into(),
        html: false,
        url: Some("https://help.example.com/hc/en-us/articles/31".into()),
        updated_at: None,
    }
}

/// The suggestion search the loaded model asked when #1001's conversation came.
fn answer_suggestions(m: &mut Model, hits: Vec<ArticleHit>) {
    let req = m.kb.suggested.as_ref().expect("suggestions asked").req;
    update(
        m,
        Msg::KbFound {
            req,
            result: Ok(Found { hits, note: None }),
        },
    );
}

/// `K`, then Enter on the first article, and the article arrives.
fn read_first(m: &mut Model) {
    update(m, key("K"));
    let fx = update(m, key("enter"));
    let [Effect::KbArticle { req, id }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(id, &Id("31".into()));
    update(
        m,
        Msg::KbArticle {
            req: *req,
            result: Ok(article()),
        },
    );
}

#[test]
fn opening_a_ticket_asks_for_its_suggested_articles_in_the_background() {
    let mut m = loaded_model();
    let s =
        m.kb.suggested
            .as_ref()
            .expect("asked when the conversation came");
    assert_eq!(s.ticket, Id::from(1001));
    // Not counted as loading: the status bar stays quiet for a background request.
    assert!(!m.link.in_flight.contains_key(&s.req));
    answer_suggestions(&mut m, vec![hit("31", "Refund requests")]);
    let fx = update(&mut m, key("K"));
    assert!(fx.is_empty(), "already here, nothing more asked: {fx:?}");
    let Some(Overlay::Knowledge(k)) = &m.overlay else {
        panic!("{:?}", m.overlay)
    };
    assert_eq!(k.hits.len(), 1);
    assert_eq!(k.note.as_deref(), Some("Suggested for this ticket"));
}

#[test]
fn the_suggestion_search_is_the_subject_and_the_customers_words() {
    let mut m = empty_model();
    super::update::init(&mut m);
    let t = &tickets()[0];
    let q = crate::knowledge::suggestion_for(t, &messages());
    assert!(
        q.starts_with(&t.subject.split_whitespace().next().unwrap().to_string()),
        "{q}"
    );
    // The internal note ("Warehouse confirms…") is not the customer's.
    assert!(!q.contains("Warehouse"), "{q}");
}

#[test]
fn on_a_slow_link_suggestions_wait_until_asked() {
    let mut m = loaded_model_with(|m| m.low_bandwidth = true);
    assert!(m.kb.suggested.is_none(), "nothing extra on the wire");
    let fx = update(&mut m, key("K"));
    assert!(
        matches!(&fx[..], [Effect::KbSearch { .. }]),
        "asked with K: {fx:?}"
    );
}

#[test]
fn typing_searches_once_the_typing_rests() {
    let mut m = loaded_model();
    update(&mut m, key("K"));
    let mut last = vec![];
    for c in ["r", "e", "f"] {
        last = update(&mut m, key(c));
    }
    let [Effect::KbDebounce { typed, .. }] = &last[..] else {
        panic!("{last:?}")
    };
    // An earlier key's timer runs out: a later key came, no search.
    assert!(update(&mut m, Msg::KbDebounced(typed - 1)).is_empty());
    let fx = update(&mut m, Msg::KbDebounced(*typed));
    let [Effect::KbSearch { req, query }] = &fx[..] else {
        panic!("{fx:?}")
    };
    assert_eq!(query, "ref");
    update(
        &mut m,
        Msg::KbFound {
            req: *req,
            result: Ok(Found {
                hits: vec![hit("31", "Refund requests"), hit("32", "Refund policy")],
                note: None,
            }),
        },
    );
    let Some(Overlay::Knowledge(k)) = &m.overlay else {
        panic!()
    };
    assert_eq!(k.hits.len(), 2);
    assert_eq!(k.query, "ref");
}

#[test]
fn the_link_goes_into_the_reply_as_its_own_paragraph() {
    let mut m = loaded_model();
    answer_suggestions(&mut m, vec![hit("31", "Refund requests")]);
    update(&mut m, key("r"));
    typed(&mut m, "Hi Ana,");
    // Closed, the reply is a draft; the link joins it.
    update(&mut m, key("esc"));
    read_first(&mut m);
    let fx = update(&mut m, key("l"));
    assert!(m.overlay.is_none());
    let c = m.composer.as_ref().expect("the reply is open");
    assert_eq!(c.kind, DraftKind::Reply);
    assert_eq!(
        c.editor.lines().join("\n"),
        "Hi Ana,\n\nRefund requests: https://help.example.com/hc/en-us/articles/31"
    );
    assert!(saved(&fx).is_some(), "the draft is kept: {fx:?}");
}

#[test]
fn the_excerpt_is_the_paragraph_scrolled_to_and_never_goes_into_a_note() {
    let mut m = loaded_model();
    answer_suggestions(&mut m, vec![hit("31", "Refund requests")]);
    update(&mut m, key("n"));
    typed(&mut m, "Checked the warehouse.");
    update(&mut m, key("esc"));
    read_first(&mut m);
    update(&mut m, key("j"));
    update(&mut m, key("j"));
    update(&mut m, key("e"));
    let c = m.composer.as_ref().expect("a composer");
    assert_eq!(c.kind, DraftKind::Reply, "a reply, not the note");
    assert_eq!(
        c.editor.lines().join("\n"),
        "## Returned orders\nA refund is issued when the warehouse scans the return.\n\
         If nothing shows after 10 days, issue it from the order page."
    );
    // The note's text is still its own draft.
    let note = m
        .writes
        .drafts
        .get(&(Id::from(1001), DraftKind::Note))
        .expect("note kept");
    assert_eq!(note.text, "Checked the warehouse.");
}

#[test]
fn an_article_can_stay_beside_the_conversation() {
    let mut m = loaded_model();
    answer_suggestions(&mut m, vec![hit("31", "Refund requests")]);
    read_first(&mut m);
    update(&mut m, key("b"));
    assert!(m.overlay.is_none());
    assert_eq!(
        m.kb.beside.as_ref().map(|(a, _)| a.id.clone()),
        Some(Id("31".into()))
    );
    read_first(&mut m);
    update(&mut m, key("b"));
    assert!(m.kb.beside.is_none(), "b again closes it");
}

#[test]
fn paragraphs_at_a_line() {
    let body = "one\ntwo\n\nthree\n\n\nfour";
    assert_eq!(super::knowledge::paragraph_at(body, 1), "one\ntwo");
    assert_eq!(super::knowledge::paragraph_at(body, 2), "three");
    assert_eq!(super::knowledge::paragraph_at(body, 5), "four");
    assert_eq!(super::knowledge::paragraph_at("", 0), "");
}

#[test]
fn a_conversation_that_failed_asks_for_no_suggestions() {
    let mut m = loaded_model();
    let fx = update(&mut m, key("j"));
    let Some(Effect::LoadConversation { req, ticket }) = fx
        .into_iter()
        .find(|e| matches!(e, Effect::LoadConversation { .. }))
    else {
        panic!("the next ticket's conversation is asked for")
    };
    // A deleted ticket: its saved copy is not shown, and nothing is suggested for it.
    let gone = crate::helpdesk::HelpdeskError::new(crate::helpdesk::ErrorKind::NotFound, "gone");
    let fx = update(
        &mut m,
        Msg::Conversation {
            req,
            ticket: ticket.clone(),
            result: Err(gone),
            saved: Some(messages()),
        },
    );
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::KbSearch { .. })),
        "{fx:?}"
    );
    // Shown, it is.
    let fx = update(
        &mut m,
        Msg::Conversation {
            req,
            ticket,
            result: Ok(messages()),
            saved: None,
        },
    );
    assert!(
        fx.iter().any(|e| matches!(e, Effect::KbSearch { .. })),
        "{fx:?}"
    );
}

#[test]
fn the_overlays_notes_are_in_the_agents_language() {
    let mut m = loaded_model();
    m.lang = crate::i18n::Lang::Et;
    answer_suggestions(&mut m, vec![hit("31", "Refund requests")]);
    update(&mut m, key("K"));
    let Some(Overlay::Knowledge(k)) = &m.overlay else {
        panic!("{:?}", m.overlay)
    };
    assert_eq!(k.note.as_deref(), Some("Soovitatud sellele piletile"));
}
