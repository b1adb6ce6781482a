//! The effect runner: turns effects into tokio tasks that talk to the helpdesk and answer with
//! messages. A newer load of the same kind aborts the older one (newest wins).

use tokio::sync::mpsc::UnboundedSender;
use tokio::task::AbortHandle;

use super::msg::{Effect, Msg};
use crate::helpdesk::{SharedHelpdesk, load_view};

pub struct Runner {
    hd: SharedHelpdesk,
    tx: UnboundedSender<Msg>,
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
    pub fn new(hd: SharedHelpdesk, tx: UnboundedSender<Msg>) -> Runner {
        Runner {
            hd,
            tx,
            view: None,
            conversation: None,
            customer: None,
        }
    }

    pub fn run(&mut self, effect: Effect) {
        let hd = self.hd.clone();
        let tx = self.tx.clone();
        match effect {
            Effect::Quit => {}
            Effect::LoadMe => {
                tokio::spawn(async move { tx.send(Msg::Me(hd.me().await)) });
            }
            Effect::LoadViews => {
                tokio::spawn(async move { tx.send(Msg::Views(hd.views().await)) });
            }
            Effect::LoadCanned => {
                tokio::spawn(async move { tx.send(Msg::Canned(hd.canned_responses().await)) });
            }
            Effect::LoadAgents => {
                tokio::spawn(async move { tx.send(Msg::Agents(hd.agents().await)) });
            }
            Effect::LoadView { req, view } => {
                let task = tokio::spawn(async move {
                    let pages = tx.clone();
                    let result = load_view(hd.as_ref(), &view, |tickets, loaded, total| {
                        let _ = pages.send(Msg::ViewPage {
                            req,
                            tickets: tickets.to_vec(),
                            loaded,
                            total,
                        });
                    })
                    .await
                    .map(|_| ());
                    tx.send(Msg::ViewDone { req, result })
                });
                replace(&mut self.view, task.abort_handle());
            }
            Effect::LoadConversation { req, ticket } => {
                let task = tokio::spawn(async move {
                    let result = hd.messages(&ticket).await;
                    tx.send(Msg::Conversation {
                        req,
                        ticket,
                        result,
                    })
                });
                replace(&mut self.conversation, task.abort_handle());
            }
            Effect::LoadCustomer { req, customer } => {
                let task = tokio::spawn(async move {
                    let (c, t) =
                        tokio::join!(hd.customer(&customer), hd.customer_tickets(&customer));
                    let result = c.and_then(|c| t.map(|t| (c, t)));
                    tx.send(Msg::Customer {
                        req,
                        customer,
                        result,
                    })
                });
                replace(&mut self.customer, task.abort_handle());
            }
            Effect::Update { req, ticket, patch } => {
                tokio::spawn(async move {
                    let result = hd.update(&ticket, &patch).await;
                    tx.send(Msg::Updated {
                        req,
                        ticket,
                        result,
                    })
                });
            }
        }
    }
}
