//! `violence-trend` from JSON: years sorted, missing years filled in as gaps (never
//! interpolated), and the widget's standard notes added; and back to JSON.

use super::{Common, Goal, Point, ViolenceTrend};
use crate::i18n::{self, fill};
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, MAX_POINTS};

const FIELDS: &[&str] = &["title", "source", "points", "goal", "notes"];
const POINT_FIELDS: &[&str] = &["year", "value"];
const GOAL_FIELDS: &[&str] = &["reduction", "base_year", "base_year_assumed"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<ViolenceTrend> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;

    let (v, points_path) = cx.required(&obj, "points", i18n::TYPE_ARRAY)?;
    let mut given: Vec<(Point, usize)> = Vec::new();
    for (i, item) in cx.array(v, &points_path, 1, MAX_POINTS)?.iter().enumerate() {
        let at = format!("{points_path}[{i}]");
        let point = cx.object(item, &at, POINT_FIELDS)?;
        let (v, year_path) = cx.required(&point, "year", i18n::TYPE_YEAR)?;
        let year = cx.year(v, &year_path)?;
        let (v, p) = cx.required(&point, "value", i18n::TYPE_NUMBER_OR_NULL)?;
        let value = cx.value_or_null(v, &p)?;
        if let Some((_, j)) = given.iter().find(|(q, _)| q.year == year) {
            return Err(cx.error(
                &year_path,
                fill(
                    i18n::ERR_DUPLICATE_YEAR.get(cx.lang),
                    &[
                        ("year", &year.to_string()),
                        ("other", &format!("{points_path}[{j}]")),
                    ],
                ),
            ));
        }
        given.push((Point { year, value }, i));
    }
    crate::order::sort_by_key(&mut given, |(p, _)| p.year);
    // `array` asked for at least one point.
    let first = given.first().map_or(0, |(p, _)| p.year);
    let last = given.last().map_or(0, |(p, _)| p.year);
    let span = (last - first) as usize + 1;
    if span > MAX_POINTS {
        return Err(cx.error(
            &points_path,
            fill(
                i18n::ERR_YEAR_SPAN.get(cx.lang),
                &[
                    ("first", &first.to_string()),
                    ("last", &last.to_string()),
                    ("span", &span.to_string()),
                    ("max", &MAX_POINTS.to_string()),
                ],
            ),
        ));
    }
    if given.iter().all(|(p, _)| p.value.is_none()) {
        return Err(cx.error(&points_path, i18n::ERR_NO_FIGURES.get(cx.lang).into()));
    }
    let points: Vec<Point> = (first..=last)
        .map(|year| Point {
            year,
            value: given
                .iter()
                .find(|(p, _)| p.year == year)
                .and_then(|(p, _)| p.value),
        })
        .collect();

    let goal = match cx.optional(&obj, "goal") {
        None => None,
        Some((v, path)) => {
            let g = cx.object(v, &path, GOAL_FIELDS)?;
            let (v, p) = cx.required(&g, "reduction", i18n::TYPE_NUMBER)?;
            let reduction = cx.percent_above_zero(v, &p)?;
            let (v, p) = cx.required(&g, "base_year", i18n::TYPE_YEAR)?;
            let base_year = cx.year(v, &p)?;
            match given.iter().find(|(q, _)| q.year == base_year) {
                None => {
                    return Err(cx.error(
                        &p,
                        fill(
                            i18n::ERR_BASE_YEAR_NOT_IN_POINTS.get(cx.lang),
                            &[("year", &base_year.to_string())],
                        ),
                    ))
                }
                Some((q, _)) if q.value.is_none() => {
                    return Err(cx.error(
                        &p,
                        fill(
                            i18n::ERR_BASE_YEAR_NO_FIGURE.get(cx.lang),
                            &[("year", &base_year.to_string())],
                        ),
                    ))
                }
                Some(_) => Some(Goal {
                    reduction,
                    base_year,
                    // Stated unless the data says its source names none.
                    baseline_assumed: match cx.optional(&g, "base_year_assumed") {
                        Some((v, p)) => cx.boolean(v, &p)?,
                        None => false,
                    },
                }),
            }
        }
    };
    let notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    Ok(ViolenceTrend {
        points,
        goal,
        common: Common::newsroom(title, source, notes, data_notes),
    }
    .with_standard_notes(cx.lang))
}

/// What [`read`] reads back to the same trend: every year, a gap as `null`.
pub(super) fn write(trend: &ViolenceTrend) -> Json {
    let points = trend
        .points
        .iter()
        .map(|p| {
            Json::object([
                ("year", Json::Number(f64::from(p.year))),
                ("value", p.value.map_or(Json::Null, Json::Number)),
            ])
        })
        .collect();
    let mut fields = vec![("points", Json::Array(points))];
    if let Some(goal) = trend.goal {
        let mut g = vec![
            ("reduction", Json::Number(goal.reduction)),
            ("base_year", Json::Number(f64::from(goal.base_year))),
        ];
        if goal.baseline_assumed {
            g.push(("base_year_assumed", Json::Bool(true)));
        }
        fields.push(("goal", Json::object(g)));
    }
    document(&trend.common, fields)
}
