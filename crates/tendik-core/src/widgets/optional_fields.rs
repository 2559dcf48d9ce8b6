//! Issue 19, defect 5: a newsroom may leave out any optional field, and every sentence must
//! still read whole. Each widget that reads newsroom data is rendered from a document with
//! every optional field, then with every subset of them left out (a member removed, or a
//! number that may be `null` set to `null`), in all three languages; no text it shows or
//! draws may carry a placeholder dash, an unfilled or empty slot, or a doubled space.

use super::WidgetKind;
use crate::chart::Theme;
use crate::testing::{frame, plain, render};
use crate::userdata::{accepts_data, dataset_only, parse_widget, widget_from_json, Json};
use crate::Lang;

/// Documents with every optional field present. Several per widget where a required field
/// changes which sentence is used (peacekeeping with and without women).
fn full_documents(name: &str) -> Vec<&'static str> {
    match name {
        "quota-gauge" => vec![
            r#"{"title": "Women on the city council", "source": "City council, list of members, March 2024",
                "quota": 30, "bodies": [{"label": "City council", "share": 23.1}, {"label": "District councils", "share": 31}],
                "notes": ["Members elected in 2023."]}"#,
        ],
        "violence-trend" => vec![
            r#"{"title": "Calls to the hotline", "source": "Regional police, annual reports",
                "points": [{"year": 2020, "value": 1200}, {"year": 2021, "value": 1100}, {"year": 2022, "value": 950}, {"year": 2023, "value": 900}],
                "goal": {"reduction": 20, "base_year": 2020}, "notes": ["Counted by calendar year."]}"#,
        ],
        "peacekeeping" => vec![
            r#"{"title": "Our officers abroad", "source": "Ministry of Defence, reply of 2 May 2024", "date": "March 2024",
                "roles": [{"label": "Staff officers", "men": 10, "women": 2}, {"label": "Troops", "men": 20, "women": 0}],
                "total": 40, "goal": 15, "notes": ["Rotations of six months."]}"#,
            r#"{"title": "Our officers abroad", "source": "Ministry of Defence, reply of 2 May 2024", "date": "March 2024",
                "roles": [{"label": "Staff officers", "men": 10, "women": 0}, {"label": "Troops", "men": 1, "women": 0}],
                "total": 12, "goal": 15, "notes": ["Rotations of six months."]}"#,
        ],
        "institutions" => vec![
            r#"{"title": "Women in the region's institutions", "source": "Regional statistics office, 2024",
                "shares": [{"label": "Council", "share": 21.5}, {"label": "Judges", "share": 48.2}],
                "goal": {"share": 30, "year": 2030}, "notes": ["Staff in post on 1 January."]}"#,
            r#"{"title": "Women in the region's institutions", "source": "Regional statistics office, 2024",
                "shares": [{"label": "Council", "share": 31}, {"label": "Judges", "share": 48.2}],
                "goal": {"share": 30, "year": 2030}, "notes": ["Staff in post on 1 January."]}"#,
            r#"{"title": "Women on the council", "source": "Regional statistics office, 2024",
                "shares": [{"label": "Council", "share": 21.5}], "goal": {"share": 30, "year": 2030}, "notes": ["Seats filled in May."]}"#,
        ],
        "researchers" => vec![
            r#"{"title": "Women researchers at the university", "source": "University staff report, 2024",
                "share": 46.5, "share_label": "Women's share of all researchers", "total": 300,
                "fields": [{"label": "Medicine", "count": 150}, {"label": "Engineering", "count": 64}],
                "notes": ["Contracts of a year or more."]}"#,
            r#"{"title": "Women researchers at the university", "source": "University staff report, 2024",
                "share": 46.5, "share_label": "Women's share of all researchers", "total": 214,
                "fields": [{"label": "Medicine", "count": 150}, {"label": "Engineering", "count": 64}],
                "notes": ["Contracts of a year or more."]}"#,
        ],
        "crime-victims" => vec![
            r#"{"title": "Victims in the region", "source": "Regional police, annual report 2024",
                "groups": [{"heading": "By age", "victims": [{"label": "Under 18", "count": 96}, {"label": "18 and over", "count": 412}]},
                           {"heading": "By place", "victims": [{"label": "At home", "count": 874}]}],
                "notes": ["Counted once a year."]}"#,
        ],
        "business" => vec![
            r#"{"title": "Women in the region's economy", "source": "Regional chamber of commerce, 2025",
                "groups": [{"heading": "Registered firms", "shares": [{"label": "Owned by women", "share": 36.5}, {"label": "Run by women", "share": 52}]}],
                "counts": {"heading": "Programmes", "items": [{"label": "Loans", "count": 2400, "more_than": true, "tenge": 6000000000, "usd": 12000000}]},
                "notes": ["Firms registered on 1 January."]}"#,
            r#"{"title": "Women in the region's economy", "source": "Regional chamber of commerce, 2025",
                "groups": [{"heading": "Registered firms", "shares": [{"label": "Owned by women", "share": 60}]}],
                "counts": {"heading": "Programmes", "items": [{"label": "Loans", "count": 24, "tenge": 1234567}]},
                "notes": ["Firms registered on 1 January."]}"#,
        ],
        "crisis-centres" => vec![
            r#"{"title": "Crisis centres in the region", "source": "Regional akimat, report 2024",
                "centres": [{"label": "Run by the akimat", "count": 4}, {"label": "Run by NGOs", "count": 3}],
                "aid": [{"heading": "Aided in 2024", "total": 1210, "parts": [{"label": "Women", "count": 640}, {"label": "Children", "count": 520}]},
                        {"heading": "Aided in 2025", "total": 300, "parts": [{"label": "Women", "count": 300}]}],
                "notes": ["Counted once a year."]}"#,
        ],
        "family-centres" => vec![
            r#"{"title": "Family support centres in the region", "source": "Regional akimat, reports",
                "counts": [{"reported_in": "Akimat report", "date": "January 2024", "count": 14, "more_than": true,
                            "parts": [{"label": "In towns", "count": 6}, {"label": "In villages", "count": 8}]},
                           {"reported_in": "Newspaper", "date": "March 2024", "count": 15, "more_than": false}],
                "notes": ["Centres open on the date given."]}"#,
        ],
        "nap-timeline" => vec![
            r#"{"title": "Our action plans", "source": "Ministry of foreign affairs, plans",
                "plans": [{"label": "First plan", "start": 2016, "end": 2020}, {"label": "Second plan", "start": 2023, "end": 2027}],
                "events": [{"date": "2021", "label": "Review", "context": false}, {"date": "2022-03", "label": "Quota law", "context": true}],
                "objectives": {"heading": "The second plan's objectives", "period": "2023–2027", "items": ["Peace talks", "Protection"]},
                "notes": ["Activities as each plan lists them."]}"#,
        ],
        "targets-2030" => vec![
            r#"{"title": "Our targets", "source": "Regional programme, 2024 report", "year": 2030,
                "targets": [{"label": "Women heads of department", "goal": 35, "direction": "at least", "latest": 27.4, "latest_when": "2024"},
                            {"label": "Violence reported", "reduction": 30, "base_year": 2021, "base": 1840, "latest_year": 2024, "latest": 1512}],
                "notes": ["Heads of departments."]}"#,
        ],
        _ => Vec::new(),
    }
}

/// Where in a document: object members by key, array items by index.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// What leaving a field out means: the member removed, or the number made `null`.
#[derive(Clone, Debug)]
enum Omit {
    Remove(Vec<Step>),
    Null(Vec<Step>),
}

fn candidates(tree: &Json, at: &mut Vec<Step>, out: &mut Vec<Omit>) {
    match tree {
        Json::Object(members) => {
            for (key, value) in members {
                at.push(Step::Key(key.clone()));
                out.push(Omit::Remove(at.clone()));
                candidates(value, at, out);
                at.pop();
            }
        }
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(Step::Index(i));
                candidates(item, at, out);
                at.pop();
            }
        }
        Json::Number(_) => out.push(Omit::Null(at.clone())),
        _ => {}
    }
}

fn apply(tree: &mut Json, omit: &Omit) {
    let (path, remove) = match omit {
        Omit::Remove(p) => (p, true),
        Omit::Null(p) => (p, false),
    };
    let (last, parents) = path.split_last().expect("a path inside the document");
    let mut node = tree;
    for step in parents {
        node = match (node, step) {
            (Json::Object(m), Step::Key(k)) => match m.iter_mut().find(|(key, _)| key == k) {
                Some((_, v)) => v,
                // Already removed with its parent.
                None => return,
            },
            (Json::Array(items), Step::Index(i)) => &mut items[*i],
            _ => return,
        };
    }
    match (node, last) {
        (Json::Object(m), Step::Key(k)) if remove => m.retain(|(key, _)| key != k),
        (Json::Object(m), Step::Key(k)) => {
            if let Some((_, v)) = m.iter_mut().find(|(key, _)| key == k) {
                *v = Json::Null;
            }
        }
        (Json::Array(items), Step::Index(i)) if !remove => items[*i] = Json::Null,
        _ => {}
    }
}

fn with_omitted(tree: &Json, omits: &[&Omit]) -> Json {
    let mut tree = tree.clone();
    for omit in omits {
        apply(&mut tree, omit);
    }
    tree
}

/// What is wrong with `text` as a reader would see it, if anything.
fn defect(text: &str) -> Option<&'static str> {
    let read = plain(text);
    let t = read.trim();
    if t.contains('{') || t.contains('}') {
        return Some("an unfilled slot");
    }
    if t.contains("()") || t.contains("( )") {
        return Some("an empty slot in brackets");
    }
    if t.contains("  ") {
        return Some("a doubled space");
    }
    if t.contains(" .") || t.contains(" ,") {
        return Some("a space before punctuation (an empty slot)");
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| "()[],.;:".contains(c));
        // An en dash or hyphen standing for a value that is not there.
        if bare == "–" || bare == "-" || bare == "‒" {
            return Some("a placeholder dash");
        }
        // An em dash that introduces nothing.
        let ends = words
            .get(i + 1)
            .is_none_or(|next| next.starts_with(|c: char| ".,;:)".contains(c)));
        if bare == "—" && (i == 0 || ends) {
            return Some("a dash with nothing after it");
        }
    }
    None
}

fn newsroom_kinds() -> Vec<WidgetKind> {
    WidgetKind::all()
        .filter(|&kind| {
            let reads = match parse_widget(kind, "{}", Lang::En) {
                Ok(_) => true,
                Err(e) => e != dataset_only(kind.name(), Lang::En),
            };
            assert_eq!(
                reads,
                accepts_data(kind),
                "{kind:?}: accepts_data disagrees"
            );
            reads
        })
        .collect()
}

#[test]
fn every_subset_of_optional_fields_reads_whole_in_every_language() {
    let kinds = newsroom_kinds();
    assert!(kinds.len() >= 3, "{kinds:?}");
    for kind in kinds {
        let documents = full_documents(kind.name());
        assert!(!documents.is_empty(), "{kind:?} needs a full document here");
        for json in documents {
            let tree = crate::userdata::parse_json(json).expect("JSON");
            let mut all = Vec::new();
            candidates(&tree, &mut Vec::new(), &mut all);
            // Optional: what can be left out on its own and still be read.
            let optional: Vec<&Omit> = all
                .iter()
                .filter(|o| widget_from_json(kind, &with_omitted(&tree, &[o]), Lang::En).is_ok())
                .collect();
            assert!(
                optional.len() >= 2 && optional.len() <= 12,
                "{kind:?}: {optional:?}"
            );
            let mut accepted = 0;
            for mask in 0u32..1 << optional.len() {
                let omits: Vec<&Omit> = (0..optional.len())
                    .filter(|i| mask & (1 << i) != 0)
                    .map(|i| optional[i])
                    .collect();
                let doc = with_omitted(&tree, &omits);
                for lang in Lang::ALL {
                    // Some combinations are refused (a goal whose base year has no figure).
                    let Ok(w) = widget_from_json(kind, &doc, lang) else {
                        continue;
                    };
                    accepted += 1;
                    let c = w.content(lang);
                    let mut texts: Vec<(&str, String)> = vec![
                        ("title", c.title.clone()),
                        ("takeaway", c.takeaway.clone()),
                        ("source", c.source.clone()),
                        ("caption", c.table.caption.clone()),
                    ];
                    texts.extend(c.notes.iter().map(|n| ("note", n.clone())));
                    texts.extend(c.table.columns.iter().map(|t| ("column", t.clone())));
                    texts.extend(c.table.rows.iter().flatten().map(|t| ("cell", t.clone())));
                    for width in [320.0, 1200.0] {
                        let d = render(&w, &frame(width, lang, Theme::Light));
                        texts.extend(d.texts().into_iter().map(|t| ("drawn", t)));
                        texts.extend(d.marks.iter().map(|m| ("mark", m.label.clone())));
                    }
                    for (what, text) in &texts {
                        if let Some(problem) = defect(text) {
                            panic!(
                                "{kind:?} {lang:?} without {omits:?}: {problem} in the {what} {text:?}\n{doc}"
                            );
                        }
                    }
                }
            }
            // Most combinations are accepted, so most are checked.
            assert!(accepted * 2 > 3 << optional.len(), "{kind:?}: {accepted}");
        }
    }
}

#[test]
fn the_defect_finder_finds_what_it_looks_for() {
    for bad in [
        "Women: 2 of 32 peacekeepers deployed (6.3%), against a goal of – women.",
        "Goal {goal}",
        "Women: 2 of 32 () deployed",
        "against a goal of  women",
        "All 30 peacekeepers were men: 0 women, against a goal of .",
        "Staff officers —",
        "Share: -",
    ] {
        assert!(defect(bad).is_some(), "{bad}");
    }
    for good in [
        "Women: 2 of 32 peacekeepers deployed (6.3%), against a goal of 15% women.",
        "Experts on mission — 5 men · 1 woman",
        "Жіберілген бітімгерлер: барлығы 32, оның ішінде әйелдер — 2 (6,3 %).",
        "2019–2021",
        "Source: CEDAW replies, para. 3 (b)",
    ] {
        assert_eq!(defect(good), None, "{good}");
    }
}
