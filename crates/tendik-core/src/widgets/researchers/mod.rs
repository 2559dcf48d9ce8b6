//! Women in research and development: women's share of the research workforce as a
//! headline, then women researchers by field of science, with what the fields leave of
//! the stated total drawn as a hatched "not specified in the source" bar. A newsroom gives
//! its own share, total and fields (`data.rs`).

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::figure_text::{lower_first, num};
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::bars::{Bar, BarStyle, HBars, Scale};
use crate::chart::offset::Offset;
use crate::chart::recorder::Recorder;
use crate::chart::{text_width, wrap, ChartError, Frame, Label, Mark, Painter};
use crate::dataset::{breakdowns, expect};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Figure, Lang, Text3, Topic};

pub static SPEC: Spec = Spec {
    name: "researchers",
    topic: Topic::Science,
    embedded: |lang| Box::new(Researchers::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub label: String,
    pub count: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Researchers {
    /// Women's share of the whole research and development workforce, in per cent.
    pub share: f64,
    /// What the share is of, in words (the figure's label).
    pub share_label: String,
    /// Women researchers in all.
    pub total: f64,
    /// In the source's order.
    pub fields: Vec<Field>,
    /// Total minus the fields: women researchers the source assigns to no field.
    pub not_specified: f64,
    /// Provenance: the fields, then the remainder, then the total.
    pub common: Common,
}

const TOP: f64 = 6.0;
const BIG: f64 = 30.0;
const BIG_LINE: f64 = 38.0;
const LINE: f64 = 17.0;
const SUBHEAD_GAP: f64 = 8.0;
/// Bold type runs wider than the estimate for regular type.
const BOLD_WIDENING: f64 = 1.1;

fn field_name(id: &str) -> Option<Text3> {
    Some(match id {
        "women-researchers-natural-sciences" => text::NATURAL,
        "women-researchers-engineering" => text::ENGINEERING,
        "women-researchers-medicine" => text::MEDICINE,
        "women-researchers-agriculture" => text::AGRICULTURE,
        "women-researchers-social-sciences" => text::SOCIAL,
        "women-researchers-humanities" => text::HUMANITIES,
        _ => return None,
    })
}

impl Researchers {
    pub fn embedded(lang: Lang) -> Self {
        let total = expect("women-researchers");
        let share = expect("women-researchers-share");
        let breakdown = breakdowns()
            .iter()
            .find(|b| b.id == "women-researchers-by-field")
            .expect("breakdown women-researchers-by-field");
        let parts: Vec<&'static Figure> = breakdown.parts.iter().map(|id| expect(id)).collect();
        let remainder = breakdown.charted_remainder();
        let not_specified = remainder.not_specified;

        let mut notes = vec![fill(
            text::REMAINDER_NOTE.get(lang),
            &[
                ("sum", &format::number(remainder.sum_of_parts, lang)),
                ("total", &format::number(remainder.total, lang)),
                ("remainder", &format::number(not_specified, lang)),
                ("not_specified", i18n::NOT_SPECIFIED.get(lang)),
            ],
        )];
        notes.push(breakdown.note.get(lang).to_string());
        notes.push(fill(
            text::COUNTS_NOTE.get(lang),
            &[("share", &format::percent(num(share), lang))],
        ));

        let mut provenance: Vec<Provenance> =
            parts.iter().map(|f| Provenance::of(&[f], lang)).collect();
        let mut behind_rest = vec![total];
        behind_rest.extend(parts.iter().copied());
        provenance.push(Provenance::of(&behind_rest, lang));
        provenance.push(Provenance::of(&[total], lang));

        let mut cited = vec![share, total];
        cited.extend(parts.iter().copied());
        Researchers {
            share: num(share),
            share_label: share.label.get(lang).to_string(),
            total: remainder.total,
            fields: parts
                .iter()
                .map(|f| Field {
                    label: field_name(f.id)
                        .map_or(f.label.get(lang), |t| t.get(lang))
                        .to_string(),
                    count: num(f),
                })
                .collect(),
            not_specified,
            common: Common::embedded(&cited, notes, provenance, lang),
        }
    }

    /// The fields, then the hatched remainder when the fields fall short of the total.
    pub fn bars(&self, lang: Lang) -> HBars {
        let mut bars: Vec<Bar> = self
            .fields
            .iter()
            .map(|f| Bar {
                label: f.label.clone(),
                value: f.count,
                value_text: format::number(f.count, lang),
                style: BarStyle::Women,
            })
            .collect();
        if self.not_specified > 0.0 {
            bars.push(Bar {
                label: i18n::NOT_SPECIFIED.get(lang).to_string(),
                value: self.not_specified,
                value_text: format::number(self.not_specified, lang),
                style: BarStyle::Unspecified,
            });
        }
        HBars {
            bars,
            references: Vec::new(),
            scale: Scale::Count,
        }
    }

    fn headline(&self, lang: Lang) -> String {
        // Through `fill`, so a right-to-left label cannot move the figure.
        fill(
            "{label}: {share}",
            &[
                ("label", &self.share_label),
                ("share", &format::percent(self.share, lang)),
            ],
        )
    }

    fn share_lines(&self, frame: &Frame) -> Vec<String> {
        wrap(&self.share_label, frame.font_size(), frame.width - 4.0)
    }

    fn subhead_lines(&self, frame: &Frame) -> Vec<String> {
        let text = fill(
            text::SUBHEAD.get(frame.lang),
            &[("total", &format::number(self.total, frame.lang))],
        );
        wrap(&text, frame.font_size() * BOLD_WIDENING, frame.width - 4.0)
    }

    fn head_height(&self, frame: &Frame) -> f64 {
        TOP + BIG_LINE
            + self.share_lines(frame).len() as f64 * LINE
            + SUBHEAD_GAP
            + self.subhead_lines(frame).len() as f64 * LINE
            + 4.0
    }
}

impl Chart for Researchers {
    fn common(&self) -> &Common {
        &self.common
    }

    fn default_title(&self, lang: Lang) -> String {
        text::TITLE.get(lang).to_string()
    }

    fn takeaway(&self, lang: Lang) -> String {
        let top = self
            .fields
            .iter()
            .fold(None::<&Field>, |best, f| match best {
                Some(b) if b.count >= f.count => Some(b),
                _ => Some(f),
            });
        let template = if self.common.is_embedded() {
            text::TAKEAWAY
        } else {
            text::OWN_TAKEAWAY
        };
        fill(
            template.get(lang),
            &[
                ("share", &format::percent(self.share, lang)),
                ("total", &format::number(self.total, lang)),
                (
                    "field",
                    // A newsroom's label is set as written.
                    &top.map(|f| match self.common.is_embedded() {
                        true => lower_first(&f.label),
                        false => f.label.clone(),
                    })
                    .unwrap_or_default(),
                ),
                (
                    "count",
                    &top.map(|f| format::number(f.count, lang))
                        .unwrap_or_default(),
                ),
                ("remainder", &format::number(self.not_specified, lang)),
                ("share_label", &self.share_label),
            ],
        )
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn table(&self, lang: Lang) -> DataTable {
        let mut rows: Vec<Row> = self
            .fields
            .iter()
            .map(|f| Row::new(vec![Cell::text(&f.label), Cell::count(f.count)]))
            .collect();
        if self.not_specified > 0.0 {
            rows.push(Row::computed(
                vec![
                    Cell::text(i18n::NOT_SPECIFIED.get(lang)),
                    Cell::count(self.not_specified),
                ],
                i18n::COMPUTED_REMAINDER.get(lang),
            ));
        }
        rows.push(Row::new(vec![
            Cell::text(i18n::TOTAL.get(lang)),
            Cell::count(self.total),
        ]));
        DataTable::new(
            vec![
                text::FIELD_COLUMN.get(lang).to_string(),
                expect("women-researchers").label.get(lang).to_string(),
            ],
            rows,
        )
    }

    fn height(&self, frame: &Frame) -> f64 {
        self.head_height(frame) + self.bars(frame.lang).height(frame)
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let pal = frame.palette();
        let size = frame.font_size();
        let lang = frame.lang;
        let mut marks = Vec::new();
        {
            let mut p = Painter::new(&mut *db, frame.scale);
            p.fill(pal.background)?;
            let mut y = TOP;
            let big = format::percent(self.share, lang);
            p.text(
                &big,
                2.0,
                y + BIG_LINE / 2.0,
                Label::new(BIG, pal.text).bold(),
            )?;
            let big_w = text_width(&big, BIG) * BOLD_WIDENING;
            y += BIG_LINE;
            let share_lines = self.share_lines(frame);
            let block_bottom = y + share_lines.len() as f64 * LINE;
            for line in share_lines {
                p.text(&line, 2.0, y + LINE / 2.0, Label::new(size, pal.muted))?;
                y += LINE;
            }
            marks.push(Mark::new(
                self.headline(lang),
                (2.0, TOP),
                ((2.0 + big_w).min(frame.width - 2.0), block_bottom),
            ));
            y += SUBHEAD_GAP;
            for line in self.subhead_lines(frame) {
                p.text(
                    &line,
                    2.0,
                    y + LINE / 2.0,
                    Label::new(size, pal.text).bold(),
                )?;
                y += LINE;
            }
        }
        // The bars, drawn by the shared layout under the headline; whole backing pixels
        // so the marks sit exactly on them.
        let origin = (self.head_height(frame) * frame.scale).round();
        let top = origin / frame.scale;
        let bars = self.bars(lang);
        let bars_height = bars.height(frame);
        {
            let mut shifted = Offset::new(
                &mut *db,
                (0, origin as i32),
                frame.backing_size(bars_height),
            );
            let mut p = Painter::new(&mut shifted, frame.scale);
            for mut mark in bars.draw(&mut p, frame)? {
                mark.y += top;
                marks.push(mark);
            }
        }
        Painter::new(db, frame.scale).present()?;
        Ok(marks)
    }
}
