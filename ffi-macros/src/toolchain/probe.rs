//! Compiler facts at build time, without running target code.
//!
//! The block's `source` is compiled once with a table of constant expressions after it
//! (`sizeof`, `_Alignof`, `offsetof`, member sizes, array lengths, macro values, `_Generic`
//! type codes) in a data section; the numbers are read back from the object file. Nothing
//! built for the target runs, so cross-compiling keeps working. The results are cached by
//! content hash next to the block's archive.

use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

use object::{Object, ObjectSection, ObjectSymbol};

use super::compile::{self, BuildError, TempDir};
use super::layout::{self, Sizes};
use super::{Artifact, Settings};
use crate::cdef::{self, IntWidths};
use crate::input::Block;
use crate::model::*;

/// Whether the block needs the compiler's numbers: a `...` form, or a full struct or union
/// to verify.
pub fn needed(cdef: &Cdef) -> bool {
    cdef.needs_probe()
        || cdef
            .records
            .iter()
            .any(|r| r.fields.is_some() && r.c_spelling.is_some())
}

/// Indices into the probe's integer table.
type Slot = usize;

struct RecordSlots {
    index: usize,
    size: Slot,
    align: Slot,
    /// Per field: offset, size, and the length of a `[...]` array.
    fields: Vec<(Slot, Slot, Option<Slot>)>,
}

struct EnumSlots {
    index: usize,
    size: Slot,
    /// Per enumerator: value, and whether it is negative.
    values: Vec<(Slot, Slot)>,
}

#[derive(Default)]
struct Plan {
    c_ints: String,
    ints: usize,
    c_floats: Vec<String>,
    c_strings: Vec<String>,
    prims: Vec<(Prim, Slot, Slot)>,
    pointer: (Slot, Slot),
    records: Vec<RecordSlots>,
    enums: Vec<EnumSlots>,
    typedefs: Vec<(usize, Slot, Slot)>,
    /// (global index, array length)
    globals: Vec<(usize, Slot)>,
    /// (constant index, kind, value, negative, float index, string index)
    constants: Vec<(usize, Slot, Slot, Slot, usize, Option<usize>)>,
}

impl Plan {
    fn int(&mut self, line: usize, expr: &str) -> Slot {
        let _ = writeln!(
            self.c_ints,
            "#line {line} \"cdef\"\n  (unsigned long long)({expr}),"
        );
        self.ints += 1;
        self.ints - 1
    }
}

const PRELUDE: &str = r#"
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include <sys/types.h>
#define __FFI_STR2(x) #x
#define __FFI_STR(x) __FFI_STR2(x)
#define __FFI_KIND(x) _Generic((x), _Bool: 1, char: 2, signed char: 3, unsigned char: 4, \
    short: 5, unsigned short: 6, int: 7, unsigned int: 8, long: 9, unsigned long: 10, \
    long long: 11, unsigned long long: 12, float: 13, double: 14, long double: 15, \
    char *: 16, const char *: 16, default: 0)
#define __FFI_INT(x) _Generic((x), char *: 0, const char *: 0, float: 0, double: 0, \
    long double: 0, default: (x))
#define __FFI_NEG(x) _Generic((x), char *: 0, const char *: 0, default: (x) < 0)
#define __FFI_FLOAT(x) _Generic((x), float: (x), double: (x), default: 0.0)
"#;

fn kind_prim(kind: u64) -> Option<Prim> {
    Some(match kind {
        1 => Prim::Bool,
        2 => Prim::Char,
        3 => Prim::SChar,
        4 => Prim::UChar,
        5 => Prim::Short,
        6 => Prim::UShort,
        7 => Prim::Int,
        8 => Prim::UInt,
        9 => Prim::Long,
        10 => Prim::ULong,
        11 => Prim::LongLong,
        12 => Prim::ULongLong,
        13 => Prim::Float,
        14 => Prim::Double,
        _ => return None,
    })
}

fn plan(cdef: &Cdef) -> Plan {
    let mut p = Plan::default();
    for prim in Prim::ALL {
        let c = prim.c_name();
        let size = p.int(0, &format!("sizeof({c})"));
        let align = p.int(0, &format!("_Alignof({c})"));
        p.prims.push((prim, size, align));
    }
    p.pointer = (p.int(0, "sizeof(void *)"), p.int(0, "_Alignof(void *)"));
    for (i, r) in cdef.records.iter().enumerate() {
        let (Some(fields), Some(c)) = (&r.fields, &r.c_spelling) else {
            continue;
        };
        let line = r.origin.line;
        let size = p.int(line, &format!("sizeof({c})"));
        let align = p.int(line, &format!("_Alignof({c})"));
        let mut slots = Vec::new();
        for f in fields {
            let member = format!("((({c} *)0)->{})", f.name);
            // The builtin, not the `offsetof` macro: an error inside a macro makes GCC quote
            // the include chain of the macro's header.
            let offset = p.int(f.line, &format!("__builtin_offsetof({c}, {})", f.name));
            // A flexible array member has no size.
            let size = match f.ty {
                Ty::Array(_, ArrayLen::Unknown) => p.int(f.line, "0"),
                _ => p.int(f.line, &format!("sizeof{member}")),
            };
            let len = matches!(f.ty, Ty::Array(_, ArrayLen::Probed))
                .then(|| p.int(f.line, &format!("sizeof{member} / sizeof{member}[0]")));
            slots.push((offset, size, len));
        }
        p.records.push(RecordSlots {
            index: i,
            size,
            align,
            fields: slots,
        });
    }
    for (i, e) in cdef.enums.iter().enumerate().filter(|(_, e)| e.partial) {
        let line = e.origin.line;
        let size = match &e.c_spelling {
            Some(c) => p.int(line, &format!("sizeof({c})")),
            None => p.int(line, "sizeof(int)"),
        };
        let values = e
            .enumerators
            .iter()
            .map(|en| {
                (
                    p.int(line, &en.name),
                    p.int(line, &format!("{} < 0", en.name)),
                )
            })
            .collect();
        p.enums.push(EnumSlots {
            index: i,
            size,
            values,
        });
    }
    for (i, t) in cdef.typedefs.iter().enumerate() {
        if matches!(t.target, TypedefTarget::Opaque(_)) {
            let line = t.origin.line;
            let size = p.int(line, &format!("sizeof({})", t.name));
            let align = p.int(line, &format!("_Alignof({})", t.name));
            p.typedefs.push((i, size, align));
        }
    }
    for (i, g) in cdef.globals.iter().enumerate() {
        if matches!(g.ty, Ty::Array(_, ArrayLen::Probed)) {
            let n = &g.name;
            let len = p.int(g.origin.line, &format!("sizeof({n}) / sizeof({n}[0])"));
            p.globals.push((i, len));
        }
    }
    for (i, c) in cdef.constants.iter().enumerate() {
        let string = match &c.source {
            ConstSource::Literal => continue,
            ConstSource::Probed => Some(p.c_strings.len()),
            ConstSource::ProbedTyped(_) => None,
        };
        let line = c.origin.line;
        let n = &c.name;
        let kind = p.int(line, &format!("__FFI_KIND({n})"));
        let value = p.int(line, &format!("__FFI_INT({n})"));
        let neg = p.int(line, &format!("__FFI_NEG({n})"));
        let float = p.c_floats.len();
        p.c_floats
            .push(format!("#line {line} \"cdef\"\n  __FFI_FLOAT({n}),"));
        if string.is_some() {
            p.c_strings.push(format!(
                "#line {line} \"cdef\"\nconst char __ffi_probe_s{}[] = __FFI_STR({n});",
                p.c_strings.len()
            ));
        }
        p.constants.push((i, kind, value, neg, float, string));
    }
    p
}

fn translation_unit(block: &Block, p: &Plan) -> String {
    let mut c = super::glue::source_preamble(block);
    c.push_str("#line 1 \"ffi-probe\"\n");
    c.push_str(PRELUDE);
    let _ = write!(
        c,
        "const unsigned long long __ffi_probe[] = {{\n{}  0\n}};\nconst double __ffi_probe_f[] = {{\n{}\n  0.0\n}};\n{}\n",
        p.c_ints,
        p.c_floats.join("\n"),
        p.c_strings.join("\n")
    );
    c
}

/// What the compiler said: the integer table, the float table, and each string's C text.
struct Results {
    ints: Vec<u64>,
    floats: Vec<f64>,
    strings: Vec<Vec<u8>>,
}

fn symbol_bytes<'d>(file: &object::File<'d>, name: &str) -> Result<&'d [u8], String> {
    let sym = file
        .symbols()
        .find(|s| s.name() == Ok(name))
        .ok_or_else(|| format!("the probe object has no `{name}`"))?;
    let section = sym
        .section_index()
        .and_then(|i| file.section_by_index(i).ok())
        .ok_or_else(|| format!("`{name}` has no section"))?;
    let data = section.data().map_err(|e| e.to_string())?;
    let start = (sym.address() - section.address()) as usize;
    data.get(start..start + sym.size() as usize)
        .ok_or_else(|| format!("`{name}` lies outside its section"))
}

fn read_object(bytes: &[u8], strings: usize) -> Result<Results, String> {
    let file =
        object::File::parse(bytes).map_err(|e| format!("cannot read the probe object: {e}"))?;
    let little = file.is_little_endian();
    let words = |name: &str| -> Result<Vec<u64>, String> {
        Ok(symbol_bytes(&file, name)?
            .chunks_exact(8)
            .map(|c| {
                let b: [u8; 8] = c.try_into().unwrap_or_default();
                if little {
                    u64::from_le_bytes(b)
                } else {
                    u64::from_be_bytes(b)
                }
            })
            .collect())
    };
    Ok(Results {
        ints: words("__ffi_probe")?,
        floats: words("__ffi_probe_f")?
            .into_iter()
            .map(f64::from_bits)
            .collect(),
        strings: (0..strings)
            .map(|i| {
                let b = symbol_bytes(&file, &format!("__ffi_probe_s{i}"))?;
                Ok(b.strip_suffix(&[0]).unwrap_or(b).to_vec())
            })
            .collect::<Result<_, String>>()?,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

impl Results {
    fn to_cache(&self) -> String {
        let ints: Vec<String> = self.ints.iter().map(|v| v.to_string()).collect();
        let floats: Vec<String> = self
            .floats
            .iter()
            .map(|v| v.to_bits().to_string())
            .collect();
        let strings: Vec<String> = self
            .strings
            .iter()
            .map(|s| format!("x{}", hex(s)))
            .collect();
        format!(
            "{}\n{}\n{}\n",
            ints.join(" "),
            floats.join(" "),
            strings.join(" ")
        )
    }

    fn from_cache(text: &str) -> Option<Results> {
        let mut lines = text.split('\n');
        let nums = |l: &str| -> Option<Vec<u64>> {
            l.split_whitespace().map(|v| v.parse().ok()).collect()
        };
        Some(Results {
            ints: nums(lines.next()?)?,
            floats: nums(lines.next()?)?
                .into_iter()
                .map(f64::from_bits)
                .collect(),
            strings: lines
                .next()?
                .split_whitespace()
                .map(|s| unhex(s.strip_prefix('x')?))
                .collect::<Option<_>>()?,
        })
    }
}

/// Compiles the probe (or reads its cached results) and fills the model with the numbers,
/// verifying every fully declared struct and union against the compiler.
pub fn run(
    block: &Block,
    cdef: &mut Cdef,
    settings: &Settings,
    art: &Artifact,
    cache_dir: Option<&Path>,
    widths: IntWidths,
) -> syn::Result<()> {
    let p = plan(cdef);
    let cache = cache_dir.map(|d| d.join(format!("{}.probe", art.lib_name)));
    let cached = cache
        .as_deref()
        .and_then(|c| std::fs::read_to_string(c).ok())
        .and_then(|t| Results::from_cache(&t))
        .filter(|r| r.ints.len() == p.ints + 1 && r.strings.len() == p.c_strings.len());
    let results = match cached {
        Some(r) => r,
        None => {
            let r = compile_probe(block, &p, settings, cache_dir)
                .map_err(|e| super::compiler_error(block, art, e))?;
            if let Some(path) = &cache {
                // Best effort: a failed write costs one more probe compile next time.
                let _ = compile::write_atomically(path, r.to_cache().as_bytes());
            }
            r
        }
    };
    apply(block, cdef, &p, &results, widths)
}

fn compile_probe(
    block: &Block,
    p: &Plan,
    settings: &Settings,
    dir: Option<&Path>,
) -> Result<Results, BuildError> {
    let parent = dir.map_or_else(std::env::temp_dir, Path::to_path_buf);
    std::fs::create_dir_all(&parent)
        .map_err(|e| BuildError(format!("cannot create `{}`: {e}", parent.display())))?;
    let tmp = TempDir::new(&parent, "probe")?;
    let tool = compile::compiler(settings)?;
    let objects = compile::compile_objects(&tool, &translation_unit(block, p), &[], &tmp.0, &[])?;
    let bytes = std::fs::read(&objects[0])
        .map_err(|e| BuildError(format!("cannot read the probe object: {e}")))?;
    read_object(&bytes, p.c_strings.len()).map_err(BuildError)
}

fn apply(
    block: &Block,
    cdef: &mut Cdef,
    p: &Plan,
    r: &Results,
    widths: IntWidths,
) -> syn::Result<()> {
    let at = |line: usize, message: String| cdef::error_at_line(block, line, &message);
    let int = |slot: Slot| r.ints.get(slot).copied().unwrap_or(0);
    let signed = |value: Slot, neg: Slot| -> i128 {
        let v = int(value);
        if int(neg) != 0 {
            i128::from(v as i64)
        } else {
            i128::from(v)
        }
    };

    // Plain numbers first: array lengths, opaque sizes, enum values, partial layouts.
    for &(i, len) in &p.globals {
        if let Ty::Array(_, l) = &mut cdef.globals[i].ty {
            *l = ArrayLen::Known(int(len));
        }
    }
    for &(i, size, align) in &p.typedefs {
        cdef.typedefs[i].target = TypedefTarget::Opaque(Some(Layout {
            size: int(size),
            align: int(align),
        }));
    }
    for EnumSlots {
        index,
        size,
        values,
    } in &p.enums
    {
        let e = &mut cdef.enums[*index];
        for (en, &(v, neg)) in e.enumerators.iter_mut().zip(values) {
            en.value = Some(signed(v, neg));
        }
        let repr = e.repr();
        let (line, name) = (e.origin.line, e.name.clone());
        if int(*size) != u64::from(widths.bits(repr) / 8) {
            return Err(at(
                line,
                format!(
                    "`enum {name}`: the C compiler gives it {} bytes, but its values fit `{}` ({} bytes); \
                 enums compiled with -fshort-enums are not supported",
                    int(*size),
                    repr.c_name(),
                    widths.bits(repr) / 8
                ),
            ));
        }
    }
    for RecordSlots {
        index,
        size,
        align,
        fields,
    } in &p.records
    {
        let rec = &mut cdef.records[*index];
        let compiled = Layout {
            size: int(*size),
            align: int(*align),
        };
        for (f, &(offset, fsize, len)) in rec.fields.iter_mut().flatten().zip(fields) {
            f.offset = Some(int(offset));
            f.size = Some(int(fsize));
            if let (Some(len), Ty::Array(_, l)) = (len, &mut f.ty) {
                *l = ArrayLen::Known(int(len));
            }
        }
        rec.layout = Some(compiled);
    }

    // Then the cdef's own view of every record, against the compiler's.
    let sizes = Sizes {
        prims: p
            .prims
            .iter()
            .map(|&(prim, s, a)| {
                (
                    prim,
                    Layout {
                        size: int(s),
                        align: int(a),
                    },
                )
            })
            .collect::<HashMap<_, _>>(),
        pointer: Layout {
            size: int(p.pointer.0),
            align: int(p.pointer.1),
        },
    };
    for slots in &p.records {
        verify(block, cdef, &sizes, &cdef.records[slots.index])?;
    }

    for &(i, kind, value, neg, float, string) in &p.constants {
        let c = &cdef.constants[i];
        let line = c.origin.line;
        let declared = match &c.source {
            ConstSource::ProbedTyped(ty) => Some(ty.clone()),
            _ => None,
        };
        let value = match (&declared, int(kind)) {
            (_, 16) => {
                let text = string.and_then(|s| r.strings.get(s)).ok_or_else(|| {
                    at(
                        line,
                        format!(
                            "`{}` is a string: bind it with `#define {} ...`",
                            c.name, c.name
                        ),
                    )
                })?;
                let text = String::from_utf8_lossy(text);
                match cdef::parse_literal(&text, widths) {
                    Ok(v @ ConstValue::Str(_)) => v,
                    _ => {
                        return Err(at(
                            line,
                            format!(
                                "`{}` expands to `{text}`, which is not a string literal the macro can read",
                                c.name
                            ),
                        ));
                    }
                }
            }
            (_, 15) => {
                return Err(at(
                    line,
                    format!("`{}` is a `long double`, which Rust lacks", c.name),
                ));
            }
            (_, 0) => {
                return Err(at(
                    line,
                    format!(
                        "`{}` has a type the probe cannot bind (a pointer or a struct?): only integer, \
                     floating and string constants are supported",
                        c.name
                    ),
                ));
            }
            (Some(ty), k) => typed_value(cdef, ty, k, signed(value, neg), r.floats[float], widths)
                .map_err(|m| at(line, format!("`{}`: {m}", c.name)))?,
            (None, k) => match kind_prim(k) {
                Some(prim) if prim.is_float() => ConstValue::Float(r.floats[float], prim),
                Some(prim) => ConstValue::Int(widths.wrap(signed(value, neg), prim), prim),
                None => return Err(at(line, format!("`{}`: unexpected type code {k}", c.name))),
            },
        };
        cdef.constants[i].value = Some(value);
    }
    Ok(())
}

/// A `static const T NAME;` value, converted to the declared type as C would.
fn typed_value(
    cdef: &Cdef,
    ty: &Ty,
    kind: u64,
    v: i128,
    f: f64,
    widths: IntWidths,
) -> Result<ConstValue, String> {
    let from_float = kind_prim(kind).is_some_and(Prim::is_float);
    Ok(match cdef.resolve(ty) {
        Ty::Prim(p) if p.is_float() => ConstValue::Float(if from_float { f } else { v as f64 }, *p),
        Ty::Prim(p) if from_float => ConstValue::Int(widths.wrap(f as i128, *p), *p),
        Ty::Prim(p) => ConstValue::Int(widths.wrap(v, *p), *p),
        Ty::Enum(name) => {
            let repr = cdef.enum_(name).map_or(Prim::Int, Enum::repr);
            ConstValue::Int(widths.wrap(v, repr), repr)
        }
        _ => return Err("`static const` binds integer, floating and enum types only".into()),
    })
}

fn verify(block: &Block, cdef: &Cdef, sizes: &Sizes, r: &Record) -> syn::Result<()> {
    let name = r.c_spelling.clone().unwrap_or_else(|| r.name.clone());
    let at = |line: usize, message: String| cdef::error_at_line(block, line, &message);
    let compiled = r.layout.unwrap_or(Layout { size: 0, align: 0 });
    let fields = r.fields.as_deref().unwrap_or_default();
    let (computed, offsets) = layout::record(cdef, sizes, r, 0)
        .map_err(|m| at(r.origin.line, format!("`{name}`: {m}")))?;
    for (f, offset) in fields.iter().zip(offsets) {
        let cdef_size = match f.ty {
            Ty::Array(_, ArrayLen::Unknown) => 0,
            _ => {
                layout::of(cdef, sizes, &f.ty)
                    .map_err(|m| at(f.line, format!("`{name}` field `{}`: {m}", f.name)))?
                    .size
            }
        };
        let (c_offset, c_size) = (f.offset.unwrap_or(0), f.size.unwrap_or(0));
        let offset_ok = r.partial || offset == c_offset;
        if !offset_ok || cdef_size != c_size {
            let cdef_says = if r.partial {
                format!("size {cdef_size}")
            } else {
                format!("offset {offset} size {cdef_size}")
            };
            return Err(at(
                f.line,
                format!(
                    "`{name}` field `{}`: cdef gives {cdef_says}, the C compiler gives offset {c_offset} size {c_size}",
                    f.name
                ),
            ));
        }
    }
    if !r.partial && computed != compiled {
        return Err(at(
            r.origin.line,
            format!(
                "`{name}`: cdef gives size {} align {}, the C compiler gives size {} align {}; \
             if the cdef lists only some fields, end the list with `...;`",
                computed.size, computed.align, compiled.size, compiled.align
            ),
        ));
    }
    Ok(())
}
