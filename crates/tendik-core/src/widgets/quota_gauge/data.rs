//! `quota-gauge` from JSON, and back.

use super::{Body, Common, QuotaGauge};
use crate::i18n;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, labelled_json, number_or_text};

const FIELDS: &[&str] = &["title", "source", "quota", "goal", "bodies", "notes"];
const GOAL_FIELDS: &[&str] = &["share", "year"];

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
    let (bodies, _) = cx.labelled(&obj, "bodies", "share", Ctx::percent, i18n::TYPE_NUMBER)?;
    let bodies = bodies
        .into_iter()
        .map(|(label, share)| Body { label, share })
        .collect();
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
    let bodies = labelled_json(
        gauge.bodies.iter().map(|b| (b.label.as_str(), b.share)),
        "share",
    );
    document(&gauge.common, vec![line, ("bodies", bodies)])
}
