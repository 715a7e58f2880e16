/// The raw layer: `#[repr(C)]` types and `extern "C"` functions with C's exact signatures.
/// Calling one is `unsafe`: every pointer must be valid for what the C function does
/// with it. A raw call does not resume a callback's panic: call
/// `ffi_runtime::callback::resume_panic()` after it.
#[allow(
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
pub mod sys {
    #[link(name = "m")]
    unsafe extern "C" {
        pub fn cos(x: ::core::ffi::c_double) -> ::core::ffi::c_double;
        /// `int signgam;`
        pub static mut signgam: ::core::ffi::c_int;
    }
}
#[allow(unused_imports)]
pub use self::sys::*;
#[allow(non_snake_case, dead_code, clippy::too_many_arguments, clippy::let_unit_value)]
/// `double cos(double x);`
#[inline]
pub fn cos(x: ::core::ffi::c_double) -> ::core::ffi::c_double {
    unsafe { sys::cos(x) }
}
#[allow(non_snake_case, dead_code, clippy::too_many_arguments, clippy::let_unit_value)]
/// `int signgam;`
///
/// Returns a raw pointer to the C variable; reading or writing through it is `unsafe`.
#[inline]
pub fn signgam() -> *mut ::core::ffi::c_int {
    unsafe { &raw mut sys::signgam }
}
