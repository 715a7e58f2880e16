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
    /// The raw layer: `#[repr(C)]` types and `extern "C"` functions with C's exact signatures.
    /// Calling one is `unsafe`: every pointer must be valid for what the C function does
    /// with it. A raw call does not resume a callback's panic: call
    /// `ffi_runtime::callback::resume_panic()` after it.
    pub mod sys {
        /// `typedef unsigned long uLong;`
        pub type uLong = ::core::ffi::c_ulong;
        /// The C library, opened on first use (or by `load()`), once.
        pub static LIBRARY: ::ffi_runtime::Library = ::ffi_runtime::Library::system(
            &["libz.so.1"],
        );
        /// `uLong crc32(uLong crc, const unsigned char *buf, unsigned int len);`
        #[inline]
        pub unsafe fn crc32(
            crc: uLong,
            buf: *const ::core::ffi::c_uchar,
            len: ::core::ffi::c_uint,
        ) -> uLong {
            type F = unsafe extern "C-unwind" fn(
                uLong,
                *const ::core::ffi::c_uchar,
                ::core::ffi::c_uint,
            ) -> uLong;
            static FN: ::ffi_runtime::LazyFn = ::ffi_runtime::LazyFn::new(
                c"crc32",
                resolve as *mut _,
            );
            unsafe extern "C-unwind" fn resolve(
                crc: uLong,
                buf: *const ::core::ffi::c_uchar,
                len: ::core::ffi::c_uint,
            ) -> uLong {
                unsafe { FN.resolve::<F>(&LIBRARY)(crc, buf, len) }
            }
            unsafe { FN.get::<F>()(crc, buf, len) }
        }
        #[inline]
        pub unsafe fn zlibVersion() -> *const ::core::ffi::c_char {
            type F = unsafe extern "C-unwind" fn() -> *const ::core::ffi::c_char;
            static FN: ::ffi_runtime::LazyFn = ::ffi_runtime::LazyFn::new(
                c"zlibVersion",
                resolve as *mut _,
            );
            unsafe extern "C-unwind" fn resolve() -> *const ::core::ffi::c_char {
                unsafe { FN.resolve::<F>(&LIBRARY)() }
            }
            unsafe { FN.get::<F>()() }
        }
        /// `int printf(const char *format, ...);`
        ///
        /// Variadic: returns the C function to call, resolved on first use.
        #[inline]
        pub fn printf() -> unsafe extern "C" fn(
            *const ::core::ffi::c_char,
            ...
        ) -> ::core::ffi::c_int {
            static SYMBOL: ::ffi_runtime::Symbol = ::ffi_runtime::Symbol::new(c"printf");
            unsafe {
                ::core::mem::transmute::<
                    *mut ::core::ffi::c_void,
                    unsafe extern "C" fn(
                        *const ::core::ffi::c_char,
                        ...
                    ) -> ::core::ffi::c_int,
                >(SYMBOL.get(&LIBRARY))
            }
        }
        /// `int z_verbose;`
        ///
        /// # Safety
        ///
        /// Resolves the C variable; the pointer is valid while the library stays loaded (always).
        #[inline]
        pub unsafe fn z_verbose() -> *mut ::core::ffi::c_int {
            static SYMBOL: ::ffi_runtime::Symbol = ::ffi_runtime::Symbol::new(
                c"z_verbose",
            );
            SYMBOL.get(&LIBRARY).cast()
        }
    }
    pub use self::sys::*;
    /// `const char *zlibVersion(void);`
    #[inline]
    pub fn zlibVersion() -> *const ::core::ffi::c_char {
        ::ffi_runtime::callback::resumed(unsafe { self::sys::zlibVersion() })
    }
    /// `int z_verbose;`
    ///
    /// Returns a raw pointer to the C variable; reading or writing through it is `unsafe`.
    #[inline]
    pub fn z_verbose() -> *mut ::core::ffi::c_int {
        unsafe { self::sys::z_verbose() }
    }
    /// Opens the C library now, if it is not open yet. Without this, the first call
    /// opens it; a call that cannot load panics with the error this returns.
    pub fn load() -> ::core::result::Result<(), ::ffi_runtime::Error> {
        self::sys::LIBRARY.load()
    }
}
