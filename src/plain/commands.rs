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
pub fn parse(l: crate::i18n::Lang, line: &str) -> Result<Command, String> {
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
                _ => return Err(words::needs_page(l)),
            },
        },
        "next" | "n" => Command::Next,
        "prev" | "previous" | "p" => Command::Prev,
        "open" | "o" => match arg {
            Some(a) => Command::Open(a.trim_start_matches('#').to_string()),
            None => return Err(words::needs_ticket(l)),
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
            None => return Err(words::search_needs_text(l)),
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
        w => return Err(words::unknown_command(l, w)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn words_and_their_arguments() {
        assert_eq!(parse(Lang::En, "  list "), Ok(Command::List(None)));
        assert_eq!(parse(Lang::En, "list 2"), Ok(Command::List(Some(2))));
        assert_eq!(
            parse(Lang::En, "open #1475"),
            Ok(Command::Open("1475".into()))
        );
        assert_eq!(parse(Lang::En, "1475"), Ok(Command::Open("1475".into())));
        assert_eq!(
            parse(Lang::En, "status pending"),
            Ok(Command::Status(Some("pending".into())))
        );
        assert_eq!(parse(Lang::En, "STATUS"), Ok(Command::Status(None)));
        assert_eq!(
            parse(Lang::En, "search refund not received"),
            Ok(Command::Search("refund not received".into()))
        );
        assert_eq!(parse(Lang::En, "?"), Ok(Command::Help));
        assert_eq!(parse(Lang::En, ""), Ok(Command::Nothing));
        assert_eq!(
            parse(Lang::En, "frobnicate"),
            Err("Error: frobnicate is not a command. Type help for the commands.".into())
        );
        assert!(
            parse(Lang::En, "open").is_err()
                && parse(Lang::En, "search").is_err()
                && parse(Lang::En, "list x").is_err()
        );
    }
}
