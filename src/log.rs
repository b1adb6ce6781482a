//! The log file in the data dir, through `tracing`: `tix.log`, rotated past 1 MiB to `tix.log.1`
//! (then `.2`, `.3`; older ones are dropped). Events go through a channel to a writer thread
//! (tracing-appender's non-blocking writer), so an async task never waits on the disk. The level is
//! `TIX_LOG` (error, warn, info, debug, trace; info when unset), and only tix's own events are
//! written: a dependency's debug output can carry headers.
//!
//! It records what tix did (start, requests by method and path with a request id, status and time,
//! retries, errors) and never what agents or customers wrote: no bodies, no query strings (they can
//! hold search text), no headers (they hold credentials), no customer addresses.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;

/// A file is rotated past this size.
const MAX_BYTES: u64 = 1024 * 1024;
/// Rotated files kept beside `tix.log`.
const KEEP: usize = 3;

/// The level `TIX_LOG` asks for, and a sentence when it is not one (the log then says so).
pub fn level(env: Option<&str>) -> (LevelFilter, Option<String>) {
    match env.map(str::trim).filter(|s| !s.is_empty()) {
        None => (LevelFilter::INFO, None),
        Some(s) => match s.parse::<LevelFilter>() {
            Ok(l) => (l, None),
            Err(_) => (
                LevelFilter::INFO,
                Some(format!(
                    "TIX_LOG={s:?} is not a level (error, warn, info, debug, trace, off): logging at info"
                )),
            ),
        },
    }
}

/// `tix.log` and its rotated copies, each private (0600) like everything in the data dir: paths
/// and times tell who was worked on when.
pub struct RotatingFile {
    path: PathBuf,
    file: File,
    len: u64,
    max: u64,
}

impl RotatingFile {
    pub fn open(path: &Path, max: u64) -> io::Result<RotatingFile> {
        let file = crate::store::private::open_append(path)?;
        let len = file.metadata().map_or(0, |m| m.len());
        Ok(RotatingFile {
            path: path.to_path_buf(),
            file,
            len,
            max,
        })
    }

    fn numbered(&self, n: usize) -> PathBuf {
        let mut p = self.path.clone().into_os_string();
        p.push(format!(".{n}"));
        PathBuf::from(p)
    }

    fn rotate(&mut self) -> io::Result<()> {
        let _ = std::fs::remove_file(self.numbered(KEEP));
        for n in (1..KEEP).rev() {
            let _ = std::fs::rename(self.numbered(n), self.numbered(n + 1));
        }
        std::fs::rename(&self.path, self.numbered(1))?;
        self.file = crate::store::private::open_append(&self.path)?;
        self.len = 0;
        Ok(())
    }
}

impl Write for RotatingFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.len > 0 && self.len + buf.len() as u64 > self.max {
            // A failed rotation goes on writing to the file it has.
            let _ = self.rotate();
        }
        let n = self.file.write(buf)?;
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

/// Keeps the writer thread; dropping it writes out what is still queued. Hold it until tix exits.
#[must_use = "the log is written out when this is dropped"]
pub struct Guard(#[allow(dead_code)] Option<tracing_appender::non_blocking::WorkerGuard>);

/// What the file shows of each event: time, level, the request's id where there is one, the
/// message. No colours, no module paths.
fn subscriber<W>(level: LevelFilter, writer: W) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    let only_tix = Targets::new().with_target("tix", level);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(writer)
        .with_ansi(false)
        .with_target(false);
    tracing_subscriber::registry().with(tracing_subscriber::Layer::with_filter(layer, only_tix))
}

/// Starts logging to `data_dir/tix.log`. Failing to open the log never stops tix.
pub fn init(data_dir: &Path) -> Guard {
    let _ = crate::store::private::create_dir(data_dir);
    let Ok(file) = RotatingFile::open(&data_dir.join("tix.log"), MAX_BYTES) else {
        return Guard(None);
    };
    let (level, problem) = level(std::env::var("TIX_LOG").ok().as_deref());
    let (writer, guard) = tracing_appender::non_blocking(file);
    if tracing::subscriber::set_global_default(subscriber(level, writer)).is_err() {
        // Already set (a second init in one process): the first one goes on.
        return Guard(None);
    }
    if let Some(p) = problem {
        tracing::warn!("{p}");
    }
    Guard(Some(guard))
}

pub use crate::helpdesk::redact::redact_url;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

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

    #[test]
    fn the_level_comes_from_tix_log() {
        assert_eq!(level(None), (LevelFilter::INFO, None));
        assert_eq!(level(Some("")).0, LevelFilter::INFO);
        assert_eq!(level(Some("debug")), (LevelFilter::DEBUG, None));
        assert_eq!(level(Some("WARN")).0, LevelFilter::WARN);
        let (l, problem) = level(Some("loud"));
        assert_eq!(l, LevelFilter::INFO);
        assert!(problem.unwrap().contains("\"loud\""));
    }

    /// Lines written by the subscriber at `level` while `f` runs.
    fn logged(level: LevelFilter, f: impl FnOnce()) -> String {
        #[derive(Clone, Default)]
        struct Buf(Arc<Mutex<Vec<u8>>>);
        impl Write for Buf {
            fn write(&mut self, b: &[u8]) -> io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let buf = Buf::default();
        let out = buf.clone();
        tracing::subscriber::with_default(subscriber(level, move || buf.clone()), f);
        String::from_utf8(out.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn levels_filter_and_only_tix_events_are_written() {
        let emit = || {
            tracing::info!("an info line");
            tracing::debug!("a debug line");
            // What a dependency says (h2 and hyper log frames and headers at debug and trace).
            tracing::debug!(target: "h2::codec", "send frame=Headers authorization: Bearer x");
        };
        let info = logged(LevelFilter::INFO, emit);
        assert!(info.contains(" INFO an info line"), "{info}");
        assert!(!info.contains("a debug line"), "{info}");
        let debug = logged(LevelFilter::DEBUG, emit);
        assert!(debug.contains("DEBUG a debug line"), "{debug}");
        let trace = logged(LevelFilter::TRACE, emit);
        assert!(!trace.contains("Bearer"), "{trace}");
        assert!(logged(LevelFilter::WARN, emit).is_empty());
    }

    #[test]
    fn rotation_keeps_three_private_files() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tix.log");
        let mut f = RotatingFile::open(&path, 100).unwrap();
        for i in 0..20 {
            writeln!(f, "line {i:02} {}", "x".repeat(40)).unwrap();
        }
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["tix.log", "tix.log.1", "tix.log.2", "tix.log.3"]);
        for n in &names {
            let p = dir.path().join(n);
            assert!(std::fs::metadata(&p).unwrap().len() <= 100, "{n}");
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{n}");
        }
        let newest = std::fs::read_to_string(&path).unwrap();
        assert!(newest.contains("line 19"), "{newest}");
        let oldest = std::fs::read_to_string(dir.path().join("tix.log.3")).unwrap();
        assert!(oldest.contains("line 12"), "{oldest}");
    }
}
