//! The one table of widgets. Adding a widget is one line here (and its own folder); the
//! names, the dashboard, the embed layer, newsroom data, static renders and the tests that
//! cover every widget all read this table. Its order is the order widgets are listed in
//! (the dashboard groups them by topic).
//!
//! Each line also names the chunk the widget's code is in when the embed bundle is split
//! into lazily loaded wasm chunks (feature `lazy`, docs/lazy-chunks.md). Widgets that share
//! much of their code share a chunk: wasm-split gives code shared by several chunks a
//! chunk of its own, so one chunk per widget means dozens of small shared ones.
//! www/embed/post-build.mjs reads these lines for the loader's prefetch table.

use super::Spec;
use crate::model::Topic;

macro_rules! registry {
    ($($module:ident in $chunk:ident,)*) => {
        pub static REGISTRY: [&Spec; COUNT] = [$(&super::$module::SPEC,)*];

        pub(super) const COUNT: usize = [$(stringify!($module),)*].len();

        // Copies of the specs' fields with no code pointer: what the main module of a split
        // bundle reads (reaching a `Spec` would keep every widget's code in it).
        pub(super) static NAMES: [&str; COUNT] = [$(super::$module::SPEC.name,)*];
        pub(super) static TOPICS: [Topic; COUNT] = [$(super::$module::SPEC.topic,)*];
        pub(super) static TAKES_DATA: [bool; COUNT] = [$(super::$module::SPEC.read.is_some(),)*];
        pub(super) static CHUNKS: [&str; COUNT] = [$(stringify!($chunk),)*];
        #[cfg(test)]
        pub(super) static MODULES: [&str; COUNT] = [$(stringify!($module),)*];

        /// The split points: each returns its widget's spec, and calling it first loads the
        /// widget's chunk.
        #[cfg(all(feature = "lazy", target_family = "wasm"))]
        pub(super) mod split {
            use wasm_split_helpers::{wasm_split, SplitLoaderError};

            use super::Spec;

            $(
                #[wasm_split($chunk, wasm_split_path = ::wasm_split_helpers, fallible)]
                pub fn $module() -> Result<&'static Spec, SplitLoaderError> {
                    Ok(&super::super::$module::SPEC)
                }
            )*

            /// The spec of the widget at `index`, its chunk loaded first.
            pub async fn load(index: usize) -> Result<&'static Spec, SplitLoaderError> {
                let mut at = 0;
                $(
                    if index == at {
                        return $module().await;
                    }
                    at += 1;
                )*
                let _ = at;
                unreachable!()
            }
        }
    };
}

registry! {
    quota_gauge in articles,
    violence_trend in articles,
    peacekeeping in articles,
    institutions in bars,
    crime_victims in bars,
    crisis_centres in bars,
    family_centres in bars,
    researchers in bars,
    business in bars,
    nap_timeline in plans,
    targets_2030 in plans,
}
