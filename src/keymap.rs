//! Keys to actions, per context. The default keymap ships in keymaps/default.toml and is compiled in,
//! so the help screen is generated from the same data that drives the keys.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;
use crate::config::Problem;
use crate::i18n::Lang;
use crate::t;

pub const DEFAULT: &str = include_str!("../keymaps/default.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    Queue,
    Conversation,
    Canned,
    Customer,
    Compose,
    Palette,
    /// A macro's preview.
    Macro,
    /// The attachment picker (its own keys; it moves like any picker).
    Attachments,
    /// A guided workflow (answers by number or letter are not bound: they are the answers).
    Workflow,
    /// An article read in the knowledge overlay.
    Knowledge,
    /// The snooze picker's own keys (a time is typed there: [palette]'s keys serve it too).
    Snooze,
    /// The collision prompt (a write the ticket changed under).
    Collision,
}

impl Context {
    pub const ALL: [Context; 13] = [
        Context::Global,
        Context::Queue,
        Context::Conversation,
        Context::Canned,
        Context::Customer,
        Context::Compose,
        Context::Palette,
        Context::Macro,
        Context::Attachments,
        Context::Workflow,
        Context::Knowledge,
        Context::Snooze,
        Context::Collision,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Queue => "queue",
            Context::Conversation => "conversation",
            Context::Canned => "canned",
            Context::Customer => "customer",
            Context::Compose => "compose",
            Context::Palette => "palette",
            Context::Macro => "macro",
            Context::Attachments => "attachments",
            Context::Workflow => "workflow",
            Context::Knowledge => "knowledge",
            Context::Snooze => "snooze",
            Context::Collision => "collision",
        }
    }

    /// Where keys the keymap does not take are typed as text: the composer, and [palette], which
    /// serves the filter, palette and help queries. A key that types a character cannot be bound
    /// there, or typing a word would run commands.
    pub fn types_text(self) -> bool {
        matches!(self, Context::Compose | Context::Palette | Context::Snooze)
    }
}

/// A key with its modifiers, normalised so that `G` and `shift-g` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn from_event(ev: KeyEvent) -> Key {
        let mut mods = ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match ev.code {
            // Shift is already in the character.
            KeyCode::Char(c) => KeyCode::Char(c),
            KeyCode::BackTab => KeyCode::BackTab,
            other => {
                mods |= ev.modifiers & KeyModifiers::SHIFT;
                other
            }
        };
        Key { code, mods }
    }

    pub fn parse(s: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("shift-") {
                mods |= KeyModifiers::SHIFT;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            f if f.starts_with('f') && f.len() > 1 && f[1..].parse::<u8>().is_ok() => {
                KeyCode::F(f[1..].parse().unwrap_or(1))
            }
            c if c.chars().count() == 1 => {
                let ch = c.chars().next().unwrap_or(' ');
                if mods.contains(KeyModifiers::SHIFT) && ch.is_ascii_alphabetic() {
                    mods -= KeyModifiers::SHIFT;
                    KeyCode::Char(ch.to_ascii_uppercase())
                } else {
                    KeyCode::Char(ch)
                }
            }
            other => return Err(format!("unknown key name {other:?}")),
        };
        if code == KeyCode::Tab && mods == KeyModifiers::SHIFT {
            return Ok(Key {
                code: KeyCode::BackTab,
                mods: KeyModifiers::NONE,
            });
        }
        Ok(Key { code, mods })
    }
}

impl Key {
    /// Whether the key types a character: a character key, plain or with shift (letters, digits,
    /// punctuation, space, non-ASCII). Ctrl and alt chords and named keys type nothing.
    pub fn types_character(&self) -> bool {
        matches!(self.code, KeyCode::Char(c) if !c.is_control())
            && (self.mods - KeyModifiers::SHIFT).is_empty()
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("shift-tab"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Delete => f.write_str("delete"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            KeyCode::PageUp => f.write_str("pageup"),
            KeyCode::PageDown => f.write_str("pagedown"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// What a key sequence is bound to: an action with optional arguments and description, or nothing
/// (`"x" = "none"` unbinds a key of the preset, and stops a global binding from applying).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: Option<Action>,
    pub args: BTreeMap<String, String>,
    pub desc: Option<String>,
}

impl Binding {
    /// A plain binding of an action (for the palette, which runs actions without keys).
    pub fn of(action: Action) -> Binding {
        Binding {
            keys: vec![],
            action: Some(action),
            args: BTreeMap::new(),
            desc: None,
        }
    }

    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The keymap's own `desc` as written, else the action's in the interface's language.
    pub fn description(&self, lang: crate::i18n::Lang) -> String {
        match (&self.desc, self.action) {
            (Some(d), _) => d.clone(),
            (None, Some(a)) => a.description(lang),
            (None, None) => crate::t!(lang, "binding-unbound"),
        }
    }
}

/// The answer to a key sequence typed so far (helix's KeyTrie result).
#[derive(Debug, PartialEq)]
pub enum Lookup<'a> {
    Matched(&'a Binding),
    /// A prefix of longer sequences: wait for the next key. Holds what can follow.
    Pending(Vec<&'a Binding>),
    NotFound,
}

#[derive(Debug, Clone, Default)]
pub struct Keymap {
    bindings: BTreeMap<Context, Vec<Binding>>,
}

pub const PRESETS: [(&str, &str); 3] = [
    ("default", DEFAULT),
    ("vim", include_str!("../keymaps/vim.toml")),
    ("emacs", include_str!("../keymaps/emacs.toml")),
];

/// Chords a terminal sends as the same bytes as another key.
const INDISTINGUISHABLE: [(&str, &str); 4] = [
    ("ctrl-i", "tab"),
    ("ctrl-m", "enter"),
    ("ctrl-[", "esc"),
    ("ctrl-h", "backspace"),
];
const MULTIPLEXER_PREFIXES: [(&str, &str); 2] = [("ctrl-b", "tmux"), ("ctrl-a", "GNU screen")];

impl Keymap {
    /// The default preset alone.
    pub fn default_keymap() -> Keymap {
        // The shipped presets are checked by tests, so this never drops a binding.
        Keymap::load(None, None).0
    }

    /// A preset (by name) with an optional user file layered on top: a user entry replaces only its
    /// key. Bad entries are skipped and reported; the rest loads.
    pub fn load(preset: Option<&str>, user: Option<(&str, &str)>) -> (Keymap, Vec<Problem>) {
        Keymap::load_in(Lang::En, preset, user)
    }

    /// `load`, its problems said in `l`.
    pub fn load_in(
        l: Lang,
        preset: Option<&str>,
        user: Option<(&str, &str)>,
    ) -> (Keymap, Vec<Problem>) {
        let mut problems = vec![];
        let name = preset.unwrap_or("default");
        let text = match PRESETS.iter().find(|(n, _)| *n == name) {
            Some((_, t)) => *t,
            None => {
                problems.push(Problem {
                    file: "config.toml".into(),
                    line: 1,
                    col: 1,
                    message: {
                        let name = format!("{name:?}");
                        t!(l, "km-unknown-preset", name = name)
                    },
                    warning: false,
                });
                DEFAULT
            }
        };
        let mut km = Keymap::default();
        let (preset_layer, p) = parse_layer(l, &format!("keymaps/{name}.toml"), text);
        problems.extend(p.into_iter().filter(|p| !p.warning));
        km.layer(preset_layer.into_iter().map(|(c, b, _)| (c, b)).collect());
        if let Some((file, text)) = user {
            let (user_layer, p) = parse_layer(l, file, text);
            problems.extend(p);
            let placed: Vec<(Context, Vec<Key>, usize)> = user_layer
                .iter()
                .map(|(c, b, pos)| (*c, b.keys.clone(), *pos))
                .collect();
            km.layer(user_layer.into_iter().map(|(c, b, _)| (c, b)).collect());
            problems.extend(km.hidden_by_the_preset(l, file, text, &placed));
        }
        (km, problems)
    }

    /// Warnings for the user's entries that hide, or are hidden by, the preset's: a single key
    /// bound to an action runs at once (see `lookup`), so a sequence of the same context that
    /// starts with it never runs. Pairs within the user's file are `parse_layer`'s to report.
    fn hidden_by_the_preset(
        &self,
        l: Lang,
        file: &str,
        text: &str,
        user: &[(Context, Vec<Key>, usize)],
    ) -> Vec<Problem> {
        let lines = crate::config::Lines::new(text);
        let mine: HashSet<(Context, &[Key])> =
            user.iter().map(|(c, k, _)| (*c, k.as_slice())).collect();
        // Lookups, not scans: a layer of 40,000 entries costs its length (benches/keymap_check.rs).
        let mut merged: HashMap<(Context, &[Key]), &Binding> = HashMap::new();
        let mut single: HashMap<(Context, &[Key]), &Binding> = HashMap::new();
        let mut first_longer: HashMap<(Context, &[Key]), &Binding> = HashMap::new();
        for (c, list) in &self.bindings {
            for b in list {
                merged.insert((*c, b.keys.as_slice()), b);
            }
            for b in list
                .iter()
                .filter(|b| !mine.contains(&(*c, b.keys.as_slice())))
            {
                if b.action.is_some() {
                    single.insert((*c, b.keys.as_slice()), b);
                }
                for n in 1..b.keys.len() {
                    first_longer.entry((*c, &b.keys[..n])).or_insert(b);
                }
            }
        }
        let mut problems = vec![];
        for (ctx, keys, pos) in user {
            let Some(b) = merged.get(&(*ctx, keys.as_slice())) else {
                continue;
            };
            if b.action.is_some()
                && let Some(longer) = first_longer.get(&(*ctx, keys.as_slice()))
            {
                problems.push(
                    lines
                        .problem(file, *pos, runs_at_once(l, b, longer))
                        .warning(),
                );
            }
            if let Some(short) = (1..keys.len()).find_map(|n| single.get(&(*ctx, &keys[..n]))) {
                problems.push(
                    lines
                        .problem(file, *pos, never_reached(l, short, b))
                        .warning(),
                );
            }
        }
        problems
    }

    fn layer(&mut self, entries: Vec<(Context, Binding)>) {
        // Where each key sequence already is, so a layer costs its length, not its length times
        // the preset's.
        let mut index: HashMap<(Context, Vec<Key>), usize> = self
            .bindings
            .iter()
            .flat_map(|(c, list)| {
                list.iter()
                    .enumerate()
                    .map(move |(i, b)| ((*c, b.keys.clone()), i))
            })
            .collect();
        for (ctx, b) in entries {
            let list = self.bindings.entry(ctx).or_default();
            match index.get(&(ctx, b.keys.clone())) {
                Some(&i) => list[i] = b,
                None => {
                    index.insert((ctx, b.keys.clone()), list.len());
                    list.push(b);
                }
            }
        }
    }

    /// Single-key lookup, for callers that need no sequences.
    pub fn action(&self, ctx: Context, key: Key) -> Option<Action> {
        match self.lookup(ctx, &[key]) {
            Lookup::Matched(b) => b.action,
            _ => None,
        }
    }

    /// Looks a key sequence up: the panel's table first, then [global] (except in the composer,
    /// which takes every other key as text).
    pub fn lookup(&self, ctx: Context, keys: &[Key]) -> Lookup<'_> {
        let mut tables = vec![ctx];
        if !matches!(
            ctx,
            Context::Compose
                | Context::Palette
                | Context::Macro
                | Context::Attachments
                | Context::Workflow
                | Context::Knowledge
                | Context::Snooze
                | Context::Collision
                | Context::Global
        ) {
            tables.push(Context::Global);
        }
        for c in tables {
            let list = self.bindings(c);
            let exact = list.iter().find(|b| b.keys == keys);
            let follow: Vec<&Binding> = list
                .iter()
                .filter(|b| b.keys.len() > keys.len() && b.keys.starts_with(keys))
                .collect();
            match exact {
                // A key bound to an action runs at once, so its longer sequences never do; a key
                // unbound with "none" gives way to them (that is how to free a key for sequences).
                Some(b) if b.action.is_some() || follow.is_empty() => return Lookup::Matched(b),
                _ if !follow.is_empty() => return Lookup::Pending(follow),
                _ => {}
            }
        }
        Lookup::NotFound
    }

    pub fn bindings(&self, ctx: Context) -> &[Binding] {
        self.bindings.get(&ctx).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first key sequence bound to an action (for hints): the context's, then global.
    pub fn key_for(&self, ctx: Context, action: Action) -> Option<String> {
        [ctx, Context::Global].into_iter().find_map(|c| {
            self.bindings(c)
                .iter()
                .find(|b| b.action == Some(action) && b.args.is_empty())
                .map(Binding::keys_label)
        })
    }

    /// Effective bindings as `CONTEXT<TAB>KEYS<TAB>ACTION` lines (`tix keymap show`).
    pub fn show(&self) -> String {
        let mut out = String::new();
        for ctx in Context::ALL {
            for b in self.bindings(ctx) {
                let Some(a) = b.action else { continue };
                let args: Vec<String> = b.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
                let args = if args.is_empty() {
                    String::new()
                } else {
                    format!(" {}", args.join(" "))
                };
                out.push_str(&format!(
                    "{}\t{}\t{}{args}\n",
                    ctx.name(),
                    b.keys_label(),
                    a.name()
                ));
            }
        }
        out
    }
}

/// Checks a keymap file: errors (unknown actions, contexts, keys; the same key twice; a key that
/// types a character where text is typed) and warnings (sequences hidden by a single key, chords a
/// terminal cannot tell apart, multiplexer prefixes). The file alone: what it hides of the preset
/// is reported when it is loaded (`Keymap::load`).
pub fn check(l: Lang, file: &str, text: &str) -> Vec<Problem> {
    parse_layer(l, file, text).1
}

fn parse_keys(l: Lang, s: &str) -> Result<Vec<Key>, String> {
    let keys: Result<Vec<Key>, String> = s
        .split_whitespace()
        .map(|k| {
            Key::parse(k).map_err(|_| {
                let name = format!("{k:?}");
                t!(l, "km-unknown-key-name", name = name)
            })
        })
        .collect();
    match keys {
        Ok(k) if k.is_empty() => Err(t!(l, "km-empty-key")),
        other => other,
    }
}

/// Where a single key bound to an action hides a longer sequence: said at the single key.
fn runs_at_once(l: Lang, short: &Binding, longer: &Binding) -> String {
    let (short, action) = (
        short.keys_label(),
        longer.action.map_or("none", Action::name),
    );
    let longer = longer.keys_label();
    t!(
        l,
        "km-runs-at-once",
        short = short,
        longer = longer,
        action = action
    )
}

/// The same, said at the sequence.
fn never_reached(l: Lang, short: &Binding, longer: &Binding) -> String {
    let (action, longer) = (
        short.action.map_or("none", Action::name),
        longer.keys_label(),
    );
    let short = short.keys_label();
    t!(
        l,
        "km-never-reached",
        short = short,
        longer = longer,
        action = action
    )
}

/// The entries of a keymap file with the byte offset of each key, and its problems.
type Layer = Vec<(Context, Binding, usize)>;

fn parse_layer(l: Lang, file: &str, text: &str) -> (Layer, Vec<Problem>) {
    use toml::de::{DeTable, DeValue};
    let mut problems = vec![];
    let mut out: Vec<(Context, Binding, usize)> = vec![];
    // Every check below is a lookup, not a scan of what came before: a file of 40,000 entries
    // is checked in the time of reading it.
    let mut first_at: HashMap<(Context, Vec<Key>), usize> = HashMap::new();
    let lines = crate::config::Lines::new(text);
    let at = |offset: usize, msg: String| lines.problem(file, offset, msg);
    let root = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            return (vec![], vec![at(offset, e.message().trim().to_string())]);
        }
    };
    for (ctx_key, ctx_val) in root.get_ref() {
        let ctx_name: &str = ctx_key.get_ref();
        let Some(ctx) = Context::ALL.into_iter().find(|c| c.name() == ctx_name) else {
            let names: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
            problems.push(at(ctx_key.span().start, {
                let contexts = names.join(", ");
                t!(
                    l,
                    "km-unknown-context",
                    name = ctx_name,
                    contexts = contexts
                )
            }));
            continue;
        };
        let DeValue::Table(entries) = ctx_val.get_ref() else {
            problems.push(at(
                ctx_val.span().start,
                t!(l, "km-context-not-table", name = ctx_name),
            ));
            continue;
        };
        for (key_s, val) in entries {
            let key_text: &str = key_s.get_ref();
            let pos = key_s.span().start;
            let key = format!("{key_text:?}");
            let keys = match parse_keys(l, key_text) {
                Ok(k) => k,
                Err(why) => {
                    problems.push(at(pos, t!(l, "km-bad-key", key = key, why = why)));
                    continue;
                }
            };
            if ctx.types_text() && keys[0].types_character() {
                problems.push(at(pos, t!(l, "km-types-text", key = key, name = ctx_name)));
                continue;
            }
            let vpos = val.span().start;
            let (name, args, desc) = match val.get_ref() {
                DeValue::String(s) => (s.to_string(), BTreeMap::new(), None),
                DeValue::Table(t) => {
                    let mut name = None;
                    let mut args = BTreeMap::new();
                    let mut desc = None;
                    let mut bad = false;
                    for (k, v) in t {
                        match (&**k.get_ref(), v.get_ref()) {
                            ("action", DeValue::String(s)) => name = Some(s.to_string()),
                            ("desc", DeValue::String(s)) => desc = Some(s.to_string()),
                            ("args", DeValue::Table(a)) => {
                                for (ak, av) in a {
                                    match av.get_ref().as_str() {
                                        Some(v) => {
                                            args.insert(ak.get_ref().to_string(), v.to_string());
                                        }
                                        None => {
                                            problems.push(at(
                                                av.span().start,
                                                t!(l, "km-args-strings"),
                                            ));
                                            bad = true;
                                        }
                                    }
                                }
                            }
                            (other, _) => {
                                problems.push(at(k.span().start, {
                                    let field = format!("{other:?}");
                                    t!(l, "km-unknown-field", field = field)
                                }));
                                bad = true;
                            }
                        }
                    }
                    if bad {
                        continue;
                    }
                    let Some(name) = name else {
                        problems.push(at(vpos, t!(l, "km-missing-action")));
                        continue;
                    };
                    (name, args, desc)
                }
                _ => {
                    problems.push(at(vpos, t!(l, "km-binding-shape")));
                    continue;
                }
            };
            let action = if name == "none" {
                None
            } else {
                match Action::from_name(&name) {
                    Some(a) => Some(a),
                    None => {
                        let name = format!("{name:?}");
                        problems.push(at(vpos, t!(l, "km-unknown-action", name = name)));
                        continue;
                    }
                }
            };
            if let Some(a) = action
                && let Err(e) = a.check_args(l, &args)
            {
                problems.push(at(vpos, e));
                continue;
            }
            if let Some((_, first, first_pos)) =
                first_at.get(&(ctx, keys.clone())).map(|&i| &out[i])
            {
                let (line, _) = lines.line_col(*first_pos);
                let was = first.action.map_or("none", Action::name);
                problems.push(at(pos, {
                    let key = first.keys_label();
                    t!(
                        l,
                        "km-bound-twice",
                        key = key,
                        name = ctx_name,
                        line = line,
                        was = was
                    )
                }));
                continue;
            }
            for (chord, same) in INDISTINGUISHABLE {
                if keys.first().map(Key::to_string).as_deref() == Some(chord) {
                    problems.push(
                        at(
                            pos,
                            t!(l, "km-indistinguishable", chord = chord, same = same),
                        )
                        .warning(),
                    );
                }
            }
            for (chord, who) in MULTIPLEXER_PREFIXES {
                if keys.first().map(Key::to_string).as_deref() == Some(chord) {
                    problems.push(
                        at(
                            pos,
                            t!(l, "km-multiplexer-prefix", chord = chord, who = who),
                        )
                        .warning(),
                    );
                }
            }
            first_at.insert((ctx, keys.clone()), out.len());
            out.push((
                ctx,
                Binding {
                    keys,
                    action,
                    args,
                    desc,
                },
                pos,
            ));
        }
    }
    // A key bound to an action that is also the start of a longer sequence in the same context
    // hides the longer one (`lookup` runs the key at once). Each proper prefix of a sequence maps
    // to the first sequence that has it.
    let mut first_longer: HashMap<(Context, &[Key]), usize> = HashMap::new();
    for (i, (c, o, _)) in out.iter().enumerate() {
        for n in 1..o.keys.len() {
            first_longer.entry((*c, &o.keys[..n])).or_insert(i);
        }
    }
    for (ctx, b, pos) in out.iter().filter(|(_, b, _)| b.action.is_some()) {
        if let Some((_, longer, _)) = first_longer
            .get(&(*ctx, b.keys.as_slice()))
            .map(|&i| &out[i])
        {
            problems.push(
                lines
                    .problem(file, *pos, runs_at_once(l, b, longer))
                    .warning(),
            );
        }
    }
    (out, problems)
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
