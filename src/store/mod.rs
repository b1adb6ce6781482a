//! What tix keeps on disk, in the data dir.

pub mod drafts;
