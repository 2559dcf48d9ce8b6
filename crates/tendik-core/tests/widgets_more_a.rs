//! The institutions, crime-victims and crisis-centres widgets, rendered to SVG natively by
//! the same drawing code as the browser canvas: every value is drawn, conflicting figures
//! are both shown, remainders are computed and drawn, bars add up to their totals, and no
//! label overlaps another or leaves the chart, at phone and desktop widths.
//!
//! `TENDIK_SVG_DIR=/tmp/svgs cargo test --test widgets_more_a` also writes every rendering
//! there, to look at.

use plotters_svg::SVGBackend;
use tendik_core::chart::{text_width, Frame, Mark, Theme};
use tendik_core::dataset::{breakdowns, conflicts};
use tendik_core::userdata::{accepts_data, parse_widget};
use tendik_core::widgets::{Widget, WidgetKind};
use tendik_core::Lang;

const KINDS: [WidgetKind; 3] = [
    WidgetKind::Institutions,
    WidgetKind::CrimeVictims,
    WidgetKind::CrisisCentres,
];
const WIDTHS: [f64; 3] = [320.0, 640.0, 1200.0];
const THEMES: [Theme; 2] = [Theme::Light, Theme::Dark];
const NBSP: char = '\u{a0}';

fn frame(width: f64, lang: Lang, theme: Theme) -> Frame {
    Frame {
        width,
        scale: 1.0,
        theme,
        lang,
    }
}

/// The SVG and the marks of one drawing.
fn render(widget: &Widget, frame: &Frame) -> (String, Vec<Mark>) {
    let height = widget.height(frame);
    let (w, h) = frame.backing_size(height);
    let mut svg = String::new();
    let marks = {
        let mut backend = SVGBackend::with_string(&mut svg, (w, h));
        widget.draw(&mut backend, frame).expect("draws")
    };
    if let Ok(dir) = std::env::var("TENDIK_SVG_DIR") {
        let name = format!(
            "{dir}/{}-{}-{}-{}.svg",
            widget.kind().name(),
            frame.lang.tag(),
            frame.width,
            frame.theme.name()
        );
        std::fs::write(name, &svg).expect("writes the SVG");
    }
    (svg, marks)
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Text as read: no-break spaces (in numbers, between a number and its unit, in bar rows'
/// "label — value") as spaces, word joiners (after a range's dash) dropped.
fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ").replace('\u{2060}', "")
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// One text node: its words and the box it takes, estimated as the layout estimates it.
#[derive(Debug)]
struct TextBox {
    text: String,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
}

/// The SVG backend writes font sizes in points (px ÷ 1.24); the layout works in px.
const PX_PER_SVG_UNIT: f64 = 1.24;

fn text_boxes(svg: &str) -> Vec<TextBox> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let tag_end = chunk.find('>')?;
            let tag = &chunk[..tag_end];
            let end = chunk.find("</text>")?;
            let text = plain(&unescape(chunk[tag_end + 1..end].trim()));
            let x: f64 = attr(tag, "x")?.parse().ok()?;
            let y: f64 = attr(tag, "y")?.parse().ok()?;
            let size = attr(tag, "font-size")?.parse::<f64>().ok()? * PX_PER_SVG_UNIT;
            let bold = attr(tag, "font-weight") == Some("bold");
            let width = text_width(&text, size) * if bold { 1.1 } else { 1.0 };
            let x0 = match attr(tag, "text-anchor") {
                Some("middle") => x - width / 2.0,
                Some("end") => x - width,
                _ => x,
            };
            Some(TextBox {
                text,
                x0,
                x1: x0 + width,
                y,
                size,
            })
        })
        .collect()
}

fn texts(svg: &str) -> Vec<String> {
    text_boxes(svg).into_iter().map(|b| b.text).collect()
}

/// All text in drawing order, joined: a label wrapped over several lines reads whole again.
fn joined(svg: &str) -> String {
    texts(svg).join(" ")
}

/// The number after the last " — " of a mark label, in the mark's language.
fn mark_value(label: &str) -> f64 {
    let (_, value) = label.rsplit_once(" — ").expect("a value after the dash");
    let digits: String = value
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number in {label}"))
}

fn sum_of_marks(marks: &[Mark], prefix: &str) -> f64 {
    marks
        .iter()
        .filter(|m| m.label.starts_with(prefix))
        .map(|m| mark_value(&m.label))
        .sum()
}

fn remainder(id: &str) -> f64 {
    breakdowns()
        .iter()
        .find(|b| b.id == id)
        .expect("breakdown")
        .remainder()
        .not_specified
}

fn every_rendering() -> impl Iterator<Item = (WidgetKind, Lang, f64, Theme)> {
    KINDS.into_iter().flat_map(|kind| {
        Lang::ALL.into_iter().flat_map(move |lang| {
            WIDTHS.into_iter().flat_map(move |width| {
                THEMES
                    .into_iter()
                    .map(move |theme| (kind, lang, width, theme))
            })
        })
    })
}

#[test]
fn the_new_widgets_are_listed_by_name() {
    for (kind, name) in KINDS
        .into_iter()
        .zip(["institutions", "crime-victims", "crisis-centres"])
    {
        assert!(WidgetKind::ALL.contains(&kind));
        assert_eq!(kind.name(), name);
        assert_eq!(WidgetKind::from_name(name), Some(kind));
        assert!(WidgetKind::known_names().contains(name));
        assert_eq!(kind.embedded(Lang::En).kind(), kind);
    }
}

#[test]
fn institutions_draw_every_share_both_civil_service_figures_and_both_lines() {
    let en = [
        "Majilis — 18.9%",
        "Maslikhats — 22.7%",
        "Civil servants (para. 10 (d)) — 55.8%",
        "Civil servants (para. 15 (d)) — 56.2%",
        "Civil-service managers — 39.1%",
        "Judges — 53%",
        "Corporate managers (op-ed) — 43.4%",
        "National Centre for Human Rights staff — 53.3%",
        "Prison staff, earlier — 34%",
        "Prison staff, now — 48%",
        "30% goal by 2030",
        "Parity 50%",
    ];
    let ru = [
        "Мажилис — 18,9 %",
        "Государственные служащие (п. 10 (d)) — 55,8 %",
        "Государственные служащие (п. 15 (d)) — 56,2 %",
        "Судьи — 53 %",
        "Цель 30 % к 2030 г.",
        "Паритет 50 %",
    ];
    let kk = [
        "Мәжіліс — 18,9 %",
        "Мемлекеттік қызметшілер (10 (d) т.) — 55,8 %",
        "Мемлекеттік қызметшілер (15 (d) т.) — 56,2 %",
        "Судьялар — 53 %",
        "Тепе-теңдік 50 %",
    ];
    for (lang, expected) in [
        (Lang::En, &en[..]),
        (Lang::Ru, &ru[..]),
        (Lang::Kk, &kk[..]),
    ] {
        let w = WidgetKind::Institutions.embedded(lang);
        for width in WIDTHS {
            for theme in THEMES {
                let (svg, marks) = render(&w, &frame(width, lang, theme));
                let all = joined(&svg).replace(NBSP, " ");
                for e in expected {
                    assert!(all.contains(e), "{lang:?} {width}: {e} missing from {all}");
                }
                assert_eq!(marks.len(), 10, "one mark per bar");
                for bad in ["53.0", "53,0", "0.533", "0.558", ".0%", ",0 %"] {
                    assert!(!all.contains(bad), "{lang:?} {width}: unformatted {bad}");
                }
            }
        }
    }
    let marks = render(
        &WidgetKind::Institutions.embedded(Lang::En),
        &frame(640.0, Lang::En, Theme::Light),
    )
    .1;
    let labels: Vec<&str> = marks.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, en[..10]);
}

#[test]
fn institutions_say_the_sources_disagree_and_give_a_row_per_bar() {
    let conflict = conflicts()
        .iter()
        .find(|c| c.id == "civil-servants-women-share")
        .expect("conflict");
    for lang in Lang::ALL {
        let c = WidgetKind::Institutions.embedded(lang).content(lang);
        assert!(
            c.notes.iter().any(|n| n == conflict.note.get(lang)),
            "{lang:?}: {:?}",
            c.notes
        );
        assert_eq!(c.table.rows.len(), 10);
        assert_eq!(c.table.provenance.len(), c.table.rows.len());
        assert!(c.source.contains("10 (d)") && c.source.contains("15 (d)"));
    }
    let c = WidgetKind::Institutions
        .embedded(Lang::En)
        .content(Lang::En);
    assert_eq!(
        c.takeaway,
        "Women are 55.8–56.2% of civil servants and 53% of judges, but only 18.9% of Majilis deputies and 22.7% of maslikhat members, below the 30% goal."
    );
    assert_eq!(c.title, "Women's representation across institutions");
    assert_eq!(
        c.table.rows[2],
        ["Civil servants (para. 10 (d))", "55.8%"],
        "{:?}",
        c.table.rows
    );
    assert_eq!(c.table.rows[3], ["Civil servants (para. 15 (d))", "56.2%"]);
    // The 55.8 row names both documents that give it.
    assert_eq!(
        c.table.provenance[2].figures,
        [
            "civil-service-women-share",
            "civil-service-women-share-news"
        ]
    );
    assert!(c.source.contains("Op-ed") && c.source.contains("News report"));
    assert!(c.notes.iter().any(|n| n.contains("34% to 48%")));
    let ru = WidgetKind::Institutions
        .embedded(Lang::Ru)
        .content(Lang::Ru);
    assert!(ru.takeaway.contains("55,8–56,2\u{a0}%"), "{}", ru.takeaway);
}

#[test]
fn crime_victims_add_up_to_the_total_with_computed_remainders() {
    let by_age = remainder("crime-victims-by-age");
    let by_ethnicity = remainder("crime-victims-by-ethnicity");
    assert_eq!(by_ethnicity, 44_151.0);
    assert_eq!(by_age, 108_430.0);
    let w = WidgetKind::CrimeVictims.embedded(Lang::En);
    for width in WIDTHS {
        let (svg, marks) = render(&w, &frame(width, Lang::En, Theme::Light));
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
        let w = WidgetKind::CrimeVictims.embedded(lang);
        for width in WIDTHS {
            let (svg, marks) = render(&w, &frame(width, lang, Theme::Dark));
            let all = joined(&svg).replace(NBSP, " ");
            assert!(all.contains(remainder_text), "{lang:?} {width}: {all}");
            assert!(all.contains(heading), "{lang:?} {width}: {all}");
            assert!(all.contains("342 463"), "{lang:?} {width}: {all}");
            let total: f64 = marks.iter().map(|m| mark_value(&m.label)).sum();
            assert_eq!(total, 2.0 * 342_463.0, "{lang:?}");
        }
    }
}

#[test]
fn crime_victims_say_the_total_counts_crimes() {
    for lang in Lang::ALL {
        let c = WidgetKind::CrimeVictims.embedded(lang).content(lang);
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
    let c = WidgetKind::CrimeVictims
        .embedded(Lang::En)
        .content(Lang::En);
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
    let ru = WidgetKind::CrimeVictims
        .embedded(Lang::Ru)
        .content(Lang::Ru);
    assert_eq!(
        ru.title.replace(NBSP, " "),
        "Потерпевшие от преступлений против женщин и девочек с 2020 г. по июль 2025 г."
    );
    assert!(ru.notes[1].contains("казашки, русские"), "{}", ru.notes[1]);
}

#[test]
fn crisis_centres_show_both_counts_and_the_sums_that_do_not_add_up() {
    assert_eq!(remainder("crisis-centre-aid-2024"), 11.0);
    assert_eq!(remainder("crisis-centre-aid-h1-2025"), 1_299.0);
    let w = WidgetKind::CrisisCentres.embedded(Lang::En);
    for width in WIDTHS {
        let (svg, marks) = render(&w, &frame(width, Lang::En, Theme::Light));
        let all = joined(&svg);
        for e in [
            "Number of crisis centres",
            "The sources disagree",
            "Paragraphs 3 (f) and 8 (d) — 30",
            "Paragraphs 9 (i)–(j) and 11 (f) — 27",
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
        assert_eq!(marks.len(), 2 + 3 + 2, "one mark per bar");
        assert_eq!(sum_of_marks(&marks, "People aided in 2024: "), 4_656.0);
        assert_eq!(
            sum_of_marks(&marks, "People aided in the first half of 2025: "),
            1_886.0
        );
        assert_eq!(
            marks[4].label,
            "People aided in 2024: Not specified in the source — 11"
        );
    }
    for lang in [Lang::Ru, Lang::Kk] {
        let (svg, _) = render(
            &WidgetKind::CrisisCentres.embedded(lang),
            &frame(320.0, lang, Theme::Dark),
        );
        let all = joined(&svg).replace(NBSP, " ");
        let expected = match lang {
            Lang::Ru => [
                "Пункты 3 (f) и 8 (d) — 30",
                "1 445 + 3 200 = 4 645, на 11 меньше указанных 4 656",
                "В источнике не указано — 11",
            ],
            _ => [
                "3 (f) және 8 (d) тармақтары — 30",
                "1 445 + 3 200 = 4 645, бұл көрсетілген 4 656 санынан 11 кем",
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
        let c = WidgetKind::CrisisCentres.embedded(lang).content(lang);
        assert!(c.notes.iter().any(|n| n == conflict.note.get(lang)));
        for id in ["crisis-centre-aid-2024", "crisis-centre-aid-h1-2025"] {
            let b = breakdowns().iter().find(|b| b.id == id).expect("breakdown");
            assert!(c.notes.iter().any(|n| n == b.note.get(lang)), "{id}");
        }
        // A row per bar, and each period's stated total.
        assert_eq!(c.table.rows.len(), 7 + 2, "{:?}", c.table.rows);
        assert_eq!(c.table.provenance.len(), c.table.rows.len());
    }
    let c = WidgetKind::CrisisCentres
        .embedded(Lang::En)
        .content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "The sources give 30 or 27 crisis centres; 4,656 people were aided in 2024 (1,445 women, 3,200 minors) and 1,886 in the first half of 2025 (587 women)."
    );
    assert_eq!(
        c.table.provenance[0].figures,
        ["crisis-centres-3f", "crisis-centres-8d"]
    );
    assert_eq!(
        c.table.rows[4],
        ["People aided in 2024", "Not specified in the source", "11"]
    );
}

#[test]
fn no_label_overlaps_another_or_leaves_the_chart() {
    for (kind, lang, width, theme) in every_rendering() {
        let w = kind.embedded(lang);
        let f = frame(width, lang, theme);
        let height = w.height(&f);
        let (svg, marks) = render(&w, &f);
        let boxes = text_boxes(&svg);
        assert!(!boxes.is_empty());
        for b in &boxes {
            assert!(
                b.x0 >= -0.5 && b.x1 <= width + 0.5,
                "{kind:?} {lang:?} {width}: clipped sideways: {b:?}"
            );
            assert!(
                b.y - b.size / 2.0 >= 0.0 && b.y + b.size / 2.0 <= height,
                "{kind:?} {lang:?} {width}: clipped vertically: {b:?}"
            );
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart_x = a.x1 <= b.x0 || b.x1 <= a.x0;
                // Lines of text are at least 0.9 em apart from centre to centre.
                let apart_y = (a.y - b.y).abs() >= 0.45 * (a.size + b.size);
                assert!(
                    apart_x || apart_y,
                    "{kind:?} {lang:?} {width}: {a:?} overlaps {b:?}"
                );
            }
        }
        for m in &marks {
            assert!(m.x >= 0.0 && m.x + m.width <= width + 0.5, "{m:?}");
            assert!(m.y >= 0.0 && m.y + m.height <= height + 0.5, "{m:?}");
            assert!(m.width > 0.0 && m.height > 0.0, "{m:?}");
        }
        for (i, a) in marks.iter().enumerate() {
            for b in &marks[i + 1..] {
                assert!(
                    a.y + a.height <= b.y || b.y + b.height <= a.y,
                    "{kind:?} {lang:?} {width}: marks overlap: {a:?} {b:?}"
                );
            }
        }
    }
}

#[test]
fn every_bar_label_reads_label_dash_value() {
    for (kind, lang, width, theme) in every_rendering() {
        let (_, marks) = render(&kind.embedded(lang), &frame(width, lang, theme));
        for m in &marks {
            assert!(
                mark_value(&m.label) >= 0.0,
                "{kind:?} {lang:?}: {}",
                m.label
            );
            assert!(!m.label.contains('{'), "unfilled slot: {}", m.label);
        }
    }
    for kind in KINDS {
        for lang in Lang::ALL {
            let c = kind.embedded(lang).content(lang);
            for text in [&c.title, &c.takeaway, &c.source]
                .into_iter()
                .chain(&c.notes)
            {
                assert!(!text.contains('{'), "{kind:?} {lang:?}: {text}");
                assert!(!text.is_empty(), "{kind:?} {lang:?}");
            }
        }
    }
}

#[test]
fn the_new_widgets_take_no_data_and_say_so() {
    for kind in KINDS {
        assert!(!accepts_data(kind));
        let e = parse_widget(kind, r#"{"source": "x"}"#, Lang::En).unwrap_err();
        assert_eq!(e.path, "");
        assert!(e.message.contains(kind.name()), "{}", e.message);
        let e = parse_widget(kind, "{", Lang::Ru).unwrap_err();
        assert!(e.message.contains(kind.name()), "{}", e.message);
    }
}
