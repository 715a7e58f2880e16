//! Top-level declarations: functions, `extern "Rust"` functions, variables, constants and
//! typedefs, read as CFFI reads them:
//!
//! - a `const` object that is not an array is a *constant* (its value, not its address);
//! - any other object is a variable (`extern`, `static` or neither);
//! - a declaration repeated identically is bound once; a different repeat is an error.

use lang_c::ast::{
    Constant as CConstant, Declaration, Expression, FunctionDefinition, InitDeclarator,
    Initializer, StorageClassSpecifier, UnaryOperator,
};
use lang_c::span::{Node, Span};

use super::types::{Declared, Hint, Qualified, Specs, declarator_name};
use super::{Lowerer, Result, err};
use crate::cdef::text::{Attr, ContractAttr, Dots};
use crate::model::*;

impl Lowerer<'_> {
    pub(super) fn declaration(&mut self, decl: &Declaration, span: Span) -> Result<()> {
        let specs = self.specs(&decl.specifiers)?;
        let is_typedef = specs.is(StorageClassSpecifier::Typedef);
        if is_typedef && let Some(float) = self.probed_number_marker(&specs) {
            return self.probed_number_typedefs(decl, float, span);
        }
        // `typedef struct { … } name;` names the anonymous struct after the typedef;
        // `typedef struct { … } *name;` after what the pointer points at.
        let first = decl.declarators.first().map(|d| &d.node.declarator.node);
        let hint_name = first.filter(|_| is_typedef).and_then(declarator_name);
        let pointers = first.map_or(0, |d| {
            let all = d
                .derived
                .iter()
                .all(|p| matches!(p.node, lang_c::ast::DerivedDeclarator::Pointer(_)));
            if all { d.derived.len() } else { 0 }
        });
        let hint = match (&hint_name, first.map(|d| d.derived.is_empty())) {
            (Some(n), Some(true)) => Some(Hint::Typedef(n)),
            (Some(n), _) if pointers > 0 => Some(Hint::Pointee(n, pointers)),
            _ => None,
        };
        let base = self.base_type(&specs.types, specs.quals, hint, span)?;
        self.attributes_after_specifiers(decl, &base, span)?;
        let Some(base) = base else {
            return self.opaque_typedefs(decl, is_typedef, span);
        };
        // Marked at `extern`, or (inside `extern "Rust" { … }`) where the declaration starts.
        let extern_rust = specs
            .storage
            .and_then(|s| self.markers.extern_rust.remove(&s.span.start))
            .or_else(|| self.markers.extern_rust.remove(&span.start));
        for init in &decl.declarators {
            self.declare_one(&specs, base.clone(), init, extern_rust, span)?;
        }
        Ok(())
    }

    /// Header text may define functions (`static inline`): bind them as declared.
    pub(super) fn definition_as_declaration(
        &mut self,
        f: &FunctionDefinition,
        span: Span,
    ) -> Result<()> {
        let specs = self.specs(&f.specifiers)?;
        let Some(base) = self.base_type(&specs.types, specs.quals, None, span)? else {
            return err(
                span,
                "`...` as a type is only allowed as `typedef ... name;`",
            );
        };
        let d = self.declarator(base, &f.declarator)?;
        match (d.name, d.ty) {
            (Some(name), Ty::Fn(sig)) => {
                let contract = self.contract(&sig, span);
                self.add_function((name, *sig, d.asm_name), contract, span, span)
            }
            _ => err(span, "expected a function definition"),
        }
    }

    /// `struct s { … } __attribute__((packed));`: attributes between the specifiers and the
    /// first declarator belong to the record the specifiers define.
    fn attributes_after_specifiers(
        &mut self,
        decl: &Declaration,
        base: &Option<Qualified>,
        span: Span,
    ) -> Result<()> {
        let Some(last) = decl.specifiers.last() else {
            return Ok(());
        };
        let end = decl.declarators.first().map_or(span.end, |d| d.span.start);
        let attrs = self.take_type_attrs(last.span.end, end);
        if attrs.is_empty() {
            return Ok(());
        }
        let unsupported = attrs.iter().find_map(|a| match a {
            Attr::Unsupported(name) => Some(name.clone()),
            _ => None,
        });
        match (base, unsupported) {
            (Some((Ty::Record(name), _)), _) => self.apply_record_attributes(name, &attrs, span),
            (_, Some(name)) => err(
                span,
                format!("`__attribute__(({name}))` is not supported here"),
            ),
            _ => err(
                span,
                "`packed` and `aligned(N)` apply to a struct or union definition here",
            ),
        }
    }

    /// Attributes after a typedef's declarator that it can carry: `mode(…)` on an integer,
    /// `aligned(N)` on the anonymous struct it names (glibc's `__pthread_unwind_buf_t`).
    /// Others stay for the declaration to refuse.
    fn typedef_attributes(&mut self, ty: Ty, name: &str, from: usize, span: Span) -> Result<Ty> {
        let offsets: Vec<usize> = self
            .markers
            .attributes
            .range(from..span.end.max(from))
            .map(|(o, _)| *o)
            .collect();
        let mut ty = ty;
        for at in offsets {
            let attrs = self.markers.attributes.remove(&at).unwrap_or_default();
            let mut rest = Vec::new();
            for a in attrs {
                match a {
                    Attr::Mode(mode) => ty = self.apply_mode(&ty, &mode, span)?,
                    Attr::Aligned(n) if matches!(&ty, Ty::Record(r) if r == name) => {
                        let n = self.alignment(n, span)?;
                        self.align_typedef_record(name, n, span)?;
                    }
                    other => rest.push(other),
                }
            }
            if !rest.is_empty() {
                self.markers.attributes.insert(at, rest);
            }
        }
        Ok(ty)
    }

    /// What the attributes in `span` (the declaration of a function with signature `sig`)
    /// and the `counted_by`s on its parameters promise.
    fn contract(&mut self, sig: &FnSig, span: Span) -> Contract {
        let mut c = Contract::default();
        let attrs = self.take_contract_attrs(span.start, span.end);
        let param = |n: usize| n.checked_sub(1).filter(|i| *i < sig.params.len());
        for a in attrs {
            match a {
                ContractAttr::Access(mode, ptr, Some(size)) => {
                    if let (Some(ptr), Some(size)) = (param(ptr), param(size)) {
                        let writes = mode != "read_only";
                        c.accesses.push(Access {
                            ptr,
                            size,
                            writes,
                            bytes: false,
                        });
                    }
                }
                ContractAttr::Access(..) | ContractAttr::CountedBy { .. } => {}
                ContractAttr::NonNull(list) => {
                    // `nonnull` alone: every pointer (an empty list).
                    let known: Vec<usize> = list.iter().filter_map(|n| param(*n)).collect();
                    if list.is_empty() || !known.is_empty() {
                        c.add_nonnull(Some(known));
                    }
                }
                ContractAttr::ReturnsNonNull => c.returns_nonnull = true,
                ContractAttr::Stdcall => c.stdcall = true,
                ContractAttr::Dealloc(f, n) => c.dealloc = Some((f, n.saturating_sub(1))),
            }
        }
        for (ptr, len, bytes) in std::mem::take(&mut self.counted) {
            let size = sig
                .params
                .iter()
                .position(|p| p.name.as_deref() == Some(&len));
            if let Some(size) = size {
                let writes =
                    !matches!(&sig.params[ptr].ty, Ty::Ptr { quals, .. } if quals.is_const);
                c.accesses.push(Access {
                    ptr,
                    size,
                    writes,
                    bytes,
                });
            }
        }
        c
    }

    /// `typedef struct { … } t __attribute__((aligned(N)));`: GCC aligns the typedef without
    /// padding its size, so it is the struct aligned only when its size is a multiple of N
    /// (glibc's 104-byte `__pthread_unwind_buf_t`, aligned to 16, is no Rust type).
    fn align_typedef_record(&mut self, name: &str, n: u64, span: Span) -> Result<()> {
        let sizes = crate::layout::Sizes::from_target(self.target);
        let Some(r) = self.cdef.records.iter().position(|r| r.name == name) else {
            return Ok(());
        };
        let size = crate::layout::record(&self.cdef, &sizes, &self.cdef.records[r])
            .map(|l| l.layout.size)
            .unwrap_or(0);
        if !size.is_multiple_of(n) {
            // The struct has no name but this typedef's: it goes with it.
            self.cdef.records.remove(r);
            return err(
                span,
                format!(
                    "`aligned({n})` on this typedef gives a {size}-byte type an alignment of {n} \
                     (GCC does not pad a typedef), which no Rust type can have"
                ),
            );
        }
        self.cdef.records[r].align = Some(n);
        Ok(())
    }

    /// `typedef int register_t __attribute__((__mode__(__word__)));`: the integer of the
    /// mode's width, signed as the declared type is.
    fn apply_mode(&self, ty: &Ty, mode: &str, span: Span) -> Result<Ty> {
        let bits = match mode {
            "QI" | "byte" => 8,
            "HI" => 16,
            "SI" => 32,
            "DI" => 64,
            "word" | "pointer" => self.target.pointer_bits(),
            other => {
                return err(
                    span,
                    format!("`__attribute__((mode({other})))` has no Rust equivalent"),
                );
            }
        };
        let signed = match self.cdef.resolve(ty) {
            Ty::Prim(p) if !p.is_float() => self.target.is_signed(*p),
            _ => return err(span, "`__attribute__((mode(…)))` needs an integer type"),
        };
        Ok(Ty::Prim(match (bits, signed) {
            (8, true) => Prim::I8,
            (16, true) => Prim::I16,
            (32, true) => Prim::I32,
            (8, false) => Prim::U8,
            (16, false) => Prim::U16,
            (32, false) => Prim::U32,
            (_, true) => Prim::I64,
            (_, false) => Prim::U64,
        }))
    }

    fn declare_one(
        &mut self,
        specs: &Specs,
        base: Qualified,
        init: &Node<InitDeclarator>,
        extern_rust: Option<bool>,
        span: Span,
    ) -> Result<()> {
        let d = self.declarator(base, &init.node.declarator)?;
        let Some(name) = d.name.clone() else {
            return err(init.span, "expected a name in this declaration");
        };
        if specs.is(StorageClassSpecifier::Typedef) {
            if d.quals.is_const {
                self.const_typedefs.insert(name.clone());
            }
            let ty = self.typedef_attributes(d.ty, &name, init.span.start, span)?;
            return self.add_typedef(name, TypedefTarget::Ty(ty), span, init.span);
        }
        // `typedef double func_t(double); func_t sin;` declares a function too.
        let ty = match self.cdef.resolve(&d.ty) {
            f @ Ty::Fn(_) => f.clone(),
            _ => d.ty.clone(),
        };
        match (&ty, extern_rust) {
            (Ty::Fn(sig), Some(plus_c)) => {
                if plus_c {
                    self.cdef.rust_also_c.push(name.clone());
                }
                self.add_rust_function(name, (**sig).clone(), span, init.span)
            }
            (Ty::Fn(sig), None) => {
                if let Some(i) = &init.node.initializer {
                    return err(i.span, "a function cannot have an initializer");
                }
                let declared = (name, (**sig).clone(), d.asm_name);
                let contract = self.contract(&declared.1, span);
                self.add_function(declared, contract, span, init.span)
            }
            (_, Some(_)) => err(
                init.span,
                "`extern \"Rust\"` declares a function that C calls and Rust implements",
            ),
            (_, None) => self.object(name, d, init.node.initializer.as_ref(), span, init.span),
        }
    }

    /// A variable or, when `const` and not an array, a constant.
    fn object(
        &mut self,
        name: String,
        d: Declared,
        initializer: Option<&Node<Initializer>>,
        span: Span,
        at: Span,
    ) -> Result<()> {
        let is_constant = d.quals.is_const && !matches!(d.ty, Ty::Array(..))
            || initializer.is_some_and(|i| self.integer_literal(&d.ty, i));
        if !is_constant {
            if let Some(i) = initializer {
                return err(
                    i.span,
                    "a cdef declares, it does not define: drop the initializer (a `const` \
                     object with an initializer, or an integer with a literal one, is a \
                     constant)",
                );
            }
            return self.add_global(name, d, span, at);
        }
        let source = match initializer {
            Some(i) => self.initializer_value(&d.ty, i)?,
            None => (ConstSource::ProbedTyped(d.ty.clone()), None),
        };
        let constant = Constant {
            name,
            source: source.0,
            value: source.1,
            origin: self.origin(span),
        };
        self.add_constant(constant, at)
    }

    /// `int N = 42;` (or `-42`): CFFI's other spelling of a constant, as `#define N 42`
    /// (brotlicffi's `int BROTLI_DEFAULT_QUALITY = 11;`). Any other initializer of a
    /// non-`const` object stays an error: C would define a variable.
    fn integer_literal(&self, ty: &Ty, init: &Node<Initializer>) -> bool {
        let integer = match self.cdef.resolve(ty) {
            Ty::Prim(p) => !p.is_float(),
            Ty::Enum(_) => true,
            _ => false,
        };
        let Initializer::Expression(x) = &init.node else {
            return false;
        };
        let literal = |x: &Expression| match x {
            Expression::Constant(c) => matches!(c.node, CConstant::Integer(_)),
            _ => false,
        };
        integer
            && match &x.node {
                Expression::UnaryOperator(u) => {
                    u.node.operator.node == UnaryOperator::Minus && literal(&u.node.operand.node)
                }
                other => literal(other),
            }
    }

    /// `static const int X = 1 << 3;`: the value, converted to the declared type. A brace
    /// initializer (zstd.h's `static ZSTD_customMem const ZSTD_defaultCMem = { NULL, NULL,
    /// NULL };`) is C's to evaluate: the constant is read from C, as CFFI reads it.
    fn initializer_value(
        &mut self,
        ty: &Ty,
        init: &Node<Initializer>,
    ) -> Result<(ConstSource, Option<ConstValue>)> {
        let x = match &init.node {
            Initializer::Expression(x) => x,
            Initializer::List(_) => return Ok((ConstSource::ProbedTyped(ty.clone()), None)),
        };
        if let Expression::StringLiteral(s) = &x.node {
            let text: String = s.node.join(" ");
            let bytes =
                crate::cdef::literal::parse_strings(&text).map_err(|m| super::LowerError {
                    offset: x.span.start,
                    message: m,
                })?;
            return Ok((ConstSource::Typed(ty.clone()), Some(ConstValue::Str(bytes))));
        }
        let value = self.eval(x)?;
        let converted = self.convert_to(ty, value, x.span)?;
        Ok((ConstSource::Typed(ty.clone()), Some(converted)))
    }

    fn opaque_typedefs(&mut self, decl: &Declaration, is_typedef: bool, span: Span) -> Result<()> {
        if !is_typedef {
            return err(
                span,
                "`...` as a type is only allowed as `typedef ... name;`",
            );
        }
        for d in &decl.declarators {
            let node = &d.node.declarator.node;
            let Some(name) = declarator_name(node) else {
                return err(d.span, "`typedef ... name;` declares a plain name");
            };
            match node.derived.as_slice() {
                [] => self.add_typedef(name, TypedefTarget::Opaque(None), span, d.span)?,
                // `typedef ... *t;`: a pointer to a type C never shows.
                [p] if matches!(p.node, lang_c::ast::DerivedDeclarator::Pointer(_)) => {
                    let pointee = format!("{name}_pointee");
                    self.cdef.records.push(Record {
                        kind: RecordKind::Struct,
                        name: pointee.clone(),
                        c_spelling: None,
                        fields: None,
                        partial: false,
                        packed: false,
                        pack: None,
                        align: None,
                        layout: None,
                        origin: self.origin(span),
                    });
                    let ty = Ty::ptr(Ty::Record(pointee), false);
                    self.add_typedef(name, TypedefTarget::Ty(ty), span, d.span)?;
                }
                _ => {
                    return err(
                        d.span,
                        "`typedef ... name;` declares a plain name (or `typedef ... *name;`)",
                    );
                }
            }
        }
        Ok(())
    }

    /// `typedef int... t;` / `typedef double... t;`: `Some(is_float)` if marked (at the
    /// first type word).
    fn probed_number_marker(&mut self, specs: &Specs) -> Option<bool> {
        let at = specs.types.first()?.span.start;
        if self.take_dot_at(at, Dots::IntType) {
            Some(false)
        } else if self.take_dot_at(at, Dots::FloatType) {
            Some(true)
        } else {
            None
        }
    }

    fn probed_number_typedefs(
        &mut self,
        decl: &Declaration,
        float: bool,
        span: Span,
    ) -> Result<()> {
        for d in &decl.declarators {
            let node = &d.node.declarator.node;
            match declarator_name(node).filter(|_| node.derived.is_empty()) {
                Some(name) => {
                    let target = TypedefTarget::ProbedNumber { float };
                    self.add_typedef(name, target, span, d.span)?;
                }
                None => return err(d.span, "`typedef int... name;` declares a plain name"),
            }
        }
        Ok(())
    }

    fn add_typedef(
        &mut self,
        name: String,
        target: TypedefTarget,
        span: Span,
        at: Span,
    ) -> Result<()> {
        // `typedef struct s s;` and `typedef struct { … } s;` need no alias in Rust.
        if let TypedefTarget::Ty(Ty::Record(n) | Ty::Enum(n)) = &target
            && *n == name
        {
            return Ok(());
        }
        if self.restates_predeclared(&name, &target) {
            return Ok(());
        }
        if self.replaces_seed(&name) {
            if self.keeps_seeds_typedef(&name, &target, at)? {
                return self.claim_name(&name, "typedef", at);
            }
            self.cdef.typedefs.retain(|t| t.name != name);
        }
        self.claim_name(&name, "typedef", at)?;
        if let Some(prev) = self.cdef.typedef(&name) {
            let first = (&prev.target, &prev.origin.clone());
            self.repeated(&format!("`typedef … {name}`"), first, &target, at)?;
            return Ok(());
        }
        let origin = self.origin(span);
        // `typedef int... t;` says it is a number; `typedef ... t;` waits for the probe.
        let arithmetic = matches!(target, TypedefTarget::ProbedNumber { .. });
        self.cdef.typedefs.push(Typedef {
            name,
            target,
            origin,
            arithmetic,
        });
        Ok(())
    }

    /// Whether a cdef's `typedef` of a name its seed typedefs (a header, or an `include`d
    /// block) keeps the seed's. The header's is what C compiles the header's functions
    /// with, and an included block's is the Rust type the name stays, so a cdef may restate
    /// it (or say `int...` or `...`, which defer to it) but not change it: a `time_t` that
    /// is `int` in Rust and `long` in C would let C write past it.
    fn keeps_seeds_typedef(&self, name: &str, target: &TypedefTarget, at: Span) -> Result<bool> {
        let Some(prev) = self.cdef.typedef(name) else {
            return Ok(false);
        };
        let agrees = match (target, &prev.target) {
            (TypedefTarget::Ty(ours), TypedefTarget::Ty(theirs)) => {
                self.cdef.same_type(ours, theirs)
            }
            (TypedefTarget::Ty(_), _) => false,
            (TypedefTarget::Opaque(_) | TypedefTarget::ProbedNumber { .. }, _) => true,
        };
        if agrees {
            return Ok(true);
        }
        let (place, owner) = match prev.origin.header {
            Some(_) => (
                format!("on {}", super::declared_at(&prev.origin)),
                "the header's functions use the header's, so leave it to the header",
            ),
            None => (
                "in the included block".to_string(),
                "the name stays that block's type, so leave it to that block",
            ),
        };
        err(
            at,
            format!(
                "`typedef … {name}` conflicts with its declaration {place}: `{}`; {owner} (or \
                 write `typedef ... {name};`)",
                prev.origin.text
            ),
        )
    }

    /// In ABI mode, a cdef's function or variable over a header's must have the header's
    /// type: no compiler converts between the two, so `int time(int *)` over glibc's
    /// `time_t time(time_t *)` would let C write 8 bytes through a pointer to 4. API
    /// mode's glue converts what C converts and refuses the rest itself.
    fn agrees_without_glue(
        &self,
        name: &str,
        theirs: Option<(Ty, Origin)>,
        ours: &Ty,
        at: Span,
    ) -> Result<()> {
        let Some((ty, origin)) = theirs.filter(|(_, o)| o.header.is_some() && !self.api_mode)
        else {
            return Ok(());
        };
        if self.cdef.same_type(&ty, ours) {
            return Ok(());
        }
        err(
            at,
            format!(
                "`{name}` conflicts with its declaration on {}: `{}`; ABI mode has no \
                 compiler to convert between the two, so leave it to the header (or add a \
                 `source` for API mode)",
                super::declared_at(&origin),
                origin.text
            ),
        )
    }

    /// Whether `typedef … size_t;` (as every libc header has it) names the integer type
    /// `size_t` already means here: then `size_t` stays `usize`, not the header's spelling
    /// (`c_ulong`), so one Rust type stands for it whether or not a header was read.
    fn restates_predeclared(&self, name: &str, target: &TypedefTarget) -> bool {
        let (Some(p), TypedefTarget::Ty(ty)) = (Prim::predeclared(name), target) else {
            return false;
        };
        let Ty::Prim(q) = self.cdef.resolve(ty) else {
            return false;
        };
        let t = self.target;
        !q.is_float()
            && !p.is_float()
            && t.bits(*q) == t.bits(p)
            && t.is_signed(*q) == t.is_signed(p)
    }

    fn add_function(
        &mut self,
        (name, sig, asm_name): (String, FnSig, Option<String>),
        contract: Contract,
        span: Span,
        at: Span,
    ) -> Result<()> {
        if self.replaces_seed(&name) {
            let header = self.cdef.functions.iter().find(|f| f.name == name);
            let theirs = header.map(|f| (Ty::Fn(Box::new(f.sig.clone())), f.origin.clone()));
            self.agrees_without_glue(&name, theirs, &Ty::Fn(Box::new(sig.clone())), at)?;
            self.cdef.functions.retain(|f| f.name != name);
        }
        self.claim_name(&name, "function", at)?;
        // glibc declares `sscanf`, then again with `__asm__("__isoc99_sscanf")`: the later
        // label names the symbol, as in C.
        if let Some(prev) =
            self.cdef.functions.iter_mut().find(|f| {
                f.name == name && f.asm_name.is_none() && f.sig.unnamed() == sig.unnamed()
            })
            && asm_name.is_some()
        {
            prev.asm_name = asm_name;
            prev.contract.merge(contract);
            return Ok(());
        }
        if let Some(prev) = self.cdef.functions.iter().find(|f| f.name == name) {
            let first = (
                &(prev.sig.unnamed(), prev.asm_name.clone()),
                &prev.origin.clone(),
            );
            let again = (sig.unnamed(), asm_name);
            self.repeated(&format!("`{name}`"), first, &again, at)?;
            if let Some(prev) = self.cdef.functions.iter_mut().find(|f| f.name == name) {
                prev.contract.merge(contract);
            }
            return Ok(());
        }
        let origin = self.origin(span);
        let mut f = Function::new(name, sig, asm_name, origin);
        f.contract = contract;
        self.cdef.functions.push(f);
        Ok(())
    }

    fn add_rust_function(&mut self, name: String, sig: FnSig, span: Span, at: Span) -> Result<()> {
        self.claim_name(&name, "`extern \"Rust\"` function", at)?;
        if sig.variadic {
            return err(at, "an `extern \"Rust\"` function cannot be variadic");
        }
        if let Some(prev) = self.cdef.rust_functions.iter().find(|f| f.name == name) {
            let first = (&prev.sig.unnamed(), &prev.origin.clone());
            self.repeated(&format!("`{name}`"), first, &sig.unnamed(), at)?;
            return Ok(());
        }
        let origin = self.origin(span);
        self.cdef
            .rust_functions
            .push(Function::new(name, sig, None, origin));
        Ok(())
    }

    fn add_global(&mut self, name: String, d: Declared, span: Span, at: Span) -> Result<()> {
        if self.replaces_seed(&name) {
            let header = self.cdef.globals.iter().find(|g| g.name == name);
            let theirs = header.map(|g| (g.ty.clone(), g.origin.clone()));
            self.agrees_without_glue(&name, theirs, &d.ty, at)?;
            self.cdef.globals.retain(|g| g.name != name);
        }
        self.claim_name(&name, "variable", at)?;
        if let Some(prev) = self.cdef.globals.iter().find(|g| g.name == name) {
            let first = (&(prev.ty.clone(), prev.is_const), &prev.origin.clone());
            self.repeated(&format!("`{name}`"), first, &(d.ty, d.quals.is_const), at)?;
            return Ok(());
        }
        let origin = self.origin(span);
        self.cdef.globals.push(Global {
            name,
            ty: d.ty,
            is_const: d.quals.is_const,
            asm_name: d.asm_name,
            origin,
        });
        Ok(())
    }

    pub(super) fn add_constant(&mut self, c: Constant, at: Span) -> Result<()> {
        if self.replaces_seed(&c.name) {
            self.cdef.constants.retain(|k| k.name != c.name);
        }
        self.claim_name(&c.name, "constant", at)?;
        if let Some(prev) = self.cdef.constants.iter().find(|p| p.name == c.name) {
            let first = (
                &(prev.source.clone(), prev.value.clone()),
                &prev.origin.clone(),
            );
            let again = (c.source, c.value);
            self.repeated(&format!("`{}`", c.name), first, &again, at)?;
            return Ok(());
        }
        self.cdef.constants.push(c);
        Ok(())
    }
}
