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
    use ::core::ffi::{
        c_char, c_schar, c_uchar, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
        c_longlong, c_ulonglong, c_float, c_double, c_void, CStr,
    };
    use ::core::option::Option;
    /// `struct conn;`
    #[repr(C)]
    pub struct conn {
        _opaque: ::ffi_runtime::types::Opaque,
    }
    /// `struct counter { … };`
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct counter {
        pub r#in: *const c_uchar,
        pub avail: c_uint,
        pub total: c_ulong,
    }
    impl ::core::default::Default for counter {
        fn default() -> Self {
            ::ffi_runtime::callback::zeroed()
        }
    }
    unsafe impl ::ffi_runtime::callback::Zeroable for counter {}
    const _: () = {
        use ::core::mem::{align_of, offset_of, size_of};
        {
            type T = counter;
            if !(size_of::<T>() == 24 && align_of::<T>() == 8 && offset_of!(T, r#in) == 0
                && offset_of!(T, avail) == 8 && offset_of!(T, total) == 16)
            {
                ::core::panic!("layout of `counter` differs from C's");
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
        pub use super::{conn, counter};
        #[link(name = "ffi_safe_layer_HASH", kind = "static")]
        unsafe extern "C" {
            #[link_name = "__ffi_HASH_d_conn_open"]
            pub fn conn_open(name: *const c_char, out: *mut *mut conn) -> c_int;
            #[link_name = "__ffi_HASH_d_conn_close"]
            pub fn conn_close(c: *mut conn);
            #[link_name = "__ffi_HASH_d_conn_name"]
            pub fn conn_name(c: *mut conn) -> *const c_char;
            #[link_name = "__ffi_HASH_d_version"]
            pub fn version() -> *const c_char;
            #[link_name = "__ffi_HASH_d_sum"]
            pub fn sum(buf: *const c_uchar, len: c_uint) -> c_uint;
            #[link_name = "__ffi_HASH_d_pack"]
            pub fn pack(
                dest: *mut c_uchar,
                dest_len: *mut c_ulong,
                src: *const c_uchar,
                src_len: c_ulong,
            ) -> c_int;
            #[link_name = "__ffi_HASH_d_counter_init"]
            pub fn counter_init(c: *mut counter) -> c_int;
            #[link_name = "__ffi_HASH_d_counter_feed"]
            pub fn counter_feed(c: *mut counter) -> c_int;
            /// `int counter_end(counter *c);`
            #[link_name = "__ffi_HASH_d_counter_end"]
            pub fn counter_end(c: *mut counter) -> c_int;
        }
    }
    pub use self::sys::*;
    /// `int conn_open(const char *name, conn **out);`
    ///
    /// `out` is written by C and returned as an owned handle.
    /// Its status is returned as a `Result`.
    #[inline]
    pub fn conn_open(
        name: &CStr,
    ) -> ::core::result::Result<Option<self::owned::conn>, c_int> {
        let mut out = ::core::ptr::null_mut();
        let ret = unsafe { sys::conn_open(name.as_ptr() as _, &raw mut out) };
        let out = unsafe { self::owned::conn::from_raw(out) };
        if ret == (0 as c_int) {
            ::core::result::Result::Ok(out)
        } else {
            ::core::result::Result::Err(ret)
        }
    }
    /// `void conn_close(conn *c);`
    ///
    #[inline]
    pub fn conn_close(c: self::owned::conn) {
        unsafe { sys::conn_close(::ffi_runtime::Owned::into_raw(c) as _) };
    }
    /// `const char *conn_name(conn *c);`
    ///
    /// The string it returns lives as long as the borrow of `c`.
    #[inline]
    pub fn conn_name<'a>(c: &'a mut self::owned::conn) -> &'a CStr {
        let ret = unsafe { sys::conn_name(c.as_ptr() as _) };
        unsafe { ::ffi_runtime::owned::cstr_nonnull(ret, "conn_name") }
    }
    /// `const char *version(void);`
    ///
    /// It returns a string that lives for the whole program.
    #[inline]
    pub fn version() -> &'static CStr {
        let ret = unsafe { sys::version() };
        unsafe { ::ffi_runtime::owned::cstr_nonnull(ret, "version") }
    }
    /// `unsigned sum(const unsigned char *buf, unsigned len);`
    ///
    /// `buf` is lent as a slice for the call, its length passed as `len`.
    #[inline]
    pub fn sum(buf: &[u8]) -> c_uint {
        let len: c_uint = ::ffi_runtime::owned::len(buf.len());
        let ret = unsafe { sys::sum(buf.as_ptr() as _, len) };
        ret
    }
    /// `int pack(unsigned char *dest, unsigned long *dest_len, const unsigned char *src, unsigned long src_len);`
    ///
    /// `dest` is lent as a slice, its length passed through `dest_len`; C's `*dest_len` is returned.
    /// `src` is lent as a slice for the call, its length passed as `src_len`.
    /// Its status is returned as a `Result`.
    #[inline]
    pub fn pack(dest: &mut [u8], src: &[u8]) -> ::core::result::Result<c_ulong, c_int> {
        let mut dest_len: c_ulong = ::ffi_runtime::owned::len(dest.len());
        let src_len: c_ulong = ::ffi_runtime::owned::len(src.len());
        let ret = unsafe {
            sys::pack(
                dest.as_mut_ptr() as _,
                &raw mut dest_len,
                src.as_ptr() as _,
                src_len,
            )
        };
        if ret == (0 as c_int) {
            ::core::result::Result::Ok(dest_len)
        } else {
            ::core::result::Result::Err(ret)
        }
    }
    /// `int counter_init(counter *c);`
    ///
    /// `c` is a zeroed `Counter` Rust allocates and C initializes; it is returned, and freed (by its destructor, then Rust) when dropped.
    /// Its status is returned as a `Result`.
    #[inline]
    pub fn counter_init() -> ::core::result::Result<self::owned::Counter, c_int> {
        let c = ::std::boxed::Box::into_raw(
            ::std::boxed::Box::new(<counter as ::core::default::Default>::default()),
        );
        let ret = unsafe { sys::counter_init(c as _) };
        let c = unsafe { ::ffi_runtime::owned::owned_nonnull(c, "counter_init") };
        if ret == (0 as c_int) {
            ::core::result::Result::Ok(c)
        } else {
            ::core::result::Result::Err(ret)
        }
    }
    /// `int counter_feed(counter *c);`
    ///
    /// `c` is lent with its buffers: the slices given, for this call only; the wrapper clears them after it and returns how much of each C used.
    #[inline]
    pub fn counter_feed(
        c: &mut self::owned::Counter,
        r#in: &[c_uchar],
    ) -> (c_int, usize) {
        let c_raw = c.as_ptr();
        let in_given = <c_uint>::try_from(r#in.len()).unwrap_or(<c_uint>::MAX);
        unsafe {
            (*c_raw).r#in = r#in.as_ptr() as _;
            (*c_raw).avail = in_given;
        }
        let ret = unsafe { sys::counter_feed(c_raw as _) };
        let in_used = unsafe {
            let left = (*c_raw).avail;
            (*c_raw).r#in = ::core::ptr::null_mut::<c_void>() as _;
            (*c_raw).avail = 0;
            in_given.saturating_sub(left) as usize
        };
        (ret, in_used)
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
        /// Frees a `Counter *` with `counter_end`.
        pub enum free_Counter {}
        unsafe impl ::ffi_runtime::Destroy<super::counter> for free_Counter {
            unsafe fn destroy(ptr: *mut super::counter) {
                unsafe { super::sys::counter_end(ptr as _) };
                drop(unsafe { ::std::boxed::Box::from_raw(ptr) });
            }
        }
        /// A stream Rust allocates: `counter_end` ends it when it is dropped, then its box is freed. From `from_raw` only with a pointer from `into_raw`.
        pub type Counter = ::ffi_runtime::Owned<super::counter, free_Counter>;
    }
}
fn main() {}
