//! The colleague of `--second-agent` (or the customer) writing to the ticket the agent read last.

use super::*;

/// What a colleague (or the customer) does to a ticket through `POST /demo/colleague/tickets/{id}`:
/// `{"from": "customer", "body": "…"}` (a public message from the requester), `{"from": "agent",
/// "body": "…", "public": false}` (a colleague's reply or note), `{"status": "pending"}`,
/// `{"take": true}` (the colleague assigns it to themself); any of them together.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct ColleagueWrite {
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub public: Option<bool>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub take: bool,
}

pub(super) async fn colleague_write(
    State(st): State<AppState>,
    Id(id): Id,
    body: Result<Json<ColleagueWrite>, JsonRejection>,
) -> Result<Json<TicketWriteResponse>, ApiError> {
    let Json(w) = body.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let (ticket, audit) = st.colleague(id, w)?;
    Ok(Json(TicketWriteResponse {
        ticket: Includes::default().apply(ticket),
        audit,
    }))
}

impl AppState {
    /// The colleague's write: as the requester for `from: customer`, else as another agent.
    pub(crate) fn colleague(
        &self,
        id: u64,
        w: ColleagueWrite,
    ) -> Result<(Ticket, Audit), ApiError> {
        let st = &self.0;
        let mut overlay = st.write();
        let ticket = Store::new(&st.data, &overlay)
            .ticket(id)
            .ok_or_else(ApiError::not_found)?;
        let customer = w.from.as_deref() == Some("customer");
        let colleague = st.colleague_id();
        let author = if customer {
            ticket.requester_id
        } else {
            colleague
        };
        let fields = TicketFields {
            status: w.status,
            assignee_id: w.take.then_some(Some(colleague)),
            comment: w.body.map(|body| NewComment {
                body,
                public: customer || w.public.unwrap_or(true),
            }),
            ..TicketFields::default()
        };
        let v = Valid::check(&st.data, fields)?;
        write(st, &mut overlay, ticket, &v, author, !customer)
    }

    /// The ticket the agent read last, if the colleague has not written to it since; marked
    /// as written.
    pub(crate) fn take_read_last(&self) -> Option<u64> {
        let mut last = self.0.read_last.lock().ok()?;
        match *last {
            Some((id, false)) => {
                *last = Some((id, true));
                Some(id)
            }
            _ => None,
        }
    }
}

impl Shared {
    /// The other agent: the first agent who is not the one signed in.
    pub(super) fn colleague_id(&self) -> u64 {
        let me = self.data.me().id;
        (1..)
            .map(|i| me + i)
            .take(100)
            .find(|&id| self.data.is_agent(id))
            .unwrap_or(me)
    }

    pub(super) fn read_ticket(&self, id: u64) {
        if let Ok(mut last) = self.read_last.lock()
            && last.is_none_or(|(was, _)| was != id)
        {
            *last = Some((id, false));
        }
    }
}
