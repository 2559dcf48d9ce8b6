/// Round-number axis ticks from 0 to at least `max`.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    pub step: f64,
    pub max: f64,
    /// Decimals the step needs (0 for 20,000; 1 for 2.5).
    pub decimals: usize,
}

impl Ticks {
    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        let n = (self.max / self.step).round() as usize;
        (0..=n).map(move |i| i as f64 * self.step)
    }
}

/// Picks a step of 1, 2, 2.5 or 5 × 10ⁿ giving about `target` intervals up to `max`.
pub fn nice_ticks(max: f64, target: usize) -> Ticks {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let raw = max / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let intervals = (max / step - 1e-9).ceil().max(1.0);
    let decimals = crate::format::decimals_of(step);
    Ticks {
        step,
        max: intervals * step,
        decimals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        let t = nice_ticks(115_526.0, 4);
        assert_eq!(t.step, 50_000.0);
        assert_eq!(t.max, 150_000.0);
        assert_eq!(t.decimals, 0);
        assert_eq!(
            t.values().collect::<Vec<_>>(),
            vec![0.0, 50_000.0, 100_000.0, 150_000.0]
        );

        let t = nice_ticks(30.0, 3);
        assert_eq!((t.step, t.max), (10.0, 30.0));

        let t = nice_ticks(19.0, 4);
        assert_eq!((t.step, t.max), (5.0, 20.0));

        let t = nice_ticks(0.9, 4);
        assert_eq!((t.step, t.decimals), (0.25, 2));
    }

    #[test]
    fn degenerate_input_still_gives_an_axis() {
        for max in [0.0, -3.0, f64::NAN, f64::INFINITY] {
            let t = nice_ticks(max, 4);
            assert!(t.max > 0.0 && t.step > 0.0);
        }
    }
}
