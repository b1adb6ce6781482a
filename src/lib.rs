//! tix: a keyboard-driven terminal workspace for customer-support agents.

pub mod action;
pub mod app;
pub mod canned;
pub mod canned_files;
pub mod cli;
pub mod cli_verbs;
pub mod commands;
pub mod config;
pub mod config_init;
pub mod demo;
pub mod files;
pub mod helpdesk;
pub mod html;
pub mod keymap;
pub mod log;
pub mod metrics;
pub mod oauth;
pub mod palette;
pub mod privacy;
pub mod quoted;
pub mod sanitize;
pub mod secret_cmd;
pub mod sla;
pub mod sms;
pub mod store;
pub mod ui;
