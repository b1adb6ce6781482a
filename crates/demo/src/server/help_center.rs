//! Help Center (`help_center/articles`): the demo's articles, searched by their words.

use super::*;

pub(super) fn hc_article_of(
    st: &Shared,
    a: &crate::articles::DemoArticle,
) -> tix_helpdesk::zendesk::wire::HcArticle {
    let locale = crate::articles::locale(a.lang);
    tix_helpdesk::zendesk::wire::HcArticle {
        id: a.id,
        title: a.title.to_owned(),
        body: a.body.to_owned(),
        html_url: Some(format!("{}/hc/{locale}/articles/{}", st.base_url, a.id)),
        locale: Some(locale.to_owned()),
        section_id: Some(360_100 + a.topic as u64),
        draft: false,
        label_names: vec![a.topic.tag().to_owned()],
        snippet: None,
        updated_at: Some(st.data.now),
    }
}

/// Ranked by the words of the query found in the title, labels and body (`helpdesk::words`);
/// `locale` (other than `*`) keeps one language.
pub(super) async fn hc_search(
    State(st): State<AppState>,
    params: Params,
) -> Result<Json<tix_helpdesk::zendesk::wire::HcSearch>, ApiError> {
    use tix_helpdesk::words::{score, terms};
    let query = params
        .get("query")
        .ok_or_else(|| ApiError::bad_request("query is required"))?;
    let per_page = params.number("per_page", 25, MAX_PAGE_SIZE)?;
    let locale = params.get("locale").filter(|l| *l != "*");
    let q = terms(query);
    let mut found: Vec<(u32, &crate::articles::DemoArticle)> = crate::articles::ARTICLES
        .iter()
        .filter(|a| locale.is_none_or(|l| crate::articles::locale(a.lang).eq_ignore_ascii_case(l)))
        .map(|a| {
            let labels = [a.topic.tag().to_owned()];
            (score(&q, a.title, &labels, a.body), a)
        })
        .filter(|(s, _)| *s > 0)
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
    let count = found.len() as u64;
    let results = found
        .into_iter()
        .take(per_page)
        .map(|(_, a)| {
            let mut out = hc_article_of(&st.0, a);
            out.snippet = Some(demo_snippet(a.body));
            out
        })
        .collect::<Vec<_>>();
    Ok(Json(tix_helpdesk::zendesk::wire::HcSearch {
        results: results.into(),
        count,
        next_page: None,
    }))
}

/// The first paragraph's text, as Zendesk's snippet gives a piece of the body.
pub(super) fn demo_snippet(body: &str) -> String {
    let p = body.split("<p>").nth(1).unwrap_or(body);
    let p = p.split("</p>").next().unwrap_or(p);
    let mut out = String::new();
    let mut in_tag = false;
    for c in p.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.chars().take(160).collect()
}

pub(super) async fn hc_article(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<tix_helpdesk::zendesk::wire::HcArticleEnvelope>, ApiError> {
    let n: u64 = id.parse().map_err(|_| ApiError::not_found())?;
    let a = crate::articles::ARTICLES
        .iter()
        .find(|a| a.id == n)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(tix_helpdesk::zendesk::wire::HcArticleEnvelope {
        article: hc_article_of(&st.0, a),
    }))
}

pub(super) async fn hc_article_in(
    st: State<AppState>,
    Path((_locale, id)): Path<(String, String)>,
) -> Result<Json<tix_helpdesk::zendesk::wire::HcArticleEnvelope>, ApiError> {
    hc_article(st, Path(id)).await
}
