//! A safe slice wrapper against the raw call it makes (`cargo bench --bench safe_slice`):
//! zlib's `crc32` over 16 bytes and over 64 KiB, in alternating rounds of the same
//! process; the ratio is taken within each round and its median reported.

use std::ffi::c_ulong;
use std::hint::black_box;
use std::time::Instant;

ffi_runtime::ffi! {
    mod z {
        cdef "unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);";
        source "#include <zlib.h>";
        libraries ["z"];
        safe { crc32(buf[len]); }
    }
}

const ROUNDS: usize = 21;

/// Nanoseconds per call of `f` over `data`, `calls` times.
fn time(data: &[u8], calls: u32, f: impl Fn(&[u8]) -> c_ulong) -> f64 {
    let start = Instant::now();
    let mut acc: c_ulong = 0;
    for _ in 0..calls {
        acc = acc.wrapping_add(f(black_box(data)));
    }
    black_box(acc);
    start.elapsed().as_nanos() as f64 / f64::from(calls)
}

fn safe(data: &[u8]) -> c_ulong {
    z::crc32(0, data)
}

fn raw(data: &[u8]) -> c_ulong {
    // SAFETY: `data` is valid for its length, which fits `unsigned int` here.
    unsafe { z::sys::crc32(0, data.as_ptr(), data.len() as u32) }
}

fn main() {
    for (size, calls) in [(16usize, 5_000_000u32), (64 * 1024, 5_000)] {
        let data: Vec<u8> = (0..size).map(|i| (i * 31) as u8).collect();
        assert_eq!(safe(&data), raw(&data));
        let mut ratios = Vec::new();
        let (mut safe_ns, mut raw_ns) = (Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            // Alternate which goes first, so warm-up favours neither.
            let (s, r) = if round % 2 == 0 {
                let s = time(&data, calls, safe);
                (s, time(&data, calls, raw))
            } else {
                let r = time(&data, calls, raw);
                (time(&data, calls, safe), r)
            };
            ratios.push(s / r);
            safe_ns.push(s);
            raw_ns.push(r);
        }
        let median = |mut v: Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        println!(
            "crc32 over {size:>6} B: safe {:9.2} ns, raw {:9.2} ns, ratio safe / raw {:.3} (median of {ROUNDS})",
            median(safe_ns),
            median(raw_ns),
            median(ratios)
        );
    }
}
