//! The command line of plain mode: a word and what follows it, parsed (pure).

use super::words;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    List(Option<usize>),
    Next,
    Prev,
    Open(String),
    Show,
    Reply,
    Note,
    Status(Option<String>),
    Priority(Option<String>),
    Assign(Option<String>),
    Canned(Option<String>),
    View(Option<String>),
    Search(String),
    Refresh,
    Quiet,
    News,
    Help,
    Quit,
    /// An empty line: nothing to do.
    Nothing,
}

/// A typed line as a command, or the error to say.
pub fn parse(line: &str) -> Result<Command, String> {
    let line = line.trim();
    let (word, rest) = match line.split_once(char::is_whitespace) {
        Some((w, r)) => (w, r.trim()),
        None => (line, ""),
    };
    let arg = (!rest.is_empty()).then(|| rest.to_string());
    Ok(match word.to_lowercase().as_str() {
        "" => Command::Nothing,
        "list" | "ls" => match arg {
            None => Command::List(None),
            Some(a) => match a.parse::<usize>() {
                Ok(n) if n >= 1 => Command::List(Some(n)),
                _ => return Err(words::needs_argument("list", "a page number")),
            },
        },
        "next" | "n" => Command::Next,
        "prev" | "previous" | "p" => Command::Prev,
        "open" | "o" => match arg {
            Some(a) => Command::Open(a.trim_start_matches('#').to_string()),
            None => return Err(words::needs_argument("open", "a ticket number")),
        },
        "show" => Command::Show,
        "reply" | "r" => Command::Reply,
        "note" => Command::Note,
        "status" => Command::Status(arg),
        "priority" => Command::Priority(arg),
        "assign" => Command::Assign(arg),
        "canned" => Command::Canned(arg),
        "view" | "views" => Command::View(arg),
        "search" | "find" => match arg {
            Some(a) => Command::Search(a),
            None => return Err(words::SEARCH_NEEDS_TEXT.to_string()),
        },
        "refresh" => Command::Refresh,
        "quiet" => Command::Quiet,
        "news" => Command::News,
        "help" | "?" => Command::Help,
        "quit" | "exit" | "q" => Command::Quit,
        // A bare number opens that ticket.
        w if w.trim_start_matches('#').parse::<u64>().is_ok() && arg.is_none() => {
            Command::Open(w.trim_start_matches('#').to_string())
        }
        w => return Err(words::unknown_command(w)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_their_arguments() {
        assert_eq!(parse("  list "), Ok(Command::List(None)));
        assert_eq!(parse("list 2"), Ok(Command::List(Some(2))));
        assert_eq!(parse("open #1475"), Ok(Command::Open("1475".into())));
        assert_eq!(parse("1475"), Ok(Command::Open("1475".into())));
        assert_eq!(
            parse("status pending"),
            Ok(Command::Status(Some("pending".into())))
        );
        assert_eq!(parse("STATUS"), Ok(Command::Status(None)));
        assert_eq!(
            parse("search refund not received"),
            Ok(Command::Search("refund not received".into()))
        );
        assert_eq!(parse("?"), Ok(Command::Help));
        assert_eq!(parse(""), Ok(Command::Nothing));
        assert_eq!(
            parse("frobnicate"),
            Err("Error: frobnicate is not a command. Type help for the commands.".into())
        );
        assert!(parse("open").is_err() && parse("search").is_err() && parse("list x").is_err());
    }
}
