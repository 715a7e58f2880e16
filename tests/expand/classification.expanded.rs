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
    pub mod sys {
        #[link(name = "ffi_kinds_HASH", kind = "static")]
        unsafe extern "C" {
            /// `unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);`
            pub fn crc32(
                crc: ::core::ffi::c_ulong,
                buf: *const ::core::ffi::c_uchar,
                len: ::core::ffi::c_uint,
            ) -> ::core::ffi::c_ulong;
            /// `int add(int a, int b);`
            #[link_name = "__ffi_HASH_d_add"]
            pub fn add(
                a: ::core::ffi::c_int,
                b: ::core::ffi::c_int,
            ) -> ::core::ffi::c_int;
            /// `int twice(int x);`
            #[link_name = "__ffi_HASH_w_twice"]
            pub fn twice(x: ::core::ffi::c_int) -> ::core::ffi::c_int;
            /// `int square(int x);`
            #[link_name = "__ffi_HASH_w_square"]
            pub fn square(x: ::core::ffi::c_int) -> ::core::ffi::c_int;
        }
        #[link(name = "z")]
        unsafe extern "C" {}
    }
    pub use self::sys::*;
    /// `unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);`
    ///
    /// # Safety
    ///
    /// This calls C: every pointer must be valid for what the C function does with it.
    #[inline]
    pub unsafe fn crc32(
        crc: ::core::ffi::c_ulong,
        buf: *const ::core::ffi::c_uchar,
        len: ::core::ffi::c_uint,
    ) -> ::core::ffi::c_ulong {
        let result = unsafe { self::sys::crc32(crc, buf, len) };
        ::ffi_runtime::callback::resume_panic();
        result
    }
    /// `int add(int a, int b);`
    #[inline]
    pub fn add(a: ::core::ffi::c_int, b: ::core::ffi::c_int) -> ::core::ffi::c_int {
        let result = unsafe { self::sys::add(a, b) };
        ::ffi_runtime::callback::resume_panic();
        result
    }
    /// `int twice(int x);`
    #[inline]
    pub fn twice(x: ::core::ffi::c_int) -> ::core::ffi::c_int {
        let result = unsafe { self::sys::twice(x) };
        ::ffi_runtime::callback::resume_panic();
        result
    }
    /// `int square(int x);`
    #[inline]
    pub fn square(x: ::core::ffi::c_int) -> ::core::ffi::c_int {
        let result = unsafe { self::sys::square(x) };
        ::ffi_runtime::callback::resume_panic();
        result
    }
}
