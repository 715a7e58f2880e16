//! lang-c's AST to the C model, one module per kind of declaration:
//! [`declarations`] (functions, variables, constants, typedefs), [`types`] (specifiers and
//! declarators), [`records`] (structs, unions, bit-fields, anonymous members), [`enums`],
//! [`constants`] (`#define`s and constant expressions).
//!
//! Each top-level declaration is lowered on its own: a mistake in one is recorded and the
//! next is lowered anyway, so every independent error is reported together.

mod constants;
mod declarations;
mod enums;
mod records;
mod types;

use std::collections::{HashMap, HashSet};

use lang_c::ast::{ExternalDeclaration, TranslationUnit};
use lang_c::span::Span;

use super::expr::Value;
use super::text::{self, Attr, ContractAttr, Define, Dots, Markers};
use crate::model::*;
use crate::target::Target;

pub struct LowerError {
    /// Byte offset in the parsed text (prelude included).
    pub offset: usize,
    pub message: String,
}

type Result<T> = std::result::Result<T, LowerError>;

fn err<T>(span: Span, message: impl Into<String>) -> Result<T> {
    Err(LowerError {
        offset: span.start,
        message: message.into(),
    })
}

/// What the lowering stage needs besides the AST.
pub struct Input<'a> {
    /// The text lang-c parsed, prelude included.
    pub parsed: &'a str,
    /// The user's own text at the same offsets (comments and `...` intact), for doc comments.
    pub original: &'a str,
    pub markers: Markers,
    pub target: &'a Target,
    pub api_mode: bool,
    /// Whether function definitions are read as declarations (header text) rather than
    /// refused (a cdef declares, `source` defines).
    pub definitions_declare: bool,
    /// Where the user text starts in `parsed`.
    pub prelude_len: usize,
    /// Declarations read before (from headers): the text adds to them and may override.
    pub seed: Option<Cdef>,
}

pub struct Lowerer<'a> {
    parsed: &'a str,
    original: &'a str,
    lines: text::Lines,
    prelude_len: usize,
    markers: Markers,
    target: &'a Target,
    api_mode: bool,
    definitions_declare: bool,
    /// Constants an expression may refer to: literal `#define`s and enumerators.
    consts: HashMap<String, Value>,
    /// Ordinary identifiers declared so far, and the line of each (C's one namespace for
    /// functions, variables, typedefs, enumerators; and `#define`s, which shadow them).
    names: HashMap<String, (&'static str, usize)>,
    /// Typedefs of `const` types: an object declared with one is a constant.
    const_typedefs: HashSet<String>,
    /// Which enum each enumerator belongs to (C forbids one name in two enums).
    enumerator_owners: HashMap<String, (String, usize)>,
    /// Names the seed declared that this text has not declared again: a declaration of
    /// one replaces the seed's.
    seeded: HashSet<String>,
    cdef: Cdef,
    errors: Vec<LowerError>,
    /// `counted_by(len)` on the parameters of the signature lowered last: (parameter,
    /// length parameter's name, counts bytes).
    counted: Vec<(usize, String, bool)>,
    /// Fields whose record type is not defined yet: (record, field, where). CFFI's cdef
    /// reads in any order, so they are errors only if the text never defines it.
    pending_fields: Vec<(String, String, Span)>,
}

impl<'a> Lowerer<'a> {
    pub fn new(input: Input<'a>) -> Self {
        let seed = input.seed.unwrap_or_default();
        let seeded = seed_names(&seed);
        let consts = seed
            .enums
            .iter()
            .flat_map(|e| &e.enumerators)
            .filter_map(|en| Some((en.name.clone(), Value::Int(en.value?, Prim::Int))))
            .collect();
        Lowerer {
            parsed: input.parsed,
            original: input.original,
            lines: text::Lines::new(input.original),
            prelude_len: input.prelude_len,
            markers: input.markers,
            target: input.target,
            api_mode: input.api_mode,
            definitions_declare: input.definitions_declare,
            consts,
            names: HashMap::new(),
            const_typedefs: HashSet::new(),
            enumerator_owners: HashMap::new(),
            seeded,
            cdef: seed,
            errors: Vec::new(),
            counted: Vec::new(),
            pending_fields: Vec::new(),
        }
    }

    /// Lowers `#define`s and declarations in the order they appear, so a `#define` may
    /// use enumerators above it and an array length a `#define` above it.
    pub fn lower(mut self, defines: &[Define], unit: &TranslationUnit) -> (Cdef, Vec<LowerError>) {
        self.refuse_dots_in_abi_mode();
        let mut defines = defines.iter().peekable();
        for ext in &unit.0 {
            if ext.span.start < self.prelude_len {
                continue;
            }
            while let Some(d) = defines.next_if(|d| d.offset + self.prelude_len < ext.span.start) {
                self.record_error(|l| l.define(d));
            }
            self.record_error(|l| l.external(&ext.node, ext.span));
        }
        for d in defines {
            self.record_error(|l| l.define(d));
        }
        self.refuse_undefined_field_types();
        self.refuse_leftover_markers();
        (self.cdef, self.errors)
    }

    /// A field of a record type the whole text never defined.
    fn refuse_undefined_field_types(&mut self) {
        for (n, field, span) in std::mem::take(&mut self.pending_fields) {
            if self.cdef.record(&n).is_none_or(|r| r.fields.is_none()) {
                let n = self
                    .cdef
                    .record(&n)
                    .and_then(|r| r.c_spelling.clone())
                    .unwrap_or(n);
                let message = format!(
                    "field `{field}` has the incomplete type `{n}`: define it, or use a pointer"
                );
                self.record_error(|_| err(span, message));
            }
        }
    }

    fn record_error(&mut self, f: impl FnOnce(&mut Self) -> Result<()>) {
        if let Err(e) = f(self) {
            self.errors.push(e);
        }
    }

    fn external(&mut self, ext: &ExternalDeclaration, span: Span) -> Result<()> {
        let result = match ext {
            ExternalDeclaration::Declaration(decl) => self.declaration(&decl.node, decl.span),
            ExternalDeclaration::FunctionDefinition(f) if self.definitions_declare => {
                self.definition_as_declaration(&f.node, f.span)
            }
            ExternalDeclaration::FunctionDefinition(f) => err(
                f.span,
                "function bodies belong in `source`; the cdef only declares the function",
            ),
            ExternalDeclaration::StaticAssert(_) => Ok(()),
        };
        // Attributes the declaration did not use would silently change nothing: say so.
        let leftover = self.take_attrs(span.start, span.end);
        result?;
        // A contract is harmless where it promises nothing (on a variable, a typedef), but
        // a calling convention nothing took would bind the wrong one.
        let stdcall = Attr::Contract(ContractAttr::Stdcall);
        match leftover
            .into_iter()
            .find(|a| !a.is_contract() || *a == stdcall)
        {
            Some(a) => err(span, unused_attribute(&a)),
            None => Ok(()),
        }
    }

    /// Every `...` but `typedef ... t;`, which ABI mode reads as CFFI does: an incomplete
    /// type, used behind pointers (by value it has no size).
    fn refuse_dots_in_abi_mode(&mut self) {
        if self.api_mode {
            return;
        }
        let dots: Vec<usize> = self
            .markers
            .dots
            .iter()
            .filter(|(_, kind)| **kind != Dots::OpaqueType)
            .map(|(offset, _)| *offset)
            .collect();
        for offset in dots {
            self.errors.push(LowerError {
                offset,
                message: "`...` asks the C compiler, so it needs API mode: add a `source` \
                          section (ABI mode has no compiler)"
                    .into(),
            });
            self.markers.dots.remove(&offset);
        }
    }

    /// A marker no declaration claimed: `extern "Rust"` on something other than a
    /// function, or a `...` in a place it means nothing.
    fn refuse_leftover_markers(&mut self) {
        let rust: Vec<usize> = std::mem::take(&mut self.markers.extern_rust)
            .into_keys()
            .collect();
        for offset in rust {
            self.errors.push(LowerError {
                offset,
                message: "`extern \"Rust\"` declares a function that C calls and Rust \
                          implements: it needs a function declarator"
                    .into(),
            });
        }
        let dots: Vec<(usize, Dots)> = std::mem::take(&mut self.markers.dots).into_iter().collect();
        for (offset, kind) in dots {
            let message = match kind {
                Dots::EnumValue => "`NAME = ...` is only allowed for an enumerator",
                Dots::Fields => "`...;` is only allowed inside a struct or union",
                _ => "`...` is not allowed here",
            };
            self.errors.push(LowerError {
                offset,
                message: message.into(),
            });
        }
    }

    fn origin(&self, span: Span) -> Origin {
        let start = span.start.saturating_sub(self.prelude_len);
        let end = span
            .end
            .saturating_sub(self.prelude_len)
            .min(self.original.len());
        let start = text::floor_char_boundary(self.original, start.min(end));
        let end = text::floor_char_boundary(self.original, end);
        Origin {
            line: self.lines.line(start),
            text: text::fold_ws(&self.original[start..end]),
            header: None,
        }
    }

    fn line(&self, span: Span) -> usize {
        let start = span.start.saturating_sub(self.prelude_len);
        self.lines.line(start.min(self.original.len()))
    }

    /// Claims the `...` markers of one kind inside `[start, end)`; whether there were any.
    /// The `#pragma pack` limit in force at offset `at`.
    fn pack_at(&self, at: usize) -> Option<u64> {
        self.markers
            .packs
            .range(..at)
            .next_back()
            .and_then(|(_, p)| *p)
    }

    fn take_dots(&mut self, start: usize, end: usize, kind: Dots) -> bool {
        let inside: Vec<usize> = self
            .markers
            .dots
            .range(start..end)
            .filter(|(_, k)| **k == kind)
            .map(|(o, _)| *o)
            .collect();
        for o in &inside {
            self.markers.dots.remove(o);
        }
        !inside.is_empty()
    }

    fn take_dot_at(&mut self, offset: usize, kind: Dots) -> bool {
        if self.markers.dots.get(&offset) == Some(&kind) {
            self.markers.dots.remove(&offset);
            true
        } else {
            false
        }
    }

    /// The contract attributes inside `[start, end)`, leaving the others.
    fn take_contract_attrs(&mut self, start: usize, end: usize) -> Vec<ContractAttr> {
        self.take_attrs_where(start, end, Attr::is_contract)
            .into_iter()
            .filter_map(|a| match a {
                Attr::Contract(c) => Some(c),
                _ => None,
            })
            .collect()
    }

    /// `counted_by(len)` / `sized_by(len)` inside a parameter's span.
    fn counted_by(&mut self, span: Span) -> Option<(String, bool)> {
        self.take_contract_attrs(span.start, span.end)
            .into_iter()
            .find_map(|c| match c {
                ContractAttr::CountedBy { len, bytes } => Some((len, bytes)),
                _ => None,
            })
    }

    /// The attributes in `start..end` but a function's (contract) ones, which stay for the
    /// function's declaration to take (`int WINAPI f(void)` puts `stdcall` here).
    fn take_type_attrs(&mut self, start: usize, end: usize) -> Vec<Attr> {
        self.take_attrs_where(start, end, |a| !a.is_contract())
    }

    /// Claims the attributes written inside `[start, end)`.
    fn take_attrs(&mut self, start: usize, end: usize) -> Vec<Attr> {
        self.take_attrs_where(start, end, |_| true)
    }

    /// Claims the attributes inside `[start, end)` that `wanted` picks, leaving the others.
    fn take_attrs_where(
        &mut self,
        start: usize,
        end: usize,
        wanted: fn(&Attr) -> bool,
    ) -> Vec<Attr> {
        let mut taken = Vec::new();
        for (_, attrs) in self.markers.attributes.range_mut(start..end.max(start)) {
            let (mine, rest): (Vec<Attr>, Vec<Attr>) =
                std::mem::take(attrs).into_iter().partition(wanted);
            *attrs = rest;
            taken.extend(mine);
        }
        self.markers.attributes.retain(|_, attrs| !attrs.is_empty());
        taken
    }

    /// Whether `name` was the seed's and this is the text's first declaration of it: the
    /// caller then replaces the seed's item instead of comparing with it.
    fn replaces_seed(&mut self, name: &str) -> bool {
        self.seeded.remove(name)
    }

    /// Registers an ordinary identifier; a second declaration of another kind is an error.
    fn claim_name(&mut self, name: &str, kind: &'static str, span: Span) -> Result<()> {
        let line = self.line(span);
        if let Some((prev, prev_line)) = self.names.get(name)
            && *prev != kind
        {
            return err(
                span,
                format!("`{name}` is already declared as a {prev} on cdef line {prev_line}"),
            );
        }
        self.names.entry(name.to_string()).or_insert((kind, line));
        Ok(())
    }

    /// A declaration repeated: fine if it says the same, else an error naming both lines.
    fn repeated<T: PartialEq + std::fmt::Debug>(
        &self,
        what: &str,
        first: (&T, &Origin),
        again: &T,
        span: Span,
    ) -> Result<bool> {
        if first.0 == again {
            return Ok(true);
        }
        err(
            span,
            format!(
                "{what} conflicts with its declaration on {}: `{}`",
                declared_at(first.1),
                first.1.text
            ),
        )
    }
}

/// Where a declaration is, for a conflict's message: `` `zlib.h` line 12`` or `cdef line 3`.
pub(super) fn declared_at(origin: &Origin) -> String {
    match &origin.header {
        Some(header) => format!("`{header}` line {}", origin.line),
        None => format!("cdef line {}", origin.line),
    }
}

/// The ordinary identifiers a seed model declares.
fn seed_names(seed: &Cdef) -> HashSet<String> {
    let functions = seed.functions.iter().map(|f| &f.name);
    let globals = seed.globals.iter().map(|g| &g.name);
    let typedefs = seed.typedefs.iter().map(|t| &t.name);
    let constants = seed.constants.iter().map(|c| &c.name);
    functions
        .chain(globals)
        .chain(typedefs)
        .chain(constants)
        .cloned()
        .collect()
}

pub(super) fn unused_attribute(a: &Attr) -> String {
    match a {
        Attr::Unsupported(name) => format!(
            "`__attribute__(({name}))` changes a type in a way `ffi!` cannot bind; remove it if \
             it does not change the layout or calling convention"
        ),
        Attr::Packed | Attr::Aligned(_) => "`packed` and `aligned(N)` are supported on struct \
                                             and union definitions and on fields only"
            .into(),
        Attr::Mode(_) => "`__attribute__((mode(…)))` is supported on integer typedefs only".into(),
        Attr::Contract(crate::cdef::text::ContractAttr::Stdcall) => {
            "`__stdcall` is supported on function declarations (`int __stdcall f(int);`) and on \
             pointers to functions (`int (__stdcall *f)(int)`), not here"
                .into()
        }
        Attr::Contract(_) => "a function attribute on something that is not a function".into(),
        Attr::StdcallPointer => "`__stdcall` before this `*` is not on a pointer declarator \
                                 `ffi!` reads; write `(__stdcall *name)`"
            .into(),
    }
}
