//! Where a profile's OAuth tokens are kept: `DATA_DIR/oauth/PROFILE.json`, readable by its owner
//! only (created 0600, and refused when group or others can read it), or with
//! `token_store = "keyring"` the OS keyring (when tix is built with the `keyring` feature).
//! The same keyring access reads a plain API token for `token_keyring`.

use std::path::{Path, PathBuf};

use super::Tokens;

/// The keyring service every tix entry is filed under.
pub const KEYRING_SERVICE: &str = "tix";

pub enum Store {
    File(PathBuf),
    /// An entry in the OS keyring (service `tix`, this account name).
    #[cfg(feature = "keyring")]
    Keyring(String),
}

impl Store {
    /// The store a profile's settings ask for: `token_store` is "file" (the default) or
    /// "keyring".
    pub fn for_profile(
        data_dir: &Path,
        profile: &str,
        token_store: Option<&str>,
    ) -> Result<Store, String> {
        match token_store.unwrap_or("file") {
            "file" => Ok(Store::File(
                data_dir
                    .join("oauth")
                    .join(format!("{}.json", crate::store::file_name(profile))),
            )),
            #[cfg(feature = "keyring")]
            "keyring" => Ok(Store::Keyring(format!("oauth:{profile}"))),
            #[cfg(not(feature = "keyring"))]
            "keyring" => Err(crate::t!(
                crate::cli_lang::lang(),
                "oauth-store-keyring-unbuilt"
            )),
            other => {
                let store = format!("{other:?}");
                Err(crate::t!(
                    crate::cli_lang::lang(),
                    "oauth-store-unknown",
                    store = store
                ))
            }
        }
    }

    /// The token file, for the file store.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Store::File(p) => Some(p),
            #[cfg(feature = "keyring")]
            Store::Keyring(_) => None,
        }
    }

    /// Where, in words (never the tokens).
    pub fn describe(&self) -> String {
        match self {
            Store::File(p) => p.display().to_string(),
            #[cfg(feature = "keyring")]
            Store::Keyring(user) => {
                let entry = format!("{KEYRING_SERVICE}/{user}");
                crate::t!(
                    crate::cli_lang::lang(),
                    "oauth-store-in-keyring",
                    entry = entry
                )
            }
        }
    }

    /// The saved tokens; `None` when there are none yet.
    pub fn load(&self) -> Result<Option<Tokens>, String> {
        let text = match self {
            Store::File(path) => {
                let text = match std::fs::read_to_string(path) {
                    Ok(t) => t,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                    Err(e) => return Err(format!("{}: {e}", path.display())),
                };
                check_private(path)?;
                text
            }
            #[cfg(feature = "keyring")]
            Store::Keyring(user) => match keyring_get(user)? {
                Some(s) => s.expose().to_string(),
                None => return Ok(None),
            },
        };
        Tokens::from_json(&text)
            .map(Some)
            .map_err(|e| format!("{}: {e}", self.describe()))
    }

    /// Removes the saved tokens (there being none is no error).
    pub fn forget(&self) -> Result<(), String> {
        match self {
            Store::File(path) => match std::fs::remove_file(path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(format!("{}: {e}", path.display()))
                }
                _ => Ok(()),
            },
            #[cfg(feature = "keyring")]
            Store::Keyring(user) => {
                match keyring::Entry::new(KEYRING_SERVICE, user).and_then(|e| e.delete_credential())
                {
                    Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
                    Err(e) => Err(keyring_error(user, &e)),
                }
            }
        }
    }

    pub fn save(&self, tokens: &Tokens) -> Result<(), String> {
        match self {
            Store::File(path) => write_private(path, tokens.to_json().as_bytes()),
            #[cfg(feature = "keyring")]
            Store::Keyring(user) => keyring_set(user, &tokens.to_json()),
        }
    }
}

/// Refuses a token file that group or others may read, as config.toml's `token` is refused.
fn check_private(path: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            let (file, mode) = (path.display().to_string(), format!("{:o}", mode & 0o777));
            return Err(crate::t!(
                crate::cli_lang::lang(),
                "oauth-store-readable",
                file = file,
                mode = mode
            ));
        }
    }
    Ok(())
}

/// Writes a file only its owner can read: to a temporary file created 0600, then renamed over the
/// old one, so a crash never leaves half a token file and no moment exists with wider modes.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), String> {
    crate::store::private::write_atomic(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// A secret from the OS keyring (service `tix`); `None` when there is no such entry.
#[cfg(feature = "keyring")]
pub fn keyring_get(user: &str) -> Result<Option<crate::helpdesk::Secret>, String> {
    let entry = keyring::Entry::new(KEYRING_SERVICE, user).map_err(|e| keyring_error(user, &e))?;
    match entry.get_password() {
        Ok(s) => Ok(Some(crate::helpdesk::Secret::new(s))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(keyring_error(user, &e)),
    }
}

/// The keyring's own error, after the entry it was about.
#[cfg(feature = "keyring")]
fn keyring_error(user: &str, e: &keyring::Error) -> String {
    let (entry, why) = (format!("{KEYRING_SERVICE}/{user}"), e.to_string());
    crate::t!(
        crate::cli_lang::lang(),
        "oauth-keyring-failed",
        entry = entry,
        why = why
    )
}

/// Stores a secret in the OS keyring (service `tix`).
#[cfg(feature = "keyring")]
pub fn keyring_set(user: &str, secret: &str) -> Result<(), String> {
    let set = || keyring::Entry::new(KEYRING_SERVICE, user).and_then(|e| e.set_password(secret));
    // Seen on Linux (keyutils, keyring 3.6): a process's first write is refused (reported as "no
    // entry"), the same write right after goes through; the cause was not pinned down.
    set().or_else(|_| set()).map_err(|e| match e {
        // What the Linux keyutils backend says when the process has no session keyring
        // (e.g. a service or container started outside a login session).
        keyring::Error::NoEntry => {
            let entry = format!("{KEYRING_SERVICE}/{user}");
            crate::t!(
                crate::cli_lang::lang(),
                "oauth-keyring-no-session",
                entry = entry
            )
        }
        e => keyring_error(user, &e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helpdesk::Secret;

    #[test]
    fn the_token_file_is_private_and_refused_when_not() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::for_profile(dir.path(), "work/eu", None).unwrap();
        let path = store.path().expect("a file store by default");
        assert!(path.ends_with("oauth/work_eu.json"), "{}", path.display());
        assert!(store.load().unwrap().is_none());
        let tokens = Tokens {
            access: Secret::new("a1"),
            refresh: Some(Secret::new("r1")),
            expires_at: None,
            refresh_expires_at: None,
            scope: None,
        };
        store.save(&tokens).unwrap();
        store.save(&tokens).unwrap();
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(store.load().unwrap().unwrap().access.expose(), "a1");
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = store.load().err().unwrap();
        assert!(err.contains("others can read it (mode 644)"), "{err}");
        assert!(Store::for_profile(dir.path(), "p", Some("vault")).is_err());
        #[cfg(not(feature = "keyring"))]
        assert!(
            Store::for_profile(dir.path(), "p", Some("keyring"))
                .err()
                .unwrap()
                .contains("keyring feature")
        );
    }

    /// The keyring store round trip (`cargo test --features keyring`). Linux's keyutils keyring
    /// lives in the kernel: where a sandbox forbids its system calls the test says so and stops.
    #[cfg(feature = "keyring")]
    #[test]
    fn tokens_round_trip_through_the_os_keyring() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::for_profile(dir.path(), "keyring-test", Some("keyring")).unwrap();
        assert!(store.path().is_none());
        let tokens = Tokens {
            access: Secret::new("k-a1"),
            refresh: Some(Secret::new("k-r1")),
            expires_at: None,
            refresh_expires_at: None,
            scope: None,
        };
        if let Err(e) = store.save(&tokens) {
            // CI runs this on a machine with a kernel keyring: there it must work.
            assert!(std::env::var_os("CI").is_none(), "{e}");
            eprintln!("no OS keyring here, not tested: {e}");
            return;
        }
        let back = store.load().unwrap().unwrap();
        assert_eq!(back.access.expose(), "k-a1");
        assert_eq!(back.refresh.unwrap().expose(), "k-r1");
    }
}
