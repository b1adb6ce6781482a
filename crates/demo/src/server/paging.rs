//! Cursor pagination: keys, one page of a list in an order, the cursor meta and links of a page, a
//! page of tickets with its sideloads.

use super::*;

/// A position in a sorted list: (time in nanoseconds, id). Lists sorted by id alone use time 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Key {
    pub(super) at: i128,
    pub(super) id: u64,
}

impl Key {
    pub(super) fn at(time: Timestamp, id: u64) -> Key {
        Key {
            at: time.as_nanosecond(),
            id,
        }
    }

    pub(super) fn id(id: u64) -> Key {
        Key { at: 0, id }
    }

    /// Opaque to clients: the key written as text, then hex-encoded.
    pub(super) fn encode(self) -> String {
        let plain = format!("{}:{}", self.at, self.id);
        plain.bytes().map(|b| format!("{b:02x}")).collect()
    }

    pub(super) fn decode(cursor: &str) -> Option<Key> {
        if !cursor.len().is_multiple_of(2) || cursor.len() > 128 {
            return None;
        }
        let bytes: Option<Vec<u8>> = (0..cursor.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(cursor.get(i..i + 2)?, 16).ok())
            .collect();
        let plain = String::from_utf8(bytes?).ok()?;
        let (at, id) = plain.split_once(':')?;
        Some(Key {
            at: at.parse().ok()?,
            id: id.parse().ok()?,
        })
    }
}

/// A sort key for ticket lists and its direction.
pub(super) type Sorting = (fn(&TicketSummary) -> Key, Order);

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    Ascending,
    Descending,
}

pub(super) struct Page<T> {
    pub(super) items: Vec<T>,
    pub(super) has_more: bool,
    /// Key of the last item, the next page's `page[after]`.
    pub(super) last: Option<Key>,
}

/// One page of `items` in `order` of `key`, starting after `request.after`. The cursor is the
/// last item's key rather than an offset, so writes between two requests do not shift the pages.
pub(super) fn paginate<T>(
    mut items: Vec<T>,
    key: impl Fn(&T) -> Key,
    request: &PageRequest,
    order: Order,
) -> Page<T> {
    let cmp = |a: &T, b: &T| match order {
        Order::Ascending => key(a).cmp(&key(b)),
        Order::Descending => key(b).cmp(&key(a)),
    };
    if let Some(after) = request.after {
        items.retain(|t| match order {
            Order::Ascending => key(t) > after,
            Order::Descending => key(t) < after,
        });
    }
    let has_more = items.len() > request.size;
    if has_more {
        // Only the page itself needs sorting: O(n) per page, however long the view is.
        items.select_nth_unstable_by(request.size, cmp);
        items.truncate(request.size);
    }
    items.sort_unstable_by(cmp);
    let last = items.last().map(&key);
    Page {
        items,
        has_more,
        last,
    }
}

impl Shared {
    /// `links.next` for a cursor page: the same request with `page[after]` set.
    pub(super) fn next_link(&self, uri: &Uri, params: &Params, key: &str, value: &str) -> String {
        let mut query: Vec<String> = params
            .0
            .iter()
            .filter(|(k, _)| k != key)
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        query.push(format!("{}={}", encode(key), encode(value)));
        format!("{}{}?{}", self.base_url, uri.path(), query.join("&"))
    }

    pub(super) fn cursor_meta<T>(
        &self,
        uri: &Uri,
        params: &Params,
        page: &Page<T>,
    ) -> (Meta, Links) {
        let after = page.last.map(Key::encode);
        let next = match &after {
            Some(cursor) if page.has_more => {
                Some(self.next_link(uri, params, "page[after]", cursor))
            }
            _ => None,
        };
        let meta = Meta {
            has_more: page.has_more,
            after_cursor: after,
            before_cursor: None,
        };
        (meta, Links { next, prev: None })
    }

    /// A cursor page of tickets, newest first by `key`, with the sideloads `include` asks for.
    pub(super) fn tickets_page(
        &self,
        store: &Store,
        matching: Vec<TicketSummary>,
        (key, order): Sorting,
        request: &PageRequest,
        params: &Params,
        uri: &Uri,
    ) -> TicketsPage {
        let include = params.includes();
        let page = paginate(matching, key, request, order);
        let tickets: Vec<Ticket> = page
            .items
            .iter()
            .filter_map(|t| store.ticket(t.id))
            .collect();
        let side = Sideloads::of(&self.data, &tickets, include);
        let (meta, links) = self.cursor_meta(uri, params, &page);
        TicketsPage {
            tickets: tickets.into_iter().map(|t| include.apply(t)).collect(),
            users: side.users.into(),
            groups: side.groups.into(),
            organizations: side.organizations.into(),
            meta,
            links,
            count: None,
        }
    }
}
