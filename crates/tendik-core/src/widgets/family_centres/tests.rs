//! What the family-centres widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

#[test]
fn family_centres_shows_every_count_date_and_qualifier() {
    for_every_rendering(kind("family-centres"), |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        for id in [
            "family-support-centres-june-2024",
            "family-support-centres-news",
            "family-support-centres-july",
            "family-support-centres-july-urban",
            "family-support-centres-july-rural",
        ] {
            assert!(
                all.contains(&figure_number(id, lang)),
                "{id} missing: {ctx}"
            );
        }
        assert!(all.matches("128").count() >= 2, "both 128s: {ctx}");
        let more = match lang {
            Lang::En => "more than 100",
            Lang::Ru => "более 100",
            Lang::Kk => "100-ден астам",
        };
        assert!(all.contains(more), "{ctx}");
        // "More than 100" is never shown as a bare 100.
        assert!(!all.contains(": 100 ") && !all.ends_with(": 100"), "{ctx}");
        let june = plain(&format::date(&crate::Date::ymd(2024, 6, 0), lang));
        assert!(
            all.to_lowercase().contains(&june.to_lowercase()),
            "June 2024: {ctx}"
        );
        assert!(
            all.contains(&plain(&format::day_month(7, 1, lang))),
            "1 July: {ctx}"
        );
        assert!(
            all.contains(
                &crate::widgets::family_centres::text::YEAR_NOT_GIVEN
                    .get(lang)
                    .replace("{day_month}, ", "")
            ),
            "year not given: {ctx}"
        );
        let undated = crate::widgets::family_centres::text::DATE_NOT_GIVEN.get(lang);
        let undated = &undated[undated.char_indices().nth(1).map_or(0, |(i, _)| i)..];
        assert_eq!(
            all.matches(undated).count(),
            4,
            "four undated counts: {ctx}"
        );
        assert_eq!(marks.len(), 6, "one mark per count");
    });
    let en = kind("family-centres").embedded(Lang::En);
    let labels: Vec<String> = marks(&en, &frame(640.0, Lang::En, Theme::Light))
        .into_iter()
        .map(|m| plain(&m.label))
        .collect();
    assert_eq!(
        labels,
        [
            "June 2024 — news report: 33",
            "Date not given — news report: 104",
            "Date not given — CEDAW replies, para. 2 (b): more than 100",
            "1 July, year not given — CEDAW replies, para. 8 (g): 136 (55 in cities, 81 in rural areas)",
            "Date not given — CEDAW replies, para. 9 (i)–(j): 128",
            "Date not given — CEDAW replies, para. 11 (f): 128",
        ]
    );
}

#[test]
fn family_centres_notes_carry_the_conflict_and_the_order() {
    for lang in Lang::ALL {
        let c = kind("family-centres").embedded(lang).content(lang);
        let conflict = conflicts()
            .iter()
            .find(|c| c.id == "family-support-centres-count")
            .unwrap();
        assert!(c.notes.contains(&conflict.note.get(lang).to_string()));
        assert_eq!(c.notes.len(), 3, "{:?}", c.notes);
        assert!(c
            .takeaway
            .contains(&figure_number("family-support-centres-july", lang)));
        assert!(c
            .takeaway
            .contains(&figure_number("family-support-centres-june-2024", lang)));
    }
    let c = kind("family-centres").embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Only 33 (June 2024, news report) and 136 (1 July, year not given, CEDAW replies, para. 8 (g); \
         55 in cities, 81 in rural areas) are dated; 104, more than 100, 128 and 128 have no date."
    );
    assert!(
        c.notes[0].starts_with("Rows follow the sources"),
        "{}",
        c.notes[0]
    );
    assert!(c.notes[1].contains("lower bound"), "{}", c.notes[1]);
}

/// Most counts have no date and the rows follow the sources, so the title must not promise
/// a change over time (issue 18: "the title says over time, but the rows are not in date order").
#[test]
fn family_centres_title_promises_no_timeline() {
    for (lang, words) in [
        (Lang::En, ["over time", "trend"]),
        (Lang::Ru, ["менял", "динамик"]),
        (Lang::Kk, ["өзгеру", "динамика"]),
    ] {
        let title = kind("family-centres").embedded(lang).content(lang).title;
        for w in words {
            assert!(!title.to_lowercase().contains(w), "{lang:?}: {title}");
        }
    }
}

#[test]
fn a_newsrooms_counts_are_drawn_in_its_order_with_its_parts_named_in_the_legend() {
    let json = r#"{"source": "Regional akimat", "counts": [
        {"reported_in": "Akimat report", "date": "January 2023", "count": 9},
        {"reported_in": "Akimat report", "count": 14, "parts": [{"label": "In towns", "count": 6}, {"label": "In villages", "count": 8}]},
        {"reported_in": "Newspaper", "count": 15, "more_than": true}]}"#;
    for lang in Lang::ALL {
        let w = crate::userdata::parse_widget(kind("family-centres"), json, lang).unwrap();
        for width in WIDTHS {
            let (svg, marks) = render(&w, &frame(width, lang, Theme::Dark)).pair();
            let all = joined(&svg).replace(crate::format::NBSP, " ");
            for e in ["In towns", "In villages", "Akimat report", "Newspaper"] {
                assert!(all.contains(e), "{lang:?} {width}: {e} missing from {all}");
            }
            // The embedded legend's names and sources are not the newsroom's.
            for absent in ["In cities", "CEDAW", "КЛДЖ", "news report"] {
                assert!(!all.contains(absent), "{lang:?} {width}: {absent} in {all}");
            }
            assert_eq!(marks.len(), 3, "a mark per count");
            assert!(
                marks[0].label.starts_with("January 2023 — "),
                "{:?}",
                marks[0]
            );
        }
    }
}
