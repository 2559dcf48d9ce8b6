//! WCAG contrast and colour-vision-deficiency checks for both themes' palettes.

use tendik_core::chart::colour::{contrast, difference, Deficiency};
use tendik_core::chart::Palette;

fn palettes() -> [(&'static str, Palette); 2] {
    [("light", Palette::LIGHT), ("dark", Palette::DARK)]
}

#[test]
fn text_meets_4_5_to_1_on_the_background() {
    for (name, p) in palettes() {
        // `women` is also used for text ("0 women"), so it is held to the text standard.
        for (role, colour) in [("text", p.text), ("muted", p.muted), ("women", p.women)] {
            let c = contrast(colour, p.background);
            assert!(c >= 4.5, "{name} {role}: {c:.2}:1");
        }
    }
}

#[test]
fn marks_and_lines_meet_3_to_1() {
    for (name, p) in palettes() {
        for (role, colour) in [
            ("women", p.women),
            ("men", p.men),
            ("quantity", p.quantity),
            ("group a", p.group_a),
            ("group b", p.group_b),
            ("target", p.target),
            ("axis", p.axis),
        ] {
            let c = contrast(colour, p.background);
            assert!(c >= 3.0, "{name} {role}: {c:.2}:1");
        }
        // Bars on their empty track must still stand out.
        for (role, colour) in [
            ("women", p.women),
            ("men", p.men),
            ("quantity", p.quantity),
            ("group a", p.group_a),
            ("group b", p.group_b),
        ] {
            let c = contrast(colour, p.gap);
            assert!(c >= 3.0, "{name} {role} on track: {c:.2}:1");
        }
    }
}

/// The colours that share a chart: women with men, women with the quantity colour (women
/// beside minors, say), and the two other groups with each other.
#[test]
fn series_stay_apart_under_colour_vision_deficiencies() {
    for (name, p) in palettes() {
        for (pair, a, b) in [
            ("women/men", p.women, p.men),
            ("group a/group b", p.group_a, p.group_b),
            ("women/quantity", p.women, p.quantity),
        ] {
            let typical = difference(a, b, None);
            assert!(typical >= 40.0, "{name} {pair}: ΔE {typical:.1}");
            for d in Deficiency::ALL {
                let de = difference(a, b, Some(d));
                // Achromatopsia leaves only lightness: the charts also label and hatch.
                let needed = if d == Deficiency::Achromatopsia {
                    7.0
                } else {
                    20.0
                };
                assert!(de >= needed, "{name} {pair} under {d:?}: ΔE {de:.1}");
            }
        }
    }
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast(0x000000, 0xffffff) - 21.0).abs() < 1e-9);
    assert!((contrast(0x777777, 0xffffff) - 4.48).abs() < 0.01);
    assert_eq!(contrast(0x123456, 0x123456), 1.0);
    assert!(difference(0xff0000, 0x00ff00, None) > 100.0);
    // Red and green collapse for deuteranopes.
    assert!(
        difference(0xd62728, 0x2ca02c, Some(Deficiency::Deuteranopia))
            < difference(0xd62728, 0x2ca02c, None) / 2.0
    );
}
