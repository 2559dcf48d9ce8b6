//! `crisis-centres` from JSON, and back: a newsroom's counts of centres (several, if its
//! sources disagree or count different centres) and, per period, the people aided against
//! their total. Parts adding up to less than the total leave a hatched "not specified" bar;
//! more than the total is an error.

use super::{text, Aid, AidPart, CentreCount, Common, CrisisCentres, Who};
use crate::format;
use crate::i18n::{self, fill};
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, labelled_json};
use crate::widgets::figure_text;
use crate::Lang;

const FIELDS: &[&str] = &["title", "source", "centres", "aid", "notes"];
const AID_FIELDS: &[&str] = &["heading", "total", "parts"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<CrisisCentres> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let (centres, _) = cx.labelled(
        &obj,
        "centres",
        "count",
        Ctx::count,
        i18n::TYPE_WHOLE_NUMBER,
    )?;
    let aid = match cx.optional(&obj, "aid") {
        None => Vec::new(),
        Some(_) => cx.headed(&obj, "aid", AID_FIELDS, |period| {
            let (v, total_path) = cx.required(period, "total", i18n::TYPE_WHOLE_NUMBER)?;
            let total = cx.count(v, &total_path)?;
            let (parts, path) = cx.labelled(
                period,
                "parts",
                "count",
                Ctx::count,
                i18n::TYPE_WHOLE_NUMBER,
            )?;
            // Whole numbers up to 1e12, at most 12 of them: the sum is exact.
            let sum: f64 = parts.iter().map(|(_, n)| n).sum();
            cx.within_total(sum, total, &path, text::ERR_PARTS_OVER_TOTAL)?;
            Ok((total, parts))
        })?,
    };
    let notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    Ok(CrisisCentres {
        counts: centres
            .into_iter()
            .map(|(label, centres)| CentreCount { label, centres })
            .collect(),
        counts_provenance: Vec::new(),
        aid: aid
            .into_iter()
            .map(|(heading, (total, parts))| {
                let sum: f64 = parts.iter().map(|(_, n)| n).sum();
                Aid {
                    year: String::new(),
                    heading,
                    total,
                    parts: parts
                        .into_iter()
                        .map(|(label, people)| AidPart {
                            who: Who::Other,
                            label,
                            people,
                        })
                        .collect(),
                    not_specified: total - sum,
                    provenance: Vec::new(),
                }
            })
            .collect(),
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

/// What [`read`] reads back to the same chart.
pub(super) fn write(chart: &CrisisCentres) -> Json {
    let centres = labelled_json(
        chart.counts.iter().map(|c| (c.label.as_str(), c.centres)),
        "count",
    );
    let mut fields = vec![("centres", centres)];
    if !chart.aid.is_empty() {
        let aid = chart
            .aid
            .iter()
            .map(|a| {
                let parts = a.parts.iter().map(|p| (p.label.as_str(), p.people));
                Json::object([
                    ("heading", Json::String(a.heading.clone())),
                    ("total", Json::Number(a.total)),
                    ("parts", labelled_json(parts, "count")),
                ])
            })
            .collect();
        fields.push(("aid", Json::Array(aid)));
    }
    document(&chart.common, fields)
}

/// A newsroom's takeaway: its counts of centres as given, then the people aided in its
/// first period.
pub(super) fn takeaway(chart: &CrisisCentres, lang: Lang) -> String {
    let counts: Vec<String> = chart
        .counts
        .iter()
        .map(|c| {
            let n = format::number(c.centres, lang);
            fill(text::OWN_COUNT.get(lang), &[("n", &n), ("label", &c.label)])
        })
        .collect();
    let mut out = fill(
        text::OWN_CENTRES.get(lang),
        &[("counts", &figure_text::list_and(&counts, lang))],
    );
    if let Some(a) = chart.aid.first() {
        out.push(' ');
        out.push_str(&fill(
            text::OWN_AID.get(lang),
            &[
                ("heading", &a.heading),
                ("total", &format::number(a.total, lang)),
            ],
        ));
    }
    out
}
