//! What the violence-trend widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::{Palette, Theme};
use crate::testing::*;
use crate::widgets::Widget;

#[test]
fn violence_trend_leaves_2023_as_a_labelled_gap() {
    let w = kind("violence-trend").embedded(Lang::En);
    let svg = render(&w, &frame(640.0, Lang::En, Theme::Light)).svg;
    let t = texts(&svg);
    assert!(t.contains(&"115,526".to_string()), "{t:?}");
    assert!(t.contains(&"75,004".to_string()), "{t:?}");
    assert!(t.contains(&"2023".to_string()), "{t:?}");
    assert!(t.contains(&"no figure".to_string()), "{t:?}");
    // The goal keeps its value, wrapped if it must be to stay clear of the gap.
    assert!(joined(&svg).contains("(assumed baseline): 57,763"), "{t:?}");
    assert!(t.iter().all(|s| !s.contains(".0")), "{t:?}");
    for tick in ["0", "50,000", "100,000", "150,000"] {
        assert!(t.contains(&tick.to_string()), "tick {tick}: {t:?}");
    }
    // The data line is drawn only between consecutive years with figures: with 2023
    // missing there is no segment at all, so no polyline in the series colour.
    let series = format!("#{:06X}", Palette::LIGHT.quantity);
    let lines_in_series = svg
        .lines()
        .filter(|l| l.contains("<polyline") && l.to_uppercase().contains(&series))
        .count();
    assert_eq!(
        lines_in_series, 0,
        "a line was drawn across the missing year"
    );
}

#[test]
fn violence_trend_joins_consecutive_years_only() {
    let mut data = ViolenceTrend::embedded(Lang::En);
    data.points[1].value = Some(90_000.0);
    let svg = render(
        &Widget::new(kind("violence-trend"), Box::new(data.clone())),
        &frame(640.0, Lang::En, Theme::Light),
    )
    .svg;
    let joined = svg
        .lines()
        .filter(|l| {
            l.contains("<polyline")
                && l.to_uppercase()
                    .contains(&format!("#{:06X}", Palette::LIGHT.quantity))
        })
        .count();
    assert_eq!(joined, 1);

    data.points.push(Point {
        year: 2025,
        value: None,
    });
    data.points.push(Point {
        year: 2026,
        value: Some(60_000.0),
    });
    let svg = render(
        &Widget::new(kind("violence-trend"), Box::new(data)),
        &frame(640.0, Lang::En, Theme::Light),
    )
    .svg;
    let segments = svg
        .lines()
        .filter(|l| {
            l.contains("<polyline")
                && l.to_uppercase()
                    .contains(&format!("#{:06X}", Palette::LIGHT.quantity))
        })
        .count();
    assert_eq!(segments, 1, "2024→2026 must not be joined across 2025");
}

#[test]
fn every_year_is_a_mark_in_reading_order() {
    let f = frame(480.0, Lang::En, Theme::Light);
    let labels: Vec<String> = marks(&kind("violence-trend").embedded(Lang::En), &f)
        .into_iter()
        .map(|m| m.label)
        .collect();
    assert_eq!(labels, ["2022: 115,526", "2023: no figure", "2024: 75,004"]);
}

#[test]
fn at_phone_width_the_goal_keeps_its_value_and_clear_of_the_gap() {
    for lang in Lang::ALL {
        let w = kind("violence-trend").embedded(lang);
        let d = render(&w, &frame(320.0, lang, Theme::Light));
        let all = plain(&d.joined());
        let goal = format::number(57_763.0, lang);
        assert!(all.contains(&plain(&goal)), "{lang:?}: {all}");
        let band = d
            .marks
            .iter()
            .find(|m| m.label.contains("2023"))
            .expect("the gap");
        let band = crate::chart::marks::Rect::new(
            band.x,
            band.y,
            band.x + band.width,
            band.y + band.height,
        );
        for p in d
            .placed()
            .iter()
            .filter(|p| p.text.contains(&goal) || p.text.contains('−'))
        {
            let r = crate::chart::marks::Rect::new(p.left, p.top, p.right, p.bottom);
            assert!(!r.overlaps(&band), "{lang:?}: {p:?} cuts into the gap");
        }
    }
}
