//! Enums: enumerator values by C's rules, `...` for the compiler's.

use lang_c::ast::EnumType;
use lang_c::span::Span;

use super::types::Hint;
use super::{Lowerer, Result, err};
use crate::cdef::expr::Value;
use crate::cdef::text::Dots;
use crate::model::*;

impl Lowerer<'_> {
    pub(super) fn enumeration(
        &mut self,
        e: &EnumType,
        span: Span,
        hint: Option<Hint>,
    ) -> Result<Ty> {
        let tag = e.identifier.as_ref().map(|i| i.node.name.clone());
        let name = tag.clone().or_else(|| hint.map(Hint::name));
        if e.enumerators.is_empty() {
            // `enum e` used as a type: it must be defined already.
            return match name {
                Some(n) if self.cdef.enum_(&n).is_some() => Ok(Ty::Enum(n)),
                _ => err(span, "an enum must be defined before it is used"),
            };
        }
        let trailing = self.take_dots(span.start, span.end, Dots::Enumerators);
        // `A = ...` anywhere makes every value the compiler's, as in CFFI: the ones after it
        // follow it, and the ones before may be written to leave room for it.
        let probed: Vec<bool> = e
            .enumerators
            .iter()
            .map(|en| {
                en.node
                    .expression
                    .as_ref()
                    .is_some_and(|x| self.take_dot_at(x.span.start, Dots::EnumValue))
            })
            .collect();
        let unknown = self.take_dots(span.start, span.end, Dots::NoEnumerators);
        let partial = trailing || unknown || probed.contains(&true);
        let owner = name
            .clone()
            .unwrap_or_else(|| format!("<anonymous enum at line {}>", self.line(span)));
        let enumerators = match unknown {
            true => Vec::new(),
            false => self.enumerators(e, &owner, partial)?,
        };
        let c_spelling = match &tag {
            Some(t) => Some(format!("enum {t}")),
            None => hint.and_then(Hint::c_spelling),
        };
        let name_str = name.clone().unwrap_or_default();
        let new = Enum {
            name: name_str.clone(),
            c_spelling,
            enumerators,
            partial,
            compiled_repr: None,
            origin: self.origin(span),
        };
        // Complete, the enum gives its enumerators their final type (C23 6.7.2.2, as GCC
        // does): the type later expressions of them compute in.
        let ty = new.constant_type();
        for e in &new.enumerators {
            if let Some(v) = e.value {
                self.consts.insert(e.name.clone(), Value::Int(v, ty));
            }
        }
        match self
            .cdef
            .enums
            .iter()
            .find(|x| !name_str.is_empty() && x.name == name_str)
        {
            Some(prev) => {
                let values = |e: &Enum| -> Vec<(String, Option<i128>)> {
                    e.enumerators
                        .iter()
                        .map(|x| (x.name.clone(), x.value))
                        .collect()
                };
                let first = (&(values(prev), prev.partial), &prev.origin.clone());
                self.repeated(
                    &format!("`enum {name_str}`"),
                    first,
                    &(values(&new), new.partial),
                    span,
                )?;
            }
            None => self.cdef.enums.push(new),
        }
        Ok(match name {
            Some(n) => Ty::Enum(n),
            // Anonymous enums name no type; their values are plain ints.
            None => Ty::Prim(Prim::Int),
        })
    }

    fn enumerators(&mut self, e: &EnumType, owner: &str, partial: bool) -> Result<Vec<Enumerator>> {
        let mut next = Some(0i128);
        let mut out = Vec::new();
        for en in &e.enumerators {
            let name = en.node.identifier.node.name.clone();
            let value = match (&en.node.expression, partial) {
                (_, true) => None,
                (Some(x), false) => Some(self.eval_int(x)?),
                (None, false) => next,
            };
            next = value.map(|v| v + 1);
            if let Some(v) = value {
                let ty = if self.target.fits(v, Prim::Int) {
                    Prim::Int
                } else {
                    Prim::Long
                };
                self.consts.insert(name.clone(), Value::Int(v, ty));
            }
            self.claim_name(&name, "enumerator", en.span)?;
            self.claim_enumerator(&name, owner, en.span)?;
            out.push(Enumerator { name, value });
        }
        Ok(out)
    }
}

impl Lowerer<'_> {
    /// An enumerator belongs to one enum: the same name in another is an error.
    fn claim_enumerator(&mut self, name: &str, owner: &str, span: Span) -> Result<()> {
        let line = self.line(span);
        match self.enumerator_owners.get(name) {
            Some((first, first_line)) if first != owner => err(
                span,
                format!(
                    "enumerator `{name}` is already declared in `{first}` on cdef line {first_line}"
                ),
            ),
            _ => {
                self.enumerator_owners
                    .insert(name.to_string(), (owner.to_string(), line));
                Ok(())
            }
        }
    }
}
