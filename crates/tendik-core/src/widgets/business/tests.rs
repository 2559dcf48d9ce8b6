//! What the business widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

const SHARES: [&str; 4] = [
    "smes-women-owned-news",
    "smes-women-headed",
    "energy-employees-women-share",
    "energy-managers-women-share",
];

#[test]
fn both_sme_figures_are_drawn_each_named_with_the_energy_shares_and_every_count() {
    for_every_rendering(kind("business"), |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        for id in SHARES {
            let p = plain(&format::percent(figure_text::num(expect(id)), lang));
            assert!(all.contains(&p), "{id} ({p}) missing: {ctx}");
        }
        for id in [
            "damu-projects",
            "umai-women",
            "awe-graduates",
            "awe-enrolled",
        ] {
            assert!(all.contains(&figure_number(id, lang)), "{id}: {ctx}");
        }
        for (id, unit) in [
            ("damu-amount", Unit::Tenge),
            ("damu-amount-usd", Unit::UsDollars),
            ("umai-loans", Unit::Tenge),
            ("umai-loans-usd", Unit::UsDollars),
        ] {
            let m = plain(&money(figure_text::num(expect(id)), unit, lang));
            assert!(all.contains(&m), "{id} ({m}): {ctx}");
        }
        let (owned, headed) = match lang {
            Lang::En => ("news report", "para. 15 (h)"),
            Lang::Ru => ("новостная статья", "п. 15 (h)"),
            Lang::Kk => ("жаңалық", "15 (h) т."),
        };
        assert!(all.contains(owned) && all.contains(headed), "{ctx}");
        assert_eq!(marks.len(), 4 + 4, "one mark per bar and per count: {ctx}");
    });
    let svg = render(
        &kind("business").embedded(Lang::En),
        &frame(640.0, Lang::En, Theme::Light),
    )
    .svg;
    let all = joined(&svg);
    for e in [
        "Owned by women (news report) — 48%",
        "Headed by women (CEDAW replies, para. 15 (h)) — 48.2%",
        "Women among managers — 19%",
        "more than 105,000",
        "Total: 4.1 billion tenge (US$8.2 million)",
        "Total: 41.2 billion tenge (US$82.8 million)",
        "Parity 50%",
    ] {
        assert!(all.contains(e), "{e} missing from {all}");
    }
}

#[test]
fn the_conflict_is_captioned_noted_and_the_takeaway_gives_both_figures() {
    let conflict = conflicts()
        .iter()
        .find(|c| c.id == SME_CONFLICT)
        .expect("conflict");
    for lang in Lang::ALL {
        let w = kind("business").embedded(lang);
        let c = w.content(lang);
        assert!(c.notes.iter().any(|n| n == conflict.note.get(lang)));
        let groups = w.get::<Business>().unwrap().bar_groups(lang);
        assert!(groups[0].caption.is_some(), "{lang:?}");
        assert!(groups[1].caption.is_none(), "{lang:?}");
        // A row per share, per count and per sum of money, each from its own figure.
        assert_eq!(c.table.rows.len(), 4 + 3 + 3 + 1 + 1, "{:?}", c.table.rows);
        assert_eq!(c.table.provenance.len(), c.table.rows.len());
        assert_eq!(c.table.provenance[0].figures, ["smes-women-owned-news"]);
        assert_eq!(c.table.provenance[5].figures, ["damu-amount"]);
    }
    let c = kind("business").embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Women own 48% of small and medium-sized businesses by one source and head 48.2% by \
         another; in the energy sector they are 24% of employees but 19% of managers."
    );
    assert!(
        c.notes.iter().any(|n| plain(n)
            == "The news report gives 4.1 billion tenge for more than 105,000 projects, under \
                40,000 tenge a project, and does not explain the amount."),
        "{:?}",
        c.notes
    );
    assert_eq!(
        c.table.rows[4],
        [
            "Programmes for women",
            "Women's projects supported by the Damu fund",
            "more than 105,000"
        ]
    );
    let ru = kind("business").embedded(Lang::Ru).content(Lang::Ru);
    assert!(
        ru.notes
            .iter()
            .any(|n| plain(n).contains("на более 105 000 проектов — меньше 40 000 тенге")),
        "{:?}",
        ru.notes
    );
    let kk = kind("business").embedded(Lang::Kk).content(Lang::Kk);
    assert!(
        kk.notes
            .iter()
            .any(|n| plain(n).contains("105 000-нан астам жобаға 4,1 млрд теңге")),
        "{:?}",
        kk.notes
    );
}

#[test]
fn money_is_shortened_only_when_no_digit_is_lost() {
    assert_eq!(
        plain(&money(4_100_000_000.0, Unit::Tenge, Lang::En)),
        "4.1 billion tenge"
    );
    assert_eq!(
        plain(&money(4_100_000_000.0, Unit::Tenge, Lang::Ru)),
        "4,1 млрд тенге"
    );
    assert_eq!(
        plain(&money(82_800_000.0, Unit::UsDollars, Lang::En)),
        "US$82.8 million"
    );
    assert_eq!(
        plain(&money(8_200_000.0, Unit::UsDollars, Lang::Kk)),
        "8,2 млн АҚШ доллары"
    );
    assert_eq!(
        plain(&money(12_000_000_000.0, Unit::Tenge, Lang::En)),
        "12 billion tenge"
    );
    // 4.123… billion would round: every digit is written.
    assert_eq!(
        plain(&money(4_123_456_789.0, Unit::Tenge, Lang::En)),
        "4,123,456,789 tenge"
    );
    assert_eq!(
        plain(&money(950_000.0, Unit::UsDollars, Lang::En)),
        plain(&format::amount(
            950_000.0,
            Unit::UsDollars,
            Qualifier::Exact,
            Lang::En
        ))
    );
}

#[test]
fn a_newsrooms_groups_and_counts_are_drawn_without_the_embedded_words() {
    let json = r#"{"source": "Chamber of commerce, 2025",
        "groups": [{"heading": "Registered firms", "shares": [{"label": "Owned by women", "share": 31.5}, {"label": "Run by women", "share": 27}]},
                   {"heading": "Banking", "shares": [{"label": "Board members", "share": 12}]}],
        "counts": {"heading": "Support schemes", "items": [
            {"label": "Loans to women-led firms", "count": 2400, "more_than": true, "tenge": 6000000000},
            {"label": "Mentoring graduates", "count": 85}]}}"#;
    for lang in Lang::ALL {
        let w = crate::userdata::parse_widget(kind("business"), json, lang).unwrap();
        assert!(w.get::<Business>().unwrap().bar_groups(lang)[0]
            .caption
            .is_none());
        for width in WIDTHS {
            let (svg, marks) = render(&w, &frame(width, lang, Theme::Dark)).pair();
            let all = joined(&svg).replace(crate::format::NBSP, " ");
            for e in [
                "Registered firms",
                "Owned by women",
                "Support schemes",
                "Mentoring graduates",
                "85",
            ] {
                assert!(all.contains(e), "{lang:?} {width}: {e} missing from {all}");
            }
            assert!(all.contains(&plain(&format::percent(31.5, lang))), "{all}");
            assert!(
                all.contains(&plain(&money(6e9, Unit::Tenge, lang))),
                "{all}"
            );
            assert_eq!(marks.len(), 3 + 2, "{lang:?}");
            for absent in [
                "KAZENERGY",
                "CEDAW",
                "КЛДЖ",
                "Damu",
                "Даму",
                "48.2",
                "48,2",
                "п. ",
                "para",
            ] {
                assert!(!all.contains(absent), "{lang:?} {width}: {absent} in {all}");
            }
        }
        let c = w.content(lang);
        assert!(
            c.table.provenance.is_empty(),
            "the source line covers every row"
        );
        assert_eq!(c.table.rows.len(), 3 + 2 + 1);
    }
    let w = crate::userdata::parse_widget(kind("business"), json, Lang::En).unwrap();
    assert_eq!(
        plain(&w.content(Lang::En).takeaway),
        "Women's shares run from 12% (Board members) to 31.5% (Owned by women). 3 of 3 are below parity (50%)."
    );
}

#[test]
fn a_newsrooms_shares_without_counts_draw_only_the_bars() {
    let json = r#"{"source": "x", "groups": [{"heading": "Firms", "shares": [{"label": "Owned", "share": 60}]}]}"#;
    let w = crate::userdata::parse_widget(kind("business"), json, Lang::En).unwrap();
    let f = frame(360.0, Lang::En, Theme::Light);
    let b = w.get::<Business>().unwrap();
    assert_eq!(
        w.height(&f),
        bar_groups::height(&b.bar_groups(Lang::En), &f)
    );
    assert_eq!(marks(&w, &f).len(), 1);
    assert_eq!(
        plain(&w.content(Lang::En).takeaway),
        "Owned: 60%. None is below parity (50%)."
    );
}

#[test]
fn a_newsrooms_bad_business_data_is_refused_naming_the_field() {
    for (json, path) in [
        (r#"{"source": "x", "groups": []}"#, "groups"),
        (
            r#"{"source": "x", "groups": [{"heading": "A", "shares": [{"label": "B", "share": 101}]}]}"#,
            "groups[0].shares[0].share",
        ),
        (
            r#"{"source": "x", "groups": [{"heading": "A", "shares": [{"label": "B", "share": 1}]}], "counts": {"heading": "C", "items": [{"label": "D", "count": 1.5}]}}"#,
            "counts.items[0].count",
        ),
        (
            r#"{"source": "x", "groups": [{"heading": "A", "shares": [{"label": "B", "share": 1}]}], "counts": {"heading": "C", "items": [{"label": "D", "count": 1, "tenge": -5}]}}"#,
            "counts.items[0].tenge",
        ),
        (
            r#"{"source": "x", "groups": [{"heading": "A", "shares": [{"label": "B", "share": 1}]}], "counts": {"heading": "C", "items": [{"label": "D", "count": 1, "dollars": 5}]}}"#,
            "counts.items[0].dollars",
        ),
    ] {
        let e = crate::userdata::parse_widget(kind("business"), json, Lang::En).unwrap_err();
        assert_eq!(e.path, path, "{json}: {}", e.message);
    }
}
