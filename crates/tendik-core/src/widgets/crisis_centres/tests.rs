//! What the crisis-centres widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

#[test]
fn crisis_centres_show_both_counts_and_the_sums_that_do_not_add_up() {
    assert_eq!(remainder("crisis-centre-aid-2024"), 11.0);
    assert_eq!(remainder("crisis-centre-aid-h1-2025"), 1_299.0);
    let w = kind("crisis-centres").embedded(Lang::En);
    for width in WIDTHS {
        let (svg, marks) = render(&w, &frame(width, Lang::En, Theme::Light)).pair();
        let all = joined(&svg);
        for e in [
            "Number of crisis centres",
            "The sources disagree",
            "In the country (paras. 3 (f), 8 (d)) — 30",
            "In the network (para. 9 (i)–(j)) — 27",
            "Licensed (para. 11 (f)) — 27",
            "People aided in 2024",
            "1,445 + 3,200 = 4,645, 11 short of the 4,656 stated",
            "Women — 1,445",
            "Minors — 3,200",
            "Not specified in the source — 11",
            "Total 4,656",
            "People aided in the first half of 2025",
            "Women — 587",
            "Not specified in the source — 1,299",
            "Total 1,886",
        ] {
            assert!(all.contains(e), "{width}: {e} missing from {all}");
        }
        assert_eq!(marks.len(), 3 + 3 + 2, "one mark per bar");
        assert_eq!(sum_of_marks(&marks, "People aided in 2024: "), 4_656.0);
        assert_eq!(
            sum_of_marks(&marks, "People aided in the first half of 2025: "),
            1_886.0
        );
        assert_eq!(
            marks[5].label,
            "People aided in 2024: Not specified in the source — 11"
        );
    }
    for lang in [Lang::Ru, Lang::Kk] {
        let svg = render(
            &kind("crisis-centres").embedded(lang),
            &frame(320.0, lang, Theme::Dark),
        )
        .svg;
        let all = joined(&svg).replace(crate::format::NBSP, " ");
        let expected = match lang {
            Lang::Ru => [
                "В стране (пп. 3 (f), 8 (d)) — 30",
                "1 445 + 3 200 = 4 645, на 11 меньше указанных 4 656",
                "В источнике не указано — 11",
            ],
            _ => [
                "Елде (3 (f), 8 (d) т.) — 30",
                "1 445 + 3 200 = 4 645, бұл көрсетілген 4 656 санынан 11-ге кем",
                "Дереккөзде көрсетілмеген — 11",
            ],
        };
        for e in expected {
            assert!(all.contains(e), "{lang:?}: {e} missing from {all}");
        }
    }
}

#[test]
fn crisis_centres_note_the_conflict_and_the_remainders() {
    let conflict = conflicts()
        .iter()
        .find(|c| c.id == "crisis-centres-count")
        .expect("conflict");
    for lang in Lang::ALL {
        let c = kind("crisis-centres").embedded(lang).content(lang);
        assert!(c.notes.iter().any(|n| n == conflict.note.get(lang)));
        for id in ["crisis-centre-aid-2024", "crisis-centre-aid-h1-2025"] {
            let b = breakdowns().iter().find(|b| b.id == id).expect("breakdown");
            assert!(c.notes.iter().any(|n| n == b.note.get(lang)), "{id}");
        }
        // A row per bar, and each period's stated total.
        assert_eq!(c.table.rows.len(), 8 + 2, "{:?}", c.table.rows);
        assert_eq!(c.table.provenance.len(), c.table.rows.len());
    }
    let c = kind("crisis-centres").embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "The sources give 30 or 27 crisis centres; 4,656 people were aided in 2024 (1,445 women, 3,200 minors) and 1,886 in the first half of 2025 (587 women)."
    );
    assert_eq!(
        c.table.provenance[0].figures,
        ["crisis-centres-3f", "crisis-centres-8d"]
    );
    assert_eq!(
        c.table.rows[5],
        ["People aided in 2024", "Not specified in the source", "11"]
    );
}

/// The people aided in 2024 and in the first half of 2025 are one unit, so their panels share
/// one scale (issue 18: panels on different scales invite a false comparison).
#[test]
fn the_people_aided_panels_share_one_scale() {
    let w = kind("crisis-centres").embedded(Lang::En);
    let c = w.get::<CrisisCentres>().unwrap();
    let groups = c.bar_groups(Lang::En);
    assert!(groups.len() >= 3, "{}", groups.len());
    let people: Vec<f64> = groups[1..].iter().map(|g| g.bars.axis_max()).collect();
    assert!(people.iter().all(|m| *m == people[0]), "{people:?}");
    assert!(people[0] >= 4656.0, "{people:?}");
    // The centres are counted on their own axis, and the chart says it in its headings.
    assert!(groups[0].bars.axis_max() < 100.0);
    let svg = render(&w, &frame(640.0, Lang::En, Theme::Light)).svg;
    let t = texts(&svg);
    let top_tick = t.iter().filter(|s| *s == "6,000").count();
    assert_eq!(top_tick, 2, "both people panels end at 6,000: {t:?}");
}

#[test]
fn a_newsrooms_counts_and_periods_are_drawn_against_their_totals() {
    let json = r#"{"source": "Regional akimat, 2024",
        "centres": [{"label": "Run by the akimat", "count": 4}, {"label": "Run by NGOs", "count": 3}],
        "aid": [{"heading": "Aided in 2024", "total": 1210, "parts": [{"label": "Women", "count": 640}, {"label": "Children", "count": 520}]},
                {"heading": "Aided in 2025", "total": 300, "parts": [{"label": "Women", "count": 300}]}]}"#;
    for lang in Lang::ALL {
        let w = crate::userdata::parse_widget(kind("crisis-centres"), json, lang).unwrap();
        let groups = w.get::<CrisisCentres>().unwrap().bar_groups(lang);
        // Two counts of different centres are not a disagreement: no caption says so.
        assert_eq!(groups[0].caption, None, "{lang:?}");
        assert_eq!(groups[1].bars.axis_max(), groups[2].bars.axis_max());
        for width in WIDTHS {
            let (svg, marks) = render(&w, &frame(width, lang, Theme::Light)).pair();
            let all = joined(&svg).replace(crate::format::NBSP, " ");
            for e in ["Run by the akimat — 4", "Aided in 2024", "Women — 640"] {
                assert!(all.contains(e), "{lang:?} {width}: {e} missing from {all}");
            }
            assert_eq!(marks.len(), 2 + 3 + 1, "{lang:?}: one mark per bar");
            assert_eq!(sum_of_marks(&marks, "Aided in 2024: "), 1_210.0);
            assert_eq!(sum_of_marks(&marks, "Aided in 2025: "), 300.0);
            // Nothing of the embedded chart: its totals, paragraphs or caption.
            for absent in ["4,656", "4 656", "para", "п. ", "disagree", "расходятся"] {
                assert!(!all.contains(absent), "{lang:?} {width}: {absent} in {all}");
            }
        }
    }
}
