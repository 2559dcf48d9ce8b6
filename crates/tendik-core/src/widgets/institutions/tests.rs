//! What the institutions widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

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
        let w = kind("institutions").embedded(lang);
        for width in WIDTHS {
            for theme in THEMES {
                let (svg, marks) = render(&w, &frame(width, lang, theme)).pair();
                let all = joined(&svg).replace(crate::format::NBSP, " ");
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
        &kind("institutions").embedded(Lang::En),
        &frame(640.0, Lang::En, Theme::Light),
    )
    .marks;
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
        let c = kind("institutions").embedded(lang).content(lang);
        assert!(
            c.notes.iter().any(|n| n == conflict.note.get(lang)),
            "{lang:?}: {:?}",
            c.notes
        );
        assert_eq!(c.table.rows.len(), 10);
        assert_eq!(c.table.provenance.len(), c.table.rows.len());
        assert!(c.source.contains("10 (d)") && c.source.contains("15 (d)"));
    }
    let c = kind("institutions").embedded(Lang::En).content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Women are 55.8–56.2% of civil servants and 53% of judges, but only 18.9% of Majilis deputies and 22.7% of maslikhat members, below the 30% goal for 2030."
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
    let ru = kind("institutions").embedded(Lang::Ru).content(Lang::Ru);
    assert!(ru.takeaway.contains("55,8–56,2\u{a0}%"), "{}", ru.takeaway);
}
