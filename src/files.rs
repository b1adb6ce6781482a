//! Reading the small text files a user edits (config.toml, keymap.toml, themes, canned responses):
//! regular files only, at most 1 MiB, UTF-8, or a clear error naming the file. A FIFO would block
//! tix before its screen starts, /dev/zero would be read until memory runs out, and a file that
//! is not text used to be skipped in silence.

use std::fmt;
use std::io::Read;
use std::path::Path;

use crate::config::Problem;
use crate::i18n::Lang;

/// Far above any real config, keymap, theme or canned response.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// Why a file could not be read: `FILE: message`, or `FILE:LINE:COL: message` when a place in it
/// is to blame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub file: String,
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl ReadError {
    /// As a problem to list with the file's others (at 1:1 when no place is to blame).
    pub fn problem(&self) -> Problem {
        let (line, col) = self.at.unwrap_or((1, 1));
        Problem {
            file: self.file.clone(),
            line,
            col,
            message: self.message.clone(),
            warning: false,
        }
    }
}

/// The file's text; `None` when there is no such file (a symlink to nothing included). Problems
/// are said in the process's language (`cli_lang::lang`).
pub fn read_text(path: &Path) -> Result<Option<String>, ReadError> {
    read_text_in(path, crate::cli_lang::lang())
}

/// `read_text`, its problems said in `lang`.
pub fn read_text_in(path: &Path, lang: Lang) -> Result<Option<String>, ReadError> {
    let err = |message: String| ReadError {
        file: path.display().to_string(),
        at: None,
        message,
    };
    // Checked before opening: opening a FIFO to read blocks until someone writes to it.
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(err(e.to_string())),
    };
    if !meta.is_file() {
        let kind = kind(&meta, lang);
        return Err(err(crate::t!(lang, "file-not-regular", kind = kind)));
    }
    // The exact size, in digits: it is compared with what `ls -l` says.
    let too_large = |n: u64| err(crate::t!(lang, "file-too-large", bytes = n.to_string()));
    if meta.len() > MAX_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| err(e.to_string()))?;
    // The limit holds even if the file grows between the check and the read.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| err(e.to_string()))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&e.as_bytes()[..good]);
        ReadError {
            at: Some(crate::config::line_col(&before, before.len())),
            ..err(crate::t!(lang, "file-not-utf8"))
        }
    })
}

/// What a path that is not a regular file is, in words ("a directory").
fn kind(meta: &std::fs::Metadata, lang: Lang) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return crate::t!(lang, "file-kind-fifo");
        }
        if t.is_char_device() || t.is_block_device() {
            return crate::t!(lang, "file-kind-device");
        }
        if t.is_socket() {
            return crate::t!(lang, "file-kind-socket");
        }
    }
    if meta.is_dir() {
        crate::t!(lang, "file-kind-directory")
    } else {
        crate::t!(lang, "file-kind-other")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_small_utf8_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        assert_eq!(read_text(&p), Ok(None));
        std::fs::write(&p, "x = \"é\"\n").unwrap();
        assert_eq!(read_text(&p).unwrap().as_deref(), Some("x = \"é\"\n"));
        std::fs::write(&p, b"ok\nx = \"\xc3\xa9\xff\"").unwrap();
        let e = read_text(&p).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("{}:2:7: not UTF-8 text", p.display())
        );
        assert_eq!((e.problem().line, e.problem().col), (2, 7));
        let e = read_text(dir.path()).unwrap_err();
        assert!(
            e.to_string()
                .ends_with(": not a regular file (a directory)"),
            "{e}"
        );
        #[cfg(unix)]
        {
            let e = read_text(Path::new("/dev/null")).unwrap_err();
            assert!(
                e.to_string().ends_with("not a regular file (a device)"),
                "{e}"
            );
        }
        std::fs::write(&p, vec![b'#'; MAX_BYTES as usize + 1]).unwrap();
        let e = read_text(&p).unwrap_err();
        assert!(e.message.starts_with("too large (1048577 bytes"), "{e}");
    }

    #[test]
    fn a_file_s_problem_is_said_in_the_language_asked() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_text_in(dir.path(), Lang::Ro).unwrap_err();
        assert_eq!(e.message, "nu este un fișier obișnuit (este un dosar)");
        let p = dir.path().join("big.toml");
        std::fs::write(&p, vec![b'#'; MAX_BYTES as usize + 1]).unwrap();
        let e = read_text_in(&p, Lang::Ru).unwrap_err();
        assert!(
            e.message.starts_with("слишком большой (1048577 байт"),
            "{e}"
        );
    }
}
