//! The same drawing code that paints the browser canvas, rendered to SVG natively, so what
//! each chart draws can be checked without a browser.

use plotters_svg::SVGBackend;
use tendik_core::chart::{Frame, Theme};
use tendik_core::widgets::{violence_trend, Widget, WidgetKind};
use tendik_core::Lang;

fn frame(width: f64, lang: Lang) -> Frame {
    Frame {
        width,
        scale: 1.0,
        theme: Theme::Light,
        lang,
    }
}

pub fn render(widget: &Widget, frame: &Frame) -> String {
    let height = widget.height(frame);
    let (w, h) = frame.backing_size(height);
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, (w, h));
        widget.draw(&mut backend, frame).expect("draws");
    }
    svg
}

/// Text as read: no-break spaces as spaces, word joiners (after a range's dash) dropped.
fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ").replace('\u{2060}', "")
}

/// Text nodes of an SVG, unescaped.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let start = chunk.find('>')? + 1;
            let end = chunk.find("</text>")?;
            Some(
                chunk[start..end]
                    .trim()
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">"),
            )
        })
        .collect()
}

#[test]
fn quota_gauge_draws_both_bodies_the_quota_line_and_round_ticks() {
    let w = WidgetKind::QuotaGauge.embedded(Lang::En);
    for width in [320.0, 640.0, 1200.0] {
        let svg = render(&w, &frame(width, Lang::En));
        let t = texts(&svg);
        assert!(t.iter().any(|s| s.contains("Majilis 18.9%")), "{t:?}");
        assert!(t.iter().any(|s| s.contains("Maslikhats 22.7%")), "{t:?}");
        assert!(
            t.iter().any(|s| plain(s).contains("11.1 points short")),
            "{t:?}"
        );
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
fn violence_trend_leaves_2023_as_a_labelled_gap() {
    let w = WidgetKind::ViolenceTrend.embedded(Lang::En);
    let svg = render(&w, &frame(640.0, Lang::En));
    let t = texts(&svg);
    assert!(t.contains(&"115,526".to_string()), "{t:?}");
    assert!(t.contains(&"75,004".to_string()), "{t:?}");
    assert!(t.contains(&"2023".to_string()), "{t:?}");
    assert!(t.contains(&"no figure".to_string()), "{t:?}");
    assert!(t.iter().any(|s| s.contains("assumed baseline")), "{t:?}");
    assert!(t.iter().all(|s| !s.contains(".0")), "{t:?}");
    for tick in ["0", "50,000", "100,000", "150,000"] {
        assert!(t.contains(&tick.to_string()), "tick {tick}: {t:?}");
    }
    // The data line is drawn only between consecutive years with figures: with 2023
    // missing there is no segment at all, so no polyline in the series colour.
    let series = "#2B8BD6";
    let lines_in_series = svg
        .lines()
        .filter(|l| l.contains("<polyline") && l.to_uppercase().contains(series))
        .count();
    assert_eq!(
        lines_in_series, 0,
        "a line was drawn across the missing year"
    );
}

#[test]
fn violence_trend_joins_consecutive_years_only() {
    let mut data = violence_trend::ViolenceTrend::embedded(Lang::En);
    data.points[1].value = Some(90_000.0);
    let svg = render(
        &Widget::ViolenceTrend(data.clone()),
        &frame(640.0, Lang::En),
    );
    let joined = svg
        .lines()
        .filter(|l| l.contains("<polyline") && l.to_uppercase().contains("#2B8BD6"))
        .count();
    assert_eq!(joined, 1);

    data.points.push(violence_trend::Point {
        year: 2025,
        value: None,
    });
    data.points.push(violence_trend::Point {
        year: 2026,
        value: Some(60_000.0),
    });
    let svg = render(&Widget::ViolenceTrend(data), &frame(640.0, Lang::En));
    let segments = svg
        .lines()
        .filter(|l| l.contains("<polyline") && l.to_uppercase().contains("#2B8BD6"))
        .count();
    assert_eq!(segments, 1, "2024→2026 must not be joined across 2025");
}

#[test]
fn peacekeeping_labels_zero_women_in_every_role() {
    let w = WidgetKind::Peacekeeping.embedded(Lang::En);
    let svg = render(&w, &frame(360.0, Lang::En));
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
            .any(|s| plain(s).contains("Experts on Mission — 6 men · 0 women")),
        "{t:?}"
    );
}

#[test]
fn every_widget_draws_in_every_language_and_theme_at_every_width() {
    for kind in WidgetKind::ALL {
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
                        let svg = render(&w, &f);
                        assert!(svg.contains("<text"), "{kind:?} {lang:?} {width}");
                    }
                }
            }
        }
    }
}

#[test]
fn cyrillic_labels_are_drawn_as_text() {
    let svg = render(
        &WidgetKind::QuotaGauge.embedded(Lang::Kk),
        &frame(640.0, Lang::Kk),
    );
    let t = texts(&svg);
    assert!(
        t.iter()
            .any(|s| s.contains("Мәжіліс") && s.contains("18,9")),
        "{t:?}"
    );
    let svg = render(
        &WidgetKind::ViolenceTrend.embedded(Lang::Ru),
        &frame(640.0, Lang::Ru),
    );
    let t = texts(&svg);
    assert!(t.contains(&"115\u{a0}526".to_string()), "{t:?}");
}

fn marks(widget: &Widget, frame: &Frame) -> Vec<tendik_core::chart::Mark> {
    let (w, h) = frame.backing_size(widget.height(frame));
    let mut svg = String::new();
    let mut backend = SVGBackend::with_string(&mut svg, (w, h));
    widget.draw(&mut backend, frame).expect("draws")
}

#[test]
fn every_value_is_a_mark_in_reading_order_inside_the_chart() {
    let f = frame(480.0, Lang::En);
    let labels = |kind: WidgetKind| -> Vec<String> {
        marks(&kind.embedded(Lang::En), &f)
            .into_iter()
            .map(|m| plain(&m.label))
            .collect()
    };
    assert_eq!(
        labels(WidgetKind::ViolenceTrend),
        ["2022: 115,526", "2023: no figure", "2024: 75,004"]
    );
    assert_eq!(
        labels(WidgetKind::QuotaGauge),
        [
            "Majilis 18.9% (11.1 points short)",
            "Maslikhats 22.7% (7.3 points short)"
        ]
    );
    let peace = labels(WidgetKind::Peacekeeping);
    assert_eq!(peace.len(), 4);
    assert_eq!(peace[0], "Share of women: 0% · Goal 10%");
    assert_eq!(peace[1], "Experts on Mission — 6 men · 0 women");
    for kind in WidgetKind::ALL {
        let w = kind.embedded(Lang::En);
        let height = w.height(&f);
        for m in marks(&w, &f) {
            assert!(m.x >= 0.0 && m.x + m.width <= f.width + 0.5, "{m:?}");
            assert!(m.y >= 0.0 && m.y + m.height <= height + 0.5, "{m:?}");
            assert!(m.width > 0.0 && m.height > 0.0, "{m:?}");
        }
    }
}
