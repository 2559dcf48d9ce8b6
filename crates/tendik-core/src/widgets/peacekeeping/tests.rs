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

#[test]
fn a_newsroom_without_women_or_a_goal_is_told_plainly_and_not_as_kazakhstan() {
    // Issue 19, defect 5: without a goal this read "…against a goal of – women."
    let roles = r#""roles": [{"label": "Troops", "men": 12, "women": 0}]"#;
    let base = format!(r#"{{"source": "Ministry", "date": "May 2024", {roles}"#);
    let read = |extra: &str, lang| {
        let json = format!("{base}{extra}}}");
        let w = crate::userdata::parse_widget(kind("peacekeeping"), &json, lang).unwrap();
        plain(&w.content(lang).takeaway)
    };
    assert_eq!(
        read("", Lang::En),
        "No women among the peacekeepers deployed: 12 men and 0 women."
    );
    assert_eq!(
        read(r#", "goal": 15"#, Lang::En),
        "No women among the peacekeepers deployed: 12 men and 0 women, against a goal of 15% women."
    );
    for lang in Lang::ALL {
        for extra in ["", r#", "goal": 15"#] {
            let t = read(extra, lang);
            assert!(
                !t.contains("Kazakhstan") && !t.contains("Казахстан") && !t.contains("Қазақстан"),
                "{t}"
            );
        }
    }
    let women = r#""roles": [{"label": "Troops", "men": 12, "women": 3}]"#;
    let json = format!(r#"{{"source": "Ministry", "date": "May 2024", {women}}}"#);
    let w = crate::userdata::parse_widget(kind("peacekeeping"), &json, Lang::En).unwrap();
    assert_eq!(
        plain(&w.content(Lang::En).takeaway),
        "Women: 3 of 15 peacekeepers deployed (20%)."
    );
    // The embedded figures are Kazakhstan's, and say so.
    let t = kind("peacekeeping")
        .embedded(Lang::En)
        .content(Lang::En)
        .takeaway;
    assert!(
        plain(&t).starts_with("No women among the peacekeepers Kazakhstan deployed"),
        "{t}"
    );
}
