//! The cdef front end: cdef text → lang-c → [`crate::model::Cdef`].
//!
//! Every error becomes a `syn::Error` on the cdef literal naming the line, column and text.

mod literal;
mod lower;
mod text;

pub use literal::IntWidths;

use crate::input::Block;
use crate::model::{Cdef, ConstValue};

/// Reads a C literal (as `#define` values are written) with C's typing rules.
pub fn parse_literal(text: &str, widths: IntWidths) -> Result<ConstValue, String> {
    literal::parse_value(text, widths)
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
    locate(block, &user, start + indent, message)
}

pub fn parse(block: &Block, widths: IntWidths) -> syn::Result<Cdef> {
    let user = block.cdef_text();
    let prepared = text::prepare(&user).map_err(|e| locate(block, &user, e.offset, &e.message))?;
    let config = lang_c::driver::Config {
        cpp_command: String::new(),
        cpp_options: Vec::new(),
        flavor: lang_c::driver::Flavor::GnuC11,
    };
    let parsed =
        lang_c::driver::parse_preprocessed(&config, prepared.parse_text.clone()).map_err(|e| {
            let offset = e.offset.saturating_sub(text::PRELUDE.len());
            locate(
                block,
                &user,
                offset,
                &describe_syntax_error(&user, offset, &e.expected),
            )
        })?;
    let lowerer = lower::Lowerer::new(
        &prepared.parse_text,
        &user,
        prepared.dots,
        widths,
        block.is_api_mode(),
    );
    lowerer.lower(&prepared.defines, &parsed.unit).map_err(|e| {
        let offset = e.offset.saturating_sub(text::PRELUDE.len());
        locate(block, &user, offset, &e.message)
    })
}

/// An error at a byte offset of the joined cdef text, reported on the literal it came from.
fn locate(block: &Block, user: &str, offset: usize, message: &str) -> syn::Error {
    let mut start = 0;
    for piece in &block.cdef {
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
                Some(f) => format!("cdef_file `{}`", f),
                None => "cdef".to_string(),
            };
            return syn::Error::new(
                piece.lit.span(),
                format!(
                    "{what} line {line}, column {col}: {message}\n{gutter} |\n{line} | {src}\n{gutter} | {pad}^"
                ),
            );
        }
        start = end + 1;
    }
    let _ = user;
    syn::Error::new(block.cdef_span(), message)
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
    let start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |p| p + 1);
    word_at(before, start).filter(|w| w.len() == before.len() - start)
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
