//! Colour arithmetic for the accessibility checks: WCAG contrast, colour-vision-deficiency
//! simulation (Machado, Oliveira & Fernandes 2009, full severity) and CIELAB differences.

fn channel_to_linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn linear_rgb(rgb: u32) -> [f64; 3] {
    [
        channel_to_linear((rgb >> 16) as u8),
        channel_to_linear((rgb >> 8) as u8),
        channel_to_linear(rgb as u8),
    ]
}

fn luminance_of_linear([r, g, b]: [f64; 3]) -> f64 {
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// WCAG 2 relative luminance.
pub fn luminance(rgb: u32) -> f64 {
    luminance_of_linear(linear_rgb(rgb))
}

/// WCAG 2 contrast ratio, 1–21.
pub fn contrast(a: u32, b: u32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The common colour-vision deficiencies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deficiency {
    Protanopia,
    Deuteranopia,
    Tritanopia,
    /// No colour at all: luminance only.
    Achromatopsia,
}

impl Deficiency {
    pub const ALL: [Deficiency; 4] = [
        Deficiency::Protanopia,
        Deficiency::Deuteranopia,
        Deficiency::Tritanopia,
        Deficiency::Achromatopsia,
    ];
}

/// The colour as seen with `deficiency`, in linear RGB.
fn simulate_linear(rgb: u32, deficiency: Deficiency) -> [f64; 3] {
    let c = linear_rgb(rgb);
    let m: [[f64; 3]; 3] = match deficiency {
        Deficiency::Protanopia => [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
        Deficiency::Deuteranopia => [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
        Deficiency::Tritanopia => [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
        Deficiency::Achromatopsia => {
            let y = luminance_of_linear(c);
            return [y, y, y];
        }
    };
    let mut out = [0.0; 3];
    for (o, row) in out.iter_mut().zip(m) {
        *o = (row[0] * c[0] + row[1] * c[1] + row[2] * c[2]).clamp(0.0, 1.0);
    }
    out
}

fn lab_of_linear([r, g, b]: [f64; 3]) -> [f64; 3] {
    // sRGB (D65) → XYZ → CIELAB.
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIE76 colour difference (ΔE*ab) between two colours as seen with `deficiency`
/// (`None`: typical vision). About 2.3 is just noticeable; 20+ is clearly different.
pub fn difference(a: u32, b: u32, deficiency: Option<Deficiency>) -> f64 {
    let see = |rgb| match deficiency {
        Some(d) => simulate_linear(rgb, d),
        None => linear_rgb(rgb),
    };
    let (la, lb) = (lab_of_linear(see(a)), lab_of_linear(see(b)));
    ((la[0] - lb[0]).powi(2) + (la[1] - lb[1]).powi(2) + (la[2] - lb[2]).powi(2)).sqrt()
}
