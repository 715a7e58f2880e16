//! 64 threads race for the first call: each library is opened exactly once.
//! (Its own test binary, so nothing else touches these blocks.)

use std::sync::{Arc, Barrier};

ffi_runtime::ffi! {
    mod abi {
        cdef "double sqrt(double x);";
        dlopen "libm.so.6";
    }
}

ffi_runtime::ffi! {
    mod api {
        cdef "int twice(int x);";
        source "int twice(int x) { return 2 * x; }";
        mode shared;
    }
}

#[test]
fn sixty_four_threads_load_once() {
    assert_eq!(
        (abi::sys::LIBRARY.opens(), api::sys::LIBRARY.opens()),
        (0, 0)
    );
    let barrier = Arc::new(Barrier::new(64));
    let threads: Vec<_> = (0..64)
        .map(|i| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                (abi::sqrt(f64::from(i * i)), api::twice(i))
            })
        })
        .collect();
    for (i, t) in threads.into_iter().enumerate() {
        assert_eq!(t.join().expect("no panic"), (i as f64, 2 * i as i32));
    }
    assert_eq!(abi::sys::LIBRARY.opens(), 1);
    assert_eq!(api::sys::LIBRARY.opens(), 1);
}
