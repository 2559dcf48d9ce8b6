//! Rendered phrases, number × template → the exact sentence, in Russian, Kazakh and English.
//! These are the reference for the template syntax in docs/grammar.md.
//!
//! In expected strings `_` stands for a no-break space, and a `-` after a digit, a per cent
//! sign or a capital letter for the no-break hyphen Kazakh endings take there.

use tendik_core::format;
use tendik_core::grammar::fill;
use tendik_core::i18n;
use tendik_core::{Date, Lang};

/// An expected string with its no-break characters written visibly (see the file's note).
fn nb(s: &str) -> String {
    let mut out = String::new();
    let mut prev = ' ';
    for c in s.chars() {
        match c {
            '_' => out.push('\u{a0}'),
            '-' if prev.is_ascii_digit() || prev == '%' || prev.is_uppercase() => {
                out.push('\u{2011}')
            }
            c => out.push(c),
        }
        prev = c;
    }
    out
}

fn one(template: &str, value: &str) -> String {
    fill(template, &[("n", value)])
}

/// Renders `template` with `n` = each value and compares with each expected sentence.
fn check(template: &str, rows: &[(&str, &str)]) {
    let mut wrong = Vec::new();
    for (value, expected) in rows {
        let got = one(template, &nb(value));
        if got != nb(expected) {
            wrong.push(format!("{value}: got {got:?}, expected {:?}", nb(expected)));
        }
    }
    assert!(wrong.is_empty(), "{template}\n{}", wrong.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Russian

#[test]
fn russian_nouns_agree_with_every_count() {
    check(
        "{n} {n:миротворец|миротворца|миротворцев}",
        &[
            ("0", "0_миротворцев"),
            ("1", "1_миротворец"),
            ("2", "2_миротворца"),
            ("4", "4_миротворца"),
            ("5", "5_миротворцев"),
            ("11", "11_миротворцев"),
            ("12", "12_миротворцев"),
            ("14", "14_миротворцев"),
            ("21", "21_миротворец"),
            ("22", "22_миротворца"),
            ("25", "25_миротворцев"),
            ("101", "101_миротворец"),
            ("111", "111_миротворцев"),
            ("115_526", "115_526_миротворцев"),
            ("75_004", "75_004_миротворца"),
        ],
    );
}

#[test]
fn russian_verbs_agree_with_their_count() {
    check(
        "Квоту {n:достигает|достигают|достигают} {n} {n:орган|органа|органов}",
        &[
            ("0", "Квоту достигают 0_органов"),
            ("1", "Квоту достигает 1_орган"),
            ("2", "Квоту достигают 2_органа"),
            ("5", "Квоту достигают 5_органов"),
            ("11", "Квоту достигают 11_органов"),
            ("21", "Квоту достигает 21_орган"),
            ("22", "Квоту достигают 22_органа"),
            ("101", "Квоту достигает 101_орган"),
            ("111", "Квоту достигают 111_органов"),
        ],
    );
    check(
        "{n:Был направлен|Были направлены|Было направлено} {n} {n:миротворец|миротворца|миротворцев}",
        &[
            ("1", "Был направлен 1_миротворец"),
            ("4", "Были направлены 4_миротворца"),
            ("12", "Было направлено 12_миротворцев"),
            ("21", "Был направлен 21_миротворец"),
        ],
    );
}

#[test]
fn russian_genitive_after_iz_and_decimals() {
    check(
        "из {n} {n:органа|органов|органов|органа}",
        &[
            ("1", "из 1_органа"),
            ("2", "из 2_органов"),
            ("4", "из 4_органов"),
            ("5", "из 5_органов"),
            ("11", "из 11_органов"),
            ("14", "из 14_органов"),
            ("21", "из 21_органа"),
            ("22", "из 22_органов"),
            ("25", "из 25_органов"),
            ("101", "из 101_органа"),
            ("111", "из 111_органов"),
            ("2,5", "из 2,5_органа"),
        ],
    );
    // Decimals take the genitive singular: the few form when only three are given.
    check(
        "{n} {n:процент|процента|процентов}",
        &[
            ("18,9", "18,9_процента"),
            ("0,5", "0,5_процента"),
            ("1,5", "1,5_процента"),
            ("21", "21_процент"),
            ("12", "12_процентов"),
        ],
    );
}

#[test]
fn russian_units_take_the_case_of_their_qualifier() {
    let years = |n: &str| fill(i18n::UNIT_YEARS.ru, &[("n", n)]);
    let up_to = |n: &str| fill(i18n::Q_AT_MOST.ru, &[("n", &years(n))]);
    let more = |n: &str| fill(i18n::Q_MORE_THAN.ru, &[("n", &years(n))]);
    for (n, exact, at_most, more_than) in [
        ("0", "0_лет", "до 0_лет", "более 0_лет"),
        ("1", "1_год", "до 1_года", "более 1_года"),
        ("2", "2_года", "до 2_лет", "более 2_лет"),
        ("4", "4_года", "до 4_лет", "более 4_лет"),
        ("5", "5_лет", "до 5_лет", "более 5_лет"),
        ("11", "11_лет", "до 11_лет", "более 11_лет"),
        ("12", "12_лет", "до 12_лет", "более 12_лет"),
        ("14", "14_лет", "до 14_лет", "более 14_лет"),
        ("21", "21_год", "до 21_года", "более 21_года"),
        ("22", "22_года", "до 22_лет", "более 22_лет"),
        ("25", "25_лет", "до 25_лет", "более 25_лет"),
        ("101", "101_год", "до 101_года", "более 101_года"),
        ("111", "111_лет", "до 111_лет", "более 111_лет"),
        ("2,5", "2,5_года", "до 2,5_года", "более 2,5_года"),
    ] {
        assert_eq!(years(n), nb(exact), "{n}");
        assert_eq!(up_to(n), nb(at_most), "{n}");
        assert_eq!(more(n), nb(more_than), "{n}");
    }
    // Signs, abbreviations and indeclinable nouns stay as they are.
    let at_most = |value: &str| fill(i18n::Q_AT_MOST.ru, &[("n", &nb(value))]);
    assert_eq!(at_most("50_МРП"), nb("до 50_МРП"));
    assert_eq!(at_most("21_%"), nb("до 21_%"));
    assert_eq!(at_most("510_000_тенге"), nb("до 510_000_тенге"));
    assert_eq!(at_most("8_200_000_долл._США"), nb("до 8_200_000_долл._США"));
}

#[test]
fn russian_year_abbreviation_follows_how_many_years_are_listed() {
    let template = "За {years} {years:list г.|гг.} данных нет";
    let gap = |years: &str| fill(template, &[("years", years)]);
    assert_eq!(gap("2019"), nb("За 2019_г. данных нет"));
    assert_eq!(gap("2019, 2021"), nb("За 2019, 2021_гг. данных нет"));
    assert_eq!(
        gap(&format::span("2019", "2021")),
        nb("За 2019–\u{2060}2021_гг. данных нет")
    );
}

#[test]
fn russian_shared_messages_count_correctly() {
    let long = |length: &str| {
        fill(
            i18n::ERR_TEXT_TOO_LONG.ru,
            &[("length", length), ("max", "40")],
        )
    };
    assert_eq!(long("41"), nb("длина — 41_символ, а допустимо не более 40"));
    assert_eq!(
        long("42"),
        nb("длина — 42_символа, а допустимо не более 40")
    );
    assert_eq!(
        long("45"),
        nb("длина — 45_символов, а допустимо не более 40")
    );
    let span = fill(
        i18n::ERR_YEAR_SPAN.ru,
        &[
            ("first", "1950"),
            ("last", "2000"),
            ("span", "51"),
            ("max", "50"),
        ],
    );
    assert!(span.contains(&nb("это 51_год,")), "{span}");
    let count = |shown: &str, total: &str| {
        let slots = [("shown", shown), ("total", total)];
        Lang::ALL.map(|lang| fill(i18n::SOURCES_COUNT.get(lang), &slots))
    };
    assert_eq!(
        count("5", "21"),
        [
            nb("5_of 21_figures"),
            nb("5_из 21_цифры"),
            nb("21_санның 5-і")
        ]
    );
    assert_eq!(
        count("12", "183"),
        [
            nb("12_of 183_figures"),
            nb("12_из 183_цифр"),
            nb("183_санның 12-сі")
        ]
    );
    assert_eq!(count("1", "1")[0], nb("1_of 1_figure"));
}

// ---------------------------------------------------------------------------------------
// Kazakh

#[test]
fn kazakh_endings_follow_the_last_number_word_read_aloud() {
    check(
        "{n:abl} астам",
        &[
            ("0", "0-ден астам"),           // нөл
            ("1", "1-ден астам"),           // бір
            ("2", "2-ден астам"),           // екі
            ("3", "3-тен астам"),           // үш
            ("4", "4-тен астам"),           // төрт
            ("5", "5-тен астам"),           // бес
            ("6", "6-дан астам"),           // алты
            ("7", "7-ден астам"),           // жеті
            ("8", "8-ден астам"),           // сегіз
            ("9", "9-дан астам"),           // тоғыз
            ("10", "10-нан астам"),         // он
            ("11", "11-ден астам"),         // он бір
            ("20", "20-дан астам"),         // жиырма
            ("30", "30-дан астам"),         // отыз
            ("40", "40-тан астам"),         // қырық
            ("50", "50-ден астам"),         // елу
            ("60", "60-тан астам"),         // алпыс
            ("70", "70-тен астам"),         // жетпіс
            ("80", "80-нен астам"),         // сексен
            ("90", "90-нан астам"),         // тоқсан
            ("100", "100-ден астам"),       // жүз
            ("110", "110-нан астам"),       // жүз он
            ("130", "130-дан астам"),       // жүз отыз
            ("950", "950-ден астам"),       // тоғыз жүз елу
            ("1_000", "1_000-нан астам"),   // мың
            ("10_500", "10_500-ден астам"), // он мың бес жүз
            ("16_000", "16_000-нан астам"),
            ("115_526", "115_526-дан астам"),
            ("8_200_000", "8_200_000-нан астам"), // сегіз миллион екі жүз мың
            ("82_000_000", "82_000_000-нан астам"), // миллион
            ("510_000_000_000", "510_000_000_000-тан астам"), // миллиард
            ("1_000_000_000_000", "1_000_000_000_000-нан астам"), // триллион
            ("18,9", "18,9-дан астам"),           // он сегіз бүтін оннан тоғыз
            ("2,5", "2,5-тен астам"),             // екі бүтін оннан бес
            ("18,9_%", "18,9_%-дан астам"),       // пайыз
        ],
    );
    check(
        "{n:dat} дейін",
        &[
            ("2", "2-ге дейін"),
            ("3", "3-ке дейін"),
            ("6", "6-ға дейін"),
            ("10", "10-ға дейін"),
            ("40", "40-қа дейін"),
            ("75_004", "75_004-ке дейін"),
            ("1_000", "1_000-ға дейін"),
            ("510_000_000_000", "510_000_000_000-қа дейін"),
            ("1_000_000_000_000", "1_000_000_000_000-ға дейін"),
            ("18,9", "18,9-ға дейін"),
            ("46,7", "46,7-ге дейін"),
            ("18,9_%", "18,9_%-ға дейін"),
        ],
    );
}

/// Every case of one value: genitive, dative, accusative, locative, ablative,
/// instrumental, attributive, possessive.
fn kazakh_cases(value: &str) -> [String; 8] {
    ["gen", "dat", "acc", "loc", "abl", "ins", "attr", "poss"]
        .map(|case| fill(&format!("{{n:{case}}}"), &[("n", &nb(value))]))
}

#[test]
fn kazakh_unit_words_and_labels_take_their_own_endings() {
    let table: [(&str, [&str; 8]); 10] = [
        (
            "7_жыл",
            [
                "7_жылдың",
                "7_жылға",
                "7_жылды",
                "7_жылда",
                "7_жылдан",
                "7_жылмен",
                "7_жылдық",
                "7_жылы",
            ],
        ),
        (
            "510_теңге",
            [
                "510_теңгенің",
                "510_теңгеге",
                "510_теңгені",
                "510_теңгеде",
                "510_теңгеден",
                "510_теңгемен",
                "510_теңгелік",
                "510_теңгесі",
            ],
        ),
        (
            "50_АЕК",
            [
                "50_АЕК-тің",
                "50_АЕК-ке",
                "50_АЕК-ті",
                "50_АЕК-те",
                "50_АЕК-тен",
                "50_АЕК-пен",
                "50_АЕК-тік",
                "50_АЕК-і",
            ],
        ),
        (
            "8_200_000_АҚШ_доллары",
            [
                "8_200_000_АҚШ_долларының",
                "8_200_000_АҚШ_долларына",
                "8_200_000_АҚШ_долларын",
                "8_200_000_АҚШ_долларында",
                "8_200_000_АҚШ_долларынан",
                "8_200_000_АҚШ_долларымен",
                "8_200_000_АҚШ_долларлық",
                "8_200_000_АҚШ_доллары",
            ],
        ),
        (
            "11,1_пайыздық_тармақ",
            [
                "11,1_пайыздық_тармақтың",
                "11,1_пайыздық_тармаққа",
                "11,1_пайыздық_тармақты",
                "11,1_пайыздық_тармақта",
                "11,1_пайыздық_тармақтан",
                "11,1_пайыздық_тармақпен",
                "11,1_пайыздық_тармақтық",
                "11,1_пайыздық_тармағы",
            ],
        ),
        (
            "30_%",
            [
                "30_%-дың",
                "30_%-ға",
                "30_%-ды",
                "30_%-да",
                "30_%-дан",
                "30_%-бен",
                "30_%-дық",
                "30_%-ы",
            ],
        ),
        (
            "5_адам",
            [
                "5_адамның",
                "5_адамға",
                "5_адамды",
                "5_адамда",
                "5_адамнан",
                "5_адаммен",
                "5_адамдық",
                "5_адамы",
            ],
        ),
        (
            "30_орталық",
            [
                "30_орталықтың",
                "30_орталыққа",
                "30_орталықты",
                "30_орталықта",
                "30_орталықтан",
                "30_орталықпен",
                "30_орталықтық",
                "30_орталығы",
            ],
        ),
        (
            "Мәжіліс",
            [
                "Мәжілістің",
                "Мәжіліске",
                "Мәжілісті",
                "Мәжілісте",
                "Мәжілістен",
                "Мәжіліспен",
                "Мәжілістік",
                "Мәжілісі",
            ],
        ),
        (
            "БҰҰ",
            [
                "БҰҰ-ның",
                "БҰҰ-ға",
                "БҰҰ-ны",
                "БҰҰ-да",
                "БҰҰ-дан",
                "БҰҰ-мен",
                "БҰҰ-лық",
                "БҰҰ-сы",
            ],
        ),
    ];
    for (value, expected) in table {
        assert_eq!(kazakh_cases(value), expected.map(nb), "{value}");
    }
    // Ordinary words by vowel harmony: back and front, after every kind of sound.
    let dative = |w: &str| fill("{n:dat}", &[("n", w)]);
    for (word, dat) in [
        ("Мәслихаттар", "Мәслихаттарға"),
        ("әйел", "әйелге"),
        ("оқиға", "оқиғаға"),
        ("бітімгер", "бітімгерге"),
        ("қала", "қалаға"),
        ("мектеп", "мектепке"),
        ("институт", "институтқа"),
        ("білу", "білуге"),
        ("оқу", "оқуға"),
        ("Қазақстан", "Қазақстанға"),
    ] {
        assert_eq!(dative(word), dat, "{word}");
    }
}

#[test]
fn kazakh_endings_in_sentences() {
    let f = |template: &str, slot: &str, value: &str| fill(template, &[(slot, &nb(value))]);
    assert_eq!(
        f("{quota:attr} квота", "quota", "30_%"),
        nb("30_%-дық квота")
    );
    assert_eq!(f("{n:attr} жоспар", "n", "5_жыл"), nb("5_жылдық жоспар"));
    assert_eq!(
        f("{reduction:dat} азайту", "reduction", "50_%"),
        nb("50_%-ға азайту")
    );
    assert_eq!(
        f("{gap:dat} кем", "gap", "11,1_пайыздық_тармақ"),
        nb("11,1_пайыздық_тармаққа кем")
    );
    assert_eq!(f("{fall:dat} аз", "fall", "40_522"), nb("40_522-ге аз"));
    assert_eq!(
        fill(
            "{first_year} жылғы {first:abl} {last_year} жылғы {last:dat} дейін азайды",
            &[
                ("first_year", "2022"),
                ("first", &nb("115_526")),
                ("last_year", "2024"),
                ("last", &nb("75_004")),
            ],
        ),
        nb("2022_жылғы 115_526-дан 2024_жылғы 75_004-ке дейін азайды")
    );
}

#[test]
fn kazakh_dates_take_the_locative() {
    let months = [
        "қаңтарда",
        "ақпанда",
        "наурызда",
        "сәуірде",
        "мамырда",
        "маусымда",
        "шілдеде",
        "тамызда",
        "қыркүйекте",
        "қазанда",
        "қарашада",
        "желтоқсанда",
    ];
    for (m, month) in (1..=12).zip(months) {
        let d = Date::ymd(2022, m, 7);
        let signed = fill(
            "Заңға {signed:loc} қол қойылды.",
            &[("signed", &format::date(&d, Lang::Kk))],
        );
        assert_eq!(
            signed,
            nb(&format!("Заңға 2022_жылғы_7_{month} қол қойылды."))
        );
        assert_eq!(
            format::date_when(&d, Lang::Kk),
            nb(&format!("2022_жылғы_7_{month}"))
        );
    }
    let loc = |d: Date| fill("{d:loc}", &[("d", &format::date(&d, Lang::Kk))]);
    assert_eq!(loc(Date::ymd(2024, 6, 0)), nb("2024_жылғы_маусымда"));
    assert_eq!(loc(Date::ymd(2022, 0, 0)), nb("2022_жылы"));
    let abl = fill(
        "{d:abl}",
        &[("d", &format::date(&Date::ymd(2022, 0, 0), Lang::Kk))],
    );
    assert_eq!(abl, nb("2022_жылдан"));
}

// ---------------------------------------------------------------------------------------
// The dataset's figures: the eight issue 16 found wrong, in every language.

#[test]
fn qualified_figures_read_correctly_in_every_language() {
    let figure = |id: &str| {
        Lang::ALL.map(|lang| format::figure(tendik_core::dataset::figure(id).expect(id), lang))
    };
    for (id, en, ru, kk) in [
        (
            "forced-marriage-penalty",
            "up to 7_years",
            "до 7_лет",
            "7_жылға дейін",
        ),
        (
            "forced-marriage-penalty-serious",
            "up to 10_years",
            "до 10_лет",
            "10_жылға дейін",
        ),
        (
            "trafficking-max-penalty",
            "up to 15_years",
            "до 15_лет",
            "15_жылға дейін",
        ),
        (
            "trafficking-minors-max-penalty",
            "up to 18_years",
            "до 18_лет",
            "18_жылға дейін",
        ),
        (
            "marriage-age-max-reduction",
            "up to 2_years",
            "до 2_лет",
            "2_жылға дейін",
        ),
        (
            "victim-compensation-max",
            "up to 50_monthly_notional_units",
            "до 50_МРП",
            "50_АЕК-ке дейін",
        ),
        (
            "employment-grants-max",
            "up to 400_monthly_notional_units",
            "до 400_МРП",
            "400_АЕК-ке дейін",
        ),
        (
            "rural-budget-2025",
            "more than 510,000,000,000_tenge",
            "более 510_000_000_000_тенге",
            "510_000_000_000_теңгеден астам",
        ),
        ("marriage-age", "18_years", "18_лет", "18_жыл"),
        ("target-pay-gap", "up to 21%", "до 21_%", "21_%-ға дейін"),
        (
            "women-protected-by-inspectors",
            "more than 16,000",
            "более 16_000",
            "16_000-нан астам",
        ),
        (
            "damu-amount-usd",
            "US$8,200,000",
            "8_200_000_долл._США",
            "8_200_000_АҚШ_доллары",
        ),
    ] {
        assert_eq!(figure(id), [nb(en), nb(ru), nb(kk)], "{id}");
    }
}

// ---------------------------------------------------------------------------------------
// English

#[test]
fn english_has_one_and_other() {
    check(
        "{n} {n:year|years}",
        &[
            ("0", "0_years"),
            ("1", "1_year"),
            ("2", "2_years"),
            ("21", "21_years"),
            ("101", "101_years"),
            ("1.5", "1.5_years"),
            ("1,000", "1,000_years"),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Text that never breaks badly (issue 18)

/// Where a browser may end a line inside `text` between a number and what belongs to it:
/// an ASCII space after a digit, a space or hyphen inside a number, a dash between two
/// numbers without a word joiner.
fn breaks_inside_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, pair) in chars.windows(2).enumerate() {
        let bad = match pair {
            [d, ' ' | '-'] if d.is_ascii_digit() || *d == '%' => true,
            ['–', next] => i > 0 && chars[i - 1].is_ascii_digit() && next.is_ascii_digit(),
            _ => false,
        };
        if bad {
            found.push(format!(
                "{:?} at {i} in {text:?}",
                pair.iter().collect::<String>()
            ));
        }
    }
    found
}

#[test]
fn no_formatted_value_contains_a_breakable_space() {
    let mut values: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        for f in tendik_core::dataset::figures() {
            let shown = format::figure(f, lang);
            values.push(shown.clone());
            // A qualifier is a word before the value; the value itself never breaks.
            if f.qualifier == tendik_core::Qualifier::Exact {
                assert!(!shown.contains(' '), "{} in {lang:?}: {shown:?}", f.id);
            }
            if let tendik_core::Value::Date(d) = f.value {
                let when = format::date_when(&d, lang);
                let date_part = when.trim_start_matches("on ").trim_start_matches("in ");
                assert!(!date_part.contains(' '), "{} in {lang:?}: {when:?}", f.id);
                values.push(when);
            }
        }
        for v in [0.0, 5.0, 999.0, 3_200.0, 115_526.0, 1e12, 18.9, -1_234.5] {
            for shown in [
                format::number(v, lang),
                format::percent(v, lang),
                format::points(v, lang),
            ] {
                assert!(!shown.contains(' '), "{lang:?}: {shown:?}");
                values.push(shown);
            }
        }
        values.push(format::percent_range(55.8, 56.2, lang));
        for m in 1..=12 {
            values.push(format::day_month(m, 1, lang));
            values.push(format::date(&Date::ymd(2022, m, 0), lang));
        }
    }
    let wrong: Vec<String> = values
        .iter()
        .flat_map(|v| breaks_inside_numbers(v))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn templates_keep_a_number_with_the_word_after_it() {
    for lang in Lang::ALL {
        let years = fill(i18n::UNIT_YEARS.get(lang), &[("n", "7")]);
        let sentence = fill(i18n::Q_AT_MOST.get(lang), &[("n", &years)]);
        assert!(breaks_inside_numbers(&sentence).is_empty(), "{sentence:?}");
    }
    for lang in Lang::ALL {
        let count = fill(
            i18n::SOURCES_COUNT.get(lang),
            &[("shown", "12"), ("total", "183")],
        );
        assert!(breaks_inside_numbers(&count).is_empty(), "{count:?}");
    }
    let plan = fill("{start}–{end}", &[("start", "2022"), ("end", "2025")]);
    assert!(breaks_inside_numbers(&plan).is_empty(), "{plan:?}");
}

#[test]
fn canvas_labels_wrap_only_between_values() {
    let text = fill(
        "Recorded incidents fell from {first} in {first_year} to {last} in {last_year}, a fall of {share}, between {date} and {end}.",
        &[
            ("first", &format::number(115_526.0, Lang::Ru)),
            ("first_year", "2022"),
            ("last", &format::number(75_004.0, Lang::Ru)),
            ("last_year", "2024"),
            ("share", &format::percent(18.9, Lang::Ru)),
            ("date", &format::date(&Date::ymd(2022, 2, 7), Lang::Ru)),
            ("end", &format::day_month(7, 1, Lang::Kk)),
        ],
    );
    for width in [40.0, 80.0, 120.0, 200.0] {
        let lines = tendik_core::chart::wrap(&text, 12.0, width);
        assert_eq!(lines.join(" "), text);
        for whole in [
            "115\u{a0}526",
            "75\u{a0}004",
            "18,9\u{a0}%",
            "7\u{a0}февраля\u{a0}2022\u{a0}г.",
            "1\u{a0}шілде",
        ] {
            assert!(
                lines.iter().any(|l| l.contains(whole)),
                "{whole:?} split at {width}: {lines:?}"
            );
        }
    }
}

#[test]
fn kazakh_month_and_year_are_written_one_way() {
    // `format::date` writes "2024 жылғы маусым"; the dataset's own texts say it the same way.
    let june = format::date(&Date::ymd(2024, 6, 0), Lang::Kk);
    assert_eq!(june, nb("2024_жылғы_маусым"));
    let texts = [
        include_str!("../src/model.rs"),
        include_str!("../src/i18n.rs"),
        include_str!("../src/dataset/mod.rs"),
        include_str!("../src/dataset/economy.rs"),
        include_str!("../src/dataset/institutions.rs"),
        include_str!("../src/dataset/peace_security.rs"),
        include_str!("../src/dataset/representation.rs"),
        include_str!("../src/dataset/science.rs"),
        include_str!("../src/dataset/violence.rs"),
    ];
    let months: Vec<String> = (1..=12)
        .map(|m| format::day_month(m, 1, Lang::Kk).replace("1\u{a0}", ""))
        .collect();
    for text in texts {
        for month in &months {
            for abbreviated in [format!("ж. {month}"), format!("ж.\u{a0}{month}")] {
                assert!(
                    !text.contains(&abbreviated),
                    "{abbreviated:?} in the dataset"
                );
            }
        }
    }
}
