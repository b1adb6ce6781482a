//! Where tix keeps things (XDG dirs via `directories`, overridable with TIX_CONFIG_DIR/TIX_DATA_DIR)
//! and `config.toml`: profiles, each naming a backend, its URL and where its token comes from.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub use crate::helpdesk::Secret;

/// A problem in a config file, located for the user: `FILE:LINE:COL: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub warning: bool,
}

impl Problem {
    pub fn at(file: &str, text: &str, offset: usize, message: impl Into<String>) -> Problem {
        let (line, col) = line_col(text, offset);
        Problem {
            file: file.to_string(),
            line,
            col,
            message: message.into(),
            warning: false,
        }
    }

    pub fn warning(mut self) -> Problem {
        self.warning = true;
        self
    }
}

impl Problem {
    /// `FILE:LINE:COL: message`, its `warning:` in `l` (`Display` says it in English).
    pub fn say(&self, l: crate::i18n::Lang) -> String {
        let message = crate::sanitize::line(&self.message);
        let message = if self.warning {
            crate::t!(l, "problem-warning", message = message)
        } else {
            message
        };
        let file = crate::sanitize::line(&self.file);
        format!("{file}:{}:{}: {message}", self.line, self.col)
    }
}

impl fmt::Display for Problem {
    /// Messages quote the file's own text, which may hold escape sequences: sanitized like
    /// helpdesk text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(crate::i18n::Lang::En))
    }
}

/// Where the lines of a text start, to place many offsets in it without reading it from the start
/// for each (a keymap of 40,000 entries can have as many problems).
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    /// 1-based line and column (in characters) of a byte offset, as `line_col`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |l| l.chars().count())
            + 1;
        (line, col)
    }

    pub fn problem(&self, file: &str, offset: usize, message: impl Into<String>) -> Problem {
        let (line, col) = self.line_col(offset);
        Problem {
            file: file.to_string(),
            line,
            col,
            message: message.into(),
            warning: false,
        }
    }
}

/// `language = "ro"`: one tix speaks, or an error that lists them.
fn language<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<crate::i18n::Lang>, D::Error> {
    let name = String::deserialize(d)?;
    crate::i18n::Lang::parse(&name).map(Some).ok_or_else(|| {
        let name = format!("{name:?}");
        serde::de::Error::custom(crate::t!(
            crate::cli_lang::lang(),
            "config-language-unknown",
            name = name
        ))
    })
}

/// A URL as it may be shown: a password in it (`http://user:secret@host`) becomes `***`.
pub fn redact_password(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let rest = &url[scheme_end..];
    let authority = rest.find(['/', '?', '#']).map_or(rest, |i| &rest[..i]);
    let Some(at) = authority.rfind('@') else {
        return url.to_string();
    };
    match authority[..at].find(':') {
        Some(colon) => format!(
            "{}{}:***{}",
            &url[..scheme_end],
            &authority[..colon],
            &url[scheme_end + at..]
        ),
        None => url.to_string(),
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub default_profile: Option<String>,
    /// Keymap preset: "default", "vim" or "emacs"; keymap.toml in the config dir is layered on top.
    pub keymap: Option<String>,
    /// Theme: a shipped one ("default", "light", "high-contrast", "mono") or themes/NAME.toml in the
    /// config dir.
    pub theme: Option<String>,
    /// Mouse support (on by default).
    pub mouse: Option<bool>,
    /// Mask customers' emails, phones and card numbers on screen (on by default).
    pub privacy: Option<bool>,
    /// Local SLA policy for tickets the helpdesk gives no targets.
    #[serde(default)]
    pub sla: crate::sla::Policy,
    #[serde(default)]
    pub alerts: Alerts,
    /// Quiet mode: no terminal bell.
    pub quiet: Option<bool>,
    /// Refresh the queue by change every this many seconds (default 60; 0 turns it off).
    pub refresh_secs: Option<u64>,
    /// The view to start on, by name (default: the last one used, else the helpdesk's first).
    pub default_view: Option<String>,
    /// Low-bandwidth mode (also `--low-bandwidth`).
    pub low_bandwidth: Option<bool>,
    /// The interface's language: "en", "ro", "ru", "zh" or "et" (default: the locale's, from
    /// LC_ALL, LC_MESSAGES or LANG, else English). Helpdesk text is never translated.
    #[serde(default, deserialize_with = "language")]
    pub language: Option<crate::i18n::Lang>,
    /// In low-bandwidth mode, open the selected ticket once the selection rests this long
    /// (milliseconds); without it, only Enter opens.
    pub follow_delay_ms: Option<u64>,
    /// Where attachments are saved (default: the XDG download dir, else ~/Downloads).
    pub download_dir: Option<String>,
    /// Plain mode: append-only lines for screen readers and braille (also `--plain`).
    pub plain: Option<bool>,
    /// SLA clocks and ages redraw as time passes (on by default); off, the panels change only
    /// when something happens, so a screen reader hears nothing between actions.
    pub ticking_clocks: Option<bool>,
    /// The agent's time zone (IANA name, e.g. "Europe/Bucharest"): times are shown and snooze
    /// times read in it. The system's when absent.
    pub time_zone: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

impl Config {
    /// Where attachments are saved: `download_dir` (a leading `~/` is the home dir), else the
    /// XDG download dir, else ~/Downloads.
    pub fn download_dir(&self) -> Option<std::path::PathBuf> {
        let home = || directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
        match self.download_dir.as_deref().map(str::trim) {
            Some("~") => home(),
            Some(d) if d.starts_with("~/") => home().map(|h| h.join(&d[2..])),
            Some(d) if !d.is_empty() => Some(d.into()),
            _ => crate::attachments::default_dir(),
        }
    }
}

/// `[alerts]`: when a ticket comes within `minutes` of breaching, or an urgent or VIP ticket
/// arrives: a status-bar alert, the bell, and `notify_cmd` (argv; the alert text is appended).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alerts {
    pub minutes: Option<u64>,
    pub bell: Option<bool>,
    pub notify_cmd: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub backend: Backend,
    pub url: String,
    pub email: Option<String>,
    /// Name of the environment variable that holds the API token.
    pub token_env: Option<String>,
    /// A command whose standard output is the token (e.g. `pass show helpdesk`); run by `sh -c`.
    pub token_cmd: Option<String>,
    /// A token written in config.toml itself: refused unless only its owner can read the file.
    pub token: Option<String>,
    /// The token from the OS keyring: the entry `tix`/NAME (tix built with the `keyring` feature;
    /// `tix login --profile P` stores it there, read from standard input).
    pub token_keyring: Option<String>,
    /// "oauth": sign in with OAuth (`tix login`) instead of a token. Implied by `oauth_client_id`.
    pub auth: Option<String>,
    /// The OAuth client's unique identifier (Zendesk Admin Center > Apps and integrations > APIs >
    /// OAuth clients); a public client with PKCE needs no secret.
    pub oauth_client_id: Option<String>,
    /// For a confidential OAuth client: the environment variable that holds its secret.
    pub oauth_client_secret_env: Option<String>,
    /// OAuth scopes (default "read write").
    pub oauth_scope: Option<String>,
    /// The redirect URL registered with the OAuth client, e.g. `http://127.0.0.1:8765/callback`.
    /// Without it `tix login` listens on a free port and `tix login --paste` uses
    /// `http://127.0.0.1/callback`.
    pub oauth_redirect: Option<String>,
    /// Where OAuth tokens are kept: "file" (default; DATA_DIR/oauth/PROFILE.json, mode 0600) or
    /// "keyring" (the OS keyring; needs the `keyring` feature).
    pub token_store: Option<String>,
    /// RT: log in as this user with the password from `password_env` (instead of a token).
    pub user: Option<String>,
    pub password_env: Option<String>,
    /// Plain http:// is allowed to loopback only, unless this is set.
    #[serde(default)]
    pub allow_insecure_http: bool,
    /// Per-profile low-bandwidth mode and refresh period (win over the top-level settings): the
    /// link to one helpdesk can be poorer than to another.
    pub low_bandwidth: Option<bool>,
    pub refresh_secs: Option<u64>,
    /// This profile's view to start on, by name (wins over the top-level `default_view`).
    pub default_view: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Zendesk,
    /// Request Tracker 5 (REST 2.0): an auth token from `token_env`, or `user` and `password_env`.
    Rt,
    /// Freshdesk API v2: the API key as the token.
    Freshdesk,
    /// Zammad REST API: an access token.
    Zammad,
}

pub struct Paths {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
}

impl Paths {
    pub fn discover() -> Paths {
        let dirs = directories::ProjectDirs::from("", "", "tix");
        let pick = |var: &str, fallback: Option<&Path>| {
            std::env::var_os(var)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or_else(|| fallback.map(Path::to_path_buf))
                .unwrap_or_else(|| PathBuf::from(".tix"))
        };
        Paths {
            config_dir: pick("TIX_CONFIG_DIR", dirs.as_ref().map(|d| d.config_dir())),
            data_dir: pick("TIX_DATA_DIR", dirs.as_ref().map(|d| d.data_dir())),
        }
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }
}

#[cfg(unix)]
fn file_mode(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).ok().map(|m| m.permissions().mode())
}

#[cfg(not(unix))]
fn file_mode(_: &Path) -> Option<u32> {
    None
}

/// Reads config.toml; a missing file is an empty config (tix then runs on the demo helpdesk).
/// Errors name the file, line and column.
pub fn load(path: &Path) -> Result<Config, String> {
    let text = match crate::files::read_text(path) {
        Ok(Some(t)) => t,
        Ok(None) => return Ok(Config::default()),
        Err(e) => return Err(e.to_string()),
    };
    parse(&text).map_err(|(pos, msg)| match pos {
        Some((line, col)) => format!("{}:{line}:{col}: {msg}", path.display()),
        None => format!("{}: {msg}", path.display()),
    })
}

type ParseError = (Option<(usize, usize)>, String);

pub fn parse(text: &str) -> Result<Config, ParseError> {
    toml::from_str(text).map_err(|e: toml::de::Error| {
        let pos = e.span().map(|s| line_col(text, s.start));
        (pos, e.message().trim().to_string())
    })
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

impl Profile {
    /// The token from the environment variable the profile names.
    /// The token, from `token_env`, `token_cmd` or (when the file is private) `token`. It never
    /// comes from the command line and is never printed.
    /// Its problems are said in the process's language (`cli_lang::lang`), as the others here.
    pub fn token(&self, config_file: &Path) -> Result<Option<Secret>, String> {
        let l = crate::cli_lang::lang();
        if let Some(var) = &self.token_env {
            return match std::env::var(var) {
                Ok(v) if !v.trim().is_empty() => Ok(Some(Secret::new(v.trim()))),
                _ => Err(crate::t!(l, "config-token-env-unset", var = var)),
            };
        }
        if let Some(cmd) = &self.token_cmd {
            return crate::secret_cmd::run("token_cmd", cmd, crate::secret_cmd::timeout())
                .map(Some);
        }
        if let Some(name) = &self.token_keyring {
            return keyring_token(name, l).map(Some);
        }
        if let Some(token) = &self.token {
            if let Some(mode) = file_mode(config_file)
                && mode & 0o077 != 0
            {
                let (file, mode) = (
                    config_file.display().to_string(),
                    format!("{:o}", mode & 0o777),
                );
                return Err(crate::t!(
                    l,
                    "config-token-readable",
                    file = file,
                    mode = mode
                ));
            }
            return Ok(Some(Secret::new(token.trim())));
        }
        Ok(None)
    }

    /// Whether the profile signs in with OAuth: `auth = "oauth"`, or an `oauth_client_id`.
    pub fn uses_oauth(&self) -> Result<bool, String> {
        let l = crate::cli_lang::lang();
        match (self.auth.as_deref(), &self.oauth_client_id) {
            (None, id) => Ok(id.is_some()),
            (Some("oauth"), Some(_)) => Ok(true),
            (Some("oauth"), None) => Err(crate::t!(l, "config-oauth-needs-client-id")),
            (Some("token"), _) => Ok(false),
            (Some(other), _) => {
                let auth = format!("{other:?}");
                Err(crate::t!(l, "config-auth-unknown", auth = auth))
            }
        }
    }

    /// The OAuth client's secret, from `oauth_client_secret_env` (none for a public client).
    pub fn oauth_client_secret(&self) -> Result<Option<Secret>, String> {
        let Some(var) = &self.oauth_client_secret_env else {
            return Ok(None);
        };
        match std::env::var(var) {
            Ok(v) if !v.trim().is_empty() => Ok(Some(Secret::new(v.trim()))),
            _ => Err(crate::t!(
                crate::cli_lang::lang(),
                "config-client-secret-env-unset",
                var = var
            )),
        }
    }

    /// Refuses plain HTTP to anything but this machine, unless the profile allows it.
    pub fn check_transport(&self) -> Result<(), String> {
        self.check_transport_in(crate::cli_lang::lang())
    }

    /// `check_transport`, its refusal said in `lang`.
    fn check_transport_in(&self, lang: crate::i18n::Lang) -> Result<(), String> {
        let shown = redact_password(&self.url);
        let url = reqwest::Url::parse(&self.url).map_err(|e| {
            let (url, why) = (format!("{shown:?}"), e.to_string());
            crate::t!(lang, "config-url-unreadable", url = url, why = why)
        })?;
        match url.scheme() {
            "https" => Ok(()),
            "http" => {
                let host = url.host_str().unwrap_or("");
                let loopback = host == "localhost"
                    || host
                        .trim_start_matches('[')
                        .trim_end_matches(']')
                        .parse::<std::net::IpAddr>()
                        .is_ok_and(|ip| ip.is_loopback());
                if loopback || self.allow_insecure_http {
                    Ok(())
                } else {
                    Err(crate::t!(lang, "config-url-insecure", url = shown))
                }
            }
            other => {
                let scheme = format!("{other:?}");
                Err(crate::t!(lang, "config-url-scheme", scheme = scheme))
            }
        }
    }
}

#[cfg(feature = "keyring")]
fn keyring_token(name: &str, lang: crate::i18n::Lang) -> Result<Secret, String> {
    crate::oauth::store::keyring_get(name)?.ok_or_else(|| {
        let entry = format!("{}/{name}", crate::oauth::store::KEYRING_SERVICE);
        crate::t!(lang, "config-keyring-empty", entry = entry)
    })
}

#[cfg(not(feature = "keyring"))]
fn keyring_token(_: &str, lang: crate::i18n::Lang) -> Result<Secret, String> {
    Err(crate::t!(lang, "config-keyring-unbuilt"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_parse() {
        let c = parse(
            r#"
default_profile = "work"
[profiles.work]
backend = "zendesk"
url = "https://acme.zendesk.com"
email = "me@acme.com"
token_env = "ZD_TOKEN"
"#,
        )
        .unwrap();
        assert_eq!(c.default_profile.as_deref(), Some("work"));
        assert_eq!(c.profiles["work"].low_bandwidth, None);
        let slow: Profile = toml::from_str(
            "backend = \"rt\"\nurl = \"https://rt.example\"\nlow_bandwidth = true\nrefresh_secs = 300\n",
        )
        .unwrap();
        assert_eq!(
            (slow.low_bandwidth, slow.refresh_secs),
            (Some(true), Some(300))
        );
        assert_eq!(c.profiles["work"].backend, Backend::Zendesk);
    }

    #[test]
    fn errors_have_line_and_column() {
        let (pos, msg) = parse("[profiles.work]\nbackend = \"zendesk\"\nurl = 3\n").unwrap_err();
        assert_eq!(pos, Some((3, 7)));
        assert!(msg.contains("string"), "{msg}");
        let (pos, _) = parse("[profiles.w]\nbakend = \"x\"\n").unwrap_err();
        assert_eq!(pos.map(|p| p.0), Some(2));
    }

    #[test]
    fn the_language_is_one_tix_speaks() {
        let c = parse("language = \"ro_RO\"\n").unwrap();
        assert_eq!(c.language, Some(crate::i18n::Lang::Ro));
        assert_eq!(parse("").unwrap().language, None);
        let (pos, msg) = parse("theme = \"mono\"\nlanguage = \"de\"\n").unwrap_err();
        assert_eq!(pos.map(|p| p.0), Some(2));
        assert!(
            msg.contains("en, ro, ru, zh and et") && msg.contains("\"de\""),
            "{msg}"
        );
    }

    #[test]
    fn tokens_come_from_env_command_or_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        std::fs::write(&file, "").unwrap();
        let p = |extra: &str| -> Profile {
            toml::from_str(&format!(
                "backend = \"zendesk\"\nurl = \"https://x.example\"\n{extra}"
            ))
            .unwrap()
        };
        let t = p("token_cmd = \"echo '  t0k  '\"")
            .token(&file)
            .unwrap()
            .unwrap();
        assert_eq!(t.expose(), "t0k");
        assert!(
            p("token_cmd = \"false\"")
                .token(&file)
                .unwrap_err()
                .contains("token_cmd failed")
        );
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = p("token = \"abc\"").token(&file).unwrap_err();
        assert!(err.contains("others can read it (mode 644)"), "{err}");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(
            p("token = \"abc\"").token(&file).unwrap().unwrap().expose(),
            "abc"
        );
        assert!(
            p("token_env = \"TIX_SURELY_UNSET_VAR\"")
                .token(&file)
                .is_err()
        );
    }

    #[test]
    fn plain_http_only_to_loopback() {
        let p = |url: &str, allow: bool| -> Profile {
            toml::from_str(&format!(
                "backend = \"zendesk\"\nurl = \"{url}\"\nallow_insecure_http = {allow}\n"
            ))
            .unwrap()
        };
        assert!(
            p("https://acme.zendesk.com", false)
                .check_transport()
                .is_ok()
        );
        assert!(p("http://127.0.0.1:8080", false).check_transport().is_ok());
        assert!(p("http://localhost:8080", false).check_transport().is_ok());
        assert!(p("http://[::1]:8080", false).check_transport().is_ok());
        assert!(
            p("http://rt.example.com", false)
                .check_transport()
                .unwrap_err()
                .contains("allow_insecure_http")
        );
        assert!(p("http://rt.example.com", true).check_transport().is_ok());
        assert!(p("ftp://x", true).check_transport().is_err());
    }

    #[test]
    fn a_refused_transport_is_said_in_the_language_asked() {
        let p: Profile =
            toml::from_str("backend = \"rt\"\nurl = \"http://rt.example.com\"\n").unwrap();
        assert_eq!(
            p.check_transport_in(crate::i18n::Lang::Et).unwrap_err(),
            "http://rt.example.com on krüpteerimata http teise masinasse: kasutage https-i või seadke allow_insecure_http = true"
        );
        let ftp: Profile = toml::from_str("backend = \"rt\"\nurl = \"ftp://x\"\n").unwrap();
        assert_eq!(
            ftp.check_transport_in(crate::i18n::Lang::Ru).unwrap_err(),
            "схема адреса \"ftp\" не поддерживается (https или http)"
        );
    }

    #[test]
    fn oauth_is_chosen_by_auth_or_a_client_id() {
        let p = |extra: &str| -> Profile {
            toml::from_str(&format!(
                "backend = \"zendesk\"\nurl = \"https://x.example\"\n{extra}"
            ))
            .unwrap()
        };
        assert!(!p("").uses_oauth().unwrap());
        assert!(p("oauth_client_id = \"tix\"").uses_oauth().unwrap());
        assert!(
            p("auth = \"oauth\"\noauth_client_id = \"tix\"")
                .uses_oauth()
                .unwrap()
        );
        assert!(
            p("auth = \"oauth\"")
                .uses_oauth()
                .unwrap_err()
                .contains("oauth_client_id")
        );
        assert!(p("auth = \"magic\"").uses_oauth().is_err());
        #[cfg(not(feature = "keyring"))]
        assert!(
            p("token_keyring = \"zd\"")
                .token(Path::new("/nonexistent"))
                .unwrap_err()
                .contains("keyring feature")
        );
    }

    #[test]
    fn passwords_in_urls_are_redacted() {
        for (url, shown) in [
            ("http://user:secret@host", "http://user:***@host"),
            (
                "https://me:p%40ss@rt.example/rt?x=1",
                "https://me:***@rt.example/rt?x=1",
            ),
            ("https://a:b:c@h:8080/p@q", "https://a:***@h:8080/p@q"),
            ("https://user@host/x", "https://user@host/x"),
            ("https://host/a:b@c", "https://host/a:b@c"),
            ("not a url", "not a url"),
        ] {
            assert_eq!(redact_password(url), shown, "{url}");
        }
    }

    #[test]
    fn lines_place_offsets_as_line_col_does() {
        let text = "ab\nçd\n\nx";
        let lines = Lines::new(text);
        for offset in [0, 1, 2, 3, 5, 6, 7, 8, 9, 99] {
            assert_eq!(lines.line_col(offset), line_col(text, offset), "{offset}");
        }
    }

    #[test]
    fn secrets_do_not_print() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s:?}"), "Secret(***)");
    }
}
