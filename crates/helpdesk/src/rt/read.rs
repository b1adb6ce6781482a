//! Reading: pages of a TicketSQL search, counts, the queues and saved searches that are views.

use super::*;

impl Rt {
    /// One page of a TicketSQL search with the given fields, in the given order.
    pub(super) async fn ticket_page(
        &self,
        sql: &str,
        page: u64,
        per_page: u64,
        fields: &[(&str, &str)],
        order: &[(&str, &str)],
    ) -> Result<wire::Collection<wire::Ticket>> {
        let page = page.to_string();
        let per_page = per_page.to_string();
        let mut query: Vec<(&str, &str)> =
            vec![("query", sql), ("page", &page), ("per_page", &per_page)];
        query.extend_from_slice(fields);
        for (by, dir) in order {
            query.push(("orderby", by));
            query.push(("order", dir));
        }
        self.get("tickets", &query).await
    }

    /// The views that cost no more than the queue list: the three built in and one per queue.
    pub(super) async fn cheap_views(&self) -> Result<Vec<View>> {
        let mut views = vec![
            View {
                id: Id(VIEW_MY_OPEN.into()),
                name: "My open tickets".into(),
            },
            View {
                id: Id(VIEW_UNOWNED.into()),
                name: "Unowned open tickets".into(),
            },
            View {
                id: Id(VIEW_ALL_OPEN.into()),
                name: "All open tickets".into(),
            },
        ];
        for queue in self.queues().await? {
            views.push(View {
                id: Id::from(queue_view(&queue)),
                // The queue panel says "Queue:" already: the name is the queue's own.
                name: format!("{queue} — open tickets"),
            });
        }
        Ok(views)
    }

    /// The saved searches as views; none where the agent may not see them (without
    /// ShowSavedSearches the list is just shorter).
    pub(super) async fn saved_views(&self) -> Result<Vec<View>> {
        match self.saved_searches().await {
            Ok(saved) => Ok(saved),
            Err(e) if matches!(e.kind, ErrorKind::Permission | ErrorKind::NotFound) => Ok(vec![]),
            Err(e) => Err(e),
        }
    }

    /// The queue whose view this is, when it is one of the queue views `views` makes (and the
    /// queues have been read): its rows are that queue's.
    pub(super) fn queue_of_view(&self, view: &Id) -> Option<String> {
        let sql = view.0.trim();
        self.queues
            .get()?
            .iter()
            .find(|q| queue_view(q) == sql)
            .cloned()
    }

    pub(super) async fn count(&self, sql: &str) -> Result<Option<u64>> {
        let c: wire::Collection<wire::Ref> = self
            .get("tickets", &[("query", sql), ("per_page", "1")])
            .await?;
        Ok(c.total)
    }

    /// Names of the enabled queues the user can see, in RT's order (read once, see `queues`).
    pub(super) async fn queues(&self) -> Result<Vec<String>> {
        self.queues
            .get_or_try_init(|| self.read_queues())
            .await
            .cloned()
    }

    pub(super) async fn read_queues(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Queue> = self
                .get(
                    "queues/all",
                    &[
                        ("fields", "Name,Disabled"),
                        ("per_page", "100"),
                        ("page", &p),
                    ],
                )
                .await?;
            let more = has_more(&c, page);
            names.extend(
                c.items
                    .into_iter()
                    .filter(|q| q.disabled != "1" && !q.name.trim().is_empty())
                    .map(|q| q.name),
            );
            if !more {
                break;
            }
        }
        Ok(names)
    }

    /// The user's saved ticket searches (not RT's built-in "Search - …" dashboard searches).
    pub(super) async fn saved_searches(&self) -> Result<Vec<View>> {
        let mut views = Vec::new();
        for page in 1..=MAX_LIST_PAGES {
            let p = page.to_string();
            let c: wire::Collection<wire::Search> = self
                .get(
                    "searches",
                    &[
                        ("fields", "Name,Description,Content"),
                        ("per_page", "100"),
                        ("page", &p),
                    ],
                )
                .await?;
            let more = has_more(&c, page);
            for s in c.items {
                let kind = s.content.search_type.as_str();
                if s.name != "SavedSearch"
                    || s.content.query.trim().is_empty()
                    || !(kind.is_empty() || kind == "Ticket")
                {
                    continue;
                }
                let title = s.description.replace("[_1]", "");
                let title = title.trim();
                let title = if title.is_empty() {
                    format!("search {}", s.id)
                } else {
                    title.to_string()
                };
                views.push(View {
                    id: Id::from(s.content.query.trim().to_string()),
                    name: format!("Saved: {title}"),
                });
            }
            if !more {
                break;
            }
        }
        Ok(views)
    }

    pub(super) async fn tickets_where(
        &self,
        sql: &str,
        per_page: u64,
        fields: &[(&str, &str)],
        order: &[(&str, &str)],
    ) -> Result<Vec<Ticket>> {
        let c = self.ticket_page(sql, 1, per_page, fields, order).await?;
        Ok(self.with_tiers(c.items.into_iter().collect()).await)
    }

    /// The tickets changed since `since`, in any queue, most recently updated first (a
    /// snoozed ticket may be in none of the views): one search, an empty page when nothing
    /// changed. RT reads a date in TicketSQL in the user's time zone (a UTC time is taken as
    /// theirs), so the moment is asked relative to RT's own clock, "-75 seconds", which no time
    /// zone or clock skew shifts. None when more changed than a page holds (the view is then
    /// listed again) or when the last sync is too long ago to ask this way.
    pub(super) async fn changed_tickets(&self, since: Timestamp) -> Result<Option<Vec<Ticket>>> {
        let Some(sql) = changed_sql(since, Timestamp::now()) else {
            return Ok(None);
        };
        let c = self
            .ticket_page(&sql, 1, PER_PAGE, LIST, NEWEST_UPDATED)
            .await?;
        let more = match (c.total, c.pages) {
            (Some(_), Some(pages)) => pages > 1,
            _ => c.items.len() as u64 >= PER_PAGE,
        };
        if more {
            return Ok(None);
        }
        Ok(Some(self.with_tiers(c.items.into_iter().collect()).await))
    }

    /// Which of these tickets the view's TicketSQL finds: one search for their ids (a few
    /// hundred bytes). None for more than a page of them (the view is listed again).
    pub(super) async fn tickets_in_view(
        &self,
        view: &Id,
        tickets: &[Id],
    ) -> Result<Option<Vec<Id>>> {
        let numbers: Vec<u64> = tickets.iter().map(parse_ticket_id).collect::<Result<_>>()?;
        if numbers.is_empty() {
            return Ok(Some(vec![]));
        }
        if numbers.len() as u64 > PER_PAGE {
            return Ok(None);
        }
        let ids: Vec<String> = numbers.iter().map(|n| format!("id = {n}")).collect();
        let sql = format!("( {} ) AND ( {} )", view.0.trim(), ids.join(" OR "));
        let per_page = numbers.len().to_string();
        let c: wire::Collection<wire::Ref> = self
            .get("tickets", &[("query", &sql), ("per_page", &per_page)])
            .await?;
        Ok(Some(c.items.into_iter().map(|r| Id::from(r.id)).collect()))
    }

    /// The view's tickets from `segment` on (1 to 3) in one query, in `SEGMENTS`' order: `left`
    /// of them were counted. None when RT finds more than that (some came meanwhile): then
    /// they are asked segment by segment after all.
    pub(super) async fn segments_from(
        &self,
        view: &Id,
        segment: usize,
        left: u64,
        fields: &[(&str, &str)],
    ) -> Result<Option<(Vec<wire::Ticket>, usize)>> {
        let sql = format!("( {} ) AND {}", view.0.trim(), FROM_SEGMENT[segment]);
        let c = self
            .ticket_page(&sql, 1, left, fields, NEWEST_FIRST)
            .await?;
        if has_more(&c, 1) {
            return Ok(None);
        }
        let skipped = c.items.skipped;
        let mut rows: Vec<wire::Ticket> = c.items.into_iter().collect();
        // Band by band (tix compares bands where RT would sort the numbers), newest updated
        // first, then the lower id, as each segment's own query orders them.
        rows.sort_by_cached_key(|t| {
            (
                std::cmp::Reverse(priority_of(&t.priority).map_or(0, |p| p.rank)),
                std::cmp::Reverse(rt_time(&t.last_updated)),
                t.id.parse::<u64>().unwrap_or(u64::MAX),
            )
        });
        Ok(Some((rows, skipped)))
    }

    /// A page of these rows as tickets: with their requesters' tiers, and their queue when the
    /// view is one queue's (its rows are asked without it). No next page.
    pub(super) async fn named_rows(
        &self,
        rows: Vec<wire::Ticket>,
        queue: Option<String>,
        total: Option<u64>,
        skipped: usize,
    ) -> Page<Ticket> {
        let mut items = self.with_tiers(rows).await;
        if let Some(q) = queue {
            let q = Str::interned(&q);
            for t in &mut items {
                t.group = Some(q.clone());
            }
        }
        Page {
            skipped,
            items,
            next: None,
            total,
        }
    }
}

/// Changes older than this are not asked by time: a sync that late (a laptop woken from sleep)
/// lists the view again.
const MAX_CHANGE_AGE_SECS: i64 = 24 * 3600;

/// The TicketSQL for the tickets updated since `since`, seen from `now`: whole seconds,
/// rounded up, and one more, since RT keeps LastUpdated in whole seconds and asks for later
/// ones (a change at 12:00:00.9 is at 12:00:00). None when `since` is too long ago.
pub(super) fn changed_sql(since: Timestamp, now: Timestamp) -> Option<String> {
    let ago = now.duration_since(since).as_secs_f64().ceil().max(0.0) as i64 + 1;
    (ago <= MAX_CHANGE_AGE_SECS).then(|| format!("LastUpdated > '-{ago} seconds'"))
}
