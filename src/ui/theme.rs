//! Semantic styles. The shipped theme is themes/default.toml, compiled in; `NO_COLOR` drops every
//! colour and keeps the modifiers (so selection is still reversed).

use std::collections::HashMap;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

pub const DEFAULT: &str = include_str!("../../themes/default.toml");

#[derive(Debug, Deserialize)]
struct RoleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    modifiers: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    roles: HashMap<String, Style>,
}

fn color(s: &str) -> Result<Color, String> {
    if let Ok(n) = s.parse::<u8>() {
        return Ok(Color::Indexed(n));
    }
    s.parse::<Color>().map_err(|_| format!("unknown colour {s:?}"))
}

fn modifier(s: &str) -> Result<Modifier, String> {
    Ok(match s {
        "bold" => Modifier::BOLD,
        "dim" => Modifier::DIM,
        "italic" => Modifier::ITALIC,
        "underlined" => Modifier::UNDERLINED,
        "reversed" => Modifier::REVERSED,
        "crossed_out" => Modifier::CROSSED_OUT,
        other => return Err(format!("unknown modifier {other:?}")),
    })
}

impl Theme {
    pub fn parse(text: &str, no_color: bool) -> Result<Theme, String> {
        let specs: HashMap<String, RoleSpec> =
            toml::from_str(text).map_err(|e| e.message().to_string())?;
        let mut roles = HashMap::new();
        for (name, spec) in specs {
            let mut style = Style::default();
            if !no_color {
                if let Some(fg) = &spec.fg {
                    style = style.fg(color(fg)?);
                }
                if let Some(bg) = &spec.bg {
                    style = style.bg(color(bg)?);
                }
            }
            for m in &spec.modifiers {
                style = style.add_modifier(modifier(m)?);
            }
            roles.insert(name, style);
        }
        Ok(Theme { roles })
    }

    /// The shipped theme; `NO_COLOR` (set and non-empty) turns colour off.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme::parse(DEFAULT, no_color).unwrap_or_default()
    }

    pub fn get(&self, role: &str) -> Style {
        self.roles.get(role).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_theme_parses_and_no_color_keeps_modifiers() {
        let t = Theme::parse(DEFAULT, false).unwrap();
        assert_eq!(t.get("sla_breach").fg, Some(Color::Red));
        let mono = Theme::parse(DEFAULT, true).unwrap();
        assert_eq!(mono.get("sla_breach").fg, None);
        assert!(mono.get("selection").add_modifier.contains(Modifier::REVERSED));
        assert!(Theme::parse("x = { fg = \"blurple\" }", false).is_err());
    }
}
