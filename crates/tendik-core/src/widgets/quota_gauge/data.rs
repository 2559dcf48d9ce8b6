//! `quota-gauge` from JSON, and back.

use super::{Body, Common, QuotaGauge};
use crate::i18n;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, goal_json, labelled_json};

const FIELDS: &[&str] = &["title", "source", "quota", "goal", "bodies", "notes"];

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
            let (share, year) = cx.goal_by_year(v, &path)?;
            (share, Some(year))
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
    let data_notes = notes.len();
    Ok(QuotaGauge {
        line,
        goal_year,
        bodies,
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

/// What [`read`] reads back to the same gauge.
pub(super) fn write(gauge: &QuotaGauge) -> Json {
    let line = match &gauge.goal_year {
        Some(year) => ("goal", goal_json(gauge.line, year)),
        None => ("quota", Json::Number(gauge.line)),
    };
    let bodies = labelled_json(
        gauge.bodies.iter().map(|b| (b.label.as_str(), b.share)),
        "share",
    );
    document(&gauge.common, vec![line, ("bodies", bodies)])
}
