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
    /// The raw layer: `#[repr(C)]` types and `extern "C"` functions with C's exact signatures.
    /// Calling one is `unsafe`: every pointer must be valid for what the C function does
    /// with it. A raw call does not resume a callback's panic: call
    /// `ffi_runtime::callback::resume_panic()` after it.
    pub mod sys {
        #[link(name = "ffi_kinds_HASH", kind = "static")]
        unsafe extern "C" {
            /// `unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);`
            pub fn crc32(
                crc: ::core::ffi::c_ulong,
                buf: *const ::core::ffi::c_uchar,
                len: ::core::ffi::c_uint,
            ) -> ::core::ffi::c_ulong;
            #[link_name = "__ffi_HASH_d_add"]
            pub fn add(
                a: ::core::ffi::c_int,
                b: ::core::ffi::c_int,
            ) -> ::core::ffi::c_int;
            #[link_name = "__ffi_HASH_w_twice"]
            pub fn twice(x: ::core::ffi::c_int) -> ::core::ffi::c_int;
            #[link_name = "__ffi_HASH_w_square"]
            pub fn square(x: ::core::ffi::c_int) -> ::core::ffi::c_int;
        }
        #[link(name = "z")]
        unsafe extern "C" {}
    }
    pub use self::sys::*;
    /// `int add(int a, int b);`
    #[inline]
    pub fn add(a: ::core::ffi::c_int, b: ::core::ffi::c_int) -> ::core::ffi::c_int {
        ::ffi_runtime::callback::resumed(unsafe { self::sys::add(a, b) })
    }
    /// `int twice(int x);`
    #[inline]
    pub fn twice(x: ::core::ffi::c_int) -> ::core::ffi::c_int {
        ::ffi_runtime::callback::resumed(unsafe { self::sys::twice(x) })
    }
    /// `int square(int x);`
    #[inline]
    pub fn square(x: ::core::ffi::c_int) -> ::core::ffi::c_int {
        ::ffi_runtime::callback::resumed(unsafe { self::sys::square(x) })
    }
}
