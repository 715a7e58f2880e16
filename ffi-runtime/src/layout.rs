//! The layout check every block's expansion runs at compile time.
//!
//! Each block states the C compiler's layouts (or, in ABI mode, the target's rules) in one
//! `const` in `sys`, one [`check`] per record, which compares them with what rustc made of
//! the `#[repr(C)]` type (size, alignment, then each field's offset):
//!
//! ```
//! use core::mem::offset_of;
//! #[repr(C)]
//! struct pair { a: u8, b: u32 }
//! const _: () = {
//!     type T = pair;
//!     ffi_runtime::layout::check(
//!         "pair",
//!         &[size_of::<T>(), align_of::<T>(), offset_of!(T, a), offset_of!(T, b)],
//!         &[8, 4, 0, 4],
//!     );
//! };
//! ```
//!
//! A record that differs stops the build, naming it:
//!
//! ```compile_fail,E0080
//! #[repr(C)]
//! struct pair { a: u8, b: u32 }
//! const _: () = ffi_runtime::layout::check("pair", &[size_of::<pair>()], &[5]);
//! ```

/// Fails compilation (this is called in a `const`) with ``layout of `name` differs from
/// C's`` unless the record's facts in Rust (`[size, align, field offsets…]`) are C's.
pub const fn check(name: &str, rust: &[usize], c: &[usize]) {
    if !same(rust, c) {
        differs(name)
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

/// A const panic can print one `&str`, not a format: the message is assembled here.
const fn differs(name: &str) -> ! {
    let mut message = [0u8; 256];
    let mut len = 0;
    let parts: [&[u8]; 3] = [b"layout of `", name.as_bytes(), b"` differs from C's"];
    let mut p = 0;
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() && len < message.len() {
            message[len] = parts[p][i];
            len += 1;
            i += 1;
        }
        p += 1;
    }
    match core::str::from_utf8(message.split_at(len).0) {
        Ok(text) => panic!("{}", text),
        Err(_) => panic!("a record's layout differs from C's"),
    }
}
