//! Declaration specifiers and declarators: what type a declaration names.

use lang_c::ast::{
    ArraySize, DeclarationSpecifier, Declarator, DeclaratorKind, DerivedDeclarator, Extension,
    FunctionDeclarator, ParameterDeclaration, PointerQualifier, SpecifierQualifier,
    StorageClassSpecifier, TypeQualifier, TypeSpecifier,
};
use lang_c::span::{Node, Span};

use super::{Lowerer, Result, err};
use crate::cdef::text::{Attr, Dots};
use crate::model::*;

/// The declared type so far, and the qualifiers of an object of that type.
pub(super) type Qualified = (Ty, Quals);

/// What the declaration specifiers say.
#[derive(Default)]
pub(super) struct Specs<'n> {
    pub storage: Option<&'n Node<StorageClassSpecifier>>,
    pub types: Vec<&'n Node<TypeSpecifier>>,
    pub quals: Quals,
}

impl Specs<'_> {
    pub fn is(&self, class: StorageClassSpecifier) -> bool {
        self.storage.is_some_and(|s| s.node == class)
    }
}

/// The name an anonymous record or enum gets.
#[derive(Clone, Copy)]
pub(super) enum Hint<'h> {
    /// `typedef struct { … } name;`: C code spells it `name`.
    Typedef(&'h str),
    /// `struct outer { struct { … } field; }`: `outer_field`, with no C spelling.
    Field(&'h str),
    /// `typedef struct { … } *handle_t;` (or `**`): `handle_t_pointee`, which C spells
    /// `__typeof__(*(handle_t)0)` (one `*` per pointer).
    Pointee(&'h str, usize),
}

impl Hint<'_> {
    pub fn name(self) -> String {
        match self {
            Hint::Typedef(n) | Hint::Field(n) => n.to_string(),
            Hint::Pointee(n, _) => format!("{n}_pointee"),
        }
    }

    pub fn c_spelling(self) -> Option<String> {
        match self {
            Hint::Typedef(n) => Some(n.to_string()),
            Hint::Field(_) => None,
            Hint::Pointee(n, depth) => Some(format!("__typeof__({}({n})0)", "*".repeat(depth))),
        }
    }
}

/// A declarator's name, type, and asm label (`int f(void) __asm__("g")`).
pub(super) struct Declared {
    pub name: Option<String>,
    pub ty: Ty,
    pub quals: Quals,
    pub asm_name: Option<String>,
}

impl Lowerer<'_> {
    pub(super) fn specs<'n>(
        &self,
        specifiers: &'n [Node<DeclarationSpecifier>],
    ) -> Result<Specs<'n>> {
        let mut specs = Specs::default();
        for s in specifiers {
            match &s.node {
                DeclarationSpecifier::StorageClass(sc) => {
                    if specs.storage.is_some() {
                        return err(s.span, "more than one storage class");
                    }
                    specs.storage = Some(sc);
                }
                DeclarationSpecifier::TypeSpecifier(t) => specs.types.push(t),
                DeclarationSpecifier::TypeQualifier(q) => add_qualifier(&mut specs.quals, &q.node),
                DeclarationSpecifier::Function(_) | DeclarationSpecifier::Extension(_) => {}
                DeclarationSpecifier::Alignment(_) => {
                    return err(s.span, "`_Alignas` is not supported in a cdef");
                }
            }
        }
        Ok(specs)
    }

    pub(super) fn specifier_qualifiers<'n>(
        &self,
        list: &'n [Node<SpecifierQualifier>],
    ) -> (Vec<&'n Node<TypeSpecifier>>, Quals) {
        let mut types = Vec::new();
        let mut quals = Quals::NONE;
        for s in list {
            match &s.node {
                SpecifierQualifier::TypeSpecifier(t) => types.push(t),
                SpecifierQualifier::TypeQualifier(q) => add_qualifier(&mut quals, &q.node),
                SpecifierQualifier::Extension(_) => {}
            }
        }
        (types, quals)
    }

    /// The type the specifiers name; `None` for the `typedef ...` marker.
    pub(super) fn base_type(
        &mut self,
        types: &[&Node<TypeSpecifier>],
        quals: Quals,
        hint: Option<Hint>,
        span: Span,
    ) -> Result<Option<Qualified>> {
        if let [t] = types {
            let ty = match &t.node {
                TypeSpecifier::Int if self.take_dot_at(t.span.start, Dots::OpaqueType) => {
                    return Ok(None);
                }
                TypeSpecifier::Struct(s) => self.record(&s.node, s.span, hint)?,
                TypeSpecifier::Enum(e) => self.enumeration(&e.node, e.span, hint)?,
                TypeSpecifier::TypedefName(id) => {
                    let ty = self.named(&id.node.name, id.span)?;
                    let mut quals = quals;
                    quals.is_const |= self.const_typedefs.contains(&id.node.name);
                    return Ok(Some((ty, quals)));
                }
                _ => return self.keyword_type(types, quals, span).map(Some),
            };
            return Ok(Some((ty, quals)));
        }
        self.keyword_type(types, quals, span).map(Some)
    }

    /// `unsigned long int`, `double`, `void`, …
    fn keyword_type(
        &self,
        types: &[&Node<TypeSpecifier>],
        quals: Quals,
        span: Span,
    ) -> Result<Qualified> {
        let mut words: Vec<&str> = Vec::new();
        for t in types {
            words.push(match &t.node {
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
            });
        }
        let span = types.first().map_or(span, |t| t.span);
        let ty = prim_from_words(&words).map_err(|m| super::LowerError {
            offset: span.start,
            message: m,
        })?;
        Ok((ty, quals))
    }

    pub(super) fn named(&self, name: &str, span: Span) -> Result<Ty> {
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
        if let Some(p) = Prim::predeclared(name) {
            return Ok(Ty::Prim(p));
        }
        match name {
            "FILE" => Ok(Ty::Builtin(Builtin::File)),
            "va_list" | "__builtin_va_list" => Ok(Ty::Builtin(Builtin::VaList)),
            _ => match crate::cdef::unsupported_type(name) {
                Some(message) => err(span, message),
                None => err(span, format!("unknown type `{name}`")),
            },
        }
    }

    pub(super) fn declarator(&mut self, base: Qualified, d: &Node<Declarator>) -> Result<Declared> {
        let (mut ty, mut quals) = base;
        let derived = &d.node.derived;
        let split = derived
            .iter()
            .position(|x| !matches!(x.node, DerivedDeclarator::Pointer(_)))
            .unwrap_or(derived.len());
        for p in &derived[..split] {
            if let DerivedDeclarator::Pointer(pointer_quals) = &p.node {
                self.stdcall_pointee(&mut ty, p.span)?;
                ty = Ty::qualified_ptr(ty, quals);
                quals = Quals::NONE;
                for q in pointer_quals {
                    if let PointerQualifier::TypeQualifier(t) = &q.node {
                        add_qualifier(&mut quals, &t.node);
                    }
                }
            }
        }
        for s in derived[split..].iter().rev() {
            (ty, quals) = self.derived(ty, quals, s)?;
        }
        let asm_name = asm_label(&d.node.extensions);
        let inner = match &d.node.kind.node {
            DeclaratorKind::Abstract => Declared {
                name: None,
                ty,
                quals,
                asm_name: None,
            },
            DeclaratorKind::Identifier(id) => Declared {
                name: Some(id.node.name.clone()),
                ty,
                quals,
                asm_name: None,
            },
            DeclaratorKind::Declarator(inner) => self.declarator((ty, quals), inner)?,
        };
        Ok(Declared {
            asm_name: asm_name.or(inner.asm_name),
            ..inner
        })
    }

    /// `(__stdcall *p)`: the function this pointer points to is `__stdcall`.
    fn stdcall_pointee(&mut self, pointee: &mut Ty, star: Span) -> Result<()> {
        let marked = self.take_attrs_where(star.start, star.start + 1, |a| {
            matches!(a, Attr::StdcallPointer)
        });
        match (marked.is_empty(), pointee) {
            (true, _) => Ok(()),
            (false, Ty::Fn(sig)) => {
                sig.stdcall = true;
                Ok(())
            }
            (false, _) => err(
                star,
                "`__stdcall` before a `*` makes a pointer to a `__stdcall` function; this \
                 pointer does not point to a function",
            ),
        }
    }

    /// One array or function declarator around `ty`.
    fn derived(&mut self, ty: Ty, quals: Quals, s: &Node<DerivedDeclarator>) -> Result<Qualified> {
        Ok(match &s.node {
            DerivedDeclarator::Array(a) => {
                let len = match &a.node.size {
                    ArraySize::Unknown => ArrayLen::Unknown,
                    ArraySize::VariableExpression(x) | ArraySize::StaticExpression(x) => {
                        // A length written with `sizeof` (glibc's `__sigset_t`): in API mode,
                        // the compiler's, as `[...]` would be.
                        let sized = self.parsed[x.span.start..x.span.end].contains("sizeof");
                        if self.take_dot_at(x.span.start, Dots::ArrayLen)
                            || (sized && self.api_mode)
                        {
                            ArrayLen::Probed
                        } else {
                            let n = self.eval_int(x)?;
                            ArrayLen::Known(u64::try_from(n).map_err(|_| super::LowerError {
                                offset: x.span.start,
                                message: "an array length must not be negative".into(),
                            })?)
                        }
                    }
                    ArraySize::VariableUnknown => {
                        return err(a.span, "variable-length arrays are not supported");
                    }
                };
                (Ty::Array(Box::new(ty), len), quals)
            }
            DerivedDeclarator::Function(f) => (
                Ty::Fn(Box::new(self.signature(ty, &f.node, f.span)?)),
                Quals::NONE,
            ),
            DerivedDeclarator::KRFunction(ids) if ids.is_empty() => {
                // `f()`: like CFFI, read as `f(void)`.
                let sig = FnSig {
                    ret: ty,
                    params: Vec::new(),
                    variadic: false,
                    stdcall: false,
                };
                (Ty::Fn(Box::new(sig)), Quals::NONE)
            }
            DerivedDeclarator::KRFunction(_) => {
                return err(s.span, "K&R-style parameter lists are not supported");
            }
            DerivedDeclarator::Pointer(_) | DerivedDeclarator::Block(_) => {
                return err(s.span, "unsupported declarator");
            }
        })
    }

    fn signature(&mut self, ret: Ty, f: &FunctionDeclarator, span: Span) -> Result<FnSig> {
        if matches!(ret, Ty::Array(..)) {
            return err(span, "a C function cannot return an array");
        }
        let mut params = Vec::new();
        let mut counted = Vec::new();
        for (i, p) in f.parameters.iter().enumerate() {
            params.push(self.param(&p.node, p.span)?);
            counted.extend(self.counted_by(p.span).map(|(len, bytes)| (i, len, bytes)));
        }
        // Set last, after any signature nested in a parameter's type.
        self.counted = counted;
        // `(void)`, or a typedef of `void`, is an empty list.
        if let [Param { name: None, ty }] = params.as_slice()
            && *self.cdef.resolve(ty) == Ty::Void
        {
            params.clear();
        }
        if let Some(p) = params
            .iter()
            .find(|p| *self.cdef.resolve(&p.ty) == Ty::Void)
        {
            return err(
                span,
                format!(
                    "parameter `{}` has type `void`; only a lone `(void)` means no parameters",
                    p.name.as_deref().unwrap_or("_")
                ),
            );
        }
        Ok(FnSig {
            ret,
            params,
            variadic: matches!(f.ellipsis, lang_c::ast::Ellipsis::Some),
            stdcall: false,
        })
    }

    fn param(&mut self, p: &ParameterDeclaration, span: Span) -> Result<Param> {
        let specs = self.specs(&p.specifiers)?;
        let Some(base) = self.base_type(&specs.types, specs.quals, None, span)? else {
            return err(
                span,
                "`...` as a type is only allowed as `typedef ... name;`",
            );
        };
        let d = match &p.declarator {
            Some(d) => self.declarator(base, d)?,
            None => Declared {
                name: None,
                ty: base.0,
                quals: base.1,
                asm_name: None,
            },
        };
        // Parameters of array and function type decay to pointers (C11 6.7.6.3).
        let ty = match d.ty {
            Ty::Array(elem, _) => Ty::qualified_ptr(*elem, specs.quals),
            f @ Ty::Fn(_) => Ty::ptr(f, false),
            other => other,
        };
        Ok(Param { name: d.name, ty })
    }
}

fn add_qualifier(quals: &mut Quals, q: &TypeQualifier) {
    match q {
        TypeQualifier::Const => quals.is_const = true,
        TypeQualifier::Volatile => quals.is_volatile = true,
        _ => {}
    }
}

pub(super) fn declarator_name(d: &Declarator) -> Option<String> {
    match &d.kind.node {
        DeclaratorKind::Identifier(id) => Some(id.node.name.clone()),
        DeclaratorKind::Declarator(inner) => declarator_name(&inner.node),
        DeclaratorKind::Abstract => None,
    }
}

fn asm_label(extensions: &[Node<Extension>]) -> Option<String> {
    extensions.iter().find_map(|e| match &e.node {
        Extension::AsmLabel(s) => {
            let text: String = s.node.iter().map(|part| part.trim_matches('"')).collect();
            Some(text)
        }
        _ => None,
    })
}

pub(super) fn prim_from_words(words: &[&str]) -> std::result::Result<Ty, String> {
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
        (["double", "long"], false, false) => Prim::LongDouble,
        _ if words.is_empty() => return Err("expected a type".into()),
        _ => return Err(format!("`{}` is not a C type", words.join(" "))),
    };
    Ok(Ty::Prim(prim))
}
