//! The macro's stages, compiled in by path (a proc-macro crate cannot export them), behind
//! the two entry points the fuzz targets drive. Neither runs a C compiler: only blocks in
//! ABI mode (`dlopen`, `link`) without `headers` go through the whole pipeline.

// The stages' unit tests and the proc-macro entry point stay out.
#![allow(dead_code, unused_imports)]

#[path = "../../ffi-macros/src/cache.rs"]
mod cache;
#[path = "../../ffi-macros/src/cdef/mod.rs"]
mod cdef;
#[path = "../../ffi-macros/src/errors.rs"]
mod errors;
#[path = "../../ffi-macros/src/expand/mod.rs"]
mod expand;
#[path = "../../ffi-macros/src/headers/mod.rs"]
mod headers;
#[path = "../../ffi-macros/src/input/mod.rs"]
mod input;
#[path = "../../ffi-macros/src/layout.rs"]
mod layout;
#[path = "../../ffi-macros/src/model.rs"]
mod model;
#[path = "../../ffi-macros/src/pipeline.rs"]
mod pipeline;
#[path = "../../ffi-macros/src/safety/mod.rs"]
mod safety;
#[path = "../../ffi-macros/src/target.rs"]
mod target;
#[path = "../../ffi-macros/src/toolchain/mod.rs"]
mod toolchain;

use proc_macro2::TokenStream;

/// What an input did: refused with an error, or expanded.
pub enum Outcome {
    Refused,
    Expanded,
}

/// `text` as the cdef of an ABI-mode block.
pub fn cdef(text: &str) -> Outcome {
    let block: input::Block = match syn::parse_str(&format!(
        "mod fuzzed {{ cdef {text:?}; dlopen \"libfuzzed.so\"; }}"
    )) {
        Ok(block) => block,
        Err(e) => panic!("a cdef string literal did not make a block: {e}"),
    };
    run(&block)
}

/// `text` as the tokens inside `ffi! { … }`; the pipeline runs only for blocks that need
/// no compiler.
pub fn block(text: &str) -> Outcome {
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return Outcome::Refused;
    };
    let Ok(block) = syn::parse2::<input::Block>(tokens) else {
        return Outcome::Refused;
    };
    if toolchain::Kind::of(&block.mode).is_some() || !block.headers.is_empty() {
        return Outcome::Refused;
    }
    run(&block)
}

fn run(block: &input::Block) -> Outcome {
    // No `--out-dir`: nothing is cached or written.
    let rustc = toolchain::rustc::Rustc::from_args(std::iter::empty(), false);
    match pipeline::run(block, &rustc, &|t| t.parse().ok()) {
        Err(_) => Outcome::Refused,
        Ok(tokens) => match syn::parse2::<syn::File>(tokens) {
            Ok(_) => Outcome::Expanded,
            Err(e) => panic!("the expansion is not Rust: {e}"),
        },
    }
}
