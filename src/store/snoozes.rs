//! Snoozed tickets, per profile, in one file: written whole (atomically, private) each time a
//! snooze is set, cancelled or wakes, so a restart or a crash keeps them.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::helpdesk::{Ticket, Timestamp};

/// A ticket out of the queue until `until`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snooze {
    /// The ticket as it was last seen: the Snoozed view lists it from here, even when no view
    /// loaded holds it.
    pub ticket: Ticket,
    pub until: Timestamp,
    /// When it was snoozed: a customer message after this wakes it early.
    pub set_at: Timestamp,
    /// The ticket's `updated_at` last checked for a customer message: a change after it is
    /// looked at (once).
    pub seen: Timestamp,
    /// Also set on the helpdesk (its waiting status), so colleagues see it.
    #[serde(default)]
    pub on_helpdesk: bool,
}

#[derive(Debug, Clone)]
pub struct SnoozeStore {
    path: PathBuf,
}

impl SnoozeStore {
    pub fn new(data_dir: &Path, profile: &str) -> SnoozeStore {
        SnoozeStore {
            path: data_dir
                .join("snoozes")
                .join(format!("{}.json", super::file_name(profile))),
        }
    }

    /// Keeps these snoozes (all of them: the file is the whole list).
    pub fn save(&self, snoozes: &[Snooze]) -> io::Result<()> {
        let json = serde_json::to_vec(snoozes).map_err(io::Error::other)?;
        super::private::write_atomic(&self.path, &json)
    }

    /// The snoozes kept; none when there is no file. A file that cannot be read is an error, so
    /// that it is said and not silently replaced by an empty list at the next save.
    pub fn load(&self) -> io::Result<Vec<Snooze>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{}: {e}", self.path.display()),
                )
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(vec![]),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helpdesk::fixtures;

    fn snooze(id: &str, until: &str) -> Snooze {
        let ticket = fixtures::ticket(
            id.parse().unwrap(),
            &format!("Subject of {id}"),
            "open",
            "normal",
            "email",
            7,
        );
        Snooze {
            seen: ticket.updated_at,
            ticket,
            until: until.parse().unwrap(),
            set_at: "2026-12-02T10:00:00Z".parse().unwrap(),
            on_helpdesk: id == "2",
        }
    }

    #[test]
    fn snoozes_survive_a_restart_per_profile_and_privately() {
        let dir = tempfile::tempdir().unwrap();
        let work = SnoozeStore::new(dir.path(), "work");
        assert_eq!(work.load().unwrap(), vec![]);
        let kept = vec![
            snooze("1", "2026-12-02T15:30:00Z"),
            snooze("2", "2026-12-07T07:00:00Z"),
        ];
        work.save(&kept).unwrap();
        // A new store over the same directory: what a restart sees.
        let again = SnoozeStore::new(dir.path(), "work");
        assert_eq!(again.load().unwrap(), kept);
        assert_eq!(SnoozeStore::new(dir.path(), "rt").load().unwrap(), vec![]);
        // Woken or cancelled: the list is written whole.
        again.save(&kept[1..]).unwrap();
        assert_eq!(work.load().unwrap(), kept[1..].to_vec());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("snoozes/work.json"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_damaged_file_is_an_error_not_an_empty_list() {
        let dir = tempfile::tempdir().unwrap();
        let store = SnoozeStore::new(dir.path(), "work");
        std::fs::create_dir_all(dir.path().join("snoozes")).unwrap();
        std::fs::write(dir.path().join("snoozes/work.json"), b"{not json").unwrap();
        let err = store.load().unwrap_err();
        assert!(err.to_string().contains("work.json"), "{err}");
    }
}
