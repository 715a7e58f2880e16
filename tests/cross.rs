//! Cross-compiling: a fixture built for AArch64 and i686 Linux and run under qemu-user.
//! The probe must measure the target's C (i686 aligns `long long` to 4 in structs, AArch64's
//! `long double` is 16 bytes of quad precision), the glue must come from the target's
//! compiler, and both the static archive and the `mode shared` object must load.
//!
//! Needs `rustup target add aarch64-unknown-linux-gnu i686-unknown-linux-gnu`, Debian's
//! `gcc-aarch64-linux-gnu gcc-i686-linux-gnu qemu-user` (`.ci/run` installs them). Set
//! `FFI_SKIP_CROSS=1` to skip.

mod support;

use std::path::Path;
use std::process::Command;
use support::root;

/// Builds the fixture for `triple` with `gcc` as linker, runs it under `qemu`.
fn build_and_run(triple: &str, gcc: &str, qemu: &str, sysroot: &str) -> String {
    let linker_var = format!(
        "CARGO_TARGET_{}_LINKER",
        triple.to_uppercase().replace('-', "_")
    );
    let dir = support::build_fixture(
        "tests/crates/cross/Cargo.toml",
        triple,
        &root().join("target/fixtures-cross"),
        &[(linker_var, gcc.to_string())],
    );
    run(qemu, sysroot, &dir.join("ffi-cross-fixture"))
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
