//! `tix kb search` and `tix kb show`: the knowledge base from the command line, the helpdesk's
//! articles and the local ones (`knowledge/` in the config dir) together, as the workspace's
//! knowledge overlay lists them. Everything printed has passed the sanitizer.

use std::io::Write;

use clap::Subcommand;
use serde_json::{Value, json};

use crate::commands::{CliError, Connection, print_json};
use crate::helpdesk::{Article, ArticleHit, Id};
use crate::i18n::Lang;
use crate::knowledge::{self, Local};

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Search the knowledge base (the helpdesk's and knowledge/ in the config dir): ID, section,
    /// title, best first
    Search {
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show an article as text (links numbered, images as their alt text)
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

/// The local articles of the connection's config dir.
pub fn local(c: &Connection) -> Local {
    Local::load(&c.paths.config_dir.join("knowledge"))
}

/// Bad arguments are told before anything is asked of the helpdesk (exit 2).
pub fn check(command: &KbCommand) -> Result<(), CliError> {
    match command {
        KbCommand::Search { query, .. } if query.join(" ").trim().is_empty() => Err(
            CliError::Config(crate::t!(crate::cli_lang::lang(), "cli-nothing-to-search")),
        ),
        KbCommand::Show { id, .. } if id.trim().is_empty() => Err(CliError::Config(crate::t!(
            crate::cli_lang::lang(),
            "cli-kb-which-article"
        ))),
        _ => Ok(()),
    }
}

pub async fn run(c: &Connection, command: KbCommand) -> Result<(), CliError> {
    match command {
        KbCommand::Search { query, json } => search(c, &query.join(" "), json).await,
        KbCommand::Show { id, json } => show(c, &Id::from(id.trim().to_string()), json).await,
    }
}

fn hit_json(h: &ArticleHit) -> Value {
    json!({"id": h.id, "title": h.title, "section": h.section, "snippet": h.snippet, "url": h.url})
}

fn article_json(a: &Article) -> Value {
    json!({
        "id": a.id, "title": a.title, "section": a.section, "url": a.url, "body": a.body,
        "updated_at": a.updated_at.map(|t| t.to_string()),
    })
}

async fn search(c: &Connection, query: &str, json: bool) -> Result<(), CliError> {
    // --json is an API: its note stays English.
    let l = if json {
        Lang::En
    } else {
        crate::cli_lang::lang()
    };
    let found = knowledge::search(c.helpdesk.as_ref(), &local(c), query, l).await?;
    // The note (no knowledge base; the helpdesk's search failed) is not the answer: stderr.
    if let Some(note) = &found.note {
        eprintln!("tix: {note}");
    }
    if json {
        return print_json(&json!({
            "articles": found.hits.iter().map(hit_json).collect::<Vec<_>>(),
            "note": found.note,
        }));
    }
    let mut out = std::io::stdout().lock();
    for h in &found.hits {
        writeln!(
            out,
            "{}\t{}\t{}",
            h.id,
            h.section.as_deref().unwrap_or("-"),
            h.title
        )?;
    }
    Ok(())
}

async fn show(c: &Connection, id: &Id, json: bool) -> Result<(), CliError> {
    let l = crate::cli_lang::lang();
    let a = knowledge::show(c.helpdesk.as_ref(), &local(c), id, l).await?;
    if json {
        return print_json(&article_json(&a));
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", a.title)?;
    if let Some(s) = &a.section {
        writeln!(out, "{}", crate::t!(l, "cli-kb-section", section = s))?;
    }
    if let Some(u) = &a.url {
        writeln!(out, "{}", crate::t!(l, "cli-kb-link", url = u))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", a.body)?;
    Ok(())
}
