//! Enums, typedefs, constants and global variables.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::types::{ident, prim, rust};
use super::{Binding, Cx};
use crate::model::*;
use crate::toolchain::symbols;

pub fn enum_type(cx: &Cx, e: &Enum) -> Option<TokenStream> {
    if e.name.is_empty() {
        return None;
    }
    let name = ident(&e.name);
    let repr = prim(cx, e.repr());
    let doc = super::decl_doc(&e.origin);
    Some(quote! {
        #doc
        #[repr(transparent)]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct #name(pub #repr);
        // SAFETY: an integer.
        unsafe impl ::ffi_runtime::callback::Zeroable for #name {}
    })
}

/// One constant per enumerator, typed by the enum; an anonymous enum's are C's `int`s (the
/// type C gives enumerators), as the `int` parameters they are passed to expect.
pub fn enumerators(cx: &Cx, e: &Enum) -> Vec<TokenStream> {
    let plain = prim(cx, e.constant_type());
    e.enumerators
        .iter()
        .filter_map(|en| {
            let v = en.value?;
            let n = ident(&en.name);
            let lit = int_literal(v);
            let doc = super::doc(&format!("{} = {v}", en.name));
            Some(if e.name.is_empty() {
                quote!(#doc pub const #n: #plain = #lit;)
            } else {
                let t = ident(&e.name);
                quote!(#doc pub const #n: #t = #t(#lit);)
            })
        })
        .collect()
}

fn int_literal(v: i128) -> TokenStream {
    let abs = Literal::u128_unsuffixed(v.unsigned_abs());
    if v < 0 { quote!(-#abs) } else { quote!(#abs) }
}

pub fn typedef(cx: &Cx, t: &Typedef) -> TokenStream {
    let name = ident(&t.name);
    let doc = super::decl_doc(&t.origin);
    match &t.target {
        TypedefTarget::Ty(ty) if super::types::is_opaque_fn(cx, ty) => quote! {
            #doc
            ///
            /// Rust can hold this function pointer but not call it: it passes by value what
            /// only the C compiler knows how to pass.
            pub type #name = ::ffi_runtime::types::OpaqueFn;
        },
        TypedefTarget::Ty(ty) => {
            let target = rust(cx, ty);
            quote!(#doc pub type #name = #target;)
        }
        TypedefTarget::Opaque(Some(layout)) => {
            let size = Literal::u64_unsuffixed(layout.size);
            let align = Literal::u64_unsuffixed(layout.align.max(1));
            quote! {
                #doc
                ///
                /// Opaque: a value of the C compiler's size and alignment; passed to C by value
                /// through the glue.
                #[repr(C, align(#align))]
                #[derive(Clone, Copy, Debug)]
                pub struct #name {
                    _opaque: [u8; #size],
                }
            }
        }
        // Incomplete in C: only ever behind a pointer.
        TypedefTarget::Opaque(None) | TypedefTarget::ProbedNumber { .. } => {
            let incomplete = super::records::incomplete(&name);
            quote! {
                #doc
                ///
                /// Opaque and incomplete in C: use it behind a pointer.
                #incomplete
            }
        }
    }
}

/// A compile-time constant as a `pub const`.
pub fn constant(cx: &Cx, c: &Constant) -> syn::Result<TokenStream> {
    let name = ident(&c.name);
    let doc = (!restates_literal(&c.origin.text, &c.name)).then(|| super::doc(&c.origin.text));
    let value = c.value.as_ref().ok_or_else(|| {
        syn::Error::new(
            proc_macro2::Span::call_site(),
            format!("internal: `{}` has no value", c.name),
        )
    })?;
    let (ty, expr) = match value {
        ConstValue::Int(v, Prim::Bool) => (
            quote!(bool),
            if *v != 0 { quote!(true) } else { quote!(false) },
        ),
        ConstValue::Int(v, p) => typed_int(cx, c, *v, *p),
        ConstValue::Float(v, p) => (prim(cx, *p), float_literal(cx, *v, *p)),
        ConstValue::Str(bytes) => {
            let cstr = std::ffi::CString::new(bytes.clone()).map_err(|_| {
                syn::Error::new(
                    proc_macro2::Span::call_site(),
                    format!("`{}` holds a NUL byte and cannot be a `&CStr`", c.name),
                )
            })?;
            let lit = Literal::c_string(&cstr);
            let cstr = cx.imports.ffi("CStr");
            (quote!(&#cstr), quote!(#lit))
        }
    };
    Ok(quote!(#doc pub const #name: #ty = #expr;))
}

/// Whether the C text is `#define NAME literal`, which the Rust constant says again.
fn restates_literal(text: &str, name: &str) -> bool {
    let Some(body) = text
        .trim()
        .strip_prefix("#define")
        .and_then(|t| t.trim_start().strip_prefix(name))
    else {
        return false;
    };
    let body = body.trim();
    let number = body.starts_with(|c: char| c.is_ascii_digit())
        && body.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    let string = body.len() >= 2
        && body.starts_with('"')
        && body.ends_with('"')
        && !body[1..body.len() - 1].contains(['"', '\\']);
    number || string
}

/// An integer constant keeps a declared type (a typedef, an enum); else C's type for it.
fn typed_int(cx: &Cx, c: &Constant, v: i128, p: Prim) -> (TokenStream, TokenStream) {
    let lit = int_literal(v);
    match &c.source {
        ConstSource::ProbedTyped(ty) | ConstSource::Typed(ty) => {
            let t = rust(cx, ty);
            match cx.cdef.resolve(ty) {
                Ty::Enum(e) => {
                    let e = ident(e);
                    (t, quote!(#e(#lit)))
                }
                _ => (t, lit),
            }
        }
        _ => (prim(cx, p), lit),
    }
}

fn float_literal(cx: &Cx, v: f64, p: Prim) -> TokenStream {
    let t = prim(cx, p);
    if v.is_nan() {
        quote!(#t::NAN)
    } else if v.is_infinite() {
        if v > 0.0 {
            quote!(#t::INFINITY)
        } else {
            quote!(#t::NEG_INFINITY)
        }
    } else if p == Prim::Float {
        let l = Literal::f32_unsuffixed(v as f32);
        quote!(#l)
    } else {
        let l = Literal::f64_unsuffixed(v);
        quote!(#l)
    }
}

/// A constant only known at run time (a `const` variable, a macro that calls a function):
/// a function returning its value, through a glue getter (API mode) or read from the
/// library's symbol (ABI mode).
pub fn runtime_constant(c: &Constant) -> Option<Function> {
    let ConstSource::ProbedTyped(ty) = &c.source else {
        return None;
    };
    let sig = FnSig::nullary(ty.clone());
    c.value
        .is_none()
        .then(|| Function::new(c.name.clone(), sig, None, c.origin.clone()))
}

/// The type a global's accessor returns: a pointer to the variable (or, for an array of
/// unknown length, to its first element).
pub fn global_ptr(g: &Global) -> Ty {
    match &g.ty {
        Ty::Array(elem, ArrayLen::Unknown) => Ty::ptr((**elem).clone(), g.is_const),
        ty => Ty::ptr(ty.clone(), g.is_const),
    }
}

/// Inside `sys`: the glue getter (API mode), or the variable itself (link mode).
pub fn extern_global(cx: &Cx, g: &Global, binding: &Binding) -> TokenStream {
    let name = ident(&g.name);
    let doc = super::decl_doc(&g.origin);
    match binding {
        Binding::Static { prefix, .. } => {
            let symbol = symbols::getter(prefix, &g.name);
            let ptr = rust(cx, &global_ptr(g));
            quote! {
                #doc
                #[link_name = #symbol]
                pub fn #name() -> #ptr;
            }
        }
        Binding::Link | Binding::Lazy { .. } => {
            let ty = rust(cx, &g.ty);
            let mutability = (!g.is_const).then(|| quote!(mut));
            let link_name = g.asm_name.as_ref().map(|s| quote!(#[link_name = #s]));
            quote! {
                #doc
                #link_name
                pub static #mutability #name: #ty;
            }
        }
    }
}

/// Inside `sys` in lazy blocks: the variable's address (`dlopen`), or the glue getter's
/// result (`mode shared`).
pub fn lazy_global(cx: &Cx, g: &Global, symbol: &str, via_getter: bool) -> TokenStream {
    let name = ident(&g.name);
    let doc = super::decl_doc(&g.origin);
    let ptr = rust(cx, &global_ptr(g));
    let symbol = super::functions::lazy_symbol(symbol);
    let void = cx.imports.ffi("c_void");
    let body = if via_getter {
        quote! {
            // SAFETY: the glue getter takes no arguments and returns the address.
            let getter = unsafe { ::core::mem::transmute::<*mut #void, unsafe extern "C" fn() -> #ptr>(SYMBOL.get(&LIBRARY)) };
            unsafe { getter() }
        }
    } else {
        quote!(SYMBOL.get(&LIBRARY).cast())
    };
    quote! {
        #doc
        ///
        /// # Safety
        ///
        /// Resolves the C variable; the pointer is valid while the library stays loaded (always).
        #[inline]
        pub unsafe fn #name() -> #ptr {
            #symbol
            #body
        }
    }
}

pub fn global_accessor(cx: &Cx, g: &Global, binding: &Binding) -> TokenStream {
    let name = ident(&g.name);
    let doc = super::decl_doc(&g.origin);
    let ptr = rust(cx, &global_ptr(g));
    let body = match binding {
        Binding::Static { .. } | Binding::Lazy { .. } => quote! {
            // SAFETY: the getter only takes the variable's address.
            unsafe { sys::#name() }
        },
        Binding::Link => {
            let addr = if g.is_const {
                quote!(&raw const sys::#name)
            } else {
                quote!(&raw mut sys::#name)
            };
            let cast = matches!(g.ty, Ty::Array(_, ArrayLen::Unknown)).then(|| quote!(.cast()));
            quote! {
                // SAFETY: taking the address of an extern static reads nothing.
                unsafe { #addr #cast }
            }
        }
    };
    quote! {
        #doc
        ///
        /// Returns a raw pointer to the C variable; reading or writing through it is `unsafe`.
        #[inline]
        pub fn #name() -> #ptr {
            #body
        }
    }
}
