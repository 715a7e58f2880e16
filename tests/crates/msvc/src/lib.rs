//! The MSVC target with clang-cl as the C compiler: every mode whose C needs no Windows SDK
//! (clang's own `stddef.h` and `limits.h` stand in for it). `tests/platforms.rs` builds it
//! for `x86_64-` and `i686-pc-windows-msvc` and runs `main` under wine. Much is checked
//! while it compiles: the assertions at the end are `const`, and so are the blocks' layout
//! checks.

ffi_runtime::ffi! {
    /// Static API mode: the compiler's facts (MS bit-fields, 8-byte `long double`), a
    /// partial struct, a `#define ...`, a Rust function C calls.
    pub mod st {
        cdef r#"
            struct rec { char c; long long ll; double d; long double ld; short s; };
            struct bb { unsigned a : 3; unsigned long long b : 40; char c; };
            struct partial { int x; ...; };
            #define ANSWER ...
            int add(int a, int b);
            long double halve(long double x);
            extern "Rust" int twice(int x);
            int twice_from_c(int x);
            extern "Rust" int boom(int x);
            int boom_from_c(int x);
        "#;
        source r#"
            #include <stddef.h>
            struct rec { char c; long long ll; double d; long double ld; short s; };
            struct bb { unsigned a : 3; unsigned long long b : 40; char c; };
            struct partial { char pad[12]; int x; };
            #define ANSWER 42
            int add(int a, int b) { return a + b; }
            long double halve(long double x) { return x / 2; }
            int twice_from_c(int x) { return twice(x); }
            int boom_from_c(int x) { return boom(x) + 1; }
        "#;

        fn twice(x: c_int) -> c_int {
            x * 2
        }

        #[onerror(-1)]
        fn boom(x: c_int) -> c_int {
            panic!("boom {x}")
        }
    }
}

ffi_runtime::ffi! {
    /// `__stdcall` (`WINAPI`): on i686 Rust calls the glue, which calls it as C declares it.
    pub mod sc {
        cdef "int WINAPI add3(int a, int b, int c);";
        source r#"
            #ifdef _WIN32
            #define WINAPI __stdcall
            #else
            #define WINAPI
            #endif
            int WINAPI add3(int a, int b, int c) { return a * 100 + b * 10 + c; }
        "#;
    }
}

ffi_runtime::ffi! {
    /// A DLL, loaded on first use; one of its functions from a C file of its own.
    pub mod sh {
        cdef "int mul(int a, int b); int triple(int x);";
        source "int mul(int a, int b) { return a * b; } int triple(int x);";
        sources ["../platforms/src/extra.c"];
        mode shared;
    }
}

ffi_runtime::ffi! {
    /// Headers by name (clang's own), read by clang-cl's preprocessor (`/E /d1PP`).
    pub mod hd {
        headers ["limits.h"];
        allow ["INT_MAX", "LONG_MAX", "CHAR_BIT"];
    }
}

ffi_runtime::ffi! {
    /// ABI mode: the layouts from the target's own rules, no compiler.
    #[cfg(windows)]
    pub mod dl {
        cdef r#"
            int abs(int);
            size_t strlen(const char *);
            struct pl { char c; void *p; size_t n; long l; };
            struct bb { unsigned a : 3; unsigned long long b : 40; char c; };
        "#;
        dlopen "msvcrt.dll";
    }
}

/// What MSVC's C says, which differs from Linux's: 32-bit `long`, MS bit-field layout,
/// `long double` as `double`, 8-byte aligned `long long` and `double` on i686 too. `pl` is
/// a `char` padded to a pointer, a pointer, `size_t` and a `long` padded to a pointer.
#[cfg(all(windows, target_env = "msvc"))]
const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<st::rec>() == 40);
    assert!(size_of::<st::bb>() == 24);
    assert!(size_of::<ffi_runtime::types::long_double>() == 8);
    assert!(offset_of!(st::partial, x) == 12);
    assert!(st::ANSWER == 42);
    assert!(hd::LONG_MAX as i64 == i32::MAX as i64 && hd::CHAR_BIT == 8);
    let pointer = size_of::<usize>();
    assert!(size_of::<dl::pl>() == 1 + (pointer - 1) + pointer + pointer + pointer);
    assert!(size_of::<dl::bb>() == 24);
};

/// Every block's functions, called, and what they return.
pub fn report() -> String {
    let mut b = st::bb::default();
    b.set_b(0xff_ffff_ffff);
    b.set_a(5);
    // C gets -1 from the panicking Rust function; the wrapper resumes the panic.
    let resumed = std::panic::catch_unwind(|| st::boom_from_c(1))
        .err()
        .and_then(|p| p.downcast_ref::<String>().cloned());
    let native = format!(
        "add={} twice={} resumed={resumed:?} mul={} triple={} add3={} halve={} answer={} int_max={} \
         bits={},{:x}",
        st::add(2, 3),
        st::twice_from_c(21),
        sh::mul(6, 7),
        sh::triple(14),
        sc::add3(1, 2, 3),
        st::halve(5.0),
        st::ANSWER,
        hd::INT_MAX,
        b.a(),
        b.b(),
    );
    #[cfg(windows)]
    let native = format!(
        "{native} abs={} strlen={}",
        dl::abs(-7),
        dl::strlen(c"hello")
    );
    native
}
