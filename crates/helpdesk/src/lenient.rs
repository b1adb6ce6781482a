//! Reading a stranger's JSON so that one bad ticket costs only itself, never the page: `repair`
//! mends the text serde_json refuses outright (a lone surrogate escape, a raw control character
//! inside a string); `Items` reads a list item by item, leaving out and counting what cannot be
//! read; `or_default`, `time` and `opt_time` read a field that came as `null`, or as a time out of
//! range or malformed, as its default or as unknown instead of failing the item.

use std::borrow::Cow;

use serde::de::{DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::{Timestamp, UNKNOWN_TIME};

/// The JSON text with what would make serde_json refuse the whole answer mended, inside strings
/// only: a lone UTF-16 surrogate escape (`"\ud800"`) becomes U+FFFD, a raw control character
/// becomes its `\u00XX` escape (the sanitizer then shows it as a control picture). Everything
/// else is left as it is, so an answer that was fine is returned unchanged and not copied.
pub fn repair(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    let mut in_string = false;
    let mut i = 0;
    // `done`: bytes before it are in `out` (once there is an `out`).
    let mut done = 0;
    let hex4 = |at: usize| -> Option<u32> {
        let s = text.get(at..at + 4)?;
        u32::from_str_radix(s, 16)
            .ok()
            .filter(|_| s.bytes().all(|c| c.is_ascii_hexdigit()))
    };
    let fix = |out: &mut Option<String>, done: &mut usize, from: usize, to: usize, with: &str| {
        let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
        o.push_str(&text[*done..from]);
        o.push_str(with);
        *done = to;
    };
    while i < b.len() {
        let c = b[i];
        if !in_string {
            in_string = c == b'"';
            i += 1;
            continue;
        }
        match c {
            b'"' => {
                in_string = false;
                i += 1;
            }
            b'\\' if b.get(i + 1) == Some(&b'u') => match hex4(i + 2) {
                Some(0xD800..=0xDBFF) => {
                    let low = (b.get(i + 6) == Some(&b'\\') && b.get(i + 7) == Some(&b'u'))
                        .then(|| hex4(i + 8))
                        .flatten();
                    if matches!(low, Some(0xDC00..=0xDFFF)) {
                        i += 12;
                    } else {
                        fix(&mut out, &mut done, i, i + 6, "\\ufffd");
                        i += 6;
                    }
                }
                Some(0xDC00..=0xDFFF) => {
                    fix(&mut out, &mut done, i, i + 6, "\\ufffd");
                    i += 6;
                }
                _ => i += 2,
            },
            b'\\' => i += 2,
            0x00..=0x1f => {
                fix(&mut out, &mut done, i, i + 1, &format!("\\u{c:04x}"));
                i += 1;
            }
            _ => i += 1,
        }
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut o) => {
            o.push_str(&text[done.min(text.len())..]);
            Cow::Owned(o)
        }
    }
}

/// A list read item by item: an item that cannot be read is left out and counted in `skipped`
/// instead of failing the whole list (and the page around it). `null` reads as an empty list.
#[derive(Debug, Clone, PartialEq)]
pub struct Items<T> {
    pub items: Vec<T>,
    pub skipped: usize,
}

impl<T> Default for Items<T> {
    fn default() -> Self {
        Items {
            items: Vec::new(),
            skipped: 0,
        }
    }
}

impl<T> Items<T> {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T> From<Vec<T>> for Items<T> {
    fn from(items: Vec<T>) -> Self {
        Items { items, skipped: 0 }
    }
}

impl<T> FromIterator<T> for Items<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Vec::from_iter(iter).into()
    }
}

impl<T> std::ops::Deref for Items<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.items
    }
}

impl<T> std::ops::DerefMut for Items<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.items
    }
}

impl<T> IntoIterator for Items<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Items<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Items<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let values = Option::<Vec<Value>>::deserialize(d)?.unwrap_or_default();
        let mut out = Items {
            items: Vec::with_capacity(values.len()),
            skipped: 0,
        };
        for v in values {
            match T::deserialize(v) {
                Ok(t) => out.items.push(t),
                // Not logged with serde's message: it can quote the stranger's text.
                Err(_) => out.skipped += 1,
            }
        }
        Ok(out)
    }
}

impl<T: Serialize> Serialize for Items<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

/// A list inside an item (attachments, SLA targets): read item by item like `Items`, what cannot
/// be read left out without a count.
pub fn some_of<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(Items::<T>::deserialize(d)?.items)
}

/// A field that may come as `null`: its default then.
pub fn or_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A part of an item that may be `null` or unreadable (a malformed SLA block): `None` then, and
/// the item is read without it.
pub fn or_none<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(T::deserialize(Value::deserialize(d)?).ok())
}

/// A time that may be absent, `null`, malformed or out of range (year 99999, a leap second at the
/// end of 9999): `None` then.
pub fn opt_time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Timestamp>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A time the item must have: `UNKNOWN_TIME` when it cannot be read.
pub fn time<'de, D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
    Ok(opt_time(d)?.unwrap_or(UNKNOWN_TIME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_and_raw_controls_are_mended_inside_strings_only() {
        assert_eq!(repair(r#"{"a":"x\ud800y"}"#), r#"{"a":"x\ufffdy"}"#);
        assert_eq!(repair(r#"{"a":"\udc00"}"#), r#"{"a":"\ufffd"}"#);
        assert_eq!(repair(r#"{"a":"\ud800\u0041"}"#), r#"{"a":"\ufffd\u0041"}"#);
        assert_eq!(
            repair("{\"a\":\"x\u{1}y\ttab\"}"),
            r#"{"a":"x\u0001y\u0009tab"}"#
        );
        // A real pair, an escaped quote, an escaped backslash before u: unchanged, not copied.
        for fine in [
            r#"{"a":"\ud83d\ude00"}"#,
            r#"{"a":"say \"\ud83d\ude00\""}"#,
            r#"{"a":"\\ud800"}"#,
            "{\n\t\"a\": 1\n}",
        ] {
            assert!(matches!(repair(fine), Cow::Borrowed(_)), "{fine}");
        }
        let v: Value = serde_json::from_str(&repair("[\"\\ud800\u{7}\"]")).unwrap();
        assert_eq!(v[0], "\u{fffd}\u{7}");
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct T {
        id: u64,
        #[serde(default, deserialize_with = "or_default")]
        name: String,
        #[serde(deserialize_with = "time")]
        at: Timestamp,
        #[serde(default, deserialize_with = "opt_time")]
        due: Option<Timestamp>,
    }

    #[test]
    fn a_bad_item_costs_only_itself() {
        let page: Items<T> = serde_json::from_str(
            r#"[{"id":1,"name":null,"at":"99999-01-01T00:00:00Z","due":"9999-12-31T23:59:60Z"},
                {"id":null,"at":"2026-01-01T00:00:00Z"},
                "not an object",
                {"id":3,"name":"ok","at":"2026-01-01T00:00:00Z","due":"2026-01-02T00:00:00Z"}]"#,
        )
        .unwrap();
        assert_eq!(page.skipped, 2);
        assert_eq!(page.items.len(), 2);
        assert_eq!(page[0].name, "");
        assert_eq!(page[0].at, UNKNOWN_TIME);
        assert_eq!(page[0].due, None);
        assert_eq!(page[1].due, Some("2026-01-02T00:00:00Z".parse().unwrap()));
        let none: Items<T> = serde_json::from_str("null").unwrap();
        assert_eq!(none, Items::default());
    }
}
