//! Windows and macOS: the fixture `tests/crates/platforms` (static, compiler facts, MS
//! bit-fields, `mode shared`, `extern "Rust"`, `headers`, `dlopen`) built for
//! `x86_64-pc-windows-gnu` and `i686-pc-windows-gnu` with mingw-w64's gcc and run under
//! wine, and built for
//! `x86_64-apple-darwin` and `aarch64-apple-darwin` with zig as C compiler and linker; the
//! fixture `tests/crates/msvc` built with clang-cl for `x86_64-` and `i686-pc-windows-msvc`,
//! linked against a stand-in for MSVC's C runtime and run under wine, and its library for
//! `aarch64-pc-windows-msvc`.
//!
//! Needs `rustup target add x86_64-pc-windows-gnu i686-pc-windows-gnu x86_64-pc-windows-msvc
//! i686-pc-windows-msvc aarch64-pc-windows-msvc x86_64-apple-darwin aarch64-apple-darwin`,
//! Debian's `mingw-w64`, `wine`, `wine32:i386`, `clang` and `lld`, and `pip install ziglang`
//! (`.ci/run` installs them). Debian 12's wine 8.0 has no `bcryptprimitives.dll`, which
//! every Rust program since 1.78 imports (for `ProcessPrng`): the test builds a stand-in
//! from `tests/crates/platforms/wine/bcryptprimitives.c` beside the `.exe`. Set
//! `FFI_SKIP_CROSS=1` to skip.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use support::root;

fn fixtures_dir() -> PathBuf {
    root().join("target/fixtures-platforms")
}

/// Builds the fixture for `triple`; the directory its binary is in.
fn build(triple: &str, envs: &[(String, String)]) -> PathBuf {
    let manifest = "tests/crates/platforms/Cargo.toml";
    support::build_fixture(manifest, triple, &fixtures_dir(), envs)
}

/// The stand-in `bcryptprimitives.dll`, beside the `.exe` wine runs (`--kill-at`: the
/// 32-bit export is `ProcessPrng`, not `ProcessPrng@8`).
fn provide_bcryptprimitives(gcc: &str, dir: &Path) {
    let out = Command::new(gcc)
        .args(["-O2", "-shared", "-Wl,--kill-at", "-o"])
        .arg(dir.join("bcryptprimitives.dll"))
        .arg(root().join("tests/crates/platforms/wine/bcryptprimitives.c"))
        .arg("-ladvapi32")
        .output()
        .unwrap_or_else(|e| panic!("{gcc} runs (apt-get install mingw-w64): {e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `exe` under wine, in a prefix of its own per target.
fn wine(exe: &Path, prefix: &str) -> String {
    let out = Command::new("wine")
        .arg(exe)
        .env("WINEPREFIX", fixtures_dir().join(prefix))
        .env("WINEDEBUG", "-all")
        // No Mono or Gecko installer on the prefix's first start.
        .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
        .output()
        .expect("wine runs (apt-get install wine wine32:i386)");
    assert!(
        out.status.success(),
        "{} under wine: {}\n{}",
        exe.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Builds the fixture for a Windows target and runs it under wine.
fn windows(triple: &str, gcc: &str) -> String {
    let dir = build(triple, &[]);
    provide_bcryptprimitives(gcc, &dir);
    wine(
        &dir.join("ffi-platforms-fixture.exe"),
        &format!("wine-{triple}"),
    )
}

#[test]
fn windows_every_mode_under_wine() {
    if std::env::var_os("FFI_SKIP_CROSS").is_some() {
        return;
    }
    // MS bit-fields: `bb` is 24 bytes (8 on Linux), in API and ABI mode alike; LLP64's
    // 32-bit `long` with 64-bit pointers and `size_t` makes `pl` 32; `#pragma pack(2)`
    // makes `pk` 12 in both.
    assert_eq!(
        windows("x86_64-pc-windows-gnu", "x86_64-w64-mingw32-gcc"),
        "add=5,1005 triple=42 mul=42 layout=ok rec=64 bb=24 bits=5,ffffffffff halve=2.5 twice=42 answer=42 \
         x_at=12 strlen=4 abs=7 pl=32 abi_bb=24 dl_strlen=5 pk=12,12\nstdcall add3=123\nstdcall apply=42\nstdcall MulDiv=21\ninclude area=12"
    );
}

/// 32-bit Windows: `__stdcall` through the glue (API mode) and called directly as
/// `extern "stdcall"` (ABI mode), `_`-prefixed and `@N`-decorated COFF symbols, 8-byte
/// aligned `long long` in structs (unlike i386 Linux).
#[test]
fn windows_i686_every_mode_under_wine() {
    if std::env::var_os("FFI_SKIP_CROSS").is_some() {
        return;
    }
    assert_eq!(
        windows("i686-pc-windows-gnu", "i686-w64-mingw32-gcc"),
        "add=5,1005 triple=42 mul=42 layout=ok rec=40 bb=24 bits=5,ffffffffff halve=2.5 twice=42 answer=42 \
         x_at=12 strlen=4 abs=7 pl=16 abi_bb=24 dl_strlen=5 pk=12,12\nstdcall add3=123\nstdcall apply=42\nstdcall MulDiv=21\ninclude area=12"
    );
}

/// A script running zig's clang for `zig_target` (PyPI's `ziglang`), dropping the
/// `--target=` that `cc` and rustc add (zig names targets its own way).
fn zig_cc(zig_target: &str) -> PathBuf {
    // `zig cc --version` (cc's compiler detection runs it) leaves an empty `a.o` in the
    // current directory: run that one where the wrapper lives.
    let script = format!(
        "#!/bin/sh\nfor a do shift; case \"$a\" in --target=*) ;; *) set -- \"$@\" \"$a\";; esac; done\n\
         [ \"$*\" = --version ] && cd \"$(dirname \"$0\")\"\n\
         exec python3 -m ziglang cc -target {zig_target} \"$@\"\n"
    );
    wrapper_script("zig", &format!("zigcc-{zig_target}"), &script)
}

/// An executable shell script `name` in the fixtures' directory `dir`.
fn wrapper_script(dir: &str, name: &str, script: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let dir = fixtures_dir().join(dir);
    std::fs::create_dir_all(&dir).expect("create the wrapper's directory");
    let path = dir.join(name);
    std::fs::write(&path, script).expect("write the wrapper");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

/// macOS: built (compiled and linked, not run) with zig as C compiler and linker; the
/// binary is a Mach-O executable of the right CPU, and `mode shared` built a `.dylib`.
#[test]
fn macos_every_mode_builds_with_zig() {
    if std::env::var_os("FFI_SKIP_CROSS").is_some() {
        return;
    }
    for (triple, zig, cpu) in [
        ("x86_64-apple-darwin", "x86_64-macos", 0x0100_0007u32),
        ("aarch64-apple-darwin", "aarch64-macos", 0x0100_000c),
    ] {
        let cc = zig_cc(zig);
        let cc = cc.to_str().expect("a UTF-8 path");
        let under = triple.replace('-', "_");
        let dir = build(
            triple,
            &[
                (format!("CC_{under}"), cc.to_string()),
                (
                    format!("CARGO_TARGET_{}_LINKER", under.to_uppercase()),
                    cc.to_string(),
                ),
            ],
        );
        let binary = std::fs::read(dir.join("ffi-platforms-fixture")).expect("the binary");
        let word = |i: usize| u32::from_le_bytes(binary[i..i + 4].try_into().unwrap());
        assert_eq!(
            (word(0), word(4), word(12)),
            (0xfeed_facf, cpu, 2),
            "{triple}: MH_EXECUTE"
        );
        let dylibs = std::fs::read_dir(dir.join("build"))
            .expect("build dir")
            .flatten()
            .filter_map(|d| std::fs::read_dir(d.path().join("out/ffi-link")).ok())
            .flatten()
            .flatten()
            .filter(|f| f.file_name().to_string_lossy().ends_with(".dylib"))
            .count();
        assert!(dylibs >= 1, "{triple}: the `mode shared` block's .dylib");
    }
}

/// clang in MSVC's driver mode, under the name `cc` recognizes as clang-cl. Linking (`/LD`,
/// `mode shared`) goes through lld-link without the MSVC C runtime's import libraries,
/// which this machine lacks and the fixture's DLL does not call.
fn clang_cl() -> PathBuf {
    let script = "#!/bin/sh\n\
        case \" $* \" in *\" /LD \"*) exec clang --driver-mode=cl -fuse-ld=lld \"$@\" /NODEFAULTLIB /NOENTRY;; esac\n\
        exec clang --driver-mode=cl \"$@\"\n";
    wrapper_script("clang-cl", "clang-cl", script)
}

/// The files the fixture's blocks wrote into its `ffi-link` directory.
fn artifacts(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir.join("build"))
        .expect("build dir")
        .flatten()
        .filter_map(|d| std::fs::read_dir(d.path().join("out/ffi-link")).ok())
        .flatten()
        .flatten()
        .map(|f| f.path())
        .collect()
}

/// What a machine with MSVC links a program for `triple` (`x86_64-` or
/// `i686-pc-windows-msvc`) against, made from what this one has, in a directory of its own:
/// mingw-w64's import libraries under MSVC's names (`kernel32.lib`, …), an empty
/// `oldnames.lib`, import libraries for what wine's DLLs export and mingw's libraries lack
/// (msvcrt's `__CxxFrameHandler3`; ntdll's `__chkstk`, and on i686 `_chkstk`, `_aulldiv`
/// and `_aullrem`), and the C runtime's static part (`tests/crates/msvc/crt/stand_in.c`:
/// entry point, TLS directory). Returns the target's linker settings for Cargo.
fn msvc_runtime_stand_in(cc: &Path, triple: &str) -> Vec<(String, String)> {
    let arch = triple.split('-').next().unwrap_or_default();
    let mingw = format!("{arch}-w64-mingw32");
    let dir = fixtures_dir().join(format!("msvc-crt-{arch}"));
    std::fs::create_dir_all(&dir).expect("create the MSVC stand-in's directory");
    let libs = format!("/usr/{mingw}/lib");
    for lib in std::fs::read_dir(&libs).expect("mingw-w64's libraries") {
        let path = lib.expect("a directory entry").path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if let Some(stem) = name.strip_prefix("lib").and_then(|n| n.strip_suffix(".a")) {
            let link = dir.join(format!("{stem}.lib"));
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink(&path, &link).expect("link an import library");
        }
    }
    std::fs::write(dir.join("oldnames.lib"), "!<arch>\n").expect("write oldnames.lib");
    let ntdll = match arch {
        "x86_64" => "__chkstk",
        _ => "_chkstk\n_aulldiv\n_aullrem",
    };
    let mut link_args = Vec::new();
    for (dll, functions) in [("msvcrt", "__CxxFrameHandler3"), ("ntdll", ntdll)] {
        let def = dir.join(format!("{dll}-extra.def"));
        let lib = dir.join(format!("{dll}-extra.lib"));
        std::fs::write(&def, format!("LIBRARY {dll}.dll\nEXPORTS\n{functions}\n")).expect("def");
        run_tool(
            Command::new(format!("{mingw}-dlltool"))
                .arg("-d")
                .arg(&def)
                .arg("-l")
                .arg(&lib),
        );
        link_args.push(lib.display().to_string());
    }
    let object = dir.join("stand_in.obj");
    let source = root().join("tests/crates/msvc/crt/stand_in.c");
    // Joined paths: clang-cl reads a bare `/work/…` as an option.
    run_tool(
        Command::new(cc)
            .arg(format!("--target={triple}"))
            .args(["/Zl", "/c"])
            .arg(format!("/Tc{}", source.display()))
            .arg(format!("/Fo{}", object.display())),
    );
    link_args.push(object.display().to_string());
    if arch == "i686" {
        // mingw's import libraries carry no SEH tables (`@feat.00`).
        link_args.push("/SAFESEH:NO".into());
    }
    let mut flags = format!("-L native={}", dir.display());
    for a in link_args {
        flags.push_str(&format!(" -C link-arg={a}"));
    }
    let target = triple.replace('-', "_").to_uppercase();
    vec![
        (format!("CARGO_TARGET_{target}_LINKER"), "lld-link".into()),
        (format!("CARGO_TARGET_{target}_RUSTFLAGS"), flags),
    ]
}

fn run_tool(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?} runs: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// MSVC's ABI with clang-cl: the fixture `tests/crates/msvc` built for
/// `x86_64-` and `i686-pc-windows-msvc`, linked by lld-link against the stand-in runtime
/// and run under wine. That it compiles means its `const` assertions of MSVC's layouts and
/// values held and rustc checked every block's layout table; `mode shared` linked a DLL
/// exporting the block's function and the fingerprint, nothing else.
#[test]
fn msvc_every_mode_with_clang_cl() {
    if std::env::var_os("FFI_SKIP_CROSS").is_some() {
        return;
    }
    let cc = clang_cl();
    for (triple, gcc, runtime) in [
        ("x86_64-pc-windows-msvc", "x86_64-w64-mingw32-gcc", "msvcrt"),
        ("i686-pc-windows-msvc", "i686-w64-mingw32-gcc", "libcmt"),
    ] {
        let mut envs = msvc_runtime_stand_in(&cc, triple);
        let cc_var = format!("CC_{}", triple.replace('-', "_"));
        envs.push((cc_var, cc.to_str().expect("a UTF-8 path").to_string()));
        if runtime == "libcmt" {
            // The C is compiled for the static runtime, which the stand-in cannot be:
            // the program links msvcrt.dll's functions in its place.
            let rustflags = envs.iter_mut().find(|(k, _)| k.ends_with("_RUSTFLAGS"));
            if let Some((_, flags)) = rustflags {
                flags.push_str(
                    " -C target-feature=+crt-static -C link-arg=/NODEFAULTLIB:libcmt \
                     -C link-arg=msvcrt.lib",
                );
            }
        }
        let manifest = "tests/crates/msvc/Cargo.toml";
        let dir = support::build_fixture(manifest, triple, &fixtures_dir(), &envs);
        let exports = dll_exports(&dir);
        assert_eq!(exports.len(), 3, "{triple}: {exports:?}");
        assert!(exports[0].ends_with("_d_mul"), "{triple}: {exports:?}");
        assert!(exports[1].ends_with("_d_triple"), "{triple}: {exports:?}");
        assert_eq!(exports[2], "__ffi_fingerprint", "{triple}");
        assert_eq!(
            runtimes(&dir),
            [runtime],
            "{triple}: the C runtime Rust links"
        );
        provide_bcryptprimitives(gcc, &dir);
        // A prefix of its own: the mingw tests may be starting theirs at the same time.
        assert_eq!(
            wine(&dir.join("ffi-msvc-fixture.exe"), &format!("wine-{triple}")),
            "add=5 twice=42 resumed=Some(\"boom 1\") mul=42 triple=42 add3=123 halve=2.5 answer=42 \
             int_max=2147483647 bits=5,ffffffffff abs=7 strlen=5 negate=-5",
            "{triple}"
        );
    }
}

/// AArch64 Windows (`aarch64-pc-windows-msvc`) with clang-cl: the fixture's library built
/// (its `const` assertions of MSVC's layouts held), and `mode shared`'s DLL an ARM64 image
/// that names the block's functions and the fingerprint. Not linked into a program or run:
/// mingw-w64's import libraries here are x86 only, and wine runs no ARM64 code.
#[test]
fn msvc_aarch64_builds_with_clang_cl() {
    if std::env::var_os("FFI_SKIP_CROSS").is_some() {
        return;
    }
    let triple = "aarch64-pc-windows-msvc";
    let cc = clang_cl();
    let dir = support::build_fixture_args(
        "tests/crates/msvc/Cargo.toml",
        triple,
        &fixtures_dir(),
        &[(
            format!("CC_{}", triple.replace('-', "_")),
            cc.to_str().expect("a UTF-8 path").to_string(),
        )],
        &["--lib"],
    );
    assert!(dir.join("libffi_msvc_fixture.rlib").is_file());
    let dll = std::fs::read(newest_dll(&dir)).expect("read the DLL");
    let at = u32::from_le_bytes(dll[0x3c..0x40].try_into().unwrap()) as usize;
    assert_eq!(&dll[at..at + 4], b"PE\0\0");
    let machine = u16::from_le_bytes([dll[at + 4], dll[at + 5]]);
    assert_eq!(machine, 0xaa64, "IMAGE_FILE_MACHINE_ARM64");
    for name in ["_d_mul\0", "_d_triple\0", "__ffi_fingerprint\0"] {
        assert!(
            dll.windows(name.len()).any(|w| w == name.as_bytes()),
            "the DLL names {name:?}"
        );
    }
}

/// Which of MSVC's C runtimes (`msvcrt`, the DLL's; `libcmt`, the static one) the static
/// blocks' objects, bundled into the fixture's rlib, ask the linker for (`/DEFAULTLIB:` in
/// their `.drectve` sections: plain text).
fn runtimes(dir: &Path) -> Vec<&'static str> {
    let rlib = std::fs::read(dir.join("libffi_msvc_fixture.rlib")).expect("the rlib");
    ["msvcrt", "libcmt"]
        .into_iter()
        .filter(|library| {
            let wanted = format!("/DEFAULTLIB:{library}.lib");
            rlib.windows(wanted.len()).any(|w| w == wanted.as_bytes())
        })
        .collect()
}

/// The `mode shared` block's DLL: the newest, as the fixture's target directory keeps those
/// of earlier versions of the block.
fn newest_dll(dir: &Path) -> PathBuf {
    let modified = |f: &PathBuf| std::fs::metadata(f).and_then(|m| m.modified()).ok();
    artifacts(dir)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "dll"))
        .max_by_key(modified)
        .expect("the `mode shared` block's .dll")
}

/// The names the `mode shared` block's DLL exports.
fn dll_exports(dir: &Path) -> Vec<String> {
    let dll = newest_dll(dir);
    let out = Command::new("x86_64-w64-mingw32-objdump")
        .arg("-p")
        .arg(&dll)
        .output()
        .expect("objdump runs (apt-get install mingw-w64)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip_while(|l| !l.contains("[Ordinal/Name Pointer] Table"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split(']').nth(1).map(|n| n.trim().to_string()))
        .collect()
}
