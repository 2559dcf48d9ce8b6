//! Peacekeeping composition: personnel deployed by role, men and women, against the goal
//! for women's participation. Zero women is drawn as a labelled mark, never a missing bar.

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::recorder::Recorder;
use crate::chart::{wrap, ChartError, Frame, Label, Mark, Painter};
use crate::dataset::expect;
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Lang, Topic, Value};

pub static SPEC: Spec = Spec {
    name: "peacekeeping",
    topic: Topic::PeaceSecurity,
    embedded: |lang| Box::new(Peacekeeping::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub label: String,
    pub men: f64,
    pub women: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Peacekeeping {
    pub roles: Vec<Role>,
    /// Goal for women's share in per cent.
    pub goal: Option<f64>,
    /// "September 2023", in the widget's language.
    pub date: String,
    /// All personnel as the source gives them, when it does: at least the roles' sum, more
    /// when some are not broken down by role.
    pub stated_total: Option<f64>,
    /// Provenance: the roles, then the total (embedded data only).
    pub common: Common,
}

const LINE: f64 = 17.0;
const BAR: f64 = 18.0;
const GAP: f64 = 14.0;
const STRIP_GAP: f64 = 26.0;
/// Room for the zero mark, which stands out above the strip.
const STRIP_LABEL_GAP: f64 = 7.0;

impl Peacekeeping {
    pub fn embedded(lang: Lang) -> Self {
        let total = expect("peacekeepers-total-2023");
        let men = expect("peacekeepers-men-2023");
        let roles = [
            expect("peacekeepers-experts-2023"),
            expect("peacekeepers-staff-officers-2023"),
            expect("peacekeepers-troops-2023"),
        ];
        let goal = expect("target-peacekeeping-women");
        let date = match total.value {
            Value::Number(_) => crate::model::Date::ymd(2023, 9, 0),
            Value::Date(d) => d,
        };
        let mut figures = vec![total, men];
        figures.extend(roles);
        figures.push(goal);
        Peacekeeping {
            // The source: "All of these were male", so each role's women count is 0.
            roles: roles
                .iter()
                .map(|f| Role {
                    label: f.label.get(lang).to_string(),
                    men: f.value.number().unwrap_or_default(),
                    women: 0.0,
                })
                .collect(),
            goal: goal.value.number(),
            date: format::date(&date, lang),
            stated_total: total.value.number(),
            common: Common::embedded(
                &figures,
                Vec::new(),
                roles
                    .iter()
                    .map(|r| Provenance::of(&[r, men], lang))
                    .chain([Provenance::of(&[total, men], lang)])
                    .collect(),
                lang,
            ),
        }
    }

    pub fn women(&self) -> f64 {
        self.roles.iter().map(|r| r.women).sum()
    }

    pub fn total(&self) -> f64 {
        self.roles.iter().map(|r| r.men + r.women).sum()
    }

    /// Women's share in per cent, at one decimal more than a whole number needs.
    pub fn women_share(&self) -> f64 {
        let total = self.total();
        if total == 0.0 {
            return 0.0;
        }
        (self.women() / total * 1000.0).round() / 10.0
    }

    fn counts(&self, role: &Role, lang: Lang) -> String {
        fill(
            text::COUNTS.get(lang),
            &[
                ("men", &format::number(role.men, lang)),
                ("women", &format::number(role.women, lang)),
            ],
        )
    }

    /// "Experts on mission — 5 men · 1 woman", the label isolated from the counts.
    fn role_text(&self, role: &Role, lang: Lang) -> String {
        fill(
            "{label} — {counts}",
            &[("label", &role.label), ("counts", &self.counts(role, lang))],
        )
    }

    fn strip_label(&self, lang: Lang) -> String {
        let mut label = format!(
            "{}: {}",
            text::SHARE_ROW.get(lang),
            format::percent(self.women_share(), lang)
        );
        if let Some(goal) = self.goal {
            label.push_str(" · ");
            label.push_str(&fill(
                text::GOAL_MARK.get(lang),
                &[("goal", &format::percent(goal, lang))],
            ));
        }
        label
    }

    fn role_lines(&self, role: &Role, frame: &Frame) -> Vec<String> {
        wrap(
            &self.role_text(role, frame.lang),
            frame.font_size(),
            frame.width - 4.0,
        )
    }
}

impl Chart for Peacekeeping {
    fn common(&self) -> &Common {
        &self.common
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn default_title(&self, lang: Lang) -> String {
        // Only the embedded data says who deployed the peacekeepers.
        let title = if self.common.is_embedded() {
            text::TITLE
        } else {
            text::TITLE_GENERIC
        };
        fill(title.get(lang), &[("date", &self.date)])
    }

    fn takeaway(&self, lang: Lang) -> String {
        let goal = self.goal.map(|g| format::percent(g, lang));
        let template = match (self.women() == 0.0, &goal) {
            (true, Some(_)) if self.common.is_embedded() => text::NONE,
            (true, Some(_)) => text::NONE_GENERIC,
            (true, None) => text::NONE_NO_GOAL,
            (false, Some(_)) => text::TAKEAWAY,
            (false, None) => text::TAKEAWAY_NO_GOAL,
        };
        fill(
            template.get(lang),
            &[
                ("women", &format::number(self.women(), lang)),
                ("total", &format::number(self.total(), lang)),
                ("share", &format::percent(self.women_share(), lang)),
                ("goal", goal.as_deref().unwrap_or_default()),
            ],
        )
    }

    fn table(&self, lang: Lang) -> DataTable {
        let mut rows: Vec<Row> = self
            .roles
            .iter()
            .map(|r| {
                Row::new(vec![
                    Cell::text(&r.label),
                    Cell::count(r.men),
                    Cell::count(r.women),
                ])
            })
            .collect();
        rows.push(Row::new(vec![
            Cell::text(i18n::TOTAL.get(lang)),
            Cell::count(self.total() - self.women()),
            Cell::count(self.women()),
        ]));
        DataTable::new(
            vec![
                text::ROLE.get(lang).to_string(),
                i18n::MEN.get(lang).to_string(),
                i18n::WOMEN.get(lang).to_string(),
            ],
            rows,
        )
    }

    fn file_tag(&self) -> Option<String> {
        Some(crate::case::ascii_slug(&self.date)).filter(|s| !s.is_empty())
    }

    fn height(&self, frame: &Frame) -> f64 {
        let strip = LINE + STRIP_LABEL_GAP + BAR + STRIP_GAP;
        let rows: f64 = self
            .roles
            .iter()
            .map(|r| self.role_lines(r, frame).len() as f64 * LINE + BAR + GAP)
            .sum();
        8.0 + strip + rows
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let mut marks = Vec::new();
        let pal = frame.palette();
        let lang = frame.lang;
        let size = frame.font_size();
        let mut p = Painter::new(db, frame.scale);
        p.fill(pal.background)?;
        let (x0, x1) = (4.0, frame.width - 8.0);

        // The share strip: 0–100% with the goal marked and women's share, even zero, visible.
        let mut y = 8.0;
        p.text(
            &self.strip_label(lang),
            x0,
            y + LINE / 2.0,
            Label::new(size, pal.text).bold(),
        )?;
        y += LINE + STRIP_LABEL_GAP;
        let share_x = |s: f64| x0 + (x1 - x0) * (s / 100.0).clamp(0.0, 1.0);
        p.rect(x0, y, x1, y + BAR, pal.men)?;
        if let Some(goal) = self.goal {
            let gx = share_x(goal);
            p.rect(x0, y, gx, y + BAR, pal.background)?;
            p.hatch(x0, y, gx, y + BAR, pal.women, 4.0)?;
            p.dashed((gx, y - 4.0), (gx, y + BAR + 4.0), pal.target, 2.0, 3.0)?;
        }
        p.rect(
            x0,
            y,
            share_x(self.women_share()).max(x0 + 3.0),
            y + BAR,
            pal.women,
        )?;
        p.rect(x0 - 1.0, y - 5.0, x0 + 3.0, y + BAR + 5.0, pal.women)?;
        // Each mark is the whole row, its words too: the tooltip above it hides neither.
        marks.push(Mark::new(self.strip_label(lang), (x0, 8.0), (x1, y + BAR)));
        y += BAR + STRIP_GAP;

        // One bar per role: men, then women; zero women is a labelled tick, not nothing.
        let max = self
            .roles
            .iter()
            .map(|r| r.men + r.women)
            .fold(0.0, f64::max)
            .max(1.0);
        let scale = |v: f64| (x1 - x0 - 70.0) * v / max;
        for role in &self.roles {
            let row_top = y;
            for line in self.role_lines(role, frame) {
                p.text(&line, x0, y + LINE / 2.0, Label::new(size, pal.text))?;
                y += LINE;
            }
            marks.push(Mark::new(
                self.role_text(role, lang),
                (x0, row_top),
                (x1, y + BAR),
            ));
            let xm = x0 + scale(role.men);
            p.rect(x0, y, xm, y + BAR, pal.men)?;
            let xw = xm + scale(role.women);
            if role.women > 0.0 {
                p.rect(xm, y, xw, y + BAR, pal.women)?;
            } else {
                p.rect(xm + 2.0, y - 3.0, xm + 5.0, y + BAR + 3.0, pal.women)?;
                p.text(
                    text::WOMEN_ZERO.get(lang),
                    xm + 10.0,
                    y + BAR / 2.0,
                    Label::new(size - 1.0, pal.women).bold(),
                )?;
            }
            y += BAR + GAP;
        }
        p.present()?;
        Ok(marks)
    }
}
