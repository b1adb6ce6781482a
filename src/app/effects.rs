//! The effect runner: turns effects into tokio tasks that talk to the helpdesk and answer with
//! messages. A newer load of the same kind aborts the older one (newest wins).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc::UnboundedSender;
use tokio::task::AbortHandle;

use super::model::{Draft, DraftKey, DraftKind};
use crate::helpdesk::Id;
use crate::store::drafts::DraftStore;
use crate::store::outbox::{self, Outbox};

use super::msg::{Effect, Msg};
use super::outbox_worker::OutboxWorker;
use crate::helpdesk::{SharedHelpdesk, http, load_pages_owned};

/// Drafts waiting to be written; a burst of keystrokes costs one write per ticket.
#[derive(Default)]
struct DraftQueue {
    pending: Mutex<HashMap<DraftKey, Option<Draft>>>,
    scheduled: AtomicBool,
    /// Held while a batch is taken and written, so an older batch never lands after a newer one.
    writing: Mutex<()>,
}

/// How long after a keystroke its draft reaches the disk: about a frame, so that a burst of keys
/// costs one write and kill -9 loses nothing typed more than a frame ago.
const DRAFT_DELAY: Duration = Duration::from_millis(30);

/// Writes left from an earlier session wait this long after start, behind the first loads.
const RESUME_DELAY: Duration = Duration::from_secs(2);

pub struct Runner {
    hd: SharedHelpdesk,
    tx: UnboundedSender<Msg>,
    drafts: Option<(DraftStore, Arc<DraftQueue>)>,
    /// Where metric events go (the data dir); `None` keeps them in memory only.
    pub data_dir: Option<std::path::PathBuf>,
    /// argv of the alert hook; the alert text is appended as the last argument (no shell).
    pub notify_cmd: Option<Vec<String>>,
    /// The last known state on disk; `None` keeps nothing.
    pub cache: Option<crate::store::cache::Cache>,
    /// Where the last view used is kept (per profile); `None` keeps nothing.
    pub last_view: Option<crate::store::last_view::LastView>,
    /// Where attachments are saved (config's `download_dir`, else the XDG download dir).
    pub download_dir: Option<std::path::PathBuf>,
    /// Where workflows in progress are kept (per profile); `None` keeps them in memory only.
    pub workflows: Option<crate::store::workflows::WorkflowStore>,
    /// Where snoozes are kept (per profile); `None` keeps them in memory only.
    pub snoozes: Option<crate::store::snoozes::SnoozeStore>,
    /// Writes go through the outbox when set (else straight to the helpdesk): see `set_outbox`.
    outbox: Option<Outbox>,
    /// The team's own articles (`knowledge/` in the config dir), searched with the helpdesk's.
    pub knowledge: Arc<crate::knowledge::Local>,
    worker: OutboxWorker,
    /// The agent's language, for the notices the runner sends (`set_lang`).
    lang: crate::i18n::Lang,
    view: Option<AbortHandle>,
    conversation: Option<AbortHandle>,
    customer: Option<AbortHandle>,
}

fn replace(slot: &mut Option<AbortHandle>, new: AbortHandle) {
    if let Some(old) = slot.replace(new) {
        old.abort();
    }
}

impl Runner {
    pub fn new(hd: SharedHelpdesk, tx: UnboundedSender<Msg>, drafts: Option<DraftStore>) -> Runner {
        Runner {
            hd: hd.clone(),
            tx: tx.clone(),
            drafts: drafts.map(|d| (d, Arc::default())),
            data_dir: None,
            notify_cmd: None,
            cache: None,
            outbox: None,
            knowledge: Arc::default(),
            last_view: None,
            download_dir: None,
            workflows: None,
            snoozes: None,
            worker: OutboxWorker {
                hd: hd.clone(),
                tx: tx.clone(),
                outbox: None,
                running: Arc::default(),
                wake: Arc::default(),
                waiting: Arc::default(),
                lang: crate::i18n::Lang::En,
            },
            lang: crate::i18n::Lang::En,
            view: None,
            conversation: None,
            customer: None,
        }
    }

    /// The language of the notices it sends (the agent's, `Model::lang`).
    pub fn set_lang(&mut self, lang: crate::i18n::Lang) {
        self.lang = lang;
        self.worker.lang = lang;
    }

    /// The write is on disk before it is sent, and its text leaves the draft in the same step: after
    /// any crash it is in the outbox (and goes out once) or delivered, never back in the composer.
    /// The outbox worker, the one sender, delivers it.
    fn send_through_outbox(
        &self,
        req: super::msg::ReqId,
        ticket: Id,
        patch: crate::helpdesk::TicketPatch,
        from_draft: Option<DraftKind>,
    ) {
        let Some(ob) = self.outbox.clone() else {
            return;
        };
        let entry = outbox::Entry {
            seq: ob.next_seq(),
            ticket: ticket.clone(),
            patch,
            queued_at: jiff::Timestamp::now(),
            attempted: false,
        };
        if let Err(e) = ob.put(&entry) {
            // Not on disk, so not sent: the text goes back to the draft.
            let _ = self.tx.send(Msg::Updated {
                req,
                ticket,
                result: Err(crate::helpdesk::HelpdeskError::new(
                    crate::helpdesk::ErrorKind::Invalid,
                    {
                        let why = e.to_string();
                        crate::t!(self.lang, "runner-outbox-unwritable", why = why)
                    },
                )),
                posted: None,
            });
            return;
        }
        if let Some(kind) = from_draft {
            self.drop_draft(&ticket, kind);
        }
        if let Ok(mut w) = self.worker.waiting.lock() {
            w.insert(entry.seq, req);
        }
        self.worker.clone().kick();
    }

    /// Writes go through this outbox from now on.
    pub fn set_outbox(&mut self, outbox: Option<Outbox>) {
        self.worker.outbox = outbox.clone();
        self.outbox = outbox;
    }

    /// At start: writes left from an earlier session go out (in order) once the link allows.
    pub fn resume_outbox(&self) {
        if let Some(ob) = &self.outbox {
            let n = ob.pending().len();
            if n > 0 {
                let _ = self.tx.send(Msg::OutboxCount(n));
                self.worker.clone().start(RESUME_DELAY);
            }
        }
    }

    fn record(&self, event: crate::metrics::Event) {
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        let (tx, l) = (self.tx.clone(), self.lang);
        tokio::task::spawn_blocking(move || {
            let day = event.at().to_zoned(jiff::tz::TimeZone::system()).date();
            let path = crate::metrics::day_file(&dir, day);
            if let Err(e) = crate::metrics::append(&path, &[event]) {
                let why = e.to_string();
                let _ = tx.send(Msg::Failed(crate::t!(
                    l,
                    "runner-metrics-unrecorded",
                    why = why
                )));
            }
        });
    }

    fn notify(&self, text: String) {
        let Some(argv) = self.notify_cmd.clone() else {
            return;
        };
        let Some((program, args)) = argv.split_first() else {
            return;
        };
        let mut cmd = tokio::process::Command::new(program);
        cmd.args(args)
            .arg(text)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let (tx, l) = (self.tx.clone(), self.lang);
        let program = program.clone();
        tokio::spawn(async move {
            match cmd.status().await {
                Ok(s) if s.success() => {}
                Ok(s) => {
                    let status = s.to_string();
                    let text = crate::t!(
                        l,
                        "runner-notify-exited",
                        program = program,
                        status = status
                    );
                    let _ = tx.send(Msg::Failed(text));
                }
                Err(e) => {
                    let why = e.to_string();
                    let text = crate::t!(l, "runner-notify-failed", program = program, why = why);
                    let _ = tx.send(Msg::Failed(text));
                }
            }
        });
    }

    fn save_draft(&self, ticket: Id, kind: DraftKind, draft: Option<Draft>) {
        let Some((store, queue)) = &self.drafts else {
            return;
        };
        if let Ok(mut p) = queue.pending.lock() {
            p.insert((ticket, kind), draft);
        }
        if queue.scheduled.swap(true, Ordering::SeqCst) {
            return;
        }
        let (store, queue, tx, l) = (store.clone(), queue.clone(), self.tx.clone(), self.lang);
        tokio::spawn(async move {
            tokio::time::sleep(DRAFT_DELAY).await;
            let result = tokio::task::spawn_blocking(move || write_pending(&store, &queue)).await;
            if let Ok(Err(e)) = result {
                let why = e.to_string();
                let _ = tx.send(Msg::Failed(crate::t!(l, "runner-draft-unsaved", why = why)));
            }
        });
    }

    /// The ticket's draft is gone from disk when this returns, and no older write of it can follow.
    fn drop_draft(&self, ticket: &Id, kind: DraftKind) {
        let Some((store, queue)) = &self.drafts else {
            return;
        };
        if let Ok(mut p) = queue.pending.lock() {
            p.insert((ticket.clone(), kind), None);
        }
        if let Err(e) = write_pending(store, queue) {
            let why = e.to_string();
            let text = crate::t!(self.lang, "runner-draft-unremoved", why = why);
            let _ = self.tx.send(Msg::Failed(text));
        }
    }

    /// Writes every pending draft now (on quit, and before the terminal goes away on a signal).
    pub fn flush_drafts(&self) {
        if let Some((store, queue)) = &self.drafts
            && let Err(e) = write_pending(store, queue)
        {
            let why = e.to_string();
            eprintln!(
                "tix: {}",
                crate::t!(self.lang, "runner-draft-unsaved", why = why)
            );
        }
    }

    /// Streams an attachment to disk off the UI task, saying how far it got about every 200 ms.
    fn download(&self, req: super::msg::ReqId, a: crate::helpdesk::Attachment, open: bool) {
        let (hd, tx, l) = (self.hd.clone(), self.tx.clone(), self.lang);
        let dir = if open {
            let data = self.data_dir.clone().unwrap_or_else(std::env::temp_dir);
            Some(crate::attachments::private_dir(&data))
        } else {
            self.download_dir.clone()
        };
        tokio::spawn(async move {
            if open && let Some(d) = dir.clone() {
                let _ = tokio::task::spawn_blocking(move || {
                    crate::attachments::prune(&d, crate::attachments::PRIVATE_KEPT)
                })
                .await;
            }
            let Some(dir) = dir else {
                let why = crate::t!(l, "runner-no-download-dir");
                return tx.send(Msg::Downloaded {
                    req,
                    result: Err(why),
                });
            };
            let mut said = std::time::Instant::now();
            let result = crate::attachments::save(hd.as_ref(), &a, &dir, open, l, |done, total| {
                if said.elapsed() >= Duration::from_millis(200) {
                    said = std::time::Instant::now();
                    let _ = tx.send(Msg::Downloading { req, done, total });
                }
            })
            .await
            .map_err(|e| e.to_string());
            tx.send(Msg::Downloaded { req, result })
        });
    }

    /// The helpdesk's API budget as last reported.
    /// Reports the helpdesk's API budget as a message whenever it changes (the adapters learn it
    /// from each answer's headers): a watcher beside the requests, so the event loop only routes.
    /// It stops when the workspace does.
    pub fn watch_rate_budget(&self, every: std::time::Duration) {
        let (hd, tx) = (self.hd.clone(), self.tx.clone());
        tokio::spawn(async move {
            let mut last = None;
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                let now = hd.rate_limit();
                if now != last {
                    last = now;
                    if tx.send(Msg::RateBudget(now)).is_err() {
                        break;
                    }
                } else if tx.is_closed() {
                    break;
                }
            }
        });
    }

    pub fn run(&mut self, effect: Effect) {
        let hd = self.hd.clone();
        let tx = self.tx.clone();
        let l = self.lang;
        match effect {
            Effect::Quit => self.flush_drafts(),
            Effect::Download {
                req,
                attachment,
                open,
                ..
            } => self.download(req, attachment, open),
            Effect::OpenFile(path) => {
                tokio::task::spawn_blocking(move || {
                    let target = crate::opener::file_target(&path);
                    if let Err(e) = crate::opener::open_detached(&target, false, l) {
                        let _ = tx.send(Msg::OpenFailed(e));
                    }
                });
            }
            Effect::OpenWeb { ticket } => {
                let url = crate::opener::web_address(hd.as_ref(), &ticket, l);
                tokio::task::spawn_blocking(move || {
                    if let Err(e) = url.and_then(|u| crate::opener::open_detached(&u, true, l)) {
                        let _ = tx.send(Msg::OpenFailed(e));
                    }
                });
            }
            // The event loop owns the terminal and does this one itself.
            Effect::EditExternally { .. } => {}
            Effect::RememberView { name } => {
                if let Some(store) = self.last_view.clone() {
                    let tx = tx.clone();
                    tokio::task::spawn_blocking(move || {
                        if let Err(e) = store.save(&name) {
                            let why = e.to_string();
                            let _ =
                                tx.send(Msg::Failed(crate::t!(l, "runner-view-unkept", why = why)));
                        }
                    });
                }
            }
            Effect::SaveDraft {
                ticket,
                kind,
                draft,
            } => self.save_draft(ticket, kind, draft),
            // On this task, at once, like a workflow's step: a snooze set is on disk before the
            // frame that shows the ticket gone.
            Effect::SaveSnoozes(all) => {
                if let Some(store) = &self.snoozes
                    && let Err(e) = store.save(&all)
                {
                    let why = e.to_string();
                    let _ = tx.send(Msg::Failed(crate::t!(
                        l,
                        "runner-snoozes-unkept",
                        why = why
                    )));
                }
            }
            Effect::CheckSnoozed { ticket, updated_at } => {
                tokio::spawn(async move {
                    // Background work, like a sync: it gives way to the agent's own requests.
                    let result = http::background(hd.messages(&ticket)).await;
                    tx.send(Msg::SnoozeChecked {
                        ticket,
                        updated_at,
                        result,
                    })
                });
            }
            // On this task, at once: a few hundred bytes, and the step must be on disk before
            // the frame that shows it (a kill -9 right after resumes there).
            Effect::SaveWorkflow { ticket, progress } => {
                if let Some(store) = &self.workflows
                    && let Err(e) = store.save(&ticket, progress.as_ref())
                {
                    let why = e.to_string();
                    let text = crate::t!(l, "runner-walk-unkept", why = why);
                    let _ = tx.send(Msg::Failed(text));
                }
            }
            Effect::KbDebounce { ms, typed } => {
                tokio::spawn(async move {
                    tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
                    tx.send(Msg::KbDebounced(typed))
                });
            }
            Effect::KbSearch { req, query } => {
                let local = self.knowledge.clone();
                tokio::spawn(async move {
                    let result = crate::knowledge::search(hd.as_ref(), &local, &query, l).await;
                    tx.send(Msg::KbFound { req, result })
                });
            }
            Effect::KbArticle { req, id } => {
                let local = self.knowledge.clone();
                tokio::spawn(async move {
                    let result = crate::knowledge::show(hd.as_ref(), &local, &id, l).await;
                    tx.send(Msg::KbArticle { req, result })
                });
            }
            Effect::Search { req, query } => {
                tokio::spawn(async move {
                    let result = hd.search(&query).await;
                    tx.send(Msg::SearchDone { req, result })
                });
            }
            Effect::LoadCollision { req, ticket } => {
                tokio::spawn(async move {
                    let (t, msgs) = tokio::join!(hd.ticket(&ticket), hd.messages(&ticket));
                    tx.send(Msg::Collided {
                        req,
                        ticket,
                        result: t.and_then(|t| msgs.map(|msgs| (t, msgs))),
                    })
                });
            }
            Effect::LoadTicket { req, ticket } => {
                tokio::spawn(async move {
                    let result = hd.ticket(&ticket).await;
                    tx.send(Msg::Ticket {
                        req,
                        ticket,
                        result,
                    })
                });
            }
            Effect::LoadMe => {
                tokio::spawn(async move { tx.send(Msg::Me(hd.me().await)) });
            }
            Effect::LoadViews => {
                tokio::spawn(async move { tx.send(Msg::Views(hd.views().await)) });
            }
            Effect::LoadCanned => {
                tokio::spawn(async move { tx.send(Msg::Canned(hd.canned_responses().await)) });
            }
            Effect::LoadGroups => {
                tokio::spawn(async move { tx.send(Msg::Groups(hd.groups().await)) });
            }
            Effect::LoadViewCounts(views) => {
                use futures_util::StreamExt;
                tokio::spawn(http::background(async move {
                    // A few at a time: a count is extra, and RT counts by running the search.
                    futures_util::stream::iter(views)
                        .for_each_concurrent(3, |view| {
                            let (hd, tx) = (hd.clone(), tx.clone());
                            async move {
                                // A count that fails is left out; it never fails the picker.
                                let count = hd.view_count(&view).await.ok().flatten();
                                let _ = tx.send(Msg::ViewCount { view, count });
                            }
                        })
                        .await;
                }));
            }
            Effect::LoadTags => {
                tokio::spawn(async move { tx.send(Msg::Tags(hd.tags().await)) });
            }
            Effect::LoadVocabulary => {
                tokio::spawn(async move {
                    let v = hd
                        .vocabulary()
                        .await
                        .unwrap_or_else(|_| hd.default_vocabulary());
                    tx.send(Msg::Vocabulary(v))
                });
            }
            Effect::Record(event) => self.record(event),
            Effect::Sync { req, since } => {
                tokio::spawn(async move {
                    let started = jiff::Timestamp::now();
                    // Background work: gives way to interactive requests when the budget is low.
                    let result = http::background(hd.changed_since(since)).await;
                    tx.send(Msg::Synced {
                        req,
                        started,
                        result,
                    })
                });
            }
            Effect::InView { req, view, tickets } => {
                tokio::spawn(async move {
                    let result = http::background(hd.view_holds(&view, &tickets)).await;
                    tx.send(Msg::InView { req, result })
                });
            }
            Effect::RestTimer { ms, move_no } => {
                tokio::spawn(async move {
                    tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
                    tx.send(Msg::Rested(move_no))
                });
            }
            Effect::Alert { text } => self.notify(text),
            // The terminal's, not the runner's (the event loop writes it between frames).
            Effect::Bell => {}
            Effect::LoadAgents => {
                tokio::spawn(async move { tx.send(Msg::Agents(hd.agents().await)) });
            }
            Effect::LoadView {
                req,
                view,
                from,
                want,
            } => {
                let task = tokio::spawn(async move {
                    // The view's total as a page carries it; where none does, `update` asks for
                    // the count when the first page is in.
                    let total = std::sync::OnceLock::new();
                    let mut loaded = 0;
                    let pages = tx.clone();
                    // Paging is background work: it gives way when the API budget runs low.
                    let want = want.unwrap_or(usize::MAX);
                    let load = load_pages_owned(
                        hd.as_ref(),
                        &view,
                        from,
                        want,
                        &total,
                        |tickets, skipped| {
                            if skipped > 0 {
                                let _ = pages.send(Msg::Unreadable(skipped));
                            }
                            loaded += tickets.len();
                            let _ = pages.send(Msg::ViewPage {
                                req,
                                tickets,
                                loaded,
                                total: total.get().copied(),
                            });
                        },
                    );
                    let result = http::background(load).await;
                    // A fact for `update`: Zendesk can turn out, mid-load, to refuse the order.
                    if !hd.capabilities().ordered_views {
                        let _ = tx.send(Msg::ViewsUnordered);
                    }
                    tx.send(Msg::ViewDone { req, result })
                });
                replace(&mut self.view, task.abort_handle());
            }
            Effect::ReleaseMemory => {
                tokio::task::spawn_blocking(release_memory);
            }
            Effect::SaveQueue(q) => {
                if let Some(cache) = self.cache.clone() {
                    let tx = self.tx.clone();
                    tokio::task::spawn_blocking(move || {
                        if let Err(e) = cache.save_queue(&q) {
                            let why = e.to_string();
                            let _ = tx.send(Msg::Failed(crate::t!(
                                l,
                                "runner-queue-unsaved",
                                why = why
                            )));
                        }
                    });
                }
            }
            Effect::LoadConversation { req, ticket } => {
                let cache = self.cache.clone();
                let task = tokio::spawn(async move {
                    let (result, saved) = kept_or_saved(
                        hd.messages(&ticket).await,
                        cache.as_ref(),
                        |c| c.load_conversation(&ticket),
                        |c, v| c.save_conversation(&ticket, v),
                    );
                    tx.send(Msg::Conversation {
                        req,
                        ticket,
                        result,
                        saved,
                    })
                });
                replace(&mut self.conversation, task.abort_handle());
            }
            Effect::LoadCustomer {
                req,
                customer,
                want,
            } => {
                let cache = self.cache.clone();
                let task = tokio::spawn(async move {
                    let read = if want == 0 {
                        hd.customer(&customer).await.map(|c| (c, vec![]))
                    } else {
                        hd.customer_with_tickets(&customer, want).await
                    };
                    let (result, saved) = kept_or_saved(
                        read,
                        cache.as_ref(),
                        |cache| cache.load_customer(&customer),
                        |cache, v| cache.save_customer(&customer, v),
                    );
                    tx.send(Msg::Customer {
                        req,
                        customer,
                        result,
                        saved,
                    })
                });
                replace(&mut self.customer, task.abort_handle());
            }
            Effect::PreviewMacro {
                req,
                ticket,
                canned,
            } => {
                tokio::spawn(async move {
                    let result = hd.preview_canned(&ticket, &canned).await;
                    tx.send(Msg::MacroPreview {
                        req,
                        ticket,
                        result,
                    })
                });
            }
            Effect::Update {
                req,
                ticket,
                patch,
                from_draft,
            } if self.outbox.is_some() => {
                self.send_through_outbox(req, ticket, patch, from_draft);
            }
            Effect::Update {
                req,
                ticket,
                patch,
                from_draft,
            } => {
                if let Some(kind) = from_draft {
                    self.drop_draft(&ticket, kind);
                }
                tokio::spawn(async move {
                    let (result, posted) = match hd.write(&ticket, &patch).await {
                        Ok(w) => (Ok(w.ticket), w.message),
                        Err(e) => (Err(e), None),
                    };
                    tx.send(Msg::Updated {
                        req,
                        ticket,
                        result,
                        posted,
                    })
                });
            }
        }
    }
}

fn write_pending(store: &DraftStore, queue: &DraftQueue) -> std::io::Result<()> {
    let _one_at_a_time = queue.writing.lock();
    queue.scheduled.store(false, Ordering::SeqCst);
    let batch = match queue.pending.lock() {
        Ok(mut p) => std::mem::take(&mut *p),
        Err(_) => return Ok(()),
    };
    for ((ticket, kind), draft) in batch {
        store.save(&ticket, kind, draft.as_ref())?;
    }
    Ok(())
}

/// A fresh answer is kept on disk; when the helpdesk's answer is an error, the copy kept before
/// comes with it (whether to show it is `update`'s to decide).
fn kept_or_saved<T>(
    fresh: crate::helpdesk::Result<T>,
    cache: Option<&crate::store::cache::Cache>,
    load: impl FnOnce(&crate::store::cache::Cache) -> Option<T>,
    save: impl FnOnce(&crate::store::cache::Cache, &T) -> std::io::Result<()>,
) -> (crate::helpdesk::Result<T>, Option<T>) {
    let Some(cache) = cache else {
        return (fresh, None);
    };
    match fresh {
        Ok(v) => {
            // Small files: written inline on this task, off the UI's.
            let _ = save(cache, &v);
            (Ok(v), None)
        }
        Err(e) => (Err(e), load(cache)),
    }
}

/// The heap a whole view's pages were decoded in is freed in pieces between the rows kept; the C
/// allocator keeps such pieces for the process unless asked to give them back.
fn release_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap to the system; it is thread-safe.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
#[path = "effects_tests.rs"]
mod tests;
