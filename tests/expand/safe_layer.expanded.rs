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
        /// `struct counter { … };`
        #[repr(C)]
        #[derive(Clone, Copy, Debug)]
        pub struct counter {
            pub r#in: *const ::core::ffi::c_uchar,
            pub avail: ::core::ffi::c_uint,
            pub total: ::core::ffi::c_ulong,
        }
        impl ::core::default::Default for counter {
            fn default() -> Self {
                ::ffi_runtime::callback::zeroed()
            }
        }
        unsafe impl ::ffi_runtime::callback::Zeroable for counter {}
        const _: () = ::ffi_runtime::layout::check(
            &[
                (
                    "layout of `counter` differs from C's",
                    &[
                        ::core::mem::size_of::<counter>(),
                        ::core::mem::align_of::<counter>(),
                        ::core::mem::offset_of!(counter, r#in),
                        ::core::mem::offset_of!(counter, avail),
                        ::core::mem::offset_of!(counter, total),
                    ],
                    &[24, 8, 0, 8, 16],
                ),
            ],
        );
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
            #[link_name = "__ffi_HASH_d_counter_init"]
            pub fn counter_init(c: *mut counter) -> ::core::ffi::c_int;
            #[link_name = "__ffi_HASH_d_counter_feed"]
            pub fn counter_feed(c: *mut counter) -> ::core::ffi::c_int;
            /// `int counter_end(counter *c);`
            #[link_name = "__ffi_HASH_d_counter_end"]
            pub fn counter_end(c: *mut counter) -> ::core::ffi::c_int;
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
    /// `int counter_init(counter *c);`
    ///
    /// `c` is a zeroed `Counter` Rust allocates and C initializes; it is returned, and freed (by its destructor, then Rust) when dropped.
    /// Its status is returned as a `Result`.
    #[inline]
    pub fn counter_init() -> ::core::result::Result<
        self::owned::Counter,
        ::core::ffi::c_int,
    > {
        let c = ::std::boxed::Box::into_raw(
            ::std::boxed::Box::new(<counter as ::core::default::Default>::default()),
        );
        let ret = unsafe { self::sys::counter_init(c as _) };
        ::ffi_runtime::callback::resume_panic();
        let c = unsafe { ::ffi_runtime::owned::owned_nonnull(c, "counter_init") };
        if ret == (0 as ::core::ffi::c_int) {
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
        r#in: &[::core::ffi::c_uchar],
    ) -> (::core::ffi::c_int, usize) {
        let c_raw = c.as_ptr();
        let in_given = <::core::ffi::c_uint>::try_from(r#in.len())
            .unwrap_or(<::core::ffi::c_uint>::MAX);
        unsafe {
            (*c_raw).r#in = r#in.as_ptr() as _;
            (*c_raw).avail = in_given;
        }
        let ret = unsafe { self::sys::counter_feed(c_raw as _) };
        let in_used = unsafe {
            let left = (*c_raw).avail;
            (*c_raw).r#in = ::core::ptr::null_mut::<::core::ffi::c_void>() as _;
            (*c_raw).avail = 0;
            in_given.saturating_sub(left) as usize
        };
        ::ffi_runtime::callback::resume_panic();
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
