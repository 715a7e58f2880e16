//! `#define`s, and constant expressions in declarations (array lengths, enumerator values,
//! bit-field widths, `static const` initializers), evaluated with C's arithmetic.

use lang_c::ast::{
    BinaryOperator, Constant as CConstant, DerivedDeclarator, Expression, TypeName, UnaryOperator,
};
use lang_c::span::{Node, Span};

use super::{LowerError, Lowerer, Result, err};
use crate::cdef::expr::{self, Arith, Binary, Scope, Unary, Value};
use crate::cdef::literal;
use crate::cdef::text::Define;
use crate::model::*;

impl Scope for Lowerer<'_> {
    fn constant(&self, name: &str) -> Option<Value> {
        self.consts.get(name).copied()
    }

    fn integer_type(&self, name: &str) -> Option<Prim> {
        match self.named(name, Span::none()).ok()? {
            Ty::Prim(p) if !p.is_float() => Some(p),
            Ty::Typedef(_) => match self.cdef.resolve(&Ty::Typedef(name.into())) {
                Ty::Prim(p) if !p.is_float() => Some(*p),
                _ => None,
            },
            _ => None,
        }
    }
}

impl Lowerer<'_> {
    pub(super) fn define(&mut self, d: &Define) -> Result<()> {
        let offset = d.offset + self.prelude_len;
        let span = Span::span(offset, offset);
        let origin = Origin {
            line: self.lines.line(d.offset),
            text: format!("#define {} {}", d.name, d.value),
            header: None,
        };
        let (source, value) = if d.value == "..." {
            if !self.api_mode {
                return err(
                    span,
                    format!(
                        "`#define {} ...` asks the C compiler for the value, so it needs API \
                         mode: add a `source` section (ABI mode has no compiler)",
                        d.name
                    ),
                );
            }
            (ConstSource::Probed, None)
        } else {
            let value = expr::eval_text(&d.value, self.target, self).map_err(|m| LowerError {
                offset,
                message: self.define_error(d, &m),
            })?;
            if let Some(v) = expr::Value::from_const(&value) {
                self.consts.insert(d.name.clone(), v);
            }
            (ConstSource::Literal, Some(value))
        };
        let constant = Constant {
            name: d.name.clone(),
            source,
            value,
            origin,
        };
        self.add_constant(constant, span)
    }

    fn define_error(&self, d: &Define, message: &str) -> String {
        let hint = if self.api_mode {
            format!(
                "; write `#define {} ...` to take the value from the C compiler",
                d.name
            )
        } else {
            String::new()
        };
        format!(
            "`#define {}`: {message}: a cdef `#define` is a literal or a constant expression over \
             literals and constants declared above{hint}",
            d.name
        )
    }

    fn arith(&self) -> Arith<'_> {
        Arith {
            target: self.target,
        }
    }

    pub(super) fn eval_int(&self, x: &Node<Expression>) -> Result<i128> {
        match self.eval(x)? {
            Value::Int(v, _) => Ok(v),
            Value::Float(..) => err(x.span, "expected an integer constant expression"),
        }
    }

    /// A constant expression from lang-c's AST.
    pub(super) fn eval(&self, x: &Node<Expression>) -> Result<Value> {
        let at = |m: String| LowerError {
            offset: x.span.start,
            message: m,
        };
        match &x.node {
            Expression::Constant(c) => self.literal(c),
            Expression::Identifier(id) => self.constant(&id.node.name).ok_or_else(|| {
                at(format!(
                    "`{}` is not a known constant (an enumerator or a `#define` declared above)",
                    id.node.name
                ))
            }),
            Expression::UnaryOperator(u) => {
                let v = self.eval(&u.node.operand)?;
                let op = match u.node.operator.node {
                    UnaryOperator::Minus => Unary::Minus,
                    UnaryOperator::Plus => Unary::Plus,
                    UnaryOperator::Complement => Unary::Complement,
                    UnaryOperator::Negate => Unary::Not,
                    _ => return err(x.span, "unsupported operator in a constant expression"),
                };
                self.arith().unary(op, v).map_err(at)
            }
            Expression::BinaryOperator(b) => {
                let op = binary(&b.node.operator.node)
                    .ok_or_else(|| at("unsupported operator in a constant expression".into()))?;
                let (l, r) = (self.eval(&b.node.lhs)?, self.eval(&b.node.rhs)?);
                self.arith().binary(op, l, r).map_err(at)
            }
            Expression::Conditional(c) => {
                let cond = self.eval(&c.node.condition)?;
                let (a, b) = (
                    self.eval(&c.node.then_expression)?,
                    self.eval(&c.node.else_expression)?,
                );
                self.arith().conditional(cond, a, b).map_err(at)
            }
            Expression::Cast(c) => {
                let v = self.eval(&c.node.expression)?;
                let to = self.cast_target(&c.node.type_name)?;
                self.arith().cast(v, to).map_err(at)
            }
            Expression::SizeOfTy(s) => {
                let size = self.scalar_layout(&s.node.0)?.size;
                Ok(Value::Int(i128::from(size), Prim::Size))
            }
            Expression::AlignOf(a) => {
                let align = self.scalar_layout(&a.node.0)?.align;
                Ok(Value::Int(i128::from(align), Prim::Size))
            }
            _ => err(
                x.span,
                "expected a constant expression (literals, enumerators, literal `#define`s, \
                 arithmetic and casts to integer types), or `...` for the compiler's value in API mode",
            ),
        }
    }

    fn literal(&self, c: &Node<CConstant>) -> Result<Value> {
        let at = |m: String| LowerError {
            offset: c.span.start,
            message: m,
        };
        match &c.node {
            CConstant::Integer(_) | CConstant::Float(_) => {
                let text = &self.parsed[c.span.start..c.span.end];
                match literal::parse_number(text, self.target).map_err(at)? {
                    ConstValue::Int(v, p) => Ok(Value::Int(v, p)),
                    ConstValue::Float(v, p) => Ok(Value::Float(v, p)),
                    ConstValue::Str(_) => err(c.span, "expected a number"),
                }
            }
            CConstant::Character(s) => {
                Ok(Value::Int(literal::parse_char(s).map_err(at)?, Prim::Int))
            }
        }
    }

    /// `sizeof(T)` and `_Alignof(T)` of a scalar or pointer type, by the target's rules
    /// (records would need their layout, which comes later).
    fn scalar_layout(&self, t: &Node<TypeName>) -> Result<Layout> {
        let derived = t.node.declarator.as_ref().map(|d| &d.node.derived[..]);
        let refuse = || {
            err(
                t.span,
                "`sizeof` in a constant expression is known here only for scalar and pointer \
                 types: use `[...]` for the compiler's value in API mode",
            )
        };
        let derived = derived.unwrap_or_default();
        if !derived.is_empty() {
            return match derived
                .iter()
                .all(|d| matches!(d.node, DerivedDeclarator::Pointer(_)))
            {
                true => Ok(self.target.pointer()),
                false => refuse(),
            };
        }
        let (types, _) = self.specifier_qualifiers(&t.node.specifiers);
        let ty = match types.as_slice() {
            [one] => match &one.node {
                lang_c::ast::TypeSpecifier::TypedefName(id) => {
                    self.named(&id.node.name, t.span).ok()
                }
                lang_c::ast::TypeSpecifier::Float => Some(Ty::Prim(Prim::Float)),
                lang_c::ast::TypeSpecifier::Double => Some(Ty::Prim(Prim::Double)),
                _ => None,
            },
            _ => None,
        };
        let words: Vec<&str> = types.iter().filter_map(|s| keyword(&s.node)).collect();
        let ty = ty.or_else(|| {
            (words.len() == types.len())
                .then(|| expr::keyword_type(&words).map(Ty::Prim))
                .flatten()
        });
        match ty.as_ref().map(|t| self.cdef.resolve(t)) {
            Some(Ty::Prim(p)) => Ok(self.target.layout(*p)),
            Some(Ty::Ptr { .. }) => Ok(self.target.pointer()),
            _ => refuse(),
        }
    }

    fn cast_target(&self, t: &Node<lang_c::ast::TypeName>) -> Result<Prim> {
        let (types, _) = self.specifier_qualifiers(&t.node.specifiers);
        let is_plain = t
            .node
            .declarator
            .as_ref()
            .is_none_or(|d| d.node.derived.is_empty());
        let ty = match types.as_slice() {
            [one] if matches!(one.node, lang_c::ast::TypeSpecifier::TypedefName(_)) => {
                let lang_c::ast::TypeSpecifier::TypedefName(id) = &one.node else {
                    return err(t.span, "expected a type");
                };
                self.integer_type(&id.node.name)
            }
            _ => {
                let words: Vec<&str> = types.iter().filter_map(|s| keyword(&s.node)).collect();
                (words.len() == types.len())
                    .then(|| expr::keyword_type(&words))
                    .flatten()
            }
        };
        match ty.filter(|_| is_plain) {
            Some(p) => Ok(p),
            None => err(
                t.span,
                "a cast in a constant expression must be to an integer type",
            ),
        }
    }

    /// A constant of the declared type: an integer, floating or enum type. A type the
    /// probe has yet to size (`typedef int... t;`) keeps the value as written; the probe
    /// converts it.
    pub(super) fn convert_to(&self, ty: &Ty, v: Value, span: Span) -> Result<ConstValue> {
        let prim = match self.cdef.resolve(ty) {
            Ty::Prim(p) => *p,
            Ty::Enum(e) => self.cdef.enum_(e).map_or(Prim::Int, Enum::repr),
            Ty::Typedef(t)
                if self
                    .cdef
                    .typedef(t)
                    .is_some_and(|t| matches!(t.target, TypedefTarget::ProbedNumber { .. })) =>
            {
                return Ok(v.to_const());
            }
            _ => {
                return err(
                    span,
                    "a constant with an initializer must have an integer, floating or enum type",
                );
            }
        };
        let converted = self.arith().cast(v, prim).map_err(|m| LowerError {
            offset: span.start,
            message: m,
        })?;
        Ok(match converted {
            Value::Int(x, _) => ConstValue::Int(x, prim),
            Value::Float(x, _) => ConstValue::Float(x, prim),
        })
    }
}

fn keyword(t: &lang_c::ast::TypeSpecifier) -> Option<&'static str> {
    use lang_c::ast::TypeSpecifier as T;
    Some(match t {
        T::Char => "char",
        T::Short => "short",
        T::Int => "int",
        T::Long => "long",
        T::Signed => "signed",
        T::Unsigned => "unsigned",
        T::Bool => "_Bool",
        _ => return None,
    })
}

fn binary(op: &BinaryOperator) -> Option<Binary> {
    use BinaryOperator as B;
    Some(match op {
        B::Multiply => Binary::Mul,
        B::Divide => Binary::Div,
        B::Modulo => Binary::Rem,
        B::Plus => Binary::Add,
        B::Minus => Binary::Sub,
        B::ShiftLeft => Binary::Shl,
        B::ShiftRight => Binary::Shr,
        B::Less => Binary::Lt,
        B::LessOrEqual => Binary::Le,
        B::Greater => Binary::Gt,
        B::GreaterOrEqual => Binary::Ge,
        B::Equals => Binary::Eq,
        B::NotEquals => Binary::Ne,
        B::BitwiseAnd => Binary::And,
        B::BitwiseXor => Binary::Xor,
        B::BitwiseOr => Binary::Or,
        B::LogicalAnd => Binary::LogicalAnd,
        B::LogicalOr => Binary::LogicalOr,
        _ => return None,
    })
}
