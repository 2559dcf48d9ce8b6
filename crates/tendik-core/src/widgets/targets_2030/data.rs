//! `targets-2030` from JSON, and back: a newsroom's targets for a year, each either a
//! share in per cent (a floor, a ceiling or exact, with its latest figure if there is one)
//! or a count to reduce by a per cent from a baseline year, with its latest figure.

use super::{change_text, text, Common, Gauge, Target, Targets2030};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Lang, Qualifier};
use crate::userdata::fields::{Ctx, Obj, Res};
use crate::userdata::json::Json;
use crate::userdata::{document, echo, MAX_BODIES, MAX_DATE_CHARS, MAX_LABEL_CHARS};
use crate::widgets::figure_text::percent_at;

const FIELDS: &[&str] = &["title", "source", "year", "targets", "notes"];
const TARGET_FIELDS: &[&str] = &[
    "label",
    "goal",
    "direction",
    "latest",
    "latest_when",
    "reduction",
    "base_year",
    "base",
    "latest_year",
];

pub(super) fn read(tree: &Json, cx: &Ctx) -> Res<Targets2030> {
    let lang = cx.lang;
    let obj = cx.object(tree, "", FIELDS)?;
    let title = cx.title(&obj)?;
    let source = cx.source(&obj)?;
    let (v, p) = cx.required(&obj, "year", i18n::TYPE_YEAR)?;
    let year = cx.year(v, &p)? as u16;
    let (v, path) = cx.required(&obj, "targets", i18n::TYPE_ARRAY)?;
    let mut targets = Vec::new();
    for (i, item) in cx.array(v, &path, 1, MAX_BODIES)?.iter().enumerate() {
        let here = format!("{path}[{i}]");
        let t = cx.object(item, &here, TARGET_FIELDS)?;
        let (v, p) = cx.required(&t, "label", i18n::TYPE_STRING)?;
        let name = cx.text(v, &p, MAX_LABEL_CHARS)?;
        let target = match (cx.optional(&t, "goal"), cx.optional(&t, "reduction")) {
            (Some(_), Some((_, p))) => {
                return Err(cx.error(&p, text::ERR_ONE_KIND.get(lang).into()))
            }
            (None, None) => return Err(cx.error(&here, text::ERR_NO_KIND.get(lang).into())),
            (Some((v, p)), None) => share_target(cx, &t, name, v, &p)?,
            (None, Some((v, p))) => count_target(cx, &t, name, v, &p)?,
        };
        targets.push(target);
    }
    let mut notes = cx.notes(&obj)?;
    let data_notes = notes.len();
    let shares = targets
        .iter()
        .filter(|t| matches!(t.gauge, Gauge::Share { .. }))
        .count();
    if targets.len() > 1 && shares > 0 {
        let max = format::percent(Targets2030::share_max(&targets), lang);
        notes.push(fill(text::OWN_SCALE_NOTE.get(lang), &[("max", &max)]));
    }
    Ok(Targets2030 {
        takeaway: takeaway(&targets, year, lang),
        year,
        targets,
        common: Common::newsroom(title, source, notes, data_notes),
    })
}

fn share_target(cx: &Ctx, t: &Obj<'_>, name: String, v: &Json, p: &str) -> Res<Target> {
    let lang = cx.lang;
    let goal = cx.percent(v, p)?;
    let at = match cx.optional(t, "direction") {
        None => Qualifier::Exact,
        Some((v, p)) => match cx.text(v, &p, MAX_LABEL_CHARS)?.as_str() {
            "at least" => Qualifier::AtLeast,
            "at most" => Qualifier::AtMost,
            other => {
                let value = format!("\"{}\"", echo(other));
                let message = fill(text::ERR_DIRECTION.get(lang), &[("value", &value)]);
                return Err(cx.error(&p, message));
            }
        },
    };
    let value = cx
        .optional(t, "latest")
        .map(|(v, p)| cx.percent(v, &p))
        .transpose()?;
    let when = cx
        .optional(t, "latest_when")
        .map(|(v, p)| cx.text(v, &p, MAX_DATE_CHARS))
        .transpose()?;
    let latest_text = match (value, &when) {
        (None, _) => i18n::NO_FIGURE_IN_THE_SOURCES.get(lang).to_string(),
        (Some(v), None) => format::percent(v, lang),
        (Some(v), Some(w)) => fill(
            text::OWN_SHARE_VALUE.get(lang),
            &[("share", &format::percent(v, lang)), ("when", w)],
        ),
    };
    Ok(Target {
        name,
        goal_text: percent_at(goal, at, lang),
        latest_text,
        latest_when: when,
        gauge: Gauge::Share {
            goal,
            value,
            at,
            women: false,
        },
    })
}

fn count_target(cx: &Ctx, t: &Obj<'_>, name: String, v: &Json, p: &str) -> Res<Target> {
    let lang = cx.lang;
    let reduction = cx.percent_above_zero(v, p)?;
    let (v, p) = cx.required(t, "base_year", i18n::TYPE_YEAR)?;
    let base_year = cx.year(v, &p)?;
    let (v, p) = cx.required(t, "base", i18n::TYPE_WHOLE_NUMBER)?;
    let base = cx.count(v, &p)?;
    let (v, p) = cx.required(t, "latest_year", i18n::TYPE_YEAR)?;
    let latest_year = cx.year(v, &p)?;
    if latest_year < base_year {
        let message = fill(
            text::ERR_LATEST_BEFORE_BASE.get(lang),
            &[
                ("latest", &latest_year.to_string()),
                ("base", &base_year.to_string()),
            ],
        );
        return Err(cx.error(&p, message));
    }
    let (v, p) = cx.required(t, "latest", i18n::TYPE_WHOLE_NUMBER)?;
    let latest = cx.count(v, &p)?;
    let latest_text = change_text(
        [text::OWN_FEWER, text::OWN_MORE],
        (base_year, base),
        (latest_year, latest),
        lang,
    );
    Ok(Target {
        name,
        goal_text: fill(
            text::REDUCTION.get(lang),
            &[("value", &format::percent(reduction, lang))],
        ),
        latest_text,
        latest_when: None,
        gauge: Gauge::Count {
            base_year,
            base,
            latest_year,
            latest,
            reduction,
            goal: format::difference(base, base * reduction / 100.0),
        },
    })
}

/// Each target with a latest figure beside its goal; no verdict words.
fn takeaway(targets: &[Target], year: u16, lang: Lang) -> String {
    let items: Vec<String> = targets
        .iter()
        .filter_map(|t| match t.gauge {
            Gauge::Share { value: None, .. } => None,
            Gauge::Share { value: Some(v), .. } => Some(fill(
                text::OWN_TK_SHARE.get(lang),
                &[
                    ("label", &t.name),
                    ("value", &format::percent(v, lang)),
                    ("target", &t.goal_text),
                ],
            )),
            Gauge::Count {
                base_year,
                base,
                latest_year,
                latest,
                ..
            } => {
                let change = format::difference(base, latest);
                let template = match change >= 0.0 {
                    true => text::OWN_TK_FELL,
                    false => text::OWN_TK_ROSE,
                };
                Some(fill(
                    template.get(lang),
                    &[
                        ("label", &t.name),
                        ("fall", &format::number(change.abs(), lang)),
                        ("first_year", &base_year.to_string()),
                        ("last_year", &latest_year.to_string()),
                        ("reduction", &t.goal_text),
                    ],
                ))
            }
        })
        .collect();
    let year = year.to_string();
    if items.is_empty() {
        return fill(text::OWN_TK_NONE.get(lang), &[("year", &year)]);
    }
    fill(
        text::TAKEAWAY.get(lang),
        &[("year", &year), ("items", &items.join("; "))],
    )
}

/// What [`read`] reads back to the same chart. The embedded latest figures' wording
/// (which paragraph, what the figure counts) stays with the embedded chart.
pub(super) fn write(chart: &Targets2030) -> Json {
    let targets = chart
        .targets
        .iter()
        .map(|t| {
            let mut members = vec![("label", Json::String(t.name.clone()))];
            match t.gauge {
                Gauge::Share {
                    goal, value, at, ..
                } => {
                    members.push(("goal", Json::Number(goal)));
                    match at {
                        Qualifier::AtLeast | Qualifier::MoreThan => {
                            members.push(("direction", Json::String("at least".into())))
                        }
                        Qualifier::AtMost => {
                            members.push(("direction", Json::String("at most".into())))
                        }
                        Qualifier::Exact | Qualifier::About => {}
                    }
                    if let Some(v) = value {
                        members.push(("latest", Json::Number(v)));
                    }
                    if let Some(when) = &t.latest_when {
                        members.push(("latest_when", Json::String(when.clone())));
                    }
                }
                Gauge::Count {
                    base_year,
                    base,
                    latest_year,
                    latest,
                    reduction,
                    ..
                } => {
                    members.push(("reduction", Json::Number(reduction)));
                    members.push(("base_year", Json::Number(f64::from(base_year))));
                    members.push(("base", Json::Number(base)));
                    members.push(("latest_year", Json::Number(f64::from(latest_year))));
                    members.push(("latest", Json::Number(latest)));
                }
            }
            Json::object(members)
        })
        .collect();
    document(
        &chart.common,
        vec![
            ("year", Json::Number(f64::from(chart.year))),
            ("targets", Json::Array(targets)),
        ],
    )
}
