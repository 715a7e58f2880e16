//! Global variables: the cdef's type checked against the compiler's, `[...]` lengths.

use super::{Phase, Questions, ask_array_lengths, fill_array_lengths};
use crate::model::*;
use crate::toolchain::glue::declare;

/// For a pointer the cdef declares as `ty`, where the compiler's `expr` has another type:
/// `T v = expr;`, which compiles when C's pointer differs only in pointee qualifiers, and
/// a check that `expr` is a pointer itself (an array would decay to one).
pub(super) fn pointer_bridge(cdef: &Cdef, ty: &Ty, expr: &str) -> Option<String> {
    if !matches!(cdef.resolve(ty), Ty::Ptr { .. }) {
        return None;
    }
    let decl = declare(cdef, ty, "__ffi_v").ok()?;
    Some(format!(
        "_Static_assert(__builtin_types_compatible_p(__typeof__({expr}), __typeof__(&*{expr})), \
         \"not a pointer\"); {decl} = {expr}; (void)__ffi_v;"
    ))
}

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
                // Described by address: by value an array would decay to a pointer.
                let expr = format!("&({})", g.name);
                let bridge = pointer_bridge(cdef, &g.ty, &format!("({})", g.name));
                findings.bridgeable_problem(&g.origin, None, message, expr, bridge);
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
