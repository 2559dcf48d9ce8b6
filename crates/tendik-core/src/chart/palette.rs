use plotters_backend::BackendColor;

/// Light or dark, from `prefers-color-scheme` or the widget's `theme` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn from_name(name: &str) -> Option<Theme> {
        match name.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// `theme="auto"` on a host page that declares `color-scheme: declared` (its CSS, or
    /// its `<meta name="color-scheme">`): the reader's system setting only where the page
    /// says it has a dark mode, dark where it is dark only, and light on a page that
    /// declares nothing, so a dark box never sits in a light article.
    pub fn auto(declared: &str, prefers_dark: bool) -> Theme {
        let words: Vec<String> = declared
            .split_ascii_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        let has = |w: &str| words.iter().any(|x| x == w);
        match (has("light"), has("dark")) {
            (true, true) if prefers_dark => Theme::Dark,
            (false, true) => Theme::Dark,
            _ => Theme::Light,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Colours as `0xRRGGBB`, each with one meaning across every widget. Series colours come
/// from the Okabe–Ito palette, chosen to stay
/// apart under the common colour-vision deficiencies; text meets 4.5:1 and marks 3:1
/// against the background (tested in `tests/contrast.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: u32,
    pub text: u32,
    pub muted: u32,
    pub grid: u32,
    pub axis: u32,
    /// Women, and only women (and girls): never another category.
    pub women: u32,
    /// Men, and only men.
    pub men: u32,
    /// One measured quantity that is neither women nor men (incidents, centres, people of
    /// every sex).
    pub quantity: u32,
    /// Two other categories shown side by side (cities and rural areas): told apart by
    /// lightness as well as hue.
    pub group_a: u32,
    pub group_b: u32,
    /// Targets and goals: drawn dashed, always with a text label too.
    pub target: u32,
    /// Background of "no figure" bands.
    pub gap: u32,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: 0xffffff,
        text: 0x1a1a1a,
        muted: 0x595959,
        grid: 0xe3e3e3,
        axis: 0x767676,
        women: 0x9a3a08,
        men: 0x2b8bd6,
        quantity: 0x26313b,
        group_a: 0xa87900,
        group_b: 0x5b3a7e,
        target: 0x1a1a1a,
        gap: 0xf0f0f0,
    };

    pub const DARK: Palette = Palette {
        background: 0x18181b,
        text: 0xf2f2f2,
        muted: 0xb4b4b8,
        grid: 0x34343a,
        axis: 0x8e8e96,
        women: 0xf7a26a,
        men: 0x2f7fc4,
        quantity: 0xc9ced6,
        group_a: 0xe0bd52,
        group_b: 0x9a73c4,
        target: 0xf2f2f2,
        gap: 0x26262b,
    };

    pub fn for_theme(theme: Theme) -> Palette {
        match theme {
            Theme::Light => Palette::LIGHT,
            Theme::Dark => Palette::DARK,
        }
    }
}

/// Least contrast of a newsroom's accent against the widget's background: WCAG's minimum
/// for focus rings and rules (1.4.11).
pub const ACCENT_MIN_CONTRAST: f64 = 3.0;
/// Least colour difference (CIE ΔE) between a newsroom's accent and women's or men's
/// colour, so that the accent is never read as one of them.
pub const ACCENT_MIN_DIFFERENCE: f64 = 20.0;

/// Why a newsroom's accent (`--tendik-accent`, `0xRRGGBB`) cannot be used on `theme`, for
/// the console, or `None` when it can: it must stand out from the background, and it must
/// not look like the colours that mean women and men in every chart.
pub fn accent_refusal(accent: u32, theme: Theme) -> Option<String> {
    let p = Palette::for_theme(theme);
    let hex = format!("#{accent:06x}");
    let ratio = super::colour::contrast(accent, p.background);
    if ratio < ACCENT_MIN_CONTRAST {
        // Whole numbers only: float formatting would add kilobytes to every embed. Cut,
        // not rounded, so 2.96 never reads as the 3.0 it falls short of.
        let tenths = (ratio * 10.0) as u32;
        return Some(format!(
            "{hex} has a contrast of {}.{}:1 against the {} background, and at least 3:1 is needed",
            tenths / 10,
            tenths % 10,
            theme.name()
        ));
    }
    for (meaning, colour) in [("women", p.women), ("men", p.men)] {
        let de = super::colour::difference(accent, colour, None);
        if de < ACCENT_MIN_DIFFERENCE {
            return Some(format!(
                "{hex} is too close to the colour that means {meaning} in every Tendik chart (#{colour:06x}, ΔE {})",
                de.round() as u32
            ));
        }
    }
    None
}

pub(crate) fn color(rgb: u32) -> BackendColor {
    BackendColor {
        alpha: 1.0,
        rgb: ((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8),
    }
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn an_accent_must_stand_out_and_mean_nothing_else() {
        use super::{accent_refusal, Palette};
        // A newsroom's teal: fine on white; too dark on the dark background.
        assert_eq!(accent_refusal(0x006d77, Theme::Light), None);
        let dark = accent_refusal(0x006d77, Theme::Dark).expect("too dark on dark");
        assert!(dark.contains("against the dark background"), "{dark}");
        assert_eq!(accent_refusal(0x5fd3dc, Theme::Dark), None);
        let pale = accent_refusal(0xeeeeee, Theme::Light).expect("pale on white");
        assert!(
            pale.starts_with("#eeeeee has a contrast of 1.1:1"),
            "{pale}"
        );
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::for_theme(theme);
            for (colour, meaning) in [(p.women, "women"), (p.men, "men")] {
                let why = accent_refusal(colour, theme).expect("a category's colour");
                assert!(why.contains(&format!("means {meaning}")), "{why}");
            }
        }
    }

    #[test]
    fn auto_follows_what_the_host_page_declares() {
        for (declared, system_dark, want) in [
            ("", true, Theme::Light),
            ("normal", true, Theme::Light),
            ("light", true, Theme::Light),
            ("only light", true, Theme::Light),
            ("light dark", true, Theme::Dark),
            ("dark light", false, Theme::Light),
            ("Light  DARK", true, Theme::Dark),
            ("dark", false, Theme::Dark),
            ("only dark", false, Theme::Dark),
            ("darkish", true, Theme::Light),
        ] {
            assert_eq!(
                Theme::auto(declared, system_dark),
                want,
                "{declared:?} {system_dark}"
            );
        }
    }
}
