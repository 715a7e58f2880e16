//! Every mode in one binary, for the targets whose C differs most from Linux's: Windows
//! (LLP64, MS bit-fields, 16-bit `wchar_t`, COFF, `.dll`) and macOS (Mach-O, `.dylib`).
//! `tests/platforms.rs` builds it and, for Windows, runs it under wine.

use std::ffi::c_int;

ffi_runtime::ffi! {
    /// Static API mode: compiler facts, MS bit-fields, `long double`, a Rust callback.
    mod st {
        cdef r#"
            struct rec { char c; long long ll; double d; long double ld; short s; };
            struct bb { unsigned a : 3; unsigned long long b : 40; char c; };
            struct partial { int x; ...; };
            #pragma pack(push, 2)
            struct pk { char c; long long l; short s; };
            #pragma pack(pop)
            #define ANSWER ...
            int add(int a, int b);
            int rec_size(void);
            int bb_size(void);
            int wchar_size(void);
            int pk_size(void);
            long double halve(long double x);
            extern "Rust" int twice(int x);
            int twice_from_c(int x);
        "#;
        source r#"
            #include <stddef.h>
            struct rec { char c; long long ll; double d; long double ld; short s; };
            struct bb { unsigned a : 3; unsigned long long b : 40; char c; };
            struct partial { char pad[12]; int x; };
            #pragma pack(push, 2)
            struct pk { char c; long long l; short s; };
            #pragma pack(pop)
            #define ANSWER 42
            int helper(void) { return 0; }
            int add(int a, int b) { return a + b + helper(); }
            int rec_size(void) { return sizeof(struct rec); }
            int bb_size(void) { return sizeof(struct bb); }
            int wchar_size(void) { return sizeof(wchar_t); }
            int pk_size(void) { return sizeof(struct pk); }
            long double halve(long double x) { return x / 2; }
            int twice_from_c(int x) { return twice(x); }
        "#;

        fn twice(x: c_int) -> c_int {
            x * 2
        }
    }
}

ffi_runtime::ffi! {
    /// Defines `add` and `helper` too: each block's C names are its own (hermetic archives).
    /// `triple` is in a C file of its own.
    mod st2 {
        cdef "int add(int a, int b); int triple(int x);";
        source "int helper(void) { return 1000; } int add(int a, int b) { return a + b + helper(); }
                int triple(int x);";
        sources ["src/extra.c"];
    }
}

ffi_runtime::ffi! {
    /// `__stdcall` (`WINAPI`): on 32-bit Windows Rust calls the glue, which calls it as C
    /// declares it; elsewhere the word means nothing.
    mod sc {
        cdef "int WINAPI add3(int a, int b, int c);
              typedef int (WINAPI *op_t)(int, int);
              int apply(op_t op, int a, int b);";
        source r#"
            #ifndef _WIN32
            #define WINAPI
            #else
            #include <windows.h>
            #endif
            int WINAPI add3(int a, int b, int c) { return a * 100 + b * 10 + c; }
            typedef int (WINAPI *op_t)(int, int);
            int apply(op_t op, int a, int b) { return op(a, b); }
        "#;
    }
}

/// A Rust function C calls through a `WINAPI` pointer: `__stdcall` on 32-bit Windows.
#[cfg(all(windows, target_arch = "x86"))]
extern "stdcall" fn sub(a: std::ffi::c_int, b: std::ffi::c_int) -> std::ffi::c_int {
    a - b
}
#[cfg(not(all(windows, target_arch = "x86")))]
extern "C" fn sub(a: std::ffi::c_int, b: std::ffi::c_int) -> std::ffi::c_int {
    a - b
}

ffi_runtime::ffi! {
    /// ABI mode, `__stdcall`: called directly as `extern "stdcall"` on 32-bit Windows.
    #[cfg(windows)]
    mod k32 {
        cdef "int WINAPI MulDiv(int number, int numerator, int denominator);";
        dlopen "kernel32.dll";
    }
}

ffi_runtime::ffi! {
    /// Built as the platform's shared library, loaded on first use.
    mod sh {
        cdef "int mul(int a, int b);";
        source "int mul(int a, int b) { return a * b; }";
        mode shared;
    }
}

ffi_runtime::ffi! {
    /// A system header by name.
    mod hd {
        headers ["string.h"];
        allow ["strlen"];
    }
}

ffi_runtime::ffi! {
    /// `include`: `render` takes `shapes`' own `box_t` by value.
    mod shapes {
        cdef_file "src/shapes.h";
        source "struct point { long long x, y; }; typedef struct { struct point min, max; } box_t;";
    }
}

ffi_runtime::ffi! {
    mod render {
        include super::shapes from "src/shapes.h";
        cdef "long long area(box_t b);";
        source "struct point { long long x, y; }; typedef struct { struct point min, max; } box_t;
                long long area(box_t b) { return (b.max.x - b.min.x) * (b.max.y - b.min.y); }";
    }
}

/// ABI mode: the layout from the target's own rules, no compiler; one block per platform,
/// opening the C library every process there has.
macro_rules! libc_abi {
    ($(#[$cfg:meta])* $library:literal) => {
        ffi_runtime::ffi! {
            $(#[$cfg])*
            mod dl {
                cdef r#"
                    int abs(int);
                    size_t strlen(const char *);
                    struct pl { char c; void *p; size_t n; long l; };
                    struct bb { unsigned a : 3; unsigned long long b : 40; char c; };
                    #pragma pack(push, 2)
                    struct pk { char c; long long l; short s; };
                    #pragma pack(pop)
                "#;
                dlopen $library;
            }
        }
    };
}

libc_abi!(
    #[cfg(windows)]
    "msvcrt.dll"
);
libc_abi!(
    #[cfg(target_vendor = "apple")]
    "libSystem.B.dylib"
);
// The workspace builds this fixture for the host too.
libc_abi!(
    #[cfg(not(any(windows, target_vendor = "apple")))]
    "libc.so.6"
);

fn main() {
    let mut b = st::bb::default();
    b.set_b(0xff_ffff_ffff);
    b.set_a(5);
    let layout_ok = std::mem::size_of::<st::rec>() as c_int == st::rec_size()
        && std::mem::size_of::<st::bb>() as c_int == st::bb_size()
        && std::mem::size_of::<ffi_runtime::types::wchar_t>() as c_int == st::wchar_size()
        && std::mem::size_of::<st::pk>() as c_int == st::pk_size();
    println!(
        "add={},{} triple={} mul={} layout={} rec={} bb={} bits={},{:x} halve={} twice={} answer={} x_at={} \
         strlen={} abs={} pl={} abi_bb={} dl_strlen={} pk={},{}",
        st::add(2, 3),
        st2::add(2, 3),
        st2::triple(14),
        sh::mul(6, 7),
        if layout_ok { "ok" } else { "WRONG" },
        st::rec_size(),
        st::bb_size(),
        b.a(),
        b.b(),
        st::halve(5.0),
        st::twice_from_c(21),
        st::ANSWER,
        std::mem::offset_of!(st::partial, x),
        hd::strlen(c"four"),
        dl::abs(-7),
        std::mem::size_of::<dl::pl>(),
        std::mem::size_of::<dl::bb>(),
        dl::strlen(c"hello"),
        st::pk_size(),
        std::mem::size_of::<dl::pk>(),
    );
    println!("stdcall add3={}", sc::add3(1, 2, 3));
    // SAFETY: `sub` has the pointer type's signature and convention.
    println!("stdcall apply={}", unsafe { sc::apply(Some(sub), 50, 8) });
    #[cfg(windows)]
    println!("stdcall MulDiv={}", k32::MulDiv(6, 7, 2));
    let (min, max) = (shapes::point { x: 1, y: 2 }, shapes::point { x: 4, y: 6 });
    println!("include area={}", render::area(shapes::box_t { min, max }));
}
