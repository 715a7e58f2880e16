//! The expand stage: the model as Rust items, laid out as API.md describes.
//!
//! ```text
//! <vis> mod <name> {
//!     pub mod sys { #[repr(C)] types, unsafe extern "C" { raw functions } }
//!     pub use self::sys::*;          // types (and variadic functions) under their C names
//!     pub fn <c function>(…) { … }   // wrappers: safe where the signature allows
//!     pub const <C constant>: … = …;
//! }
//! ```

mod items;
pub mod types;

use proc_macro2::TokenStream;
use quote::quote;

use crate::input::Block;
use crate::model::Cdef;

/// How the generated code reaches the C symbols.
pub enum Binding {
    /// API mode, linked statically: the glue's prefixed symbols in a static archive.
    Glue { lib_name: String, prefix: String },
    /// Link mode: the C names themselves, from `libraries`.
    Direct,
    /// Opened on first use: `dlopen` (C names, no glue) or `mode shared` (the glue's names).
    Lazy {
        /// The `Artifact` of a `mode shared` block; `None` with `dlopen`.
        artifact: Option<TokenStream>,
        /// The `Library` initializer.
        library: TokenStream,
        /// The glue prefix in `mode shared`.
        prefix: Option<String>,
    },
}

/// Names the expansion of a lazy block defines next to the C items.
const LAZY_NAMES: &[&str] = &["load", "artifact", "LIBRARY", "ARTIFACT"];

fn check_lazy_names(block: &Block, cdef: &Cdef) -> syn::Result<()> {
    let names = cdef
        .functions
        .iter()
        .map(|f| &f.name)
        .chain(cdef.globals.iter().map(|g| &g.name))
        .chain(cdef.constants.iter().map(|c| &c.name))
        .chain(cdef.typedefs.iter().map(|t| &t.name))
        .chain(cdef.records.iter().map(|r| &r.name));
    for n in names {
        if LAZY_NAMES.contains(&n.as_str()) {
            return Err(syn::Error::new(
                block.cdef_span(),
                format!(
                    "the C name `{n}` collides with the `{n}` this block generates to load its \
                     library; bind it from another block, or in `mode static`"
                ),
            ));
        }
    }
    Ok(())
}

/// The block's items: everything inside the `mod`, or everything in place. Depends only on
/// what the content hash covers, so the pipeline may cache it.
pub fn items(block: &Block, cdef: &Cdef, binding: &Binding) -> syn::Result<TokenStream> {
    let mut sys = Vec::new();
    for r in &cdef.records {
        sys.push(items::record(cdef, r)?);
    }
    sys.extend(cdef.enums.iter().filter_map(items::enum_type));
    sys.extend(cdef.typedefs.iter().map(|t| items::typedef(cdef, t)));

    if let Binding::Lazy {
        artifact,
        library,
        prefix,
    } = binding
    {
        check_lazy_names(block, cdef)?;
        let symbol = |name: &str| format!("{}{name}", prefix.as_deref().unwrap_or(""));
        if let Some(artifact) = artifact {
            sys.push(quote! {
                /// The shared object `ffi!` built for this block (see `artifact()`).
                pub static ARTIFACT: ::ffi_runtime::Artifact = #artifact;
            });
        }
        sys.push(quote! {
            /// The C library, opened on first use (or by `load()`), once.
            pub static LIBRARY: ::ffi_runtime::Library = #library;
        });
        for f in &cdef.functions {
            // Variadic functions cannot go through glue: they are looked up by C name.
            let name = if f.sig.variadic {
                f.name.clone()
            } else {
                symbol(&f.name)
            };
            sys.push(items::lazy_fn(cdef, f, &name));
        }
        for g in &cdef.globals {
            sys.push(items::lazy_global(
                cdef,
                g,
                &symbol(&g.name),
                prefix.is_some(),
            ));
        }
    }
    let eager = !matches!(binding, Binding::Lazy { .. });
    let fns = cdef
        .functions
        .iter()
        .filter(|_| eager)
        .map(|f| items::extern_fn(cdef, f, binding));
    let globals = cdef
        .globals
        .iter()
        .filter(|_| eager)
        .map(|g| items::extern_global(cdef, g, binding));
    let libraries: Vec<String> = block.libraries.iter().map(|l| l.value()).collect();
    let (first_link, rest): (TokenStream, &[String]) = match binding {
        Binding::Glue { lib_name, .. } => (
            quote!(#[link(name = #lib_name, kind = "static")]),
            &libraries[..],
        ),
        Binding::Direct => match libraries.split_first() {
            Some((first, rest)) => (quote!(#[link(name = #first)]), rest),
            None => (quote!(), &[]),
        },
        // The library is opened at run time; nothing is linked.
        Binding::Lazy { .. } => (quote!(), &[]),
    };
    let has_externs = !cdef.functions.is_empty() || !cdef.globals.is_empty();
    if eager && (has_externs || matches!(binding, Binding::Glue { .. })) {
        sys.push(quote! {
            #first_link
            unsafe extern "C" {
                #(#fns)*
                #(#globals)*
            }
        });
    }
    // Later `#[link]`s come later on the linker's command line, after the code that needs them.
    sys.extend(rest.iter().map(|lib| {
        quote! {
            #[link(name = #lib)]
            unsafe extern "C" {}
        }
    }));

    // One entry per item, so an in-place expansion can give each its own `#[allow]`.
    let mut top: Vec<(Kind, TokenStream)> = Vec::new();
    for f in cdef.functions.iter().filter(|f| !f.sig.variadic) {
        top.push((Kind::Fn, items::wrapper(cdef, f)));
    }
    for g in &cdef.globals {
        top.push((Kind::Fn, items::global_accessor(cdef, g, binding)));
    }
    for e in &cdef.enums {
        top.extend(items::enumerators(e).into_iter().map(|c| (Kind::Const, c)));
    }
    for c in &cdef.constants {
        top.push((Kind::Const, items::constant(cdef, c)?));
    }
    if let Binding::Lazy { artifact, .. } = binding {
        top.push((
            Kind::Fn,
            quote! {
                /// Opens the C library now, if it is not open yet. Without this, the first call
                /// opens it; a call that cannot load panics with the error this returns.
                pub fn load() -> ::core::result::Result<(), ::ffi_runtime::Error> {
                    self::sys::LIBRARY.load()
                }
            },
        ));
        if artifact.is_some() {
            top.push((
                Kind::Fn,
                quote! {
                    /// The shared object to ship with the binary: its file name, hash and build path.
                    pub fn artifact() -> &'static ::ffi_runtime::Artifact {
                        &self::sys::ARTIFACT
                    }
                },
            ));
        }
    }
    let sys_doc = " The raw layer: `#[repr(C)]` types and `extern \"C\"` functions with C's exact signatures.";
    Ok(if block.module.is_some() {
        let top = top.iter().map(|(_, t)| t);
        quote! {
            #[doc = #sys_doc]
            pub mod sys {
                #(#sys)*
            }
            pub use self::sys::*;
            #(#top)*
        }
    } else {
        let allow = allow();
        // In place there is no module to carry the lints: each item names what it needs.
        let top = top.iter().map(|(kind, t)| match kind {
            Kind::Fn => quote!(#[allow(non_snake_case, dead_code, clippy::too_many_arguments)] #t),
            Kind::Const => quote!(#[allow(non_upper_case_globals, dead_code)] #t),
        });
        quote! {
            #[doc = #sys_doc]
            #[allow(#allow)]
            pub mod sys {
                #(#sys)*
            }
            #[allow(unused_imports)]
            pub use self::sys::*;
            #(#top)*
        }
    })
}

/// What a top-level item is, for the lints it needs in place.
enum Kind {
    Fn,
    Const,
}

/// Generated names are C's: these lints would fire on every one of them.
fn allow() -> TokenStream {
    quote! {
        non_camel_case_types,
        non_snake_case,
        non_upper_case_globals,
        dead_code,
        unused_imports,
        clippy::missing_safety_doc,
        clippy::too_many_arguments,
        clippy::upper_case_acronyms
    }
}

/// Puts the items in the user's `mod` (with their attributes and visibility).
pub fn wrap(block: &Block, items: TokenStream) -> TokenStream {
    let triggers = crate::input::rebuild_triggers(block);
    match &block.module {
        Some(name) => {
            let attrs = &block.attrs;
            let vis = &block.vis;
            let allow = allow();
            quote! {
                #(#attrs)*
                #vis mod #name {
                    #![allow(#allow)]
                    #items
                    #triggers
                }
            }
        }
        None => quote!(#items #triggers),
    }
}
