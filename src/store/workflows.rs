//! Workflows in progress on disk, one file per ticket (like drafts), so quitting, a crash or a
//! dropped link resumes a ticket's workflow at the same step. Written atomically and private
//! (0600) before the screen shows the step it leads to.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::helpdesk::Id;
use crate::workflow::Progress;

#[derive(Debug, Clone)]
pub struct WorkflowStore {
    dir: PathBuf,
}

impl WorkflowStore {
    pub fn new(data_dir: &Path, profile: &str) -> WorkflowStore {
        WorkflowStore {
            dir: data_dir.join("walks").join(super::file_name(profile)),
        }
    }

    fn path(&self, ticket: &Id) -> PathBuf {
        self.dir
            .join(format!("{}.json", super::file_name(&ticket.0)))
    }

    /// Keeps a ticket's progress, or forgets it with `None`.
    pub fn save(&self, ticket: &Id, progress: Option<&Progress>) -> io::Result<()> {
        let path = self.path(ticket);
        let Some(p) = progress else {
            return match std::fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            };
        };
        // The ticket's id is kept inside too: the file name is only a safe form of it.
        let json = serde_json::json!({ "ticket": ticket.0, "progress": p });
        super::private::write_atomic(&path, json.to_string().as_bytes())
    }

    /// Every ticket's progress; an unreadable file is skipped (the workflow starts over).
    pub fn load_all(&self) -> HashMap<Id, Progress> {
        let mut out = HashMap::new();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return out;
        };
        for entry in entries.flatten() {
            let file = entry.path();
            if file.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            #[derive(serde::Deserialize)]
            struct Saved {
                ticket: String,
                progress: Progress,
            }
            if let Ok(s) = serde_json::from_str::<Saved>(&text) {
                out.insert(Id::from(s.ticket), s.progress);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::walk::Taken;

    #[test]
    fn progress_round_trips_per_ticket_and_is_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let store = WorkflowStore::new(dir.path(), "work/../x");
        let p = Progress {
            workflow: "refund".into(),
            path: vec![Taken {
                step: "window".into(),
                choice: 1,
            }],
        };
        let odd = Id("../../etc/passwd".into());
        store.save(&Id::from(1001), Some(&p)).unwrap();
        store
            .save(
                &odd,
                Some(&Progress {
                    workflow: "x".into(),
                    path: vec![],
                }),
            )
            .unwrap();
        std::fs::write(dir.path().join("walks/work____x/junk.json"), "{").unwrap();
        let all = WorkflowStore::new(dir.path(), "work/../x").load_all();
        assert_eq!(all.len(), 2);
        assert_eq!(all[&Id::from(1001)], p);
        assert_eq!(all[&odd].workflow, "x");
        store.save(&Id::from(1001), None).unwrap();
        store.save(&Id::from(1001), None).unwrap();
        assert!(!store.load_all().contains_key(&Id::from(1001)));
    }

    #[cfg(unix)]
    #[test]
    fn progress_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = WorkflowStore::new(dir.path(), "p");
        store
            .save(
                &Id::from(7),
                Some(&Progress {
                    workflow: "refund".into(),
                    path: vec![],
                }),
            )
            .unwrap();
        let mode = std::fs::metadata(dir.path().join("walks/p/7.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
