//! The `ffi!` procedural macro. Users depend on `ffi-runtime`, which re-exports it.
//!
//! One module per stage, in the order they run:
//! [`input`] (the block's syntax) → [`cdef`] (lang-c front end) → [`model`] (C items) →
//! [`build`] (glue, compiler, artifact cache) → [`expand`] (Rust items).

mod build;
mod cdef;
mod expand;
mod input;
mod model;

use proc_macro::TokenStream;

/// Binds C declarations to typed Rust items; see the `ffi-runtime` crate for the contract.
#[proc_macro]
pub fn ffi(input: TokenStream) -> TokenStream {
    let block = syn::parse_macro_input!(input as input::Block);
    match run(&block) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn run(block: &input::Block) -> syn::Result<proc_macro2::TokenStream> {
    let rustc = build::rustc::Rustc::from_env();
    let widths = cdef::IntWidths {
        long_bits: rustc.long_bits(),
    };
    let model = cdef::parse(block, widths)?;
    let binding = match &block.mode {
        input::Mode::Link => expand::Binding::Direct,
        input::Mode::Static => {
            let settings = build::Settings::new(block, &rustc);
            let art = build::artifact(block, &settings)?;
            if rustc.linking {
                let Some(dir) = &rustc.link_dir else {
                    return Err(syn::Error::new(
                        block.span,
                        "ffi! cannot find where to put the compiled C: rustc has no \
                         `-L native=…/ffi-link` argument. Depend on `ffi-runtime` directly \
                         (its build script registers that directory) and use the macro as \
                         `ffi_runtime::ffi!`",
                    ));
                };
                build::build_static(block, &model, &settings, &art, dir)?;
            }
            expand::Binding::Glue {
                lib_name: art.lib_name,
                prefix: art.symbol_prefix,
            }
        }
        input::Mode::Shared | input::Mode::Dlopen(_) => {
            return Err(syn::Error::new(
                block.span,
                "`mode shared` and `dlopen` are not implemented yet",
            ));
        }
    };
    expand::expand(block, &model, &binding)
}
