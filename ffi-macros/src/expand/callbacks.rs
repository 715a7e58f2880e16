//! Calls from C into Rust: the cdef's `extern "Rust"` declarations, implemented by the
//! block's `fn` items (or paths), and the check every wrapper makes after its C call.
//!
//! ```text
//! fn visit(ctx: *mut c_void, value: c_int) -> c_int { … }   // the user's, as written
//! const __ffi_rust_visit: fn(*mut c_void, c_int) -> c_int = visit;   // rustc checks the type
//! pub mod callbacks {
//!     #[unsafe(export_name = "__ffi_<hash>_rust_visit")]   // the symbol C calls (static)
//!     pub extern "C" fn visit(ctx: *mut c_void, value: c_int) -> c_int {
//!         guard(|| super::__ffi_rust_visit(ctx, value), || <onerror>)
//!     }
//! }
//! ```
//!
//! Closures and plain functions as callbacks need nothing generated: `ffi_runtime::callback`
//! has generic trampolines for every C function-pointer type.

use proc_macro2::TokenStream;
use quote::{IdentFragment, format_ident, quote, quote_spanned};

use super::functions::param_names;
use super::types::{self, ident};
use super::{Binding, Cx};
use crate::errors::Errors;
use crate::input::{Block, Body, RustFn};
use crate::model::*;
use crate::toolchain::symbols;

/// What a wrapper does after its C call returns: resume a panic a callback caught, in a
/// block whose C can call Rust at all.
pub fn resume_after_call(cx: &Cx) -> TokenStream {
    match cx.calls_back {
        true => quote!(::ffi_runtime::callback::resume_panic();),
        false => quote!(),
    }
}

/// The same as an expression: `call`'s value (an `unsafe` block), once a panic a callback
/// caught during it is resumed.
pub fn resumed(cx: &Cx, call: TokenStream) -> TokenStream {
    match cx.calls_back {
        true => quote!(::ffi_runtime::callback::resumed(#call)),
        false => call,
    }
}

/// The `extern "Rust"` functions' part of the cached items: for each, the Rust type its
/// implementation must have, and the `callbacks` module of functions C calls.
pub fn items(block: &Block, cx: &Cx, binding: &Binding) -> syn::Result<TokenStream> {
    let declared = &cx.cdef.rust_functions;
    if declared.is_empty() && block.rust_fns.is_empty() {
        return Ok(quote!());
    }
    check(block, cx, binding)?;
    let mut types = TokenStream::new();
    let mut body = quote! {
        #[allow(unused_imports)]
        use super::*;
    };
    for f in declared {
        let Some(imp) = block.rust_fns.iter().find(|r| r.name == f.name) else {
            continue;
        };
        let alias = type_alias(f.name.as_str());
        let fn_ptr = safe_fn_type(cx, &f.sig);
        types.extend(quote! {
            #[doc(hidden)]
            #[allow(non_camel_case_types)]
            pub type #alias = #fn_ptr;
        });
        body.extend(export(cx, f, imp, binding));
    }
    let body = super::braced([body]);
    Ok(quote! {
        #types
        /// The Rust functions C calls (the cdef's `extern "Rust"` declarations), as C
        /// function pointers too. A panic in one is caught: C receives the error value and
        /// the panic resumes when the C call that led to it returns to Rust.
        pub mod callbacks #body
    })
}

/// The user's side of each `extern "Rust"` function, never cached (it carries the user's
/// spans, so errors and panics point into their code): the function when the block
/// contains it, and a constant of the C signature's Rust type holding it, so a mismatch is
/// rustc's type error at the user's code.
pub fn implementations(block: &Block) -> TokenStream {
    let mut out = TokenStream::new();
    let contains_fns = block
        .rust_fns
        .iter()
        .any(|r| matches!(r.body, Body::Item(_)));
    if contains_fns && block.module.is_some() {
        // A function written in the block is an item of its module: it sees the C names,
        // and C's scalar types as `core::ffi` names them (`c_int`, `c_void`, …).
        out.extend(quote! {
            #[allow(unused_imports)]
            use ::core::ffi::*;
        });
    }
    for imp in &block.rust_fns {
        let checked = checked_const(&imp.name);
        let alias = type_alias(&imp.name);
        let (item, value) = match &imp.body {
            Body::Item(item) => {
                let name = &imp.name;
                (item.clone(), quote!(#name))
            }
            Body::Path(path) => (TokenStream::new(), quote!(#path)),
        };
        let span = imp.span();
        out.extend(item);
        out.extend(quote_spanned! {span=>
            #[doc(hidden)]
            #[allow(non_upper_case_globals)]
            const #checked: #alias = #value;
        });
    }
    out
}

/// `__ffi_rust_X_fn`: the Rust type `X`'s implementation must have. The cached items
/// declare it; the uncached ones name it. (From an `Ident`, the name keeps its span.)
fn type_alias<N: IdentFragment + ?Sized>(name: &N) -> proc_macro2::Ident {
    format_ident!("__ffi_rust_{}_fn", name)
}

/// `__ffi_rust_X`: the constant holding `X`'s implementation, checked against its type.
fn checked_const<N: IdentFragment + ?Sized>(name: &N) -> proc_macro2::Ident {
    format_ident!("__ffi_rust_{}", name)
}

/// Every declaration has one implementation and every implementation one declaration,
/// in a mode where C code of the block can call it.
fn check(block: &Block, cx: &Cx, binding: &Binding) -> syn::Result<()> {
    let mut errors = Errors::new();
    let has_source = matches!(binding, Binding::Static { .. })
        || matches!(
            binding,
            Binding::Lazy {
                prefix: Some(_),
                ..
            }
        );
    if !has_source && let Some(f) = cx.cdef.rust_functions.first() {
        errors.push(crate::cdef::error_at_line(
            block,
            f.origin.line,
            "`extern \"Rust\"` functions are called by the block's C code: they need a `source` \
             (API mode, `mode static` or `mode shared`)",
        ));
    }
    for f in &cx.cdef.rust_functions {
        if !block.rust_fns.iter().any(|r| r.name == f.name) {
            let name = &f.name;
            errors.push(crate::cdef::error_at_line(
                block,
                f.origin.line,
                &format!(
                    "`extern \"Rust\"` function `{name}` has no implementation: add \
                     `fn {name}(…) {{ … }}` or `fn {name} = path::to::function;` to the block"
                ),
            ));
        }
        let by_pointer = f
            .sig
            .value_types()
            .any(|t| cx.cdef.crossing(t) == Crossing::ByPointer);
        if by_pointer {
            errors.push(crate::cdef::error_at_line(
                block,
                f.origin.line,
                &format!(
                    "`extern \"Rust\"` function `{}` passes by value a `...;` struct or a \
                     `typedef ...` type, which Rust cannot receive as C passes it: pass a pointer",
                    f.name
                ),
            ));
        }
    }
    for r in &block.rust_fns {
        if !cx.cdef.rust_functions.iter().any(|f| r.name == f.name) {
            errors.push(syn::Error::new(
                r.span(),
                format!(
                    "`fn {}` implements no `extern \"Rust\"` declaration of the cdef",
                    r.name
                ),
            ));
        }
    }
    errors.finish()
}

/// `fn(params) -> ret`: the Rust type the implementation must have.
fn safe_fn_type(cx: &Cx, sig: &FnSig) -> TokenStream {
    let params = sig.params.iter().map(|p| received(cx, &p.ty));
    let ret = received_ret(cx, &sig.ret);
    quote!(fn(#(#params),*) #ret)
}

/// How an `extern "Rust"` function receives a C type: as it crosses into C (a `long double`
/// as `f64`, the glue converting; what would cross by pointer `check` refuses).
fn received(cx: &Cx, ty: &Ty) -> TokenStream {
    types::crossing(cx, ty, false)
}

fn received_ret(cx: &Cx, ty: &Ty) -> TokenStream {
    if *ty == Ty::Void {
        return quote!();
    }
    let t = received(cx, ty);
    quote!(-> #t)
}

/// The `extern "C"` function C calls: under the block's hashed symbol in a static archive,
/// through the artifact's table in a shared object.
fn export(cx: &Cx, f: &Function, imp: &RustFn, binding: &Binding) -> TokenStream {
    let name = ident(&f.name);
    let checked = checked_const(f.name.as_str());
    let names = param_names(&f.sig);
    let params = f.sig.params.iter().zip(&names).map(|(p, n)| {
        let t = received(cx, &p.ty);
        quote!(#n: #t)
    });
    let ret = received_ret(cx, &f.sig.ret);
    let on_panic = match &imp.onerror {
        Some(value) => quote!(|| #value),
        None => quote!(::ffi_runtime::callback::zeroed),
    };
    let doc = super::decl_doc(&f.origin);
    let export_name = match binding {
        Binding::Static { prefix, .. } => {
            let symbol = symbols::rust_function(prefix, &f.name);
            quote!(#[unsafe(export_name = #symbol)])
        }
        _ => quote!(),
    };
    quote! {
        #doc
        #export_name
        pub extern "C" fn #name(#(#params),*) #ret {
            ::ffi_runtime::callback::guard(|| super::#checked(#(#names),*), #on_panic)
        }
    }
}

/// `mode shared`: the artifact's table of `extern "Rust"` functions, for its loader.
pub fn artifact_exports(cx: &Cx, prefix: &str) -> TokenStream {
    if cx.cdef.rust_functions.is_empty() {
        return quote!();
    }
    let table = symbols::rust_table(prefix);
    let table = proc_macro2::Literal::c_string(&std::ffi::CString::new(table).unwrap_or_default());
    let functions = cx.cdef.rust_functions.iter().map(|f| {
        let name = ident(&f.name);
        quote!(::ffi_runtime::Export::new(super::callbacks::#name as *const ()))
    });
    quote!(.with_exports(#table, &[#(#functions),*]))
}
