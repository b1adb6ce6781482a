//! RT's articles: searched and read for the knowledge overlay, and offered as canned responses.

use super::*;

impl Rt {
    pub(super) async fn canned_articles(&self) -> Result<Vec<CannedResponse>> {
        let query = json!([{"field": "Disabled", "value": 0}]).to_string();
        let mut articles = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Article> = self
                .get(
                    "articles",
                    &[
                        ("query", &query),
                        ("fields", "Name,Summary,Class,CustomFields"),
                        ("per_page", "100"),
                        ("page", &p),
                    ],
                )
                .await?;
            let more = has_more(&c, page);
            articles.extend(c.items);
            if !more {
                break;
            }
        }
        if articles.is_empty() {
            return Ok(vec![]);
        }
        // Class names for folders; without the right to see classes, no folders.
        let classes: HashMap<String, String> = self
            .get::<wire::Collection<wire::Class>>(
                "classes/all",
                &[("fields", "Name"), ("per_page", "100")],
            )
            .await
            .map(|c| c.items.into_iter().map(|c| (c.id, c.name)).collect())
            .unwrap_or_default();
        Ok(articles
            .into_iter()
            .filter_map(|a| {
                let body = a
                    .custom_fields
                    .iter()
                    .find(|cf| cf.name == "Content")
                    .and_then(|cf| cf.first())?;
                let title = nonempty(&a.name).or_else(|| nonempty(&a.summary))?;
                Some(CannedResponse {
                    kind: CannedKind::Text,
                    id: Id(a.id),
                    title,
                    folder: a.class.and_then(|c| classes.get(&c.id).cloned()),
                    // The Content field is plain text in RT 5.0, HTML where a site made it so.
                    body: if crate::html::looks_like_html(&body) {
                        crate::html::to_text(&body)
                    } else {
                        body
                    },
                    syntax: PlaceholderSyntax::DoubleBrace,
                    sets_status: None,
                })
            })
            .collect())
    }

    pub(super) async fn search_articles(&self, query: &str) -> Result<Option<Vec<ArticleHit>>> {
        let words: Vec<&str> = query
            .split_whitespace()
            .filter(|w| !crate::words::terms(w).is_empty())
            .take(8)
            .collect();
        if words.is_empty() {
            return Ok(Some(vec![]));
        }
        let per_page = (KB_LIMIT * 3).to_string();
        let mut found: Vec<wire::Article> = Vec::new();
        for field in ["Name", "Summary"] {
            let mut q: Vec<Value> = words
                .iter()
                .map(|w| json!({"field": field, "operator": "LIKE", "value": w}))
                .collect();
            q.push(json!({"field": "Disabled", "value": 0}));
            let c: wire::Collection<wire::Article> = self
                .get(
                    "articles",
                    &[
                        ("query", &Value::Array(q).to_string()),
                        ("fields", "Name,Summary"),
                        ("per_page", &per_page),
                    ],
                )
                .await?;
            for a in c.items {
                if !found.iter().any(|f| f.id == a.id) {
                    found.push(a);
                }
            }
        }
        let terms = crate::words::terms(query);
        let mut ranked: Vec<(u32, wire::Article)> = found
            .into_iter()
            .map(|a| {
                let s = crate::words::score(&terms, &a.name, &[], &a.summary);
                (s, a)
            })
            .collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
        Ok(Some(
            ranked
                .into_iter()
                .take(KB_LIMIT)
                .map(|(_, a)| ArticleHit {
                    url: Some(self.article_url(&a.id)),
                    title: nonempty(&a.name).unwrap_or_else(|| format!("article {}", a.id)),
                    id: Id(a.id),
                    section: None,
                    snippet: a.summary,
                })
                .collect(),
        ))
    }

    pub(super) async fn read_article(&self, id: &Id) -> Result<Option<Article>> {
        let n = rest::parse_id(id, "article", "RT")?;
        let a: wire::Article = self
            .get(&format!("article/{n}"), &[])
            .await
            .map_err(|e| rest::not_found_as(e, "article", n, "RT"))?;
        let body = a
            .custom_fields
            .iter()
            .find(|cf| cf.name == "Content")
            .and_then(|cf| cf.first())
            .unwrap_or_default();
        let body = if body.trim().is_empty() {
            a.summary.clone()
        } else {
            body
        };
        Ok(Some(Article {
            url: Some(self.article_url(&a.id)),
            title: nonempty(&a.name).unwrap_or_else(|| format!("article {}", a.id)),
            section: nonempty(&a.summary),
            // The Content field is plain text in RT 5.0, HTML where a site made it so.
            html: crate::html::looks_like_html(&body),
            body,
            id: Id(a.id),
            updated_at: a.last_updated,
        }))
    }
}
