//! C layouts by the target's rules, as GCC lays records out on SysV x86-64, i386 and
//! AArch64: field alignment, `packed`/`aligned(N)`, anonymous members, and bit-fields
//! (a bit-field of type `T` never straddles more `alignof(T)` units than `T` has; a
//! zero-width one rounds up to `alignof(T)`; only named ones align the record).
//!
//! ABI mode uses these layouts as they are. API mode computes them from the sizes the
//! probe measured and checks every field and bit-field against the compiler's answer,
//! so a wrong cdef, or a gap in these rules, is a compile error and never wrong memory.

use std::collections::HashMap;

use crate::model::*;
use crate::target::{Os, Target};

/// Sizes and alignments of scalars: from the target table (ABI mode) or the probe.
#[derive(Clone, Debug)]
pub struct Sizes {
    pub prims: HashMap<Prim, Layout>,
    pub pointer: Layout,
    pub little_endian: bool,
    /// See [`Target::unnamed_bitfields_align`].
    pub unnamed_bitfields_align: bool,
    /// Windows' bit-field rules (see [`ms_bit_field`]).
    pub ms_bitfields: bool,
    /// MSVC's exception to them: a union's bit-fields do not align it (mingw's GCC's do).
    pub union_bitfields_unaligned: bool,
}

impl Sizes {
    pub fn from_target(t: &Target) -> Self {
        Sizes {
            prims: Prim::ALL.iter().map(|p| (*p, t.layout(*p))).collect(),
            pointer: t.pointer(),
            little_endian: t.little_endian,
            unnamed_bitfields_align: t.unnamed_bitfields_align(),
            ms_bitfields: t.is_windows(),
            union_bitfields_unaligned: t.os == Os::Windows { msvc: true },
        }
    }

    fn prim(&self, p: Prim) -> Result<Layout, String> {
        self.prims
            .get(&p)
            .copied()
            .ok_or_else(|| format!("`{}` was not measured", p.c_name()))
    }
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
        Ty::Prim(p) => sizes.prim(*p)?,
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
                size: e.size.checked_mul(n).ok_or("array too large")?,
                align: e.align,
            }
        }
        Ty::Typedef(name) => match cdef.typedef(name).map(|t| &t.target) {
            Some(TypedefTarget::Ty(inner)) => of_depth(cdef, sizes, inner, depth + 1)?,
            Some(TypedefTarget::Opaque(Some(l))) => *l,
            Some(TypedefTarget::Opaque(None)) => {
                return Err(format!(
                    "`{name}` is incomplete in C: use it behind a pointer"
                ));
            }
            _ => return Err(format!("`{name}` has no known size")),
        },
        Ty::Enum(name) => {
            let e = cdef
                .enum_(name)
                .ok_or_else(|| format!("unknown enum `{name}`"))?;
            sizes.prim(e.repr())?
        }
        Ty::Record(name) => {
            let r = cdef
                .record(name)
                .ok_or_else(|| format!("unknown record `{name}`"))?;
            match (r.partial, r.layout) {
                (true, Some(l)) => l,
                (true, None) if r.c_spelling.is_none() => {
                    return Err(
                        "an anonymous struct or union that ends in `...;` has no size \
                                the compiler can be asked for (C has no name for it): list \
                                its fields"
                            .into(),
                    );
                }
                (true, None) => return Err("partial record not yet probed".into()),
                (false, _) => record_depth(cdef, sizes, r, depth + 1)?.layout,
            }
        }
    })
}

/// A record's layout and where each of its fields goes.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordLayout {
    pub layout: Layout,
    pub places: Vec<Place>,
}

/// Lays out a fully declared record.
pub fn record(cdef: &Cdef, sizes: &Sizes, r: &Record) -> Result<RecordLayout, String> {
    record_depth(cdef, sizes, r, 0)
}

/// Where the next field goes, in bits, and what the record needs so far.
struct Cursor {
    bit: u64,
    end_bits: u64,
    align: u64,
    /// MS rules: the storage unit bit-fields are being packed into, as (first bit, bits).
    unit: Option<(u64, u64)>,
}

fn record_depth(
    cdef: &Cdef,
    sizes: &Sizes,
    r: &Record,
    depth: usize,
) -> Result<RecordLayout, String> {
    let Some(fields) = &r.fields else {
        return Err(format!(
            "`{}` is incomplete (declared, never defined)",
            r.name
        ));
    };
    if let (Some(limit), Some(_)) = (r.pack, r.align) {
        return Err(format!(
            "`{}` is `aligned` under `#pragma pack({limit})`, which a Rust type cannot be \
             (`packed` and `align` exclude each other)",
            r.name
        ));
    }
    let mut c = Cursor {
        bit: 0,
        end_bits: 0,
        align: 1,
        unit: None,
    };
    let mut places = Vec::with_capacity(fields.len());
    for f in fields {
        let place = match f.bits {
            Some(width) => bit_field(cdef, sizes, r, f, width, &mut c)?,
            None => plain_field(cdef, sizes, r, f, depth, &mut c)?,
        };
        places.push(place);
        if r.kind == RecordKind::Union {
            c.bit = 0;
            c.unit = None;
        }
    }
    let align = c.align.max(r.align.unwrap_or(1));
    Ok(RecordLayout {
        layout: Layout {
            size: align_up(c.end_bits.div_ceil(8), align),
            align,
        },
        places,
    })
}

fn plain_field(
    cdef: &Cdef,
    sizes: &Sizes,
    r: &Record,
    f: &Field,
    depth: usize,
    c: &mut Cursor,
) -> Result<Place, String> {
    let l =
        of_depth(cdef, sizes, &f.ty, depth + 1).map_err(|m| format!("field `{}`: {m}", f.name))?;
    let natural = match r.pack {
        _ if r.packed => 1,
        Some(limit) if f.align.is_some() => {
            return Err(format!(
                "field `{}`: `aligned` under `#pragma pack({limit})` is laid out only by the C \
                 compiler's own rules, which ffi! does not reproduce",
                f.name
            ));
        }
        Some(limit) => l.align.min(limit),
        None => l.align,
    };
    let align = f.align.map_or(natural, |a| a.max(natural));
    // Under MS rules a field after bit-fields starts past their whole unit.
    if let Some((start, bits)) = c.unit.take() {
        c.bit = c.bit.max(start + bits);
    }
    let offset = align_up(c.bit.div_ceil(8), align);
    c.bit = (offset + l.size) * 8;
    c.end_bits = c.end_bits.max(c.bit);
    c.align = c.align.max(align);
    Ok(Place::Bytes {
        offset,
        size: l.size,
    })
}

fn bit_field(
    cdef: &Cdef,
    sizes: &Sizes,
    r: &Record,
    f: &Field,
    width: u32,
    c: &mut Cursor,
) -> Result<Place, String> {
    let unit = match cdef.resolve(&f.ty) {
        Ty::Enum(e) => sizes.prim(cdef.enum_(e).map_or(Prim::Int, Enum::repr))?,
        Ty::Prim(p) => sizes.prim(*p)?,
        _ => return Err(format!("bit-field `{}` needs an integer type", f.name)),
    };
    if let Some(limit) = r.pack {
        return Err(format!(
            "bit-field `{}` under `#pragma pack({limit})`: each compiler packs these its own \
             way, which ffi! does not reproduce",
            f.name
        ));
    }
    if sizes.ms_bitfields {
        return ms_bit_field(sizes, r, f, width, unit, c);
    }
    let (unit_bits, align_bits) = (unit.size * 8, unit.align * 8);
    let w = u64::from(width);
    let aligns_record = !f.name.is_empty() || sizes.unnamed_bitfields_align;
    if aligns_record {
        c.align = c.align.max(if r.packed { 1 } else { unit.align });
    }
    if width == 0 {
        // A zero-width bit-field ends the storage unit: the next field starts aligned.
        if !r.packed {
            c.bit = align_up(c.bit, align_bits);
        }
        return Ok(Place::Bits(bit_place(c.bit, 0, sizes.little_endian)));
    }
    if !r.packed && excess_unit_span(c.bit, w, align_bits, unit_bits) {
        c.bit = align_up(c.bit, align_bits);
    }
    let place = bit_place(c.bit, width, sizes.little_endian);
    c.bit += w;
    c.end_bits = c.end_bits.max(c.bit);
    Ok(Place::Bits(place))
}

/// Windows' rules (MSVC's, which mingw's GCC follows by default): a bit-field goes in the
/// current storage unit only if its type has the unit's size and its bits still fit;
/// otherwise it opens a new unit of its type's size at its type's alignment, and a field
/// after bit-fields starts past their unit (MSVC: a union's bit-fields make it no more
/// aligned, as clang-cl reproduces). Zero-width and packed bit-fields have
/// further rules ABI mode does not know: refused (API mode asks the compiler).
fn ms_bit_field(
    sizes: &Sizes,
    r: &Record,
    f: &Field,
    width: u32,
    unit: Layout,
    c: &mut Cursor,
) -> Result<Place, String> {
    if width == 0 || r.packed {
        return Err(format!(
            "bit-field `{}`: {} bit-fields under Windows' rules are laid out only by the C \
             compiler (API mode)",
            f.name,
            if r.packed { "packed" } else { "zero-width" }
        ));
    }
    let (unit_bits, w) = (unit.size * 8, u64::from(width));
    if !(r.kind == RecordKind::Union && sizes.union_bitfields_unaligned) {
        c.align = c.align.max(unit.align);
    }
    let fits = c
        .unit
        .is_some_and(|(start, bits)| bits == unit_bits && c.bit + w <= start + bits);
    if !fits {
        let after = c.unit.map_or(c.bit, |(start, bits)| start + bits);
        let start = align_up(after, unit.align * 8);
        c.unit = Some((start, unit_bits));
        c.bit = start;
    }
    let place = bit_place(c.bit, width, sizes.little_endian);
    c.bit += w;
    c.end_bits = c
        .end_bits
        .max(c.unit.map_or(c.bit, |(start, bits)| start + bits));
    Ok(Place::Bits(place))
}

/// GCC's `excess_unit_span`: whether a `size`-bit field at `offset` would touch more
/// `align`-bit units than its type holds.
fn excess_unit_span(offset: u64, size: u64, align: u64, type_size: u64) -> bool {
    let offset = offset % align.max(1);
    (offset + size).div_ceil(align.max(1)) > type_size / align.max(1)
}

/// The storage of a bit-field starting at `bit` (from the record's start) on a
/// little-endian target: bits are numbered from the least significant bit of byte 0.
pub fn bit_place(bit: u64, width: u32, little_endian: bool) -> BitPlace {
    let offset = bit / 8;
    let shift = (bit % 8) as u32;
    let len = u64::from(shift + width).div_ceil(8).max(1);
    if little_endian {
        return BitPlace {
            offset,
            len,
            shift,
            width,
        };
    }
    // Big-endian targets number bits from the most significant end.
    BitPlace {
        offset,
        len,
        shift: (len * 8) as u32 - shift - width,
        width,
    }
}

/// Reads a bit-field's place from the bytes of a record in which only that field is all
/// ones (the probe's `{ .field = -1 }`).
pub fn bits_from_pattern(bytes: &[u8], little_endian: bool) -> Result<BitPlace, String> {
    let first = bytes.iter().position(|b| *b != 0).ok_or("no bit is set")?;
    let last = bytes.iter().rposition(|b| *b != 0).unwrap_or(first);
    let len = last - first + 1;
    if len > 16 {
        return Err("a bit-field wider than 16 bytes".into());
    }
    let mut word = [0u8; 16];
    let span = &bytes[first..=last];
    let value = if little_endian {
        word[..len].copy_from_slice(span);
        u128::from_le_bytes(word)
    } else {
        word[16 - len..].copy_from_slice(span);
        u128::from_be_bytes(word)
    };
    let shift = value.trailing_zeros();
    let width = value.count_ones();
    if (value >> shift)
        .checked_add(1)
        .is_some_and(|v| !v.is_power_of_two())
    {
        return Err("the bit-field's bits are not contiguous".into());
    }
    Ok(BitPlace {
        offset: first as u64,
        len: len as u64,
        shift,
        width,
    })
}

/// A named member of a record, reached through anonymous members by `path` (field
/// indices from the outer record down).
#[derive(Clone, Debug)]
pub struct Leaf<'a> {
    pub path: Vec<usize>,
    pub field: &'a Field,
}

/// Every named member reachable by name from `r` (C's view: through anonymous members).
pub fn leaves<'a>(cdef: &'a Cdef, r: &'a Record) -> Vec<Leaf<'a>> {
    let mut out = Vec::new();
    collect_leaves(cdef, r, &mut Vec::new(), &mut out, 0);
    out
}

fn collect_leaves<'a>(
    cdef: &'a Cdef,
    r: &'a Record,
    path: &mut Vec<usize>,
    out: &mut Vec<Leaf<'a>>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    for (i, f) in r.fields().iter().enumerate() {
        path.push(i);
        match (&f.ty, f.anonymous) {
            (Ty::Record(inner), true) => {
                if let Some(inner) = cdef.record(inner) {
                    collect_leaves(cdef, inner, path, out, depth + 1);
                }
            }
            _ if !f.name.is_empty() => out.push(Leaf {
                path: path.clone(),
                field: f,
            }),
            _ => {}
        }
        path.pop();
    }
}

/// Where each leaf of `r` lies from the start of `r`, by these rules.
pub fn absolute_places(cdef: &Cdef, sizes: &Sizes, r: &Record) -> Result<Vec<Place>, String> {
    leaves(cdef, r)
        .iter()
        .map(|leaf| place_along(cdef, sizes, r, &leaf.path))
        .collect()
}

fn place_along(cdef: &Cdef, sizes: &Sizes, r: &Record, path: &[usize]) -> Result<Place, String> {
    let mut record = r;
    let mut base = 0;
    for (depth, &i) in path.iter().enumerate() {
        let laid = self::record(cdef, sizes, record)?;
        let place = *laid.places.get(i).ok_or("field out of range")?;
        if depth + 1 == path.len() {
            return Ok(shifted(place, base));
        }
        base += place.offset();
        let Ty::Record(inner) = &record.fields()[i].ty else {
            return Err("an anonymous member that is not a record".into());
        };
        record = cdef.record(inner).ok_or("unknown anonymous record")?;
    }
    Err("empty path".into())
}

pub fn shifted(place: Place, by: u64) -> Place {
    match place {
        Place::Bytes { offset, size } => Place::Bytes {
            offset: offset + by,
            size,
        },
        Place::Bits(b) => Place::Bits(BitPlace {
            offset: b.offset + by,
            ..b
        }),
    }
}

/// Keeps a record's `#pragma pack(N)` only where it changes the layout: where some member
/// would be aligned above N (the record's own `aligned` is not a member: libsodium packs
/// an `aligned(64)` struct of bytes). Where that cannot be worked out, it is kept, and
/// the layout rules say why.
pub fn settle_packs(cdef: &mut Cdef, sizes: &Sizes) {
    let members_align = |r: &Record| {
        let members = Record {
            align: None,
            pack: None,
            ..r.clone()
        };
        record(cdef, sizes, &members).map(|mine| mine.layout.align)
    };
    let idle: Vec<usize> = (cdef.records.iter().enumerate())
        .filter(|(_, r)| {
            r.pack
                .is_some_and(|limit| members_align(r).is_ok_and(|a| a <= limit))
        })
        .map(|(i, _)| i)
        .collect();
    for i in idle {
        cdef.records[i].pack = None;
    }
}

/// ABI mode: lays out every fully declared record by the target's rules.
pub fn lay_out_all(cdef: &mut Cdef, sizes: &Sizes) -> Result<(), (Origin, String)> {
    for i in 0..cdef.records.len() {
        let r = &cdef.records[i];
        if r.fields.is_none() || r.partial {
            continue;
        }
        let laid =
            record(cdef, sizes, r).map_err(|m| (r.origin.clone(), format!("`{}`: {m}", r.name)))?;
        let r = &mut cdef.records[i];
        r.layout = Some(laid.layout);
        for (f, p) in r.fields.iter_mut().flatten().zip(laid.places) {
            f.place = Some(p);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, ty: Prim, bits: Option<u32>) -> Field {
        Field {
            name: name.into(),
            ty: Ty::Prim(ty),
            bits,
            anonymous: false,
            align: None,
            place: None,
            line: 1,
        }
    }

    fn laid(fields: Vec<Field>, packed: bool, triple: &str) -> RecordLayout {
        laid_packing(fields, (packed, None), triple).expect("lays out")
    }

    fn laid_packing(
        fields: Vec<Field>,
        (packed, pack): (bool, Option<u64>),
        triple: &str,
    ) -> Result<RecordLayout, String> {
        let r = Record {
            kind: RecordKind::Struct,
            name: "s".into(),
            c_spelling: None,
            fields: Some(fields),
            partial: false,
            packed,
            pack,
            align: None,
            layout: None,
            origin: Origin {
                line: 1,
                text: String::new(),
                header: None,
            },
        };
        let sizes = Sizes::from_target(&Target::new(triple));
        record(&Cdef::default(), &sizes, &r)
    }

    /// `#pragma pack(4)` caps each member's alignment (so the record's) at 4, on every
    /// target, and leaves smaller ones alone; bit-fields under it are refused.
    #[test]
    fn pragma_pack_caps_member_alignment() {
        for triple in ["x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc"] {
            let fields = vec![
                field("c", Prim::Char, None),
                field("l", Prim::LongLong, None),
                field("s", Prim::Short, None),
            ];
            let l = laid_packing(fields, (false, Some(4)), triple).expect("lays out");
            assert_eq!(l.layout, Layout { size: 16, align: 4 }, "{triple}");
            let offsets: Vec<u64> = (l.places.iter())
                .map(|p| match p {
                    Place::Bytes { offset, .. } => *offset,
                    Place::Bits(_) => u64::MAX,
                })
                .collect();
            assert_eq!(offsets, [0, 4, 12], "{triple}");
        }
        let bits = vec![field("c", Prim::Char, None), field("f", Prim::Int, Some(3))];
        let refused = laid_packing(bits, (false, Some(2)), "x86_64-unknown-linux-gnu");
        assert!(refused.is_err_and(|m| m.contains("`#pragma pack(2)`")));
    }

    #[test]
    fn bit_fields_follow_gcc() {
        // unsigned a:3, b:30 → b does not fit the first int: next unit.
        let l = laid(
            vec![
                field("a", Prim::UInt, Some(3)),
                field("b", Prim::UInt, Some(30)),
            ],
            false,
            "x86_64-unknown-linux-gnu",
        );
        assert_eq!(l.layout, Layout { size: 8, align: 4 });
        assert_eq!(
            l.places[1],
            Place::Bits(BitPlace {
                offset: 4,
                len: 4,
                shift: 0,
                width: 30
            })
        );
        // char c; int :0; char d → d at 4, and the unnamed field adds no alignment.
        let l = laid(
            vec![
                field("c", Prim::Char, None),
                field("", Prim::Int, Some(0)),
                field("d", Prim::Char, None),
            ],
            false,
            "x86_64-unknown-linux-gnu",
        );
        assert_eq!(l.layout, Layout { size: 5, align: 1 });
        // Packed: bits follow one another across bytes.
        let l = laid(
            vec![
                field("a", Prim::UInt, Some(3)),
                field("b", Prim::ULongLong, Some(62)),
            ],
            true,
            "x86_64-unknown-linux-gnu",
        );
        assert_eq!(
            l.places[1],
            Place::Bits(BitPlace {
                offset: 0,
                len: 9,
                shift: 3,
                width: 62
            })
        );
        assert_eq!(l.layout, Layout { size: 9, align: 1 });
    }

    #[test]
    fn patterns_read_back() {
        assert_eq!(
            bits_from_pattern(&[0, 0b1110_0000, 0b0000_0011, 0], true),
            Ok(BitPlace {
                offset: 1,
                len: 2,
                shift: 5,
                width: 5
            })
        );
        assert!(bits_from_pattern(&[0b101], true).is_err());
        // Big-endian: bit 13 is the 6th bit from the top of byte 1; 5 bits span 2 bytes.
        assert_eq!(
            bit_place(13, 5, false),
            BitPlace {
                offset: 1,
                len: 2,
                shift: 6,
                width: 5
            }
        );
    }
}
