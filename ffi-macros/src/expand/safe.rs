//! Safe wrappers from their plans (see `safety`), and the `owned` module of handle types.
//!
//! ```text
//! pub fn crc32(crc: uLong, buf: &[u8]) -> uLong {
//!     let len: uInt = ::ffi_runtime::owned::len(buf.len());
//!     let ret = unsafe { self::sys::crc32(crc, buf.as_ptr() as _, len) };
//!     ::ffi_runtime::callback::resume_panic();
//!     ret
//! }
//! ```

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, format_ident, quote};

use super::Cx;
use super::functions::param_names;
use super::types::{ident, rust};
use crate::model::*;
use crate::safety::{Handle, Keep, Lend, Out, ParamPlan, Plan, RetPlan};

/// `pub mod owned { … }`: one `Owned` type per owned handle, and what frees it;
/// `pub mod borrowed { … }`: one `Borrowed` type per handle C lends.
pub fn handles(cx: &Cx) -> TokenStream {
    let (owned, borrowed): (Vec<&Handle>, Vec<&Handle>) =
        cx.plans.handles.iter().partition(|h| h.is_owned());
    let mut out = TokenStream::new();
    if !owned.is_empty() {
        let items = owned.iter().map(|h| owned_handle(cx, h));
        out.extend(quote! {
            /// Owned C handles: each freed once, by its destructor, when dropped.
            #[allow(non_camel_case_types, non_snake_case)]
            pub mod owned {
                #(#items)*
            }
        });
    }
    if !borrowed.is_empty() {
        let items = borrowed.iter().map(|h| {
            let name = ident(&h.name);
            let pointee = outer(rust(cx, &h.pointee));
            let doc = format!(" A `{} *` that C lends, valid for `'a`.", h.name);
            quote! {
                #[doc = #doc]
                pub type #name<'a> = ::ffi_runtime::Borrowed<'a, #pointee>;
            }
        });
        out.extend(quote! {
            /// C handles that C lends: never freed by Rust; owned ones lend them (`.borrow()`).
            #[allow(non_camel_case_types)]
            pub mod borrowed {
                #(#items)*
            }
        });
    }
    out
}

fn owned_handle(cx: &Cx, h: &Handle) -> TokenStream {
    let name = ident(&h.name);
    let marker = format_ident!("free_{}", h.name);
    let pointee = outer(rust(cx, &h.pointee));
    let frees = h.destructor.as_ref().map_or("", |(d, _)| d.as_str());
    let destructor = ident(frees);
    let c_type = format!(" `{} *`", h.name);
    let doc_marker = format!(" Frees a{c_type} with `{frees}`.");
    let mut doc_type = format!(" An owned{c_type}: `{frees}` frees it when it is dropped.");
    // A stream's record is Rust's: the box goes once C has let go of what it holds.
    let free_box = h.is_stream().then(|| {
        doc_type = format!(
            " A stream Rust allocates: `{frees}` ends it when it is dropped, then its box is \
             freed. From `from_raw` only with a pointer from `into_raw`."
        );
        quote!(drop(unsafe { ::std::boxed::Box::from_raw(ptr) });)
    });
    quote! {
        #[doc = #doc_marker]
        pub enum #marker {}
        // SAFETY: the block's annotation (or the header's `malloc(destroy)`) says this
        // function frees the handle.
        unsafe impl ::ffi_runtime::Destroy<#pointee> for #marker {
            unsafe fn destroy(ptr: *mut #pointee) {
                unsafe { super::sys::#destructor(ptr as _) };
                #free_box
            }
        }
        #[doc = #doc_type]
        pub type #name = ::ffi_runtime::Owned<#pointee, #marker>;
    }
}

/// A type spelled for the `owned` module, one level down: `super::sqlite3`.
fn outer(ty: TokenStream) -> TokenStream {
    let relative = matches!(
        ty.clone().into_iter().next(),
        Some(proc_macro2::TokenTree::Ident(_))
    );
    if relative { quote!(super::#ty) } else { ty }
}

/// The safe wrapper of `f`.
pub fn wrapper(cx: &Cx, f: &Function, plan: &Plan) -> TokenStream {
    let name = ident(&f.name);
    let names = param_names(&f.sig);
    let borrowed = match plan.ret {
        RetPlan::Str { of: Some(i), .. } | RetPlan::Borrowed { of: i, .. } => Some(i),
        _ => None,
    };
    let mut w = Wrapper::default();
    let site = Site {
        cx,
        f,
        plan,
        names: &names,
        borrowed,
    };
    for i in 0..plan.params.len() {
        w.param(&site, i);
    }
    let call_args = &w.args;
    let call = quote!(sys::#name(#(#call_args),*));
    let (ret_ty, result) = result(cx, f, plan, &w.outs);
    // A `void` function with nothing to return: no result to keep.
    let call = match ret_ty.is_empty() {
        true => quote!(unsafe { #call };),
        false => quote!(let ret = unsafe { #call };),
    };
    let mut generics: Vec<TokenStream> = borrowed.map(|_| quote!('a)).into_iter().collect();
    generics.extend(w.generics.iter().cloned());
    let lifetime = (!generics.is_empty()).then(|| quote!(<#(#generics),*>));
    let mut doc = super::decl_doc(&f.origin);
    doc.extend(super::functions::conversion_doc(f));
    let reasons = plan.reasons.iter().map(|r| format!(" {r}"));
    let params = &w.params;
    let (prelude, cleared) = (&w.prelude, &w.after);
    let after = super::callbacks::resume_after_call(cx);
    quote! {
        #doc
        ///
        #(#[doc = #reasons])*
        #[inline]
        pub fn #name #lifetime (#(#params),*) #ret_ty {
            #(#prelude)*
            #call
            #(#cleared)*
            #after
            #result
        }
    }
}

/// What every parameter of one wrapper is generated with.
struct Site<'a> {
    cx: &'a Cx<'a>,
    f: &'a Function,
    plan: &'a Plan,
    names: &'a [Ident],
    /// The parameter the result borrows, if any: its reference gets the lifetime `'a`.
    borrowed: Option<usize>,
}

/// The argument a closure's data (or destructor) parameter gets.
fn closure_arg(s: &Site, i: usize) -> TokenStream {
    let (c, keep) = closure_of(s.plan, i);
    let cb = &s.names[c];
    match (&s.plan.params[i], keep) {
        (ParamPlan::CallbackData, Keep::Lent) => quote!(#cb.data()),
        (ParamPlan::CallbackData, _) => format_ident!("{cb}_data").into_token_stream(),
        _ => format_ident!("{cb}_free").into_token_stream(),
    }
}

/// What the parameters add to the wrapper.
#[derive(Default)]
struct Wrapper {
    params: Vec<TokenStream>,
    args: Vec<TokenStream>,
    prelude: Vec<TokenStream>,
    /// Values returned besides the result: (name, Rust type, how it is returned).
    outs: Vec<(Ident, TokenStream, TokenStream)>,
    /// The closures' type parameters, bounded.
    generics: Vec<TokenStream>,
    /// What runs right after the call: a stream's buffers cleared.
    after: Vec<TokenStream>,
}

impl Wrapper {
    fn param(&mut self, s: &Site, i: usize) {
        let (cx, p, n) = (s.cx, &s.plan.params[i], &s.names[i]);
        let c_ty = rust(cx, &s.f.sig.params[i].ty);
        let life = (s.borrowed == Some(i)).then(|| quote!('a));
        let cstr = cx.imports.ffi("CStr");
        let opt_cstr = cx.imports.option(quote!(&#cstr));
        let (param, arg) = match p {
            ParamPlan::Value => (Some(quote!(#n: #c_ty)), quote!(#n)),
            ParamPlan::CStr { nullable: false } => {
                (Some(quote!(#n: &#life #cstr)), quote!(#n.as_ptr() as _))
            }
            ParamPlan::CStr { nullable: true } => (
                Some(quote!(#n: #opt_cstr)),
                quote!(#n.map_or(::core::ptr::null(), #cstr::as_ptr) as _),
            ),
            ParamPlan::Slice { .. } | ParamPlan::Len { .. } | ParamPlan::LenInOut { .. } => {
                self.slice_or_length(s, i, c_ty, life)
            }
            ParamPlan::Out(out) => self.out(cx, n, out),
            ParamPlan::NewStream { handle } => self.new_stream(cx, n, *handle, s.f),
            ParamPlan::StreamIo { handle } => self.stream_io(cx, n, *handle),
            ParamPlan::Handle {
                handle,
                mode,
                nullable,
            } => handle_param(cx, n, *handle, *mode, *nullable, life),
            ParamPlan::Fixed(value) if value.to_string() == "null" => {
                (None, quote!(::core::ptr::null_mut()))
            }
            ParamPlan::Fixed(value) => (None, quote!({ #value })),
            ParamPlan::Callback {
                sig,
                data_first,
                keep,
                ..
            } => self.callback(cx, i, n, sig, *data_first, *keep),
            ParamPlan::CallbackData | ParamPlan::CallbackDestroy => (None, closure_arg(s, i)),
        };
        self.params.extend(param);
        self.args.push(arg);
    }

    /// A slice, or the length C is told of one.
    fn slice_or_length(
        &mut self,
        s: &Site,
        i: usize,
        c_ty: TokenStream,
        life: Option<TokenStream>,
    ) -> (Option<TokenStream>, TokenStream) {
        let (n, names) = (&s.names[i], s.names);
        match &s.plan.params[i] {
            ParamPlan::Slice {
                mutable,
                elem,
                len,
                shares,
            } => {
                let e = slice_elem(s.cx, elem);
                if *shares {
                    let first = slice_of(s.plan, *len).map(|k| &names[k]);
                    let label = n.to_string();
                    self.prelude.push(
                        quote!(::ffi_runtime::owned::at_least(#n.len(), #first.len(), #label);),
                    );
                }
                match mutable {
                    true => (
                        Some(quote!(#n: &#life mut [#e])),
                        quote!(#n.as_mut_ptr() as _),
                    ),
                    false => (Some(quote!(#n: &#life [#e])), quote!(#n.as_ptr() as _)),
                }
            }
            ParamPlan::LenInOut { of, ty } => {
                let slice = &names[*of];
                let t = rust(s.cx, ty);
                self.prelude
                    .push(quote!(let mut #n: #t = ::ffi_runtime::owned::len(#slice.len());));
                self.outs.push((n.clone(), t, quote!(#n)));
                (None, quote!(&raw mut #n))
            }
            ParamPlan::Len { of } => {
                let slice = &names[*of];
                self.prelude
                    .push(quote!(let #n: #c_ty = ::ffi_runtime::owned::len(#slice.len());));
                (None, quote!(#n))
            }
            _ => (None, quote!(#n)),
        }
    }

    /// A closure for parameter `n`: lent for the call (`&mut F`), or given to C (`F`).
    fn callback(
        &mut self,
        cx: &Cx,
        i: usize,
        n: &Ident,
        sig: &FnSig,
        data_first: bool,
        keep: Keep,
    ) -> (Option<TokenStream>, TokenStream) {
        let g = format_ident!("F{i}");
        let skip = if data_first { 0 } else { sig.params.len() - 1 };
        let args = sig
            .params
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != skip)
            .map(|(_, p)| rust(cx, &p.ty));
        let ret = super::types::ret(cx, &sig.ret);
        let side = if data_first { "first" } else { "last" };
        if keep == Keep::Lent {
            self.generics.push(quote!(#g: FnMut(#(#args),*) #ret));
            let lend = format_ident!("lend_{side}");
            self.prelude
                .push(quote!(let #n = ::ffi_runtime::callback::#lend(#n);));
            return (Some(quote!(#n: &mut #g)), quote!(#n.function()));
        }
        self.generics
            .push(quote!(#g: FnMut(#(#args),*) #ret + ::core::marker::Send + 'static));
        let own = format_ident!("own_{side}");
        let (data, free) = (format_ident!("{n}_data"), format_ident!("{n}_free"));
        let free = match keep {
            Keep::FreedBy(_) => quote!(#free),
            _ => quote!(_),
        };
        self.prelude
            .push(quote!(let (#n, #data, #free) = ::ffi_runtime::callback::#own(#n).into_raw();));
        (Some(quote!(#n: #g)), quote!(#n))
    }

    fn out(&mut self, cx: &Cx, n: &Ident, out: &Out) -> (Option<TokenStream>, TokenStream) {
        match out {
            Out::Value(ty) => {
                let t = rust(cx, ty);
                self.prelude
                    .push(quote!(let mut #n: #t = ::ffi_runtime::callback::zeroed();));
                self.outs.push((n.clone(), t, quote!(#n)));
            }
            Out::Handle(h) => {
                let ty = handle_type(cx, *h);
                self.prelude
                    .push(quote!(let mut #n = ::core::ptr::null_mut();));
                // SAFETY: C hands the caller a handle it owns, or null.
                let back = quote!(unsafe { #ty::from_raw(#n) });
                self.outs.push((n.clone(), cx.imports.option(ty), back));
            }
        }
        (None, quote!(&raw mut #n))
    }
}

impl Wrapper {
    /// `new p as S`: a zeroed `S` on the heap for C to initialize, returned as the handle
    /// (on failure too, so that dropping it frees it).
    fn new_stream(
        &mut self,
        cx: &Cx,
        n: &Ident,
        handle: usize,
        f: &Function,
    ) -> (Option<TokenStream>, TokenStream) {
        let t = rust(cx, &cx.plans.handles[handle].pointee);
        let ty = handle_type(cx, handle);
        self.prelude.push(quote! {
            let #n = ::std::boxed::Box::into_raw(::std::boxed::Box::new(
                <#t as ::core::default::Default>::default(),
            ));
        });
        let name = f.name.as_str();
        // SAFETY: the box is the stream's, freed by its `Destroy` (see `owned`).
        let back = quote!(unsafe { ::ffi_runtime::owned::owned_nonnull(#n, #name) });
        self.outs.push((n.clone(), ty, back));
        (None, quote!(#n as _))
    }

    /// `io p as S`: the stream lent mutably, each buffer field set from its slice before
    /// the call; after it, how much of each C used, and the fields cleared.
    fn stream_io(
        &mut self,
        cx: &Cx,
        n: &Ident,
        handle: usize,
    ) -> (Option<TokenStream>, TokenStream) {
        let h = &cx.plans.handles[handle];
        let ty = handle_type(cx, handle);
        self.params.push(quote!(#n: &mut #ty));
        let raw = format_ident!("{n}_raw");
        self.prelude.push(quote!(let #raw = #n.as_ptr();));
        let void = cx.imports.ffi("c_void");
        for b in h.buffers.iter().flatten() {
            let (ptr, len) = (ident(&b.ptr), ident(&b.len));
            let (e, len_ty) = (slice_elem(cx, &b.elem), rust(cx, &b.len_ty));
            let (given, used) = (
                format_ident!("{}_given", b.ptr),
                format_ident!("{}_used", b.ptr),
            );
            let (slice, start) = match b.input {
                true => (quote!(&[#e]), quote!(#ptr.as_ptr())),
                false => (quote!(&mut [#e]), quote!(#ptr.as_mut_ptr())),
            };
            self.params.push(quote!(#ptr: #slice));
            // A slice longer than the field can say is lent in part: C is told less.
            self.prelude.push(quote! {
                let #given = <#len_ty>::try_from(#ptr.len()).unwrap_or(<#len_ty>::MAX);
                // SAFETY: the stream is ours, lent mutably; the slice outlives the call.
                unsafe {
                    (*#raw).#ptr = #start as _;
                    (*#raw).#len = #given;
                }
            });
            self.after.push(quote! {
                // SAFETY: as above; no pointer into the slice stays in the stream.
                let #used = unsafe {
                    let left = (*#raw).#len;
                    (*#raw).#ptr = ::core::ptr::null_mut::<#void>() as _;
                    (*#raw).#len = 0;
                    #given.saturating_sub(left) as usize
                };
            });
            self.outs.push((used.clone(), quote!(usize), quote!(#used)));
        }
        (None, quote!(#raw as _))
    }
}

fn handle_param(
    cx: &Cx,
    n: &Ident,
    handle: usize,
    mode: Lend,
    nullable: bool,
    life: Option<TokenStream>,
) -> (Option<TokenStream>, TokenStream) {
    let ty = handle_type(cx, handle);
    if !cx.plans.handles[handle].is_owned() {
        return match nullable {
            true => (
                Some({
                    let ty = cx.imports.option(ty.clone());
                    quote!(#n: #ty)
                }),
                quote!(#n.map_or(::core::ptr::null_mut(), |h| h.as_ptr()) as _),
            ),
            false => (Some(quote!(#n: #ty)), quote!(#n.as_ptr() as _)),
        };
    }
    let (param, arg) = match (mode, nullable) {
        (Lend::Consumed, _) => (
            quote!(#n: #ty),
            quote!(::ffi_runtime::Owned::into_raw(#n) as _),
        ),
        (Lend::Shared, true) => (
            {
                let ty = cx.imports.option(quote!(&#ty));
                quote!(#n: #ty)
            },
            quote!(#n.map_or(::core::ptr::null_mut(), |h| h.as_ptr()) as _),
        ),
        (Lend::Shared, false) => (quote!(#n: &#life #ty), quote!(#n.as_ptr() as _)),
        (Lend::Mut, _) => (quote!(#n: &#life mut #ty), quote!(#n.as_ptr() as _)),
    };
    (Some(param), arg)
}

/// `self::owned::T`, or `self::borrowed::T<'_>` (or with the lifetime given).
fn handle_type(cx: &Cx, h: usize) -> TokenStream {
    handle_type_for(cx, h, quote!('_))
}

fn handle_type_for(cx: &Cx, h: usize, life: TokenStream) -> TokenStream {
    let handle = &cx.plans.handles[h];
    let name = ident(&handle.name);
    match handle.is_owned() {
        true => quote!(self::owned::#name),
        false => quote!(self::borrowed::#name<#life>),
    }
}

/// The closure parameter whose data (or destructor) is parameter `i`.
fn closure_of(plan: &Plan, i: usize) -> (usize, Keep) {
    plan.params
        .iter()
        .enumerate()
        .find_map(|(c, p)| match p {
            ParamPlan::Callback { data, keep, .. } if *data == i || *keep == Keep::FreedBy(i) => {
                Some((c, *keep))
            }
            _ => None,
        })
        .unwrap_or((i, Keep::Lent))
}

/// The slice parameter whose length parameter is `len`, and that gives it.
fn slice_of(plan: &Plan, len: usize) -> Option<usize> {
    match plan.params.get(len) {
        Some(ParamPlan::Len { of } | ParamPlan::LenInOut { of, .. }) => Some(*of),
        _ => None,
    }
}

/// A slice's element: bytes as `u8` whatever C calls them.
fn slice_elem(cx: &Cx, elem: &Ty) -> TokenStream {
    match elem {
        Ty::Prim(Prim::U8) => quote!(u8),
        t => rust(cx, t),
    }
}

/// The wrapper's return type, and the expression returning it from `ret` and the outs.
/// With a status, the outs are taken first, so that on failure an owned one is freed.
fn result(
    cx: &Cx,
    f: &Function,
    plan: &Plan,
    outs: &[(Ident, TokenStream, TokenStream)],
) -> (TokenStream, TokenStream) {
    let (value_ty, value) = returned(cx, f, plan);
    let Some(ok) = &plan.ok else {
        let mut all: Vec<(TokenStream, TokenStream)> = value_ty.into_iter().zip([value]).collect();
        all.extend(outs.iter().map(|(_, t, e)| (t.clone(), e.clone())));
        return match tuple(all) {
            None => (quote!(), quote!()),
            Some((ty, expr)) => (quote!(-> #ty), expr),
        };
    };
    let code = rust(cx, &f.sig.ret);
    let tests = ok.iter().map(|v| status_value(cx, v, &code));
    let mut values: Vec<(TokenStream, TokenStream)> = Vec::new();
    if ok.len() > 1 {
        values.push((code.clone(), quote!(ret)));
    }
    values.extend(outs.iter().map(|(n, t, _)| (t.clone(), quote!(#n))));
    let (ty, ok_expr) = tuple(values).unwrap_or((quote!(()), quote!(())));
    let take_outs = outs
        .iter()
        .filter(|(n, _, e)| *n != e.to_string())
        .map(|(n, _, e)| quote!(let #n = #e;));
    (
        quote!(-> ::core::result::Result<#ty, #code>),
        quote! {
            #(#take_outs)*
            if #(ret == #tests)||* {
                ::core::result::Result::Ok(#ok_expr)
            } else {
                ::core::result::Result::Err(ret)
            }
        },
    )
}

/// The result as the plan says: `None` type for `void` (or a status, returned apart).
fn returned(cx: &Cx, f: &Function, plan: &Plan) -> (Option<TokenStream>, TokenStream) {
    let name = f.name.as_str();
    match &plan.ret {
        _ if plan.ok.is_some() => (None, quote!()),
        RetPlan::Value if f.sig.ret == Ty::Void => (None, quote!()),
        RetPlan::Value => (Some(rust(cx, &f.sig.ret)), quote!(ret)),
        RetPlan::Owned { handle, nullable } => {
            let ty = handle_type(cx, *handle);
            match nullable {
                true => (
                    Some(cx.imports.option(ty.clone())),
                    quote!(unsafe { #ty::from_raw(ret) }),
                ),
                false => (
                    Some(ty),
                    quote!(unsafe { ::ffi_runtime::owned::owned_nonnull(ret, #name) }),
                ),
            }
        }
        RetPlan::Borrowed { handle, .. } => {
            let ty = handle_type_for(cx, *handle, quote!('a));
            (
                Some(cx.imports.option(ty)),
                quote!(unsafe { ::ffi_runtime::Borrowed::from_raw(ret) }),
            )
        }
        RetPlan::Str { of, nullable } => {
            let life = match of {
                Some(_) => quote!('a),
                None => quote!('static),
            };
            let cstr = cx.imports.ffi("CStr");
            match nullable {
                true => (
                    Some(cx.imports.option(quote!(&#life #cstr))),
                    quote!(unsafe { ::ffi_runtime::owned::cstr(ret) }),
                ),
                false => (
                    Some(quote!(&#life #cstr)),
                    quote!(unsafe { ::ffi_runtime::owned::cstr_nonnull(ret, #name) }),
                ),
            }
        }
    }
}

/// One value, a tuple, or nothing.
fn tuple(all: Vec<(TokenStream, TokenStream)>) -> Option<(TokenStream, TokenStream)> {
    match all.as_slice() {
        [] => None,
        [(t, e)] => Some((t.clone(), e.clone())),
        _ => {
            let (tys, exprs): (Vec<_>, Vec<_>) = all.into_iter().unzip();
            Some((quote!((#(#tys),*)), quote!((#(#exprs),*))))
        }
    }
}

/// A status value as the result's type: an enumerator's value, or a constant cast.
fn status_value(cx: &Cx, v: &TokenStream, code: &TokenStream) -> TokenStream {
    let text = v.to_string();
    let enumerator = cx
        .cdef
        .enums
        .iter()
        .any(|e| e.enumerators.iter().any(|en| en.name == text));
    if enumerator {
        let id = ident(&text);
        return quote!((self::#id.0 as #code));
    }
    match text.chars().next() {
        Some(c) if c.is_alphabetic() || c == '_' => {
            let id = ident(&text);
            quote!((self::#id as #code))
        }
        _ => quote!((#v as #code)),
    }
}
