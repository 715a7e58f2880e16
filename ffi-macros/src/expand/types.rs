//! C types as Rust types, and C names as Rust identifiers.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::Cx;
use crate::input::Block;
use crate::model::{ArrayLen, Builtin, Cdef, Crossing, FnSig, Prim, Ty, TypedefTarget};

/// The `core` names the generated modules import, by absolute path, so that a signature
/// reads `*const c_char`, not `*const ::core::ffi::c_char` (a third of the expansion was
/// those paths). A name the cdef also defines is not imported (it would shadow or clash
/// with the C one), nor is any for a block expanded in place, whose items share the
/// user's scope: those are spelled in full.
pub struct Imports {
    /// The `core::ffi` names imported.
    ffi: Vec<&'static str>,
    option: bool,
}

/// What `Imports` may import from `core::ffi`.
const FFI_NAMES: [&str; 15] = [
    "c_char",
    "c_schar",
    "c_uchar",
    "c_short",
    "c_ushort",
    "c_int",
    "c_uint",
    "c_long",
    "c_ulong",
    "c_longlong",
    "c_ulonglong",
    "c_float",
    "c_double",
    "c_void",
    "CStr",
];

impl Imports {
    pub fn new(block: &Block, cdef: &Cdef) -> Imports {
        if block.module.is_none() {
            return Imports {
                ffi: Vec::new(),
                option: false,
            };
        }
        let taken = c_names(cdef);
        Imports {
            ffi: FFI_NAMES
                .into_iter()
                .filter(|n| !taken.contains(n))
                .collect(),
            option: !taken.contains(&"Option"),
        }
    }

    /// `core::ffi::<name>`, as the generated modules can name it.
    pub fn ffi(&self, name: &str) -> TokenStream {
        let id = Ident::new(name, Span::call_site());
        if self.ffi.contains(&name) {
            quote!(#id)
        } else {
            quote!(::core::ffi::#id)
        }
    }

    /// `Option<inner>`.
    pub fn option(&self, inner: TokenStream) -> TokenStream {
        if self.option {
            quote!(Option<#inner>)
        } else {
            quote!(::core::option::Option<#inner>)
        }
    }

    /// The `use` items, for the top of each generated module that spells types.
    pub fn items(&self) -> TokenStream {
        let ffi = self.ffi.iter().map(|n| Ident::new(n, Span::call_site()));
        let mut out = TokenStream::new();
        if !self.ffi.is_empty() {
            out.extend(quote!(use ::core::ffi::{#(#ffi),*};));
        }
        if self.option {
            out.extend(quote!(
                use ::core::option::Option;
            ));
        }
        out
    }
}

/// Every name the cdef gives an item, in any namespace.
fn c_names(cdef: &Cdef) -> Vec<&str> {
    let enums = cdef.enums.iter().flat_map(|e| {
        std::iter::once(e.name.as_str()).chain(e.enumerators.iter().map(|x| x.name.as_str()))
    });
    cdef.item_names()
        .chain(cdef.rust_functions.iter().map(|f| f.name.as_str()))
        .chain(enums)
        .collect()
}

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
        Char => cx.imports.ffi("c_char"),
        SChar => cx.imports.ffi("c_schar"),
        UChar => cx.imports.ffi("c_uchar"),
        Short => cx.imports.ffi("c_short"),
        UShort => cx.imports.ffi("c_ushort"),
        Int => cx.imports.ffi("c_int"),
        UInt => cx.imports.ffi("c_uint"),
        Long => cx.imports.ffi("c_long"),
        ULong => cx.imports.ffi("c_ulong"),
        LongLong => cx.imports.ffi("c_longlong"),
        ULongLong => cx.imports.ffi("c_ulonglong"),
        Float => cx.imports.ffi("c_float"),
        Double => cx.imports.ffi("c_double"),
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
    if is_opaque_fn(cx, ty) {
        return quote!(::ffi_runtime::types::OpaqueFn);
    }
    match ty {
        Ty::Void => cx.imports.ffi("c_void"),
        Ty::Prim(p) => prim(cx, *p),
        Ty::Builtin(Builtin::File) => quote!(::ffi_runtime::types::FILE),
        Ty::Builtin(Builtin::VaList) => quote!(::ffi_runtime::types::va_list),
        Ty::Typedef(n) | Ty::Record(n) | Ty::Enum(n) => {
            let id = ident(n);
            quote!(#id)
        }
        Ty::Ptr { pointee, quals } => {
            if is_function(cx, pointee) {
                // A C function pointer may be NULL; Rust's `fn` may not.
                return cx.imports.option(rust(cx, pointee));
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

/// Whether `ty` is spelled `OpaqueFn`: a function pointer (or function) type Rust cannot call.
pub fn is_opaque_fn(cx: &Cx, ty: &Ty) -> bool {
    match ty {
        Ty::Ptr { pointee, .. } => is_function(cx, pointee) && !callable(cx, pointee),
        Ty::Fn(sig) => cx.cdef.converts(sig),
        _ => false,
    }
}

/// Whether Rust can call (and implement) the function type: it passes nothing that only
/// the glue could convert. Else its pointers are `OpaqueFn`, as CFFI refuses only the call.
fn callable(cx: &Cx, function: &Ty) -> bool {
    match cx.cdef.resolve(function) {
        Ty::Fn(sig) => !cx.cdef.converts(sig),
        _ => true,
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
