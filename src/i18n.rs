//! The interface in the agent's language: which language (config, else the environment, else
//! English), its message catalogue (Fluent, `i18n/<language>/tix.ftl`, built into the binary), and
//! numbers written as that language writes them. Helpdesk text is never translated.
//!
//! `t!(lang, "message-id", arg = value)` gives a message; the id and the argument names are
//! checked against the English catalogue when tix is built, and a message a catalogue lacks falls
//! back to English (never to its id).

use std::sync::OnceLock;

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The languages tix speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ro,
    Ru,
    /// Simplified Chinese.
    Zh,
    Et,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ro, Lang::Ru, Lang::Zh, Lang::Et];

    /// The catalogue's folder name (a BCP 47 tag).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ro => "ro",
            Lang::Ru => "ru",
            Lang::Zh => "zh-CN",
            Lang::Et => "et",
        }
    }

    /// A language as config or a locale names it: `ro`, `ro_RO.UTF-8`, `zh-Hans`, `ET`. `C` and
    /// `POSIX` are English; a language tix does not speak is `None`. Any Chinese gets the
    /// Simplified catalogue, the only one there is.
    pub fn parse(name: &str) -> Option<Lang> {
        let code = name
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(match code.as_str() {
            "en" | "c" | "posix" => Lang::En,
            "ro" => Lang::Ro,
            "ru" => Lang::Ru,
            "zh" => Lang::Zh,
            "et" => Lang::Et,
            _ => return None,
        })
    }

    /// The language to speak: `language` from config.toml, else the locale (`LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`: the first that is set and not empty, as the C library reads
    /// them), else English. A setting naming a language tix lacks gives English, not the next one.
    pub fn choose(config: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        config.unwrap_or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .filter_map(&env)
                .find(|v| !v.trim().is_empty())
                .and_then(|v| Lang::parse(&v))
                .unwrap_or_default()
        })
    }

    /// Its catalogue, English behind it; loaded once.
    pub fn loader(self) -> &'static FluentLanguageLoader {
        static LOADERS: [OnceLock<FluentLanguageLoader>; 5] = [const { OnceLock::new() }; 5];
        LOADERS[self as usize].get_or_init(|| {
            let loader: FluentLanguageLoader = fluent_language_loader!();
            let me: LanguageIdentifier = self.tag().parse().expect("a valid language tag");
            let en = loader.fallback_language().clone();
            let wanted = if me == en { vec![en] } else { vec![me, en] };
            // The catalogues are in the binary and checked by the tests: they load.
            loader
                .load_languages(&Catalogues, &wanted)
                .expect("the built-in catalogues load");
            // No bidi isolation marks around arguments: a terminal shows them as noise and
            // they throw off display widths.
            loader.set_use_isolating(false);
            loader
        })
    }

    /// The CLDR plural category of a whole number in this language, for a message's
    /// `{ $count -> [one] … [few] … }`: pass `count = lang.plural(n)`. Ours, not the bundle's:
    /// the plural rules the Fluent crates compile in get Romanian wrong from 100 on (102 is
    /// "few" in CLDR, "102 tichete"; they say "other", "102 de tichete").
    pub fn plural(self, n: u64) -> &'static str {
        match self {
            Lang::En | Lang::Et => {
                if n == 1 {
                    "one"
                } else {
                    "other"
                }
            }
            Lang::Zh => "other",
            Lang::Ro => match n {
                1 => "one",
                0 => "few",
                _ if (1..=19).contains(&(n % 100)) => "few",
                _ => "other",
            },
            Lang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => "one",
                (2..=4, r) if !(12..=14).contains(&r) => "few",
                _ => "many",
            },
        }
    }

    /// A day's short name (`Thu`, `joi`, `чт`, `周四`, `N`).
    pub fn weekday(self, day: jiff::civil::Weekday) -> String {
        let n = day.to_monday_one_offset();
        crate::t!(self, "weekday-short", day = n)
    }

    /// A date's day and month as this language writes them (`3 Dec`, `3 дек.`, `12月3日`,
    /// `3. dets`), and the year after when it is given.
    pub fn day_month(self, date: jiff::civil::Date, with_year: bool) -> String {
        let m = date.month();
        let month = crate::t!(self, "month-short", month = m);
        let day = date.day();
        if with_year {
            let year = date.year();
            crate::t!(
                self,
                "date-day-month-year",
                day = day,
                month = month,
                year = year
            )
        } else {
            crate::t!(self, "date-day-month", day = day, month = month)
        }
    }

    /// "3 tickets could not be read and are not shown", for the rows a list left out.
    pub fn unreadable(self, n: usize) -> String {
        let (count, n) = (self.plural(n as u64), self.number(n as u64));
        crate::t!(self, "unreadable-tickets", count = count, n = n)
    }

    /// A time as the agent reads it, in `tz`, 24-hour: one of `now`'s day by the time alone
    /// (`08:00`), another day's with its day and month (`3 Dec 08:00`, `3 дек. 08:00`,
    /// `12月3日 08:00`), another year's with its year too. Pure: the caller says what now is.
    pub fn moment(
        self,
        t: jiff::Timestamp,
        now: jiff::Timestamp,
        tz: &jiff::tz::TimeZone,
    ) -> String {
        if crate::helpdesk::known(t).is_none() {
            return crate::t!(self, "time-unknown");
        }
        let (at, now) = (t.to_zoned(tz.clone()), now.to_zoned(tz.clone()));
        let time = at.strftime("%H:%M").to_string();
        if at.date() == now.date() {
            return time;
        }
        let date = self.day_month(at.date(), at.year() != now.year());
        format!("{date} {time}")
    }

    /// A whole number as this language writes it: `6,766` in English and Chinese, `6.766` in
    /// Romanian, `6 766` (no-break space) in Russian, and in Estonian `6766` but `67 766` (CLDR
    /// groups four digits there only from five).
    pub fn number(self, n: u64) -> String {
        let digits = n.to_string();
        let (sep, min_len) = match self {
            Lang::En | Lang::Zh => (',', 4),
            Lang::Ro => ('.', 4),
            Lang::Ru => ('\u{a0}', 4),
            Lang::Et => ('\u{a0}', 5),
        };
        if digits.len() < min_len {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }
}

/// Whether two language tags name one language, by their first part: `ro` and `ro-RO`, `zh-cn`
/// and `zh-Hans`, `en_US` and `EN`. For a canned response's or a workflow's `language` against
/// a requester's locale, which may be any language, not only those tix speaks.
pub fn same_language(a: &str, b: &str) -> bool {
    let first = |t: &str| {
        t.trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let a = first(a);
    !a.is_empty() && a == first(b)
}

/// A message of the catalogue in a language: `t!(m.lang, "queue-title")`,
/// `t!(lang, "tickets", count = lang.plural(n), n = lang.number(n))`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::Lang::loader($lang), $id)
    };
    ($lang:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::Lang::loader($lang), $id, $($args)*)
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Each message of a catalogue, with the variables it uses anywhere in it.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let file = Catalogues::get(&format!("{}/tix.ftl", lang.tag()))
            .unwrap_or_else(|| panic!("{} has a catalogue", lang.tag()));
        let text = std::str::from_utf8(&file.data).expect("UTF-8");
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{} parses: {errors:?}", lang.tag()));
        let mut out = BTreeMap::new();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    assert!(m.attributes.is_empty(), "{}: attributes unused", m.id.name);
                    out.insert(m.id.name.to_string(), vars);
                }
                ast::Entry::Junk { content } => panic!("{}: junk {content:?}", lang.tag()),
                _ => {}
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    #[test]
    fn every_catalogue_has_every_message_with_the_same_arguments() {
        let en = messages(Lang::En);
        assert!(
            en.len() > 40,
            "the English catalogue is read ({})",
            en.len()
        );
        for lang in Lang::ALL {
            let other = messages(lang);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.tag());
            for (id, vars) in &en {
                // A language may leave out a number its grammar does not need (Chinese has one
                // plural form, so it does not select on $count or $units_count); it may not
                // invent one.
                let theirs = &other[id];
                assert!(
                    theirs.is_subset(vars),
                    "{} {id}: arguments {theirs:?}, English has {vars:?}",
                    lang.tag()
                );
                let selector = |v: &&String| v.ends_with("count");
                let shown: BTreeSet<_> = vars.iter().filter(|v| !selector(v)).collect();
                let theirs_shown: BTreeSet<_> = theirs.iter().filter(|v| !selector(v)).collect();
                assert_eq!(
                    theirs_shown,
                    shown,
                    "{} {id} shows other arguments",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn language_tags_match_by_their_first_part() {
        assert!(same_language("ro", "ro-RO"));
        assert!(same_language("zh-cn", "zh-Hans"));
        assert!(same_language("en_US", "EN"));
        assert!(!same_language("ro", "ru"));
        assert!(!same_language("", ""));
    }

    #[test]
    fn each_language_says_its_own_words() {
        assert_eq!(t!(Lang::En, "queue-title"), "Queue");
        assert_eq!(t!(Lang::Ro, "queue-title"), "Coadă");
        assert_eq!(t!(Lang::Ru, "queue-title"), "Очередь");
        assert_eq!(t!(Lang::Zh, "queue-title"), "工单队列");
        assert_eq!(t!(Lang::Et, "queue-title"), "Järjekord");
        // Arguments are filled in without bidi marks around them.
        assert_eq!(
            t!(Lang::Ro, "queue-count-of", loaded = "20", total = "6.766"),
            "(20 din 6.766)"
        );
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let say =
            |lang: Lang, n: u64| t!(lang, "tickets", count = lang.plural(n), n = lang.number(n));
        assert_eq!(say(Lang::En, 1), "1 ticket");
        assert_eq!(say(Lang::En, 2), "2 tickets");
        assert_eq!(say(Lang::Ro, 1), "1 tichet");
        assert_eq!(say(Lang::Ro, 2), "2 tichete");
        assert_eq!(say(Lang::Ro, 19), "19 tichete");
        assert_eq!(say(Lang::Ro, 20), "20 de tichete");
        assert_eq!(say(Lang::Ro, 101), "101 tichete");
        assert_eq!(say(Lang::Ro, 102), "102 tichete");
        assert_eq!(say(Lang::Ro, 120), "120 de tichete");
        assert_eq!(say(Lang::Ro, 0), "0 tichete");
        assert_eq!(say(Lang::Ru, 1), "1 заявка");
        assert_eq!(say(Lang::Ru, 3), "3 заявки");
        assert_eq!(say(Lang::Ru, 5), "5 заявок");
        assert_eq!(say(Lang::Ru, 11), "11 заявок");
        assert_eq!(say(Lang::Ru, 21), "21 заявка");
        assert_eq!(say(Lang::Ru, 22), "22 заявки");
        assert_eq!(say(Lang::Ru, 112), "112 заявок");
        assert_eq!(say(Lang::Ru, 1_001), "1\u{a0}001 заявка");
        assert_eq!(say(Lang::Zh, 1), "1 个工单");
        assert_eq!(say(Lang::Zh, 5), "5 个工单");
        assert_eq!(say(Lang::Et, 1), "1 pilet");
        assert_eq!(say(Lang::Et, 5), "5 piletit");
    }

    #[test]
    fn numbers_are_grouped_as_each_language_groups_them() {
        assert_eq!(Lang::En.number(6766), "6,766");
        assert_eq!(Lang::En.number(100_000), "100,000");
        assert_eq!(Lang::En.number(999), "999");
        assert_eq!(Lang::Zh.number(1_234_567), "1,234,567");
        assert_eq!(Lang::Ro.number(6766), "6.766");
        assert_eq!(Lang::Ru.number(6766), "6\u{a0}766");
        assert_eq!(Lang::Et.number(6766), "6766");
        assert_eq!(Lang::Et.number(67_766), "67\u{a0}766");
        assert_eq!(Lang::Et.number(1_234_567), "1\u{a0}234\u{a0}567");
    }

    #[test]
    fn the_language_comes_from_config_then_the_locale_then_english() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(name, _)| *name == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::choose(Some(Lang::Ro), env(&[("LANG", "ru_RU.UTF-8")])),
            Lang::Ro
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "ru_RU.UTF-8")])),
            Lang::Ru
        );
        assert_eq!(
            Lang::choose(None, env(&[("LC_ALL", "et_EE.UTF-8"), ("LANG", "ru_RU")])),
            Lang::Et
        );
        assert_eq!(
            Lang::choose(
                None,
                env(&[("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "ro_RO")])
            ),
            Lang::Zh
        );
        // An empty LC_ALL is not set.
        assert_eq!(
            Lang::choose(None, env(&[("LC_ALL", ""), ("LANG", "ro_RO.UTF-8")])),
            Lang::Ro
        );
        assert_eq!(Lang::choose(None, env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
        assert_eq!(Lang::choose(None, env(&[])), Lang::En);
        assert_eq!(Lang::parse("zh-Hans"), Some(Lang::Zh));
        assert_eq!(Lang::parse("ET"), Some(Lang::Et));
        assert_eq!(Lang::parse("sr@latin"), None);
    }

    /// The English catalogue and a Romanian one with a single message.
    struct PartlyTranslated;

    impl i18n_embed::I18nAssets for PartlyTranslated {
        fn get_files(&self, path: &str) -> Vec<std::borrow::Cow<'_, [u8]>> {
            match path {
                "ro/tix.ftl" => vec![b"queue-empty = Niciun tichet\n".as_slice().into()],
                other => Catalogues::get(other).map(|f| f.data).into_iter().collect(),
            }
        }
        fn filenames_iter(&self) -> Box<dyn Iterator<Item = String>> {
            Box::new(["en/tix.ftl", "ro/tix.ftl"].into_iter().map(String::from))
        }
    }

    #[test]
    fn a_message_a_catalogue_lacks_falls_back_to_english_not_its_id() {
        let loader: FluentLanguageLoader = fluent_language_loader!();
        let ro: LanguageIdentifier = "ro".parse().unwrap();
        let en = loader.fallback_language().clone();
        loader.load_languages(&PartlyTranslated, &[ro, en]).unwrap();
        assert_eq!(loader.get("queue-empty"), "Niciun tichet");
        assert_eq!(loader.get("queue-title"), "Queue");
    }
}
