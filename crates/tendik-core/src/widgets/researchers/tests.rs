//! What the researchers widget draws and says, rendered natively by the browser's drawing code.

use super::*;
use crate::testing::*;

#[test]
fn researchers_show_every_field_the_remainder_and_the_share() {
    let remainder = breakdowns()
        .iter()
        .find(|b| b.id == "women-researchers-by-field")
        .unwrap()
        .remainder();
    assert_eq!(remainder.not_specified, 573.0);
    for_every_rendering(kind("researchers"), |lang, width, all, marks| {
        let ctx = format!("{lang:?} {width}: {all}");
        for id in [
            "women-researchers-natural-sciences",
            "women-researchers-engineering",
            "women-researchers-medicine",
            "women-researchers-social-sciences",
            "women-researchers-humanities",
            "women-researchers",
        ] {
            assert!(
                all.contains(&figure_number(id, lang)),
                "{id} missing: {ctx}"
            );
        }
        assert!(
            all.matches(&figure_number("women-researchers-medicine", lang))
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
            all.contains(&plain(&format::percent(47.0, lang))),
            "the 47% headline: {ctx}"
        );
        assert_eq!(marks.len(), 8, "headline, six fields, remainder");
    });
    let c = kind("researchers").embedded(Lang::En).content(Lang::En);
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
