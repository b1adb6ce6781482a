//! Bodies of earlier GETs by URL, with their ETag, so that a read asked again with
//! `If-None-Match` costs a 304 and no body. Bounded in bytes, not only in entries: a whole view
//! of 100,000 tickets is a thousand pages of 100 kB, and keeping them all would hold more than
//! the tickets themselves. Past the bound the oldest answers go first.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

/// An answer's ETag and body.
pub type Kept = (String, Arc<[u8]>);

/// What the cache may hold in all (bodies), and the biggest body it keeps.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;
pub const MAX_BODY: usize = 2 * 1024 * 1024;

#[derive(Default)]
pub struct EtagCache {
    kept: HashMap<String, Kept>,
    /// URLs from the oldest answer kept to the newest.
    order: VecDeque<String>,
    bytes: usize,
}

impl EtagCache {
    pub fn get(&self, url: &str) -> Option<Kept> {
        self.kept.get(url).cloned()
    }

    /// Keeps an answer (a body too big for the cache is not kept), dropping the oldest until all
    /// fits.
    pub fn put(&mut self, url: String, etag: String, body: Arc<[u8]>) {
        self.remove(&url);
        if body.len() > MAX_BODY {
            return;
        }
        while self.bytes + body.len() > MAX_BYTES {
            let Some(oldest) = self.order.pop_front() else {
                break;
            };
            if let Some((_, b)) = self.kept.remove(&oldest) {
                self.bytes -= b.len();
            }
        }
        self.bytes += body.len();
        self.order.push_back(url.clone());
        self.kept.insert(url, (etag, body));
    }

    fn remove(&mut self, url: &str) {
        if let Some((_, b)) = self.kept.remove(url) {
            self.bytes -= b.len();
            self.order.retain(|u| u != url);
        }
    }

    /// The bytes of bodies held.
    pub fn bytes(&self) -> usize {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: usize) -> Arc<[u8]> {
        vec![b'x'; n].into()
    }

    #[test]
    fn a_whole_view_of_pages_is_not_all_kept() {
        let mut c = EtagCache::default();
        c.put("views".into(), "\"v\"".into(), body(2_000));
        // 1,000 pages of 100 kB: far more than the bound.
        for i in 0..1_000 {
            c.put(format!("page/{i}"), format!("\"{i}\""), body(100_000));
        }
        assert!(c.bytes() <= MAX_BYTES, "holds {} bytes", c.bytes());
        // The newest pages are there, the oldest answers gone.
        assert!(c.get("page/999").is_some());
        assert!(c.get("page/0").is_none());
        assert!(c.get("views").is_none());
        assert_eq!(c.kept.len(), c.order.len());
    }

    #[test]
    fn an_answer_kept_again_replaces_the_old_one() {
        let mut c = EtagCache::default();
        c.put("top".into(), "\"1\"".into(), body(10));
        c.put("top".into(), "\"2\"".into(), body(20));
        assert_eq!(c.get("top").map(|k| k.0), Some("\"2\"".to_string()));
        assert_eq!(c.bytes(), 20);
        assert_eq!(c.order.len(), 1);
    }

    #[test]
    fn a_body_too_big_is_not_kept_and_forgets_the_old_one() {
        let mut c = EtagCache::default();
        c.put("big".into(), "\"1\"".into(), body(10));
        c.put("big".into(), "\"2\"".into(), body(MAX_BODY + 1));
        assert!(c.get("big").is_none());
        assert_eq!(c.bytes(), 0);
    }
}
