//! `tendik-wasm-split INPUT.wasm OUT_DIR MAIN_STEM` (scripts/setup.sh installs it; www/embed/post-build.mjs runs it)
//!
//! Splits a wasm linked with `--emit-relocs` at its `#[wasm_split]` points, before
//! wasm-bindgen (as cargo-leptos does). Writes into OUT_DIR:
//! - `MAIN_STEM.wasm`: the main module, for `wasm-bindgen --keep-lld-exports`;
//! - one `.wasm` per split point and per chunk shared by several split points;
//! - `__wasm_split.js`: the link module the main module imports the chunk loaders from;
//! - `manifest.json`: for each split point, the chunk files it needs, in load order.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--version") {
        println!("tendik-wasm-split {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let [input, out_dir, stem] = args.as_slice() else {
        eprintln!("usage: tendik-wasm-split INPUT.wasm OUT_DIR MAIN_STEM");
        return ExitCode::from(2);
    };
    match split(input, &PathBuf::from(out_dir), stem) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tendik-wasm-split: {e:?}");
            ExitCode::FAILURE
        }
    }
}

fn split(
    input: &str,
    out_dir: &std::path::Path,
    stem: &str,
) -> Result<(), Box<dyn std::fmt::Debug>> {
    let wasm = std::fs::read(input).map_err(|e| Box::new(format!("{input}: {e}")) as _)?;
    let main_out = out_dir.join(format!("{stem}.wasm"));
    let main_module = format!("./{stem}.js");
    let mut opts = wasm_split_cli_support::Options::new(&wasm);
    opts.output_dir = out_dir;
    opts.main_out_path = &main_out;
    opts.main_module = &main_module;
    opts.link_name = "./__wasm_split.js";
    let split = wasm_split_cli_support::transform(opts).map_err(|e| Box::new(e) as _)?;
    let mut manifest: Vec<_> = split.prefetch_map.into_iter().collect();
    manifest.sort();
    let manifest: serde_json::Map<String, serde_json::Value> =
        manifest.into_iter().map(|(k, v)| (k, v.into())).collect();
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| Box::new(e) as _)?;
    std::fs::write(out_dir.join("manifest.json"), text).map_err(|e| Box::new(e) as _)?;
    Ok(())
}
