//! Call cost, one run, printed as ratios (`cargo bench --bench call_cost`).
//!
//! Timing on shared machines is noisy: every variant runs in the same process, in
//! alternating rounds; ratios are taken within each round (so drift cancels) and the
//! median over rounds is reported.

use std::ffi::{c_char, c_int, c_void};
use std::hint::black_box;
use std::time::Instant;

ffi_runtime::ffi! {
    mod api {
        cdef "int add(int a, int b); const char *zlibVersion(void);";
        source "#include <zlib.h>\nint add(int a, int b) { return a + b; }";
        libraries ["z"];
    }
}

ffi_runtime::ffi! {
    mod linked {
        cdef "const char *zlibVersion(void);";
        libraries ["z"];
    }
}

ffi_runtime::ffi! {
    mod lazy {
        cdef "const char *zlibVersion(void);";
        dlopen "libz.so.1";
    }
}

ffi_runtime::ffi! {
    mod lazy_first {
        cdef "const char *zlibVersion(void);";
        dlopen "libz.so.1";
    }
}

ffi_runtime::ffi! {
    mod shared_first {
        cdef "int add(int a, int b);";
        source "int add(int a, int b) { return a + b; }";
        mode shared;
    }
}

ffi_runtime::ffi! {
    /// C that calls a callback `n` times: through a C function pointer, or `extern "Rust"`.
    mod calls_back {
        cdef r#"
            int apply_n(int (*f)(void *data, int x), void *data, int n);
            int apply_rust_n(void *data, int n);
            int c_op(void *data, int x);
            extern "Rust" int rust_op(void *data, int x);
        "#;
        source r#"
            int rust_op(void *data, int x);
            int apply_n(int (*f)(void *data, int x), void *data, int n) {
                int acc = 0;
                for (int i = 0; i < n; i++) acc += f(data, i);
                return acc;
            }
            int apply_rust_n(void *data, int n) {
                int acc = 0;
                for (int i = 0; i < n; i++) acc += rust_op(data, i);
                return acc;
            }
            int c_op(void *data, int x) { return x + *(int *)data; }
        "#;

        fn rust_op(data: *mut c_void, x: c_int) -> c_int {
            x + unsafe { *data.cast::<c_int>() }
        }
    }
}

#[link(name = "z")]
unsafe extern "C" {
    #[link_name = "zlibVersion"]
    fn hand_written_zlib_version() -> *const c_char;
}

/// One way of making the call, timed: nanoseconds per call.
type Variant<'a> = Box<dyn FnMut() -> f64 + 'a>;

const CALLS: u32 = 10_000_000;
const ROUNDS: usize = 21;

/// A loop of calls, monomorphized for each variant: the call sits in a loop body as in
/// real code (not in tail position of a closure called through a pointer).
fn time(mut f: impl FnMut(u32) -> usize) -> f64 {
    let start = Instant::now();
    let mut acc = 0usize;
    for i in 0..CALLS {
        acc = acc.wrapping_add(f(black_box(i)));
    }
    black_box(acc);
    start.elapsed().as_nanos() as f64 / f64::from(CALLS)
}

fn first_call_ns(f: impl FnOnce()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_nanos() as f64
}

fn main() {
    // Before anything else touches them: the cost of the call that opens the library.
    let dlopen_first = first_call_ns(|| {
        black_box(lazy_first::zlibVersion());
    });
    let shared_first = first_call_ns(|| {
        black_box(shared_first::add(1, 2));
    });
    let libz = unsafe { libloading::Library::new("libz.so.1") }.expect("libz");
    let mut variants: Vec<(&str, Variant)> = vec![
        (
            "hand-written extern zlibVersion",
            Box::new(|| time(|_| unsafe { hand_written_zlib_version() } as usize)),
        ),
        (
            "link-mode wrapper zlibVersion",
            Box::new(|| time(|_| linked::zlibVersion() as usize)),
        ),
        (
            "API-mode wrapper zlibVersion (bound directly)",
            Box::new(|| time(|_| api::zlibVersion() as usize)),
        ),
        (
            "API-mode raw sys::add",
            Box::new(|| time(|i| unsafe { api::sys::add(i as c_int, 1) } as usize)),
        ),
        (
            "API-mode safe wrapper add",
            Box::new(|| time(|i| api::add(i as c_int, 1) as usize)),
        ),
        (
            "dlopen lazy wrapper zlibVersion",
            Box::new(|| time(|_| lazy::zlibVersion() as usize)),
        ),
        (
            "libloading get + call zlibVersion",
            Box::new(|| {
                time(|_| unsafe {
                    let f = libz
                        .get::<unsafe extern "C" fn() -> *const c_char>(b"zlibVersion\0")
                        .expect("symbol");
                    f() as usize
                })
            }),
        ),
    ];
    let mut rounds: Vec<Vec<f64>> = Vec::new();
    for _ in 0..ROUNDS {
        rounds.push(variants.iter_mut().map(|(_, f)| f()).collect());
    }
    callback_round_trips();
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    for (i, (name, _)) in variants.iter().enumerate() {
        let ns = median(rounds.iter().map(|r| r[i]).collect());
        println!("{name:<42} {ns:6.2} ns/call (median)");
    }
    let ratio = |a: usize, b: usize| median(rounds.iter().map(|r| r[a] / r[b]).collect());
    println!(
        "ratio link-mode wrapper / hand-written extern: {:.2}",
        ratio(1, 0)
    );
    println!(
        "ratio API-mode wrapper  / hand-written extern: {:.2}",
        ratio(2, 0)
    );
    println!(
        "ratio safe wrapper      / raw sys call:        {:.2}",
        ratio(4, 3)
    );
    println!(
        "ratio dlopen lazy wrapper / hand-written extern: {:.2}",
        ratio(5, 0)
    );
    println!(
        "ratio libloading get each call / hand-written:   {:.2}",
        ratio(6, 0)
    );
    println!(
        "first call, dlopen \"libz.so.1\" (opens it):      {:8.1} us",
        dlopen_first / 1e3
    );
    println!(
        "first call, mode shared (finds, opens, checks): {:8.1} us",
        shared_first / 1e3
    );
}

/// Nanoseconds per callback: C calls `f` `CALLBACKS` times in one C call.
fn per_callback(run: &mut dyn FnMut() -> c_int) -> f64 {
    let start = Instant::now();
    black_box(run());
    start.elapsed().as_nanos() as f64 / f64::from(CALLBACKS)
}

const CALLBACKS: c_int = 10_000_000;

/// C calling back into Rust (a closure through `ffi_runtime::callback`, an `extern "Rust"`
/// function) against C calling a C function pointer, in alternating rounds.
fn callback_round_trips() {
    let mut k: c_int = 3;
    let data = (&mut k as *mut c_int).cast::<c_void>();
    let mut closure = |x: c_int| x + k;
    let lent = ffi_runtime::callback::lend_first(&mut closure);
    let c_op: unsafe extern "C" fn(*mut c_void, c_int) -> c_int = calls_back::sys::c_op;
    type Run<'a> = Box<dyn FnMut() -> c_int + 'a>;
    let mut variants: Vec<(&str, Run)> = vec![
        (
            "C calls a C function pointer",
            Box::new(|| unsafe { calls_back::apply_n(Some(c_op), data, CALLBACKS) }),
        ),
        (
            "C calls a Rust closure (lend_first)",
            Box::new(|| unsafe { calls_back::apply_n(lent.function(), lent.data(), CALLBACKS) }),
        ),
        (
            "C calls an extern \"Rust\" function",
            Box::new(|| unsafe { calls_back::apply_rust_n(data, CALLBACKS) }),
        ),
    ];
    let rounds: Vec<Vec<f64>> = (0..ROUNDS)
        .map(|_| {
            variants
                .iter_mut()
                .map(|(_, f)| per_callback(f.as_mut()))
                .collect()
        })
        .collect();
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    for (i, (name, _)) in variants.iter().enumerate() {
        let ns = median(rounds.iter().map(|r| r[i]).collect());
        println!("{name:<42} {ns:6.2} ns/callback (median)");
    }
    let ratio = |a: usize| median(rounds.iter().map(|r| r[a] / r[0]).collect());
    println!(
        "ratio Rust closure callback / C function pointer:   {:.2} (goal <= 1.5)",
        ratio(1)
    );
    println!(
        "ratio extern \"Rust\" callback / C function pointer: {:.2} (goal <= 1.5)",
        ratio(2)
    );
}
