//! The running workspace: one task owns the model; terminal events, helpdesk answers and the clock
//! come in as messages, `update` changes the model, `ui` draws it, and effects go out to the
//! runner. The loop only routes.

use std::io::{self, BufWriter, Write};
use std::time::Duration;

use futures_util::StreamExt;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    EventStream,
};
use ratatui::crossterm::terminal::{
    BeginSynchronizedUpdate, Clear, ClearType, EndSynchronizedUpdate,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{execute, queue};
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::app::model::{self, Model};
use crate::app::msg::Msg;
use crate::app::{editor, effects, msg, update};
use crate::helpdesk::SharedHelpdesk;

/// At most ~30 frames a second (10 in low-bandwidth mode): a burst of keys costs one frame.
const FRAME: Duration = Duration::from_millis(33);
const FRAME_LOW_BANDWIDTH: Duration = Duration::from_millis(100);
/// The clock only drives countdowns shown in minutes; no need to wake more often.
const CLOCK: Duration = Duration::from_secs(5);

fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

/// Leaves the terminal usable however tix ends (return, error or panic).
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

pub struct Options {
    pub mouse: bool,
    /// Where drafts are kept; `None` keeps them in memory only.
    pub drafts: Option<crate::store::drafts::DraftStore>,
    /// Where metrics are recorded.
    pub data_dir: Option<std::path::PathBuf>,
    pub notify_cmd: Option<Vec<String>>,
    pub cache: Option<crate::store::cache::Cache>,
    pub outbox: Option<crate::store::outbox::Outbox>,
    /// Articles in `knowledge/` of the config dir.
    pub knowledge: crate::knowledge::Local,
    /// Where the last view used is kept.
    pub last_view: Option<crate::store::last_view::LastView>,
    /// Where attachments are saved.
    pub download_dir: Option<std::path::PathBuf>,
    /// Where workflows in progress are kept.
    pub workflows: Option<crate::store::workflows::WorkflowStore>,
    /// Whether the clock alone redraws (countdowns and ages as they change); off, only what
    /// happens does.
    pub ticking_clocks: bool,
    /// Where snoozes are kept.
    pub snoozes: Option<crate::store::snoozes::SnoozeStore>,
}

/// Runs the workspace until the agent quits; what it says on leaving (the drafts kept) is returned
/// to be printed once the terminal is back.
pub async fn run(hd: SharedHelpdesk, mut model: Model, opts: Options) -> io::Result<Vec<String>> {
    let mouse = opts.mouse;
    let ticking = opts.ticking_clocks;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        hook(info);
    }));
    enable_raw_mode()?;
    let _guard = TerminalGuard;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    // One buffered write per frame: stdout's line buffering would cut a frame into many packets.
    let out = BufWriter::with_capacity(64 * 1024, io::stdout());
    // Clear without `Terminal::clear`, which asks the terminal where its cursor is: a round trip
    // (slow over a poor link) that fails outright when nothing answers.
    execute!(io::stdout(), Clear(ClearType::All))?;
    // A fixed viewport that tix sizes itself: ratatui's own resizing would allocate a buffer for
    // whatever size the terminal claims, and 30000x30000 aborts the process.
    let size = clamped(ratatui::crossterm::terminal::size()?);
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(out),
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, size.0, size.1)),
        },
    )?;

    let (tx, mut rx) = mpsc::unbounded_channel::<Msg>();
    let data_dir = opts.data_dir.clone();
    let mut runner = start_runner(hd, opts, tx.clone(), model.lang);
    // What drawing keeps between frames (the conversation laid out).
    let mut drawn = crate::ui::Cache::default();
    model.now = jiff::Timestamp::now();
    model.size = size;
    // Over a poor link the panels ask for the canned responses when they are first shown.
    model.canned.on_demand = model.low_bandwidth;
    for e in update::init(&mut model) {
        runner.run(e);
    }

    let mut events = EventStream::new();
    let mut clock = tokio::time::interval(CLOCK);
    let mut term = signals()?;
    let mut dirty = true;
    let mut next_frame = Instant::now();
    let frame = if model.low_bandwidth {
        FRAME_LOW_BANDWIDTH
    } else {
        FRAME
    };
    loop {
        let msg = tokio::select! {
            _ = tokio::time::sleep_until(next_frame), if dirty => {
                // Synchronized output (DEC mode 2026): the terminal shows the frame whole;
                // terminals without it ignore the two sequences. Only changed cells are written
                // (ratatui's diff), and the buffered writer sends the frame in one write.
                queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
                terminal.draw(|f| crate::ui::draw(f, &model, &mut drawn))?;
                queue!(terminal.backend_mut(), EndSynchronizedUpdate)?;
                terminal.backend_mut().flush()?;
                dirty = false;
                next_frame = Instant::now() + frame;
                continue;
            }
            ev = events.next() => match ev {
                Some(Ok(Event::Key(k))) => Msg::Key(k),
                Some(Ok(Event::Paste(s))) => Msg::Paste(s),
                Some(Ok(Event::Resize(w, h))) => {
                    let (w, h) = clamped((w, h));
                    terminal.resize(ratatui::layout::Rect::new(0, 0, w, h))?;
                    Msg::Resize(w, h)
                }
                Some(Ok(Event::Mouse(ev))) => Msg::Mouse(ev),
                Some(Ok(_)) => continue,
                Some(Err(e)) => return Err(e),
                None => break,
            },
            Some(m) = rx.recv() => m,
            _ = clock.tick() => Msg::Tick(jiff::Timestamp::now()),
            _ = term.recv() => {
                runner.flush_drafts();
                break;
            }
        };
        // Time comes in with each message: update itself never reads the clock.
        let tick = matches!(msg, Msg::Tick(_));
        let minute_before = model.now.as_second() / 60;
        if !tick {
            model.now = jiff::Timestamp::now();
        }
        // Clocks that do not tick show the time of the agent's last action.
        if !ticking
            && (model.clock_at.is_none()
                || matches!(msg, Msg::Key(_) | Msg::Mouse(_) | Msg::Paste(_)))
        {
            model.clock_at = Some(model.now);
        }
        let effects = update::update(&mut model, msg);
        // A clock tick redraws only when something on screen can have changed: when the minute
        // turns (countdowns and ages), a retry or a deadline is counted in seconds, or it did
        // something. An idle workspace writes nothing to the terminal.
        let changed = !tick
            || !effects.is_empty()
            || ticking
                && (model.sync.retry_at.is_some()
                    || model.now.as_second() / 60 != minute_before
                    || counts_seconds(&model));
        for e in effects {
            if let msg::Effect::EditExternally { ticket, kind, text } = e {
                // The terminal is the editor's until it exits; keys wait for tix again after.
                drop(events);
                restore_terminal();
                let dir = data_dir.clone().unwrap_or_else(std::env::temp_dir);
                let answer = editor::edit(model.lang, &dir, ticket, kind, &text);
                enable_raw_mode()?;
                execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
                if mouse {
                    execute!(io::stdout(), EnableMouseCapture)?;
                }
                // Everything is drawn again, at the size the window has now (`clear` would ask
                // the terminal where its cursor is; this does not).
                let (w, h) = clamped(ratatui::crossterm::terminal::size()?);
                terminal.resize(ratatui::layout::Rect::new(0, 0, w, h))?;
                events = EventStream::new();
                let _ = tx.send(Msg::Resize(w, h));
                let _ = tx.send(answer);
                dirty = true;
                continue;
            }
            if let msg::Effect::Bell = e {
                // The terminal bell: one byte, written between frames.
                terminal.backend_mut().write_all(b"\x07")?;
                terminal.backend_mut().flush()?;
                continue;
            }
            runner.run(e);
        }
        dirty |= changed;
        if model.quit {
            break;
        }
    }
    runner.flush_drafts();
    Ok(farewell(&model))
}

/// The runner with everything it keeps on disk, the saved queue asked for, the outbox resumed:
/// the same for every front end (the panels, plain mode).
pub fn start_runner(
    hd: SharedHelpdesk,
    opts: Options,
    tx: mpsc::UnboundedSender<Msg>,
    lang: crate::i18n::Lang,
) -> effects::Runner {
    let mut runner = effects::Runner::new(hd, tx.clone(), opts.drafts);
    runner.set_lang(lang);
    runner.data_dir = opts.data_dir;
    runner.notify_cmd = opts.notify_cmd;
    // The last known queue, read off the UI task; the helpdesk's answer replaces it.
    if let Some(cache) = opts.cache.clone() {
        tokio::task::spawn_blocking(move || {
            if let Some(q) = cache.load_queue() {
                let _ = tx.send(Msg::Cached(q));
            }
        });
    }
    runner.cache = opts.cache;
    runner.knowledge = std::sync::Arc::new(opts.knowledge);
    runner.set_outbox(opts.outbox);
    runner.last_view = opts.last_view;
    runner.download_dir = opts.download_dir;
    runner.workflows = opts.workflows;
    runner.snoozes = opts.snoozes;
    runner.resume_outbox();
    runner.watch_rate_budget(std::time::Duration::from_secs(1));
    runner
}

/// One line per draft kept, so that a quit never hides that text is waiting.
pub fn farewell(m: &Model) -> Vec<String> {
    let mut kept: Vec<_> = m.writes.drafts.iter().collect();
    kept.sort_by(|a, b| a.0.cmp(b.0));
    kept.into_iter()
        .map(|((ticket, kind), _)| {
            let (kind, ticket) = (kind.name(), m.ticket_named(ticket));
            crate::t!(m.lang, "farewell-draft-kept", kind = kind, ticket = ticket)
        })
        .collect()
}

/// The largest screen tix draws (columns, rows): room for any real terminal, and a bounded buffer
/// whatever size a terminal reports.
const MAX_SIZE: (u16, u16) = (1000, 500);

fn clamped((w, h): (u16, u16)) -> (u16, u16) {
    (w.min(MAX_SIZE.0), h.min(MAX_SIZE.1))
}

/// Whether a queue countdown is within a minute of its deadline, where it is shown in seconds.
fn counts_seconds(m: &model::Model) -> bool {
    m.queue.tickets.iter().any(|t| {
        t.next_sla()
            .and_then(|s| s.due_at)
            .is_some_and(|due| due.duration_since(m.now).as_secs().abs() < 60)
    })
}

/// SIGTERM, SIGHUP (a dropped SSH link), and SIGINT and SIGQUIT sent from outside (raw mode
/// makes Ctrl-C and Ctrl-\ keys) end tix cleanly: drafts saved, the terminal restored.
pub fn signals() -> io::Result<mpsc::UnboundedReceiver<()>> {
    let (tx, rx) = mpsc::unbounded_channel();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        for kind in [
            SignalKind::terminate(),
            SignalKind::hangup(),
            SignalKind::interrupt(),
            SignalKind::quit(),
        ] {
            let mut s = signal(kind)?;
            let tx = tx.clone();
            tokio::spawn(async move {
                s.recv().await;
                let _ = tx.send(());
            });
        }
    }
    std::mem::forget(tx);
    Ok(rx)
}

#[cfg(test)]
mod tests {
    use crate::app::model::{Draft, DraftKind};
    use crate::helpdesk::Id;

    #[test]
    fn the_farewell_names_each_kept_draft_in_the_agents_language() {
        let mut m = crate::app::fixtures::loaded_model();
        m.lang = crate::i18n::Lang::Ru;
        let draft = Draft {
            kind: DraftKind::Note,
            text: "проверить возврат".into(),
            fields: Default::default(),
        };
        m.writes
            .drafts
            .insert((Id::from(1001), DraftKind::Note), draft);
        let lines = super::farewell(&m);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(
            lines[0].starts_with("tix: черновик заметки к #1001"),
            "{lines:?}"
        );
        assert!(lines[0].ends_with("сохранён"), "{lines:?}");
    }
}
