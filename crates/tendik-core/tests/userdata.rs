//! Newsrooms' own figures as JSON: every class of bad input is refused with its path and a
//! message saying what was expected; the examples in docs/user-data.md are accepted and
//! give exactly the widgets they describe; nothing panics on any input.

use plotters_svg::SVGBackend;
use proptest::prelude::*;
use tendik_core::chart::{Frame, Theme};
use tendik_core::userdata::{
    accepts_data, parse_json, parse_widget, parse_widget_with, DataError, Json, MAX_BODIES,
    MAX_BYTES, MAX_DATE_CHARS, MAX_DEPTH, MAX_GROUPS, MAX_LABEL_CHARS, MAX_NOTES, MAX_NOTE_CHARS,
    MAX_NUMBER, MAX_POINTS, MAX_ROLES, MAX_SOURCE_CHARS, MAX_TITLE_CHARS, MAX_YEAR, MIN_YEAR,
};
use tendik_core::widgets::peacekeeping::{Peacekeeping, Role};
use tendik_core::widgets::quota_gauge::{Body, QuotaGauge};
use tendik_core::widgets::violence_trend::{Goal, Point, ViolenceTrend};
use tendik_core::widgets::{Common, Widget, WidgetKind};
use tendik_core::Lang;

const IN: WidgetKind = WidgetKind::of(&tendik_core::widgets::institutions::SPEC);
const RS: WidgetKind = WidgetKind::of(&tendik_core::widgets::researchers::SPEC);
const CV: WidgetKind = WidgetKind::of(&tendik_core::widgets::crime_victims::SPEC);
const CC: WidgetKind = WidgetKind::of(&tendik_core::widgets::crisis_centres::SPEC);
const FC: WidgetKind = WidgetKind::of(&tendik_core::widgets::family_centres::SPEC);
const NT: WidgetKind = WidgetKind::of(&tendik_core::widgets::nap_timeline::SPEC);
const TG: WidgetKind = WidgetKind::of(&tendik_core::widgets::targets_2030::SPEC);
const PK: WidgetKind = WidgetKind::of(&tendik_core::widgets::peacekeeping::SPEC);
const QG: WidgetKind = WidgetKind::of(&tendik_core::widgets::quota_gauge::SPEC);
const VT: WidgetKind = WidgetKind::of(&tendik_core::widgets::violence_trend::SPEC);

fn err(kind: WidgetKind, json: &str) -> DataError {
    match parse_widget(kind, json, Lang::En) {
        Ok(w) => panic!("accepted {json}: {w:?}"),
        Err(e) => e,
    }
}

/// Text as read: the no-break spaces the templates put after numbers as spaces.
fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

/// Asserts the first error's path and message.
fn refused(kind: WidgetKind, json: &str, path: &str, message: &str) {
    let e = err(kind, json);
    assert_eq!(
        (e.path.as_str(), plain(&e.message)),
        (path, plain(message)),
        "for {json}"
    );
}

/// A valid quota gauge with one thing replaced: `{body}` stands for the second body.
fn quota_with_body(body: &str) -> String {
    format!(
        r#"{{"source": "Example register", "quota": 30,
            "bodies": [{{"label": "Council", "share": 18.9}}, {body}]}}"#
    )
}

fn trend_with_points(points: &str) -> String {
    format!(r#"{{"source": "Example police reports", "points": [{points}]}}"#)
}

fn peace_with(roles: &str, extra: &str) -> String {
    format!(
        r#"{{"source": "Example UN statistics", "date": "September 2023",
            "roles": [{roles}]{extra}}}"#
    )
}

// ---------------------------------------------------------------------------------------
// One test per class of bad input.

#[test]
fn malformed_json_names_line_column_and_what_was_expected() {
    let json = "{\n  \"source\": \"x\",\n  \"quota\": 30\n  \"bodies\": []\n}";
    let e = err(QG, json);
    assert_eq!(e.path, "");
    assert_eq!(
        e.message,
        "line 4, column 3: expected ',' or '}' after an object member, found '\"'"
    );
    assert_eq!(
        e.to_string(),
        "Tendik: data error: line 4, column 3: expected ',' or '}' after an object member, found '\"'"
    );

    let cases: &[(&str, &str)] = &[
        ("", "line 1, column 1: expected a value (an object, array, string, number, true, false or null), found the end of the data"),
        (r#"{"source": "x", "bodies": [1,]}"#, "line 1, column 29: a ',' before ']': JSON allows no comma after the last item"),
        (r#"{"source": "x",}"#, "line 1, column 15: a ',' before '}': JSON allows no comma after the last item"),
        (r#"{"source": "x"} {}"#, "line 1, column 17: unexpected text after the end of the JSON value"),
        (r#"{"source": "x"#, "line 1, column 12: this string is never closed: a '\"' is missing"),
        ("{\"source\": \"a\tb\"}", "line 1, column 14: a control character (U+0009) inside a string: line breaks and tabs must be written as \\n and \\t"),
        (r#"{"source": "\ud800"}"#, "line 1, column 13: '\\ud800' is half of a UTF-16 surrogate pair without its other half"),
        (r#"{"source": "\udc00\ud800"}"#, "line 1, column 13: '\\udc00' is half of a UTF-16 surrogate pair without its other half"),
        (r#"{"source": "\x41"}"#, "line 1, column 13: invalid escape: after '\\' came 'x'; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"),
        (r#"{"source": "\u12"}"#, "line 1, column 15: '\\u' must be followed by four hexadecimal digits"),
        (r#"{"source": "x", "source": "y"}"#, "line 1, column 17: the key \"source\" appears twice in the same object"),
        ("{'source': 'x'}", "line 1, column 2: strings need double quotes (\"), not single quotes (')"),
        ("{“source”: \"x\"}", "line 1, column 2: typographic quotes (“) are not JSON quotes: use straight double quotes (\") around every key and string"),
        ("// figures\n{}", "line 1, column 1: comments are not allowed in JSON"),
        (r#"{"quota": True}"#, "line 1, column 11: unknown word 'True': JSON knows only true, false and null, in lower case, and text needs double quotes"),
        (r#"{"quota": 030}"#, "line 1, column 11: '030' is not a valid number: write numbers like 12, -3.5 or 1.2e3 (no leading zeros, no '+', digits on both sides of '.')"),
        (r#"{"quota": .5}"#, "line 1, column 11: '.5' is not a valid number: write numbers like 12, -3.5 or 1.2e3 (no leading zeros, no '+', digits on both sides of '.')"),
        (r#"{"quota" 30}"#, "line 1, column 10: expected ':' after an object key, found '3'"),
        (r#"{"quota": 30, 1}"#, "line 1, column 15: expected a key in double quotes after ',', found '1'"),
        (r#"[1 2]"#, "line 1, column 4: expected ',' or ']' after an array element, found '2'"),
    ];
    for (json, message) in cases {
        refused(QG, json, "", message);
    }

    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    refused(
        QG,
        &deep,
        "",
        "line 1, column 65: arrays and objects are nested more than 64 levels deep",
    );
    let nested_ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse_json(&nested_ok).is_ok());

    let big = format!("{{\"source\": \"{}\"}}", "a".repeat(70_000 - 14));
    assert_eq!(big.len(), 70_000);
    refused(
        QG,
        &big,
        "",
        "the data is 70000 bytes long; the limit is 65536 bytes (64 KiB)",
    );
    let at_limit = format!("{{\"source\": \"{}\"}}", "a".repeat(MAX_BYTES - 14));
    assert!(parse_json(&at_limit).is_ok());
}

#[test]
fn nan_and_infinity_are_refused() {
    for (word, column) in [("NaN", 65), ("Infinity", 65), ("-Infinity", 65)] {
        let json = format!(
            r#"{{"source": "x", "quota": 30, "bodies": [{{"label": "A", "share": {word}}}]}}"#
        );
        refused(
            QG,
            &json,
            "",
            &format!(
                "line 1, column {column}: {word} is not allowed in JSON: numbers must be finite"
            ),
        );
    }
    refused(
        QG,
        r#"{"source": "x", "quota": 30, "bodies": [{"share": 1e999}]}"#,
        "",
        "line 1, column 51: the number 1e999 is too large",
    );
    refused(
        QG,
        r#"{"source": "x", "quota": -1e400}"#,
        "",
        "line 1, column 26: the number -1e400 is too large",
    );
}

#[test]
fn missing_fields_are_named_by_their_path() {
    refused(
        QG,
        r#"{"quota": 30, "bodies": [{"label": "A", "share": 1}]}"#,
        "source",
        "this required field is missing (expected a string in double quotes)",
    );
    refused(
        QG,
        &quota_with_body(r#"{"label": "Senate"}"#),
        "bodies[1].share",
        "this required field is missing (expected a number)",
    );
    refused(
        VT,
        &trend_with_points(r#"{"year": 2022}"#),
        "points[0].value",
        "this required field is missing (expected a number, or null for no figure)",
    );
    refused(
        VT,
        r#"{"source": "x", "points": [{"year": 2022, "value": 1}], "goal": {"reduction": 50}}"#,
        "goal.base_year",
        "this required field is missing (expected a year as a whole number)",
    );
    refused(
        PK,
        r#"{"source": "x", "roles": []}"#,
        "date",
        "this required field is missing (expected a string in double quotes)",
    );
    // A source is required for every widget that takes data.
    for kind in WidgetKind::all().filter(|k| accepts_data(*k)) {
        let e = err(kind, "{}");
        assert_eq!(e.path, "source", "{kind:?}");
    }
    refused(QG, r#"{"source": "   "}"#, "source", "must not be empty");
    refused(
        QG,
        r#"{"source": "Source:"}"#,
        "source",
        "must not be empty",
    );
}

#[test]
fn misspelt_fields_get_a_suggestion() {
    refused(
        QG,
        &quota_with_body(r#"{"label": "Senate", "shrae": 20}"#),
        "bodies[1].shrae",
        "unknown field \"shrae\": did you mean \"share\"?",
    );
    refused(
        QG,
        r#"{"Source": "x"}"#,
        "Source",
        "unknown field \"Source\": did you mean \"source\"?",
    );
    refused(
        VT,
        r#"{"source": "x", "points": [{"yaer": 2020, "value": 1}]}"#,
        "points[0].yaer",
        "unknown field \"yaer\": did you mean \"year\"?",
    );
    refused(
        VT,
        r#"{"source": "x", "points": [{"year": 2020, "value": 1}], "goal": {"reduction": 5, "baseyear": 2020}}"#,
        "goal.baseyear",
        "unknown field \"baseyear\": did you mean \"base_year\"?",
    );
    refused(
        PK,
        r#"{"source": "x", "date": "2023", "roles": [{"label": "A", "man": 1, "women": 0}]}"#,
        "roles[0].man",
        "unknown field \"man\": did you mean \"men\"?",
    );
    refused(
        QG,
        r#"{"source": "x", "colour": "red"}"#,
        "colour",
        "unknown field \"colour\"; the fields here are: title, source, quota, goal, bodies, notes",
    );
    // Unknown fields come before missing ones: the misspelling is the real problem.
    refused(
        QG,
        r#"{"sorce": "x"}"#,
        "sorce",
        "unknown field \"sorce\": did you mean \"source\"?",
    );
}

#[test]
fn wrong_types_say_what_was_expected_and_what_came() {
    refused(
        QG,
        r#"{"source": "x", "quota": "30%"}"#,
        "quota",
        "expected a number, got a string (\"30%\"): write numbers without quotes and without a % sign",
    );
    refused(
        QG,
        r#"{"source": "x", "quota": true}"#,
        "quota",
        "expected a number, got true",
    );
    refused(
        QG,
        r#"{"source": 12}"#,
        "source",
        "expected a string in double quotes, got the number 12",
    );
    refused(
        QG,
        r#"{"source": "x", "quota": 30, "bodies": {"label": "A"}}"#,
        "bodies",
        "expected an array […], got an object",
    );
    refused(
        QG,
        &quota_with_body("[\"Senate\", 20]"),
        "bodies[1]",
        "expected an object {…}, got an array",
    );
    refused(
        VT,
        &trend_with_points(r#"{"year": "2022", "value": 5}"#),
        "points[0].year",
        "expected a year as a whole number, got a string (\"2022\"): write numbers without quotes and without a % sign",
    );
    refused(
        PK,
        &peace_with(r#"{"label": "Troops", "men": null, "women": 0}"#, ""),
        "roles[0].men",
        "expected a whole number, got null",
    );
    refused(QG, "[1, 2]", "", "expected an object {…}, got an array");
    let e = err(QG, "[1, 2]");
    assert_eq!(
        e.to_string(),
        "Tendik: data error: expected an object {…}, got an array"
    );
}

#[test]
fn negative_and_fractional_counts_are_refused() {
    refused(
        PK,
        &peace_with(r#"{"label": "Troops", "men": -3, "women": 0}"#, ""),
        "roles[0].men",
        "expected a whole number, 0 or more, got -3",
    );
    refused(
        PK,
        &peace_with(
            r#"{"label": "Troops", "men": 3, "women": 0}, {"label": "Staff", "men": 1, "women": 2.5}"#,
            "",
        ),
        "roles[1].women",
        "expected a whole number, 0 or more, got 2.5",
    );
    refused(
        PK,
        &peace_with(
            r#"{"label": "Troops", "men": 3, "women": 0}"#,
            r#", "total": -1"#,
        ),
        "total",
        "expected a whole number, 0 or more, got -1",
    );
    refused(
        PK,
        &peace_with(r#"{"label": "Troops", "men": 2e12, "women": 0}"#, ""),
        "roles[0].men",
        "expected a number no larger than 1000000000000, got 2000000000000",
    );
    refused(
        VT,
        &trend_with_points(r#"{"year": 2022, "value": -5}"#),
        "points[0].value",
        "expected a number, 0 or more, got -5",
    );
    refused(
        PK,
        &peace_with(r#"{"label": "Troops", "men": 0, "women": 0}"#, ""),
        "roles",
        "the roles add up to 0 people: the chart needs at least one",
    );
}

#[test]
fn percentages_over_100_are_refused() {
    let json = quota_with_body(r#"{"label": "Senate", "share": 130}"#);
    let e = err(QG, &json);
    assert_eq!(
        e.to_string(),
        "Tendik: data error at bodies[1].share: expected a number between 0 and 100, got 130"
    );
    refused(
        QG,
        &quota_with_body(r#"{"label": "Senate", "share": -0.5}"#),
        "bodies[1].share",
        "expected a number between 0 and 100, got -0.5",
    );
    refused(
        QG,
        r#"{"source": "x", "quota": 0}"#,
        "quota",
        "expected a number greater than 0 and at most 100, got 0",
    );
    refused(
        QG,
        r#"{"source": "x", "quota": 100.5}"#,
        "quota",
        "expected a number greater than 0 and at most 100, got 100.5",
    );
    refused(
        VT,
        r#"{"source": "x", "points": [{"year": 2022, "value": 1}], "goal": {"reduction": 150, "base_year": 2022}}"#,
        "goal.reduction",
        "expected a number greater than 0 and at most 100, got 150",
    );
    refused(
        PK,
        &peace_with(
            r#"{"label": "Troops", "men": 3, "women": 0}"#,
            r#", "goal": 101"#,
        ),
        "goal",
        "expected a number between 0 and 100, got 101",
    );
    // The edges are allowed.
    assert!(parse_widget(
        QG,
        &quota_with_body(r#"{"label": "S", "share": 100}"#),
        Lang::En
    )
    .is_ok());
    assert!(parse_widget(
        QG,
        &quota_with_body(r#"{"label": "S", "share": 0}"#),
        Lang::En
    )
    .is_ok());
}

#[test]
fn parts_larger_than_the_total_are_refused() {
    let roles =
        r#"{"label": "Experts", "men": 6, "women": 4}, {"label": "Troops", "men": 11, "women": 0}"#;
    refused(
        PK,
        &peace_with(roles, r#", "total": 19"#),
        "total",
        "roles add up to 21, more than total 19",
    );
    // Equal is fine and adds no note.
    let Ok(w_p) = parse_widget(PK, &peace_with(roles, r#", "total": 21"#), Lang::En) else {
        panic!("refused");
    };
    let p = w_p.get::<Peacekeeping>().expect("a Peacekeeping");
    assert!(p.common.notes.is_empty(), "{:?}", p.common.notes);
}

#[test]
fn a_total_above_the_parts_is_kept_and_noted() {
    let roles =
        r#"{"label": "Experts", "men": 6, "women": 4}, {"label": "Troops", "men": 9, "women": 0}"#;
    let json = peace_with(roles, r#", "total": 1021, "notes": ["Mine."]"#);
    let expected = [
        (
            Lang::En,
            "1,002 of the 1,021 personnel are not broken down by role in the source.",
        ),
        (
            Lang::Ru,
            "1\u{a0}002 из 1\u{a0}021 человека в источнике не распределены по категориям.",
        ),
        (
            Lang::Kk,
            "Дереккөзде санаттарға бөлінбеген адамдар: 1\u{a0}002 (барлығы 1\u{a0}021).",
        ),
    ];
    for (lang, note) in expected {
        let Ok(w_p) = parse_widget(PK, &json, lang) else {
            panic!("refused");
        };
        let p = w_p.get::<Peacekeeping>().expect("a Peacekeeping");
        assert_eq!(p.roles.len(), 2);
        let notes: Vec<String> = p.common.notes.iter().map(|n| plain(n)).collect();
        assert_eq!(notes, vec!["Mine.".to_string(), plain(note)]);
        assert_eq!(p.total(), 19.0);
    }
}

#[test]
fn duplicate_years_are_refused() {
    refused(
        VT,
        &trend_with_points(
            r#"{"year": 2022, "value": 5}, {"year": 2023, "value": 6}, {"year": 2022, "value": 7}"#,
        ),
        "points[2].year",
        "the year 2022 appears twice (also at points[0])",
    );
}

#[test]
fn non_integer_and_out_of_range_years_are_refused() {
    refused(
        VT,
        &trend_with_points(r#"{"year": 2021, "value": 5}, {"year": 2022.5, "value": 6}"#),
        "points[1].year",
        "expected a whole year from 1900 to 2100, got 2022.5",
    );
    refused(
        VT,
        &trend_with_points(r#"{"year": 1899, "value": 5}"#),
        "points[0].year",
        "expected a whole year from 1900 to 2100, got 1899",
    );
    refused(
        VT,
        &trend_with_points(r#"{"year": 2101, "value": 5}"#),
        "points[0].year",
        "expected a whole year from 1900 to 2100, got 2101",
    );
    // 2022.0 is a whole number.
    assert!(parse_widget(
        VT,
        &trend_with_points(r#"{"year": 2022.0, "value": 5}"#),
        Lang::En
    )
    .is_ok());
}

#[test]
fn too_many_points_or_too_long_a_span_are_refused() {
    let points: Vec<String> = (0..=MAX_POINTS)
        .map(|i| format!(r#"{{"year": {}, "value": {i}}}"#, 1950 + i))
        .collect();
    refused(
        VT,
        &trend_with_points(&points.join(",")),
        "points",
        "expected 1 to 50 items, got 51",
    );
    assert!(parse_widget(
        VT,
        &trend_with_points(&points[..MAX_POINTS].join(",")),
        Lang::En
    )
    .is_ok());
    refused(
        VT,
        &trend_with_points(""),
        "points",
        "expected 1 to 50 items, got 0",
    );
    refused(
        VT,
        &trend_with_points(r#"{"year": 1950, "value": 5}, {"year": 2024, "value": 6}"#),
        "points",
        "the years run from 1950 to 2024: 75 years, more than the 50 a chart can show",
    );
    refused(
        VT,
        &trend_with_points(r#"{"year": 2020, "value": null}, {"year": 2021, "value": null}"#),
        "points",
        "every value is null: at least one year needs a figure",
    );
    let bodies: Vec<&str> = vec![r#"{"label": "A", "share": 1}"#; MAX_BODIES + 1];
    refused(
        QG,
        &format!(
            r#"{{"source": "x", "quota": 30, "bodies": [{}]}}"#,
            bodies.join(",")
        ),
        "bodies",
        "expected 1 to 12 items, got 13",
    );
    let roles: Vec<&str> = vec![r#"{"label": "A", "men": 1, "women": 1}"#; MAX_ROLES + 1];
    refused(
        PK,
        &peace_with(&roles.join(","), ""),
        "roles",
        "expected 1 to 12 items, got 13",
    );
    let notes: Vec<&str> = vec!["\"A note.\""; MAX_NOTES + 1];
    refused(
        QG,
        &format!(
            r#"{{"source": "x", "quota": 30, "bodies": [{{"label": "A", "share": 1}}], "notes": [{}]}}"#,
            notes.join(",")
        ),
        "notes",
        "expected 0 to 5 items, got 6",
    );
}

#[test]
fn overlong_text_is_refused() {
    let label = "x".repeat(MAX_LABEL_CHARS + 1);
    refused(
        QG,
        &quota_with_body(&format!(r#"{{"label": "{label}", "share": 1}}"#)),
        "bodies[1].label",
        "is 81 characters long; the limit is 80",
    );
    // Characters, not bytes, and after trimming.
    let cyrillic = "ж".repeat(MAX_LABEL_CHARS);
    assert!(parse_widget(
        QG,
        &quota_with_body(&format!(r#"{{"label": "  {cyrillic}  ", "share": 1}}"#)),
        Lang::En
    )
    .is_ok());
    let title = "t".repeat(MAX_TITLE_CHARS + 1);
    refused(
        QG,
        &format!(r#"{{"title": "{title}"}}"#),
        "title",
        "is 141 characters long; the limit is 140",
    );
    let source = "s".repeat(MAX_SOURCE_CHARS + 1);
    refused(
        QG,
        &format!(r#"{{"source": "{source}"}}"#),
        "source",
        "is 501 characters long; the limit is 500",
    );
    let note = "n".repeat(MAX_NOTE_CHARS + 1);
    refused(
        QG,
        &format!(
            r#"{{"source": "x", "quota": 30, "bodies": [{{"label": "A", "share": 1}}], "notes": ["ok", "{note}"]}}"#
        ),
        "notes[1]",
        "is 301 characters long; the limit is 300",
    );
    let date = "d".repeat(MAX_DATE_CHARS + 1);
    refused(
        PK,
        &format!(r#"{{"source": "x", "date": "{date}"}}"#),
        "date",
        "is 41 characters long; the limit is 40",
    );
}

#[test]
fn markup_and_control_characters_in_labels_are_refused() {
    refused(
        QG,
        &quota_with_body(r#"{"label": "<script>alert(1)</script>", "share": 1}"#),
        "bodies[1].label",
        "contains \"<\": labels are plain text (no HTML), shown exactly as written",
    );
    refused(
        PK,
        &peace_with(r#"{"label": "Troops > 100", "men": 1, "women": 0}"#, ""),
        "roles[0].label",
        "contains \">\": labels are plain text (no HTML), shown exactly as written",
    );
    refused(
        QG,
        r#"{"title": "Two\nlines"}"#,
        "title",
        "contains a line break (U+000A): text is shown on one line and wrapped to fit, so write it without line breaks",
    );
    refused(
        QG,
        r#"{"title": "Bell\u0007"}"#,
        "title",
        "contains a control character (U+0007): labels are plain text (no HTML), shown exactly as written",
    );
    refused(
        QG,
        r#"{"source": "x\u0085y"}"#,
        "source",
        "contains a line break (U+0085): text is shown on one line and wrapped to fit, so write it without line breaks",
    );
    // Ampersands and quotes are plain text and fine.
    assert!(parse_widget(
        QG,
        &quota_with_body(r#"{"label": "Audit & \"Budget\" ", "share": 1}"#),
        Lang::En
    )
    .is_ok());
}

// ---------------------------------------------------------------------------------------
// Hostile text (issue 19): characters that would show readers something other than what
// was written, or nothing at all.

/// Every string in `tree`, in pre-order, with its path as errors name it.
fn string_paths(tree: &Json, path: &str, out: &mut Vec<String>) {
    match tree {
        Json::String(_) => out.push(path.to_string()),
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                string_paths(item, &format!("{path}[{i}]"), out);
            }
        }
        Json::Object(members) => {
            for (key, value) in members {
                let at = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                string_paths(value, &at, out);
            }
        }
        _ => {}
    }
}

/// `tree` with its `k`-th string (in pre-order) replaced by `with`.
fn with_string(tree: &Json, k: usize, with: &str) -> Json {
    fn walk(tree: &mut Json, k: &mut usize, with: &str) {
        match tree {
            Json::String(s) => {
                if *k == 0 {
                    *s = with.to_string();
                }
                *k = k.wrapping_sub(1);
            }
            Json::Array(items) => items.iter_mut().for_each(|i| walk(i, k, with)),
            Json::Object(members) => members.iter_mut().for_each(|(_, v)| walk(v, k, with)),
            _ => {}
        }
    }
    let mut tree = tree.clone();
    walk(&mut tree, &mut { k }, with);
    tree
}

/// Each string of each documented example, in turn, replaced by `with`: the widget kind,
/// the path of the string, and the document.
fn each_string_replaced(with: &str) -> Vec<(WidgetKind, String, String)> {
    let mut out = Vec::new();
    for (kind, json) in doc_examples() {
        let tree = parse_json(&json).expect("documented examples are JSON");
        let mut paths = Vec::new();
        string_paths(&tree, "", &mut paths);
        for (k, path) in paths.into_iter().enumerate() {
            out.push((kind, path, with_string(&tree, k, with).to_string()));
        }
    }
    out
}

/// The text of every `<text>` node of an SVG, unescaped.
fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let start = chunk.find('>')? + 1;
            let end = chunk.find("</text>")?;
            Some(
                chunk[start..end]
                    .trim()
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&"),
            )
        })
        .collect()
}

const BIDI_CONTROLS: [char; 12] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}',
];

#[test]
fn a_bidi_control_in_a_label_is_refused_naming_the_character() {
    // Issue 19, defect 1: this label turned "Council 12%" into "Council %21".
    refused(
        QG,
        &quota_with_body(r#"{"label":"Council \u202E","share":12}"#),
        "bodies[1].label",
        "contains U+202E, an invisible bidi control that changes the order of the characters around it: remove it (Tendik keeps right-to-left text in order itself)",
    );
    refused(
        PK,
        &peace_with(r#"{"label": "Troops\u200F", "men": 12, "women": 0}"#, ""),
        "roles[0].label",
        "contains U+200F, an invisible bidi control that changes the order of the characters around it: remove it (Tendik keeps right-to-left text in order itself)",
    );
    // Every bidi control, in every string of every documented example (title, source,
    // notes, labels, dates), raw or escaped, is refused at that string, naming it.
    for c in BIDI_CONTROLS {
        for raw in [true, false] {
            let text = if raw {
                format!("Council {c}12")
            } else {
                format!("Council \\u{:04x}12", c as u32)
            };
            let marker = "\u{1}MARKER\u{1}";
            for (kind, path, json) in each_string_replaced(marker) {
                let json = json.replace(
                    &Json::String(marker.into()).to_string(),
                    &format!("\"{text}\""),
                );
                let e = err(kind, &json);
                let named = format!("U+{:04X}", c as u32);
                assert_eq!(e.path, path, "{json}");
                assert!(
                    e.message.contains(&named)
                        || e.message.contains(&format!("\\u{:04x}", c as u32)),
                    "{e} does not name {named}"
                );
                for lang in [Lang::Ru, Lang::Kk] {
                    let e = parse_widget(kind, &json, lang).unwrap_err();
                    assert!(e.message.contains(&named), "{e}");
                }
            }
        }
    }
}

/// Whether every right-to-left letter of `s` is inside a first-strong isolate, and every
/// isolate is closed.
fn right_to_left_is_isolated(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '\u{2068}' => depth += 1,
            '\u{2069}' => depth -= 1,
            c if tendik_core::unicode::is_right_to_left(c) && depth == 0 => return false,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

#[test]
fn an_arabic_label_keeps_the_figures_around_it_in_order() {
    let (fsi, pdi) = ('\u{2068}', '\u{2069}');
    let arabic = "مجلس المدينة";
    let json = quota_with_body(&format!(r#"{{"label": "{arabic}", "share": 12}}"#));
    let w = parse_widget(QG, &json, Lang::En).unwrap();
    let c = w.content(Lang::En);
    // The label is isolated where it is set next to its figures…
    let item = format!("{fsi}{arabic}{pdi} 12% (18 points short)");
    assert!(plain(&c.takeaway).contains(&item), "{}", c.takeaway);
    assert!(right_to_left_is_isolated(&c.takeaway), "{:?}", c.takeaway);
    // …on the canvas (each drawn line of the row, and the mark read out)…
    for width in [320.0, 1200.0] {
        let svg = render(&w, width, Lang::En);
        let texts = svg_texts(&svg);
        let rows: Vec<&String> = texts.iter().filter(|t| t.contains("مجلس")).collect();
        assert!(!rows.is_empty(), "{texts:?}");
        for row in rows {
            assert!(right_to_left_is_isolated(row), "{row:?}");
        }
        assert!(
            plain(&svg).contains(&format!("{fsi}{arabic}{pdi} 12%")),
            "{width}: {svg}"
        );
    }
    let frame = Frame {
        width: 640.0,
        scale: 1.0,
        theme: Theme::Light,
        lang: Lang::En,
    };
    let mut svg = String::new();
    let marks = w
        .draw(&mut SVGBackend::with_string(&mut svg, (640, 400)), &frame)
        .unwrap();
    assert!(
        marks.iter().any(|m| plain(&m.label).starts_with(&item)),
        "{marks:?}"
    );
    // …but not in the data: the table's cells and the CSV keep the label as written.
    assert_eq!(c.table.rows[1][0], arabic);
    assert!(matches!(&c.table.cells[1][0], tendik_core::widgets::Cell::Text(t) if t == arabic));
    let csv = tendik_core::widgets::export::csv(&c, Lang::En);
    assert!(
        csv.contains(&format!("\"{arabic}\"")) && !csv.contains(fsi),
        "{csv}"
    );

    // Peacekeeping: "12 men" must not become "nem 21", nor the counts move before the role.
    let hebrew = "משקיפים";
    let json = peace_with(
        &format!(r#"{{"label": "{hebrew}", "men": 12, "women": 0}}"#),
        "",
    );
    for lang in Lang::ALL {
        let w = parse_widget(PK, &json, lang).unwrap();
        let svg = render(&w, 320.0, lang);
        let line = svg_texts(&svg)
            .into_iter()
            .find(|t| t.contains(hebrew))
            .expect("the role's line");
        assert!(
            plain(&line).starts_with(&format!("{fsi}{hebrew}{pdi} — 12")),
            "{line:?}"
        );
    }

    // The one place: `fill`, which every template goes through (the grammar's too).
    assert_eq!(
        tendik_core::i18n::fill("{label} {share}", &[("label", arabic), ("share", "12%")]),
        format!("{fsi}{arabic}{pdi} 12%")
    );
}

#[test]
fn right_to_left_text_in_any_field_is_isolated_wherever_it_meets_figures() {
    // Every string of every documented example, in turn, in Arabic: whatever the widget
    // then says next to figures (its takeaway, its marks, the lines it draws) has every
    // right-to-left letter inside an isolate. A field that refuses Arabic (none yet) is
    // skipped.
    let arabic = "الدائرة الشمالية";
    for (kind, path, json) in each_string_replaced(arabic) {
        for lang in Lang::ALL {
            let Ok(w) = parse_widget(kind, &json, lang) else {
                continue;
            };
            let c = w.content(lang);
            assert!(
                right_to_left_is_isolated(&c.takeaway),
                "{path}: {:?}",
                c.takeaway
            );
            for width in [320.0, 1200.0] {
                let frame = Frame {
                    width,
                    scale: 1.0,
                    theme: Theme::Light,
                    lang,
                };
                let mut svg = String::new();
                let marks = {
                    let (bw, bh) = frame.backing_size(w.height(&frame));
                    w.draw(&mut SVGBackend::with_string(&mut svg, (bw, bh)), &frame)
                        .unwrap()
                };
                for m in &marks {
                    assert!(right_to_left_is_isolated(&m.label), "{path}: {:?}", m.label);
                }
                for t in svg_texts(&svg) {
                    // A line that is only (part of) the newsroom's text needs no isolate.
                    let alone = arabic.contains(t.trim());
                    assert!(alone || right_to_left_is_isolated(&t), "{path}: {t:?}");
                }
            }
        }
    }
}

#[test]
fn text_that_shows_nothing_is_refused() {
    // Issue 19, defect 6: a source of zero-width spaces rendered "Source: ".
    refused(
        QG,
        r#"{"source": "\u200B\u200B\u200B"}"#,
        "source",
        "must not be empty: it holds only spaces and invisible characters (U+200B)",
    );
    refused(
        QG,
        r#"{"source": "Source: \u200B"}"#,
        "source",
        "must not be empty: it holds only spaces and invisible characters (U+200B)",
    );
    refused(
        QG,
        r#"{"title": " \uFEFF\u00AD\u2060 "}"#,
        "title",
        "must not be empty: it holds only spaces and invisible characters (U+FEFF)",
    );
    refused(
        QG,
        &quota_with_body(r#"{"label": "\u200D\u3164", "share": 1}"#),
        "bodies[1].label",
        "must not be empty: it holds only spaces and invisible characters (U+200D)",
    );
    // Every string of every documented example.
    for (kind, path, json) in each_string_replaced("\u{200b}\u{2060} \u{feff}") {
        let e = err(kind, &json);
        assert_eq!(e.path, path, "{json}");
        assert!(
            e.message.contains("invisible") || e.message.contains("empty"),
            "{e}"
        );
    }
    // Joiners inside visible text are kept: Persian needs its zero-width non-joiner.
    let persian = "شورای\u{200c}شهر";
    let w = parse_widget(
        QG,
        &quota_with_body(&format!(r#"{{"label": "{persian}", "share": 1}}"#)),
        Lang::En,
    )
    .unwrap();
    assert_eq!(w.get::<QuotaGauge>().unwrap().bodies[1].label, persian);
}

#[test]
fn line_separators_in_labels_are_refused() {
    refused(
        QG,
        &quota_with_body(r#"{"label": "City\u2028council", "share": 1}"#),
        "bodies[1].label",
        "contains a line break (U+2028): text is shown on one line and wrapped to fit, so write it without line breaks",
    );
    refused(
        PK,
        &peace_with(r#"{"label": "Staff\u2029officers", "men": 1, "women": 0}"#, ""),
        "roles[0].label",
        "contains a line break (U+2029): text is shown on one line and wrapped to fit, so write it without line breaks",
    );
}

#[test]
fn a_lone_surrogate_is_refused_not_replaced() {
    // Escaped in the JSON: a syntax error, with its place.
    let json = quota_with_body(r#"{"label": "Council \uD800", "share": 1}"#);
    let e = err(QG, &json);
    assert_eq!(e.path, "");
    assert!(
        e.message
            .ends_with("'\\ud800' is half of a UTF-16 surrogate pair without its other half"),
        "{e}"
    );
    for half in [r"\uDC00", r"\uD800\u0041", r"\uDBFF\uDBFF"] {
        let json = quota_with_body(&format!(r#"{{"label": "x{half}", "share": 1}}"#));
        assert!(err(QG, &json).message.contains("surrogate"), "{half}");
    }
    // Raw in a JavaScript string, it reaches Rust as U+FFFD (wasm-bindgen's conversion is
    // lossy): refused too, with a message saying text was lost.
    let lossy = String::from_utf16_lossy(&[0x43, 0xD800]);
    let json = quota_with_body(&format!(r#"{{"label": "{lossy}", "share": 1}}"#));
    refused(
        QG,
        &json,
        "bodies[1].label",
        "contains U+FFFD, the replacement character: part of the text was lost before it reached Tendik (a lone UTF-16 surrogate, or text saved in another encoding); type it again",
    );
}

#[test]
fn echoed_values_are_cut_short() {
    // Issue 19: a 1 MB value gave a message 187,608 px tall. Every place a message repeats
    // a value, with a value of 60,000 characters: the message stays one short line.
    let long = "x".repeat(60_000);
    let cases = [
        format!(r#"{{"{long}": 1}}"#),
        format!(r#"{{"source": "x", "quota": "{long}"}}"#),
        format!(r#"{{"source": "x", "quota": 30, "bodies": [{{"label": "A", "{long}": 1}}]}}"#),
        format!(r#"{{"{long}": 1, "{long}": 2}}"#),
        format!(r#"{{"source": "x", "quota": 1{long}}}"#),
        format!(r#"{{"source": "x", "quota": {long}}}"#),
        format!(r#"{{"source": "x", "quota": 1e{}}}"#, "9".repeat(60_000)),
        format!(r#"{{"label": "{}"}}"#, "\u{202e}".repeat(20_000)),
    ];
    for json in &cases {
        for lang in Lang::ALL {
            let e = parse_widget(QG, json, lang).unwrap_err();
            let shown = e.to_string();
            assert!(
                shown.chars().count() < 300,
                "{} characters: {shown}",
                shown.chars().count()
            );
        }
    }
    let e = err(QG, &cases[0]);
    assert_eq!(e.path, format!("{}…", "x".repeat(60)));
    assert_eq!(
        e.message,
        format!(
            "unknown field \"{}…\"; the fields here are: title, source, quota, goal, bodies, notes",
            "x".repeat(60)
        )
    );
    // Invisible and bidi characters are shown as the escapes that would type them.
    let e = err(QG, r#"{"source": "x", "quota": "3\u202E0\u200B"}"#);
    assert_eq!(
        e.message,
        "expected a number, got a string (\"3\\u202e0\\u200b\")"
    );
    let e = err(QG, r#"{"sha\u200Bre": 1}"#);
    assert_eq!(e.path, "sha\\u200bre");
    // The cut counts the escapes: sixty control characters were 360 characters shown,
    // twice in one message (found by the fuzzer).
    let e = err(QG, &format!("{{\"tit{}\": 1}}", "\u{7f}".repeat(100)));
    assert_eq!(e.path, format!("tit{}…", "\\u007f".repeat(9)));
    for lang in Lang::ALL {
        let shown = parse_widget(QG, &format!("{{\"{}\": 1}}", "\\u0001".repeat(300)), lang)
            .unwrap_err()
            .to_string();
        assert!(shown.chars().count() < 300, "{shown}");
    }
    // A megabyte is refused before anything is read, in a message of one line.
    let huge = format!(r#"{{"source": "{}"}}"#, "x".repeat(1 << 20));
    let e = err(QG, &huge);
    assert_eq!(
        plain(&e.message),
        "the data is 1048590 bytes long; the limit is 65536 bytes (64 KiB)"
    );
}

#[test]
fn goal_base_year_must_be_a_year_with_a_figure() {
    let points = r#""points": [{"year": 2020, "value": 10}, {"year": 2021, "value": null}, {"year": 2023, "value": 8}]"#;
    refused(
        VT,
        &format!(r#"{{"source": "x", {points}, "goal": {{"reduction": 50, "base_year": 2015}}}}"#),
        "goal.base_year",
        "the base year 2015 is not one of the years in points",
    );
    refused(
        VT,
        &format!(r#"{{"source": "x", {points}, "goal": {{"reduction": 50, "base_year": 2021}}}}"#),
        "goal.base_year",
        "the base year 2021 has no figure (its value is null), so the goal cannot be drawn",
    );
    // 2022 is a filled-in gap, not one of the given years.
    refused(
        VT,
        &format!(r#"{{"source": "x", {points}, "goal": {{"reduction": 50, "base_year": 2022}}}}"#),
        "goal.base_year",
        "the base year 2022 is not one of the years in points",
    );
    // `null` for an optional field is the same as leaving it out.
    assert!(parse_widget(
        VT,
        &format!(r#"{{"source": "x", {points}, "goal": null, "title": null}}"#),
        Lang::En
    )
    .is_ok());
}

#[test]
fn the_first_error_in_schema_order_is_reported() {
    // Two errors: the source (listed first in the schema) wins over the share, wherever
    // they are in the document.
    let json = r#"{"bodies": [{"label": "A", "share": 500}], "quota": 30, "source": ""}"#;
    refused(QG, json, "source", "must not be empty");
    // Within an array, the earlier item wins.
    let json = r#"{"source": "x", "quota": 30, "bodies": [{"label": "A", "share": 500}, {"label": "<b>"}]}"#;
    refused(
        QG,
        json,
        "bodies[0].share",
        "expected a number between 0 and 100, got 500",
    );
    // The same input always gives the same error.
    let a = err(QG, json);
    let b = err(QG, json);
    assert_eq!(a, b);
}

/// A `{slot}` left in a message.
fn has_unfilled_slot(s: &str) -> bool {
    s.split('{').skip(1).any(|rest| {
        rest.split_once('}').is_some_and(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
    })
}

#[test]
fn messages_exist_in_all_three_languages() {
    let inputs: &[(WidgetKind, String)] = &[
        (QG, quota_with_body(r#"{"label": "Senate", "share": 130}"#)),
        (QG, quota_with_body(r#"{"label": "Senate", "shrae": 13}"#)),
        (QG, quota_with_body(r#"{"label": "Senate"}"#)),
        (
            QG,
            quota_with_body(r#"{"label": "Senate", "share": "13%"}"#),
        ),
        (QG, quota_with_body(r#"{"label": "<b>", "share": 1}"#)),
        (QG, "{\n \"source\": NaN}".into()),
        (QG, "{\"a\": 1,}".into()),
        (
            PK,
            peace_with(
                r#"{"label": "A", "men": 20, "women": 1}"#,
                r#", "total": 19"#,
            ),
        ),
        (
            PK,
            peace_with(r#"{"label": "A", "men": -2, "women": 1}"#, ""),
        ),
        (
            VT,
            trend_with_points(r#"{"year": 2020, "value": 1}, {"year": 2020, "value": 2}"#),
        ),
        (VT, trend_with_points(r#"{"year": 2020.5, "value": 1}"#)),
    ];
    for (kind, json) in inputs {
        let en = parse_widget(*kind, json, Lang::En).unwrap_err();
        for lang in [Lang::Ru, Lang::Kk] {
            let e = parse_widget(*kind, json, lang).unwrap_err();
            assert_eq!(e.path, en.path, "{json}");
            assert_eq!(e.lang, lang);
            assert_ne!(
                e.message, en.message,
                "{lang:?} not translated: {}",
                e.message
            );
            assert!(!has_unfilled_slot(&e.message), "{}", e.message);
            let shown = e.to_string();
            // The product's name in Russian and Kazakh.
            assert!(shown.starts_with("Теңдік: "), "{shown}");
            assert!(shown.contains(&e.message));
            assert!(
                shown.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                "{shown}"
            );
        }
    }
    let ru = parse_widget(
        QG,
        &quota_with_body(r#"{"label": "S", "share": 130}"#),
        Lang::Ru,
    )
    .unwrap_err();
    assert_eq!(
        ru.to_string(),
        "Теңдік: ошибка в данных, поле bodies[1].share: ожидается число от 0 до 100, а получено 130"
    );
    let kk = parse_widget(
        QG,
        &quota_with_body(r#"{"label": "S", "share": 130}"#),
        Lang::Kk,
    )
    .unwrap_err();
    assert_eq!(
        kk.to_string(),
        "Теңдік: деректердегі қате, bodies[1].share өрісі: 0 мен 100 аралығындағы сан күтілген, бірақ берілгені 130"
    );
}

// ---------------------------------------------------------------------------------------
// The documented examples.

/// The ```json blocks of docs/user-data.md, each with the widget its section is about.
fn doc_examples() -> Vec<(WidgetKind, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/user-data.md");
    let doc = std::fs::read_to_string(path).expect("docs/user-data.md");
    let mut out = Vec::new();
    let mut section: Option<WidgetKind> = None;
    let mut block: Option<String> = None;
    for line in doc.lines() {
        if let Some(text) = block.as_mut() {
            if line.trim_start().starts_with("```") {
                let kind = section.expect("a json block outside a widget's section");
                out.push((kind, block.take().unwrap_or_default()));
            } else {
                text.push_str(line);
                text.push('\n');
            }
        } else if line.trim() == "```json" {
            block = Some(String::new());
        } else if line.starts_with('#') {
            section = WidgetKind::all()
                .into_iter()
                .find(|k| line.contains(&format!("`{}`", k.name())));
        }
    }
    assert!(block.is_none(), "unclosed code block");
    out
}

fn first_example(kind: WidgetKind) -> String {
    doc_examples()
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, json)| json)
        .unwrap_or_else(|| panic!("no example for {kind:?} in docs/user-data.md"))
}

#[test]
fn every_documented_example_is_accepted_in_every_language() {
    let examples = doc_examples();
    for kind in WidgetKind::all().filter(|k| accepts_data(*k)) {
        assert!(
            examples.iter().any(|(k, _)| *k == kind),
            "no example for {kind:?}"
        );
    }
    for (kind, json) in &examples {
        for lang in Lang::ALL {
            let w = parse_widget(*kind, json, lang)
                .unwrap_or_else(|e| panic!("documented example refused: {e}\n{json}"));
            assert_eq!(w.kind(), *kind);
            assert_within_limits(&w);
        }
    }
}

#[test]
fn the_quota_gauge_example_gives_the_widget_it_describes() {
    let w = parse_widget(QG, &first_example(QG), Lang::En).unwrap();
    let expected = QuotaGauge {
        line: 30.0,
        goal_year: None,
        bodies: vec![
            Body {
                label: "City council".into(),
                share: 23.1,
            },
            Body {
                label: "Budget committee".into(),
                share: 40.0,
            },
            Body {
                label: "Planning committee".into(),
                share: 12.5,
            },
        ],
        common: Common::newsroom(
            Some("Women on an example city council and its committees".into()),
            "Source: Example city council, list of members, March 2024 (illustrative figures)"
                .into(),
            vec!["Shares are of seats filled on 1 March 2024.".into()],
            1,
        ),
    };
    assert_eq!(w.get::<QuotaGauge>(), Some(&expected));
    let content = w.content(Lang::En);
    assert_eq!(
        plain(&content.takeaway),
        "1 of 3 bodies reaches the 30% quota: City council 23.1% (6.9 points short), Budget committee 40% (10 points above), Planning committee 12.5% (17.5 points short)."
    );

    let w_ru = parse_widget(QG, &first_example(QG), Lang::Ru).unwrap();
    let ru = w_ru.get::<QuotaGauge>().expect("a quota gauge");
    assert_eq!(
        ru.common.source,
        "Источник: Example city council, list of members, March 2024 (illustrative figures)"
    );
}

#[test]
fn the_violence_trend_example_is_sorted_and_its_gaps_filled() {
    let w = parse_widget(VT, &first_example(VT), Lang::En).unwrap();
    let p = |year, value| Point { year, value };
    let expected = ViolenceTrend {
        points: vec![
            p(2019, Some(1520.0)),
            p(2020, Some(1610.0)),
            p(2021, None),
            p(2022, None),
            p(2023, Some(1275.0)),
            p(2024, Some(1180.0)),
        ],
        goal: Some(Goal {
            reduction: 25.0,
            base_year: 2019,
            baseline_assumed: false,
        }),
        common: Common::newsroom(
            Some("Domestic-violence calls to police in an example region".into()),
            "Source: Example regional police department, annual reports 2019–2024 (illustrative figures)".into(),
            vec!["2020 includes the lockdown months.".into()],
            1,
        ),
    }
    .with_standard_notes(Lang::En);
    assert_eq!(w.get::<ViolenceTrend>(), Some(&expected.clone()));
    assert_eq!(expected.common.notes.len(), 3);
    assert_eq!(
        expected.common.notes[1],
        "The sources give no figure for 2021, 2022, so the line is broken there."
    );
    assert_eq!(expected.goal_value(), Some(1140.0));
}

#[test]
fn gaps_are_filled_never_interpolated() {
    let json = trend_with_points(
        r#"{"year": 2010, "value": 100}, {"year": 2014, "value": 60}, {"year": 2012, "value": null}"#,
    );
    let Ok(w_t) = parse_widget(VT, &json, Lang::En) else {
        panic!("refused");
    };
    let t = w_t.get::<ViolenceTrend>().expect("a ViolenceTrend");
    let years: Vec<i32> = t.points.iter().map(|p| p.year).collect();
    assert_eq!(years, vec![2010, 2011, 2012, 2013, 2014]);
    let values: Vec<Option<f64>> = t.points.iter().map(|p| p.value).collect();
    assert_eq!(values, vec![Some(100.0), None, None, None, Some(60.0)]);
    assert_eq!(
        t.common.notes,
        vec!["The sources give no figure for 2011, 2012, 2013; the years they do give are shown as dots, with no line between them."]
    );
    // A single year is a chart of one point, with no gaps.
    let Ok(w_one) = parse_widget(
        VT,
        &trend_with_points(r#"{"year": 2010, "value": 0}"#),
        Lang::En,
    ) else {
        panic!("refused");
    };
    let one = w_one.get::<ViolenceTrend>().expect("a ViolenceTrend");
    assert_eq!(
        one.points,
        vec![Point {
            year: 2010,
            value: Some(0.0)
        }]
    );
    assert!(one.common.notes.is_empty());
}

#[test]
fn the_peacekeeping_example_gives_the_widget_it_describes() {
    let w = parse_widget(PK, &first_example(PK), Lang::En).unwrap();
    let role = |label: &str, men, women| Role {
        label: label.into(),
        men,
        women,
    };
    let expected = Peacekeeping {
        roles: vec![
            role("Experts on mission", 5.0, 1.0),
            role("Staff officers", 9.0, 2.0),
            role("Troops", 2.0, 0.0),
        ],
        goal: Some(15.0),
        date: "September 2023".into(),
        stated_total: Some(21.0),
        common: Common::newsroom(
            Some("UN peacekeepers from an example country, by role".into()),
            "Source: Example: UN peacekeeping contributions by country and role, September 2023 (illustrative figures)".into(),
            vec![
            "Police officers are not included.".into(),
            "2\u{a0}of the 21\u{a0}personnel are not broken down by role in the source.".into(),
        ],
            1,
        ),
    };
    assert_eq!(w.get::<Peacekeeping>(), Some(&expected));
}

fn render(widget: &Widget, width: f64, lang: Lang) -> String {
    let frame = Frame {
        width,
        scale: 1.0,
        theme: Theme::Light,
        lang,
    };
    let (w, h) = frame.backing_size(widget.height(&frame));
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, (w, h));
        widget.draw(&mut backend, &frame).expect("draws");
    }
    svg
}

#[test]
fn widgets_from_user_data_draw_at_phone_and_desktop_widths() {
    for (kind, json) in doc_examples() {
        for lang in Lang::ALL {
            let w = parse_widget(kind, &json, lang).unwrap();
            for width in [320.0, 1200.0] {
                let svg = render(&w, width, lang);
                assert!(svg.contains("<text"), "{kind:?} {lang:?} {width}");
            }
        }
    }
    // The user's labels are drawn as text (escaped by the SVG backend, never markup).
    let w = parse_widget(QG, &first_example(QG), Lang::En).unwrap();
    let svg = render(&w, 1200.0, Lang::En);
    assert!(svg.contains("Budget committee 40%"), "label not drawn");
    // Gaps are drawn as gaps.
    let w = parse_widget(VT, &first_example(VT), Lang::En).unwrap();
    let svg = render(&w, 1200.0, Lang::En);
    let gaps = svg.lines().filter(|l| l.trim() == "no figure").count();
    assert_eq!(gaps, 2, "two gap years labelled");
}

// ---------------------------------------------------------------------------------------
// Properties.

/// Every number in an accepted widget is finite and within the documented limits.
fn assert_within_limits(w: &Widget) {
    let text_ok = |s: &str, max: usize| {
        assert!(!s.is_empty() && s.chars().count() <= max, "{s:?}");
        assert!(
            !s.contains(['<', '>', '\u{2028}', '\u{2029}', '\u{fffd}'])
                && !s.chars().any(char::is_control),
            "{s:?}"
        );
        assert!(!s.contains(BIDI_CONTROLS), "{s:?}");
        assert!(!s.chars().all(tendik_core::unicode::is_invisible), "{s:?}");
        assert_eq!(s, s.trim());
    };
    let percent_ok = |p: f64| assert!(p.is_finite() && (0.0..=100.0).contains(&p), "{p}");
    let count_ok = |n: f64| {
        assert!(
            n.is_finite() && (0.0..=MAX_NUMBER).contains(&n) && n.fract() == 0.0,
            "{n}"
        )
    };
    if let Some(q) = w.get::<QuotaGauge>() {
        {
            assert!(q.line > 0.0 && q.line <= 100.0);
            assert!((1..=MAX_BODIES).contains(&q.bodies.len()));
            for b in &q.bodies {
                percent_ok(b.share);
                text_ok(&b.label, MAX_LABEL_CHARS);
            }
            assert!(q.common.notes.len() <= MAX_NOTES);
            if let Some(t) = &q.common.title {
                text_ok(t, MAX_TITLE_CHARS);
            }
        }
    } else if let Some(t) = w.get::<ViolenceTrend>() {
        {
            assert!((1..=MAX_POINTS).contains(&t.points.len()));
            for pair in t.points.windows(2) {
                assert_eq!(pair[1].year, pair[0].year + 1);
            }
            assert!(t.points.iter().any(|p| p.value.is_some()));
            for p in &t.points {
                assert!((MIN_YEAR..=MAX_YEAR).contains(&p.year));
                if let Some(v) = p.value {
                    assert!(v.is_finite() && (0.0..=MAX_NUMBER).contains(&v), "{v}");
                }
            }
            if let Some(g) = t.goal {
                assert!(g.reduction > 0.0 && g.reduction <= 100.0);
                assert!(t.goal_value().is_some_and(f64::is_finite));
            }
            if let Some(title) = &t.common.title {
                text_ok(title, MAX_TITLE_CHARS);
            }
        }
    } else if let Some(p) = w.get::<Peacekeeping>() {
        {
            assert!((1..=MAX_ROLES).contains(&p.roles.len()));
            for r in &p.roles {
                count_ok(r.men);
                count_ok(r.women);
                text_ok(&r.label, MAX_LABEL_CHARS);
            }
            assert!(p.total() > 0.0 && p.total().is_finite());
            if let Some(g) = p.goal {
                percent_ok(g);
            }
            text_ok(&p.date, MAX_DATE_CHARS);
            assert!(p.common.notes.len() <= MAX_NOTES + 1);
        }
    } else if let Some(r) = w.get::<tendik_core::widgets::researchers::Researchers>() {
        assert!((1..=MAX_BODIES).contains(&r.fields.len()));
        for f in &r.fields {
            count_ok(f.count);
            text_ok(&f.label, MAX_LABEL_CHARS);
        }
        percent_ok(r.share);
        text_ok(&r.share_label, MAX_LABEL_CHARS);
        count_ok(r.total);
        let sum: f64 = r.fields.iter().map(|f| f.count).sum();
        assert_eq!(r.not_specified, r.total - sum);
        assert!(r.not_specified >= 0.0);
        assert!(r.common.notes.len() <= MAX_NOTES + 2);
    } else if let Some(c) = w.get::<tendik_core::widgets::crime_victims::CrimeVictims>() {
        assert!((1..=MAX_GROUPS).contains(&c.groups.len()));
        for g in &c.groups {
            text_ok(&g.heading, MAX_TITLE_CHARS);
            assert!((1..=MAX_BODIES).contains(&g.parts.len()));
            for p in &g.parts {
                count_ok(p.victims);
                text_ok(&p.label, MAX_LABEL_CHARS);
            }
        }
        assert!(c.crimes.is_none());
        assert!(c.common.notes.len() <= MAX_NOTES);
    } else if let Some(c) = w.get::<tendik_core::widgets::crisis_centres::CrisisCentres>() {
        assert!((1..=MAX_BODIES).contains(&c.counts.len()));
        for n in &c.counts {
            count_ok(n.centres);
            text_ok(&n.label, MAX_LABEL_CHARS);
        }
        assert!(c.aid.len() <= MAX_GROUPS);
        for a in &c.aid {
            text_ok(&a.heading, MAX_TITLE_CHARS);
            assert!((1..=MAX_BODIES).contains(&a.parts.len()));
            count_ok(a.total);
            let sum: f64 = a.parts.iter().map(|p| p.people).sum();
            assert_eq!(a.not_specified, a.total - sum);
            assert!(a.not_specified >= 0.0);
            for p in &a.parts {
                count_ok(p.people);
                text_ok(&p.label, MAX_LABEL_CHARS);
            }
        }
        assert!(c.common.notes.len() <= MAX_NOTES);
    } else if let Some(f) = w.get::<tendik_core::widgets::family_centres::FamilyCentres>() {
        assert!((1..=MAX_BODIES).contains(&f.counts.len()));
        let mut names: Option<Vec<&str>> = None;
        for c in &f.counts {
            count_ok(c.value);
            text_ok(&c.source, MAX_LABEL_CHARS);
            text_ok(&c.when, MAX_DATE_CHARS.max(30));
            assert!(c.parts.is_empty() || c.parts.len() == 2);
            if !c.parts.is_empty() {
                assert_eq!(c.parts.iter().map(|p| p.value).sum::<f64>(), c.value);
                let these: Vec<&str> = c.parts.iter().map(|p| p.key.as_str()).collect();
                assert_eq!(names.get_or_insert(these.clone()), &these);
            }
        }
        let bounds = f.counts.iter().filter(|c| c.lower_bound).count();
        assert!(f.common.notes.len() <= MAX_NOTES + bounds);
    } else if let Some(t) = w.get::<tendik_core::widgets::nap_timeline::NapTimeline>() {
        use tendik_core::widgets::nap_timeline::Item;
        assert!(t.items.len() <= 2 * MAX_BODIES);
        for item in &t.items {
            match item {
                Item::Period(p) => {
                    text_ok(&p.name, MAX_TITLE_CHARS);
                    let year = |y: u16| (MIN_YEAR..=MAX_YEAR).contains(&i32::from(y));
                    assert!(year(p.start) && p.end.is_none_or(|e| year(e) && e >= p.start));
                }
                Item::Event(e) => {
                    text_ok(&e.text, MAX_TITLE_CHARS);
                    assert!((MIN_YEAR..=MAX_YEAR).contains(&i32::from(e.date.year)));
                    assert!(e.date.month <= 12 && e.date.day <= 31);
                }
            }
        }
        assert!(t.items.windows(2).all(|w| w[0].start() <= w[1].start()));
        assert!(t.objectives.len() <= MAX_BODIES);
        for o in &t.objectives {
            text_ok(o, MAX_TITLE_CHARS);
        }
        assert!(t.common.notes.len() <= MAX_NOTES + 3);
    } else if let Some(t) = w.get::<tendik_core::widgets::targets_2030::Targets2030>() {
        use tendik_core::widgets::targets_2030::Gauge;
        assert!((MIN_YEAR..=MAX_YEAR).contains(&i32::from(t.year)));
        assert!((1..=MAX_BODIES).contains(&t.targets.len()));
        for target in &t.targets {
            text_ok(&target.name, MAX_LABEL_CHARS);
            match target.gauge {
                Gauge::Share {
                    goal, value, women, ..
                } => {
                    percent_ok(goal);
                    value.map(percent_ok);
                    assert!(!women, "a newsroom's share is not known to be women's");
                }
                Gauge::Count {
                    base_year,
                    base,
                    latest_year,
                    latest,
                    reduction,
                    goal,
                } => {
                    count_ok(base);
                    count_ok(latest);
                    assert!(latest_year >= base_year);
                    assert!(reduction > 0.0 && reduction <= 100.0);
                    assert!(goal >= 0.0 && goal <= base, "{goal} of {base}");
                }
            }
        }
        assert!(t.common.notes.len() <= MAX_NOTES + 1);
    } else if let Some(c) = w.get::<tendik_core::widgets::institutions::Institutions>() {
        assert!((1..=MAX_BODIES).contains(&c.shares.len()));
        for s in &c.shares {
            percent_ok(s.share);
            text_ok(&s.label, MAX_LABEL_CHARS);
        }
        if let Some(g) = &c.goal {
            assert!(g.share > 0.0 && g.share <= 100.0);
            let year: i32 = g.year.parse().unwrap();
            assert!((MIN_YEAR..=MAX_YEAR).contains(&year));
        }
        assert!(c.common.notes.len() <= MAX_NOTES);
    } else if let Some(b) = w.get::<tendik_core::widgets::business::Business>() {
        assert!((1..=MAX_GROUPS).contains(&b.groups.len()));
        for g in &b.groups {
            text_ok(&g.heading, MAX_TITLE_CHARS);
            assert!((1..=MAX_BODIES).contains(&g.shares.len()));
            for s in &g.shares {
                percent_ok(s.share);
                text_ok(&s.label, MAX_LABEL_CHARS);
            }
        }
        assert!(b.counts.len() <= tendik_core::widgets::business::MAX_COUNTS);
        for c in &b.counts {
            text_ok(&c.label, MAX_LABEL_CHARS);
            count_ok(c.count);
            for money in c.tenge.into_iter().chain(c.usd) {
                assert!((0.0..=MAX_NUMBER).contains(&money), "{money}");
            }
        }
        assert!(b.common.notes.len() <= MAX_NOTES);
    } else {
        // Every other widget shows only the embedded dataset.
        panic!("{:?} takes no data, yet data gave one", w.kind());
    }
    let source = w.content(Lang::En).source;
    assert!(source.len() > "Source: ".len(), "{source}");
}

/// Parses for every widget, checks any accepted widget, and returns whether any was.
fn check_all_kinds(json: &str) -> bool {
    let mut any = false;
    for kind in WidgetKind::all() {
        if let Ok(w) = parse_widget(kind, json, Lang::En) {
            assert_within_limits(&w);
            any = true;
        }
    }
    any
}

fn field_names() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("title".to_string()),
        Just("source".to_string()),
        Just("quota".to_string()),
        Just("bodies".to_string()),
        Just("label".to_string()),
        Just("share".to_string()),
        Just("points".to_string()),
        Just("year".to_string()),
        Just("value".to_string()),
        Just("goal".to_string()),
        Just("reduction".to_string()),
        Just("base_year".to_string()),
        Just("date".to_string()),
        Just("roles".to_string()),
        Just("men".to_string()),
        Just("women".to_string()),
        Just("total".to_string()),
        Just("notes".to_string()),
        "[a-z_]{1,8}",
    ]
}

fn json_tree() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        (-5i64..3000).prop_map(|n| Json::Number(n as f64)),
        prop::num::f64::NORMAL.prop_map(Json::Number),
        Just(Json::Number(1e12)),
        (1900i32..2101).prop_map(|y| Json::Number(f64::from(y))),
        "\\PC{0,12}".prop_map(Json::String),
        "[ a-z<>\\n\\t&\"\\\\]{0,90}".prop_map(Json::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
            prop::collection::vec((field_names(), inner), 0..8).prop_map(|members| {
                let mut unique: Vec<(String, Json)> = Vec::new();
                for (k, v) in members {
                    if !unique.iter().any(|(u, _)| *u == k) {
                        unique.push((k, v));
                    }
                }
                Json::Object(unique)
            }),
        ]
    })
}

/// One edit to a document, on characters so the text stays a valid `str`.
#[derive(Clone, Debug)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, char),
    Replace(usize, char),
    Duplicate(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let interesting = prop_oneof![
        prop::sample::select(vec![
            '{', '}', '[', ']', '"', ',', ':', '\\', '-', '.', 'e', '0', '9', ' ', '\n', '<', 'n',
            'u', 't', '\u{0}', '\u{7f}', 'ж', '😀',
        ]),
        any::<char>(),
    ];
    prop_oneof![
        (any::<usize>(), 1usize..20).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), interesting.clone()).prop_map(|(a, c)| Edit::Insert(a, c)),
        (any::<usize>(), interesting).prop_map(|(a, c)| Edit::Replace(a, c)),
        (any::<usize>(), 1usize..30).prop_map(|(a, n)| Edit::Duplicate(a, n)),
    ]
}

fn apply(doc: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = doc.chars().collect();
    for e in edits {
        let len = chars.len();
        match *e {
            Edit::Delete(at, n) if len > 0 => {
                let at = at % len;
                chars.drain(at..(at + n).min(len));
            }
            Edit::Insert(at, c) => chars.insert(at % (len + 1), c),
            Edit::Replace(at, c) if len > 0 => chars[at % len] = c,
            Edit::Duplicate(at, n) if len > 0 => {
                let at = at % len;
                let piece: Vec<char> = chars[at..(at + n).min(len)].to_vec();
                let end = (at + n).min(len);
                chars.splice(end..end, piece);
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// Replaces one node of the tree (picked by `pick`, in pre-order) with `with`.
fn replace_node(tree: &mut Json, pick: &mut usize, with: &Json) -> bool {
    if *pick == 0 {
        *tree = with.clone();
        return true;
    }
    *pick -= 1;
    match tree {
        Json::Array(items) => items.iter_mut().any(|i| replace_node(i, pick, with)),
        Json::Object(members) => members.iter_mut().any(|(_, v)| replace_node(v, pick, with)),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_arbitrary_strings(s in "\\PC*") {
        check_all_kinds(&s);
    }

    #[test]
    fn never_panics_on_json_like_noise(s in "[\\[\\]{}\":,0-9a-zEINf.+\\- \\n\\\\u]{0,200}") {
        check_all_kinds(&s);
    }

    #[test]
    fn trees_round_trip_and_never_panic(tree in json_tree()) {
        let text = tree.to_string();
        let back = parse_json(&text);
        prop_assert_eq!(back.as_ref(), Ok(&tree));
        check_all_kinds(&text);
    }

    #[test]
    fn mutated_examples_never_panic_and_accepted_ones_draw(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..4),
    ) {
        let examples = doc_examples();
        let (kind, json) = &examples[which.index(examples.len())];
        let mutated = apply(json, &edits);
        for lang in Lang::ALL {
            if let Ok(w) = parse_widget(*kind, &mutated, lang) {
                assert_within_limits(&w);
                render(&w, 320.0, lang);
            }
        }
        check_all_kinds(&mutated);
    }

    #[test]
    fn examples_with_a_node_replaced_are_checked_completely(
        which in any::<prop::sample::Index>(),
        pick in 0usize..64,
        with in json_tree(),
    ) {
        let examples = doc_examples();
        let (kind, json) = &examples[which.index(examples.len())];
        let mut tree = parse_json(json).expect("documented examples are JSON");
        let mut pick = pick;
        replace_node(&mut tree, &mut pick, &with);
        let text = tree.to_string();
        match parse_widget(*kind, &text, Lang::En) {
            Ok(w) => {
                assert_within_limits(&w);
                render(&w, 320.0, Lang::En);
                render(&w, 1200.0, Lang::En);
            }
            Err(e) => {
                prop_assert!(!e.message.is_empty());
                // The document is valid JSON, so the error is about a field, not syntax…
                // unless the whole document was replaced by a non-object.
                prop_assert!(!e.path.is_empty() || !matches!(tree, Json::Object(_)), "{}", e);
            }
        }
    }
}

/// The browser reads numbers with JavaScript's parseFloat (`parse_widget_with`): whatever
/// function is given is the one used, and what it cannot read is refused, not guessed.
#[test]
fn numbers_are_read_by_the_function_given() {
    let json = r#"{"source": "x", "quota": 30, "bodies": [{"label": "A", "share": 18.9}]}"#;
    let Ok(w_g) = parse_widget_with(QG, json, Lang::En, |t| t.parse().ok()) else {
        panic!("refused {json}");
    };
    let g = w_g.get::<QuotaGauge>().expect("a QuotaGauge");
    assert_eq!(g.bodies[0].share, 18.9);
    let doubled = parse_widget_with(QG, json, Lang::En, |t| {
        t.parse::<f64>().ok().map(|n| n * 2.0)
    });
    let Ok(w_g) = doubled else {
        panic!("refused {json}")
    };
    let g = w_g.get::<QuotaGauge>().expect("a QuotaGauge");
    assert_eq!((g.line, g.bodies[0].share), (60.0, 37.8));
    let e = parse_widget_with(QG, json, Lang::En, |_| None).unwrap_err();
    assert!(e.to_string().contains("30"), "{e}");
}

/// Samples of the generators above, written as the fuzzer's seed corpus
/// (`TENDIK_FUZZ_SEEDS=dir`; `scripts/fuzz.sh` runs it): trees, mutated examples and
/// examples with a node replaced, each parsed here once so that a seed that panics fails
/// this test before the fuzzer starts. The runner is deterministic: the same seeds each run.
#[test]
#[ignore = "writes the fuzzer's seed corpus; scripts/fuzz.sh runs it"]
fn write_fuzz_seeds() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let dir = std::env::var("TENDIK_FUZZ_SEEDS").expect("TENDIK_FUZZ_SEEDS=<directory>");
    let mut r = TestRunner::deterministic();
    let examples = doc_examples();
    let example = |r: &mut TestRunner| {
        let which = any::<usize>().new_tree(r).expect("an index").current();
        examples[which % examples.len()].1.clone()
    };
    let mut seeds: Vec<String> = Vec::new();
    for _ in 0..150 {
        let tree = json_tree().new_tree(&mut r).expect("a tree").current();
        seeds.push(tree.to_string());

        let doc = example(&mut r);
        let edits = prop::collection::vec(edit(), 1..4);
        seeds.push(apply(
            &doc,
            &edits.new_tree(&mut r).expect("edits").current(),
        ));

        let mut tree = parse_json(&example(&mut r)).expect("documented examples are JSON");
        let mut pick = (0usize..64).new_tree(&mut r).expect("a node").current();
        let with = json_tree().new_tree(&mut r).expect("a tree").current();
        replace_node(&mut tree, &mut pick, &with);
        seeds.push(tree.to_string());
    }
    for (i, seed) in seeds.iter().enumerate() {
        check_all_kinds(seed);
        std::fs::write(format!("{dir}/prop-{i:03}.json"), seed).expect("writes a seed");
    }
}

/// Words that are true only of the embedded dataset: the country, its documents and laws.
const EMBEDDED_ONLY: &[&str] = &[
    "Kazakhstan",
    "Казахстан",
    "Қазақстан",
    "CEDAW",
    "КЛДЖ",
    "the Act",
    "Закон",
    "Заң",
    "op-ed",
    "авторск",
    "авторлық",
    "Majilis",
    "Мажилис",
    "Мәжіліс",
];

/// Every title, takeaway and note of a newsroom's widget in every language: none names
/// Kazakhstan or a document, and every year in it is one of the newsroom's own.
#[test]
fn sentences_true_only_of_the_embedded_data_never_appear_with_a_newsrooms() {
    let own = [
        (
            PK,
            peace_with(
                r#"{"label": "Troops", "men": 21, "women": 0}"#,
                r#", "goal": 15"#,
            ),
        ),
        (
            PK,
            peace_with(
                r#"{"label": "Troops", "men": 20, "women": 1}"#,
                r#", "total": 25"#,
            ),
        ),
        (QG, quota_with_body(r#"{"label": "Board", "share": 40}"#)),
        (
            IN,
            r#"{"source": "S", "shares": [{"label": "Board", "share": 20}, {"label": "Staff", "share": 55}]}"#.into(),
        ),
        (
            IN,
            r#"{"source": "S", "shares": [{"label": "Board", "share": 60}]}"#.into(),
        ),
        (
            RS,
            r#"{"source": "S", "share": 40, "share_label": "Women's share", "total": 10,
                "fields": [{"label": "Physics", "count": 4}]}"#
                .into(),
        ),
        (
            QG,
            r#"{"source": "S", "quota": 30, "bodies": [{"label": "Board", "share": 20}]}"#.into(),
        ),
        (
            VT,
            trend_with_points(r#"{"year": 2001, "value": 5}, {"year": 2003, "value": 7}"#),
        ),
        (
            VT,
            r#"{"source": "S", "points": [{"year": 2001, "value": 10}, {"year": 2002, "value": 4}],
                "goal": {"reduction": 50, "base_year": 2001}}"#
                .into(),
        ),
    ];
    let mut checked = 0;
    for (kind, json) in doc_examples().into_iter().chain(own) {
        for lang in Lang::ALL {
            let c = parse_widget(kind, &json, lang).unwrap().content(lang);
            for text in [&c.title, &c.takeaway].into_iter().chain(&c.notes) {
                let text = plain(text);
                for word in EMBEDDED_ONLY {
                    assert!(!text.contains(word), "{kind:?} {lang:?}: {text}\n{json}");
                }
                // Four-digit numbers from 1900 to 2100 are years: each must be within the
                // years of the data (a trend's gaps are the years between those given).
                let years = |t: &str| -> Vec<u32> {
                    t.split(|c: char| !c.is_ascii_digit())
                        .filter(|d| d.len() == 4)
                        .filter_map(|d| d.parse().ok())
                        .filter(|y| (1900..=2100).contains(y))
                        .collect()
                };
                let own = years(&json);
                let (first, last) = (own.iter().min(), own.iter().max());
                for year in years(&text) {
                    assert!(
                        first.is_some_and(|f| *f <= year) && last.is_some_and(|l| year <= *l),
                        "{kind:?} {lang:?}: {year} in {text}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 60, "checked only {checked} texts");
}

/// The embedded dataset's own sentences do name Kazakhstan: the check above is not vacuous.
#[test]
fn the_embedded_peacekeeping_sentences_name_kazakhstan() {
    for (lang, word) in [
        (Lang::En, "Kazakhstan"),
        (Lang::Ru, "Казахстан"),
        (Lang::Kk, "Қазақстан"),
    ] {
        let c = PK.embedded(lang).content(lang);
        assert!(c.title.contains(word), "{lang:?}: {}", c.title);
        assert!(c.takeaway.contains(word), "{lang:?}: {}", c.takeaway);
    }
}

#[test]
fn a_json_download_reads_back_to_the_same_chart() {
    for lang in Lang::ALL {
        for (kind, json) in doc_examples() {
            let widget = parse_widget(kind, &json, lang).expect("a documented example");
            let written = tendik_core::widgets::export::json(&widget).expect("a data widget");
            let back = parse_widget(kind, &written, lang)
                .unwrap_or_else(|e| panic!("{kind:?} {lang:?}: {e}\n{written}"));
            // Everything a reader sees, notes included: the widget's own are not doubled.
            assert_eq!(
                back.content(lang),
                widget.content(lang),
                "{kind:?} {lang:?}"
            );
            assert_eq!(
                tendik_core::widgets::export::json(&back).as_deref(),
                Some(written.as_str())
            );
            // The data's own notes and nothing the widget added.
            let notes = parse_json(&json).unwrap().get("notes").cloned();
            assert_eq!(parse_json(&written).unwrap().get("notes").cloned(), notes);
        }
    }
}

#[test]
fn the_institutions_example_gives_the_chart_it_describes() {
    use tendik_core::widgets::institutions::{Goal, Institutions};
    let w = parse_widget(IN, &first_example(IN), Lang::En).unwrap();
    let chart = w.get::<Institutions>().unwrap();
    let shares: Vec<(&str, f64)> = chart
        .shares
        .iter()
        .map(|s| (s.label.as_str(), s.share))
        .collect();
    assert_eq!(
        shares,
        [
            ("Regional council", 21.5),
            ("Civil servants", 54.0),
            ("Judges", 48.2),
            ("Police officers", 9.0)
        ]
    );
    assert!(chart.shares.iter().all(|s| s.body.is_none()));
    assert_eq!(
        chart.goal,
        Some(Goal {
            share: 30.0,
            year: "2030".into()
        })
    );
    let c = w.content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Women's share is lowest at 9% (Police officers) and highest at 54% (Civil servants). 2 of 4 are below the 30% goal for 2030."
    );
    // Only the data's own note: the embedded chart's (a conflict, undated shares, the
    // op-ed's goal) are true of Tendik's figures alone.
    assert_eq!(c.notes, ["Shares are of staff in post on 1 January 2024."]);
    let ru = parse_widget(IN, &first_example(IN), Lang::Ru).unwrap();
    assert_eq!(
        plain(&ru.content(Lang::Ru).takeaway),
        "Доля женщин — от 9 % (Police officers) до 54 % (Civil servants). Ниже цели 30 % к 2030 году — 2 из 4."
    );
    let kk = parse_widget(IN, &first_example(IN), Lang::Kk).unwrap();
    assert_eq!(
        plain(&kk.content(Lang::Kk).takeaway),
        "Әйелдер үлесі ең төмені — 9 % (Police officers), ең жоғарысы — 54 % (Civil servants). 2030 жылға арналған 30 %‑дық мақсаттан төмені — 2 (барлығы 4)."
    );
}

#[test]
fn institutions_without_a_goal_are_set_against_parity() {
    let one_below = r#"{"source": "S", "shares": [{"label": "Board", "share": 20}, {"label": "Staff", "share": 55}]}"#;
    let c = parse_widget(IN, one_below, Lang::En)
        .unwrap()
        .content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Women's share is lowest at 20% (Board) and highest at 55% (Staff). 1 of 2 is below parity (50%)."
    );
    let none_below = r#"{"source": "S", "shares": [{"label": "Board", "share": 50}, {"label": "Staff", "share": 50}]}"#;
    let c = parse_widget(IN, none_below, Lang::Ru)
        .unwrap()
        .content(Lang::Ru);
    assert_eq!(
        plain(&c.takeaway),
        "Все доли одинаковы: 50 %. Ни одна доля не ниже паритета (50 %)."
    );
    let one = r#"{"source": "S", "shares": [{"label": "Board", "share": 12.5}], "goal": {"share": 40, "year": 2028}}"#;
    let c = parse_widget(IN, one, Lang::En).unwrap().content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Women's share: 12.5% (Board). The goal is 40% by 2028."
    );
}

#[test]
fn the_researchers_example_gives_the_chart_it_describes() {
    use tendik_core::widgets::researchers::Researchers;
    let w = parse_widget(RS, &first_example(RS), Lang::En).unwrap();
    let r = w.get::<Researchers>().unwrap();
    let fields: Vec<(&str, f64)> = r
        .fields
        .iter()
        .map(|f| (f.label.as_str(), f.count))
        .collect();
    assert_eq!(
        fields,
        [
            ("Natural sciences", 120.0),
            ("Engineering", 64.0),
            ("Medicine", 150.0),
            ("Humanities", 58.0)
        ]
    );
    assert_eq!((r.share, r.total, r.not_specified), (46.5, 412.0, 20.0));
    let c = w.content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "Women’s share of all researchers: 46.5%. Of 412 women researchers, the most are in Medicine (150)."
    );
    assert_eq!(
        c.notes.iter().map(|n| plain(n)).collect::<Vec<_>>(),
        [
            "Researchers on contracts of a year or more.",
            "The fields add up to 392, not the 412 women researchers in all; the other 20 are shown as “Not specified in the source”.",
            "The bars count women researchers; they do not show women's share in each field.",
        ]
    );
    // The remainder is a computed row of the table, and the total the last.
    let last: Vec<&str> = c
        .table
        .rows
        .iter()
        .rev()
        .take(2)
        .map(|r| r[0].as_str())
        .collect();
    assert_eq!(last, ["Total", "Not specified in the source"]);
    let ru = parse_widget(RS, &first_example(RS), Lang::Ru).unwrap();
    assert_eq!(
        plain(&ru.content(Lang::Ru).takeaway),
        "Women’s share of all researchers: 46,5 %. Из 412 женщин-исследователей больше всего — в области «Medicine» (150)."
    );
    let one = r#"{"source": "S", "share": 40, "share_label": "Доля женщин", "total": 21,
                  "fields": [{"label": "Физика", "count": 21}]}"#;
    let c = parse_widget(RS, one, Lang::Ru).unwrap().content(Lang::Ru);
    assert!(
        plain(&c.takeaway).contains("Из 21 женщины-исследователя больше всего"),
        "{}",
        c.takeaway
    );
    // No remainder: no hatched bar, no remainder row, no note on it.
    assert_eq!(c.notes.len(), 1, "{:?}", c.notes);
    assert_eq!(c.table.rows.len(), 2);
}

#[test]
fn the_crime_victims_example_gives_the_chart_it_describes() {
    use tendik_core::widgets::crime_victims::CrimeVictims;
    let w = parse_widget(CV, &first_example(CV), Lang::En).unwrap();
    let c = w.get::<CrimeVictims>().unwrap();
    let headings: Vec<&str> = c.groups.iter().map(|g| g.heading.as_str()).collect();
    assert_eq!(
        headings,
        ["Victims by age", "Victims by relation to the offender"]
    );
    assert_eq!(c.groups[0].parts[2].label, "30–44 years");
    assert_eq!(c.groups[1].parts[0].victims, 874.0);
    let content = w.content(Lang::En);
    assert_eq!(
        plain(&content.title),
        "Victims of domestic violence in an example region, 2024"
    );
    assert_eq!(
        plain(&content.takeaway),
        "Under “Victims by age”, 30–44 years has the most victims (530)."
    );
    // One row per bar; no total row, no remainder, no note the newsroom did not write.
    assert_eq!(content.table.rows.len(), 7);
    assert!(content
        .table
        .rows
        .iter()
        .all(|r| !r[1].contains("Not specified")));
    assert_eq!(content.notes.len(), 1, "{:?}", content.notes);
    let kk = parse_widget(CV, &first_example(CV), Lang::Kk).unwrap();
    assert_eq!(
        plain(&kk.content(Lang::Kk).takeaway),
        "«Victims by age» бөлімінде жәбірленушілер ең көп — «30–44 years» тобында (530)."
    );
    // Without a title: the widget's own, with no period it cannot know.
    let bare = r#"{"source": "S", "groups": [{"heading": "По областям",
        "victims": [{"label": "Абай", "count": 40}, {"label": "Алматы", "count": 40}]}]}"#;
    let c = parse_widget(CV, bare, Lang::Ru).unwrap().content(Lang::Ru);
    assert_eq!(
        plain(&c.title),
        "Потерпевшие от преступлений против женщин и девочек"
    );
    assert_eq!(
        plain(&c.takeaway),
        "В разделе «По областям» больше всего потерпевших в группах «Абай» и «Алматы» (по 40)."
    );
    let one = r#"{"source": "S", "groups": [{"heading": "All", "victims": [{"label": "Women", "count": 1}]}]}"#;
    let c = parse_widget(CV, one, Lang::En).unwrap().content(Lang::En);
    assert_eq!(plain(&c.takeaway), "Under “All”: Women, 1.");
}

#[test]
fn the_crisis_centres_example_gives_the_chart_it_describes() {
    use tendik_core::widgets::crisis_centres::CrisisCentres;
    let w = parse_widget(CC, &first_example(CC), Lang::En).unwrap();
    let c = w.get::<CrisisCentres>().unwrap();
    let counts: Vec<(&str, f64)> = c
        .counts
        .iter()
        .map(|n| (n.label.as_str(), n.centres))
        .collect();
    assert_eq!(counts, [("Run by the akimat", 4.0), ("Run by NGOs", 3.0)]);
    assert_eq!((c.aid[0].total, c.aid[0].not_specified), (1210.0, 50.0));
    let content = w.content(Lang::En);
    assert_eq!(
        plain(&content.takeaway),
        "Number of crisis centres: 4 (Run by the akimat) and 3 (Run by NGOs). “People aided in 2024”: 1,210 people in all."
    );
    // Two counts, a row each; then the parts, the computed rest and the total.
    let labels: Vec<&str> = content.table.rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        labels,
        [
            "Run by the akimat",
            "Run by NGOs",
            "Women",
            "Children",
            "Not specified in the source",
            "Total"
        ]
    );
    assert_eq!(content.notes.len(), 1, "{:?}", content.notes);
    let ru = parse_widget(CC, &first_example(CC), Lang::Ru).unwrap();
    assert_eq!(
        plain(&ru.content(Lang::Ru).takeaway),
        "Число кризисных центров: 4 (Run by the akimat) и 3 (Run by NGOs). «People aided in 2024»: всего 1 210 человек."
    );
    // Centres alone, no periods: one sentence.
    let bare = r#"{"source": "S", "centres": [{"label": "Licensed", "count": 1}]}"#;
    let c = parse_widget(CC, bare, Lang::Kk).unwrap().content(Lang::Kk);
    assert_eq!(
        plain(&c.title),
        "Дағдарыс орталықтары және олардан көмек алғандар"
    );
    assert_eq!(
        plain(&c.takeaway),
        "Дағдарыс орталықтарының саны: 1 (Licensed)."
    );
    assert_eq!(c.table.rows.len(), 1);
}

#[test]
fn crisis_centres_data_is_checked_field_by_field() {
    refused(
        CC,
        r#"{"source": "S", "centres": [{"label": "A", "count": 2}],
            "aid": [{"heading": "2024", "total": 10, "parts": [{"label": "Women", "count": 6}, {"label": "Girls", "count": 5}]}]}"#,
        "aid[0].parts",
        "the parts add up to 11, more than total 10",
    );
    refused(
        CC,
        r#"{"source": "S", "aid": [{"heading": "2024", "total": 10, "parts": [{"label": "W", "count": 6}]}]}"#,
        "centres",
        "this required field is missing (expected an array […])",
    );
    refused(
        CC,
        r#"{"source": "S", "centres": [{"label": "A", "count": 2}],
            "aid": [{"heading": "2024", "parts": [{"label": "W", "count": 6}]}]}"#,
        "aid[0].total",
        "this required field is missing (expected a whole number)",
    );
    refused(
        CC,
        r#"{"source": "S", "centres": [{"label": "A", "count": 2}], "aid": [
            {"heading": "2024", "total": 1, "parts": [{"label": "W", "count": 1}]},
            {"heading": "2024", "total": 1, "parts": [{"label": "W", "count": 1}]}]}"#,
        "aid[1].heading",
        "two groups are headed “2024”; each group needs a heading of its own",
    );
}

#[test]
fn the_family_centres_example_gives_the_chart_it_describes() {
    use tendik_core::widgets::family_centres::FamilyCentres;
    let w = parse_widget(FC, &first_example(FC), Lang::En).unwrap();
    let f = w.get::<FamilyCentres>().unwrap();
    let rows: Vec<(&str, &str, f64, bool)> = f
        .counts
        .iter()
        .map(|c| (c.when.as_str(), c.source.as_str(), c.value, c.lower_bound))
        .collect();
    assert_eq!(
        rows,
        [
            ("January 2023", "Akimat report", 9.0, false),
            ("January 2024", "Akimat report", 14.0, false),
            ("date not given", "Regional newspaper", 15.0, true)
        ]
    );
    let c = w.content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "The counts given run from 9 to more than 15 centres."
    );
    assert_eq!(
        c.table.columns,
        ["Date", "Reported in", "Centres", "In towns", "In villages"]
    );
    assert_eq!(c.notes.len(), 2, "{:?}", c.notes);
    assert!(
        plain(&c.notes[1]).starts_with("“More than 15” is a lower bound"),
        "{:?}",
        c.notes
    );
    let kk = parse_widget(FC, &first_example(FC), Lang::Kk).unwrap();
    let t = plain(&kk.content(Lang::Kk).takeaway);
    assert_eq!(
        t,
        "Келтірілген деректер бойынша орталықтар саны — 9\u{2011}дан 15\u{2011}тен астамға дейін."
    );
    let one =
        r#"{"source": "S", "counts": [{"reported_in": "Report", "date": "May 2024", "count": 1}]}"#;
    let c = parse_widget(FC, one, Lang::En).unwrap().content(Lang::En);
    assert_eq!(plain(&c.title), "Family support centres: every count given");
    assert_eq!(
        plain(&c.takeaway),
        "Family support centres: 1 (May 2024, Report)."
    );
    assert_eq!(c.table.columns.len(), 3, "no part columns without parts");
    assert!(c.notes.is_empty());
}

#[test]
fn family_centres_data_is_checked_field_by_field() {
    refused(
        FC,
        r#"{"source": "S", "counts": [{"reported_in": "R", "count": 10,
            "parts": [{"label": "A", "count": 4}, {"label": "B", "count": 5}]}]}"#,
        "counts[0].parts",
        "the parts add up to 9, not the count 10",
    );
    refused(
        FC,
        r#"{"source": "S", "counts": [{"reported_in": "R", "count": 10, "parts": [{"label": "A", "count": 10}]}]}"#,
        "counts[0].parts",
        "expected 2 items, got 1",
    );
    refused(
        FC,
        r#"{"source": "S", "counts": [
            {"reported_in": "R", "count": 3, "parts": [{"label": "A", "count": 1}, {"label": "B", "count": 2}]},
            {"reported_in": "R", "count": 3, "parts": [{"label": "B", "count": 1}, {"label": "A", "count": 2}]}]}"#,
        "counts[1].parts",
        "the parts must be named as in counts[0].parts, whose names the legend shows: “A”, then “B”",
    );
    refused(
        FC,
        r#"{"source": "S", "counts": [{"reported_in": "R", "count": 3, "more_than": "yes"}]}"#,
        "counts[0].more_than",
        "expected true or false, got a string (\"yes\")",
    );
    refused(
        FC,
        r#"{"source": "S", "counts": [{"count": 3}]}"#,
        "counts[0].reported_in",
        "this required field is missing (expected a string in double quotes)",
    );
}

#[test]
fn the_nap_timeline_example_gives_the_chart_it_describes() {
    use tendik_core::widgets::nap_timeline::{Item, NapTimeline};
    let w = parse_widget(NT, &first_example(NT), Lang::En).unwrap();
    let t = w.get::<NapTimeline>().unwrap();
    // In date order, whatever the document's order.
    let order: Vec<String> = t
        .items
        .iter()
        .map(|i| match i {
            Item::Event(e) => e.date.iso(),
            Item::Period(p) => p.start.to_string(),
        })
        .collect();
    assert_eq!(order, ["2015-10-13", "2016", "2021", "2022-03", "2023"]);
    let Item::Period(second) = &t.items[4] else {
        panic!("{:?}", t.items[4])
    };
    assert_eq!(
        plain(&second.label),
        "Second plan: 5 objectives, 92 activities (from 2023)"
    );
    let c = w.content(Lang::En);
    assert_eq!(
        plain(&c.takeaway),
        "2 plans: the first begins in 2016, the latest in 2023."
    );
    assert_eq!(c.notes.len(), 4, "{:?}", c.notes);
    assert_eq!(c.table.rows.len(), 5 + 3);
    let ru = parse_widget(NT, &first_example(NT), Lang::Ru).unwrap();
    assert_eq!(
        plain(&ru.content(Lang::Ru).takeaway),
        "Планов — 2: первый начинается в 2016 году, последний — в 2023 году."
    );
    let one = r#"{"source": "S", "plans": [{"label": "Plan", "start": 2020, "end": 2024}]}"#;
    let w = parse_widget(NT, one, Lang::En).unwrap();
    let c = w.content(Lang::En);
    assert_eq!(plain(&c.takeaway), "“Plan” covers 2020–2024.");
    assert_eq!(
        plain(&c.title),
        "A national action plan on Women, Peace and Security"
    );
    assert!(c.notes.is_empty(), "{:?}", c.notes);
    // No objectives: no heading drawn for them.
    let svg = render(&w, 640.0, Lang::En);
    assert!(!svg.contains("objectives"), "{svg}");
}

#[test]
fn nap_timeline_data_is_checked_field_by_field() {
    let plan = r#""plans": [{"label": "P", "start": 2020}]"#;
    for (date, path) in [
        (r#""2024-02-30""#, "events[0].date"),
        (r#""2023-02-29""#, "events[0].date"),
        (r#""2024-13""#, "events[0].date"),
        (r#""2024-05-00""#, "events[0].date"),
        (r#""24-05-01""#, "events[0].date"),
        (r#""2024-5-1""#, "events[0].date"),
        (r#""1800""#, "events[0].date"),
        (r#""2024-05-01-01""#, "events[0].date"),
    ] {
        let json =
            format!(r#"{{"source": "S", {plan}, "events": [{{"date": {date}, "label": "E"}}]}}"#);
        let e = err(NT, &json);
        assert_eq!(e.path, path, "{date}");
        assert!(
            e.message.starts_with("expected a date written 2024"),
            "{date}: {e}"
        );
    }
    for date in ["2024", r#""2024""#, r#""2024-02-29""#, r#""2024-12""#] {
        let json =
            format!(r#"{{"source": "S", {plan}, "events": [{{"date": {date}, "label": "E"}}]}}"#);
        assert!(parse_widget(NT, &json, Lang::En).is_ok(), "{date}");
    }
    refused(
        NT,
        r#"{"source": "S", "plans": [{"label": "P", "start": 2020, "end": 2019}]}"#,
        "plans[0].end",
        "the end year 2019 is before the start year 2020",
    );
    refused(
        NT,
        r#"{"source": "S", "plans": [{"label": "P", "start": 2020}], "objectives": {"heading": "O", "items": []}}"#,
        "objectives.items",
        "expected 1 to 12 items, got 0",
    );
    refused(
        NT,
        r#"{"source": "S", "events": [{"date": 2020, "label": "E"}]}"#,
        "plans",
        "this required field is missing (expected an array […])",
    );
}

#[test]
fn the_targets_example_gives_the_chart_it_describes() {
    let w = parse_widget(TG, &first_example(TG), Lang::En).unwrap();
    let c = w.content(Lang::En);
    assert_eq!(
        plain(&c.title),
        "An example region’s gender equality targets for 2030"
    );
    assert_eq!(
        plain(&c.takeaway),
        "Towards the 2030 targets: Women among heads of departments 27.4% (goal: ≥ 30%); Reported domestic violence down 328 from 2021 to 2024 (goal: a 30% reduction)."
            .replace("≥ 30%", "≥ 35%")
    );
    let rows: Vec<Vec<String>> = c
        .table
        .rows
        .iter()
        .map(|r| r.iter().map(|x| plain(x)).collect())
        .collect();
    assert_eq!(
        rows,
        [
            ["Women among heads of departments", "≥ 35%", "27.4%, 2024"],
            ["Gender pay gap", "≤ 15%", "no figure in the sources"],
            [
                "Reported domestic violence",
                "a 30% reduction",
                "1,512 in 2024, 328 fewer than in 2021 (1,840)"
            ],
        ]
    );
    // The goal of a 30% cut from 1,840 is drawn at 1,288.
    let svg = render(&w, 640.0, Lang::En);
    assert!(plain(&svg).contains("goal from 2021: 1,288"), "{svg}");
    let none = r#"{"source": "S", "year": 2030, "targets": [{"label": "Pay gap", "goal": 10}]}"#;
    let c = parse_widget(TG, none, Lang::Kk).unwrap().content(Lang::Kk);
    assert_eq!(
        plain(&c.takeaway),
        "2030 жылғы мақсаттар бойынша соңғы деректер келтірілмеген."
    );
    assert!(c.notes.is_empty(), "one target: no note on scales");
}

#[test]
fn targets_data_is_checked_field_by_field() {
    let doc = |target: &str| format!(r#"{{"source": "S", "year": 2030, "targets": [{target}]}}"#);
    refused(
        TG,
        &doc(r#"{"label": "A", "goal": 30, "reduction": 10}"#),
        "targets[0].reduction",
        "give either goal (a share in per cent) or reduction (a count to reduce by a per cent), not both",
    );
    refused(
        TG,
        &doc(r#"{"label": "A"}"#),
        "targets[0]",
        "give goal (a share in per cent) or reduction (a count to reduce by a per cent)",
    );
    refused(
        TG,
        &doc(r#"{"label": "A", "goal": 30, "direction": "above"}"#),
        "targets[0].direction",
        "expected \"at least\" or \"at most\", got \"above\"",
    );
    refused(
        TG,
        &doc(
            r#"{"label": "A", "reduction": 10, "base_year": 2024, "base": 5, "latest_year": 2020, "latest": 3}"#,
        ),
        "targets[0].latest_year",
        "latest_year 2020 is before base_year 2024",
    );
    refused(
        TG,
        &doc(
            r#"{"label": "A", "reduction": 10, "base_year": 2020, "base": 5, "latest_year": 2024}"#,
        ),
        "targets[0].latest",
        "this required field is missing (expected a whole number)",
    );
    refused(
        TG,
        &doc(r#"{"label": "A", "goal": 130}"#),
        "targets[0].goal",
        "expected a number between 0 and 100, got 130",
    );
}

#[test]
fn crime_victims_data_is_checked_field_by_field() {
    refused(
        CV,
        r#"{"source": "S", "groups": []}"#,
        "groups",
        "expected 1 to 4 items, got 0",
    );
    refused(
        CV,
        r#"{"source": "S", "groups": [{"heading": "A", "victims": [{"label": "x", "count": -1}]}]}"#,
        "groups[0].victims[0].count",
        "expected a whole number, 0 or more, got -1",
    );
    refused(
        CV,
        r#"{"source": "S", "groups": [{"heading": "A", "victims": [{"label": "x", "count": 1}]},
            {"heading": "A", "victims": [{"label": "y", "count": 2}]}]}"#,
        "groups[1].heading",
        "two groups are headed “A”; each group needs a heading of its own",
    );
    refused(
        CV,
        r#"{"source": "S", "groups": [{"heading": "A", "parts": []}]}"#,
        "groups[0].parts",
        "unknown field \"parts\"; the fields here are: heading, victims",
    );
    refused(
        CV,
        r#"{"source": "S", "total": 5, "groups": [{"heading": "A", "victims": [{"label": "x", "count": 1}]}]}"#,
        "total",
        "unknown field \"total\"; the fields here are: title, source, groups, notes",
    );
}

#[test]
fn researchers_fields_may_not_exceed_their_total() {
    refused(
        RS,
        r#"{"source": "S", "share": 40, "share_label": "Share", "total": 10,
            "fields": [{"label": "A", "count": 6}, {"label": "B", "count": 5}]}"#,
        "fields",
        "the fields add up to 11, more than total 10",
    );
    refused(
        RS,
        r#"{"source": "S", "share": 40, "share_label": "Share", "total": 10,
            "fields": [{"label": "A", "count": 1.5}]}"#,
        "fields[0].count",
        "expected a whole number, 0 or more, got 1.5",
    );
    refused(
        RS,
        r#"{"source": "S", "share": 40, "total": 10, "fields": []}"#,
        "share_label",
        "this required field is missing (expected a string in double quotes)",
    );
}

#[test]
fn institutions_data_is_checked_field_by_field() {
    refused(
        IN,
        r#"{"source": "S", "shares": []}"#,
        "shares",
        "expected 1 to 12 items, got 0",
    );
    refused(
        IN,
        r#"{"source": "S", "shares": [{"label": "Board", "share": 101}]}"#,
        "shares[0].share",
        "expected a number between 0 and 100, got 101",
    );
    refused(
        IN,
        r#"{"source": "S", "shares": [{"label": "Board", "shrae": 1}]}"#,
        "shares[0].shrae",
        "unknown field \"shrae\": did you mean \"share\"?",
    );
    refused(
        IN,
        r#"{"source": "S", "shares": [{"label": "<b>Board</b>", "share": 1}]}"#,
        "shares[0].label",
        "contains \"<\": labels are plain text (no HTML), shown exactly as written",
    );
    refused(
        IN,
        r#"{"source": "S", "shares": [{"label": "Board", "share": 1}], "goal": {"share": 30}}"#,
        "goal.year",
        "this required field is missing (expected a year as a whole number)",
    );
    refused(
        IN,
        r#"{"source": "S", "shares": [{"label": "Board", "share": 1}], "goal": {"share": 0, "year": 2030}}"#,
        "goal.share",
        "expected a number greater than 0 and at most 100, got 0",
    );
}

#[test]
fn a_quota_gauge_takes_a_goal_for_a_year_or_a_quota_not_both() {
    let goal = r#"{"source": "Example register", "goal": {"share": 30, "year": 2030},
                   "bodies": [{"label": "Council", "share": 18.9}]}"#;
    let gauge = parse_widget(QG, goal, Lang::En).unwrap();
    let content = gauge.content(Lang::En);
    assert_eq!(
        plain(&content.title),
        "Women in elected bodies, against the 30% goal for 2030"
    );
    assert!(!content.takeaway.contains("quota"), "{}", content.takeaway);
    let both = r#"{"source": "Example register", "quota": 30, "goal": {"share": 30, "year": 2030},
                   "bodies": [{"label": "Council", "share": 18.9}]}"#;
    refused(QG, both, "goal", "give a quota or a goal, not both");
    let no_year = r#"{"source": "Example register", "goal": {"share": 30},
                      "bodies": [{"label": "Council", "share": 18.9}]}"#;
    refused(
        QG,
        no_year,
        "goal.year",
        "this required field is missing (expected a year as a whole number)",
    );
}

#[test]
fn a_trend_says_so_when_its_base_year_is_assumed() {
    let json = |assumed: &str| {
        format!(
            r#"{{"source": "Example police", "points": [{{"year": 2019, "value": 100}}, {{"year": 2020, "value": 90}}],
                "goal": {{"reduction": 50, "base_year": 2019{assumed}}}}}"#
        )
    };
    let notes = |json: &str| {
        parse_widget(VT, json, Lang::En)
            .unwrap()
            .content(Lang::En)
            .notes
    };
    let stated = notes(&json(""));
    let assumed = notes(&json(r#", "base_year_assumed": true"#));
    assert!(
        stated.iter().all(|n| !n.contains("names no baseline")),
        "{stated:?}"
    );
    assert!(
        assumed
            .iter()
            .any(|n| n.contains("The source names no baseline year")),
        "{assumed:?}"
    );
    refused(
        VT,
        &json(r#", "base_year_assumed": "yes""#),
        "goal.base_year_assumed",
        r#"expected true or false, got a string ("yes")"#,
    );
}
