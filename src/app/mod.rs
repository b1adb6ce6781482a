//! The workspace's state and its changes: the model, `update` (pure) and its concerns, and the
//! runner that turns effects into I/O. It draws nothing: the event loop (`crate::workspace`)
//! hands the model to `ui`.

mod alerts;
#[cfg(test)]
mod alerts_tests;
mod attach;
#[cfg(test)]
mod attach_tests;
pub mod bulk;
#[cfg(test)]
mod bulk_tests;
pub mod collide;
#[cfg(test)]
pub(crate) mod collide_tests;
mod compose;
#[cfg(test)]
mod compose_tests;
pub mod editor;
pub mod effects;
mod filter;
#[cfg(test)]
mod filter_tests;
#[cfg(test)]
pub mod fixtures;
mod keys;
#[cfg(test)]
mod keys_tests;
mod knowledge;
#[cfg(test)]
mod knowledge_tests;
pub mod line_edit;
pub mod model;
pub mod msg;
mod outbox_worker;
pub(crate) mod overlays;
#[cfg(test)]
mod overlays_tests;
pub mod plain;
#[cfg(test)]
mod plain_tests;
mod queue;
#[cfg(test)]
mod queue_tests;
pub mod snooze;
#[cfg(test)]
mod snooze_tests;
pub mod state;
pub mod update;
#[cfg(test)]
mod views_tests;
pub mod workflow;
#[cfg(test)]
mod workflow_tests;
