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

use super::{Kind, symbols};
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
    /// `mode shared`: the content hash the shared object carries.
    pub fingerprint: Option<&'a str>,
}

pub fn translation_unit(u: &Unit) -> Result<String, String> {
    let (settings, source) = source_text(u.block);
    let mut c = settings;
    c.push_str(&prologue(u.cdef));
    c.push_str(&rust_declarations(u)?);
    for h in &u.block.headers {
        let _ = writeln!(c, "#include <{}>", h.value());
    }
    c.push_str(&source);
    c.push_str("#line 1 \"ffi-glue\"\n");
    c.push_str(CONVERSIONS);
    glue(&mut c, u)?;
    if let Some(hash) = u.fingerprint {
        let _ = writeln!(c, "const char {}[] = \"{hash}\";", super::FINGERPRINT);
    }
    let _ = writeln!(c, "#include \"{PROBE_HEADER}\"");
    Ok(c)
}

/// What the glue's calls may convert, as C converts a call's arguments and result: widths,
/// signedness, qualifiers, `T *` to `void *`. A pointer to another type, a pointer for an
/// integer and an undeclared name cannot be right: errors. Dropping a pointee's `const` is
/// allowed but warned about, so the probe knows C may write through that parameter (see
/// [`written_params`]); pointee signedness (`char *` for `unsigned char *`) is allowed.
/// Each compiler is given its own name for the qualifiers warning: clang warns about
/// GCC's.
const CONVERSIONS: &str = "\
#pragma GCC diagnostic error \"-Wincompatible-pointer-types\"
#pragma GCC diagnostic error \"-Wint-conversion\"
#pragma GCC diagnostic error \"-Wimplicit-function-declaration\"
#pragma GCC diagnostic ignored \"-Wpointer-sign\"
#ifdef __clang__
#pragma clang diagnostic warning \"-Wincompatible-pointer-types-discards-qualifiers\"
#else
#pragma GCC diagnostic warning \"-Wdiscarded-qualifiers\"
#endif
";

/// The pseudo-file of the wrapper of function `index`: line 1 is its head and call, line
/// `k + 2` its `k`-th argument, so a compiler message names the function and parameter.
pub fn function_file(index: usize) -> String {
    format!("ffi-fn-{index}")
}

/// The function a message in [`function_file`] is about, and the parameter for an
/// argument's line: `ffi-fn-3:4:…` is function 3, parameter 2.
pub fn function_at(file: &str, line: usize) -> Option<(usize, Option<usize>)> {
    let index = file.strip_prefix("ffi-fn-")?.parse().ok()?;
    Some((index, line.checked_sub(2)))
}

/// Parameters C's declarations do not take as `const` where the cdef does: the compiler's
/// warnings about discarded qualifiers on the wrappers' argument lines (`(function, param)`).
pub fn written_params(stderr: &str) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = stderr
        .lines()
        .filter(|l| l.contains("warning:") && l.contains("discards") && l.contains("qualifier"))
        .filter_map(|l| {
            let mut parts = l.splitn(3, ':');
            let (file, line) = (parts.next()?, parts.next()?.parse().ok()?);
            match function_at(file, line)? {
                (f, Some(p)) => Some((f, p)),
                (_, None) => None,
            }
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

/// As CFFI's prologue does, it declares what `source` may use without including anything:
/// `size_t`, `ssize_t`, `va_list`, `wchar_t`, `int32_t`, and whatever else of the names a
/// cdef may use undeclared (`FILE`, `char16_t`) this cdef uses.
fn prologue(cdef: &Cdef) -> String {
    let mut c = String::from("#line 1 \"ffi-prologue\"\n");
    for header in std_headers(cdef) {
        let _ = writeln!(c, "#include <{header}>");
    }
    c.push_str("#ifndef _WIN32\n#include <sys/types.h>\n#endif\n");
    // `__asm__` names are symbols as the object spells them: Mach-O puts `_` before C's.
    c.push_str(
        "#define __FFI_LABEL_S(x) #x\n#define __FFI_LABEL_X(x) __FFI_LABEL_S(x)\n\
         #define __FFI_LABEL(name) __FFI_LABEL_X(__USER_LABEL_PREFIX__) name\n",
    );
    c
}

/// The user's `source` and `source_file` (the translation unit's text), with compiler
/// messages pointing at their lines (`source:3:5`, `src/glue.c:7:1`). Split in two: its
/// leading `#define`s and `#undef`s, which come before anything else (`_GNU_SOURCE` must
/// precede every system header), and the rest.
pub fn source_text(block: &Block) -> (String, String) {
    let mut texts: Vec<(String, String)> = Vec::new();
    if let Some(source) = &block.source {
        texts.push(("source".into(), source.value()));
    }
    if let Some(f) = &block.source_file {
        texts.push((escape(&f.path), f.text.clone()));
    }
    let mut settings = String::new();
    let mut rest = String::new();
    for (i, (file, text)) in texts.iter().enumerate() {
        let lines: Vec<&str> = text.lines().collect();
        let lead = if i == 0 { leading_settings(&lines) } else { 0 };
        if lead > 0 {
            let _ = writeln!(settings, "#line 1 \"{file}\"\n{}", lines[..lead].join("\n"));
        }
        let _ = writeln!(
            rest,
            "#line {} \"{file}\"\n{}",
            lead + 1,
            lines[lead..].join("\n")
        );
    }
    (settings, rest)
}

/// How many of the first lines are preprocessor settings: `#define`/`#undef` lines (with
/// their continuations), blank lines and one-line comments.
fn leading_settings(lines: &[&str]) -> usize {
    let mut n = 0;
    while let Some(line) = lines.get(n) {
        let t = line.trim_start();
        let directive = t.strip_prefix('#').map(str::trim_start);
        let setting = directive.is_some_and(|d| d.starts_with("define") || d.starts_with("undef"));
        let comment = t.starts_with("//") || (t.starts_with("/*") && t.trim_end().ends_with("*/"));
        if !(setting || comment || t.is_empty()) {
            break;
        }
        n += 1;
        while setting
            && lines
                .get(n - 1)
                .is_some_and(|l| l.trim_end().ends_with('\\'))
            && n < lines.len()
        {
            n += 1;
        }
    }
    n
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
                head: symbols::wrapper(u.prefix, &k.name),
                callee: k.name.clone(),
                file: None,
                line: k.origin.line,
                is_call: false,
            };
            let sig = FnSig::nullary(ty.clone());
            wrapper(c, cdef, &sig, &call)?;
        }
    }
    for (index, f) in cdef.functions.iter().enumerate() {
        function_glue(c, u, index, f)?;
    }
    rust_function_table(c, u)?;
    rust_forwarders(c, u)
}

/// `extern "Rust+C"`: a function under the C name itself, forwarding to the Rust one, so
/// the block's other C files (`sources`) can call it. The artifact keeps it local.
fn rust_forwarders(c: &mut String, u: &Unit) -> Result<(), String> {
    for f in &u.cdef.rust_functions {
        if !u.cdef.rust_also_c.contains(&f.name) {
            continue;
        }
        let early = early_signature(u.cdef, &f.sig)?;
        // A C identifier of our own, with the C name as its symbol. (A `long double` goes
        // through `double` on the way, as it does to Rust anyway.)
        let forwarder = format!("{}c_{}", u.prefix, f.name);
        let (head, call) = converting_call(u, &forwarder, &early, &f.name)?;
        let _ = writeln!(
            c,
            "#line {} \"cdef\"\n{head} __asm__(__FFI_LABEL(\"{}\"));\n{head} {{ {call} }}",
            f.origin.line, f.name,
        );
    }
    Ok(())
}

/// A wrapper for `f` where C needs one. Once the probe has decided (`f.symbol` is known),
/// exactly where it decided to wrap; before, in the first compile, wherever the cdef
/// alone shows it must, and under `#ifdef f` for what may be a macro.
fn function_glue(c: &mut String, u: &Unit, index: usize, f: &Function) -> Result<(), String> {
    if f.sig.variadic {
        return Ok(());
    }
    let call = Call {
        head: symbols::wrapper(u.prefix, &f.name),
        callee: f.name.clone(),
        file: Some(function_file(index)),
        line: 1,
        is_call: true,
    };
    let maybe_macro = match (&f.symbol, f.wrapped) {
        // Spelled as in the first compile, so that an unchanged unit is not compiled again.
        (Some(_), Some(Wrap::Macro)) => true,
        (Some(_), Some(_)) => false,
        (Some(_), None) => return Ok(()),
        (None, _) => !u.cdef.converts(&f.sig),
    };
    if !maybe_macro {
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
    /// The pseudo-file of a function's wrapper (see [`function_file`]); `None`: `cdef`.
    file: Option<String>,
    line: usize,
    is_call: bool,
}

impl Call {
    /// The call's text: for a function, each argument on its own line of its file.
    fn expression(&self, args: &[String]) -> String {
        if !self.is_call {
            return self.callee.clone();
        }
        let args: Vec<String> = match &self.file {
            Some(file) => args
                .iter()
                .enumerate()
                .map(|(k, a)| format!("\n#line {} \"{file}\"\n{a}", k + 2))
                .collect(),
            None => args.to_vec(),
        };
        format!("{}({})", self.callee, args.join(", "))
    }
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
    let callee = call.expression(&args);
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
    let file = call.file.as_deref().unwrap_or("cdef");
    let _ = writeln!(c, "#line {} \"{file}\"\n{head} {{ {body} }}", call.line);
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
        "#line {} \"cdef\"\nvoid *{}(void) {{ return {address}; }}",
        g.origin.line,
        symbols::getter(prefix, &g.name)
    );
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
        let _ = writeln!(c, "#line {} \"cdef\"", f.origin.line);
        if matches!(u.kind, Kind::Static) && has_long_double(&early) {
            long_double_converter(&mut c, u, f, &early)?;
            continue;
        }
        let decl = declare(u.cdef, &Ty::Fn(Box::new(early)), &f.name)?;
        match u.kind {
            Kind::Static => {
                let _ = writeln!(
                    c,
                    "{decl} __asm__(__FFI_LABEL(\"{}\"));",
                    symbols::rust_function(u.prefix, &f.name)
                );
            }
            // Under a symbol of its own: `extern "Rust+C"` gives the C name to a forwarder.
            Kind::Shared => {
                let _ = writeln!(
                    c,
                    "static {decl} __asm__(__FFI_LABEL(\"{}\"));",
                    symbols::rust_function(u.prefix, &f.name)
                );
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
    let table = symbols::rust_table(u.prefix);
    let _ = writeln!(c, "void *{table}[{}];", rust.len());
    for (i, f) in rust.iter().enumerate() {
        let early = early_signature(u.cdef, &f.sig)?;
        let rust_side = Ty::Fn(Box::new(without_long_double(&early)));
        let pointer = declare(u.cdef, &Ty::ptr(rust_side, false), "")?;
        let (head, call) =
            converting_call(u, &f.name, &early, &format!("(({pointer}){table}[{i}])"))?;
        let _ = writeln!(
            c,
            "#line {} \"cdef\"\nstatic {head} {{ {call} }}",
            f.origin.line
        );
    }
    Ok(())
}

/// Whether an `extern "Rust"` signature passes or returns a `long double`.
fn has_long_double(sig: &FnSig) -> bool {
    sig.value_types().any(|t| *t == Ty::Prim(Prim::LongDouble))
}

/// The signature Rust implements: `double` for each `long double` (Rust has none; C
/// converts at the call, as it does for the functions Rust calls).
fn without_long_double(sig: &FnSig) -> FnSig {
    let plain = |t: &Ty| match t {
        Ty::Prim(Prim::LongDouble) => Ty::Prim(Prim::Double),
        other => other.clone(),
    };
    FnSig {
        ret: plain(&sig.ret),
        params: sig
            .params
            .iter()
            .map(|p| Param {
                name: p.name.clone(),
                ty: plain(&p.ty),
            })
            .collect(),
        ..sig.clone()
    }
}

/// `f`'s C head (the cdef's signature, parameters `__ffi_aN`) and a body statement
/// calling `callee` (which takes `double` for `long double`), converting both ways.
fn converting_call(
    u: &Unit,
    name: &str,
    sig: &FnSig,
    callee: &str,
) -> Result<(String, String), String> {
    let params: Vec<String> = sig
        .params
        .iter()
        .enumerate()
        .map(|(j, p)| declare(u.cdef, &p.ty, &format!("__ffi_a{j}")))
        .collect::<Result<_, _>>()?;
    let args: Vec<String> = sig
        .params
        .iter()
        .enumerate()
        .map(|(j, p)| match p.ty {
            Ty::Prim(Prim::LongDouble) => format!("(double)__ffi_a{j}"),
            _ => format!("__ffi_a{j}"),
        })
        .collect();
    let head = declare(u.cdef, &sig.ret, &signature(name, &params))?;
    let call = format!("{callee}({})", args.join(", "));
    let call = match sig.ret {
        Ty::Void => format!("{call};"),
        Ty::Prim(Prim::LongDouble) => format!("return (long double){call};"),
        _ => format!("return {call};"),
    };
    Ok((head, call))
}

/// Static archives, a signature with `long double`: the Rust function under its hashed
/// symbol as Rust defines it (`double`), and the C name a static function converting to
/// it, under a symbol of its own (an `extern "Rust+C"` forwarder may take the C name).
fn long_double_converter(
    c: &mut String,
    u: &Unit,
    f: &Function,
    early: &FnSig,
) -> Result<(), String> {
    let rust_name = format!("{}r_{}", u.prefix, f.name);
    let rust_side = declare(
        u.cdef,
        &Ty::Fn(Box::new(without_long_double(early))),
        &rust_name,
    )?;
    let symbol = symbols::rust_function(u.prefix, &f.name);
    let _ = writeln!(c, "{rust_side} __asm__(__FFI_LABEL(\"{symbol}\"));");
    let (head, call) = converting_call(u, &f.name, early, &rust_name)?;
    let local = format!("{}rc_{}", u.prefix, f.name);
    let _ = writeln!(c, "static {head} __asm__(__FFI_LABEL(\"{local}\"));");
    let _ = writeln!(c, "static {head} {{ {call} }}");
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
        stdcall: sig.stdcall,
    })
}

fn early_type(cdef: &Cdef, ty: &Ty, depth: usize) -> Result<Ty, String> {
    if depth > 64 {
        return Err("types nest too deeply".into());
    }
    Ok(match ty {
        Ty::Typedef(n) => match cdef.typedef(n).map(|t| &t.target) {
            Some(TypedefTarget::Ty(inner)) => early_type(cdef, inner, depth + 1)?,
            // `typedef int... t;` before the probe has sized it: the first compile only asks
            // questions, so `int` stands in; every later one spells the compiler's type.
            Some(TypedefTarget::ProbedNumber { float }) => {
                Ty::Prim(if *float { Prim::Double } else { Prim::Int })
            }
            _ => {
                return Err(format!(
                    "`{n}` is an opaque type `source` defines: use a pointer"
                ));
            }
        },
        Ty::Enum(e) => Ty::Prim(cdef.enum_(e).map_or(Prim::Int, Enum::repr)),
        Ty::Record(r) if undeclared_early(cdef, ty) => {
            return Err(format!(
                "`{r}` has no struct tag to declare before `source`: give the struct a tag, \
                 or pass a pointer"
            ));
        }
        // C converts pointers to and from `void *`: what `source` has yet to define (a
        // struct without a tag, pygit2's `git_cert`; an opaque typedef) is pointed at as
        // `void`, and `source` still calls the function with its own pointers.
        Ty::Ptr { pointee, quals } if undeclared_early(cdef, pointee) => {
            Ty::qualified_ptr(Ty::Void, *quals)
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

/// Whether `ty` names nothing C can declare before `source`: a struct or union without a
/// tag, or a typedef the cdef leaves opaque.
fn undeclared_early(cdef: &Cdef, ty: &Ty) -> bool {
    match cdef.resolve(ty) {
        Ty::Record(r) => record_tag(cdef, r).is_none(),
        Ty::Typedef(n) => defined_target(cdef, n).is_none(),
        _ => false,
    }
}

/// What typedef `n` stands for, if the cdef says (not an opaque `typedef ... n;`).
fn defined_target<'a>(cdef: &'a Cdef, n: &str) -> Option<&'a Ty> {
    match cdef.typedef(n).map(|t| &t.target) {
        Some(TypedefTarget::Ty(inner)) => Some(inner),
        _ => None,
    }
}

/// A record's C spelling when it has a tag (`struct s`), which C can declare ahead.
fn record_tag<'a>(cdef: &'a Cdef, r: &str) -> Option<&'a str> {
    let spelling = cdef.record(r)?.c_spelling.as_deref()?;
    spelling.contains(' ').then_some(spelling)
}

/// `struct s` / `union u` tags named by `extern "Rust"` signatures.
fn forward_tags(cdef: &Cdef) -> Vec<String> {
    let mut tags = Vec::new();
    for f in &cdef.rust_functions {
        f.sig.walk(&mut |t| {
            if let Ty::Record(r) = cdef.resolve(t)
                && let Some(c) = record_tag(cdef, r)
                && !tags.iter().any(|t| t == c)
            {
                tags.push(c.to_string());
            }
        });
    }
    tags
}

/// The headers that define the names a cdef may use without declaring them.
fn std_headers(cdef: &Cdef) -> Vec<&'static str> {
    let mut headers = vec!["stddef.h", "stdint.h", "stdarg.h"];
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
        push_once(&mut headers, header);
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
    for h in cdef
        .constants
        .iter()
        .filter_map(|k| std_macro_header(&k.name))
    {
        push_once(&mut headers, h);
    }
    headers
}

fn push_once(headers: &mut Vec<&'static str>, header: &'static str) {
    if !headers.contains(&header) {
        headers.push(header);
    }
}

/// The standard header of a macro C and POSIX define (`EINVAL`, `INT_MAX`, `EOF`): CFFI's
/// module includes `Python.h`, which includes these, so real cdefs ask for them
/// (`#define EINVAL ...`) with a `source` that never includes them (py-lmdb's).
fn std_macro_header(name: &str) -> Option<&'static str> {
    const HEADERS: &[(&str, &str)] = &[
        (
            "errno.h",
            "E2BIG EACCES EADDRINUSE EADDRNOTAVAIL EAFNOSUPPORT EAGAIN EALREADY EBADF EBADMSG \
             EBUSY ECANCELED ECHILD ECONNABORTED ECONNREFUSED ECONNRESET EDEADLK EDESTADDRREQ \
             EDOM EDQUOT EEXIST EFAULT EFBIG EHOSTUNREACH EIDRM EILSEQ EINPROGRESS EINTR EINVAL \
             EIO EISCONN EISDIR ELOOP EMFILE EMLINK EMSGSIZE EMULTIHOP ENAMETOOLONG ENETDOWN \
             ENETRESET ENETUNREACH ENFILE ENOBUFS ENODEV ENOENT ENOEXEC ENOLCK ENOLINK ENOMEM \
             ENOMSG ENOPROTOOPT ENOSPC ENOSYS ENOTCONN ENOTDIR ENOTEMPTY ENOTRECOVERABLE \
             ENOTSOCK ENOTSUP ENOTTY ENXIO EOPNOTSUPP EOVERFLOW EOWNERDEAD EPERM EPIPE EPROTO \
             EPROTONOSUPPORT EPROTOTYPE ERANGE EROFS ESPIPE ESRCH ESTALE ETIMEDOUT ETXTBSY \
             EWOULDBLOCK EXDEV",
        ),
        (
            "limits.h",
            "CHAR_BIT CHAR_MAX CHAR_MIN INT_MAX INT_MIN LLONG_MAX LLONG_MIN LONG_MAX LONG_MIN \
             MB_LEN_MAX SCHAR_MAX SCHAR_MIN SHRT_MAX SHRT_MIN UCHAR_MAX UINT_MAX ULLONG_MAX \
             ULONG_MAX USHRT_MAX",
        ),
        (
            "stdio.h",
            "BUFSIZ EOF FILENAME_MAX FOPEN_MAX SEEK_CUR SEEK_END SEEK_SET TMP_MAX",
        ),
        ("stdlib.h", "EXIT_FAILURE EXIT_SUCCESS RAND_MAX"),
    ];
    HEADERS
        .iter()
        .find(|(_, names)| names.split_whitespace().any(|n| n == name))
        .map(|(header, _)| *header)
}

/// Whether an array type (or one of its element arrays) has a `[...]` length.
fn probed_length(ty: &Ty) -> bool {
    match ty {
        Ty::Array(_, ArrayLen::Probed) => true,
        Ty::Array(elem, _) => probed_length(elem),
        _ => false,
    }
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
        // The cdef's meaning, not C's name: a typedef C declares otherwise (PyNaCl's `typedef
        // void crypto_generichash_blake2b_state;`) must not change what the glue declares.
        // An array typedef with a `[...]` length means C's own: only its name says it.
        // A meaning C has no other name for (`typedef ... *token_p;`: a pointer to what only
        // C knows) is spelled by the typedef's name too.
        Ty::Typedef(n) => match cdef.resolve(ty) {
            Ty::Typedef(_) => with_inner(n),
            meant if probed_length(meant) => with_inner(n),
            meant => declare_qualified(cdef, meant, inner, quals).unwrap_or_else(|_| with_inner(n)),
        },
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
            let mut star = format!("*{}{inner}", quals.c_prefix());
            if matches!(&**pointee, Ty::Fn(sig) if sig.stdcall) {
                star = format!("__attribute__((stdcall)) {star}");
            }
            let star = if matches!(cdef.resolve(pointee), Ty::Array(..) | Ty::Fn(_)) {
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

#[cfg(test)]
mod tests {
    use super::std_macro_header;

    #[test]
    fn standard_macros_name_their_header_and_others_none() {
        let found: Vec<_> = ["EINVAL", "EWOULDBLOCK", "INT_MAX", "EOF", "EXIT_FAILURE"]
            .map(std_macro_header)
            .into();
        assert_eq!(
            found,
            [
                Some("errno.h"),
                Some("errno.h"),
                Some("limits.h"),
                Some("stdio.h"),
                Some("stdlib.h")
            ]
        );
        // Names that only look like them: a library's own constants.
        assert_eq!(
            ["EVENT_MAX", "E", "INT", "MDB_NOTFOUND"].map(std_macro_header),
            [None; 4]
        );
    }
}
