//! Numbered choices instead of arrow-key menus: the question, the options and the default in words
//! on one line; the answer is a number, an option's own word, or Enter for the default.

use super::words;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub question: String,
    pub options: Vec<String>,
    /// What an empty answer does, in words ("keep open", "send").
    pub default_words: String,
    /// The option an empty answer takes (`None`: it changes nothing).
    pub default: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The default (an empty answer).
    Default,
    Picked(usize),
    Invalid,
}

impl Choice {
    /// "Status of #1475 Search finds nothing? 1. open  2. pending  3. solved; default: keep open.
    /// Type a number, or press Enter for the default."
    pub fn line(&self, l: crate::i18n::Lang) -> String {
        let options: Vec<String> = self
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| words::option(i + 1, o))
            .collect();
        words::choices(l, &self.question, &options.join("  "), &self.default_words)
    }

    pub fn answer(&self, typed: &str) -> Answer {
        let typed = typed.trim();
        if typed.is_empty() {
            return match self.default {
                Some(i) => Answer::Picked(i),
                None => Answer::Default,
            };
        }
        if let Ok(n) = typed.trim_end_matches('.').parse::<usize>() {
            return match n {
                1.. if n <= self.options.len() => Answer::Picked(n - 1),
                _ => Answer::Invalid,
            };
        }
        // An option's own word does too ("pending"), when it names one option only.
        let lower = typed.to_lowercase();
        let mut named = self
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| o.to_lowercase() == lower);
        match (named.next(), named.next()) {
            (Some((i, _)), None) => Answer::Picked(i),
            _ => Answer::Invalid,
        }
    }

    pub fn invalid(&self, l: crate::i18n::Lang, typed: &str) -> String {
        words::not_a_choice(l, typed.trim(), self.options.len(), &self.default_words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn status() -> Choice {
        Choice {
            question: "Status of #1475 Search finds nothing?".into(),
            options: vec!["open".into(), "pending".into(), "solved".into()],
            default_words: "keep open".into(),
            default: None,
        }
    }

    #[test]
    fn the_choices_are_numbered_and_the_default_is_said_in_words() {
        assert_eq!(
            status().line(Lang::En),
            "Status of #1475 Search finds nothing? 1. open  2. pending  3. solved; \
             default: keep open. Type a number, or press Enter for the default."
        );
    }

    #[test]
    fn an_answer_is_a_number_a_word_or_enter_for_the_default() {
        let c = status();
        assert_eq!(c.answer(""), Answer::Default);
        assert_eq!(c.answer(" 2 "), Answer::Picked(1));
        assert_eq!(c.answer("3."), Answer::Picked(2));
        assert_eq!(c.answer("Pending"), Answer::Picked(1));
        assert_eq!(c.answer("0"), Answer::Invalid);
        assert_eq!(c.answer("4"), Answer::Invalid);
        assert_eq!(c.answer("later"), Answer::Invalid);
        assert_eq!(
            c.invalid(Lang::En, "4"),
            "Error: 4 is not one of the choices. Type a number from 1 to 3, or press Enter to keep open."
        );
    }

    #[test]
    fn a_default_that_is_an_option_is_taken_by_enter() {
        let c = Choice {
            question: "Send the reply to #1475 Search finds nothing?".into(),
            options: vec!["send".into(), "keep as a draft".into()],
            default_words: "send".into(),
            default: Some(0),
        };
        assert_eq!(c.answer(""), Answer::Picked(0));
        assert!(
            c.line(Lang::En)
                .ends_with("default: send. Type a number, or press Enter for the default.")
        );
    }
}
