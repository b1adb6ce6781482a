//! The knowledge base: Freshdesk's solution articles searched and read.

use super::*;

impl Freshdesk {
    pub(super) async fn search_solutions(&self, query: &str) -> Result<Option<Vec<ArticleHit>>> {
        let found: Items<wire::SolutionArticle> = self
            .get("search/solutions", &[("term", query.trim())])
            .await?;
        Ok(Some(
            found
                .into_iter()
                .filter(|a| a.status != Some(1))
                .take(KB_LIMIT)
                .map(|a| ArticleHit {
                    id: Id::from(a.id),
                    url: Some(self.article_url(a.id)),
                    snippet: if a.description_text.trim().is_empty() {
                        a.description
                    } else {
                        a.description_text
                    },
                    section: None,
                    title: a.title,
                })
                .collect(),
        ))
    }

    pub(super) async fn read_solution(&self, id: &Id) -> Result<Option<Article>> {
        let n = rest::parse_id(id, "article", "Freshdesk")?;
        let a: wire::SolutionArticle = self
            .get(&format!("solutions/articles/{n}"), &[])
            .await
            .map_err(|e| rest::not_found_as(e, "article", n, "Freshdesk"))?;
        Ok(Some(Article {
            id: Id::from(a.id),
            url: Some(self.article_url(a.id)),
            title: a.title,
            section: (a.status == Some(1)).then(|| "draft".to_string()),
            body: a.description,
            html: true,
            updated_at: a.updated_at,
        }))
    }
}
