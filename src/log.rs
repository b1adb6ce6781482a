//! A small log file in the data dir (`tix.log`, rotated to `tix.log.1` past 1 MiB). It records what
//! tix did (start, requests by method and path, status and time, retries, errors) and never what
//! agents or customers wrote: no bodies, no query strings (they can hold search text), no headers
//! (they hold credentials).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

const MAX_BYTES: u64 = 1024 * 1024;

struct Sink {
    path: PathBuf,
    file: File,
}

static LOG: OnceLock<Mutex<Sink>> = OnceLock::new();

/// Private (0600) like everything in the data dir: paths and times tell who was worked on when.
fn open(path: &Path) -> std::io::Result<File> {
    crate::store::private::open_append(path)
}

/// Starts logging to `data_dir/tix.log`. Failing to open the log never stops tix.
pub fn init(data_dir: &Path) {
    let _ = crate::store::private::create_dir(data_dir);
    let path = data_dir.join("tix.log");
    if let Ok(file) = open(&path) {
        let _ = LOG.set(Mutex::new(Sink { path, file }));
    }
}

pub fn write(line: &str) {
    let Some(sink) = LOG.get() else {
        return;
    };
    let Ok(mut s) = sink.lock() else {
        return;
    };
    if s.file.metadata().map(|m| m.len()).unwrap_or(0) > MAX_BYTES {
        let old = s.path.with_extension("log.1");
        let _ = std::fs::rename(&s.path, old);
        if let Ok(f) = open(&s.path) {
            s.file = f;
        }
    }
    let now = jiff::Timestamp::now();
    let _ = writeln!(s.file, "{now} {line}");
}

/// A URL as the log may show it: scheme, host and path; no query, no user info, and no access
/// token in the path (Zendesk's attachment URLs are `/attachments/token/SECRET/`).
pub fn redact_url(url: &reqwest::Url) -> String {
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    let mut after_token = false;
    let path: Vec<&str> = url
        .path()
        .split('/')
        .map(|seg| {
            let hidden = after_token && !seg.is_empty();
            after_token = seg == "token";
            if hidden { "…" } else { seg }
        })
        .collect();
    format!(
        "{}://{}{port}{}",
        url.scheme(),
        url.host_str().unwrap_or(""),
        path.join("/")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_their_secrets() {
        let u = reqwest::Url::parse(
            "https://me:pw@acme.zendesk.com/api/v2/search.json?query=ana%40x.com",
        )
        .unwrap();
        assert_eq!(
            redact_url(&u),
            "https://acme.zendesk.com/api/v2/search.json"
        );
    }

    #[test]
    fn an_attachments_access_token_is_not_logged() {
        let u = reqwest::Url::parse(
            "https://acme.zendesk.com/attachments/token/ipl7iHe99p1WhkrNBVSW1L8Ie/?name=README.md",
        )
        .unwrap();
        assert_eq!(
            redact_url(&u),
            "https://acme.zendesk.com/attachments/token/…/"
        );
    }
}
