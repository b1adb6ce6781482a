//! Drafts on disk, one file per ticket, so a crash, kill -9 or a dropped SSH link never costs an
//! agent the reply they were typing. Writes are atomic (temporary file, then rename) and private
//! (0600).

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::app::model::Draft;
use crate::helpdesk::{Id, TicketPatch, Visibility};

#[derive(Debug, Clone)]
pub struct DraftStore {
    dir: PathBuf,
}

impl DraftStore {
    pub fn new(data_dir: &Path, profile: &str) -> DraftStore {
        DraftStore {
            dir: data_dir.join("drafts").join(super::file_name(profile)),
        }
    }

    fn path(&self, ticket: &Id) -> PathBuf {
        self.dir
            .join(format!("{}.txt", super::file_name(&ticket.0)))
    }

    /// Saves a draft, or removes it when `None`.
    pub fn save(&self, ticket: &Id, draft: Option<&Draft>) -> io::Result<()> {
        let path = self.path(ticket);
        let Some(d) = draft else {
            return match std::fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            };
        };
        let kind = match d.visibility {
            Visibility::Public => "reply",
            Visibility::Internal => "note",
        };
        // First line: the kind and the ticket id, then (after a tab) field changes to send with the
        // text, as JSON, when there are any; the rest is the text as typed.
        let fields = if d.fields == TicketPatch::default() {
            String::new()
        } else {
            format!(
                "\t{}",
                serde_json::to_string(&d.fields).map_err(io::Error::other)?
            )
        };
        let content = format!("{kind} {}{fields}\n{}", ticket.0, d.text);
        super::private::write_atomic(&path, content.as_bytes())
    }

    pub fn load_all(&self) -> HashMap<Id, Draft> {
        let mut out = HashMap::new();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return out;
        };
        for entry in entries.flatten() {
            if entry.path().extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let Ok(content) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            let Some((head, text)) = content.split_once('\n') else {
                continue;
            };
            let (head, fields) = head.split_once('\t').unwrap_or((head, ""));
            let Some((kind, id)) = head.split_once(' ') else {
                continue;
            };
            // Unreadable field changes are dropped, never the text.
            let fields = serde_json::from_str(fields).unwrap_or_default();
            let visibility = if kind == "note" {
                Visibility::Internal
            } else {
                Visibility::Public
            };
            out.insert(
                Id(id.to_string()),
                Draft {
                    visibility,
                    text: text.to_string(),
                    fields,
                },
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_round_trip_and_clear() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::new(dir.path(), "work/../x");
        let d = Draft {
            visibility: Visibility::Internal,
            text: "line one\nline two 👋\n".into(),
            fields: TicketPatch {
                status: Some("solved".into()),
                tags: Some(vec!["refund_issued".into()]),
                ..TicketPatch::default()
            },
        };
        store.save(&Id::from(1001), Some(&d)).unwrap();
        store
            .save(
                &Id("../../etc/passwd".into()),
                Some(&Draft {
                    visibility: Visibility::Public,
                    text: "x".into(),
                    fields: TicketPatch::default(),
                }),
            )
            .unwrap();
        let again = DraftStore::new(dir.path(), "work/../x").load_all();
        assert_eq!(again[&Id::from(1001)], d);
        assert_eq!(again.len(), 2);
        assert!(
            dir.path().join("drafts/work____x").is_dir(),
            "names are made safe"
        );
        store.save(&Id::from(1001), None).unwrap();
        store.save(&Id::from(1001), None).unwrap();
        assert!(!store.load_all().contains_key(&Id::from(1001)));
    }
}
