//! The widgets' own sentences, given a newsroom's figures: for each count or number, the
//! exact takeaway and notes a reader gets in each language. The grammar's helpers are
//! tested in grammar.rs; these tables test what the widgets print with them.

use tendik_core::userdata::parse_widget;
use tendik_core::widgets::{Content, WidgetKind};
use tendik_core::Lang;

const PK: WidgetKind = WidgetKind::of(&tendik_core::widgets::peacekeeping::SPEC);
const QG: WidgetKind = WidgetKind::of(&tendik_core::widgets::quota_gauge::SPEC);
const VT: WidgetKind = WidgetKind::of(&tendik_core::widgets::violence_trend::SPEC);

/// Text as read: no-break spaces, non-breaking hyphens and word joiners as typed.
fn plain(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
        .replace('\u{2011}', "-")
        .replace('\u{2060}', "")
}

fn content(kind: WidgetKind, json: &str, lang: Lang) -> Content {
    parse_widget(kind, json, lang)
        .unwrap_or_else(|e| panic!("refused: {e}\n{json}"))
        .content(lang)
}

/// A quota gauge of `count` bodies, `met` of them at or above the quota.
fn quota(quota: f64, count: usize, met: usize) -> String {
    let bodies: Vec<String> = (0..count)
        .map(|i| {
            let share = if i < met { quota + 1.0 } else { 18.9 };
            format!(r#"{{"label": "B{i}", "share": {share}}}"#)
        })
        .collect();
    format!(
        r#"{{"source": "Example register", "quota": {quota}, "bodies": [{}]}}"#,
        bodies.join(", ")
    )
}

/// The takeaway up to its list of bodies.
fn head(takeaway: &str) -> String {
    plain(takeaway.split_once(':').map_or(takeaway, |(head, _)| head))
}

#[test]
fn quota_gauge_counts_its_bodies_in_every_language() {
    // (bodies, reaching the quota) → the takeaway's head in en, ru, kk.
    let table: &[(usize, usize, [&str; 3])] = &[
        (
            1,
            0,
            [
                "The body shown is below the 30% quota",
                "Показанный орган ниже квоты 30 %",
                "Көрсетілген орган 30 %-дық квотадан төмен",
            ],
        ),
        (
            1,
            1,
            [
                "The body shown reaches the 30% quota",
                "Показанный орган достигает квоты 30 %",
                "Көрсетілген орган 30 %-дық квотаға жеткен",
            ],
        ),
        (
            2,
            0,
            [
                "Every body shown is below the 30% quota",
                "Все показанные органы ниже квоты 30 %",
                "Көрсетілген органдардың бәрі 30 %-дық квотадан төмен",
            ],
        ),
        (
            2,
            1,
            [
                "1 of 2 bodies reaches the 30% quota",
                "Квоты 30 % достигает 1 из 2 органов",
                "30 %-дық квотаға жеткен органдар саны — 1 (барлығы 2)",
            ],
        ),
        (
            2,
            2,
            [
                "2 of 2 bodies reach the 30% quota",
                "Квоты 30 % достигают 2 из 2 органов",
                "30 %-дық квотаға жеткен органдар саны — 2 (барлығы 2)",
            ],
        ),
        (
            5,
            4,
            [
                "4 of 5 bodies reach the 30% quota",
                "Квоты 30 % достигают 4 из 5 органов",
                "30 %-дық квотаға жеткен органдар саны — 4 (барлығы 5)",
            ],
        ),
        (
            5,
            5,
            [
                "5 of 5 bodies reach the 30% quota",
                "Квоты 30 % достигают 5 из 5 органов",
                "30 %-дық квотаға жеткен органдар саны — 5 (барлығы 5)",
            ],
        ),
        (
            11,
            1,
            [
                "1 of 11 bodies reaches the 30% quota",
                "Квоты 30 % достигает 1 из 11 органов",
                "30 %-дық квотаға жеткен органдар саны — 1 (барлығы 11)",
            ],
        ),
        (
            12,
            11,
            [
                "11 of 12 bodies reach the 30% quota",
                "Квоты 30 % достигают 11 из 12 органов",
                "30 %-дық квотаға жеткен органдар саны — 11 (барлығы 12)",
            ],
        ),
        (
            12,
            12,
            [
                "12 of 12 bodies reach the 30% quota",
                "Квоты 30 % достигают 12 из 12 органов",
                "30 %-дық квотаға жеткен органдар саны — 12 (барлығы 12)",
            ],
        ),
    ];
    for (count, met, expected) in table {
        let json = quota(30.0, *count, *met);
        for (lang, want) in Lang::ALL.into_iter().zip(expected) {
            let got = head(&content(QG, &json, lang).takeaway);
            assert_eq!(got, *want, "{count} bodies, {met} met, {lang:?}");
        }
    }
}

#[test]
fn quota_gauge_sentences_read_whole() {
    let json = r#"{"source": "Example register", "quota": 33.3,
        "bodies": [{"label": "Council", "share": 22.2}, {"label": "Board", "share": 34.3}]}"#;
    let expected = [
        "1 of 2 bodies reaches the 33.3% quota: Council 22.2% (11.1 points short), Board 34.3% (1 point above).",
        "Квоты 33,3 % достигает 1 из 2 органов: Council — 22,2 % (на 11,1 п. п. меньше), Board — 34,3 % (на 1 п. п. больше).",
        "33,3 %-дық квотаға жеткен органдар саны — 1 (барлығы 2): Council — 22,2 % (11,1 пайыздық тармаққа кем), Board — 34,3 % (1 пайыздық тармаққа артық).",
    ];
    for (lang, want) in Lang::ALL.into_iter().zip(expected) {
        let c = content(QG, json, lang);
        assert_eq!(plain(&c.takeaway), want, "{lang:?}");
    }
    // Without a title of its own, the quota is named as an attribute in Kazakh.
    assert_eq!(
        plain(&content(QG, json, Lang::Kk).title),
        "Сайланбалы органдардағы әйелдер және 33,3 %-дық квота"
    );
}

/// A peacekeeping contribution: one role with `men` and `women`, an optional goal and an
/// optional stated total.
fn peace(men: u64, women: u64, extra: &str) -> String {
    format!(
        r#"{{"source": "Example UN statistics", "date": "September 2023",
            "roles": [{{"label": "Troops", "men": {men}, "women": {women}}}]{extra}}}"#
    )
}

#[test]
fn peacekeeping_with_no_women_counts_the_men() {
    let table: &[(u64, [&str; 3])] = &[
        (1, ["1 man", "1 мужчина", "1 ер адам"]),
        (2, ["2 men", "2 мужчины", "2 ер адам"]),
        (4, ["4 men", "4 мужчины", "4 ер адам"]),
        (5, ["5 men", "5 мужчин", "5 ер адам"]),
        (11, ["11 men", "11 мужчин", "11 ер адам"]),
        (12, ["12 men", "12 мужчин", "12 ер адам"]),
        (14, ["14 men", "14 мужчин", "14 ер адам"]),
        (21, ["21 men", "21 мужчина", "21 ер адам"]),
        (22, ["22 men", "22 мужчины", "22 ер адам"]),
        (25, ["25 men", "25 мужчин", "25 ер адам"]),
        (101, ["101 men", "101 мужчина", "101 ер адам"]),
        (111, ["111 men", "111 мужчин", "111 ер адам"]),
        (1_021, ["1,021 men", "1 021 мужчина", "1 021 ер адам"]),
    ];
    for (men, [en, ru, kk]) in table {
        let json = peace(*men, 0, r#", "goal": 15"#);
        let expected = [
            format!("No women among the peacekeepers deployed: {en} and 0 women, against a goal of 15% women."),
            format!("Среди направленных миротворцев женщин нет: {ru} и 0 женщин при цели 15 %."),
            format!("Жіберілген бітімгерлер арасында әйелдер жоқ: {kk}, 0 әйел, ал мақсат — 15 %."),
        ];
        for (lang, want) in Lang::ALL.into_iter().zip(expected) {
            assert_eq!(plain(&content(PK, &json, lang).takeaway), want, "{lang:?}");
        }
    }
    // No goal given: no goal named.
    assert_eq!(
        plain(&content(PK, &peace(21, 0, ""), Lang::Ru).takeaway),
        "Среди направленных миротворцев женщин нет: 21 мужчина и 0 женщин."
    );
}

#[test]
fn peacekeeping_counts_women_of_the_total() {
    // (men, women) → the takeaway in en, ru, kk.
    let table: &[(u64, u64, [&str; 3])] = &[
        (0, 1, [
            "Women: 1 of 1 peacekeeper deployed (100%), against a goal of 15% women.",
            "Женщин — 1 из 1 направленного миротворца (100 %) при цели 15 %.",
            "Жіберілген бітімгерлер: барлығы 1, оның ішінде әйелдер — 1 (100 %), ал мақсат — 15 %.",
        ]),
        (20, 1, [
            "Women: 1 of 21 peacekeepers deployed (4.8%), against a goal of 15% women.",
            "Женщин — 1 из 21 направленного миротворца (4,8 %) при цели 15 %.",
            "Жіберілген бітімгерлер: барлығы 21, оның ішінде әйелдер — 1 (4,8 %), ал мақсат — 15 %.",
        ]),
        (20, 2, [
            "Women: 2 of 22 peacekeepers deployed (9.1%), against a goal of 15% women.",
            "Женщин — 2 из 22 направленных миротворцев (9,1 %) при цели 15 %.",
            "Жіберілген бітімгерлер: барлығы 22, оның ішінде әйелдер — 2 (9,1 %), ал мақсат — 15 %.",
        ]),
        (99, 2, [
            "Women: 2 of 101 peacekeepers deployed (2%), against a goal of 15% women.",
            "Женщин — 2 из 101 направленного миротворца (2 %) при цели 15 %.",
            "Жіберілген бітімгерлер: барлығы 101, оның ішінде әйелдер — 2 (2 %), ал мақсат — 15 %.",
        ]),
        (100, 11, [
            "Women: 11 of 111 peacekeepers deployed (9.9%), against a goal of 15% women.",
            "Женщин — 11 из 111 направленных миротворцев (9,9 %) при цели 15 %.",
            "Жіберілген бітімгерлер: барлығы 111, оның ішінде әйелдер — 11 (9,9 %), ал мақсат — 15 %.",
        ]),
    ];
    for (men, women, expected) in table {
        let json = peace(*men, *women, r#", "goal": 15"#);
        for (lang, want) in Lang::ALL.into_iter().zip(expected) {
            assert_eq!(plain(&content(PK, &json, lang).takeaway), *want, "{lang:?}");
        }
    }
    assert_eq!(
        plain(&content(PK, &peace(20, 1, ""), Lang::En).takeaway),
        "Women: 1 of 21 peacekeepers deployed (4.8%)."
    );
}

#[test]
fn peacekeeping_names_the_personnel_left_out_of_the_roles() {
    // (in the roles, stated total) → the note in en, ru, kk.
    let table: &[(u64, u64, [&str; 3])] = &[
        (
            20,
            21,
            [
                "1 of the 21 personnel is not broken down by role in the source.",
                "1 из 21 человека в источнике не распределён по категориям.",
                "Дереккөзде санаттарға бөлінбеген адамдар: 1 (барлығы 21).",
            ],
        ),
        (
            3,
            5,
            [
                "2 of the 5 personnel are not broken down by role in the source.",
                "2 из 5 человек в источнике не распределены по категориям.",
                "Дереккөзде санаттарға бөлінбеген адамдар: 2 (барлығы 5).",
            ],
        ),
        (
            80,
            101,
            [
                "21 of the 101 personnel are not broken down by role in the source.",
                "21 из 101 человека в источнике не распределён по категориям.",
                "Дереккөзде санаттарға бөлінбеген адамдар: 21 (барлығы 101).",
            ],
        ),
    ];
    for (in_roles, total, expected) in table {
        let json = peace(*in_roles, 0, &format!(r#", "total": {total}"#));
        for (lang, want) in Lang::ALL.into_iter().zip(expected) {
            let notes: Vec<String> = content(PK, &json, lang)
                .notes
                .iter()
                .map(|n| plain(n))
                .collect();
            assert_eq!(notes, [*want], "{lang:?}");
        }
    }
}

#[test]
fn violence_trend_reads_every_size_of_number() {
    // (first, last) → the Kazakh and Russian takeaways: the Kazakh endings follow the last
    // word read aloud, up to trillions.
    let table: &[(u64, u64, &str, &str)] = &[
        (10, 6, "10-нан", "6-ға"),
        (40, 21, "40-тан", "21-ге"),
        (1_001, 100, "1 001-ден", "100-ге"),
        (16_000, 1_000, "16 000-нан", "1 000-ға"),
        (2_000_000, 75_004, "2 000 000-нан", "75 004-ке"),
        (
            510_000_000_000,
            1_000_000,
            "510 000 000 000-тан",
            "1 000 000-ға",
        ),
        (1_000_000_000_000, 90, "1 000 000 000 000-нан", "90-ға"),
    ];
    for (first, last, from, to) in table {
        let json = format!(
            r#"{{"source": "Example police reports",
                "points": [{{"year": 2010, "value": {first}}}, {{"year": 2011, "value": {last}}}]}}"#
        );
        assert_eq!(
            plain(&content(VT, &json, Lang::Kk).takeaway),
            format!("Тіркелген оқиғалар саны 2010 жылғы {from} 2011 жылғы {to} дейін азайды.")
        );
        let ru = plain(&content(VT, &json, Lang::Ru).takeaway);
        assert!(
            ru.starts_with("Число зарегистрированных случаев снизилось с ")
                && ru.ends_with(" в 2011 г."),
            "{ru}"
        );
    }
}

#[test]
fn violence_trend_gaps_and_goal_in_every_language() {
    let one_gap = r#"{"source": "Example police reports", "goal": {"reduction": 50, "base_year": 2010},
        "points": [{"year": 2010, "value": 12}, {"year": 2011, "value": 11},
                   {"year": 2012, "value": null}, {"year": 2013, "value": 5}]}"#;
    let two_gaps = r#"{"source": "Example police reports",
        "points": [{"year": 2010, "value": 12}, {"year": 2011, "value": 11},
                   {"year": 2012, "value": null}, {"year": 2013, "value": 5},
                   {"year": 2014, "value": null}, {"year": 2015, "value": 4}]}"#;
    let expected = [
        (one_gap, [
            vec![
                "The sources give no figure for 2012, so the line is broken there.",
                "Goal: a 50% reduction from 2010, which puts it at 6 or fewer.",
            ],
            vec![
                "За 2012 г. в источниках нет данных, поэтому линия там прервана.",
                "Цель — сокращение на 50 % от уровня 2010 г., то есть не более 6.",
            ],
            vec![
                "Дереккөздерде 2012 жылға дерек жоқ, сондықтан сызық сол жерде үзілген.",
                "Мақсат — 2010 жылғы деңгейден 50 %-ға азайту, яғни 6 немесе одан аз.",
            ],
        ]),
        (two_gaps, [
            vec!["The sources give no figure for 2012, 2014, so the line is broken there."],
            vec!["За 2012, 2014 гг. в источниках нет данных, поэтому линия там прервана."],
            vec!["Дереккөздерде 2012, 2014 жылдарға дерек жоқ, сондықтан сызық сол жерде үзілген."],
        ]),
    ];
    for (json, per_lang) in expected {
        for (lang, want) in Lang::ALL.into_iter().zip(per_lang) {
            let notes: Vec<String> = content(VT, json, lang)
                .notes
                .iter()
                .map(|n| plain(n))
                .collect();
            assert_eq!(notes, want, "{lang:?}");
        }
    }
}

#[test]
fn common_nouns_are_not_capitalised_inside_a_sentence() {
    // A chart's row starts with "Маслихаты"; a sentence that lists it does not.
    let labels = [
        ("Maslikhats", "maslikhats"),
        ("Маслихаты", "маслихаты"),
        ("Мәслихаттар", "мәслихаттар"),
    ];
    let mut seen = 0;
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let c = kind.embedded(lang).content(lang);
            for text in std::iter::once(&c.takeaway).chain(&c.notes) {
                for (capital, lower) in labels {
                    for (i, _) in text.match_indices(capital) {
                        let before = text[..i].trim_end();
                        assert!(
                            before.is_empty() || before.ends_with('.'),
                            "{kind:?} {lang:?}: {capital} inside a sentence: {text}"
                        );
                    }
                    seen += text.matches(lower).count();
                }
            }
        }
    }
    assert!(
        seen >= 3,
        "the quota gauge lists the maslikhats in each language"
    );
}
