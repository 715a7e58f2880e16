//! Cross-compiling: a fixture built for AArch64 and i686 Linux and run under qemu-user.
//! The probe must measure the target's C (i686 aligns `long long` to 4 in structs, AArch64's
//! `long double` is 16 bytes of quad precision), the glue must come from the target's
//! compiler, and both the static archive and the `mode shared` object must load.
//!
//! Needs `rustup target add aarch64-unknown-linux-gnu i686-unknown-linux-gnu`, Debian's
//! `gcc-aarch64-linux-gnu gcc-i686-linux-gnu qemu-user` (`.ci/run` installs them). Set
//! `FFI_SKIP_CROSS=1` to skip.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the fixture for `triple` with `gcc` as linker, runs it under `qemu`.
fn build_and_run(triple: &str, gcc: &str, qemu: &str, sysroot: &str) -> String {
    let target_dir = root().join("target/fixtures-cross");
    let linker_var = format!(
        "CARGO_TARGET_{}_LINKER",
        triple.to_uppercase().replace('-', "_")
    );
    let out = Command::new(env!("CARGO"))
        .args([
            "build",
            "--manifest-path",
            "tests/crates/cross/Cargo.toml",
            "--target",
            triple,
        ])
        .arg("--target-dir")
        .arg(&target_dir)
        .env(linker_var, gcc)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .current_dir(root())
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "building for {triple} (is the target installed? `rustup target add {triple}`):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let binary: PathBuf = target_dir.join(triple).join("debug/ffi-cross-fixture");
    run(qemu, sysroot, &binary)
}

fn run(qemu: &str, sysroot: &str, binary: &Path) -> String {
    let out = Command::new(qemu)
        .args(["-L", sysroot])
        .arg(binary)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {qemu} (apt-get install qemu-user): {e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn skipped() -> bool {
    std::env::var_os("FFI_SKIP_CROSS").is_some()
}

#[test]
fn aarch64_static_and_shared_under_qemu() {
    if skipped() {
        return;
    }
    let out = build_and_run(
        "aarch64-unknown-linux-gnu",
        "aarch64-linux-gnu-gcc",
        "qemu-aarch64",
        "/usr/aarch64-linux-gnu",
    );
    assert_eq!(
        out,
        "add=5 mul=42 layout=ok rec=64 ll_at=8 halve=2.5 bits=5,ffffffffff twice=42"
    );
}

#[test]
fn i686_static_and_shared_under_qemu() {
    if skipped() {
        return;
    }
    let out = build_and_run(
        "i686-unknown-linux-gnu",
        "i686-linux-gnu-gcc",
        "qemu-i386",
        "/usr/i686-linux-gnu",
    );
    assert_eq!(
        out,
        "add=5 mul=42 layout=ok rec=36 ll_at=4 halve=2.5 bits=5,ffffffffff twice=42"
    );
}
