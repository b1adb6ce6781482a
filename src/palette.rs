//! The command palette's items: every action (with its current key) and every canned response,
//! fuzzy-matched against what the agent typed.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};

use crate::action::Action;
use crate::helpdesk::CannedResponse;
use crate::keymap::{Context, Keymap};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Action(Action),
    /// Index into the canned responses.
    Canned(usize),
    /// Open a ticket by its number (typed as `1200` or `#1200`).
    GoTo(crate::helpdesk::Id),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub label: String,
    pub key: Option<String>,
    pub target: Target,
}

/// Actions that make sense to run from the palette (prompt keys do not).
fn runnable(a: Action) -> bool {
    !matches!(
        a,
        Action::Accept
            | Action::Dismiss
            | Action::Palette
            | Action::MacroApply
            | Action::MacroEdit
            | Action::CollisionSend
            | Action::CollisionEdit
            | Action::CollisionKeep
            | Action::AttachmentSave
            | Action::AttachmentOpen
            | Action::WorkflowNext
            | Action::WorkflowBack
            | Action::WorkflowRestart
            | Action::WorkflowStop
    )
}

pub fn items(
    query: &str,
    keymap: &Keymap,
    ctx: Context,
    canned: &[CannedResponse],
    lang: crate::i18n::Lang,
) -> Vec<Item> {
    let mut all: Vec<Item> = Action::ALL
        .iter()
        .filter(|a| runnable(**a))
        .map(|a| Item {
            label: format!("{}  {}", a.name(), a.description(lang)),
            key: keymap.key_for(ctx, *a),
            target: Target::Action(*a),
        })
        .collect();
    all.extend(canned.iter().enumerate().map(|(i, c)| Item {
        label: match &c.folder {
            Some(f) => format!("canned: {f} › {}", c.title),
            None => format!("canned: {}", c.title),
        },
        key: None,
        target: Target::Canned(i),
    }));
    if query.trim().is_empty() {
        return all;
    }
    // A number is a ticket to open, offered first.
    let number = query.trim().trim_start_matches('#');
    let go_to = (!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())).then(|| Item {
        label: format!("Open #{number}"),
        key: None,
        target: Target::GoTo(crate::helpdesk::Id::from(number.to_string())),
    });
    if query.trim() == "#" {
        return vec![];
    }
    let mut matcher = Matcher::new(Config::DEFAULT);
    let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
    let labels: Vec<&str> = all.iter().map(|i| i.label.as_str()).collect();
    let mut scored: Vec<(usize, u32)> = pattern
        .match_list(
            labels.iter().enumerate().map(|(i, l)| Indexed(i, l)),
            &mut matcher,
        )
        .into_iter()
        .map(|(Indexed(i, _), score)| (i, score))
        .collect();
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    go_to
        .into_iter()
        .chain(scored.into_iter().map(|(i, _)| all[i].clone()))
        .collect()
}

/// A label that remembers its position.
struct Indexed<'a>(usize, &'a &'a str);

impl AsRef<str> for Indexed<'_> {
    fn as_ref(&self) -> &str {
        self.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn fuzzy_finds_actions_and_canned_responses() {
        let km = Keymap::default_keymap();
        let found = items("reply", &km, Context::Queue, &[], Lang::En);
        assert_eq!(found[0].target, Target::Action(Action::Reply));
        assert_eq!(found[0].key.as_deref(), Some("r"));
        let canned = vec![CannedResponse {
            id: crate::helpdesk::Id::from(1),
            title: "Refund issued".into(),
            folder: Some("Billing".into()),
            body: String::new(),
            syntax: crate::helpdesk::PlaceholderSyntax::None,
            sets_status: None,
            kind: crate::helpdesk::CannedKind::Text,
            language: None,
        }];
        let found = items("refnd", &km, Context::Queue, &canned, Lang::En);
        assert_eq!(found[0].target, Target::Canned(0));
        let all = items("", &km, Context::Queue, &canned, Lang::En);
        assert!(
            all.iter()
                .all(|i| i.target != Target::Action(Action::Accept))
        );
        assert!(items("zzqqxx", &km, Context::Queue, &canned, Lang::En).is_empty());
    }

    #[test]
    fn actions_are_found_by_their_words_in_the_agents_language() {
        let km = Keymap::default_keymap();
        let found = items("clientului", &km, Context::Queue, &[], Lang::Ro);
        assert_eq!(found[0].target, Target::Action(Action::Reply));
        assert!(
            found[0].label.contains("Răspunde clientului"),
            "{}",
            found[0].label
        );
        // The action's name stays English: it is the keymap's API.
        assert!(found[0].label.starts_with("ticket.reply"));
    }
}
