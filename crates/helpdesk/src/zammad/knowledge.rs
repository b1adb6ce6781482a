//! The knowledge base: Zammad's answers searched and read.

use super::*;

impl Zammad {
    pub(super) async fn search_answers(&self, query: &str) -> Result<Option<Vec<ArticleHit>>> {
        let body = serde_json::json!({
            "query": query,
            "flavor": "agent",
            "index": "KnowledgeBase::Answer::Translation",
            "limit": KB_LIMIT,
            "url_type": "agent",
        });
        let answer = match self
            .send(
                self.request(Method::POST, "knowledge_bases/search")
                    .json(&body),
                true,
            )
            .await
        {
            Err(e) if e.kind == ErrorKind::NotFound => return Ok(None),
            r => r?,
        };
        let found: wire::KbSearch = answer.json()?;
        Ok(Some(
            found
                .details
                .into_iter()
                .filter(|d| d.kind == "KnowledgeBase::Answer::Translation")
                .filter_map(|d| {
                    let (kb, answer) = kb_answer_of(&d.url)?;
                    Some(ArticleHit {
                        id: Id::from(format!("{kb}/{answer}/{}", d.id)),
                        title: d.title,
                        section: d.subtitle.filter(|s| !s.trim().is_empty()),
                        snippet: d.body,
                        url: None,
                    })
                })
                .collect(),
        ))
    }

    pub(super) async fn read_answer(&self, id: &Id) -> Result<Option<Article>> {
        let parts: Vec<u64> =
            id.0.trim()
                .split('/')
                .filter_map(|p| p.parse().ok())
                .collect();
        let [kb, answer, translation] = parts[..] else {
            return Err(HelpdeskError::new(
                ErrorKind::NotFound,
                format!("no article {id} in Zammad (its ids read KB/ANSWER/TRANSLATION)"),
            ));
        };
        let t = translation.to_string();
        let got: wire::KbAnswer = self
            .get(
                &format!("knowledge_bases/{kb}/answers/{answer}"),
                &[("include_contents", t.as_str())],
            )
            .await
            .map_err(|e| rest::not_found_as(e, "article", id, "Zammad"))?;
        let tr = got
            .assets
            .translations
            .get(&t)
            .or_else(|| got.assets.translations.values().next());
        let title = tr.map(|tr| tr.title.clone()).unwrap_or_default();
        let content = tr
            .and_then(|tr| tr.content_id)
            .and_then(|c| got.assets.contents.get(&c.to_string()))
            .or_else(|| got.assets.contents.get(&t))
            .or_else(|| got.assets.contents.values().next());
        Ok(Some(Article {
            id: id.clone(),
            title,
            section: None,
            body: content.map(|c| c.body.clone()).unwrap_or_default(),
            html: true,
            url: None,
            updated_at: tr.and_then(|tr| tr.updated_at),
        }))
    }
}

/// `(kb, answer)` from an agent answer URL, `/api/v1/knowledge_bases/1/answers/2?include_contents=5`.
pub(super) fn kb_answer_of(url: &str) -> Option<(u64, u64)> {
    let path = url.split('?').next()?;
    let mut it = path
        .split('/')
        .skip_while(|p| *p != "knowledge_bases")
        .skip(1);
    let kb = it.next()?.parse().ok()?;
    if it.next()? != "answers" {
        return None;
    }
    Some((kb, it.next()?.parse().ok()?))
}
