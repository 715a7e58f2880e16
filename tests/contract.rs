//! The contract as README.md writes it: `source` is the start of the translation unit,
//! the prologue declares what CFFI's does, and each form the README shows builds as shown.

use std::ffi::{c_int, c_void};

use ffi_runtime::callback;

ffi_runtime::ffi! {
    /// `#define _GNU_SOURCE` at the top of `source` reaches every system header, so glibc
    /// declares `qsort_r`; `mode static;` is the default spelled out.
    pub mod gnu {
        cdef r#"
            void qsort_r(void *base, size_t nmemb, size_t size,
                         int (*compar)(const void *, const void *, void *), void *arg);
        "#;
        source r#"
            #define _GNU_SOURCE
            #include <stdlib.h>
        "#;
        mode static;
    }
}

#[test]
fn feature_macros_at_the_top_of_source_take_effect() {
    let mut v = [3i32, -1, 2];
    let mut by_value = |a: *const c_void, b: *const c_void| {
        let (a, b) = unsafe { (*a.cast::<i32>(), *b.cast::<i32>()) };
        a.cmp(&b) as c_int
    };
    let cb = callback::lend_last(&mut by_value);
    unsafe { gnu::qsort_r(v.as_mut_ptr().cast(), 3, 4, cb.function(), cb.data()) };
    assert_eq!(v, [-1, 2, 3]);
}

ffi_runtime::ffi! {
    /// `ssize_t`, `size_t`, `int32_t` in `source` without an `#include`, as CFFI's
    /// prologue allows.
    pub mod prologue {
        cdef "ssize_t signed_span(ssize_t a, ssize_t b); int32_t narrow(int64_t v);";
        source r#"
            ssize_t signed_span(ssize_t a, ssize_t b) { return b - a; }
            int32_t narrow(int64_t v) { return (int32_t)v; }
        "#;
    }
}

#[test]
fn the_prologue_declares_posix_and_stdint_names() {
    assert_eq!(prologue::signed_span(10, 3), -7);
    assert_eq!(prologue::narrow(1 << 33 | 5), 5);
}

// ---- README.md's forms, each as written there ---------------------------------------

/// The demo at the top of README.md.
mod readme_demo {
    ffi_runtime::ffi! {
        pub mod demo {
            cdef r#" int add(int a, int b); double cos(double); "#;
            source r#" #include <math.h>
                       int add(int a, int b) { return a + b; } "#;
            libraries ["m"];
        }
    }

    #[test]
    fn demo() {
        assert_eq!((demo::add(2, 3), demo::cos(0.0)), (5, 1.0));
    }
}

/// "Writing a block".
mod readme_writing_a_block {
    use ffi_runtime::ffi;

    ffi! {
        /// Doc comments and attributes land on the generated module.
        pub mod zlib {
            cdef r#"
                typedef unsigned long uLong;
                uLong crc32(uLong crc, const unsigned char *buf, unsigned int len);
                const char *zlibVersion(void);
                #define Z_OK ...            /* value taken from the C compiler */
                #define CHUNK 16384         /* literal value */
                typedef struct z_stream_s { unsigned int avail_in; ...; } z_stream;  /* partial */
            "#;
            source r#" #include <zlib.h> "#;
            libraries ["z"];
        }
    }

    #[test]
    fn writing_a_block() {
        assert_eq!(
            unsafe { zlib::crc32(0, b"123456789".as_ptr(), 9) },
            0xcbf4_3926
        );
        assert_eq!((zlib::Z_OK, zlib::CHUNK), (0, 16384));
        let s = zlib::z_stream::default();
        assert_eq!(s.avail_in, 0);
    }
}

/// "Binding a header by name".
mod readme_headers {
    use ffi_runtime::ffi;

    ffi! {
        pub mod z {
            headers ["zlib.h"];                     // #include'd and read for declarations
            allow ["crc32", "compress*", "Z_*", "z_stream"];   // names or globs; required with headers
            libraries ["z"];
        }
    }

    #[test]
    fn binding_a_header_by_name() {
        assert_eq!(
            unsafe { z::crc32(0, b"123456789".as_ptr(), 9) },
            0xcbf4_3926
        );
        assert!(z::compressBound(100) > 100);
        assert_eq!(z::Z_OK, 0);
    }
}

/// "Calls from C into Rust" (its C body elided as README elides it, then in full).
mod readme_calls_from_c {
    // README's `visit` ignores its `ctx`, as written there.
    #![allow(unused_variables)]
    use ffi_runtime::ffi;

    ffi! {
        pub mod walk {
            cdef r#"
                extern "Rust" int visit(void *ctx, int value);
                int sum_visited(void *ctx, int n);
            "#;
            source r#" int sum_visited(void *ctx, int n) { int s = 0; for (int i = 1; i <= n; i++) s += visit(ctx, i); return s; } "#;

            /// Written in the block, with the C signature's Rust types.
            #[onerror(-1)]                      // what C gets if it panics (zero if absent)
            fn visit(ctx: *mut c_void, value: c_int) -> c_int { value * 2 }
            // or, implemented elsewhere: `fn visit = crate::visitor::visit;`
        }
    }

    #[test]
    fn calls_from_c_into_rust() {
        assert_eq!(unsafe { walk::sum_visited(std::ptr::null_mut(), 3) }, 12);
    }
}

/// The "Compiler facts at build time" table, one form per row.
mod readme_compiler_facts {
    ffi_runtime::ffi! {
        pub mod facts {
            cdef r#"
                struct tm { int tm_sec; ...; };
                typedef ... FILE;
                #define EINVAL ...
                static const int INT_MAX;
                int table[...];
                enum e { A, B, ... };
                struct flags { unsigned mode : 3; ...; };
            "#;
            source r#"
                #include <time.h>
                #include <stdio.h>
                #include <errno.h>
                #include <limits.h>
                int table[7];
                enum e { B = 2, A = 1, C = 9 };
                struct flags { unsigned other : 2; unsigned mode : 3; };
            "#;
        }
    }

    #[test]
    fn compiler_facts_table() {
        use facts::*;
        let t = tm {
            tm_sec: 5,
            ..Default::default()
        };
        assert_eq!(t.tm_sec, 5);
        assert!(size_of::<FILE>() > 0);
        assert_eq!((EINVAL, INT_MAX), (22, i32::MAX));
        assert_eq!(unsafe { (*table()).len() }, 7);
        assert_eq!((A.0, B.0), (1, 2));
        let mut f = flags::default();
        f.set_mode(5);
        assert_eq!(f.mode(), 5);
    }
}

/// The sections table's forms not shown elsewhere, and the loading modes table's.
mod readme_sections {
    ffi_runtime::ffi! {
        pub mod from_files {
            cdef_file "tests/cdefs/common.h";
            source_file "tests/c/coverage.c";
            sources ["tests/c/extra_external_foo.c"];
            include_dirs ["tests/cdefs"];
            defines [("NAME", "VALUE")];
            flags ["-O2"];
            mode shared;
        }
    }

    ffi_runtime::ffi! {
        pub mod opened {
            cdef "double cos(double); unsigned long crc32(unsigned long, const unsigned char *, unsigned int);";
            dlopen "libz.so.1";
            libraries ["libm.so.6"];
        }
    }

    ffi_runtime::ffi! {
        pub mod linked {
            cdef "double sqrt(double);";
            libraries ["m"];
        }
    }

    #[test]
    fn sections_and_loading_modes() {
        assert!(from_files::load().is_ok());
        assert_eq!(opened::cos(0.0), 1.0);
        assert_eq!(
            unsafe { opened::crc32(0, b"123456789".as_ptr(), 9) },
            0xcbf4_3926
        );
        assert_eq!(linked::sqrt(9.0), 3.0);
    }
}
