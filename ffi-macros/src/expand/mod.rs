//! Stage 4, the expansion: the model as Rust items, laid out as API.md describes.
//!
//! ```text
//! <vis> mod <name> {
//!     #[repr(C)] pub struct <record> { … }  // and enums, typedefs
//!     const _: () = { if !(…) { panic!(…) } … };  // every record's layout, one `const`
//!     pub mod sys {
//!         pub use super::{<record>, …};     // the types
//!         raw functions (extern or resolved on first use)
//!     }
//!     pub use self::sys::*;                  // raw functions without a wrapper, by C names
//!     pub fn <c function>(…) { … }           // wrappers: safe where the signature allows
//!     pub const <C constant>: … = …;
//!     pub mod callbacks { … }                // closures and fns as C callbacks
//! }
//! ```
//!
//! In place (no `mod`), the types and their layout check are `sys`'s.
//!
//! One module per kind of item: [`records`], [`functions`], [`values`] (enums, typedefs,
//! constants, globals), [`callbacks`]; [`types`] spells C types in Rust.

pub mod callbacks;
mod functions;
mod records;
mod safe;
pub mod types;
mod values;

use proc_macro2::TokenStream;
use quote::quote;

use crate::input::Block;
use crate::model::{Cdef, Function, Global, Note, Origin};
use crate::target::Target;
use crate::toolchain::symbols;

/// How the generated code reaches the C symbols.
pub enum Binding {
    /// API mode, linked statically: library functions by their own symbols, the block's
    /// own through `archive` (when it defines anything Rust calls).
    Static {
        archive: Option<String>,
        prefix: String,
    },
    /// Link mode: the C names themselves, from `libraries`.
    Link,
    /// Opened on first use: `dlopen` (C names, no glue) or `mode shared` (the block's
    /// shared object, through which library symbols are found too).
    Lazy {
        /// The `Artifact` of a `mode shared` block; `None` with `dlopen`.
        artifact: Option<TokenStream>,
        /// The `Library` initializer.
        library: TokenStream,
        /// The glue prefix in `mode shared`.
        prefix: Option<String>,
    },
}

/// What every generator reads: the model, the target it is for, and the safe wrappers'
/// plans.
pub struct Cx<'a> {
    pub cdef: &'a Cdef,
    pub target: &'a Target,
    pub plans: &'a crate::safety::Plans,
    /// The `core` names the block's modules import.
    pub imports: types::Imports,
    /// See [`Cdef::can_call_rust`]: whether wrappers resume callbacks' panics.
    pub calls_back: bool,
}

/// `{ items… }`, moving the items: interpolating a `TokenStream` in `quote!` copies every
/// token of it, which for a whole header's items is most of the expansion's time.
pub fn braced(items: impl IntoIterator<Item = TokenStream>) -> proc_macro2::Group {
    let mut body = TokenStream::new();
    body.extend(items);
    proc_macro2::Group::new(proc_macro2::Delimiter::Brace, body)
}

/// `#[doc = " `decl`"]`: the C declaration, quoted.
pub fn doc(c: &str) -> TokenStream {
    let text = format!(" `{}`", c.replace('`', "'"));
    quote!(#[doc = #text])
}

fn decl_doc(origin: &Origin) -> TokenStream {
    let text = origin.text.trim_end_matches(';');
    doc(&format!("{text};"))
}

/// Names the expansion of a lazy block defines next to the C items.
const LAZY_NAMES: &[&str] = &["load", "artifact", "LIBRARY", "ARTIFACT"];

/// Names every expansion defines next to the C items.
const RESERVED_NAMES: &[&str] = &["sys", "callbacks", "owned"];

fn check_names(block: &Block, cdef: &Cdef, lazy: bool) -> syn::Result<()> {
    let mut errors = crate::errors::Errors::new();
    for n in cdef.item_names() {
        let why = if lazy && LAZY_NAMES.contains(&n) {
            "this block generates to load its library; bind it from another block, or in `mode static`"
        } else if RESERVED_NAMES.contains(&n) {
            "the module every block generates"
        } else {
            continue;
        };
        errors.push(syn::Error::new(
            block.cdef_span(),
            format!("the C name `{n}` collides with the `{n}` {why}"),
        ));
    }
    errors.finish()
}

/// The block's items: everything inside the `mod`, or everything in place. Depends only on
/// what the content hash covers, so the pipeline may cache it.
pub fn items(block: &Block, cx: &Cx, binding: &Binding) -> syn::Result<TokenStream> {
    check_names(block, cx.cdef, matches!(binding, Binding::Lazy { .. }))?;
    let types = type_items(cx)?;
    let mut sys = match binding {
        Binding::Lazy { .. } => lazy_items(cx, binding),
        Binding::Static { .. } | Binding::Link => linked_items(block, cx, binding),
    };
    let mut top = top_items(cx, binding)?;
    top.extend(lazy_accessors(binding));
    let mut modules = callbacks::items(block, cx, binding)?;
    modules.extend(safe::handles(cx));
    // `sys` and the block's module spell types with the names they import (none in place).
    let imports = cx.imports.items();
    let (sys_includes, top_includes) = include_uses(block);
    sys.insert(0, quote!(#imports #sys_includes));
    top.insert(0, (Kind::Use, quote!(#imports #top_includes)));
    Ok(layout(block, types, sys, top, modules))
}

/// `include`d blocks' types, by their `sys` modules: `use <path>::sys::*;` where the block's
/// items are, and one `super::` further from inside `sys` for a relative path.
fn include_uses(block: &Block) -> (TokenStream, TokenStream) {
    let (mut in_sys, mut at_top) = (TokenStream::new(), TokenStream::new());
    for i in &block.includes {
        let path = &i.path;
        let absolute = path.leading_colon.is_some()
            || path.segments.first().is_some_and(|s| s.ident == "crate");
        let from_sys = if absolute {
            quote!(#path)
        } else {
            quote!(super::#path)
        };
        in_sys.extend(quote!(#[allow(unused_imports)] use #from_sys::sys::*;));
        at_top.extend(quote!(#[allow(unused_imports)] use #path::sys::*;));
    }
    (in_sys, at_top)
}

/// The block's own types: records, enums and typedefs (not those an `include`d block
/// defines), each one item under its C name, and the layout check.
struct Types {
    items: Vec<TokenStream>,
    /// Each type's name, and whether `sys` also has a value under it (`struct stat` and
    /// `stat()`: C keeps tags apart from functions).
    names: Vec<(proc_macro2::Ident, bool)>,
}

impl Types {
    /// `sys`'s view of the types: `pub use super::{…};`, which brings both of a name's
    /// namespaces, and an alias where `sys` has a value of that name (`use` would clash).
    fn reexports(&self) -> TokenStream {
        let (aliased, used): (Vec<_>, Vec<_>) = self.names.iter().partition(|(_, v)| *v);
        let used: Vec<_> = used.into_iter().map(|(n, _)| n).collect();
        let aliased = aliased.into_iter().map(|(n, _)| n);
        let mut out = quote!(#(pub type #aliased = super::#aliased;)*);
        if !used.is_empty() {
            out.extend(quote!(pub use super::{#(#used),*};));
        }
        out
    }
}

fn type_items(cx: &Cx) -> syn::Result<Types> {
    let ours = |name: &str| !cx.cdef.foreign.contains(name);
    let records = || cx.cdef.records.iter().filter(|r| ours(&r.name));
    let enums = || {
        let named = cx.cdef.enums.iter().filter(|e| !e.name.is_empty());
        named.filter(|e| !cx.cdef.is_foreign_enum(e))
    };
    let typedefs = || cx.cdef.typedefs.iter().filter(|t| ours(&t.name));
    let mut items = Vec::new();
    for r in records() {
        items.push(records::record(cx, r)?);
    }
    items.extend(enums().filter_map(|e| values::enum_type(cx, e)));
    items.extend(typedefs().map(|t| values::typedef(cx, t)));
    items.push(records::layout_table(records(), records::included_rows(cx)));
    let names = records().map(|r| r.name.as_str());
    let names = names.chain(enums().map(|e| e.name.as_str()));
    let names = names.chain(typedefs().map(|t| t.name.as_str()));
    let values: std::collections::HashSet<&str> = cx.cdef.value_names().collect();
    Ok(Types {
        items,
        names: names
            .map(|n| (types::ident(n), values.contains(n)))
            .collect(),
    })
}

/// Constants read at run time, as the functions (API mode) or variables (ABI mode) that
/// provide them.
fn runtime_constants(cx: &Cx, binding: &Binding) -> (Vec<Function>, Vec<Global>) {
    let mut functions = Vec::new();
    let mut globals = Vec::new();
    for c in &cx.cdef.constants {
        let Some(mut f) = values::runtime_constant(c) else {
            continue;
        };
        match binding {
            Binding::Static { prefix, .. }
            | Binding::Lazy {
                prefix: Some(prefix),
                ..
            } => {
                f.symbol = Some(symbols::wrapper(prefix, &c.name));
                functions.push(f);
            }
            _ => globals.push(Global {
                name: c.name.clone(),
                ty: f.sig.ret,
                is_const: true,
                asm_name: None,
                origin: c.origin.clone(),
            }),
        }
    }
    (functions, globals)
}

/// `extern` blocks: the block's archive (if any) and `libraries`, then each library alone.
fn linked_items(block: &Block, cx: &Cx, binding: &Binding) -> Vec<TokenStream> {
    let (rt_fns, rt_globals) = runtime_constants(cx, binding);
    let (stdcall, c): (Vec<&Function>, Vec<&Function>) = cx
        .cdef
        .functions
        .iter()
        .chain(&rt_fns)
        .partition(|f| f.abi() == "stdcall");
    let fns = c.into_iter().map(|f| functions::extern_fn(cx, f));
    let globals = cx
        .cdef
        .globals
        .iter()
        .chain(&rt_globals)
        .map(|g| values::extern_global(cx, g, binding));
    let libraries: Vec<String> = block.libraries.iter().map(|l| l.value()).collect();
    let (first_link, rest): (TokenStream, &[String]) = match binding {
        Binding::Static {
            archive: Some(lib), ..
        } => (
            quote!(#[link(name = #lib, kind = "static")]),
            &libraries[..],
        ),
        _ => match libraries.split_first() {
            Some((first, rest)) => (quote!(#[link(name = #first)]), rest),
            None => (quote!(), &[]),
        },
    };
    let mut sys = Vec::new();
    let has_externs = !cx.cdef.functions.is_empty()
        || !cx.cdef.globals.is_empty()
        || !rt_fns.is_empty()
        || !rt_globals.is_empty();
    if has_externs || !first_link.is_empty() {
        let body = braced(fns.chain(globals));
        sys.push(quote! {
            #first_link
            unsafe extern "C" #body
        });
    }
    // 32-bit x86's `__stdcall` functions, called directly (ABI mode).
    if !stdcall.is_empty() {
        let body = braced(stdcall.into_iter().map(|f| functions::extern_fn(cx, f)));
        sys.push(quote!(unsafe extern "stdcall" #body));
    }
    // Later `#[link]`s come later on the linker's command line, after the code that needs them.
    sys.extend(rest.iter().map(|lib| {
        quote! {
            #[link(name = #lib)]
            unsafe extern "C" {}
        }
    }));
    sys
}

/// The library (and artifact) statics, and each function and global resolved on first use.
fn lazy_items(cx: &Cx, binding: &Binding) -> Vec<TokenStream> {
    let Binding::Lazy {
        artifact,
        library,
        prefix,
    } = binding
    else {
        return Vec::new();
    };
    let mut sys = Vec::new();
    if let Some(artifact) = artifact {
        let exports = callbacks::artifact_exports(cx, prefix.as_deref().unwrap_or_default());
        sys.push(quote! {
            /// The shared object `ffi!` built for this block (see `artifact()`).
            pub static ARTIFACT: ::ffi_runtime::Artifact = #artifact #exports;
        });
    }
    sys.push(quote! {
        /// The C library, opened on first use (or by `load()`), once.
        pub static LIBRARY: ::ffi_runtime::Library = #library;
    });
    let (rt_fns, rt_globals) = runtime_constants(cx, binding);
    for f in cx.cdef.functions.iter().chain(&rt_fns) {
        sys.push(functions::lazy_fn(cx, f));
    }
    for g in cx.cdef.globals.iter().chain(&rt_globals) {
        let symbol = match prefix {
            Some(p) => symbols::getter(p, &g.name),
            None => g.asm_name.clone().unwrap_or_else(|| g.name.clone()),
        };
        sys.push(values::lazy_global(cx, g, &symbol, prefix.is_some()));
    }
    sys
}

/// What a top-level item is, for the lints it needs in place.
pub enum Kind {
    Fn,
    Const,
    /// The block's imports: only in a module.
    Use,
}

/// Wrappers, accessors and constants under their C names.
fn top_items(cx: &Cx, binding: &Binding) -> syn::Result<Vec<(Kind, TokenStream)>> {
    let mut top = Vec::new();
    let (rt_fns, rt_globals) = runtime_constants(cx, binding);
    for f in cx
        .cdef
        .functions
        .iter()
        .chain(&rt_fns)
        .filter(|f| !f.sig.variadic)
    {
        top.push((Kind::Fn, functions::wrapper(cx, f)));
    }
    for g in &cx.cdef.globals {
        top.push((Kind::Fn, values::global_accessor(cx, g, binding)));
    }
    for g in &rt_globals {
        top.push((Kind::Fn, constant_reader(cx, g, binding)));
    }
    for e in cx.cdef.enums.iter().filter(|e| !cx.cdef.is_foreign_enum(e)) {
        top.extend(
            values::enumerators(cx, e)
                .into_iter()
                .map(|c| (Kind::Const, c)),
        );
    }
    for c in cx.cdef.constants.iter().filter(|c| c.value.is_some()) {
        top.push((Kind::Const, values::constant(cx, c)?));
    }
    Ok(top)
}

/// ABI mode: a constant read from the library's symbol.
fn constant_reader(cx: &Cx, g: &Global, binding: &Binding) -> TokenStream {
    let name = types::ident(&g.name);
    let doc = decl_doc(&g.origin);
    let ty = types::rust(cx, &g.ty);
    let read = match binding {
        Binding::Link => quote!(sys::#name),
        _ => quote!(*sys::#name()),
    };
    quote! {
        #doc
        ///
        /// A constant the library holds: read on each call.
        #[inline]
        pub fn #name() -> #ty {
            // SAFETY: the library defines the constant with the cdef's type.
            unsafe { #read }
        }
    }
}

fn lazy_accessors(binding: &Binding) -> Vec<(Kind, TokenStream)> {
    let Binding::Lazy { artifact, .. } = binding else {
        return Vec::new();
    };
    let mut top = vec![(
        Kind::Fn,
        quote! {
            /// Opens the C library now, if it is not open yet. Without this, the first call
            /// opens it; a call that cannot load panics with the error this returns.
            pub fn load() -> ::core::result::Result<(), ::ffi_runtime::Error> {
                sys::LIBRARY.load()
            }
        },
    )];
    if artifact.is_some() {
        top.push((
            Kind::Fn,
            quote! {
                /// The shared object to ship with the binary: its file name, hash and build path.
                pub fn artifact() -> &'static ::ffi_runtime::Artifact {
                    &sys::ARTIFACT
                }
            },
        ));
    }
    top
}

/// Notes from the front end (a `#pragma` ignored, …) as compiler warnings on the cdef: a
/// use of a deprecated item is the warning a stable proc macro can raise. Kept out of the
/// cached items, which lose their spans.
pub fn notes(block: &Block, notes: &[Note]) -> TokenStream {
    let warnings = notes.iter().enumerate().map(|(i, n)| {
        let span = block.cdef_span();
        let name = proc_macro2::Ident::new(&format!("cdef_note_{i}"), span);
        let text = match n.line {
            0 => n.message.clone(),
            line => format!("cdef line {line}: {}", n.message),
        };
        let use_it = quote::quote_spanned!(span=> let _ = #name;);
        quote! {
            const _: () = {
                #[deprecated(note = #text)]
                #[allow(non_upper_case_globals)]
                const #name: () = ();
                #use_it
            };
        }
    });
    quote!(#(#warnings)*)
}

/// `sys`, the re-export, the top-level items and `callbacks`, in a module or in place.
/// In a module the types are the module's own and `sys` re-exports them (one level less
/// of nesting for most of the expansion); in place they are `sys`'s, as there is no module
/// to carry their lints.
fn layout(
    block: &Block,
    types: Types,
    mut sys: Vec<TokenStream>,
    top: Vec<(Kind, TokenStream)>,
    callbacks: TokenStream,
) -> TokenStream {
    let sys_doc = quote! {
        /// The raw layer: `#[repr(C)]` types and `extern "C"` functions with C's exact signatures.
        /// Calling one is `unsafe`: every pointer must be valid for what the C function does
        /// with it. A raw call does not resume a callback's panic: call
        /// `ffi_runtime::callback::resume_panic()` after it.
    };
    if block.module.is_some() {
        // After the imports, which `items` put first.
        sys.insert(1, types.reexports());
        let sys = braced(sys);
        let mut top = top.into_iter().map(|(_, t)| t);
        let mut items: TokenStream = top.next().into_iter().collect();
        items.extend(types.items);
        items.extend(quote! {
            #sys_doc
            pub mod sys #sys
            pub use self::sys::*;
        });
        items.extend(top);
        items.extend(callbacks);
        return items;
    }
    sys.splice(1..1, types.items); // after the imports, too
    let sys = braced(sys);
    let allow = allow();
    // In place there is no module to carry the lints: each item names what it needs.
    let top = top.into_iter().map(|(kind, t)| {
        let mut item = match kind {
            Kind::Fn => quote!(#[allow(non_snake_case, dead_code, clippy::too_many_arguments, clippy::let_unit_value)]),
            Kind::Const => quote!(#[allow(non_upper_case_globals, dead_code)]),
            Kind::Use => TokenStream::new(),
        };
        item.extend(t);
        item
    });
    let mut items = quote! {
        #sys_doc
        #[allow(#allow)]
        pub mod sys #sys
        #[allow(unused_imports)]
        pub use self::sys::*;
    };
    items.extend(top);
    items.extend(callbacks);
    items
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
        clippy::upper_case_acronyms,
        clippy::let_unit_value
    }
}

/// Puts the items in the user's `mod` (with their attributes and visibility), with what
/// the cache does not hold: the user's own Rust functions, notes, rebuild triggers.
pub fn wrap(
    block: &Block,
    items: TokenStream,
    notes: &[Note],
    read_files: &[String],
) -> TokenStream {
    let triggers = crate::input::rebuild_triggers(read_files);
    let notes = self::notes(block, notes);
    let rust = callbacks::implementations(block);
    match &block.module {
        Some(name) => {
            let attrs = &block.attrs;
            let vis = &block.vis;
            let allow = allow();
            let body = braced([quote!(#![allow(#allow)]), items, rust, notes, triggers]);
            quote! {
                #(#attrs)*
                #vis mod #name #body
            }
        }
        None => {
            let mut all = items;
            all.extend([rust, notes, triggers]);
            all
        }
    }
}
