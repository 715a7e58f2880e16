//! Global variables: the cdef's type checked against the compiler's, `[...]` lengths.

use super::{Phase, Questions};
use crate::model::*;
use crate::toolchain::glue::declare;

pub fn ask(q: &mut Questions, cdef: &Cdef) {
    for (i, g) in cdef.globals.iter().enumerate() {
        let lengths = ask_lengths(q, g);
        if !lengths.is_empty() {
            q.then(Phase::Facts, move |a, cdef, _| {
                let mut ty = &mut cdef.globals[i].ty;
                let mut known = lengths.iter().map(|s| a.int(*s));
                while let Ty::Array(elem, len) = ty {
                    if *len == ArrayLen::Probed
                        && let Some(n) = known.next()
                    {
                        *len = ArrayLen::Known(n);
                    }
                    ty = elem;
                }
            });
        }
        let Some(spelled) = checkable(cdef, &g.ty) else {
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
                findings.problem(
                    &g.origin,
                    format!(
                        "`{}`: the cdef declares it as `{spelled}`, but the C compiler's `{}` has \
                         another type",
                        g.name, g.name
                    ),
                );
            }
        });
    }
}

fn ask_lengths(q: &mut Questions, g: &Global) -> Vec<super::Slot> {
    let mut slots = Vec::new();
    let mut ty = &g.ty;
    let mut outer = format!("({})", g.name);
    while let Ty::Array(elem, len) = ty {
        let inner = format!("{outer}[0]");
        if *len == ArrayLen::Probed {
            slots.push(q.int(&g.origin, &format!("sizeof{outer} / sizeof({inner})")));
        }
        outer = format!("({inner})");
        ty = elem;
    }
    slots
}

/// The cdef's type spelled for a compatibility check: `[...]` outermost becomes `[]`;
/// an inner `[...]` cannot be spelled before it is known.
fn checkable(cdef: &Cdef, ty: &Ty) -> Option<String> {
    let ty = match ty {
        Ty::Array(elem, ArrayLen::Probed) => Ty::Array(elem.clone(), ArrayLen::Unknown),
        other => other.clone(),
    };
    let mut inner_probed = false;
    ty.walk(&mut |t| inner_probed |= matches!(t, Ty::Array(_, ArrayLen::Probed)));
    if inner_probed {
        return None;
    }
    declare(cdef, &ty, "", false).ok()
}
