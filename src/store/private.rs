//! Files only the agent can read. The data dir holds customers' words, emails and phones (drafts, the
//! cached queue and conversations, the outbox), the agent's metrics and log, and OAuth tokens: every
//! directory tix makes there is 0700 and every file 0600 from the moment it exists, whatever the
//! umask, and a tree found looser (an older tix, a copy, a restore) is tightened at start.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

const DIR_MODE: u32 = 0o700;
const FILE_MODE: u32 = 0o600;

/// What tix keeps in the data dir, and so what it tightens there. Other files in it (a config.toml
/// when TIX_DATA_DIR is the config dir) are the user's to mode as they like.
const OWN: [&str; 11] = [
    "attachments",
    "drafts",
    "edit",
    "views",
    "cache",
    "outbox",
    "metrics",
    "oauth",
    "walks",
    "tix.log",
    "tix.log.1",
];

/// Creates a directory and any missing parents, each 0700 (the XDG rule for data dirs).
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    b.mode(DIR_MODE);
    b.create(dir)
}

fn private_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    o.mode(FILE_MODE);
    o
}

/// Writes a whole file atomically: a temporary file beside it, created 0600, written and synced,
/// then renamed over the old one, so a crash leaves the old file or the new, never half, and no
/// moment exists with wider modes. The parent directory is created (0700) when missing.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        create_dir(dir)?;
    }
    let tmp = tmp_path(path);
    let mut f = private_options()
        .write(true)
        .create(true)
        .truncate(true)
        .open(&tmp)?;
    // A temporary file left by a crash keeps its old mode through open: set ours before writing.
    #[cfg(unix)]
    f.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path)
}

/// `NAME.tmp` beside `NAME` (its own extension, so readers that list `*.json` or `*.txt` skip it).
fn tmp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    path.with_file_name(name)
}

/// Opens a file to append to, created 0600 (and its directory 0700) when missing.
pub fn open_append(path: &Path) -> io::Result<File> {
    if let Some(dir) = path.parent() {
        create_dir(dir)?;
    }
    private_options().create(true).append(true).open(path)
}

/// Takes group and others' access away from the data dir and what tix keeps in it; returns what it
/// changed. Symbolic links are neither followed nor changed.
pub fn tighten(data_dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut changed = vec![];
    #[cfg(unix)]
    {
        let Ok(meta) = std::fs::symlink_metadata(data_dir) else {
            return Ok(changed);
        };
        if meta.is_dir() {
            tighten_one(data_dir, &meta, &mut changed)?;
            for name in OWN {
                tighten_tree(&data_dir.join(name), &mut changed)?;
            }
        }
    }
    Ok(changed)
}

#[cfg(unix)]
fn tighten_tree(path: &Path, changed: &mut Vec<PathBuf>) -> io::Result<()> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    tighten_one(path, &meta, changed)?;
    if meta.is_dir() {
        for entry in std::fs::read_dir(path)? {
            tighten_tree(&entry?.path(), changed)?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn tighten_one(
    path: &Path,
    meta: &std::fs::Metadata,
    changed: &mut Vec<PathBuf>,
) -> io::Result<()> {
    let mode = meta.permissions().mode() & 0o777;
    let want = if meta.is_dir() {
        DIR_MODE
    } else if meta.is_file() {
        FILE_MODE
    } else {
        return Ok(());
    };
    if mode & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(want))?;
        changed.push(path.to_path_buf());
    }
    Ok(())
}

/// The notice for what `tighten` changed, in `lang`: the data dir, and the paths in it (a few,
/// then a count).
pub fn notice(data_dir: &Path, changed: &[PathBuf], lang: crate::i18n::Lang) -> Option<String> {
    if changed.is_empty() {
        return None;
    }
    let paths: Vec<String> = changed
        .iter()
        .take(5)
        .map(|p| match p.strip_prefix(data_dir) {
            Ok(rel) if rel.as_os_str().is_empty() => ".".to_string(),
            Ok(rel) => rel.display().to_string(),
            Err(_) => p.display().to_string(),
        })
        .collect();
    let (paths, dir) = (paths.join(", "), data_dir.display().to_string());
    let total = changed.len() as u64;
    let entries = {
        let (count, n) = (lang.plural(total), lang.number(total));
        crate::t!(lang, "private-entries", count = count, n = n)
    };
    Some(match changed.len() {
        n if n > 5 => {
            let more = lang.number(n as u64 - 5);
            crate::t!(
                lang,
                "private-tightened-more",
                entries = entries,
                dir = dir,
                paths = paths,
                more = more
            )
        }
        _ => crate::t!(
            lang,
            "private-tightened",
            entries = entries,
            dir = dir,
            paths = paths
        ),
    })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_stale_temporary_file_does_not_lend_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/x.json");
        create_dir(path.parent().unwrap()).unwrap();
        std::fs::write(tmp_path(&path), "old").unwrap();
        std::fs::set_permissions(tmp_path(&path), std::fs::Permissions::from_mode(0o666)).unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(mode(&path), 0o600);
        assert!(!tmp_path(&path).exists());
        assert_eq!(mode(&dir.path().join("a")), 0o700);
    }

    #[test]
    fn tightening_leaves_others_files_and_symlinks_alone() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::write(d.join("config.toml"), "").unwrap();
        std::fs::set_permissions(
            d.join("config.toml"),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        std::fs::create_dir(d.join("cache")).unwrap();
        std::fs::set_permissions(d.join("cache"), std::fs::Permissions::from_mode(0o755)).unwrap();
        let outside = tempfile::NamedTempFile::new().unwrap();
        std::fs::set_permissions(outside.path(), std::fs::Permissions::from_mode(0o644)).unwrap();
        std::os::unix::fs::symlink(outside.path(), d.join("cache/link")).unwrap();
        let changed = tighten(d).unwrap();
        assert_eq!(changed, vec![d.to_path_buf(), d.join("cache")]);
        assert_eq!(mode(&d.join("config.toml")), 0o644);
        assert_eq!(mode(outside.path()), 0o644);
        let n = notice(d, &changed, crate::i18n::Lang::En).unwrap();
        assert!(n.contains(&format!("2 entries in {}", d.display())), "{n}");
        assert!(n.ends_with(": ., cache"), "{n}");
        assert!(tighten(d).unwrap().is_empty());
        assert_eq!(notice(d, &[], crate::i18n::Lang::En), None);
    }

    #[test]
    fn the_tightening_notice_is_said_in_the_language_asked_with_its_plural() {
        let d = Path::new("/data/tix");
        let some: Vec<PathBuf> = (0..7).map(|i| d.join(format!("f{i}"))).collect();
        let ru = notice(d, &some[..2], crate::i18n::Lang::Ru).unwrap();
        assert!(
            ru.starts_with("другие могли читать 2 записи в /data/tix"),
            "{ru}"
        );
        let ro = notice(d, &some, crate::i18n::Lang::Ro).unwrap();
        assert!(
            ro.starts_with("alții puteau citi 7 intrări în /data/tix"),
            "{ro}"
        );
        assert!(ro.ends_with("f4 și încă 2"), "{ro}");
    }
}
