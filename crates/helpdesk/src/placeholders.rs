//! Placeholders in canned text (`{{ticket.id}}`, `#{ticket.number}`): one scanner for every syntax.

/// Replaces each `open name close` in `body` by what `f` gives for the name; placeholders `f` has
/// nothing for, and an unclosed `open`, stay as written. The one scanner for every placeholder
/// syntax (filling here; translating Freshdesk's and Zammad's names in their adapters).
pub fn rewrite_placeholders(
    body: &str,
    open: &str,
    close: &str,
    mut f: impl FnMut(&str) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        let after = &rest[start + open.len()..];
        let Some(end) = after.find(close) else {
            out.push_str(&rest[start..]);
            return out;
        };
        match f(after[..end].trim()) {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[start..start + open.len() + end + close.len()]),
        }
        rest = &after[end + close.len()..];
    }
    out.push_str(rest);
    out
}
