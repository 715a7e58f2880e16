pub mod kinds {
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
        #[link(name = "ffi_kinds_HASH", kind = "static")]
        unsafe extern "C" {
            /// `unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);`
            pub fn crc32(crc: c_ulong, buf: *const c_uchar, len: c_uint) -> c_ulong;
            #[link_name = "__ffi_HASH_d_add"]
            pub fn add(a: c_int, b: c_int) -> c_int;
            #[link_name = "__ffi_HASH_w_twice"]
            pub fn twice(x: c_int) -> c_int;
            #[link_name = "__ffi_HASH_w_square"]
            pub fn square(x: c_int) -> c_int;
        }
        #[link(name = "z")]
        unsafe extern "C" {}
    }
    pub use self::sys::*;
    /// `int add(int a, int b);`
    #[inline]
    pub fn add(a: c_int, b: c_int) -> c_int {
        unsafe { sys::add(a, b) }
    }
    /// `int twice(int x);`
    #[inline]
    pub fn twice(x: c_int) -> c_int {
        unsafe { sys::twice(x) }
    }
    /// `int square(int x);`
    #[inline]
    pub fn square(x: c_int) -> c_int {
        unsafe { sys::square(x) }
    }
}
