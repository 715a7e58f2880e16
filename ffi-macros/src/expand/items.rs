//! One generator per kind of C item.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Binding;
use super::types::{self, ident, rust};
use crate::model::*;

/// `#[doc = " `decl`"]`: the C declaration, quoted.
pub fn doc(c: &str) -> TokenStream {
    let text = format!(" `{}`", c.replace('`', "'"));
    quote!(#[doc = #text])
}

fn decl_doc(origin: &Origin) -> TokenStream {
    let text = origin.text.trim_end_matches(';');
    doc(&format!("{text};"))
}

pub fn record(cdef: &Cdef, r: &Record) -> syn::Result<TokenStream> {
    let name = ident(&r.name);
    let doc = decl_doc(&r.origin);
    let Some(fields) = &r.fields else {
        // The nomicon's opaque type: no size, not constructible, !Send, !Sync, !Unpin.
        return Ok(quote! {
            #doc
            #[repr(C)]
            pub struct #name {
                _opaque: [u8; 0],
                _marker: ::core::marker::PhantomData<(*mut u8, ::core::marker::PhantomPinned)>,
            }
        });
    };
    let body = match (r.partial, r.layout) {
        (true, Some(layout)) => partial_fields(cdef, r, fields, layout)?,
        _ => {
            let fields = fields.iter().map(|f| {
                let n = ident(&f.name);
                let t = rust(cdef, &f.ty);
                quote!(pub #n: #t)
            });
            quote!(#(#fields),*)
        }
    };
    let align = match (r.partial, r.layout) {
        (true, Some(l)) if l.align > 1 => {
            let a = Literal::u64_unsuffixed(l.align);
            quote!(, align(#a))
        }
        _ => quote!(),
    };
    let zeroed = quote! {
        /// All bits zero, which is a valid value of every C type this holds.
        impl ::core::default::Default for #name {
            fn default() -> Self {
                // SAFETY: integers, floats, `bool`, raw pointers and `Option<fn>` accept all-zero bits.
                unsafe { ::core::mem::zeroed() }
            }
        }
    };
    let asserts = layout_assertions(r);
    Ok(match r.kind {
        RecordKind::Struct => quote! {
            #doc
            #[repr(C #align)]
            #[derive(Clone, Copy, Debug)]
            pub struct #name { #body }
            #zeroed
            #asserts
        },
        RecordKind::Union => {
            let label = r.name.as_str();
            quote! {
                #doc
                #[repr(C #align)]
                #[derive(Clone, Copy)]
                pub union #name { #body }
                #zeroed
                #asserts
                impl ::core::fmt::Debug for #name {
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.debug_struct(#label).finish_non_exhaustive()
                    }
                }
            }
        }
    })
}

/// Named fields at the compiler's offsets, with padding between them.
fn partial_fields(
    cdef: &Cdef,
    r: &Record,
    fields: &[Field],
    layout: Layout,
) -> syn::Result<TokenStream> {
    let field = |f: &Field| {
        let n = ident(&f.name);
        let t = rust(cdef, &f.ty);
        quote!(pub #n: #t)
    };
    let mut pads = 0usize;
    let mut pad = |bytes: u64| {
        let name = quote::format_ident!("_pad{}", pads);
        pads += 1;
        let n = Literal::u64_unsuffixed(bytes);
        quote!(#name: [u8; #n])
    };
    let mut out = Vec::new();
    if r.kind == RecordKind::Union {
        out.extend(fields.iter().map(field));
        out.push(pad(layout.size));
        return Ok(quote!(#(#out),*));
    }
    let mut sorted: Vec<&Field> = fields.iter().collect();
    sorted.sort_by_key(|f| f.offset);
    let mut at = 0;
    for f in sorted {
        let (Some(offset), Some(size)) = (f.offset, f.size) else {
            return Err(syn::Error::new(
                proc_macro2::Span::call_site(),
                "field layout missing",
            ));
        };
        if offset < at {
            return Err(syn::Error::new(
                proc_macro2::Span::call_site(),
                format!(
                    "`{}` field `{}` overlaps the field before it",
                    r.name, f.name
                ),
            ));
        }
        if offset > at {
            out.push(pad(offset - at));
        }
        out.push(field(f));
        at = offset + size;
    }
    if layout.size > at {
        out.push(pad(layout.size - at));
    }
    Ok(quote!(#(#out),*))
}

/// The compiler's layout, checked by rustc: each line fails to compile (naming both
/// numbers) if the Rust type disagrees. Array lengths, not `assert!`, so `cargo expand`
/// shows one line per fact.
fn layout_assertions(r: &Record) -> TokenStream {
    let Some(layout) = r.layout else {
        return quote!();
    };
    let name = ident(&r.name);
    let fact = |n: u64, expr: TokenStream| {
        let n = Literal::u64_unsuffixed(n);
        quote!(const _: [(); #n] = [(); #expr];)
    };
    let size = fact(layout.size, quote!(::core::mem::size_of::<#name>()));
    let align = fact(layout.align, quote!(::core::mem::align_of::<#name>()));
    let offsets = r
        .fields
        .iter()
        .flatten()
        .filter(|_| r.kind == RecordKind::Struct)
        .filter_map(|f| {
            let n = ident(&f.name);
            Some(fact(f.offset?, quote!(::core::mem::offset_of!(#name, #n))))
        });
    quote! {
        #size
        #align
        #(#offsets)*
    }
}

pub fn enum_type(e: &Enum) -> Option<TokenStream> {
    if e.name.is_empty() {
        return None;
    }
    let name = ident(&e.name);
    let repr = types::prim(e.repr());
    let doc = decl_doc(&e.origin);
    Some(quote! {
        #doc
        #[repr(transparent)]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct #name(pub #repr);
    })
}

/// One constant per enumerator, typed by the enum (plain ints for an anonymous enum).
pub fn enumerators(e: &Enum) -> Vec<TokenStream> {
    let repr = e.repr();
    e.enumerators
        .iter()
        .filter_map(|en| {
            let v = en.value?;
            let n = ident(&en.name);
            let lit = int_literal(v);
            let doc = doc(&format!("{} = {v}", en.name));
            Some(if e.name.is_empty() {
                let t = types::prim(repr);
                quote!(#doc pub const #n: #t = #lit;)
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

pub fn typedef(cdef: &Cdef, t: &Typedef) -> TokenStream {
    let name = ident(&t.name);
    let doc = decl_doc(&t.origin);
    match &t.target {
        TypedefTarget::Ty(ty) => {
            let target = rust(cdef, ty);
            quote!(#doc pub type #name = #target;)
        }
        TypedefTarget::Opaque(Some(layout)) => {
            let size = Literal::u64_unsuffixed(layout.size);
            let align = Literal::u64_unsuffixed(layout.align.max(1));
            quote! {
                #doc
                #[repr(C, align(#align))]
                #[derive(Clone, Copy, Debug)]
                pub struct #name {
                    _opaque: [u8; #size],
                }
            }
        }
        TypedefTarget::Opaque(None) => quote!(),
    }
}

pub fn constant(cdef: &Cdef, c: &Constant) -> syn::Result<TokenStream> {
    let name = ident(&c.name);
    let doc = doc(&c.origin.text);
    let Some(value) = &c.value else {
        return Err(syn::Error::new(
            proc_macro2::Span::call_site(),
            format!("the value of `{}` comes from the probe", c.name),
        ));
    };
    Ok(match value {
        ConstValue::Int(v, Prim::Bool) => {
            let b = *v != 0;
            quote!(#doc pub const #name: bool = #b;)
        }
        ConstValue::Int(v, p) => {
            let lit = int_literal(*v);
            match &c.source {
                // `static const T N;` keeps its declared type (a typedef or an enum).
                ConstSource::ProbedTyped(ty) => {
                    let t = rust(cdef, ty);
                    let value = match cdef.resolve(ty) {
                        Ty::Enum(e) => {
                            let e = ident(e);
                            quote!(#e(#lit))
                        }
                        _ => lit,
                    };
                    quote!(#doc pub const #name: #t = #value;)
                }
                _ => {
                    let t = types::prim(*p);
                    quote!(#doc pub const #name: #t = #lit;)
                }
            }
        }
        ConstValue::Float(v, p) => {
            let t = types::prim(*p);
            let lit = if v.is_nan() {
                quote!(#t::NAN)
            } else if v.is_infinite() {
                if *v > 0.0 {
                    quote!(#t::INFINITY)
                } else {
                    quote!(#t::NEG_INFINITY)
                }
            } else if *p == Prim::Float {
                let l = Literal::f32_unsuffixed(*v as f32);
                quote!(#l)
            } else {
                let l = Literal::f64_unsuffixed(*v);
                quote!(#l)
            };
            quote!(#doc pub const #name: #t = #lit;)
        }
        ConstValue::Str(bytes) => {
            let cstr = std::ffi::CString::new(bytes.clone()).map_err(|_| {
                syn::Error::new(
                    proc_macro2::Span::call_site(),
                    format!("`{}` holds a NUL byte and cannot be a `&CStr`", c.name),
                )
            })?;
            let lit = Literal::c_string(&cstr);
            quote!(#doc pub const #name: &::core::ffi::CStr = #lit;)
        }
    })
}

/// Parameter names: the C names where given and unique, else `argN`.
fn param_names(sig: &FnSig) -> Vec<proc_macro2::Ident> {
    let mut seen: Vec<String> = Vec::new();
    sig.params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = match &p.name {
                Some(n) if !seen.contains(n) => n.clone(),
                _ => format!("arg{i}"),
            };
            seen.push(name.clone());
            ident(&name)
        })
        .collect()
}

/// The raw `extern "C"` declaration of a function inside `sys`.
pub fn extern_fn(cdef: &Cdef, f: &Function, binding: &Binding) -> TokenStream {
    let name = ident(&f.name);
    let names = param_names(&f.sig);
    let tys = f.sig.params.iter().map(|p| rust(cdef, &p.ty));
    let ret = types::ret(cdef, &f.sig.ret);
    let dots = f.sig.variadic.then(|| quote!(, ...));
    let doc = decl_doc(&f.origin);
    let link_name = match binding {
        Binding::Glue { prefix, .. } if !f.sig.variadic => {
            let symbol = format!("{prefix}{}", f.name);
            quote!(#[link_name = #symbol])
        }
        _ => quote!(),
    };
    quote! {
        #doc
        #link_name
        pub fn #name(#(#names: #tys),* #dots) #ret;
    }
}

/// Inside `sys` in `dlopen`/`mode shared` blocks: a function whose address is resolved on
/// its first call and cached (one atomic load afterwards).
pub fn lazy_fn(cdef: &Cdef, f: &Function, symbol: &str) -> TokenStream {
    let name = ident(&f.name);
    let doc = decl_doc(&f.origin);
    let fn_ty = types::fn_type(cdef, &f.sig);
    let symbol = lazy_symbol(symbol);
    if f.sig.variadic {
        // Rust cannot define a C-variadic function: hand out the pointer to call instead.
        return quote! {
            #doc
            ///
            /// Variadic: returns the C function to call, resolved on first use.
            #[inline]
            pub fn #name() -> #fn_ty {
                #symbol
                // SAFETY: the symbol has the cdef's signature.
                unsafe { ::core::mem::transmute::<*mut ::core::ffi::c_void, #fn_ty>(SYMBOL.get(&LIBRARY)) }
            }
        };
    }
    let names = param_names(&f.sig);
    let tys = f.sig.params.iter().map(|p| rust(cdef, &p.ty));
    let ret = types::ret(cdef, &f.sig.ret);
    quote! {
        #doc
        ///
        /// # Safety
        ///
        /// A raw C call: the arguments must satisfy the C function's contract.
        #[inline]
        pub unsafe fn #name(#(#names: #tys),*) #ret {
            #symbol
            // SAFETY: the symbol has the cdef's signature.
            let f = unsafe { ::core::mem::transmute::<*mut ::core::ffi::c_void, #fn_ty>(SYMBOL.get(&LIBRARY)) };
            unsafe { f(#(#names),*) }
        }
    }
}

fn lazy_symbol(symbol: &str) -> TokenStream {
    let cstr = std::ffi::CString::new(symbol).unwrap_or_default();
    let lit = Literal::c_string(&cstr);
    quote!(static SYMBOL: ::ffi_runtime::Symbol = ::ffi_runtime::Symbol::new(#lit);)
}

/// Inside `sys` in lazy blocks: the variable's address (`dlopen`), or the glue getter's
/// result (`mode shared`).
pub fn lazy_global(cdef: &Cdef, g: &Global, symbol: &str, via_getter: bool) -> TokenStream {
    let name = ident(&g.name);
    let doc = decl_doc(&g.origin);
    let ptr = rust(cdef, &global_ptr(g));
    let symbol = lazy_symbol(symbol);
    let body = if via_getter {
        quote! {
            // SAFETY: the glue getter takes no arguments and returns the address.
            let getter = unsafe { ::core::mem::transmute::<*mut ::core::ffi::c_void, unsafe extern "C" fn() -> #ptr>(SYMBOL.get(&LIBRARY)) };
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

/// How a parameter crosses the safe wrapper.
enum Pass {
    Value,
    CStr,
    Raw,
}

fn pass(cdef: &Cdef, ty: &Ty) -> Pass {
    match cdef.resolve(ty) {
        Ty::Prim(_) | Ty::Enum(_) => Pass::Value,
        Ty::Record(n) if cdef.record(n).is_some_and(|r| r.fields.is_some()) => Pass::Value,
        Ty::Typedef(_) => Pass::Value, // an opaque typedef, passed by value
        Ty::Ptr {
            pointee,
            const_pointee: true,
        } if *cdef.resolve(pointee) == Ty::Prim(Prim::Char) => Pass::CStr,
        _ => Pass::Raw,
    }
}

/// The wrapper under the C name: safe for values and `const char *`, else `unsafe`.
pub fn wrapper(cdef: &Cdef, f: &Function) -> TokenStream {
    let name = ident(&f.name);
    let doc = decl_doc(&f.origin);
    let names = param_names(&f.sig);
    let mut passes: Vec<Pass> = f.sig.params.iter().map(|p| pass(cdef, &p.ty)).collect();
    let is_safe = passes.iter().all(|p| !matches!(p, Pass::Raw));
    if !is_safe {
        // An `unsafe fn` keeps C's raw signature throughout.
        passes.iter_mut().for_each(|p| *p = Pass::Raw);
    }
    let params = f
        .sig
        .params
        .iter()
        .zip(&names)
        .zip(&passes)
        .map(|((p, n), pass)| {
            let t = match pass {
                Pass::CStr => quote!(&::core::ffi::CStr),
                _ => rust(cdef, &p.ty),
            };
            quote!(#n: #t)
        });
    let args = names.iter().zip(&passes).map(|(n, pass)| match pass {
        Pass::CStr => quote!(#n.as_ptr()),
        _ => quote!(#n),
    });
    let ret = types::ret(cdef, &f.sig.ret);
    let call = quote!(self::sys::#name(#(#args),*));
    if is_safe {
        quote! {
            #doc
            #[inline]
            pub fn #name(#(#params),*) #ret {
                // SAFETY: every argument is a value or a valid C string, as the signature requires.
                unsafe { #call }
            }
        }
    } else {
        quote! {
            #doc
            ///
            /// # Safety
            ///
            /// This calls C: every pointer must be valid for what the C function does with it.
            #[inline]
            pub unsafe fn #name(#(#params),*) #ret {
                // SAFETY: the caller upholds the C function's contract.
                unsafe { #call }
            }
        }
    }
}

/// The type a global's accessor returns: a pointer to the variable (or, for an array of
/// unknown length, to its first element).
fn global_ptr(g: &Global) -> Ty {
    match &g.ty {
        Ty::Array(elem, ArrayLen::Unknown) => Ty::ptr((**elem).clone(), g.is_const),
        ty => Ty::ptr(ty.clone(), g.is_const),
    }
}

/// Inside `sys`: the glue getter, or the variable itself when linking directly.
pub fn extern_global(cdef: &Cdef, g: &Global, binding: &Binding) -> TokenStream {
    let name = ident(&g.name);
    let doc = decl_doc(&g.origin);
    match binding {
        Binding::Glue { prefix, .. } => {
            let symbol = format!("{prefix}{}", g.name);
            let ptr = rust(cdef, &global_ptr(g));
            quote! {
                #doc
                #[link_name = #symbol]
                pub fn #name() -> #ptr;
            }
        }
        Binding::Direct | Binding::Lazy { .. } => {
            let ty = rust(cdef, &g.ty);
            let mutability = (!g.is_const).then(|| quote!(mut));
            quote! {
                #doc
                pub static #mutability #name: #ty;
            }
        }
    }
}

pub fn global_accessor(cdef: &Cdef, g: &Global, binding: &Binding) -> TokenStream {
    let name = ident(&g.name);
    let doc = decl_doc(&g.origin);
    let ptr_ty = global_ptr(g);
    let ptr = rust(cdef, &ptr_ty);
    let body = match binding {
        Binding::Glue { .. } | Binding::Lazy { .. } => quote! {
            // SAFETY: the getter only takes the variable's address.
            unsafe { self::sys::#name() }
        },
        Binding::Direct => {
            let addr = if g.is_const {
                quote!(&raw const self::sys::#name)
            } else {
                quote!(&raw mut self::sys::#name)
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
