//! The `tix` binary run once, as a person runs it: in a locale, with config and data in one dir.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

pub const TIX: &str = env!("CARGO_BIN_EXE_tix");

/// `tix` with LANG set to `locale` (and no LC_ALL or LC_MESSAGES to override it), `dir` its
/// config and data dir. The dir is made 0700, as tix makes a data dir, so that its notice of a
/// data dir readable by others (tests/private_files.rs) does not add a line to every run.
pub fn tix_in(locale: &str, dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let mut child = Command::new(TIX)
        .args(args)
        .env("TIX_CONFIG_DIR", dir)
        .env("TIX_DATA_DIR", dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(s) = stdin {
        input.write_all(s.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}
