//! `tix keymap check` and loading a user keymap, on files of 10k, 20k and 40k entries. The time per
//! entry should stay flat as the file grows (it grew with the file before: 40,000 entries took 12 s).
//! Prints figures; asserts nothing.
//!     cargo bench --bench keymap_check

use std::time::Instant;

/// A keymap of about `n` entries in [queue]: four-key sequences, with now and then a two-key prefix
/// of one (a shadowing warning) and the same sequence spelled twice (a duplicate error).
fn keymap(n: usize) -> String {
    let letter = |d: usize| char::from(b'a' + (d % 26) as u8);
    let mut out = String::from("[queue]\n");
    let mut i = 0;
    let mut entries = 0;
    let mut prefixes = std::collections::HashSet::new();
    while entries < n {
        let seq: Vec<char> = (0..4).map(|k| letter(i / 26usize.pow(k))).collect();
        let [a, b, c, d] = [seq[0], seq[1], seq[2], seq[3]];
        out.push_str(&format!("\"{a} {b} {c} {d}\" = \"list.down\"\n"));
        entries += 1;
        if i % 100 == 0 && prefixes.insert((a, b, c)) {
            out.push_str(&format!("\"{a} {b} {c}\" = \"list.up\"\n"));
            entries += 1;
        }
        if i % 100 == 1 {
            let up = a.to_ascii_uppercase();
            out.push_str(&format!("\"{up} {b} {c} {d}\" = \"list.top\"\n"));
            out.push_str(&format!("\"shift-{a} {b} {c} {d}\" = \"list.bottom\"\n"));
            entries += 2;
        }
        i += 1;
    }
    out
}

fn main() {
    for n in [10_000, 20_000, 40_000] {
        let text = keymap(n);
        let t0 = Instant::now();
        let problems = tix::keymap::check(tix::i18n::Lang::En, "bench.toml", &text);
        let check = t0.elapsed();
        let t0 = Instant::now();
        let (km, _) = tix::keymap::Keymap::load(None, Some(("bench.toml", &text)));
        let load = t0.elapsed();
        println!(
            "{n:>6} entries: check {:>8.1} ms ({:>5.2} µs/entry, {} problems) · load {:>8.1} ms ({:>5.2} µs/entry, {} queue bindings)",
            check.as_secs_f64() * 1e3,
            check.as_secs_f64() * 1e6 / n as f64,
            problems.len(),
            load.as_secs_f64() * 1e3,
            load.as_secs_f64() * 1e6 / n as f64,
            km.bindings(tix::keymap::Context::Queue).len(),
        );
    }
}
