//! `institutions` from JSON, and back: women's share in each institution, with an
//! optional goal for a year. Parity is drawn either way.

use super::{Common, Goal, Institutions, Share};
use crate::i18n;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, goal_json, labelled_json};

const FIELDS: &[&str] = &["title", "source", "shares", "goal", "notes"];

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
    let goal = cx
        .optional(&obj, "goal")
        .map(|(v, path)| cx.goal_by_year(v, &path))
        .transpose()?
        .map(|(share, year)| Goal { share, year });
    let notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    Ok(Institutions {
        shares,
        goal,
        common: Common::newsroom(title, source, notes, data_notes),
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
        fields.push(("goal", goal_json(goal.share, &goal.year)));
    }
    document(&chart.common, fields)
}
