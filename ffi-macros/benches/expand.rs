//! Expansion time (`cargo bench -p ffi-macros --bench expand`), printed as figures and ratios
//! from one run:
//!
//! 1. sqlite3's whole public API as a pasted cdef, cold (empty cache: the C compiler runs)
//!    and warm (the same block again, as every `cargo build` after the first re-expands it);
//! 2. the same API bound by name (`headers ["sqlite3.h"]; allow [...]`), cold and warm,
//!    against `bindgen` run as a process on the same header with the same allowlist, and
//!    what each binds;
//! 3. scaling: generated blocks of 10 to 5 000 functions, time per function.
//!
//! Drives the macro's real pipeline (the modules are included by path: a proc-macro crate
//! cannot export them).

// The stages' unit tests come along under cfg(test); the bench uses only part of them.
#![allow(dead_code, unused_imports)]

#[path = "../src/cache.rs"]
mod cache;
#[path = "../src/cdef/mod.rs"]
mod cdef;
#[path = "../src/errors.rs"]
mod errors;
#[path = "../src/expand/mod.rs"]
mod expand;
#[path = "../src/headers/mod.rs"]
mod headers;
#[path = "../src/input/mod.rs"]
mod input;
#[path = "../src/layout.rs"]
mod layout;
#[path = "../src/model.rs"]
mod model;
#[path = "../src/pipeline.rs"]
mod pipeline;
#[path = "../src/safety/mod.rs"]
mod safety;
#[path = "../src/target.rs"]
mod target;
#[path = "../src/toolchain/mod.rs"]
mod toolchain;

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// A scratch link directory and the rustc facts the pipeline reads.
struct Bench {
    dir: PathBuf,
    link_dir: PathBuf,
    rustc: toolchain::rustc::Rustc,
    target: target::Target,
}

impl Bench {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("ffi-bench-{}", std::process::id()));
        let link_dir = dir.join(toolchain::rustc::LINK_DIR_NAME);
        let mut rustc = toolchain::rustc::Rustc::from_args(std::iter::empty(), true);
        rustc.link_dir = Some(link_dir.clone());
        let target = target::Target::new(&rustc.target);
        Bench {
            dir,
            link_dir,
            rustc,
            target,
        }
    }

    fn expand(&self, block: &input::Block) -> Duration {
        let start = Instant::now();
        pipeline::run(block, &self.rustc, &|t| t.parse().ok()).expect("expands");
        start.elapsed()
    }

    /// Best of `n` expansions, each with an empty cache.
    fn cold(&self, block: &input::Block, n: usize) -> Duration {
        best_of(n, || {
            let _ = std::fs::remove_dir_all(&self.link_dir);
            std::fs::create_dir_all(&self.link_dir).expect("link dir");
            self.expand(block)
        })
    }

    /// Best of `n` expansions of a block already in the cache.
    fn warm(&self, block: &input::Block, n: usize) -> Duration {
        self.expand(block);
        best_of(n, || self.expand(block))
    }

    /// The same without turning the cached text into tokens: in a build rustc's own lexer
    /// does that, not the proc-macro2 lexer this bench runs.
    fn warm_unlexed(&self, block: &input::Block, n: usize) -> Duration {
        self.expand(block);
        best_of(n, || {
            let start = Instant::now();
            let lex = |_: &str| Some(proc_macro2::TokenStream::new());
            pipeline::run(block, &self.rustc, &lex).expect("expands");
            start.elapsed()
        })
    }
}

impl Drop for Bench {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn best_of(n: usize, mut f: impl FnMut() -> Duration) -> Duration {
    (0..n).map(|_| f()).min().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn block(text: &str) -> input::Block {
    syn::parse_str(text).expect("block parses")
}

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

fn pasted_cdef(bench: &Bench) {
    let cdef = sqlite_cdef();
    let b = block(&format!(
        "pub mod sqlite {{ cdef {cdef:?}; source \"#include <sqlite3.h>\"; libraries [\"sqlite3\"]; }}"
    ));
    let model = cdef::parse(&b, &bench.target, None).expect("sqlite3.h parses as a cdef");
    println!(
        "== sqlite3.h pasted as a cdef: {} functions, {} records, {} typedefs, {} lines",
        model.functions.len(),
        model.records.len(),
        model.typedefs.len(),
        cdef.lines().count()
    );
    let cold = bench.cold(&b, 3);
    let warm = bench.warm(&b, 10);
    let front = best_of(10, || {
        let start = Instant::now();
        cdef::parse(&b, &bench.target, None).expect("parses");
        start.elapsed()
    });
    let unlexed = bench.warm_unlexed(&b, 10);
    println!("cold expansion (compiles the C):  {:8.2} ms", ms(cold));
    println!("warm expansion (cache hit):       {:8.2} ms", ms(warm));
    println!("  without lexing the cached text: {:8.2} ms", ms(unlexed));
    println!("  the cdef front end alone:       {:8.2} ms", ms(front));
}

const SQLITE_ALLOW: [&str; 2] = ["sqlite3_*", "SQLITE_*"];

/// Functions, types, constants.
type Counts = (usize, usize, usize);

fn headers_block(bench: &Bench) {
    let b = block(&format!(
        "pub mod sqlite {{ headers [\"sqlite3.h\"]; allow {SQLITE_ALLOW:?}; libraries [\"sqlite3\"]; }}"
    ));
    let settings = toolchain::Settings::new(&b, &bench.rustc);
    let bound = headers::read(&b, &settings, &bench.target).expect("headers read");
    let c = &bound.cdef;
    let ours: Counts = (
        c.functions.len(),
        c.records.len() + c.typedefs.len() + c.enums.len(),
        c.constants.len() + c.enums.iter().map(|e| e.enumerators.len()).sum::<usize>(),
    );
    let cold = bench.cold(&b, 3);
    let warm = bench.warm(&b, 10);
    let unlexed = bench.warm_unlexed(&b, 10);
    println!(
        "== headers [\"sqlite3.h\"]; allow {SQLITE_ALLOW:?}; ({} files read)",
        bound.files.len()
    );
    println!("ffi! cold (preprocess, read, compile): {:8.2} ms", ms(cold));
    println!("ffi! warm (cache hit):                 {:8.2} ms", ms(warm));
    println!(
        "  without lexing the cached text:      {:8.2} ms",
        ms(unlexed)
    );
    println!(
        "ffi! binds   {:4} functions, {:3} types, {:4} constants",
        ours.0, ours.1, ours.2
    );
    match bindgen(bench) {
        Some((time, theirs)) => {
            println!("bindgen (process, same allowlist):     {:8.2} ms", ms(time));
            println!(
                "bindgen binds {:3} functions, {:3} types, {:4} constants",
                theirs.0, theirs.1, theirs.2
            );
            println!(
                "ratio ffi! cold / bindgen: {:.2} (goal <= 0.33)",
                cold.as_secs_f64() / time.as_secs_f64()
            );
            let ours = expansion_bytes(bench, &b);
            let (file, in_mod) = (bindgen_bytes(bench, false), bindgen_bytes(bench, true));
            println!("expansion as `cargo expand` prints it: ffi! {ours} bytes,");
            println!("  bindgen {in_mod} bytes `include!`d in a `mod` as the block's module is,");
            println!("  bindgen {file} bytes as its file (items at the crate root)");
            println!(
                "ratio ffi! / bindgen bytes: {:.2} in the same module (goal <= 1.0), {:.2} \
                 against its file",
                ours as f64 / in_mod as f64,
                ours as f64 / file as f64
            );
        }
        None => println!("bindgen: not installed (`cargo install bindgen-cli`): pair skipped"),
    }
}

/// The block's expansion printed as `cargo expand` prints it, without the rebuild
/// triggers (`include_bytes!` of each header read, which `cargo expand` would inline).
fn expansion_bytes(bench: &Bench, b: &input::Block) -> usize {
    let tokens = pipeline::run(b, &bench.rustc, &|t| t.parse().ok()).expect("expands");
    let mut file: syn::File = syn::parse2(tokens).expect("the expansion parses");
    without_rebuild_triggers(&mut file.items);
    let text = prettyplease::unparse(&file);
    // `FFI_BENCH_SAVE=dir`: both texts, to compare them.
    if let Some(dir) = std::env::var_os("FFI_BENCH_SAVE") {
        let dir = PathBuf::from(dir);
        let _ = std::fs::write(dir.join("ffi.rs"), &text);
        let _ = std::fs::copy(bench.dir.join("bindgen.rs"), dir.join("bindgen.rs"));
    }
    text.len()
}

/// Drops `const _: &[u8] = include_bytes!(…);` wherever it is (prettyplease may wrap one
/// over three lines, so the text cannot be filtered by line).
fn without_rebuild_triggers(items: &mut Vec<syn::Item>) {
    items.retain(|item| {
        let syn::Item::Const(c) = item else {
            return true;
        };
        let syn::Expr::Macro(m) = &*c.expr else {
            return true;
        };
        m.mac
            .path
            .segments
            .last()
            .is_none_or(|s| s.ident != "include_bytes")
    });
    for item in items {
        if let syn::Item::Mod(syn::ItemMod {
            content: Some((_, inner)),
            ..
        }) = item
        {
            without_rebuild_triggers(inner);
        }
    }
}

/// bindgen's output for the same allowlist, printed the same way: as its file, or as
/// `cargo expand` shows it `include!`d in `mod sqlite { … }` (the layout of the block,
/// whose items sit in `pub mod sqlite`, and of the `rustc_time` bench's bindgen crate).
fn bindgen_bytes(bench: &Bench, in_mod: bool) -> usize {
    let text = std::fs::read_to_string(bench.dir.join("bindgen.rs")).unwrap_or_default();
    let text = if in_mod {
        format!("mod sqlite {{\n{text}\n}}")
    } else {
        text
    };
    syn::parse_file(&text).map_or(text.len(), |f| prettyplease::unparse(&f).len())
}

/// `bindgen` on the same header, allowlist translated to its regexes; best of 3.
fn bindgen(bench: &Bench) -> Option<(Duration, Counts)> {
    let out = bench.dir.join("bindgen.rs");
    let regex = SQLITE_ALLOW.map(|g| g.replace('*', ".*")).join("|");
    let run = || {
        let start = Instant::now();
        let status = Command::new("bindgen")
            .args(["/usr/include/sqlite3.h", "--allowlist-item", &regex, "-o"])
            .arg(&out)
            .status()
            .ok()?;
        status.success().then(|| start.elapsed())
    };
    let time = (0..3).map(|_| run()).collect::<Option<Vec<_>>>()?;
    let text = std::fs::read_to_string(&out).ok()?;
    let count = |prefixes: &[&str]| {
        text.lines()
            .filter(|l| prefixes.iter().any(|p| l.trim_start().starts_with(p)))
            .count()
    };
    let counts = (
        count(&["pub fn "]),
        count(&["pub struct ", "pub union ", "pub type ", "pub enum "]),
        count(&["pub const "]),
    );
    Some((time.into_iter().min()?, counts))
}

/// A block of `n` functions that `source` defines (`defined`), or only declares, as a
/// library's header does.
fn generated(n: usize, defined: bool) -> input::Block {
    let mut cdef = String::new();
    let mut source = String::new();
    for i in 0..n {
        cdef.push_str(&format!("int f{i}(int a, int b);\n"));
        source.push_str(&if defined {
            format!("int f{i}(int a, int b) {{ return a * b + {i}; }}\n")
        } else {
            format!("int f{i}(int a, int b);\n")
        });
    }
    block(&format!("mod gen {{ cdef {cdef:?}; source {source:?}; }}"))
}

/// Time per function as blocks grow: it must stay flat (linear growth). Functions a
/// library provides cost the probe and the expansion; functions `source` defines also
/// cost gcc their code generation (about 0.7 ms each at -O0 on this machine).
fn scaling(bench: &Bench) {
    println!("== scaling: blocks of n functions (ms, and microseconds per function)");
    println!(
        "{:>6} {:>12} {:>8} {:>12} {:>8} {:>10} {:>8}",
        "n", "declared ms", "/fn", "defined ms", "/fn", "warm ms", "/fn"
    );
    // `FFI_N=1000` runs one row.
    let only = std::env::var("FFI_N").ok();
    for n in [10, 100, 1_000, 5_000] {
        if only.as_ref().is_some_and(|o| *o != n.to_string()) {
            continue;
        }
        let runs = if n >= 1_000 { 1 } else { 3 };
        let declared = generated(n, false);
        let cold_declared = bench.cold(&declared, runs);
        let warm = bench.warm(&declared, 3);
        let cold_defined = bench.cold(&generated(n, true), runs);
        let per = |d: Duration| d.as_secs_f64() * 1e6 / n as f64;
        println!(
            "{n:>6} {:>12.2} {:>8.1} {:>12.2} {:>8.1} {:>10.2} {:>8.2}",
            ms(cold_declared),
            per(cold_declared),
            ms(cold_defined),
            per(cold_defined),
            ms(warm),
            per(warm)
        );
    }
}

fn main() {
    // `cargo bench -p ffi-macros --bench expand -- headers` runs only the parts named.
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |part: &str| only.is_empty() || only.iter().any(|o| o == part);
    let bench = Bench::new();
    if wanted("pasted") {
        pasted_cdef(&bench);
    }
    if wanted("headers") {
        headers_block(&bench);
    }
    if wanted("scaling") {
        scaling(&bench);
    }
}
