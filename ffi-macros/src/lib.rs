//! The `ffi!` procedural macro. Users depend on `ffi-runtime`, which re-exports it.
//!
//! One module per stage, in the order they run:
//! [`input`] (the block's syntax) → [`headers`] (declarations read from real headers) →
//! [`cdef`] (lang-c front end) → [`model`] (C items) → [`toolchain`] (probe, glue,
//! compiler runs; [`layout`] in ABI mode) → [`safety`] (which wrappers are safe, and how)
//! → [`expand`] (Rust items); [`pipeline`] runs them in order, [`cache`] keeps finished
//! expansions.

#[cfg(test)]
mod abi_agreement_tests;
mod cache;
mod cdef;
#[cfg(test)]
mod coverage_tests;
mod errors;
mod expand;
mod headers;
mod input;
mod layout;
mod model;
mod pipeline;
#[cfg(test)]
mod random_tests;
mod safety;
#[cfg(test)]
mod snapshot_tests;
mod target;
mod toolchain;

use proc_macro::TokenStream;

/// Binds C declarations to typed Rust items; see the `ffi-runtime` crate for the contract.
#[proc_macro]
pub fn ffi(input: TokenStream) -> TokenStream {
    let block = syn::parse_macro_input!(input as input::Block);
    let lex = |text: &str| {
        text.parse::<TokenStream>()
            .ok()
            .map(proc_macro2::TokenStream::from)
    };
    match pipeline::run(&block, &toolchain::rustc::Rustc::from_env(), &lex) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}
