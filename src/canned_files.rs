//! Canned responses kept as files in the config dir (`canned/`), offered with every backend
//! beside the helpdesk's own (and the only ones for a helpdesk that has none).
//!
//! - `NAME.md`: one response. A first line `# Title` names it, else the file name does; the rest
//!   is the text. Front matter before it (`---`, `language: ro`, `---`) says its language.
//! - `NAME.toml`: one or more, as `title`/`body` at the top or as `[[response]]` tables, each with
//!   `title`, `body` and an optional `status` the response also sets when sent; `language` (at
//!   the top for all, or in a table for its own) says which language it is written in.
//! - A response's language puts it first in the picker on a ticket whose requester speaks it (as
//!   the helpdesk says their locale).
//! - A sub-folder's name is the responses' folder. Placeholders are written `{{ticket.requester.
//!   first_name}}`, `{{current_user.first_name}}` and so on, as in Zendesk.

use std::path::Path;

use serde::Deserialize;

use crate::config::Problem;
use crate::helpdesk::{CannedKind, CannedResponse, Id, PlaceholderSyntax};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlFile {
    title: Option<String>,
    body: Option<String>,
    status: Option<String>,
    language: Option<String>,
    #[serde(default)]
    response: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    title: String,
    body: String,
    status: Option<String>,
    language: Option<String>,
}

/// Every response under `dir` (a missing folder is no problem), sorted by folder and title, and
/// what could not be read, as FILE:LINE:COL problems. Text is sanitized like a helpdesk's: a file
/// pasted from anywhere must not drive the terminal either.
pub fn load(dir: &Path) -> (Vec<CannedResponse>, Vec<Problem>) {
    let mut out = vec![];
    let mut problems = vec![];
    walk(dir, None, &mut out, &mut problems);
    out.sort_by(|a, b| (&a.folder, &a.title).cmp(&(&b.folder, &b.title)));
    (out, problems)
}

fn walk(
    dir: &Path,
    folder: Option<&str>,
    out: &mut Vec<CannedResponse>,
    problems: &mut Vec<Problem>,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        // One level of folders: a folder is a group of responses, not a tree.
        if path.is_dir() {
            if folder.is_none() {
                walk(&path, Some(&name), out, problems);
            }
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str());
        if !matches!(ext, Some("md") | Some("toml")) {
            continue;
        }
        let shown = path.display().to_string();
        let text = match crate::files::read_text(&path) {
            Ok(Some(t)) => t,
            // Gone since the listing (or a symlink to nothing).
            Ok(None) => continue,
            Err(e) => {
                problems.push(e.problem());
                continue;
            }
        };
        let id = |n: usize| {
            let rel = match folder {
                Some(f) => format!("{f}/{name}"),
                None => name.to_string(),
            };
            Id::from(if n == 0 {
                format!("local:{rel}")
            } else {
                format!("local:{rel}#{n}")
            })
        };
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        let make =
            |id: Id, title: &str, body: &str, status: Option<String>, language: Option<&str>| {
                CannedResponse {
                    kind: CannedKind::Text,
                    id,
                    title: crate::sanitize::line(title.trim()),
                    folder: folder.map(crate::sanitize::line),
                    body: crate::sanitize::text(body.trim()),
                    syntax: PlaceholderSyntax::DoubleBrace,
                    sets_status: status,
                    language: language
                        .map(|l| crate::sanitize::line(l.trim()))
                        .filter(|l| !l.is_empty()),
                }
            };
        if ext == Some("md") {
            let (language, rest) = match front_matter(&text, crate::cli_lang::lang()) {
                Ok(found) => found,
                Err((at, why)) => {
                    problems.push(Problem::at(&shown, &text, at, why));
                    continue;
                }
            };
            let (title, body) = markdown(rest, &stem);
            out.push(make(id(0), &title, body, None, language));
            continue;
        }
        match toml::from_str::<TomlFile>(&text) {
            Ok(file) => {
                let language = file.language.as_deref();
                if let Some(body) = &file.body {
                    let title = file.title.clone().unwrap_or_else(|| title_of(&stem));
                    out.push(make(id(0), &title, body, file.status.clone(), language));
                }
                for (i, e) in file.response.into_iter().enumerate() {
                    let own = e.language.as_deref().or(language);
                    out.push(make(id(i + 1), &e.title, &e.body, e.status, own));
                }
            }
            Err(e) => {
                let at = e.span().map_or(0, |s| s.start);
                problems.push(Problem::at(&shown, &text, at, e.message().to_string()));
            }
        }
    }
}

/// A Markdown file's front matter, when it starts with one: `---` lines around `key: value`
/// lines, of which tix knows `language`. The language and the text after it; an unknown key or
/// an unclosed block is an error at its byte offset, said in `lang`.
fn front_matter(
    text: &str,
    lang: crate::i18n::Lang,
) -> Result<(Option<&str>, &str), (usize, String)> {
    let bom = text.len() - text.trim_start_matches('\u{feff}').len();
    let Some(after) = text[bom..].strip_prefix("---\n") else {
        return Ok((None, text));
    };
    let mut at = bom + 4;
    let mut language = None;
    for line in after.split_inclusive('\n') {
        let key_value = line.trim_end();
        if key_value == "---" {
            return Ok((language, &text[at + line.len()..]));
        }
        match key_value.split_once(':') {
            Some((key, value)) if key.trim() == "language" => {
                language = Some(value.trim().trim_matches('"'));
            }
            _ if key_value.trim().is_empty() => {}
            _ => {
                let line = format!("{key_value:?}");
                return Err((
                    at,
                    crate::t!(lang, "canned-front-matter-unknown", line = line),
                ));
            }
        }
        at += line.len();
    }
    Err((bom, crate::t!(lang, "canned-front-matter-unclosed")))
}

/// `# Title` on the first line names the response; otherwise the file name does.
fn markdown<'a>(text: &'a str, stem: &str) -> (String, &'a str) {
    let text = text.trim_start_matches('\u{feff}');
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    match first.trim_end().strip_prefix("# ") {
        Some(title) => (title.to_string(), rest),
        None => (title_of(stem), text),
    }
}

/// `password-reset` → "Password reset".
fn title_of(stem: &str) -> String {
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn a_fifo_or_a_huge_file_is_refused_not_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "ok.md", "# Hello\nHi there");
        let fifo = std::ffi::CString::new(dir.path().join("stuck.md").to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        write(dir.path(), "big.md", &"x".repeat((1 << 20) + 1));
        let d = dir.path().to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(load(&d)));
        let (responses, problems) = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("loading canned responses does not hang on a FIFO");
        assert_eq!(responses.len(), 1);
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|p| p.contains("stuck.md") && p.contains("not a regular file")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|p| p.contains("big.md") && p.contains("too large")),
            "{text:?}"
        );
    }

    #[test]
    fn markdown_and_toml_files_with_folders_become_responses() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "password-reset.md",
            "Hi {{ticket.requester.first_name}},\nuse the link.\n",
        );
        write(
            d,
            "Billing/refund.md",
            "# Refund on its way\n\nThe refund takes 5 days.\n",
        );
        write(
            d,
            "closing.toml",
            "[[response]]\ntitle = \"Close politely\"\nbody = \"Glad it works!\"\nstatus = \"solved\"\n\n[[response]]\ntitle = \"Chase\"\nbody = \"Any news?\"\n",
        );
        write(d, "notes.txt", "not a response");
        write(d, ".hidden.md", "no");
        let (list, problems) = load(d);
        assert!(problems.is_empty(), "{problems:?}");
        let got: Vec<_> = list
            .iter()
            .map(|c| {
                (
                    c.folder.as_deref(),
                    c.title.as_str(),
                    c.body.as_str(),
                    c.sets_status.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (None, "Chase", "Any news?", None),
                (None, "Close politely", "Glad it works!", Some("solved")),
                (
                    None,
                    "Password reset",
                    "Hi {{ticket.requester.first_name}},\nuse the link.",
                    None
                ),
                (
                    Some("Billing"),
                    "Refund on its way",
                    "The refund takes 5 days.",
                    None
                ),
            ]
        );
        assert!(
            list.iter()
                .all(|c| c.syntax == PlaceholderSyntax::DoubleBrace)
        );
        let ids: std::collections::HashSet<_> = list.iter().map(|c| &c.id).collect();
        assert_eq!(ids.len(), list.len(), "ids are unique");
    }

    #[test]
    fn a_response_says_its_language_in_front_matter_or_in_toml() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "rambursare.md",
            "---\nlanguage: ro\n---\n# Rambursare\nBanii vin în 5 zile.\n",
        );
        write(d, "plain.md", "# Plain\n---\nno front matter here\n");
        write(
            d,
            "closing.toml",
            "language = \"ru\"\n[[response]]\ntitle = \"Закрыть\"\nbody = \"Рады помочь!\"\n\n\
             [[response]]\ntitle = \"Close\"\nbody = \"Glad it works!\"\nlanguage = \"en\"\n",
        );
        let (list, problems) = load(d);
        assert!(problems.is_empty(), "{problems:?}");
        let got: Vec<_> = list
            .iter()
            .map(|c| (c.title.as_str(), c.language.as_deref(), c.body.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Close", Some("en"), "Glad it works!"),
                ("Plain", None, "---\nno front matter here"),
                ("Rambursare", Some("ro"), "Banii vin în 5 zile."),
                ("Закрыть", Some("ru"), "Рады помочь!"),
            ]
        );
    }

    #[test]
    fn front_matter_with_another_key_or_no_end_is_a_problem_at_its_place() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "a.md",
            "---\nlanguage: ro\nauthor: Ana\n---\n# A\nx\n",
        );
        write(dir.path(), "b.md", "---\nlanguage: ro\n");
        let (list, problems) = load(dir.path());
        assert!(list.is_empty(), "{list:?}");
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|p| p.contains("a.md:3:1") && p.contains("author")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|p| p.contains("b.md:1:1") && p.contains("closing")),
            "{text:?}"
        );
    }

    #[test]
    fn a_front_matter_problem_is_said_in_the_language_asked() {
        let ro = crate::i18n::Lang::Ro;
        assert_eq!(
            front_matter("---\nauthor: Ana\n---\n", ro),
            Err((
                4,
                "antetul fișierului acceptă doar `language: COD`, nu \"author: Ana\"".into()
            ))
        );
        assert_eq!(
            front_matter("---\nlanguage: ro\n", crate::i18n::Lang::Zh),
            Err((0, "文件头缺少结尾的 `---` 行".into()))
        );
    }

    #[test]
    fn a_broken_file_is_a_problem_with_its_place_and_the_rest_still_load() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "bad.toml", "title = \"x\"\nbody = \n");
        write(dir.path(), "good.md", "# Good\nfine");
        let (list, problems) = load(dir.path());
        assert_eq!(list.len(), 1);
        assert_eq!(problems.len(), 1);
        let p = problems[0].to_string();
        assert!(p.contains("bad.toml:2:"), "{p}");
    }

    #[test]
    fn escape_sequences_in_a_file_do_not_reach_the_screen() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "evil.md",
            "# Ti\u{1b}]0;owned\u{7}tle\nbody \u{1b}[2J here",
        );
        let (list, _) = load(dir.path());
        assert!(!list[0].title.contains('\u{1b}') && !list[0].body.contains('\u{1b}'));
    }

    #[test]
    fn no_folder_no_responses() {
        let (list, problems) = load(Path::new("/nonexistent/tix/canned"));
        assert!(list.is_empty() && problems.is_empty());
    }
}
