//! Wraps any backend so that every string it returns has passed the sanitizer: one gate for all
//! backends, so a new adapter cannot forget it.

use async_trait::async_trait;

use super::*;
use crate::sanitize::{line, text};

pub struct Sanitized<H>(pub H);

/// Single-line fields (subjects, names, labels, tags) are cut to this many characters where they
/// enter, with "…": no screen shows more of them, and a 10 MB name then costs what a short one
/// does in every panel, filter and frame. Ids are never cut (they name the thing).
pub const LINE_CHARS: usize = 256;
/// Error messages may say more.
const ERROR_CHARS: usize = 2048;

/// `line`, on at most `max` characters: cut before cleaning, so the cost is bounded too.
fn short_to(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((end, _)) => {
            let mut out = line(&s[..end]);
            out.push('…');
            out
        }
        None => line(s),
    }
}

/// A view's name as the gate shows it.
pub(crate) fn shown_name(s: &str) -> String {
    short(s)
}

fn short(s: &str) -> String {
    short_to(s, LINE_CHARS)
}

trait Clean {
    fn clean(self) -> Self;
}

impl<T: Clean> Clean for Vec<T> {
    fn clean(self) -> Self {
        self.into_iter().map(Clean::clean).collect()
    }
}

impl<T: Clean> Clean for Option<T> {
    fn clean(self) -> Self {
        self.map(Clean::clean)
    }
}

impl Clean for Written {
    fn clean(self) -> Self {
        Written {
            ticket: self.ticket.clean(),
            message: self.message.clean(),
        }
    }
}

impl<A: Clean, B: Clean> Clean for (A, B) {
    fn clean(self) -> Self {
        (self.0.clean(), self.1.clean())
    }
}

impl Clean for String {
    fn clean(self) -> Self {
        short(&self)
    }
}

/// Shared text stays shared where cleaning leaves it as it is (nearly always); text that
/// cleaning changed is shared in its clean form.
impl Clean for Str {
    fn clean(self) -> Self {
        let clean = short(&self);
        if clean == *self {
            self
        } else {
            Str::interned(&clean)
        }
    }
}

impl Clean for Id {
    fn clean(self) -> Self {
        let clean = line(&self.0);
        if clean == *self.0 {
            self
        } else {
            Id::from(clean)
        }
    }
}

impl Clean for PartyRef {
    fn clean(self) -> Self {
        PartyRef {
            id: self.id.clean(),
            name: self.name.clean(),
            email: self.email.clean(),
        }
    }
}

impl Clean for Channel {
    fn clean(self) -> Self {
        match self {
            Channel::Other(s) => Channel::Other(short(&s)),
            c => c,
        }
    }
}

impl Clean for Ticket {
    fn clean(self) -> Self {
        Ticket {
            id: self.id.clean(),
            subject: self.subject.clean(),
            status: self.status.clean(),
            priority: self.priority.clean(),
            channel: self.channel.clean(),
            requester: self.requester.clean(),
            assignee: self.assignee.clean(),
            group: self.group.clean(),
            organization: self.organization.clean(),
            tags: self.tags.clean(),
            satisfaction: self.satisfaction.clean(),
            sla: self
                .sla
                .into_iter()
                .map(|t| SlaTarget {
                    metric: match t.metric {
                        SlaMetric::Other(s) => SlaMetric::Other(short(&s)),
                        m => m,
                    },
                    ..t
                })
                .collect(),
            ..self
        }
    }
}

impl Clean for Message {
    fn clean(self) -> Self {
        Message {
            id: self.id.clean(),
            author: self.author.clean(),
            channel: self.channel.clean(),
            // HTML bodies are rendered to text first; links stay visible as text.
            body: if crate::html::looks_like_html(&self.body) {
                text(&crate::html::to_text(&self.body))
            } else {
                text(&self.body)
            },
            attachments: self.attachments.clean(),
            ..self
        }
    }
}

/// The name and type are shown; `source` is only handed back to the adapter.
impl Clean for Attachment {
    fn clean(self) -> Self {
        Attachment {
            name: self.name.clean(),
            content_type: self.content_type.clean(),
            ..self
        }
    }
}

impl Clean for Customer {
    fn clean(self) -> Self {
        Customer {
            id: self.id.clean(),
            name: short(&self.name),
            email: self.email.clean(),
            phone: self.phone.clean(),
            organization: self.organization.map(|o| Organization {
                id: o.id.clean(),
                name: short(&o.name),
                domains: o.domains.clean(),
            }),
            locale: self.locale.clean(),
            ..self
        }
    }
}

impl Clean for CannedResponse {
    fn clean(self) -> Self {
        CannedResponse {
            id: self.id.clean(),
            title: short(&self.title),
            folder: self.folder.clean(),
            body: text(&self.body),
            sets_status: self.sets_status.clean(),
            language: self.language.clean(),
            ..self
        }
    }
}

impl Clean for MacroPreview {
    fn clean(self) -> Self {
        MacroPreview {
            ticket: self.ticket.clean(),
            canned: self.canned.clean(),
            changes: self
                .changes
                .into_iter()
                .map(|c| FieldChange {
                    from: c.from.clean(),
                    to: c.to.clean(),
                    ..c
                })
                .collect(),
            message: self.message.map(|m| NewMessage {
                body: if crate::html::looks_like_html(&m.body) {
                    text(&crate::html::to_text(&m.body))
                } else {
                    text(&m.body)
                },
                ..m
            }),
        }
    }
}

impl Clean for View {
    fn clean(self) -> Self {
        View {
            id: self.id.clean(),
            name: short(&self.name),
        }
    }
}

impl Clean for Group {
    fn clean(self) -> Self {
        Group {
            id: self.id.clean(),
            name: short(&self.name),
        }
    }
}

impl Clean for Agent {
    fn clean(self) -> Self {
        Agent {
            id: self.id.clean(),
            name: short(&self.name),
            email: self.email.clean(),
        }
    }
}

impl Clean for Status {
    fn clean(self) -> Self {
        Status {
            category: self.category,
            raw: self.raw.clean(),
            label: self.label.clean(),
        }
    }
}

impl Clean for Priority {
    fn clean(self) -> Self {
        Priority {
            raw: self.raw.clean(),
            label: self.label.clean(),
            ..self
        }
    }
}

impl Clean for Vocabulary {
    fn clean(self) -> Self {
        Vocabulary {
            statuses: self.statuses.clean(),
            priorities: self.priorities.clean(),
        }
    }
}

/// A snippet may carry the backend's highlight markup (`<em>hit</em>`): it shows as one line.
impl Clean for ArticleHit {
    fn clean(self) -> Self {
        let snippet = if self.snippet.contains('<') || self.snippet.contains('&') {
            crate::html::to_text(&self.snippet)
        } else {
            self.snippet
        };
        ArticleHit {
            id: self.id.clean(),
            title: short(&self.title),
            section: self.section.clean(),
            snippet: short(&snippet),
            url: self.url.clean(),
        }
    }
}

/// Bodies are HTML from most backends: rendered to text (headings, lists, numbered links, images
/// as their alt text), then cleaned like a message.
impl Clean for Article {
    fn clean(self) -> Self {
        let body = if self.html {
            crate::html::article_to_text(&self.body)
        } else {
            self.body
        };
        Article {
            id: self.id.clean(),
            title: short(&self.title),
            section: self.section.clean(),
            body: text(&body),
            html: false,
            url: self.url.clean(),
            ..self
        }
    }
}

impl Clean for HelpdeskError {
    fn clean(self) -> Self {
        HelpdeskError {
            message: short_to(&self.message, ERROR_CHARS),
            ..self
        }
    }
}

/// Cleaning costs time in proportion to the text (benches/big_body.rs prints it for 2 and 10 MB),
/// so it runs on tokio's blocking pool. The adapters' tasks run on the runtime's two workers, and
/// the workers also drive the runtime's timers and sockets, the UI's frame timer among them: with
/// the workers busy cleaning big bodies, the next frame waits.
async fn gate<T: Clean + Send + 'static>(r: Result<T>) -> Result<T> {
    let clean = move || r.map(Clean::clean).map_err(Clean::clean);
    let Ok(rt) = tokio::runtime::Handle::try_current() else {
        return clean();
    };
    match rt.spawn_blocking(clean).await {
        Ok(r) => r,
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(_) => Err(HelpdeskError::new(
            ErrorKind::Network,
            "the answer was dropped: tix is shutting down",
        )),
    }
}

impl<T: Clean> Clean for Page<T> {
    fn clean(self) -> Self {
        Page {
            items: self.items.clean(),
            next: self.next,
            skipped: self.skipped,
            total: self.total,
        }
    }
}

#[async_trait]
impl<H: Helpdesk> Helpdesk for Sanitized<H> {
    fn backend(&self) -> &'static str {
        self.0.backend()
    }
    fn capabilities(&self) -> Capabilities {
        self.0.capabilities()
    }
    async fn me(&self) -> Result<Agent> {
        gate(self.0.me().await).await
    }
    async fn views(&self) -> Result<Vec<View>> {
        gate(self.0.views().await).await
    }
    async fn view_named(&self, name: &str) -> Result<Option<View>> {
        gate(self.0.view_named(name).await).await
    }
    async fn view_count(&self, view: &Id) -> Result<Option<u64>> {
        self.0.view_count(view).await.map_err(Clean::clean)
    }
    async fn view_tickets(&self, view: &Id, cursor: Option<&str>) -> Result<Page<Ticket>> {
        gate(self.0.view_tickets(view, cursor).await).await
    }
    async fn view_page(
        &self,
        view: &Id,
        cursor: Option<&str>,
        want: usize,
    ) -> Result<Page<Ticket>> {
        gate(self.0.view_page(view, cursor, want).await).await
    }
    async fn ticket(&self, id: &Id) -> Result<Ticket> {
        gate(self.0.ticket(id).await).await
    }
    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        gate(self.0.messages(ticket).await).await
    }
    async fn customer(&self, id: &Id) -> Result<Customer> {
        gate(self.0.customer(id).await).await
    }
    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>> {
        gate(self.0.customer_tickets(customer).await).await
    }
    async fn customer_with_tickets(
        &self,
        customer: &Id,
        want: usize,
    ) -> Result<(Customer, Vec<Ticket>)> {
        gate(self.0.customer_with_tickets(customer, want).await).await
    }
    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        gate(self.0.canned_responses().await).await
    }
    async fn agents(&self) -> Result<Vec<Agent>> {
        gate(self.0.agents().await).await
    }
    async fn changed_since(&self, since: Timestamp) -> Result<Option<Vec<Ticket>>> {
        gate(self.0.changed_since(since).await).await
    }
    async fn view_holds(&self, view: &Id, tickets: &[Id]) -> Result<Option<Vec<Id>>> {
        gate(self.0.view_holds(view, tickets).await).await
    }
    async fn groups(&self) -> Result<Vec<Group>> {
        gate(self.0.groups().await).await
    }
    async fn tags(&self) -> Result<Vec<String>> {
        gate(self.0.tags().await).await
    }
    fn default_vocabulary(&self) -> Vocabulary {
        self.0.default_vocabulary().clean()
    }
    /// Never fails: a lookup that fails (or lists nothing) leaves that part at the backend's
    /// defaults, so a missing list costs the custom statuses, not the start.
    async fn vocabulary(&self) -> Result<Vocabulary> {
        let defaults = self.0.default_vocabulary();
        let v = match self.0.vocabulary().await {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!(
                    "{}: statuses and priorities could not be read ({:?}); using the defaults",
                    self.0.backend(),
                    e.kind
                );
                defaults.clone()
            }
        };
        let v = Vocabulary {
            statuses: if v.statuses.is_empty() {
                defaults.statuses
            } else {
                v.statuses
            },
            priorities: if v.priorities.is_empty() {
                defaults.priorities
            } else {
                v.priorities
            },
        };
        gate(Ok(v)).await
    }
    fn web_url(&self, ticket: &Id) -> Option<String> {
        self.0.web_url(ticket)
    }
    async fn download(&self, attachment: &Attachment) -> Result<Download> {
        self.0.download(attachment).await.map_err(Clean::clean)
    }
    async fn search(&self, query: &str) -> Result<Vec<Ticket>> {
        gate(self.0.search(query).await).await
    }
    async fn preview_canned(&self, ticket: &Id, canned: &Id) -> Result<Option<MacroPreview>> {
        gate(self.0.preview_canned(ticket, canned).await).await
    }
    async fn kb_search(&self, query: &str) -> Result<Option<Vec<ArticleHit>>> {
        gate(self.0.kb_search(query).await).await
    }
    async fn kb_article(&self, id: &Id) -> Result<Option<Article>> {
        gate(self.0.kb_article(id).await).await
    }
    fn rate_limit(&self) -> Option<RateBudget> {
        self.0.rate_limit()
    }
    fn page_cursor(&self, view: &Id, n: u64) -> Option<String> {
        self.0.page_cursor(view, n)
    }
    async fn update(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        gate(self.0.update(ticket, patch).await).await
    }
    async fn write(&self, ticket: &Id, patch: &TicketPatch) -> Result<Written> {
        gate(self.0.write(ticket, patch).await).await
    }
    async fn write_shown(&self, ticket: &Id, patch: &TicketPatch) -> Result<Written> {
        gate(self.0.write_shown(ticket, patch).await).await
    }
    async fn update_many(&self, tickets: &[Id], patch: &TicketPatch) -> Vec<Result<()>> {
        // Only error messages carry helpdesk text here.
        self.0
            .update_many(tickets, patch)
            .await
            .into_iter()
            .map(|r| r.map_err(Clean::clean))
            .collect()
    }
    async fn create(&self, ticket: &NewTicket) -> Result<Ticket> {
        gate(self.0.create(ticket).await).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_macro_preview_is_sanitized_like_any_text() {
        let p = MacroPreview {
            ticket: Id::from(1),
            canned: Id("7\u{1b}[2J".into()),
            changes: vec![FieldChange {
                field: PatchField::Status,
                from: Some("open".into()),
                to: Some("solved\u{202e}\u{1b}]0;pwned\u{7}".into()),
            }],
            message: Some(NewMessage {
                visibility: Visibility::Public,
                body: "<p>Hi <b>Ana</b></p><script>x</script>\u{1b}[31m".into(),
            }),
        }
        .clean();
        let body = &p.message.as_ref().unwrap().body;
        let to = p.changes[0].to.as_deref().unwrap();
        for s in [p.canned.0.as_str(), to, body.as_str()] {
            assert!(!s.contains('\u{1b}') && !s.contains('\u{202e}'), "{s:?}");
        }
        assert!(body.contains("Hi Ana") && !body.contains("<b>"), "{body}");
    }

    #[test]
    fn single_line_fields_are_cut_to_a_display_length_ids_are_not() {
        let mut t = crate::fixtures::tickets()[0].clone();
        let huge = "Refund \u{1b}[2J".repeat(1_000_000);
        t.id = Id::from("7".repeat(1000));
        t.subject = huge.clone().into();
        t.tags = vec![huge.clone().into()];
        if let Some(r) = t.requester.as_mut() {
            r.name = huge.clone().into();
            r.email = Some(huge.clone().into());
        }
        let t = t.clean();
        let r = t.requester.as_ref().unwrap();
        for s in [&t.subject, &t.tags[0], &r.name, r.email.as_ref().unwrap()] {
            let n = s.chars().count();
            assert_eq!(n, LINE_CHARS + 1, "{} chars", n);
            assert!(s.starts_with("Refund ␛[2J") && s.ends_with('…'));
        }
        assert_eq!(t.id.0.len(), 1000);
        // Short fields pass whole.
        let short = crate::fixtures::tickets()[0].clone();
        assert_eq!(short.clone().clean().subject, short.subject);
    }

    /// A helpdesk that answers at once with a long hostile body and a long subject.
    struct Big;

    #[async_trait]
    impl Helpdesk for Big {
        fn backend(&self) -> &'static str {
            "big"
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
        async fn me(&self) -> Result<Agent> {
            Ok(crate::fixtures::me())
        }
        async fn views(&self) -> Result<Vec<View>> {
            Ok(vec![])
        }
        async fn view_count(&self, _: &Id) -> Result<Option<u64>> {
            Ok(None)
        }
        async fn view_tickets(&self, _: &Id, _: Option<&str>) -> Result<Page<Ticket>> {
            let mut t = crate::fixtures::tickets()[0].clone();
            t.subject = ("Refund \u{1b}[2J".repeat(100_000)).into();
            Ok(Page {
                items: vec![t],
                next: None,
                skipped: 0,
                total: None,
            })
        }
        async fn ticket(&self, _: &Id) -> Result<Ticket> {
            Ok(crate::fixtures::tickets()[0].clone())
        }
        async fn messages(&self, _: &Id) -> Result<Vec<Message>> {
            let mut m = crate::fixtures::messages()[0].clone();
            m.body = "\u{1b}[31mERROR\u{1b}[0m sync-worker: upstream returned 502\n".repeat(20_000);
            Ok(vec![m])
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
            Ok(crate::fixtures::tickets()[0].clone())
        }
        async fn create(&self, _: &NewTicket) -> Result<Ticket> {
            Ok(crate::fixtures::tickets()[0].clone())
        }
    }

    /// The runtime's workers also drive the timers and sockets the UI waits on (its frame timer
    /// among them): cleaning a long body on one of them stalls the screen. The gate hands the
    /// work to the blocking pool, so the runtime goes on running other tasks meanwhile. Here the
    /// only blocking thread is held until another task runs: the gate's answer can only come
    /// if the runtime was free while the text waited to be cleaned.
    #[test]
    fn long_text_is_cleaned_off_the_runtime_workers() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .max_blocking_threads(1)
            .build()
            .unwrap();
        rt.block_on(async {
            let (release, held) = std::sync::mpsc::channel::<()>();
            let _held = tokio::task::spawn_blocking(move || held.recv());
            let ran = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let witness = ran.clone();
            tokio::spawn(async move {
                witness.store(true, std::sync::atomic::Ordering::SeqCst);
                let _ = release.send(());
            });
            let msgs = Sanitized(Big).messages(&Id::from(1)).await.unwrap();
            assert!(
                ran.load(std::sync::atomic::Ordering::SeqCst),
                "the runtime ran nothing else while the body was cleaned"
            );
            assert!(!msgs[0].body.contains('\u{1b}'));
        });
    }
}
