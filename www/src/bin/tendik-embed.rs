//! The embed bundle: every widget and the `<tendik-widget>` layer (its exports are
//! `tendik_widgets::embed`'s), without the app's dashboard, Sources view and embed-code
//! generator. `www/embed/post-build.mjs` builds it; articles load it through `tendik.js`.

// Linking the crate is what keeps its #[wasm_bindgen] exports.
use tendik_widgets as _;

fn main() {}
