//! Typedefs: what `...` leaves open (an opaque type's size and alignment, an integer or
//! floating type's size and signedness, an array's length).
//!
//! A typedef the cdef spells out is not compared with the compiler's: it is an alias, and
//! the glue and probe spell it as the cdef means it (see `glue::declare`), so each use
//! (a function, a field, a global) is checked, or converted, on its own. A cdef's
//! `typedef void crypto_generichash_blake2b_state;` (PyNaCl) is then as good as C's.

use super::{Context, Phase, Questions, Slot, ask_array_lengths, fill_array_lengths};
use crate::model::*;

/// The pseudo-file holding the size of each `typedef ... t;`, one per line: a compile error
/// on line N there means the N-th such type is incomplete in C.
pub const OPAQUE_FILE: &str = "ffi-opaque";

/// The pseudo-file asking each `typedef T t[...];` length (line: its index + 1): a compile
/// error there means `source` does not declare it, which a cdef may do (CFFI accepts it):
/// it then keeps no length.
pub const TYPEDEF_FILE: &str = "ffi-typedef";

pub fn ask(q: &mut Questions, cdef: &Cdef, cx: &Context) {
    let mut opaque_line = 0;
    for (i, t) in cdef.typedefs.iter().enumerate() {
        match &t.target {
            TypedefTarget::Ty(_) if cx.cdef_only.contains(&t.name) => {}
            // Read from a header: the compiler's own, nothing to check (arrays' `[...]`
            // cannot come from a header).
            TypedefTarget::Ty(_) if t.origin.header.is_some() => {}
            TypedefTarget::Ty(ty) => ask_lengths(q, i, t, ty),
            TypedefTarget::Opaque(Some(_)) => {}
            TypedefTarget::Opaque(None) => {
                // Counted even when skipped, so lines keep naming the same typedefs.
                opaque_line += 1;
                if !cx.incomplete.contains(&t.name) {
                    ask_opaque(q, i, t, opaque_line);
                }
            }
            TypedefTarget::ProbedNumber { float } => ask_number(q, i, t, *float),
        }
    }
}

/// `typedef int t[...];`: the lengths of its `[...]` dimensions, from C's `t`.
fn ask_lengths(q: &mut Questions, i: usize, t: &Typedef, ty: &Ty) {
    let at = Origin {
        line: i + 1,
        text: String::new(),
        header: Some(TYPEDEF_FILE.into()),
    };
    let lengths = ask_array_lengths(q, &at, &format!("*({} *)0", t.name), ty);
    if !lengths.is_empty() {
        q.then(Phase::Facts, move |a, cdef, _| {
            if let TypedefTarget::Ty(ty) = &mut cdef.typedefs[i].target {
                fill_array_lengths(ty, a, &lengths);
            }
        });
    }
}

/// Size, alignment and GCC's type class (`__builtin_classify_type`, which clang shares),
/// all on the typedef's own line: an incomplete type fails each, and an error on the next
/// line would name the next typedef.
fn ask_opaque(q: &mut Questions, i: usize, t: &Typedef, line: usize) {
    let name = &t.name;
    q.ints
        .push_str(&format!("#line {line} \"{OPAQUE_FILE}\"\n"));
    let [size, align, class] = q.int_row([
        format!("sizeof({name})"),
        format!("_Alignof({name})"),
        format!("__builtin_classify_type(*({name} *)0)"),
    ]);
    q.then(Phase::Facts, move |a, cdef, _| {
        let t = &mut cdef.typedefs[i];
        t.target = TypedefTarget::Opaque(Some(Layout {
            size: a.int(size),
            align: a.int(align).max(1),
        }));
        // integer, char, enumeral, boolean and real type classes.
        t.arithmetic = matches!(a.int(class), 1..=4 | 8);
    });
}

fn ask_number(q: &mut Questions, i: usize, t: &Typedef, float: bool) {
    let name = &t.name;
    let size = q.int(&t.origin, &format!("sizeof({name})"));
    let signed = q.int(&t.origin, &format!("({name})-1 < ({name})0"));
    let integer = q.int(&t.origin, &format!("({name})0.5 == ({name})0"));
    q.then(Phase::Facts, move |a, cdef, findings| {
        let t = &cdef.typedefs[i];
        let found = if a.int(integer) != 0 {
            integer_prim(a.int(size), a.int(signed) != 0)
        } else {
            float_prim(a.int(size))
        };
        match found {
            Some(p) if p.is_float() == float => {
                cdef.typedefs[i].target = TypedefTarget::Ty(Ty::Prim(p));
            }
            Some(p) => findings.problem(
                &t.origin,
                format!(
                    "`{}` is declared as {} type (`...`), but the C compiler's `{}` is {}",
                    t.name,
                    if float { "a floating" } else { "an integer" },
                    t.name,
                    describe_number(p, a.int(size))
                ),
            ),
            None => findings.problem(
                &t.origin,
                format!(
                    "`{}`: a {}-byte type has no Rust equivalent",
                    t.name,
                    a.int(size)
                ),
            ),
        }
    });
}

fn describe_number(p: Prim, size: u64) -> String {
    if p.is_float() {
        format!("a {size}-byte floating type")
    } else {
        let sign = if p.c_name().starts_with('u') {
            "an unsigned"
        } else {
            "a signed"
        };
        format!("{sign} {size}-byte integer")
    }
}

fn integer_prim(size: u64, signed: bool) -> Option<Prim> {
    Some(match (size, signed) {
        (1, true) => Prim::I8,
        (2, true) => Prim::I16,
        (4, true) => Prim::I32,
        (8, true) => Prim::I64,
        (1, false) => Prim::U8,
        (2, false) => Prim::U16,
        (4, false) => Prim::U32,
        (8, false) => Prim::U64,
        _ => return None,
    })
}

fn float_prim(size: u64) -> Option<Prim> {
    Some(match size {
        4 => Prim::Float,
        8 => Prim::Double,
        10 | 12 | 16 => Prim::LongDouble,
        _ => return None,
    })
}

impl Questions {
    /// Integer questions on one line, whichever line the text before set.
    fn int_row<const N: usize>(&mut self, exprs: [String; N]) -> [Slot; N] {
        let mut row = String::from(" ");
        for e in &exprs {
            row.push_str(&format!(" (unsigned long long)({e}),"));
        }
        self.ints.push_str(&row);
        self.ints.push('\n');
        let first = self.n_ints;
        self.n_ints += N;
        std::array::from_fn(|k| first + k)
    }
}

/// Which typedefs `source` does not declare, from the compiler's errors' lines.
pub fn cdef_only_from_errors(cdef: &Cdef, stderr: &str) -> Vec<String> {
    let mut found: Vec<String> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{TYPEDEF_FILE}:")))
        .filter_map(|rest| rest.split(':').next()?.parse::<usize>().ok())
        .filter_map(|n| cdef.typedefs.get(n.wrapping_sub(1)))
        .map(|t| t.name.clone())
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Which `typedef ... t;` the compiler found incomplete, from its errors' lines.
pub fn incomplete_from_errors(cdef: &Cdef, stderr: &str) -> Vec<String> {
    let opaque: Vec<&str> = cdef
        .typedefs
        .iter()
        .filter(|t| t.target == TypedefTarget::Opaque(None))
        .map(|t| t.name.as_str())
        .collect();
    let mut found = Vec::new();
    for line in stderr.lines() {
        let Some(rest) = line.strip_prefix(&format!("{OPAQUE_FILE}:")) else {
            continue;
        };
        let n: Option<usize> = rest.split(':').next().and_then(|n| n.parse().ok());
        if let Some(name) = n.and_then(|n| opaque.get(n.wrapping_sub(1))) {
            found.push(name.to_string());
        }
    }
    found.sort();
    found.dedup();
    found
}
