//! The demo helpdesk's socket layer. Every accepted connection is wrapped so that the server can
//! count the bytes that really cross the socket (request and response heads and bodies, after
//! compression), cap the response throughput like a slow link, and cut a connection on demand.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{Instant, Sleep};

use super::DemoStats;

/// Path families the byte counters are broken down by; the last one takes everything else.
pub const FAMILIES: [&str; 7] = [
    "views",
    "tickets",
    "comments",
    "users",
    "search",
    "incremental",
    "other",
];
const OTHER: usize = FAMILIES.len() - 1;

/// The family of a request path (`/api/v2/tickets/7/comments.json` → "comments").
pub fn family_of(path: &str) -> usize {
    let mut segments = path
        .strip_prefix("/api/v2/")
        .unwrap_or("")
        .split('/')
        .map(|s| s.strip_suffix(".json").unwrap_or(s));
    let name = match (segments.next(), segments.nth(1)) {
        (Some("tickets"), Some("comments")) => "comments",
        (Some(first), _) => first,
        (None, _) => "",
    };
    FAMILIES.iter().position(|f| *f == name).unwrap_or(OTHER)
}

#[derive(Default)]
struct Counter {
    requests: AtomicU64,
    bytes_in: AtomicU64,
    bytes_out: AtomicU64,
}

impl Counter {
    fn snapshot(&self) -> DemoStats {
        DemoStats {
            requests: self.requests.load(Relaxed),
            bytes_in: self.bytes_in.load(Relaxed),
            bytes_out: self.bytes_out.load(Relaxed),
        }
    }

    fn reset(&self) {
        self.requests.store(0, Relaxed);
        self.bytes_in.store(0, Relaxed);
        self.bytes_out.store(0, Relaxed);
    }
}

/// Server-wide counters: totals, and the same broken down by path family.
#[derive(Default)]
pub struct Stats {
    total: Counter,
    families: [Counter; FAMILIES.len()],
}

impl Stats {
    pub fn snapshot(&self) -> DemoStats {
        self.total.snapshot()
    }

    pub fn by_family(&self) -> Vec<(&'static str, DemoStats)> {
        FAMILIES
            .iter()
            .zip(&self.families)
            .map(|(name, c)| (*name, c.snapshot()))
            .collect()
    }

    pub fn reset(&self) {
        self.total.reset();
        self.families.iter().for_each(Counter::reset);
    }

    pub fn count_request(&self) {
        self.total.requests.fetch_add(1, Relaxed);
    }
}

/// A shared slow link: every response byte on every connection passes through it in turn, at
/// `bytes_per_sec`, so parallel connections share the bandwidth as they would on a real line.
pub struct Link {
    bytes_per_sec: u64,
    origin: Instant,
    /// When the link is next free, in nanoseconds since `origin`.
    free_at: AtomicU64,
}

impl Link {
    /// `None` when `kbps` (kilobits per second) is 0: no cap.
    pub fn new(kbps: u32) -> Option<Link> {
        (kbps > 0).then(|| Link {
            bytes_per_sec: (u64::from(kbps) * 1000 / 8).max(1),
            origin: Instant::now(),
            free_at: AtomicU64::new(0),
        })
    }

    /// Largest write at once: about 20 ms worth, so bytes trickle out rather than arrive in bursts.
    fn chunk(&self) -> usize {
        (self.bytes_per_sec / 50).clamp(1, 16 * 1024) as usize
    }

    /// Books the link for `n` bytes and returns when they will have gone through.
    fn reserve(&self, n: usize) -> Instant {
        let now = self.origin.elapsed().as_nanos() as u64;
        let cost = (n as u64).saturating_mul(1_000_000_000) / self.bytes_per_sec;
        let mut done = now;
        let _ = self.free_at.fetch_update(Relaxed, Relaxed, |free| {
            done = free.max(now).saturating_add(cost);
            Some(done)
        });
        self.origin + Duration::from_nanos(done)
    }
}

/// What the HTTP side can see and do to the connection a request came in on: attribute its bytes
/// to a path family, and cut it.
pub struct Conn {
    stats: Arc<Stats>,
    /// The family of the request being served (`usize::MAX` before the first one).
    family: AtomicUsize,
    /// Bytes read since the last request started or the last response byte was written: they
    /// belong to the next request (its head) or to the current one (its body).
    unclaimed_in: AtomicU64,
    cut: AtomicBool,
}

impl Conn {
    fn new(stats: Arc<Stats>) -> Conn {
        Conn {
            stats,
            family: AtomicUsize::new(usize::MAX),
            unclaimed_in: AtomicU64::new(0),
            cut: AtomicBool::new(false),
        }
    }

    /// A request of `family` arrived: what was read since the last response is its head. (HTTP/1
    /// serves one request at a time per connection, so the attribution is exact.)
    pub fn begin(&self, family: usize) {
        self.family.store(family.min(OTHER), Relaxed);
        let counter = &self.stats.families[family.min(OTHER)];
        counter.requests.fetch_add(1, Relaxed);
        self.claim(counter);
    }

    /// Makes every further write on this connection fail, so the server closes it.
    pub fn cut(&self) {
        self.cut.store(true, Relaxed);
    }

    fn current(&self) -> &Counter {
        let family = self.family.load(Relaxed);
        &self.stats.families[family.min(OTHER)]
    }

    fn claim(&self, counter: &Counter) {
        let n = self.unclaimed_in.swap(0, Relaxed);
        if n > 0 {
            counter.bytes_in.fetch_add(n, Relaxed);
        }
    }

    fn read(&self, n: usize) {
        self.stats.total.bytes_in.fetch_add(n as u64, Relaxed);
        self.unclaimed_in.fetch_add(n as u64, Relaxed);
    }

    fn wrote(&self, n: usize) {
        self.stats.total.bytes_out.fetch_add(n as u64, Relaxed);
        let counter = self.current();
        // The response has started: the request's body, if any, has been read by now.
        self.claim(counter);
        counter.bytes_out.fetch_add(n as u64, Relaxed);
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        // A request cut short, or a half-sent one: still bytes that came in.
        let counter = self.current();
        self.claim(counter);
    }
}

/// Made available to handlers as `ConnectInfo<ConnHandle>`.
#[derive(Clone)]
pub struct ConnHandle(pub Arc<Conn>);

impl Connected<IncomingStream<'_, MeteredListener>> for ConnHandle {
    fn connect_info(stream: IncomingStream<'_, MeteredListener>) -> Self {
        ConnHandle(Arc::clone(&stream.io().conn))
    }
}

/// A `TcpListener` whose connections are `MeteredStream`s.
pub struct MeteredListener {
    inner: TcpListener,
    stats: Arc<Stats>,
    link: Option<Arc<Link>>,
}

impl MeteredListener {
    pub fn new(inner: TcpListener, stats: Arc<Stats>, kbps: u32) -> Self {
        MeteredListener {
            inner,
            stats,
            link: Link::new(kbps).map(Arc::new),
        }
    }
}

impl Listener for MeteredListener {
    type Io = MeteredStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (MeteredStream, SocketAddr) {
        // axum's own accept loop for TcpListener retries (and backs off on) accept errors.
        let (stream, addr) = <TcpListener as Listener>::accept(&mut self.inner).await;
        // Small throttled writes must not wait for Nagle's algorithm.
        let _ = stream.set_nodelay(true);
        let conn = Arc::new(Conn::new(Arc::clone(&self.stats)));
        let stream = MeteredStream {
            io: stream,
            conn,
            link: self.link.clone(),
            booked: None,
        };
        (stream, addr)
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        self.inner.local_addr()
    }
}

/// A TCP connection that counts its bytes, paces its writes through the `Link` and can be cut.
pub struct MeteredStream {
    io: TcpStream,
    conn: Arc<Conn>,
    link: Option<Arc<Link>>,
    /// Bytes booked on the link and when they will have gone through.
    booked: Option<(usize, Pin<Box<Sleep>>)>,
}

fn cut_error() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "demo helpdesk: connection dropped on purpose",
    )
}

impl AsyncRead for MeteredStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let result = ready!(Pin::new(&mut this.io).poll_read(cx, buf));
        let n = buf.filled().len().saturating_sub(before);
        if n > 0 {
            this.conn.read(n);
        }
        Poll::Ready(result)
    }
}

impl AsyncWrite for MeteredStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.conn.cut.load(Relaxed) {
            return Poll::Ready(Err(cut_error()));
        }
        let mut allowed = buf.len();
        if let Some(link) = &this.link {
            if buf.is_empty() {
                return Poll::Ready(Ok(0));
            }
            // Book the next chunk on the link, wait until it has "gone through", then send it.
            let (booked, until) = this.booked.get_or_insert_with(|| {
                let n = buf.len().min(link.chunk());
                (n, Box::pin(tokio::time::sleep_until(link.reserve(n))))
            });
            ready!(until.as_mut().poll(cx));
            allowed = allowed.min(*booked);
        }
        let result = ready!(Pin::new(&mut this.io).poll_write(cx, &buf[..allowed]));
        if let Ok(n) = result {
            this.booked = None;
            this.conn.wrote(n);
        }
        Poll::Ready(result)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        if self.link.is_some() || self.conn.cut.load(Relaxed) {
            let first = bufs
                .iter()
                .find(|b| !b.is_empty())
                .map_or(&[][..], |b| &**b);
            return self.poll_write(cx, first);
        }
        let this = self.get_mut();
        let result = ready!(Pin::new(&mut this.io).poll_write_vectored(cx, bufs));
        if let Ok(n) = result {
            this.conn.wrote(n);
        }
        Poll::Ready(result)
    }

    fn is_write_vectored(&self) -> bool {
        self.link.is_none() && self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.conn.cut.load(Relaxed) {
            return Poll::Ready(Err(cut_error()));
        }
        Pin::new(&mut this.io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_fall_into_families() {
        let name = |p: &str| FAMILIES[family_of(p)];
        assert_eq!(name("/api/v2/views/3/tickets.json"), "views");
        assert_eq!(name("/api/v2/tickets/7/comments.json"), "comments");
        assert_eq!(name("/api/v2/tickets/7"), "tickets");
        assert_eq!(name("/api/v2/tickets.json"), "tickets");
        assert_eq!(
            name("/api/v2/incremental/tickets/cursor.json"),
            "incremental"
        );
        assert_eq!(name("/api/v2/search"), "search");
        assert_eq!(name("/api/v2/users/me"), "users");
        assert_eq!(name("/api/v2/macros/active"), "other");
        assert_eq!(name("/"), "other");
    }

    #[tokio::test]
    async fn the_link_paces_bookings_one_after_another() {
        let link = Link::new(80).unwrap(); // 10,000 bytes per second
        assert_eq!(link.chunk(), 200);
        let start = Instant::now();
        let first = link.reserve(1000);
        let second = link.reserve(1000);
        let ms = |t: Instant| t.duration_since(start).as_millis();
        assert!((95..=110).contains(&ms(first)), "{}", ms(first));
        assert!((195..=210).contains(&ms(second)), "{}", ms(second));
        assert!(Link::new(0).is_none());
    }
}
