//! Downloads: SVG and CSV made natively by the same code the browser uses.

use tendik_core::chart::{Frame, Theme};
use tendik_core::widgets::{export, WidgetKind};
use tendik_core::Lang;

fn frame(lang: Lang) -> Frame {
    Frame {
        width: 640.0,
        scale: 1.0,
        theme: Theme::Light,
        lang,
    }
}

#[test]
fn svg_carries_title_takeaway_values_and_source() {
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let w = kind.embedded(lang);
            let c = w.content(lang);
            let svg = export::svg(&w, &c, &frame(lang)).unwrap();
            assert!(svg.starts_with("<svg"), "{kind:?}");
            let unescaped = svg
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&apos;", "'");
            let first_title_line = c.title.split(' ').next().unwrap();
            assert!(
                unescaped.contains(first_title_line),
                "{kind:?} {lang:?} title"
            );
            let credit = tendik_core::i18n::PRODUCT.get(lang);
            assert!(unescaped.contains(credit), "{kind:?} {lang:?} credit");
        }
    }
    let w = kind("violence-trend").embedded(Lang::En);
    let c = w.content(Lang::En);
    let svg = export::svg(&w, &c, &frame(Lang::En)).unwrap();
    for needle in [
        "115,526",
        "75,004",
        "no figure",
        "Recorded domestic-violence",
        "CEDAW",
    ] {
        assert!(svg.contains(needle), "{needle}");
    }
}

#[test]
fn csv_has_exactly_the_rows_shown_with_their_sources() {
    let w = kind("quota-gauge").embedded(Lang::En);
    let c = w.content(Lang::En);
    let csv = export::csv(&c, Lang::En);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + c.table.rows.len());
    assert_eq!(
        lines[0],
        "\"Item\",\"Women's share\",\"Gap to the goal\",\"Unit\",\"Qualifier\",\"How computed\",\"Source\",\"Where\""
    );
    assert!(
        lines[1].starts_with(
            "\"Majilis\",\"18.9\",\"11.1\",\"percent / percentage points\",\"\",\"\","
        ),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains("para. 10 (b)") && lines[1].contains("CEDAW"),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains("para. 10 (d)"), "{}", lines[2]);
}

/// CSV is data (issue 18): raw numbers, ISO dates, a unit and a qualifier per row, a gap
/// left empty and said to be one, computed rows saying how, headers in the reader's language.
#[test]
fn csv_is_data_a_spreadsheet_can_use() {
    let csv = |name: &str, lang| export::csv(&kind(name).embedded(lang).content(lang), lang);

    let ru = csv("violence-trend", Lang::Ru);
    assert!(ru.starts_with("\"Год\",\"Случаи\",\"Единица\",\"Уточнение\",\"Как вычислено\",\"Источник\",\"Где в документе\""), "{ru}");
    assert!(
        ru.contains("\"2022\",\"115526\",\"число\",\"\",\"\","),
        "{ru}"
    );
    assert!(
        ru.contains("\"2023\",\"\",\"\",\"нет данных\",\"\",\"\",\"\"\r\n"),
        "{ru}"
    );

    let en = csv("family-centres", Lang::En);
    assert!(
        en.contains("\"2024-06\",\"news report\",\"33\",\"\",\"\",\"number\""),
        "{en}"
    );
    assert!(
        en.contains("\"CEDAW replies, para. 2 (b)\",\"100\",\"\",\"\",\"number\",\"more than\""),
        "{en}"
    );
    assert!(en.contains("\"136\",\"55\",\"81\",\"number\""), "{en}");

    let kk = csv("nap-timeline", Lang::Kk);
    assert!(kk.contains("\"2022-02-07\""), "{kk}");

    let cc = csv("crisis-centres", Lang::En);
    let computed: Vec<&str> = cc.lines().filter(|l| l.contains("Not specified")).collect();
    assert_eq!(computed.len(), 2, "{cc}");
    for line in computed {
        assert!(
            line.ends_with("\"Computed: the total less the parts the source gives, from para. 3 (f)\",\"\",\"\""),
            "a computed row is quoted nowhere and says how: {line}"
        );
    }

    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let csv = export::csv(&kind.embedded(lang).content(lang), lang);
            for c in ['\u{a0}', '\u{202f}', '\u{2060}', '\u{ad}'] {
                assert!(
                    !csv.contains(c),
                    "{kind:?} {lang:?}: U+{:04X} in {csv}",
                    c as u32
                );
            }
            // Every figure cell is a plain number a spreadsheet reads as one.
            for (row, cells) in kind
                .embedded(lang)
                .content(lang)
                .table
                .cells
                .iter()
                .enumerate()
            {
                let line = csv.split("\r\n").nth(row + 1).unwrap();
                for cell in cells {
                    if let tendik_core::widgets::Cell::Figure { value, .. } = cell {
                        assert!(
                            line.contains(&format!("\"{value}\"")),
                            "{kind:?} {lang:?}: {line}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn csv_neutralises_spreadsheet_formulas_and_quotes() {
    let mut c = kind("quota-gauge").embedded(Lang::En).content(Lang::En);
    c.table.cells[0][0] = tendik_core::widgets::Cell::text("=HYPERLINK(\"x\")");
    c.table.provenance.clear();
    let csv = export::csv(&c, Lang::En);
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
    // A negative number stays a number.
    c.table.cells[0][2] = tendik_core::widgets::Cell::points(-3.5);
    assert!(export::csv(&c, Lang::En).contains("\"-3.5\""));
    // Without per-row provenance, the source line stands for every row.
    assert!(csv.lines().nth(1).unwrap().contains("CEDAW"));
}

#[test]
fn file_names_say_widget_language_and_date() {
    let stem = |kind: WidgetKind, lang| export::file_stem(&kind.embedded(lang), lang);
    assert_eq!(
        stem(kind("violence-trend"), Lang::Kk),
        "tendik-violence-trend-kk-2022-2024"
    );
    assert_eq!(
        stem(kind("peacekeeping"), Lang::En),
        "tendik-peacekeeping-en-september-2023"
    );
    assert_eq!(stem(kind("quota-gauge"), Lang::Ru), "tendik-quota-gauge-ru");
    // ASCII in every language: Kazakh and Russian dates are transliterated (issue 18).
    assert_eq!(
        stem(kind("peacekeeping"), Lang::Kk),
        "tendik-peacekeeping-kk-2023-zhylgy-qyrkuyek"
    );
    assert_eq!(
        stem(kind("peacekeeping"), Lang::Ru),
        "tendik-peacekeeping-ru-sentyabr-2023-g"
    );
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let s = stem(kind, lang);
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{s}"
            );
        }
    }
}

/// A crisis-centres period as compared: heading, total, rest, and parts.
type Period = (String, f64, f64, Vec<(String, f64)>);

fn kind(name: &str) -> WidgetKind {
    WidgetKind::from_name(name).expect("a registered widget")
}

#[test]
fn json_of_the_embedded_data_reads_back_to_its_figures() {
    use tendik_core::userdata::{accepts_data, parse_json, parse_widget};
    use tendik_core::widgets::business::Business;
    use tendik_core::widgets::crime_victims::CrimeVictims;
    use tendik_core::widgets::crisis_centres::CrisisCentres;
    use tendik_core::widgets::family_centres::FamilyCentres;
    use tendik_core::widgets::institutions::Institutions;
    use tendik_core::widgets::nap_timeline::NapTimeline;
    use tendik_core::widgets::researchers::Researchers;
    use tendik_core::widgets::targets_2030::Targets2030;
    use tendik_core::widgets::{peacekeeping::Peacekeeping, quota_gauge::QuotaGauge};
    use tendik_core::widgets::{violence_trend::ViolenceTrend, Widget};
    for lang in Lang::ALL {
        for kind in WidgetKind::all() {
            let widget = kind.embedded(lang);
            let Some(json) = export::json(&widget) else {
                assert!(!accepts_data(kind), "{kind:?} takes data but writes none");
                continue;
            };
            let back: Widget = parse_widget(kind, &json, lang)
                .unwrap_or_else(|e| panic!("{kind:?} {lang:?}: {e}\n{json}"));
            assert_eq!(export::json(&back).as_deref(), Some(json.as_str()));
            // The embedded data's notes are true of it alone: none go into the file.
            let tree = parse_json(&json).unwrap();
            assert!(tree.get("notes").is_none(), "{json}");
            let source = match tree.get("source") {
                Some(tendik_core::userdata::Json::String(s)) => s.clone(),
                other => panic!("{other:?}"),
            };
            // The label is the widget's to add, in the reader's language.
            for label in ["Source", "Источник", "Дереккөз"] {
                assert!(!source.starts_with(label), "{source}");
            }
            if let (Some(a), Some(b)) = (widget.get::<QuotaGauge>(), back.get::<QuotaGauge>()) {
                assert_eq!(
                    (a.line, &a.goal_year, &a.bodies),
                    (b.line, &b.goal_year, &b.bodies)
                );
            } else if let (Some(a), Some(b)) =
                (widget.get::<ViolenceTrend>(), back.get::<ViolenceTrend>())
            {
                assert_eq!((&a.points, a.goal), (&b.points, b.goal));
            } else if let (Some(a), Some(b)) =
                (widget.get::<Peacekeeping>(), back.get::<Peacekeeping>())
            {
                assert_eq!(
                    (&a.roles, a.goal, &a.date, a.stated_total),
                    (&b.roles, b.goal, &b.date, b.stated_total)
                );
            } else if let (Some(a), Some(b)) =
                (widget.get::<Researchers>(), back.get::<Researchers>())
            {
                assert_eq!(
                    (&a.fields, a.share, &a.share_label, a.total, a.not_specified),
                    (&b.fields, b.share, &b.share_label, b.total, b.not_specified)
                );
            } else if let (Some(a), Some(b)) =
                (widget.get::<CrimeVictims>(), back.get::<CrimeVictims>())
            {
                let figures = |c: &CrimeVictims| -> Vec<(String, Vec<(String, f64)>)> {
                    c.groups
                        .iter()
                        .map(|g| {
                            let parts = g.parts.iter().map(|p| (p.label.clone(), p.victims));
                            (g.heading.clone(), parts.collect())
                        })
                        .collect()
                };
                assert_eq!(figures(a), figures(b));
                assert!(
                    b.crimes.is_none(),
                    "a newsroom's victims carry no count of crimes"
                );
            } else if let (Some(a), Some(b)) =
                (widget.get::<CrisisCentres>(), back.get::<CrisisCentres>())
            {
                let figures = |c: &CrisisCentres| {
                    let counts: Vec<(String, f64)> = c
                        .counts
                        .iter()
                        .map(|n| (n.label.clone(), n.centres))
                        .collect();
                    let aid: Vec<Period> = c
                        .aid
                        .iter()
                        .map(|a| {
                            let parts = a.parts.iter().map(|p| (p.label.clone(), p.people));
                            (a.heading.clone(), a.total, a.not_specified, parts.collect())
                        })
                        .collect();
                    (counts, aid)
                };
                assert_eq!(figures(a), figures(b));
            } else if let (Some(a), Some(b)) =
                (widget.get::<FamilyCentres>(), back.get::<FamilyCentres>())
            {
                let figures = |f: &FamilyCentres| -> Vec<(String, String, f64, bool, Vec<f64>)> {
                    f.counts
                        .iter()
                        .map(|c| {
                            let parts = c.parts.iter().map(|p| p.value).collect();
                            (
                                c.when.clone(),
                                c.source.clone(),
                                c.value,
                                c.lower_bound,
                                parts,
                            )
                        })
                        .collect()
                };
                assert_eq!(figures(a), figures(b));
            } else if let (Some(a), Some(b)) =
                (widget.get::<NapTimeline>(), back.get::<NapTimeline>())
            {
                use tendik_core::widgets::nap_timeline::Item;
                let figures = |t: &NapTimeline| -> Vec<String> {
                    t.items
                        .iter()
                        .map(|i| match i {
                            Item::Event(e) => format!("{} {} {}", e.date.iso(), e.text, e.context),
                            Item::Period(p) => format!("{} {:?} {}", p.start, p.end, p.label),
                        })
                        .chain(t.objectives.iter().cloned())
                        .collect()
                };
                assert_eq!(figures(a), figures(b));
            } else if let (Some(a), Some(b)) =
                (widget.get::<Targets2030>(), back.get::<Targets2030>())
            {
                let figures = |t: &Targets2030| -> Vec<(String, String)> {
                    t.targets
                        .iter()
                        .map(|x| (x.name.clone(), x.goal_text.clone()))
                        .collect()
                };
                assert_eq!((a.year, figures(a)), (b.year, figures(b)));
                for (x, y) in a.targets.iter().zip(&b.targets) {
                    use tendik_core::widgets::targets_2030::Gauge;
                    match (&x.gauge, &y.gauge) {
                        (
                            Gauge::Share {
                                goal, value, at, ..
                            },
                            Gauge::Share {
                                goal: g,
                                value: v,
                                at: q,
                                ..
                            },
                        ) => assert_eq!((goal, value, at), (g, v, q)),
                        (x, y) => assert_eq!(x, y),
                    }
                }
            } else if let (Some(a), Some(b)) =
                (widget.get::<Institutions>(), back.get::<Institutions>())
            {
                let figures = |c: &Institutions| -> Vec<(String, f64)> {
                    c.shares
                        .iter()
                        .map(|s| (s.label.clone(), s.share))
                        .collect()
                };
                assert_eq!((figures(a), &a.goal), (figures(b), &b.goal));
            } else if let (Some(a), Some(b)) = (widget.get::<Business>(), back.get::<Business>()) {
                let figures = |c: &Business| {
                    let groups: Vec<_> = c
                        .groups
                        .iter()
                        .map(|g| (g.heading.clone(), g.shares.clone()))
                        .collect();
                    (groups, c.counts_heading.clone(), c.counts.clone())
                };
                assert_eq!(figures(a), figures(b));
            } else {
                panic!("{kind:?} writes JSON but this test does not compare its figures");
            }
        }
    }
}

#[test]
fn json_is_written_as_a_person_would_edit_it() {
    let trend = kind("violence-trend").embedded(Lang::Ru);
    let json = export::json(&trend).unwrap();
    assert!(json.starts_with("{\n  \"source\": \""), "{json}");
    assert!(!json.contains("Источник:"), "{json}");
    assert!(
        json.contains(r#"{ "year": 2022, "value": 115526 }"#),
        "{json}"
    );
    assert!(
        json.contains(r#"{ "year": 2023, "value": null }"#),
        "{json}"
    );
    assert!(json.contains(r#""base_year_assumed": true"#), "{json}");
    assert!(!json.contains('\u{a0}'), "{json}");
    let gauge = export::json(&kind("quota-gauge").embedded(Lang::En)).unwrap();
    assert!(
        gauge.contains(r#""goal": { "share": 30, "year": 2030 }"#),
        "{gauge}"
    );
    assert!(
        gauge.contains(r#"{ "label": "Majilis", "share": 18.9 }"#),
        "{gauge}"
    );
    assert!(!gauge.contains("\"quota\""), "{gauge}");
    // The victims by group, without the count of crimes, which counts something else.
    let victims = export::json(&kind("crime-victims").embedded(Lang::En))
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        victims.contains(r#""heading": "Victims by age""#),
        "{victims}"
    );
    assert!(
        victims.contains(r#"{ "label": "30–39 years", "count": 98677 }"#),
        "{victims}"
    );
    assert!(!victims.contains("342463"), "{victims}");
    for kind in WidgetKind::all().filter(|k| !tendik_core::userdata::accepts_data(*k)) {
        assert_eq!(export::json(&kind.embedded(Lang::En)), None, "{kind:?}");
    }
}
