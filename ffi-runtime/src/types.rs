//! C types every cdef may name without declaring them, shared by all blocks so a `FILE *`
//! from one block can be passed to another.

/// The one field of a C type that is incomplete (declared, never defined), the nomicon's
/// opaque type: no size, not constructible, and neither `Send`, `Sync` nor `Unpin`, so a
/// `struct sqlite3 { _opaque: Opaque }` is only ever used behind a pointer C gives.
#[repr(C)]
pub struct Opaque {
    _data: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

/// C's `FILE`: an opaque type, only ever used behind a pointer.
#[repr(C)]
pub struct FILE {
    _opaque: Opaque,
}

/// A C function pointer whose type Rust can neither call nor implement: it passes by value
/// what only the C compiler knows how to pass (a `typedef ...` type, a `long double`, a
/// struct ending in `...;`). As in CFFI, such a pointer can be held, checked for null and
/// handed back to C; only calling it is impossible.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OpaqueFn(*const core::ffi::c_void);

impl OpaqueFn {
    /// The null function pointer.
    pub const NULL: OpaqueFn = OpaqueFn(core::ptr::null());

    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    /// The address, to compare or to print.
    pub fn as_ptr(self) -> *const core::ffi::c_void {
        self.0
    }

    /// # Safety
    /// `address` is null or the address of a C function of the type this one stands for.
    pub const unsafe fn from_ptr(address: *const core::ffi::c_void) -> OpaqueFn {
        OpaqueFn(address)
    }
}

impl Default for OpaqueFn {
    fn default() -> Self {
        OpaqueFn::NULL
    }
}

/// C's `va_list` as a parameter: on the targets this crate supports (x86-64 and AArch64
/// Linux, Windows and macOS) a `va_list` argument is passed as a pointer.
pub type va_list = *mut core::ffi::c_void;

/// C's `wchar_t`: UTF-16 units on Windows.
#[cfg(windows)]
#[allow(non_camel_case_types)]
pub type wchar_t = u16;
/// C's `wchar_t`.
#[cfg(all(not(windows), target_arch = "aarch64", not(target_vendor = "apple")))]
#[allow(non_camel_case_types)]
pub type wchar_t = u32;
/// C's `wchar_t`.
#[cfg(not(any(windows, all(target_arch = "aarch64", not(target_vendor = "apple")))))]
#[allow(non_camel_case_types)]
pub type wchar_t = i32;

/// C's `long double`: its bytes, with the target's size and alignment. Rust has no
/// arithmetic for it; API-mode wrappers convert to and from `f64` in C.
#[cfg(all(
    any(target_arch = "x86_64", target_arch = "aarch64"),
    not(target_env = "msvc"),
    not(all(target_arch = "aarch64", target_vendor = "apple"))
))]
#[repr(C, align(16))]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct long_double(pub [u8; 16]);
/// C's `long double`: its bytes, with the target's size and alignment. Rust has no
/// arithmetic for it; API-mode wrappers convert to and from `f64` in C.
#[cfg(all(target_arch = "x86", not(target_env = "msvc")))]
#[repr(C, align(4))]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct long_double(pub [u8; 12]);
/// C's `long double`: the same as `double` on this target (MSVC, Apple's AArch64, …).
#[cfg(not(any(
    all(
        any(target_arch = "x86_64", target_arch = "aarch64"),
        not(target_env = "msvc"),
        not(all(target_arch = "aarch64", target_vendor = "apple"))
    ),
    all(target_arch = "x86", not(target_env = "msvc"))
)))]
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct long_double(pub [u8; 8]);
