//! What holds for every registered widget, in every language, theme and width.

use super::{Spec, WidgetKind, REGISTRY};
use crate::chart::{Frame, Theme};
use crate::testing::*;
use crate::userdata::{accepts_data, parse_widget};
use crate::Lang;

#[test]
fn every_widget_is_registered_once_and_found_by_its_name() {
    let names: Vec<&str> = REGISTRY.iter().map(|s: &&Spec| s.name).collect();
    for (i, name) in names.iter().enumerate() {
        assert!(!names[..i].contains(name), "{name} registered twice");
        let k = kind(name);
        assert_eq!(k.name(), *name);
        assert_eq!(WidgetKind::from_name(&format!(" {name} ")), Some(k));
        assert!(WidgetKind::known_names().contains(name));
        for lang in Lang::ALL {
            assert_eq!(k.embedded(lang).kind(), k);
        }
    }
    assert_eq!(WidgetKind::all().count(), REGISTRY.len());
    assert_eq!(WidgetKind::from_name("quota"), None);
}

#[test]
fn the_registry_s_copies_match_the_specs() {
    for (i, spec) in REGISTRY.iter().enumerate() {
        let k = kind(spec.name);
        assert_eq!(k.index(), i);
        assert_eq!(k.topic(), spec.topic);
        // www/embed/post-build.mjs names each widget after its folder.
        assert_eq!(super::registry::MODULES[i].replace('_', "-"), spec.name);
        assert!(!k.chunk().is_empty());
    }
}

#[test]
fn every_widget_draws_in_every_language_and_theme_at_every_width() {
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let w = kind.embedded(lang);
            for width in [320.0, 480.0, 800.0, 1200.0] {
                for theme in [Theme::Light, Theme::Dark] {
                    for scale in [1.0, 2.0, 3.0] {
                        let f = Frame {
                            width,
                            scale,
                            theme,
                            lang,
                        };
                        let d = render(&w, &f);
                        assert!(d.svg.contains("<text"), "{kind:?} {lang:?} {width}");
                    }
                }
            }
        }
    }
}

#[test]
fn no_label_overlaps_another_or_leaves_the_chart() {
    for kind in WidgetKind::all() {
        for (f, _, d) in every_rendering(kind) {
            let (lang, width) = (f.lang, f.width);
            let boxes = d.placed();
            assert!(!boxes.is_empty());
            for b in &boxes {
                assert!(!b.text.is_empty(), "{kind:?}: an empty label");
                assert!(
                    b.left >= -0.5 && b.right <= width + 0.5,
                    "{kind:?} {lang:?} {width}: clipped sideways {b:?}"
                );
                assert!(
                    b.top >= -0.5 && b.bottom <= d.height + 0.5,
                    "{kind:?} {lang:?} {width}: clipped vertically {b:?}"
                );
            }
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    let apart = a.right <= b.left + 0.5
                        || b.right <= a.left + 0.5
                        || a.bottom <= b.top + 0.5
                        || b.bottom <= a.top + 0.5;
                    assert!(apart, "{kind:?} {lang:?} {width}: {a:?} overlaps {b:?}");
                }
            }
        }
    }
}

#[test]
fn every_value_is_a_mark_inside_the_chart() {
    for kind in WidgetKind::all() {
        for (f, _, d) in every_rendering(kind) {
            assert!(!d.marks.is_empty(), "{kind:?}");
            for m in &d.marks {
                assert!(
                    m.x >= 0.0 && m.x + m.width <= f.width + 0.5,
                    "{kind:?} {m:?}"
                );
                assert!(
                    m.y >= 0.0 && m.y + m.height <= d.height + 0.5,
                    "{kind:?} {m:?}"
                );
                assert!(m.width > 0.0 && m.height > 0.0, "{kind:?} {m:?}");
                assert!(!m.label.contains('{'), "unfilled slot: {}", m.label);
            }
        }
    }
}

/// The keyboard tooltip sits above its mark (frame.rs), so a row's words must be inside
/// the mark of the row: no label is left in the gap between one row's mark and the next,
/// where the tooltip of the row below would cover it.
#[test]
fn a_row_s_words_are_inside_its_mark_so_its_tooltip_hides_none() {
    for kind in WidgetKind::all() {
        for (f, _, d) in every_rendering(kind) {
            // Rows: marks as wide as most of the chart, in drawing order, top to bottom.
            let rows: Vec<_> = d.marks.iter().filter(|m| m.width > f.width * 0.6).collect();
            let texts = d.placed();
            for pair in rows.windows(2) {
                let (above, below) = (pair[0], pair[1]);
                let gap = (above.y + above.height, below.y);
                if gap.1 <= gap.0 {
                    continue;
                }
                for t in &texts {
                    let centre = (t.top + t.bottom) / 2.0;
                    // Axis ticks ("0", "50%") are the scale's, not a row's.
                    let words = t.text.chars().any(char::is_alphabetic);
                    let starts_the_row = words && (t.left - below.x).abs() < 1.5;
                    assert!(
                        !(starts_the_row && centre > gap.0 && centre < gap.1),
                        "{kind:?} {} {}: {:?} lies between the marks {:?} and {:?}",
                        f.lang.tag(),
                        f.width,
                        t.text,
                        above.label,
                        below.label
                    );
                }
            }
        }
    }
}

/// A point's value, written beside it, is inside the point's mark, so the tooltip above the
/// mark never covers it.
#[test]
fn a_point_s_value_is_inside_its_mark() {
    let kind = kind("violence-trend");
    for (f, widget, d) in every_rendering(kind) {
        let trend = widget
            .get::<super::violence_trend::ViolenceTrend>()
            .unwrap();
        for value in trend.points.iter().filter_map(|p| p.value) {
            let text = plain(&crate::format::number(value, f.lang));
            let t = d
                .placed()
                .into_iter()
                .find(|t| plain(&t.text) == text)
                .unwrap_or_else(|| panic!("{text} not drawn: {:?}", d.texts()));
            let (cx, cy) = ((t.left + t.right) / 2.0, (t.top + t.bottom) / 2.0);
            assert!(
                d.marks
                    .iter()
                    .any(|m| cx > m.x && cx < m.x + m.width && cy > m.y && cy < m.y + m.height),
                "{} {}: {text} outside every mark",
                f.lang.tag(),
                f.width
            );
        }
    }
}

#[test]
fn every_sentence_is_filled_and_every_row_has_its_source() {
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let c = kind.embedded(lang).content(lang);
            for text in [&c.title, &c.takeaway, &c.source] {
                assert!(!text.is_empty(), "{kind:?} {lang:?}");
            }
            assert_eq!(c.table.rows.len(), c.table.provenance.len(), "{kind:?}");
            assert_eq!(c.table.rows.len(), c.table.cells.len(), "{kind:?}");
            assert_eq!(c.table.rows.len(), c.table.computed.len(), "{kind:?}");
            for row in &c.table.rows {
                assert_eq!(row.len(), c.table.columns.len(), "{kind:?} {row:?}");
            }
            let words = [&c.title, &c.takeaway, &c.source]
                .into_iter()
                .chain(&c.notes)
                .chain(c.table.rows.iter().flatten());
            for text in words {
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "unfilled slot in {kind:?} {lang:?}: {text}"
                );
                assert!(!text.contains(".0%") && !text.contains(".0 "), "{text}");
            }
        }
    }
}

#[test]
fn widgets_without_a_newsroom_schema_say_so() {
    for kind in WidgetKind::all().filter(|k| !accepts_data(*k)) {
        let e = parse_widget(kind, r#"{"source": "x"}"#, Lang::En).unwrap_err();
        assert_eq!(e.path, "");
        assert!(e.message.contains(kind.name()), "{}", e.message);
        let e = parse_widget(kind, "{", Lang::Ru).unwrap_err();
        assert!(e.message.contains(kind.name()), "{}", e.message);
    }
}

/// One meaning per colour across the suite: women's colour marks women (and girls) and
/// men's colour marks men, in no widget anything else (centres, plans, incidents, minors).
#[test]
fn the_women_and_men_colours_mean_women_and_men_in_every_widget() {
    // Widgets that draw women; only peacekeeping draws men.
    const WOMEN: [&str; 8] = [
        "quota-gauge",
        "peacekeeping",
        "institutions",
        "crime-victims",
        "crisis-centres",
        "researchers",
        "business",
        "targets-2030",
    ];
    const MEN: [&str; 1] = ["peacekeeping"];
    for theme in [Theme::Light, Theme::Dark] {
        let pal = crate::chart::Palette::for_theme(theme);
        let hex = |c: u32| format!("#{c:06x}");
        for kind in WidgetKind::all() {
            let svg = render(&kind.embedded(Lang::En), &frame(640.0, Lang::En, theme)).svg;
            let uses = |c: u32| svg.to_lowercase().contains(&hex(c));
            let name = kind.name();
            assert_eq!(
                uses(pal.women),
                WOMEN.contains(&name),
                "{name} {theme:?}: women's colour"
            );
            assert_eq!(
                uses(pal.men),
                MEN.contains(&name),
                "{name} {theme:?}: men's colour"
            );
        }
    }
}

/// A takeaway is one short sentence a reader takes in at a glance: 30 words at most, in
/// every widget and language (issue 18).
#[test]
fn every_takeaway_is_thirty_words_at_most() {
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let c = kind.embedded(lang).content(lang);
            let n = word_count(&c.takeaway);
            assert!(
                n <= 30,
                "{} {lang:?}: {n} words: {}",
                kind.name(),
                c.takeaway
            );
        }
    }
}
