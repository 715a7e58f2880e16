//! The cdef front end: cdef text → lang-c → [`crate::model::Cdef`].
//!
//! Every error becomes a `syn::Error` on the cdef literal naming the line, column and text.

mod literal;
mod lower;
mod text;

pub use literal::IntWidths;


use crate::input::Block;
use crate::model::Cdef;

pub fn parse(block: &Block, widths: IntWidths) -> syn::Result<Cdef> {
    let user = block
        .cdef
        .iter()
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let prepared = text::prepare(&user).map_err(|e| locate(block, &user, e.offset, &e.message))?;
    let config = lang_c::driver::Config {
        cpp_command: String::new(),
        cpp_options: Vec::new(),
        flavor: lang_c::driver::Flavor::GnuC11,
    };
    let parsed = lang_c::driver::parse_preprocessed(&config, prepared.parse_text.clone())
        .map_err(|e| {
            let offset = e.offset.saturating_sub(text::PRELUDE.len());
            locate(block, &user, offset, &describe_syntax_error(&user, offset, &e.expected))
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
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
    "union", "unsigned", "void", "volatile", "while", "_Bool", "_Complex", "_Noreturn",
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
    let before = text.get(..at)?.trim_end_matches([' ', '\t', '\n', '\r', '*']);
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
    let is_unknown = |w: &str| !C_KEYWORDS.contains(&w);
    // lang-c reads an undeclared type name as the declarator's name, and fails at the next word.
    if let (Some(prev), Some(_)) = (word_before(user, offset), word_at(user, offset)) {
        if is_unknown(prev) {
            return format!(
                "unknown type `{prev}`: declare it first (`typedef … {prev};`, `struct {prev};`, \
                 or in API mode `typedef ... {prev};`)"
            );
        }
    }
    if let Some(word) = word_at(user, offset) {
        let next = user[offset + word.len()..].trim_start();
        if is_unknown(word) && (next.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') || next.starts_with('*')) {
            return format!(
                "unknown type `{word}`: declare it first (`typedef … {word};`, `struct {word};`, \
                 or in API mode `typedef ... {word};`)"
            );
        }
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
