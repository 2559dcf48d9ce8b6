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
        "\"Item\",\"Women's share\",\"Gap to the goal\",\"Source\",\"Where\""
    );
    assert!(
        lines[1].starts_with("\"Majilis\",\"18.9%\",\"11.1\u{a0}points\""),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains("para. 10 (b)") && lines[1].contains("CEDAW"),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains("para. 10 (d)"), "{}", lines[2]);

    let w = kind("violence-trend").embedded(Lang::Ru);
    let csv = export::csv(&w.content(Lang::Ru), Lang::Ru);
    assert!(csv.contains("\"2023\",\"нет данных\""), "{csv}");
    assert!(csv.contains("\"115\u{a0}526\""), "{csv}");
}

#[test]
fn csv_neutralises_spreadsheet_formulas_and_quotes() {
    let mut c = kind("quota-gauge").embedded(Lang::En).content(Lang::En);
    c.table.rows[0][0] = "=HYPERLINK(\"x\")".into();
    c.table.provenance.clear();
    let csv = export::csv(&c, Lang::En);
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
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
}

fn kind(name: &str) -> WidgetKind {
    WidgetKind::from_name(name).expect("a registered widget")
}
