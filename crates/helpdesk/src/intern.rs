//! Shared text for ticket rows. A whole view can be 100,000 rows whose names, statuses,
//! priorities, groups and tags repeat from row to row: each distinct text is kept once and every
//! row points at it (`Str` is a reference-counted `str`, two words wide).
//!
//! The adapters make their rows' repeating fields with [`Str::interned`]; text that does not
//! repeat (a subject) is a plain `Str::from`. The table of shared texts forgets a text once no
//! row holds it any more (checked when the table has doubled since it was last swept), so it
//! never grows past about twice what the rows in memory hold.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An immutable, cheaply cloned string.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Str(Arc<str>);

struct Table {
    texts: HashSet<Arc<str>>,
    /// Sweep the texts no row holds when the table reaches this size.
    sweep_at: usize,
}

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

/// The table is swept no more often than at this size.
const FIRST_SWEEP: usize = 4_096;

impl Str {
    /// The shared copy of `s`: rows with the same text hold one allocation.
    pub fn interned(s: &str) -> Str {
        if s.is_empty() {
            return Str::default();
        }
        let mut guard = TABLE.lock().unwrap_or_else(|e| e.into_inner());
        let table = guard.get_or_insert_with(|| Table {
            texts: HashSet::new(),
            sweep_at: FIRST_SWEEP,
        });
        if let Some(found) = table.texts.get(s) {
            return Str(found.clone());
        }
        if table.texts.len() >= table.sweep_at {
            // Only the table holds these: no row uses them any more.
            table.texts.retain(|t| Arc::strong_count(t) > 1);
            table.sweep_at = (table.texts.len() * 2).max(FIRST_SWEEP);
        }
        let text: Arc<str> = Arc::from(s);
        table.texts.insert(text.clone());
        Str(text)
    }

    /// An optional shared copy (for optional fields).
    pub fn interned_opt(s: Option<&str>) -> Option<Str> {
        s.map(Str::interned)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Str {
    fn default() -> Self {
        // One empty text for all: an empty `Arc<str>` still allocates its counts.
        static EMPTY: std::sync::OnceLock<Arc<str>> = std::sync::OnceLock::new();
        Str(EMPTY.get_or_init(|| Arc::from("")).clone())
    }
}

impl Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Str {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Self {
        Str(Arc::from(s))
    }
}

impl From<String> for Str {
    fn from(s: String) -> Self {
        Str(Arc::from(s))
    }
}

impl From<&String> for Str {
    fn from(s: &String) -> Self {
        Str(Arc::from(s.as_str()))
    }
}

impl From<Str> for String {
    fn from(s: Str) -> Self {
        s.0.to_string()
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Str {
    fn eq(&self, other: &String) -> bool {
        &*self.0 == other.as_str()
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<Str> for str {
    fn eq(&self, other: &Str) -> bool {
        self == &*other.0
    }
}

impl PartialEq<Str> for String {
    fn eq(&self, other: &Str) -> bool {
        self.as_str() == &*other.0
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for Str {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Str {
    /// Read back (a saved queue), the text is shared like the adapters' rows.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Ok(Str::interned(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_is_kept_once() {
        let a = Str::interned("Support – Tier 2");
        let b = Str::interned(&String::from("Support – Tier 2"));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "Support – Tier 2");
        let c = Str::from("Support – Tier 2");
        assert!(!Arc::ptr_eq(&a.0, &c.0), "from() does not share");
        assert_eq!(a, c);
    }

    #[test]
    fn texts_no_row_holds_are_forgotten() {
        // More distinct texts than the first sweep, none kept: the table does not hold them all.
        for i in 0..(FIRST_SWEEP * 3) {
            drop(Str::interned(&format!("forgotten name {i}")));
        }
        let kept = Str::interned("kept name");
        for i in 0..(FIRST_SWEEP * 3) {
            drop(Str::interned(&format!("another name {i}")));
        }
        let len = TABLE.lock().unwrap().as_ref().unwrap().texts.len();
        assert!(len < FIRST_SWEEP * 3, "the table holds {len} texts");
        // A text a row still holds is still shared.
        assert!(Arc::ptr_eq(&kept.0, &Str::interned("kept name").0));
    }

    #[test]
    fn it_reads_and_writes_as_a_plain_string() {
        let s: Str = serde_json::from_str("\"Ана\"").unwrap();
        assert_eq!(s, "Ана");
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"Ана\"");
        assert_eq!(Str::default(), "");
        assert_eq!(format!("{s}|{s:?}"), "Ана|\"Ана\"");
    }
}
