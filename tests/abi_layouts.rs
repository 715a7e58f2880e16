//! Bit-fields and anonymous members in ABI mode (`dlopen`, no compiler at build time): the
//! layout comes from the target's ABI rules in `ffi!`, the library from gcc. The test
//! builds the library from `tests/c/coverage.c` before the first call opens it.

use std::path::Path;
use std::sync::Once;

const LIBRARY: &str = "target/ffi-abi-fixture/libffi_abi_fixture.so";

ffi_runtime::ffi! {
    pub mod abi {
        cdef r#"
            struct header {
                unsigned version : 3;
                signed delta : 5;
                unsigned : 0;
                _Bool urgent : 1;
                union { int id; float weight; };
            };
            struct mixed {
                unsigned char tag;
                unsigned long long wide : 40;
                unsigned short small : 7;
                int straddle : 20;
                unsigned int : 0;
                unsigned tail : 2;
                signed char last;
            };
            struct deep {
                int k;
                union {
                    struct { short lo, hi; };
                    int both;
                    struct { unsigned a : 4, b : 4; };
                };
                struct { double x; union { float f; unsigned u; }; };
            };
            struct __attribute__((packed)) wire { char kind; int value; short port; };
            void header_set(struct header *h, unsigned v, int d, _Bool u, int id);
            int header_check(const struct header *h, unsigned v, int d, _Bool u, int id);
            void mixed_set(struct mixed *m, unsigned long long wide, unsigned small, int straddle, unsigned tail);
            int mixed_check(const struct mixed *m, unsigned long long wide, unsigned small, int straddle, unsigned tail);
            int deep_sum(const struct deep *d);
            unsigned deep_bits(const struct deep *d);
            int wire_value(const struct wire *w);
        "#;
        dlopen "target/ffi-abi-fixture/libffi_abi_fixture.so";
    }
}

/// Compiles the C the API-mode tests use into the library this block opens.
fn build_library() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let out = Path::new(LIBRARY);
        std::fs::create_dir_all(out.parent().expect("has a parent")).expect("create dir");
        let status = std::process::Command::new("cc")
            .args(["-shared", "-fPIC", "-O1", "tests/c/coverage.c", "-o"])
            .arg(out)
            .status()
            .expect("cc runs");
        assert!(status.success(), "building the fixture library failed");
    });
}

use abi::*;

#[test]
fn bit_fields_laid_out_by_abi_rules_agree_with_gcc() {
    build_library();
    let mut h = header::default();
    h.set_version(5);
    h.set_delta(-9);
    h.set_urgent(true);
    h.set_id(77);
    assert!(unsafe { header_check(&h, 5, -9, true, 77) } != 0);
    unsafe { header_set(&mut h, 2, 15, false, -1) };
    assert_eq!(
        (h.version(), h.delta(), h.urgent(), h.id()),
        (2, 15, false, -1)
    );

    let mut m = mixed::default();
    m.tag = 0x5A;
    m.set_wide(0xAB_CDEF_0123);
    m.set_small(100);
    m.set_straddle(-300_000);
    m.set_tail(3);
    m.last = 7;
    assert!(unsafe { mixed_check(&m, 0xAB_CDEF_0123, 100, -300_000, 3) } != 0);
    unsafe { mixed_set(&mut m, (1 << 40) - 1, 127, 524_287, 1) };
    assert_eq!(
        (m.tag, m.wide(), m.small(), m.straddle(), m.tail(), m.last),
        (0xAB, (1 << 40) - 1, 127, 524_287, 1, -2)
    );
}

#[test]
fn anonymous_members_and_packing_by_abi_rules_agree_with_gcc() {
    build_library();
    let mut d = deep {
        k: 1,
        ..Default::default()
    };
    d.set_lo(2);
    d.set_hi(3);
    d.set_x(4.0);
    assert_eq!(unsafe { deep_sum(&d) }, 10);
    d.set_both(0);
    d.set_a(0xC);
    d.set_b(0x5);
    assert_eq!(unsafe { deep_bits(&d) }, 0xC5);
    let w = wire {
        kind: 0,
        value: 40,
        port: 2,
    };
    assert_eq!(unsafe { wire_value(&w) }, 42);
    assert_eq!(size_of::<wire>(), 7);
}
