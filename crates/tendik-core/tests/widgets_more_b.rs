//! The family-centres, researchers, nap-timeline and targets-2030 widgets, rendered to SVG
//! by the same drawing code as the browser canvas: every value, date and qualifier is on
//! the chart, in every language, and no two labels overlap or leave the chart, down to
//! 320 px.
//!
//! Set `TENDIK_SVG_DIR=/some/dir` to also write every rendering there for a look.

use plotters_svg::SVGBackend;
use tendik_core::chart::{text_width, Frame, Mark, Theme};
use tendik_core::dataset::{breakdowns, conflicts, expect};
use tendik_core::format;
use tendik_core::i18n;
use tendik_core::widgets::{Widget, WidgetKind};
use tendik_core::{Lang, Value};

const KINDS: [WidgetKind; 4] = [
    WidgetKind::FamilyCentres,
    WidgetKind::Researchers,
    WidgetKind::NapTimeline,
    WidgetKind::Targets2030,
];
const WIDTHS: [f64; 3] = [320.0, 640.0, 1200.0];
const THEMES: [Theme; 2] = [Theme::Light, Theme::Dark];

fn frame(width: f64, lang: Lang, theme: Theme) -> Frame {
    Frame {
        width,
        scale: 1.0,
        theme,
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
    if let Ok(dir) = std::env::var("TENDIK_SVG_DIR") {
        let theme = match frame.theme {
            Theme::Light => "light",
            Theme::Dark => "dark",
        };
        let name = format!(
            "{dir}/{}-{}-{}-{theme}.svg",
            widget.kind().name(),
            frame.lang.tag(),
            frame.width
        );
        std::fs::write(name, &svg).expect("writes the SVG");
    }
    svg
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Text nodes of an SVG, unescaped.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let start = chunk.find('>')? + 1;
            let end = chunk.find("</text>")?;
            Some(unescape(chunk[start..end].trim()))
        })
        .collect()
}

/// A drawn text and the box it takes, in CSS pixels (scale 1).
#[derive(Debug)]
struct Placed {
    text: String,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

fn attr(chunk: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = chunk.find(&key)? + key.len();
    let end = chunk[start..].find('"')? + start;
    Some(chunk[start..end].to_string())
}

/// Every text with its box: plotters writes the font size divided by 1.24, and centres
/// the text vertically on `y`; widths use the same estimate the layouts use.
fn placed(svg: &str) -> Vec<Placed> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let open_end = chunk.find('>')?;
            let head = &chunk[..open_end];
            let end = chunk.find("</text>")?;
            let text = unescape(chunk[open_end + 1..end].trim());
            let x: f64 = attr(head, "x")?.parse().ok()?;
            let y: f64 = attr(head, "y")?.parse().ok()?;
            let size = attr(head, "font-size")?.parse::<f64>().ok()? * 1.24;
            let bold = attr(head, "font-weight").is_some_and(|w| w == "bold");
            let width = text_width(&text, size) * if bold { 1.1 } else { 1.0 };
            let left = match attr(head, "text-anchor").as_deref() {
                Some("middle") => x - width / 2.0,
                Some("end") => x - width,
                _ => x,
            };
            Some(Placed {
                text,
                left,
                right: left + width,
                top: y - size / 2.0,
                bottom: y + size / 2.0,
            })
        })
        .collect()
}

fn marks(widget: &Widget, frame: &Frame) -> Vec<Mark> {
    let (w, h) = frame.backing_size(widget.height(frame));
    let mut svg = String::new();
    let mut backend = SVGBackend::with_string(&mut svg, (w, h));
    widget.draw(&mut backend, frame).expect("draws")
}

/// Text as read: no-break spaces (in grouped numbers, paragraph references, between a
/// number and its unit) as plain spaces, word joiners (after a range's dash) dropped.
fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ").replace('\u{2060}', "")
}

/// All the chart's text as one string, lines joined by spaces, so a wrapped phrase is found.
fn joined(svg: &str) -> String {
    texts(svg).join(" ")
}

fn number(id: &str, lang: Lang) -> String {
    format::number(expect(id).value.number().expect("a number"), lang)
}

fn date(id: &str, lang: Lang) -> String {
    match expect(id).value {
        Value::Date(d) => format::date(&d, lang),
        Value::Number(_) => panic!("{id} is not a date"),
    }
}

/// Renders `kind` at every width, language and theme and hands each text to `check`.
fn for_every_rendering(kind: WidgetKind, check: impl Fn(Lang, f64, &str, &[Mark])) {
    for lang in Lang::ALL {
        let w = kind.embedded(lang);
        for width in WIDTHS {
            for theme in THEMES {
                let f = frame(width, lang, theme);
                let svg = render(&w, &f);
                let m = marks(&w, &f);
                check(lang, width, &joined(&svg), &m);
            }
        }
    }
}

#[test]
fn family_centres_shows_every_count_date_and_qualifier() {
    for_every_rendering(WidgetKind::FamilyCentres, |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        for id in [
            "family-support-centres-june-2024",
            "family-support-centres-news",
            "family-support-centres-july",
            "family-support-centres-july-urban",
            "family-support-centres-july-rural",
        ] {
            assert!(all.contains(&number(id, lang)), "{id} missing: {ctx}");
        }
        assert!(all.matches("128").count() >= 2, "both 128s: {ctx}");
        let more = match lang {
            Lang::En => "more than 100",
            Lang::Ru => "более 100",
            Lang::Kk => "100\u{2011}ден астам",
        };
        assert!(all.contains(more), "{ctx}");
        // "More than 100" is never shown as a bare 100.
        assert!(!all.contains(": 100 ") && !all.ends_with(": 100"), "{ctx}");
        let june = format::date(&tendik_core::Date::ymd(2024, 6, 0), lang);
        assert!(
            all.to_lowercase().contains(&june.to_lowercase()),
            "June 2024: {ctx}"
        );
        assert!(
            all.contains(&format::day_month(7, 1, lang)),
            "1 July: {ctx}"
        );
        assert!(
            all.contains(
                &i18n::FC_YEAR_NOT_GIVEN
                    .get(lang)
                    .replace("{day_month}, ", "")
            ),
            "year not given: {ctx}"
        );
        let undated = i18n::FC_DATE_NOT_GIVEN.get(lang);
        let undated = &undated[undated.char_indices().nth(1).map_or(0, |(i, _)| i)..];
        assert_eq!(
            all.matches(undated).count(),
            4,
            "four undated counts: {ctx}"
        );
        assert_eq!(marks.len(), 6, "one mark per count");
    });
    let en = WidgetKind::FamilyCentres.embedded(Lang::En);
    let labels: Vec<String> = marks(&en, &frame(640.0, Lang::En, Theme::Light))
        .into_iter()
        .map(|m| plain(&m.label))
        .collect();
    assert_eq!(
        labels,
        [
            "June 2024 — news report: 33",
            "Date not given — news report: 104",
            "Date not given — CEDAW replies, para. 2 (b): more than 100",
            "1 July, year not given — CEDAW replies, para. 8 (g): 136 (55 in cities, 81 in rural areas)",
            "Date not given — CEDAW replies, para. 9 (i)–(j): 128",
            "Date not given — CEDAW replies, para. 11 (f): 128",
        ]
    );
}

#[test]
fn family_centres_notes_carry_the_conflict_and_the_order() {
    for lang in Lang::ALL {
        let c = WidgetKind::FamilyCentres.embedded(lang).content(lang);
        let conflict = conflicts()
            .iter()
            .find(|c| c.id == "family-support-centres-count")
            .unwrap();
        assert!(c.notes.contains(&conflict.note.get(lang).to_string()));
        assert_eq!(c.notes.len(), 3, "{:?}", c.notes);
        assert!(c
            .takeaway
            .contains(&number("family-support-centres-july", lang)));
        assert!(c
            .takeaway
            .contains(&number("family-support-centres-june-2024", lang)));
    }
    let c = WidgetKind::FamilyCentres
        .embedded(Lang::En)
        .content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Only 33 (June 2024, news report) and 136 (1 July, year not given, CEDAW replies, para. 8 (g); \
         55 in cities, 81 in rural areas) are dated; 104, more than 100, 128 and 128 have no date."
    );
    assert!(
        c.notes[0].starts_with("Rows follow the sources"),
        "{}",
        c.notes[0]
    );
    assert!(c.notes[1].contains("lower bound"), "{}", c.notes[1]);
}

#[test]
fn researchers_show_every_field_the_remainder_and_the_share() {
    let remainder = breakdowns()
        .iter()
        .find(|b| b.id == "women-researchers-by-field")
        .unwrap()
        .remainder();
    assert_eq!(remainder.not_specified, 573.0);
    for_every_rendering(WidgetKind::Researchers, |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        for id in [
            "women-researchers-natural-sciences",
            "women-researchers-engineering",
            "women-researchers-medicine",
            "women-researchers-social-sciences",
            "women-researchers-humanities",
            "women-researchers",
        ] {
            assert!(all.contains(&number(id, lang)), "{id} missing: {ctx}");
        }
        assert!(
            all.matches(&number("women-researchers-medicine", lang))
                .count()
                >= 2,
            "medicine and agriculture are both 1,207: {ctx}"
        );
        assert!(
            plain(all).contains(&plain(&format!(
                "{} — {}",
                i18n::NOT_SPECIFIED.get(lang),
                format::number(remainder.not_specified, lang)
            ))),
            "{ctx}"
        );
        assert!(all.contains("573"), "{ctx}");
        assert!(
            all.contains(&format::percent(47.0, lang)),
            "the 47% headline: {ctx}"
        );
        assert_eq!(marks.len(), 8, "headline, six fields, remainder");
    });
    let c = WidgetKind::Researchers.embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Women make up 47% of the research and development workforce: 12,893 women researchers, \
         the most in natural sciences (3,625); 573 are not assigned to any field in the source."
    );
    assert_eq!(c.table.rows.len(), 8);
    assert_eq!(c.table.rows[6], ["Not specified in the source", "573"]);
    assert_eq!(c.table.rows[7], ["Total", "12,893"]);
    assert!(c.notes.iter().any(|n| n.contains("1,207")), "{:?}", c.notes);
}

#[test]
fn nap_timeline_shows_the_period_objectives_activities_and_dates() {
    let objectives = expect("nap-objectives").value.number().unwrap() as usize;
    for_every_rendering(WidgetKind::NapTimeline, |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        for id in ["nap-activities-first", "nap-activities-second"] {
            assert!(all.contains(&number(id, lang)), "{id}: {ctx}");
        }
        for id in ["quota-act-signed", "quota-act-in-force", "nap-published"] {
            assert!(all.contains(&date(id, lang)), "{id}: {ctx}");
        }
        assert!(
            all.contains(&format::range("2022", "2025")),
            "the plan's period: {ctx}"
        );
        assert!(all.contains("935"), "Government Decision No. 935: {ctx}");
        for year in 2021..=2025 {
            assert!(all.contains(&year.to_string()), "{year} on the axis: {ctx}");
        }
        for objective in [
            i18n::NAP_OBJECTIVE_1,
            i18n::NAP_OBJECTIVE_2,
            i18n::NAP_OBJECTIVE_3,
        ] {
            let first_words: String = objective
                .get(lang)
                .split(' ')
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(all.contains(&first_words), "{first_words}: {ctx}");
        }
        assert_eq!(marks.len(), 6 + objectives, "six items and the objectives");
    });
    let c = WidgetKind::NapTimeline.embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "The first plan covers 2022–2025 with 3 main objectives and 16 activities; it was updated \
         in 2024, and the second plan, beginning in 2025, has 34 activities."
    );
    assert_eq!(c.table.rows.len(), 6 + objectives);
}

#[test]
fn targets_show_each_goal_the_latest_figure_or_none() {
    for_every_rendering(WidgetKind::Targets2030, |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        assert!(
            all.contains(i18n::NO_FIGURE_IN_THE_SOURCES.get(lang)),
            "{ctx}"
        );
        let pct = |v: f64| format::percent(v, lang);
        assert!(all.contains(&format!("≤\u{a0}{}", pct(21.0))), "{ctx}");
        for v in [30.0, 39.9, 10.0, 0.0, 50.0] {
            assert!(all.contains(&pct(v)), "{v}%: {ctx}");
        }
        for n in [115_526.0, 75_004.0, 40_522.0, 57_763.0, 19.0] {
            assert!(all.contains(&format::number(n, lang)), "{n}: {ctx}");
        }
        assert!(
            all.contains(&format::date(&tendik_core::Date::ymd(2023, 9, 0), lang)),
            "{ctx}"
        );
        let where_ = match lang {
            Lang::En => "para. 4 (e)",
            Lang::Ru => "п. 4 (e)",
            Lang::Kk => "4 (e) т.",
        };
        assert!(
            plain(all).contains(where_),
            "the leadership figure is named: {ctx}"
        );
        assert_eq!(marks.len(), 4, "one mark per target");
    });
    let en = WidgetKind::Targets2030.embedded(Lang::En);
    let all = plain(&joined(&render(&en, &frame(640.0, Lang::En, Theme::Light))));
    for needle in [
        "Gender pay gap — goal: ≤ 21%",
        "Latest figure: no figure in the sources",
        "39.9% women leaders (para. 4 (e), no date given)",
        "0 women of 19 peacekeepers (0%), September 2023",
        "75,004 recorded incidents in 2024, 40,522 fewer than in 2022 (115,526)",
        "goal from 2022: 57,763",
    ] {
        assert!(all.contains(needle), "{needle}: {all}");
    }
    let c = en.content(Lang::En);
    assert_eq!(plain(&c.title), "Progress towards the 2030 targets");
    assert!(c.notes.iter().any(|n| n.contains("39.1%")), "{:?}", c.notes);
    assert_eq!(c.table.rows[0][2], "no figure in the sources");
}

#[test]
fn no_two_labels_overlap_and_none_leaves_the_chart() {
    for kind in KINDS {
        for lang in Lang::ALL {
            let w = kind.embedded(lang);
            for width in WIDTHS {
                let f = frame(width, lang, Theme::Light);
                let height = w.height(&f);
                let boxes = placed(&render(&w, &f));
                assert!(!boxes.is_empty());
                for b in &boxes {
                    assert!(!b.text.is_empty(), "{kind:?}: an empty label");
                    assert!(
                        b.left >= -0.5 && b.right <= width + 0.5,
                        "{kind:?} {lang:?} {width}: clipped sideways {b:?}"
                    );
                    assert!(
                        b.top >= -0.5 && b.bottom <= height + 0.5,
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
}

#[test]
fn marks_sit_inside_the_chart_and_tables_name_every_row_source() {
    for kind in KINDS {
        for lang in Lang::ALL {
            let w = kind.embedded(lang);
            let c = w.content(lang);
            assert_eq!(c.table.rows.len(), c.table.provenance.len(), "{kind:?}");
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
            assert!(!c.notes.is_empty(), "{kind:?} has caveats to state");
            for width in WIDTHS {
                let f = frame(width, lang, Theme::Dark);
                let height = w.height(&f);
                for m in marks(&w, &f) {
                    assert!(m.x >= 0.0 && m.x + m.width <= width + 0.5, "{m:?}");
                    assert!(m.y >= 0.0 && m.y + m.height <= height + 0.5, "{m:?}");
                    assert!(m.width > 0.0 && m.height > 0.0, "{m:?}");
                }
            }
        }
    }
}

#[test]
fn the_new_widgets_are_known_by_name_and_take_no_user_data() {
    for (kind, name) in KINDS.iter().zip([
        "family-centres",
        "researchers",
        "nap-timeline",
        "targets-2030",
    ]) {
        assert_eq!(kind.name(), name);
        assert_eq!(WidgetKind::from_name(name), Some(*kind));
        assert!(WidgetKind::ALL.contains(kind));
        let err = tendik_core::userdata::parse_widget(*kind, "{}", Lang::En).unwrap_err();
        assert!(err.message.contains(name), "{err}");
    }
}
