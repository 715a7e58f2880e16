//! Enums: every enumerator's value from the compiler, filling `...` and `NAME = ...` and
//! checking the ones the cdef wrote; the enum's size against the type Rust gives it.

use super::{Context, Phase, Questions, Slot, signed};
use crate::model::*;

struct Asked {
    index: usize,
    size: Option<Slot>,
    /// Per enumerator: value, and whether it is negative.
    values: Vec<(Slot, Slot)>,
}

pub fn ask(q: &mut Questions, cdef: &Cdef, cx: &Context) {
    for (index, e) in cdef.enums.iter().enumerate() {
        let size = e
            .c_spelling
            .as_ref()
            .map(|c| q.int(&e.origin, &format!("sizeof({c})")));
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
            values,
        };
        let target = cx.target.clone();
        q.then(Phase::Facts, move |a, cdef, findings| {
            let e = &mut cdef.enums[asked.index];
            for (en, &(v, neg)) in e.enumerators.iter_mut().zip(&asked.values) {
                let compiled = signed(a, v, neg);
                match en.value {
                    Some(written) if written != compiled => findings.problem(
                        &e.origin,
                        format!(
                            "enumerator `{}`: the cdef says {written}, the C compiler says {compiled}",
                            en.name
                        ),
                    ),
                    _ => en.value = Some(compiled),
                }
            }
            let Some(size) = asked.size else {
                return;
            };
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
