//! What the targets-2030 widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::chart::Theme;
use crate::testing::*;

#[test]
fn targets_show_each_goal_the_latest_figure_or_none() {
    for_every_rendering(kind("targets-2030"), |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        assert!(
            all.contains(i18n::NO_FIGURE_IN_THE_SOURCES.get(lang)),
            "{ctx}"
        );
        let pct = |v: f64| plain(&format::percent(v, lang));
        assert!(all.contains(&format!("≤ {}", pct(21.0))), "{ctx}");
        for v in [30.0, 39.9, 10.0, 0.0, 50.0] {
            assert!(all.contains(&pct(v)), "{v}%: {ctx}");
        }
        for n in [115_526.0, 75_004.0, 40_522.0, 57_763.0, 19.0] {
            assert!(all.contains(&plain(&format::number(n, lang))), "{n}: {ctx}");
        }
        assert!(
            all.contains(&plain(&format::date(&crate::Date::ymd(2023, 9, 0), lang))),
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
    let en = kind("targets-2030").embedded(Lang::En);
    let all = plain(&render(&en, &frame(640.0, Lang::En, Theme::Light)).joined());
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
