/// Bit-fields and an anonymous union, as `cargo expand` shows them.
pub mod flags {
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
    /// `union { … };`
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub union header_anon0 {
        pub id: c_int,
        pub weight: c_float,
    }
    impl ::core::default::Default for header_anon0 {
        fn default() -> Self {
            ::ffi_runtime::callback::zeroed()
        }
    }
    unsafe impl ::ffi_runtime::callback::Zeroable for header_anon0 {}
    impl ::core::fmt::Debug for header_anon0 {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("header_anon0").finish_non_exhaustive()
        }
    }
    /// `struct header { … };`
    #[repr(C, align(4))]
    #[derive(Clone, Copy)]
    pub struct header {
        _bits0: [u8; 1],
        pub _pad0: [u8; 3],
        _bits1: [u8; 1],
        pub _pad1: [u8; 3],
        pub anon0: header_anon0,
    }
    impl ::core::default::Default for header {
        fn default() -> Self {
            ::ffi_runtime::callback::zeroed()
        }
    }
    unsafe impl ::ffi_runtime::callback::Zeroable for header {}
    impl header {
        /// `version : 3`
        ///
        /// A bit-field: read and written through its storage bits.
        #[inline]
        pub fn version(&self) -> c_uint {
            ::ffi_runtime::bits::Bits::little(0, 1, 0, 3).read(&self._bits0) as c_uint
        }
        /// `version : 3`
        ///
        /// A bit-field: read and written through its storage bits.
        #[inline]
        pub fn set_version(&mut self, value: c_uint) {
            ::ffi_runtime::bits::Bits::little(0, 1, 0, 3)
                .write(&mut self._bits0, value as u128);
        }
        /// `delta : 5`
        ///
        /// A bit-field: read and written through its storage bits.
        #[inline]
        pub fn delta(&self) -> c_int {
            ::ffi_runtime::bits::Bits::little(0, 1, 3, 5).read_signed(&self._bits0)
                as c_int
        }
        /// `delta : 5`
        ///
        /// A bit-field: read and written through its storage bits.
        #[inline]
        pub fn set_delta(&mut self, value: c_int) {
            ::ffi_runtime::bits::Bits::little(0, 1, 3, 5)
                .write(&mut self._bits0, value as u128);
        }
        /// `urgent : 1`
        ///
        /// A bit-field: read and written through its storage bits.
        #[inline]
        pub fn urgent(&self) -> bool {
            ::ffi_runtime::bits::Bits::little(0, 1, 0, 1).read(&self._bits1) != 0
        }
        /// `urgent : 1`
        ///
        /// A bit-field: read and written through its storage bits.
        #[inline]
        pub fn set_urgent(&mut self, value: bool) {
            ::ffi_runtime::bits::Bits::little(0, 1, 0, 1)
                .write(&mut self._bits1, u128::from(value));
        }
        /// `id (in an anonymous member)`
        #[inline]
        #[allow(unused_unsafe)]
        pub fn id(&self) -> c_int {
            unsafe { self.anon0.id }
        }
        /// `id (in an anonymous member)`
        #[inline]
        #[allow(unused_unsafe)]
        pub fn set_id(&mut self, value: c_int) {
            unsafe {
                self.anon0.id = value;
            }
        }
        /// `id (in an anonymous member)`
        #[inline]
        #[allow(unused_unsafe)]
        pub fn id_mut(&mut self) -> &mut c_int {
            unsafe { &mut self.anon0.id }
        }
        /// `weight (in an anonymous member)`
        #[inline]
        #[allow(unused_unsafe)]
        pub fn weight(&self) -> c_float {
            unsafe { self.anon0.weight }
        }
        /// `weight (in an anonymous member)`
        #[inline]
        #[allow(unused_unsafe)]
        pub fn set_weight(&mut self, value: c_float) {
            unsafe {
                self.anon0.weight = value;
            }
        }
        /// `weight (in an anonymous member)`
        #[inline]
        #[allow(unused_unsafe)]
        pub fn weight_mut(&mut self) -> &mut c_float {
            unsafe { &mut self.anon0.weight }
        }
    }
    impl ::core::fmt::Debug for header {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("header")
                .field("version", &self.version())
                .field("delta", &self.delta())
                .field("urgent", &self.urgent())
                .field("anon0", &{ self.anon0 })
                .finish()
        }
    }
    const _: () = {
        use ::core::mem::{align_of, offset_of, size_of};
        {
            type T = header_anon0;
            if !(size_of::<T>() == 4 && align_of::<T>() == 4) {
                ::core::panic!("layout of `header_anon0` differs from C's");
            }
        }
        {
            type T = header;
            if !(size_of::<T>() == 12 && align_of::<T>() == 4
                && offset_of!(T, anon0) == 8 && offset_of!(T, _bits0) == 0
                && offset_of!(T, _bits1) == 4)
            {
                ::core::panic!("layout of `header` differs from C's");
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
        pub use super::{header_anon0, header};
    }
    pub use self::sys::*;
}
