//! Structs and unions: the compiler's size and alignment, and the place of every member
//! reachable by name (through anonymous members): offset and size of plain fields, the bits
//! of each bit-field, the length of `[...]` arrays.
//!
//! A fully declared record is laid out by [`crate::layout`] from the measured scalars and
//! must agree with the compiler on every member; a partial one (`...;`) takes the
//! compiler's places for the members it names.

use super::{Phase, Questions, Slot, ask_array_lengths, fill_array_lengths};
use crate::layout::{self, Leaf, Sizes};
use crate::model::*;

/// The questions about one member.
#[derive(Clone)]
enum Asked {
    Plain { offset: Slot, size: Slot },
    Bits(Slot),
}

struct RecordQuestions {
    index: usize,
    size: Slot,
    align: Slot,
    leaves: Vec<Asked>,
    /// Per leaf, the lengths of its `[...]` dimensions, outermost first.
    lengths: Vec<Vec<Slot>>,
}

pub fn ask(q: &mut Questions, cdef: &Cdef) {
    for (index, r) in cdef.records.iter().enumerate() {
        let Some(c) = r
            .c_spelling
            .clone()
            .or_else(|| nested_spelling(cdef, &r.name, 0))
        else {
            continue;
        };
        if r.fields.is_none() {
            continue;
        }
        let c = &c;
        let size = q.int(&r.origin, &format!("sizeof({c})"));
        let align = q.int(&r.origin, &format!("_Alignof({c})"));
        let leaves = layout::leaves(cdef, r);
        let macros: Vec<&str> = leaves
            .iter()
            .map(|l| l.field.name.as_str())
            .filter(|n| r.origin.header.is_some() && cdef.macro_members.iter().any(|m| m == n))
            .collect();
        q.suspend_macros(&macros);
        ask_field_types(q, cdef, index, r, c, &leaves);
        let asked = leaves.iter().map(|l| ask_leaf(q, r, c, l)).collect();
        let lengths = leaves.iter().map(|l| ask_lengths(q, r, c, l)).collect();
        q.restore_macros(&macros);
        let rq = RecordQuestions {
            index,
            size,
            align,
            leaves: asked,
            lengths,
        };
        let rq = std::rc::Rc::new(rq);
        let facts = rq.clone();
        q.then(Phase::Facts, move |a, cdef, _| apply_facts(a, cdef, &facts));
        q.then(Phase::Layouts, move |a, cdef, findings| {
            let sizes = findings.sizes();
            if let Err(problems) = apply_layout(a, cdef, &rq, &sizes) {
                let origin = cdef.records[rq.index].origin.clone();
                for (line, message) in problems {
                    // A field whose type is already reported wrong: its place says no more,
                    // but it does say that no pointer conversion bridges the two types.
                    let known = findings
                        .problems
                        .iter_mut()
                        .find(|p| p.origin == origin && p.line == Some(line));
                    match known {
                        Some(p) => p.relaxed = None,
                        None => findings.problem_at(&origin, line, message),
                    }
                }
            }
        });
    }
}

/// How C names a record that has no name of its own but is the type of a named field:
/// `__typeof__(((siginfo_t *)0)->_sifields)`, so that it is measured, and its members
/// placed, by the compiler like any other. `None` for anonymous members (their members
/// are the outer record's).
fn nested_spelling(cdef: &Cdef, name: &str, depth: usize) -> Option<String> {
    if depth > 16 {
        return None;
    }
    cdef.records.iter().find_map(|holder| {
        let f = holder
            .fields()
            .iter()
            .find(|f| !f.anonymous && !f.name.is_empty() && element_record(&f.ty) == Some(name))?;
        let outer = holder
            .c_spelling
            .clone()
            .or_else(|| nested_spelling(cdef, &holder.name, depth + 1))?;
        let mut member = format!("(({outer} *)0)->{}", f.name);
        let mut ty = &f.ty;
        while let Ty::Array(elem, _) = ty {
            member.push_str("[0]");
            ty = elem;
        }
        Some(format!("__typeof__({member})"))
    })
}

/// An integer type other than `_Bool` (enums aside: the cdef spells those by name).
fn is_integer(ty: &Ty) -> bool {
    matches!(ty, Ty::Prim(p) if !p.is_float() && *p != Prim::Bool)
}

/// The record a field holds, directly or as array elements.
fn element_record(ty: &Ty) -> Option<&str> {
    match ty {
        Ty::Record(r) => Some(r),
        Ty::Array(elem, _) => element_record(elem),
        _ => None,
    }
}

/// Each plain member's type against the compiler's (`long *` where C has `int *` has the
/// right size and offset, and is still wrong). Arrays are left to their size: the model
/// does not keep `const` on their elements, which C compares.
fn ask_field_types(
    q: &mut Questions,
    cdef: &Cdef,
    index: usize,
    r: &Record,
    c: &str,
    leaves: &[Leaf],
) {
    // Declarations read from headers are the compiler's own: only the cdef's are checked.
    if r.origin.header.is_some() {
        return;
    }
    for leaf in leaves {
        let f = leaf.field;
        if f.is_bitfield() || matches!(f.ty, Ty::Array(..)) {
            continue;
        }
        let Some(spelled) = super::globals::checkable(cdef, &f.ty) else {
            continue;
        };
        let at = Origin {
            line: f.line,
            ..r.origin.clone()
        };
        let member = format!("((({c} *)0)->{})", f.name);
        let mut test = format!("__builtin_types_compatible_p(__typeof__{member}, {spelled})");
        if is_integer(cdef.resolve(&f.ty)) {
            // CFFI ignores an integer field's signedness: the bits are the same, read as
            // the cdef's type (never as `_Bool`, whose Rust `bool` takes only 0 and 1).
            test = format!(
                "({test} || (__builtin_classify_type{member} == 1 && sizeof{member} == sizeof({spelled}) \
                 && !__builtin_types_compatible_p(__typeof__{member}, _Bool)))"
            );
        }
        let same = q.int(&at, &test);
        let (line, name, ty) = (f.line, f.name.clone(), f.ty.clone());
        // Described by address: by value an array member would decay to a pointer.
        let expr = format!("&{member}");
        q.then(Phase::Facts, move |a, cdef, findings| {
            if a.int(same) == 0 {
                let r = &cdef.records[index];
                let record = r.c_spelling.clone().unwrap_or_else(|| r.name.clone());
                let origin = r.origin.clone();
                let message = format!(
                    "`{record}` field `{name}`: the cdef says `{spelled}`, but the C compiler's field has another type"
                );
                let bridge = super::globals::pointer_bridge(cdef, &ty, &member);
                findings.bridgeable_problem(&origin, Some(line), message, expr, bridge);
            }
        });
    }
}

fn ask_leaf(q: &mut Questions, r: &Record, c: &str, leaf: &Leaf) -> Asked {
    let f = leaf.field;
    let at = Origin {
        line: f.line,
        ..r.origin.clone()
    };
    if f.is_bitfield() {
        return Asked::Bits(q.blob(&at, c, &format!("{{ .{} = -1 }}", f.name)));
    }
    let member = format!("((({c} *)0)->{})", f.name);
    // The builtin, not the `offsetof` macro: an error inside a macro makes GCC quote
    // the include chain of the macro's header.
    let offset = q.int(&at, &format!("__builtin_offsetof({c}, {})", f.name));
    // A flexible array member has no size.
    let size = match f.ty {
        Ty::Array(_, ArrayLen::Unknown) => q.int(&at, "0"),
        _ => q.int(&at, &format!("sizeof{member}")),
    };
    Asked::Plain { offset, size }
}

/// The lengths of a member's `[...]` dimensions.
fn ask_lengths(q: &mut Questions, r: &Record, c: &str, leaf: &Leaf) -> Vec<Slot> {
    let at = Origin {
        line: leaf.field.line,
        ..r.origin.clone()
    };
    ask_array_lengths(
        q,
        &at,
        &format!("(({c} *)0)->{}", leaf.field.name),
        &leaf.field.ty,
    )
}

/// Fills `[...]` lengths, and a partial record's size and alignment.
fn apply_facts(a: &super::Answers, cdef: &mut Cdef, rq: &RecordQuestions) {
    let paths: Vec<Vec<usize>> = layout::leaves(cdef, &cdef.records[rq.index])
        .into_iter()
        .map(|l| l.path)
        .collect();
    for (path, lengths) in paths.iter().zip(&rq.lengths) {
        if lengths.is_empty() {
            continue;
        }
        if let Some(f) = field_mut(cdef, rq.index, path) {
            fill_array_lengths(&mut f.ty, a, lengths);
        }
    }
    let r = &mut cdef.records[rq.index];
    if r.partial {
        r.layout = Some(Layout {
            size: a.int(rq.size),
            align: a.int(rq.align),
        });
    }
}

/// The field a leaf path leads to, through anonymous records.
fn field_mut<'a>(cdef: &'a mut Cdef, record: usize, path: &[usize]) -> Option<&'a mut Field> {
    let mut names = Vec::new();
    let mut r = cdef.records.get(record)?;
    for &i in &path[..path.len().saturating_sub(1)] {
        let Ty::Record(inner) = &r.fields().get(i)?.ty else {
            return None;
        };
        names.push(inner.clone());
        r = cdef.record(inner)?;
    }
    let owner = match names.last() {
        Some(n) => cdef.records.iter().position(|r| r.name == *n)?,
        None => record,
    };
    cdef.records[owner].fields.as_mut()?.get_mut(*path.last()?)
}

/// The compiler's place for each leaf.
fn compiled_places(a: &super::Answers, rq: &RecordQuestions) -> Result<Vec<Place>, String> {
    rq.leaves
        .iter()
        .map(|asked| match asked {
            Asked::Plain { offset, size } => Ok(Place::Bytes {
                offset: a.int(*offset),
                size: a.int(*size),
            }),
            Asked::Bits(blob) => {
                layout::bits_from_pattern(a.blob(*blob), a.little_endian).map(Place::Bits)
            }
        })
        .collect()
}

type Problems = Vec<(usize, String)>;

fn apply_layout(
    a: &super::Answers,
    cdef: &mut Cdef,
    rq: &RecordQuestions,
    sizes: &Sizes,
) -> Result<(), Problems> {
    let r = &cdef.records[rq.index];
    let name = r.c_spelling.clone().unwrap_or_else(|| r.name.clone());
    let compiled =
        compiled_places(a, rq).map_err(|m| vec![(r.origin.line, format!("`{name}`: {m}"))])?;
    let compiled_layout = Layout {
        size: a.int(rq.size),
        align: a.int(rq.align),
    };
    let partial = r.partial || leaves_out_fields(cdef, sizes, r, compiled_layout);
    let laid = if partial {
        partial_places(cdef, sizes, r, &compiled, &name)?
    } else {
        verified_places(cdef, sizes, r, &compiled, compiled_layout, &name)?
    };
    let packed = partial && compiled_layout.align == 1 && aligns_fields(cdef, sizes, r);
    let r = &mut cdef.records[rq.index];
    r.partial = partial;
    r.layout = Some(compiled_layout);
    // A partial record C packs (`__attribute__((packed))` in `source`): Rust must too, or
    // it would align the fields the cdef names.
    r.packed |= packed;
    for (f, p) in r.fields.iter_mut().flatten().zip(laid) {
        f.place = p;
    }
    lay_out_nested(cdef, sizes);
    Ok(())
}

/// A record nested anonymously (`union { struct { void *buf; size_t sz; } frame; } data;`)
/// that C makes larger than its cdef fields: no code outside its parent can name it, so it
/// reads as ending in `...;`, as CFFI reads it (aiortc's `frame` against libvpx's, which
/// grew `width`, `height` and `spatial_layer_encoded`). Its fields are still checked.
fn leaves_out_fields(cdef: &Cdef, sizes: &Sizes, r: &Record, compiled: Layout) -> bool {
    r.c_spelling.is_none()
        && layout::record(cdef, sizes, r).is_ok_and(|mine| mine.layout.size < compiled.size)
}

/// Whether some member of `r` has an alignment above 1.
fn aligns_fields(cdef: &Cdef, sizes: &Sizes, r: &Record) -> bool {
    r.fields()
        .iter()
        .any(|f| layout::of(cdef, sizes, &f.ty).is_ok_and(|l| l.align > 1))
}

/// A full record: the layout by C's rules must match the compiler's, member by member.
fn verified_places(
    cdef: &Cdef,
    sizes: &Sizes,
    r: &Record,
    compiled: &[Place],
    compiled_layout: Layout,
    name: &str,
) -> Result<Vec<Option<Place>>, Problems> {
    let mine = layout::record(cdef, sizes, r)
        .map_err(|m| vec![(r.origin.line, format!("`{name}`: {m}"))])?;
    let absolute = layout::absolute_places(cdef, sizes, r).map_err(|m| vec![(r.origin.line, m)])?;
    let mut problems = Vec::new();
    for ((leaf, mine), theirs) in layout::leaves(cdef, r).iter().zip(&absolute).zip(compiled) {
        if mine != theirs {
            let f = leaf.field;
            problems.push((f.line, mismatch(name, f, *mine, *theirs)));
        }
    }
    if problems.is_empty() && mine.layout != compiled_layout {
        problems.push((
            r.origin.line,
            format!(
                "`{name}`: cdef gives size {} align {}, the C compiler gives size {} align {}; \
                 if the cdef lists only some fields, end the list with `...;`",
                mine.layout.size, mine.layout.align, compiled_layout.size, compiled_layout.align
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(mine.places.into_iter().map(Some).collect())
}

fn mismatch(name: &str, f: &Field, mine: Place, theirs: Place) -> String {
    let describe = |p: Place| match p {
        Place::Bytes { offset, size } => format!("offset {offset} size {size}"),
        Place::Bits(b) => format!(
            "{} bits at bit {} of the {}-byte unit at offset {}",
            b.width, b.shift, b.len, b.offset
        ),
    };
    format!(
        "`{name}` field `{}`: cdef gives {}, the C compiler gives {}",
        f.name,
        describe(mine),
        describe(theirs)
    )
}

/// A partial record: the compiler places what the cdef names; each named field must still
/// have the size its cdef type has.
fn partial_places(
    cdef: &Cdef,
    sizes: &Sizes,
    r: &Record,
    compiled: &[Place],
    name: &str,
) -> Result<Vec<Option<Place>>, Problems> {
    let leaves = layout::leaves(cdef, r);
    let mut problems = Vec::new();
    let mut places = vec![None; r.fields().len()];
    for (leaf, place) in leaves.iter().zip(compiled) {
        let f = leaf.field;
        if let (Place::Bytes { size, .. }, None) = (place, f.bits) {
            let mine = match f.ty {
                Ty::Array(_, ArrayLen::Unknown) => Ok(0),
                _ => layout::of(cdef, sizes, &f.ty).map(|l| l.size),
            };
            match mine {
                Ok(m) if m != *size => problems.push((
                    f.line,
                    format!(
                        "`{name}` field `{}`: cdef gives size {m}, the C compiler gives offset {} size {size}",
                        f.name,
                        place.offset()
                    ),
                )),
                Err(m) => problems.push((f.line, format!("`{name}` field `{}`: {m}", f.name))),
                Ok(_) => {}
            }
        }
        let top = leaf.path[0];
        let here = if leaf.path.len() == 1 {
            *place
        } else {
            anonymous_place(cdef, sizes, r, leaf, *place)?
        };
        // Every leaf of an anonymous member must agree on where the member starts.
        match places[top] {
            Some(before) if before != here => problems.push((
                f.line,
                format!(
                    "`{name}` field `{}`: the C compiler puts it at offset {}, not where the \
                     cdef's anonymous struct or union around it would (list the members as \
                     C declares them)",
                    f.name,
                    place.offset()
                ),
            )),
            _ => places[top] = Some(here),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(places)
}

/// Where an anonymous member starts: its first named leaf's place, minus where C's rules
/// put that leaf inside it.
fn anonymous_place(
    cdef: &Cdef,
    sizes: &Sizes,
    r: &Record,
    leaf: &Leaf,
    compiled: Place,
) -> Result<Place, Problems> {
    let fail = |m: String| vec![(r.origin.line, m)];
    let Ty::Record(inner) = &r.fields()[leaf.path[0]].ty else {
        return Err(fail("an anonymous member that is not a record".into()));
    };
    let inner = cdef
        .record(inner)
        .ok_or_else(|| fail("unknown anonymous record".into()))?;
    let inner_leaves = layout::leaves(cdef, inner);
    let relative = layout::absolute_places(cdef, sizes, inner).map_err(fail)?;
    let position = inner_leaves
        .iter()
        .position(|l| l.path == leaf.path[1..])
        .unwrap_or(0);
    let within = relative.get(position).map_or(0, |p| p.offset());
    let laid = layout::record(cdef, sizes, inner).map_err(fail)?;
    Ok(Place::Bytes {
        offset: compiled.offset().saturating_sub(within),
        size: laid.layout.size,
    })
}

/// Records without a C spelling (anonymous members, nested field types) get their
/// layout by C's rules; their members were checked through the record holding them.
fn lay_out_nested(cdef: &mut Cdef, sizes: &Sizes) {
    for i in 0..cdef.records.len() {
        let r = &cdef.records[i];
        if r.c_spelling.is_some() || r.fields.is_none() || r.layout.is_some() {
            continue;
        }
        let Ok(laid) = layout::record(cdef, sizes, r) else {
            continue;
        };
        let r = &mut cdef.records[i];
        r.layout = Some(laid.layout);
        for (f, p) in r.fields.iter_mut().flatten().zip(laid.places) {
            f.place = Some(p);
        }
    }
}
