//! The layout check every block's expansion runs at compile time.
//!
//! Each block states the C compiler's layouts (or, in ABI mode, the target's rules) as one
//! table in `sys`; [`check`] compares them with what rustc made of the `#[repr(C)]` types:
//!
//! ```
//! #[repr(C)]
//! struct pair { a: u8, b: u32 }
//! const _: () = ffi_runtime::layout::check(&[(
//!     "the Rust layout of `pair` differs from C's (size, align, field offsets)",
//!     &[size_of::<pair>(), align_of::<pair>(), core::mem::offset_of!(pair, b)],
//!     &[8, 4, 4],
//! )]);
//! ```
//!
//! A row that differs stops the build, naming the record:
//!
//! ```compile_fail,E0080
//! #[repr(C)]
//! struct pair { a: u8, b: u32 }
//! const _: () = ffi_runtime::layout::check(&[(
//!     "the Rust layout of `pair` differs from C's",
//!     &[size_of::<pair>(), align_of::<pair>()],
//!     &[5, 1],
//! )]);
//! ```

/// One record: the message naming it, then its Rust and C facts in the same order.
pub type Facts<'a> = (&'a str, &'a [usize], &'a [usize]);

/// Fails compilation (this is called in a `const`), with the record's message, if any
/// record's facts differ.
pub const fn check(table: &[Facts<'_>]) {
    let mut i = 0;
    while i < table.len() {
        let (message, rust, c) = table[i];
        if !same(rust, c) {
            panic!("{}", message);
        }
        i += 1;
    }
}

const fn same(a: &[usize], b: &[usize]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
