//! The demo helpdesk's tests: its API in Zendesk's shapes, faults and link shaping, bytes on the
//! wire, export and search, the generated data.

mod api;
mod generated;
mod incremental;
mod link;
mod wire;

use incremental::*;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::*;
use tix_helpdesk::zendesk::wire::{
    CommentsPage, ErrorBody, MacrosPage, SearchPage, TicketEnvelope, TicketWriteResponse,
    TicketsPage, UserEnvelope, UserRelatedEnvelope, UsersPage, ViewCountEnvelope, ViewsPage,
};

fn anchor() -> Timestamp {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

async fn start(tickets: usize, token: Option<&str>) -> DemoServer {
    let opts = DemoOptions {
        tickets,
        seed: 42,
        token: token.map(str::to_owned),
        ..DemoOptions::default()
    };
    DemoServer::start("127.0.0.1:0".parse().unwrap(), opts, anchor())
        .await
        .unwrap()
}

struct Api {
    http: reqwest::Client,
    base: String,
}

impl Api {
    fn new(server: &DemoServer) -> Api {
        Api {
            http: reqwest::Client::new(),
            base: format!("{}/api/v2", server.base_url),
        }
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        };
        let res = self.http.get(&url).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "GET {url}");
        // As the adapters read it: hostile mode spoils a few tickets' JSON.
        let body = res.bytes().await.unwrap();
        tix_helpdesk::http::decode_json(&body, "demo", None).unwrap()
    }

    async fn status(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.unwrap();
        let status = res.status();
        (status, res.json().await.unwrap_or(Value::Null))
    }

    async fn view_id(&self, title: &str) -> u64 {
        let views: ViewsPage = self.get("/views.json").await;
        views.views.iter().find(|v| v.title == title).unwrap().id
    }
}

async fn start_with(opts: DemoOptions) -> DemoServer {
    DemoServer::start("127.0.0.1:0".parse().unwrap(), opts, anchor())
        .await
        .unwrap()
}

/// "All unsolved", whose id is fixed by the generator.
const ALL_UNSOLVED: u64 = 365_000_001;

/// No automatic decompression: the test sees the bytes as sent.
fn plain_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .no_zstd()
        .build()
        .unwrap()
}

/// Asks for gzip only (and decompresses it).
fn gzip_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_brotli()
        .no_zstd()
        .build()
        .unwrap()
}

/// What each of `n` GETs of `/users/me` met.
async fn outcomes(server: &DemoServer, n: usize) -> Vec<&'static str> {
    let http = reqwest::Client::new();
    let url = format!("{}/api/v2/users/me.json", server.base_url);
    let mut seen = Vec::new();
    for _ in 0..n {
        let res = http.get(&url).send().await.unwrap();
        let status = res.status().as_u16();
        let retry_after = res.headers().get("retry-after").cloned();
        let body = res.bytes().await.unwrap();
        let parses = serde_json::from_slice::<UserEnvelope>(&body).is_ok();
        seen.push(match (status, parses) {
            (200, true) => "ok",
            (200, false) if body.starts_with(b"<html>") => "html",
            (200, false) => "truncated",
            (500, _) => "500",
            (503, _) if retry_after.is_some_and(|v| v == "1") => "503",
            _ => "unexpected",
        });
    }
    seen
}
