//! What the nap-timeline widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::testing::*;

#[test]
fn nap_timeline_shows_the_period_objectives_activities_and_dates() {
    let objectives = expect("nap-objectives").value.number().unwrap() as usize;
    for_every_rendering(kind("nap-timeline"), |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        for id in ["nap-activities-first", "nap-activities-second"] {
            assert!(all.contains(&figure_number(id, lang)), "{id}: {ctx}");
        }
        for id in ["quota-act-signed", "quota-act-in-force", "nap-published"] {
            assert!(all.contains(&figure_date(id, lang)), "{id}: {ctx}");
        }
        assert!(all.contains("2022–2025"), "the plan's period: {ctx}");
        assert!(all.contains("935"), "Government Decision No. 935: {ctx}");
        for year in 2021..=2025 {
            assert!(all.contains(&year.to_string()), "{year} on the axis: {ctx}");
        }
        for objective in [
            crate::widgets::nap_timeline::text::OBJECTIVE_1,
            crate::widgets::nap_timeline::text::OBJECTIVE_2,
            crate::widgets::nap_timeline::text::OBJECTIVE_3,
        ] {
            let first_words: String = objective
                .get(lang)
                .split(' ')
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(all.contains(&first_words), "{first_words}: {ctx}");
        }
        assert_eq!(marks.len(), 6 + objectives, "six items and the objectives");
    });
    let c = kind("nap-timeline").embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "The first plan covers 2022–2025 with 3 main objectives and 16 activities; it was updated \
         in 2024, and the second plan, beginning in 2025, has 34 activities."
    );
    assert_eq!(c.table.rows.len(), 6 + objectives);
}

#[test]
fn a_newsrooms_long_timeline_labels_round_years_apart_and_draws_its_plans() {
    use crate::chart::Theme;
    let json = r#"{"source": "Ministry", "plans": [
        {"label": "First plan", "start": 1998, "end": 2004},
        {"label": "Third plan", "start": 2024}],
        "events": [{"date": "2010-06", "label": "Review", "context": true}]}"#;
    for lang in Lang::ALL {
        let w = crate::userdata::parse_widget(kind("nap-timeline"), json, lang).unwrap();
        for width in WIDTHS {
            let svg = render(&w, &frame(width, lang, Theme::Light)).svg;
            let years: Vec<Placed> = placed(&svg)
                .into_iter()
                .filter(|p| p.text.len() == 4 && p.text.parse::<u16>().is_ok())
                .collect();
            assert!(years.len() >= 3, "{lang:?} {width}: {:?}", years);
            assert!(
                years.windows(2).all(|w| w[0].right + 4.0 <= w[1].left),
                "{lang:?} {width}: year labels meet: {years:?}"
            );
            let all = joined(&svg);
            assert!(
                all.contains("First plan (1998–2004)"),
                "{lang:?} {width}: {all}"
            );
            assert!(
                !all.contains("935"),
                "{lang:?} {width}: the embedded plan's decree"
            );
        }
    }
}
