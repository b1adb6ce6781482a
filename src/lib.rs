//! tix: a keyboard-driven terminal workspace for customer-support agents.

// The helpdesk layer is its own crate (no terminal in it); its modules keep their paths here.
#[cfg(feature = "demo")]
pub use tix_demo as demo;
pub use tix_helpdesk as helpdesk;
pub use tix_helpdesk::{html, quoted, sanitize};

pub mod action;
pub mod app;
pub mod attachments;
pub mod canned;
pub mod canned_files;
pub mod cli;
pub mod cli_bulk;
pub mod cli_kb;
pub mod cli_lang;
pub mod cli_verbs;
pub mod commands;
pub mod config;
pub mod config_init;
pub mod duration;
pub mod files;
pub mod i18n;
pub mod keymap;
pub mod knowledge;
pub mod layout;
pub mod log;
pub mod metrics;
pub mod oauth;
pub mod opener;
pub mod palette;
pub mod plain;
pub mod privacy;
pub mod secret_cmd;
pub mod sla;
pub mod sms;
pub mod snooze;
pub mod store;
pub mod theme;
pub mod ui;
pub mod workflow;
pub mod workspace;
