//! C types every cdef may name without declaring them, shared by all blocks so a `FILE *`
//! from one block can be passed to another.

/// C's `FILE`: an opaque type, only ever used behind a pointer.
#[repr(C)]
pub struct FILE {
    _opaque: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

/// C's `va_list` as a parameter: on the targets this crate supports (x86-64 and AArch64
/// Linux) a `va_list` argument is passed as a pointer.
pub type va_list = *mut core::ffi::c_void;

/// C's `wchar_t`.
#[cfg(any(windows, all(target_arch = "aarch64", not(target_vendor = "apple"))))]
#[allow(non_camel_case_types)]
pub type wchar_t = u32;
/// C's `wchar_t`.
#[cfg(not(any(windows, all(target_arch = "aarch64", not(target_vendor = "apple")))))]
#[allow(non_camel_case_types)]
pub type wchar_t = i32;

/// C's `long double`: its bytes, with the target's size and alignment. Rust has no
/// arithmetic for it; API-mode wrappers convert to and from `f64` in C.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct long_double(pub [u8; 16]);
/// C's `long double`: its bytes, with the target's size and alignment. Rust has no
/// arithmetic for it; API-mode wrappers convert to and from `f64` in C.
#[cfg(target_arch = "x86")]
#[repr(C, align(4))]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct long_double(pub [u8; 12]);
/// C's `long double`: the same as `double` on this target.
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64", target_arch = "x86")))]
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct long_double(pub [u8; 8]);
