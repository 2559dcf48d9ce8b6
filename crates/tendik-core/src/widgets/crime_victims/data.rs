//! `crime-victims` from JSON, and back: a newsroom's victims in groups (by age, by region,
//! …), each group under its heading, all on one scale. No total: what the bars count is
//! the newsroom's to say in its headings.

use super::{Common, CrimeVictims, Group, Part};
use crate::i18n;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, labelled_json};

const FIELDS: &[&str] = &["title", "source", "groups", "notes"];
const GROUP_FIELDS: &[&str] = &["heading", "victims"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<CrimeVictims> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let groups = cx.headed(&obj, "groups", GROUP_FIELDS, |group| {
        let (victims, _) = cx.labelled(
            group,
            "victims",
            "count",
            Ctx::count,
            i18n::TYPE_WHOLE_NUMBER,
        )?;
        Ok(victims)
    })?;
    let groups = groups
        .into_iter()
        .map(|(heading, victims)| Group {
            heading,
            parts: victims
                .into_iter()
                .map(|(label, victims)| Part { label, victims })
                .collect(),
            provenance: Vec::new(),
        })
        .collect();
    let notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    Ok(CrimeVictims {
        groups,
        crimes: None,
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

/// What [`read`] reads back to the same chart. The embedded data's count of crimes is
/// left out: it is not a count of victims, and the schema has none.
pub(super) fn write(chart: &CrimeVictims) -> Json {
    let groups = chart
        .groups
        .iter()
        .map(|g| {
            Json::object([
                ("heading", Json::String(g.heading.clone())),
                (
                    "victims",
                    labelled_json(
                        g.parts.iter().map(|p| (p.label.as_str(), p.victims)),
                        "count",
                    ),
                ),
            ])
        })
        .collect();
    document(&chart.common, vec![("groups", Json::Array(groups))])
}
