//! What tix keeps on disk, in the data dir.

pub mod cache;
pub mod drafts;
pub mod outbox;
