//! What the crime-victims widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

#[test]
fn crime_victims_add_up_to_the_total_with_computed_remainders() {
    let by_age = remainder("crime-victims-by-age");
    let by_ethnicity = remainder("crime-victims-by-ethnicity");
    assert_eq!(by_ethnicity, 44_151.0);
    assert_eq!(by_age, 108_430.0);
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
            "Not specified in the source — 108,430",
            "Kazakhs — 220,407",
            "Russians — 63,303",
            "Ukrainians — 6,314",
            "Uzbeks — 4,285",
            "Tatars — 4,003",
            "Not specified in the source — 44,151",
            "All crimes: 342,463",
        ] {
            assert!(all.contains(e), "{width}: {e} missing from {all}");
        }
        assert_eq!(
            all.matches("All crimes: 342,463").count(),
            2,
            "each group is drawn against the total"
        );
        assert_eq!(
            marks.len(),
            12,
            "5 ages, 5 ethnicities, 2 remainders, one each"
        );
        assert_eq!(sum_of_marks(&marks, "Victims by age: "), 342_463.0);
        assert_eq!(sum_of_marks(&marks, "Victims by ethnicity: "), 342_463.0);
        assert_eq!(
            marks.last().map(|m| m.label.as_str()),
            Some("Victims by ethnicity: Not specified in the source — 44,151")
        );
        // The two groups are drawn one under the other, in reading order.
        assert!(marks.windows(2).all(|p| p[0].y < p[1].y), "{marks:?}");
    }
    for (lang, remainder_text, heading) in [
        (
            Lang::Ru,
            "В источнике не указано — 44 151",
            "Потерпевшие по национальности",
        ),
        (
            Lang::Kk,
            "Дереккөзде көрсетілмеген — 44 151",
            "Жәбірленушілер ұлты бойынша",
        ),
    ] {
        let w = kind("crime-victims").embedded(lang);
        for width in WIDTHS {
            let (svg, marks) = render(&w, &frame(width, lang, Theme::Dark)).pair();
            let all = joined(&svg).replace(crate::format::NBSP, " ");
            assert!(all.contains(remainder_text), "{lang:?} {width}: {all}");
            assert!(all.contains(heading), "{lang:?} {width}: {all}");
            assert!(all.contains("342 463"), "{lang:?} {width}: {all}");
            let total: f64 = marks.iter().map(|m| value_after_dash(&m.label)).sum();
            assert_eq!(total, 2.0 * 342_463.0, "{lang:?}");
        }
    }
}

#[test]
fn crime_victims_say_the_total_counts_crimes() {
    for lang in Lang::ALL {
        let c = kind("crime-victims").embedded(lang).content(lang);
        let counts_crimes = match lang {
            Lang::En => "counts crimes, as the source puts it, not victims",
            Lang::Ru => "это число преступлений, как сказано в источнике, а не потерпевших",
            Lang::Kk => "дереккөзде айтылғандай, жәбірленушілер емес, қылмыстар саны",
        };
        assert!(
            c.notes.iter().any(|n| n.contains(counts_crimes)),
            "{lang:?}: {:?}",
            c.notes
        );
        // A row per bar, and the total.
        assert_eq!(c.table.rows.len(), 12 + 1, "{:?}", c.table.rows);
        assert_eq!(c.table.provenance.len(), c.table.rows.len());
    }
    let c = kind("crime-victims").embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.title),
        "Victims of crimes against women and girls, 2020 to July 2025"
    );
    assert_eq!(
        plain(&c.takeaway),
        "342,463 crimes against women and girls were recorded; the largest age group given is 30–39 years (98,677), and 108,430 by age and 44,151 by ethnicity are not specified in the source."
    );
    assert!(c.table.rows.contains(&vec![
        "Victims by ethnicity".to_string(),
        "Not specified in the source".to_string(),
        "44,151".to_string()
    ]));
    let rest = &c.table.provenance[11];
    assert_eq!(rest.figures.len(), 6, "the total and the five parts");
    assert!(plain(&c.notes[1]).contains("14–15, 16–17, 21–29, 30–39 and 40–49 years"));
    let ru = kind("crime-victims").embedded(Lang::Ru).content(Lang::Ru);
    assert_eq!(
        ru.title.replace(crate::format::NBSP, " "),
        "Потерпевшие от преступлений против женщин и девочек с 2020 г. по июль 2025 г."
    );
    assert!(ru.notes[1].contains("казашки, русские"), "{}", ru.notes[1]);
}
