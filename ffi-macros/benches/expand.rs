//! Expansion time of a cdef holding sqlite3's whole public API (`cargo bench -p ffi-macros`).
//!
//! Drives the macro's real pipeline (the modules are included by path: a proc-macro crate
//! cannot export them). Cold: an empty artifact cache, so the C compiler runs. Warm: the
//! same block again, as every `cargo build` after the first re-expands it.

#![allow(dead_code)]

#[path = "../src/build/mod.rs"]
mod build;
#[path = "../src/cdef/mod.rs"]
mod cdef;
#[path = "../src/expand/mod.rs"]
mod expand;
#[path = "../src/input.rs"]
mod input;
#[path = "../src/model.rs"]
mod model;
#[path = "../src/pipeline.rs"]
mod pipeline;

use std::process::Command;
use std::time::{Duration, Instant};

fn sqlite_cdef() -> String {
    // The preprocessed header is exactly the declarations a user would paste.
    let out = Command::new("cc")
        .args(["-E", "-P", "/usr/include/sqlite3.h"])
        .output()
        .expect("cc -E runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 header")
}

fn block(cdef: &str) -> input::Block {
    let tokens: proc_macro2::TokenStream = format!(
        "pub mod sqlite {{ cdef {cdef:?}; source \"#include <sqlite3.h>\"; libraries [\"sqlite3\"]; }}"
    )
    .parse()
    .expect("tokens");
    syn::parse2(tokens).expect("block parses")
}

fn best_of(n: usize, mut f: impl FnMut() -> Duration) -> Duration {
    (0..n).map(|_| f()).min().unwrap_or_default()
}

fn main() {
    let cdef = sqlite_cdef();
    let block = block(&cdef);
    let dir = std::env::temp_dir().join(format!("ffi-bench-{}", std::process::id()));
    let link_dir = dir.join(build::rustc::LINK_DIR_NAME);
    let mut rustc = build::rustc::Rustc::from_args(std::iter::empty(), true);
    rustc.link_dir = Some(link_dir.clone());

    let widths = cdef::IntWidths { long_bits: rustc.long_bits() };
    let model = cdef::parse(&block, widths).expect("sqlite3.h parses as a cdef");
    println!(
        "sqlite3.h as a cdef: {} functions, {} records, {} typedefs, {} lines",
        model.functions.len(),
        model.records.len(),
        model.typedefs.len(),
        cdef.lines().count()
    );

    let cold = best_of(3, || {
        let _ = std::fs::remove_dir_all(&link_dir);
        std::fs::create_dir_all(&link_dir).expect("link dir");
        let start = Instant::now();
        pipeline::run(&block, &rustc).expect("expands");
        start.elapsed()
    });
    let warm = best_of(10, || {
        let start = Instant::now();
        pipeline::run(&block, &rustc).expect("expands");
        start.elapsed()
    });
    let parse_only = best_of(10, || {
        let start = Instant::now();
        cdef::parse(&block, widths).expect("parses");
        start.elapsed()
    });
    let _ = std::fs::remove_dir_all(&dir);
    println!("cold expansion (compiles the C):  {:7.2} ms", cold.as_secs_f64() * 1e3);
    println!("warm expansion (cache hit):       {:7.2} ms", warm.as_secs_f64() * 1e3);
    println!("  of which the cdef front end:    {:7.2} ms", parse_only.as_secs_f64() * 1e3);
}
