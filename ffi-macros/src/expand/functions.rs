//! Functions: the raw declaration in `sys` (an `extern` item, or one resolved on first use),
//! and the wrapper under the C name.
//!
//! `sys` has C's signature except where Rust cannot pass a value as C does: a `long double`
//! crosses as `f64`, an opaque value through a pointer (the glue converts). The wrapper
//! always has the C signature, by value; where it would be the `sys` item again (an
//! `unsafe fn` that only forwards), there is none and the `sys` item is re-exported.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::Cx;
use super::types::{self, crossing, ident, rust};
use crate::model::*;

/// Parameter names as identifiers (see [`FnSig::param_names`]).
pub fn param_names(sig: &FnSig) -> Vec<Ident> {
    sig.param_names().iter().map(|n| ident(n)).collect()
}

/// The raw signature as it crosses into C: `(params) -> ret`, with an out-pointer first
/// when the result crosses by pointer. `names` are the parameters' (see [`declared_names`]).
fn raw_signature(cx: &Cx, sig: &FnSig, names: &[TokenStream]) -> (Vec<TokenStream>, TokenStream) {
    let mut params: Vec<TokenStream> = sig
        .params
        .iter()
        .zip(names)
        .map(|(p, n)| {
            let t = crossing(cx, &p.ty, false);
            quote!(#n: #t)
        })
        .collect();
    let ret = match cx.cdef.crossing(&sig.ret) {
        Crossing::ByPointer => {
            let t = crossing(cx, &sig.ret, true);
            params.insert(0, quote!(ret: #t));
            quote!()
        }
        Crossing::AsDouble => quote!(-> f64),
        Crossing::Direct => types::ret(cx, &sig.ret),
    };
    (params, ret)
}

/// In an `extern` declaration, C's parameter names, and `_` where C gives none: no body
/// needs a name, so none is made up.
fn declared_names(sig: &FnSig) -> Vec<TokenStream> {
    let names = param_names(sig);
    sig.params
        .iter()
        .zip(names)
        .map(|(p, n)| {
            if p.name.is_some() {
                quote!(#n)
            } else {
                quote!(_)
            }
        })
        .collect()
}

/// The raw `extern "C"` declaration of a function inside `sys`, under its symbol.
pub fn extern_fn(cx: &Cx, f: &Function) -> TokenStream {
    let name = ident(&f.name);
    let (params, ret) = raw_signature(cx, &f.sig, &declared_names(&f.sig));
    let dots = f.sig.variadic.then(|| quote!(, ...));
    let doc = sys_doc(cx, f);
    let symbol = f.symbol.as_deref().unwrap_or_else(|| f.c_symbol());
    let link_name = (symbol != f.name).then(|| quote!(#[link_name = #symbol]));
    quote! {
        #doc
        #link_name
        pub fn #name(#(#params),* #dots) #ret;
    }
}

/// The C declaration, on the item users call by the C name: the wrapper if there is one.
fn sys_doc(cx: &Cx, f: &Function) -> TokenStream {
    if has_wrapper(cx, f) {
        return quote!();
    }
    let mut doc = super::decl_doc(&f.origin);
    doc.extend(conversion_doc(f));
    doc
}

/// Inside `sys` in `dlopen`/`mode shared` blocks: a function whose address is resolved on
/// its first call and cached (one atomic load afterwards).
pub fn lazy_fn(cx: &Cx, f: &Function) -> TokenStream {
    let name = ident(&f.name);
    let doc = sys_doc(cx, f);
    if f.sig.variadic {
        let symbol = lazy_symbol(f.symbol.as_deref().unwrap_or_else(|| f.c_symbol()));
        let fn_ty = types::fn_type(cx, &f.sig);
        let void = cx.imports.ffi("c_void");
        // Rust cannot define a C-variadic function: hand out the pointer to call instead.
        return quote! {
            #doc
            ///
            /// Variadic: returns the C function to call, resolved on first use.
            #[inline]
            pub fn #name() -> #fn_ty {
                #symbol
                // SAFETY: the symbol has the cdef's signature.
                unsafe { ::core::mem::transmute::<*mut #void, #fn_ty>(SYMBOL.get(&LIBRARY)) }
            }
        };
    }
    let named: Vec<TokenStream> = param_names(&f.sig).iter().map(|n| quote!(#n)).collect();
    let (params, ret) = raw_signature(cx, &f.sig, &named);
    let names = raw_names(cx, &f.sig);
    let abi = format!("{}-unwind", f.abi());
    let fn_ty = raw_fn_type(cx, &f.sig, &abi);
    let c_name = lazy_name(f.symbol.as_deref().unwrap_or_else(|| f.c_symbol()));
    // The pointer starts at `resolve`, which stores the real address and calls it: later
    // calls are one load and one indirect call. "C-unwind": a library that cannot be
    // loaded panics, as a call that cannot load always has, instead of aborting.
    quote! {
        #doc
        #[inline]
        pub unsafe fn #name(#(#params),*) #ret {
            type F = #fn_ty;
            static FN: ::ffi_runtime::LazyFn = ::ffi_runtime::LazyFn::new(#c_name, resolve as *mut _);
            unsafe extern #abi fn resolve(#(#params),*) #ret {
                // SAFETY: the symbol has the cdef's signature.
                unsafe { FN.resolve::<F>(&LIBRARY)(#(#names),*) }
            }
            // SAFETY: `FN` holds `resolve` or the symbol, both of type `F`.
            unsafe { FN.get::<F>()(#(#names),*) }
        }
    }
}

/// A symbol's name as the C string literal the loader looks it up by.
fn lazy_name(symbol: &str) -> proc_macro2::Literal {
    let cstr = std::ffi::CString::new(symbol).unwrap_or_default();
    proc_macro2::Literal::c_string(&cstr)
}

fn raw_names(cx: &Cx, sig: &FnSig) -> Vec<Ident> {
    let mut names = param_names(sig);
    if cx.cdef.crossing(&sig.ret) == Crossing::ByPointer {
        names.insert(0, format_ident!("ret"));
    }
    names
}

/// The raw signature as a function pointer type of the ABI given.
fn raw_fn_type(cx: &Cx, sig: &FnSig, abi: &str) -> TokenStream {
    let mut params: Vec<TokenStream> = sig
        .params
        .iter()
        .map(|p| crossing(cx, &p.ty, false))
        .collect();
    let ret = match cx.cdef.crossing(&sig.ret) {
        Crossing::ByPointer => {
            params.insert(0, crossing(cx, &sig.ret, true));
            quote!()
        }
        Crossing::AsDouble => quote!(-> f64),
        Crossing::Direct => types::ret(cx, &sig.ret),
    };
    quote!(unsafe extern #abi fn(#(#params),*) #ret)
}

pub fn lazy_symbol(symbol: &str) -> TokenStream {
    let lit = lazy_name(symbol);
    quote!(static SYMBOL: ::ffi_runtime::Symbol = ::ffi_runtime::Symbol::new(#lit);)
}

/// How a parameter crosses the wrapper.
#[derive(Clone, Copy, PartialEq)]
enum Pass {
    Value,
    CStr,
    /// A value the glue takes by pointer: the wrapper lends it (`unsafe`: when the value
    /// may hold an address).
    Lent {
        safe: bool,
    },
    Raw,
}

impl Pass {
    fn is_safe(&self) -> bool {
        !matches!(self, Pass::Raw | Pass::Lent { safe: false })
    }
}

fn pass(cx: &Cx, ty: &Ty) -> Pass {
    let resolved = cx.cdef.resolve(ty);
    if let Ty::Ptr { pointee, quals } = resolved {
        let c_string =
            quals == &Quals::constness(true) && *cx.cdef.resolve(pointee) == Ty::Prim(Prim::Char);
        return if c_string { Pass::CStr } else { Pass::Raw };
    }
    // A struct with a pointer field, or an opaque type C does not call a number: C
    // follows whatever address safe code put there.
    let safe = !cx.cdef.holds_pointer(ty);
    if cx.cdef.crossing(ty) == Crossing::ByPointer {
        return Pass::Lent { safe };
    }
    if !safe {
        return Pass::Raw;
    }
    match resolved {
        Ty::Prim(_) | Ty::Enum(_) => Pass::Value,
        Ty::Record(n) if cx.cdef.record(n).is_some_and(|r| r.fields.is_some()) => Pass::Value,
        Ty::Typedef(_) => Pass::Value, // an opaque typedef, passed by value
        _ => Pass::Raw,
    }
}

/// How each parameter crosses the wrapper, and whether the wrapper is safe; `None` when
/// there is no wrapper (variadic, or an `unsafe fn` that would only forward).
fn passes(cx: &Cx, f: &Function) -> Option<(Vec<Pass>, bool)> {
    if f.sig.variadic {
        return None;
    }
    let mut passes: Vec<Pass> = f
        .sig
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| match pass(cx, &p.ty) {
            Pass::CStr if !f.reads_string(cx.cdef, i) => Pass::Raw,
            other => other,
        })
        .collect();
    let never = cx.plans.never.contains(&f.name);
    let is_safe = !never && passes.iter().all(Pass::is_safe);
    if is_safe {
        return Some((passes, true));
    }
    if only_forwards(cx, f, &passes) {
        return None;
    }
    // An `unsafe fn` keeps C's raw signature, except values lent to the glue.
    passes
        .iter_mut()
        .filter(|p| **p == Pass::CStr)
        .for_each(|p| *p = Pass::Raw);
    Some((passes, false))
}

/// Whether the C name gets a wrapper of its own (else it is the re-exported `sys` item,
/// which then carries the doc comment).
pub fn has_wrapper(cx: &Cx, f: &Function) -> bool {
    cx.plans.functions.contains_key(&f.name) || passes(cx, f).is_some()
}

/// The wrapper under the C name: safe for values and `const char *`, or as its plan says
/// (see `safety`), else `unsafe`.
pub fn wrapper(cx: &Cx, f: &Function) -> TokenStream {
    if let Some(plan) = cx.plans.functions.get(&f.name) {
        return super::safe::wrapper(cx, f, plan);
    }
    let Some((passes, is_safe)) = passes(cx, f) else {
        // `pub use self::sys::*` shows the raw item under this name.
        return quote!();
    };
    let name = ident(&f.name);
    let mut doc = super::decl_doc(&f.origin);
    doc.extend(conversion_doc(f));
    let names = param_names(&f.sig);
    let params = f
        .sig
        .params
        .iter()
        .zip(&names)
        .zip(&passes)
        .map(|((p, n), pass)| {
            let t = match pass {
                Pass::CStr => {
                    let cstr = cx.imports.ffi("CStr");
                    quote!(&#cstr)
                }
                _ if cx.cdef.crossing(&p.ty) == Crossing::AsDouble => quote!(f64),
                _ => rust(cx, &p.ty),
            };
            quote!(#n: #t)
        });
    let args = names.iter().zip(&passes).map(|(n, pass)| match pass {
        Pass::CStr => quote!(#n.as_ptr()),
        Pass::Lent { .. } => quote!(&#n),
        _ => quote!(#n),
    });
    let (ret, body) = wrapper_body(cx, f, quote!(#(#args),*));
    let call = super::callbacks::resumed(cx, quote!(unsafe { #body }));
    if is_safe {
        quote! {
            #doc
            #[inline]
            pub fn #name(#(#params),*) #ret {
                // SAFETY: every argument is a value or a valid C string, as the signature requires.
                #call
            }
        }
    } else {
        quote! {
            #doc
            #[inline]
            pub unsafe fn #name(#(#params),*) #ret {
                // SAFETY: the caller upholds the C function's contract.
                #call
            }
        }
    }
}

/// Whether an `unsafe` wrapper would be the `sys` item again: the same signature, and no
/// panic only it could resume. A closure lent for the call resumes its own panic when the
/// loan ends; only the block's C calling `extern "Rust"` functions needs the wrapper's check.
fn only_forwards(cx: &Cx, f: &Function, passes: &[Pass]) -> bool {
    !passes.iter().any(|p| matches!(p, Pass::Lent { .. }))
        && cx.cdef.crossing(&f.sig.ret) != Crossing::ByPointer
        && cx.cdef.rust_functions.is_empty()
}

/// What the doc comment says of a wrapper whose cdef differs from its C declaration.
pub fn conversion_doc(f: &Function) -> TokenStream {
    let mut lines = Vec::new();
    if f.wrapped == Some(Wrap::Converts) {
        lines.push(
            " The C declaration differs from the cdef's: the glue converts the arguments and \
             result as a C call would."
                .to_string(),
        );
    }
    let names = param_names(&f.sig);
    for &i in &f.c_writes {
        if let Some(n) = names.get(i) {
            lines.push(format!(
                " `{n}` is `const` in the cdef but not in C's declaration, which may write \
                 through it: it is passed as the raw pointer."
            ));
        }
    }
    if lines.is_empty() {
        return quote!();
    }
    quote!(#[doc = ""] #(#[doc = #lines])*)
}

/// The wrapper's return type and the raw call producing it.
fn wrapper_body(cx: &Cx, f: &Function, args: TokenStream) -> (TokenStream, TokenStream) {
    let name = ident(&f.name);
    match cx.cdef.crossing(&f.sig.ret) {
        Crossing::ByPointer => {
            let t = rust(cx, &f.sig.ret);
            let comma = (!f.sig.params.is_empty()).then(|| quote!(,));
            (
                quote!(-> #t),
                quote!({
                    let mut out = ::core::mem::MaybeUninit::<#t>::uninit();
                    sys::#name(out.as_mut_ptr() #comma #args);
                    out.assume_init()
                }),
            )
        }
        Crossing::AsDouble => (quote!(-> f64), quote!(sys::#name(#args))),
        Crossing::Direct => (types::ret(cx, &f.sig.ret), quote!(sys::#name(#args))),
    }
}
