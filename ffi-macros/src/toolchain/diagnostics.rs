//! The C compiler's messages as users should read them: an error on a cdef line (the
//! glue and probe carry `#line N "cdef"`) becomes a located error at that line, in words
//! about the cdef; errors in `source` keep the compiler's text, on the `source` literal.

use super::Artifact;
use super::glue;
use super::probe::Problem;
use crate::cdef;
use crate::errors::Errors;
use crate::headers;
use crate::input::Block;
use crate::model::{Cdef, Function, Origin, Wrap};

/// One message of the compiler's output.
struct Message<'a> {
    file: &'a str,
    line: usize,
    text: &'a str,
}

fn messages(output: &str) -> Vec<Message<'_>> {
    output
        .lines()
        .filter_map(|l| {
            let (file, rest) = l.split_once(':')?;
            let (line, rest) = rest.split_once(':')?;
            let rest = rest.split_once(':').map_or(rest, |(_, r)| r);
            let text = rest.trim_start().strip_prefix("error:")?.trim();
            Some(Message {
                file,
                line: line.parse().ok()?,
                text,
            })
        })
        .collect()
}

/// A failed compile: located errors for cdef lines, the compiler's text for the rest.
pub fn compile_failure(block: &Block, art: &Artifact, output: &str) -> syn::Error {
    let text = super::symbols::readable(output, &art.symbol_prefix);
    let mut errors = Errors::new();
    let mut seen = Vec::new();
    let mut elsewhere = false;
    for m in messages(&text) {
        if m.file != "cdef" {
            elsewhere = true;
            continue;
        }
        let message = translate(m.text);
        if !seen.contains(&(m.line, message.clone())) {
            errors.push(cdef::error_at_line(block, m.line, &message));
            seen.push((m.line, message));
        }
    }
    if elsewhere || errors.is_empty() {
        let mut message = text.trim_end().to_string();
        message.push_str(python_h_hint(&text));
        errors.push(syn::Error::new(compile_error_span(block), message));
    }
    match errors.finish() {
        Err(e) => e,
        Ok(()) => syn::Error::new(block.span, "the C compiler failed"),
    }
}

/// What a source written for CFFI may miss: CFFI compiles it after `Python.h`, which
/// includes standard headers that `ffi!` leaves to the source (pywayland's calls `getenv`
/// and `close` including neither header).
fn python_h_hint(output: &str) -> &'static str {
    match output.contains("implicit declaration of function") {
        true => {
            "\n(code written for CFFI may rely on Python.h, which includes <stdio.h>, \
             <stdlib.h>, <string.h>, <errno.h>, <limits.h>, <assert.h> and, on POSIX, \
             <unistd.h>: `ffi!` includes none of them, so add the ones `source` uses)"
        }
        false => "",
    }
}

/// gcc's words for the usual ways a cdef and `source` disagree, said about the cdef.
fn translate(text: &str) -> String {
    let quoted = |prefix: &str, suffix: &str| -> Option<String> {
        let rest = text.strip_prefix(prefix)?;
        let name = rest.split(['\'', '‘', '’']).nth(1)?;
        rest.contains(suffix).then(|| name.to_string())
    };
    if let Some(name) = quoted("", "undeclared") {
        return format!(
            "`{name}` is not declared by `source`: in API mode every name the cdef binds must \
             come from the C code (the C compiler: {text})"
        );
    }
    if let Some(name) = quoted("unknown type name", "") {
        return format!(
            "type `{name}` is not declared by `source`: in API mode every type the cdef names \
             must come from the C code"
        );
    }
    if text.contains("incomplete type") {
        return format!(
            "the cdef needs the size of a type `source` only declares (the C compiler: {text})"
        );
    }
    if text.contains("has no member named") {
        return format!("the cdef names a field `source` does not have (the C compiler: {text})");
    }
    format!("the C compiler: {text}")
}

/// C compiler errors point at the `source` literal when there is one.
pub fn compile_error_span(block: &Block) -> proc_macro2::Span {
    block
        .source
        .as_ref()
        .map(|s| s.span())
        .or_else(|| block.source_file.as_ref().map(|s| s.lit.span()))
        .or_else(|| block.sources.first().map(|s| s.span()))
        .or_else(|| block.headers.first().map(|s| s.span()))
        .unwrap_or(block.span)
}

/// Disagreements the probe found, each at the cdef line (or header) it is about.
pub fn problems(block: &Block, problems: &[Problem]) -> syn::Result<()> {
    let mut errors = Errors::new();
    for p in problems {
        let line = p.line.unwrap_or(p.origin.line);
        errors.push(at_origin(block, &p.origin, line, &p.message));
    }
    errors.finish()
}

/// An error about an item declared at `origin` (line `line` of it): a header's names
/// the header and points at the `allow` entry, a cdef's points into the cdef.
pub fn at_origin(block: &Block, origin: &Origin, line: usize, message: &str) -> syn::Error {
    match &origin.header {
        Some(header) if header != "ffi-probe" => syn::Error::new(
            header_item_span(block, message),
            format!("{header}:{line}: {message}"),
        ),
        Some(_) => syn::Error::new(block.span, message),
        None => cdef::error_at_line(block, line, message),
    }
}

/// Where a problem with a header's item points: at the `allow` entry that asked for the
/// item (the message names it first, in backticks), else at the headers.
fn header_item_span(block: &Block, message: &str) -> proc_macro2::Span {
    let item = message.strip_prefix('`').and_then(|m| m.split('`').next());
    let asked = item.and_then(|name| {
        let exact = block.allow.iter().find(|a| a.value() == name);
        exact.or_else(|| block.allow.iter().find(|a| headers::glob(&a.value(), name)))
    });
    asked
        .or_else(|| block.headers.first())
        .map_or(block.span, |lit| lit.span())
}

/// What the compiler said about each glue wrapper it could not compile, by function
/// index: its errors, each with the note naming the types where it gives one.
pub fn wrapper_errors(output: &str) -> Vec<(usize, String)> {
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut last: Option<usize> = None;
    for line in output.lines() {
        if let Some(m) = messages(line).pop() {
            last = glue::function_at(m.file, m.line).map(|(index, _)| index);
            let Some(index) = last else {
                continue;
            };
            // `[-Werror=…]` names our own flags, not what is wrong.
            let text = m.text.split(" [-W").next().unwrap_or(m.text);
            match found.iter_mut().find(|(i, _)| *i == index) {
                Some((_, said)) => {
                    said.push_str("; ");
                    said.push_str(text);
                }
                None => found.push((index, text.to_string())),
            }
        } else if let (Some(index), Some(note)) = (last, line.split("note: expected ").nth(1))
            && let Some((_, said)) = found.iter_mut().find(|(i, _)| *i == index)
        {
            said.push_str(&format!(" (expected {note})"));
        }
    }
    found
}

/// Whether the compiler reports an error outside the glue's wrappers.
pub fn has_other_errors(output: &str) -> bool {
    messages(output)
        .iter()
        .any(|m| glue::function_at(m.file, m.line).is_none())
}

/// The problem of a wrapper C cannot compile: the cdef's signature does not convert to the
/// compiler's (which the describe compile names), or a macro does not take its arguments.
pub fn unconvertible(cdef: &Cdef, f: &Function, said: &str) -> Problem {
    let macro_ = f.wrapped == Some(Wrap::Macro) || (f.symbol.is_none() && !cdef.converts(&f.sig));
    let (message, expr) = if macro_ {
        let message = format!(
            "`{}`: the C code's `{}` does not take the cdef's arguments: the glue's call \
             does not compile (the C compiler: {said})",
            f.name, f.name
        );
        (message, None)
    } else {
        let message = format!(
            "{}; the glue that converts between the two does not compile (the C compiler: \
             {said})",
            super::probe::mismatch(cdef, f)
        );
        (message, Some(format!("({})", f.name)))
    };
    Problem {
        origin: f.origin.clone(),
        line: None,
        message,
        expr,
        relaxed: None,
    }
}

/// A pointer type's text as the compiler prints it, one level off: `int (*)[9]` →
/// `int [9]`, `long int *` → `long int`, `char **` → `char *`.
fn pointee_text(t: &str) -> String {
    if t.contains("(*)") {
        return t.replacen("(*)", "", 1).replace("  ", " ");
    }
    match t.trim_end().strip_suffix('*') {
        Some(rest) => rest.trim_end().to_string(),
        None => t.to_string(),
    }
}

/// The pseudo-file of the relaxed checks, one line per check.
const RELAXED_FILE: &str = "ffi-relaxed";

/// The translation unit of the relaxed checks ([`Problem::relaxed`]): each compiles when
/// C's pointer converts to the cdef's without a cast, at most dropping qualifiers.
pub fn relaxed_unit(prefix_text: &str, checks: &[(usize, &str)]) -> String {
    let mut c = format!(
        "{prefix_text}\n\
         #pragma GCC diagnostic error \"-Wincompatible-pointer-types\"\n\
         #pragma GCC diagnostic error \"-Wint-conversion\"\n\
         #pragma GCC diagnostic error \"-Wpointer-sign\"\n\
         #ifdef __clang__\n\
         #pragma clang diagnostic ignored \"-Wincompatible-pointer-types-discards-qualifiers\"\n\
         #else\n\
         #pragma GCC diagnostic ignored \"-Wdiscarded-qualifiers\"\n\
         #endif\n"
    );
    for (i, (_, check)) in checks.iter().enumerate() {
        c.push_str(&format!(
            "#line {} \"{RELAXED_FILE}\"\nvoid __ffi_relaxed_{i}(void) {{ {check} }}\n",
            i + 1
        ));
    }
    c
}

/// The checks (0-based) that failed; `None` when the compile failed elsewhere too.
pub fn relaxed_failures(output: &str) -> Option<Vec<usize>> {
    let mut failed = Vec::new();
    for m in messages(output) {
        if m.file != RELAXED_FILE {
            return None;
        }
        failed.push(m.line.checked_sub(1)?);
    }
    (!failed.is_empty()).then_some(failed)
}

/// The pseudo-file of the describe compile, one line per disputed expression.
const DESCRIBE_FILE: &str = "ffi-describe";

/// The translation unit that makes the compiler name each expression's type: assigning
/// it to a struct fails with "… from type 'T'".
pub fn describe_unit(prefix_text: &str, exprs: &[&str]) -> String {
    let mut c = format!("{prefix_text}\nstruct __ffi_what {{ int unused; }};\n");
    for (i, e) in exprs.iter().enumerate() {
        c.push_str(&format!(
            "#line {} \"{DESCRIBE_FILE}\"\nvoid __ffi_describe_{i}(void) {{ struct __ffi_what w; w = {e}; (void)w; }}\n",
            i + 1
        ));
    }
    c
}

/// A type as the compiler names it, and what it stands for when that is a typedef.
#[derive(Clone, Debug, PartialEq)]
pub struct Described {
    pub ty: String,
    pub aka: Option<String>,
}

/// The type named for each expression in the describe compile's errors:
/// "… from type 'T' {aka 'U'}" (quotes are ASCII or typographic, by locale).
pub fn described_types(output: &str, count: usize) -> Vec<Option<Described>> {
    let mut types = vec![None; count];
    for m in messages(output).iter().filter(|m| m.file == DESCRIBE_FILE) {
        let Some(rest) = m.text.split(" from type ").nth(1) else {
            continue;
        };
        let quoted: Vec<&str> = rest.split(['\'', '‘', '’']).collect();
        let Some(ty) = quoted.get(1) else {
            continue;
        };
        let described = Described {
            ty: ty.to_string(),
            aka: quoted
                .get(3)
                .filter(|_| rest.contains("aka"))
                .map(|a| a.to_string()),
        };
        if let Some(slot) = types.get_mut(m.line.wrapping_sub(1)) {
            *slot = Some(described);
        }
    }
    types
}

/// Adds the compiler's type to each type problem it could describe. An expression taken
/// by address (`&(array)`, so it does not decay) is described as what it points to.
pub fn add_types(problems: &mut [Problem], types: &[Option<Described>]) {
    let disputed = problems.iter_mut().filter(|p| p.expr.is_some());
    for (p, described) in disputed.zip(types) {
        let Some(d) = described else {
            continue;
        };
        let by_address = p.expr.as_deref().is_some_and(|e| e.starts_with('&'));
        let pointee = |t: &str| match by_address {
            true => pointee_text(t),
            false => t.to_string(),
        };
        let text = match &d.aka {
            Some(aka) => format!("is `{}` (aka `{}`)", pointee(&d.ty), pointee(aka)),
            None => format!("is `{}`", pointee(&d.ty)),
        };
        p.message = p.message.replace("has another type", &text);
    }
}
