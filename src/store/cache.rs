//! The last known state, on disk: the queue as last loaded and every conversation and customer
//! already seen, so a start shows the queue at once and a lost link leaves them readable.

use std::io;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::helpdesk::{Customer, Id, Message, Ticket, Timestamp, View};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedQueue {
    pub view: View,
    pub saved_at: Timestamp,
    pub tickets: Vec<Ticket>,
}

#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

/// Atomically and privately (0600): the cache holds customers' emails, phones and words.
fn write_json<T: Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let bytes = serde_json::to_vec(value).map_err(io::Error::other)?;
    super::private::write_atomic(path, &bytes)
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Option<T> {
    let file = std::fs::File::open(path).ok()?;
    serde_json::from_reader(io::BufReader::new(file)).ok()
}

impl Cache {
    pub fn new(data_dir: &Path, profile: &str) -> Cache {
        Cache {
            dir: data_dir.join("cache").join(super::file_name(profile)),
        }
    }

    pub fn save_queue(&self, q: &CachedQueue) -> io::Result<()> {
        write_json(&self.dir.join("queue.json"), q)
    }

    pub fn load_queue(&self) -> Option<CachedQueue> {
        read_json(&self.dir.join("queue.json"))
    }

    pub fn save_conversation(&self, ticket: &Id, messages: &[Message]) -> io::Result<()> {
        write_json(
            &self
                .dir
                .join("conversations")
                .join(format!("{}.json", super::file_name(&ticket.0))),
            &messages,
        )
    }

    pub fn load_conversation(&self, ticket: &Id) -> Option<Vec<Message>> {
        read_json(
            &self
                .dir
                .join("conversations")
                .join(format!("{}.json", super::file_name(&ticket.0))),
        )
    }

    pub fn save_customer(&self, id: &Id, c: &(Customer, Vec<Ticket>)) -> io::Result<()> {
        write_json(
            &self
                .dir
                .join("customers")
                .join(format!("{}.json", super::file_name(&id.0))),
            c,
        )
    }

    pub fn load_customer(&self, id: &Id) -> Option<(Customer, Vec<Ticket>)> {
        read_json(
            &self
                .dir
                .join("customers")
                .join(format!("{}.json", super::file_name(&id.0))),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helpdesk::fixtures;

    #[test]
    fn everything_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path(), "work");
        assert!(cache.load_queue().is_none());
        let q = CachedQueue {
            view: View {
                id: Id::from(1),
                name: "All unsolved".into(),
            },
            saved_at: fixtures::now(),
            tickets: fixtures::tickets(),
        };
        cache.save_queue(&q).unwrap();
        assert_eq!(cache.load_queue(), Some(q));
        cache
            .save_conversation(&Id::from(1001), &fixtures::messages())
            .unwrap();
        assert_eq!(
            cache.load_conversation(&Id::from(1001)),
            Some(fixtures::messages())
        );
        cache
            .save_customer(&Id::from(7), &fixtures::customer())
            .unwrap();
        assert_eq!(
            cache.load_customer(&Id::from(7)),
            Some(fixtures::customer())
        );
        // A torn file reads as absent, never as a panic.
        std::fs::write(dir.path().join("cache/work/queue.json"), "{\"view\":").unwrap();
        assert!(cache.load_queue().is_none());
    }
}
