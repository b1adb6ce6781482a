//! `tix config init`: a commented config.toml with every setting and its default, so a new user
//! edits a file instead of reading up on names.

use std::io::{ErrorKind, Write};
use std::path::Path;

/// Every setting commented out, so the file changes nothing until the user says so.
pub const TEMPLATE: &str = include_str!("../config.example.toml");

/// Writes the template to `file`; an existing file is kept unless `force`.
pub fn init(file: &Path, force: bool) -> Result<(), String> {
    let shown = file.display();
    if force {
        return crate::store::private::write_atomic(file, TEMPLATE.as_bytes())
            .map_err(|e| format!("{shown}: {e}"));
    }
    if let Some(dir) = file.parent() {
        crate::store::private::create_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // create_new, not a check then a write: a file that appears meanwhile is not overwritten.
    // 0600 like the data dir's files, so that a `token = ...` added later is accepted.
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = match options.open(file) {
        Ok(f) => f,
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            return Err(format!(
                "{shown} already exists: edit it, or run tix config init --force to replace it"
            ));
        }
        Err(e) => return Err(format!("{shown}: {e}")),
    };
    f.write_all(TEMPLATE.as_bytes())
        .and_then(|()| f.sync_all())
        .map_err(|e| format!("{shown}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The template with every setting line uncommented (explanations start with "##").
    fn uncommented() -> String {
        TEMPLATE
            .lines()
            .map(|l| l.strip_prefix("# ").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_template_loads_and_so_does_every_setting_in_it() {
        let c = crate::config::parse(TEMPLATE).unwrap();
        assert!(c.profiles.is_empty() && c.default_profile.is_none());
        // Each commented setting is a real one, with a value of the right type: uncommented, the
        // whole file passes the loader, which refuses unknown names.
        let all = uncommented();
        let c = crate::config::parse(&all).unwrap_or_else(|e| panic!("{e:?}\n{all}"));
        assert_eq!(c.profiles.len(), 5);
        assert!(c.alerts.notify_cmd.is_some() && c.sla.business_hours.is_some());
        let (_, problems) = crate::keymap::Keymap::load(c.keymap.as_deref(), None);
        assert!(problems.is_empty(), "{problems:?}");
        let dir = tempfile::tempdir().unwrap();
        let (_, problems) = crate::theme::Theme::load(
            c.theme.as_deref(),
            dir.path(),
            crate::theme::ColorMode::from_env(),
        );
        assert!(problems.is_empty(), "{problems:?}");
        for p in c.profiles.values() {
            p.check_transport().unwrap();
            p.uses_oauth().unwrap();
        }
    }

    #[test]
    fn an_existing_file_is_kept_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("sub/config.toml");
        init(&file, false).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), TEMPLATE);
        std::fs::write(&file, "mouse = false\n").unwrap();
        let err = init(&file, false).unwrap_err();
        assert!(
            err.contains("already exists") && err.contains("--force"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "mouse = false\n");
        init(&file, true).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), TEMPLATE);
    }
}
