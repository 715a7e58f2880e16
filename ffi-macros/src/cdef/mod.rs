//! Stage 2, the cdef front end: cdef text → [`text`] (comments, directives, markers) →
//! lang-c → [`lower`] → [`crate::model::Cdef`].
//!
//! Every error becomes a `syn::Error` on the cdef literal naming the line, column and text;
//! all independent errors of one cdef are reported together.

pub mod expr;
pub mod literal;
mod lower;
pub mod text;

use crate::input::Block;
use crate::model::{Cdef, Note};
use crate::target::Target;

pub use text::TextError;

/// What lowering needs to know about where the text came from.
#[derive(Clone, Copy)]
pub struct Reading<'t> {
    pub target: &'t Target,
    pub api_mode: bool,
    /// Header text: function definitions are declarations, not mistakes.
    pub definitions_declare: bool,
    /// Declarations read before (from headers), which the text extends.
    pub seed: Option<&'t Cdef>,
    /// How many syntax errors to recover from before giving up on the rest.
    pub max_syntax_errors: usize,
}

impl<'t> Reading<'t> {
    /// A cdef: every error is the user's, so a few dozen are plenty.
    pub fn cdef(target: &'t Target, api_mode: bool) -> Self {
        Reading {
            target,
            api_mode,
            definitions_declare: false,
            seed: None,
            max_syntax_errors: 64,
        }
    }
}

/// The names a model declares as types, which lang-c must know to parse text using them.
fn type_names(seed: &Cdef) -> Vec<String> {
    let typedefs = seed.typedefs.iter().map(|t| t.name.clone());
    // `typedef struct { … } name;` has no typedef entry: the record carries the name.
    let records = seed
        .records
        .iter()
        .filter_map(|r| r.c_spelling.clone())
        .filter(|c| !c.contains(' '));
    let enums = seed
        .enums
        .iter()
        .filter_map(|e| e.c_spelling.clone())
        .filter(|c| !c.contains(' '));
    typedefs.chain(records).chain(enums).collect()
}

/// Parses and lowers C declarations; every error is returned, with offsets into `user`.
pub fn read(user: &str, reading: Reading) -> (Cdef, Vec<TextError>) {
    let names = reading.seed.map(type_names).unwrap_or_default();
    let mut prepared = match text::prepare(user, reading.target, &names) {
        Ok(p) => p,
        Err(errors) => return (reading.seed.cloned().unwrap_or_default(), errors),
    };
    let (unit, mut errors) = parse_recovering(&mut prepared, reading.max_syntax_errors);
    let lowerer = lower::Lowerer::new(lower::Input {
        parsed: &prepared.parse_text,
        original: user,
        markers: std::mem::take(&mut prepared.markers),
        target: reading.target,
        api_mode: reading.api_mode,
        definitions_declare: reading.definitions_declare,
        prelude_len: prepared.prelude_len,
        seed: reading.seed.cloned(),
    });
    let (mut cdef, lower_errors) = lowerer.lower(&prepared.defines, &unit);
    cdef.propagate_partial();
    crate::layout::settle_packs(
        &mut cdef,
        &crate::layout::Sizes::from_target(reading.target),
    );
    errors.extend(lower_errors.into_iter().map(|e| TextError {
        offset: e.offset.saturating_sub(prepared.prelude_len),
        message: e.message,
    }));
    errors.sort_by_key(|e| e.offset);
    cdef.notes
        .extend(prepared.notes.iter().map(|(offset, message)| Note {
            line: text::line_col(user, *offset).0,
            message: message.clone(),
        }));
    (cdef, errors)
}

/// The block's cdef, as a model (on top of `seed`, what its headers declare); the errors,
/// located on the cdef literals.
pub fn parse(block: &Block, target: &Target, seed: Option<&Cdef>) -> syn::Result<Cdef> {
    let user = block.cdef_text();
    let reading = Reading {
        seed,
        ..Reading::cdef(target, block.is_api_mode())
    };
    let (cdef, errors) = read(&user, reading);
    let mut all = crate::errors::Errors::new();
    for e in errors {
        all.push(locate(block, e.offset, &e.message));
    }
    all.finish_with(cdef)
}

/// lang-c stops at the first syntax error: blank the top-level item holding it and parse
/// again, so every bad declaration is reported (and header text can skip what lang-c
/// cannot read). Markers inside a blanked item are dropped with it.
fn parse_recovering(
    prepared: &mut text::Prepared,
    max_errors: usize,
) -> (lang_c::ast::TranslationUnit, Vec<TextError>) {
    let config = lang_c::driver::Config {
        cpp_command: String::new(),
        cpp_options: Vec::new(),
        flavor: lang_c::driver::Flavor::GnuC11,
    };
    let mut errors = Vec::new();
    loop {
        match lang_c::driver::parse_preprocessed(&config, prepared.parse_text.clone()) {
            Ok(parsed) => return (parsed.unit, errors),
            Err(e) => {
                let user = &prepared.parse_text[prepared.prelude_len..];
                let offset = e.offset.saturating_sub(prepared.prelude_len);
                errors.push(TextError {
                    offset,
                    message: describe_syntax_error(user, offset, &e.expected),
                });
                let blanked = text::blank_item(&mut prepared.parse_text, e.offset);
                match blanked {
                    Some((start, end)) if errors.len() < max_errors => {
                        prepared.markers.drop_range(start, end);
                    }
                    _ => return (lang_c::ast::TranslationUnit(Vec::new()), errors),
                }
            }
        }
    }
}

/// An error about a declaration on `line` (1-based) of the joined cdef text.
pub fn error_at_line(block: &Block, line: usize, message: &str) -> syn::Error {
    let user = block.cdef_text();
    // Point at the line's first non-blank character.
    let start: usize = user
        .split('\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    let indent = user[start.min(user.len())..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .count();
    locate(block, start + indent, message)
}

/// The types of the blocks `include` names, read from their cdef files in order (each on
/// top of those before it): the seed the block's own cdef is read on.
pub fn included(block: &Block, target: &Target) -> syn::Result<Option<Cdef>> {
    included_on(block, target, None)
}

/// The same on top of `base` (what a block's headers declare): what the included cdefs
/// restate must agree with the headers (the lowerer's conflict checks), so the included
/// block's types are the ones this block's C uses.
pub fn included_on(
    block: &Block,
    target: &Target,
    base: Option<Cdef>,
) -> syn::Result<Option<Cdef>> {
    let mut seed = base;
    let mut all = crate::errors::Errors::new();
    for include in &block.includes {
        let reading = Reading {
            seed: seed.as_ref(),
            ..Reading::cdef(target, block.is_api_mode())
        };
        let (cdef, errors) = read(&include.cdef.text, reading);
        for e in errors {
            let at = locate_in(std::iter::once(&include.cdef), e.offset, &e.message);
            all.push(at.unwrap_or_else(|| syn::Error::new(include.cdef.lit.span(), e.message)));
        }
        seed = Some(cdef);
    }
    all.finish_with(seed)
}

/// An error at a byte offset of the joined cdef text, reported on the literal it came from.
fn locate(block: &Block, offset: usize, message: &str) -> syn::Error {
    locate_in(block.cdef.iter(), offset, message)
        .unwrap_or_else(|| syn::Error::new(block.cdef_span(), message))
}

/// The same over any pieces of cdef text joined by newlines.
fn locate_in<'a>(
    pieces: impl Iterator<Item = &'a crate::input::CdefText>,
    offset: usize,
    message: &str,
) -> Option<syn::Error> {
    let mut start = 0;
    for piece in pieces {
        let end = start + piece.text.len();
        if offset <= end {
            let local = offset - start;
            let (line, col) = text::line_col(&piece.text, local);
            let src = text::line_text(&piece.text, local);
            let gutter = " ".repeat(line.to_string().len());
            let pad: String = src
                .chars()
                .take(col - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let what = match &piece.file {
                Some(f) => format!("cdef_file `{f}`"),
                None => "cdef".to_string(),
            };
            return Some(syn::Error::new(
                piece.lit.span(),
                format!(
                    "{what} line {line}, column {col}: {message}\n{gutter} |\n{line} | {src}\n{gutter} | {pad}^"
                ),
            ));
        }
        start = end + 1;
    }
    None
}

const C_KEYWORDS: &[&str] = &[
    "auto",
    "break",
    "case",
    "char",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "float",
    "for",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "register",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while",
    "_Bool",
    "_Complex",
    "_Noreturn",
];

fn word_at(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    let len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let w = &rest[..len];
    (!w.is_empty() && !w.starts_with(|c: char| c.is_ascii_digit())).then_some(w)
}

fn word_before(text: &str, at: usize) -> Option<&str> {
    let before = text
        .get(..at)?
        .trim_end_matches([' ', '\t', '\n', '\r', '*']);
    let start = text::trailing_word_start(before);
    word_at(before, start).filter(|w| w.len() == before.len() - start)
}

/// Type names compilers know that `ffi!` does not bind (Rust's `i128` has had the C layout
/// only since 1.77, and only on some targets).
pub(crate) fn unsupported_type(name: &str) -> Option<String> {
    matches!(name, "__int128" | "__int128_t" | "__uint128_t")
        .then(|| format!("`{name}`: 128-bit integers are not supported"))
}

/// lang-c reports only an offset and an "expected" set; say what is likely wrong.
fn describe_syntax_error(
    user: &str,
    offset: usize,
    expected: &std::collections::HashSet<&'static str>,
) -> String {
    let is_unknown = |w: &&str| !C_KEYWORDS.contains(w);
    // lang-c reads an undeclared type name as a declarator's name and fails at the next
    // word (`uLong crc32` fails at `crc32`), or fails at the type name itself.
    let before = word_before(user, offset).filter(|_| word_at(user, offset).is_some());
    let here = word_at(user, offset).filter(|w| {
        let next = user[offset + w.len()..].trim_start();
        next.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '*')
    });
    if let Some(name) = before.filter(is_unknown).or(here.filter(is_unknown)) {
        if let Some(message) = unsupported_type(name) {
            return message;
        }
        return format!(
            "unknown type `{name}`: declare it first (`typedef … {name};`, `struct {name};`, \
             or in API mode `typedef ... {name};`)"
        );
    }
    let found = match user.get(offset..).and_then(|r| r.split_whitespace().next()) {
        Some(tok) => format!("unexpected `{}`", tok.chars().take(20).collect::<String>()),
        None => "unexpected end of the cdef".to_string(),
    };
    // lang-c lists character classes like `[_a-zA-Z0-9]` among tokens: not for users.
    let mut list: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|t| !(t.len() > 1 && t.starts_with('[')))
        .collect();
    list.sort_unstable();
    if list.contains(&";") {
        return format!("{found}: expected `;`");
    }
    if list.is_empty() {
        return format!("syntax error: {found}");
    }
    let shown: Vec<String> = list.iter().take(8).map(|t| format!("`{t}`")).collect();
    let more = if list.len() > 8 { ", …" } else { "" };
    format!("{found}: expected one of {}{more}", shown.join(", "))
}
