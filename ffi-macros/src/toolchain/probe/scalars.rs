//! Every scalar's size and alignment as a struct field (which can differ from `_Alignof`:
//! `long long` on i386), measured; and the target table checked against them.

use std::collections::{HashMap, HashSet};

use super::{Context, Phase, Questions};
use crate::layout::Sizes;
use crate::model::{Cdef, ConstSource, Layout, Origin, Prim, Ty};
use crate::target::Target;

fn here() -> Origin {
    Origin {
        line: 1,
        text: String::new(),
        header: Some("ffi-probe".into()),
    }
}

/// Size, then alignment as a field (the offset after a `char`).
fn measure(q: &mut Questions, c_type: &str) -> (usize, usize) {
    let at = here();
    let size = q.int(&at, &format!("sizeof({c_type})"));
    let align = q.int(
        &at,
        &format!("__builtin_offsetof(struct {{ char c; {c_type} x; }}, x)"),
    );
    (size, align)
}

pub fn ask(q: &mut Questions, cdef: &Cdef, cx: &Context) {
    // Always C's own types and those of `stddef.h` and `stdint.h` (what `typedef int...`
    // resolves to); the others (`ssize_t`, `char16_t`, …) when the cdef uses them: their
    // headers cost the compiler more time than the whole probe of a small block.
    let used = used_prims(cdef);
    let measured = Prim::ALL.iter().copied().filter(|p| {
        matches!(p.c_header(), None | Some("stddef.h" | "stdint.h")) || used.contains(p)
    });
    let mut slots: Vec<(Prim, (usize, usize))> = Vec::new();
    for p in measured {
        if let Some(h) = p.c_header() {
            q.include(h);
        }
        slots.push((p, measure(q, p.c_name())));
    }
    let pointer = measure(q, "void *");
    let target = cx.target.clone();
    q.then(Phase::Scalars, move |a, _, findings| {
        let layout = |(s, al): (usize, usize)| Layout {
            size: a.int(s),
            align: a.int(al),
        };
        let prims: HashMap<Prim, Layout> = slots.iter().map(|(p, s)| (*p, layout(*s))).collect();
        for (p, measured) in &prims {
            if used.contains(p) && target.layout(*p).size != measured.size {
                findings.problem(&here(), wrong_table(&target, *p, measured.size));
            }
        }
        // The record rules are the target's; the sizes are what the compiler measured.
        findings.sizes = Some(Sizes {
            prims,
            pointer: layout(pointer),
            little_endian: a.little_endian,
            ..Sizes::from_target(&target)
        });
    });
}

fn wrong_table(target: &Target, p: Prim, measured: u64) -> String {
    format!(
        "`{}` is {measured} bytes for the C compiler, but `ffi!` assumed {} for target `{}`; \
         this target's C ABI is not supported",
        p.c_name(),
        target.layout(p).size,
        target.triple
    )
}

/// The scalars the cdef mentions anywhere (only those must match the table).
fn used_prims(cdef: &Cdef) -> HashSet<Prim> {
    let mut found = HashSet::new();
    let mut check = |t: &Ty| {
        if let Ty::Prim(p) = t {
            found.insert(*p);
        }
    };
    for f in cdef.functions.iter().chain(&cdef.rust_functions) {
        f.sig.walk(&mut check);
    }
    for g in &cdef.globals {
        g.ty.walk(&mut check);
    }
    for r in &cdef.records {
        for f in r.fields() {
            f.ty.walk(&mut check);
        }
    }
    for t in &cdef.typedefs {
        if let crate::model::TypedefTarget::Ty(ty) = &t.target {
            ty.walk(&mut check);
        }
    }
    for c in &cdef.constants {
        if let ConstSource::Typed(ty) | ConstSource::ProbedTyped(ty) = &c.source {
            ty.walk(&mut check);
        }
    }
    found
}
