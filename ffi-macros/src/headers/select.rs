//! What to bind from the headers: the items `allow` names (or its globs match), the items
//! the user's cdef declares, and everything those need. A record used by value (a field, a
//! parameter, a return value) is bound whole; one only pointed to is opaque unless allowed.

use std::collections::{HashMap, HashSet};

use syn::LitStr;

use crate::model::*;

/// The `allow` patterns, each remembering whether it matched anything.
pub struct Allow {
    patterns: Vec<Pattern>,
}

pub struct Pattern {
    /// Where the pattern is written, for errors about it.
    pub span: proc_macro2::Span,
    text: String,
    pub matched: bool,
}

impl Pattern {
    pub fn is_glob(&self) -> bool {
        self.text.contains('*')
    }

    pub fn text(&self) -> &str {
        &self.text
    }
}

impl Allow {
    pub fn new(lits: &[LitStr]) -> Self {
        Allow {
            patterns: lits
                .iter()
                .map(|l| Pattern {
                    text: l.value(),
                    span: l.span(),
                    matched: false,
                })
                .collect(),
        }
    }

    /// Whether `name` is allowed: `Some(true)` if a pattern names it exactly, `Some(false)`
    /// if only a glob matches.
    pub fn matches(&mut self, name: &str) -> Option<bool> {
        let mut found = None;
        for p in &mut self.patterns {
            if glob(&p.text, name) {
                p.matched = true;
                found = Some(found.unwrap_or(false) || !p.is_glob());
            }
        }
        found
    }

    /// Whether `name` is allowed, without marking anything matched.
    pub fn allows(&self, name: &str) -> bool {
        self.patterns.iter().any(|p| glob(&p.text, name))
    }

    /// Whether a pattern names `name` exactly (not only through a glob).
    pub fn names(&self, name: &str) -> bool {
        self.patterns.iter().any(|p| !p.is_glob() && p.text == name)
    }

    /// The pattern an error about `name` points at: the one naming it exactly, else the
    /// first glob matching it.
    pub fn pattern_for(&self, name: &str) -> Option<&Pattern> {
        self.patterns
            .iter()
            .find(|p| !p.is_glob() && p.text == name)
            .or_else(|| self.patterns.iter().find(|p| glob(&p.text, name)))
    }

    pub fn unmatched(&self) -> impl Iterator<Item = &Pattern> {
        self.patterns.iter().filter(|p| !p.matched)
    }
}

/// `*` matches any run of characters; everything else itself.
pub fn glob(pattern: &str, name: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == name;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !name.starts_with(first)
        || !name[first.len()..].ends_with(last)
        || name.len() < first.len() + last.len()
    {
        return false;
    }
    let mut rest = &name[first.len()..name.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    true
}

/// How much of a record the selection needs.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Need {
    Opaque,
    Full,
}

#[derive(Default)]
struct Needs {
    records: HashMap<String, Need>,
    typedefs: HashSet<String>,
    enums: HashSet<String>,
    /// Anonymous enums (all named `""`), by index.
    anonymous_enums: HashSet<usize>,
}

impl Needs {
    fn ty(&mut self, cdef: &Cdef, ty: &Ty, by_value: bool, depth: usize) {
        if depth > 64 {
            return;
        }
        match ty {
            Ty::Ptr { pointee, .. } => self.ty(cdef, pointee, false, depth + 1),
            Ty::Array(elem, _) => self.ty(cdef, elem, by_value, depth + 1),
            // A callback's signature is part of a Rust type: its values by value.
            Ty::Fn(sig) => self.sig(cdef, sig, depth + 1),
            Ty::Typedef(n) => {
                if self.typedefs.insert(n.clone())
                    && let Some(TypedefTarget::Ty(t)) = cdef.typedef(n).map(|t| &t.target)
                {
                    self.ty(cdef, t, by_value, depth + 1);
                }
            }
            Ty::Record(n) => self.record(
                cdef,
                n,
                if by_value { Need::Full } else { Need::Opaque },
                depth,
            ),
            Ty::Enum(n) => {
                self.enums.insert(n.clone());
            }
            Ty::Void | Ty::Prim(_) | Ty::Builtin(_) => {}
        }
    }

    fn sig(&mut self, cdef: &Cdef, sig: &FnSig, depth: usize) {
        self.ty(cdef, &sig.ret, true, depth);
        for p in &sig.params {
            self.ty(cdef, &p.ty, true, depth);
        }
    }

    fn record(&mut self, cdef: &Cdef, name: &str, need: Need, depth: usize) {
        let before = self.records.get(name).copied();
        if before.is_some_and(|b| b >= need) {
            return;
        }
        self.records.insert(name.to_string(), need);
        if need == Need::Full
            && let Some(r) = cdef.record(name)
        {
            for f in r.fields() {
                self.ty(cdef, &f.ty, true, depth + 1);
            }
        }
    }
}

/// The part of `cdef` to bind: allowed items, the user's own (no header origin), and what
/// they need.
pub fn select(cdef: Cdef, allow: &mut Allow) -> Cdef {
    let mut needs = Needs::default();
    let mut keep =
        |name: &str, origin: &Origin| origin.header.is_none() || allow.matches(name).is_some();
    let functions: Vec<Function> = cdef
        .functions
        .iter()
        .filter(|f| keep(&f.name, &f.origin))
        .cloned()
        .collect();
    let globals: Vec<Global> = cdef
        .globals
        .iter()
        .filter(|g| keep(&g.name, &g.origin))
        .cloned()
        .collect();
    let constants: Vec<Constant> = cdef
        .constants
        .iter()
        .filter(|c| keep(&c.name, &c.origin))
        .cloned()
        .collect();
    for t in &cdef.typedefs {
        if keep(&t.name, &t.origin) {
            needs.ty(&cdef, &Ty::Typedef(t.name.clone()), true, 0);
        }
    }
    for r in &cdef.records {
        let tagged = r
            .c_spelling
            .as_deref()
            .and_then(|c| c.split_once(' '))
            .map(|(_, tag)| tag);
        let allowed = keep(&r.name, &r.origin) || tagged.is_some_and(|t| keep(t, &r.origin));
        if allowed {
            // An allowed struct the headers only declare (`struct sqlite3_backup;`) is opaque.
            let need = if r.fields.is_some() {
                Need::Full
            } else {
                Need::Opaque
            };
            needs.record(&cdef, &r.name, need, 0);
        }
    }
    for (i, e) in cdef.enums.iter().enumerate() {
        let any = e
            .enumerators
            .iter()
            .fold(false, |acc, en| keep(&en.name, &e.origin) | acc);
        match (
            e.name.is_empty(),
            any || (!e.name.is_empty() && keep(&e.name, &e.origin)),
        ) {
            (true, true) => {
                needs.anonymous_enums.insert(i);
            }
            (false, true) => {
                needs.enums.insert(e.name.clone());
            }
            _ => {}
        }
    }
    for f in functions.iter().chain(&cdef.rust_functions) {
        needs.sig(&cdef, &f.sig, 0);
    }
    for g in &globals {
        needs.ty(&cdef, &g.ty, true, 0);
    }
    for c in &constants {
        if let ConstSource::ProbedTyped(t) | ConstSource::Typed(t) = &c.source {
            needs.ty(&cdef, t, true, 0);
        }
    }
    narrowed(cdef, needs, functions, globals, constants)
}

fn narrowed(
    cdef: Cdef,
    needs: Needs,
    functions: Vec<Function>,
    globals: Vec<Global>,
    constants: Vec<Constant>,
) -> Cdef {
    let records = cdef
        .records
        .into_iter()
        .filter_map(|mut r| {
            let need = needs.records.get(&r.name)?;
            if *need == Need::Opaque {
                r.fields = None;
                r.partial = false;
            }
            Some(r)
        })
        .collect();
    Cdef {
        functions,
        rust_functions: cdef.rust_functions,
        rust_also_c: cdef.rust_also_c,
        globals,
        records,
        enums: cdef
            .enums
            .into_iter()
            .enumerate()
            .filter(|(i, e)| needs.enums.contains(&e.name) || needs.anonymous_enums.contains(i))
            .map(|(_, e)| e)
            .collect(),
        typedefs: cdef
            .typedefs
            .into_iter()
            .filter(|t| needs.typedefs.contains(&t.name))
            .collect(),
        constants,
        notes: cdef.notes,
        foreign: cdef.foreign,
        macro_members: cdef.macro_members,
    }
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn globs() {
        assert!(glob("sqlite3_*", "sqlite3_open"));
        assert!(!glob("sqlite3_*", "sqlite_open"));
        assert!(glob("*", "anything"));
        assert!(glob("Z_*_ERROR", "Z_DATA_ERROR"));
        assert!(!glob("Z_*_ERROR", "Z_OK"));
        assert!(glob("crypto_*_bytes", "crypto_hash_sha256_bytes"));
        assert!(glob("exact", "exact") && !glob("exact", "exactly"));
        assert!(!glob("a*a", "a"));
    }
}
