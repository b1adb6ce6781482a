//! Attachments on disk: a helpdesk's file name made safe, a place that overwrites nothing, and the
//! bytes streamed there as they arrive. Shared by the workspace (`A`) and `tix attachment`.

use std::fmt;
use std::path::{Path, PathBuf};

use tokio::io::AsyncWriteExt;

use crate::helpdesk::{Attachment, Download, Helpdesk, HelpdeskError, Message};
use crate::i18n::Lang;

/// Longest file name kept, in bytes (most file systems allow 255).
const MAX_NAME_BYTES: usize = 200;

/// Where the agent's downloads go unless config.toml says `download_dir`: the XDG download dir,
/// else ~/Downloads.
pub fn default_dir() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.download_dir()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| dirs.home_dir().join("Downloads")),
    )
}

/// Where `o` puts a file before opening it: private to the agent, in the data dir.
pub fn private_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("attachments")
}

/// Private copies opened with `o` are kept this long, then removed at the next `o`: customers'
/// files do not pile up in the data dir, and a viewer still reading one keeps it.
pub const PRIVATE_KEPT: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

/// Removes the files in `dir` last changed more than `age` ago (what cannot be read is left).
pub fn prune(dir: &Path, age: std::time::Duration) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let old = e
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|d| d > age);
        if old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// A helpdesk's file name as a name inside one folder: no path separators, no `..` or leading
/// dots (no hidden file, no way up), no control characters, not empty, not too long.
pub fn safe_name(name: &str) -> String {
    let mapped: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let trimmed = mapped
        .trim()
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);
    let mut out = if trimmed.is_empty() {
        "attachment".to_string()
    } else {
        trimmed.to_string()
    };
    if out.len() > MAX_NAME_BYTES {
        let (stem, ext) = split_ext(&out);
        let mut end = MAX_NAME_BYTES - ext.len();
        while !stem.is_char_boundary(end) {
            end -= 1;
        }
        out = format!("{}{ext}", &stem[..end]);
    }
    out
}

/// `report.pdf` → (`report`, `.pdf`); only a short run of letters and digits after the last dot
/// is an extension.
fn split_ext(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(i)
            if i > 0
                && (2..=11).contains(&(name.len() - i))
                && name[i + 1..].chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            name.split_at(i)
        }
        _ => (name, ""),
    }
}

/// `name`, or `name (1).ext`, `name (2).ext`, ...: the n-th candidate.
fn numbered(name: &str, n: u32) -> String {
    if n == 0 {
        return name.to_string();
    }
    let (stem, ext) = split_ext(name);
    format!("{stem} ({n}){ext}")
}

/// Sizes as people read them: 512 B, 12 kB, 3.4 MB (powers of 1000, like file managers).
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut v = bytes as f64 / 1000.0;
    let mut unit = 0;
    while v >= 999.5 && unit < UNITS.len() - 1 {
        v /= 1000.0;
        unit += 1;
    }
    if v < 9.95 {
        format!("{v:.1} {}", UNITS[unit])
    } else {
        format!("{v:.0} {}", UNITS[unit])
    }
}

/// `12 kB, application/pdf` (what is known of it), for listings.
pub fn details(a: &Attachment) -> String {
    let parts: Vec<String> = a
        .size
        .map(human_size)
        .into_iter()
        .chain(a.content_type.clone().filter(|t| !t.trim().is_empty()))
        .collect();
    parts.join(", ")
}

/// Every attachment of a conversation in order, numbered from 1 as `tix show` and the picker
/// list them.
pub fn all(messages: &[Message]) -> Vec<&Attachment> {
    messages.iter().flat_map(|m| &m.attachments).collect()
}

#[derive(Debug)]
pub enum SaveError {
    /// The helpdesk would not give the file (or the connection broke).
    Helpdesk(HelpdeskError),
    /// The file could not be written here.
    Disk(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Helpdesk(e) => write!(f, "{}", e.message),
            SaveError::Disk(s) => f.write_str(s),
        }
    }
}

/// Fetches an attachment through its adapter and streams it into `dir` under its safe name, never
/// over an existing file. `private`: the folder is 0700 and the file 0600 (files to open from
/// the data dir). `progress` hears (bytes so far, bytes expected) after each piece. A failed
/// download leaves no file behind. A disk's failure is said in `lang`.
pub async fn save(
    hd: &dyn Helpdesk,
    a: &Attachment,
    dir: &Path,
    private: bool,
    lang: Lang,
    mut progress: impl FnMut(u64, Option<u64>),
) -> Result<PathBuf, SaveError> {
    let mut dl = hd.download(a).await.map_err(SaveError::Helpdesk)?;
    let total = dl.announced_len().or(a.size);
    let disk =
        |step: Step, path: &Path, e: std::io::Error| SaveError::Disk(step.failed(lang, path, &e));
    if private {
        crate::store::private::create_dir(dir)
    } else {
        std::fs::create_dir_all(dir)
    }
    .map_err(|e| disk(Step::CreateFolder, dir, e))?;
    let (path, mut file) = create_unique(dir, &safe_name(&a.name), private)
        .await
        .map_err(|e| disk(Step::CreateFile, dir, e))?;
    let written = copy(&mut dl, &mut file, total, &mut progress).await;
    let result = match written {
        Ok(()) => file
            .sync_all()
            .await
            .map_err(|e| disk(Step::Write, &path, e))
            .map(|()| path.clone()),
        Err(e) => Err(e.into_save(&path, lang)),
    };
    if result.is_err() {
        drop(file);
        let _ = std::fs::remove_file(&path);
    }
    result
}

enum CopyError {
    Helpdesk(HelpdeskError),
    Disk(std::io::Error),
}

impl CopyError {
    fn into_save(self, path: &Path, lang: Lang) -> SaveError {
        match self {
            CopyError::Helpdesk(e) => SaveError::Helpdesk(e),
            CopyError::Disk(e) => SaveError::Disk(Step::Write.failed(lang, path, &e)),
        }
    }
}

/// What saving was doing on the disk when it failed.
#[derive(Clone, Copy)]
enum Step {
    CreateFolder,
    CreateFile,
    Write,
}

impl Step {
    /// One line: the step, the path, and the system's own error.
    fn failed(self, lang: Lang, path: &Path, e: &std::io::Error) -> String {
        let (path, why) = (path.display().to_string(), e.to_string());
        match self {
            Step::CreateFolder => {
                crate::t!(
                    lang,
                    "attachment-cannot-create-folder",
                    path = path,
                    why = why
                )
            }
            Step::CreateFile => {
                crate::t!(
                    lang,
                    "attachment-cannot-create-file",
                    path = path,
                    why = why
                )
            }
            Step::Write => crate::t!(lang, "attachment-cannot-write", path = path, why = why),
        }
    }
}

async fn copy(
    dl: &mut Download,
    file: &mut tokio::fs::File,
    total: Option<u64>,
    progress: &mut impl FnMut(u64, Option<u64>),
) -> Result<(), CopyError> {
    let mut done = 0u64;
    while let Some(chunk) = dl.chunk().await.map_err(CopyError::Helpdesk)? {
        file.write_all(&chunk).await.map_err(CopyError::Disk)?;
        done += chunk.len() as u64;
        progress(done, total);
    }
    file.flush().await.map_err(CopyError::Disk)
}

/// Creates `dir/name`, or the first free `name (n).ext`: an existing file is never touched
/// (`create_new` decides, so two downloads at once cannot pick the same name either).
async fn create_unique(
    dir: &Path,
    name: &str,
    private: bool,
) -> std::io::Result<(PathBuf, tokio::fs::File)> {
    for n in 0..10_000 {
        let path = dir.join(numbered(name, n));
        let mut o = tokio::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        o.mode(if private { 0o600 } else { 0o644 });
        match o.open(&path).await {
            Ok(f) => return Ok((path, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many files of that name"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_disk_failure_is_said_in_the_agent_s_language() {
        let full = std::io::Error::other("No space left on device");
        let path = Path::new("/data/a.pdf");
        assert_eq!(
            Step::Write.failed(Lang::En, path, &full),
            "could not write /data/a.pdf: No space left on device"
        );
        assert_eq!(
            Step::CreateFolder.failed(Lang::Ro, Path::new("/data"), &full),
            "nu s-a putut crea dosarul /data: No space left on device"
        );
    }

    #[test]
    fn names_are_made_safe() {
        assert_eq!(safe_name("report.pdf"), "report.pdf");
        assert_eq!(safe_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_name(".."), "attachment");
        assert_eq!(safe_name(""), "attachment");
        assert_eq!(safe_name("  "), "attachment");
        assert_eq!(safe_name(".bashrc"), "bashrc");
        assert_eq!(safe_name("a\\b/c\u{7}d\ne.txt"), "a_b_c_d_e.txt");
        assert_eq!(safe_name("C:\\Windows\\x.exe"), "C__Windows_x.exe");
        let long = format!("{}.pdf", "é".repeat(300));
        let short = safe_name(&long);
        assert!(
            short.len() <= MAX_NAME_BYTES && short.ends_with(".pdf"),
            "{short}"
        );
    }

    #[test]
    fn a_taken_name_gets_a_number_before_its_extension() {
        assert_eq!(numbered("name.pdf", 0), "name.pdf");
        assert_eq!(numbered("name.pdf", 1), "name (1).pdf");
        assert_eq!(numbered("archive.tar.gz", 2), "archive.tar (2).gz");
        assert_eq!(numbered("README", 3), "README (3)");
        assert_eq!(numbered("a.b_c d", 1), "a.b_c d (1)");
    }

    #[test]
    fn old_private_copies_are_pruned_and_recent_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let (old, new) = (dir.path().join("old.pdf"), dir.path().join("new.pdf"));
        std::fs::write(&old, b"x").unwrap();
        std::fs::write(&new, b"y").unwrap();
        let two_days = std::time::SystemTime::now() - 2 * PRIVATE_KEPT;
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(two_days)
            .unwrap();
        prune(dir.path(), PRIVATE_KEPT);
        assert!(!old.exists() && new.exists());
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(999), "999 B");
        assert_eq!(human_size(1000), "1.0 kB");
        assert_eq!(human_size(12_345), "12 kB");
        assert_eq!(human_size(3_400_000), "3.4 MB");
        assert_eq!(human_size(999_999), "1.0 MB");
        assert_eq!(human_size(15_156), "15 kB");
    }
}
