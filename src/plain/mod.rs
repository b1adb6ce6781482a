//! Plain mode: the workspace for screen readers and braille displays, as append-only lines. No
//! alternate screen, no cursor addressing, no colour, no redraws; commands come in line by line
//! (the terminal echoes and edits them, in its own cooked mode). It is another front end over the
//! same core: the typed commands become `Msg::Plain` for `update`, whose effects go to the same
//! runner (drafts on disk, the one outbox), so every rule of the panels holds here.

pub mod announce;
pub mod choice;
mod choices;
pub mod clean;
pub mod commands;
pub mod records;
pub mod when;
pub mod words;

use std::collections::VecDeque;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use jiff::Timestamp;
use tokio::sync::mpsc;

use self::announce::Announcer;
use self::choice::{Answer, Choice};
use self::commands::Command;
use crate::app::model::{AlertKind, DraftKind, Model, PickKind};
use crate::app::msg::{Effect, Msg};
use crate::app::plain::Command as Op;
use crate::app::{editor, effects, update};
use crate::helpdesk::{Id, SharedHelpdesk, Visibility};
use crate::workspace::Options;

/// The clock drives alerts, syncs and the announcements' turns; nothing is redrawn by it.
const CLOCK: Duration = Duration::from_secs(5);
/// Tickets a `list` page holds.
const LIST_PAGE: usize = 10;
/// How long a script's next line waits for the answer to the last one.
const SCRIPT_WAIT: Duration = Duration::from_secs(30);
/// How long quitting waits for writes on their way (they are in the outbox either way).
const QUIT_WAIT: Duration = Duration::from_secs(10);

/// Runs plain mode until the agent quits (or stdin ends); what it says on leaving (the drafts
/// kept) is returned, as from the panels.
pub async fn run(hd: SharedHelpdesk, mut model: Model, opts: Options) -> io::Result<Vec<String>> {
    let (tx, mut rx) = mpsc::unbounded_channel::<Msg>();
    let data_dir = opts.data_dir.clone().unwrap_or_else(std::env::temp_dir);
    let mut runner = crate::workspace::start_runner(hd, opts, tx.clone(), model.lang);
    model.now = Timestamp::now();
    let helpdesk = if model.demo {
        words::the_demo(model.lang)
    } else {
        words::profile(model.lang, &model.profile)
    };
    for e in update::init(&mut model) {
        runner.run(e);
    }
    let interactive = io::stdin().is_terminal() && io::stdout().is_terminal();
    let page_rows = if interactive {
        ratatui::crossterm::terminal::size().map_or(22, |(_, h)| h as usize)
    } else {
        usize::MAX
    }
    .saturating_sub(2)
    .max(5);
    let mut p = Plain {
        notices_seen: model.log.count,
        model,
        runner,
        out: Out {
            at_prompt: false,
            prompts: interactive,
        },
        asking: Asking::Command,
        wait: None,
        announcer: Announcer::default(),
        loading: false,
        started: false,
        alerted: Default::default(),
        waited_since: None,
        interactive,
        data_dir,
        page_rows,
        editor: editor::configured(),
    };
    p.out.line(&words::welcome(p.model.lang, &helpdesk));
    // What the panels show in their problems overlay, said once here.
    let problems: Vec<String> = p
        .model
        .problems
        .iter()
        .map(|e| words::problem(p.model.lang, e.warning, &e.file, e.line, e.col, &e.message))
        .collect();
    p.out.write(&problems);
    let mut input = Input::spawn();
    let mut clock = tokio::time::interval(CLOCK);
    let mut term = crate::workspace::signals()?;
    loop {
        tokio::select! {
            line = input.next(), if p.reading() => match line {
                Some(line) => p.on_line(line),
                // The end of stdin (a script's last line, a closed pipe) is a quit.
                None => p.apply(Msg::Plain(Op::Quit)),
            },
            Some(msg) = rx.recv() => p.apply(msg),
            _ = clock.tick() => {
                p.apply(Msg::Tick(Timestamp::now()));
                p.give_up_waiting();
            }
            _ = term.recv() => {
                p.runner.flush_drafts();
                break;
            }
        }
        if p.model.quit {
            break;
        }
    }
    // Writes on their way are in the outbox already; waiting a little says how they ended.
    if !p.model.writes.sending.is_empty() {
        p.out.line(&words::waiting_for_writes(
            p.model.lang,
            p.model.writes.sending.len(),
        ));
        let end = tokio::time::Instant::now() + QUIT_WAIT;
        while !p.model.writes.sending.is_empty() {
            tokio::select! {
                Some(msg) = rx.recv() => p.apply(msg),
                _ = tokio::time::sleep_until(end) => break,
            }
        }
    }
    p.runner.flush_drafts();
    Ok(crate::workspace::farewell(&p.model))
}

/// Lines from stdin, read on a thread of their own and only when asked for: while the agent's
/// editor runs, nothing of tix reads the terminal.
struct Input {
    ask: std::sync::mpsc::Sender<()>,
    lines: mpsc::UnboundedReceiver<Option<String>>,
    asked: bool,
}

impl Input {
    fn spawn() -> Input {
        let (ask, asks) = std::sync::mpsc::channel::<()>();
        let (tx, lines) = mpsc::unbounded_channel();
        std::thread::spawn(move || {
            while asks.recv().is_ok() {
                let mut buf = Vec::new();
                let line = match io::stdin().lock().read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => None,
                    Ok(_) => Some(
                        String::from_utf8_lossy(&buf)
                            .trim_end_matches(['\n', '\r'])
                            .to_string(),
                    ),
                };
                let end = line.is_none();
                if tx.send(line).is_err() || end {
                    break;
                }
            }
        });
        Input {
            ask,
            lines,
            asked: false,
        }
    }

    /// The next line; `None` at the end of stdin. Cancel-safe: a line asked for and not yet
    /// taken is the next one taken.
    async fn next(&mut self) -> Option<String> {
        if !self.asked {
            let _ = self.ask.send(());
            self.asked = true;
        }
        let line = self.lines.recv().await.flatten();
        self.asked = false;
        line
    }
}

/// stdout, a line at a time, each cleaned of every control. A line that arrives while the prompt
/// waits goes on a line of its own, and the prompt follows it again.
struct Out {
    at_prompt: bool,
    prompts: bool,
}

impl Out {
    fn write(&mut self, lines: &[String]) {
        let mut o = io::stdout().lock();
        let again = std::mem::take(&mut self.at_prompt);
        // A closed stdout is no reason to stop: the drafts and the outbox still matter.
        if again {
            let _ = o.write_all(b"\n");
        }
        for line in lines {
            for l in line.split('\n') {
                let _ = writeln!(o, "{}", clean::line(l));
            }
        }
        let _ = o.flush();
        drop(o);
        if again {
            self.prompt();
        }
    }

    fn line(&mut self, line: &str) {
        self.write(&[line.to_string()]);
    }

    fn prompt(&mut self) {
        if !self.prompts || self.at_prompt {
            return;
        }
        let mut o = io::stdout().lock();
        let _ = o.write_all(words::PROMPT.as_bytes());
        let _ = o.flush();
        self.at_prompt = true;
    }
}

/// What the next line typed answers.
enum Asking {
    Command,
    Choose {
        choice: Choice,
        then: Then,
    },
    /// Lines of a reply or note, until one holding only `.`.
    Lines {
        kind: DraftKind,
    },
    /// A long block, paged: Enter for more, q to stop.
    More {
        rest: VecDeque<String>,
        shown: usize,
        total: usize,
    },
}

/// What a choice does once answered.
enum Then {
    Field {
        ticket: Id,
        kind: PickKind,
        /// The backend's word and its label, in the order offered.
        values: Vec<(String, String)>,
    },
    View(Vec<Id>),
    Canned(Vec<Id>),
    Send(DraftKind),
}

/// What is printed once the helpdesk has answered.
enum Wait {
    /// The open ticket's block, once its conversation is in (`Some`: once it is this ticket).
    Ticket(Option<Id>),
    /// The queue's first page, once the load ends.
    List,
}

struct Plain {
    model: Model,
    runner: effects::Runner,
    out: Out,
    asking: Asking,
    wait: Option<Wait>,
    announcer: Announcer,
    notices_seen: u64,
    /// Whether a view (or search) load was under way after the last message.
    loading: bool,
    /// The alerts already said (as `Model::alerted` was after the last message).
    alerted: rustc_hash::FxHashSet<(Id, AlertKind)>,
    /// Whether the first load of the queue has ended.
    started: bool,
    /// Since when a script's next line waits for an answer (see `reading`).
    waited_since: Option<std::time::Instant>,
    interactive: bool,
    data_dir: PathBuf,
    page_rows: usize,
    editor: bool,
}

impl Plain {
    /// Whether to read the next line now. An agent at a terminal types when they like; a script
    /// (stdin not a terminal) gets each answer before its next line is read, the queue first,
    /// so that `list` then `next` means the same however fast the helpdesk is.
    fn reading(&self) -> bool {
        self.interactive || (self.started && self.wait.is_none())
    }

    /// A script does not wait for ever: after `SCRIPT_WAIT` the next line is read anyway.
    fn give_up_waiting(&mut self) {
        if self.reading() {
            self.waited_since = None;
            return;
        }
        let since = *self
            .waited_since
            .get_or_insert_with(std::time::Instant::now);
        if since.elapsed() >= SCRIPT_WAIT {
            self.waited_since = None;
            self.wait = None;
            self.started = true;
            self.say(words::no_answer(self.model.lang));
        }
    }

    fn say(&mut self, line: impl Into<String>) {
        self.out.line(&line.into());
    }

    /// A message through `update`, its effects to the runner (the terminal's own ones, the bell
    /// and the editor, are plain mode's to do or leave), then what there is to say.
    fn apply(&mut self, msg: Msg) {
        if !matches!(msg, Msg::Tick(_)) {
            self.model.now = Timestamp::now();
        }
        if let Msg::OutboxDelivered { ticket, message } = &msg {
            let named = self.model.ticket_named(ticket);
            let reply = message.map(|v| v == Visibility::Public);
            self.announcer
                .event(words::delivered(self.model.lang, reply, &named));
        }
        let mut alert = false;
        for e in update::update(&mut self.model, msg) {
            match e {
                Effect::Bell | Effect::EditExternally { .. } => {}
                Effect::Alert { text } => {
                    alert = true;
                    self.runner.run(Effect::Alert { text });
                }
                e => self.runner.run(e),
            }
        }
        if self.model.alerts.given.len() != self.alerted.len() {
            if alert {
                self.alert_lines();
            }
            // Tickets known without an alert (at or near breach when the queue first came)
            // are taken as said too, as in the panels.
            self.alerted = self.model.alerts.given.clone();
        }
        self.after();
    }

    /// What changed is said: the new notices, the start and end of a load, a block waited for,
    /// the announcements whose turn it is.
    fn after(&mut self) {
        let new = (self.model.log.count - self.notices_seen) as usize;
        self.notices_seen = self.model.log.count;
        let kept = self.model.log.messages.len();
        let texts: Vec<String> = self
            .model
            .log
            .messages
            .iter()
            .skip(kept - new.min(kept))
            .map(|(_, n)| n.text.clone())
            .collect();
        for text in texts {
            let lines = self.announcer.notice(text);
            self.out.write(&lines);
        }
        let loading = self.model.queue.req.is_some();
        if loading != self.loading {
            self.loading = loading;
            let name = self.view_name();
            if loading {
                // A search says its own start.
                if self.model.queue.search.is_none() {
                    self.say(words::loading(self.model.lang, &name));
                }
            } else {
                self.started = true;
                // A load that failed has said so in its notice: no "Loaded 0 tickets" after it.
                let failed = self.model.log.notice.as_ref().is_some_and(|n| n.error);
                if !failed {
                    self.say(words::loaded(
                        self.model.lang,
                        self.model.queue.tickets.len(),
                        &name,
                    ));
                }
                if matches!(self.wait, Some(Wait::List)) {
                    self.wait = None;
                    self.list(None);
                }
            }
        }
        if let Some(Wait::Ticket(want)) = &self.wait
            && let Some(t) = self.model.current()
            && want.as_ref().is_none_or(|w| w == &t.id)
            && let Some(lines) = records::ticket_block(&self.model, t)
        {
            self.wait = None;
            self.page(lines);
        }
        let due = self.announcer.due(self.model.lang, Timestamp::now());
        self.out.write(&due);
    }

    /// An alert, one announcement per ticket in it, in the queue's order (soonest breach first),
    /// each the ticket's record: its number, subject and how late it is, in words.
    fn alert_lines(&mut self) {
        let new: std::collections::HashSet<_> =
            self.model.alerts.given.difference(&self.alerted).collect();
        let mut lines = vec![];
        for t in &self.model.queue.tickets {
            let record = || records::record(&self.model, t);
            if new.contains(&(t.id.clone(), AlertKind::NearBreach)) {
                lines.push(words::deadline_alert(self.model.lang, &record()));
            }
            if new.contains(&(t.id.clone(), AlertKind::Arrived)) {
                lines.push(words::arrived(self.model.lang, &record()));
            }
        }
        for line in lines {
            self.announcer.event(line);
        }
    }

    fn view_name(&self) -> String {
        self.model
            .queue
            .view
            .as_ref()
            .map_or_else(|| words::no_view(self.model.lang), |v| v.name.clone())
    }

    fn on_line(&mut self, line: String) {
        self.out.at_prompt = false;
        match std::mem::replace(&mut self.asking, Asking::Command) {
            Asking::Command => self.command(&line),
            Asking::Choose { choice, then } => match choice.answer(&line) {
                Answer::Invalid => {
                    self.say(choice.invalid(self.model.lang, &line));
                    self.say(choice.line(self.model.lang));
                    self.asking = Asking::Choose { choice, then };
                }
                answer => self.chosen(answer, then),
            },
            Asking::Lines { kind } => {
                if line.trim_end() == "." {
                    self.end_lines(kind);
                } else {
                    self.apply(Msg::Plain(Op::Line(line)));
                    self.asking = Asking::Lines { kind };
                }
            }
            Asking::More { rest, shown, total } => match line.trim() {
                "" => self.more(rest, shown, total),
                "q" | "Q" => self.say(words::stopped(self.model.lang, rest.len())),
                // Anything else is a command: the rest of the block is left.
                _ => {
                    self.say(words::stopped(self.model.lang, rest.len()));
                    self.command(&line);
                }
            },
        }
        if matches!(self.asking, Asking::Command) {
            self.out.prompt();
        }
    }

    fn command(&mut self, line: &str) {
        let held = self.announcer.command(self.model.lang, Timestamp::now());
        self.out.write(&held);
        // A new command: what the last one waited for is not said in the middle of it.
        self.wait = None;
        let cmd = match commands::parse(self.model.lang, line) {
            Ok(c) => c,
            Err(e) => return self.say(e),
        };
        match cmd {
            Command::Nothing => {}
            Command::List(page) => self.list(page),
            Command::Next => self.step(1),
            Command::Prev => self.step(-1),
            Command::Open(id) => self.open(Id::from(id)),
            Command::Show => match self.model.current().map(|t| t.id.clone()) {
                Some(id) => self.open(id),
                None => self.say(words::no_ticket_open(self.model.lang)),
            },
            Command::Reply => self.compose(DraftKind::Reply),
            Command::Note => self.compose(DraftKind::Note),
            Command::Status(arg) => self.field(PickKind::Status, arg),
            Command::Priority(arg) => self.field(PickKind::Priority, arg),
            Command::Assign(arg) => self.assign(arg),
            Command::Canned(arg) => self.canned(arg),
            Command::View(arg) => self.view(arg),
            Command::Search(query) => {
                self.wait = Some(Wait::List);
                self.apply(Msg::Plain(Op::Search(query)));
            }
            Command::Refresh => self.apply(Msg::Plain(Op::Refresh)),
            Command::Quiet => {
                self.say(words::quiet(self.model.lang));
                self.announcer.quiet = true;
            }
            Command::News => {
                let news: Vec<String> = self.announcer.kept.iter().cloned().collect();
                if news.is_empty() {
                    self.say(words::no_news(self.model.lang));
                } else {
                    self.page(news);
                }
            }
            Command::Help => self.page(words::help(self.model.lang)),
            Command::Quit => self.apply(Msg::Plain(Op::Quit)),
        }
    }

    fn open(&mut self, id: Id) {
        self.wait = Some(Wait::Ticket(Some(id.clone())));
        self.apply(Msg::Plain(Op::Open(id)));
    }

    fn step(&mut self, delta: isize) {
        let m = &self.model;
        if m.queue.visible.is_empty() {
            return self.say(words::queue_empty_now(self.model.lang));
        }
        // At an end of the queue (and on its row): nothing to move to.
        if m.queue.pinned.is_none() {
            if delta > 0 && m.queue.selected + 1 >= m.queue.visible.len() {
                return self.say(words::last_ticket(self.model.lang));
            }
            if delta < 0 && m.queue.selected == 0 {
                return self.say(words::first_ticket(self.model.lang));
            }
        }
        self.wait = Some(Wait::Ticket(None));
        self.apply(Msg::Plain(Op::Step(delta)));
    }

    /// A page of the queue: the one holding the selection, or the page asked for.
    fn list(&mut self, page: Option<usize>) {
        let m = &self.model;
        let name = self.view_name();
        if m.queue.visible.is_empty() {
            if m.queue.req.is_some() || m.queue.view.is_none() {
                self.wait = Some(Wait::List);
                return self.say(words::loading(self.model.lang, &name));
            }
            return self.say(words::queue_empty(self.model.lang, &name));
        }
        let len = m.queue.visible.len();
        let page = page.unwrap_or(m.queue.selected / LIST_PAGE + 1);
        let first = (page - 1) * LIST_PAGE;
        if first >= len {
            return self.say(words::no_such_page(self.model.lang, len));
        }
        let last = (first + LIST_PAGE).min(len);
        let of = match (m.queue.more.is_some(), m.queue.total) {
            (false, _) => len.to_string(),
            (true, Some(total)) => total.to_string(),
            (true, None) => words::or_more(self.model.lang, len),
        };
        let mut lines = vec![words::queue_heading(
            self.model.lang,
            &name,
            first + 1,
            last,
            &of,
        )];
        for pos in first..last {
            let t = &m.queue.tickets[m.queue.visible[pos]];
            let record = records::record(m, t);
            lines.push(if pos == m.queue.selected && m.queue.pinned.is_none() {
                format!("{record}, {}", words::selected(self.model.lang))
            } else {
                record
            });
        }
        if last < len || m.queue.more.is_some() {
            lines.push(words::next_page(self.model.lang, page + 1));
        }
        self.page(lines);
    }

    /// A block, paged when it is longer than the terminal and someone is there to press Enter.
    fn page(&mut self, lines: Vec<String>) {
        if lines.len() <= self.page_rows {
            return self.out.write(&lines);
        }
        let total = lines.len();
        self.more(lines.into(), 0, total);
    }

    fn more(&mut self, mut rest: VecDeque<String>, shown: usize, total: usize) {
        let n = self.page_rows.min(rest.len());
        let now: Vec<String> = rest.drain(..n).collect();
        self.out.write(&now);
        let shown = shown + n;
        if !rest.is_empty() {
            self.say(words::more(self.model.lang, shown, total));
            self.asking = Asking::More { rest, shown, total };
        }
    }

    fn current(&mut self) -> Option<(Id, String)> {
        match self.model.current() {
            Some(t) => {
                let id = t.id.clone();
                let named = self.model.ticket_named(&id);
                Some((id, named))
            }
            None => {
                self.say(words::no_ticket_open(self.model.lang));
                None
            }
        }
    }

    fn compose(&mut self, kind: DraftKind) {
        if self.current().is_none() {
            return;
        }
        self.apply(Msg::Plain(Op::Compose(kind)));
        let Some(c) = &self.model.composer else {
            return; // the notice said why
        };
        let (ticket, text) = (c.ticket.clone(), c.text());
        let named = self.model.ticket_named(&ticket);
        if self.editor {
            self.say(words::editor_opening(self.model.lang, kind.name(), &named));
            // The same draft file handling as the panels: the terminal is the editor's meanwhile.
            let answer = editor::edit(self.model.lang, &self.data_dir, ticket, kind, &text);
            self.apply(answer);
            return self.end_lines(kind);
        }
        if !text.trim().is_empty() {
            self.say(words::draft_so_far(self.model.lang, kind.name(), &named));
            self.out.write(&[text]);
        }
        self.say(words::compose_start(self.model.lang, kind.name(), &named));
        self.asking = Asking::Lines { kind };
    }

    /// The text is written: send it, write more, keep it or throw it away (send is the default).
    fn end_lines(&mut self, kind: DraftKind) {
        let Some(c) = &self.model.composer else {
            return;
        };
        if c.text().trim().is_empty() {
            self.say(words::nothing_written(self.model.lang));
            return self.apply(Msg::Plain(Op::KeepDraft));
        }
        let named = self.model.ticket_named(&c.ticket);
        let choice = Choice {
            question: words::send_question(self.model.lang, kind.name(), &named),
            options: [
                words::send(self.model.lang),
                words::add_lines(self.model.lang),
                words::keep_draft(self.model.lang),
                words::discard(self.model.lang),
            ]
            .to_vec(),
            default_words: words::send(self.model.lang),
            default: Some(0),
        };
        self.say(choice.line(self.model.lang));
        self.asking = Asking::Choose {
            choice,
            then: Then::Send(kind),
        };
    }
}
