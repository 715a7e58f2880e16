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
//! The C is compiled at build time, never at run time. In `mode shared` and `dlopen` blocks
//! the library is opened on first use, once, by this crate's [`Library`]; each function's
//! address is resolved on its first call by a [`Symbol`] and cached. See the README for the
//! full contract.

#![allow(non_camel_case_types)]

pub mod bits;
pub mod callback;
mod errno;
mod error;
mod loader;
pub mod owned;
pub mod types;

pub use errno::{errno, set_errno};
pub use error::Error;
pub use ffi_macros::ffi;
pub use loader::{Artifact, Export, FINGERPRINT_SYMBOL, LazyFn, Library, Symbol, set_artifact_dir};
pub use owned::{Borrowed, Destroy, Owned};
