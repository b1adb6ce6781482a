//! The commands that need no helpdesk answer of their own: stats, keymaps, workflows, the man page, config checks.

use super::*;

pub(super) fn stats(json: bool, day: Option<jiff::civil::Date>) -> Result<(), CliError> {
    let paths = Paths::discover();
    let day = day.unwrap_or_else(|| jiff::Zoned::now().date());
    let events = crate::metrics::load(&crate::metrics::day_file(&paths.data_dir, day));
    let s = crate::metrics::summarize(&events, &jiff::tz::TimeZone::system());
    if json {
        let mut v = serde_json::to_value(&s).map_err(std::io::Error::other)?;
        v["day"] = json!(day.to_string());
        return print_json(&v);
    }
    let l = crate::cli_lang::lang();
    let secs = |v: Option<i64>| {
        v.map_or("-".to_string(), |s| {
            crate::duration::short(l, jiff::SignedDuration::from_secs(s))
        })
    };
    let pct = |v: Option<f64>| v.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0));
    let (handled_count, handled) = (l.plural(s.handled as u64), l.number(s.handled as u64));
    let (count, n) = (l.plural(s.replies as u64), l.number(s.replies as u64));
    let replies = crate::t!(l, "replies", count = count, n = n);
    let day = day.to_string();
    let line = crate::t!(
        l,
        "stats-day",
        day = day,
        handled_count = handled_count,
        handled = handled,
        replies = replies
    );
    println!("{line}");
    // The figures in one column: labels padded by display width (Chinese labels are wider).
    let rows = [
        (
            crate::t!(l, "stats-median-first-response"),
            secs(s.median_first_response_secs),
        ),
        (
            crate::t!(l, "stats-average-handle"),
            secs(s.average_handle_secs),
        ),
        (crate::t!(l, "stats-fcr"), pct(s.fcr_rate)),
        (crate::t!(l, "stats-csat"), pct(s.csat)),
    ];
    let width = rows
        .iter()
        .map(|(label, _)| crate::ui::text::width(label))
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        println!("{} {value}", crate::ui::text::fit(&label, width));
    }
    Ok(())
}

/// The keymap: the configured preset with the user's keymap.toml layered on top.
pub(super) fn load_keymap(
    cfg: &config::Config,
    paths: &Paths,
) -> (crate::keymap::Keymap, Vec<config::Problem>) {
    let user_path = paths.config_dir.join("keymap.toml");
    let (user, unreadable) = match crate::files::read_text(&user_path) {
        Ok(text) => (text, None),
        Err(e) => (None, Some(e.problem())),
    };
    let file = user_path.display().to_string();
    let (km, mut problems) = crate::keymap::Keymap::load_in(
        crate::cli_lang::lang(),
        cfg.keymap.as_deref(),
        user.as_deref().map(|t| (file.as_str(), t)),
    );
    problems.extend(unreadable);
    (km, problems)
}

pub(super) fn keymap_command(command: KeymapCommand) -> Result<(), CliError> {
    match command {
        KeymapCommand::Show => {
            let paths = Paths::discover();
            let cfg = config::load(&paths.config_file()).map_err(CliError::Config)?;
            let (km, problems) = load_keymap(&cfg, &paths);
            for p in problems {
                eprintln!("{}", p.say(crate::cli_lang::lang()));
            }
            print!("{}", km.show());
            Ok(())
        }
        KeymapCommand::Check { file } => check_file(&file, crate::keymap::check),
    }
}

/// The workflows a session uses: the config dir's `workflows/`, or on the demo without one the
/// shipped examples. Bad files are skipped and returned as problems.
pub fn load_workflows(
    paths: &Paths,
    demo: bool,
    known: &crate::workflow::Known,
) -> (Vec<crate::workflow::Workflow>, Vec<config::Problem>) {
    let dir = paths.config_dir.join("workflows");
    if demo && !dir.is_dir() {
        return crate::workflow::shipped(known);
    }
    crate::workflow::load(&dir, known)
}

/// Titles a workflow may name a canned response by: `Folder::Title` and the title alone.
pub fn canned_names(list: &[crate::helpdesk::CannedResponse]) -> Vec<String> {
    list.iter()
        .flat_map(|c| {
            let full = c.folder.as_ref().map(|f| format!("{f}::{}", c.title));
            std::iter::once(c.title.clone()).chain(full)
        })
        .collect()
}

pub(super) async fn workflow_command(
    target: &Target,
    command: WorkflowCommand,
) -> Result<(), CliError> {
    match command {
        WorkflowCommand::List => {
            let paths = Paths::discover();
            let cfg = config::load(&paths.config_file()).map_err(CliError::Config)?;
            let demo = target.demo || (target.profile.is_none() && cfg.default_profile.is_none());
            let l = crate::cli_lang::lang();
            let known = crate::workflow::Known {
                lang: l,
                ..Default::default()
            };
            let (list, problems) = load_workflows(&paths, demo, &known);
            for p in &problems {
                eprintln!("{}", p.say(l));
            }
            if list.is_empty() && problems.is_empty() {
                let dir = paths.config_dir.join("workflows").display().to_string();
                eprintln!("{}", crate::t!(l, "wf-no-workflows", dir = dir));
            }
            let mut out = String::new();
            for w in &list {
                let mut when: Vec<String> = vec![];
                when.extend(w.when.tags.iter().map(|t| format!("tag:{t}")));
                when.extend(w.when.keywords.iter().map(|k| format!("{k:?}")));
                when.extend(w.when.channels.iter().map(|c| format!("via:{c}")));
                // Each field sanitized on its own (a tab in one would shift the columns).
                let fields = [&w.name, &w.title, &when.join(" ")].map(|f| crate::sanitize::line(f));
                out.push_str(&fields.join("\t"));
                out.push('\n');
            }
            print_all(out.as_bytes())
        }
        WorkflowCommand::Check { file } => {
            let text = crate::files::read_text(&file)
                .map_err(|e| CliError::Config(e.to_string()))?
                .ok_or_else(|| no_such_file(&file))?;
            let known = workflow_known(target).await;
            let problems = crate::workflow::check(&file.display().to_string(), &text, &known);
            for p in &problems {
                println!("{}", p.say(known.lang));
            }
            if problems.iter().any(|p| !p.warning) {
                return Err(CliError::CheckFailed);
            }
            Ok(())
        }
    }
}

/// What a workflow's names are checked against: the canned/ files, and the helpdesk's canned
/// responses, statuses and groups when it answers (else those are left unchecked, said on stderr).
pub(super) async fn workflow_known(target: &Target) -> crate::workflow::Known {
    let paths = Paths::discover();
    let (local, _) = crate::canned_files::load(&paths.config_dir.join("canned"));
    let l = crate::cli_lang::lang();
    let mut known = crate::workflow::Known {
        lang: l,
        ..Default::default()
    };
    let reached = match connect(target).await {
        Ok(c) => {
            let hd = c.helpdesk.clone();
            let (canned, vocabulary, groups) =
                tokio::join!(hd.canned_responses(), hd.vocabulary(), hd.groups());
            match (canned, vocabulary, groups) {
                (Ok(mut canned), Ok(vocabulary), Ok(groups)) => {
                    canned.extend(local);
                    known.canned = Some(canned_names(&canned));
                    known.vocabulary = Some(vocabulary);
                    known.groups = Some(groups.into_iter().map(|g| g.name).collect());
                    Ok(())
                }
                (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => Err(e.to_string()),
            }
        }
        Err(e) => Err(e.to_string()),
    };
    if let Err(e) = reached {
        let why = crate::sanitize::line(&e);
        eprintln!("{}", crate::t!(l, "wf-helpdesk-silent", why = why));
    }
    known
}

/// The man page of tix on standard output, or the pages of tix and of every subcommand in `dir`.
pub(super) fn man(dir: Option<&std::path::Path>) -> Result<(), CliError> {
    use clap::CommandFactory;
    match dir {
        None => {
            let mut page = vec![];
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(CliError::Io)?;
            print_all(&page)
        }
        Some(dir) => std::fs::create_dir_all(dir)
            .and_then(|()| clap_mangen::generate_to(Cli::command(), dir))
            .map_err(|e| CliError::Config(format!("{}: {e}", dir.display()))),
    }
}

/// Bytes to standard output; a reader that stops early (`tix man | head`) is not an error.
pub(super) fn print_all(bytes: &[u8]) -> Result<(), CliError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Io(e)),
        _ => Ok(()),
    }
}

pub(super) fn check_file(
    file: &std::path::Path,
    check: fn(crate::i18n::Lang, &str, &str) -> Vec<config::Problem>,
) -> Result<(), CliError> {
    let l = crate::cli_lang::lang();
    let text = crate::files::read_text(file)
        .map_err(|e| CliError::Config(e.to_string()))?
        .ok_or_else(|| no_such_file(file))?;
    let problems = check(l, &file.display().to_string(), &text);
    for p in &problems {
        println!("{}", p.say(l));
    }
    if problems.iter().any(|p| !p.warning) {
        return Err(CliError::CheckFailed);
    }
    Ok(())
}

/// A file named on the command line that is not there.
fn no_such_file(file: &std::path::Path) -> CliError {
    let file = file.display().to_string();
    CliError::Config(crate::t!(
        crate::cli_lang::lang(),
        "cli-no-such-file",
        file = file
    ))
}
