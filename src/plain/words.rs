//! Every sentence plain mode says, each a whole sentence with its arguments, from the catalogue
//! (`plain-…` messages): no sentence is built from fragments elsewhere. Words, not
//! abbreviations: they are heard and read in braille. The commands the agent types (`list`,
//! `reply`, `status`…) stay English in every language, like keymap action names.

use crate::i18n::Lang;
use crate::t;

fn counted(l: Lang, n: u64) -> (&'static str, String) {
    (l.plural(n), l.number(n))
}

/// A span of time in words: "less than a minute", "1 minute", "3 hours", "2 days".
pub fn span(l: Lang, secs: i64) -> String {
    let a = secs.unsigned_abs();
    let (unit, n) = match a {
        0..60 => return t!(l, "plain-span-less-than-a-minute"),
        60..3600 => ("minute", a / 60),
        3600..86_400 => ("hour", a / 3600),
        _ => ("day", a / 86_400),
    };
    let (count, n) = counted(l, n);
    t!(l, "plain-span", unit = unit, count = count, n = n)
}

pub fn priority(l: Lang, label: &str) -> String {
    t!(l, "plain-priority", label = label)
}

pub fn breached(l: Lang, ago: &str) -> String {
    t!(l, "plain-breached", ago = ago)
}

pub fn breaches_in(l: Lang, left: &str) -> String {
    t!(l, "plain-breaches-in", left = left)
}

pub fn updated_ago(l: Lang, ago: &str) -> String {
    t!(l, "plain-updated-ago", ago = ago)
}

pub fn customer_tier(l: Lang, tier: &str) -> String {
    t!(l, "plain-customer-tier", tier = tier)
}

pub fn no_subject(l: Lang) -> String {
    t!(l, "plain-no-subject")
}

pub fn no_requester(l: Lang) -> String {
    t!(l, "plain-no-requester")
}

pub fn selected(l: Lang) -> String {
    t!(l, "plain-selected")
}

pub fn ticket_heading(l: Lang, id: &str, messages: usize) -> String {
    let (count, n) = counted(l, messages as u64);
    t!(l, "plain-ticket-heading", id = id, count = count, n = n)
}

pub fn ticket_loading_failed(l: Lang, id: &str, why: &str) -> String {
    t!(l, "plain-ticket-loading-failed", id = id, why = why)
}

pub fn message_heading(l: Lang, n: usize, of: usize, public: bool, ago: &str) -> String {
    let (n, of) = (l.number(n as u64), l.number(of as u64));
    if public {
        t!(l, "plain-message-heading-public", n = n, of = of, ago = ago)
    } else {
        t!(l, "plain-message-heading-note", n = n, of = of, ago = ago)
    }
}

pub fn unknown_author(l: Lang) -> String {
    t!(l, "plain-unknown-author")
}

pub fn attachments(l: Lang, n: usize) -> String {
    let (count, n) = counted(l, n as u64);
    t!(l, "plain-attachments", count = count, n = n)
}

pub fn end_of_ticket(l: Lang, id: &str) -> String {
    t!(l, "plain-end-of-ticket", id = id)
}

pub fn queue_heading(l: Lang, view: &str, first: usize, last: usize, of: &str) -> String {
    let (first, last) = (l.number(first as u64), l.number(last as u64));
    t!(
        l,
        "plain-queue-heading",
        view = view,
        first = first,
        last = last,
        of = of
    )
}

pub fn queue_empty(l: Lang, view: &str) -> String {
    t!(l, "plain-queue-empty", view = view)
}

pub fn or_more(l: Lang, n: usize) -> String {
    let n = l.number(n as u64);
    t!(l, "plain-or-more", n = n)
}

pub fn next_page(l: Lang, page: usize) -> String {
    t!(l, "plain-next-page", page = page)
}

pub fn no_such_page(l: Lang, loaded: usize) -> String {
    let (count, n) = counted(l, loaded as u64);
    t!(l, "plain-no-such-page", count = count, n = n)
}

/// The queue's name when no view is chosen yet (`loading` says it differently).
pub fn no_view(l: Lang) -> String {
    t!(l, "plain-no-view")
}

pub fn loading(l: Lang, view: &str) -> String {
    if view == no_view(l) {
        return t!(l, "plain-loading-the-queue");
    }
    t!(l, "plain-loading", view = view)
}

pub fn loaded(l: Lang, n: usize, view: &str) -> String {
    let (count, n) = counted(l, n as u64);
    t!(l, "plain-loaded", count = count, n = n, view = view)
}

pub fn last_ticket(l: Lang) -> String {
    t!(l, "plain-last-ticket")
}

pub fn first_ticket(l: Lang) -> String {
    t!(l, "plain-first-ticket")
}

pub fn no_ticket_open(l: Lang) -> String {
    t!(l, "plain-no-ticket-open")
}

pub fn queue_empty_now(l: Lang) -> String {
    t!(l, "plain-queue-empty-now")
}

pub fn unknown_command(l: Lang, word: &str) -> String {
    t!(l, "plain-unknown-command", word = word)
}

/// What a command lacks: `list` a page number, `open` a ticket number.
pub fn needs_page(l: Lang) -> String {
    t!(l, "plain-list-needs-page")
}

pub fn needs_ticket(l: Lang) -> String {
    t!(l, "plain-open-needs-ticket")
}

pub fn search_needs_text(l: Lang) -> String {
    t!(l, "plain-search-needs-text")
}

pub fn welcome(l: Lang, helpdesk: &str) -> String {
    t!(l, "plain-welcome", helpdesk = helpdesk)
}

pub fn the_demo(l: Lang) -> String {
    t!(l, "plain-the-demo")
}

pub fn profile(l: Lang, name: &str) -> String {
    t!(l, "plain-profile", name = name)
}

/// The prompt: a program's name, the same in every language.
pub const PROMPT: &str = "tix> ";

/// `kind` is a draft's kind as `DraftKind::name` says it: reply, note or escalation.
pub fn compose_start(l: Lang, kind: &str, ticket: &str) -> String {
    t!(l, "plain-compose-start", kind = kind, ticket = ticket)
}

pub fn draft_so_far(l: Lang, kind: &str, ticket: &str) -> String {
    t!(l, "plain-draft-so-far", kind = kind, ticket = ticket)
}

pub fn draft_reads(l: Lang, kind: &str, ticket: &str) -> String {
    t!(l, "plain-draft-reads", kind = kind, ticket = ticket)
}

pub fn editor_opening(l: Lang, kind: &str, ticket: &str) -> String {
    t!(l, "plain-editor-opening", kind = kind, ticket = ticket)
}

pub fn nothing_written(l: Lang) -> String {
    t!(l, "plain-nothing-written")
}

pub fn send_question(l: Lang, kind: &str, ticket: &str) -> String {
    t!(l, "plain-send-question", kind = kind, ticket = ticket)
}

pub fn send(l: Lang) -> String {
    t!(l, "plain-choice-send")
}

pub fn add_lines(l: Lang) -> String {
    t!(l, "plain-choice-write-more")
}

pub fn keep_draft(l: Lang) -> String {
    t!(l, "plain-choice-keep-draft")
}

pub fn discard(l: Lang) -> String {
    t!(l, "plain-choice-discard")
}

pub fn status_question(l: Lang, ticket: &str) -> String {
    t!(l, "plain-status-question", ticket = ticket)
}

pub fn priority_question(l: Lang, ticket: &str) -> String {
    t!(l, "plain-priority-question", ticket = ticket)
}

pub fn assign_question(l: Lang, ticket: &str) -> String {
    t!(l, "plain-assign-question", ticket = ticket)
}

pub fn canned_question(l: Lang, ticket: &str) -> String {
    t!(l, "plain-canned-question", ticket = ticket)
}

pub fn view_question(l: Lang) -> String {
    t!(l, "plain-view-question")
}

pub fn me(l: Lang) -> String {
    t!(l, "plain-me")
}

pub fn none_yet(l: Lang) -> String {
    t!(l, "plain-none")
}

pub fn no_canned(l: Lang) -> String {
    t!(l, "plain-no-canned")
}

pub fn no_views(l: Lang) -> String {
    t!(l, "plain-no-views")
}

pub fn keep(l: Lang, what: &str) -> String {
    t!(l, "plain-keep", what = what)
}

pub fn unassigned(l: Lang) -> String {
    t!(l, "plain-unassigned")
}

/// A numbered list of choices and its default in words, on one line.
pub fn choices(l: Lang, question: &str, options: &str, default: &str) -> String {
    t!(
        l,
        "plain-choices",
        question = question,
        options = options,
        default = default
    )
}

pub fn option(n: usize, label: &str) -> String {
    format!("{n}. {label}")
}

pub fn not_a_choice(l: Lang, answer: &str, last: usize, default: &str) -> String {
    t!(
        l,
        "plain-not-a-choice",
        answer = answer,
        last = last,
        default = default
    )
}

/// `field` is status, priority or assignee.
pub fn unchanged(l: Lang, field: &str, ticket: &str) -> String {
    t!(l, "plain-unchanged", field = field, ticket = ticket)
}

/// `what` is status, priority, assignee, agent, canned or view.
pub fn no_word(l: Lang, what: &str, word: &str, valid: &str) -> String {
    t!(l, "plain-no-word", what = what, word = word, valid = valid)
}

pub fn more(l: Lang, shown: usize, total: usize) -> String {
    let (shown, total) = (l.number(shown as u64), l.number(total as u64));
    t!(l, "plain-more", shown = shown, total = total)
}

pub fn stopped(l: Lang, left: usize) -> String {
    let (count, n) = counted(l, left as u64);
    t!(l, "plain-stopped", count = count, n = n)
}

pub fn held(l: Lang, n: usize) -> String {
    let (count, n) = counted(l, n as u64);
    t!(l, "plain-held", count = count, n = n)
}

pub fn quiet(l: Lang) -> String {
    t!(l, "plain-quiet")
}

pub fn more_events(l: Lang, n: usize) -> String {
    let (count, n) = counted(l, n as u64);
    t!(l, "plain-more-events", count = count, n = n)
}

pub fn no_news(l: Lang) -> String {
    t!(l, "plain-no-news")
}

pub fn delivered(l: Lang, reply: Option<bool>, ticket: &str) -> String {
    match reply {
        Some(true) => t!(l, "plain-delivered-reply", ticket = ticket),
        Some(false) => t!(l, "plain-delivered-note", ticket = ticket),
        None => t!(l, "plain-delivered-changes", ticket = ticket),
    }
}

pub fn deadline_alert(l: Lang, record: &str) -> String {
    t!(l, "plain-deadline-alert", record = record)
}

pub fn arrived(l: Lang, record: &str) -> String {
    t!(l, "plain-arrived", record = record)
}

pub fn help(l: Lang) -> Vec<String> {
    t!(l, "plain-help").lines().map(str::to_string).collect()
}

pub fn draft_kind(reply: bool) -> &'static str {
    if reply { "reply" } else { "note" }
}

pub fn waiting_for_writes(l: Lang, n: usize) -> String {
    let (count, n) = counted(l, n as u64);
    t!(l, "plain-waiting-for-writes", count = count, n = n)
}

/// `what` is status, priority or agent.
pub fn not_known_yet(l: Lang, what: &str) -> String {
    t!(l, "plain-not-known-yet", what = what)
}

pub fn by_number(l: Lang) -> String {
    t!(l, "plain-by-number")
}

pub fn canned_default(l: Lang) -> String {
    t!(l, "plain-canned-default")
}

pub fn no_answer(l: Lang) -> String {
    t!(l, "plain-no-answer")
}

pub fn problem(
    l: Lang,
    warning: bool,
    file: &str,
    line: usize,
    col: usize,
    message: &str,
) -> String {
    if warning {
        t!(
            l,
            "plain-warning-at",
            file = file,
            line = line,
            col = col,
            message = message
        )
    } else {
        t!(
            l,
            "plain-error-at",
            file = file,
            line = line,
            col = col,
            message = message
        )
    }
}
