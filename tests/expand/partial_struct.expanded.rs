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
    /// The raw layer: `#[repr(C)]` types and `extern "C"` functions with C's exact signatures.
    pub mod sys {
        /// `struct tm { int tm_sec; int tm_min; int tm_hour; ...; };`
        #[repr(C, align(8))]
        #[derive(Clone, Copy)]
        pub struct tm {
            pub tm_sec: ::core::ffi::c_int,
            pub tm_min: ::core::ffi::c_int,
            pub tm_hour: ::core::ffi::c_int,
            pub _pad0: [u8; 44],
        }
        /// All bits zero, which is a valid value of every C type this holds.
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
        const _: () = {
            let _: [(); 56] = [(); ::core::mem::size_of::<tm>()];
            let _: [(); 8] = [(); ::core::mem::align_of::<tm>()];
            let _: [(); 0] = [(); ::core::mem::offset_of!(tm, tm_sec)];
            let _: [(); 4] = [(); ::core::mem::offset_of!(tm, tm_min)];
            let _: [(); 8] = [(); ::core::mem::offset_of!(tm, tm_hour)];
        };
        /// `typedef ... clockid_t;`
        ///
        /// Opaque: a value of the C compiler's size and alignment; passed to C by value
        /// through the glue.
        #[repr(C, align(4))]
        #[derive(Clone, Copy, Debug)]
        pub struct clockid_t {
            _opaque: [u8; 4],
        }
        #[link(name = "ffi_clock_HASH", kind = "static")]
        unsafe extern "C" {
            /// `int hours[...];`
            #[link_name = "__ffi_HASH_g_hours"]
            pub fn hours() -> *mut [::core::ffi::c_int; 24];
        }
    }
    pub use self::sys::*;
    /// `int hours[...];`
    ///
    /// Returns a raw pointer to the C variable; reading or writing through it is `unsafe`.
    #[inline]
    pub fn hours() -> *mut [::core::ffi::c_int; 24] {
        unsafe { self::sys::hours() }
    }
    /// `#define CLOCKS_PER_SEC ...`
    pub const CLOCKS_PER_SEC: ::core::ffi::c_long = 1000000;
    /// `static const int TIME_UTC;`
    pub const TIME_UTC: ::core::ffi::c_int = 1;
}
