//! `institutions` from JSON, and back: women's share in each institution, with an
//! optional goal for a year. Parity is drawn either way.

use super::{Common, Goal, Institutions, Share};
use crate::i18n;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, labelled_json, number_or_text};

const FIELDS: &[&str] = &["title", "source", "shares", "goal", "notes"];
const GOAL_FIELDS: &[&str] = &["share", "year"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<Institutions> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let (shares, _) = cx.labelled(&obj, "shares", "share", Ctx::percent, i18n::TYPE_NUMBER)?;
    let shares = shares
        .into_iter()
        .map(|(label, share)| Share {
            body: None,
            label,
            share,
        })
        .collect();
    let goal = match cx.optional(&obj, "goal") {
        None => None,
        Some((v, path)) => {
            let goal = cx.object(v, &path, GOAL_FIELDS)?;
            let (v, p) = cx.required(&goal, "share", i18n::TYPE_NUMBER)?;
            let share = cx.percent_above_zero(v, &p)?;
            let (v, p) = cx.required(&goal, "year", i18n::TYPE_YEAR)?;
            let year = cx.year(v, &p)?.to_string();
            Some(Goal { share, year })
        }
    };
    let notes = cx.notes(&obj)?;
    Ok(Institutions {
        shares,
        goal,
        common: Common {
            title,
            data_notes: notes.len(),
            notes,
            source,
            provenance: Vec::new(),
        },
    })
}

/// What [`read`] reads back to the same chart.
pub(super) fn write(chart: &Institutions) -> Json {
    let shares = labelled_json(
        chart.shares.iter().map(|s| (s.label.as_str(), s.share)),
        "share",
    );
    let mut fields = vec![("shares", shares)];
    if let Some(goal) = &chart.goal {
        fields.push((
            "goal",
            Json::object([
                ("share", Json::Number(goal.share)),
                ("year", number_or_text(&goal.year)),
            ]),
        ));
    }
    document(&chart.common, fields)
}
