//! The fixture binary built the ways users build: `--release`, with GNU ld instead of the
//! default linker, installed with `cargo install --path`, and relinked after the directory
//! holding the compiled C is wiped (the archives travel inside the rlibs).

use std::path::{Path, PathBuf};
use std::process::Command;

const EXPECTED: &str = "local=42 lib=1013 sqrt=9";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cargo(args: &[&str], target_dir: &Path, rustflags: Option<&str>) {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(args)
        .arg("--target-dir")
        .arg(target_dir)
        .current_dir(root())
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    if let Some(flags) = rustflags {
        cmd.env("RUSTFLAGS", flags);
    }
    let out = cmd.output().expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

const FIXTURE: &str = "tests/crates/cbin/Cargo.toml";

fn run(binary: &Path) -> String {
    let out = Command::new(binary).output().expect("the fixture runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn archives(target_dir: &Path, profile: &str) -> Vec<PathBuf> {
    let build = target_dir.join(profile).join("build");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&build).into_iter().flatten().flatten() {
        let dir = entry.path().join("out/ffi-link");
        for lib in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if lib.path().extension().is_some_and(|e| e == "a") {
                found.push(lib.path());
            }
        }
    }
    found
}

#[test]
fn release_build_install_and_relink_from_rlibs() {
    let target = root().join("target/fixtures");
    cargo(
        &["build", "--release", "--manifest-path", FIXTURE],
        &target,
        None,
    );
    let binary = target.join("release/ffi-cbin-fixture");
    assert_eq!(run(&binary), EXPECTED);

    // Wipe every compiled archive, then force the binary crate to relink: the library's
    // C comes from its rlib; the binary's own block is rebuilt by the macro.
    // (After an earlier run only the bin's archive is back: the lib's lives on in its rlib.)
    let wiped = archives(&target, "release");
    assert!(
        !wiped.is_empty(),
        "expected the compiled archives in the link dir"
    );
    for a in &wiped {
        std::fs::remove_file(a).expect("remove archive");
    }
    let main_rs = root().join("tests/crates/cbin/src/main.rs");
    let text = std::fs::read_to_string(&main_rs).expect("read main.rs");
    std::fs::write(&main_rs, &text).expect("touch main.rs");
    cargo(
        &["build", "--release", "--manifest-path", FIXTURE],
        &target,
        None,
    );
    assert_eq!(run(&binary), EXPECTED);

    let install_root = target.join("install-root");
    let install_root_str = install_root.to_str().expect("UTF-8 path");
    cargo(
        &[
            "install",
            "--path",
            "tests/crates/cbin",
            "--root",
            install_root_str,
            "--force",
        ],
        &target,
        None,
    );
    assert_eq!(run(&install_root.join("bin/ffi-cbin-fixture")), EXPECTED);
}

#[test]
fn gnu_ld_links_it_too() {
    let target = root().join("target/fixtures-bfd");
    cargo(
        &["build", "--manifest-path", FIXTURE],
        &target,
        Some("-Clink-arg=-fuse-ld=bfd"),
    );
    assert_eq!(run(&target.join("debug/ffi-cbin-fixture")), EXPECTED);
}

/// A crate with its own header (`include_dirs ["include"]`), written fresh under `target/`.
fn header_crate(dir: &Path, answer: u32) {
    std::fs::create_dir_all(dir.join("src")).expect("create the crate");
    std::fs::create_dir_all(dir.join("include")).expect("create include/");
    let runtime = root().join("ffi-runtime");
    let manifest = format!(
        "[package]\nname = \"ffi-header-edit-fixture\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\
         publish = false\n\n[dependencies]\nffi-runtime = {{ path = {:?} }}\n\n[workspace]\n",
        runtime.display().to_string()
    );
    let main = r#"ffi_runtime::ffi! {
    mod local {
        headers ["answer.h"];
        allow ["ANSWER", "twice"];
        include_dirs ["include"];
    }
}
fn main() {
    println!("{} {}", local::ANSWER, local::twice(local::ANSWER));
}
"#;
    // The function body changes too: the compiled C must follow, not only the constant.
    let header = format!(
        "#define ANSWER {answer}\nstatic inline int twice(int x) {{ return x * 2 + {}; }}\n",
        answer % 2
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest);
    write_if_changed(&dir.join("src/main.rs"), main);
    std::fs::write(dir.join("include/answer.h"), header).expect("write the header");
}

fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).expect("write a fixture file");
    }
}

#[test]
fn editing_a_local_header_rebuilds_the_block() {
    let dir = root().join("target/fixtures-header-edit");
    let manifest = dir.join("crate/Cargo.toml");
    let manifest = manifest.to_str().expect("UTF-8 path");
    let binary = dir.join("target/debug/ffi-header-edit-fixture");
    header_crate(&dir.join("crate"), 41);
    cargo(
        &["build", "--manifest-path", manifest],
        &dir.join("target"),
        None,
    );
    assert_eq!(run(&binary), "41 83");
    // Only the header changes: no Rust file is touched.
    header_crate(&dir.join("crate"), 42);
    cargo(
        &["build", "--manifest-path", manifest],
        &dir.join("target"),
        None,
    );
    assert_eq!(run(&binary), "42 84");
}
