//! The suites that cross between Rust and C at run time (callbacks, `extern "Rust"`, the
//! lazy loader and its races, shared objects) run clean under valgrind: no invalid read or
//! write, no use of uninitialized memory, nothing definitely lost.
//!
//! `cargo test` builds every test binary before running any, so this runs the ones beside
//! its own executable. Needs valgrind (`apt-get install valgrind`; `.ci/run` installs it).

use std::path::{Path, PathBuf};
use std::process::Command;

const SUITES: &[&str] = &[
    "callbacks",
    "extern_rust",
    "loading_race",
    "shared",
    "safe_wrappers",
    "sqlite_safe",
];

/// The newest test binary `name-<hash>` beside this one.
fn test_binary(name: &str) -> PathBuf {
    let me = std::env::current_exe().expect("own path");
    let deps = me.parent().expect("deps dir");
    let prefix = format!("{name}-");
    let newest = std::fs::read_dir(deps)
        .expect("read deps")
        .flatten()
        .map(|e| e.path())
        .filter(|p| is_test_binary(p, &prefix))
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok());
    newest.unwrap_or_else(|| panic!("no `{name}` test binary in {}", deps.display()))
}

fn is_test_binary(p: &Path, prefix: &str) -> bool {
    let Some(file) = p.file_name().and_then(|f| f.to_str()) else {
        return false;
    };
    let hash = file.strip_prefix(prefix).unwrap_or("");
    hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

#[test]
fn crossing_suites_are_clean_under_valgrind() {
    let found = Command::new("valgrind").arg("--version").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "valgrind is needed for this test: apt-get install valgrind"
    );
    for suite in SUITES {
        let binary = test_binary(suite);
        let out = Command::new("valgrind")
            .args([
                "--error-exitcode=99",
                "--leak-check=full",
                "--errors-for-leak-kinds=definite",
                "--quiet",
            ])
            .arg(&binary)
            .args(["--test-threads=2", "-q"])
            // Panics the suites provoke print their messages; backtraces would only slow it.
            .env("RUST_BACKTRACE", "0")
            .output()
            .expect("valgrind runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "`{suite}` under valgrind (exit {:?}):\n{stderr}",
            out.status.code()
        );
    }
}
