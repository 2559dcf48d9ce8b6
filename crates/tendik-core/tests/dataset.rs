//! Checks the embedded dataset against the seed files it was taken from.
//!
//! Every figure's quote must be in its seed file (in the paragraph its location names) and
//! its value must be written in the quote; ids, translations, periods, conflicts and
//! breakdowns are checked for consistency, and the remainders are asserted against sums
//! worked out by hand.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use tendik_core::dataset::{
    breakdowns, charted, conflicts, description, descriptions, figure, figures,
};
use tendik_core::{Figure, Qualifier, Seed, Text3, Unit, Value};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// Collapses every run of whitespace (tabs, newlines, no-break spaces…) to one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed_text(seed: Seed) -> &'static str {
    static TEXTS: OnceLock<HashMap<Seed, String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        Seed::ALL
            .iter()
            .map(|&s| {
                let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join("../../seeds")
                    .join(s.file_name());
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                (s, text)
            })
            .collect()
    })[&seed]
        .as_str()
}

fn collapsed_seed(seed: Seed) -> &'static str {
    static TEXTS: OnceLock<HashMap<Seed, String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        Seed::ALL
            .iter()
            .map(|&s| (s, collapse(seed_text(s))))
            .collect()
    })[&seed]
        .as_str()
}

/// A paragraph heading of the CEDAW replies: "8 (p)", "9 (i) and (j)", "17".
fn cedaw_heading(line: &str) -> Option<String> {
    let t = line.trim();
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &t[digits..];
    let is_heading = rest.is_empty()
        || (rest.starts_with(" (") && rest.ends_with(')') && rest.chars().count() <= 16);
    // The file writes a few letters in Cyrillic ("12 (а)", "22 (с)"); read them as Latin.
    is_heading.then(|| t.replace('а', "a").replace('с', "c"))
}

/// The CEDAW replies cut into paragraphs: heading → collapsed text up to the next heading.
fn cedaw_paragraphs() -> &'static HashMap<String, String> {
    static PARAS: OnceLock<HashMap<String, String>> = OnceLock::new();
    PARAS.get_or_init(|| {
        let mut paras: HashMap<String, String> = HashMap::new();
        let mut current: Option<String> = None;
        for line in seed_text(Seed::CedawReplies).lines() {
            if let Some(h) = cedaw_heading(line) {
                assert!(
                    !paras.contains_key(&h),
                    "paragraph {h} appears twice in the CEDAW replies"
                );
                paras.insert(h.clone(), String::new());
                current = Some(h);
            } else if let Some(h) = &current {
                let p = paras.get_mut(h).unwrap();
                p.push(' ');
                p.push_str(line);
            }
        }
        paras.values_mut().for_each(|p| *p = collapse(p));
        paras
    })
}

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‑')
}

/// Every number written in `text`: "115,526" → 115526, "18.9" → 18.9, both ends of ranges
/// ("35–40" → 35, 40; "2022-25" → 2022, 25 and 2025), "4.1 billion" → 4.1 and 4.1e9, and
/// the English number words of [`NUMBER_WORDS`].
fn numbers_in(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let digit_at = |i: usize| chars.get(i).is_some_and(|c| c.is_ascii_digit());
    let mut out = Vec::new();
    // The last number and the index just past it, for ranges like "2022-25".
    let mut last: Option<(f64, usize)> = None;
    let mut i = 0;
    while i < chars.len() {
        if !digit_at(i) || (i > 0 && digit_at(i - 1)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        loop {
            if digit_at(i) {
                digits.push(chars[i]);
                i += 1;
            } else if chars.get(i) == Some(&',')
                && digit_at(i + 1)
                && digit_at(i + 2)
                && digit_at(i + 3)
                && !digit_at(i + 4)
            {
                i += 1; // thousands separator
            } else {
                break;
            }
        }
        if chars.get(i) == Some(&'.') && digit_at(i + 1) {
            digits.push('.');
            i += 1;
            while digit_at(i) {
                digits.push(chars[i]);
                i += 1;
            }
        }
        let value: f64 = digits.parse().unwrap();
        out.push(value);
        // "2022-25": the second year written with two digits.
        if let Some((prev, end)) = last {
            if end + 1 == start && is_dash(chars[end]) && prev >= 1000.0 && value < 100.0 {
                out.push((prev / 100.0).floor() * 100.0 + value);
            }
        }
        let after: String = chars[i..].iter().take(9).collect::<String>().to_lowercase();
        if after.starts_with(" million") {
            out.push(value * 1e6);
        } else if after.starts_with(" billion") {
            out.push(value * 1e9);
        }
        last = Some((value, i));
    }
    for word in text.split(|c: char| !c.is_alphabetic()) {
        let word = word.to_lowercase();
        if let Some((_, n)) = NUMBER_WORDS.iter().find(|(w, _)| *w == word) {
            out.push(*n);
        }
    }
    out
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn has_range(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && is_dash(w[1]) && w[2].is_ascii_digit())
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

fn is_partial_iso(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize, max: u32| {
        p.len() == len
            && p.chars().all(|c| c.is_ascii_digit())
            && (1..=max).contains(&p.parse::<u32>().unwrap_or(0))
    };
    match parts.as_slice() {
        [y] => number(y, 4, 9999),
        [y, m] => number(y, 4, 9999) && number(m, 2, 12),
        [y, m, d] => number(y, 4, 9999) && number(m, 2, 12) && number(d, 2, 31),
        _ => false,
    }
}

fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// Letters Kazakh has and Russian does not.
fn has_kazakh_letter(s: &str) -> bool {
    s.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c))
}

/// Problems with one text in three languages; `what` names it in messages.
fn text3_problems(what: &str, t: &Text3) -> Vec<String> {
    let mut problems = Vec::new();
    for (lang, s) in [("en", t.en), ("ru", t.ru), ("kk", t.kk)] {
        if s.trim().is_empty() {
            problems.push(format!("{what}: empty {lang} text"));
        }
    }
    if t.ru == t.en || t.kk == t.en {
        problems.push(format!("{what}: a translation is a copy of the English"));
    }
    if t.kk == t.ru {
        problems.push(format!("{what}: the Kazakh is a copy of the Russian"));
    }
    if !has_cyrillic(t.ru) {
        problems.push(format!("{what}: the Russian has no Cyrillic: {:?}", t.ru));
    }
    if !has_kazakh_letter(t.kk) {
        problems.push(format!(
            "{what}: the Kazakh has no Kazakh letter: {:?}",
            t.kk
        ));
    }
    problems
}

fn assert_no_problems(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The phrases a location quotes: `section “UN peacekeeping statistics”` → that heading.
fn quoted_phrases(location: &str) -> Vec<&str> {
    location
        .split('“')
        .skip(1)
        .filter_map(|s| s.split('”').next())
        .map(|s| s.trim_end_matches('…'))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------

#[test]
fn every_seed_file_is_readable_and_used() {
    for seed in Seed::ALL {
        assert!(!seed_text(seed).trim().is_empty(), "{seed:?} is empty");
        assert!(
            figures().any(|f| f.seed == seed),
            "no figure comes from {seed:?}"
        );
    }
}

#[test]
fn cedaw_paragraphs_are_all_found() {
    let paras = cedaw_paragraphs();
    // 153 headings from "1 (a)" to "23 (d)", counted with grep.
    assert_eq!(paras.len(), 153);
    for h in [
        "1 (a)",
        "8 (p)",
        "9 (i) and (j)",
        "12 (a)",
        "17",
        "22 (c)",
        "23 (d)",
    ] {
        assert!(paras.contains_key(h), "paragraph {h} not found");
    }
    assert!(paras["8 (p)"].starts_with("From 2020 to July 2025, 342,463 crimes"));
}

#[test]
fn every_quote_occurs_in_its_seed_file() {
    let mut problems = Vec::new();
    for f in figures() {
        let quote = collapse(f.quote);
        if quote.is_empty() {
            problems.push(format!("{}: empty quote", f.id));
        } else if !collapsed_seed(f.seed).contains(&quote) {
            problems.push(format!(
                "{}: quote not found in {}: {:?}",
                f.id,
                f.seed.file_name(),
                f.quote
            ));
        }
    }
    assert_no_problems(problems);
}

#[test]
fn every_location_points_at_the_quote() {
    let paras = cedaw_paragraphs();
    let mut problems = Vec::new();
    for f in figures() {
        let quote = collapse(f.quote);
        if f.location.trim().is_empty() {
            problems.push(format!("{}: empty location", f.id));
            continue;
        }
        if f.seed == Seed::CedawReplies {
            let Some(heading) = f.location.strip_prefix("para. ") else {
                problems.push(format!("{}: CEDAW location must be “para. …”", f.id));
                continue;
            };
            match paras.get(heading) {
                None => problems.push(format!("{}: no paragraph {heading}", f.id)),
                Some(text) if !text.contains(&quote) => {
                    problems.push(format!("{}: quote is not in paragraph {heading}", f.id))
                }
                Some(_) => {}
            }
            continue;
        }
        if f.location.starts_with("para.") {
            problems.push(format!("{}: {:?} has no numbered paragraphs", f.id, f.seed));
        }
        let text = collapsed_seed(f.seed);
        let at = text.find(&quote);
        for phrase in quoted_phrases(f.location) {
            let phrase = collapse(phrase);
            let Some(phrase_at) = text.find(&phrase) else {
                problems.push(format!(
                    "{}: location names {phrase:?}, not in the file",
                    f.id
                ));
                continue;
            };
            let Some(at) = at else { continue };
            let ok = if f.location.contains("paragraph “") {
                // The paragraph (one line of the file) starting with the phrase holds the quote.
                seed_text(f.seed)
                    .lines()
                    .any(|l| collapse(l).starts_with(&phrase) && collapse(l).contains(&quote))
            } else if f.location.contains("before “") {
                at < phrase_at
            } else {
                phrase_at < at
            };
            if !ok {
                problems.push(format!(
                    "{}: quote is not where {:?} says",
                    f.id, f.location
                ));
            }
        }
        if f.location == "opening paragraph" {
            let first = seed_text(f.seed)
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap();
            if !collapse(first).contains(&quote) {
                problems.push(format!("{}: quote is not in the opening paragraph", f.id));
            }
        }
    }
    assert_no_problems(problems);
}

#[test]
fn every_value_is_written_in_its_quote() {
    let mut problems = Vec::new();
    for f in figures() {
        let numbers = numbers_in(f.quote);
        match f.value {
            Value::Number(n) => {
                if !numbers.iter().any(|&m| same_number(m, n)) {
                    problems.push(format!(
                        "{}: {n} is not in the quote (found {numbers:?})",
                        f.id
                    ));
                }
            }
            Value::Date(d) => {
                if !numbers.iter().any(|&m| same_number(m, f64::from(d.year))) {
                    problems.push(format!("{}: year {} is not in the quote", f.id, d.year));
                }
                if d.month > 0 {
                    let month = MONTHS[usize::from(d.month) - 1];
                    if !f.quote.contains(month) {
                        problems.push(format!("{}: month {month} is not in the quote", f.id));
                    }
                }
                if d.day > 0 && !numbers.iter().any(|&m| same_number(m, f64::from(d.day))) {
                    problems.push(format!("{}: day {} is not in the quote", f.id, d.day));
                }
            }
        }
    }
    assert_no_problems(problems);
}

#[test]
fn number_extraction_reads_the_source_notation() {
    let has = |text: &str, n: f64| numbers_in(text).iter().any(|&m| same_number(m, n));
    assert!(has("from 115,526 in 2022", 115_526.0));
    assert!(has("18.9 per cent.", 18.9));
    assert!(has("35–40 per cent", 35.0) && has("35–40 per cent", 40.0));
    assert!(has("the period 2022-25.", 2025.0));
    assert!(has("4.1 billion tenge (US$8.2 million)", 4.1e9));
    assert!(has("4.1 billion tenge (US$8.2 million)", 8.2e6));
    assert!(has("Nineteen regulations", 19.0));
    assert!(has("articles 126, 131, 145", 131.0));
    assert!(!has("articles 126, 131, 145", 126_131.0));
    assert!(!has("in 2022.", 2022.5));
}

#[test]
fn qualifiers_match_the_wording() {
    let mut problems = Vec::new();
    for f in figures() {
        let q = collapse(f.quote).to_lowercase();
        let has_word = |w: &str| {
            q.split(|c: char| !c.is_alphanumeric())
                .any(|word| word == w)
        };
        let ok = match f.qualifier {
            Qualifier::Exact => true,
            Qualifier::MoreThan => q.contains("more than") || has_word("over"),
            Qualifier::About => {
                has_word("about")
                    || has_word("approximately")
                    || has_word("some")
                    || has_word("around")
            }
            Qualifier::AtLeast => q.contains("at least") || has_range(&q),
            Qualifier::AtMost => {
                q.contains("up to")
                    || q.contains('≤')
                    || q.contains("no more than")
                    || has_range(&q)
            }
        };
        if !ok {
            problems.push(format!(
                "{}: {:?} but the quote does not say so",
                f.id, f.qualifier
            ));
        }
    }
    assert_no_problems(problems);
}

#[test]
fn ids_are_unique_and_kebab_case() {
    let mut seen = HashSet::new();
    for f in figures() {
        assert!(is_kebab(f.id), "figure id {:?} is not kebab-case", f.id);
        assert!(seen.insert(f.id), "figure id {:?} is used twice", f.id);
    }
    let mut seen = HashSet::new();
    for id in conflicts()
        .iter()
        .map(|c| c.id)
        .chain(breakdowns().iter().map(|b| b.id))
    {
        assert!(is_kebab(id), "id {id:?} is not kebab-case");
        assert!(
            seen.insert(id),
            "conflict/breakdown id {id:?} is used twice"
        );
    }
}

/// Any figure by id (the dataset's own `expect` looks only at charted ones).
fn any(id: &str) -> &'static Figure {
    figure(id).unwrap_or_else(|| panic!("no figure with id {id}"))
}

#[test]
fn every_description_belongs_to_one_figure() {
    let mut seen = HashSet::new();
    for (id, _) in descriptions() {
        assert!(
            figure(id).is_some(),
            "description for {id:?}, which is not a figure"
        );
        assert!(seen.insert(*id), "figure {id:?} is described twice");
    }
    assert_eq!(
        seen.len(),
        figures().count(),
        "figures without a description"
    );
}

/// Figures widgets use outside their data table: in a note or the source line.
const CHARTED_OUTSIDE_TABLES: [&str; 4] = [
    // Institutions: the 30 per cent goal line.
    "target-representation-2030",
    // Quota gauge: its notes, on the same goal in the CEDAW replies and on the quota.
    "target-decision-making-women",
    "quota-share",
    // Researchers: the share in the takeaway.
    "women-researchers-share",
];

/// The embed bundle carries the charted figures and no others (`dataset::charted`), so that
/// set must be what the widgets cite: a figure a widget needs cannot be missing from it
/// (the widget would panic), and one no widget needs is dead weight in every article.
#[test]
fn charted_figures_are_exactly_the_ones_widgets_cite() {
    use tendik_core::widgets::WidgetKind;
    use tendik_core::Lang;
    let mut cited: HashSet<&str> = CHARTED_OUTSIDE_TABLES.into_iter().collect();
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let content = kind.embedded(lang).content(lang);
            for row in content.table.provenance {
                cited.extend(row.figures);
            }
        }
    }
    let charted: HashSet<&str> = charted().map(|f| f.id).collect();
    let mut unused: Vec<_> = charted.difference(&cited).collect();
    let mut missing: Vec<_> = cited.difference(&charted).collect();
    unused.sort();
    missing.sort();
    assert!(
        unused.is_empty(),
        "charted but no widget cites them (move to LISTED): {unused:?}"
    );
    assert!(
        missing.is_empty(),
        "cited but not charted (move to CHARTED): {missing:?}"
    );
}

#[test]
fn ids_other_code_uses_still_exist() {
    for id in [
        "quota-share",
        "quota-act-signed",
        "quota-act-in-force",
        "majilis-women-share",
        "maslikhat-women-share",
        "dv-incidents-2022",
        "dv-incidents-2024",
        "target-dv-reduction",
        "peacekeepers-total-2023",
        "peacekeepers-men-2023",
        "peacekeepers-experts-2023",
        "peacekeepers-staff-officers-2023",
        "peacekeepers-troops-2023",
        "target-peacekeeping-women",
    ] {
        assert!(figure(id).is_some(), "figure {id} is gone");
    }
}

#[test]
fn every_text_exists_in_three_languages() {
    let mut problems = Vec::new();
    for f in figures() {
        problems.extend(text3_problems(&format!("{} label", f.id), &f.label));
        match description(f.id) {
            Some(text) => problems.extend(text3_problems(&format!("{} description", f.id), &text)),
            None => problems.push(format!("{} has no description", f.id)),
        }
    }
    for c in conflicts() {
        problems.extend(text3_problems(
            &format!("conflict {} subject", c.id),
            &c.subject,
        ));
        problems.extend(text3_problems(&format!("conflict {} note", c.id), &c.note));
    }
    for b in breakdowns() {
        problems.extend(text3_problems(
            &format!("breakdown {} subject", b.id),
            &b.subject,
        ));
        problems.extend(text3_problems(&format!("breakdown {} note", b.id), &b.note));
    }
    for seed in Seed::ALL {
        problems.extend(text3_problems(&format!("{seed:?} title"), &seed.title()));
    }
    assert_no_problems(problems);
}

#[test]
fn units_values_and_periods_are_consistent() {
    let mut problems = Vec::new();
    for f in figures() {
        match (f.unit, f.value) {
            (Unit::Date, Value::Date(d))
                if d.month > 12 || d.day > 31 || (d.month == 0 && d.day != 0) =>
            {
                problems.push(format!("{}: bad date {d:?}", f.id));
            }
            (Unit::Date, Value::Date(_)) => {}
            (Unit::Date, Value::Number(_)) | (_, Value::Date(_)) => {
                problems.push(format!("{}: unit Date if and only if a date value", f.id));
            }
            (Unit::Percent, Value::Number(n)) if !(0.0..=100.0).contains(&n) => {
                problems.push(format!("{}: {n} is not a percentage", f.id));
            }
            (Unit::Count, Value::Number(n)) if n < 0.0 || n.fract() != 0.0 => {
                problems.push(format!("{}: {n} is not a count", f.id));
            }
            (_, Value::Number(n)) if !n.is_finite() || n < 0.0 => {
                problems.push(format!("{}: {n} is not a plausible value", f.id));
            }
            _ => {}
        }
        let p = f.period;
        for end in [p.start, p.end] {
            if !end.is_empty() && !is_partial_iso(end) {
                problems.push(format!("{}: period bound {end:?} is not ISO 8601", f.id));
            }
        }
        if !p.start.is_empty() && !p.end.is_empty() && p.start > p.end {
            problems.push(format!("{}: period starts after it ends", f.id));
        }
        if p.as_written.trim().is_empty() {
            problems.push(format!("{}: period has no wording", f.id));
        }
    }
    assert_no_problems(problems);
}

// ---------------------------------------------------------------------------------------
// Conflicts and breakdowns
// ---------------------------------------------------------------------------------------

#[test]
fn conflicts_name_existing_figures_that_differ() {
    assert!(!conflicts().is_empty());
    for c in conflicts() {
        assert!(
            c.figures.len() >= 2,
            "conflict {} names fewer than two figures",
            c.id
        );
        let figs: Vec<&Figure> = c
            .figures
            .iter()
            .map(|id| {
                figure(id).unwrap_or_else(|| panic!("conflict {} names unknown figure {id}", c.id))
            })
            .collect();
        let ids: HashSet<&str> = c.figures.iter().copied().collect();
        assert_eq!(
            ids.len(),
            c.figures.len(),
            "conflict {} repeats a figure",
            c.id
        );
        assert!(
            figs.iter().all(|f| f.unit == figs[0].unit),
            "conflict {} mixes units",
            c.id
        );
        assert!(
            figs.iter().any(|f| f.value != figs[0].value),
            "conflict {}: all its figures have the same value",
            c.id
        );
    }
}

#[test]
fn the_conflicts_found_in_the_sources_are_all_modelled() {
    let conflict = |id: &str| {
        conflicts()
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("no conflict {id}"))
    };
    let values = |id: &str| -> Vec<f64> {
        conflict(id)
            .figures
            .iter()
            .filter_map(|f| any(f).value.number())
            .collect()
    };
    assert_eq!(values("civil-servants-women-share"), [55.8, 55.8, 56.2]);
    assert_eq!(values("smes-women-share"), [48.0, 48.2]);
    assert_eq!(values("crisis-centres-count"), [30.0, 30.0, 27.0, 27.0]);
    assert_eq!(
        values("family-support-centres-count"),
        [100.0, 104.0, 128.0, 128.0, 136.0]
    );
    assert_eq!(values("tomiris-trainees"), [800.0, 950.0]);
    assert_eq!(values("microcredit-women-share"), [35.0, 40.0, 41.2, 44.0]);
    assert_eq!(conflict("social-worker-register-date").figures.len(), 2);
}

#[test]
fn breakdowns_name_existing_figures_of_one_unit() {
    assert!(!breakdowns().is_empty());
    for b in breakdowns() {
        let total = figure(b.total)
            .unwrap_or_else(|| panic!("breakdown {} total {} unknown", b.id, b.total));
        assert!(
            total.value.number().is_some(),
            "breakdown {} total is not a number",
            b.id
        );
        assert!(!b.parts.is_empty(), "breakdown {} has no parts", b.id);
        assert!(
            !b.parts.contains(&b.total),
            "breakdown {} counts its total as a part",
            b.id
        );
        for part in b.parts {
            let p =
                figure(part).unwrap_or_else(|| panic!("breakdown {} part {part} unknown", b.id));
            assert_eq!(
                p.unit, total.unit,
                "breakdown {}: {part} has another unit",
                b.id
            );
            assert!(
                p.value.number().is_some(),
                "breakdown {}: {part} is not a number",
                b.id
            );
        }
        let r = b.remainder();
        assert_eq!(r.breakdown, b.id);
        assert!(same_number(r.total - r.sum_of_parts, r.not_specified));
    }
}

/// Remainders worked out by hand from the source text.
#[test]
fn breakdown_remainders() {
    let expected: &[(&str, f64, f64)] = &[
        // 4,656 − (1,445 + 3,200) = 4,656 − 4,645
        ("crisis-centre-aid-2024", 4_645.0, 11.0),
        // 1,886 − 587
        ("crisis-centre-aid-h1-2025", 587.0, 1_299.0),
        // 12,893 − (2,050 + 4,727 + 4,156 + 318) = 12,893 − 11,251
        ("women-researchers-by-degree", 11_251.0, 1_642.0),
        // 12,893 − (3,625 + 2,625 + 1,207 + 1,207 + 1,185 + 2,471) = 12,893 − 12,320
        ("women-researchers-by-field", 12_320.0, 573.0),
        // 92 = 52 + 40 = 43 + 49; 43 = 23 + 20; 49 = 29 + 20; 52 = 23 + 29; 40 = 20 + 20
        ("nchr-staff-by-office", 92.0, 0.0),
        ("nchr-staff-by-sex", 92.0, 0.0),
        ("nchr-men-by-office", 43.0, 0.0),
        ("nchr-women-by-office", 49.0, 0.0),
        ("nchr-central-by-sex", 52.0, 0.0),
        ("nchr-regional-by-sex", 40.0, 0.0),
        // 19 = 6 + 5 + 8; all 19 men
        ("peacekeepers-by-type", 19.0, 0.0),
        ("peacekeepers-by-sex", 19.0, 0.0),
        // 136 = 55 + 81
        ("family-support-centres-by-area", 136.0, 0.0),
    ];
    for (id, sum, rest) in expected {
        let b = breakdowns()
            .iter()
            .find(|b| b.id == *id)
            .unwrap_or_else(|| panic!("no breakdown {id}"));
        let r = b.remainder();
        assert_eq!(r.sum_of_parts, *sum, "{id}: sum of parts");
        assert_eq!(r.not_specified, *rest, "{id}: remainder");
    }
    assert_eq!(
        expected.len(),
        breakdowns().len(),
        "every breakdown needs its hand-computed remainder here"
    );
}

/// Victims are not parts of a count of crimes: the source gives no number of victims in all,
/// so no remainder of one from the other may be computed (issue 18).
#[test]
fn no_breakdown_sets_victims_against_a_count_of_crimes() {
    for b in breakdowns() {
        let total = figure(b.total).unwrap();
        for part in b.parts {
            let part = figure(part).unwrap();
            assert!(
                !(total.label.en.starts_with("Crimes") && part.label.en.starts_with("Victims")),
                "breakdown {}: {} counts victims, its total {} counts crimes",
                b.id,
                part.id,
                total.id
            );
        }
    }
}

#[test]
fn nchr_shares_match_the_counts() {
    let n = |id: &str| any(id).value.number().unwrap();
    let total = n("nchr-staff");
    assert!(same_number(
        n("nchr-staff-men-share") + n("nchr-staff-women-share"),
        100.0
    ));
    // The stated shares are the counts rounded to one decimal.
    assert_eq!((n("nchr-staff-men") / total * 1000.0).round() / 10.0, 46.7);
    assert_eq!(
        (n("nchr-staff-women") / total * 1000.0).round() / 10.0,
        53.3
    );
}

/// Notes speak for the sources: what they say and what they leave out, never a guess at why
/// two figures differ or what a part "presumably" is, and never advice to whoever shows them.
#[test]
fn notes_neither_speculate_nor_advise() {
    const GUESSES: [&str; 22] = [
        "may explain",
        "may describe",
        "may simply",
        "may have",
        "presumably",
        "possibly",
        "probably",
        "perhaps",
        "most likely",
        "implausibl",
        "copying error",
        "show both",
        "возможно,",
        "видимо",
        "вероятно",
        "скорее всего",
        "может объясняться",
        "показывайте",
        "сірә",
        "шамасы",
        "болуы мүмкін",
        "көрсетіңіз",
    ];
    let mut notes: Vec<(&str, &Text3)> = Vec::new();
    notes.extend(conflicts().iter().map(|c| (c.id, &c.note)));
    notes.extend(breakdowns().iter().map(|b| (b.id, &b.note)));
    notes.extend(descriptions().map(|(id, text)| (*id, text)));
    let mut found = Vec::new();
    for (id, text) in notes {
        for lang in tendik_core::Lang::ALL {
            let s = text.get(lang).to_lowercase();
            for g in GUESSES {
                if s.contains(g) {
                    found.push(format!("{id} ({lang:?}): “{g}” in {s}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
