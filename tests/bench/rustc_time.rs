//! What a block costs rustc on every warm build (`cargo bench --bench rustc_time`): the
//! sqlite3 headers block against bindgen's output for the same allowlist `include!`d, each
//! the only thing in a binary crate, checked with nightly's `-Ztime-passes` in paired rounds
//! (which goes first alternates). Reported: `macro_expand_crate` + `type_check_crate`, the
//! median of each crate's rounds and the median of the per-round ratios. A third crate
//! with a one-function block shows the fixed part: rustc loading the macro. A fourth
//! `include!`s the block's own expansion as text (from the macro's cache): the same items
//! without the macro and without the `include_bytes!` of the headers read, which is what
//! the text itself costs against bindgen's. A fifth adds those `include_bytes!` to it, so
//! the block's cost splits into its text, tracking its headers, and running the macro.
//!
//! Needs `rustup` with a nightly toolchain and `bindgen` (`cargo install bindgen-cli`);
//! without them it says so and measures nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROUNDS: usize = 15;
const ALLOW: &str = r#"["sqlite3_*", "SQLITE_*"]"#;
const BINDGEN_ALLOW: &str = "sqlite3_.*|SQLITE_.*";
const CRATES: [&str; 5] = [
    "ffi_block",
    "bindgen_include",
    "ffi_tiny",
    "ffi_text",
    "ffi_tracked",
];

fn main() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rustc-time");
    if let Err(why) = setup(&dir) {
        println!("rustc_time: skipped ({why})");
        return;
    }
    for c in CRATES {
        // Cold: builds the dependencies and fills the block's cache.
        if c == "ffi_text"
            && let Err(why) = copy_expansion(&dir)
        {
            println!("rustc_time: {why}");
            return;
        }
        if let Err(why) = passes(&dir, c, 0) {
            println!("rustc_time: {c} does not build: {why}");
            return;
        }
    }
    let mut rounds = Vec::new();
    for round in 0..ROUNDS {
        let mut ms = [0.0; CRATES.len()];
        for k in 0..CRATES.len() {
            let i = (k + round) % CRATES.len();
            match passes(&dir, CRATES[i], round + 1) {
                Ok(v) => ms[i] = v,
                Err(why) => return println!("rustc_time: {why}"),
            }
        }
        rounds.push(ms);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let ours = median(rounds.iter().map(|r| r[0]).collect());
    let theirs = median(rounds.iter().map(|r| r[1]).collect());
    let ratio = median(rounds.iter().map(|r| r[0] / r[1]).collect());
    let tiny = median(rounds.iter().map(|r| r[2]).collect());
    let text = median(rounds.iter().map(|r| r[3]).collect());
    let text_ratio = median(rounds.iter().map(|r| r[3] / r[1]).collect());
    println!("warm macro_expand_crate + type_check_crate, median of {ROUNDS} paired rounds:");
    println!("  ffi! headers [\"sqlite3.h\"] block  {ours:5.2} ms");
    println!("  bindgen output include!d         {theirs:5.2} ms");
    println!("  ratio ffi! / bindgen {ratio:.2} (goal <= 1.0)");
    println!(
        "  a one-function ffi! block        {tiny:5.2} ms (a block's fixed cost, with rustc's own ≈2 ms)"
    );
    println!(
        "  the block's expansion include!d  {text:5.2} ms (no macro, no header tracking): \
         ratio to bindgen {text_ratio:.2}"
    );
    let fixed = median(rounds.iter().map(|r| r[0] - r[3]).collect());
    let tracking = median(rounds.iter().map(|r| r[4] - r[3]).collect());
    let running = median(rounds.iter().map(|r| r[0] - r[4]).collect());
    println!("  so running the macro and tracking the headers: {fixed:.2} ms, of which");
    println!("    the `include_bytes!` of the headers read   {tracking:5.2} ms");
    println!("    rustc loading and running the macro       {running:5.2} ms");
}

/// The sqlite block's cached expansion (the newest `art ffi_sqlite_…` entry), as the
/// items of `ffi_text`'s and `ffi_tracked`'s `mod sqlite`, and the entry's headers (its
/// `dep <size> <mtime> <hash> <path>` lines) as `ffi_tracked`'s `include_bytes!`.
fn copy_expansion(dir: &Path) -> Result<(), String> {
    let found = fs::read_dir(dir.join("target/debug/build"))
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|d| d.path().join("out/ffi-link/expansions"))
        .filter_map(|d| fs::read_dir(d).ok())
        .flatten()
        .flatten()
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .filter(|(_, p)| fs::read_to_string(p).is_ok_and(|t| t.starts_with("art ffi_sqlite_")))
        .max();
    let (_, path) = found.ok_or("no cached expansion of the sqlite block")?;
    let text = fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let tokens = text
        .split_once("\ntokens ")
        .and_then(|(_, rest)| rest.split_once('\n'))
        .map(|(_, tokens)| tokens)
        .ok_or("a cache entry without tokens")?;
    let tracking: String = text
        .lines()
        .filter_map(|l| l.strip_prefix("dep "))
        .filter_map(|dep| dep.splitn(4, ' ').nth(3))
        .map(|path| format!("const _: &[u8] = ::core::include_bytes!({path:?});\n"))
        .collect();
    if tracking.is_empty() {
        return Err("the cache entry names no header".into());
    }
    write(&dir.join("ffi_tracked/src/headers.rs"), &tracking)?;
    write(&dir.join("ffi_text/src/expansion.rs"), tokens)?;
    write(&dir.join("ffi_tracked/src/expansion.rs"), tokens)
}

/// The crates, sharing one target directory, and bindgen's output for the second.
fn setup(dir: &Path) -> Result<(), String> {
    if !run_ok(Command::new("rustup").args(["run", "nightly", "rustc", "--version"])) {
        return Err("no nightly toolchain through rustup".into());
    }
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("ffi-runtime");
    write(
        &dir.join("Cargo.toml"),
        &format!("[workspace]\nmembers = {CRATES:?}\nresolver = \"3\"\n"),
    )?;
    let uses_ffi = format!("ffi-runtime = {{ path = {runtime:?} }}");
    for (name, deps) in [
        ("ffi_block", uses_ffi.as_str()),
        ("bindgen_include", ""),
        ("ffi_tiny", uses_ffi.as_str()),
        ("ffi_text", uses_ffi.as_str()),
        ("ffi_tracked", uses_ffi.as_str()),
    ] {
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[dependencies]\n{deps}\n"
        );
        write(&dir.join(name).join("Cargo.toml"), &manifest)?;
        write(&dir.join(name).join("src/main.rs"), &source(name, 0))?;
    }
    let bindings = dir.join("bindgen_include/src/bindings.rs");
    fs::create_dir_all(bindings.parent().unwrap_or(dir)).map_err(|e| e.to_string())?;
    let mut bindgen = Command::new("bindgen");
    bindgen
        .args([
            "/usr/include/sqlite3.h",
            "--allowlist-item",
            BINDGEN_ALLOW,
            "-o",
        ])
        .arg(&bindings);
    if !run_ok(&mut bindgen) {
        return Err("`bindgen` not installed (`cargo install bindgen-cli`)".into());
    }
    Ok(())
}

/// The crate's `main.rs` for round `round` (a new comment: rustc re-checks it, warm).
fn source(name: &str, round: usize) -> String {
    let body = match name {
        "ffi_block" => format!(
            "ffi_runtime::ffi! {{\n    pub mod sqlite {{\n        headers [\"sqlite3.h\"];\n        \
             allow {ALLOW};\n        libraries [\"sqlite3\"];\n    }}\n}}\n\
             fn main() {{ println!(\"{{}}\", sqlite::sqlite3_libversion_number()); }}\n"
        ),
        "ffi_tiny" => {
            "ffi_runtime::ffi! {\n    pub mod tiny {\n        cdef \"int abs(int);\";\n        \
                       source \"#include <stdlib.h>\";\n    }\n}\n\
                       fn main() { println!(\"{}\", tiny::abs(-1)); }\n"
                .to_string()
        }
        // Its lints allowed, as the block's own `#![allow]`s allow them.
        "ffi_text" | "ffi_tracked" => {
            let tracking = if name == "ffi_tracked" {
                "    include!(\"headers.rs\");\n"
            } else {
                ""
            };
            format!(
                "#[allow(warnings, clippy::all)]\npub mod sqlite {{\n    include!(\"expansion.rs\");\n{tracking}}}\n\
                 #[link(name = \"sqlite3\")]\nunsafe extern \"C\" {{}}\n\
                 fn main() {{ println!(\"{{}}\", sqlite::sqlite3_libversion_number()); }}\n"
            )
        }
        _ => "#[allow(warnings)]\nmod sqlite {\n    include!(\"bindings.rs\");\n}\n\
              #[link(name = \"sqlite3\")]\nunsafe extern \"C\" {}\n\
              fn main() { println!(\"{}\", unsafe { sqlite::sqlite3_libversion_number() }); }\n"
            .to_string(),
    };
    format!("// round {round}\n{body}")
}

/// Milliseconds of `macro_expand_crate` + `type_check_crate` checking crate `name`.
fn passes(dir: &Path, name: &str, round: usize) -> Result<f64, String> {
    write(&dir.join(name).join("src/main.rs"), &source(name, round))?;
    let out = Command::new("rustup")
        .args([
            "run",
            "nightly",
            "cargo",
            "rustc",
            "-q",
            "-p",
            name,
            "--profile",
            "check",
        ])
        // JSON: seconds to the nanosecond, where the text form rounds to milliseconds.
        .args(["--", "-Ztime-passes", "-Ztime-passes-format=json"])
        .current_dir(dir)
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("RUSTC")
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(text.into_owned());
    }
    // `time: {"pass":"macro_expand_crate","time":0.014491645,…}`
    let pass = |wanted: &str| {
        let key = format!("\"pass\":\"{wanted}\",\"time\":");
        text.lines()
            .filter_map(|l| l.split_once(&key))
            .filter_map(|(_, rest)| rest.split(',').next()?.parse::<f64>().ok())
            .sum::<f64>()
    };
    Ok((pass("macro_expand_crate") + pass("type_check_crate")) * 1000.0)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn run_ok(cmd: &mut Command) -> bool {
    cmd.output().is_ok_and(|o| o.status.success())
}
