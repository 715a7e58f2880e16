//! `extern "Rust"` declarations: functions the block's C code calls and Rust implements,
//! in `mode static` and `mode shared`, with panics caught at the boundary.

use std::ffi::{c_int, c_void};
use std::panic;

ffi_runtime::ffi! {
    /// C that sums through a Rust function, and scales a struct through another.
    pub mod stat {
        cdef r#"
            struct pt { int x; double y; };
            extern "Rust" int visit(void *ctx, int value);
            extern "Rust" struct pt scale(struct pt p, int k);
            int sum_visited(void *ctx, int n);
            struct pt scale_twice(struct pt p, int k);
            int last_error;
        "#;
        source r#"
            struct pt { int x; double y; };
            int last_error;
            int sum_visited(void *ctx, int n) {
                int total = 0;
                for (int i = 1; i <= n; i++) {
                    int r = visit(ctx, i);
                    if (r < 0) { last_error = r; return -1; }
                    total += r;
                }
                return total;
            }
            struct pt scale_twice(struct pt p, int k) { return scale(scale(p, k), k); }
        "#;

        /// Visits one value: doubles it, and counts the calls in `ctx`.
        #[onerror(-7)]
        fn visit(ctx: *mut c_void, value: c_int) -> c_int {
            let calls = unsafe { &mut *ctx.cast::<u32>() };
            *calls += 1;
            if value == 1013 {
                panic!("unlucky {value}");
            }
            value * 2
        }

        fn scale = super::scale_point;
    }
}

fn scale_point(p: stat::pt, k: c_int) -> stat::pt {
    stat::pt {
        x: p.x * k,
        y: p.y * f64::from(k),
    }
}

#[test]
fn source_calls_rust_in_a_loop() {
    let mut calls = 0u32;
    let total = unsafe { stat::sum_visited((&mut calls as *mut u32).cast(), 1000) };
    assert_eq!((total, calls), (1000 * 1001, 1000));
}

#[test]
fn structs_cross_by_value_both_ways() {
    let p = stat::scale_twice(stat::pt { x: 3, y: 0.5 }, 4);
    assert_eq!((p.x, p.y), (48, 8.0));
}

#[test]
fn a_panic_gives_c_the_onerror_value_and_resumes_in_rust() {
    let mut calls = 0u32;
    let ctx = (&mut calls as *mut u32).cast::<c_void>();
    let caught = panic::catch_unwind(|| unsafe { stat::sum_visited(ctx, 2000) });
    let payload = caught.expect_err("the panic resumed after sum_visited returned");
    assert_eq!(
        payload.downcast_ref::<String>().map(String::as_str),
        Some("unlucky 1013")
    );
    // C saw -7 and stopped there.
    assert_eq!(unsafe { *stat::last_error() }, -7);
    assert_eq!(calls, 1013);
}

#[test]
fn the_c_side_function_is_a_c_function_pointer_too() {
    let f: extern "C" fn(*mut c_void, c_int) -> c_int = stat::callbacks::visit;
    let mut calls = 0u32;
    assert_eq!(f((&mut calls as *mut u32).cast(), 21), 42);
    assert_eq!(calls, 1);
}

ffi_runtime::ffi! {
    /// The same names as `stat`, in a shared object that calls back into the executable.
    pub mod shared {
        cdef r#"
            struct pt { int x; double y; };
            extern "Rust" int visit(void *ctx, int value);
            extern "Rust" struct pt scale(struct pt p, int k);
            int sum_visited(void *ctx, int n);
            struct pt scale_twice(struct pt p, int k);
        "#;
        source r#"
            struct pt { int x; double y; };
            int sum_visited(void *ctx, int n) {
                int total = 0;
                for (int i = 1; i <= n; i++) {
                    int r = visit(ctx, i);
                    if (r < 0) return r;
                    total += r;
                }
                return total;
            }
            struct pt scale_twice(struct pt p, int k) { return scale(scale(p, k), k); }
        "#;
        mode shared;

        /// Triples instead: if the blocks' `visit`s got mixed up, the sums would show it.
        fn visit(ctx: *mut c_void, value: c_int) -> c_int {
            let calls = unsafe { &mut *ctx.cast::<u32>() };
            *calls += 1;
            if value == 5 {
                panic!("five in the shared object");
            }
            value * 3
        }

        fn scale(p: pt, k: c_int) -> pt {
            pt { x: p.x + k, y: p.y + f64::from(k) }
        }
    }
}

#[test]
fn shared_mode_calls_back_into_the_executable_and_blocks_stay_apart() {
    let mut calls = 0u32;
    let ctx = (&mut calls as *mut u32).cast::<c_void>();
    assert_eq!(unsafe { shared::sum_visited(ctx, 4) }, 3 * 10);
    assert_eq!(unsafe { stat::sum_visited(ctx, 4) }, 2 * 10);
    let p = shared::scale_twice(shared::pt { x: 1, y: 1.5 }, 2);
    assert_eq!((p.x, p.y), (5, 5.5));
}

#[test]
fn shared_mode_panics_resume_too() {
    let mut calls = 0u32;
    let ctx = (&mut calls as *mut u32).cast::<c_void>();
    let caught = panic::catch_unwind(|| unsafe { shared::sum_visited(ctx, 10) });
    let payload = caught.expect_err("resumed");
    assert_eq!(
        payload.downcast_ref::<&str>(),
        Some(&"five in the shared object")
    );
    assert_eq!(calls, 5);
}

// CFFI's spellings: `extern "Python"` is `extern "Rust"`; `extern "Python+C"` is also
// callable by its C name from the block's other C files, here `sources`.
macro_rules! python_block {
    ($name:ident, $mode:ident) => {
        ffi_runtime::ffi! {
            pub mod $name {
                cdef r#"
                    extern "Python" int halve(int);
                    extern "Python+C" int triple(int);
                    int halve_in_c(int);
                    int triple_then_add(int, int);
                "#;
                source "int halve_in_c(int x) { return halve(x); }\nint triple_then_add(int, int);";
                sources ["tests/c/calls_python_c.c"];
                mode $mode;

                fn halve(x: c_int) -> c_int { x / 2 }
                fn triple(x: c_int) -> c_int { x * 3 }
            }
        }
    };
}

python_block!(python_linked, static);
python_block!(python_loaded, shared);

#[test]
fn extern_python_and_python_plus_c() {
    assert_eq!(python_linked::halve_in_c(42), 21);
    assert_eq!(python_linked::triple_then_add(5, 1), 16);
    assert_eq!(python_loaded::halve_in_c(42), 21);
    assert_eq!(python_loaded::triple_then_add(5, 1), 16);
}

// CFFI's grouped form, from its test_extern_python_struct (cdef and source verbatim, plus
// three C functions that make the calls the Python test makes).
ffi_runtime::ffi! {
    mod grouped {
        cdef r#"
            struct foo_s { int a, b, c; };
            extern "Python" int bar(int, struct foo_s, int);
            extern "Python" { struct foo_s baz(int, int);
                              struct foo_s bok(void); }
            int call_bar(void);
            struct foo_s call_baz(void);
            struct foo_s call_bok(void);
        "#;
        source r#"
            struct foo_s { int a, b, c; };
            int call_bar(void) { struct foo_s s = { 1001, 1002, 1004 }; return bar(1000, s, 1008); }
            struct foo_s call_baz(void) { return baz(1000, 42); }
            struct foo_s call_bok(void) { return bok(); }
        "#;
        fn bar(x: c_int, s: foo_s, z: c_int) -> c_int {
            x + s.a + s.b + s.c + z
        }
        fn baz(x: c_int, y: c_int) -> foo_s {
            foo_s { a: x + y, b: x - y, c: x * y }
        }
        fn bok() -> foo_s {
            foo_s { a: 10, b: 20, c: 30 }
        }
    }
}

#[test]
fn extern_python_groups_declarations_in_braces() {
    assert_eq!(grouped::call_bar(), 5015);
    let r = grouped::call_baz();
    assert_eq!((r.a, r.b, r.c), (1042, 958, 42000));
    let r = grouped::call_bok();
    assert_eq!((r.a, r.b, r.c), (10, 20, 30));
}

// CFFI's test_extern_python_stdcall, verbatim: `__stdcall`/`WINAPI` on `extern "Python"`
// functions and on a static function pointer (the default convention off 32-bit x86).
ffi_runtime::ffi! {
    mod stdcall_callbacks {
        cdef r#"
            extern "Python" int __stdcall foo(int);
            extern "Python" int WINAPI bar(int);
            static int (__stdcall * mycb1)(int);
            static int indirect_call(int);
        "#;
        source r#"
            #ifndef _MSC_VER
            #  define __stdcall
            #endif
            static int (__stdcall * mycb1)(int);
            static int indirect_call(int x) {
                return mycb1(x);
            }
        "#;
        fn foo(x: c_int) -> c_int {
            x + 42
        }
        fn bar(x: c_int) -> c_int {
            x + 43
        }
    }
}

#[test]
fn extern_python_stdcall() {
    use stdcall_callbacks::*;
    assert_eq!(callbacks::foo(100), 142);
    assert_eq!(callbacks::bar(100), 143);
    unsafe { *mycb1() = Some(callbacks::foo) };
    assert_eq!(unsafe { (*mycb1()).unwrap()(200) }, 242);
    assert_eq!(indirect_call(300), 342);
}

// CFFI's test_extern_python_long_double (cdef verbatim, plus C callers): Rust receives and
// returns `long double` as `f64`, the glue converting, in both link modes.
ffi_runtime::ffi! {
    mod long_double_static {
        cdef r#"
            extern "Python" int bar(int, long double, int);
            extern "Python" long double baz(int, int);
            extern "Python" long double bok(void);
            int call_bar(void);
            long double call_baz(void);
            long double call_bok(void);
        "#;
        source r#"
            int call_bar(void) { return bar(10, 3.5L, 20); }
            long double call_baz(void) { return baz(10, 20) * 2; }
            long double call_bok(void) { return bok(); }
        "#;
        fn bar(x: c_int, l: f64, z: c_int) -> c_int {
            assert_eq!((x, l, z), (10, 3.5, 20));
            6
        }
        fn baz(x: c_int, z: c_int) -> f64 {
            assert_eq!((x, z), (10, 20));
            3.5
        }
        fn bok() -> f64 {
            3.5
        }
    }
}

ffi_runtime::ffi! {
    mod long_double_shared {
        cdef r#"
            extern "Python+C" long double baz(int, long double);
            long double call_baz(void);
        "#;
        source "long double call_baz(void) { return baz(10, 2.25L) * 2; }";
        mode shared;
        fn baz(x: c_int, l: f64) -> f64 {
            x as f64 + l
        }
    }
}

#[test]
fn long_double_crosses_as_f64_both_ways() {
    assert_eq!(long_double_static::call_bar(), 6);
    assert_eq!(long_double_static::call_baz(), 7.0);
    assert_eq!(long_double_static::call_bok(), 3.5);
    assert_eq!(long_double_shared::call_baz(), 24.5);
}

ffi_runtime::ffi! {
    /// Types `source` defines that C cannot name before it: a struct without a tag and an
    /// opaque typedef, each behind a pointer (pygit2's `_certificate_cb(git_cert *, …)`).
    pub mod untagged {
        cdef r#"
            typedef struct { int v; } box_t;
            typedef ... handle_t;
            extern "Rust" int read_box(const box_t *b);
            extern "Rust" int read_handle(handle_t *h);
            int through_box(int v);
            int through_handle(int v);
        "#;
        source r#"
            typedef struct { int v; } box_t;
            typedef struct { long pad; int v; } handle_t;
            int through_box(int v) { box_t b = { v }; return read_box(&b); }
            int through_handle(int v) { handle_t h = { 0, v }; return read_handle(&h) + 1; }
        "#;

        fn read_box(b: *const box_t) -> c_int {
            unsafe { (*b).v * 3 }
        }

        fn read_handle(h: *mut handle_t) -> c_int {
            // Opaque to Rust: its bytes are the C compiler's `{ long pad; int v; }`.
            unsafe { h.cast::<u8>().add(size_of::<std::ffi::c_long>()).cast::<c_int>().read() }
        }
    }
}

#[test]
fn source_calls_rust_with_pointers_to_types_it_defines_itself() {
    assert_eq!(
        (untagged::through_box(14), untagged::through_handle(41)),
        (42, 42)
    );
}

ffi_runtime::ffi! {
    /// `typedef long... t;` (pycares' `ares_socket_t` is `int...`) by value in an
    /// `extern "Rust"` signature, declared to C before `source` defines it: the compiler's
    /// type once probed.
    pub mod probed_number {
        cdef r#"
            typedef long... sock_t;
            extern "Rust" sock_t twice_sock(sock_t s);
            long long call_twice(long long v);
        "#;
        source r#"
            typedef long long sock_t;
            long long call_twice(long long v) { return twice_sock(v); }
        "#;

        fn twice_sock(s: sock_t) -> sock_t {
            s * 2
        }
    }
}

#[test]
fn a_probed_integer_type_crosses_into_rust_at_its_full_width() {
    assert_eq!(size_of::<probed_number::sock_t>(), 8);
    assert_eq!(probed_number::call_twice(1 << 40), 1 << 41);
}
