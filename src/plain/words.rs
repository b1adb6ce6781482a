//! Every sentence plain mode says, in one place, each a whole sentence with its arguments, so that
//! they can move into a message catalogue as they are (no sentence is built from fragments
//! elsewhere). Words, not abbreviations: they are heard and read in braille.

/// A span of time in words: "less than a minute", "1 minute", "3 hours", "2 days".
pub fn span(secs: i64) -> String {
    let a = secs.unsigned_abs();
    match a {
        0..60 => "less than a minute".into(),
        60..120 => "1 minute".into(),
        120..3600 => format!("{} minutes", a / 60),
        3600..7200 => "1 hour".into(),
        7200..86_400 => format!("{} hours", a / 3600),
        86_400..172_800 => "1 day".into(),
        _ => format!("{} days", a / 86_400),
    }
}

pub fn priority(label: &str) -> String {
    format!("priority {label}")
}

pub fn breached(ago: &str) -> String {
    format!("breached {ago} ago")
}

pub fn breaches_in(left: &str) -> String {
    format!("breaches in {left}")
}

pub fn updated_ago(ago: &str) -> String {
    format!("updated {ago} ago")
}

pub fn customer_tier(tier: &str) -> String {
    format!("{tier} customer")
}

pub const NO_SUBJECT: &str = "no subject";
pub const NO_REQUESTER: &str = "no requester";
pub const SELECTED: &str = "selected";

pub fn ticket_heading(id: &str, messages: usize) -> String {
    match messages {
        1 => format!("Ticket {id}, 1 message"),
        n => format!("Ticket {id}, {n} messages"),
    }
}

pub fn ticket_loading_failed(id: &str, why: &str) -> String {
    format!("Ticket {id}: its conversation could not be read: {why}")
}

pub fn message_heading(n: usize, of: usize, public: bool, ago: &str) -> String {
    if public {
        format!("Message {n} of {of}, public, {ago} ago, from:")
    } else {
        format!("Message {n} of {of}, internal note, {ago} ago, from:")
    }
}

pub const UNKNOWN_AUTHOR: &str = "an unknown author";

pub fn attachments(n: usize) -> String {
    match n {
        1 => "1 attachment.".into(),
        n => format!("{n} attachments."),
    }
}

pub fn end_of_ticket(id: &str) -> String {
    format!("End of ticket {id}.")
}

pub fn queue_heading(view: &str, first: usize, last: usize, of: &str) -> String {
    format!("Queue {view}, tickets {first} to {last} of {of}.")
}

pub fn queue_empty(view: &str) -> String {
    format!("Queue {view} has no tickets.")
}

pub fn or_more(n: usize) -> String {
    format!("{n} or more")
}

pub fn next_page(page: usize) -> String {
    format!("Type list {page} for the next tickets.")
}

pub fn no_such_page(loaded: usize) -> String {
    format!("Error: only {loaded} tickets are loaded. Type list for the first ones.")
}

pub const NO_VIEW: &str = "no view";

pub fn loading(view: &str) -> String {
    if view == NO_VIEW {
        return "Loading the queue.".into();
    }
    format!("Loading {view}.")
}

pub fn loaded(n: usize, view: &str) -> String {
    match n {
        1 => format!("Loaded 1 ticket of {view}."),
        n => format!("Loaded {n} tickets of {view}."),
    }
}

pub const LAST_TICKET: &str = "That is the last ticket loaded; type list to see the queue.";
pub const FIRST_TICKET: &str = "That is the first ticket of the queue.";
pub const NO_TICKET_OPEN: &str = "Error: no ticket is open. Type next, or open and a number.";
pub const QUEUE_EMPTY_NOW: &str = "Error: the queue has no tickets yet. Type refresh, or wait.";

pub fn unknown_command(word: &str) -> String {
    format!("Error: {word} is not a command. Type help for the commands.")
}

pub fn needs_argument(command: &str, what: &str) -> String {
    format!("Error: {command} needs {what}, for example: {command} 1475.")
}

pub const SEARCH_NEEDS_TEXT: &str =
    "Error: search needs words to look for, for example: search refund.";

pub fn welcome(helpdesk: &str) -> String {
    format!("tix plain mode, on {helpdesk}. Type help for the commands, list for the queue.")
}

pub const THE_DEMO: &str = "the demo helpdesk";

pub fn profile(name: &str) -> String {
    format!("profile {name}")
}

pub const PROMPT: &str = "tix> ";

pub fn compose_start(kind: &str, ticket: &str) -> String {
    format!(
        "Write the {kind} to {ticket}. End it with a line holding only a full stop. Your lines are kept as a draft as you type."
    )
}

pub fn draft_so_far(kind: &str, ticket: &str) -> String {
    format!("The {kind} draft of {ticket} so far; the lines you type go after it:")
}

pub fn draft_reads(kind: &str, ticket: &str) -> String {
    format!("The {kind} to {ticket} reads:")
}

pub fn editor_opening(kind: &str, ticket: &str) -> String {
    format!("Opening your editor on the {kind} to {ticket}.")
}

pub const NOTHING_WRITTEN: &str = "Nothing written; no draft is kept.";

pub fn send_question(kind: &str, ticket: &str) -> String {
    format!("Send the {kind} to {ticket}?")
}

pub const SEND: &str = "send";
pub const ADD_LINES: &str = "write more";
pub const KEEP_DRAFT: &str = "keep as a draft";
pub const DISCARD: &str = "discard";

pub fn status_question(ticket: &str) -> String {
    format!("Status of {ticket}?")
}

pub fn priority_question(ticket: &str) -> String {
    format!("Priority of {ticket}?")
}

pub fn assign_question(ticket: &str) -> String {
    format!("Assign {ticket} to?")
}

pub fn canned_question(ticket: &str) -> String {
    format!("Canned response for the reply to {ticket}?")
}

pub const VIEW_QUESTION: &str = "Which view?";
pub const ME: &str = "me";
pub const NONE_YET: &str = "none";
pub const NO_CANNED: &str = "Error: no canned responses are loaded yet. Try again in a moment.";
pub const NO_VIEWS: &str = "Error: no views are loaded yet. Try again in a moment.";

pub fn keep(what: &str) -> String {
    format!("keep {what}")
}

pub fn unassigned() -> String {
    "unassigned".into()
}

/// A numbered list of choices and its default in words, on one line.
pub fn choices(question: &str, options: &str, default: &str) -> String {
    format!(
        "{question} {options}; default: {default}. Type a number, or press Enter for the default."
    )
}

pub fn option(n: usize, label: &str) -> String {
    format!("{n}. {label}")
}

pub fn not_a_choice(answer: &str, last: usize, default: &str) -> String {
    format!(
        "Error: {answer} is not one of the choices. Type a number from 1 to {last}, or press Enter to {default}."
    )
}

pub fn unchanged(what: &str, ticket: &str) -> String {
    format!("The {what} of {ticket} stays as it was.")
}

pub fn no_word(what: &str, word: &str, valid: &str) -> String {
    format!("Error: there is no {what} {word} here. The {what} words are: {valid}.")
}

pub fn more(shown: usize, total: usize) -> String {
    format!("{shown} of {total} lines. Press Enter for more, or q to stop.")
}

pub fn stopped(left: usize) -> String {
    format!("Stopped; {left} lines not shown.")
}

pub fn held(n: usize) -> String {
    match n {
        1 => "While you were busy, 1 announcement came:".into(),
        n => format!("While you were busy, {n} announcements came:"),
    }
}

pub const QUIET: &str = "Quiet: announcements wait until your next command.";

pub fn more_events(n: usize) -> String {
    match n {
        1 => "1 more announcement came; type news to hear it.".into(),
        n => format!("{n} more announcements came; type news to hear them."),
    }
}

pub const NO_NEWS: &str = "No announcements yet.";

pub fn delivered(reply: Option<bool>, ticket: &str) -> String {
    match reply {
        Some(true) => format!("A reply to {ticket} was delivered from the outbox."),
        Some(false) => format!("A note on {ticket} was delivered from the outbox."),
        None => format!("Changes to {ticket} were delivered from the outbox."),
    }
}

pub fn deadline_alert(record: &str) -> String {
    format!("Deadline alert: {record}")
}

pub fn arrived(record: &str) -> String {
    format!("New urgent or VIP ticket: {record}")
}

pub fn help() -> Vec<String> {
    [
        "Commands:",
        "list, or list and a page number: the queue, one ticket a line.",
        "next and prev: open the next or the previous ticket of the queue.",
        "open and a number: open that ticket, for example open 1475.",
        "show: the open ticket again.",
        "reply: write a reply to the open ticket.",
        "note: write an internal note on the open ticket.",
        "status, priority, assign: change the open ticket; a word after it sets it at once, for example status pending.",
        "canned: put a canned response into the reply.",
        "view: list the views and switch to one.",
        "search and words: search the helpdesk, for example search refund.",
        "refresh: load the queue again.",
        "quiet: hold announcements until your next command.",
        "news: the announcements of this session.",
        "help, or a question mark: this list.",
        "quit: leave tix; drafts are kept.",
    ]
    .into_iter()
    .map(str::to_string)
    .collect()
}

pub fn draft_kind(reply: bool) -> &'static str {
    if reply { "reply" } else { "note" }
}

pub fn waiting_for_writes(n: usize) -> String {
    match n {
        1 => "Waiting for 1 write to reach the helpdesk; it is in the outbox either way.".into(),
        n => format!(
            "Waiting for {n} writes to reach the helpdesk; they are in the outbox either way."
        ),
    }
}

pub fn not_known_yet(what: &str) -> String {
    format!("Error: the helpdesk's {what} list is not loaded yet. Try again in a moment.")
}

pub fn by_number() -> String {
    "type the command alone for the numbered list".into()
}

pub const CANNED_DEFAULT: &str = "insert none";

pub const NO_ANSWER: &str =
    "Error: the helpdesk has not answered in time; reading the next command.";

pub fn problem(warning: bool, file: &str, line: usize, col: usize, message: &str) -> String {
    if warning {
        format!("Warning in {file}, line {line}, column {col}: {message}")
    } else {
        format!("Error in {file}, line {line}, column {col}: {message}")
    }
}
