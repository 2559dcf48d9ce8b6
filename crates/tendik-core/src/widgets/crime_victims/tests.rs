//! What the crime-victims widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

#[test]
fn crime_victims_show_the_victims_the_source_gives_and_nothing_across_units() {
    let w = kind("crime-victims").embedded(Lang::En);
    for width in WIDTHS {
        let (svg, marks) = render(&w, &frame(width, Lang::En, Theme::Light)).pair();
        let all = joined(&svg);
        for e in [
            "Victims by age",
            "Victims by ethnicity",
            "14–15 years — 2,672",
            "16–17 years — 1,789",
            "21–29 years — 54,603",
            "30–39 years — 98,677",
            "40–49 years — 76,292",
            "Kazakhs — 220,407",
            "Russians — 63,303",
            "Ukrainians — 6,314",
            "Uzbeks — 4,285",
            "Tatars — 4,003",
        ] {
            assert!(all.contains(e), "{width}: {e} missing from {all}");
        }
        // Victims are not parts of a count of crimes: no remainder, no line at that total.
        for absent in ["Not specified", "342,463", "108,430", "44,151"] {
            assert!(!all.contains(absent), "{width}: {absent} drawn: {all}");
        }
        assert_eq!(marks.len(), 10, "5 ages and 5 ethnicities, one each");
        assert!(marks.windows(2).all(|p| p[0].y < p[1].y), "{marks:?}");
    }
    for (lang, text, heading) in [
        (
            Lang::Ru,
            "Казашки — 220 407",
            "Потерпевшие по национальности",
        ),
        (
            Lang::Kk,
            "Қазақтар — 220 407",
            "Жәбірленушілер ұлты бойынша",
        ),
    ] {
        let w = kind("crime-victims").embedded(lang);
        for width in WIDTHS {
            let (svg, marks) = render(&w, &frame(width, lang, Theme::Dark)).pair();
            let all = joined(&svg).replace(crate::format::NBSP, " ");
            assert!(all.contains(text), "{lang:?} {width}: {all}");
            assert!(all.contains(heading), "{lang:?} {width}: {all}");
            assert!(!all.contains("342 463"), "{lang:?} {width}: {all}");
            let total: f64 = marks.iter().map(|m| value_after_dash(&m.label)).sum();
            assert_eq!(total, 234_033.0 + 298_312.0, "{lang:?}");
        }
    }
}

#[test]
fn both_groups_share_one_scale() {
    let w = kind("crime-victims").embedded(Lang::En);
    let c = w.get::<CrimeVictims>().unwrap();
    let groups = c.bar_groups(Lang::En);
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].bars.axis_max(), groups[1].bars.axis_max());
    assert!(groups[0].bars.axis_max() >= 220_407.0);
    let t = texts(&render(&w, &frame(640.0, Lang::En, Theme::Light)).svg);
    let top_tick = t.iter().filter(|s| *s == "300,000").count();
    assert_eq!(top_tick, 2, "both groups end at 300,000: {t:?}");
}

#[test]
fn crime_victims_say_the_total_counts_crimes_and_no_victims_total_is_given() {
    for lang in Lang::ALL {
        let c = kind("crime-victims").embedded(lang).content(lang);
        let counts_crimes = match lang {
            Lang::En => "counts crimes, not victims, and the source gives no number of victims",
            Lang::Ru => "это число преступлений, а не потерпевших, а общего числа потерпевших источник не приводит",
            Lang::Kk => "жәбірленушілер емес, қылмыстар саны, ал жәбірленушілердің жалпы санын дереккөз бермейді",
        };
        assert!(
            c.notes.iter().any(|n| plain(n).contains(counts_crimes)),
            "{lang:?}: {:?}",
            c.notes
        );
        // A row per bar, then the crimes under their own heading.
        assert_eq!(c.table.rows.len(), 10 + 1, "{:?}", c.table.rows);
        assert_eq!(c.table.provenance.len(), c.table.rows.len());
        assert!(word_count(&c.takeaway) <= 30, "{lang:?}: {}", c.takeaway);
    }
    let c = kind("crime-victims").embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.title),
        "Victims of crimes against women and girls, 2020 to July 2025"
    );
    assert_eq!(
        plain(&c.takeaway),
        "Of the age groups the source gives, 30–39 years has the most victims (98,677). Its total, 342,463, counts crimes against women and girls, not victims."
    );
    assert_eq!(
        c.table.rows.last().unwrap(),
        &vec![
            "Crimes recorded".to_string(),
            "All crimes against women and girls (crimes, not victims)".to_string(),
            "342,463".to_string()
        ]
    );
    assert!(c.table.rows.iter().all(|r| !r[1].contains("Not specified")));
    assert!(plain(&c.notes[1]).contains("14–15, 16–17, 21–29, 30–39 and 40–49 years"));
    let ru = kind("crime-victims").embedded(Lang::Ru).content(Lang::Ru);
    assert_eq!(
        ru.title.replace(crate::format::NBSP, " "),
        "Потерпевшие от преступлений против женщин и девочек с 2020 г. по июль 2025 г."
    );
    assert!(ru.notes[1].contains("казашки, русские"), "{}", ru.notes[1]);
}

#[test]
fn a_newsrooms_groups_are_drawn_as_given_on_one_scale_with_no_count_of_crimes() {
    let json = r#"{"source": "Regional police, 2024", "groups": [
        {"heading": "By age", "victims": [{"label": "Under 18", "count": 96}, {"label": "18 and over", "count": 1412}]},
        {"heading": "By place", "victims": [{"label": "At home", "count": 874}]},
        {"heading": "By region", "victims": [{"label": "North", "count": 12}, {"label": "South", "count": 30}]}]}"#;
    for lang in Lang::ALL {
        let w = crate::userdata::parse_widget(kind("crime-victims"), json, lang).unwrap();
        let groups = w.get::<CrimeVictims>().unwrap().bar_groups(lang);
        assert_eq!(groups.len(), 3);
        assert!(groups
            .iter()
            .all(|g| g.bars.axis_max() == groups[0].bars.axis_max()));
        for width in WIDTHS {
            let (svg, marks) = render(&w, &frame(width, lang, Theme::Dark)).pair();
            let all = joined(&svg).replace(crate::format::NBSP, " ");
            for heading in ["By age", "By place", "By region"] {
                assert!(all.contains(heading), "{lang:?} {width}: {all}");
            }
            assert!(all.contains("Under 18 — 96"), "{lang:?} {width}: {all}");
            let drawn: f64 = marks.iter().map(|m| value_after_dash(&m.label)).sum();
            assert_eq!(drawn, 96.0 + 1412.0 + 874.0 + 12.0 + 30.0, "{lang:?}");
            for absent in ["342", "Crimes", "Преступл", "қылмыс"] {
                assert!(!all.contains(absent), "{lang:?} {width}: {absent} in {all}");
            }
        }
        let c = w.content(lang);
        assert_eq!(c.table.rows.len(), 5, "{:?}", c.table.rows);
        assert!(c.notes.is_empty(), "{:?}", c.notes);
    }
}
