//! Turns cdef text into what lang-c accepts, keeping every byte offset where it was.
//!
//! lang-c parses preprocessed C only: it knows no comments, ignores `#` lines and rejects
//! CFFI's `...` forms. We blank comments and directives (same length, newlines kept), take
//! `#define`s aside, and overwrite each `...` form with same-length C that parses, remembering
//! where, so lowering can tell a marker from user text by its offset.

use std::collections::BTreeMap;

/// Names a cdef may use without declaring them, and how lang-c should see them.
pub const PRELUDE: &str = "typedef unsigned long size_t; typedef long ssize_t; \
typedef long ptrdiff_t; typedef long intptr_t; typedef unsigned long uintptr_t; \
typedef signed char int8_t; typedef short int16_t; typedef int int32_t; typedef long int64_t; \
typedef unsigned char uint8_t; typedef unsigned short uint16_t; typedef unsigned int uint32_t; \
typedef unsigned long uint64_t; typedef _Bool bool; typedef int wchar_t; \
typedef struct __ffi_FILE FILE; typedef __builtin_va_list va_list;\n";

/// What a `...` stood for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dots {
    /// `struct s { int a; ...; }` (now blank).
    Fields,
    /// `enum e { A, ... }` (now blank).
    Enumerators,
    /// `typedef ... t;` (now `typedef int t;`).
    OpaqueType,
    /// `int a[...]` (now `int a[1  ]`).
    ArrayLen,
}

#[derive(Clone, Debug)]
pub struct Define {
    pub name: String,
    /// The value text, trimmed; `...` asks the compiler.
    pub value: String,
    /// Byte offset of the `#` in the user text.
    pub offset: usize,
}

pub struct Prepared {
    /// What lang-c parses: the prelude, then the rewritten user text.
    pub parse_text: String,
    /// `...` markers by offset in `parse_text`.
    pub dots: BTreeMap<usize, Dots>,
    pub defines: Vec<Define>,
}

/// An error at a byte offset of the user text.
pub struct TextError {
    pub offset: usize,
    pub message: String,
}

pub fn prepare(user: &str) -> Result<Prepared, TextError> {
    let mut bytes = strip_comments(user.as_bytes());
    let defines = take_directives(&mut bytes)?;
    let dots = mark_dots(&mut bytes)?;
    let body = String::from_utf8(bytes).map_err(|e| TextError {
        offset: e.utf8_error().valid_up_to(),
        message: "the cdef is not valid UTF-8 here".into(),
    })?;
    let base = PRELUDE.len();
    Ok(Prepared {
        parse_text: format!("{PRELUDE}{body}"),
        dots: dots.into_iter().map(|(o, d)| (o + base, d)).collect(),
        defines,
    })
}

/// Blanks `/* */` and `//` comments, leaving string and character literals alone.
fn strip_comments(src: &[u8]) -> Vec<u8> {
    let mut out = src.to_vec();
    let mut i = 0;
    while i < out.len() {
        match out[i] {
            b'"' | b'\'' => i = skip_quoted(&out, i),
            b'/' if out.get(i + 1) == Some(&b'*') => {
                let end = find(&out, i + 2, b"*/").map_or(out.len(), |e| e + 2);
                blank(&mut out[i..end]);
                i = end;
            }
            b'/' if out.get(i + 1) == Some(&b'/') => {
                let end = find(&out, i, b"\n").unwrap_or(out.len());
                blank(&mut out[i..end]);
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

fn skip_quoted(s: &[u8], start: usize) -> usize {
    let quote = s[start];
    let mut i = start + 1;
    while i < s.len() && s[i] != quote && s[i] != b'\n' {
        i += if s[i] == b'\\' { 2 } else { 1 };
    }
    (i + 1).min(s.len())
}

fn find(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    s.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn blank(s: &mut [u8]) {
    for b in s.iter_mut().filter(|b| **b != b'\n') {
        *b = b' ';
    }
}

/// Removes every `#` line, keeping `#define`s; other directives are errors.
fn take_directives(s: &mut [u8]) -> Result<Vec<Define>, TextError> {
    let mut defines = Vec::new();
    let mut line_start = 0;
    while line_start < s.len() {
        // A directive may continue over `\`-newlines: it ends at the first bare newline.
        let mut end = line_start;
        while end < s.len() && s[end] != b'\n' {
            end += if s[end] == b'\\' { 2 } else { 1 };
        }
        let end = end.min(s.len());
        let line = &s[line_start..end];
        let indent = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if line.get(indent) == Some(&b'#') {
            let offset = line_start + indent;
            let text = String::from_utf8_lossy(&line[indent + 1..]).replace("\\\n", " ");
            defines.push(parse_directive(text.trim(), offset)?);
            blank(&mut s[line_start..end]);
        }
        line_start = end + 1;
    }
    Ok(defines)
}

fn parse_directive(text: &str, offset: usize) -> Result<Define, TextError> {
    let err = |message: String| TextError { offset, message };
    let Some(rest) = text.strip_prefix("define") else {
        let word: String = text.chars().take_while(|c| c.is_alphanumeric()).collect();
        let hint = if word == "include" {
            ": put `#include`s in `source`, which the C compiler sees"
        } else {
            ""
        };
        return Err(err(format!(
            "`#{word}` is not supported in a cdef; only `#define NAME value` and `#define NAME ...` are{hint}"
        )));
    };
    if !rest.starts_with(char::is_whitespace) {
        return Err(err("expected `#define NAME value`".into()));
    }
    let rest = rest.trim_start();
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let (name, value) = rest.split_at(name_len);
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(err("expected a macro name after `#define`".into()));
    }
    if value.starts_with('(') {
        return Err(err(format!(
            "`{name}` is a function-like macro, which a cdef cannot bind; declare it as a \
             function in the cdef and API mode reaches it through a C wrapper"
        )));
    }
    let value = value.trim();
    if value.is_empty() {
        return Err(err(format!(
            "`#define {name}` has no value; write `#define {name} <literal>` or `#define {name} ...`"
        )));
    }
    Ok(Define {
        name: name.to_string(),
        value: value.to_string(),
        offset,
    })
}

/// Finds each `...`, decides which CFFI form it is from its neighbours, and overwrites it.
fn mark_dots(s: &mut [u8]) -> Result<BTreeMap<usize, Dots>, TextError> {
    let mut dots = BTreeMap::new();
    let mut i = 0;
    while i + 3 <= s.len() {
        if s[i] == b'"' || s[i] == b'\'' {
            i = skip_quoted(s, i);
            continue;
        }
        if &s[i..i + 3] != b"..." {
            i += 1;
            continue;
        }
        let next = s[i + 3..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .map(|p| p + i + 3);
        let next_byte = next.map(|n| s[n]);
        let before = String::from_utf8_lossy(&s[..i]);
        let before = before.trim_end();
        let kind = if before.ends_with("typedef")
            && !before[..before.len() - 7].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        {
            s[i..i + 3].copy_from_slice(b"int");
            Dots::OpaqueType
        } else if before.ends_with('[') && next_byte == Some(b']') {
            s[i..i + 3].copy_from_slice(b"1  ");
            Dots::ArrayLen
        } else if next_byte == Some(b';') {
            blank(&mut s[i..i + 3]);
            if let Some(n) = next {
                s[n] = b' ';
            }
            Dots::Fields
        } else if next_byte == Some(b'}') {
            if !before.ends_with(',') {
                return Err(TextError {
                    offset: i,
                    message: "`...` in an enum goes after at least one named enumerator: \
                              `enum e { A, B, ... };`"
                        .into(),
                });
            }
            blank(&mut s[i..i + 3]);
            Dots::Enumerators
        } else if next_byte == Some(b')') {
            // A variadic parameter list: C syntax lang-c already knows.
            i += 3;
            continue;
        } else {
            return Err(TextError {
                offset: i,
                message: "unexpected `...`: it may stand for struct fields (`...;`), enumerators \
                          (`A, ...}`), a type (`typedef ... t;`), an array length (`[...]`), a \
                          macro value (`#define N ...`) or variadic parameters"
                    .into(),
            });
        };
        dots.insert(i, kind);
        i += 3;
    }
    Ok(dots)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text of the line holding `offset`.
pub fn line_text(text: &str, offset: usize) -> &str {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let start = text[..offset].rfind('\n').map_or(0, |p| p + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |p| p + offset);
    &text[start..end]
}

/// Folds whitespace so a declaration reads on one line in a doc comment.
pub fn fold_ws(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
