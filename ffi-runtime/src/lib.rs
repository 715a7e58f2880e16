//! Call C from Rust: write C declarations and C source inline, get typed Rust bindings.
//!
//! ```
//! ffi_runtime::ffi! {
//!     pub mod demo {
//!         cdef r#" int add(int a, int b); double cos(double); "#;
//!         source r#" #include <math.h>
//!                    int add(int a, int b) { return a + b; } "#;
//!         libraries ["m"];
//!     }
//! }
//! assert_eq!(demo::add(2, 3), 5);
//! assert_eq!(demo::cos(0.0), 1.0);
//! ```
//!
//! The C is compiled at build time, never at run time. See the README for the full contract.

#![allow(non_camel_case_types)]

pub mod types;

pub use ffi_macros::ffi;
