//! What the peacekeeping widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

#[test]
fn peacekeeping_labels_zero_women_in_every_role() {
    let w = kind("peacekeeping").embedded(Lang::En);
    let svg = render(&w, &frame(360.0, Lang::En, Theme::Light)).svg;
    let t = texts(&svg);
    assert_eq!(
        t.iter().filter(|s| s.as_str() == "0 women").count(),
        3,
        "{t:?}"
    );
    assert!(t.iter().any(|s| s.contains("Share of women: 0%")), "{t:?}");
    assert!(t.iter().any(|s| s.contains("Goal 10%")), "{t:?}");
    assert!(
        t.iter()
            .any(|s| s.contains("Experts on Mission — 6 men · 0 women")),
        "{t:?}"
    );
}

#[test]
fn the_share_then_every_role_is_a_mark() {
    let f = frame(480.0, Lang::En, Theme::Light);
    let peace: Vec<String> = marks(&kind("peacekeeping").embedded(Lang::En), &f)
        .into_iter()
        .map(|m| m.label)
        .collect();
    assert_eq!(peace.len(), 4);
    assert_eq!(peace[0], "Share of women: 0% · Goal 10%");
    assert_eq!(peace[1], "Experts on Mission — 6 men · 0 women");
}
