use std::ffi::{c_int, c_void};

ffi_runtime::ffi! {
    mod libc {
        headers ["stdlib.h"];
        allow ["qsort_r"];
        defines [("_GNU_SOURCE", "1")];
    }
}

fn main() {
    // `qsort_r`'s comparator takes its `void *` last: lending for "first" is a type error.
    let mut v = [3i32, 1, 2];
    let mut cmp = |_a: *const c_void, _b: *const c_void| -> c_int { 0 };
    let cb = ffi_runtime::callback::lend_first(&mut cmp);
    unsafe { libc::qsort_r(v.as_mut_ptr().cast(), 3, 4, cb.function(), cb.data()) };
}
