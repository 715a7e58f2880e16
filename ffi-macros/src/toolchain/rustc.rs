//! What the rustc invocation that expands us is doing, read from its command line.
//!
//! Inside a proc macro `std::env::args()` is rustc's own command line; Cargo's build-script
//! variables (TARGET, OPT_LEVEL, …) are not visible here.

use std::path::PathBuf;

/// The directory `ffi-runtime`'s build script registers with `cargo:rustc-link-search`.
pub const LINK_DIR_NAME: &str = "ffi-link";

#[derive(Clone, Debug)]
pub struct Rustc {
    /// Whether rustc will link (or bundle native libraries): false under `cargo check`,
    /// clippy, `cargo expand`, `cargo doc` and rust-analyzer.
    pub linking: bool,
    /// `<ffi-runtime OUT_DIR>/ffi-link`, found among the `-L native=` arguments.
    pub link_dir: Option<PathBuf>,
    pub target: String,
    pub host: String,
    pub opt_level: String,
    /// `-C target-feature=+crt-static` (or `-`): MSVC's C runtime linked statically (or
    /// not) where the target's default is not wanted. The C must be compiled to match.
    pub crt_static: Option<bool>,
}

impl Rustc {
    pub fn from_env() -> Self {
        let mut args = std::env::args();
        let program = args.next().unwrap_or_default();
        let stem = std::path::Path::new(&program)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        // rustc links when no `--emit` says otherwise (doc tests are built that way);
        // rustdoc itself and rust-analyzer's proc-macro server never link.
        let links_by_default = stem.contains("rustc") && !stem.contains("rustdoc");
        Self::from_args(expand_argfiles(args), links_by_default)
    }

    pub fn from_args(args: impl Iterator<Item = String>, links_by_default: bool) -> Self {
        let host = env!("FFI_MACROS_HOST").to_string();
        let mut r = Rustc {
            linking: false,
            link_dir: None,
            target: host.clone(),
            host,
            opt_level: "0".into(),
            crt_static: None,
        };
        let args: Vec<String> = args.collect();
        let mut emit_seen = false;
        let mut i = 0;
        // Each flag comes as `--flag value` or `--flag=value` (`-Cx`/`-C x`, `-Lx`/`-L x`).
        let value = |i: &mut usize, arg: &str, long: &str| -> Option<String> {
            if arg == long {
                *i += 1;
                return args.get(*i).cloned();
            }
            arg.strip_prefix(long)
                .map(|v| v.strip_prefix('=').unwrap_or(v).to_string())
        };
        while i < args.len() {
            let arg = args[i].clone();
            if let Some(emit) = value(&mut i, &arg, "--emit") {
                emit_seen = true;
                r.linking |= emit
                    .split(',')
                    .any(|e| e == "link" || e.starts_with("link="));
            } else if let Some(t) = value(&mut i, &arg, "--target") {
                r.target = t;
            } else if let Some(c) = value(&mut i, &arg, "-C") {
                if let Some(o) = c.strip_prefix("opt-level=") {
                    r.opt_level = o.to_string();
                }
                if let Some(features) = c.strip_prefix("target-feature=") {
                    for f in features.split(',') {
                        match f {
                            "+crt-static" => r.crt_static = Some(true),
                            "-crt-static" => r.crt_static = Some(false),
                            _ => {}
                        }
                    }
                }
            } else if let Some(l) = value(&mut i, &arg, "-L") {
                let dir = l.strip_prefix("native=").unwrap_or(&l);
                let path = PathBuf::from(dir);
                if r.link_dir.is_none() && path.ends_with(LINK_DIR_NAME) {
                    r.link_dir = Some(path);
                }
            }
            i += 1;
        }
        if !emit_seen {
            r.linking = links_by_default;
        }
        r
    }
}

/// Cargo passes long command lines as `@file` (one argument per line); rustc expands them.
fn expand_argfiles(args: impl Iterator<Item = String>) -> impl Iterator<Item = String> {
    args.flat_map(|a| match a.strip_prefix('@').map(std::fs::read_to_string) {
        Some(Ok(text)) => text.lines().map(str::to_string).collect::<Vec<_>>(),
        _ => vec![a],
    })
}

#[cfg(test)]
mod tests {
    use super::Rustc;

    fn parse(args: &str) -> Rustc {
        Rustc::from_args(args.split(' ').map(String::from), true)
    }

    #[test]
    fn reads_rustc_command_lines() {
        let r = parse(
            "--crate-name x --emit=dep-info,metadata,link -C opt-level=3 -L dependency=/d -L native=/t/build/ffi-runtime-1/out/ffi-link --target i686-unknown-linux-gnu",
        );
        assert!(r.linking);
        assert_eq!(r.opt_level, "3");
        assert_eq!(r.target, "i686-unknown-linux-gnu");
        assert_eq!(
            r.link_dir.as_deref(),
            Some(std::path::Path::new("/t/build/ffi-runtime-1/out/ffi-link"))
        );
        assert_eq!(r.crt_static, None);
        let r = parse("-C target-feature=+crt-static -Ctarget-feature=+sse4.2,-crt-static");
        assert_eq!(r.crt_static, Some(false));
        let r = parse("-C target-feature=+avx2,+crt-static");
        assert_eq!(r.crt_static, Some(true));
        let check = parse("--emit=dep-info,metadata -Copt-level=0");
        assert!(!check.linking);
        assert!(check.link_dir.is_none());
        // A doc test: plain rustc, no `--emit`, so it links.
        assert!(parse("--crate-type=bin -o /tmp/rust_out -").linking);
        assert!(!Rustc::from_args(std::iter::empty(), false).linking);
    }
}
