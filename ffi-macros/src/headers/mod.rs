//! Stage 1b, binding real headers by name (`headers [...]; allow [...];`): no hand-copied
//! cdef, no libclang.
//!
//! 1. [`preprocess`]: the target compiler's preprocessor reads the headers, with the
//!    block's settings; its output is the code, the macros, and every file read;
//! 2. the cdef front end reads the code as header text (definitions declare; what it
//!    cannot express is recorded, not fatal); records keep the `#pragma pack` around them;
//! 3. [`macros`]: the allowed macros that are constants;
//! 4. the `include`d blocks' cdefs, then the user's `cdef`, are read on top (they add;
//!    what they restate must agree with the headers);
//! 5. [`select`]: what `allow` names and what that needs.
//!
//! An allowed item that cannot be bound, and a pattern that matches nothing, are errors
//! at the `allow` entry, naming the header file and line.

mod macros;
mod preprocess;
mod select;

use std::path::PathBuf;

use crate::cdef::{self, Reading, TextError};
use crate::errors::Errors;
use crate::input::Block;
use crate::model::*;
use crate::target::Target;
use crate::toolchain::Settings;
use crate::toolchain::compile::{self, TempDir};

pub use select::{Allow, glob};

/// What a block's headers and cdef declare, narrowed to what `allow` asks for.
pub struct Headers {
    pub cdef: Cdef,
    /// Every file the preprocessor read: rebuilds follow edits to each.
    pub files: Vec<PathBuf>,
}

/// A header declaration the front end could not express.
struct Failure {
    names: Vec<String>,
    message: String,
    at: String,
}

pub fn read(block: &Block, settings: &Settings, target: &Target) -> syn::Result<Headers> {
    let span = block.headers.first().map_or(block.span, |h| h.span());
    let failed = |m: String| syn::Error::new(span, m);
    let tool = compile::compiler(settings).map_err(|e| failed(e.0))?;
    let tmp = TempDir::new(&std::env::temp_dir(), "ffi-headers").map_err(|e| failed(e.0))?;
    let names: Vec<String> = block.headers.iter().map(|h| h.value()).collect();
    let pre = preprocess::run(&tool, &names, &tmp.0).map_err(|e| failed(e.0))?;
    let reading = Reading {
        target,
        api_mode: block.is_api_mode(),
        definitions_declare: true,
        seed: None,
        max_syntax_errors: 10_000,
    };
    let (mut model, errors) = cdef::read(&pre.code, reading);
    apply_packing(&mut model, &pre, target);
    relocate(&mut model, &pre);
    let failures = failures(&pre, &errors);
    let mut allow = Allow::new(&block.allow);
    let (constants, not_constant) =
        macros::constants(&pre, &model, &mut allow, target, block.is_api_mode());
    // glibc pairs enumerators with macros of the same name (`#define _PC_LINK_MAX
    // _PC_LINK_MAX`): the enumerator is the constant.
    for c in constants {
        let enumerator = model
            .enums
            .iter()
            .any(|e| e.enumerators.iter().any(|en| en.name == c.name));
        if !enumerator && !model.constants.iter().any(|k| k.name == c.name) {
            model.constants.push(c);
        }
    }
    let model = cdef::included_on(block, target, Some(model))?.unwrap_or_default();
    let merged = cdef::parse(block, target, Some(&model))?;
    let mut selected = select::select(merged, &mut allow);
    selected.macro_members = macro_members(&selected, &pre);
    let skipped = report(&allow, &failures, &not_constant, &pre, &selected)?;
    selected.notes.extend(skipped_note(&skipped));
    Ok(Headers {
        cdef: selected,
        files: pre.files,
    })
}

/// The member names of header records that are also macros.
fn macro_members(cdef: &Cdef, pre: &preprocess::Preprocessed) -> Vec<String> {
    let macros: std::collections::HashSet<&str> =
        pre.macros.iter().map(|m| m.name.as_str()).collect();
    let mut names: Vec<String> = cdef
        .records
        .iter()
        .filter(|r| r.origin.header.is_some())
        .flat_map(|r| r.fields())
        .filter(|f| macros.contains(f.name.as_str()))
        .map(|f| f.name.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Records defined under `#pragma pack(N)` keep it where it changes their layout.
fn apply_packing(cdef: &mut Cdef, pre: &preprocess::Preprocessed, target: &Target) {
    for r in cdef.records.iter_mut().filter(|r| r.fields.is_some()) {
        r.pack = pre.pack_at(r.origin.line);
    }
    crate::layout::settle_packs(cdef, &crate::layout::Sizes::from_target(target));
}

/// Header items carry their header file and line, not lines of the preprocessed text.
fn relocate(cdef: &mut Cdef, pre: &preprocess::Preprocessed) {
    let place = |line: usize| pre.lines.get(line.wrapping_sub(1)).copied().flatten();
    let move_origin = |o: &mut Origin| {
        if let Some((file, n)) = place(o.line) {
            o.header = Some(pre.files[file].display().to_string());
            o.line = n;
        } else {
            o.header = Some("<headers>".into());
        }
    };
    cdef.functions
        .iter_mut()
        .for_each(|f| move_origin(&mut f.origin));
    cdef.globals
        .iter_mut()
        .for_each(|g| move_origin(&mut g.origin));
    cdef.typedefs
        .iter_mut()
        .for_each(|t| move_origin(&mut t.origin));
    cdef.enums
        .iter_mut()
        .for_each(|e| move_origin(&mut e.origin));
    cdef.constants
        .iter_mut()
        .for_each(|c| move_origin(&mut c.origin));
    for r in &mut cdef.records {
        for f in r.fields.iter_mut().flatten() {
            f.line = place(f.line).map_or(f.line, |(_, n)| n);
        }
        move_origin(&mut r.origin);
    }
}

fn failures(pre: &preprocess::Preprocessed, errors: &[TextError]) -> Vec<Failure> {
    errors
        .iter()
        .map(|e| {
            let item =
                cdef::text::item_at(&pre.code, e.offset).map_or("", |(s, t)| &pre.code[s..t]);
            let at = pre.locate(e.offset).map_or_else(
                || "<headers>".to_string(),
                |(f, l)| format!("{}:{l}", f.display()),
            );
            Failure {
                names: declared_names(item),
                message: e.message.clone(),
                at,
            }
        })
        .collect()
}

/// The names a C declaration declares, read from its text: identifiers right before `;`,
/// `,`, `=`, `[` or `(` outside parentheses, inside `(*name)`, or after `struct`/`union`/
/// `enum`. Enough to tell whether `allow` asked for a declaration the front end refused.
const KEYWORDS: &[&str] = &[
    "void",
    "char",
    "short",
    "int",
    "long",
    "float",
    "double",
    "signed",
    "unsigned",
    "const",
    "volatile",
    "restrict",
    "__restrict",
    "_Bool",
    "struct",
    "union",
    "enum",
    "typedef",
    "extern",
    "static",
    "inline",
    "__inline",
    "__extension__",
    "__asm__",
    "__asm",
    "asm",
    "__attribute__",
    "__attribute",
    "__typeof__",
    "__typeof",
    "__inline__",
    "__restrict__",
    "__const",
    "__volatile__",
    "__signed__",
];

pub fn declared_names(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut names = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            let word = &text[start..i];
            let next = text[i..].trim_start().bytes().next();
            let before = text[..start].trim_end();
            let tagged = ["struct", "union", "enum"]
                .iter()
                .any(|k| before.ends_with(k));
            let declares = match (depth, next) {
                (0, Some(b';' | b',' | b'=' | b'[' | b'(')) => true,
                (1, Some(b')')) => before.ends_with('*'),
                _ => tagged,
            };
            if declares && !KEYWORDS.contains(&word) && !names.iter().any(|n| n == word) {
                names.push(word.to_string());
            }
            continue;
        }
        match c {
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    names
}

/// An allowed header item that cannot be bound, which only a glob asked for: skipped.
struct Skipped<'a> {
    name: &'a str,
    failure: &'a Failure,
}

/// The errors about what `allow` asked for and cannot have; what only globs asked for and
/// cannot be bound is returned instead, to be skipped.
fn report<'a>(
    allow: &Allow,
    failures: &'a [Failure],
    not_constant: &[macros::NotConstant],
    pre: &preprocess::Preprocessed,
    selected: &Cdef,
) -> syn::Result<Vec<Skipped<'a>>> {
    let mut errors = Errors::new();
    let bound = bound_names(selected);
    let mut reported: Vec<&str> = Vec::new();
    let mut skipped = Vec::new();
    for f in failures {
        for name in f
            .names
            .iter()
            .filter(|n| allow.allows(n) && !bound.contains(n.as_str()))
        {
            if !allow.names(name) {
                skipped.push(Skipped { name, failure: f });
                continue;
            }
            if let Some(p) = allow.pattern_for(name) {
                errors.push(syn::Error::new(
                    p.span,
                    format!("{}: `{name}` cannot be bound: {}", f.at, f.message),
                ));
                reported.push(p.text());
            }
        }
    }
    for m in not_constant {
        if let Some(p) = allow.pattern_for(&m.name) {
            errors.push(syn::Error::new(
                p.span,
                format!(
                    "{}:{}: `{}` is `#define {} {}`, which ABI mode cannot evaluate without a C \
                     compiler (it reads literals and expressions over them, not function-like \
                     macros or casts); write its value in the cdef (`#define {} <value>`)",
                    pre.files[m.file].display(),
                    m.line,
                    m.name,
                    m.name,
                    m.value,
                    m.name
                ),
            ));
        }
    }
    for p in allow.unmatched().filter(|p| !reported.contains(&p.text())) {
        let message = if Prim::predeclared(p.text()).is_some() {
            format!(
                "`{}` needs no `allow`: it is one of C's standard types, which every `ffi!` \
                 block knows without its header",
                p.text()
            )
        } else if pre.function_like.iter().any(|m| m == p.text()) {
            format!(
                "`{}` is a function-like macro, which `allow` cannot bind: declare it in the \
                 cdef as the function it acts as, and the glue calls the macro",
                p.text()
            )
        } else {
            let what = if p.is_glob() { "the glob" } else { "the name" };
            format!(
                "{what} `{}` matches nothing the headers declare (a typo?)",
                p.text()
            )
        };
        errors.push(syn::Error::new(p.span, message));
    }
    errors.finish_with(skipped)
}

/// One note for everything the globs matched that cannot be bound: what, where and why,
/// for the first few.
fn skipped_note(skipped: &[Skipped]) -> Option<Note> {
    const SHOWN: usize = 5;
    let (first, rest) = skipped.split_at(skipped.len().min(SHOWN));
    let first = first.first()?;
    let mut text = format!(
        "`allow` globs matched {} header declaration{} that cannot be bound, skipped: `{}` \
         ({}: {})",
        skipped.len(),
        if skipped.len() == 1 { "" } else { "s" },
        first.name,
        first.failure.at,
        first.failure.message
    );
    for s in skipped.iter().skip(1).take(SHOWN - 1) {
        text.push_str(&format!(", `{}`", s.name));
    }
    if !rest.is_empty() {
        text.push_str(&format!(" and {} more", rest.len()));
    }
    text.push_str("; name one in `allow` to see its error");
    Some(Note {
        line: 0,
        message: text,
    })
}

fn bound_names(c: &Cdef) -> std::collections::HashSet<&str> {
    let enumerators = c
        .enums
        .iter()
        .flat_map(|e| e.enumerators.iter().map(|en| en.name.as_str()));
    c.item_names().chain(enumerators).collect()
}

#[cfg(test)]
mod tests {
    use super::declared_names;

    #[test]
    fn names_of_declarations() {
        assert_eq!(
            declared_names("extern __int128 big(int x, int y);"),
            ["big"]
        );
        assert_eq!(declared_names("typedef int (*cb)(void *);"), ["cb"]);
        assert_eq!(
            declared_names("struct s { int a; } v, w[2];"),
            ["s", "a", "v", "w"]
        );
        assert_eq!(declared_names("typedef unsigned __int128 u128;"), ["u128"]);
    }

    /// An `include`d block's types must be the headers' (the headers' functions use C's):
    /// a `struct tm` missing fields is an error naming the header's declaration.
    #[test]
    fn an_included_struct_must_be_the_headers() {
        let dir = std::env::temp_dir().join(format!("ffi-include-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temp dir");
        let cdef = dir.join("tm.h");
        std::fs::write(&cdef, "typedef long time_t;\nstruct tm { int tm_sec; };\n")
            .expect("the cdef file");
        let text = format!(
            "mod t {{ include super::clock from {:?}; headers [\"time.h\"]; allow [\"timegm\"]; }}",
            cdef.display().to_string()
        );
        let block: crate::input::Block = syn::parse_str(&text).expect("the block parses");
        let rustc = crate::toolchain::rustc::Rustc::from_args(std::iter::empty(), false);
        let result = crate::pipeline::run(&block, &rustc, &|t| t.parse().ok());
        let _ = std::fs::remove_dir_all(&dir);
        let message = result.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.contains("`struct tm` conflicts with its declaration on `/usr/include/"),
            "{message}"
        );
    }
}
