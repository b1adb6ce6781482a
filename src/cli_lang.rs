//! The command line in the agent's language: which language it speaks (`language` in
//! config.toml, else the locale, as the workspace chooses), and `--help` from the catalogue.
//!
//! `--help`'s texts are the catalogue's `cli-help-…` messages, found by the command's path and the
//! argument's id (`cli-help-ls` is `tix ls`'s about, `cli-help-ls-long` its long about, `cli-help-ls--view`
//! the help of its `--view`); the English catalogue holds the doc comments of `src/cli*.rs` word
//! for word (a test compares them), so English `--help` is clap's own.

use std::sync::OnceLock;

use clap::CommandFactory;

use crate::i18n::Lang;

static LANG: OnceLock<Lang> = OnceLock::new();

/// The command line's language: set once by `main` (`set`), English until then (in tests).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Chooses the command line's language once, before anything is printed.
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language for this run: config.toml's `language` when the file reads as TOML (only that
/// key is looked at: a config with other mistakes is reported later, in the language chosen),
/// else the locale. Read as config is (`files::read_text`: a small regular file, else nothing).
pub fn choose() -> Lang {
    let file = crate::config::Paths::discover().config_file();
    let configured = crate::files::read_text(&file)
        .ok()
        .flatten()
        .and_then(|text| text.parse::<toml::Table>().ok())
        .and_then(|t| t.get("language")?.as_str().and_then(Lang::parse));
    Lang::choose(configured, |k| std::env::var(k).ok())
}

/// tix's clap command with its texts in `lang`, ready to parse (`Cli::from_arg_matches`).
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = translate(crate::cli::Cli::command(), "tix", lang);
    // clap adds --help, --version and the help subcommand when it builds the command (and the
    // global options to every subcommand): their words are set after.
    cmd.build();
    translate_built(cmd, lang)
}

fn message(lang: Lang, id: &str) -> Option<String> {
    let loader = lang.loader();
    loader.has(id).then(|| loader.get(id))
}

/// `cmd` (at `path`) and its subcommands with the catalogue's words.
fn translate(mut cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
    let base = if path == "tix" {
        "cli-help-tix".to_string()
    } else {
        format!("cli-help-{path}")
    };
    if cmd.get_about().is_some()
        && let Some(s) = message(lang, &base)
    {
        cmd = cmd.about(s);
    }
    if cmd.get_long_about().is_some()
        && let Some(s) = message(lang, &format!("{base}-long"))
    {
        cmd = cmd.long_about(s);
    }
    if cmd.get_after_help().is_some()
        && let Some(s) = message(lang, &format!("{base}-after"))
    {
        cmd = cmd.after_help(s);
    }
    let args: Vec<(String, bool, bool)> = cmd
        .get_arguments()
        .map(|a| {
            (
                a.get_id().to_string(),
                a.get_help().is_some(),
                a.get_long_help().is_some(),
            )
        })
        .collect();
    for (id, help, long) in args {
        let key = format!("{base}--{id}");
        let help = help.then(|| message(lang, &key)).flatten();
        let long = long
            .then(|| message(lang, &format!("{key}-long")))
            .flatten();
        cmd = cmd.mut_arg(&id, |mut a| {
            if let Some(h) = help {
                a = a.help(h);
            }
            if let Some(h) = long {
                a = a.long_help(h);
            }
            if lang != Lang::En {
                let heading = if a.is_positional() {
                    crate::t!(lang, "cli-help-heading-arguments")
                } else {
                    crate::t!(lang, "cli-help-heading-options")
                };
                a = a.help_heading(heading);
            }
            a
        });
    }
    if lang != Lang::En {
        // clap writes "Usage:" from its template, and headings it is given.
        let usage = crate::t!(lang, "cli-help-heading-usage");
        cmd = cmd
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
            ))
            .subcommand_help_heading(crate::t!(lang, "cli-help-heading-commands"));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if path == "tix" {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| translate(s, &sub_path, lang));
    }
    cmd
}

/// The words clap adds when it builds the command: --help, --version, the help subcommand.
fn translate_built(mut cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::En {
        return cmd;
    }
    let options = crate::t!(lang, "cli-help-heading-options");
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.get_long_help().is_some()))
        .collect();
    for (id, long) in ids {
        let (help, long_help) = match (id.as_str(), long) {
            ("help", false) => (crate::t!(lang, "cli-help-flag-help"), None),
            ("help", true) => (
                crate::t!(lang, "cli-help-flag-help-more"),
                Some(crate::t!(lang, "cli-help-flag-help-summary")),
            ),
            ("version", _) => (crate::t!(lang, "cli-help-flag-version"), None),
            _ => continue,
        };
        let options = options.clone();
        cmd = cmd.mut_arg(&id, |mut a| {
            a = a.help(help).help_heading(options);
            if let Some(l) = long_help {
                a = a.long_help(l);
            }
            a
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, |s| {
            let s = if name == "help" {
                s.about(crate::t!(lang, "cli-help-subcommand-help"))
            } else {
                s
            };
            translate_built(s, lang)
        });
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of the command as clap's derive made it, with its catalogue id.
    fn texts(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
        let base = if path == "tix" {
            "cli-help-tix".to_string()
        } else {
            format!("cli-help-{path}")
        };
        let mut put = |id: String, s: Option<&clap::builder::StyledStr>| {
            if let Some(s) = s {
                out.push((id, s.to_string()));
            }
        };
        put(base.clone(), cmd.get_about());
        put(format!("{base}-long"), cmd.get_long_about());
        put(format!("{base}-after"), cmd.get_after_help());
        for a in cmd.get_arguments() {
            put(format!("{base}--{}", a.get_id()), a.get_help());
            put(format!("{base}--{}-long", a.get_id()), a.get_long_help());
        }
        for s in cmd.get_subcommands() {
            let p = if path == "tix" {
                s.get_name().to_string()
            } else {
                format!("{path}-{}", s.get_name())
            };
            texts(s, &p, out);
        }
    }

    #[test]
    fn the_english_catalogue_holds_every_help_text_word_for_word() {
        let mut all = vec![];
        texts(&crate::cli::Cli::command(), "tix", &mut all);
        assert!(
            all.len() > 50,
            "the command's texts are read ({})",
            all.len()
        );
        for (id, text) in all {
            assert_eq!(
                message(Lang::En, &id).as_deref(),
                Some(text.as_str()),
                "{id}: i18n/en/tix.ftl differs from the doc comment"
            );
        }
    }

    /// The help of tix and of each subcommand, as `--help` prints it.
    fn every_help(mut cmd: clap::Command) -> Vec<String> {
        cmd.build();
        let mut out = vec![cmd.render_long_help().to_string()];
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for n in names {
            let sub = cmd.find_subcommand_mut(&n).expect("listed");
            out.push(sub.render_help().to_string());
            out.push(sub.render_long_help().to_string());
        }
        out
    }

    #[test]
    fn english_help_is_clap_s_own() {
        assert_eq!(
            every_help(command(Lang::En)),
            every_help(crate::cli::Cli::command())
        );
    }

    #[test]
    fn romanian_help_is_romanian_to_the_headings() {
        let helps = every_help(command(Lang::Ro));
        let root = &helps[0];
        for words in [
            "Spațiu de lucru rapid în terminal",
            "Utilizare: tix",
            "Comenzi:",
            "Opțiuni:",
            "Listează tichetele unei vizualizări",
            "Folosește acest profil din config.toml",
            "Afișează ajutorul",
            "Afișează versiunea",
        ] {
            assert!(root.contains(words), "{words:?} in\n{root}");
        }
        assert!(
            !root.contains("Options:") && !root.contains("Usage:"),
            "{root}"
        );
        let show = helps
            .iter()
            .find(|h| h.contains("Utilizare: tix show"))
            .expect("show's help");
        assert!(show.contains("Argumente:"), "{show}");
        assert!(show.contains("Afișează JSON (corpul întreg"), "{show}");
    }
}
