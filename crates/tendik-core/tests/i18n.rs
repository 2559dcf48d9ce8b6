//! Every interface string exists in English, Russian and Kazakh, and every template has
//! the same slots in all three (a missing `{slot}` would silently drop a number).

use std::collections::BTreeSet;

/// The three string literals of each `Text3::new(...)` in i18n.rs, with the constant's name.
fn texts() -> Vec<(String, [String; 3])> {
    let src = include_str!("../src/i18n.rs");
    let mut out = Vec::new();
    for chunk in src.split("pub const ").skip(1) {
        let Some((name, rest)) = chunk.split_once(": Text3 = Text3::new(") else {
            continue;
        };
        // String literals up to the call's closing parenthesis (outside any string).
        let mut literals = Vec::new();
        let mut chars = rest.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => {
                    let mut lit = String::new();
                    while let Some(c) = chars.next() {
                        match c {
                            '\\' => lit.push(chars.next().unwrap_or_default()),
                            '"' => break,
                            c => lit.push(c),
                        }
                    }
                    literals.push(lit);
                }
                ')' => break,
                _ => {}
            }
        }
        assert_eq!(literals.len(), 3, "{name}: {literals:?}");
        out.push((
            name.to_string(),
            [
                literals[0].clone(),
                literals[1].clone(),
                literals[2].clone(),
            ],
        ));
    }
    out
}

/// Slot names; a case or a choice of forms (`{n:abl}`, `{n:год|года|лет}`) names the
/// same slot as `{n}`.
fn slots(s: &str) -> BTreeSet<String> {
    s.split('{')
        .skip(1)
        .filter_map(|p| {
            p.split_once('}')
                .map(|(k, _)| k.split(':').next().unwrap_or(k).to_string())
        })
        .collect()
}

#[test]
fn every_string_is_translated_with_the_same_slots() {
    let all = texts();
    assert!(all.len() > 40, "found only {} strings", all.len());
    for (name, [en, ru, kk]) in &all {
        for (lang, s) in [("en", en), ("ru", ru), ("kk", kk)] {
            assert!(!s.trim().is_empty(), "{name} is empty in {lang}");
        }
        assert_eq!(
            slots(en),
            slots(ru),
            "{name}: slots differ between en and ru"
        );
        assert_eq!(
            slots(en),
            slots(kk),
            "{name}: slots differ between en and kk"
        );
        let cyrillic = |s: &str| s.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
        // Strings that are only slots, numbers or punctuation need no letters.
        let letters = en.chars().filter(|c| c.is_alphabetic()).count()
            - slots(en).iter().map(|s| s.len()).sum::<usize>();
        if letters > 0 {
            assert!(
                cyrillic(ru),
                "{name}: the Russian text is not in Cyrillic: {ru}"
            );
            assert!(
                cyrillic(kk),
                "{name}: the Kazakh text is not in Cyrillic: {kk}"
            );
        }
    }
}

#[test]
fn kazakh_case_endings_after_numbers_are_computed() {
    // "{n}-ден" is right for some numbers and wrong for others (115 526-дан): endings
    // after a slot must be written `{n:abl}` / `{n:dat}` so `fill` picks them.
    let mut wrong: Vec<String> = Vec::new();
    for (name, [_, _, kk]) in texts() {
        // Ordinals ("{line}-жол", "4th line") are written with a hyphen too, and are fine.
        let endings = [
            "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "і ", "ы ", "сі",
            "сы",
        ];
        let bad = kk
            .match_indices("}-")
            .any(|(i, _)| endings.iter().any(|e| kk[i + 2..].starts_with(e)));
        if bad {
            wrong.push(format!("{name}: {kk}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "hand-written case endings after slots:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn kazakh_is_not_russian_copied() {
    // A few loanwords are spelt alike ("массив"); more than a handful means copy-paste.
    let all = texts();
    let same: Vec<&String> = all
        .iter()
        .filter(|(_, [_, ru, kk])| ru == kk)
        .map(|(name, _)| name)
        .collect();
    assert!(
        same.len() * 20 <= all.len(),
        "Kazakh equals Russian in {same:?}"
    );
}

#[test]
fn kazakh_uses_its_own_letters() {
    // Kazakh Cyrillic has letters Russian lacks; a text with none of them across the
    // whole interface would mean Russian was pasted in.
    let specific = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];
    let with = texts()
        .iter()
        .filter(|(_, [_, _, kk])| {
            kk.chars()
                .any(|c| specific.contains(&c.to_lowercase().next().unwrap_or(c)))
        })
        .count();
    assert!(
        with * 2 > texts().len(),
        "only {with} Kazakh strings use Kazakh letters"
    );
}

/// The specs after slot names: `abl` in `{n:abl}`, `год|года|лет` in `{n:год|года|лет}`.
fn specs(s: &str) -> Vec<String> {
    s.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').and_then(|(k, _)| k.split_once(':')))
        .map(|(_, spec)| spec.to_string())
        .collect()
}

#[test]
fn every_case_and_choice_is_one_the_grammar_knows() {
    let mut wrong = Vec::new();
    for (name, [en, ru, kk]) in texts() {
        for (lang, s) in [("en", &en), ("ru", &ru), ("kk", &kk)] {
            for problem in tendik_core::grammar::problems(s) {
                wrong.push(format!("{name} ({lang}): {problem}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn each_language_uses_its_own_grammar() {
    // English and Kazakh choose between one and other; Russian needs one, few and many
    // (and decimals' form where it differs). Kazakh cases are Kazakh, Russian cases Russian.
    let kazakh_cases = ["gen", "dat", "acc", "loc", "abl", "ins", "attr", "poss"];
    let russian_cases = ["род", "дат", "твор"];
    let mut wrong = Vec::new();
    for (name, [en, ru, kk]) in texts() {
        for (lang, s, forms, cases) in [
            ("en", &en, &[2][..], &[][..]),
            ("ru", &ru, &[3, 4][..], &russian_cases[..]),
            ("kk", &kk, &[2][..], &kazakh_cases[..]),
        ] {
            for n in tendik_core::grammar::plural_form_counts(s) {
                if !forms.contains(&n) {
                    wrong.push(format!("{name} ({lang}): a choice of {n} forms"));
                }
            }
            for spec in specs(s) {
                let is_case =
                    kazakh_cases.contains(&spec.as_str()) || russian_cases.contains(&spec.as_str());
                if is_case && !cases.contains(&spec.as_str()) {
                    wrong.push(format!("{name} ({lang}): the case {spec}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
