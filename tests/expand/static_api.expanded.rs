/// API mode, linked statically: every kind of item once.
pub mod demo {
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
    /// `struct point { … };`
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct point {
        pub x: c_int,
        pub y: c_int,
    }
    impl ::core::default::Default for point {
        fn default() -> Self {
            ::ffi_runtime::callback::zeroed()
        }
    }
    unsafe impl ::ffi_runtime::callback::Zeroable for point {}
    /// `union value { … };`
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union value {
        pub i: c_int,
        pub d: c_double,
    }
    impl ::core::default::Default for value {
        fn default() -> Self {
            ::ffi_runtime::callback::zeroed()
        }
    }
    unsafe impl ::ffi_runtime::callback::Zeroable for value {}
    impl ::core::fmt::Debug for value {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("value").finish_non_exhaustive()
        }
    }
    /// `struct handle;`
    #[repr(C)]
    pub struct handle {
        _opaque: ::ffi_runtime::types::Opaque,
    }
    /// `enum mode { READ = 1, WRITE = 2 };`
    #[repr(transparent)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub struct mode(pub c_uint);
    unsafe impl ::ffi_runtime::callback::Zeroable for mode {}
    /// `typedef struct point point_t;`
    pub type point_t = point;
    /// `typedef int (*callback)(void *user, int event);`
    pub type callback = Option<unsafe extern "C" fn(*mut c_void, c_int) -> c_int>;
    const _: () = {
        use ::core::mem::{align_of, offset_of, size_of};
        {
            type T = point;
            if !(size_of::<T>() == 8 && align_of::<T>() == 4 && offset_of!(T, x) == 0
                && offset_of!(T, y) == 4)
            {
                ::core::panic!("layout of `point` differs from C's");
            }
        }
        {
            type T = value;
            if !(size_of::<T>() == 8 && align_of::<T>() == 8) {
                ::core::panic!("layout of `value` differs from C's");
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
        pub use super::{point, value, handle, mode, point_t, callback};
        #[link(name = "ffi_demo_HASH", kind = "static")]
        unsafe extern "C" {
            #[link_name = "__ffi_HASH_d_add"]
            pub fn add(a: c_int, b: c_int) -> c_int;
            #[link_name = "__ffi_HASH_d_name_len"]
            pub fn name_len(name: *const c_char) -> usize;
            #[link_name = "__ffi_HASH_d_origin"]
            pub fn origin() -> point_t;
            /// `int run(struct handle *h, callback cb, void *user);`
            #[link_name = "__ffi_HASH_d_run"]
            pub fn run(h: *mut handle, cb: callback, user: *mut c_void) -> c_int;
            /// `int log_line(const char *format, ...);`
            #[link_name = "__ffi_HASH_d_log_line"]
            pub fn log_line(format: *const c_char, ...) -> c_int;
            /// `extern int verbosity;`
            #[link_name = "__ffi_HASH_g_verbosity"]
            pub fn verbosity() -> *mut c_int;
        }
    }
    pub use self::sys::*;
    /// `int add(int a, int b);`
    #[inline]
    pub fn add(a: c_int, b: c_int) -> c_int {
        ::ffi_runtime::callback::resumed(unsafe { sys::add(a, b) })
    }
    /// `size_t name_len(const char *name);`
    #[inline]
    pub fn name_len(name: &CStr) -> usize {
        ::ffi_runtime::callback::resumed(unsafe { sys::name_len(name.as_ptr()) })
    }
    /// `point_t origin(void);`
    #[inline]
    pub fn origin() -> point_t {
        ::ffi_runtime::callback::resumed(unsafe { sys::origin() })
    }
    /// `extern int verbosity;`
    ///
    /// Returns a raw pointer to the C variable; reading or writing through it is `unsafe`.
    #[inline]
    pub fn verbosity() -> *mut c_int {
        unsafe { sys::verbosity() }
    }
    /// `READ = 1`
    pub const READ: mode = mode(1);
    /// `WRITE = 2`
    pub const WRITE: mode = mode(2);
    pub const VERSION: &CStr = c"1.0";
    pub const LIMIT: c_long = 4294967296;
}
