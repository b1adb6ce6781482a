//! The agent's own editor on a draft: `$VISUAL`, else `$EDITOR`, else `vi`, on a private file in
//! the data dir. The event loop hands the terminal over around it.

use std::path::{Path, PathBuf};

use super::model::DraftKind;
use super::msg::Msg;
use crate::helpdesk::Id;

/// The editor's command line: the variable's words (`code --wait` is two), then the file.
fn command() -> Vec<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|v| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .find(|words| !words.is_empty())
        .unwrap_or_else(|| vec!["vi".into()])
}

/// Whether the agent named an editor (`$VISUAL` or `$EDITOR`, not empty): plain mode writes
/// in its own prompt otherwise.
pub fn configured() -> bool {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .any(|v| !v.trim().is_empty())
}

/// Where the text waits while the editor has it: readable by the agent alone.
fn file(dir: &Path, ticket: &Id, kind: DraftKind) -> PathBuf {
    dir.join("edit").join(format!(
        "{}.{}.txt",
        crate::store::file_name(&ticket.0),
        kind.name()
    ))
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    crate::store::private::write_atomic(path, format!("{text}\n").as_bytes())
}

/// Runs the editor on `text` (the terminal must be the editor's while this runs) and says what
/// came back. An unchanged file is a cancel.
pub fn edit(l: crate::i18n::Lang, data_dir: &Path, ticket: Id, kind: DraftKind, text: &str) -> Msg {
    let path = file(data_dir, &ticket, kind);
    if let Err(e) = write_private(&path, text) {
        let (path, why) = (path.display().to_string(), e.to_string());
        return Msg::Failed(crate::t!(l, "editor-unwritable", path = path, why = why));
    }
    let argv = command();
    let status = std::process::Command::new(&argv[0])
        .args(&argv[1..])
        .arg(&path)
        .status();
    let result = match status {
        Ok(s) if s.success() => match std::fs::read_to_string(&path) {
            Ok(after) if after.trim_end() == text.trim_end() => Msg::Edited {
                ticket,
                kind,
                text: None,
            },
            Ok(after) => Msg::Edited {
                ticket,
                kind,
                text: Some(after),
            },
            Err(e) => {
                let (path, why) = (path.display().to_string(), e.to_string());
                Msg::Failed(crate::t!(l, "editor-unreadable", path = path, why = why))
            }
        },
        Ok(s) => {
            let (editor, status) = (&argv[0], s.to_string());
            Msg::Failed(crate::t!(
                l,
                "editor-exited",
                editor = editor,
                status = status
            ))
        }
        Err(e) => {
            let (editor, why) = (&argv[0], e.to_string());
            Msg::Failed(crate::t!(
                l,
                "editor-not-started",
                editor = editor,
                why = why
            ))
        }
    };
    let _ = std::fs::remove_file(&path);
    result
}
