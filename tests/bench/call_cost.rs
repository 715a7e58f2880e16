//! Call cost, one run, printed as ratios (`cargo bench --bench call_cost`).
//!
//! Timing on shared machines is noisy: every variant runs in the same process, in
//! alternating rounds; ratios are taken within each round (so drift cancels) and the
//! median over rounds is reported.

use std::ffi::{c_char, c_int};
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

#[link(name = "z")]
unsafe extern "C" {
    #[link_name = "zlibVersion"]
    fn hand_written_zlib_version() -> *const c_char;
}

const CALLS: u32 = 10_000_000;
const ROUNDS: usize = 21;

fn time(f: &mut dyn FnMut(u32) -> usize) -> f64 {
    let start = Instant::now();
    let mut acc = 0usize;
    for i in 0..CALLS {
        acc = acc.wrapping_add(f(black_box(i)));
    }
    black_box(acc);
    start.elapsed().as_nanos() as f64 / f64::from(CALLS)
}

fn main() {
    let mut variants: Vec<(&str, Box<dyn FnMut(u32) -> usize>)> = vec![
        (
            "hand-written extern zlibVersion",
            Box::new(|_| unsafe { hand_written_zlib_version() } as usize),
        ),
        (
            "link-mode wrapper zlibVersion",
            Box::new(|_| linked::zlibVersion() as usize),
        ),
        (
            "API-mode wrapper zlibVersion (via glue)",
            Box::new(|_| api::zlibVersion() as usize),
        ),
        (
            "API-mode raw sys::add",
            Box::new(|i| unsafe { api::sys::add(i as c_int, 1) } as usize),
        ),
        (
            "API-mode safe wrapper add",
            Box::new(|i| api::add(i as c_int, 1) as usize),
        ),
    ];
    let mut rounds: Vec<Vec<f64>> = Vec::new();
    for _ in 0..ROUNDS {
        rounds.push(variants.iter_mut().map(|(_, f)| time(f.as_mut())).collect());
    }
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
}
