//! Layouts as the cdef declares them, by C's rules, from primitive sizes the probe measured.
//!
//! Comparing these with the compiler's own numbers is what turns a wrong cdef into a compile
//! error instead of memory corruption at run time.

use std::collections::HashMap;

use crate::model::{ArrayLen, Builtin, Cdef, Layout, Prim, Record, RecordKind, Ty, TypedefTarget};

pub struct Sizes {
    pub prims: HashMap<Prim, Layout>,
    pub pointer: Layout,
}

fn align_up(n: u64, a: u64) -> u64 {
    n.div_ceil(a.max(1)) * a.max(1)
}

/// The size and alignment of `ty`, or why it has none.
pub fn of(cdef: &Cdef, sizes: &Sizes, ty: &Ty) -> Result<Layout, String> {
    of_depth(cdef, sizes, ty, 0)
}

fn of_depth(cdef: &Cdef, sizes: &Sizes, ty: &Ty, depth: usize) -> Result<Layout, String> {
    if depth > 64 {
        return Err("types nest too deeply".into());
    }
    Ok(match ty {
        Ty::Void => return Err("`void` has no size".into()),
        Ty::Prim(p) => *sizes.prims.get(p).ok_or("a primitive was not measured")?,
        Ty::Builtin(Builtin::VaList) | Ty::Ptr { .. } => sizes.pointer,
        Ty::Builtin(Builtin::File) => return Err("`FILE` is opaque: use `FILE *`".into()),
        Ty::Fn(_) => return Err("a function type has no size".into()),
        Ty::Array(elem, len) => {
            let e = of_depth(cdef, sizes, elem, depth + 1)?;
            let n = match len {
                ArrayLen::Known(n) => *n,
                ArrayLen::Unknown => 0,
                ArrayLen::Probed => return Err("array length not yet probed".into()),
            };
            Layout {
                size: e.size * n,
                align: e.align,
            }
        }
        Ty::Typedef(name) => match cdef.typedef(name).map(|t| &t.target) {
            Some(TypedefTarget::Ty(inner)) => of_depth(cdef, sizes, inner, depth + 1)?,
            Some(TypedefTarget::Opaque(Some(l))) => *l,
            _ => return Err(format!("`{name}` has no known size")),
        },
        Ty::Enum(name) => {
            let e = cdef
                .enum_(name)
                .ok_or_else(|| format!("unknown enum `{name}`"))?;
            *sizes
                .prims
                .get(&e.repr())
                .ok_or("a primitive was not measured")?
        }
        Ty::Record(name) => {
            let r = cdef
                .record(name)
                .ok_or_else(|| format!("unknown record `{name}`"))?;
            record(cdef, sizes, r, depth + 1)?.0
        }
    })
}

/// A record's layout and each field's offset: the compiler's for a partial record, else
/// computed as C lays out a struct or union.
pub fn record(
    cdef: &Cdef,
    sizes: &Sizes,
    r: &Record,
    depth: usize,
) -> Result<(Layout, Vec<u64>), String> {
    let Some(fields) = &r.fields else {
        return Err(format!(
            "`{}` is incomplete (declared, never defined)",
            r.name
        ));
    };
    if r.partial {
        let layout = r.layout.ok_or("partial record not yet probed")?;
        return Ok((
            layout,
            fields.iter().map(|f| f.offset.unwrap_or(0)).collect(),
        ));
    }
    let mut offsets = Vec::with_capacity(fields.len());
    let mut end = 0u64;
    let mut align = 1u64;
    for f in fields {
        let l = of_depth(cdef, sizes, &f.ty, depth + 1)?;
        align = align.max(l.align);
        match r.kind {
            RecordKind::Struct => {
                let at = align_up(end, l.align);
                offsets.push(at);
                end = at + l.size;
            }
            RecordKind::Union => {
                offsets.push(0);
                end = end.max(l.size);
            }
        }
    }
    Ok((
        Layout {
            size: align_up(end, align),
            align,
        },
        offsets,
    ))
}
