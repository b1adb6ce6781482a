//! Semantic styles. A theme names a style per UI role; shipped themes are compiled in, users add
//! themes/NAME.toml in the config dir. Missing roles fall back to the default theme. Colours are
//! downsampled to the 256-colour palette unless COLORTERM says truecolor; `NO_COLOR` drops colour and
//! keeps the modifiers (so selection is still reverse video).

use std::collections::HashMap;
use std::path::Path;

use ratatui::style::{Color, Modifier, Style};

use crate::config::Problem;
use crate::i18n::Lang;

pub const DEFAULT: &str = include_str!("../themes/default.toml");

pub const SHIPPED: [(&str, &str); 4] = [
    ("default", DEFAULT),
    ("light", include_str!("../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../themes/high-contrast.toml"),
    ),
    ("mono", include_str!("../themes/mono.toml")),
];

/// Every role the UI draws with.
pub const ROLES: [&str; 24] = [
    "border",
    "border_focused",
    "title",
    "title_focused",
    "selection",
    "muted",
    "header",
    "author",
    "internal_note",
    "status_new",
    "status_open",
    "status_pending",
    "status_hold",
    "status_solved",
    "priority_urgent",
    "priority_high",
    "sla_ok",
    "sla_warn",
    "sla_breach",
    "tier_vip",
    "error",
    "status_bar",
    "key_hint",
    "privacy",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorMode {
    TrueColor,
    Palette256,
    NoColor,
}

impl ColorMode {
    pub fn from_env() -> ColorMode {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        if var("NO_COLOR").is_some() {
            ColorMode::NoColor
        } else if var("COLORTERM").is_some_and(|v| v == "truecolor" || v == "24bit") {
            ColorMode::TrueColor
        } else {
            ColorMode::Palette256
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    roles: HashMap<String, Style>,
}

fn parse_color(l: Lang, s: &str) -> Result<Color, String> {
    if let Ok(n) = s.parse::<u8>() {
        return Ok(Color::Indexed(n));
    }
    s.parse::<Color>().map_err(|_| {
        let colour = format!("{s:?}");
        crate::t!(l, "theme-unknown-colour", colour = colour)
    })
}

fn parse_modifier(l: Lang, s: &str) -> Result<Modifier, String> {
    Ok(match s {
        "bold" => Modifier::BOLD,
        "dim" => Modifier::DIM,
        "italic" => Modifier::ITALIC,
        "underlined" => Modifier::UNDERLINED,
        "reversed" => Modifier::REVERSED,
        "crossed_out" => Modifier::CROSSED_OUT,
        other => {
            let name = format!("{other:?}");
            return Err(crate::t!(l, "theme-unknown-modifier", name = name));
        }
    })
}

/// The nearest xterm-256 colour to an RGB value (the 6x6x6 cube or the grey ramp).
pub fn nearest_256(r: u8, g: u8, b: u8) -> u8 {
    const STEPS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    let idx = |v: u8| {
        STEPS
            .iter()
            .enumerate()
            .min_by_key(|(_, s)| (i32::from(**s) - i32::from(v)).abs())
            .map_or(0, |(i, _)| i as u8)
    };
    let (ri, gi, bi) = (idx(r), idx(g), idx(b));
    let cube = (STEPS[ri as usize], STEPS[gi as usize], STEPS[bi as usize]);
    let avg = (u16::from(r) + u16::from(g) + u16::from(b)) / 3;
    let gray_i = ((avg.saturating_sub(8)) / 10).min(23) as u8;
    let gray = 8 + 10 * gray_i;
    let dist = |(x, y, z): (u8, u8, u8)| {
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(x, r) + d(y, g) + d(z, b)
    };
    if dist((gray, gray, gray)) < dist(cube) {
        232 + gray_i
    } else {
        16 + 36 * ri + 6 * gi + bi
    }
}

fn adapt(c: Color, mode: ColorMode) -> Option<Color> {
    match (mode, c) {
        (ColorMode::NoColor, _) => None,
        (ColorMode::Palette256, Color::Rgb(r, g, b)) => Some(Color::Indexed(nearest_256(r, g, b))),
        (_, c) => Some(c),
    }
}

/// Parses a theme file into role styles, reporting each problem at its line and column. Bad roles
/// are skipped; the rest is kept.
pub fn parse(
    l: Lang,
    file: &str,
    text: &str,
    mode: ColorMode,
) -> (HashMap<String, Style>, Vec<Problem>) {
    use toml::de::{DeTable, DeValue};
    let mut problems = vec![];
    let mut roles = HashMap::new();
    let root = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            return (roles, vec![Problem::at(file, text, at, e.message().trim())]);
        }
    };
    'roles: for (name, spec) in root.get_ref() {
        let name: &str = name.get_ref();
        let at = |offset: usize, msg: String| Problem::at(file, text, offset, msg);
        if !ROLES.contains(&name) {
            let quoted = format!("{name:?}");
            let msg = crate::t!(l, "theme-unknown-role", name = quoted);
            problems.push(at(spec.span().start, msg));
            continue;
        }
        let DeValue::Table(fields) = spec.get_ref() else {
            problems.push(at(
                spec.span().start,
                crate::t!(l, "theme-expected-table", name = name),
            ));
            continue;
        };
        let mut style = Style::default();
        for (field, value) in fields {
            let pos = value.span().start;
            match (&**field.get_ref(), value.get_ref()) {
                (which @ ("fg" | "bg"), v) => {
                    let parsed = match v {
                        DeValue::String(s) => parse_color(l, s),
                        DeValue::Integer(i) => parse_color(l, i.as_str()),
                        _ => Err(crate::t!(l, "theme-colour-shape")),
                    };
                    match parsed {
                        Ok(c) => {
                            if let Some(c) = adapt(c, mode) {
                                style = if which == "fg" {
                                    style.fg(c)
                                } else {
                                    style.bg(c)
                                };
                            }
                        }
                        Err(e) => {
                            let field = format!("{name}.{which}");
                            let msg = crate::t!(l, "theme-field-problem", name = field, why = e);
                            problems.push(at(pos, msg));
                            continue 'roles;
                        }
                    }
                }
                ("modifiers", DeValue::Array(items)) => {
                    for item in items {
                        match item.get_ref().as_str().map(|s| parse_modifier(l, s)) {
                            Some(Ok(m)) => style = style.add_modifier(m),
                            Some(Err(e)) => {
                                let msg = crate::t!(l, "theme-field-problem", name = name, why = e);
                                problems.push(at(item.span().start, msg));
                                continue 'roles;
                            }
                            None => {
                                problems.push(at(
                                    item.span().start,
                                    crate::t!(l, "theme-modifier-string", name = name),
                                ));
                                continue 'roles;
                            }
                        }
                    }
                }
                (other, _) => {
                    problems.push(at(field.span().start, {
                        let field = format!("{other:?}");
                        crate::t!(l, "theme-unknown-field", name = name, field = field)
                    }));
                    continue 'roles;
                }
            }
        }
        roles.insert(name.to_string(), style);
    }
    (roles, problems)
}

/// Checks a theme file (`tix theme check FILE`).
pub fn check(l: Lang, file: &str, text: &str) -> Vec<Problem> {
    parse(l, file, text, ColorMode::TrueColor).1
}

impl Theme {
    /// A theme by name: a user file (config_dir/themes/NAME.toml) or a shipped one, over the default.
    pub fn load(name: Option<&str>, config_dir: &Path, mode: ColorMode) -> (Theme, Vec<Problem>) {
        Theme::load_in(Lang::En, name, config_dir, mode)
    }

    /// `load`, its problems said in `l`.
    pub fn load_in(
        l: Lang,
        name: Option<&str>,
        config_dir: &Path,
        mode: ColorMode,
    ) -> (Theme, Vec<Problem>) {
        let mut roles = parse(l, "themes/default.toml", DEFAULT, mode).0;
        let mut problems = vec![];
        let name = name.unwrap_or("default");
        let user_file = config_dir.join("themes").join(format!("{name}.toml"));
        // A user file that is there but unreadable is said so, then treated as absent.
        let user = crate::files::read_text(&user_file).unwrap_or_else(|e| {
            problems.push(e.problem());
            None
        });
        let text = match user {
            Some(t) => Some((user_file.display().to_string(), t)),
            None => SHIPPED
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(n, t)| (format!("themes/{n}.toml"), t.to_string())),
        };
        match text {
            Some((file, text)) => {
                let (layer, p) = parse(l, &file, &text, mode);
                roles.extend(layer);
                problems.extend(p);
            }
            None if !problems.is_empty() => {}
            None => problems.push(Problem {
                file: "config.toml".into(),
                line: 1,
                col: 1,
                message: {
                    let (name, file) = (format!("{name:?}"), user_file.display().to_string());
                    crate::t!(l, "theme-unknown-theme", name = name, file = file)
                },
                warning: false,
            }),
        }
        (Theme { roles }, problems)
    }

    /// The default theme, for tests and fallbacks.
    pub fn parse(text: &str, no_color: bool) -> Result<Theme, String> {
        let mode = if no_color {
            ColorMode::NoColor
        } else {
            ColorMode::TrueColor
        };
        let (roles, problems) = parse(Lang::En, "theme", text, mode);
        match problems.first() {
            Some(p) => Err(p.to_string()),
            None => Ok(Theme { roles }),
        }
    }

    pub fn get(&self, role: &str) -> Style {
        self.roles.get(role).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_themes_pass_their_own_checks_and_cover_every_role() {
        for (name, text) in SHIPPED {
            assert!(
                check(Lang::En, name, text).is_empty(),
                "{name}: {:?}",
                check(Lang::En, name, text)
            );
            let (roles, _) = parse(Lang::En, name, text, ColorMode::TrueColor);
            for role in ROLES.iter().filter(|r| **r != "privacy") {
                assert!(roles.contains_key(*role), "{name} lacks {role}");
            }
        }
    }

    #[test]
    fn no_color_keeps_modifiers() {
        let t = Theme::parse(DEFAULT, false).unwrap();
        assert_eq!(t.get("sla_breach").fg, Some(Color::Red));
        let mono = Theme::parse(DEFAULT, true).unwrap();
        assert_eq!(mono.get("sla_breach").fg, None);
        assert!(
            mono.get("selection")
                .add_modifier
                .contains(Modifier::REVERSED)
        );
    }

    #[test]
    fn problems_are_located() {
        let text = "border = { fg = \"blurple\" }\ntitle = { modifiers = [\"bold\", \"wavy\"] }\nnope = {}\nmuted = { fg = 244 }\n";
        let p: Vec<String> = check(Lang::En, "t.toml", text)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            p[0].starts_with("t.toml:1:17: border.fg: unknown colour \"blurple\""),
            "{p:?}"
        );
        assert!(
            p[1].starts_with("t.toml:2:32: title: unknown modifier \"wavy\""),
            "{p:?}"
        );
        assert!(
            p[2].starts_with("t.toml:3:8: unknown role \"nope\""),
            "{p:?}"
        );
        assert_eq!(p.len(), 3);
    }

    #[test]
    fn truecolor_only_when_the_terminal_says_so() {
        let (roles, _) = parse(
            Lang::En,
            "t",
            "muted = { fg = \"#ff0000\" }",
            ColorMode::Palette256,
        );
        assert_eq!(roles["muted"].fg, Some(Color::Indexed(196)));
        let (roles, _) = parse(
            Lang::En,
            "t",
            "muted = { fg = \"#ff0000\" }",
            ColorMode::TrueColor,
        );
        assert_eq!(roles["muted"].fg, Some(Color::Rgb(255, 0, 0)));
        assert_eq!(nearest_256(0x80, 0x80, 0x80), 244);
        assert_eq!(nearest_256(0, 0, 0), 16);
    }

    #[test]
    fn missing_roles_fall_back_to_the_default_and_user_themes_load() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("themes")).unwrap();
        std::fs::write(
            dir.path().join("themes/mine.toml"),
            "error = { fg = \"blue\" }\n",
        )
        .unwrap();
        let (t, p) = Theme::load(Some("mine"), dir.path(), ColorMode::TrueColor);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(t.get("error").fg, Some(Color::Blue));
        assert_eq!(t.get("sla_breach").fg, Some(Color::Red), "from the default");
        let (_, p) = Theme::load(Some("nope"), dir.path(), ColorMode::TrueColor);
        assert!(p[0].message.contains("unknown theme"));
    }

    #[test]
    fn a_junk_theme_file_gives_its_own_error_not_missing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("themes")).unwrap();
        let file = dir.path().join("themes/junk.toml");
        std::fs::write(&file, b"error = { fg = \"r\xe9d\" }\n").unwrap();
        let (t, p) = Theme::load(Some("junk"), dir.path(), ColorMode::TrueColor);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(
            p[0].to_string(),
            format!("{}:1:18: not UTF-8 text", file.display()),
            "its place in the file, not 'unknown theme'"
        );
        assert_eq!(
            t.get("error"),
            Theme::load(None, dir.path(), ColorMode::TrueColor)
                .0
                .get("error")
        );
        std::fs::write(&file, "error = { fg = \"blue\" \n").unwrap();
        let (_, p) = Theme::load(Some("junk"), dir.path(), ColorMode::TrueColor);
        assert!(
            p[0].to_string()
                .starts_with(&format!("{}:1:", file.display())),
            "{p:?}"
        );
    }
}
