pub mod safe_layer {
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
        /// `struct conn;`
        #[repr(C)]
        pub struct conn {
            _opaque: [u8; 0],
            _marker: ::core::marker::PhantomData<
                (*mut u8, ::core::marker::PhantomPinned),
            >,
        }
        #[link(name = "ffi_safe_layer_HASH", kind = "static")]
        unsafe extern "C" {
            #[link_name = "__ffi_HASH_d_conn_open"]
            pub fn conn_open(
                name: *const ::core::ffi::c_char,
                out: *mut *mut conn,
            ) -> ::core::ffi::c_int;
            #[link_name = "__ffi_HASH_d_conn_close"]
            pub fn conn_close(c: *mut conn);
            #[link_name = "__ffi_HASH_d_conn_name"]
            pub fn conn_name(c: *mut conn) -> *const ::core::ffi::c_char;
            #[link_name = "__ffi_HASH_d_version"]
            pub fn version() -> *const ::core::ffi::c_char;
            #[link_name = "__ffi_HASH_d_sum"]
            pub fn sum(
                buf: *const ::core::ffi::c_uchar,
                len: ::core::ffi::c_uint,
            ) -> ::core::ffi::c_uint;
            #[link_name = "__ffi_HASH_d_pack"]
            pub fn pack(
                dest: *mut ::core::ffi::c_uchar,
                dest_len: *mut ::core::ffi::c_ulong,
                src: *const ::core::ffi::c_uchar,
                src_len: ::core::ffi::c_ulong,
            ) -> ::core::ffi::c_int;
        }
    }
    pub use self::sys::*;
    /// `int conn_open(const char *name, conn **out);`
    ///
    /// `out` is written by C and returned as an owned handle.
    /// Its status is returned as a `Result`.
    #[inline]
    pub fn conn_open(
        name: &::core::ffi::CStr,
    ) -> ::core::result::Result<
        ::core::option::Option<self::owned::conn>,
        ::core::ffi::c_int,
    > {
        let mut out = ::core::ptr::null_mut();
        let ret = unsafe { self::sys::conn_open(name.as_ptr() as _, &raw mut out) };
        ::ffi_runtime::callback::resume_panic();
        let out = unsafe { self::owned::conn::from_raw(out) };
        if ret == (0 as ::core::ffi::c_int) {
            ::core::result::Result::Ok(out)
        } else {
            ::core::result::Result::Err(ret)
        }
    }
    /// `void conn_close(conn *c);`
    ///
    #[inline]
    pub fn conn_close(c: self::owned::conn) {
        unsafe { self::sys::conn_close(::ffi_runtime::Owned::into_raw(c) as _) };
        ::ffi_runtime::callback::resume_panic();
    }
    /// `const char *conn_name(conn *c);`
    ///
    /// The string it returns lives as long as the borrow of `c`.
    #[inline]
    pub fn conn_name<'a>(c: &'a mut self::owned::conn) -> &'a ::core::ffi::CStr {
        let ret = unsafe { self::sys::conn_name(c.as_ptr() as _) };
        ::ffi_runtime::callback::resume_panic();
        unsafe { ::ffi_runtime::owned::cstr_nonnull(ret, "conn_name") }
    }
    /// `const char *version(void);`
    ///
    /// It returns a string that lives for the whole program.
    #[inline]
    pub fn version() -> &'static ::core::ffi::CStr {
        let ret = unsafe { self::sys::version() };
        ::ffi_runtime::callback::resume_panic();
        unsafe { ::ffi_runtime::owned::cstr_nonnull(ret, "version") }
    }
    /// `unsigned sum(const unsigned char *buf, unsigned len);`
    ///
    /// `buf` is lent as a slice for the call, its length passed as `len`.
    #[inline]
    pub fn sum(buf: &[u8]) -> ::core::ffi::c_uint {
        let len: ::core::ffi::c_uint = ::ffi_runtime::owned::len(buf.len());
        let ret = unsafe { self::sys::sum(buf.as_ptr() as _, len) };
        ::ffi_runtime::callback::resume_panic();
        ret
    }
    /// `int pack(unsigned char *dest, unsigned long *dest_len, const unsigned char *src, unsigned long src_len);`
    ///
    /// `dest` is lent as a slice, its length passed through `dest_len`; C's `*dest_len` is returned.
    /// `src` is lent as a slice for the call, its length passed as `src_len`.
    /// Its status is returned as a `Result`.
    #[inline]
    pub fn pack(
        dest: &mut [u8],
        src: &[u8],
    ) -> ::core::result::Result<::core::ffi::c_ulong, ::core::ffi::c_int> {
        let mut dest_len: ::core::ffi::c_ulong = ::ffi_runtime::owned::len(dest.len());
        let src_len: ::core::ffi::c_ulong = ::ffi_runtime::owned::len(src.len());
        let ret = unsafe {
            self::sys::pack(
                dest.as_mut_ptr() as _,
                &raw mut dest_len,
                src.as_ptr() as _,
                src_len,
            )
        };
        ::ffi_runtime::callback::resume_panic();
        if ret == (0 as ::core::ffi::c_int) {
            ::core::result::Result::Ok(dest_len)
        } else {
            ::core::result::Result::Err(ret)
        }
    }
    /// Owned C handles: each freed once, by its destructor, when dropped.
    #[allow(non_camel_case_types, non_snake_case)]
    pub mod owned {
        /// Frees a `conn *` with `conn_close`.
        pub enum free_conn {}
        unsafe impl ::ffi_runtime::Destroy<super::conn> for free_conn {
            unsafe fn destroy(ptr: *mut super::conn) {
                unsafe { super::sys::conn_close(ptr as _) };
            }
        }
        /// An owned `conn *`: `conn_close` frees it when it is dropped.
        pub type conn = ::ffi_runtime::Owned<super::conn, free_conn>;
    }
}
fn main() {}
