//! Opening things outside tix: a ticket's page in the helpdesk's web UI (`$BROWSER`, else the
//! system's opener) and a downloaded attachment (the system's opener). One place for `tix open`,
//! the workspace's `O` and the attachment picker's `o`.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::helpdesk::{Helpdesk, Id};
use crate::i18n::Lang;

/// The ticket's web address, without any user or password the profile's url carries; `Err` says
/// that this backend has none (in `lang`).
pub fn web_address(hd: &dyn Helpdesk, id: &Id, lang: Lang) -> Result<String, String> {
    let url = hd.web_url(id).ok_or_else(|| {
        let backend = hd.backend();
        crate::t!(lang, "opener-no-web-address", backend = backend)
    })?;
    Ok(match reqwest::Url::parse(&url) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.to_string()
        }
        Err(_) => url,
    })
}

/// What opens a web address: `$BROWSER` (the first of its `:`-separated commands; `%s` stands
/// for the address, else it comes last), or the system's opener. A file goes to the system's
/// opener (`$BROWSER` is for addresses).
pub fn command(target: &str, web: bool) -> (String, Vec<String>) {
    let browser = if web {
        std::env::var("BROWSER").unwrap_or_default()
    } else {
        String::new()
    };
    let (cmd, mut args): (String, Vec<String>) =
        match browser.split(':').find(|b| !b.trim().is_empty()) {
            Some(b) => {
                let mut words = b.split_whitespace().map(str::to_string);
                (words.next().unwrap_or_default(), words.collect())
            }
            None if cfg!(target_os = "macos") => ("open".into(), vec![]),
            None => ("xdg-open".into(), vec![]),
        };
    if args.iter().any(|a| a.contains("%s")) {
        args = args.iter().map(|a| a.replace("%s", target)).collect();
    } else {
        args.push(target.to_string());
    }
    (cmd, args)
}

/// Opens it and waits, on the terminal (the CLI: a terminal browser such as w3m runs here, and
/// openers return at once). `Err` is one line saying why.
pub fn open_here(target: &str, web: bool, lang: Lang) -> Result<(), String> {
    let (cmd, args) = command(target, web);
    let status = Command::new(&cmd)
        .args(&args)
        .stdin(Stdio::inherit())
        .status()
        .map_err(|e| could_not_run(lang, &cmd, web, &e))?;
    if !status.success() {
        return Err(failed(lang, &cmd, status));
    }
    Ok(())
}

/// Opens it away from the terminal, which the workspace keeps drawing (no input, no output);
/// returns when the opener does. `Err` is one line saying why.
pub fn open_detached(target: &str, web: bool, lang: Lang) -> Result<(), String> {
    let (cmd, args) = command(target, web);
    let status = Command::new(&cmd)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| could_not_run(lang, &cmd, web, &e))?;
    if !status.success() {
        return Err(failed(lang, &cmd, status));
    }
    Ok(())
}

/// The opener could not be started; for a web address, `$BROWSER` is the way to name one.
fn could_not_run(lang: Lang, cmd: &str, web: bool, e: &std::io::Error) -> String {
    let why = e.to_string();
    if web {
        crate::t!(lang, "opener-cannot-run-browser", cmd = cmd, why = why)
    } else {
        crate::t!(lang, "opener-cannot-run", cmd = cmd, why = why)
    }
}

fn failed(lang: Lang, cmd: &str, status: std::process::ExitStatus) -> String {
    let status = status.to_string();
    crate::t!(lang, "opener-failed", cmd = cmd, status = status)
}

/// A file's path as an opener takes it.
pub fn file_target(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_goes_to_the_system_opener_and_the_address_comes_last_or_at_percent_s() {
        let (cmd, args) = command("/tmp/x.pdf", false);
        assert!(cmd == "xdg-open" || cmd == "open", "{cmd}");
        assert_eq!(args, ["/tmp/x.pdf"]);
    }

    #[test]
    fn an_opener_that_cannot_start_is_said_in_the_agent_s_language() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(
            could_not_run(Lang::En, "xdg-open", true, &missing),
            format!("could not run xdg-open ({missing}): set $BROWSER")
        );
        let ro = could_not_run(Lang::Ro, "xdg-open", true, &missing);
        assert!(ro.starts_with("nu s-a putut porni xdg-open"), "{ro}");
        assert!(ro.contains("$BROWSER"), "{ro}");
    }
}
