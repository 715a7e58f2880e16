//! Calls from C into Rust (filled in with `extern "Rust"` and closure adapters).

use proc_macro2::TokenStream;
use quote::quote;

use super::{Binding, Cx};
use crate::input::Block;

/// What a wrapper does after its C call returns.
pub fn resume_after_call() -> TokenStream {
    quote!()
}

pub fn items(_block: &Block, _cx: &Cx, _binding: &Binding) -> syn::Result<TokenStream> {
    Ok(quote!())
}
