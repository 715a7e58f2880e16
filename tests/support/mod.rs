//! What the tests that build a fixture crate for another target share.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the fixture crate `manifest` for `triple` into `target_dir`, with `envs` set and the
/// outer build's RUSTFLAGS kept out; the directory its debug binaries are in.
pub fn build_fixture(
    manifest: &str,
    triple: &str,
    target_dir: &Path,
    envs: &[(String, String)],
) -> PathBuf {
    build_fixture_args(manifest, triple, target_dir, envs, &[])
}

/// [`build_fixture`], with more arguments for `cargo build` (`--lib`).
pub fn build_fixture_args(
    manifest: &str,
    triple: &str,
    target_dir: &Path,
    envs: &[(String, String)],
    args: &[&str],
) -> PathBuf {
    let out = Command::new(env!("CARGO"))
        .args(["build", "--manifest-path", manifest, "--target", triple])
        .args(args)
        .arg("--target-dir")
        .arg(target_dir)
        .envs(envs.iter().map(|(k, v)| (k, v)))
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
    target_dir.join(triple).join("debug")
}
