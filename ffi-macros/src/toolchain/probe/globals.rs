//! Global variables: the cdef's type checked against the compiler's, `[...]` lengths.

use super::{Phase, Questions, ask_array_lengths, fill_array_lengths};
use crate::model::*;
use crate::toolchain::glue::declare;

pub fn ask(q: &mut Questions, cdef: &Cdef) {
    for (i, g) in cdef.globals.iter().enumerate() {
        let lengths = ask_array_lengths(q, &g.origin, &g.name, &g.ty);
        if !lengths.is_empty() {
            q.then(Phase::Facts, move |a, cdef, _| {
                fill_array_lengths(&mut cdef.globals[i].ty, a, &lengths);
            });
        }
        // Declarations read from headers are the compiler's own: only the cdef's are checked.
        if g.origin.header.is_some() {
            continue;
        }
        // A `const` array's elements are `const`: part of the type C compares.
        let Some(spelled) =
            checkable(cdef, &g.ty).filter(|_| !(g.is_const && matches!(g.ty, Ty::Array(..))))
        else {
            continue;
        };
        let same = q.int(
            &g.origin,
            &format!(
                "__builtin_types_compatible_p(__typeof__({}), {spelled})",
                g.name
            ),
        );
        q.then(Phase::Declarations, move |a, cdef, findings| {
            if a.int(same) == 0 {
                let g = &cdef.globals[i];
                let message = format!(
                    "`{}`: the cdef declares it as `{spelled}`, but the C compiler's `{}` has another type",
                    g.name, g.name
                );
                // An array is described by address: by value it would decay to a pointer.
                let expr = match g.ty {
                    Ty::Array(..) => format!("&({})", g.name),
                    _ => format!("({})", g.name),
                };
                findings.type_problem(&g.origin, None, message, expr);
            }
        });
    }
}

/// The cdef's type spelled for a compatibility check: `[...]` outermost becomes `[]`;
/// an inner `[...]` cannot be spelled before it is known.
pub(super) fn checkable(cdef: &Cdef, ty: &Ty) -> Option<String> {
    let ty = match ty {
        Ty::Array(elem, ArrayLen::Probed) => Ty::Array(elem.clone(), ArrayLen::Unknown),
        other => other.clone(),
    };
    let mut inner_probed = false;
    ty.walk(&mut |t| inner_probed |= matches!(t, Ty::Array(_, ArrayLen::Probed)));
    if inner_probed {
        return None;
    }
    declare(cdef, &ty, "").ok()
}
