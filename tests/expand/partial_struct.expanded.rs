pub mod clock {
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
    /// `struct tm { … };`
    #[repr(C, align(8))]
    #[derive(Clone, Copy)]
    pub struct tm {
        pub tm_sec: c_int,
        pub tm_min: c_int,
        pub tm_hour: c_int,
        pub _pad0: [u8; 44],
    }
    impl ::core::default::Default for tm {
        fn default() -> Self {
            ::ffi_runtime::callback::zeroed()
        }
    }
    unsafe impl ::ffi_runtime::callback::Zeroable for tm {}
    impl ::core::fmt::Debug for tm {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("tm")
                .field("tm_sec", &{ self.tm_sec })
                .field("tm_min", &{ self.tm_min })
                .field("tm_hour", &{ self.tm_hour })
                .finish()
        }
    }
    /// `typedef ... clockid_t;`
    ///
    /// Opaque: a value of the C compiler's size and alignment; passed to C by value
    /// through the glue.
    #[repr(C, align(4))]
    #[derive(Clone, Copy, Debug)]
    pub struct clockid_t {
        _opaque: [u8; 4],
    }
    const _: () = {
        use ::core::mem::{align_of, offset_of, size_of};
        {
            type T = tm;
            if !(size_of::<T>() == 56 && align_of::<T>() == 8
                && offset_of!(T, tm_sec) == 0 && offset_of!(T, tm_min) == 4
                && offset_of!(T, tm_hour) == 8)
            {
                ::core::panic!("layout of `tm` differs from C's");
            }
        }
    };
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
        pub use super::{tm, clockid_t};
        #[link(name = "ffi_clock_HASH", kind = "static")]
        unsafe extern "C" {
            /// `int hours[...];`
            #[link_name = "__ffi_HASH_g_hours"]
            pub fn hours() -> *mut [c_int; 24];
        }
    }
    pub use self::sys::*;
    /// `int hours[...];`
    ///
    /// Returns a raw pointer to the C variable; reading or writing through it is `unsafe`.
    #[inline]
    pub fn hours() -> *mut [c_int; 24] {
        unsafe { sys::hours() }
    }
    /// `#define CLOCKS_PER_SEC ...`
    pub const CLOCKS_PER_SEC: c_long = 1000000;
    /// `static const int TIME_UTC;`
    pub const TIME_UTC: c_int = 1;
}
