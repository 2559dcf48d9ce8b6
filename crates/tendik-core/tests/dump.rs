//! The `tendik-dump` command: runs the built binary and checks its JSON against the dataset.
#![cfg(feature = "json")]

use std::collections::HashSet;
use std::process::Command;

use serde_json::Value;
use tendik_core::dataset::{breakdowns, conflicts, dump_json, figures, SCHEMA_VERSION};
use tendik_core::Seed;

fn run_dump() -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_tendik-dump"))
        .output()
        .expect("cannot run tendik-dump");
    assert!(output.status.success(), "tendik-dump failed: {output:?}");
    let text = String::from_utf8(output.stdout).expect("tendik-dump wrote invalid UTF-8");
    serde_json::from_str(&text).expect("tendik-dump wrote invalid JSON")
}

#[test]
fn dump_prints_the_whole_dataset() {
    let dump = run_dump();
    assert_eq!(dump, dump_json(), "the binary and dump_json() disagree");
    assert_eq!(dump["schema_version"], SCHEMA_VERSION);

    let seeds = dump["seeds"].as_array().unwrap();
    assert_eq!(seeds.len(), Seed::ALL.len());
    for (json, seed) in seeds.iter().zip(Seed::ALL) {
        assert_eq!(json["file"], seed.file_name());
        for lang in ["en", "ru", "kk"] {
            assert!(json["title"][lang].as_str().is_some_and(|t| !t.is_empty()));
        }
    }

    let ids: Vec<&str> = dump["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = figures().map(|f| f.id).collect();
    assert_eq!(ids, expected, "every figure, in dataset order");
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());

    assert_eq!(
        dump["conflicts"].as_array().unwrap().len(),
        conflicts().len()
    );
    let json_breakdowns = dump["breakdowns"].as_array().unwrap();
    assert_eq!(json_breakdowns.len(), breakdowns().len());
    for (json, b) in json_breakdowns.iter().zip(breakdowns()) {
        assert_eq!(json["id"], b.id);
        let r = b.remainder();
        assert_eq!(json["remainder"]["breakdown"], b.id);
        assert_eq!(json["remainder"]["total"].as_f64(), Some(r.total));
        assert_eq!(
            json["remainder"]["sum_of_parts"].as_f64(),
            Some(r.sum_of_parts)
        );
        assert_eq!(
            json["remainder"]["not_specified"].as_f64(),
            Some(r.not_specified)
        );
    }
}

#[test]
fn dump_figures_have_every_field() {
    let dump = dump_json();
    let fields = [
        "id",
        "topic",
        "value",
        "qualifier",
        "unit",
        "period",
        "label",
        "description",
        "seed",
        "location",
        "quote",
    ];
    for f in dump["figures"].as_array().unwrap() {
        let obj = f.as_object().unwrap();
        let keys: HashSet<&str> = obj.keys().map(String::as_str).collect();
        assert_eq!(keys, fields.into_iter().collect(), "fields of {}", f["id"]);
        for lang in ["en", "ru", "kk"] {
            assert!(f["label"][lang].is_string() && f["description"][lang].is_string());
        }
        for key in ["start", "end", "as_written"] {
            assert!(f["period"][key].is_string());
        }
        if f["unit"] == "date" {
            assert!(f["value"].is_string(), "{}: dates are ISO strings", f["id"]);
        } else {
            assert!(
                f["value"].is_number(),
                "{}: numbers are JSON numbers",
                f["id"]
            );
        }
    }
}

#[test]
fn dump_spells_values_as_documented() {
    let dump = dump_json();
    let fig = |id: &str| {
        dump["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .unwrap()
            .clone()
    };
    let signed = fig("quota-act-signed");
    assert_eq!(signed["value"], "2022-02-07");
    assert_eq!(signed["unit"], "date");
    assert_eq!(signed["seed"], "cedaw-replies");
    assert_eq!(fig("nap-end")["value"], "2025");
    let damu = fig("damu-amount");
    assert_eq!(damu["value"].as_f64(), Some(4.1e9));
    assert_eq!(damu["unit"], "tenge");
    let microcredit = fig("microcredit-women-share-low");
    assert_eq!(microcredit["qualifier"], "at-least");
    assert_eq!(microcredit["topic"], "economy");
    assert_eq!(fig("peacekeepers-total-2023")["topic"], "peace-security");
    assert_eq!(
        fig("victim-compensation-max")["unit"],
        "monthly-notional-units"
    );
}
