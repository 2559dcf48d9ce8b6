//! What the quota-gauge widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

#[test]
fn quota_gauge_draws_both_bodies_the_quota_line_and_round_ticks() {
    let w = kind("quota-gauge").embedded(Lang::En);
    for width in [320.0, 640.0, 1200.0] {
        let svg = render(&w, &frame(width, Lang::En, Theme::Light)).svg;
        let t = texts(&svg);
        assert!(t.iter().any(|s| s.contains("Majilis 18.9%")), "{t:?}");
        assert!(t.iter().any(|s| s.contains("Maslikhats 22.7%")), "{t:?}");
        assert!(t.iter().any(|s| s.contains("11.1 points short")), "{t:?}");
        assert!(t.iter().any(|s| s == "30% quota"), "{t:?}");
        for tick in ["0%", "10%", "20%", "30%", "40%", "50%"] {
            assert!(t.iter().any(|s| s == tick), "tick {tick} missing: {t:?}");
        }
        assert!(
            !svg.contains(".0%") && !svg.contains("0.189"),
            "unformatted number"
        );
    }
}

#[test]
fn cyrillic_labels_are_drawn_as_text() {
    let svg = render(
        &kind("quota-gauge").embedded(Lang::Kk),
        &frame(640.0, Lang::Kk, Theme::Light),
    )
    .svg;
    let t = texts(&svg);
    assert!(
        t.iter()
            .any(|s| s.contains("Мәжіліс") && s.contains("18,9")),
        "{t:?}"
    );
    let svg = render(
        &kind("violence-trend").embedded(Lang::Ru),
        &frame(640.0, Lang::Ru, Theme::Light),
    )
    .svg;
    let t = texts(&svg);
    assert!(t.contains(&"115 526".to_string()), "{t:?}");
}

#[test]
fn every_body_is_a_mark_in_reading_order() {
    let f = frame(480.0, Lang::En, Theme::Light);
    let labels: Vec<String> = marks(&kind("quota-gauge").embedded(Lang::En), &f)
        .into_iter()
        .map(|m| m.label)
        .collect();
    assert_eq!(
        labels,
        [
            "Majilis 18.9% (11.1 points short)",
            "Maslikhats 22.7% (7.3 points short)"
        ]
    );
}
