//! Wraps any backend so that every string it returns has passed the sanitizer: one gate for all
//! backends, so a new adapter cannot forget it.

use async_trait::async_trait;

use super::*;
use crate::sanitize::{line, text};

pub struct Sanitized<H>(pub H);

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

impl Clean for String {
    fn clean(self) -> Self {
        line(&self)
    }
}

impl Clean for Id {
    fn clean(self) -> Self {
        Id(line(&self.0))
    }
}

impl Clean for PartyRef {
    fn clean(self) -> Self {
        PartyRef {
            id: self.id.clean(),
            name: line(&self.name),
            email: self.email.clean(),
        }
    }
}

impl Clean for Channel {
    fn clean(self) -> Self {
        match self {
            Channel::Other(s) => Channel::Other(line(&s)),
            c => c,
        }
    }
}

impl Clean for Ticket {
    fn clean(self) -> Self {
        Ticket {
            id: self.id.clean(),
            subject: line(&self.subject),
            status: Status {
                category: self.status.category,
                raw: line(&self.status.raw),
                label: line(&self.status.label),
            },
            priority: self.priority.map(|p| Priority {
                raw: line(&p.raw),
                label: line(&p.label),
                ..p
            }),
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
                        SlaMetric::Other(s) => SlaMetric::Other(line(&s)),
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

impl Clean for Customer {
    fn clean(self) -> Self {
        Customer {
            id: self.id.clean(),
            name: line(&self.name),
            email: self.email.clean(),
            phone: self.phone.clean(),
            organization: self.organization.map(|o| Organization {
                id: o.id.clean(),
                name: line(&o.name),
                domains: o.domains.clean(),
            }),
            ..self
        }
    }
}

impl Clean for CannedResponse {
    fn clean(self) -> Self {
        CannedResponse {
            id: self.id.clean(),
            title: line(&self.title),
            folder: self.folder.clean(),
            body: text(&self.body),
            sets_status: self.sets_status.clean(),
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
            name: line(&self.name),
        }
    }
}

impl Clean for Agent {
    fn clean(self) -> Self {
        Agent {
            id: self.id.clean(),
            name: line(&self.name),
            email: self.email.clean(),
        }
    }
}

impl Clean for HelpdeskError {
    fn clean(self) -> Self {
        HelpdeskError {
            message: line(&self.message),
            ..self
        }
    }
}

fn gate<T: Clean>(r: Result<T>) -> Result<T> {
    r.map(Clean::clean).map_err(Clean::clean)
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
        gate(self.0.me().await)
    }
    async fn views(&self) -> Result<Vec<View>> {
        gate(self.0.views().await)
    }
    async fn view_count(&self, view: &Id) -> Result<Option<u64>> {
        self.0.view_count(view).await.map_err(Clean::clean)
    }
    async fn view_tickets(&self, view: &Id, cursor: Option<&str>) -> Result<Page<Ticket>> {
        let page = self
            .0
            .view_tickets(view, cursor)
            .await
            .map_err(Clean::clean)?;
        Ok(Page {
            items: page.items.clean(),
            next: page.next,
            skipped: page.skipped,
        })
    }
    async fn ticket(&self, id: &Id) -> Result<Ticket> {
        gate(self.0.ticket(id).await)
    }
    async fn messages(&self, ticket: &Id) -> Result<Vec<Message>> {
        gate(self.0.messages(ticket).await)
    }
    async fn customer(&self, id: &Id) -> Result<Customer> {
        gate(self.0.customer(id).await)
    }
    async fn customer_tickets(&self, customer: &Id) -> Result<Vec<Ticket>> {
        gate(self.0.customer_tickets(customer).await)
    }
    async fn canned_responses(&self) -> Result<Vec<CannedResponse>> {
        gate(self.0.canned_responses().await)
    }
    async fn agents(&self) -> Result<Vec<Agent>> {
        gate(self.0.agents().await)
    }
    async fn changed_since(&self, since: Timestamp) -> Result<Option<Vec<Ticket>>> {
        gate(self.0.changed_since(since).await)
    }
    async fn groups(&self) -> Result<Vec<View>> {
        gate(self.0.groups().await)
    }
    async fn search(&self, query: &str) -> Result<Vec<Ticket>> {
        gate(self.0.search(query).await)
    }
    async fn preview_canned(&self, ticket: &Id, canned: &Id) -> Result<Option<MacroPreview>> {
        gate(self.0.preview_canned(ticket, canned).await)
    }
    fn rate_limit(&self) -> Option<RateBudget> {
        self.0.rate_limit()
    }
    async fn update(&self, ticket: &Id, patch: &TicketPatch) -> Result<Ticket> {
        gate(self.0.update(ticket, patch).await)
    }
    async fn create(&self, ticket: &NewTicket) -> Result<Ticket> {
        gate(self.0.create(ticket).await)
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
}
