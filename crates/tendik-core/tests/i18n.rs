//! Every interface string exists in English, Russian and Kazakh, and every template has
//! the same slots in all three (a missing `{slot}` would silently drop a number).

use std::collections::BTreeSet;

/// The source files whose `Text3` constants are the interface: i18n.rs and each widget's
/// text.rs (read from disk, so a new widget's strings are checked without a change here).
fn text_sources() -> Vec<(String, String)> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join("i18n.rs")];
    let mut widgets: Vec<_> = std::fs::read_dir(src.join("widgets"))
        .expect("src/widgets")
        .map(|e| e.expect("a directory entry").path().join("text.rs"))
        .filter(|p| p.exists())
        .collect();
    widgets.sort();
    assert!(
        widgets.len() >= 10,
        "found only {} text.rs files",
        widgets.len()
    );
    files.extend(widgets);
    files
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(&src).unwrap_or(&p).display().to_string();
            (
                name,
                std::fs::read_to_string(&p).expect("a readable text file"),
            )
        })
        .collect()
}

/// The string literals of `call` up to its closing parenthesis (outside any string).
fn literals(call: &str) -> Vec<String> {
    let mut literals = Vec::new();
    let mut chars = call.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut lit = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => match chars.next() {
                            // `\u{a0}`: the character itself, not a `{slot}`.
                            Some('u') => {
                                let hex: String =
                                    chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                                lit.extend(
                                    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32),
                                );
                            }
                            Some('n') => lit.push('\n'),
                            c => lit.push(c.unwrap_or_default()),
                        },
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
    literals
}

/// The three string literals of each `pub const NAME: Text3 = Text3::new(...)` of the
/// interface, with the file and the constant's name.
fn texts() -> Vec<(String, [String; 3])> {
    let mut out = Vec::new();
    for (file, src) in text_sources() {
        for chunk in src.split("pub const ").skip(1) {
            let Some((name, rest)) = chunk.split_once(": Text3 =") else {
                continue;
            };
            let Some((_, call)) = rest.split_once("Text3::new(") else {
                continue;
            };
            let [en, ru, kk]: [String; 3] = literals(call)
                .try_into()
                .unwrap_or_else(|l| panic!("{file} {name}: {l:?}"));
            out.push((format!("{file} {name}"), [en, ru, kk]));
        }
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
            - slots(en)
                .iter()
                .map(|s| s.chars().filter(|c| c.is_alphabetic()).count())
                .sum::<usize>();
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

/// Every `Text3::new(en, ru, kk)` of the interface and of the dataset's labels and notes.
fn all_triples() -> Vec<(String, [String; 3])> {
    let dataset = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/dataset");
    let mut files: Vec<_> = std::fs::read_dir(&dataset)
        .expect("src/dataset")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    files.sort();
    let mut out = texts();
    for path in files {
        let src = std::fs::read_to_string(&path).expect("a readable dataset file");
        for (i, call) in src.split("Text3::new(").skip(1).enumerate() {
            if let Ok(triple) = <[String; 3]>::try_from(literals(call)) {
                out.push((format!("{} #{i}", path.display()), triple));
            }
        }
    }
    out
}

#[test]
fn one_name_for_one_thing() {
    // (language, a variant we do not use, the one we do). The seeds are in English, so
    // every Russian and Kazakh term here is ours to choose.
    let banned: &[(usize, &str, &str)] = &[
        (
            1,
            "домашн",
            "бытовое насилие, as the law and the dataset say",
        ),
        // "Представительства" (offices) is another word.
        (1, "представительство", "представленность"),
        (1, "уис", "пенитенциарные учреждения"),
        (1, "tendik", "Теңдік, the product's name in Russian"),
        (2, "tendik", "Теңдік, the product's name in Kazakh"),
        (0, "теңдік", "Tendik, the product's name in English"),
        (2, "нұсқы", "көрсеткі (arrow)"),
        (2, "нұсқар", "көрсеткі (arrow)"),
        (
            2,
            "қазақстаннан",
            "Қазақстан жіберген, not a copy of «от Казахстана»",
        ),
    ];
    let all = all_triples();
    assert!(all.len() > 300, "found only {} texts", all.len());
    let mut wrong = Vec::new();
    for (name, texts) in &all {
        for (lang, variant, use_instead) in banned {
            let text = tendik_core::case::lowercase(&texts[*lang]);
            if text.contains(variant) {
                wrong.push(format!(
                    "{name}: {variant:?} (use {use_instead}): {}",
                    texts[*lang]
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_number_written_in_a_text_is_never_broken_across_lines() {
    // A renderer breaks lines at a plain space or after a dash or hyphen, so "4 656" must be
    // grouped with no-break spaces, "30–39" keep a word joiner after its dash and "100-ден"
    // join its ending with a non-breaking hyphen, as the computed formats do; a paragraph
    // stays whole ("9 (i)").
    let all = all_triples();
    let mut wrong = Vec::new();
    for (name, texts) in &all {
        for text in texts {
            let chars: Vec<char> = text.chars().collect();
            for (i, w) in chars.windows(3).enumerate() {
                let after_number = w[0].is_ascii_digit() || w[0] == '%';
                let digit = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
                let grouped = w[1] == ' '
                    && w[0].is_ascii_digit()
                    && (i + 2..i + 5).all(digit)
                    && !digit(i + 5);
                let broken = grouped
                    || (w[1] == ' ' && w[0].is_ascii_digit() && w[2] == '%')
                    || (w[1] == '–' && w[0].is_ascii_digit() && w[2].is_ascii_digit())
                    || (w[1] == ' '
                        && w[0].is_ascii_digit()
                        && w[2] == '('
                        && chars.get(i + 4) == Some(&')'))
                    || (w[1] == '-' && after_number && ('\u{400}'..='\u{4ff}').contains(&w[2]));
                if broken {
                    let at: String = chars[i.saturating_sub(8)..(i + 8).min(chars.len())]
                        .iter()
                        .collect();
                    wrong.push(format!("{name}: …{at}…"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
