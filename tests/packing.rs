//! `#pragma pack` in a header: the records it packs are `#[repr(C, packed(N))]`, in API
//! mode (checked by the compiler's probe) and in ABI mode (laid out by the target's rules),
//! and both agree with C's `sizeof` and `offsetof`.

use std::mem::{align_of, offset_of, size_of};

ffi_runtime::ffi! {
    pub mod api {
        headers ["packing.h"];
        include_dirs ["tests/c/packing"];
        allow ["pk_*"];
        source r#"
            #include "packing.h"
            size_t pk_size(int which) {
                switch (which) {
                case 1: return sizeof(struct pk_one);
                case 2: return sizeof(struct pk_two);
                case 3: return sizeof(struct pk_four);
                case 4: return sizeof(struct pk_eight);
                case 5: return sizeof(struct pk_four_again);
                case 6: return sizeof(struct pk_natural);
                default: return sizeof(struct pk_aligned_bytes);
                }
            }
            size_t pk_second_offset(int which) {
                switch (which) {
                case 1: return offsetof(struct pk_one, i);
                case 2: return offsetof(struct pk_two, i);
                case 3: return offsetof(struct pk_four, l);
                case 4: return offsetof(struct pk_eight, l);
                case 5: return offsetof(struct pk_four_again, d);
                default: return offsetof(struct pk_natural, l);
                }
            }
        "#;
        sources ["tests/c/packing/packing.c"];
    }
}

// ABI mode: no compiler, the same header, the layouts from the target's rules.
ffi_runtime::ffi! {
    pub mod abi {
        headers ["packing.h"];
        include_dirs ["tests/c/packing"];
        allow ["pk_one", "pk_two", "pk_four", "pk_eight", "pk_four_again", "pk_natural", "pk_aligned_bytes"];
        dlopen "libc.so.6";
    }
}

// A cdef's `#pragma pack` is read the same way, in ABI mode (the target's rules) and in
// API mode (where the compiler's probe checks it against the header's).
ffi_runtime::ffi! {
    pub mod cdef_abi {
        cdef r#"
            #pragma pack(push, 2)
            struct pk_two { char c; int32_t i; int64_t l; };
            #pragma pack(pop)
            struct pk_natural { char c; int64_t l; };
        "#;
        dlopen "libc.so.6";
    }
}

ffi_runtime::ffi! {
    pub mod cdef_api {
        cdef r#"
            #pragma pack(2)
            struct pk_two { char c; int32_t i; int64_t l; };
            #pragma pack()
            struct pk_natural { char c; int64_t l; };
            int32_t pk_two_i(struct pk_two s);
        "#;
        source r#"#include "packing.h""#;
        sources ["tests/c/packing/packing.c"];
        include_dirs ["tests/c/packing"];
    }
}

/// (size, offset of the second member, alignment) of each record, in `pk_size`'s order.
macro_rules! facts {
    ($m:ident) => {
        facts!($m: pk_one.i, pk_two.i, pk_four.l, pk_eight.l, pk_four_again.d, pk_natural.l)
    };
    ($m:ident: $($record:ident . $second:ident),*) => {
        [$((
            size_of::<$m::$record>(),
            offset_of!($m::$record, $second),
            align_of::<$m::$record>(),
        )),*]
    };
}

#[test]
fn packed_records_have_cs_layout_in_both_modes() {
    let expected = [
        (13, 1, 1),
        (14, 2, 2),
        (16, 4, 4),
        (16, 8, 8),
        (12, 4, 4),
        (16, 8, 8),
    ];
    assert_eq!(facts!(api), expected);
    assert_eq!(facts!(abi), expected);
    for (which, (size, offset, _)) in (1..).zip(expected) {
        assert_eq!(api::pk_size(which), size, "record {which}");
        assert_eq!(api::pk_second_offset(which), offset, "record {which}");
    }
}

#[test]
fn a_cdefs_pragma_pack_packs_its_records() {
    let two = (
        size_of::<cdef_abi::pk_two>(),
        offset_of!(cdef_abi::pk_two, l),
    );
    assert_eq!(two, (14, 6));
    assert_eq!(align_of::<cdef_abi::pk_two>(), 2);
    assert_eq!(size_of::<cdef_abi::pk_natural>(), 16);
    assert_eq!(size_of::<cdef_api::pk_two>(), 14);
    assert_eq!(size_of::<cdef_api::pk_natural>(), 16);
    let s = cdef_api::pk_two { c: 0, i: 99, l: -1 };
    assert_eq!(cdef_api::pk_two_i(s), 99);
}

/// A pack no member needs changes nothing, and the record's own `aligned(16)` stays.
#[test]
fn a_pack_around_an_aligned_record_of_bytes_keeps_its_alignment() {
    assert_eq!(api::pk_size(7), 32);
    assert_eq!(size_of::<api::pk_aligned_bytes>(), 32);
    assert_eq!(align_of::<api::pk_aligned_bytes>(), 16);
    assert_eq!(size_of::<abi::pk_aligned_bytes>(), 32);
    assert_eq!(align_of::<abi::pk_aligned_bytes>(), 16);
}

#[test]
fn a_packed_record_crosses_by_value() {
    let s = api::pk_two {
        c: 1,
        i: -123_456,
        l: 7,
    };
    assert_eq!(api::pk_two_i(s), -123_456);
}
