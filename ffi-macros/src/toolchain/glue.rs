//! The C translation unit of an API-mode block: the user's code and only the glue C needs.
//!
//! ```text
//! prologue   `extern "Rust"` declarations, so `source` can call them
//! headers    `#include <…>` for each of `headers`
//! source     `source`, then `source_file`'s text
//! glue       getters for globals and run-time constants; wrappers for macros (under
//!            `#ifdef`), `static` functions (second compile only), and functions whose
//!            arguments Rust cannot pass as C does (`long double`, opaque values)
//! probe      `#include "ffi-probe.h"`: the questions (see `probe`)
//! ```
//!
//! Library functions and functions `source` defines are called directly; see
//! `probe::functions`. `#line` directives make compiler messages point into the user's
//! `source` and cdef.

use std::fmt::Write;

use super::Kind;
use crate::input::Block;
use crate::model::*;

/// The name of the probe header written beside the translation unit.
pub const PROBE_HEADER: &str = "ffi-probe.h";

/// What one compile of the block contains.
pub struct Unit<'a> {
    pub block: &'a Block,
    pub cdef: &'a Cdef,
    pub prefix: &'a str,
    pub kind: Kind,
    /// `static` functions found by the first compile: wrapped in the second.
    pub static_wrappers: &'a [String],
    /// `mode shared`: the content hash the shared object carries.
    pub fingerprint: Option<&'a str>,
}

pub fn translation_unit(u: &Unit) -> Result<String, String> {
    // As CFFI's prologue does: `source` may use `size_t`, `va_list`, `wchar_t`, `int32_t`
    // without including anything.
    let mut c = String::from(
        "#line 1 \"ffi-prologue\"\n#include <stddef.h>\n#include <stdint.h>\n#include <stdarg.h>\n",
    );
    c.push_str(&rust_declarations(u)?);
    for h in &u.block.headers {
        let _ = writeln!(c, "#include <{}>", h.value());
    }
    c.push_str(&source_text(u.block));
    c.push_str("#line 1 \"ffi-glue\"\n");
    for header in std_headers(u.cdef) {
        let _ = writeln!(c, "#include <{header}>");
    }
    // A wrapper that converts silently would hide a cdef that disagrees with `source`.
    for w in MISMATCH_WARNINGS {
        let _ = writeln!(c, "#pragma GCC diagnostic error \"-W{w}\"");
    }
    glue(&mut c, u)?;
    if let Some(hash) = u.fingerprint {
        let _ = writeln!(c, "const char {}[] = \"{hash}\";", super::FINGERPRINT);
    }
    let _ = writeln!(c, "#include \"{PROBE_HEADER}\"");
    Ok(c)
}

/// Warnings that mean the cdef and `source` disagree: errors in the glue.
const MISMATCH_WARNINGS: &[&str] = &[
    "incompatible-pointer-types",
    "int-conversion",
    "discarded-qualifiers",
    "pointer-sign",
    "implicit-function-declaration",
];

/// The user's `source` and `source_file`, with compiler messages pointing at their lines
/// (`source:3:5`, `src/glue.c:7:1`).
pub fn source_text(block: &Block) -> String {
    let mut c = String::new();
    if let Some(source) = &block.source {
        let _ = write!(c, "#line 1 \"source\"\n{}\n", source.value());
    }
    if let Some(f) = &block.source_file {
        let _ = write!(c, "#line 1 \"{}\"\n{}\n", escape(&f.path), f.text);
    }
    c
}

fn escape(path: &str) -> String {
    path.replace('\\', "\\\\").replace('"', "\\\"")
}

fn glue(c: &mut String, u: &Unit) -> Result<(), String> {
    let cdef = u.cdef;
    for g in &cdef.globals {
        global_getter(c, g, u.prefix);
    }
    for k in &cdef.constants {
        if let ConstSource::ProbedTyped(ty) = &k.source {
            let call = Call {
                head: format!("{}{}", u.prefix, k.name),
                callee: k.name.clone(),
                line: k.origin.line,
                is_call: false,
            };
            let sig = FnSig {
                ret: ty.clone(),
                params: Vec::new(),
                variadic: false,
            };
            wrapper(c, cdef, &sig, &call)?;
        }
    }
    for f in &cdef.functions {
        function_glue(c, u, f)?;
    }
    rust_function_table(c, u)
}

/// A wrapper for `f` where C needs one: always when it converts, under `#ifdef f` for a
/// macro (the same compile tells which names are macros), and for `static` functions.
fn function_glue(c: &mut String, u: &Unit, f: &Function) -> Result<(), String> {
    if f.sig.variadic {
        return Ok(());
    }
    let call = Call {
        head: format!("{}{}", u.prefix, f.name),
        callee: f.name.clone(),
        line: f.origin.line,
        is_call: true,
    };
    if u.cdef.converts(&f.sig) || u.static_wrappers.contains(&f.name) {
        return wrapper(c, u.cdef, &f.sig, &call);
    }
    let _ = writeln!(c, "#ifdef {}", f.name);
    wrapper(c, u.cdef, &f.sig, &call)?;
    let _ = writeln!(c, "#endif");
    Ok(())
}

/// A C function `head` forwarding to `callee` (a call, or a value for constant getters).
struct Call {
    head: String,
    callee: String,
    line: usize,
    is_call: bool,
}

/// Each parameter as the wrapper takes it and as it passes it on.
fn crossing_param(cdef: &Cdef, i: usize, ty: &Ty) -> Result<(String, String), String> {
    let name = format!("__ffi_a{i}");
    Ok(match cdef.crossing(ty) {
        Crossing::Direct => (declare(cdef, ty, &name)?, name),
        Crossing::AsDouble => (format!("double {name}"), format!("(long double){name}")),
        Crossing::ByPointer => (
            declare(cdef, &Ty::ptr(ty.clone(), true), &name)?,
            format!("*{name}"),
        ),
    })
}

fn wrapper(c: &mut String, cdef: &Cdef, sig: &FnSig, call: &Call) -> Result<(), String> {
    let mut params = Vec::new();
    let mut args = Vec::new();
    for (i, p) in sig.params.iter().enumerate() {
        let (param, arg) = crossing_param(cdef, i, &p.ty)?;
        params.push(param);
        args.push(arg);
    }
    let callee = if call.is_call {
        format!("{}({})", call.callee, args.join(", "))
    } else {
        call.callee.clone()
    };
    let (head, body) = match cdef.crossing(&sig.ret) {
        Crossing::Direct if sig.ret == Ty::Void => (
            format!("void {}", signature(&call.head, &params)),
            format!("{callee};"),
        ),
        Crossing::Direct => (
            declare(cdef, &sig.ret, &signature(&call.head, &params))?,
            format!("return {callee};"),
        ),
        Crossing::AsDouble => (
            format!("double {}", signature(&call.head, &params)),
            format!("return (double){callee};"),
        ),
        Crossing::ByPointer => {
            let out = declare(cdef, &Ty::ptr(sig.ret.clone(), false), "__ffi_ret")?;
            let all: Vec<String> = std::iter::once(out).chain(params).collect();
            (
                format!("void {}", signature(&call.head, &all)),
                format!("*__ffi_ret = {callee};"),
            )
        }
    };
    let _ = writeln!(c, "#line {} \"cdef\"\n{head} {{ {body} }}", call.line);
    Ok(())
}

fn signature(name: &str, params: &[String]) -> String {
    if params.is_empty() {
        format!("{name}(void)")
    } else {
        format!("{name}({})", params.join(", "))
    }
}

/// The address of a global. Untyped in C (Rust declares the type): a global the cdef types
/// differently from `source` is then the probe's located error, not a glue compile error.
fn global_getter(c: &mut String, g: &Global, prefix: &str) {
    // An array of unknown length is returned as a pointer to its first element.
    let address = match &g.ty {
        Ty::Array(_, ArrayLen::Unknown) => format!("(void *){}", g.name),
        _ => format!("(void *)&{}", g.name),
    };
    let _ = writeln!(
        c,
        "#line {} \"cdef\"\nvoid *{prefix}{}(void) {{ return {address}; }}",
        g.origin.line, g.name
    );
}

/// The symbol of the table a shared object calls `extern "Rust"` functions through.
pub fn rust_table(prefix: &str) -> String {
    format!("{prefix}rust")
}

/// The symbol C calls for an `extern "Rust"` function in a static archive.
pub fn rust_symbol(prefix: &str, name: &str) -> String {
    format!("{prefix}rust_{name}")
}

/// `extern "Rust"` declarations before `source`. In a static archive each is the Rust
/// function itself (an asm label names its hashed symbol); in a shared object, which
/// cannot see the executable's symbols, each calls through a table the loader fills.
/// Typedefs are spelled through and struct tags declared ahead, as `source` comes later.
fn rust_declarations(u: &Unit) -> Result<String, String> {
    let rust = &u.cdef.rust_functions;
    if rust.is_empty() {
        return Ok(String::new());
    }
    let mut c = String::new();
    for tag in forward_tags(u.cdef) {
        let _ = writeln!(c, "{tag};");
    }
    for f in rust {
        let early = early_signature(u.cdef, &f.sig)
            .map_err(|m| format!("`extern \"Rust\" {}`: {m}", f.name))?;
        let decl = declare(u.cdef, &Ty::Fn(Box::new(early)), &f.name)?;
        let _ = writeln!(c, "#line {} \"cdef\"", f.origin.line);
        match u.kind {
            Kind::Static => {
                let _ = writeln!(c, "{decl} __asm__(\"{}\");", rust_symbol(u.prefix, &f.name));
            }
            Kind::Shared => {
                let _ = writeln!(c, "static {decl};");
            }
        }
    }
    Ok(c)
}

/// Shared objects: the table of Rust function pointers, and a definition for each
/// `extern "Rust"` function calling through it.
fn rust_function_table(c: &mut String, u: &Unit) -> Result<(), String> {
    let rust = &u.cdef.rust_functions;
    if rust.is_empty() || !matches!(u.kind, Kind::Shared) {
        return Ok(());
    }
    let table = rust_table(u.prefix);
    let _ = writeln!(c, "void *{table}[{}];", rust.len());
    for (i, f) in rust.iter().enumerate() {
        let early = early_signature(u.cdef, &f.sig)?;
        let pointer = declare(u.cdef, &Ty::ptr(Ty::Fn(Box::new(early.clone())), false), "")?;
        let params: Vec<String> = early
            .params
            .iter()
            .enumerate()
            .map(|(j, p)| declare(u.cdef, &p.ty, &format!("__ffi_a{j}")))
            .collect::<Result<_, _>>()?;
        let args: Vec<String> = (0..params.len()).map(|j| format!("__ffi_a{j}")).collect();
        let head = declare(u.cdef, &early.ret, &signature(&f.name, &params))?;
        let ret = if early.ret == Ty::Void { "" } else { "return " };
        let _ = writeln!(
            c,
            "#line {} \"cdef\"\nstatic {head} {{ {ret}(({pointer}){table}[{i}])({}); }}",
            f.origin.line,
            args.join(", ")
        );
    }
    Ok(())
}

/// A signature spelled with what exists before `source`: typedefs resolved, enums as
/// their integer type; struct tags are declared ahead.
fn early_signature(cdef: &Cdef, sig: &FnSig) -> Result<FnSig, String> {
    let spell = |t: &Ty| early_type(cdef, t, 0);
    Ok(FnSig {
        ret: spell(&sig.ret)?,
        params: sig
            .params
            .iter()
            .map(|p| {
                Ok(Param {
                    name: p.name.clone(),
                    ty: spell(&p.ty)?,
                })
            })
            .collect::<Result<_, String>>()?,
        variadic: sig.variadic,
    })
}

fn early_type(cdef: &Cdef, ty: &Ty, depth: usize) -> Result<Ty, String> {
    if depth > 64 {
        return Err("types nest too deeply".into());
    }
    Ok(match ty {
        Ty::Typedef(n) => match cdef.typedef(n).map(|t| &t.target) {
            Some(TypedefTarget::Ty(inner)) => early_type(cdef, inner, depth + 1)?,
            _ => {
                return Err(format!(
                    "`{n}` is an opaque type `source` defines: use a pointer"
                ));
            }
        },
        Ty::Enum(e) => Ty::Prim(cdef.enum_(e).map_or(Prim::Int, Enum::repr)),
        Ty::Record(r)
            if cdef
                .record(r)
                .is_none_or(|r| r.c_spelling.as_ref().is_none_or(|c| !c.contains(' '))) =>
        {
            return Err(format!(
                "`{r}` has no struct tag to declare before `source`: give the struct a tag"
            ));
        }
        Ty::Ptr { pointee, quals } => {
            Ty::qualified_ptr(early_type(cdef, pointee, depth + 1)?, *quals)
        }
        Ty::Array(elem, len) => {
            Ty::Array(Box::new(early_type(cdef, elem, depth + 1)?), len.clone())
        }
        Ty::Fn(sig) => Ty::Fn(Box::new(early_signature(cdef, sig)?)),
        other => other.clone(),
    })
}

/// `struct s` / `union u` tags named by `extern "Rust"` signatures.
fn forward_tags(cdef: &Cdef) -> Vec<String> {
    let mut tags = Vec::new();
    for f in &cdef.rust_functions {
        f.sig.walk(&mut |t| {
            let resolved = cdef.resolve(t);
            if let Ty::Record(r) = resolved
                && let Some(c) = cdef.record(r).and_then(|r| r.c_spelling.clone())
                && c.contains(' ')
                && !tags.contains(&c)
            {
                tags.push(c);
            }
        });
    }
    tags
}

/// The headers that define the names a cdef may use without declaring them.
fn std_headers(cdef: &Cdef) -> Vec<&'static str> {
    let mut headers = vec!["stddef.h", "stdint.h"];
    let mut need = |ty: &Ty| {
        let header = match ty {
            Ty::Prim(p) => match p.c_header() {
                Some(h) => h,
                None => return,
            },
            Ty::Builtin(Builtin::File) => "stdio.h",
            Ty::Builtin(Builtin::VaList) => "stdarg.h",
            _ => return,
        };
        if !headers.contains(&header) {
            headers.push(header);
        }
    };
    for f in cdef.functions.iter().chain(&cdef.rust_functions) {
        f.sig.walk(&mut need);
    }
    for g in &cdef.globals {
        g.ty.walk(&mut need);
    }
    for k in &cdef.constants {
        if let ConstSource::ProbedTyped(t) = &k.source {
            t.walk(&mut need);
        }
    }
    headers
}

/// C declarator syntax: the declaration of `inner` with type `ty` (`int (*f)(void)` …).
pub fn declare(cdef: &Cdef, ty: &Ty, inner: &str) -> Result<String, String> {
    declare_qualified(cdef, ty, inner, Quals::NONE)
}

/// The same, for an object with qualifiers `quals` (a pointee, an array element).
fn declare_qualified(cdef: &Cdef, ty: &Ty, inner: &str, quals: Quals) -> Result<String, String> {
    let with_inner = |base: &str| {
        let q = quals.c_prefix();
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
            quals: pointee_quals,
        } => {
            let star = format!("*{}{inner}", quals.c_prefix());
            let star = if matches!(**pointee, Ty::Array(..) | Ty::Fn(_)) {
                format!("({star})")
            } else {
                star
            };
            declare_qualified(cdef, pointee, &star, *pointee_quals)?
        }
        Ty::Array(elem, len) => {
            let n = match len {
                ArrayLen::Known(n) => n.to_string(),
                ArrayLen::Unknown | ArrayLen::Probed => String::new(),
            };
            declare_qualified(cdef, elem, &format!("{inner}[{n}]"), quals)?
        }
        Ty::Fn(sig) => declare(
            cdef,
            &sig.ret,
            &format!("{inner}({})", param_list(cdef, sig)?),
        )?,
    })
}

fn param_list(cdef: &Cdef, sig: &FnSig) -> Result<String, String> {
    let mut parts: Vec<String> = sig
        .params
        .iter()
        .map(|p| declare(cdef, &p.ty, ""))
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

/// Whether a function needs glue that converts (see [`Cdef::crossing`]).
pub fn converts(cdef: &Cdef, sig: &FnSig) -> bool {
    cdef.converts(sig)
}
