//! RT's articles: searched and read for the knowledge overlay, and offered as canned responses.

use super::*;

impl Rt {
    /// The enabled articles with their name and custom fields (the `Content` field is the text),
    /// of one class, or of all with a reference to their class.
    pub(super) async fn articles_of(&self, class: Option<&str>) -> Result<Vec<wire::Article>> {
        let query = enabled_articles(class);
        let fields = if class.is_some() {
            "Name,CustomFields"
        } else {
            "Name,Class,CustomFields"
        };
        let mut articles = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Article> = self
                .get(
                    "articles",
                    &[
                        ("query", &query),
                        ("fields", fields),
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
        Ok(articles)
    }
}

/// The JSON query for enabled articles, of one class if given.
pub(super) fn enabled_articles(class: Option<&str>) -> String {
    let mut q = vec![json!({"field": "Disabled", "value": 0})];
    if let Some(id) = class {
        let value = id.parse::<u64>().map_or_else(|_| json!(id), |n| json!(n));
        q.push(json!({"field": "Class", "value": value}));
    }
    Value::Array(q).to_string()
}

impl Rt {
    pub(super) async fn canned_articles(&self) -> Result<Vec<CannedResponse>> {
        // Class names for folders; without the right to see classes, no folders.
        let classes: Option<Vec<(String, String)>> = self
            .get::<wire::Collection<wire::Class>>(
                "classes/all",
                &[("fields", "Name"), ("per_page", "100")],
            )
            .await
            .ok()
            .map(|c| c.items.into_iter().map(|c| (c.id, c.name)).collect());
        let by_class = match &classes {
            Some(list) if !list.is_empty() && list.len() <= MAX_CLASS_QUERIES => {
                // A query per class: an article then carries no reference to its class (a
                // sixth of its bytes). The count beside says whether they found every article
                // (one in a class out of sight is not); if not, one query with the classes.
                let every = enabled_articles(None);
                let count = [("query", every.as_str()), ("per_page", "1")];
                let (lists, all) = tokio::join!(
                    futures_util::future::join_all(
                        list.iter().map(|(id, _)| self.articles_of(Some(id)))
                    ),
                    self.get::<wire::Collection<wire::Ref>>("articles", &count)
                );
                let mut found = Vec::new();
                for ((_, name), list) in list.iter().zip(lists) {
                    found.extend(list?.into_iter().map(|a| (a, nonempty(name))));
                }
                match all?.total {
                    Some(total) if total as usize > found.len() => None,
                    _ => Some(found),
                }
            }
            _ => None,
        };
        let articles: Vec<(wire::Article, Option<String>)> = match by_class {
            Some(found) => found,
            None => {
                let names: HashMap<String, String> =
                    classes.unwrap_or_default().into_iter().collect();
                self.articles_of(None)
                    .await?
                    .into_iter()
                    .map(|a| {
                        let folder = a.class.as_ref().and_then(|c| names.get(&c.id).cloned());
                        (a, folder)
                    })
                    .collect()
            }
        };
        Ok(articles
            .into_iter()
            .filter_map(|(a, folder)| {
                let body = a
                    .custom_fields
                    .iter()
                    .find(|cf| cf.name == "Content")
                    .and_then(|cf| cf.first())?;
                // RT requires an article's name.
                let title = nonempty(&a.name)?;
                Some(CannedResponse {
                    kind: CannedKind::Text,
                    language: None,
                    id: Id::from(a.id),
                    title,
                    folder,
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
                    id: Id::from(a.id),
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
            id: Id::from(a.id),
            updated_at: a.last_updated,
        }))
    }
}
