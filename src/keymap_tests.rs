use super::*;

fn k(s: &str) -> Key {
    Key::parse(s).unwrap()
}

#[test]
fn shipped_presets_pass_their_own_checks() {
    for (name, text) in PRESETS {
        let errors: Vec<_> = check(crate::i18n::Lang::En, name, text)
            .into_iter()
            .filter(|p| !p.warning)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn every_action_is_bound_in_the_default_preset() {
    let km = Keymap::default_keymap();
    for a in Action::ALL {
        let bound = Context::ALL
            .iter()
            .any(|c| km.bindings(*c).iter().any(|b| b.action == Some(*a)));
        assert!(bound, "{} is not bound", a.name());
    }
}

#[test]
fn keys_parse_and_normalise() {
    assert_eq!(k("G"), k("shift-g"));
    assert_eq!(
        k("ctrl-s"),
        Key {
            code: KeyCode::Char('s'),
            mods: KeyModifiers::CONTROL
        }
    );
    assert_eq!(k("shift-tab").code, KeyCode::BackTab);
    assert!(Key::parse("hyper-x").is_err());
    let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(Key::from_event(ev), k("G"));
}

#[test]
fn panel_bindings_win_and_compose_is_isolated() {
    let km = Keymap::default_keymap();
    assert_eq!(km.action(Context::Queue, k("/")), Some(Action::Filter));
    assert_eq!(km.action(Context::Conversation, k("/")), None);
    assert_eq!(km.action(Context::Conversation, k("j")), Some(Action::Down));
    assert_eq!(km.action(Context::Compose, k("j")), None);
    assert_eq!(km.action(Context::Compose, k("ctrl-s")), Some(Action::Send));
}

#[test]
fn sequences_are_pending_then_matched() {
    let (km, p) = Keymap::load(Some("vim"), None);
    assert!(p.is_empty(), "{p:?}");
    match km.lookup(Context::Queue, &[k("g")]) {
        Lookup::Pending(next) => assert!(next.iter().any(|b| b.keys_label() == "g g")),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        km.lookup(Context::Queue, &[k("g"), k("g")]),
        Lookup::Matched(b) if b.action == Some(Action::Top)
    ));
    assert_eq!(
        km.lookup(Context::Queue, &[k("g"), k("x")]),
        Lookup::NotFound
    );
}

#[test]
fn user_entries_replace_single_keys_and_none_unbinds() {
    let user = r#"
[global]
"ctrl-r" = "ticket.reply"
"q" = "none"
[queue]
"p" = { action = "ticket.set-status", args = { status = "pending" }, desc = "Mark pending" }
"#;
    let (km, problems) = Keymap::load(None, Some(("keymap.toml", user)));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(km.action(Context::Queue, k("ctrl-r")), Some(Action::Reply));
    assert_eq!(
        km.action(Context::Queue, k("r")),
        Some(Action::Reply),
        "preset kept"
    );
    assert_eq!(km.action(Context::Queue, k("q")), None, "unbound");
    assert_eq!(km.action(Context::Queue, k("ctrl-c")), Some(Action::Quit));
    let Lookup::Matched(b) = km.lookup(Context::Queue, &[k("p")]) else {
        panic!()
    };
    assert_eq!(b.args["status"], "pending");
    assert_eq!(b.description(crate::i18n::Lang::Ro), "Mark pending");
    assert!(
        km.show()
            .contains("queue\tp\tticket.set-status status=pending\n")
    );
}

#[test]
fn bad_entries_are_located_and_skipped() {
    let user = "[global]\n\"j\" = \"queue.fly\"\n\"hyper-x\" = \"app.quit\"\n\"k\" = \"list.up\"\n[nowhere]\n\"a\" = \"app.quit\"\n[queue]\n\"G\" = \"list.top\"\n\"shift-g\" = \"list.bottom\"\n";
    let (km, problems) = Keymap::load(None, Some(("keymap.toml", user)));
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|p| p.starts_with("keymap.toml:2:7: unknown action \"queue.fly\"")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|p| p.starts_with("keymap.toml:3:1: \"hyper-x\"")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|p| p.starts_with("keymap.toml:5:2: unknown context [nowhere]")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|p| p
                .starts_with("keymap.toml:9:1: G is bound twice in [queue] (first on line 8")),
        "{text:?}"
    );
    // The good entry still loaded, and the preset's j is untouched.
    assert_eq!(km.action(Context::Queue, k("k")), Some(Action::Up));
    assert_eq!(km.action(Context::Queue, k("j")), Some(Action::Down));
}

#[test]
fn printable_keys_are_refused_where_text_is_typed() {
    let text = "[compose]\n\"e\" = \"compose.send\"\n\"shift-a\" = \"compose.send\"\n\"space\" = \"compose.send\"\n\"é\" = \"compose.send\"\n\"x ctrl-s\" = \"compose.send\"\n\"1\" = \"none\"\n\"ctrl-e\" = \"compose.send\"\n\"alt-x\" = \"compose.send\"\n\"f2\" = \"compose.send\"\n\"shift-enter\" = \"compose.send\"\n\"ctrl-x e\" = \"compose.editor\"\n[palette]\n\"j\" = \"list.down\"\n\"ctrl-j\" = \"list.down\"\n[macro]\n\"n\" = \"prompt.cancel\"\n[queue]\n\"x\" = \"list.top\"\n";
    let problems = check(crate::i18n::Lang::En, "k.toml", text);
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| !p.warning)
        .map(ToString::to_string)
        .collect();
    // Lines 2-7 (a character, shift, space, non-ASCII, a sequence's first key, an unbinding) and
    // line 14 ([palette] types the filter, palette and help queries); nothing else.
    let lines: Vec<usize> = problems
        .iter()
        .filter(|p| !p.warning)
        .map(|p| p.line)
        .collect();
    assert_eq!(lines, [2, 3, 4, 5, 6, 7, 14], "{errors:?}");
    assert!(
        errors[0].starts_with("k.toml:2:1: \"e\" types a character in [compose]"),
        "{errors:?}"
    );
    assert!(errors[6].contains("[palette]"), "{errors:?}");

    // Loaded at start: skipped and reported, so the composer types the letter.
    let (km, problems) = Keymap::load(None, Some(("keymap.toml", text)));
    assert_eq!(problems.iter().filter(|p| !p.warning).count(), 7);
    assert_eq!(km.lookup(Context::Compose, &[k("e")]), Lookup::NotFound);
    assert_eq!(km.lookup(Context::Compose, &[k("x")]), Lookup::NotFound);
    assert_eq!(km.action(Context::Compose, k("ctrl-e")), Some(Action::Send));
    assert_eq!(km.action(Context::Palette, k("j")), None);
    assert_eq!(km.action(Context::Macro, k("n")), Some(Action::Dismiss));
}

#[test]
fn a_single_key_hides_its_sequences_across_the_preset_and_the_user_file() {
    // The default preset binds g alone in [global]: a user's "g g" there could never run.
    let (_, problems) = Keymap::load(
        None,
        Some(("keymap.toml", "[global]\n\"g g\" = \"list.bottom\"\n")),
    );
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 1, "{text:?}");
    assert!(
        text[0].starts_with(
            "keymap.toml:2:1: warning: g g can never be reached: g alone runs list.top at once"
        ),
        "{text:?}"
    );
    // The vim preset binds g g: a user's g alone hides it.
    let (_, problems) = Keymap::load(
        Some("vim"),
        Some(("keymap.toml", "[global]\n\"g\" = \"app.help\"\n")),
    );
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 1, "{text:?}");
    assert!(
        text[0].starts_with("keymap.toml:2:1: warning: g runs at once: the sequence g g (list.top) can never be reached"),
        "{text:?}"
    );
}

#[test]
fn unbinding_a_key_frees_it_for_sequences() {
    // "none" on the single key is how to make room for sequences that start with it.
    let user = "[global]\n\"g\" = \"none\"\n\"g b\" = \"list.bottom\"\n";
    let (km, problems) = Keymap::load(None, Some(("keymap.toml", user)));
    assert!(problems.is_empty(), "{problems:?}");
    assert!(matches!(
        km.lookup(Context::Queue, &[k("g")]),
        Lookup::Pending(_)
    ));
    assert!(matches!(
        km.lookup(Context::Queue, &[k("g"), k("b")]),
        Lookup::Matched(b) if b.action == Some(Action::Bottom)
    ));
    // A panel's "none" still stops the global key from applying.
    let (km, _) = Keymap::load(None, Some(("keymap.toml", "[queue]\n\"G\" = \"none\"\n")));
    assert!(matches!(
        km.lookup(Context::Queue, &[k("G")]),
        Lookup::Matched(b) if b.action.is_none()
    ));
}

#[test]
fn risky_chords_and_shadowing_warn() {
    let text = "[global]\n\"ctrl-i\" = \"app.help\"\n\"ctrl-b\" = \"app.quit\"\n\"z\" = \"list.top\"\n\"z z\" = \"list.bottom\"\n";
    let problems = check(crate::i18n::Lang::En, "k.toml", text);
    assert!(problems.iter().all(|p| p.warning), "{problems:?}");
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|p| p.starts_with("k.toml:2:1: warning: terminals send ctrl-i as tab"))
    );
    assert!(text.iter().any(|p| p.contains("ctrl-b is the tmux prefix")));
    assert!(
        text.iter()
            .any(|p| p.starts_with("k.toml:4:1: warning: z runs at once: the sequence z z (list.bottom) can never be reached")),
        "{text:?}"
    );
}
