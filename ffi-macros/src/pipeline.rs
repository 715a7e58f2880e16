//! Runs the stages in order for one block.

use crate::build::{self, rustc::Rustc};
use crate::input::{Block, Mode};
use crate::{cdef, expand};

/// Parses the cdef, builds the C when rustc will link, and expands.
pub fn run(block: &Block, rustc: &Rustc) -> syn::Result<proc_macro2::TokenStream> {
    let widths = cdef::IntWidths {
        long_bits: rustc.long_bits(),
    };
    let model = cdef::parse(block, widths)?;
    let binding = match &block.mode {
        Mode::Link => expand::Binding::Direct,
        Mode::Static => {
            let settings = build::Settings::new(block, rustc);
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
        Mode::Shared | Mode::Dlopen(_) => {
            return Err(syn::Error::new(
                block.span,
                "`mode shared` and `dlopen` are not implemented yet",
            ));
        }
    };
    expand::expand(block, &model, &binding)
}
