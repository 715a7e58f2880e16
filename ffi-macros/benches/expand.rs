//! Expansion time of a cdef holding sqlite3's whole public API (`cargo bench -p ffi-macros`).
//!
//! Drives the macro's real pipeline (the modules are included by path: a proc-macro crate
//! cannot export them). Cold: an empty artifact cache, so the C compiler runs. Warm: the
//! same block again, as every `cargo build` after the first re-expands it.

// The stages' unit tests come along under cfg(test); the bench uses only part of them.
#![allow(dead_code, unused_imports)]

#[path = "../src/cdef/mod.rs"]
mod cdef;
#[path = "../src/errors.rs"]
mod errors;
#[path = "../src/expand/mod.rs"]
mod expand;
#[path = "../src/input/mod.rs"]
mod input;
#[path = "../src/layout.rs"]
mod layout;
#[path = "../src/model.rs"]
mod model;
#[path = "../src/pipeline.rs"]
mod pipeline;
#[path = "../src/target.rs"]
mod target;
#[path = "../src/toolchain/mod.rs"]
mod toolchain;

use std::process::Command;
use std::time::{Duration, Instant};

fn sqlite_cdef() -> String {
    // The preprocessed header is exactly the declarations a user would paste.
    let out = Command::new("cc")
        .args(["-E", "-P", "/usr/include/sqlite3.h"])
        .output()
        .expect("cc -E runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
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
    let link_dir = dir.join(toolchain::rustc::LINK_DIR_NAME);
    let mut rustc = toolchain::rustc::Rustc::from_args(std::iter::empty(), true);
    rustc.link_dir = Some(link_dir.clone());

    let target = target::Target::new(&rustc.target);
    let model = cdef::parse(&block, &target).expect("sqlite3.h parses as a cdef");
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
        pipeline::run(&block, &rustc, &|t| t.parse().ok()).expect("expands");
        start.elapsed()
    });
    let warm = best_of(10, || {
        let start = Instant::now();
        pipeline::run(&block, &rustc, &|t| t.parse().ok()).expect("expands");
        start.elapsed()
    });
    let parse_only = best_of(10, || {
        let start = Instant::now();
        cdef::parse(&block, &target).expect("parses");
        start.elapsed()
    });
    // The probe alone, on a block with every `...` form and a struct to verify.
    let probe_block: input::Block = syn::parse2(
        r##"mod clock {
            cdef "struct tm { int tm_sec; int tm_min; ...; }; typedef ... clockid_t;
                  #define CLOCKS_PER_SEC ...
                  static const int TIME_UTC; enum e { A, ... };
                  struct pt { int x; double y; }; long hours[...];";
            source "#include <time.h>\nenum e { A = 7 }; struct pt { int x; double y; }; long hours[24];";
        }"##
        .parse()
        .expect("tokens"),
    )
    .expect("block parses");
    let probe = || {
        let _ = std::fs::remove_dir_all(&link_dir);
        std::fs::create_dir_all(&link_dir).expect("link dir");
        let start = Instant::now();
        pipeline::run(&probe_block, &rustc, &|t| t.parse().ok()).expect("probe");
        start.elapsed()
    };
    let probe_cold = best_of(5, probe);
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "small block with every `...` form, cold: {:7.2} ms",
        probe_cold.as_secs_f64() * 1e3
    );
    println!(
        "cold expansion (compiles the C):  {:7.2} ms",
        cold.as_secs_f64() * 1e3
    );
    println!(
        "warm expansion (cache hit):       {:7.2} ms",
        warm.as_secs_f64() * 1e3
    );
    println!(
        "  of which the cdef front end:    {:7.2} ms",
        parse_only.as_secs_f64() * 1e3
    );
}
