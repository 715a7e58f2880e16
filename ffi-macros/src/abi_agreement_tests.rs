//! ABI mode lays records out by the target's rules ([`crate::layout`]); API mode asks the
//! compiler. These must agree: for each target, a block of awkward records is probed with
//! that target's gcc (the probe only compiles, so cross compilers suffice) — which verifies
//! every member against the compiler — and compared with the ABI-mode layout.
//!
//! Needs `i686-linux-gnu-gcc` and `aarch64-linux-gnu-gcc` (`.ci/run` installs them); set
//! `FFI_SKIP_CROSS=1` to run only the host target.

use crate::input::Block;
use crate::layout::{self, Sizes};
use crate::model::Cdef;
use crate::target::Target;
use crate::toolchain::{self, rustc::Rustc};

const RECORDS: &str = r#"
    struct mixed {
        unsigned char tag;
        unsigned long long wide : 40;
        unsigned short small : 7;
        int straddle : 20;
        unsigned int : 0;
        unsigned tail : 2;
        signed char last;
    };
    struct zero_width { char c; int : 0; char d; short : 0; char e : 3; long long : 0; char f; };
    struct long_units { char c; long long a : 33; long long b : 33; unsigned long long : 0; char z; };
    struct chars { char a : 3; signed char b : 5; unsigned char c : 7; _Bool d : 1; char e; };
    struct unnamed_tail { int a; int : 32; short : 3; };
    struct __attribute__((packed)) packed_bits { char c; unsigned a : 5; unsigned long long b : 40; short s; };
    union bits_union { unsigned a : 3; unsigned long long b : 50; char c; };
    struct deep {
        int k;
        union {
            struct { short lo, hi; };
            int both;
            struct { unsigned a : 4, b : 4; };
        };
        struct { double x; union { float f; unsigned u; }; };
    };
    struct aligned_field { char c; int x __attribute__((aligned(16))); char d; };
    struct over_aligned { char c; } __attribute__((aligned(32)));
    struct with_ld { char c; long double v; short s; };
    enum small { S0, S1, S2 };
    struct enum_bits { enum small e : 2; int i : 7; };
"#;

/// Windows' (MS) bit-field rules differ; zero-width and packed bit-fields under them are
/// left to API mode, so they are not here.
const WINDOWS_RECORDS: &str = r#"
    struct bb { unsigned a : 3; unsigned long long b : 40; char c; };
    struct mixed {
        unsigned char tag;
        unsigned long long wide : 40;
        unsigned short small : 7;
        int straddle : 20;
        unsigned tail : 2;
        signed char last;
    };
    struct same_unit { int a : 20; unsigned b : 20; int c : 5; char d; };
    struct chars { char a : 3; signed char b : 5; unsigned char c : 7; _Bool d : 1; char e; };
    struct long_units { char c; long long a : 33; long long b : 33; char z; };
    union bits_union { unsigned a : 3; unsigned long long b : 50; char c; };
    struct deep {
        int k;
        union {
            struct { short lo, hi; };
            int both;
            struct { unsigned a : 4, b : 4; };
        };
        struct { double x; union { float f; unsigned u; }; };
    };
    struct pointers { char c; void *p; size_t n; long l; ptrdiff_t d; };
    struct wide { char c; wchar_t w; long long ll; long double ld; short s; };
    enum small { S0, S1, S2 };
    struct enum_bits { enum small e : 2; int i : 7; };
"#;

fn block(records: &str) -> Block {
    let text = format!(
        "mod agree {{ cdef r#\"{records}\"#; source r#\"#include <stddef.h>\n{records}\"#; }}"
    );
    syn::parse_str(&text).expect("block parses")
}

fn api_layouts(block: &Block, triple: &str) -> Result<Cdef, String> {
    let mut rustc = Rustc::from_args(std::iter::empty(), false);
    rustc.target = triple.to_string();
    let settings = toolchain::Settings::new(block, &rustc);
    probed(block, &settings, triple)
}

/// The block's cdef with everything the compiler of `settings` answered.
fn probed(block: &Block, settings: &toolchain::Settings, triple: &str) -> Result<Cdef, String> {
    let target = Target::new(triple);
    let art = toolchain::artifact(block, settings, &[]).map_err(|e| e.to_string())?;
    let mut model = crate::cdef::parse(block, &target, None).map_err(|e| e.to_string())?;
    let job = toolchain::Job {
        block,
        settings,
        art: &art,
        target: &target,
        kind: toolchain::Kind::Static,
        link_dir: None,
    };
    toolchain::run(&job, &mut model).map_err(|e| e.to_string())?;
    Ok(model)
}

fn abi_layouts(block: &Block, triple: &str) -> Cdef {
    let target = Target::new(triple);
    let mut model = crate::cdef::parse(block, &target, None).expect("cdef parses");
    layout::lay_out_all(&mut model, &Sizes::from_target(&target)).expect("ABI rules lay it out");
    model
}

fn agree(b: &Block, triple: &str) {
    // API mode verifies each record's members against this target's compiler.
    let api = api_layouts(b, triple).unwrap_or_else(|e| panic!("{triple}: {e}"));
    agree_with(b, triple, &api);
}

fn agree_with(b: &Block, triple: &str, api: &Cdef) {
    let abi = abi_layouts(b, triple);
    for (a, c) in abi.records.iter().zip(&api.records) {
        assert_eq!(a.layout, c.layout, "{triple}: `{}` size/align", a.name);
        for (fa, fc) in a.fields().iter().zip(c.fields()) {
            assert_eq!(fa.place, fc.place, "{triple}: `{}.{}`", a.name, fa.name);
        }
    }
}

#[test]
fn abi_rules_agree_with_gcc_on_every_target() {
    let b = block(RECORDS);
    let mut targets = vec!["x86_64-unknown-linux-gnu"];
    if std::env::var_os("FFI_SKIP_CROSS").is_none() {
        targets.extend(["i686-unknown-linux-gnu", "aarch64-unknown-linux-gnu"]);
    }
    for triple in targets {
        agree(&b, triple);
    }
}

/// mingw-w64's gcc (Debian's `mingw-w64`), for both Windows x86 targets.
#[test]
fn abi_rules_agree_with_mingw_on_windows() {
    if std::env::var_os("FFI_SKIP_CROSS").is_some() {
        return;
    }
    let b = block(WINDOWS_RECORDS);
    for triple in ["x86_64-pc-windows-gnu", "i686-pc-windows-gnu"] {
        agree(&b, triple);
    }
}

/// clang-cl (clang with MSVC's command line and ABI: `long double` is `double`), for the
/// MSVC targets (x86-64, i686, AArch64); the probe reads its COFF.
#[test]
fn abi_rules_agree_with_clang_cl_on_msvc() {
    if std::env::var_os("FFI_SKIP_CROSS").is_some() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("ffi-clang-cl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // `cc` knows clang-cl by its name.
    let cc = script(
        &dir.join("clang-cl"),
        "#!/bin/sh\nexec clang --driver-mode=cl \"$@\"\n",
    );
    let b = block(WINDOWS_RECORDS);
    for triple in [
        "x86_64-pc-windows-msvc",
        "i686-pc-windows-msvc",
        "aarch64-pc-windows-msvc",
    ] {
        let mut rustc = Rustc::from_args(std::iter::empty(), false);
        rustc.target = triple.to_string();
        let mut settings = toolchain::Settings::new(&b, &rustc);
        settings.compiler = Some(cc.clone());
        let api = probed(&b, &settings, triple).unwrap_or_else(|e| panic!("{triple}: {e}"));
        let wide = api.record("wide").and_then(|r| r.layout).expect("wide");
        assert_eq!(
            (wide.size, wide.align),
            (32, 8),
            "{triple}: `long double` is 8 bytes"
        );
        agree_with(&b, triple, &api);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

const APPLE_FACTS: &str = r#"
    struct tm { int tm_sec; int tm_min; int tm_hour; int tm_mday; ...; };
    struct with_long { char c; long v; };
    struct with_ld { char c; long double v; };
"#;

/// A script running zig's clang for `zig_target`, dropping the `--target=` `cc` adds
/// (zig names targets its own way), as `cargo zigbuild` does.
fn zig_cc(dir: &std::path::Path, zig_target: &str) -> std::path::PathBuf {
    // `zig cc --version` (cc's compiler detection runs it) leaves an empty `a.o` in the
    // current directory: run that one where the wrapper lives.
    let text = format!(
        "#!/bin/sh\nfor a do shift; case \"$a\" in --target=*) ;; *) set -- \"$@\" \"$a\";; esac; done\n\
         [ \"$*\" = --version ] && cd \"$(dirname \"$0\")\"\n\
         exec python3 -m ziglang cc -target {zig_target} \"$@\"\n"
    );
    script(&dir.join(format!("zigcc-{zig_target}")), &text)
}

/// An executable shell script at `path`.
fn script(path: &std::path::Path, text: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).expect("write the wrapper");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path.to_path_buf()
}

/// zig's own answers: `sizeof`s and offsets compiled to assembly, read back.
fn zig_answers(cc: &std::path::Path, dir: &std::path::Path) -> Vec<u64> {
    let c = dir.join("facts.c");
    std::fs::write(
        &c,
        "#include <time.h>\n#include <stddef.h>\n\
         unsigned long long facts[] = { sizeof(struct tm), _Alignof(struct tm), \
         offsetof(struct tm, tm_mday), sizeof(long), _Alignof(long), sizeof(long double), \
         _Alignof(long double) };\n",
    )
    .expect("write facts.c");
    let s = dir.join("facts.s");
    let out = std::process::Command::new(cc)
        .arg("-S")
        .arg(&c)
        .arg("-o")
        .arg(&s)
        .output()
        .expect("zig runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&s).expect("facts.s");
    text.lines()
        .skip_while(|l| !l.starts_with("_facts:"))
        .skip(1)
        .map_while(|l| l.trim().strip_prefix(".quad"))
        .map(|v| {
            v.split_whitespace()
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        })
        .collect()
}

/// macOS: the probe reads Mach-O, compiled by zig's clang (PyPI's `ziglang`); its facts
/// for `struct tm`, `long` and `long double` are zig's, and ABI mode's rules agree with
/// clang's on the awkward records (Apple's arm64 ABI, unlike AAPCS64, does not let unnamed
/// bit-fields align a record).
#[test]
fn probe_facts_match_zig_on_macos() {
    if std::env::var_os("FFI_SKIP_CROSS").is_some() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("ffi-zig-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let text = format!(
        "mod agree {{ cdef r#\"{APPLE_FACTS}\"#; source r#\"#include <time.h>\n\
         struct with_long {{ char c; long v; }}; struct with_ld {{ char c; long double v; }};\"#; }}"
    );
    let b: Block = syn::parse_str(&text).expect("block parses");
    for (triple, zig) in [
        ("x86_64-apple-darwin", "x86_64-macos"),
        ("aarch64-apple-darwin", "aarch64-macos"),
    ] {
        let cc = zig_cc(&dir, zig);
        let want = zig_answers(&cc, &dir);
        let mut rustc = Rustc::from_args(std::iter::empty(), false);
        rustc.target = triple.to_string();
        let mut settings = toolchain::Settings::new(&b, &rustc);
        settings.compiler = Some(cc);
        // The awkward records too: ABI mode's rules against clang's for Apple's ABIs.
        let records = block(RECORDS);
        let mut all = toolchain::Settings::new(&records, &rustc);
        all.compiler = settings.compiler.clone();
        let laid = probed(&records, &all, triple).unwrap_or_else(|e| panic!("{triple}: {e}"));
        agree_with(&records, triple, &laid);
        let api = probed(&b, &settings, triple).unwrap_or_else(|e| panic!("{triple}: {e}"));
        let layout = |name: &str| api.record(name).and_then(|r| r.layout).expect(name);
        let (tm, long, ld) = (layout("tm"), layout("with_long"), layout("with_ld"));
        let mday = api
            .record("tm")
            .map(|r| r.fields()[3].place)
            .expect("tm_mday");
        let got = vec![
            tm.size,
            tm.align,
            mday.map_or(0, |p| p.offset()),
            long.size - long.align,
            long.align,
            ld.size - ld.align,
            ld.align,
        ];
        assert_eq!(got, want, "{triple}: probe vs zig");
        eprintln!("{triple}: struct tm, long, long double: {got:?}");
        // ABI mode's own table for the records it can lay out.
        let target = Target::new(triple);
        let sizes = Sizes::from_target(&target);
        for name in ["with_long", "with_ld"] {
            let r = api.record(name).expect(name);
            let abi = layout::record(&api, &sizes, r).expect("ABI layout");
            assert_eq!(Some(abi.layout), r.layout, "{triple}: `{name}` in ABI mode");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
