//! Object-like macros of the headers that are constants: an integer, floating or string
//! literal, or a constant expression over literals, other macros and enumerators. Each is
//! evaluated on demand (a macro may use one defined after it, as C allows).
//!
//! In API mode a constant macro becomes `#define NAME ...`: its value and type are the
//! compiler's, and a macro named exactly that the front end cannot read is asked of the
//! compiler all the same. In ABI mode the value is evaluated here, by C's rules for the
//! target.

use std::cell::RefCell;
use std::collections::HashMap;

use super::Allow;
use super::preprocess::{Macro, Preprocessed};
use crate::cdef::expr::{self, Scope, Value};
use crate::model::*;
use crate::target::Target;

/// Macros by name, evaluated when first asked for.
struct Macros<'a> {
    by_name: HashMap<&'a str, &'a Macro>,
    cdef: &'a Cdef,
    target: &'a Target,
    values: RefCell<HashMap<String, Option<ConstValue>>>,
    depth: RefCell<usize>,
}

impl Scope for Macros<'_> {
    fn constant(&self, name: &str) -> Option<Value> {
        let enumerator = self
            .cdef
            .enums
            .iter()
            .flat_map(|e| &e.enumerators)
            .find(|e| e.name == name);
        if let Some(v) = enumerator.and_then(|e| e.value) {
            return Some(Value::Int(v, Prim::Int));
        }
        Value::from_const(&self.value(name)?)
    }

    fn integer_type(&self, name: &str) -> Option<Prim> {
        match self.cdef.resolve(&Ty::Typedef(name.to_string())) {
            Ty::Prim(p) if !p.is_float() => Some(*p),
            _ => Prim::predeclared(name).filter(|p| !p.is_float()),
        }
    }
}

impl Macros<'_> {
    fn value(&self, name: &str) -> Option<ConstValue> {
        if let Some(v) = self.values.borrow().get(name) {
            return v.clone();
        }
        let m = self.by_name.get(name)?;
        // A macro expanding to itself, or a cycle: not a constant.
        if *self.depth.borrow() > 32 {
            return None;
        }
        self.values.borrow_mut().insert(name.to_string(), None);
        *self.depth.borrow_mut() += 1;
        let v = expr::eval_text(&m.value, self.target, self).ok();
        *self.depth.borrow_mut() -= 1;
        self.values.borrow_mut().insert(name.to_string(), v.clone());
        v
    }
}

/// A macro `allow` names exactly that ABI mode cannot evaluate (in API mode the compiler
/// is asked).
pub struct NotConstant {
    pub name: String,
    pub value: String,
    pub file: usize,
    pub line: usize,
}

/// The allowed constant macros, as cdef constants; the exactly named ones that are not.
pub fn constants(
    pre: &Preprocessed,
    cdef: &Cdef,
    allow: &mut Allow,
    target: &Target,
    api_mode: bool,
) -> (Vec<Constant>, Vec<NotConstant>) {
    // A header's macro may be written in the compiler's (`#define INT_MAX __INT_MAX__`).
    let visible = pre.predefined.iter().chain(&pre.macros);
    let scope = Macros {
        by_name: visible.map(|m| (m.name.as_str(), m)).collect(),
        cdef,
        target,
        values: RefCell::new(HashMap::new()),
        depth: RefCell::new(0),
    };
    let mut constants = Vec::new();
    let mut failures = Vec::new();
    for m in &pre.macros {
        let Some(exact) = allow.matches(&m.name) else {
            continue;
        };
        let origin = Origin {
            line: m.line,
            text: format!("#define {} {}", m.name, m.value),
            header: Some(pre.files[m.file].display().to_string()),
        };
        match (scope.value(&m.name), api_mode) {
            (Some(v), true) => constants.push(header_macro(m, v, origin)),
            (Some(v), false) => constants.push(literal(m, v, origin)),
            // Named exactly, the compiler reads what the front end cannot (function-like
            // macros: `INT64_MAX` is `(__INT64_C(9223372036854775807))`), or says why not.
            (None, true) if exact => constants.push(Constant {
                name: m.name.clone(),
                source: ConstSource::Probed,
                value: None,
                origin,
            }),
            (None, _) if exact => failures.push(NotConstant {
                name: m.name.clone(),
                value: m.value.clone(),
                file: m.file,
                line: m.line,
            }),
            (None, _) => {}
        }
    }
    (constants, failures)
}

fn header_macro(m: &Macro, reading: ConstValue, origin: Origin) -> Constant {
    // Most of a header's constants are one literal (383 of sqlite3.h's 450): asking the
    // compiler about each would cost it more time than the rest of the probe.
    let source = if is_integer_literal(&m.value) {
        ConstSource::HeaderLiteral
    } else {
        ConstSource::HeaderMacro
    };
    Constant {
        name: m.name.clone(),
        source,
        value: Some(reading),
        origin,
    }
}

fn literal(m: &Macro, value: ConstValue, origin: Origin) -> Constant {
    Constant {
        name: m.name.clone(),
        source: ConstSource::Literal,
        value: Some(value),
        origin,
    }
}

/// `42`, `0x10u`, `(-1)`, `-2147483648L`: one integer literal, maybe negated or in
/// parentheses.
fn is_integer_literal(text: &str) -> bool {
    let mut t = text.trim();
    while let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    let t = t.strip_prefix('-').map_or(t, str::trim_start);
    let digits = t.trim_end_matches(['u', 'U', 'l', 'L']);
    let digits_ok = match digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        Some(hex) => !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()),
        None => !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()),
    };
    digits_ok && t.len() - digits.len() <= 3
}

#[cfg(test)]
mod tests {
    use super::is_integer_literal;

    #[test]
    fn integer_literals_are_told_from_expressions() {
        for yes in [
            "0",
            "42",
            "(-1)",
            "0x7fffffffU",
            "-2147483648L",
            "( ( 7 ) )",
            "10ULL",
        ] {
            assert!(is_integer_literal(yes), "{yes}");
        }
        for no in [
            "", "-", "0x", "1.5", "(1 << 3)", "A", "1 + 1", "(1) (2)", "'a'", "1uuuu",
        ] {
            assert!(!is_integer_literal(no), "{no}");
        }
    }
}
