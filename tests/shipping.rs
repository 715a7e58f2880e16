//! Shipping a `mode shared` binary: the built example and its artifact are moved to a new
//! directory and run there with the build location removed; a stale or absent artifact is
//! refused with a message naming the file. (`cargo test` builds the example.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn example() -> PathBuf {
    let deps = std::env::current_exe().expect("test binary path");
    let profile_dir = deps
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    profile_dir.join("examples").join("shipping")
}

fn run(binary: &Path, env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(binary);
    cmd.env_remove("SHIPPING_FFI_DIR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the example runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Puts the build's artifact back when dropped, even if the test fails.
struct Aside(PathBuf, PathBuf);

impl Drop for Aside {
    fn drop(&mut self) {
        let _ = std::fs::rename(&self.1, &self.0);
    }
}

ffi_runtime::ffi! {
    mod other {
        cdef "int unrelated(void);";
        source "int unrelated(void) { return 0; }";
        mode shared;
    }
}

#[test]
fn moved_binary_runs_beside_its_artifact_and_refuses_stale_or_missing_ones() {
    let binary = example();
    assert!(
        binary.is_file(),
        "build the examples first: {}",
        binary.display()
    );
    let out = run(&binary, &[]);
    assert!(out.status.success(), "{}", text(&out));
    let expected = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(expected.starts_with("2D: sum=(4, 6) dot=11"), "{expected}");

    // "… from <artifact file name>"
    let artifact_name = expected
        .trim()
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_string();
    let build_path =
        PathBuf::from(String::from_utf8_lossy(&run_with_arg(&binary, "--artifact").stdout).trim());
    assert!(
        build_path.ends_with(&artifact_name),
        "{} vs {artifact_name}",
        build_path.display()
    );

    let dist = std::env::temp_dir().join(format!("ffi-shipping-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).expect("dist dir");
    let shipped = dist.join("shipping");
    std::fs::copy(&binary, &shipped).expect("copy binary");
    std::fs::copy(&build_path, dist.join(&artifact_name)).expect("copy artifact");

    // The build location is gone: only the copy beside the binary remains.
    let aside = Aside(build_path.clone(), build_path.with_extension("so.aside"));
    std::fs::rename(&aside.0, &aside.1).expect("move the build's artifact aside");
    let out = run(&shipped, &[]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);

    // The environment variable points elsewhere first.
    let elsewhere = dist.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("dir");
    std::fs::rename(dist.join(&artifact_name), elsewhere.join(&artifact_name)).expect("move");
    let out = run(&shipped, &[("SHIPPING_FFI_DIR", &elsewhere)]);
    assert!(out.status.success(), "{}", text(&out));

    // Missing everywhere: refused, naming the file, its hash and every place looked.
    let out = run(&shipped, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let msg = text(&out);
    assert!(
        msg.contains(&artifact_name) && msg.contains("never compiles C at run time"),
        "{msg}"
    );
    assert!(
        msg.contains(&dist.display().to_string())
            && msg.contains(&build_path.display().to_string()),
        "{msg}"
    );

    // Stale: another block's artifact under this name is refused.
    std::fs::copy(other::artifact().build_path(), dist.join(&artifact_name)).expect("plant");
    let out = run(&shipped, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let msg = text(&out);
    assert!(
        msg.contains("stale") && msg.contains(other::artifact().hash()),
        "{msg}"
    );

    drop(aside);
    let _ = std::fs::remove_dir_all(&dist);
}

fn run_with_arg(binary: &Path, arg: &str) -> Output {
    Command::new(binary)
        .arg(arg)
        .output()
        .expect("the example runs")
}
