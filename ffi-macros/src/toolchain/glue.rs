//! The C glue compiled in one translation unit with the user's `source`.
//!
//! As in CFFI's API mode, every function is reached through a wrapper with a unique name, so
//! a "function" that is really a macro or a `static inline` works, and every global through a
//! getter, so `errno`-style macros work too. `#line` directives make compiler messages point
//! into the user's `source` and cdef.

use std::fmt::Write;

use crate::input::Block;
use crate::model::{ArrayLen, Builtin, Cdef, FnSig, Function, Global, Prim, Ty};

/// The whole C file: the user's source, then one wrapper per function and global.
pub fn translation_unit(block: &Block, cdef: &Cdef, prefix: &str) -> Result<String, String> {
    let mut c = source_preamble(block);
    c.push_str("#line 1 \"ffi-glue\"\n");
    for header in std_headers(cdef) {
        let _ = writeln!(c, "#include <{header}>");
    }
    for f in &cdef.functions {
        if !f.sig.variadic {
            function_wrapper(&mut c, cdef, f, prefix)?;
        }
    }
    for g in &cdef.globals {
        global_getter(&mut c, cdef, g, prefix)?;
    }
    Ok(c)
}

/// The user's `source`, first in every translation unit, with compiler messages pointing
/// at its own lines (`source:3:5`).
pub fn source_preamble(block: &Block) -> String {
    match &block.source {
        Some(source) => format!("#line 1 \"source\"\n{}\n", source.value()),
        None => String::new(),
    }
}

/// Symbols that stay global after the archive is localized: the glue, and variadic
/// functions, which C cannot forward through a wrapper and are bound by their own name.
pub fn exported_symbols(cdef: &Cdef, prefix: &str) -> Vec<String> {
    let wrappers = cdef.functions.iter().map(|f| {
        if f.sig.variadic {
            f.name.clone()
        } else {
            format!("{prefix}{}", f.name)
        }
    });
    let getters = cdef.globals.iter().map(|g| format!("{prefix}{}", g.name));
    wrappers.chain(getters).collect()
}

/// The headers that define the names a cdef may use without declaring them.
fn std_headers(cdef: &Cdef) -> Vec<&'static str> {
    let mut headers = vec!["stddef.h", "stdint.h"];
    let mut need = |ty: &Ty| {
        let header = match ty {
            Ty::Prim(Prim::Bool) => "stdbool.h",
            Ty::Prim(Prim::SSize) => "sys/types.h",
            Ty::Prim(Prim::WChar) => "wchar.h",
            Ty::Builtin(Builtin::File) => "stdio.h",
            Ty::Builtin(Builtin::VaList) => "stdarg.h",
            _ => return,
        };
        if !headers.contains(&header) {
            headers.push(header);
        }
    };
    for f in &cdef.functions {
        f.sig.walk(&mut need);
    }
    for g in &cdef.globals {
        g.ty.walk(&mut need);
    }
    headers
}

fn function_wrapper(c: &mut String, cdef: &Cdef, f: &Function, prefix: &str) -> Result<(), String> {
    let params: Vec<String> = f
        .sig
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| declare(cdef, &p.ty, &format!("__ffi_a{i}"), false))
        .collect::<Result<_, _>>()?;
    let params = if params.is_empty() {
        "void".to_string()
    } else {
        params.join(", ")
    };
    let args: Vec<String> = (0..f.sig.params.len())
        .map(|i| format!("__ffi_a{i}"))
        .collect();
    let head = declare(
        cdef,
        &f.sig.ret,
        &format!("{prefix}{}({params})", f.name),
        false,
    )?;
    let call = format!("{}({})", f.name, args.join(", "));
    let body = if f.sig.ret == Ty::Void {
        format!("{call};")
    } else {
        format!("return {call};")
    };
    let _ = writeln!(c, "#line {} \"cdef\"\n{head} {{ {body} }}", f.origin.line);
    Ok(())
}

fn global_getter(c: &mut String, cdef: &Cdef, g: &Global, prefix: &str) -> Result<(), String> {
    // An array of unknown length is returned as a pointer to its first element.
    let (ret, expr) = match &g.ty {
        Ty::Array(elem, ArrayLen::Unknown) => {
            (Ty::ptr((**elem).clone(), g.is_const), g.name.clone())
        }
        ty => (Ty::ptr(ty.clone(), g.is_const), format!("&{}", g.name)),
    };
    let head = declare(cdef, &ret, &format!("{prefix}{}(void)", g.name), false)?;
    let _ = writeln!(
        c,
        "#line {} \"cdef\"\n{head} {{ return {expr}; }}",
        g.origin.line
    );
    Ok(())
}

/// C declarator syntax: the declaration of `inner` with type `ty` (`int (*f)(void)` …).
pub fn declare(cdef: &Cdef, ty: &Ty, inner: &str, is_const: bool) -> Result<String, String> {
    let with_inner = |base: &str| {
        let q = if is_const { "const " } else { "" };
        if inner.is_empty() {
            format!("{q}{base}")
        } else {
            format!("{q}{base} {inner}")
        }
    };
    Ok(match ty {
        Ty::Void => with_inner("void"),
        Ty::Prim(p) => with_inner(p.c_name()),
        Ty::Builtin(Builtin::File) => with_inner("FILE"),
        Ty::Builtin(Builtin::VaList) => with_inner("va_list"),
        Ty::Typedef(n) => with_inner(n),
        Ty::Record(n) => {
            let spelling = cdef.record(n).and_then(|r| r.c_spelling.clone());
            with_inner(&spelling.ok_or_else(|| format!("`{n}` has no C name to use in glue"))?)
        }
        Ty::Enum(n) => {
            let spelling = cdef.enum_(n).and_then(|e| e.c_spelling.clone());
            with_inner(&spelling.ok_or_else(|| format!("`{n}` has no C name to use in glue"))?)
        }
        Ty::Ptr {
            pointee,
            const_pointee,
        } => {
            let star = if is_const {
                format!("*const {inner}")
            } else {
                format!("*{inner}")
            };
            let star = if matches!(**pointee, Ty::Array(..) | Ty::Fn(_)) {
                format!("({star})")
            } else {
                star
            };
            declare(cdef, pointee, &star, *const_pointee)?
        }
        Ty::Array(elem, len) => {
            let n = match len {
                ArrayLen::Known(n) => n.to_string(),
                ArrayLen::Unknown | ArrayLen::Probed => String::new(),
            };
            declare(cdef, elem, &format!("{inner}[{n}]"), is_const)?
        }
        Ty::Fn(sig) => declare(
            cdef,
            &sig.ret,
            &format!("{inner}({})", param_list(cdef, sig)?),
            false,
        )?,
    })
}

fn param_list(cdef: &Cdef, sig: &FnSig) -> Result<String, String> {
    let mut parts: Vec<String> = sig
        .params
        .iter()
        .map(|p| declare(cdef, &p.ty, "", false))
        .collect::<Result<_, _>>()?;
    if sig.variadic {
        parts.push("...".into());
    }
    Ok(if parts.is_empty() {
        "void".into()
    } else {
        parts.join(", ")
    })
}
