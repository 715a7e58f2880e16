//! Handle types: `owned T by destroy [as Name];` and `borrowed T;` in the block, and what
//! a header's `malloc(destroy, n)` on a function returning `T *` says.

use crate::errors::Errors;
use crate::input::Block;
use crate::input::safe::{BufferDecl, OwnedDecl, RetSpec};
use crate::model::*;

/// A C type whose pointers are handles: `owned::<name>`, freed by its destructor, or
/// `borrowed::<name>`, lent by C.
#[derive(Clone, Debug)]
pub struct Handle {
    /// What a handle points at (typedefs resolved).
    pub pointee: Ty,
    /// The Rust name in `owned::` or `borrowed::`.
    pub name: String,
    /// The function that frees it and its parameter that takes the handle; `None` for a
    /// borrowed handle type.
    pub destructor: Option<(String, usize)>,
    /// A stream (`stream T by destroy as Name { … }`): a record Rust allocates, whose
    /// buffer fields a call's slices fill and the wrapper clears after it.
    pub buffers: Option<Vec<Buffer>>,
}

/// One of a stream's buffers: a pointer field and the field holding its length.
#[derive(Clone, Debug)]
pub struct Buffer {
    pub input: bool,
    pub ptr: String,
    pub len: String,
    pub elem: Ty,
    pub len_ty: Ty,
}

impl Handle {
    pub fn is_owned(&self) -> bool {
        self.destructor.is_some()
    }

    /// Whether it is freed by parameter `index` of function `f`.
    pub fn freed_by(&self, f: &str, index: usize) -> bool {
        self.destructor
            .as_ref()
            .is_some_and(|(d, i)| d == f && *i == index)
    }

    pub fn is_stream(&self) -> bool {
        self.buffers.is_some()
    }

    /// Whether `ty` is a pointer to this handle's type.
    pub fn is_pointer(&self, cdef: &Cdef, ty: &Ty) -> bool {
        matches!(cdef.resolve(ty), Ty::Ptr { pointee, .. } if cdef.resolve(pointee) == &self.pointee)
    }
}

/// The block's declared handles, then those the headers' `malloc(destroy)` imply.
pub fn collect(block: &Block, cdef: &Cdef, errors: &mut Errors) -> Vec<Handle> {
    let mut handles: Vec<Handle> = Vec::new();
    let inline = block
        .safe
        .iter()
        .flat_map(|s| &s.entries)
        .filter_map(|e| match &e.ret {
            Some(RetSpec::Owned {
                decl: Some(decl), ..
            }) => Some(decl),
            _ => None,
        });
    for decl in block.safe.iter().flat_map(|s| &s.owned).chain(inline) {
        match declared(cdef, decl, &handles) {
            Ok(Some(h)) => handles.push(h),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    for f in &cdef.functions {
        if let Some(h) = implied(cdef, f, &handles) {
            handles.push(h);
        }
    }
    for name in block.safe.iter().flat_map(|s| &s.borrowed) {
        match named_type(cdef, &name.to_string()) {
            Some(pointee) => handles.push(Handle {
                pointee,
                name: name.to_string(),
                destructor: None,
                buffers: None,
            }),
            None => errors.push(syn::Error::new(
                name.span(),
                format!("`{name}` is not a type the cdef (or `allow`) declares"),
            )),
        }
    }
    handles
}

/// `owned T by destroy`: checked against the cdef. `None`: declared already, the same.
fn declared(cdef: &Cdef, decl: &OwnedDecl, known: &[Handle]) -> syn::Result<Option<Handle>> {
    let ty_name = decl.ty.to_string();
    let err = |span, m: String| Err(syn::Error::new(span, m));
    let Some(pointee) = named_type(cdef, &ty_name) else {
        return err(
            decl.ty.span(),
            format!("`{ty_name}` is not a type the cdef (or `allow`) declares"),
        );
    };
    let destructor = decl.destructor.to_string();
    let Some(d) = cdef.functions.iter().find(|f| f.name == destructor) else {
        return err(
            decl.destructor.span(),
            format!("`{destructor}` is not a function the cdef (or `allow`) binds"),
        );
    };
    let Some(index) = frees(cdef, d, &pointee) else {
        return err(
            decl.destructor.span(),
            format!(
                "`{destructor}` cannot free a `{ty_name} *`: it must take one (or a `void *`) \
                 as its only pointer parameter"
            ),
        );
    };
    let name = decl
        .name
        .as_ref()
        .map_or(ty_name.clone(), ToString::to_string);
    if let Some((same, _)) = known
        .iter()
        .filter(|h| h.name == name)
        .find_map(|h| h.destructor.as_ref())
    {
        if *same == destructor {
            return Ok(None);
        }
        return err(
            decl.ty.span(),
            format!(
                "`owned::{name}` is freed by `{same}` already; a second destructor needs a \
                 name of its own: `owned {ty_name} by {destructor} as OtherName;`"
            ),
        );
    }
    let buffers = match &decl.buffers {
        Some(b) => Some(buffers(cdef, &pointee, &ty_name, b)?),
        None => None,
    };
    Ok(Some(Handle {
        pointee,
        name,
        destructor: Some((destructor, index)),
        buffers,
    }))
}

/// A stream's buffers, checked against its record: each a pointer field with an integer
/// length field.
fn buffers(
    cdef: &Cdef,
    pointee: &Ty,
    ty_name: &str,
    decls: &[BufferDecl],
) -> syn::Result<Vec<Buffer>> {
    let record = match pointee {
        Ty::Record(r) => cdef.record(r).filter(|r| r.fields.is_some()),
        _ => None,
    };
    let Some(record) = record else {
        return Err(syn::Error::new(
            decls
                .first()
                .map_or_else(proc_macro2::Span::call_site, |d| d.ptr.span()),
            format!("a stream must be a struct whose fields the cdef declares; `{ty_name}` is not"),
        ));
    };
    let field = |name: &syn::Ident| {
        record
            .fields()
            .iter()
            .find(|f| name == f.name.as_str())
            .map(|f| cdef.resolve(&f.ty).clone())
            .ok_or_else(|| {
                syn::Error::new(name.span(), format!("`{ty_name}` has no field `{name}`"))
            })
    };
    let mut out = Vec::new();
    for d in decls {
        let Ty::Ptr { pointee: elem, .. } = field(&d.ptr)? else {
            return Err(syn::Error::new(
                d.ptr.span(),
                format!("`{}` is not a pointer field", d.ptr),
            ));
        };
        let len_ty = field(&d.len)?;
        if !matches!(len_ty, Ty::Prim(p) if !p.is_float() && p != Prim::Bool) {
            return Err(syn::Error::new(
                d.len.span(),
                format!("`{}` is not an integer field", d.len),
            ));
        }
        out.push(Buffer {
            input: d.input,
            ptr: d.ptr.to_string(),
            len: d.len.to_string(),
            elem: cdef.resolve(&elem).clone(),
            len_ty,
        });
    }
    Ok(out)
}

/// `T *f(…) __attribute__((malloc(destroy, n)))`: a handle of `T` freed by `destroy`,
/// named `T` (or `T_destroy` beside a `T` freed otherwise). `None` if one is known already
/// or the attribute names no function the block binds.
fn implied(cdef: &Cdef, f: &Function, known: &[Handle]) -> Option<Handle> {
    let (destructor, index) = f.contract.dealloc.as_ref()?;
    let Ty::Ptr { pointee, .. } = cdef.resolve(&f.sig.ret) else {
        return None;
    };
    // Named as the declaration spells it (`FILE`, not glibc's `struct _IO_FILE`).
    let spelled = match &f.sig.ret {
        Ty::Ptr { pointee, .. } => pointee.as_ref().clone(),
        _ => pointee.as_ref().clone(),
    };
    let pointee = cdef.resolve(pointee).clone();
    let d = cdef.functions.iter().find(|g| &g.name == destructor)?;
    if frees(cdef, d, &pointee) != Some(*index) {
        return None;
    }
    let same_type = known
        .iter()
        .filter(|h| h.pointee == pointee)
        .filter_map(|h| h.destructor.as_ref());
    if same_type.clone().any(|(d, _)| d == destructor) {
        return None;
    }
    let base = type_name(&spelled).or_else(|| type_name(&pointee))?;
    let name = match same_type.count() {
        0 => base,
        _ => format!("{base}_{destructor}"),
    };
    Some(Handle {
        pointee,
        name,
        destructor: Some((destructor.clone(), *index)),
        buffers: None,
    })
}

/// The parameter through which `d` frees a `pointee *`: its only pointer parameter, of
/// that type or `void *`.
fn frees(cdef: &Cdef, d: &Function, pointee: &Ty) -> Option<usize> {
    let pointers: Vec<usize> = (0..d.sig.params.len())
        .filter(|i| matches!(cdef.resolve(&d.sig.params[*i].ty), Ty::Ptr { .. }))
        .collect();
    let [i] = pointers[..] else {
        return None;
    };
    match cdef.resolve(&d.sig.params[i].ty) {
        Ty::Ptr { pointee: p, .. } => {
            let p = cdef.resolve(p);
            (p == pointee || *p == Ty::Void).then_some(i)
        }
        _ => None,
    }
}

/// The type a name in an annotation means, typedefs resolved.
fn named_type(cdef: &Cdef, name: &str) -> Option<Ty> {
    let ty = if cdef.typedef(name).is_some() {
        Ty::Typedef(name.to_string())
    } else if cdef.record(name).is_some() {
        Ty::Record(name.to_string())
    } else if name == "FILE" {
        Ty::Builtin(Builtin::File)
    } else {
        return None;
    };
    Some(cdef.resolve(&ty).clone())
}

/// The Rust name a handle type gets by default.
fn type_name(ty: &Ty) -> Option<String> {
    match ty {
        Ty::Record(n) | Ty::Typedef(n) | Ty::Enum(n) => Some(n.clone()),
        Ty::Builtin(Builtin::File) => Some("FILE".into()),
        _ => None,
    }
}
