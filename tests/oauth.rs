//! OAuth against the demo helpdesk with OAuth required, over real HTTP on 127.0.0.1: the loopback
//! flow with the test as the browser, refresh on expiry and after a 401, a spent refresh token,
//! and `tix login --paste` end to end (tokens kept 0600, never printed nor logged).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use jiff::SignedDuration;
use tix::demo::{DemoOptions, DemoServer};
use tix::helpdesk::zendesk::{Auth, Zendesk};
use tix::helpdesk::{ErrorKind, Helpdesk};
use tix::oauth::loopback::Loopback;
use tix::oauth::store::Store;
use tix::oauth::{Client, Session, Tokens, pkce};

const CLIENT_ID: &str = "tix-test";

async fn server(access_ttl: Duration) -> DemoServer {
    let opts = DemoOptions {
        tickets: 30,
        seed: 5,
        oauth: Some(access_ttl),
        ..DemoOptions::default()
    };
    DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        jiff::Timestamp::now(),
    )
    .await
    .expect("demo server starts")
}

/// A browser that shows redirects instead of following them.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The approval page's redirect target (the demo approves at once).
async fn approve(url: &str) -> String {
    let resp = browser().get(url).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 302, "the approval page redirects");
    resp.headers()["location"].to_str().unwrap().to_string()
}

/// The loopback flow, with the test playing the browser.
async fn login(s: &DemoServer) -> Tokens {
    let client = Client::new(&s.base_url, CLIENT_ID, None);
    let lb = Loopback::bind(None).await.unwrap();
    let redirect = lb.redirect_uri().to_string();
    let p = pkce::Pkce::new().unwrap();
    let state = pkce::new_state().unwrap();
    let waiting = tokio::spawn(lb.wait(state.clone(), Duration::from_secs(20)));
    let location = approve(&client.authorize_url(&redirect, &state, &p.challenge)).await;
    assert!(location.starts_with(&redirect), "{location}");
    let page = browser().get(&location).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    assert!(page.text().await.unwrap().contains("close this tab"));
    let code = waiting.await.unwrap().unwrap();
    client
        .exchange_code(&code, &redirect, &p.verifier)
        .await
        .unwrap()
}

fn adapter(s: &DemoServer, session: Session) -> (Zendesk, Arc<Session>) {
    let session = Arc::new(session);
    (
        Zendesk::new(&s.base_url, Auth::OAuth(session.clone())),
        session,
    )
}

#[tokio::test]
async fn loopback_login_then_the_adapter_refreshes_an_expired_token() {
    let s = server(Duration::from_secs(2)).await;
    // Without a token the API is closed.
    let anon = Zendesk::new(&s.base_url, Auth::None);
    assert_eq!(anon.views().await.unwrap_err().kind, ErrorKind::Auth);

    let tokens = login(&s).await;
    assert!(tokens.refresh.is_some() && tokens.expires_at.is_some());
    let dir = tempfile::tempdir().unwrap();
    let store = Store::for_profile(dir.path(), "demo", None).unwrap();
    store.save(&tokens).unwrap();
    let first = tokens.access.clone();
    // Margin 0: the token is used until the server refuses it.
    let session = Session::new(
        Client::new(&s.base_url, CLIENT_ID, None),
        "demo",
        store,
        tokens,
    )
    .with_margin(SignedDuration::ZERO);
    let (zd, session) = adapter(&s, session);
    let views = zd.views().await.unwrap();
    let tickets = zd.view_tickets(&views[0].id, None).await.unwrap();
    assert!(!tickets.items.is_empty());
    assert_eq!(session.tokens().await.access.expose(), first.expose());

    tokio::time::sleep(Duration::from_millis(2300)).await;
    // Expired: a 401, one refresh, the same request again, and it works.
    let again = zd.view_tickets(&views[0].id, None).await.unwrap();
    assert_eq!(again.items.len(), tickets.items.len());
    let now = session.tokens().await;
    assert_ne!(now.access.expose(), first.expose(), "refreshed");
    let saved = Store::for_profile(dir.path(), "demo", None)
        .unwrap()
        .load()
        .unwrap()
        .unwrap();
    assert_eq!(saved.access.expose(), now.access.expose(), "saved");
}

#[tokio::test]
async fn a_token_about_to_expire_is_refreshed_before_the_request() {
    let s = server(Duration::from_secs(30)).await;
    let tokens = login(&s).await;
    let first = tokens.access.clone();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::for_profile(dir.path(), "demo", None).unwrap();
    // The default margin is 60 s: a 30 s token is refreshed at once.
    let session = Session::new(
        Client::new(&s.base_url, CLIENT_ID, None),
        "demo",
        store,
        tokens,
    );
    let (zd, session) = adapter(&s, session);
    zd.views().await.unwrap();
    assert_ne!(session.tokens().await.access.expose(), first.expose());
}

#[tokio::test]
async fn a_spent_refresh_token_is_a_clear_auth_error() {
    let s = server(Duration::from_secs(3600)).await;
    let old = login(&s).await;
    let client = Client::new(&s.base_url, CLIENT_ID, None);
    // Refresh tokens rotate: this spends `old`'s and deletes its access token.
    let newer = client.refresh(old.refresh.as_ref().unwrap()).await.unwrap();
    assert_ne!(newer.access.expose(), old.access.expose());
    let dir = tempfile::tempdir().unwrap();
    let session = Session::new(
        client,
        "work",
        Store::for_profile(dir.path(), "work", None).unwrap(),
        old,
    );
    let (zd, _) = adapter(&s, session);
    let err = zd.views().await.unwrap_err();
    assert_eq!(err.kind, ErrorKind::Auth, "{err}");
    assert!(err.message.contains("tix login --profile work"), "{err}");
    assert!(err.message.contains("invalid_grant"), "{err}");
}

#[tokio::test]
async fn the_token_endpoint_checks_the_pkce_verifier() {
    let s = server(Duration::from_secs(3600)).await;
    let client = Client::new(&s.base_url, CLIENT_ID, None);
    let p = pkce::Pkce::new().unwrap();
    let redirect = "http://127.0.0.1:9/callback";
    let location = approve(&client.authorize_url(redirect, "st", &p.challenge)).await;
    let code = tix::oauth::loopback::code_from_paste(&location, "st").unwrap();
    let wrong = pkce::Pkce::new().unwrap();
    let err = client
        .exchange_code(&code, redirect, &wrong.verifier)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Auth);
    // The code was spent by the failed try.
    assert!(
        client
            .exchange_code(&code, redirect, &p.verifier)
            .await
            .is_err()
    );
}

const TIX: &str = env!("CARGO_BIN_EXE_tix");

/// `tix login --paste` as an agent on SSH would run it, then `tix ls` and `tix doctor` on the saved
/// tokens; no token ever shows on the screen or in tix.log.
#[test]
fn paste_login_through_the_binary() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    // 1 s tokens: `tix ls` must refresh before its first request.
    let s = rt.block_on(server(Duration::from_secs(1)));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "default_profile = \"zd\"\n[profiles.zd]\nbackend = \"zendesk\"\nurl = \"{}\"\noauth_client_id = \"{CLIENT_ID}\"\n",
            s.base_url
        ),
    )
    .unwrap();
    let tix = |args: &[&str]| {
        let mut c = Command::new(TIX);
        c.args(args)
            .env("TIX_CONFIG_DIR", dir.path())
            .env("TIX_DATA_DIR", dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    };

    // Before login: a clear pointer to it.
    let out = tix(&["ls"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("tix login --profile zd"), "{err}");

    let mut child = tix(&["login", "--paste"]).spawn().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut url = String::new();
    stdout.read_line(&mut url).unwrap();
    assert!(url.contains("/oauth/authorizations/new?"), "{url}");
    assert!(
        url.contains("redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback"),
        "{url}"
    );
    // The browser lands on http://127.0.0.1/callback?code=..&state=.. (which fails to load on the
    // agent's machine); the agent pastes that address.
    let location = rt.block_on(approve(url.trim()));
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{location}").unwrap();
    drop(stdin);
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{stderr}");
    assert!(rest.contains("signed in to zd"), "{rest}");
    let mut screen = format!("{url}{rest}{stderr}");

    let file = dir.path().join("oauth/zd.json");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let mut secrets = token_strings(&file);

    let out = tix(&["ls"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.stdout.is_empty());
    screen.push_str(&String::from_utf8_lossy(&out.stdout));
    screen.push_str(&String::from_utf8_lossy(&out.stderr));
    let refreshed = token_strings(&file);
    assert_ne!(
        refreshed, secrets,
        "tix ls refreshed the 1 s token and saved the new pair"
    );
    secrets.extend(refreshed);

    let out = tix(&["doctor"]).output().unwrap();
    let doctor = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(doctor.contains("OAuth tokens: present in"), "{doctor}");
    assert!(out.status.success(), "{doctor}");
    screen.push_str(&doctor);
    screen.push_str(&String::from_utf8_lossy(&out.stderr));
    secrets.extend(token_strings(&file));

    // Signing out revokes the access token at the helpdesk and removes the file.
    let last_access = token_strings(&file)[0].clone();
    let out = tix(&["logout"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("revoked") && said.contains("signed out of zd"),
        "{said}"
    );
    screen.push_str(&said);
    screen.push_str(&String::from_utf8_lossy(&out.stderr));
    assert!(!file.exists(), "the tokens are gone");
    let revoked = Zendesk::new(
        &s.base_url,
        Auth::Bearer(tix::config::Secret::new(last_access)),
    );
    assert_eq!(
        rt.block_on(revoked.views()).unwrap_err().kind,
        ErrorKind::Auth,
        "the helpdesk refuses the revoked token"
    );
    let out = tix(&["ls"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("tix login --profile zd"));

    let log = std::fs::read_to_string(dir.path().join("tix.log")).unwrap();
    assert!(log.contains("oauth: refreshed"), "{log}");
    for secret in &secrets {
        assert!(!screen.contains(secret.as_str()), "a token was printed");
        assert!(!log.contains(secret.as_str()), "a token was logged");
    }
}

/// The access and refresh tokens in a token file.
fn token_strings(file: &std::path::Path) -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let tokens = vec![
        v["access_token"].as_str().unwrap().to_string(),
        v["refresh_token"].as_str().unwrap().to_string(),
    ];
    assert!(tokens.iter().all(|t| t.len() >= 40));
    tokens
}

/// `--token` keeps working beside OAuth: either credential opens the API.
#[tokio::test]
async fn a_fixed_token_still_works_beside_oauth() {
    let opts = DemoOptions {
        tickets: 5,
        token: Some("s3cret".into()),
        oauth: Some(Duration::from_secs(60)),
        ..DemoOptions::default()
    };
    let s = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        opts,
        jiff::Timestamp::now(),
    )
    .await
    .unwrap();
    let fixed = Zendesk::new(
        &s.base_url,
        Auth::Bearer(tix::config::Secret::new("s3cret")),
    );
    assert!(fixed.views().await.is_ok());
    let tokens = login(&s).await;
    assert!(
        Zendesk::new(&s.base_url, Auth::Bearer(tokens.access))
            .views()
            .await
            .is_ok()
    );
    let wrong = Zendesk::new(&s.base_url, Auth::Bearer(tix::config::Secret::new("nope")));
    assert_eq!(wrong.views().await.unwrap_err().kind, ErrorKind::Auth);
}
