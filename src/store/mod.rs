//! What tix keeps on disk, in the data dir.

pub mod cache;
pub mod drafts;
pub mod last_view;
pub mod outbox;
pub mod private;
pub mod snoozes;
pub mod workflows;

/// A name safe as a file name (profile names, ticket ids): other characters become `_`.
pub fn file_name(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
