//! `crime-victims` from JSON, and back: a newsroom's victims in groups (by age, by region,
//! …), each group under its heading, all on one scale. No total: what the bars count is
//! the newsroom's to say in its headings.

use super::{text, Common, CrimeVictims, Group, Part};
use crate::i18n::{self, fill};
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, labelled_json, MAX_GROUPS, MAX_TITLE_CHARS};

const FIELDS: &[&str] = &["title", "source", "groups", "notes"];
const GROUP_FIELDS: &[&str] = &["heading", "victims"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<CrimeVictims> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let (v, path) = cx.required(&obj, "groups", i18n::TYPE_ARRAY)?;
    let mut groups: Vec<Group> = Vec::new();
    for (i, item) in cx.array(v, &path, 1, MAX_GROUPS)?.iter().enumerate() {
        let group = cx.object(item, &format!("{path}[{i}]"), GROUP_FIELDS)?;
        let (v, p) = cx.required(&group, "heading", i18n::TYPE_STRING)?;
        let heading = cx.text(v, &p, MAX_TITLE_CHARS)?;
        if groups.iter().any(|g| g.heading == heading) {
            return Err(cx.error(
                &p,
                fill(
                    text::ERR_GROUP_HEADINGS.get(cx.lang),
                    &[("heading", &heading)],
                ),
            ));
        }
        let (victims, _) = cx.labelled(
            &group,
            "victims",
            "count",
            Ctx::count,
            i18n::TYPE_WHOLE_NUMBER,
        )?;
        groups.push(Group {
            heading,
            parts: victims
                .into_iter()
                .map(|(label, victims)| Part { label, victims })
                .collect(),
            provenance: Vec::new(),
        });
    }
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
