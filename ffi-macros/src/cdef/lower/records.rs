//! Structs and unions: fields, bit-fields, anonymous members, `packed`/`aligned`.

use lang_c::ast::{
    StructDeclaration, StructDeclarator, StructField, StructKind, StructType, TypeSpecifier,
};
use lang_c::span::{Node, Span};

use super::types::{Hint, Qualified, declarator_name};
use super::{Lowerer, Result, err};
use crate::cdef::text::{Attr, Dots};
use crate::model::*;

/// A record while its fields are lowered.
struct Building {
    name: String,
    fields: Vec<Field>,
    anonymous: usize,
}

impl Lowerer<'_> {
    pub(super) fn record(&mut self, s: &StructType, span: Span, hint: Option<Hint>) -> Result<Ty> {
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
        let c_spelling = match &tag {
            Some(t) => Some(format!("{} {t}", kind.keyword())),
            None => hint.and_then(Hint::c_spelling),
        };
        let Some(declarations) = &s.declarations else {
            if existing.is_none() {
                let origin = self.origin(span);
                self.cdef
                    .records
                    .push(opaque(kind, name.clone(), c_spelling, origin));
            }
            return Ok(Ty::Record(name));
        };
        let brace = self.parsed[span.start..span.end]
            .find('{')
            .map_or(span.end, |b| span.start + b);
        let attrs = self.take_attrs(span.start, brace);
        let fields = self.fields(&name, declarations)?;
        // Nested records claimed their own `...;` while their fields were lowered. A
        // `[...]` field asks the compiler too: then so does the layout (CFFI's reading).
        let partial =
            self.take_dots(span.start, span.end, Dots::Fields) | has_probed_array(&fields);
        let record = Record {
            kind,
            name: name.clone(),
            c_spelling,
            fields: Some(fields),
            partial,
            packed: false,
            pack: self.pack_at(span.start),
            align: None,
            layout: None,
            origin: self.origin(span),
        };
        // Fields like `struct s *next` may have declared the record while we lowered them.
        let existing = self.cdef.records.iter().position(|r| r.name == name);
        self.define_record(record, existing, span)?;
        self.apply_record_attributes(&name, &attrs, span)?;
        Ok(Ty::Record(name))
    }

    /// Stores a definition; a repeated identical one is fine, another is an error.
    fn define_record(&mut self, record: Record, existing: Option<usize>, span: Span) -> Result<()> {
        let Some(i) = existing else {
            self.cdef.records.push(record);
            return Ok(());
        };
        let prev = &self.cdef.records[i];
        if prev.fields.is_none() {
            self.cdef.records[i] = record;
            return Ok(());
        }
        let shape = |r: &Record| -> Vec<(String, Ty, Option<u32>)> {
            r.fields()
                .iter()
                .map(|f| (f.name.clone(), f.ty.clone(), f.bits))
                .collect()
        };
        let what = format!("`{} {}`", record.kind.keyword(), record.name);
        let first = (&(shape(prev), prev.partial), &prev.origin.clone());
        self.repeated(&what, first, &(shape(&record), record.partial), span)?;
        Ok(())
    }

    pub(super) fn apply_record_attributes(
        &mut self,
        name: &str,
        attrs: &[Attr],
        span: Span,
    ) -> Result<()> {
        let Some(i) = self.cdef.records.iter().position(|r| r.name == name) else {
            return Ok(());
        };
        for a in attrs {
            match a {
                Attr::Packed => self.cdef.records[i].packed = true,
                Attr::Aligned(n) => {
                    let n = self.alignment(*n, span)?;
                    self.cdef.records[i].align = Some(n);
                }
                Attr::Unsupported(attr) => {
                    return err(
                        span,
                        format!("`__attribute__(({attr}))` on a struct is not supported"),
                    );
                }
                Attr::Contract(_) => {}
                other => return err(span, super::unused_attribute(other)),
            }
        }
        let r = &self.cdef.records[i];
        if r.packed && r.align.is_some() {
            return err(
                span,
                "a struct both `packed` and `aligned(N)` has no Rust equivalent (`#[repr(packed)]` \
                 and `#[repr(align)]` cannot be combined)",
            );
        }
        Ok(())
    }

    /// `aligned(N)`: a power of two; plain `aligned` is the target's largest alignment.
    pub(super) fn alignment(&self, n: Option<u64>, span: Span) -> Result<u64> {
        let n = n.unwrap_or(16);
        if !n.is_power_of_two() || n > 1 << 28 {
            return err(
                span,
                format!("`aligned({n})`: an alignment must be a power of two"),
            );
        }
        Ok(n)
    }

    fn fields(
        &mut self,
        name: &str,
        declarations: &[Node<StructDeclaration>],
    ) -> Result<Vec<Field>> {
        let mut b = Building {
            name: name.to_string(),
            fields: Vec::new(),
            anonymous: 0,
        };
        for decl in declarations {
            let StructDeclaration::Field(f) = &decl.node else {
                continue;
            };
            self.field_declaration(&mut b, &f.node, f.span)?;
        }
        Ok(b.fields)
    }

    /// `int a, b : 3;` or an anonymous member `union { … };`.
    fn field_declaration(&mut self, b: &mut Building, f: &StructField, span: Span) -> Result<()> {
        let (types, quals) = self.specifier_qualifiers(&f.specifiers);
        if f.declarators.is_empty() {
            return self.anonymous_member(b, &types, span);
        }
        let field_hint = |d: &Node<StructDeclarator>| {
            let n = d
                .node
                .declarator
                .as_ref()
                .and_then(|d| declarator_name(&d.node));
            format!("{}_{}", b.name, n.as_deref().unwrap_or("field"))
        };
        let hint = field_hint(&f.declarators[0]);
        let Some(base) = self.base_type(&types, quals, Some(Hint::Field(&hint)), span)? else {
            return err(
                span,
                "`...` as a type is only allowed as `typedef ... name;`",
            );
        };
        let align = self.field_alignment(span)?;
        for d in &f.declarators {
            let mut field = self.field(b, base.clone(), d)?;
            field.align = align;
            b.fields.push(field);
        }
        Ok(())
    }

    fn field_alignment(&mut self, span: Span) -> Result<Option<u64>> {
        let mut align = None;
        for a in self.take_attrs(span.start, span.end) {
            match a {
                Attr::Aligned(n) => align = Some(self.alignment(n, span)?),
                Attr::Packed => return err(span, "`packed` on a single field is not supported"),
                Attr::Unsupported(name) => {
                    return err(
                        span,
                        format!("`__attribute__(({name}))` on a field is not supported"),
                    );
                }
                Attr::Contract(_) => {}
                other => return err(span, super::unused_attribute(&other)),
            }
        }
        Ok(align)
    }

    fn field(
        &mut self,
        b: &Building,
        base: Qualified,
        d: &Node<StructDeclarator>,
    ) -> Result<Field> {
        let declared = match &d.node.declarator {
            Some(decl) => Some(self.declarator(base.clone(), decl)?),
            None => None,
        };
        let name = declared.as_ref().and_then(|x| x.name.clone());
        let ty = declared.map_or(base.0, |x| x.ty);
        let bits = match &d.node.bit_width {
            Some(w) => Some(self.bit_width(&ty, name.as_deref(), w)?),
            None => None,
        };
        let name = match (name, bits) {
            (Some(n), _) => n,
            (None, Some(_)) => String::new(),
            (None, None) => return err(d.span, "expected a field name"),
        };
        self.check_complete(b, &name, &ty, d.span)?;
        Ok(Field {
            line: self.line(d.span),
            name,
            ty,
            bits,
            anonymous: false,
            align: None,
            place: None,
        })
    }

    fn bit_width(
        &mut self,
        ty: &Ty,
        name: Option<&str>,
        w: &Node<lang_c::ast::Expression>,
    ) -> Result<u32> {
        let width = self.eval_int(w)?;
        let label = name.map_or_else(
            || "an unnamed bit-field".to_string(),
            |n| format!("bit-field `{n}`"),
        );
        let Some(max) = self.integer_bits(ty) else {
            return err(
                w.span,
                format!("{label} must have an integer, `_Bool` or enum type"),
            );
        };
        if width < 0 || width > i128::from(max) {
            return err(
                w.span,
                format!("{label} is {width} bits wide; its type has {max}"),
            );
        }
        if width == 0 && name.is_some() {
            return err(
                w.span,
                format!("{label} has width 0; only unnamed bit-fields may"),
            );
        }
        Ok(width as u32)
    }

    /// The width of an integer type (enums by their underlying type); `None` otherwise.
    fn integer_bits(&self, ty: &Ty) -> Option<u32> {
        match self.cdef.resolve(ty) {
            Ty::Prim(p) if !p.is_float() => Some(self.target.bits(*p)),
            Ty::Enum(e) => self.cdef.enum_(e).map(|e| self.target.bits(e.repr())),
            _ => None,
        }
    }

    /// A field's type must be complete: no `void`, no incomplete struct, not itself.
    fn check_complete(&mut self, b: &Building, field: &str, ty: &Ty, span: Span) -> Result<()> {
        let mut inner = self.cdef.resolve(ty);
        while let Ty::Array(elem, len) = inner {
            if *len == ArrayLen::Unknown {
                return Ok(()); // a flexible array member: its elements are never stored here
            }
            inner = self.cdef.resolve(elem);
        }
        match inner {
            Ty::Record(n) if *n == b.name => err(
                span,
                format!(
                    "`{}` contains itself by value (field `{field}`): use a pointer",
                    b.name
                ),
            ),
            Ty::Record(n) if self.cdef.record(n).is_none_or(|r| r.fields.is_none()) => {
                let pending = (n.clone(), field.to_string(), span);
                self.pending_fields.push(pending);
                Ok(())
            }
            Ty::Void => err(span, format!("field `{field}` has type `void`")),
            Ty::Fn(_) => err(
                span,
                format!("field `{field}` has a function type: use a pointer"),
            ),
            _ => Ok(()),
        }
    }

    /// `struct s { union { int i; float f; }; }`: a member without a name, whose own
    /// members the outer record exposes. A tagged struct defined here without a field is
    /// only a declaration.
    fn anonymous_member(
        &mut self,
        b: &mut Building,
        types: &[&Node<TypeSpecifier>],
        span: Span,
    ) -> Result<()> {
        let [spec] = types else {
            return err(span, "expected a field name");
        };
        let TypeSpecifier::Struct(s) = &spec.node else {
            return err(span, "expected a field name");
        };
        if s.node.identifier.is_some() {
            return self.record(&s.node, s.span, None).map(drop);
        }
        let n = b.anonymous;
        b.anonymous += 1;
        let mut field_name = format!("anon{n}");
        while b.fields.iter().any(|f| f.name == field_name) {
            field_name.push('_');
        }
        let type_name = format!("{}_{field_name}", b.name);
        let ty = self.record(&s.node, s.span, Some(Hint::Field(&type_name)))?;
        b.fields.push(Field {
            line: self.line(span),
            name: field_name,
            ty,
            bits: None,
            anonymous: true,
            align: None,
            place: None,
        });
        Ok(())
    }
}

fn has_probed_array(fields: &[Field]) -> bool {
    fields.iter().any(|f| {
        let mut probed = false;
        f.ty.walk(&mut |t| probed |= matches!(t, Ty::Array(_, ArrayLen::Probed)));
        probed
    })
}

fn opaque(kind: RecordKind, name: String, c_spelling: Option<String>, origin: Origin) -> Record {
    Record {
        kind,
        name,
        c_spelling,
        fields: None,
        partial: false,
        packed: false,
        pack: None,
        align: None,
        layout: None,
        origin,
    }
}
