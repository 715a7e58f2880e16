pub mod visits {
    #![allow(
        non_camel_case_types,
        non_snake_case,
        non_upper_case_globals,
        dead_code,
        unused_imports,
        clippy::missing_safety_doc,
        clippy::too_many_arguments,
        clippy::upper_case_acronyms,
        clippy::let_unit_value
    )]
    use ::core::ffi::{
        c_char, c_schar, c_uchar, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
        c_longlong, c_ulonglong, c_float, c_double, c_void, CStr,
    };
    use ::core::option::Option;
    /// The raw layer: `#[repr(C)]` types and `extern "C"` functions with C's exact signatures.
    /// Calling one is `unsafe`: every pointer must be valid for what the C function does
    /// with it. A raw call does not resume a callback's panic: call
    /// `ffi_runtime::callback::resume_panic()` after it.
    pub mod sys {
        use ::core::ffi::{
            c_char, c_schar, c_uchar, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
            c_longlong, c_ulonglong, c_float, c_double, c_void, CStr,
        };
        use ::core::option::Option;
        #[link(name = "ffi_visits_HASH", kind = "static")]
        unsafe extern "C" {
            #[link_name = "__ffi_HASH_d_sum_visited"]
            pub fn sum_visited(ctx: *mut c_void, n: c_int) -> c_int;
        }
    }
    pub use self::sys::*;
    /// `int sum_visited(void *ctx, int n);`
    #[inline]
    pub unsafe fn sum_visited(ctx: *mut c_void, n: c_int) -> c_int {
        ::ffi_runtime::callback::resumed(unsafe { sys::sum_visited(ctx, n) })
    }
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    pub type __ffi_rust_visit_fn = fn(*mut c_void, c_int) -> c_int;
    #[doc(hidden)]
    #[allow(non_camel_case_types)]
    pub type __ffi_rust_log_line_fn = fn(*const c_char);
    /// The Rust functions C calls (the cdef's `extern "Rust"` declarations), as C
    /// function pointers too. A panic in one is caught: C receives the error value and
    /// the panic resumes when the C call that led to it returns to Rust.
    pub mod callbacks {
        #[allow(unused_imports)]
        use super::*;
        /// `extern "Rust" int visit(void *ctx, int value);`
        #[unsafe(export_name = "__ffi_HASH_r_visit")]
        pub extern "C" fn visit(ctx: *mut c_void, value: c_int) -> c_int {
            ::ffi_runtime::callback::guard(|| super::__ffi_rust_visit(ctx, value), || -1)
        }
        /// `extern "Rust" void log_line(const char *line);`
        #[unsafe(export_name = "__ffi_HASH_r_log_line")]
        pub extern "C" fn log_line(line: *const c_char) {
            ::ffi_runtime::callback::guard(
                || super::__ffi_rust_log_line(line),
                ::ffi_runtime::callback::zeroed,
            )
        }
    }
    #[allow(unused_imports)]
    use ::core::ffi::*;
    fn visit(ctx: *mut c_void, value: c_int) -> c_int {
        let _ = ctx;
        value * 2
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    const __ffi_rust_visit: __ffi_rust_visit_fn = visit;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    const __ffi_rust_log_line: __ffi_rust_log_line_fn = super::log_line;
}
fn log_line(line: *const std::ffi::c_char) {
    let _ = line;
}
