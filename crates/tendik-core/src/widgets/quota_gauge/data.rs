//! `quota-gauge` from JSON, and back.

use super::{Body, Common, QuotaGauge};
use crate::i18n;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, number_or_text, MAX_BODIES, MAX_LABEL_CHARS};

const FIELDS: &[&str] = &["title", "source", "quota", "goal", "bodies", "notes"];
const GOAL_FIELDS: &[&str] = &["share", "year"];
const BODY_FIELDS: &[&str] = &["label", "share"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<QuotaGauge> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    // The line is a quota, or a goal for a year (as on the embedded data): one of them.
    let (line, goal_year) = match cx.optional(&obj, "goal") {
        Some((v, path)) => {
            if cx.optional(&obj, "quota").is_some() {
                return Err(cx.error(&path, i18n::ERR_QUOTA_AND_GOAL.get(cx.lang).into()));
            }
            let goal = cx.object(v, &path, GOAL_FIELDS)?;
            let (v, p) = cx.required(&goal, "share", i18n::TYPE_NUMBER)?;
            let share = cx.percent_above_zero(v, &p)?;
            let (v, p) = cx.required(&goal, "year", i18n::TYPE_YEAR)?;
            (share, Some(cx.year(v, &p)?.to_string()))
        }
        None => {
            let (v, path) = cx.required(&obj, "quota", i18n::TYPE_NUMBER)?;
            (cx.percent_above_zero(v, &path)?, None)
        }
    };
    let (v, path) = cx.required(&obj, "bodies", i18n::TYPE_ARRAY)?;
    let mut bodies = Vec::new();
    for (i, item) in cx.array(v, &path, 1, MAX_BODIES)?.iter().enumerate() {
        let body = cx.object(item, &format!("{path}[{i}]"), BODY_FIELDS)?;
        let (v, p) = cx.required(&body, "label", i18n::TYPE_STRING)?;
        let label = cx.text(v, &p, MAX_LABEL_CHARS)?;
        let (v, p) = cx.required(&body, "share", i18n::TYPE_NUMBER)?;
        let share = cx.percent(v, &p)?;
        bodies.push(Body { label, share });
    }
    let notes = cx.notes(&obj)?;
    Ok(QuotaGauge {
        line,
        goal_year,
        bodies,
        common: Common {
            title,
            data_notes: notes.len(),
            notes,
            source,
            provenance: Vec::new(),
        },
    })
}

/// What [`read`] reads back to the same gauge.
pub(super) fn write(gauge: &QuotaGauge) -> Json {
    let line = match &gauge.goal_year {
        Some(year) => (
            "goal",
            Json::object([
                ("share", Json::Number(gauge.line)),
                ("year", number_or_text(year)),
            ]),
        ),
        None => ("quota", Json::Number(gauge.line)),
    };
    let bodies = gauge
        .bodies
        .iter()
        .map(|b| {
            Json::object([
                ("label", Json::String(b.label.clone())),
                ("share", Json::Number(b.share)),
            ])
        })
        .collect();
    document(&gauge.common, vec![line, ("bodies", Json::Array(bodies))])
}
