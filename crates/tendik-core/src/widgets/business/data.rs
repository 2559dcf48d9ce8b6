//! `business` from JSON, and back: groups of women's shares, each under its heading, and
//! optionally counts that share no scale (programmes, people, projects), each with the
//! sums of money it comes with.

use super::{Business, Common, Count, Share, ShareGroup};
use crate::i18n;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, labelled_json, MAX_LABEL_CHARS, MAX_TITLE_CHARS};

const FIELDS: &[&str] = &["title", "source", "groups", "counts", "notes"];
const GROUP_FIELDS: &[&str] = &["heading", "shares"];
const COUNTS_FIELDS: &[&str] = &["heading", "items"];
const COUNT_FIELDS: &[&str] = &["label", "count", "more_than", "tenge", "usd"];
/// Counts under one heading: more would not fit a phone's screen beside the bars.
pub const MAX_COUNTS: usize = 6;

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<Business> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let groups = cx.headed(&obj, "groups", GROUP_FIELDS, |group| {
        let (shares, _) = cx.labelled(group, "shares", "share", Ctx::percent, i18n::TYPE_NUMBER)?;
        Ok(shares)
    })?;
    let (mut counts_heading, mut counts) = (String::new(), Vec::new());
    if let Some((v, path)) = cx.optional(&obj, "counts") {
        let o = cx.object(v, &path, COUNTS_FIELDS)?;
        let (v, p) = cx.required(&o, "heading", i18n::TYPE_STRING)?;
        counts_heading = cx.text(v, &p, MAX_TITLE_CHARS)?;
        let (v, p) = cx.required(&o, "items", i18n::TYPE_ARRAY)?;
        for (i, item) in cx.array(v, &p, 1, MAX_COUNTS)?.iter().enumerate() {
            let row = cx.object(item, &format!("{p}[{i}]"), COUNT_FIELDS)?;
            let (v, lp) = cx.required(&row, "label", i18n::TYPE_STRING)?;
            let label = cx.text(v, &lp, MAX_LABEL_CHARS)?;
            let (v, cp) = cx.required(&row, "count", i18n::TYPE_WHOLE_NUMBER)?;
            let count = cx.count(v, &cp)?;
            let money = |key: &str| match cx.optional(&row, key) {
                Some((v, mp)) => cx.value_or_null(v, &mp),
                None => Ok(None),
            };
            counts.push(Count {
                label,
                count,
                more_than: cx.flag(&row, "more_than")?,
                tenge: money("tenge")?,
                usd: money("usd")?,
            });
        }
    }
    let notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    Ok(Business {
        groups: groups
            .into_iter()
            .map(|(heading, shares)| ShareGroup {
                heading,
                caption: None,
                shares: shares
                    .into_iter()
                    .map(|(label, share)| Share { label, share })
                    .collect(),
            })
            .collect(),
        counts_heading,
        counts,
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

/// What [`read`] reads back to the same chart.
pub(super) fn write(chart: &Business) -> Json {
    let groups = chart
        .groups
        .iter()
        .map(|g| {
            let shares = g.shares.iter().map(|s| (s.label.as_str(), s.share));
            Json::object([
                ("heading", Json::String(g.heading.clone())),
                ("shares", labelled_json(shares, "share")),
            ])
        })
        .collect();
    let mut fields = vec![("groups", Json::Array(groups))];
    if !chart.counts.is_empty() {
        let items = chart
            .counts
            .iter()
            .map(|c| {
                let mut members = vec![
                    ("label", Json::String(c.label.clone())),
                    ("count", Json::Number(c.count)),
                ];
                if c.more_than {
                    members.push(("more_than", Json::Bool(true)));
                }
                for (key, value) in [("tenge", c.tenge), ("usd", c.usd)] {
                    if let Some(v) = value {
                        members.push((key, Json::Number(v)));
                    }
                }
                Json::object(members)
            })
            .collect();
        fields.push((
            "counts",
            Json::object([
                ("heading", Json::String(chart.counts_heading.clone())),
                ("items", Json::Array(items)),
            ]),
        ));
    }
    document(&chart.common, fields)
}
