//! Drafts on disk, one file per ticket and kind (reply, note, escalation note), so a crash, kill -9
//! or a dropped SSH link never costs an agent the reply they were typing, and text typed for one
//! purpose never drifts into another. Writes are atomic (temporary file, then rename) and private
//! (0600).

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::helpdesk::{Id, TicketPatch, Visibility};

/// What a draft is for. A ticket keeps one draft of each kind, apart, so that text typed for one
/// purpose never drifts into another: a note never becomes part of a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DraftKind {
    Reply,
    Note,
    /// An escalation's required internal note.
    Escalation,
}

impl DraftKind {
    pub const ALL: [DraftKind; 3] = [DraftKind::Reply, DraftKind::Note, DraftKind::Escalation];

    pub fn visibility(self) -> Visibility {
        match self {
            DraftKind::Reply => Visibility::Public,
            DraftKind::Note | DraftKind::Escalation => Visibility::Internal,
        }
    }

    /// A plain reply or note of this visibility.
    pub fn of(visibility: Visibility) -> DraftKind {
        match visibility {
            Visibility::Public => DraftKind::Reply,
            Visibility::Internal => DraftKind::Note,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            DraftKind::Reply => "reply",
            DraftKind::Note => "note",
            DraftKind::Escalation => "escalation",
        }
    }

    pub fn from_name(s: &str) -> Option<DraftKind> {
        DraftKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// A draft is kept per ticket and kind.
pub type DraftKey = (Id, DraftKind);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub kind: DraftKind,
    pub text: String,
    /// Field changes to send with the text (a macro's, taken into the composer); usually none.
    pub fields: TicketPatch,
}

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

    /// `ID.txt` for a reply (the name every draft had before kinds were kept apart), `ID.note.txt`
    /// and `ID.escalation.txt` for the others.
    fn path(&self, ticket: &Id, kind: DraftKind) -> PathBuf {
        let id = super::file_name(&ticket.0);
        match kind {
            DraftKind::Reply => self.dir.join(format!("{id}.txt")),
            _ => self.dir.join(format!("{id}.{}.txt", kind.name())),
        }
    }

    /// Saves a draft, or removes it when `None`.
    pub fn save(&self, ticket: &Id, kind: DraftKind, draft: Option<&Draft>) -> io::Result<()> {
        let path = self.path(ticket, kind);
        let Some(d) = draft else {
            return match std::fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            };
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
        let content = format!("{} {}{fields}\n{}", kind.name(), ticket.0, d.text);
        super::private::write_atomic(&path, content.as_bytes())
    }

    pub fn load_all(&self) -> HashMap<DraftKey, Draft> {
        let mut out = HashMap::new();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return out;
        };
        for entry in entries.flatten() {
            let file = entry.path();
            if file.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let Ok(content) = std::fs::read_to_string(&file) else {
                continue;
            };
            let Some((head, text)) = content.split_once('\n') else {
                continue;
            };
            let (head, fields) = head.split_once('\t').unwrap_or((head, ""));
            let Some((kind, id)) = head.split_once(' ') else {
                continue;
            };
            let (ticket, kind) = (Id::from(id.to_string()), DraftKind::from_name(kind));
            let kind = kind.unwrap_or(DraftKind::Reply);
            // A note kept under a reply's name (before kinds were apart) moves to its own file,
            // so that removing the note removes it.
            let own = self.path(&ticket, kind);
            if file != own && std::fs::rename(&file, &own).is_err() {
                continue;
            }
            // Unreadable field changes are dropped, never the text.
            let fields = serde_json::from_str(fields).unwrap_or_default();
            let draft = Draft {
                kind,
                text: text.to_string(),
                fields,
            };
            out.insert((ticket, kind), draft);
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
            kind: DraftKind::Note,
            text: "line one\nline two 👋\n".into(),
            fields: TicketPatch {
                status: Some("solved".into()),
                tags: Some(vec!["refund_issued".into()]),
                ..TicketPatch::default()
            },
        };
        let note = (Id::from(1001), DraftKind::Note);
        store.save(&note.0, note.1, Some(&d)).unwrap();
        store
            .save(
                &Id("../../etc/passwd".into()),
                DraftKind::Reply,
                Some(&Draft {
                    kind: DraftKind::Reply,
                    text: "x".into(),
                    fields: TicketPatch::default(),
                }),
            )
            .unwrap();
        let again = DraftStore::new(dir.path(), "work/../x").load_all();
        assert_eq!(again[&note], d);
        assert_eq!(again.len(), 2);
        assert!(
            dir.path().join("drafts/work____x").is_dir(),
            "names are made safe"
        );
        store.save(&note.0, note.1, None).unwrap();
        store.save(&note.0, note.1, None).unwrap();
        assert!(!store.load_all().contains_key(&note));
    }

    #[test]
    fn a_ticket_keeps_its_reply_note_and_escalation_apart() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::new(dir.path(), "p");
        let t = Id::from(1475);
        for kind in DraftKind::ALL {
            let text = format!("{} text", kind.name());
            let d = Draft {
                kind,
                text,
                fields: TicketPatch::default(),
            };
            store.save(&t, kind, Some(&d)).unwrap();
        }
        let all = store.load_all();
        for kind in DraftKind::ALL {
            assert_eq!(
                all[&(t.clone(), kind)].text,
                format!("{} text", kind.name())
            );
        }
        // Sending the reply removes the reply only.
        store.save(&t, DraftKind::Reply, None).unwrap();
        let left = store.load_all();
        assert_eq!(left.len(), 2);
        assert!(!left.contains_key(&(t.clone(), DraftKind::Reply)));
    }

    #[test]
    fn a_note_saved_before_kinds_were_apart_loads_as_a_note_and_can_be_removed() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::new(dir.path(), "p");
        std::fs::create_dir_all(dir.path().join("drafts/p")).unwrap();
        std::fs::write(dir.path().join("drafts/p/1475.txt"), "note 1475\nINTERNAL").unwrap();
        let key = (Id::from(1475), DraftKind::Note);
        assert_eq!(store.load_all()[&key].text, "INTERNAL");
        store.save(&key.0, key.1, None).unwrap();
        assert!(store.load_all().is_empty(), "gone for good");
    }
}
