//! Enums: every enumerator's value from the compiler (filling `...` and `NAME = ...`, and
//! taking the place of the ones the cdef wrote); the enum's size against the type Rust
//! gives it.

use super::{Context, Phase, Questions, Slot, signed};
use crate::model::*;

struct Asked {
    index: usize,
    size: Option<Slot>,
    /// `(enum e)-1 < 0`: whether the compiler's underlying type is signed.
    signed: Option<Slot>,
    /// Per enumerator: value, and whether it is negative.
    values: Vec<(Slot, Slot)>,
}

pub fn ask(q: &mut Questions, cdef: &Cdef, cx: &Context) {
    for (index, e) in cdef.enums.iter().enumerate() {
        let size = e
            .c_spelling
            .as_ref()
            .map(|c| q.int(&e.origin, &format!("sizeof({c})")));
        let signed_slot = e
            .c_spelling
            .as_ref()
            .map(|c| q.int(&e.origin, &format!("({c})-1 < 0")));
        let values = e
            .enumerators
            .iter()
            .map(|en| {
                let value = q.int(&e.origin, &format!("(long long)({})", en.name));
                let neg = q.int(&e.origin, &format!("({}) < 0", en.name));
                (value, neg)
            })
            .collect();
        let asked = Asked {
            index,
            size,
            signed: signed_slot,
            values,
        };
        let target = cx.target.clone();
        q.then(Phase::Facts, move |a, cdef, findings| {
            let e = &mut cdef.enums[asked.index];
            // As in CFFI's API mode, the compiler's value is the enumerator's, whatever the
            // cdef wrote (`enum { AA, BB }` for C's `enum { AA, CC, BB }` gives `BB` = 2).
            for (en, &(v, neg)) in e.enumerators.iter_mut().zip(&asked.values) {
                en.value = Some(signed(a, v, neg));
            }
            let Some(size) = asked.size else {
                return;
            };
            if e.partial {
                // Enumerators the cdef leaves out may need a wider type than those it lists.
                let neg = asked.signed.is_some_and(|s| a.int(s) != 0);
                e.compiled_repr = integer_of(a.int(size), neg);
                return;
            }
            let repr = e.repr();
            let expected = u64::from(target.bits(repr) / 8);
            if a.int(size) != expected {
                findings.problem(
                    &e.origin,
                    format!(
                        "`{}`: the C compiler gives it {} bytes, but its values fit `{}` ({expected} \
                         bytes); enums compiled with -fshort-enums are not supported",
                        e.c_spelling.as_deref().unwrap_or(&e.name),
                        a.int(size),
                        repr.c_name()
                    ),
                );
            }
        });
    }
}

/// The type GCC gives an enum of this size and signedness.
fn integer_of(size: u64, signed: bool) -> Option<Prim> {
    Some(match (size, signed) {
        (4, true) => Prim::Int,
        (4, false) => Prim::UInt,
        (8, true) => Prim::Long,
        (8, false) => Prim::ULong,
        (1, true) => Prim::SChar,
        (1, false) => Prim::UChar,
        (2, true) => Prim::Short,
        (2, false) => Prim::UShort,
        _ => return None,
    })
}
