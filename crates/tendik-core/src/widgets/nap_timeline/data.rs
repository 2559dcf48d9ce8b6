//! `nap-timeline` from JSON, and back: a newsroom's plans (each over its years, open-ended
//! without an end year), dated events (some marked as context, not part of a plan), and
//! optionally one plan's objectives as a numbered list.

use super::{event_label, text, Common, Event, Item, NapTimeline, Period};
use crate::i18n::{self, fill};
use crate::model::Lang;
use crate::userdata::fields::{Ctx, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, MAX_BODIES, MAX_LABEL_CHARS, MAX_TITLE_CHARS};

const FIELDS: &[&str] = &["title", "source", "plans", "events", "objectives", "notes"];
const PLAN_FIELDS: &[&str] = &["label", "start", "end"];
const EVENT_FIELDS: &[&str] = &["date", "label", "context"];
const OBJECTIVES_FIELDS: &[&str] = &["heading", "period", "items"];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<NapTimeline> {
    let lang = cx.lang;
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let mut items = Vec::new();
    let (v, path) = cx.required(&obj, "plans", i18n::TYPE_ARRAY)?;
    for (i, item) in cx.array(v, &path, 1, MAX_BODIES)?.iter().enumerate() {
        let plan = cx.object(item, &format!("{path}[{i}]"), PLAN_FIELDS)?;
        let (v, p) = cx.required(&plan, "label", i18n::TYPE_STRING)?;
        let name = cx.text(v, &p, MAX_TITLE_CHARS)?;
        let (v, p) = cx.required(&plan, "start", i18n::TYPE_YEAR)?;
        let start = cx.year(v, &p)? as u16;
        let end = match cx.optional(&plan, "end") {
            None => None,
            Some((v, p)) => {
                let end = cx.year(v, &p)? as u16;
                if end < start {
                    let message = fill(
                        text::ERR_END_BEFORE_START.get(lang),
                        &[("end", &end.to_string()), ("start", &start.to_string())],
                    );
                    return Err(cx.error(&p, message));
                }
                Some(end)
            }
        };
        items.push(Item::Period(own_period(start, end, name, lang)));
    }
    if cx.optional(&obj, "events").is_some() {
        let (v, path) = cx.required(&obj, "events", i18n::TYPE_ARRAY)?;
        for (i, item) in cx.array(v, &path, 1, MAX_BODIES)?.iter().enumerate() {
            let event = cx.object(item, &format!("{path}[{i}]"), EVENT_FIELDS)?;
            let (v, p) = cx.required(&event, "date", i18n::TYPE_DATE)?;
            let date = cx.date(v, &p)?;
            let (v, p) = cx.required(&event, "label", i18n::TYPE_STRING)?;
            let text = cx.text(v, &p, MAX_TITLE_CHARS)?;
            let context = cx.flag(&event, "context")?;
            items.push(Item::Event(Event {
                date,
                label: event_label(&date, &text, lang),
                text,
                context,
            }));
        }
    }
    crate::order::sort_by_key(&mut items, |item| item.start());

    let (mut head, mut period, mut objectives) = (String::new(), String::new(), Vec::new());
    if let Some((v, path)) = cx.optional(&obj, "objectives") {
        let o = cx.object(v, &path, OBJECTIVES_FIELDS)?;
        let (v, p) = cx.required(&o, "heading", i18n::TYPE_STRING)?;
        head = cx.text(v, &p, MAX_TITLE_CHARS)?;
        if let Some((v, p)) = cx.optional(&o, "period") {
            period = cx.text(v, &p, MAX_LABEL_CHARS)?;
        }
        let (v, p) = cx.required(&o, "items", i18n::TYPE_ARRAY)?;
        for (i, item) in cx.array(v, &p, 1, MAX_BODIES)?.iter().enumerate() {
            objectives.push(cx.text(item, &format!("{p}[{i}]"), MAX_TITLE_CHARS)?);
        }
    }

    let mut notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    let events = || {
        items.iter().filter_map(|i| match i {
            Item::Event(e) => Some(e),
            Item::Period(_) => None,
        })
    };
    if events().any(|e| e.context) {
        notes.push(text::OWN_CONTEXT_NOTE.get(lang).to_string());
    }
    if events().any(|e| e.date.month == 0) {
        notes.push(text::PLACEMENT_NOTE.get(lang).to_string());
    }
    if items
        .iter()
        .any(|i| matches!(i, Item::Period(p) if p.end.is_none()))
    {
        notes.push(text::OWN_OPEN_NOTE.get(lang).to_string());
    }
    Ok(NapTimeline {
        takeaway: takeaway(&items, lang),
        items,
        objectives_head: head,
        objectives,
        objectives_period: period,
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

/// A newsroom's plan, its years added to its name unless the name gives them.
fn own_period(start: u16, end: Option<u16>, name: String, lang: Lang) -> Period {
    let mut period = Period {
        start,
        end,
        label: String::new(),
        name,
    };
    let years = period.years(lang);
    // The embedded plans' names give their years, with a word joiner after the dash.
    period.label = match period.name.replace('\u{2060}', "").contains(&years) {
        true => period.name.clone(),
        false => fill(
            text::OWN_PLAN.get(lang),
            &[("label", &period.name), ("period", &years)],
        ),
    };
    period
}

/// One plan and its years, or how many plans and when the first and latest begin.
fn takeaway(items: &[Item], lang: Lang) -> String {
    let plans: Vec<&Period> = items
        .iter()
        .filter_map(|i| match i {
            Item::Period(p) => Some(p),
            Item::Event(_) => None,
        })
        .collect();
    match plans.as_slice() {
        [] => String::new(),
        [only] => fill(
            text::OWN_ONE_PLAN.get(lang),
            &[("label", &only.name), ("period", &only.years(lang))],
        ),
        [first, .., last] => fill(
            text::OWN_PLANS.get(lang),
            &[
                ("n", &plans.len().to_string()),
                ("first", &first.start.to_string()),
                ("last", &last.start.to_string()),
            ],
        ),
    }
}

/// What [`read`] reads back to the same chart.
pub(super) fn write(chart: &NapTimeline) -> Json {
    let mut plans = Vec::new();
    let mut events = Vec::new();
    for item in &chart.items {
        match item {
            Item::Period(p) => {
                let mut members = vec![
                    ("label", Json::String(p.name.clone())),
                    ("start", Json::Number(f64::from(p.start))),
                ];
                if let Some(end) = p.end {
                    members.push(("end", Json::Number(f64::from(end))));
                }
                plans.push(Json::object(members));
            }
            Item::Event(e) => {
                let mut members = vec![
                    ("date", Json::String(e.date.iso())),
                    ("label", Json::String(e.text.clone())),
                ];
                if e.context {
                    members.push(("context", Json::Bool(true)));
                }
                events.push(Json::object(members));
            }
        }
    }
    let mut fields = vec![("plans", Json::Array(plans))];
    if !events.is_empty() {
        fields.push(("events", Json::Array(events)));
    }
    if !chart.objectives.is_empty() {
        let mut members = vec![("heading", Json::String(chart.objectives_head.clone()))];
        if !chart.objectives_period.is_empty() {
            members.push(("period", Json::String(chart.objectives_period.clone())));
        }
        let items = chart.objectives.iter().cloned().map(Json::String).collect();
        members.push(("items", Json::Array(items)));
        fields.push(("objectives", Json::object(members)));
    }
    document(&chart.common, fields)
}
