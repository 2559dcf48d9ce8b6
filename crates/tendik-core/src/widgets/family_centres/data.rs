//! `family-centres` from JSON, and back: every count of centres a newsroom's sources give,
//! in its order, each with where it is reported, its date if any, whether it is a lower
//! bound ("more than"), and its two parts if given (cities and rural areas, say), named
//! alike in every count so that the legend's colours mean one thing.

use super::{more_note, text, Common, Count, FamilyCentres, Part};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Lang, Qualifier, Unit};
use crate::userdata::fields::{plain, Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, labelled_json, MAX_BODIES, MAX_DATE_CHARS, MAX_LABEL_CHARS};

const FIELDS: &[&str] = &["title", "source", "counts", "notes"];
const COUNT_FIELDS: &[&str] = &["reported_in", "date", "count", "more_than", "parts"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<FamilyCentres> {
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let (v, path) = cx.required(&obj, "counts", i18n::TYPE_ARRAY)?;
    let mut counts: Vec<Count> = Vec::new();
    // The first count with parts, by its path: the legend names its parts.
    let mut named: Option<String> = None;
    for (i, item) in cx.array(v, &path, 1, MAX_BODIES)?.iter().enumerate() {
        let here = format!("{path}[{i}]");
        let row = cx.object(item, &here, COUNT_FIELDS)?;
        let (v, p) = cx.required(&row, "reported_in", i18n::TYPE_STRING)?;
        let reported_in = cx.text(v, &p, MAX_LABEL_CHARS)?;
        let date = cx
            .optional(&row, "date")
            .map(|(v, p)| cx.text(v, &p, MAX_DATE_CHARS))
            .transpose()?;
        let (v, p) = cx.required(&row, "count", i18n::TYPE_WHOLE_NUMBER)?;
        let value = cx.count(v, &p)?;
        let more_than = cx.flag(&row, "more_than")?;
        let parts = match cx.optional(&row, "parts") {
            None => Vec::new(),
            Some((v, p)) => {
                cx.array(v, &p, 2, 2)?;
                let (parts, p) =
                    cx.labelled(&row, "parts", "count", Ctx::count, i18n::TYPE_WHOLE_NUMBER)?;
                let sum: f64 = parts.iter().map(|(_, n)| n).sum();
                if sum != value {
                    let message = fill(
                        text::ERR_PARTS_SUM.get(cx.lang),
                        &[("sum", &plain(sum)), ("total", &plain(value))],
                    );
                    return Err(cx.error(&p, message));
                }
                if let Some(first) = &named {
                    let keys = counts.iter().find(|c| !c.parts.is_empty());
                    let keys: Vec<&str> = keys
                        .map(|c| c.parts.iter().map(|p| p.key.as_str()).collect())
                        .unwrap_or_default();
                    let given: Vec<&str> = parts.iter().map(|(l, _)| l.as_str()).collect();
                    if given != keys {
                        let message = fill(
                            text::ERR_PARTS_NAMES.get(cx.lang),
                            &[("first", first), ("a", keys[0]), ("b", keys[1])],
                        );
                        return Err(cx.error(&p, message));
                    }
                }
                named.get_or_insert(p);
                parts
                    .into_iter()
                    .map(|(key, n)| Part {
                        text: fill(
                            text::OWN_PART.get(cx.lang),
                            &[("label", &key), ("n", &format::number(n, cx.lang))],
                        ),
                        key,
                        value: n,
                    })
                    .collect()
            }
        };
        let qualifier = match more_than {
            true => Qualifier::MoreThan,
            false => Qualifier::Exact,
        };
        counts.push(Count {
            dated: date.is_some(),
            when: date.unwrap_or_else(|| text::DATE_NOT_GIVEN.get(cx.lang).to_string()),
            date: None,
            source: reported_in,
            value,
            value_text: format::amount(value, Unit::Count, qualifier, cx.lang),
            qualifier,
            lower_bound: more_than,
            parts,
        });
    }
    let mut notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    for c in counts.iter().filter(|c| c.lower_bound) {
        notes.push(more_note(&c.value_text, c.value, cx.lang));
    }
    Ok(FamilyCentres {
        counts,
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

/// What [`read`] reads back to the same chart: an undated count has no `date`.
pub(super) fn write(chart: &FamilyCentres) -> Json {
    let counts = chart
        .counts
        .iter()
        .map(|c| {
            let mut members = vec![("reported_in", Json::String(c.source.clone()))];
            if c.dated {
                members.push(("date", Json::String(c.when.clone())));
            }
            members.push(("count", Json::Number(c.value)));
            if c.lower_bound {
                members.push(("more_than", Json::Bool(true)));
            }
            if !c.parts.is_empty() {
                let parts = c.parts.iter().map(|p| (p.key.as_str(), p.value));
                members.push(("parts", labelled_json(parts, "count")));
            }
            Json::object(members)
        })
        .collect();
    document(&chart.common, vec![("counts", Json::Array(counts))])
}

/// A newsroom's takeaway: its one count with when and where, or the range its counts span.
pub(super) fn takeaway(chart: &FamilyCentres, lang: Lang) -> String {
    let by_value = |a: &&Count, b: &&Count| a.value.total_cmp(&b.value);
    let (Some(low), Some(high)) = (
        chart.counts.iter().min_by(by_value),
        chart.counts.iter().max_by(by_value),
    ) else {
        return String::new();
    };
    if let [only] = chart.counts.as_slice() {
        return fill(
            text::OWN_ONE.get(lang),
            &[
                ("value", &only.value_text),
                ("when", &only.when),
                ("source", &only.source),
            ],
        );
    }
    if chart.counts.iter().all(|c| c.value_text == low.value_text) {
        return fill(text::OWN_SAME.get(lang), &[("value", &low.value_text)]);
    }
    fill(
        text::OWN_RANGE.get(lang),
        &[("low", &low.value_text), ("high", &high.value_text)],
    )
}
