//! Shared by the adapter tests: a scripted HTTP server on 127.0.0.1 that records every request.
// Each test crate uses a different part of it.
#![allow(dead_code)]

pub mod cli_run;
pub mod demo_process;
pub mod pty;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

/// The body of an answer recorded from a live helpdesk by a public client library:
/// `../shared/recorded/` beside the checkout (its index.json says where each came from).
pub fn recorded(file: &str) -> Value {
    let beside = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/recorded");
    let dir = if beside.is_dir() {
        beside
    } else {
        std::path::PathBuf::from("/work/shared/recorded")
    };
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: Value = serde_json::from_str(&text).unwrap();
    v["body"].clone()
}

// ---------------------------------------------------------------------------------------------
// A scripted HTTP server: rules match method, path and a subset of the query (the rule with the
// most matching query pairs wins); each rule answers its replies in turn, repeating the last.

#[derive(Clone, Debug)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: String,
    pub auth: Option<String>,
    pub if_none_match: Option<String>,
    pub if_match: Option<String>,
}

impl Req {
    pub fn q(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

#[derive(Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

pub fn ok(body: &str) -> Reply {
    reply(200, body)
}

pub fn reply(status: u16, body: &str) -> Reply {
    Reply {
        status,
        headers: vec![],
        body: body.to_string(),
    }
}

impl Reply {
    /// `{next}` in a value becomes the request's `page` + 1.
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
}

pub struct Rule {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub replies: Vec<Reply>,
    pub hits: usize,
}

#[derive(Clone, Default)]
pub struct Mock {
    pub rules: Arc<Mutex<Vec<Rule>>>,
    pub log: Arc<Mutex<Vec<Req>>>,
    /// The answer to a request no rule matches (an empty 404 when not set).
    pub otherwise: Arc<Mutex<Option<Reply>>>,
}

impl Mock {
    pub fn on(&self, method: &str, path: &str, query: &[(&str, &str)], replies: Vec<Reply>) {
        self.rules.lock().unwrap().push(Rule {
            method: method.to_string(),
            path: path.to_string(),
            query: query
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            replies,
            hits: 0,
        });
    }

    /// Answers every request that no rule matches with `reply`.
    pub fn otherwise(&self, reply: Reply) {
        *self.otherwise.lock().unwrap() = Some(reply);
    }

    pub fn get(&self, path: &str, body: &str) {
        self.on("GET", path, &[], vec![ok(body)]);
    }

    pub async fn start(&self) -> String {
        let app = Router::new().fallback(answer).with_state(self.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        url
    }

    pub fn log(&self) -> Vec<Req> {
        self.log.lock().unwrap().clone()
    }

    pub fn to(&self, method: &str, path: &str) -> Vec<Req> {
        self.log()
            .into_iter()
            .filter(|r| r.method == method && r.path == path)
            .collect()
    }

    /// Every request but the reads.
    pub fn writes(&self) -> Vec<Req> {
        self.log()
            .into_iter()
            .filter(|r| r.method != "GET")
            .collect()
    }
}

pub async fn answer(
    State(mock): State<Mock>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
    body: Bytes,
) -> Response {
    let req = Req {
        method: method.to_string(),
        path: uri.path().to_string(),
        query: query.clone(),
        body: String::from_utf8_lossy(&body).into_owned(),
        auth: headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        if_none_match: headers
            .get("if-none-match")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        if_match: headers
            .get("if-match")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
    };
    mock.log.lock().unwrap().push(req.clone());
    let mut rules = mock.rules.lock().unwrap();
    let best = rules
        .iter_mut()
        .filter(|r| r.method == req.method && r.path == req.path)
        .filter(|r| r.query.iter().all(|kv| query.contains(kv)))
        .max_by_key(|r| r.query.len());
    let r = match best {
        Some(rule) => {
            rule.hits += 1;
            rule.replies[(rule.hits - 1).min(rule.replies.len() - 1)].clone()
        }
        None => match mock.otherwise.lock().unwrap().clone() {
            Some(r) => r,
            None => return (StatusCode::NOT_FOUND, "").into_response(),
        },
    };
    let page: u64 = req.q("page").and_then(|p| p.parse().ok()).unwrap_or(1);
    let mut h = HeaderMap::new();
    h.insert("content-type", HeaderValue::from_static("application/json"));
    for (k, v) in &r.headers {
        let v = v.replace("{next}", &(page + 1).to_string());
        h.insert(
            HeaderName::from_bytes(k.as_bytes()).unwrap(),
            HeaderValue::from_str(&v).unwrap(),
        );
    }
    (StatusCode::from_u16(r.status).unwrap(), h, r.body).into_response()
}

// ---------------------------------------------------------------------------------------------
// The tix binary run against a helpdesk profile: the CLI, the config and an adapter together.

/// What a run of the binary did.
pub struct Run {
    pub success: bool,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Standard output parsed as JSON (`--json`); fails the test with the run's stderr otherwise.
    pub fn json(&self) -> Value {
        assert!(self.success, "tix failed: {}", self.stderr);
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}{}", self.stdout, self.stderr))
    }
}

/// The ids of a `tix ls --json` list, in its order.
pub fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect()
}

/// Runs `tix --profile work ARGS` with a config whose one profile `work` is a `backend` helpdesk
/// at `url` (the token in an environment variable), `stdin` as standard input, and fresh config
/// and data directories.
pub async fn tix(backend: &str, url: &str, token: &str, args: &[&str], stdin: &str) -> Run {
    let dir = tempfile::tempdir().unwrap();
    tix_in(dir.path(), backend, url, token, args, stdin).await
}

/// `tix`, with `dir` as the config and data directory (kept between runs).
pub async fn tix_in(
    dir: &std::path::Path,
    backend: &str,
    url: &str,
    token: &str,
    args: &[&str],
    stdin: &str,
) -> Run {
    use tokio::io::AsyncWriteExt;
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "[profiles.work]\nbackend = \"{backend}\"\nurl = \"{url}\"\ntoken_env = \"TIX_TEST_TOKEN\"\n"
        ),
    )
    .unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_tix"))
        .args(["--profile", "work"])
        .args(args)
        .env("TIX_CONFIG_DIR", dir)
        .env("TIX_DATA_DIR", dir)
        .env("TIX_TEST_TOKEN", token)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).await.unwrap();
    drop(input);
    let out = tokio::time::timeout(std::time::Duration::from_secs(60), child.wait_with_output())
        .await
        .expect("tix did not finish in 60 s")
        .unwrap();
    Run {
        success: out.status.success(),
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
