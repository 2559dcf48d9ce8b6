//! `researchers` from JSON, and back: women's share of the research workforce, and women
//! researchers by field against their total. Fields adding up to less than the total leave
//! a hatched "not specified" bar and a note; more than the total is an error.

use super::{text, Common, Field, Researchers};
use crate::format;
use crate::i18n::{self, fill};
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, labelled_json, MAX_LABEL_CHARS};

const FIELDS: &[&str] = &[
    "title",
    "source",
    "share",
    "share_label",
    "total",
    "fields",
    "notes",
];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<Researchers> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let (v, p) = cx.required(&obj, "share", i18n::TYPE_NUMBER)?;
    let share = cx.percent(v, &p)?;
    let (v, p) = cx.required(&obj, "share_label", i18n::TYPE_STRING)?;
    let share_label = cx.text(v, &p, MAX_LABEL_CHARS)?;
    let (v, total_path) = cx.required(&obj, "total", i18n::TYPE_WHOLE_NUMBER)?;
    let total = cx.count(v, &total_path)?;
    let (fields, path) =
        cx.labelled(&obj, "fields", "count", Ctx::count, i18n::TYPE_WHOLE_NUMBER)?;
    let fields: Vec<Field> = fields
        .into_iter()
        .map(|(label, count)| Field { label, count })
        .collect();
    // Whole numbers up to 1e12, at most 12 of them: the sum is exact.
    let sum: f64 = fields.iter().map(|f| f.count).sum();
    cx.within_total(sum, total, &path, text::ERR_FIELDS_OVER_TOTAL)?;
    let mut notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    let not_specified = total - sum;
    if not_specified > 0.0 {
        notes.push(fill(
            text::OWN_REMAINDER_NOTE.get(cx.lang),
            &[
                ("sum", &format::number(sum, cx.lang)),
                ("total", &format::number(total, cx.lang)),
                ("remainder", &format::number(not_specified, cx.lang)),
                ("not_specified", i18n::NOT_SPECIFIED.get(cx.lang)),
            ],
        ));
    }
    notes.push(text::OWN_COUNTS_NOTE.get(cx.lang).to_string());
    Ok(Researchers {
        share,
        share_label,
        total,
        fields,
        not_specified,
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

/// What [`read`] reads back to the same chart.
pub(super) fn write(chart: &Researchers) -> Json {
    let fields = labelled_json(
        chart.fields.iter().map(|f| (f.label.as_str(), f.count)),
        "count",
    );
    document(
        &chart.common,
        vec![
            ("share", Json::Number(chart.share)),
            ("share_label", Json::String(chart.share_label.clone())),
            ("total", Json::Number(chart.total)),
            ("fields", fields),
        ],
    )
}
