//! Constants: `#define X ...` and `static const T X;` take value (and type) from the
//! compiler; constants the cdef spells out are checked against the compiler wherever
//! `source` defines the same macro.
//!
//! GCC folds macros, enumerators and `const` variables with constant initializers in a
//! static initializer; anything else (an `extern` variable, a call) fails there. Each
//! constant's value is asked on its own line of the pseudo-file `ffi-const`, so a failure
//! names the constant: the compile is retried without it, and a typed constant is then read
//! at run time through a getter (CFFI's reading), an untyped one is an error.

use super::{Context, Phase, Questions, Slot};
use crate::cdef::literal;
use crate::model::*;
use crate::target::Target;

/// The pseudo-file of constant values, one line per constant (its index + 1).
pub const CONST_FILE: &str = "ffi-const";

struct Asked {
    index: usize,
    /// Whether the name is a macro: only a macro's text gives a string's value. `None`:
    /// known to be one.
    is_macro: Option<Slot>,
    kind: Slot,
    /// `None`: the compiler could not fold it (a retry left it out).
    value: Option<Values>,
}

/// The slots that hold a constant's value, as far as its reading needs them.
#[derive(Clone, Copy, Default)]
struct Values {
    int: Option<Slot>,
    float: Option<Slot>,
    text: Option<Slot>,
}

pub fn ask(q: &mut Questions, cdef: &Cdef, cx: &Context) {
    for (index, c) in cdef.constants.iter().enumerate() {
        if c.source == ConstSource::HeaderLiteral {
            continue;
        }
        let n = &c.name;
        let at = &c.origin;
        // A header's macro is known to be one, and of which kind: no guards, and only the
        // questions its value needs (a `_Generic` per question costs the compiler time).
        let asked = if c.source == ConstSource::HeaderMacro {
            let value = (!cx.runtime.contains(n)).then(|| reading_values(q, c, index));
            Asked {
                index,
                is_macro: None,
                kind: q.int(at, &format!("__FFI_KIND({n})")),
                value,
            }
        } else {
            any_values(q, c, index, cx)
        };
        let target = cx.target.clone();
        q.then(Phase::Declarations, move |a, cdef, findings| {
            let c = &cdef.constants[asked.index];
            match apply(a, cdef, c, &asked, &target) {
                Ok(value) => cdef.constants[asked.index].value = value,
                Err(m) => findings.problem(&c.origin, format!("`{}` {m}", c.name)),
            }
        });
    }
}

/// The line of `ffi-const` that asks for constant `index`: a compiler error there names it.
fn value_line(index: usize) -> Origin {
    Origin {
        line: index + 1,
        text: String::new(),
        header: Some(CONST_FILE.into()),
    }
}

/// A header macro's value, asked as the front end read it.
fn reading_values(q: &mut Questions, c: &Constant, index: usize) -> Values {
    let (n, line) = (&c.name, value_line(index));
    match &c.value {
        Some(ConstValue::Int(..)) => Values {
            int: Some(q.int(&line, n)),
            ..Values::default()
        },
        Some(ConstValue::Float(..)) => Values {
            float: Some(q.float(&line, n)),
            ..Values::default()
        },
        _ => Values {
            text: Some(q.macro_text(&c.origin, n)),
            ..Values::default()
        },
    }
}

/// Every question, for a constant of any kind (or none: `source` may not define it).
fn any_values(q: &mut Questions, c: &Constant, index: usize, cx: &Context) -> Asked {
    let (n, at) = (&c.name, &c.origin);
    // Constants the cdef spells out are checked only if `source` has the macro too:
    // a cdef may declare constants of its own (`#define CHUNK 16384`).
    let guard = match c.source {
        ConstSource::Literal | ConstSource::Typed(_) => format!("defined({n})"),
        _ => "1".to_string(),
    };
    let kind = q.int_if(at, &guard, &format!("__FFI_KIND({n})"), "0");
    let value = (!cx.runtime.contains(n)).then(|| {
        let line = value_line(index);
        Values {
            int: Some(q.int_if(&line, &guard, &format!("__FFI_INT({n})"), "0")),
            float: Some(q.float_if(&line, &guard, &format!("__FFI_FLOAT({n})"), "0.0")),
            text: Some(q.macro_text(at, n)),
        }
    });
    Asked {
        index,
        is_macro: Some(q.int_if(at, &format!("defined({n})"), "1", "0")),
        kind,
        value,
    }
}

/// Which constants the compiler could not fold, from its errors' lines.
pub fn runtime_from_errors(cdef: &Cdef, stderr: &str) -> Vec<String> {
    let mut found: Vec<String> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{CONST_FILE}:")))
        .filter_map(|rest| rest.split(':').next()?.parse::<usize>().ok())
        .filter_map(|n| cdef.constants.get(n.wrapping_sub(1)))
        .map(|c| c.name.clone())
        .collect();
    found.sort();
    found.dedup();
    found
}

fn apply(
    a: &super::Answers,
    cdef: &Cdef,
    c: &Constant,
    asked: &Asked,
    target: &Target,
) -> Result<Option<ConstValue>, String> {
    let mut kind = a.int(asked.kind);
    if kind == 16 && asked.is_macro.is_some_and(|s| a.int(s) == 0) {
        kind = 0; // a `const char *` variable: its characters are not a constant
    }
    let compiled = || match asked.value {
        Some(slots) => compiled_value(a, slots, kind, target).map(Some),
        None => Ok(None),
    };
    match &c.source {
        ConstSource::Literal | ConstSource::Typed(_) => {
            // A typed value is converted now that its type is known (`typedef int... t;`).
            let written = match (&c.source, &c.value) {
                (ConstSource::Typed(ty), Some(v)) => Some(typed_value(cdef, ty, v, target)?),
                _ => c.value.clone(),
            };
            // Defined in `source` too: they must agree.
            if kind != 0
                && let (Some(v), Some(w)) = (compiled()?, &written)
            {
                check_agrees(&c.name, w, &v)?;
            }
            Ok(written)
        }
        // Never asked (see `ask`).
        ConstSource::HeaderLiteral => Ok(c.value.clone()),
        ConstSource::Probed | ConstSource::HeaderMacro => match compiled()? {
            Some(v) => Ok(Some(v)),
            None => Err(format!(
                "is not a compile-time constant; declare it with its type (`static const T {};`) \
                 to read its value at run time",
                c.name
            )),
        },
        ConstSource::ProbedTyped(ty) => {
            let scalar = matches!(cdef.resolve(ty), Ty::Prim(_) | Ty::Enum(_));
            let bindable =
                scalar && (1..=14).contains(&kind) || (kind == 16 && is_c_string(cdef, ty));
            match compiled() {
                Ok(Some(v)) if bindable => typed_value(cdef, ty, &v, target).map(Some),
                // Read at run time through a getter instead.
                _ => Ok(None),
            }
        }
    }
}

/// The value of type code `kind` from the slots asked; a slot not asked for means the
/// front end read the constant as another kind than the compiler has it.
fn compiled_value(
    a: &super::Answers,
    slots: Values,
    kind: u64,
    target: &Target,
) -> Result<ConstValue, String> {
    let misread = || format!("has type code {kind} for the C compiler, which ffi! did not expect");
    match kind {
        16 => {
            let text =
                String::from_utf8_lossy(a.string(slots.text.ok_or_else(misread)?)).into_owned();
            literal::parse_strings(&text)
                .map(ConstValue::Str)
                .map_err(|_| {
                    format!("expands to `{text}`, which is not a string literal the macro can read")
                })
        }
        15 => Err(
            "is a `long double`, which Rust lacks: declare it `static const double NAME;`".into(),
        ),
        0 => Err(
            "has a type a Rust constant cannot have (a pointer or a struct?): declare it with \
                  its type (`static const T NAME;`) to read it at run time"
                .into(),
        ),
        k => match kind_prim(k) {
            Some(p) if p.is_float() => Ok(ConstValue::Float(
                a.float(slots.float.ok_or_else(misread)?),
                p,
            )),
            Some(p) => {
                // `(unsigned long long)x` sign-extends a negative `x`: the type says which.
                let bits = a.int(slots.int.ok_or_else(misread)?);
                let v = if target.is_signed(p) {
                    i128::from(bits as i64)
                } else {
                    i128::from(bits)
                };
                Ok(ConstValue::Int(target.wrap(v, p), p))
            }
            None => Err(format!("has an unexpected type code {k}")),
        },
    }
}

fn is_c_string(cdef: &Cdef, ty: &Ty) -> bool {
    matches!(cdef.resolve(ty), Ty::Ptr { pointee, .. } if *cdef.resolve(pointee) == Ty::Prim(Prim::Char))
}

fn check_agrees(name: &str, written: &ConstValue, compiled: &ConstValue) -> Result<(), String> {
    let _ = name;
    let same = match (written, compiled) {
        (ConstValue::Int(x, _), ConstValue::Int(y, _)) => x == y,
        (ConstValue::Float(x, _), ConstValue::Float(y, _)) => x == y,
        (ConstValue::Int(x, _), ConstValue::Float(y, _))
        | (ConstValue::Float(y, _), ConstValue::Int(x, _)) => *x as f64 == *y,
        (ConstValue::Str(x), ConstValue::Str(y)) => x == y,
        _ => false,
    };
    if same {
        return Ok(());
    }
    Err(format!(
        "is {} for the C compiler, but the cdef says {}",
        show(compiled),
        show(written)
    ))
}

fn show(v: &ConstValue) -> String {
    match v {
        ConstValue::Int(x, _) => x.to_string(),
        ConstValue::Float(x, _) => x.to_string(),
        ConstValue::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
    }
}

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

/// A `static const T NAME;` value, converted to the declared type as C would.
fn typed_value(
    cdef: &Cdef,
    ty: &Ty,
    v: &ConstValue,
    target: &Target,
) -> Result<ConstValue, String> {
    let (int, float) = match v {
        ConstValue::Int(x, _) => (*x, *x as f64),
        ConstValue::Float(f, _) => (*f as i128, *f),
        ConstValue::Str(_) if is_c_string(cdef, ty) => return Ok(v.clone()),
        ConstValue::Str(_) => return Err("is a string, but is declared with another type".into()),
    };
    let from_float = matches!(v, ConstValue::Float(..));
    Ok(match cdef.resolve(ty) {
        Ty::Prim(p) if p.is_float() => {
            ConstValue::Float(if from_float { float } else { int as f64 }, *p)
        }
        Ty::Prim(p) => ConstValue::Int(fitted(int, *p, target)?, *p),
        Ty::Enum(name) => {
            let repr = cdef.enum_(name).map_or(Prim::Int, Enum::repr);
            ConstValue::Int(fitted(int, repr, target)?, repr)
        }
        _ => {
            return Err(
                "binds integer, floating, enum and `const char *` types as constants".into(),
            );
        }
    })
}

/// An integer constant's value as its declared type holds it. A value only the sign bit
/// separates from the type (`-1` as `unsigned`) converts, as C converts it quietly; one
/// wider than the type would change (GCC's `-Woverflow`): CFFI keeps the value and ignores
/// the declared type, which a Rust constant cannot do.
fn fitted(v: i128, p: Prim, target: &Target) -> Result<i128, String> {
    let bits = target.bits(p).min(127);
    if p == Prim::Bool || (-(1i128 << (bits - 1))..(1i128 << bits)).contains(&v) {
        return Ok(target.wrap(v, p));
    }
    Err(format!(
        "is {v}, which `{}` cannot hold (C would make it {}): declare it with a type that can",
        p.c_name(),
        target.wrap(v, p)
    ))
}
