//! Loading a view page by page: the whole of it, or from a cursor until enough came; several
//! pages at once where the backend numbers them, within the API budget.

use super::{Helpdesk, Id, RateBudget, Result, Ticket};

/// Loads every page of a view, reporting `(loaded, total)` after each page. `tix ls` and the tests
/// list a view through this, so they agree with the workspace on content and order. The view's
/// count is asked only where its first page does not carry the total.
pub async fn load_view(
    hd: &dyn Helpdesk,
    view: &Id,
    mut on_page: impl FnMut(&[Ticket], usize, Option<u64>),
) -> Result<Vec<Ticket>> {
    let first = hd.view_page(view, None, usize::MAX).await?;
    let total = match first.total {
        Some(n) => Some(n),
        None => hd.view_count(view).await.unwrap_or(None),
    };
    let known = std::sync::OnceLock::new();
    if let Some(n) = total {
        let _ = known.set(n);
    }
    let mut all = first.items;
    on_page(&all, all.len(), total);
    let Some(next) = first.next else {
        return Ok(all);
    };
    load_pages_owned(hd, view, Some(next), usize::MAX, &known, |page, _| {
        let start = all.len();
        all.extend(page);
        on_page(&all[start..], all.len(), total);
    })
    .await?;
    Ok(all)
}

/// How many pages of a whole view may be in flight at once, where the backend pages by number.
pub const PAGES_IN_FLIGHT: usize = 4;

/// Pages to have in flight under the API budget last told: all `PAGES_IN_FLIGHT` where the
/// helpdesk tells none (a self-hosted RT), one while it is low, and never more than a twentieth of
/// the requests left in its window, so a hosted helpdesk's budget is never spent on paging.
pub fn pages_in_flight(budget: Option<RateBudget>) -> usize {
    match budget {
        None => PAGES_IN_FLIGHT,
        Some(b) if b.is_low() => 1,
        Some(b) => usize::try_from(b.remaining / 20)
            .unwrap_or(PAGES_IN_FLIGHT)
            .clamp(1, PAGES_IN_FLIGHT),
    }
}

/// Loads the pages of a view from cursor `from` (the first page for `None`) until at least `want`
/// tickets came or the view ends, handing each page and the number of its tickets that could not
/// be read to `on_page`. Returns the cursor of the next page, `None` when the view is complete.
pub async fn load_pages(
    hd: &dyn Helpdesk,
    view: &Id,
    from: Option<String>,
    want: usize,
    mut on_page: impl FnMut(&[Ticket], usize),
) -> Result<Option<String>> {
    load_pages_owned(
        hd,
        view,
        from,
        want,
        &std::sync::OnceLock::new(),
        |page, skipped| on_page(&page, skipped),
    )
    .await
}

/// `load_pages`, handing each page over whole (the workspace keeps its tickets: no copy), in the
/// view's order. With the view's `total` known (given, or set from a page that carries it), a
/// whole view (`want` unbounded) of a backend that numbers its pages is asked for several pages
/// at once (`pages_in_flight`), never past the last page the total makes (a view that grew
/// meanwhile goes on one page at a time).
pub async fn load_pages_owned(
    hd: &dyn Helpdesk,
    view: &Id,
    from: Option<String>,
    want: usize,
    total: &std::sync::OnceLock<u64>,
    mut on_page: impl FnMut(Vec<Ticket>, usize),
) -> Result<Option<String>> {
    use futures_util::stream::{FuturesOrdered, StreamExt};
    let mut cursor = from;
    let mut loaded = 0usize;
    loop {
        // Sized to what is wanted where the backend sizes its pages (RT).
        let page = hd
            .view_page(view, cursor.as_deref(), want.saturating_sub(loaded))
            .await?;
        let size = (page.items.len() + page.skipped) as u64;
        if let Some(n) = page.total {
            let _ = total.set(n);
        }
        loaded += page.items.len();
        on_page(page.items, page.skipped);
        let next = match page.next {
            Some(next) if loaded < want => next,
            next => return Ok(next),
        };
        // The page numbers ahead, when the next cursor is one (and the adapter agrees it is),
        // up to the last page the view's total makes.
        let numbered = next
            .parse::<u64>()
            .ok()
            .filter(|&n| want == usize::MAX && hd.page_cursor(view, n).as_ref() == Some(&next));
        let last = total.get().filter(|_| size > 0).map(|t| t.div_ceil(size));
        let (Some(mut asked), Some(last)) = (numbered, last) else {
            cursor = Some(next);
            continue;
        };
        // Pages in flight, answered in the order asked; `after` is the cursor the last answered
        // page gave.
        let mut pending = FuturesOrdered::new();
        let mut after = Some(next);
        loop {
            while pending.len() < pages_in_flight(hd.rate_limit()) && asked <= last {
                let Some(c) = hd.page_cursor(view, asked) else {
                    break;
                };
                pending.push_back(async move { hd.view_tickets(view, Some(&c)).await });
                asked += 1;
            }
            let Some(page) = pending.next().await else {
                break;
            };
            let page = page?;
            on_page(page.items, page.skipped);
            after = page.next;
            if after.is_none() {
                return Ok(None);
            }
        }
        cursor = after;
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::time::Duration;

    use async_trait::async_trait;

    use super::*;
    use crate::*;

    /// A helpdesk whose view has `pages` numbered pages of 10 tickets; later pages answer sooner
    /// (so answers come out of order); a page past the end is an error. It counts requests in
    /// flight and reports `budget`.
    struct Numbered {
        pages: u64,
        budget: Option<RateBudget>,
        /// Whether its pages carry the view's total; `counted` is how often the count was asked.
        totals: bool,
        counted: AtomicUsize,
        in_flight: AtomicUsize,
        most: AtomicUsize,
        asked: Mutex<Vec<u64>>,
    }

    impl Numbered {
        fn new(pages: u64, budget: Option<RateBudget>) -> Numbered {
            Numbered {
                pages,
                budget,
                totals: false,
                counted: AtomicUsize::new(0),
                in_flight: AtomicUsize::new(0),
                most: AtomicUsize::new(0),
                asked: Mutex::new(vec![]),
            }
        }
    }

    fn ticket(n: u64) -> Ticket {
        let mut t = crate::fixtures::tickets()[0].clone();
        t.id = Id::from(n);
        t
    }

    #[async_trait]
    impl Helpdesk for Numbered {
        fn backend(&self) -> &'static str {
            "numbered"
        }
        fn capabilities(&self) -> Capabilities {
            Capabilities {
                views: true,
                canned_responses: false,
                organizations: false,
                sla: false,
                search: false,
                ordered_views: false,
                ..Capabilities::NONE
            }
        }
        fn rate_limit(&self) -> Option<RateBudget> {
            self.budget
        }
        fn page_cursor(&self, _: &Id, n: u64) -> Option<String> {
            Some(n.to_string())
        }
        async fn view_tickets(&self, _: &Id, cursor: Option<&str>) -> Result<Page<Ticket>> {
            let page: u64 = cursor.map_or(1, |c| c.parse().unwrap());
            self.asked.lock().unwrap().push(page);
            let now = self.in_flight.fetch_add(1, SeqCst) + 1;
            self.most.fetch_max(now, SeqCst);
            tokio::time::sleep(Duration::from_millis(2 * (8 - page % 8))).await;
            self.in_flight.fetch_sub(1, SeqCst);
            if page > self.pages {
                return Err(HelpdeskError::new(ErrorKind::Invalid, "no such page"));
            }
            Ok(Page {
                items: (0..10).map(|i| ticket(page * 100 + i)).collect(),
                next: (page < self.pages).then(|| (page + 1).to_string()),
                skipped: 0,
                total: self.totals.then_some(self.pages * 10),
            })
        }
        async fn me(&self) -> Result<Agent> {
            Ok(crate::fixtures::me())
        }
        async fn views(&self) -> Result<Vec<View>> {
            Ok(vec![])
        }
        async fn view_count(&self, _: &Id) -> Result<Option<u64>> {
            self.counted.fetch_add(1, SeqCst);
            Ok(Some(self.pages * 10))
        }
        async fn ticket(&self, _: &Id) -> Result<Ticket> {
            Ok(ticket(1))
        }
        async fn messages(&self, _: &Id) -> Result<Vec<Message>> {
            Ok(vec![])
        }
        async fn customer(&self, _: &Id) -> Result<Customer> {
            Ok(crate::fixtures::customer().0)
        }
        async fn customer_tickets(&self, _: &Id) -> Result<Vec<Ticket>> {
            Ok(vec![])
        }
        async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
            Ok(vec![])
        }
        async fn agents(&self) -> Result<Vec<Agent>> {
            Ok(vec![])
        }
        async fn search(&self, _: &str) -> Result<Vec<Ticket>> {
            Ok(vec![])
        }
        async fn update(&self, _: &Id, _: &TicketPatch) -> Result<Ticket> {
            Ok(ticket(1))
        }
        async fn create(&self, _: &NewTicket) -> Result<Ticket> {
            Ok(ticket(1))
        }
    }

    fn ids(tickets: &[Ticket]) -> Vec<u64> {
        tickets.iter().map(|t| t.id.0.parse().unwrap()).collect()
    }

    fn budget(limit: u64, remaining: u64) -> Option<RateBudget> {
        Some(RateBudget {
            limit,
            remaining,
            reset_secs: None,
        })
    }

    #[tokio::test]
    async fn a_whole_view_comes_several_pages_at_once_in_its_order() {
        // Through the sanitizer, as every backend is connected.
        let gated = crate::sanitized::Sanitized(Numbered::new(25, None));
        let mut progress = vec![];
        let all = load_view(&gated, &Id::from(1), |_, loaded, total| {
            progress.push((loaded, total))
        })
        .await
        .unwrap();
        let hd = &gated.0;
        let want: Vec<u64> = (1..=25)
            .flat_map(|p| (0..10).map(move |i| p * 100 + i))
            .collect();
        assert_eq!(ids(&all), want, "every ticket once, in the view's order");
        assert_eq!(hd.most.load(SeqCst), PAGES_IN_FLIGHT);
        assert_eq!(progress.len(), 25, "progress after every page");
        assert_eq!(progress.last(), Some(&(250, Some(250))));
        // No page past the end is asked for (the view's count tells where it is).
        let mut asked = hd.asked.lock().unwrap().clone();
        asked.sort();
        assert_eq!(asked, (1..=25).collect::<Vec<u64>>());
    }

    #[tokio::test]
    async fn pages_that_carry_the_total_spare_the_count() {
        let hd = Numbered {
            totals: true,
            ..Numbered::new(25, None)
        };
        let mut progress = vec![];
        let all = load_view(&hd, &Id::from(1), |_, loaded, total| {
            progress.push((loaded, total))
        })
        .await
        .unwrap();
        assert_eq!(all.len(), 250);
        assert_eq!(hd.counted.load(SeqCst), 0, "no count asked");
        assert_eq!(progress[0], (10, Some(250)), "the first page's total");
        // The total from the page is enough to ask several pages at once, none past the end.
        assert_eq!(hd.most.load(SeqCst), PAGES_IN_FLIGHT);
        assert_eq!(hd.asked.lock().unwrap().len(), 25);
        // Without it the count is asked, once.
        let hd = Numbered::new(3, None);
        load_view(&hd, &Id::from(1), |_, _, _| {}).await.unwrap();
        assert_eq!(hd.counted.load(SeqCst), 1);
    }

    #[tokio::test]
    async fn a_hosted_helpdesks_budget_bounds_the_pages_in_flight() {
        // 500 a minute with 70 left: three at once (a twentieth of what is left).
        let hd = Numbered::new(12, budget(500, 70));
        assert_eq!(
            load_view(&hd, &Id::from(1), |_, _, _| {})
                .await
                .unwrap()
                .len(),
            120
        );
        assert_eq!(hd.most.load(SeqCst), 3);
        // Under a tenth left: one page at a time.
        let hd = Numbered::new(12, budget(500, 40));
        assert_eq!(
            load_view(&hd, &Id::from(1), |_, _, _| {})
                .await
                .unwrap()
                .len(),
            120
        );
        assert_eq!(hd.most.load(SeqCst), 1);
        assert_eq!(pages_in_flight(budget(100, 5)), 1);
        assert_eq!(pages_in_flight(budget(3000, 2990)), PAGES_IN_FLIGHT);
    }

    #[tokio::test]
    async fn the_top_of_a_view_is_one_page_at_a_time() {
        // A window (the top of an ordered view) asks no page it may not need.
        let hd = Numbered::new(25, None);
        let mut got = vec![];
        let next = load_pages(&hd, &Id::from(1), None, 15, |page, _| {
            got.extend_from_slice(page)
        })
        .await
        .unwrap();
        assert_eq!(next.as_deref(), Some("3"));
        assert_eq!(got.len(), 20);
        assert_eq!(*hd.asked.lock().unwrap(), vec![1, 2]);
        assert_eq!(hd.most.load(SeqCst), 1);
    }
}
