//! Knowledge at hand: the helpdesk's knowledge base and the team's own Markdown articles in
//! `knowledge/` of the config dir (sub-folders are sections), searched the same way and listed
//! together; and the words of a ticket that find the articles suggested for it.
//!
//! Matching is by words (`helpdesk::words`), as the demo's Help Center answers its searches.

use std::path::Path;

use crate::helpdesk::words::{is_cjk, score, terms};
use crate::helpdesk::{Article, ArticleHit, Helpdesk, HelpdeskError, Id, Result};
use crate::i18n::Lang;

/// The most words a suggestion's search sends (the subject's first, then the message's).
const SUGGEST_WORDS: usize = 8;
/// Local articles: files at most this deep under `knowledge/`, at most this many.
const MAX_DEPTH: usize = 4;
const MAX_FILES: usize = 2000;

/// The search that finds articles for a ticket: its subject's words, then those of the last
/// customer message, each once, at most `SUGGEST_WORDS` (helpdesks' searches are short).
pub fn suggestion_query(subject: &str, last_customer_message: Option<&str>) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut stems: Vec<String> = Vec::new();
    let sources = [Some(subject), last_customer_message];
    for text in sources.into_iter().flatten() {
        for w in text.split(|c: char| !c.is_alphanumeric() && !is_cjk(c)) {
            let t = terms(w);
            if t.is_empty() || t.iter().all(|s| stems.contains(s)) {
                continue;
            }
            stems.extend(t);
            words.push(w.to_string());
            if words.len() == SUGGEST_WORDS {
                return words.join(" ");
            }
        }
    }
    words.join(" ")
}

/// The search for a ticket's suggested articles: its subject and the last public message its
/// requester wrote (the customer's latest words say best what is still wrong).
pub fn suggestion_for(
    ticket: &crate::helpdesk::Ticket,
    messages: &[crate::helpdesk::Message],
) -> String {
    let requester = ticket.requester.as_ref().map(|r| &r.id);
    let last = messages
        .iter()
        .rev()
        .find(|m| {
            m.visibility == crate::helpdesk::Visibility::Public
                && m.author.as_ref().map(|a| &a.id) == requester
        })
        .map(|m| m.body.as_str());
    suggestion_query(&ticket.subject, last)
}

/// A Markdown article of the team's own.
#[derive(Debug, Clone, PartialEq)]
struct LocalArticle {
    /// The path under `knowledge/`, `/`-separated: its id is `local:` and this.
    path: String,
    title: String,
    section: Option<String>,
    body: String,
}

/// The team's Markdown articles, read once when tix starts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Local {
    articles: Vec<LocalArticle>,
}

/// Ids of local articles start with this; helpdesk ids never do.
pub const LOCAL: &str = "local:";

impl Local {
    /// Every `*.md` under `dir` (none when it is missing): `# Title` on the first line names an
    /// article, else its file name; its folders are its section (`billing/vat`). Text passes the
    /// sanitizer like a helpdesk's; files that cannot be read are skipped with a warning.
    pub fn load(dir: &Path) -> Local {
        let mut articles = Vec::new();
        walk(dir, "", 0, &mut articles);
        articles.sort_by(|a, b| a.path.cmp(&b.path));
        Local { articles }
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Articles matching a search, best first.
    pub fn search(&self, query: &str) -> Vec<ArticleHit> {
        let q = terms(query);
        let mut scored: Vec<(u32, &LocalArticle)> = self
            .articles
            .iter()
            .map(|a| {
                let labels: Vec<String> = a.section.iter().cloned().collect();
                (score(&q, &a.title, &labels, &a.body), a)
            })
            .filter(|(s, _)| *s > 0)
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.path.cmp(&b.1.path)));
        scored
            .into_iter()
            .map(|(_, a)| ArticleHit {
                id: Id::from(format!("{LOCAL}{}", a.path)),
                title: a.title.clone(),
                section: a.section.clone(),
                snippet: snippet(&a.body),
                url: None,
            })
            .collect()
    }

    pub fn get(&self, id: &Id) -> Option<Article> {
        let path = id.0.strip_prefix(LOCAL)?;
        self.articles
            .iter()
            .find(|a| a.path == path)
            .map(|a| Article {
                id: id.clone(),
                title: a.title.clone(),
                section: a.section.clone(),
                body: a.body.clone(),
                html: false,
                url: None,
                updated_at: None,
            })
    }
}

/// The first line of text of a body, for a result list.
fn snippet(body: &str) -> String {
    body.lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .chars()
        .take(200)
        .collect()
}

fn walk(dir: &Path, section: &str, depth: usize, out: &mut Vec<LocalArticle>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if out.len() >= MAX_FILES {
            return;
        }
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let inner = if section.is_empty() {
            name.to_string()
        } else {
            format!("{section}/{name}")
        };
        if path.is_dir() {
            if depth < MAX_DEPTH {
                walk(&path, &inner, depth + 1, out);
            }
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let text = match crate::files::read_text(&path) {
            Ok(Some(t)) => t,
            Ok(None) => continue,
            Err(e) => {
                tracing::warn!("knowledge: {e}");
                continue;
            }
        };
        let text = crate::sanitize::text(&text);
        let (title, body) = match text.split_once('\n') {
            Some((first, rest)) if first.starts_with("# ") => (first[2..].trim(), rest.trim()),
            None if text.starts_with("# ") => (text[2..].trim(), ""),
            _ => (
                path.file_stem().and_then(|s| s.to_str()).unwrap_or(""),
                text.trim(),
            ),
        };
        out.push(LocalArticle {
            path: inner,
            title: crate::sanitize::line(title),
            section: (!section.is_empty()).then(|| crate::sanitize::line(section)),
            body: body.to_string(),
        });
    }
}

/// What a search found: the helpdesk's articles first (in its order), then the local ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    pub hits: Vec<ArticleHit>,
    /// Said beside the list: the helpdesk has no knowledge base, or its search failed (the local
    /// articles are listed all the same).
    pub note: Option<String>,
}

/// "this helpdesk has no knowledge base", in the words the workspace and the CLI say it.
pub fn no_knowledge_base(l: Lang, backend: &str) -> String {
    crate::t!(l, "kb-no-knowledge-base", backend = backend)
}

/// Searches the helpdesk and the local articles. A helpdesk without a knowledge base, or whose
/// search fails, leaves the local articles; it is an error only when there are none to show.
/// Its note is in `l` (the agent's language; English for `--json`).
pub async fn search(hd: &dyn Helpdesk, local: &Local, query: &str, l: Lang) -> Result<Found> {
    let mine = local.search(query);
    match hd.kb_search(query).await {
        Ok(Some(mut hits)) => {
            hits.extend(mine);
            Ok(Found { hits, note: None })
        }
        Ok(None) => Ok(Found {
            hits: mine,
            note: Some(no_knowledge_base(l, hd.backend())),
        }),
        Err(e) if !mine.is_empty() => Ok(Found {
            hits: mine,
            note: Some({
                let why = e.to_string();
                crate::t!(l, "kb-articles-missing", why = why)
            }),
        }),
        Err(e) => Err(e),
    }
}

/// One article whole, local or the helpdesk's.
pub async fn show(hd: &dyn Helpdesk, local: &Local, id: &Id, l: Lang) -> Result<Article> {
    if id.0.starts_with(LOCAL) {
        return local.get(id).ok_or_else(|| {
            HelpdeskError::new(crate::helpdesk::ErrorKind::NotFound, {
                let id = id.to_string();
                crate::t!(l, "kb-no-local-article", id = id)
            })
        });
    }
    match hd.kb_article(id).await? {
        Some(a) => Ok(a),
        None => Err(HelpdeskError::new(
            crate::helpdesk::ErrorKind::NotFound,
            no_knowledge_base(l, hd.backend()),
        )),
    }
}

/// The article as a paragraph for a reply: its title and its link (the public URL where there is
/// one), or its title alone for an article with no address.
pub fn link_paragraph(a: &Article) -> String {
    match &a.url {
        Some(url) => format!("{}: {url}", a.title),
        None => a.title.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggestion_searches_the_subjects_words_then_the_messages() {
        let q = suggestion_query(
            "Refund request for order 1234",
            Some("I returned the order two weeks ago, still no refund."),
        );
        assert_eq!(q, "Refund request order returned two weeks ago");
    }

    #[test]
    fn local_articles_are_found_by_title_and_section() {
        let dir = tempfile::tempdir().unwrap();
        let kb = dir.path();
        std::fs::create_dir_all(kb.join("billing")).unwrap();
        std::fs::write(
            kb.join("billing/vat.md"),
            "# VAT on invoices\nAdd the VAT number under Billing \u{1b}[2J.",
        )
        .unwrap();
        std::fs::write(kb.join("shipping.md"), "Couriers and parcels.").unwrap();
        std::fs::write(kb.join("notes.txt"), "VAT").unwrap();
        let local = Local::load(kb);
        let hits = local.search("invoice VAT");
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].id, Id("local:billing/vat.md".into()));
        assert_eq!(hits[0].section.as_deref(), Some("billing"));
        let a = local.get(&hits[0].id).unwrap();
        assert_eq!(a.title, "VAT on invoices");
        assert!(!a.body.contains('\u{1b}'), "{:?}", a.body);
        assert_eq!(local.search("parcels")[0].title, "shipping");
        assert!(local.get(&Id("local:../etc/passwd".into())).is_none());
    }
}
