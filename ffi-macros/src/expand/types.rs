//! C types as Rust types, and C names as Rust identifiers.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{ArrayLen, Builtin, Cdef, FnSig, Prim, Ty, TypedefTarget};

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

pub fn prim(p: Prim) -> TokenStream {
    match p {
        Prim::Bool => quote!(bool),
        Prim::Char => quote!(::core::ffi::c_char),
        Prim::SChar => quote!(::core::ffi::c_schar),
        Prim::UChar => quote!(::core::ffi::c_uchar),
        Prim::Short => quote!(::core::ffi::c_short),
        Prim::UShort => quote!(::core::ffi::c_ushort),
        Prim::Int => quote!(::core::ffi::c_int),
        Prim::UInt => quote!(::core::ffi::c_uint),
        Prim::Long => quote!(::core::ffi::c_long),
        Prim::ULong => quote!(::core::ffi::c_ulong),
        Prim::LongLong => quote!(::core::ffi::c_longlong),
        Prim::ULongLong => quote!(::core::ffi::c_ulonglong),
        Prim::Float => quote!(::core::ffi::c_float),
        Prim::Double => quote!(::core::ffi::c_double),
        Prim::I8 => quote!(i8),
        Prim::I16 => quote!(i16),
        Prim::I32 => quote!(i32),
        Prim::I64 => quote!(i64),
        Prim::U8 => quote!(u8),
        Prim::U16 => quote!(u16),
        Prim::U32 => quote!(u32),
        Prim::U64 => quote!(u64),
        Prim::Size | Prim::UIntPtr => quote!(usize),
        Prim::SSize | Prim::PtrDiff | Prim::IntPtr => quote!(isize),
        Prim::WChar => quote!(::ffi_runtime::types::wchar_t),
    }
}

/// The Rust spelling of a C type, as used inside the generated `sys` module and wrappers.
pub fn rust(cdef: &Cdef, ty: &Ty) -> TokenStream {
    match ty {
        Ty::Void => quote!(::core::ffi::c_void),
        Ty::Prim(p) => prim(*p),
        Ty::Builtin(Builtin::File) => quote!(::ffi_runtime::types::FILE),
        Ty::Builtin(Builtin::VaList) => quote!(::ffi_runtime::types::va_list),
        Ty::Typedef(n) | Ty::Record(n) | Ty::Enum(n) => {
            let id = ident(n);
            quote!(#id)
        }
        Ty::Ptr {
            pointee,
            const_pointee,
        } => {
            // A C function pointer may be NULL; Rust's `fn` may not.
            if is_function(cdef, pointee) {
                let f = rust(cdef, pointee);
                return quote!(::core::option::Option<#f>);
            }
            let inner = rust(cdef, pointee);
            if *const_pointee {
                quote!(*const #inner)
            } else {
                quote!(*mut #inner)
            }
        }
        Ty::Array(elem, len) => {
            let elem = rust(cdef, elem);
            let n = match len {
                ArrayLen::Known(n) => proc_macro2::Literal::u64_unsuffixed(*n),
                // A flexible array member takes no space; the probe resolves `[...]` first.
                ArrayLen::Unknown | ArrayLen::Probed => proc_macro2::Literal::u64_unsuffixed(0),
            };
            quote!([#elem; #n])
        }
        Ty::Fn(sig) => fn_type(cdef, sig),
    }
}

/// `unsafe extern "C" fn(…) -> …`
pub fn fn_type(cdef: &Cdef, sig: &FnSig) -> TokenStream {
    let params = sig.params.iter().map(|p| rust(cdef, &p.ty));
    let dots = sig.variadic.then(|| quote!(, ...));
    let ret = ret(cdef, &sig.ret);
    quote!(unsafe extern "C" fn(#(#params),* #dots) #ret)
}

/// ` -> T`, or nothing for `void`.
pub fn ret(cdef: &Cdef, ty: &Ty) -> TokenStream {
    if *ty == Ty::Void {
        quote!()
    } else {
        let t = rust(cdef, ty);
        quote!(-> #t)
    }
}

pub fn is_function(cdef: &Cdef, ty: &Ty) -> bool {
    match ty {
        Ty::Fn(_) => true,
        Ty::Typedef(n) => matches!(
            cdef.typedef(n).map(|t| &t.target),
            Some(TypedefTarget::Ty(inner)) if is_function(cdef, inner)
        ),
        _ => false,
    }
}
