//! Call cost in the shape user code has (`cargo bench --bench call_cost_main`): a release
//! binary calling from `main`, each call written straight into a loop (no closure, no
//! harness around it), every variant in the same process, in rounds that rotate which
//! goes first; ratios are taken within each round and the median of 21 reported.
//!
//! zlib's `zlibVersion` (the cheapest call there is) and `adler32` over 16 bytes, through
//! each way `ffi!` binds a library function, against a hand-written `extern` block.

use std::ffi::{c_char, c_uint, c_ulong};
use std::hint::black_box;
use std::time::Instant;

ffi_runtime::ffi! {
    mod api {
        cdef "const char *zlibVersion(void); unsigned long adler32(unsigned long, const unsigned char *, unsigned int);";
        source "#include <zlib.h>";
        libraries ["z"];
    }
}

ffi_runtime::ffi! {
    mod shared {
        cdef "const char *zlibVersion(void); unsigned long adler32(unsigned long, const unsigned char *, unsigned int);";
        source "#include <zlib.h>";
        libraries ["z"];
        mode shared;
    }
}

ffi_runtime::ffi! {
    mod lazy {
        cdef "const char *zlibVersion(void); unsigned long adler32(unsigned long, const unsigned char *, unsigned int);";
        dlopen "libz.so.1";
    }
}

#[link(name = "z")]
unsafe extern "C" {
    fn zlibVersion() -> *const c_char;
    fn adler32(adler: c_ulong, buf: *const u8, len: c_uint) -> c_ulong;
}

const CALLS: u32 = 10_000_000;
const ROUNDS: usize = 21;

/// Nanoseconds per call of `$call`, written into the loop body itself.
macro_rules! per_call {
    ($call:expr) => {{
        let start = Instant::now();
        let mut acc = 0usize;
        for _ in 0..CALLS {
            acc = acc.wrapping_add($call as usize);
        }
        black_box(acc);
        start.elapsed().as_nanos() as f64 / f64::from(CALLS)
    }};
}

fn main() {
    let data = [7u8; 16];
    let buf = black_box(data.as_ptr());
    // Every library loaded and every symbol resolved before timing.
    black_box((shared::zlibVersion(), lazy::zlibVersion()));
    let names = [
        "zlibVersion: hand-written extern",
        "zlibVersion: API-mode wrapper",
        "zlibVersion: mode shared wrapper",
        "zlibVersion: dlopen wrapper",
        "adler32 16 B: hand-written extern",
        "adler32 16 B: API-mode wrapper",
        "adler32 16 B: mode shared wrapper",
        "adler32 16 B: dlopen wrapper",
    ];
    let mut rounds: Vec<[f64; 8]> = Vec::new();
    for round in 0..ROUNDS {
        let mut r = [0.0; 8];
        for k in 0..8 {
            let v = (k + round) % 8;
            r[v] = match v {
                0 => per_call!(unsafe { zlibVersion() }),
                1 => per_call!(api::zlibVersion()),
                2 => per_call!(shared::zlibVersion()),
                3 => per_call!(lazy::zlibVersion()),
                4 => per_call!(unsafe { adler32(1, buf, 16) }),
                5 => per_call!(unsafe { api::adler32(1, buf, 16) }),
                6 => per_call!(unsafe { shared::adler32(1, buf, 16) }),
                _ => per_call!(unsafe { lazy::adler32(1, buf, 16) }),
            };
        }
        rounds.push(r);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    for (i, name) in names.iter().enumerate() {
        let ns = median(rounds.iter().map(|r| r[i]).collect());
        let base = if i < 4 { 0 } else { 4 };
        let ratio = median(rounds.iter().map(|r| r[i] / r[base]).collect());
        println!("{name:<36} {ns:6.2} ns/call   ratio to hand-written {ratio:.3}");
    }
}
