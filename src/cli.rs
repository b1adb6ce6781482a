//! Command-line interface: the TUI by default, and verbs for scripts.

use std::net::SocketAddr;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "tix",
    version,
    about = "A fast, keyboard-driven terminal workspace for customer-support agents",
    after_help = "With no configuration, tix runs on an embedded demo helpdesk.\n\
Config: $TIX_CONFIG_DIR/config.toml (default: the XDG config dir, e.g. ~/.config/tix/config.toml)."
)]
pub struct Cli {
    #[command(flatten)]
    pub target: Target,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Which helpdesk to talk to.
#[derive(Debug, Args, Clone)]
pub struct Target {
    /// Use the embedded demo helpdesk, whatever the configuration says
    #[arg(long, global = true, conflicts_with = "profile")]
    pub demo: bool,
    /// Use this profile from config.toml
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Tickets in the embedded demo helpdesk (up to 200000)
    #[arg(long, global = true, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=200_000))]
    pub tickets: u32,
    /// Seed of the embedded demo helpdesk's data
    #[arg(long, global = true, default_value_t = 42)]
    pub seed: u64,
    /// The embedded demo helpdesk gets a second agent: now and then the ticket you have open
    /// gets a customer's follow-up or a colleague's reply, status change or take-over, so you
    /// can see tix catch a collision
    #[arg(long, global = true)]
    pub second_agent: bool,
    /// Low-bandwidth mode: fewer bytes to the terminal (see README)
    #[arg(long, global = true)]
    pub low_bandwidth: bool,
    /// Plain mode for screen readers and braille: lines, no panels (see README)
    #[arg(long, global = true)]
    pub plain: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List a view's tickets, in the queue's order
    Ls {
        /// The view's name (default: the first view, as in the TUI)
        #[arg(long)]
        view: Option<String>,
        /// Only the first N tickets of the queue (on a helpdesk that orders its views by SLA
        /// breach, only those are fetched)
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Show a ticket with its conversation and customer
    Show {
        id: String,
        /// Print JSON (each message's whole body)
        #[arg(long)]
        json: bool,
        /// Print quoted history (earlier mail quoted in a message) whole instead of one line
        #[arg(long)]
        quoted: bool,
    },
    /// Send standard input as a public reply (or, with --note, an internal note); with --macro,
    /// apply a Zendesk macro instead (its fields and comment), or only show it with --preview
    Reply {
        id: String,
        #[arg(long, conflicts_with = "macro_id")]
        note: bool,
        /// A macro's id: preview it on this ticket and apply it as one update
        #[arg(long = "macro", value_name = "MACRO_ID")]
        macro_id: Option<String>,
        /// With --macro: print what the macro would do and change nothing
        #[arg(long, requires = "macro_id")]
        preview: bool,
    },
    /// Check the setup: config, DNS, connection, TLS, OAuth tokens, authentication, a sample request
    Doctor,
    /// Sign in with OAuth (profiles with oauth_client_id): approve tix in a browser
    #[command(
        long_about = "Sign in with OAuth (profiles with oauth_client_id or auth = \"oauth\").\n\n\
By default tix listens on 127.0.0.1 (a free port, or the port of the profile's oauth_redirect), \
opens the helpdesk's approval page in your browser and catches the redirect back. The tokens are \
saved in DATA_DIR/oauth/PROFILE.json (mode 0600) or the OS keyring (token_store = \"keyring\"), \
refreshed automatically, and never printed.\n\n\
On a machine without a browser (an SSH session), use --paste: tix prints the approval URL; open it \
in a browser anywhere and approve. The browser is then sent to the redirect URL (the profile's \
oauth_redirect, default http://127.0.0.1/callback), which on your own computer will most likely \
fail to load: that is expected. Copy the whole address from the address bar (or only the value of \
its code= parameter) and paste it into tix. The code is good for a couple of minutes and only \
together with this login's PKCE verifier, which never leaves the machine running tix.\n\n\
The redirect URL must be registered with the OAuth client (Zendesk: Admin Center > Apps and \
integrations > APIs > OAuth clients > Redirect URLs).\n\n\
For a token profile with token_keyring (built with the keyring feature), tix login instead reads \
the API token from standard input and stores it in the OS keyring."
    )]
    Login {
        /// Print the URL and read the redirected URL (or its code) from standard input: for SSH
        /// sessions and machines without a browser
        #[arg(long)]
        paste: bool,
    },
    /// Sign out of an OAuth profile: revoke the access token at the helpdesk and remove the saved
    /// tokens
    Logout,
    /// Today's metrics: handled tickets, first response, handle time, first-contact resolution, CSAT
    Stats {
        #[arg(long)]
        json: bool,
        /// Another day (YYYY-MM-DD)
        #[arg(long)]
        day: Option<jiff::civil::Date>,
    },
    /// Show or check keymaps
    Keymap {
        #[command(subcommand)]
        command: KeymapCommand,
    },
    /// Check a theme file
    Theme {
        #[command(subcommand)]
        command: ThemeCommand,
    },
    /// Check or list guided workflows (workflows/*.toml in the config dir)
    Workflow {
        #[command(subcommand)]
        command: WorkflowCommand,
    },
    /// Print a shell completion script, generated from this command line
    #[command(
        long_about = "Print a shell completion script, generated from this command line.\n\n\
bash: tix completions bash > ~/.local/share/bash-completion/completions/tix\n\
zsh:  tix completions zsh > ~/.zfunc/_tix (with fpath+=~/.zfunc before compinit in ~/.zshrc)\n\
fish: tix completions fish > ~/.config/fish/completions/tix.fish"
    )]
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff), generated from this command line; with --dir, write tix.1 and a
    /// page per subcommand (tix-reply.1, ...) there
    Man {
        #[arg(long, value_name = "DIR")]
        dir: Option<std::path::PathBuf>,
    },
    /// Write a configuration file
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Run the demo helpdesk (Zendesk API v2 dialect) on its own
    DemoServer {
        /// Address to bind (loopback only unless you mean it)
        #[arg(long, default_value = "127.0.0.1:0")]
        addr: SocketAddr,
        /// Require this token (Bearer, or basic auth as email/token:TOKEN)
        #[arg(long)]
        token: Option<String>,
        /// Require OAuth: Bearer access tokens issued by its /oauth/tokens, each valid SECS seconds
        /// (the approval page approves at once)
        #[arg(long, value_name = "SECS")]
        oauth_expires_in: Option<u64>,
        /// Fail this share of requests (0-1): 500, 503 with Retry-After, truncated or bad JSON
        #[arg(long, default_value_t = 0.0)]
        fail_rate: f64,
        /// Stall the failing share of requests (all, when --fail-rate is 0) this long
        #[arg(long, default_value_t = 0)]
        slow_ms: u64,
        /// A poor link: delay added to every response
        #[arg(long, default_value_t = 0)]
        latency_ms: u64,
        /// A poor link: throughput cap in kbit/s (0: none)
        #[arg(long, default_value_t = 0)]
        kbps: u32,
        /// A poor link: drop this share of connections (0-1)
        #[arg(long, default_value_t = 0.0)]
        drop_rate: f64,
        /// Put hostile text (escape sequences, bidi, zero-width, huge bodies) in some tickets
        #[arg(long)]
        hostile: bool,
        /// The moment the generated data is anchored at (RFC 3339; default: now). A server
        /// restarted with the same anchor and seed holds the same tickets, with the same times,
        /// as a helpdesk coming back after an outage does (for tests)
        #[arg(long, hide = true, value_name = "TIME")]
        anchor: Option<jiff::Timestamp>,
    },
    // Verbs on views and tickets: views, search, status, assign, tag, open (src/cli_verbs.rs).
    #[command(flatten)]
    Verb(crate::cli_verbs::Verb),
}

#[derive(Debug, Subcommand)]
pub enum KeymapCommand {
    /// Print the effective bindings: CONTEXT<TAB>KEYS<TAB>ACTION
    Show,
    /// Validate a keymap file: FILE:LINE:COL: message; exit 1 on errors
    Check { file: std::path::PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum WorkflowCommand {
    /// Validate a workflow file: FILE:LINE:COL: message; exit 1 on errors. Canned responses,
    /// statuses and groups are checked against the helpdesk's (and the canned/ files) when it
    /// answers
    Check { file: std::path::PathBuf },
    /// List the installed workflows: NAME<TAB>TITLE<TAB>WHEN IT APPLIES
    List,
}

#[derive(Debug, Subcommand)]
pub enum ThemeCommand {
    /// Validate a theme file: FILE:LINE:COL: message; exit 1 on errors
    Check { file: std::path::PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Write config.toml in the config dir: every setting with its default, commented out
    Init {
        /// Replace an existing config.toml
        #[arg(long)]
        force: bool,
    },
}
