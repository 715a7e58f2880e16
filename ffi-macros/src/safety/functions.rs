//! One function's safe wrapper: its annotation's rules first, then its header's
//! contract, then the defaults; every parameter covered, or no safe wrapper.

use proc_macro2::Span;

use super::{Handle, Keep, Lend, Out, ParamPlan, Plan, RetPlan};
use crate::errors::Errors;
use crate::input::safe::{Entry, ParamSpec, RetSpec, SpecKind, Target};
use crate::model::*;

pub struct Rules<'a> {
    pub cdef: &'a Cdef,
    pub handles: &'a [Handle],
    /// The block's annotation that names the function, or the glob that matches it.
    pub entry: Option<&'a Entry>,
}

/// Builds one plan; what does not fit is a problem, reported when the annotation names the
/// function exactly (a glob only offers: a function it cannot cover keeps its wrapper).
struct Builder<'a> {
    r: &'a Rules<'a>,
    f: &'a Function,
    names: Vec<String>,
    params: Vec<Option<ParamPlan>>,
    /// Parameters an annotation's rule named: when the rule fails, that is the error.
    named: Vec<bool>,
    reasons: Vec<String>,
    problems: Vec<syn::Error>,
}

pub fn plan(r: &Rules, f: &Function, errors: &mut Errors) -> Option<Plan> {
    let exact = r.entry.filter(|e| matches!(e.target, Target::Name(_)));
    let mut b = Builder {
        r,
        f,
        names: f.sig.param_names(),
        params: vec![None; f.sig.params.len()],
        named: vec![false; f.sig.params.len()],
        reasons: Vec::new(),
        problems: Vec::new(),
    };
    let plan = b.build();
    match (exact, b.problems.is_empty()) {
        (Some(_), false) => {
            for p in b.problems {
                errors.push(p);
            }
            None
        }
        (_, false) => None,
        (_, true) => plan.filter(|p| !is_todays(p)),
    }
}

/// A plan today's wrapper already is: values and strings in, a value out.
fn is_todays(p: &Plan) -> bool {
    p.ok.is_none()
        && matches!(p.ret, RetPlan::Value)
        && p.params
            .iter()
            .all(|p| matches!(p, ParamPlan::Value | ParamPlan::CStr { nullable: false }))
}

impl Builder<'_> {
    fn build(&mut self) -> Option<Plan> {
        if self.f.sig.variadic || self.r.cdef.converts(&self.f.sig) {
            self.problem(
                "is variadic, or passes a `long double` or opaque value: it has no safe wrapper",
            );
            return None;
        }
        let specs: &[ParamSpec] = self.r.entry.map_or(&[], |e| &e.params);
        for s in specs {
            self.spec(s);
        }
        self.accesses();
        self.defaults();
        let ret = self.ret()?;
        let ok = self.ok()?;
        let mut params = Vec::new();
        for (i, p) in self.params.clone().into_iter().enumerate() {
            match p {
                Some(p) => params.push(p),
                None if self.named[i] => {}
                None => {
                    let ty =
                        crate::toolchain::glue::declare(self.r.cdef, &self.f.sig.params[i].ty, "")
                            .unwrap_or_default();
                    self.problem(&format!(
                        "has parameter `{}` (`{ty}`) that no rule covers: give it one, or leave \
                         the function out of `safe`",
                        self.names[i]
                    ));
                }
            }
        }
        (params.len() == self.f.sig.params.len()).then(|| Plan {
            params,
            ret,
            ok,
            reasons: std::mem::take(&mut self.reasons),
        })
    }

    /// A problem with the annotation, at it (or at the function's entry).
    fn problem(&mut self, what: &str) {
        self.problem_at(self.entry_span(), &format!("`{}` {what}", self.f.name));
    }

    fn problem_at(&mut self, span: Span, what: &str) {
        self.problems.push(syn::Error::new(span, what));
    }

    fn entry_span(&self) -> Span {
        self.r
            .entry
            .map_or_else(Span::call_site, |e| e.target.span())
    }

    fn param_index(&mut self, name: &syn::Ident) -> Option<usize> {
        let found = self.names.iter().position(|n| name == n.as_str());
        if let Some(i) = found {
            self.named[i] = true;
        }
        if found.is_none() {
            let all = self.names.join(", ");
            self.problem_at(
                name.span(),
                &format!(
                    "`{}` has no parameter `{name}` (its parameters: {all}; an unnamed one is \
                     `argN`)",
                    self.f.name
                ),
            );
        }
        found
    }

    fn ty(&self, i: usize) -> &Ty {
        self.r.cdef.resolve(&self.f.sig.params[i].ty)
    }

    /// The handle type a parameter of type `ty` takes: the borrowed kind where one is
    /// declared (an owned handle lends one), else the owned kind.
    fn handle_of(&self, ty: &Ty) -> Option<usize> {
        let of = |owned: bool| {
            self.r.handles.iter().position(|h| {
                h.is_owned() == owned && !h.is_stream() && h.is_pointer(self.r.cdef, ty)
            })
        };
        of(false).or_else(|| of(true))
    }

    /// The owned handle type of `ty`, if any (outs, results, destructors).
    fn owned_of(&self, ty: &Ty) -> Option<usize> {
        self.r
            .handles
            .iter()
            .position(|h| h.is_owned() && !h.is_stream() && h.is_pointer(self.r.cdef, ty))
    }

    fn is_owned(&self, handle: usize) -> bool {
        self.r.handles[handle].is_owned()
    }
}

// ---- the rules, in the order they apply ---------------------------------------------

impl Builder<'_> {
    fn spec(&mut self, s: &ParamSpec) {
        let Some(i) = self.param_index(&s.name) else {
            return;
        };
        let span = s.name.span();
        let plan = match &s.kind {
            SpecKind::Slice {
                len,
                through_pointer,
            } => {
                let Some(n) = self.param_index(len) else {
                    return;
                };
                return self.slice(i, n, *through_pointer, false, span);
            }
            SpecKind::Out => self.out(i, span),
            SpecKind::Nullable => self.nullable(i, span),
            SpecKind::Mut | SpecKind::Own => {
                let mode = match s.kind {
                    SpecKind::Mut => Lend::Mut,
                    _ => Lend::Consumed,
                };
                self.lent_handle(i, mode, span)
            }
            SpecKind::Fixed(value) => Some(ParamPlan::Fixed(value.clone())),
            SpecKind::As(name) | SpecKind::New(name) | SpecKind::Io(name) => {
                self.stream(i, &s.kind, name)
            }
            SpecKind::Callback {
                data,
                kept,
                destroy,
            } => return self.callback(i, data, *kept, destroy.as_ref(), span),
        };
        if let Some(p) = plan {
            self.params[i] = Some(p);
        }
    }

    /// Parameter `i` as a slice whose length is parameter `n` (or `*n`).
    fn slice(&mut self, i: usize, n: usize, through_pointer: bool, bytes: bool, span: Span) {
        let Some((elem, is_const)) = slice_elem(self.r.cdef, self.ty(i), bytes) else {
            let what = format!(
                "parameter `{}` cannot be a slice: it is not a pointer to values",
                self.names[i]
            );
            return self.problem_at(span, &format!("`{}`: {what}", self.f.name));
        };
        let len_ty = match (through_pointer, self.ty(n)) {
            (true, Ty::Ptr { pointee, .. }) => self.r.cdef.resolve(pointee).clone(),
            (true, _) => {
                return self.problem_at(
                    span,
                    &format!(
                        "`{}`: `{}` is not a pointer to a length",
                        self.f.name, self.names[n]
                    ),
                );
            }
            (false, t) => t.clone(),
        };
        if !is_integer(&len_ty) {
            let what = format!(
                "the length parameter `{}` is not of an integer type",
                self.names[n]
            );
            return self.problem_at(span, &format!("`{}`: {what}", self.f.name));
        }
        let shares = matches!(
            self.params[n],
            Some(ParamPlan::Len { .. } | ParamPlan::LenInOut { .. })
        );
        if !shares {
            self.params[n] = Some(match through_pointer {
                true => ParamPlan::LenInOut { of: i, ty: len_ty },
                false => ParamPlan::Len { of: i },
            });
        }
        let mutable = !is_const || self.f.c_writes.contains(&i);
        self.params[i] = Some(ParamPlan::Slice {
            mutable,
            elem,
            len: n,
            shares,
        });
        let (p, l) = (&self.names[i], &self.names[n]);
        self.reasons.push(match through_pointer {
            false => format!("`{p}` is lent as a slice for the call, its length passed as `{l}`."),
            true => format!(
                "`{p}` is lent as a slice, its length passed through `{l}`; C's `*{l}` is returned."
            ),
        });
    }

    /// Parameter `i` as a closure, `data` its `void *`, `destroy` what frees a kept one.
    fn callback(
        &mut self,
        i: usize,
        data: &syn::Ident,
        kept: bool,
        destroy: Option<&syn::Ident>,
        span: Span,
    ) {
        let (Some(d), destroy) = (self.param_index(data), destroy.map(|x| self.param_index(x)))
        else {
            return;
        };
        let fail =
            |b: &mut Self, what: String| b.problem_at(span, &format!("`{}`: {what}", b.f.name));
        let Some(sig) = function_pointer(self.r.cdef, self.ty(i)) else {
            return fail(
                self,
                format!("`{}` is not a function pointer", self.names[i]),
            );
        };
        if !is_void_pointer(self.r.cdef, self.ty(d)) {
            return fail(
                self,
                format!(
                    "`{}`, the callback's data, is not a `void *`",
                    self.names[d]
                ),
            );
        }
        let is_data = |p: Option<&Param>| {
            p.is_some_and(|p| is_void_pointer(self.r.cdef, self.r.cdef.resolve(&p.ty)))
        };
        let data_first = is_data(sig.params.first());
        if sig.variadic || !(data_first || is_data(sig.params.last())) {
            return fail(
                self,
                format!(
                    "`{}` takes no `void *` first or last for its data",
                    self.names[i]
                ),
            );
        }
        let keep = match (kept, destroy) {
            (false, _) => Keep::Lent,
            (true, None) => Keep::Leaked,
            (true, Some(Some(x))) if frees_data(self.r.cdef, self.ty(x)) => {
                self.params[x] = Some(ParamPlan::CallbackDestroy);
                Keep::FreedBy(x)
            }
            (true, Some(Some(x))) => {
                return fail(
                    self,
                    format!("`{}` is not a `void (*)(void *)` destructor", self.names[x]),
                );
            }
            (true, Some(None)) => return,
        };
        self.params[d] = Some(ParamPlan::CallbackData);
        self.params[i] = Some(ParamPlan::Callback {
            sig,
            data_first,
            data: d,
            keep,
        });
        let (cb, data) = (&self.names[i], &self.names[d]);
        self.reasons.push(match keep {
            Keep::Lent => format!("`{cb}` is a closure C calls, with `{data}`, during the call."),
            Keep::Leaked => format!(
                "`{cb}` is a closure C keeps, with `{data}`, and may call later: it is never freed."
            ),
            Keep::FreedBy(x) => format!(
                "`{cb}` is a closure C keeps, with `{data}`, until it frees it through `{}`.",
                self.names[x]
            ),
        });
    }

    fn out(&mut self, i: usize, span: Span) -> Option<ParamPlan> {
        let Ty::Ptr { pointee, .. } = self.ty(i) else {
            self.problem_at(
                span,
                &format!(
                    "`{}`: `out {}` needs a pointer parameter",
                    self.f.name, self.names[i]
                ),
            );
            return None;
        };
        let pointee = self.r.cdef.resolve(pointee).clone();
        if let Some(h) = self.owned_of(&pointee) {
            self.reasons.push(format!(
                "`{}` is written by C and returned as an owned handle.",
                self.names[i]
            ));
            return Some(ParamPlan::Out(Out::Handle(h)));
        }
        if !zero_is_valid(self.r.cdef, &pointee) {
            self.problem_at(
                span,
                &format!(
                    "`{}`: `out {}` points at a type Rust cannot start as zero",
                    self.f.name, self.names[i]
                ),
            );
            return None;
        }
        self.reasons.push(format!(
            "`{}` is written by C and returned (zero if C does not).",
            self.names[i]
        ));
        Some(ParamPlan::Out(Out::Value(pointee)))
    }

    /// `p as S`, `new p as S`, `io p as S`: parameter `i` is a pointer to stream `S`.
    fn stream(&mut self, i: usize, kind: &SpecKind, name: &syn::Ident) -> Option<ParamPlan> {
        let ty = self.f.sig.params[i].ty.clone();
        let found = self
            .r
            .handles
            .iter()
            .position(|h| h.is_stream() && name == h.name.as_str());
        let Some(handle) = found.filter(|h| self.r.handles[*h].is_pointer(self.r.cdef, &ty)) else {
            let what = match found {
                Some(_) => format!("`{}` is not a pointer to the stream's type", self.names[i]),
                None => format!("`{name}` is not a `stream` the section declares"),
            };
            self.problem_at(name.span(), &format!("`{}`: {what}", self.f.name));
            return None;
        };
        if self.r.handles[handle].freed_by(&self.f.name, i) {
            self.problem_at(
                name.span(),
                &format!(
                    "`{}` frees `{name}` when the handle drops: it keeps its `unsafe fn`",
                    self.f.name
                ),
            );
            return None;
        }
        Some(match kind {
            SpecKind::New(_) => {
                self.reasons.push(format!("`{}` is a zeroed `{name}` Rust allocates and C initializes; it is returned, and freed (by its destructor, then Rust) when dropped.", self.names[i]));
                ParamPlan::NewStream { handle }
            }
            SpecKind::Io(_) => {
                self.reasons.push(format!("`{}` is lent with its buffers: the slices given, for this call only; the wrapper clears them after it and returns how much of each C used.", self.names[i]));
                ParamPlan::StreamIo { handle }
            }
            _ => ParamPlan::Handle {
                handle,
                mode: Lend::Mut,
                nullable: false,
            },
        })
    }

    fn nullable(&mut self, i: usize, span: Span) -> Option<ParamPlan> {
        if let Some(handle) = self.handle_of(&self.f.sig.params[i].ty.clone()) {
            return Some(ParamPlan::Handle {
                handle,
                mode: Lend::Shared,
                nullable: true,
            });
        }
        match char_pointer(self.r.cdef, self.ty(i)) {
            Some(true) if !self.f.c_writes.contains(&i) => Some(ParamPlan::CStr { nullable: true }),
            _ => {
                self.problem_at(
                    span,
                    &format!(
                        "`{}`: `{}?` needs a `const char *` or a handle",
                        self.f.name, self.names[i]
                    ),
                );
                None
            }
        }
    }

    fn lent_handle(&mut self, i: usize, mode: Lend, span: Span) -> Option<ParamPlan> {
        let ty = self.f.sig.params[i].ty.clone();
        let handle = match mode {
            Lend::Consumed => self.owned_of(&ty),
            _ => self.handle_of(&ty).filter(|h| self.is_owned(*h)),
        };
        let Some(handle) = handle else {
            self.problem_at(span, &format!("`{}`: `{}` is not a pointer to an `owned` handle type (a `borrowed` one is lent by value)", self.f.name, self.names[i]));
            return None;
        };
        Some(ParamPlan::Handle {
            handle,
            mode,
            nullable: false,
        })
    }

    /// `access(mode, ptr, size)` / `counted_by`, from the header.
    fn accesses(&mut self) {
        for a in self.f.contract.accesses.clone() {
            if self.params[a.ptr].is_none() && self.params[a.size].is_none() {
                self.slice(a.ptr, a.size, false, a.bytes, self.entry_span());
                let how = if a.writes { "writes" } else { "reads" };
                self.reasons.push(format!(
                    "Its declaration's attributes say it {how} at most `{}` elements through `{}`.",
                    self.names[a.size], self.names[a.ptr]
                ));
            }
        }
    }

    fn defaults(&mut self) {
        let opted_in = self.r.entry.is_some();
        for i in 0..self.params.len() {
            if self.params[i].is_some() {
                continue;
            }
            let ty = self.f.sig.params[i].ty.clone();
            let frees = self
                .owned_of(&ty)
                .filter(|h| self.r.handles[*h].freed_by(&self.f.name, i));
            self.params[i] = if let Some(handle) = frees {
                Some(ParamPlan::Handle {
                    handle,
                    mode: Lend::Consumed,
                    nullable: false,
                })
            } else if let Some(handle) = self.handle_of(&ty) {
                opted_in.then_some(ParamPlan::Handle {
                    handle,
                    mode: Lend::Shared,
                    nullable: false,
                })
            } else if char_pointer(self.r.cdef, self.ty(i)) == Some(true)
                && self.f.reads_string(self.r.cdef, i)
            {
                let nullable = self.f.contract.nullable(i) == Some(true);
                Some(ParamPlan::CStr { nullable })
            } else if plain_value(self.r.cdef, &ty, 0) {
                Some(ParamPlan::Value)
            } else {
                None
            };
        }
    }
}

// ---- the result -----------------------------------------------------------------------

impl Builder<'_> {
    fn ret(&mut self) -> Option<RetPlan> {
        let spec = self.r.entry.and_then(|e| e.ret.as_ref());
        let nonnull = self.f.contract.returns_nonnull;
        match spec {
            Some(RetSpec::Owned { span, .. }) => self.owned_ret(*span, !nonnull),
            Some(RetSpec::Str { span, of, nullable }) => {
                self.str_ret(*span, of.as_ref(), *nullable)
            }
            Some(RetSpec::Borrowed { span, of }) => self.borrowed_ret(*span, of),
            Some(RetSpec::Ok { .. }) | None => Some(self.default_ret()),
        }
    }

    fn default_ret(&mut self) -> RetPlan {
        let Some((destructor, _)) = &self.f.contract.dealloc else {
            return RetPlan::Value;
        };
        match self.owned_of(&self.f.sig.ret) {
            Some(handle)
                if self.r.handles[handle]
                    .destructor
                    .as_ref()
                    .is_some_and(|(d, _)| d == destructor) =>
            {
                self.reasons.push(format!(
                    "Its declaration says `{destructor}` frees what it returns."
                ));
                RetPlan::Owned {
                    handle,
                    nullable: !self.f.contract.returns_nonnull,
                }
            }
            _ => RetPlan::Value,
        }
    }

    fn owned_ret(&mut self, span: Span, nullable: bool) -> Option<RetPlan> {
        let Some(handle) = self.owned_of(&self.f.sig.ret) else {
            self.problem_at(
                span,
                &format!(
                    "`{}` does not return a pointer to an `owned` handle type",
                    self.f.name
                ),
            );
            return None;
        };
        self.reasons.push("The caller owns what it returns.".into());
        Some(RetPlan::Owned { handle, nullable })
    }

    fn str_ret(&mut self, span: Span, of: Option<&syn::Ident>, nullable: bool) -> Option<RetPlan> {
        if char_pointer(self.r.cdef, self.r.cdef.resolve(&self.f.sig.ret)).is_none() {
            self.problem_at(
                span,
                &format!("`{}` does not return a `char *`", self.f.name),
            );
            return None;
        }
        let Some(of) = of else {
            self.reasons
                .push("It returns a string that lives for the whole program.".into());
            return Some(RetPlan::Str { of: None, nullable });
        };
        let i = self.lender(of)?;
        self.reasons.push(format!(
            "The string it returns lives as long as the borrow of `{of}`."
        ));
        Some(RetPlan::Str {
            of: Some(i),
            nullable,
        })
    }

    fn borrowed_ret(&mut self, span: Span, of: &syn::Ident) -> Option<RetPlan> {
        let handle = self
            .handle_of(&self.f.sig.ret)
            .filter(|h| !self.is_owned(*h));
        let Some(handle) = handle else {
            self.problem_at(
                span,
                &format!(
                    "`{}` does not return a pointer to a `borrowed` handle type",
                    self.f.name
                ),
            );
            return None;
        };
        let of_index = self.lender(of)?;
        self.reasons.push(format!(
            "The handle it returns lives as long as the borrow of `{of}`."
        ));
        Some(RetPlan::Borrowed {
            handle,
            of: of_index,
        })
    }

    /// The parameter a result borrows from. A result lives until the next call on a
    /// handle, so an owned handle is then borrowed mutably: no other call can be made
    /// while the result lives. A borrowed handle cannot lend (its copies could call).
    fn lender(&mut self, of: &syn::Ident) -> Option<usize> {
        let i = self.param_index(of)?;
        match self.params[i].clone() {
            Some(ParamPlan::Handle {
                handle,
                mode: Lend::Shared | Lend::Mut,
                nullable: false,
            }) if self.is_owned(handle) => {
                self.params[i] = Some(ParamPlan::Handle {
                    handle,
                    mode: Lend::Mut,
                    nullable: false,
                });
            }
            Some(ParamPlan::CStr { nullable: false } | ParamPlan::Slice { .. }) => {}
            _ => {
                self.problem_at(of.span(), &format!("`{}`: the result cannot borrow `{of}`: it must be an owned handle, a string or a slice", self.f.name));
                return None;
            }
        }
        Some(i)
    }

    fn ok(&mut self) -> Option<Option<Vec<proc_macro2::TokenStream>>> {
        let Some(RetSpec::Ok { span, values }) = self.r.entry.and_then(|e| e.ret.as_ref()) else {
            return Some(None);
        };
        if !is_integer(self.r.cdef.resolve(&self.f.sig.ret)) {
            self.problem_at(
                *span,
                &format!("`{}` does not return an integer status", self.f.name),
            );
            return None;
        }
        for v in values {
            let name = v.to_string();
            let is_name = name
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_');
            if is_name && !name.contains("::") && !is_constant(self.r.cdef, &name) {
                let at = v.clone().into_iter().next().map_or(*span, |t| t.span());
                self.problem_at(
                    at,
                    &format!("`{name}` is not a constant the cdef (or `allow`) declares"),
                );
                return None;
            }
        }
        self.reasons
            .push("Its status is returned as a `Result`.".into());
        Some(Some(values.clone()))
    }
}

// ---- what a type is ---------------------------------------------------------------------

/// A value Rust may pass and C may take as is: no pointers inside (C could follow them).
fn plain_value(cdef: &Cdef, ty: &Ty, depth: usize) -> bool {
    if depth > 64 {
        return false;
    }
    match cdef.resolve(ty) {
        Ty::Prim(p) => *p != Prim::LongDouble,
        Ty::Enum(_) => true,
        Ty::Array(elem, _) => plain_value(cdef, elem, depth + 1),
        Ty::Record(n) => cdef.record(n).is_some_and(|r| {
            r.fields.is_some()
                && r.fields()
                    .iter()
                    .all(|f| plain_value(cdef, &f.ty, depth + 1))
        }),
        _ => false,
    }
}

/// Zeroed memory is a valid value of `ty`: what `out` parameters start as.
fn zero_is_valid(cdef: &Cdef, ty: &Ty) -> bool {
    plain_value(cdef, ty, 0) || matches!(cdef.resolve(ty), Ty::Ptr { .. })
}

/// `Some(is_const)` for a pointer to `char`, `signed char` or `unsigned char`.
pub fn char_pointer(cdef: &Cdef, ty: &Ty) -> Option<bool> {
    let Ty::Ptr { pointee, quals } = ty else {
        return None;
    };
    matches!(
        cdef.resolve(pointee),
        Ty::Prim(Prim::Char | Prim::SChar | Prim::UChar)
    )
    .then_some(quals.is_const)
}

/// A slice's element for a pointer parameter, and whether it is `const`: bytes for
/// `void *`, `char *` and `sized_by`; the pointee for values.
fn slice_elem(cdef: &Cdef, ty: &Ty, bytes: bool) -> Option<(Ty, bool)> {
    let Ty::Ptr { pointee, quals } = ty else {
        return None;
    };
    let byte = Ty::Prim(Prim::U8);
    match cdef.resolve(pointee) {
        Ty::Void | Ty::Prim(Prim::Char | Prim::SChar | Prim::UChar) => Some((byte, quals.is_const)),
        _ if bytes => None,
        t if plain_value(cdef, t, 0) => Some((pointee.as_ref().clone(), quals.is_const)),
        _ => None,
    }
}

/// The signature a function pointer type points at, if a callback rule can fill it: the
/// runtime's trampolines are `extern "C"`, so a `__stdcall` pointee is not one.
fn function_pointer(cdef: &Cdef, ty: &Ty) -> Option<FnSig> {
    let Ty::Ptr { pointee, .. } = ty else {
        return None;
    };
    match cdef.resolve(pointee) {
        Ty::Fn(sig) if !sig.stdcall && !cdef.converts(sig) => Some((**sig).clone()),
        _ => None,
    }
}

fn is_void_pointer(cdef: &Cdef, ty: &Ty) -> bool {
    matches!(ty, Ty::Ptr { pointee, .. } if *cdef.resolve(pointee) == Ty::Void)
}

/// `void (*)(void *)`: what C calls to free a callback's data.
fn frees_data(cdef: &Cdef, ty: &Ty) -> bool {
    function_pointer(cdef, ty).is_some_and(|sig| {
        cdef.resolve(&sig.ret) == &Ty::Void
            && !sig.variadic
            && matches!(&sig.params[..], [p] if is_void_pointer(cdef, cdef.resolve(&p.ty)))
    })
}

fn is_integer(ty: &Ty) -> bool {
    matches!(ty, Ty::Prim(p) if !p.is_float() && *p != Prim::Bool)
}

fn is_constant(cdef: &Cdef, name: &str) -> bool {
    cdef.constants.iter().any(|c| c.name == name)
        || cdef
            .enums
            .iter()
            .any(|e| e.enumerators.iter().any(|en| en.name == name))
}
