//! `quota-gauge` from JSON.

use super::{Body, Common, QuotaGauge};
use crate::i18n;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{MAX_BODIES, MAX_LABEL_CHARS};

const FIELDS: &[&str] = &["title", "source", "quota", "bodies", "notes"];
const BODY_FIELDS: &[&str] = &["label", "share"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<QuotaGauge> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let (v, path) = cx.required(&obj, "quota", i18n::TYPE_NUMBER)?;
    let quota = cx.percent_above_zero(v, &path)?;
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
        line: quota,
        goal_year: None,
        bodies,
        common: Common {
            title,
            notes,
            source,
            provenance: Vec::new(),
        },
    })
}
