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

fn block() -> Block {
    let text = format!("mod agree {{ cdef r#\"{RECORDS}\"#; source r#\"{RECORDS}\"#; }}");
    syn::parse_str(&text).expect("block parses")
}

fn api_layouts(block: &Block, triple: &str) -> Result<Cdef, String> {
    let mut rustc = Rustc::from_args(std::iter::empty(), false);
    rustc.target = triple.to_string();
    let target = Target::new(triple);
    let settings = toolchain::Settings::new(block, &rustc);
    let art = toolchain::artifact(block, &settings, &[]).map_err(|e| e.to_string())?;
    let mut model = crate::cdef::parse(block, &target, None).map_err(|e| e.to_string())?;
    let job = toolchain::Job {
        block,
        settings: &settings,
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

#[test]
fn abi_rules_agree_with_gcc_on_every_target() {
    let b = block();
    let mut targets = vec!["x86_64-unknown-linux-gnu"];
    if std::env::var_os("FFI_SKIP_CROSS").is_none() {
        targets.extend(["i686-unknown-linux-gnu", "aarch64-unknown-linux-gnu"]);
    }
    for triple in targets {
        // API mode verifies each record's members against this target's gcc.
        let api = api_layouts(&b, triple).unwrap_or_else(|e| panic!("{triple}: {e}"));
        let abi = abi_layouts(&b, triple);
        for (a, c) in abi.records.iter().zip(&api.records) {
            assert_eq!(a.layout, c.layout, "{triple}: `{}` size/align", a.name);
            for (fa, fc) in a.fields().iter().zip(c.fields()) {
                assert_eq!(fa.place, fc.place, "{triple}: `{}.{}`", a.name, fa.name);
            }
        }
    }
}
