//! Structs and unions.
//!
//! A record of plain fields is `#[repr(C)]` with its fields in order, as C lays them out.
//! A record Rust's rules cannot reproduce (partial `...;`, bit-fields, over-aligned fields)
//! places every field at its known offset, with bit-fields stored in private byte runs
//! (`_bits0`) behind `name()`/`set_name(v)`, and padding (`_pad0`) between. Members of
//! anonymous structs and unions get accessors on the outer record. Every layout is also
//! stated as facts rustc checks, in one table per block.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::Cx;
use super::types::{ident, prim, rust};
use crate::model::*;

pub fn record(cx: &Cx, r: &Record) -> syn::Result<TokenStream> {
    let name = ident(&r.name);
    let doc = head_doc(&r.origin);
    if r.fields.is_none() {
        let incomplete = incomplete(&name);
        return Ok(quote!(#doc #incomplete));
    }
    let explicit = r.needs_explicit_layout();
    let (body, runs) = if explicit {
        explicit_body(cx, r)?
    } else {
        (natural_body(cx, r), Vec::new())
    };
    let repr = repr(r, explicit);
    let keyword = match r.kind {
        RecordKind::Struct => quote!(struct),
        RecordKind::Union => quote!(union),
    };
    let derive_debug = r.kind == RecordKind::Struct && !explicit && !has_accessors(r);
    let derive = if derive_debug {
        quote!(#[derive(Clone, Copy, Debug)])
    } else {
        quote!(#[derive(Clone, Copy)])
    };
    let debug = (!derive_debug).then(|| debug_impl(r));
    let accessors = accessors(cx, r, &runs);
    let zeroed = default_impl(&name);
    Ok(quote! {
        #doc
        #repr
        #derive
        pub #keyword #name { #body }
        #zeroed
        #accessors
        #debug
    })
}

/// A type C declares but never defines: the runtime's `Opaque` (no size, not
/// constructible, `!Send`, `!Sync`, `!Unpin`).
pub fn incomplete(name: &Ident) -> TokenStream {
    quote! {
        #[repr(C)]
        pub struct #name {
            _opaque: ::ffi_runtime::types::Opaque,
        }
    }
}

/// The C declaration up to its body: the fields are the Rust fields below it.
fn head_doc(origin: &Origin) -> TokenStream {
    match origin.text.split_once('{') {
        Some((head, _)) => super::doc(&format!("{} {{ … }};", head.trim_end())),
        None => super::decl_doc(origin),
    }
}

fn repr(r: &Record, explicit: bool) -> TokenStream {
    let align = match (explicit, r.layout, r.align) {
        _ if r.packs() => None,
        (true, Some(l), _) if l.align > 1 => Some(l.align),
        (false, _, Some(a)) => Some(a),
        _ => None,
    };
    let packed = match (r.packed, r.pack) {
        (true, _) => Some(quote!(, packed)),
        (false, Some(limit)) => {
            let limit = Literal::u64_unsuffixed(limit);
            Some(quote!(, packed(#limit)))
        }
        (false, None) => None,
    };
    let align = align.map(|a| {
        let a = Literal::u64_unsuffixed(a);
        quote!(, align(#a))
    });
    quote!(#[repr(C #packed #align)])
}

fn default_impl(name: &proc_macro2::Ident) -> TokenStream {
    quote! {
        // All bits zero: a valid value of every C type a record holds.
        impl ::core::default::Default for #name {
            fn default() -> Self {
                ::ffi_runtime::callback::zeroed()
            }
        }
        // SAFETY: integers, floats, `bool`, raw pointers and `Option<fn>` accept all-zero bits.
        unsafe impl ::ffi_runtime::callback::Zeroable for #name {}
    }
}

fn natural_body(cx: &Cx, r: &Record) -> TokenStream {
    let fields = r.fields().iter().map(|f| {
        let n = ident(&f.name);
        let t = rust(cx, &f.ty);
        quote!(pub #n: #t)
    });
    quote!(#(#fields),*)
}

/// A run of bytes holding bit-fields: `_bits<index>: [u8; len]` at `offset`.
pub struct Run {
    pub index: usize,
    pub offset: u64,
    pub len: u64,
}

/// Merges the byte ranges of a record's bit-fields into runs.
fn bit_runs(r: &Record) -> Vec<Run> {
    let mut ranges: Vec<(u64, u64)> = r
        .fields()
        .iter()
        .filter(|f| !f.name.is_empty() || f.bits.is_some_and(|w| w > 0))
        .filter_map(|f| match f.place {
            Some(Place::Bits(b)) if b.width > 0 => Some((b.offset, b.offset + b.len)),
            _ => None,
        })
        .collect();
    if r.kind == RecordKind::Union {
        let end = ranges.iter().map(|(_, e)| *e).max();
        return end.map_or_else(Vec::new, |e| {
            vec![Run {
                index: 0,
                offset: 0,
                len: e,
            }]
        });
    }
    ranges.sort_unstable();
    let mut runs: Vec<Run> = Vec::new();
    for (start, end) in ranges {
        match runs.last_mut() {
            Some(last) if start <= last.offset + last.len => {
                last.len = last.len.max(end - last.offset);
            }
            _ => runs.push(Run {
                index: runs.len(),
                offset: start,
                len: end - start,
            }),
        }
    }
    runs
}

/// Fields at their known offsets, bit-field runs and padding between them.
fn explicit_body(cx: &Cx, r: &Record) -> syn::Result<(TokenStream, Vec<Run>)> {
    let layout = r.layout.ok_or_else(|| missing(r, "its layout"))?;
    let runs = bit_runs(r);
    let mut members: Vec<(u64, u64, TokenStream)> = Vec::new();
    for f in r.fields().iter().filter(|f| f.bits.is_none()) {
        let Some(Place::Bytes { offset, size }) = f.place else {
            return Err(missing(r, &format!("the place of field `{}`", f.name)));
        };
        let (n, t) = (ident(&f.name), rust(cx, &f.ty));
        members.push((offset, offset + size, quote!(pub #n: #t)));
    }
    for run in &runs {
        let (n, len) = (
            format_ident!("_bits{}", run.index),
            Literal::u64_unsuffixed(run.len),
        );
        members.push((run.offset, run.offset + run.len, quote!(#n: [u8; #len])));
    }
    if r.kind == RecordKind::Union {
        let pad = Literal::u64_unsuffixed(layout.size);
        let items = members.into_iter().map(|(_, _, t)| t);
        return Ok((quote!(#(#items,)* pub _pad0: [u8; #pad]), runs));
    }
    members.sort_by_key(|(offset, _, _)| *offset);
    let mut out = Vec::new();
    let mut at = 0;
    let mut pads = 0;
    for (offset, end, tokens) in members {
        if offset < at {
            return Err(missing(r, "fields that do not overlap"));
        }
        if offset > at {
            out.push(pad(&mut pads, offset - at));
        }
        out.push(tokens);
        at = end;
    }
    if layout.size > at {
        out.push(pad(&mut pads, layout.size - at));
    }
    Ok((quote!(#(#out),*), runs))
}

/// Padding is public so that `Record { field, ..Default::default() }` works.
fn pad(count: &mut usize, bytes: u64) -> TokenStream {
    let name = format_ident!("_pad{}", *count);
    *count += 1;
    let n = Literal::u64_unsuffixed(bytes);
    quote!(pub #name: [u8; #n])
}

fn missing(r: &Record, what: &str) -> syn::Error {
    syn::Error::new(
        proc_macro2::Span::call_site(),
        format!("internal: `{}` has no {what}", r.name),
    )
}

fn has_accessors(r: &Record) -> bool {
    r.fields().iter().any(|f| f.is_bitfield() || f.anonymous)
}

/// Getters and setters for bit-fields and for members of anonymous structs and unions.
fn accessors(cx: &Cx, r: &Record, runs: &[Run]) -> TokenStream {
    let name = ident(&r.name);
    let mut items = Vec::new();
    for f in r.fields() {
        if let (Some(_), false) = (f.bits, f.name.is_empty()) {
            items.push(bit_accessors(cx, f, runs));
        }
        if f.anonymous {
            items.extend(anonymous_accessors(cx, r, f));
        }
    }
    if items.is_empty() {
        return quote!();
    }
    quote! {
        impl #name {
            #(#items)*
        }
    }
}

/// `name()` and `set_name(v)` over the bytes of the run holding the bit-field.
fn bit_accessors(cx: &Cx, f: &Field, runs: &[Run]) -> TokenStream {
    let Some(Place::Bits(b)) = f.place else {
        return quote!();
    };
    let Some(run) = runs
        .iter()
        .find(|run| b.offset >= run.offset && b.offset + b.len <= run.offset + run.len)
    else {
        return quote!();
    };
    let storage = format_ident!("_bits{}", run.index);
    let start = Literal::usize_unsuffixed((b.offset - run.offset) as usize);
    let len = Literal::usize_unsuffixed(b.len as usize);
    let shift = Literal::u32_unsuffixed(b.shift);
    let width = Literal::u32_unsuffixed(b.width);
    let order = if cx.target.little_endian {
        quote!(little)
    } else {
        quote!(big)
    };
    let at = quote!(::ffi_runtime::bits::Bits::#order(#start, #len, #shift, #width));
    let (getter, setter) = (ident(&f.name), format_ident!("set_{}", f.name));
    let ty = rust(cx, &f.ty);
    let (value, write) = bit_conversion(cx, &f.ty, &at, &storage);
    let doc = super::doc(&format!("{} : {}", f.name, b.width));
    let doc = quote!(#doc #[doc = ""] #[doc = " A bit-field: read and written through its storage bits."]);
    quote! {
        #doc
        #[inline]
        pub fn #getter(&self) -> #ty {
            #value
        }
        #doc
        #[inline]
        pub fn #setter(&mut self, value: #ty) {
            #at.write(&mut self.#storage, #write);
        }
    }
}

/// How a bit-field's bits become its declared type (signed ones sign-extended), and back.
fn bit_conversion(
    cx: &Cx,
    ty: &Ty,
    at: &TokenStream,
    storage: &proc_macro2::Ident,
) -> (TokenStream, TokenStream) {
    let (p, wrapper) = match cx.cdef.resolve(ty) {
        Ty::Enum(e) => (
            cx.cdef.enum_(e).map_or(Prim::Int, Enum::repr),
            Some(rust(cx, ty)),
        ),
        Ty::Prim(p) => (*p, None),
        _ => (Prim::UInt, None),
    };
    if p == Prim::Bool {
        return (
            quote!(#at.read(&self.#storage) != 0),
            quote!(u128::from(value)),
        );
    }
    let t = prim(cx, p);
    let raw = if cx.target.is_signed(p) {
        quote!(#at.read_signed(&self.#storage) as #t)
    } else {
        quote!(#at.read(&self.#storage) as #t)
    };
    match wrapper {
        Some(w) => (quote!(#w(#raw)), quote!(value.0 as u128)),
        None => (raw, quote!(value as u128)),
    }
}

/// Accessors on `r` for every member reachable through its anonymous member `f`: each
/// reads the member directly (a plain field of the anonymous record) or through the
/// anonymous record's own accessor (deeper members, bit-fields).
fn anonymous_accessors(cx: &Cx, r: &Record, f: &Field) -> Vec<TokenStream> {
    let Ty::Record(inner_name) = &f.ty else {
        return Vec::new();
    };
    let Some(inner) = cx.cdef.record(inner_name) else {
        return Vec::new();
    };
    let member = ident(&f.name);
    crate::layout::leaves(cx.cdef, inner)
        .iter()
        .map(|leaf| {
            let records = path_records(cx, inner, &leaf.path);
            let unions =
                r.kind == RecordKind::Union || records.iter().any(|x| x.kind == RecordKind::Union);
            let shown = Leaf {
                field: leaf.field,
                direct: leaf.path.len() == 1 && leaf.field.bits.is_none(),
                unions,
                // Reading through a union is safe when every bit pattern is a valid value.
                safe: !unions || cx.cdef.any_bits_valid(&f.ty),
                mutable: leaf.field.bits.is_none()
                    && !r.packs()
                    && records.iter().all(|x| !x.packs()),
            };
            leaf_accessors(cx, &member, &shown)
        })
        .collect()
}

/// The records a leaf path passes through, from `inner` to the one holding the leaf.
fn path_records<'a>(cx: &'a Cx, inner: &'a Record, path: &[usize]) -> Vec<&'a Record> {
    let mut records = vec![inner];
    let mut at = inner;
    for &i in &path[..path.len().saturating_sub(1)] {
        let Some(Ty::Record(n)) = at.fields().get(i).map(|f| &f.ty) else {
            break;
        };
        let Some(next) = cx.cdef.record(n) else {
            break;
        };
        records.push(next);
        at = next;
    }
    records
}

/// A member reachable through an anonymous member, as its accessors see it.
struct Leaf<'a> {
    field: &'a Field,
    /// A plain field of the anonymous record itself (else reached by its accessor).
    direct: bool,
    /// Whether the path passes through a union (reads need `unsafe`).
    unions: bool,
    /// Whether the accessors are safe functions.
    safe: bool,
    /// Whether a `&mut` to it can exist (not a bit-field, nothing packed on the way).
    mutable: bool,
}

fn leaf_accessors(cx: &Cx, member: &proc_macro2::Ident, leaf: &Leaf) -> TokenStream {
    let l = leaf.field;
    let (name, setter, mutator) = (
        ident(&l.name),
        format_ident!("set_{}", l.name),
        format_ident!("{}_mut", l.name),
    );
    let ty = rust(cx, &l.ty);
    let doc = super::doc(&format!("{} (in an anonymous member)", l.name));
    let (read, write, borrow) = if leaf.direct {
        (
            quote!(self.#member.#name),
            quote!(self.#member.#name = value),
            quote!(&mut self.#member.#name),
        )
    } else {
        (
            quote!(self.#member.#name()),
            quote!(self.#member.#setter(value)),
            quote!(self.#member.#mutator()),
        )
    };
    let guard = |body: TokenStream| {
        if leaf.unions {
            quote!({ unsafe { #body } })
        } else {
            quote!({ #body })
        }
    };
    // A path through a union reads union fields: `unsafe` blocks, some only deeper down.
    let lint = leaf.unions.then(|| quote!(#[allow(unused_unsafe)]));
    let (read, write, borrow) = (guard(read), guard(quote!(#write;)), guard(borrow));
    let (unsafety, safety) = if leaf.safe {
        (quote!(), quote!())
    } else {
        (
            quote!(unsafe),
            quote!(#[doc = ""] #[doc = " # Safety"] #[doc = ""] #[doc = " It is read through a union, which must hold a valid value of it."]),
        )
    };
    let mutator = leaf.mutable.then(|| {
        quote!(#doc #safety #[inline] #lint pub #unsafety fn #mutator(&mut self) -> &mut #ty #borrow)
    });
    quote! {
        #doc #safety #[inline] #lint pub #unsafety fn #name(&self) -> #ty #read
        #doc #safety #[inline] #lint pub #unsafety fn #setter(&mut self, value: #ty) #write
        #mutator
    }
}

fn debug_impl(r: &Record) -> TokenStream {
    let name = ident(&r.name);
    let label = r.name.as_str();
    if r.kind == RecordKind::Union {
        return quote! {
            impl ::core::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.debug_struct(#label).finish_non_exhaustive()
                }
            }
        };
    }
    let fields = r.fields().iter().filter(|f| !f.name.is_empty()).map(|f| {
        let (n, label) = (ident(&f.name), f.name.as_str());
        if f.is_bitfield() {
            quote!(.field(#label, &self.#n()))
        } else {
            // A copy: a packed record's fields cannot be borrowed.
            quote!(.field(#label, &{ self.#n }))
        }
    });
    quote! {
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#label) #(#fields)* .finish()
            }
        }
    }
}

/// The compiler's layouts, checked by rustc: one `const` per block, one test per record
/// (size, align and field offsets, Rust's equal to C's); a record that differs fails the
/// build with a message naming it. A chain of `==` is what const evaluation does fastest: a
/// `const fn` comparing slices in a loop cost rustc a fifth of the whole block.
pub fn layout_table<'a>(
    records: impl Iterator<Item = &'a Record>,
    included: Vec<TokenStream>,
) -> TokenStream {
    let mut rows: Vec<TokenStream> = records.filter_map(layout_row).collect();
    rows.extend(included);
    if rows.is_empty() {
        return quote!();
    }
    quote! {
        const _: () = {
            use ::core::mem::{align_of, offset_of, size_of};
            #(#rows)*
        };
    }
}

/// Rows for the `include`d block's types where this block's headers define them too: the
/// other block's Rust type against the headers' C (its record's layout, its typedef's size
/// and alignment). Restating them had to agree, but a `typedef int... t;` there took its
/// type from that block's own C, which these rows compare with the headers'.
pub fn included_rows(cx: &Cx) -> Vec<TokenStream> {
    let shared =
        |name: &str, origin: &Origin| origin.header.is_some() && cx.cdef.foreign.contains(name);
    let records = cx
        .cdef
        .records
        .iter()
        .filter(|r| shared(&r.name, &r.origin));
    let mut rows: Vec<TokenStream> = records.filter_map(layout_row).collect();
    let sizes = crate::layout::Sizes::from_target(cx.target);
    for t in cx
        .cdef
        .typedefs
        .iter()
        .filter(|t| shared(&t.name, &t.origin))
    {
        let TypedefTarget::Ty(ty) = &t.target else {
            continue;
        };
        let Ok(layout) = crate::layout::of(cx.cdef, &sizes, ty) else {
            continue;
        };
        let name = row_type(&t.name);
        let [size, align] = [layout.size, layout.align].map(Literal::u64_unsuffixed);
        let message = format!(
            "`{}` of the included block differs from the headers'",
            t.name
        );
        rows.push(quote! {{
            type T = #name;
            if !(size_of::<T>() == #size && align_of::<T>() == #align) {
                ::core::panic!(#message);
            }
        }});
    }
    rows
}

/// The type a row aliases as `T`: `type T = T;` would name itself, so a type called `T`
/// is named as the module's.
fn row_type(name: &str) -> TokenStream {
    if name == "T" {
        quote!(self::T)
    } else {
        let name = ident(name);
        quote!(#name)
    }
}

/// `{ type T = rec; if !(size_of::<T>() == 8 && align_of::<T>() == 4 && offset_of!(T, f) == 0
/// …) { panic!("layout of `rec` differs from C's") } }`: the alias keeps a row one name long
/// however many fields it checks.
fn layout_row(r: &Record) -> Option<TokenStream> {
    let layout = r.layout?;
    r.fields.as_ref()?;
    let mut fields = Vec::new();
    let mut offsets = Vec::new();
    if r.kind == RecordKind::Struct {
        for f in r.fields().iter().filter(|f| f.bits.is_none()) {
            if let Some(p) = f.place {
                fields.push(ident(&f.name));
                offsets.push(p.offset());
            }
        }
        let runs = if r.needs_explicit_layout() {
            bit_runs(r)
        } else {
            Vec::new()
        };
        for run in runs {
            fields.push(format_ident!("_bits{}", run.index));
            offsets.push(run.offset);
        }
    }
    let label = r.name.as_str();
    let name = row_type(label);
    let [size, align] = [layout.size, layout.align].map(Literal::u64_unsuffixed);
    let offsets = offsets.into_iter().map(Literal::u64_unsuffixed);
    let message = format!("layout of `{label}` differs from C's");
    Some(quote! {{
        type T = #name;
        if !(size_of::<T>() == #size && align_of::<T>() == #align
            #(&& offset_of!(T, #fields) == #offsets)*)
        {
            ::core::panic!(#message);
        }
    }})
}
