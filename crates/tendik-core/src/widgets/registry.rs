//! The one table of widgets. Adding a widget is one line here (and its own folder); the
//! names, the dashboard, the embed layer, newsroom data, static renders and the tests that
//! cover every widget all read this table. Its order is the order widgets are listed in
//! (the dashboard groups them by topic).

use super::Spec;

pub static REGISTRY: [&Spec; 10] = [
    &super::quota_gauge::SPEC,
    &super::violence_trend::SPEC,
    &super::peacekeeping::SPEC,
    &super::institutions::SPEC,
    &super::crime_victims::SPEC,
    &super::crisis_centres::SPEC,
    &super::family_centres::SPEC,
    &super::researchers::SPEC,
    &super::nap_timeline::SPEC,
    &super::targets_2030::SPEC,
];
