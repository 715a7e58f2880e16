//! lang-c's AST to the C model.

use std::collections::{BTreeMap, HashMap};

use lang_c::ast::{
    ArraySize, BinaryOperator, Declaration, DeclarationSpecifier, Declarator, DeclaratorKind,
    DerivedDeclarator, EnumType, Expression, ExternalDeclaration, FunctionDeclarator,
    ParameterDeclaration, PointerQualifier, SpecifierQualifier, StorageClassSpecifier,
    StructDeclaration, StructKind, StructType, TranslationUnit, TypeQualifier, TypeSpecifier,
    UnaryOperator,
};
use lang_c::span::{Node, Span};

use super::literal::{self, IntWidths};
use super::text::{self, Define, Dots};
use crate::model::*;

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

pub struct Lowerer<'a> {
    /// The text lang-c parsed, prelude included.
    parsed: &'a str,
    /// The user's own text at the same offsets (comments and `...` intact), for doc comments.
    original: &'a str,
    prelude_len: usize,
    dots: BTreeMap<usize, Dots>,
    widths: IntWidths,
    api_mode: bool,
    /// Integer values an array length or enumerator may refer to.
    consts: HashMap<String, i128>,
    cdef: Cdef,
}

/// The declared type so far, and whether the object of that type is `const`.
type Qualified = (Ty, bool);

/// The name an anonymous record or enum gets.
#[derive(Clone, Copy)]
enum Hint<'h> {
    /// `typedef struct { … } name;`: C code spells it `name`.
    Typedef(&'h str),
    /// `struct outer { struct { … } field; }`: `outer_field`, with no C spelling.
    Field(&'h str),
}

impl Hint<'_> {
    fn name(self) -> String {
        match self {
            Hint::Typedef(n) | Hint::Field(n) => n.to_string(),
        }
    }

    fn c_spelling(self) -> Option<String> {
        match self {
            Hint::Typedef(n) => Some(n.to_string()),
            Hint::Field(_) => None,
        }
    }
}

/// What the declaration specifiers say.
#[derive(Default)]
struct Specs<'n> {
    storage: Option<&'n StorageClassSpecifier>,
    types: Vec<&'n Node<TypeSpecifier>>,
    is_const: bool,
}

impl<'a> Lowerer<'a> {
    pub fn new(
        parsed: &'a str,
        original: &'a str,
        dots: BTreeMap<usize, Dots>,
        widths: IntWidths,
        api_mode: bool,
    ) -> Self {
        Lowerer {
            parsed,
            original,
            prelude_len: text::PRELUDE.len(),
            dots,
            widths,
            api_mode,
            consts: HashMap::new(),
            cdef: Cdef::default(),
        }
    }

    pub fn lower(mut self, defines: &[Define], unit: &TranslationUnit) -> Result<Cdef> {
        if let (false, Some((&offset, _))) = (self.api_mode, self.dots.iter().next()) {
            return Err(LowerError {
                offset,
                message: "`...` asks the C compiler, so it needs API mode: add a `source` \
                          section (ABI mode has no compiler)"
                    .into(),
            });
        }
        for d in defines {
            self.define(d)?;
        }
        for ext in &unit.0 {
            if ext.span.start < self.prelude_len {
                continue;
            }
            match &ext.node {
                ExternalDeclaration::Declaration(decl) => {
                    self.declaration(&decl.node, decl.span)?
                }
                ExternalDeclaration::FunctionDefinition(f) => {
                    return err(
                        f.span,
                        "function bodies belong in `source`; the cdef only declares the function",
                    );
                }
                ExternalDeclaration::StaticAssert(_) => {}
            }
        }
        Ok(self.cdef)
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
            line: text::line_col(self.original, start).0,
            text: text::fold_ws(&self.original[start..end]),
        }
    }

    fn define(&mut self, d: &Define) -> Result<()> {
        let offset = d.offset + self.prelude_len;
        let origin = Origin {
            line: text::line_col(self.original, d.offset).0,
            text: format!("#define {} {}", d.name, d.value),
        };
        let (source, value) = if d.value == "..." {
            if !self.api_mode {
                return Err(LowerError {
                    offset,
                    message: format!(
                        "`#define {} ...` asks the C compiler for the value, so it needs API \
                         mode: add a `source` section (ABI mode has no compiler)",
                        d.name
                    ),
                });
            }
            (ConstSource::Probed, None)
        } else {
            let value = literal::parse_value(&d.value, self.widths).map_err(|m| LowerError {
                offset,
                message: format!("`#define {}`: {m}", d.name),
            })?;
            if let ConstValue::Int(v, _) = value {
                self.consts.insert(d.name.clone(), v);
            }
            (ConstSource::Literal, Some(value))
        };
        self.cdef.constants.push(Constant {
            name: d.name.clone(),
            source,
            value,
            origin,
        });
        Ok(())
    }

    fn declaration(&mut self, decl: &Declaration, span: Span) -> Result<()> {
        let specs = self.specs(&decl.specifiers)?;
        let is_typedef = matches!(specs.storage, Some(StorageClassSpecifier::Typedef));
        // `typedef struct { … } name;` names the anonymous struct after the typedef.
        let hint = match decl.declarators.first() {
            Some(d) if is_typedef && d.node.declarator.node.derived.is_empty() => {
                declarator_name(&d.node.declarator.node)
            }
            _ => None,
        };
        let base = self.base_type(
            &specs.types,
            specs.is_const,
            hint.as_deref().map(Hint::Typedef),
            span,
        )?;
        let Some(base) = base else {
            // `typedef ... name;`
            if !is_typedef {
                return err(
                    span,
                    "`...` as a type is only allowed as `typedef ... name;`",
                );
            }
            for d in &decl.declarators {
                let decl_node = &d.node.declarator;
                let Some(name) =
                    declarator_name(&decl_node.node).filter(|_| decl_node.node.derived.is_empty())
                else {
                    return err(d.span, "`typedef ... name;` declares a plain name");
                };
                self.cdef.typedefs.push(Typedef {
                    name,
                    target: TypedefTarget::Opaque(None),
                    origin: self.origin(span),
                });
            }
            return Ok(());
        };
        for init in &decl.declarators {
            if let Some(i) = &init.node.initializer {
                return err(
                    i.span,
                    "a cdef declares, it does not define: drop the initializer (API mode \
                     reads values from the compiler with `static const T name;`)",
                );
            }
            let (name, (ty, is_const)) = self.declarator(base.clone(), &init.node.declarator)?;
            let Some(name) = name else {
                return err(init.span, "expected a name in this declaration");
            };
            let origin = self.origin(span);
            match (specs.storage, &ty) {
                (Some(StorageClassSpecifier::Typedef), _) => self.typedef(name, ty, origin),
                (_, Ty::Fn(sig)) => self.cdef.functions.push(Function {
                    name,
                    sig: (**sig).clone(),
                    origin,
                }),
                (Some(StorageClassSpecifier::Static), _) if is_const => {
                    if !self.api_mode {
                        return err(
                            span,
                            "`static const` takes its value from the C compiler, so it needs \
                             API mode: add a `source` section",
                        );
                    }
                    self.cdef.constants.push(Constant {
                        name,
                        source: ConstSource::ProbedTyped(ty),
                        value: None,
                        origin,
                    });
                }
                (Some(StorageClassSpecifier::Static), _) => {
                    return err(
                        span,
                        "a `static` variable has no symbol to bind; `static const T name;` \
                         reads a constant's value from the compiler",
                    );
                }
                _ => self.cdef.globals.push(Global {
                    name,
                    ty,
                    is_const,
                    origin,
                }),
            }
        }
        Ok(())
    }

    fn typedef(&mut self, name: String, ty: Ty, origin: Origin) {
        // `typedef struct s s;` and `typedef struct { … } s;` need no alias in Rust.
        let same = matches!(&ty, Ty::Record(n) | Ty::Enum(n) if *n == name);
        if !same {
            self.cdef.typedefs.push(Typedef {
                name,
                target: TypedefTarget::Ty(ty),
                origin,
            });
        }
    }

    fn specs<'n>(&self, specifiers: &'n [Node<DeclarationSpecifier>]) -> Result<Specs<'n>> {
        let mut specs = Specs::default();
        for s in specifiers {
            match &s.node {
                DeclarationSpecifier::StorageClass(sc) => {
                    if specs.storage.is_some() {
                        return err(s.span, "more than one storage class");
                    }
                    specs.storage = Some(&sc.node);
                }
                DeclarationSpecifier::TypeSpecifier(t) => specs.types.push(t),
                DeclarationSpecifier::TypeQualifier(q) => {
                    specs.is_const |= matches!(q.node, TypeQualifier::Const);
                }
                DeclarationSpecifier::Function(_) | DeclarationSpecifier::Extension(_) => {}
                DeclarationSpecifier::Alignment(_) => {
                    return err(s.span, "`_Alignas` is not supported in a cdef");
                }
            }
        }
        Ok(specs)
    }

    fn specifier_qualifiers<'n>(
        &self,
        list: &'n [Node<SpecifierQualifier>],
    ) -> (Vec<&'n Node<TypeSpecifier>>, bool) {
        let mut types = Vec::new();
        let mut is_const = false;
        for s in list {
            match &s.node {
                SpecifierQualifier::TypeSpecifier(t) => types.push(t),
                SpecifierQualifier::TypeQualifier(q) => {
                    is_const |= matches!(q.node, TypeQualifier::Const);
                }
                SpecifierQualifier::Extension(_) => {}
            }
        }
        (types, is_const)
    }

    /// The type the specifiers name; `None` for the `typedef ...` marker.
    fn base_type(
        &mut self,
        types: &[&Node<TypeSpecifier>],
        is_const: bool,
        hint: Option<Hint>,
        span: Span,
    ) -> Result<Option<Qualified>> {
        if let [t] = types {
            match &t.node {
                TypeSpecifier::Int if self.dots.remove(&t.span.start) == Some(Dots::OpaqueType) => {
                    return Ok(None);
                }
                TypeSpecifier::Struct(s) => {
                    return Ok(Some((self.record(&s.node, s.span, hint)?, is_const)));
                }
                TypeSpecifier::Enum(e) => {
                    return Ok(Some((self.enumeration(&e.node, e.span, hint)?, is_const)));
                }
                TypeSpecifier::TypedefName(id) => {
                    return Ok(Some((self.named(&id.node.name, id.span)?, is_const)));
                }
                _ => {}
            }
        }
        let mut words: Vec<&str> = Vec::new();
        for t in types {
            let w = match &t.node {
                TypeSpecifier::Void => "void",
                TypeSpecifier::Char => "char",
                TypeSpecifier::Short => "short",
                TypeSpecifier::Int => "int",
                TypeSpecifier::Long => "long",
                TypeSpecifier::Float => "float",
                TypeSpecifier::Double => "double",
                TypeSpecifier::Signed => "signed",
                TypeSpecifier::Unsigned => "unsigned",
                TypeSpecifier::Bool => "_Bool",
                TypeSpecifier::Complex => return err(t.span, "`_Complex` types are not supported"),
                TypeSpecifier::Atomic(_) => {
                    return err(t.span, "`_Atomic` types are not supported");
                }
                TypeSpecifier::TypeOf(_) => {
                    return err(t.span, "`typeof` is not supported in a cdef");
                }
                TypeSpecifier::TS18661Float(_) => {
                    return err(t.span, "`_FloatN` types are not supported");
                }
                _ => return err(t.span, "this type specifier cannot be combined with others"),
            };
            words.push(w);
        }
        let span = types.first().map_or(span, |t| t.span);
        let ty = prim_from_words(&words).map_err(|m| LowerError {
            offset: span.start,
            message: m,
        })?;
        Ok(Some((ty, is_const)))
    }

    fn named(&self, name: &str, span: Span) -> Result<Ty> {
        if self.cdef.typedef(name).is_some() {
            return Ok(Ty::Typedef(name.to_string()));
        }
        // `typedef struct s s;` registered no alias: the record itself is the name.
        if let Some(r) = self.cdef.record(name) {
            return Ok(Ty::Record(r.name.clone()));
        }
        if let Some(e) = self.cdef.enum_(name) {
            return Ok(Ty::Enum(e.name.clone()));
        }
        let prim = match name {
            "size_t" => Prim::Size,
            "ssize_t" => Prim::SSize,
            "ptrdiff_t" => Prim::PtrDiff,
            "intptr_t" => Prim::IntPtr,
            "uintptr_t" => Prim::UIntPtr,
            "int8_t" => Prim::I8,
            "int16_t" => Prim::I16,
            "int32_t" => Prim::I32,
            "int64_t" => Prim::I64,
            "uint8_t" => Prim::U8,
            "uint16_t" => Prim::U16,
            "uint32_t" => Prim::U32,
            "uint64_t" => Prim::U64,
            "bool" => Prim::Bool,
            "wchar_t" => Prim::WChar,
            "FILE" => return Ok(Ty::Builtin(Builtin::File)),
            "va_list" | "__builtin_va_list" => return Ok(Ty::Builtin(Builtin::VaList)),
            _ => return err(span, format!("unknown type `{name}`")),
        };
        Ok(Ty::Prim(prim))
    }

    fn record(&mut self, s: &StructType, span: Span, hint: Option<Hint>) -> Result<Ty> {
        let kind = match s.kind.node {
            StructKind::Struct => RecordKind::Struct,
            StructKind::Union => RecordKind::Union,
        };
        let tag = s.identifier.as_ref().map(|i| i.node.name.clone());
        let Some(name) = tag.clone().or_else(|| hint.map(Hint::name)) else {
            return err(
                span,
                format!(
                    "an anonymous {} needs a tag or a typedef name to be bound",
                    kind.keyword()
                ),
            );
        };
        let c_spelling = match &tag {
            Some(t) => Some(format!("{} {t}", kind.keyword())),
            None => hint.and_then(Hint::c_spelling),
        };
        let existing = self.cdef.records.iter().position(|r| r.name == name);
        if let Some(previous) = existing
            .map(|i| &self.cdef.records[i])
            .filter(|r| r.kind != kind)
        {
            return err(
                span,
                format!("`{name}` was declared as a {}", previous.kind.keyword()),
            );
        }
        let Some(declarations) = &s.declarations else {
            if existing.is_none() {
                self.cdef.records.push(Record {
                    kind,
                    name: name.clone(),
                    c_spelling,
                    fields: None,
                    partial: false,
                    layout: None,
                    origin: self.origin(span),
                });
            }
            return Ok(Ty::Record(name));
        };
        if existing.is_some_and(|i| self.cdef.records[i].fields.is_some()) {
            return err(
                span,
                format!("`{} {name}` is defined twice", kind.keyword()),
            );
        }
        let mut fields = Vec::new();
        for decl in declarations {
            let StructDeclaration::Field(f) = &decl.node else {
                continue;
            };
            let (types, is_const) = self.specifier_qualifiers(&f.node.specifiers);
            if f.node.declarators.is_empty() {
                return err(
                    f.span,
                    "anonymous struct and union members are not supported yet; give the member a name",
                );
            }
            for d in &f.node.declarators {
                if let Some(w) = &d.node.bit_width {
                    return err(
                        w.span,
                        "bit-fields are not supported: Rust has no equivalent layout",
                    );
                }
                let Some(decl_node) = &d.node.declarator else {
                    return err(d.span, "expected a field name");
                };
                let field_name = declarator_name(&decl_node.node);
                let field_hint = format!("{name}_{}", field_name.as_deref().unwrap_or("field"));
                let base =
                    self.base_type(&types, is_const, Some(Hint::Field(&field_hint)), f.span)?;
                let Some(base) = base else {
                    return err(
                        d.span,
                        "`...` as a type is only allowed as `typedef ... name;`",
                    );
                };
                let (field_name, (ty, _)) = self.declarator(base, decl_node)?;
                let Some(field_name) = field_name else {
                    return err(d.span, "expected a field name");
                };
                fields.push(Field {
                    line: self.origin(d.span).line,
                    name: field_name,
                    ty,
                    offset: None,
                    size: None,
                });
            }
        }
        // Nested records claimed their own `...;` while their fields were lowered.
        let partial = self.take_dots(span, Dots::Fields);
        let record = Record {
            kind,
            name: name.clone(),
            c_spelling,
            fields: Some(fields),
            partial,
            layout: None,
            origin: self.origin(span),
        };
        // Fields like `struct s *next` may have declared the record while we lowered them.
        match self.cdef.records.iter().position(|r| r.name == name) {
            Some(i) => self.cdef.records[i] = record,
            None => self.cdef.records.push(record),
        }
        Ok(Ty::Record(name))
    }

    /// Claims the markers of one kind inside `span`; whether there were any.
    fn take_dots(&mut self, span: Span, kind: Dots) -> bool {
        let inside: Vec<usize> = self
            .dots
            .range(span.start..span.end)
            .filter(|(_, k)| **k == kind)
            .map(|(o, _)| *o)
            .collect();
        for o in &inside {
            self.dots.remove(o);
        }
        !inside.is_empty()
    }

    fn enumeration(&mut self, e: &EnumType, span: Span, hint: Option<Hint>) -> Result<Ty> {
        let tag = e.identifier.as_ref().map(|i| i.node.name.clone());
        let name = tag.clone().or_else(|| hint.map(Hint::name));
        if e.enumerators.is_empty() {
            // `enum e` used as a type: it must be defined already.
            return match name {
                Some(n) if self.cdef.enum_(&n).is_some() => Ok(Ty::Enum(n)),
                _ => err(span, "an enum must be defined before it is used"),
            };
        }
        let partial = self.take_dots(span, Dots::Enumerators);
        let mut next = 0i128;
        let mut enumerators = Vec::new();
        for en in &e.enumerators {
            let value = match (&en.node.expression, partial) {
                (_, true) => None,
                (Some(x), false) => Some(self.eval(x)?),
                (None, false) => Some(next),
            };
            if let Some(v) = value {
                self.consts.insert(en.node.identifier.node.name.clone(), v);
                next = v + 1;
            }
            enumerators.push(Enumerator {
                name: en.node.identifier.node.name.clone(),
                value,
            });
        }
        let c_spelling = match &tag {
            Some(t) => Some(format!("enum {t}")),
            None => hint.and_then(Hint::c_spelling),
        };
        let name_str = name.clone().unwrap_or_default();
        if !name_str.is_empty() && self.cdef.enum_(&name_str).is_some() {
            return err(span, format!("`enum {name_str}` is defined twice"));
        }
        self.cdef.enums.push(Enum {
            name: name_str.clone(),
            c_spelling,
            enumerators,
            partial,
            origin: self.origin(span),
        });
        Ok(match name {
            Some(n) => Ty::Enum(n),
            // Anonymous enums name no type; their values are plain ints.
            None => Ty::Prim(Prim::Int),
        })
    }

    fn declarator(
        &mut self,
        base: Qualified,
        d: &Node<Declarator>,
    ) -> Result<(Option<String>, Qualified)> {
        let (mut ty, mut is_const) = base;
        let derived = &d.node.derived;
        let split = derived
            .iter()
            .position(|x| !matches!(x.node, DerivedDeclarator::Pointer(_)))
            .unwrap_or(derived.len());
        for p in &derived[..split] {
            let DerivedDeclarator::Pointer(quals) = &p.node else {
                unreachable!("split at the first non-pointer")
            };
            ty = Ty::ptr(ty, is_const);
            is_const = quals.iter().any(|q| {
                matches!(&q.node, PointerQualifier::TypeQualifier(t) if t.node == TypeQualifier::Const)
            });
        }
        for s in derived[split..].iter().rev() {
            ty = match &s.node {
                DerivedDeclarator::Array(a) => {
                    let len = match &a.node.size {
                        ArraySize::Unknown => ArrayLen::Unknown,
                        ArraySize::VariableExpression(x) | ArraySize::StaticExpression(x) => {
                            if self.dots.get(&x.span.start) == Some(&Dots::ArrayLen) {
                                self.dots.remove(&x.span.start);
                                ArrayLen::Probed
                            } else {
                                let n = self.eval(x)?;
                                ArrayLen::Known(u64::try_from(n).map_err(|_| LowerError {
                                    offset: x.span.start,
                                    message: "an array length must not be negative".into(),
                                })?)
                            }
                        }
                        ArraySize::VariableUnknown => {
                            return err(a.span, "variable-length arrays are not supported");
                        }
                    };
                    Ty::Array(Box::new(ty), len)
                }
                DerivedDeclarator::Function(f) => {
                    let sig = self.signature(ty, &f.node)?;
                    is_const = false;
                    Ty::Fn(Box::new(sig))
                }
                DerivedDeclarator::KRFunction(ids) if ids.is_empty() => {
                    // `f()`: like CFFI, read as `f(void)`.
                    is_const = false;
                    Ty::Fn(Box::new(FnSig {
                        ret: ty,
                        params: Vec::new(),
                        variadic: false,
                    }))
                }
                DerivedDeclarator::KRFunction(_) => {
                    return err(s.span, "K&R-style parameter lists are not supported");
                }
                DerivedDeclarator::Pointer(_) | DerivedDeclarator::Block(_) => {
                    return err(s.span, "unsupported declarator");
                }
            };
        }
        match &d.node.kind.node {
            DeclaratorKind::Abstract => Ok((None, (ty, is_const))),
            DeclaratorKind::Identifier(id) => Ok((Some(id.node.name.clone()), (ty, is_const))),
            DeclaratorKind::Declarator(inner) => self.declarator((ty, is_const), inner),
        }
    }

    fn signature(&mut self, ret: Ty, f: &FunctionDeclarator) -> Result<FnSig> {
        if matches!(ret, Ty::Array(..)) {
            return err(Span::none(), "a C function cannot return an array");
        }
        let mut params = Vec::new();
        for p in &f.parameters {
            params.push(self.param(&p.node, p.span)?);
        }
        // `(void)` is an empty list.
        if let [
            Param {
                name: None,
                ty: Ty::Void,
            },
        ] = params.as_slice()
        {
            params.clear();
        }
        Ok(FnSig {
            ret,
            params,
            variadic: matches!(f.ellipsis, lang_c::ast::Ellipsis::Some),
        })
    }

    fn param(&mut self, p: &ParameterDeclaration, span: Span) -> Result<Param> {
        let specs = self.specs(&p.specifiers)?;
        let Some(base) = self.base_type(&specs.types, specs.is_const, None, span)? else {
            return err(
                span,
                "`...` as a type is only allowed as `typedef ... name;`",
            );
        };
        let (name, (ty, _)) = match &p.declarator {
            Some(d) => self.declarator(base, d)?,
            None => (None, base),
        };
        // Parameters of array and function type decay to pointers (C11 6.7.6.3).
        let ty = match ty {
            Ty::Array(elem, _) => Ty::ptr(*elem, specs.is_const),
            f @ Ty::Fn(_) => Ty::ptr(f, false),
            other => other,
        };
        Ok(Param { name, ty })
    }

    /// An integer constant expression, as array lengths and enumerators use them.
    fn eval(&self, x: &Node<Expression>) -> Result<i128> {
        let overflow = || LowerError {
            offset: x.span.start,
            message: "integer overflow in a constant expression".into(),
        };
        Ok(match &x.node {
            Expression::Constant(c) => match &c.node {
                lang_c::ast::Constant::Integer(_) => {
                    let text = &self.parsed[c.span.start..c.span.end];
                    literal::parse_int(text, self.widths)
                        .map_err(|m| LowerError {
                            offset: c.span.start,
                            message: m,
                        })?
                        .0
                }
                lang_c::ast::Constant::Character(s) => match literal::parse_value(s, self.widths) {
                    Ok(ConstValue::Int(v, _)) => v,
                    _ => return err(c.span, "unsupported character constant"),
                },
                lang_c::ast::Constant::Float(_) => {
                    return err(c.span, "expected an integer constant");
                }
            },
            Expression::Identifier(id) => match self.consts.get(&id.node.name) {
                Some(v) => *v,
                None => {
                    return err(
                        id.span,
                        format!(
                            "`{}` is not a known integer constant (an enumerator or a `#define` \
                             with a literal value declared above)",
                            id.node.name
                        ),
                    );
                }
            },
            Expression::UnaryOperator(u) => {
                let v = self.eval(&u.node.operand)?;
                match u.node.operator.node {
                    UnaryOperator::Minus => v.checked_neg().ok_or_else(overflow)?,
                    UnaryOperator::Plus => v,
                    UnaryOperator::Complement => !v,
                    UnaryOperator::Negate => i128::from(v == 0),
                    _ => return err(x.span, "unsupported operator in a constant expression"),
                }
            }
            Expression::BinaryOperator(b) => {
                let l = self.eval(&b.node.lhs)?;
                let r = self.eval(&b.node.rhs)?;
                use BinaryOperator as B;
                match b.node.operator.node {
                    B::Plus => l.checked_add(r).ok_or_else(overflow)?,
                    B::Minus => l.checked_sub(r).ok_or_else(overflow)?,
                    B::Multiply => l.checked_mul(r).ok_or_else(overflow)?,
                    B::Divide => l.checked_div(r).ok_or_else(overflow)?,
                    B::Modulo => l.checked_rem(r).ok_or_else(overflow)?,
                    B::ShiftLeft => u32::try_from(r)
                        .ok()
                        .and_then(|r| l.checked_shl(r))
                        .ok_or_else(overflow)?,
                    B::ShiftRight => u32::try_from(r)
                        .ok()
                        .and_then(|r| l.checked_shr(r))
                        .ok_or_else(overflow)?,
                    B::BitwiseAnd => l & r,
                    B::BitwiseOr => l | r,
                    B::BitwiseXor => l ^ r,
                    _ => return err(x.span, "unsupported operator in a constant expression"),
                }
            }
            _ => {
                return err(
                    x.span,
                    "expected an integer constant expression (literals, enumerators, literal \
                     `#define`s and arithmetic), or `...` for the compiler's value in API mode",
                );
            }
        })
    }
}

fn declarator_name(d: &Declarator) -> Option<String> {
    match &d.kind.node {
        DeclaratorKind::Identifier(id) => Some(id.node.name.clone()),
        DeclaratorKind::Declarator(inner) => declarator_name(&inner.node),
        DeclaratorKind::Abstract => None,
    }
}

fn prim_from_words(words: &[&str]) -> std::result::Result<Ty, String> {
    let mut w: Vec<&str> = words.to_vec();
    w.sort_unstable();
    let unsigned = w.contains(&"unsigned");
    let signed = w.contains(&"signed");
    w.retain(|x| *x != "unsigned" && *x != "signed");
    let prim = match (w.as_slice(), unsigned, signed) {
        (["void"], false, false) => return Ok(Ty::Void),
        (["_Bool"], false, false) => Prim::Bool,
        (["char"], false, false) => Prim::Char,
        (["char"], false, true) => Prim::SChar,
        (["char"], true, false) => Prim::UChar,
        (["short"] | ["int", "short"], false, _) => Prim::Short,
        (["short"] | ["int", "short"], true, false) => Prim::UShort,
        (["int"] | [], false, _) if !words.is_empty() => Prim::Int,
        (["int"] | [], true, false) => Prim::UInt,
        (["long"] | ["int", "long"], false, _) => Prim::Long,
        (["long"] | ["int", "long"], true, false) => Prim::ULong,
        (["long", "long"] | ["int", "long", "long"], false, _) => Prim::LongLong,
        (["long", "long"] | ["int", "long", "long"], true, false) => Prim::ULongLong,
        (["float"], false, false) => Prim::Float,
        (["double"], false, false) => Prim::Double,
        (["double", "long"], false, false) => {
            return Err("`long double` has no Rust equivalent".into());
        }
        _ if words.is_empty() => return Err("expected a type".into()),
        _ => return Err(format!("`{}` is not a C type", words.join(" "))),
    };
    Ok(Ty::Prim(prim))
}
