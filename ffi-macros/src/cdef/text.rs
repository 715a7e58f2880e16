//! Turns cdef text into what lang-c accepts, keeping every byte offset where it was.
//!
//! lang-c parses preprocessed C only: it knows no comments, ignores `#` lines, rejects
//! CFFI's `...` forms and `extern "Rust"`, and misreads some GNU attributes. Each pass below
//! blanks or overwrites what lang-c must not see (same length, newlines kept) and remembers
//! it as a *marker* at its offset, so lowering can tell a marker from user text.

use std::collections::BTreeMap;

use crate::target::{Arch, Target};

/// Names a cdef may use without declaring them, and how lang-c should see them.
pub const PRELUDE: &str = "typedef unsigned long size_t; typedef long ssize_t; \
typedef long ptrdiff_t; typedef long intptr_t; typedef unsigned long uintptr_t; \
typedef signed char int8_t; typedef short int16_t; typedef int int32_t; typedef long int64_t; \
typedef unsigned char uint8_t; typedef unsigned short uint16_t; typedef unsigned int uint32_t; \
typedef unsigned long uint64_t; typedef _Bool bool; typedef int wchar_t; \
typedef unsigned short char16_t; typedef unsigned int char32_t; \
typedef signed char int_least8_t; typedef short int_least16_t; typedef int int_least32_t; \
typedef long int_least64_t; typedef unsigned char uint_least8_t; \
typedef unsigned short uint_least16_t; typedef unsigned int uint_least32_t; \
typedef unsigned long uint_least64_t; typedef signed char int_fast8_t; \
typedef long int_fast16_t; typedef long int_fast32_t; typedef long int_fast64_t; \
typedef unsigned char uint_fast8_t; typedef unsigned long uint_fast16_t; \
typedef unsigned long uint_fast32_t; typedef unsigned long uint_fast64_t; \
typedef long intmax_t; typedef unsigned long uintmax_t; \
typedef struct __ffi_FILE FILE; typedef __builtin_va_list va_list;\n";

/// What a `...` stood for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dots {
    /// `struct s { int a; ...; }` (now blank).
    Fields,
    /// `enum e { A, B, ... }` (now blank).
    Enumerators,
    /// `enum { ... }`, CFFI's enum of unknown enumerators (now `enum { __E }`, as C has no
    /// empty enums; the placeholder is dropped).
    NoEnumerators,
    /// `typedef ... t;` (now `typedef int t;`).
    OpaqueType,
    /// `int a[...]` (now `int a[1  ]`).
    ArrayLen,
    /// `enum e { A = ... }` (now `A = 0  `).
    EnumValue,
    /// `typedef int... t;`: marked at the `int` (the `...` is blank).
    IntType,
    /// `typedef float... t;`: marked at the `float`.
    FloatType,
}

/// A GNU attribute the layout depends on; others are dropped or refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attr {
    Packed,
    /// `aligned(N)`; `aligned` alone means the target's largest alignment.
    Aligned(Option<u64>),
    /// `mode(QI)` on an integer typedef: the integer of that machine mode's width.
    Mode(String),
    /// What a function promises about its pointers; see [`crate::model::Contract`].
    Contract(ContractAttr),
    /// `__stdcall` just before a declarator's `*` (`int (__stdcall *cb)(int)`), on 32-bit
    /// x86: the pointer at this offset points to a `__stdcall` function.
    StdcallPointer,
    /// One that changes a type in a way `ffi!` cannot express (`vector_size`, …).
    Unsupported(String),
}

/// The attributes safe wrappers are built from. Indices are C's: 1-based.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContractAttr {
    /// `access(read_only|write_only|read_write|none, ptr, size)`; `size` may be absent.
    Access(String, usize, Option<usize>),
    /// `nonnull(1, 2)`; empty: every pointer parameter.
    NonNull(Vec<usize>),
    ReturnsNonNull,
    /// `malloc(dealloc, n)`.
    Dealloc(String, usize),
    /// `counted_by(len)` (elements) or `sized_by(len)` (bytes) on a pointer parameter.
    CountedBy {
        len: String,
        bytes: bool,
    },
    /// `stdcall` (`__stdcall`, `WINAPI`) on 32-bit x86: the callee pops its arguments.
    /// Not a promise about pointers, but the function's, like the rest.
    Stdcall,
}

impl Attr {
    /// A promise about a function's pointers: meaningless, and harmless, anywhere else.
    pub fn is_contract(&self) -> bool {
        matches!(self, Attr::Contract(_))
    }
}

#[derive(Clone, Debug)]
pub struct Define {
    pub name: String,
    /// The value text, trimmed; `...` asks the compiler.
    pub value: String,
    /// Byte offset of the `#` in the user text.
    pub offset: usize,
}

/// What the passes took out of the text, by offset in `parse_text`.
#[derive(Default)]
pub struct Markers {
    pub dots: BTreeMap<usize, Dots>,
    pub attributes: BTreeMap<usize, Vec<Attr>>,
    /// Offsets of `extern` keywords that were `extern "Rust"` (or CFFI's `"Python"`), and
    /// whether the `+C` form: callable from the block's other C files by its name too.
    pub extern_rust: BTreeMap<usize, bool>,
    /// Offsets of `#pragma pack`s, and the limit from each on.
    pub packs: BTreeMap<usize, Option<u64>>,
}

pub struct Prepared {
    /// What lang-c parses: the prelude, then the rewritten user text.
    pub parse_text: String,
    /// Where the user text starts in `parse_text`.
    pub prelude_len: usize,
    pub markers: Markers,
    pub defines: Vec<Define>,
    /// Things ignored that the user should hear about: (offset in user text, message).
    pub notes: Vec<(usize, String)>,
}

/// An error at a byte offset of the user text.
#[derive(Debug)]
pub struct TextError {
    pub offset: usize,
    pub message: String,
}

/// Runs every pass; returns every error found, not just the first. `type_names` are
/// declared to lang-c as typedef names ahead of the text (names a seed model defines).
pub fn prepare(
    user: &str,
    target: &Target,
    type_names: &[String],
) -> Result<Prepared, Vec<TextError>> {
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    let mut bytes = strip_comments(user.as_bytes());
    let mut packs = BTreeMap::new();
    let defines = take_directives(&mut bytes, &mut errors, &mut notes, &mut packs);
    let extern_rust = mark_extern_rust(&mut bytes);
    let mut attributes = mark_attributes(&mut bytes, target, &mut errors);
    mark_calling_conventions(&mut bytes, target, &mut attributes, &mut errors);
    mark_stdcall_pointers(&bytes, &mut attributes);
    let dots = mark_dots(&mut bytes, &mut errors);
    refuse_long_sign_runs(&bytes, &mut errors);
    let body = match String::from_utf8(bytes) {
        Ok(body) => body,
        Err(e) => {
            errors.push(TextError {
                offset: e.utf8_error().valid_up_to(),
                message: "the cdef is not valid UTF-8 here".into(),
            });
            return Err(errors);
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let extra: String = type_names
        .iter()
        .map(|n| format!("typedef int {n}; "))
        .collect();
    let prelude = format!("{PRELUDE}{extra}\n");
    let base = prelude.len();
    Ok(Prepared {
        parse_text: format!("{prelude}{body}"),
        prelude_len: base,
        markers: Markers {
            dots: shift(dots, base),
            attributes: shift(attributes, base),
            extern_rust: shift(extern_rust, base),
            packs: shift(packs, base),
        },
        defines,
        notes,
    })
}

/// The longest run of `+`/`-` signs a cdef may hold. lang-c's parser backtracks over such
/// a run (each pair may be `--` or two `-`) in time exponential in its length: 26 signs
/// take seconds, 40 would stall the build. No declaration needs more than a few.
const MAX_SIGN_RUN: usize = 12;

fn refuse_long_sign_runs(s: &[u8], errors: &mut Vec<TextError>) {
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'"' | b'\'' => i = skip_quoted(s, i),
            b'+' | b'-' => {
                let run = s[i..]
                    .iter()
                    .take_while(|b| matches!(b, b'+' | b'-'))
                    .count();
                if run > MAX_SIGN_RUN {
                    errors.push(TextError {
                        offset: i,
                        message: format!(
                            "{run} `+`/`-` signs in a row: a cdef may hold at most \
                             {MAX_SIGN_RUN} (C's parser would take exponential time on them)"
                        ),
                    });
                }
                i += run;
            }
            _ => i += 1,
        }
    }
}

fn shift<V>(markers: BTreeMap<usize, V>, by: usize) -> BTreeMap<usize, V> {
    markers.into_iter().map(|(o, v)| (o + by, v)).collect()
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

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The offsets of `word` in `s` as a whole identifier, outside string literals. Steps
/// over whole identifiers: a header's text is long, and this runs once per keyword.
fn words(s: &[u8], word: &[u8]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b == b'"' || b == b'\'' {
            i = skip_quoted(s, i);
        } else if is_ident_byte(b) {
            let end = s[i..]
                .iter()
                .position(|c| !is_ident_byte(*c))
                .map_or(s.len(), |n| i + n);
            if &s[i..end] == word {
                found.push(i);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// `#pragma pack` as GCC, clang and MSVC read it: `pack(N)` sets the limit, `pack()`
/// lifts it, `push` saves it (and may set a new one, after an optional name), `pop`
/// restores it.
#[derive(Default)]
pub struct Packing {
    /// The limit in force.
    pub current: Option<u64>,
    saved: Vec<Option<u64>>,
}

impl Packing {
    /// Applies a `#pragma`'s text after `#pragma `; whether it was a `pack(…)` (any other
    /// pragma changes nothing).
    pub fn apply(&mut self, pragma: &str) -> bool {
        let Some(args) = pragma
            .strip_prefix("pack")
            .map(str::trim)
            .and_then(|a| a.strip_prefix('('))
            .and_then(|a| a.strip_suffix(')'))
        else {
            return false;
        };
        let args: Vec<&str> = args.split(',').map(str::trim).collect();
        // `pack(0)` is the default, as `pack()` is.
        let value = args.iter().find_map(|a| a.parse::<u64>().ok());
        let limit = value.filter(|v| *v > 0);
        match args.first().copied() {
            Some("push") => {
                self.saved.push(self.current);
                if value.is_some() {
                    self.current = limit;
                }
            }
            Some("pop") => self.current = self.saved.pop().flatten(),
            Some("") | None => self.current = None,
            Some(_) if value.is_some() => self.current = limit,
            // `pack(show)` and the like change nothing.
            Some(_) => {}
        }
        true
    }
}

/// Removes every `#` line: `#define`s are kept aside, `#pragma pack`s recorded (the limit
/// from each on), other `#pragma`s become notes, other directives are errors.
fn take_directives(
    s: &mut [u8],
    errors: &mut Vec<TextError>,
    notes: &mut Vec<(usize, String)>,
    packs: &mut BTreeMap<usize, Option<u64>>,
) -> Vec<Define> {
    let mut packing = Packing::default();
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
            match parse_directive(text.trim(), offset) {
                Ok(Directive::Define(d)) => defines.push(d),
                Ok(Directive::Pragma(p)) if packing.apply(&p) => {
                    packs.insert(offset, packing.current);
                }
                Ok(Directive::Pragma(p)) => notes.push((
                    offset,
                    format!("`#pragma {p}` in a cdef is ignored: a cdef is not compiled"),
                )),
                Err(e) => errors.push(e),
            }
            blank(&mut s[line_start..end]);
        }
        line_start = end + 1;
    }
    defines
}

enum Directive {
    Define(Define),
    Pragma(String),
}

fn parse_directive(text: &str, offset: usize) -> Result<Directive, TextError> {
    let err = |message: String| TextError { offset, message };
    if let Some(rest) = text.strip_prefix("pragma") {
        return Ok(Directive::Pragma(rest.trim().to_string()));
    }
    let Some(rest) = text.strip_prefix("define") else {
        let word: String = text.chars().take_while(|c| c.is_alphanumeric()).collect();
        let hint = if word == "include" {
            ": put `#include`s in `source`, which the C compiler sees, or bind a header with \
             `headers [...]`"
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
            "`#define {name}` has no value; write `#define {name} <constant>` or `#define {name} ...`"
        )));
    }
    Ok(Directive::Define(Define {
        name: name.to_string(),
        value: value.to_string(),
        offset,
    }))
}

/// The ABI strings of functions Rust implements: CFFI's `"Python"` means the same, and
/// `+C` also makes the function callable by its name from the block's other C files.
const RUST_ABIS: &[(&[u8], bool)] = &[
    (b"\"Rust\"", false),
    (b"\"Python\"", false),
    (b"\"Rust+C\"", true),
    (b"\"Python+C\"", true),
];

/// `extern "Rust"` → `extern` plus a marker at the keyword (lang-c knows only `extern`).
fn mark_extern_rust(s: &mut [u8]) -> BTreeMap<usize, bool> {
    let mut found = BTreeMap::new();
    for at in words(s, b"extern") {
        let rest = &s[at + 6..];
        let gap = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let Some(&(abi, plus_c)) = RUST_ABIS
            .iter()
            .find(|(abi, _)| rest[gap..].starts_with(abi))
        else {
            continue;
        };
        let lit = at + 6 + gap;
        blank(&mut s[lit..lit + abi.len()]);
        match grouped_declarations(s, lit + abi.len()) {
            // CFFI's `extern "Python" { int f(int); int g(void); }`: each declaration is
            // marked where it starts, and the braces and `extern` go.
            Some((open, close, starts)) => {
                blank(&mut s[at..at + 6]);
                s[open] = b' ';
                s[close] = b' ';
                found.extend(starts.into_iter().map(|d| (d, plus_c)));
            }
            None => {
                found.insert(at, plus_c);
            }
        }
    }
    found
}

/// After an `extern "Rust"` ending at `from`: if a `{` follows, where it and its `}` are
/// and where each declaration between them starts.
fn grouped_declarations(s: &[u8], from: usize) -> Option<(usize, usize, Vec<usize>)> {
    let open = from
        + s[from..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    if s.get(open) != Some(&b'{') {
        return None;
    }
    let mut starts = Vec::new();
    let mut depth = 0usize;
    let mut at_start = true;
    for (i, &b) in s.iter().enumerate().skip(open + 1) {
        match b {
            b'}' if depth == 0 => return Some((open, i, starts)),
            b'(' | b'{' | b'[' => depth += 1,
            b')' | b'}' | b']' => depth = depth.saturating_sub(1),
            b';' if depth == 0 => at_start = true,
            _ => {}
        }
        if at_start && !b.is_ascii_whitespace() && b != b';' {
            starts.push(i);
            at_start = false;
        }
    }
    None
}

/// Attributes that do not change a type's size, alignment or calling convention.
const HARMLESS_ATTRIBUTES: &[&str] = &[
    "alias",
    "alloc_align",
    "alloc_size",
    "always_inline",
    "artificial",
    "cold",
    "const",
    // The default calling convention everywhere it exists (i386, Windows x64).
    "cdecl",
    "deprecated",
    "designated_init",
    // How Windows links the symbol, not what it is: Rust's `#[link]` decides.
    "dllexport",
    "dllimport",
    "error",
    "externally_visible",
    "fd_arg",
    "fd_arg_read",
    "fd_arg_write",
    "flatten",
    "format",
    "format_arg",
    "gnu_inline",
    "hot",
    "leaf",
    "may_alias",
    "no_instrument_function",
    "no_sanitize",
    "noinline",
    "nonstring",
    "noreturn",
    "nothrow",
    "null_terminated_string_arg",
    "pure",
    "returns_twice",
    "sentinel",
    "unavailable",
    "unused",
    "used",
    "visibility",
    "warn_unused_result",
    "warning",
    "weak",
];

/// `__attribute__((…))` → blank, with the attributes that matter kept as a marker.
fn mark_attributes(
    s: &mut [u8],
    target: &Target,
    errors: &mut Vec<TextError>,
) -> BTreeMap<usize, Vec<Attr>> {
    let mut found = BTreeMap::new();
    let mut starts: Vec<usize> = words(s, b"__attribute__");
    starts.extend(words(s, b"__attribute"));
    starts.sort_unstable();
    for at in starts {
        let keyword = if s[at..].starts_with(b"__attribute__") {
            13
        } else {
            11
        };
        let Some(end) = balanced_parens(s, at + keyword) else {
            errors.push(TextError {
                offset: at,
                message: "expected `__attribute__((…))` with balanced parentheses".into(),
            });
            continue;
        };
        let inner = String::from_utf8_lossy(&s[at + keyword..end]).into_owned();
        let attrs = parse_attributes(&inner, target.arch == Arch::X86);
        blank(&mut s[at..end]);
        if !attrs.is_empty() {
            found.insert(at, attrs);
        }
    }
    found
}

/// From just after `__attribute__` (whitespace allowed) to one past the `)` closing the
/// `((`.
fn balanced_parens(s: &[u8], from: usize) -> Option<usize> {
    let start = from
        + s.get(from..)?
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    if s.get(start) != Some(&b'(') {
        return None;
    }
    let mut depth = 0usize;
    let mut i = start;
    while i < s.len() {
        match s[i] {
            b'"' | b'\'' => {
                i = skip_quoted(s, i);
                continue;
            }
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `((packed, aligned(8), nonnull(1)))` → the attributes layout depends on.
fn parse_attributes(text: &str, is_x86_32: bool) -> Vec<Attr> {
    let inner = text
        .trim()
        .strip_prefix("((")
        .and_then(|t| t.strip_suffix("))"))
        .unwrap_or("");
    split_top_level(inner)
        .into_iter()
        .filter_map(|item| {
            let item = item.trim();
            let (name, args) = match item.find('(') {
                Some(p) => (item[..p].trim(), Some(item[p + 1..].trim_end_matches(')'))),
                None => (item, None),
            };
            let name = name.trim_start_matches("__").trim_end_matches("__");
            match name {
                "" => None,
                "packed" => Some(Attr::Packed),
                // Only 32-bit x86 has it; GCC ignores it elsewhere, and so do we.
                "stdcall" if is_x86_32 => Some(Attr::Contract(ContractAttr::Stdcall)),
                "stdcall" => None,
                "aligned" => Some(Attr::Aligned(args.and_then(parse_int_arg))),
                "access" | "nonnull" | "returns_nonnull" | "malloc" | "counted_by"
                | "counted_by_or_null" | "sized_by" | "sized_by_or_null" => {
                    contract(name, args).map(Attr::Contract)
                }
                "mode" => Some(Attr::Mode(
                    args.unwrap_or("")
                        .trim()
                        .trim_start_matches("__")
                        .trim_end_matches("__")
                        .to_string(),
                )),
                n if HARMLESS_ATTRIBUTES.contains(&n) => None,
                n => Some(Attr::Unsupported(n.to_string())),
            }
        })
        .collect()
}

/// A contract attribute from its name and argument text; `None` when it promises nothing a
/// wrapper can use (`malloc` alone, `access` of kind `none`).
fn contract(name: &str, args: Option<&str>) -> Option<ContractAttr> {
    let parts: Vec<&str> = args.map(split_top_level).unwrap_or_default();
    let word = |i: usize| {
        parts
            .get(i)
            .map(|p| p.trim().trim_start_matches("__").trim_end_matches("__"))
    };
    let index = |i: usize| {
        parts
            .get(i)
            .and_then(|p| parse_int_arg(p))
            .and_then(|n| usize::try_from(n).ok())
    };
    Some(match name {
        "access" => {
            let mode = word(0)?;
            (mode != "none").then_some(())?;
            ContractAttr::Access(mode.to_string(), index(1)?, index(2))
        }
        "nonnull" => ContractAttr::NonNull((0..parts.len()).filter_map(index).collect()),
        "returns_nonnull" => ContractAttr::ReturnsNonNull,
        "malloc" => ContractAttr::Dealloc(word(0)?.to_string(), index(1).unwrap_or(1)),
        _ => ContractAttr::CountedBy {
            len: word(0)?.to_string(),
            bytes: name.starts_with("sized_by"),
        },
    })
}

fn parse_int_arg(text: &str) -> Option<u64> {
    let t = text
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let digits = t.trim_end_matches(['u', 'U', 'l', 'L']);
    match digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => digits.parse().ok(),
    }
}

fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// `__cdecl`, `__stdcall`, `WINAPI`, `__fastcall`: they mean nothing on the 64-bit targets
/// and `__cdecl` is the default everywhere. On 32-bit x86, `__stdcall` and `WINAPI` become
/// the `stdcall` attribute (the function is bound as `extern "stdcall"`); `__fastcall` is
/// refused.
fn mark_calling_conventions(
    s: &mut [u8],
    target: &Target,
    attributes: &mut BTreeMap<usize, Vec<Attr>>,
    errors: &mut Vec<TextError>,
) {
    for word in ["__cdecl", "__stdcall", "WINAPI", "__fastcall"] {
        for at in words(s, word.as_bytes()) {
            match word {
                "__fastcall" if target.arch == Arch::X86 => errors.push(TextError {
                    offset: at,
                    message: "`__fastcall` changes the calling convention on 32-bit x86, which \
                              `ffi!` does not support; `__cdecl` and `__stdcall` are"
                        .into(),
                }),
                "__stdcall" | "WINAPI" if target.arch == Arch::X86 => {
                    let stdcall = Attr::Contract(ContractAttr::Stdcall);
                    attributes.entry(at).or_default().push(stdcall);
                }
                _ => {}
            }
            blank(&mut s[at..at + word.len()]);
        }
    }
}

/// A `__stdcall` (either spelling, already blanked) followed by a `*` qualifies the
/// function that pointer points to, not the declaration around it: it moves to the `*`,
/// where the pointer's declarator claims it.
fn mark_stdcall_pointers(s: &[u8], attributes: &mut BTreeMap<usize, Vec<Attr>>) {
    let stdcall = Attr::Contract(ContractAttr::Stdcall);
    let mut moved = Vec::new();
    for (at, attrs) in attributes.iter_mut() {
        let next = s[*at..].iter().position(|b| !b.is_ascii_whitespace());
        let star = next.map(|n| at + n).filter(|&i| s[i] == b'*');
        if let (Some(star), true) = (star, attrs.contains(&stdcall)) {
            attrs.retain(|a| *a != stdcall);
            moved.push(star);
        }
    }
    attributes.retain(|_, attrs| !attrs.is_empty());
    for star in moved {
        attributes
            .entry(star)
            .or_default()
            .push(Attr::StdcallPointer);
    }
}

/// Finds each `...`, decides which CFFI form it is from its neighbours, and overwrites it.
fn mark_dots(s: &mut [u8], errors: &mut Vec<TextError>) -> BTreeMap<usize, Dots> {
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
        match classify_dots(s, i) {
            Ok(Some((at, kind))) => {
                dots.insert(at, kind);
            }
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
        i += 3;
    }
    dots
}

/// What the `...` at `i` stands for, rewriting it; `None` for a variadic parameter list.
fn classify_dots(s: &mut [u8], i: usize) -> Result<Option<(usize, Dots)>, TextError> {
    let next = s[i + 3..]
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map(|p| p + i + 3);
    let next_byte = next.map(|n| s[n]);
    let before_text = String::from_utf8_lossy(&s[..i]).into_owned();
    let before = before_text.trim_end();
    let ends_with_word = |w: &str| {
        before.ends_with(w)
            && !before[..before.len() - w.len()]
                .ends_with(|c: char| c.is_alphanumeric() || c == '_')
    };
    let kind = if ends_with_word("typedef") {
        s[i..i + 3].copy_from_slice(b"int");
        (i, Dots::OpaqueType)
    } else if let Some((at, float)) = number_typedef(before) {
        blank(&mut s[i..i + 3]);
        (
            at,
            if float {
                Dots::FloatType
            } else {
                Dots::IntType
            },
        )
    } else if before.ends_with('[') && next_byte == Some(b']') {
        s[i..i + 3].copy_from_slice(b"1  ");
        (i, Dots::ArrayLen)
    } else if before.ends_with('=') && matches!(next_byte, Some(b',' | b'}')) {
        s[i..i + 3].copy_from_slice(b"0  ");
        (i, Dots::EnumValue)
    } else if next_byte == Some(b';') {
        blank(&mut s[i..i + 3]);
        if let Some(n) = next {
            s[n] = b' ';
        }
        (i, Dots::Fields)
    } else if next_byte == Some(b'}') && before.ends_with('{') {
        s[i..i + 3].copy_from_slice(b"__E");
        (i, Dots::NoEnumerators)
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
        (i, Dots::Enumerators)
    } else if next_byte == Some(b')') {
        // A variadic parameter list: C syntax lang-c already knows.
        return Ok(None);
    } else {
        return Err(TextError {
            offset: i,
            message: "unexpected `...`: it may stand for struct fields (`...;`), enumerators \
                      (`A, ...}`), an enumerator's value (`A = ...`), a type (`typedef ... t;`, \
                      `typedef int... t;`, `typedef float... t;`), an array length (`[...]`), \
                      a macro value (`#define N ...`) or variadic parameters"
                .into(),
        });
    };
    Ok(Some(kind))
}

impl Markers {
    /// Forgets the markers inside `[start, end)` (a blanked item).
    pub fn drop_range(&mut self, start: usize, end: usize) {
        self.dots.retain(|o, _| !(start..end).contains(o));
        self.attributes.retain(|o, _| !(start..end).contains(o));
        self.extern_rust.retain(|o, _| !(start..end).contains(o));
    }
}

/// Blanks the top-level item (declaration or function definition) holding byte `at`;
/// returns its range, or `None` if there is nothing left to blank there.
pub fn blank_item(text: &mut String, at: usize) -> Option<(usize, usize)> {
    let items = items(text.as_bytes());
    let (start, end) = items
        .into_iter()
        .find(|&(s, e)| at < e && at >= s)
        .or_else(|| (at >= text.len()).then(|| (last_item_start(text), text.len())))?;
    let region = &text.as_bytes()[start..end];
    if region.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let blanked: String = region
        .iter()
        .map(|b| if *b == b'\n' { '\n' } else { ' ' })
        .collect();
    text.replace_range(start..end, &blanked);
    Some((start, end))
}

/// The top-level item holding byte `at`.
pub fn item_at(text: &str, at: usize) -> Option<(usize, usize)> {
    items(text.as_bytes())
        .into_iter()
        .find(|&(s, e)| at >= s && at < e)
}

fn last_item_start(text: &str) -> usize {
    items(text.as_bytes()).last().map_or(0, |&(_, e)| e)
}

/// Top-level items: each ends at a `;` outside braces, or at the `}` closing a function
/// body (a `{` right after a `)`).
fn items(s: &[u8]) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut body = false;
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'"' | b'\'' => {
                i = skip_quoted(s, i);
                continue;
            }
            b'{' => {
                if depth == 0 {
                    let before = s[start..i].iter().rev().find(|b| !b.is_ascii_whitespace());
                    body = before == Some(&b')');
                }
                depth += 1;
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && body {
                    items.push((start, i + 1));
                    start = i + 1;
                    body = false;
                }
            }
            b';' if depth == 0 => {
                items.push((start, i + 1));
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < s.len() {
        items.push((start, s.len()));
    }
    items
}

/// Where the identifier characters that end `text` begin (`text.len()` if none do).
pub(crate) fn trailing_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |(p, c)| p + c.len_utf8())
}

/// `typedef unsigned long... t;` / `typedef double... t;`: the offset of the first type
/// word after `typedef`, and whether the words name a floating type.
fn number_typedef(before: &str) -> Option<(usize, bool)> {
    const INTEGER: &[&str] = &["int", "long", "short", "char", "signed", "unsigned"];
    const FLOAT: &[&str] = &["float", "double"];
    let mut words = Vec::new();
    let mut rest = before;
    loop {
        let trimmed = rest.trim_end();
        let start = trailing_word_start(trimmed);
        let word = &trimmed[start..];
        if word == "typedef" {
            let at = words.last().map(|(o, _)| *o)?;
            let float = words.iter().any(|(_, w)| FLOAT.contains(w));
            let all_known = words
                .iter()
                .all(|(_, w)| INTEGER.contains(w) || FLOAT.contains(w));
            return all_known.then_some((at, float));
        }
        if word.is_empty() || words.len() > 4 {
            return None;
        }
        words.push((start, word));
        rest = &trimmed[..start];
    }
}

/// Where each line of a text starts: line numbers of many offsets in `O(log n)` each
/// (the front end asks for one per declaration; sqlite3.h has thousands).
pub struct Lines(Vec<usize>);

impl Lines {
    pub fn new(text: &str) -> Lines {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines(starts.collect())
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset).max(1)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn prep(text: &str) -> Prepared {
        prepare(text, &Target::new("x86_64-unknown-linux-gnu"), &[]).expect("prepares")
    }

    #[test]
    fn markers_keep_offsets() {
        let text = "struct __attribute__((packed, nonnull(1))) s { int a; ...; };\n\
                    extern \"Rust\" int cb(int);\ntypedef int... t; enum e { A = ... };\n\
                    typedef unsigned long... u; typedef double... d;";
        let p = prep(text);
        assert_eq!(p.parse_text.len(), p.prelude_len + text.len());
        let base = p.prelude_len;
        assert_eq!(
            p.markers.attributes.get(&(base + 7)),
            Some(&vec![
                Attr::Packed,
                Attr::Contract(ContractAttr::NonNull(vec![1]))
            ])
        );
        assert!(
            p.markers
                .extern_rust
                .contains_key(&(base + text.find("extern").unwrap_or(0)))
        );
        let kinds: Vec<Dots> = p.markers.dots.values().copied().collect();
        assert_eq!(
            kinds,
            [
                Dots::Fields,
                Dots::IntType,
                Dots::EnumValue,
                Dots::IntType,
                Dots::FloatType
            ]
        );
        assert!(!p.parse_text.contains("..."));
    }

    #[test]
    fn every_error_is_reported() {
        let errors = match prepare(
            "#include <x.h>\nint a; ...\n#if 1\n",
            &Target::new("x86_64-unknown-linux-gnu"),
            &[],
        ) {
            Err(e) => e,
            Ok(_) => panic!("errors expected"),
        };
        assert_eq!(errors.len(), 3, "{errors:?}");
    }

    #[test]
    fn calling_conventions_bind_on_32_bit_x86_only() {
        let text = "int WINAPI f(void); int __stdcall g(void); int __cdecl h(void);";
        let stdcalls = |triple: &str| {
            let p = prepare(text, &Target::new(triple), &[]).expect("prepares");
            assert!(!p.parse_text.contains("WINAPI") && !p.parse_text.contains("__cdecl"));
            let all = p.markers.attributes.values().flatten();
            all.filter(|a| **a == Attr::Contract(ContractAttr::Stdcall))
                .count()
        };
        assert_eq!(stdcalls("i686-pc-windows-gnu"), 2);
        assert_eq!(stdcalls("x86_64-pc-windows-gnu"), 0);
        let fast = prepare(
            "int __fastcall k(int);",
            &Target::new("i686-pc-windows-gnu"),
            &[],
        );
        let errors = fast.err().expect("refused");
        assert!(
            errors[0].message.contains("__fastcall"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn stdcall_before_a_star_is_the_pointee_s_convention() {
        use crate::model::Ty;
        let text = "typedef int (__stdcall *cb_t)(int);\n\
            typedef unsigned long (__attribute__((__stdcall__)) *thread_fn)(void *);\n\
            int WINAPI g(int (__stdcall *p)(int));\n\
            int h(cb_t, int (*plain)(int));";
        let target = Target::new("i686-pc-windows-gnu");
        let (cdef, errors) = crate::cdef::read(text, crate::cdef::Reading::cdef(&target, false));
        assert!(errors.is_empty(), "{errors:?}");
        let stdcall_pointee = |ty: &Ty| match cdef.resolve(ty) {
            Ty::Ptr { pointee, .. } => matches!(&**pointee, Ty::Fn(sig) if sig.stdcall),
            _ => false,
        };
        let typedef = |n: &str| Ty::Typedef(n.into());
        assert!(stdcall_pointee(&typedef("cb_t")) && stdcall_pointee(&typedef("thread_fn")));
        let f = |n: &str| {
            cdef.functions
                .iter()
                .find(|f| f.name == n)
                .expect("declared")
        };
        // `g`'s own `WINAPI` stays `g`'s; its parameter's is the pointee's.
        assert!(f("g").contract.stdcall && stdcall_pointee(&f("g").sig.params[0].ty));
        assert!(!f("h").contract.stdcall);
        assert!(!stdcall_pointee(&f("h").sig.params[1].ty));
        // Where nothing can take it, it is an error, not a silently wrong convention.
        let (_, errors) = crate::cdef::read(
            "typedef int __stdcall fn_t(int);",
            crate::cdef::Reading::cdef(&target, false),
        );
        assert!(
            errors
                .iter()
                .any(|e| e.message.contains("`__stdcall` is supported")),
            "{errors:?}"
        );
        // On 64-bit targets the word means nothing.
        let x64 = Target::new("x86_64-pc-windows-gnu");
        let (cdef, errors) = crate::cdef::read(text, crate::cdef::Reading::cdef(&x64, false));
        assert!(errors.is_empty(), "{errors:?}");
        assert!(cdef.functions.iter().all(|f| !f.contract.stdcall));
    }

    #[test]
    fn items_split_declarations_and_bodies() {
        let text = "int a; struct s { int x; } v; static int f(void) { return 1; } int b";
        let found: Vec<&str> = items(text.as_bytes())
            .into_iter()
            .map(|(s, e)| text[s..e].trim())
            .collect();
        assert_eq!(
            found,
            [
                "int a;",
                "struct s { int x; } v;",
                "static int f(void) { return 1; }",
                "int b"
            ]
        );
        let mut t = text.to_string();
        assert_eq!(blank_item(&mut t, 10), Some((6, 29)));
        assert!(t.starts_with("int a;        ") && t.len() == text.len());
    }

    #[test]
    fn attributes_are_classified() {
        assert_eq!(
            parse_attributes(
                "((__aligned__(16), __nonnull__ (1, 2), vector_size(8)))",
                false
            ),
            [
                Attr::Aligned(Some(16)),
                Attr::Contract(ContractAttr::NonNull(vec![1, 2])),
                Attr::Unsupported("vector_size".into())
            ]
        );
        assert_eq!(
            parse_attributes("((aligned))", false),
            [Attr::Aligned(None)]
        );
        let contract = |text: &str| match parse_attributes(text, false).as_slice() {
            [Attr::Contract(c)] => Some(c.clone()),
            _ => None,
        };
        assert_eq!(
            contract("((__access__ (__write_only__, 2, 3)))"),
            Some(ContractAttr::Access("write_only".into(), 2, Some(3)))
        );
        assert_eq!(contract("((access(none, 1)))"), None);
        assert_eq!(
            contract("((__malloc__ (fclose, 1)))"),
            Some(ContractAttr::Dealloc("fclose".into(), 1))
        );
        assert_eq!(contract("((__malloc__))"), None);
        assert_eq!(
            contract("((returns_nonnull))"),
            Some(ContractAttr::ReturnsNonNull)
        );
        assert_eq!(contract("((nonnull))"), Some(ContractAttr::NonNull(vec![])));
        assert_eq!(
            contract("((__counted_by__(len)))"),
            Some(ContractAttr::CountedBy {
                len: "len".into(),
                bytes: false
            })
        );
    }
}
