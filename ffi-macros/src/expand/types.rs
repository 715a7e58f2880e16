//! C types as Rust types, and C names as Rust identifiers.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::Cx;
use crate::model::{ArrayLen, Builtin, Crossing, FnSig, Prim, Ty, TypedefTarget};

/// A C name as a Rust identifier: keywords become raw identifiers, and the few names a
/// raw identifier cannot hold (`self`, `crate`, …) get a trailing underscore.
pub fn ident(name: &str) -> Ident {
    match name {
        "self" | "Self" | "super" | "crate" | "_" => {
            Ident::new(&format!("{name}_"), Span::call_site())
        }
        _ if is_keyword(name) => Ident::new_raw(name, Span::call_site()),
        _ => Ident::new(name, Span::call_site()),
    }
}

fn is_keyword(name: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "box", "break", "const", "continue", "do", "dyn", "else", "enum",
        "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro",
        "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "static",
        "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual",
        "where", "while", "yield", "abstract", "become",
    ];
    KEYWORDS.contains(&name)
}

/// An integer of the target's width for `p`.
fn sized_int(cx: &Cx, p: Prim) -> TokenStream {
    let bits = cx.target.bits(p);
    let name = if cx.target.is_signed(p) {
        format!("i{bits}")
    } else {
        format!("u{bits}")
    };
    let id = Ident::new(&name, Span::call_site());
    quote!(#id)
}

pub fn prim(cx: &Cx, p: Prim) -> TokenStream {
    use Prim::*;
    match p {
        Bool => quote!(bool),
        Char => quote!(::core::ffi::c_char),
        SChar => quote!(::core::ffi::c_schar),
        UChar => quote!(::core::ffi::c_uchar),
        Short => quote!(::core::ffi::c_short),
        UShort => quote!(::core::ffi::c_ushort),
        Int => quote!(::core::ffi::c_int),
        UInt => quote!(::core::ffi::c_uint),
        Long => quote!(::core::ffi::c_long),
        ULong => quote!(::core::ffi::c_ulong),
        LongLong => quote!(::core::ffi::c_longlong),
        ULongLong => quote!(::core::ffi::c_ulonglong),
        Float => quote!(::core::ffi::c_float),
        Double => quote!(::core::ffi::c_double),
        LongDouble => quote!(::ffi_runtime::types::long_double),
        I8 => quote!(i8),
        I16 => quote!(i16),
        I32 => quote!(i32),
        I64 => quote!(i64),
        U8 => quote!(u8),
        U16 => quote!(u16),
        U32 => quote!(u32),
        U64 => quote!(u64),
        Size | UIntPtr => quote!(usize),
        SSize | PtrDiff | IntPtr => quote!(isize),
        WChar => quote!(::ffi_runtime::types::wchar_t),
        Char16 => quote!(u16),
        Char32 => quote!(u32),
        _ => sized_int(cx, p),
    }
}

/// The Rust spelling of a C type, as used inside the generated `sys` module and wrappers.
pub fn rust(cx: &Cx, ty: &Ty) -> TokenStream {
    match ty {
        Ty::Void => quote!(::core::ffi::c_void),
        Ty::Prim(p) => prim(cx, *p),
        Ty::Builtin(Builtin::File) => quote!(::ffi_runtime::types::FILE),
        Ty::Builtin(Builtin::VaList) => quote!(::ffi_runtime::types::va_list),
        Ty::Typedef(n) | Ty::Record(n) | Ty::Enum(n) => {
            let id = ident(n);
            quote!(#id)
        }
        Ty::Ptr { pointee, quals } => {
            // A C function pointer may be NULL; Rust's `fn` may not.
            if is_function(cx, pointee) {
                let f = rust(cx, pointee);
                return quote!(::core::option::Option<#f>);
            }
            let inner = rust(cx, pointee);
            if quals.is_const {
                quote!(*const #inner)
            } else {
                quote!(*mut #inner)
            }
        }
        Ty::Array(elem, len) => {
            let elem = rust(cx, elem);
            let n = match len {
                ArrayLen::Known(n) => Literal::u64_unsuffixed(*n),
                // A flexible array member takes no space; the probe resolves `[...]` first.
                ArrayLen::Unknown | ArrayLen::Probed => Literal::u64_unsuffixed(0),
            };
            quote!([#elem; #n])
        }
        Ty::Fn(sig) => fn_type(cx, sig),
    }
}

/// `unsafe extern "C" fn(…) -> …` (`"stdcall"` for a 32-bit x86 `__stdcall` pointee).
pub fn fn_type(cx: &Cx, sig: &FnSig) -> TokenStream {
    let params = sig.params.iter().map(|p| rust(cx, &p.ty));
    let dots = sig.variadic.then(|| quote!(, ...));
    let ret = ret(cx, &sig.ret);
    let abi = if sig.stdcall { "stdcall" } else { "C" };
    quote!(unsafe extern #abi fn(#(#params),* #dots) #ret)
}

/// ` -> T`, or nothing for `void`.
pub fn ret(cx: &Cx, ty: &Ty) -> TokenStream {
    if *ty == Ty::Void {
        quote!()
    } else {
        let t = rust(cx, ty);
        quote!(-> #t)
    }
}

/// How a value of `ty` appears where it crosses into C: as declared, as `f64` for
/// `long double`, or as a pointer for what Rust cannot pass by value.
pub fn crossing(cx: &Cx, ty: &Ty, mutable: bool) -> TokenStream {
    match cx.cdef.crossing(ty) {
        Crossing::Direct => rust(cx, ty),
        Crossing::AsDouble => quote!(f64),
        Crossing::ByPointer => {
            let t = rust(cx, ty);
            if mutable {
                quote!(*mut #t)
            } else {
                quote!(*const #t)
            }
        }
    }
}

pub fn is_function(cx: &Cx, ty: &Ty) -> bool {
    match ty {
        Ty::Fn(_) => true,
        Ty::Typedef(n) => matches!(
            cx.cdef.typedef(n).map(|t| &t.target),
            Some(TypedefTarget::Ty(inner)) if is_function(cx, inner)
        ),
        _ => false,
    }
}
