pub mod z {
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
    /// `typedef unsigned long uLong;`
    pub type uLong = c_ulong;
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
        pub use super::uLong;
        /// The C library, opened on first use (or by `load()`), once.
        pub static LIBRARY: ::ffi_runtime::Library = ::ffi_runtime::Library::system(
            &["libz.so.1"],
        );
        /// `uLong crc32(uLong crc, const unsigned char *buf, unsigned int len);`
        #[inline]
        pub unsafe fn crc32(crc: uLong, buf: *const c_uchar, len: c_uint) -> uLong {
            type F = unsafe extern "C-unwind" fn(uLong, *const c_uchar, c_uint) -> uLong;
            static FN: ::ffi_runtime::LazyFn = ::ffi_runtime::LazyFn::new(
                c"crc32",
                resolve as *mut _,
            );
            unsafe extern "C-unwind" fn resolve(
                crc: uLong,
                buf: *const c_uchar,
                len: c_uint,
            ) -> uLong {
                unsafe { FN.resolve::<F>(&LIBRARY)(crc, buf, len) }
            }
            unsafe { FN.get::<F>()(crc, buf, len) }
        }
        #[inline]
        pub unsafe fn zlibVersion() -> *const c_char {
            type F = unsafe extern "C-unwind" fn() -> *const c_char;
            static FN: ::ffi_runtime::LazyFn = ::ffi_runtime::LazyFn::new(
                c"zlibVersion",
                resolve as *mut _,
            );
            unsafe extern "C-unwind" fn resolve() -> *const c_char {
                unsafe { FN.resolve::<F>(&LIBRARY)() }
            }
            unsafe { FN.get::<F>()() }
        }
        /// `int printf(const char *format, ...);`
        ///
        /// Variadic: returns the C function to call, resolved on first use.
        #[inline]
        pub fn printf() -> unsafe extern "C" fn(*const c_char, ...) -> c_int {
            static SYMBOL: ::ffi_runtime::Symbol = ::ffi_runtime::Symbol::new(c"printf");
            unsafe {
                ::core::mem::transmute::<
                    *mut c_void,
                    unsafe extern "C" fn(*const c_char, ...) -> c_int,
                >(SYMBOL.get(&LIBRARY))
            }
        }
        /// `int z_verbose;`
        ///
        /// # Safety
        ///
        /// Resolves the C variable; the pointer is valid while the library stays loaded (always).
        #[inline]
        pub unsafe fn z_verbose() -> *mut c_int {
            static SYMBOL: ::ffi_runtime::Symbol = ::ffi_runtime::Symbol::new(
                c"z_verbose",
            );
            SYMBOL.get(&LIBRARY).cast()
        }
    }
    pub use self::sys::*;
    /// `const char *zlibVersion(void);`
    #[inline]
    pub fn zlibVersion() -> *const c_char {
        unsafe { sys::zlibVersion() }
    }
    /// `int z_verbose;`
    ///
    /// Returns a raw pointer to the C variable; reading or writing through it is `unsafe`.
    #[inline]
    pub fn z_verbose() -> *mut c_int {
        unsafe { sys::z_verbose() }
    }
    /// Opens the C library now, if it is not open yet. Without this, the first call
    /// opens it; a call that cannot load panics with the error this returns.
    pub fn load() -> ::core::result::Result<(), ::ffi_runtime::Error> {
        sys::LIBRARY.load()
    }
}
