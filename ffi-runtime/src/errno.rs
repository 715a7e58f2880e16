//! C's `errno`, per thread: what CFFI calls `ffi.errno`.

use std::ffi::c_int;

/// The calling thread's C `errno`, as the last C call left it. Read it right after the
/// call: Rust code in between (an allocation, a print) may change it.
///
/// ```
/// ffi_runtime::set_errno(0);
/// assert_eq!(ffi_runtime::errno(), 0);
/// ```
pub fn errno() -> c_int {
    // SAFETY: the location is the calling thread's `errno`, valid for the thread's life.
    unsafe { *location() }
}

/// Sets the calling thread's C `errno` (clear it before a call that reports errors only
/// through it, such as `strtol`).
pub fn set_errno(value: c_int) {
    // SAFETY: as in `errno`.
    unsafe { *location() = value }
}

#[cfg(any(target_os = "linux", target_os = "android", target_os = "emscripten"))]
unsafe extern "C" {
    #[link_name = "__errno_location"]
    fn location() -> *mut c_int;
}

#[cfg(any(target_vendor = "apple", target_os = "freebsd"))]
unsafe extern "C" {
    #[link_name = "__error"]
    fn location() -> *mut c_int;
}

#[cfg(any(target_os = "netbsd", target_os = "openbsd"))]
unsafe extern "C" {
    #[link_name = "__errno"]
    fn location() -> *mut c_int;
}

#[cfg(windows)]
unsafe extern "C" {
    #[link_name = "_errno"]
    fn location() -> *mut c_int;
}
