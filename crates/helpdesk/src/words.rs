//! Words for matching knowledge-base articles, shared by tix's own searches (local articles,
//! RT's ranking, suggestions) and the demo's Help Center: lower-cased, the first `STEM` letters
//! of a long word standing for it (so "refunds", "refunded" and "refund" meet, and Romanian,
//! Russian and Estonian endings mostly do), Chinese and Japanese text as pairs of characters (it
//! has no spaces).

/// Letters of a word that stand for it.
const STEM: usize = 5;
/// Words shorter than this (in letters) say nothing on their own ("is", "my", "на").
const MIN_WORD: usize = 3;

/// Words too common to tell articles apart, in the demo's five languages.
const STOP: &[&str] = &[
    "the",
    "and",
    "for",
    "with",
    "that",
    "this",
    "have",
    "has",
    "was",
    "are",
    "but",
    "not",
    "you",
    "your",
    "our",
    "can",
    "could",
    "please",
    "thanks",
    "thank",
    "since",
    "from",
    "after",
    "when",
    "what",
    "why",
    "how",
    "still",
    "just",
    "into",
    "about",
    "there",
    "they",
    "them",
    "been",
    "would",
    "will",
    "hello",
    "regards",
    "sunt",
    "este",
    "pentru",
    "care",
    "din",
    "nu",
    "mai",
    "vă",
    "rog",
    "mulțumesc",
    "bună",
    "ziua",
    "это",
    "как",
    "для",
    "что",
    "уже",
    "мне",
    "меня",
    "при",
    "здравствуйте",
    "спасибо",
    "пожалуйста",
    "после",
    "ning",
    "aga",
    "see",
    "mis",
    "kui",
    "ole",
    "tere",
    "palun",
    "aitäh",
    "pärast",
    "mul",
    "minu",
];

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// The words of a text as matching sees them, in order, repeats kept.
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut cjk: Vec<char> = Vec::new();
    let flush_word = |word: &mut String, out: &mut Vec<String>| {
        let w: String = word.chars().flat_map(char::to_lowercase).collect();
        word.clear();
        let n = w.chars().count();
        let numeric = w.chars().all(|c| c.is_ascii_digit());
        if (n >= MIN_WORD || (n >= 2 && w.chars().any(|c| c.is_ascii_digit()) && !numeric))
            && !numeric
            && !STOP.contains(&w.as_str())
        {
            out.push(w.chars().take(STEM).collect());
        }
    };
    let flush_cjk = |cjk: &mut Vec<char>, out: &mut Vec<String>| {
        match cjk.len() {
            0 => {}
            1 => out.push(cjk[0].to_string()),
            _ => out.extend(cjk.windows(2).map(|p| p.iter().collect())),
        }
        cjk.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            flush_word(&mut word, &mut out);
            cjk.push(c);
        } else if c.is_alphanumeric() {
            flush_cjk(&mut cjk, &mut out);
            word.push(c);
        } else {
            flush_word(&mut word, &mut out);
            flush_cjk(&mut cjk, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_cjk(&mut cjk, &mut out);
    out
}

/// How well an article matches a search's terms: each term found counts, in the title three
/// times, in labels twice, in the body once; 0 is no match.
pub fn score(query: &[String], title: &str, labels: &[String], body: &str) -> u32 {
    let (title, body) = (terms(title), terms(body));
    let labels: Vec<String> = labels.iter().flat_map(|l| terms(l)).collect();
    let mut seen: Vec<&String> = Vec::new();
    let mut total = 0;
    for q in query {
        if seen.contains(&q) {
            continue;
        }
        seen.push(q);
        total += 3 * u32::from(title.contains(q))
            + 2 * u32::from(labels.contains(q))
            + u32::from(body.contains(q));
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_meet_across_endings_and_chinese_in_pairs() {
        assert_eq!(terms("Refunds, refunded!"), vec!["refun", "refun"]);
        assert_eq!(terms("2FA is on"), vec!["2fa"]);
        assert_eq!(terms("退款申请"), vec!["退款", "款申", "申请"]);
        let q = terms("возврат денег");
        assert!(score(&q, "Как оформить возврат", &[], "") > 0);
        assert_eq!(score(&q, "Доставка заказа", &[], "курьер"), 0);
    }
}
