//! `peacekeeping` from JSON. Personnel the roles leave out of a given total are named in a
//! note; roles adding up to more than the total are an error. And back to JSON.

use super::{text, Common, Peacekeeping, Role};
use crate::format;
use crate::i18n::{self, fill};
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, MAX_DATE_CHARS, MAX_LABEL_CHARS, MAX_ROLES};

const FIELDS: &[&str] = &["title", "source", "date", "roles", "total", "goal", "notes"];
const ROLE_FIELDS: &[&str] = &["label", "men", "women"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<Peacekeeping> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let (v, path) = cx.required(&obj, "date", i18n::TYPE_STRING)?;
    let date = cx.text(v, &path, MAX_DATE_CHARS)?;

    let (v, roles_path) = cx.required(&obj, "roles", i18n::TYPE_ARRAY)?;
    let mut roles = Vec::new();
    for (i, item) in cx.array(v, &roles_path, 1, MAX_ROLES)?.iter().enumerate() {
        let role = cx.object(item, &format!("{roles_path}[{i}]"), ROLE_FIELDS)?;
        let (v, p) = cx.required(&role, "label", i18n::TYPE_STRING)?;
        let label = cx.text(v, &p, MAX_LABEL_CHARS)?;
        let (v, p) = cx.required(&role, "men", i18n::TYPE_WHOLE_NUMBER)?;
        let men = cx.count(v, &p)?;
        let (v, p) = cx.required(&role, "women", i18n::TYPE_WHOLE_NUMBER)?;
        let women = cx.count(v, &p)?;
        roles.push(Role { label, men, women });
    }
    // Whole numbers up to 1e12, at most 24 of them: the sum is exact.
    let sum: f64 = roles.iter().map(|r| r.men + r.women).sum();
    if sum == 0.0 {
        return Err(cx.error(&roles_path, i18n::ERR_NO_PERSONNEL.get(cx.lang).into()));
    }

    let total = match cx.optional(&obj, "total") {
        None => None,
        Some((v, path)) => {
            let total = cx.count(v, &path)?;
            cx.within_total(sum, total, &path, i18n::ERR_PARTS_OVER_TOTAL)?;
            Some(total)
        }
    };
    let goal = cx
        .optional(&obj, "goal")
        .map(|(v, path)| cx.percent(v, &path))
        .transpose()?;
    let mut notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    if let Some(total) = total.filter(|t| *t > sum) {
        notes.push(fill(
            text::UNBROKEN_NOTE.get(cx.lang),
            &[
                ("n", &format::number(total - sum, cx.lang)),
                ("total", &format::number(total, cx.lang)),
            ],
        ));
    }
    Ok(Peacekeeping {
        roles,
        goal,
        date,
        stated_total: total,
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

/// What [`read`] reads back to the same chart.
pub(super) fn write(chart: &Peacekeeping) -> Json {
    let roles = chart
        .roles
        .iter()
        .map(|r| {
            Json::object([
                ("label", Json::String(r.label.clone())),
                ("men", Json::Number(r.men)),
                ("women", Json::Number(r.women)),
            ])
        })
        .collect();
    let mut fields = vec![
        ("date", Json::String(chart.date.clone())),
        ("roles", Json::Array(roles)),
    ];
    if let Some(total) = chart.stated_total {
        fields.push(("total", Json::Number(total)));
    }
    if let Some(goal) = chart.goal {
        fields.push(("goal", Json::Number(goal)));
    }
    document(&chart.common, fields)
}
