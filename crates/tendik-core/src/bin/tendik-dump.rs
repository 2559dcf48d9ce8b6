//! Prints the whole embedded dataset as pretty JSON on stdout.
//!
//! `cargo run -q -p tendik-core --features json --bin tendik-dump > dataset.json`
//!
//! The format is described in `docs/dataset.md`.

use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let dump = tendik_core::dataset::dump_json();
    let text = match serde_json::to_string_pretty(&dump) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("tendik-dump: cannot serialize the dataset: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`tendik-dump | head`) is not an error worth reporting.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tendik-dump: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}
