//! Functions: what each name is, read from the relocation of its address (no code runs),
//! and whether the cdef's signature is the compiler's.
//!
//! | the address of `f` | `f` is | Rust calls |
//! | --- | --- | --- |
//! | no relocation (`#ifdef f`) | a macro | a glue wrapper |
//! | an undefined symbol `S` | a library's function | `S` directly: no hop |
//! | a global symbol `S` defined here | defined in `source` | `S`, renamed to a hashed name |
//! | a local symbol | `static` / `static inline` | a glue wrapper |
//!
//! A library's or `source`'s function is called directly only when the cdef's signature is
//! the compiler's; otherwise, as CFFI's API mode does, through a wrapper with the cdef's
//! signature that converts as a C call would (`float sin(double)`). So do functions taking
//! or returning what Rust cannot pass by value (`long double`, opaque types). Whether C
//! can convert is the glue compile's to say (see `glue`).

use super::{Context, Findings, Linkage, Phase, Questions, Slot};
use crate::model::*;
use crate::toolchain::glue::declare;
use crate::toolchain::symbols;

/// What a function's C name turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Class {
    Macro,
    /// A symbol outside the translation unit.
    External(String),
    /// A symbol the translation unit defines with external linkage.
    Defined(String),
    Static,
}

pub fn ask(q: &mut Questions, cdef: &Cdef, cx: &Context) {
    for (index, f) in cdef.functions.iter().enumerate() {
        let address = q.address(&f.origin, &f.name);
        let compatible = signature_check(q, cdef, f);
        let prefix = cx.prefix.to_string();
        q.then(Phase::Declarations, move |a, cdef, findings| {
            let f = &cdef.functions[index];
            let exact = compatible.is_none_or(|s| a.int(s) != 0);
            let class = match a.address(address) {
                None => Class::Macro,
                Some(s) => match s.linkage {
                    Linkage::Undefined => Class::External(s.name.clone()),
                    Linkage::Global => Class::Defined(s.name.clone()),
                    Linkage::Local | Linkage::ThreadLocal => Class::Static,
                },
            };
            let (symbol, wrapped) = bind(cdef, f, &class, exact, &prefix, findings);
            let f = &mut cdef.functions[index];
            f.symbol = symbol;
            f.wrapped = wrapped;
        });
    }
}

/// `__builtin_types_compatible_p(__typeof__(f), int (int, int))`, unless `f` is a macro
/// (its wrapper's compile checks the call instead). Function types, not pointers to them:
/// GCC encodes `__attribute__((const, noreturn))` as qualifiers a pointer type would keep.
fn signature_check(q: &mut Questions, cdef: &Cdef, f: &Function) -> Option<Slot> {
    // A declaration read from the header is the compiler's own: the check is for what
    // users write (and for a whole header it would cost the compiler time for nothing).
    if f.origin.header.is_some() {
        return None;
    }
    let spelled = declare(cdef, &Ty::Fn(Box::new(f.sig.clone())), "").ok()?;
    let n = &f.name;
    Some(q.int_if(
        &f.origin,
        &format!("!defined({n})"),
        &format!("__builtin_types_compatible_p(__typeof__({n}), {spelled})"),
        "1",
    ))
}

/// The message for a cdef signature C cannot convert to the compiler's (the glue's compile
/// says so); "has another type" is replaced by the compiler's type where it can be named.
pub fn mismatch(cdef: &Cdef, f: &Function) -> String {
    let spelled = declare(cdef, &Ty::Fn(Box::new(f.sig.unnamed())), &f.name)
        .unwrap_or_else(|_| f.origin.text.clone());
    format!(
        "`{}`: the cdef declares `{spelled}`, but the C compiler's `{}` has another type",
        f.name, f.name
    )
}

/// The symbol Rust calls and why the artifact wraps it, if it does: directly where the
/// cdef's signature is the compiler's (`exact`) and C has a symbol, else a wrapper.
fn bind(
    cdef: &Cdef,
    f: &Function,
    class: &Class,
    exact: bool,
    prefix: &str,
    findings: &mut Findings,
) -> (Option<String>, Option<Wrap>) {
    let why = wrap_reason(cdef, f, class, exact);
    if let (true, Some(why)) = (f.sig.variadic, why) {
        refuse_variadic(cdef, f, why, findings);
        return (None, None);
    }
    if let Some(why) = why {
        return (Some(symbols::wrapper(prefix, &f.name)), Some(why));
    }
    match class {
        Class::External(symbol) => (Some(symbol.clone()), None),
        Class::Defined(symbol) => {
            let renamed = symbols::definition(prefix, &f.name);
            findings.renames.push((symbol.clone(), renamed.clone()));
            (Some(renamed), None)
        }
        Class::Macro | Class::Static => (None, None),
    }
}

fn wrap_reason(cdef: &Cdef, f: &Function, class: &Class, exact: bool) -> Option<Wrap> {
    if cdef.converts(&f.sig) {
        return Some(Wrap::Crossing);
    }
    // A `__stdcall` definition's symbol is decorated (`_f@8`): the glue calls it, by its
    // C name, as C declares it.
    if f.contract.stdcall && matches!(class, Class::External(_) | Class::Defined(_)) {
        return Some(Wrap::Stdcall);
    }
    match class {
        Class::Macro => Some(Wrap::Macro),
        Class::Static => Some(Wrap::Static),
        _ if !exact => Some(Wrap::Converts),
        Class::External(_) | Class::Defined(_) => None,
    }
}

/// A variadic function is called directly or not at all: C cannot forward `...`.
fn refuse_variadic(cdef: &Cdef, f: &Function, why: Wrap, findings: &mut Findings) {
    let why = match why {
        Wrap::Converts => {
            let message = format!(
                "{}; C cannot forward `...` through a wrapper that converts, so a variadic \
                 function's cdef must match its C declaration",
                mismatch(cdef, f)
            );
            findings.type_problem(&f.origin, None, message, format!("({})", f.name));
            return;
        }
        Wrap::Crossing => "passes a type Rust cannot pass by value",
        Wrap::Stdcall => "is `__stdcall`",
        Wrap::Macro | Wrap::Static => {
            "is a macro or `static`: only a real exported function can be bound"
        }
    };
    findings.problem(
        &f.origin,
        format!(
            "`{}` is variadic and {why}: C cannot forward `...` through a wrapper",
            f.name
        ),
    );
}

#[cfg(test)]
mod tests {
    use std::process::Command;

    use crate::toolchain::rustc::{LINK_DIR_NAME, Rustc};

    /// The archive's symbols as `nm` lists them: `(kind, name)`.
    fn symbols(archive: &std::path::Path) -> Vec<(char, String)> {
        let out = Command::new("nm").arg(archive).output().expect("nm runs");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| {
                let mut parts = l.split_whitespace().rev();
                let name = parts.next()?.to_string();
                let kind = parts.next()?.chars().next()?;
                Some((kind, name))
            })
            .collect()
    }

    #[test]
    fn each_kind_of_function_is_reached_as_the_compiler_says() {
        let block: crate::input::Block = syn::parse_str(
            r##"mod kinds {
                cdef "unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);
                      int add(int a, int b); int twice(int x); int square(int x);";
                source "#include <zlib.h>\nint add(int a, int b) { return a + b; }\n
                        #define twice(x) ((x) * 2)\nstatic inline int square(int x) { return x * x; }";
                libraries ["z"];
            }"##,
        )
        .expect("block parses");
        let dir = std::env::temp_dir().join(format!("ffi-classify-{}", std::process::id()));
        let link_dir = dir.join(LINK_DIR_NAME);
        std::fs::create_dir_all(&link_dir).expect("link dir");
        let mut rustc = Rustc::from_args(std::iter::empty(), true);
        rustc.link_dir = Some(link_dir.clone());
        crate::pipeline::run(&block, &rustc, &|t| t.parse().ok()).expect("expands");
        let archive = std::fs::read_dir(&link_dir)
            .expect("read link dir")
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "a"))
            .expect("an archive");
        let syms = symbols(&archive);
        let _ = std::fs::remove_dir_all(&dir);
        let has =
            |kind: char, suffix: &str| syms.iter().any(|(k, n)| *k == kind && n.ends_with(suffix));
        let named = |name: &str| syms.iter().any(|(_, n)| n == name);
        // The library's function: not in the archive at all (Rust calls `crc32` itself).
        assert!(!syms.iter().any(|(_, n)| n.contains("crc32")), "{syms:?}");
        // Defined in `source`: the function itself, renamed; no wrapper beside it.
        assert!(has('T', "_add") && !named("add"), "{syms:?}");
        // A macro: a glue wrapper.
        assert!(has('T', "_twice"), "{syms:?}");
        // `static inline`: a glue wrapper calling the local function.
        assert!(has('T', "_square"), "{syms:?}");
    }
}
