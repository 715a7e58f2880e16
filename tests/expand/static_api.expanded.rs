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
    /// The raw layer: `#[repr(C)]` types and `extern "C"` functions with C's exact signatures.
    /// Calling one is `unsafe`: every pointer must be valid for what the C function does
    /// with it. A raw call does not resume a callback's panic: call
    /// `ffi_runtime::callback::resume_panic()` after it.
    pub mod sys {
        /// `struct point { … };`
        #[repr(C)]
        #[derive(Clone, Copy, Debug)]
        pub struct point {
            pub x: ::core::ffi::c_int,
            pub y: ::core::ffi::c_int,
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
            pub i: ::core::ffi::c_int,
            pub d: ::core::ffi::c_double,
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
            _opaque: [u8; 0],
            _marker: ::core::marker::PhantomData<
                (*mut u8, ::core::marker::PhantomPinned),
            >,
        }
        /// `enum mode { READ = 1, WRITE = 2 };`
        #[repr(transparent)]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct mode(pub ::core::ffi::c_uint);
        unsafe impl ::ffi_runtime::callback::Zeroable for mode {}
        /// `typedef struct point point_t;`
        pub type point_t = point;
        /// `typedef int (*callback)(void *user, int event);`
        pub type callback = ::core::option::Option<
            unsafe extern "C" fn(
                *mut ::core::ffi::c_void,
                ::core::ffi::c_int,
            ) -> ::core::ffi::c_int,
        >;
        const _: () = ::ffi_runtime::layout::check(
            &[
                (
                    "layout of `point` differs from C's",
                    &[
                        ::core::mem::size_of::<point>(),
                        ::core::mem::align_of::<point>(),
                        ::core::mem::offset_of!(point, x),
                        ::core::mem::offset_of!(point, y),
                    ],
                    &[8, 4, 0, 4],
                ),
                (
                    "layout of `value` differs from C's",
                    &[::core::mem::size_of::<value>(), ::core::mem::align_of::<value>()],
                    &[8, 8],
                ),
            ],
        );
        #[link(name = "ffi_demo_HASH", kind = "static")]
        unsafe extern "C" {
            #[link_name = "__ffi_HASH_d_add"]
            pub fn add(
                a: ::core::ffi::c_int,
                b: ::core::ffi::c_int,
            ) -> ::core::ffi::c_int;
            #[link_name = "__ffi_HASH_d_name_len"]
            pub fn name_len(name: *const ::core::ffi::c_char) -> usize;
            #[link_name = "__ffi_HASH_d_origin"]
            pub fn origin() -> point_t;
            #[link_name = "__ffi_HASH_d_run"]
            pub fn run(
                h: *mut handle,
                cb: callback,
                user: *mut ::core::ffi::c_void,
            ) -> ::core::ffi::c_int;
            /// `int log_line(const char *format, ...);`
            #[link_name = "__ffi_HASH_d_log_line"]
            pub fn log_line(
                format: *const ::core::ffi::c_char,
                ...
            ) -> ::core::ffi::c_int;
            /// `extern int verbosity;`
            #[link_name = "__ffi_HASH_g_verbosity"]
            pub fn verbosity() -> *mut ::core::ffi::c_int;
        }
    }
    pub use self::sys::*;
    /// `int add(int a, int b);`
    #[inline]
    pub fn add(a: ::core::ffi::c_int, b: ::core::ffi::c_int) -> ::core::ffi::c_int {
        ::ffi_runtime::callback::resumed(unsafe { self::sys::add(a, b) })
    }
    /// `size_t name_len(const char *name);`
    #[inline]
    pub fn name_len(name: &::core::ffi::CStr) -> usize {
        ::ffi_runtime::callback::resumed(unsafe { self::sys::name_len(name.as_ptr()) })
    }
    /// `point_t origin(void);`
    #[inline]
    pub fn origin() -> point_t {
        ::ffi_runtime::callback::resumed(unsafe { self::sys::origin() })
    }
    /// `int run(struct handle *h, callback cb, void *user);`
    #[inline]
    pub unsafe fn run(
        h: *mut handle,
        cb: callback,
        user: *mut ::core::ffi::c_void,
    ) -> ::core::ffi::c_int {
        ::ffi_runtime::callback::resumed(unsafe { self::sys::run(h, cb, user) })
    }
    /// `extern int verbosity;`
    ///
    /// Returns a raw pointer to the C variable; reading or writing through it is `unsafe`.
    #[inline]
    pub fn verbosity() -> *mut ::core::ffi::c_int {
        unsafe { self::sys::verbosity() }
    }
    /// `READ = 1`
    pub const READ: mode = mode(1);
    /// `WRITE = 2`
    pub const WRITE: mode = mode(2);
    pub const VERSION: &::core::ffi::CStr = c"1.0";
    pub const LIMIT: ::core::ffi::c_long = 4294967296;
}
