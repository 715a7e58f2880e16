//! Integer and floating constant expressions, typed as C types them (C11 6.3.1: integer
//! promotions and the usual arithmetic conversions, 6.5: the operators).
//!
//! Two front ends share this arithmetic: [`eval_text`] for `#define` values (and macros read
//! from headers), and the lowering stage's walk of lang-c expressions (enumerator values,
//! array lengths). Undefined behaviour in C (signed overflow, division by zero, oversized
//! shifts) is an error here, never a wrapped value.

use std::collections::HashMap;

use super::literal;
use crate::model::{ConstValue, Prim};
use crate::target::Target;

/// A constant and its C type (integers in canonical form: `int`, `unsigned long`, …).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Int(i128, Prim),
    Float(f64, Prim),
}

impl Value {
    pub fn to_const(self) -> ConstValue {
        match self {
            Value::Int(v, p) => ConstValue::Int(v, p),
            Value::Float(v, p) => ConstValue::Float(v, p),
        }
    }

    pub fn from_const(c: &ConstValue) -> Option<Value> {
        match c {
            ConstValue::Int(v, p) => Some(Value::Int(*v, *p)),
            ConstValue::Float(v, p) => Some(Value::Float(*v, *p)),
            ConstValue::Str(_) => None,
        }
    }

    fn is_true(self) -> bool {
        match self {
            Value::Int(v, _) => v != 0,
            Value::Float(v, _) => v != 0.0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    Plus,
    Minus,
    Complement,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    Mul,
    Div,
    Rem,
    Add,
    Sub,
    Shl,
    Shr,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    And,
    Xor,
    Or,
    LogicalAnd,
    LogicalOr,
}

/// The C arithmetic, for one target.
pub struct Arith<'t> {
    pub target: &'t Target,
}

/// The type with the same width and signedness among the standard integer types.
fn canonical(t: &Target, p: Prim) -> Prim {
    if p.is_float() || matches!(p, Prim::Bool) {
        return p;
    }
    let bits = t.bits(p);
    let signed = t.is_signed(p);
    // Prefer `long` over `long long` at equal width, as glibc's typedefs do on LP64.
    let order = if signed {
        [
            Prim::SChar,
            Prim::Short,
            Prim::Int,
            Prim::Long,
            Prim::LongLong,
        ]
    } else {
        [
            Prim::UChar,
            Prim::UShort,
            Prim::UInt,
            Prim::ULong,
            Prim::ULongLong,
        ]
    };
    match p {
        Prim::Char | Prim::LongLong | Prim::ULongLong => p,
        _ => order.into_iter().find(|c| t.bits(*c) == bits).unwrap_or(p),
    }
}

fn rank(p: Prim) -> u8 {
    match p {
        Prim::Bool => 0,
        Prim::Char | Prim::SChar | Prim::UChar => 1,
        Prim::Short | Prim::UShort => 2,
        Prim::Int | Prim::UInt => 3,
        Prim::Long | Prim::ULong => 4,
        _ => 5,
    }
}

fn unsigned_of(p: Prim) -> Prim {
    match p {
        Prim::Int => Prim::UInt,
        Prim::Long => Prim::ULong,
        Prim::LongLong => Prim::ULongLong,
        other => other,
    }
}

impl Arith<'_> {
    fn promote(&self, v: Value) -> Value {
        match v {
            Value::Int(x, p) => {
                let p = canonical(self.target, p);
                if rank(p) < 3 {
                    // Everything narrower than `int` fits in `int` on every target we know.
                    Value::Int(x, Prim::Int)
                } else {
                    Value::Int(x, p)
                }
            }
            f => f,
        }
    }

    /// The usual arithmetic conversions: the common type of two promoted operands.
    fn common(&self, a: Prim, b: Prim) -> Prim {
        let t = self.target;
        if a.is_float() || b.is_float() {
            return if a == Prim::LongDouble || b == Prim::LongDouble {
                Prim::LongDouble
            } else if a == Prim::Double || b == Prim::Double || !a.is_float() || !b.is_float() {
                Prim::Double
            } else {
                Prim::Float
            };
        }
        if a == b {
            return a;
        }
        let (sa, sb) = (t.is_signed(a), t.is_signed(b));
        if sa == sb {
            return if rank(a) >= rank(b) { a } else { b };
        }
        let (s, u) = if sa { (a, b) } else { (b, a) };
        if rank(u) >= rank(s) {
            u
        } else if t.bits(s) > t.bits(u) {
            s
        } else {
            unsigned_of(s)
        }
    }

    fn convert(&self, v: Value, to: Prim) -> Result<Value, String> {
        Ok(match (v, to.is_float()) {
            (Value::Int(x, _), true) => Value::Float(x as f64, to),
            (Value::Float(x, _), true) => Value::Float(x, to),
            (Value::Float(x, _), false) => Value::Int(
                self.target.wrap(x.trunc() as i128, to),
                canonical(self.target, to),
            ),
            (Value::Int(x, _), false) => {
                Value::Int(self.target.wrap(x, to), canonical(self.target, to))
            }
        })
    }

    /// `(T)v`.
    pub fn cast(&self, v: Value, to: Prim) -> Result<Value, String> {
        if to == Prim::Bool {
            return Ok(Value::Int(i128::from(v.is_true()), Prim::Bool));
        }
        self.convert(v, to)
    }

    pub fn unary(&self, op: Unary, v: Value) -> Result<Value, String> {
        if op == Unary::Not {
            return Ok(Value::Int(i128::from(!v.is_true()), Prim::Int));
        }
        Ok(match (self.promote(v), op) {
            (Value::Float(x, p), Unary::Minus) => Value::Float(-x, p),
            (f @ Value::Float(..), Unary::Plus) => f,
            (Value::Float(..), _) => return Err("`~` needs an integer operand".into()),
            (Value::Int(x, p), Unary::Plus) => Value::Int(x, p),
            (Value::Int(x, p), Unary::Minus) => self.checked(-x, p)?,
            (Value::Int(x, p), _) => Value::Int(self.target.wrap(!x, p), p),
        })
    }

    /// An integer result: wrapped if unsigned, an error if a signed type overflows.
    fn checked(&self, x: i128, p: Prim) -> Result<Value, String> {
        if self.target.is_signed(p) && !self.target.fits(x, p) {
            return Err(format!(
                "signed overflow in a constant expression: {x} does not fit `{}`",
                p.c_name()
            ));
        }
        Ok(Value::Int(self.target.wrap(x, p), p))
    }

    pub fn binary(&self, op: Binary, a: Value, b: Value) -> Result<Value, String> {
        use Binary::*;
        match op {
            LogicalAnd => {
                return Ok(Value::Int(
                    i128::from(a.is_true() && b.is_true()),
                    Prim::Int,
                ));
            }
            LogicalOr => {
                return Ok(Value::Int(
                    i128::from(a.is_true() || b.is_true()),
                    Prim::Int,
                ));
            }
            Shl | Shr => return self.shift(op, a, b),
            _ => {}
        }
        let (a, b) = (self.promote(a), self.promote(b));
        let ty = match (a, b) {
            (Value::Int(_, x) | Value::Float(_, x), Value::Int(_, y) | Value::Float(_, y)) => {
                self.common(x, y)
            }
        };
        let (a, b) = (self.convert(a, ty)?, self.convert(b, ty)?);
        match (a, b) {
            (Value::Float(x, _), Value::Float(y, _)) => float_op(op, x, y, ty),
            (Value::Int(x, _), Value::Int(y, _)) => self.int_op(op, x, y, ty),
            _ => Err("mixed operands".into()),
        }
    }

    fn int_op(&self, op: Binary, x: i128, y: i128, ty: Prim) -> Result<Value, String> {
        use Binary::*;
        let bool_int = |c: bool| Ok(Value::Int(i128::from(c), Prim::Int));
        match op {
            Add => self.checked(x + y, ty),
            Sub => self.checked(x - y, ty),
            Mul => self.checked(x * y, ty),
            Div | Rem if y == 0 => Err("division by zero in a constant expression".into()),
            Div => self.checked(x / y, ty),
            Rem => self.checked(x % y, ty),
            And => Ok(Value::Int(self.target.wrap(x & y, ty), ty)),
            Or => Ok(Value::Int(self.target.wrap(x | y, ty), ty)),
            Xor => Ok(Value::Int(self.target.wrap(x ^ y, ty), ty)),
            Lt => bool_int(x < y),
            Le => bool_int(x <= y),
            Gt => bool_int(x > y),
            Ge => bool_int(x >= y),
            Eq => bool_int(x == y),
            Ne => bool_int(x != y),
            Shl | Shr | LogicalAnd | LogicalOr => {
                Err("internal: not an arithmetic operator".into())
            }
        }
    }

    fn shift(&self, op: Binary, a: Value, b: Value) -> Result<Value, String> {
        let (Value::Int(x, p), Value::Int(n, _)) = (self.promote(a), self.promote(b)) else {
            return Err("shifts need integer operands".into());
        };
        let bits = i128::from(self.target.bits(p));
        if n < 0 || n >= bits {
            return Err(format!("shift by {n} is out of range for `{}`", p.c_name()));
        }
        if op == Binary::Shr {
            return Ok(Value::Int(x >> n, p));
        }
        if self.target.is_signed(p) && x < 0 {
            return Err("left shift of a negative value in a constant expression".into());
        }
        self.checked(x << n, p)
    }

    /// `c ? a : b`.
    pub fn conditional(&self, c: Value, a: Value, b: Value) -> Result<Value, String> {
        let (a, b) = (self.promote(a), self.promote(b));
        let ty = match (a, b) {
            (Value::Int(_, x) | Value::Float(_, x), Value::Int(_, y) | Value::Float(_, y)) => {
                self.common(x, y)
            }
        };
        self.convert(if c.is_true() { a } else { b }, ty)
    }
}

fn float_op(op: Binary, x: f64, y: f64, ty: Prim) -> Result<Value, String> {
    use Binary::*;
    let bool_int = |c: bool| Ok(Value::Int(i128::from(c), Prim::Int));
    match op {
        Add => Ok(Value::Float(x + y, ty)),
        Sub => Ok(Value::Float(x - y, ty)),
        Mul => Ok(Value::Float(x * y, ty)),
        Div => Ok(Value::Float(x / y, ty)),
        Lt => bool_int(x < y),
        Le => bool_int(x <= y),
        Gt => bool_int(x > y),
        Ge => bool_int(x >= y),
        Eq => bool_int(x == y),
        Ne => bool_int(x != y),
        _ => Err("this operator needs integer operands".into()),
    }
}

/// Names an expression may use: earlier constants, and integer typedef names for casts.
pub trait Scope {
    fn constant(&self, name: &str) -> Option<Value>;
    fn integer_type(&self, name: &str) -> Option<Prim>;
}

/// Evaluates a `#define` value: a string literal (adjacent ones concatenated), or an
/// arithmetic constant expression.
pub fn eval_text(text: &str, target: &Target, scope: &dyn Scope) -> Result<ConstValue, String> {
    let t = text.trim();
    if t.starts_with('"') {
        return literal::parse_strings(t).map(ConstValue::Str);
    }
    let tokens = tokenize(t)?;
    let mut p = Parser {
        tokens: &tokens,
        at: 0,
        arith: Arith { target },
        scope,
    };
    let v = p.conditional()?;
    if p.at != tokens.len() {
        return Err(format!("unexpected `{}`", tokens[p.at].text()));
    }
    Ok(v.to_const())
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(String),
    Char(String),
    Ident(String),
    Punct(&'static str),
}

impl Token {
    fn text(&self) -> &str {
        match self {
            Token::Number(s) | Token::Char(s) | Token::Ident(s) => s,
            Token::Punct(p) => p,
        }
    }
}

const PUNCTS: [&str; 24] = [
    "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "(", ")", "+", "-", "*", "/", "%", "<", ">",
    "&", "^", "|", "~", "!", "?", ":",
];

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let b = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_alphanumeric()
                    || b[i] == b'.'
                    || b[i] == b'\''
                    || ((b[i] == b'+' || b[i] == b'-')
                        && matches!(b[i - 1], b'e' | b'E' | b'p' | b'P')))
            {
                i += 1;
            }
            tokens.push(Token::Number(text[start..i].to_string()));
        } else if c == b'\'' {
            let start = i;
            i += 1;
            while i < b.len() && b[i] != b'\'' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(b.len());
            tokens.push(Token::Char(text[start..i].to_string()));
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            tokens.push(Token::Ident(text[start..i].to_string()));
        } else {
            let p = PUNCTS
                .iter()
                .find(|p| text[i..].starts_with(**p))
                .ok_or_else(|| {
                    format!("unexpected `{}`", text[i..].chars().next().unwrap_or(' '))
                })?;
            tokens.push(Token::Punct(p));
            i += p.len();
        }
    }
    Ok(tokens)
}

struct Parser<'a> {
    tokens: &'a [Token],
    at: usize,
    arith: Arith<'a>,
    scope: &'a dyn Scope,
}

/// Binary operators by precedence level, loosest first (after `?:`).
const LEVELS: [&[(&str, Binary)]; 10] = [
    &[("||", Binary::LogicalOr)],
    &[("&&", Binary::LogicalAnd)],
    &[("|", Binary::Or)],
    &[("^", Binary::Xor)],
    &[("&", Binary::And)],
    &[("==", Binary::Eq), ("!=", Binary::Ne)],
    &[
        ("<", Binary::Lt),
        ("<=", Binary::Le),
        (">", Binary::Gt),
        (">=", Binary::Ge),
    ],
    &[("<<", Binary::Shl), (">>", Binary::Shr)],
    &[("+", Binary::Add), ("-", Binary::Sub)],
    &[("*", Binary::Mul), ("/", Binary::Div), ("%", Binary::Rem)],
];

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn eat(&mut self, p: &str) -> bool {
        if self.peek().is_some_and(|t| *t == Token::Punct(punct(p))) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn conditional(&mut self) -> Result<Value, String> {
        let c = self.binary(0)?;
        if !self.eat("?") {
            return Ok(c);
        }
        let a = self.conditional()?;
        if !self.eat(":") {
            return Err("expected `:` in `?:`".into());
        }
        let b = self.conditional()?;
        self.arith.conditional(c, a, b)
    }

    fn binary(&mut self, level: usize) -> Result<Value, String> {
        if level == LEVELS.len() {
            return self.unary();
        }
        let mut left = self.binary(level + 1)?;
        'outer: loop {
            for (text, op) in LEVELS[level] {
                if self.eat(text) {
                    let right = self.binary(level + 1)?;
                    left = self.arith.binary(*op, left, right)?;
                    continue 'outer;
                }
            }
            return Ok(left);
        }
    }

    fn unary(&mut self) -> Result<Value, String> {
        for (text, op) in [
            ("-", Unary::Minus),
            ("+", Unary::Plus),
            ("~", Unary::Complement),
            ("!", Unary::Not),
        ] {
            if self.eat(text) {
                let v = self.unary()?;
                return self.arith.unary(op, v);
            }
        }
        if let Some(ty) = self.cast_type() {
            let v = self.unary()?;
            return self.arith.cast(v, ty);
        }
        self.primary()
    }

    /// `(` integer type `)`, consumed only if it is one.
    fn cast_type(&mut self) -> Option<Prim> {
        if self.peek() != Some(&Token::Punct("(")) {
            return None;
        }
        let mut words = Vec::new();
        let mut i = self.at + 1;
        while let Some(Token::Ident(w)) = self.tokens.get(i) {
            words.push(w.as_str());
            i += 1;
        }
        if words.is_empty() || self.tokens.get(i) != Some(&Token::Punct(")")) {
            return None;
        }
        let ty = match words.as_slice() {
            [one] => self
                .scope
                .integer_type(one)
                .or_else(|| keyword_type(&words)),
            _ => keyword_type(&words),
        }?;
        self.at = i + 1;
        Some(ty)
    }

    fn primary(&mut self) -> Result<Value, String> {
        let target = self.arith.target;
        let token = self
            .peek()
            .cloned()
            .ok_or("unexpected end of the expression")?;
        self.at += 1;
        match token {
            Token::Punct("(") => {
                let v = self.conditional()?;
                if !self.eat(")") {
                    return Err("expected `)`".into());
                }
                Ok(v)
            }
            Token::Number(n) => match literal::parse_number(&n, target)? {
                ConstValue::Int(v, p) => Ok(Value::Int(v, p)),
                ConstValue::Float(v, p) => Ok(Value::Float(v, p)),
                ConstValue::Str(_) => Err("unexpected string".into()),
            },
            Token::Char(c) => Ok(Value::Int(literal::parse_char(&c)?, Prim::Int)),
            Token::Ident(name) => self.scope.constant(&name).ok_or_else(|| {
                format!(
                    "`{name}` is not a constant declared above (a literal `#define` or an \
                     enumerator)"
                )
            }),
            Token::Punct(p) => Err(format!("unexpected `{p}`")),
        }
    }
}

fn punct(p: &str) -> &'static str {
    PUNCTS.iter().find(|x| **x == p).copied().unwrap_or("")
}

/// `unsigned long`, `signed char`, … as written in a cast.
pub fn keyword_type(words: &[&str]) -> Option<Prim> {
    let mut w: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| *w != "int" || words.len() == 1)
        .collect();
    w.sort_unstable();
    let unsigned = w.contains(&"unsigned");
    w.retain(|x| *x != "unsigned" && *x != "signed");
    let signed_kw = words.contains(&"signed");
    Some(match (w.as_slice(), unsigned) {
        (["int"] | [], false) if !words.is_empty() => Prim::Int,
        (["int"] | [], true) => Prim::UInt,
        (["char"], false) if signed_kw => Prim::SChar,
        (["char"], false) => Prim::Char,
        (["char"], true) => Prim::UChar,
        (["short"], false) => Prim::Short,
        (["short"], true) => Prim::UShort,
        (["long"], false) => Prim::Long,
        (["long"], true) => Prim::ULong,
        (["long", "long"], false) => Prim::LongLong,
        (["long", "long"], true) => Prim::ULongLong,
        (["_Bool"], false) => Prim::Bool,
        _ => return None,
    })
}

/// A scope of plain constants, for tests and header macros.
#[derive(Default)]
#[cfg_attr(
    not(test),
    expect(dead_code, reason = "header macros use it (issue 9, next)")
)]
pub struct Constants(pub HashMap<String, Value>);

impl Scope for Constants {
    fn constant(&self, name: &str) -> Option<Value> {
        self.0.get(name).copied()
    }

    fn integer_type(&self, name: &str) -> Option<Prim> {
        Prim::predeclared(name).filter(|p| !p.is_float() && *p != Prim::Bool || name == "bool")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(text: &str) -> Result<ConstValue, String> {
        let mut scope = Constants::default();
        scope.0.insert("A".into(), Value::Int(1, Prim::Int));
        scope
            .0
            .insert("BIG".into(), Value::Int(1 << 40, Prim::Long));
        eval_text(text, &Target::new("x86_64-unknown-linux-gnu"), &scope)
    }

    #[test]
    fn typed_by_the_usual_arithmetic_conversions() {
        assert_eq!(eval("(A | 0x10)"), Ok(ConstValue::Int(17, Prim::Int)));
        assert_eq!(eval("(1 << 3)"), Ok(ConstValue::Int(8, Prim::Int)));
        assert_eq!(
            eval("1u + -2"),
            Ok(ConstValue::Int(u32::MAX as i128, Prim::UInt))
        );
        assert_eq!(
            eval("BIG | 1u"),
            Ok(ConstValue::Int((1 << 40) | 1, Prim::Long))
        );
        assert_eq!(
            eval("~0u"),
            Ok(ConstValue::Int(u32::MAX as i128, Prim::UInt))
        );
        assert_eq!(
            eval("(unsigned char)300"),
            Ok(ConstValue::Int(44, Prim::UChar))
        );
        assert_eq!(
            eval("(uint64_t)1 << 63"),
            Ok(ConstValue::Int(1 << 63, Prim::ULong))
        );
        assert_eq!(eval("-1 < 0u"), Ok(ConstValue::Int(0, Prim::Int)));
        assert_eq!(eval("A ? 2 : 3L"), Ok(ConstValue::Int(2, Prim::Long)));
        assert_eq!(eval("1.5 * 2"), Ok(ConstValue::Float(3.0, Prim::Double)));
        assert_eq!(eval("'a' + 1"), Ok(ConstValue::Int(98, Prim::Int)));
        assert_eq!(eval(r#""a" "b""#), Ok(ConstValue::Str(b"ab".to_vec())));
    }

    #[test]
    fn undefined_behaviour_and_unknown_names_are_errors() {
        for bad in [
            "2147483647 + 1",
            "1 / 0",
            "1 << 32",
            "-1 << 2",
            "FOO + 1",
            "(void *)0",
            "1 +",
        ] {
            assert!(eval(bad).is_err(), "{bad}");
        }
    }
}
