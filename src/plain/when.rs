//! When tix runs in plain mode instead of the panels: asked for (`--plain`, `plain = true`,
//! `ACCESSIBLE`), or the panels cannot work (`TERM=dumb`, stdin or stdout not a terminal). Never
//! guessed from anything else: a screen reader cannot be detected, least of all over SSH.

/// What decides it, read by the caller (the environment, the terminal).
#[derive(Debug, Clone, Default)]
pub struct Signals {
    pub flag: bool,
    pub config: Option<bool>,
    pub accessible: Option<String>,
    pub term: Option<String>,
    pub stdin_tty: bool,
    pub stdout_tty: bool,
}

impl Signals {
    /// From this process's environment and terminal.
    pub fn from_env(flag: bool, config: Option<bool>) -> Signals {
        use std::io::IsTerminal;
        Signals {
            flag,
            config,
            accessible: std::env::var("ACCESSIBLE").ok(),
            term: std::env::var("TERM").ok(),
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty: std::io::stdout().is_terminal(),
        }
    }
}

/// A true value as GitHub's CLI reads one: anything but empty, `0`, `false` or `no`.
pub fn truthy(v: &str) -> bool {
    !matches!(v.trim().to_lowercase().as_str(), "" | "0" | "false" | "no")
}

pub fn chosen(s: &Signals) -> bool {
    s.flag
        || s.config == Some(true)
        || s.accessible.as_deref().is_some_and(truthy)
        || s.term.as_deref() == Some("dumb")
        || !s.stdin_tty
        || !s.stdout_tty
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terminal() -> Signals {
        Signals {
            term: Some("xterm-256color".into()),
            stdin_tty: true,
            stdout_tty: true,
            ..Default::default()
        }
    }

    #[test]
    fn the_panels_on_a_terminal_unless_asked_otherwise() {
        assert!(!chosen(&terminal()));
        for off in ["", "0", "false", "No"] {
            let s = Signals {
                accessible: Some(off.into()),
                config: Some(false),
                ..terminal()
            };
            assert!(!chosen(&s), "ACCESSIBLE={off:?}");
        }
    }

    #[test]
    fn each_signal_alone_chooses_plain_mode() {
        let each = [
            Signals {
                flag: true,
                ..terminal()
            },
            Signals {
                config: Some(true),
                ..terminal()
            },
            Signals {
                accessible: Some("1".into()),
                ..terminal()
            },
            Signals {
                accessible: Some("yes".into()),
                ..terminal()
            },
            Signals {
                term: Some("dumb".into()),
                ..terminal()
            },
            Signals {
                stdin_tty: false,
                ..terminal()
            },
            Signals {
                stdout_tty: false,
                ..terminal()
            },
        ];
        for s in each {
            assert!(chosen(&s), "{s:?}");
        }
    }
}
