//! Several groups of horizontal bars in one chart, one under another, each under its own
//! heading: for widgets that break one total down in more than one way (a switch inside
//! a canvas is not possible). Each group is a [`HBars`] drawn through an [`Offset`], so
//! the bar layout is the shared one.

use plotters_backend::DrawingBackend;

use crate::chart::bars::{Bar, BarStyle, HBars, Reference, Scale};
use crate::chart::offset::Offset;
use crate::chart::{wrap, ChartError, Frame, Heading, Label, Mark, Painter};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::Lang;

/// One group: a bold heading, an optional muted caption under it, then the bars.
#[derive(Clone, Debug, PartialEq)]
pub struct BarGroup {
    pub heading: String,
    /// A line the reader must see next to the bars (e.g. parts that do not add up).
    pub caption: Option<String>,
    pub bars: HBars,
}

const TOP: f64 = 4.0;
const CAPTION: f64 = 16.0;
const GROUP_GAP: f64 = 20.0;

impl BarGroup {
    fn heading(&self, frame: &Frame) -> Heading {
        Heading::new(&self.heading, frame)
    }

    fn caption_lines(&self, frame: &Frame) -> Vec<String> {
        self.caption
            .as_deref()
            .map(|c| wrap(c, frame.font_size() - 1.0, frame.width - 4.0))
            .unwrap_or_default()
    }

    fn head_height(&self, frame: &Frame) -> f64 {
        self.heading(frame).height() + self.caption_lines(frame).len() as f64 * CAPTION
    }
}

/// Chart height for `groups` at this frame's width.
pub fn height(groups: &[BarGroup], frame: &Frame) -> f64 {
    let inner: f64 = groups
        .iter()
        .map(|g| g.head_height(frame) + g.bars.height(frame))
        .sum();
    TOP + inner + GROUP_GAP * groups.len().saturating_sub(1) as f64
}

/// Draws every group; returns one mark per bar, its label prefixed with the group's
/// heading so "Not specified in the source" says which breakdown it belongs to.
pub fn draw<DB: DrawingBackend>(
    groups: &[BarGroup],
    db: &mut DB,
    frame: &Frame,
) -> Result<Vec<Mark>, ChartError> {
    let pal = frame.palette();
    let size = frame.font_size();
    Painter::new(&mut *db, frame.scale).fill(pal.background)?;
    let mut marks = Vec::new();
    let mut y = TOP;
    for group in groups {
        let group_top = y;
        {
            let mut p = Painter::new(&mut *db, frame.scale);
            y = group.heading(frame).draw(&mut p, frame, y)?;
            for line in group.caption_lines(frame) {
                p.text(
                    &line,
                    2.0,
                    y + CAPTION / 2.0,
                    Label::new(size - 1.0, pal.muted),
                )?;
                y += CAPTION;
            }
        }
        // The offset is whole backing pixels; marks use the same, so they sit on the bars.
        let origin = (y * frame.scale).round();
        let top = origin / frame.scale;
        let bars_height = group.bars.height(frame);
        let mut shifted = Offset::new(
            &mut *db,
            (0, origin as i32),
            frame.backing_size(bars_height),
        );
        let mut p = Painter::new(&mut shifted, frame.scale);
        for (i, mut mark) in group.bars.draw(&mut p, frame)?.into_iter().enumerate() {
            mark.y += top;
            if i == 0 {
                // The first row's mark takes the heading too: its tooltip names the group
                // and must not cover the heading that does.
                mark.height += mark.y - group_top;
                mark.y = group_top;
            }
            mark.label = fill(
                "{heading}: {bar}",
                &[("heading", &group.heading), ("bar", &mark.label)],
            );
            marks.push(mark);
        }
        y = top + bars_height + GROUP_GAP;
    }
    Painter::new(db, frame.scale).present()?;
    Ok(marks)
}

/// A count bar: "Women — 1,445".
pub fn count_bar(label: String, value: f64, style: BarStyle, lang: Lang) -> Bar {
    Bar {
        label,
        value,
        value_text: format::number(value, lang),
        style,
    }
}

/// Parity is half, by definition: not a figure from the sources, so not in the dataset.
pub const PARITY: f64 = 50.0;

/// A bar of women's share: "Judges — 53%".
pub fn share_bar(label: String, share: f64, lang: Lang) -> Bar {
    Bar {
        label,
        value: share,
        value_text: format::percent(share, lang),
        style: BarStyle::Women,
    }
}

/// The dashed line at parity: "Parity 50%".
pub fn parity(lang: Lang) -> Reference {
    Reference {
        value: PARITY,
        label: fill(
            i18n::PARITY_MARK.get(lang),
            &[("parity", &format::percent(PARITY, lang))],
        ),
    }
}

/// The hatched bar for what a breakdown's parts leave of its total.
pub fn unspecified_bar(value: f64, lang: Lang) -> Bar {
    count_bar(
        i18n::NOT_SPECIFIED.get(lang).to_string(),
        value,
        BarStyle::Unspecified,
        lang,
    )
}

/// Count bars drawn against a dashed line at their total, so every group of a breakdown
/// runs on the same scale and the parts visibly fall short of (or reach) the total.
pub fn against_total(bars: Vec<Bar>, total: f64, total_label: String) -> HBars {
    HBars {
        bars,
        references: vec![Reference {
            value: total,
            label: total_label,
        }],
        scale: Scale::Count,
    }
}

/// The data table's columns for grouped bars: the group, the bar, the number.
pub fn table_columns(lang: Lang) -> Vec<String> {
    vec![
        i18n::GROUPS_SECTION_COLUMN.get(lang).to_string(),
        String::new(),
        i18n::GROUPS_NUMBER_COLUMN.get(lang).to_string(),
    ]
}
