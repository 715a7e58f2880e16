//! Stage 4½, safe wrappers: which functions get one, and how each parameter crosses.
//!
//! A wrapper is safe only when every parameter is covered by a rule, each a promise the C
//! makes (in its header's attributes, or in the block's `safe { }` annotations, whose
//! writer vouches for it):
//!
//! | rule | Rust | what the C must do |
//! | --- | --- | --- |
//! | a value (integer, float, enum, struct of values) | the value | nothing |
//! | `const char *` | `&CStr` (`Option` where nullable) | read up to the NUL, not keep it |
//! | `p[n]`, `access(…, p, n)`, `counted_by(n)` | `&[T]` / `&mut [T]`, `n` from its length | access at most `n` elements during the call, write only through a non-`const` pointer |
//! | `p[*n]` | `&mut [T]`, `*n` its length, returned | the same, and set `*n` to what it wrote |
//! | `out p` | returned (zero until C writes it) | write `*p` or leave it |
//! | a handle (`owned T by destroy`) | `&owned::T`, `&mut` when a result borrows it | only use it during the call |
//! | a handle C lends (`borrowed T`) | `borrowed::T<'_>` (an owned one lends it: `.borrow()`) | the same |
//! | `own p`, the destructor's parameter | `owned::T` by value | free it |
//! | `p = expr` | not a parameter | accept that value |
//! | `cb with data` | a closure (`FnMut`) over C's arguments | call it only during the call, with `data` |
//! | `cb with data kept [by destroy]` | a `Send + 'static` closure, boxed | the same, later too; free it only through `destroy` |
//!
//! Results: `-> owned` (or `malloc(destroy)`) an `owned::T`; `-> str of p` a `&CStr` and
//! `-> borrowed of p` a `borrowed::T` that borrow `p`; `-> static str` a `&'static CStr`; `-> ok = A | B` a `Result` of the status;
//! anything else as C returns it (raw pointers too: creating one is safe).
//!
//! Nothing is inferred from names. A function no rule covers keeps today's wrapper.

mod functions;
mod handles;

use std::collections::HashMap;

use proc_macro2::TokenStream;

use crate::errors::Errors;
use crate::input::Block;
use crate::input::safe::{Entry, Target};
use crate::model::*;

pub use handles::Handle;

/// Every safe wrapper of a block, and the handle types they use.
#[derive(Default)]
pub struct Plans {
    pub handles: Vec<Handle>,
    pub functions: HashMap<String, Plan>,
    /// `unsafe f;`: functions whose wrapper stays `unsafe`.
    pub never: Vec<String>,
}

/// How a function's safe wrapper calls it.
#[derive(Clone, Debug)]
pub struct Plan {
    pub params: Vec<ParamPlan>,
    pub ret: RetPlan,
    /// `ok = A | B`: the status values that mean success.
    pub ok: Option<Vec<TokenStream>>,
    /// Why it is safe, one line per rule it relies on (its doc comment says so).
    pub reasons: Vec<String>,
}

#[derive(Clone, Debug)]
pub enum ParamPlan {
    Value,
    CStr {
        nullable: bool,
    },
    /// Lent as a slice; its length goes to parameter `len`. `shares`: another slice gave
    /// that length first, so this one must be at least as long.
    Slice {
        mutable: bool,
        elem: Ty,
        len: usize,
        shares: bool,
    },
    /// Filled from slice `of`'s length.
    Len {
        of: usize,
    },
    /// `*n`: filled from slice `of`'s length, returned after the call.
    LenInOut {
        of: usize,
        ty: Ty,
    },
    /// Written by C and returned.
    Out(Out),
    Handle {
        handle: usize,
        mode: Lend,
        nullable: bool,
    },
    Fixed(TokenStream),
    /// `new p as S`: a zeroed stream Rust allocates for C to initialize; returned.
    NewStream {
        handle: usize,
    },
    /// `io p as S`: the stream lent mutably, its buffers filled from slices for the call
    /// (how much of each C used is returned) and cleared after it.
    StreamIo {
        handle: usize,
    },
    /// A closure for a C callback of signature `sig`, whose `void *` (first or last)
    /// is parameter `data`.
    Callback {
        sig: FnSig,
        data_first: bool,
        data: usize,
        keep: Keep,
    },
    /// The callback's `void *`: the closure's.
    CallbackData,
    /// The destructor C calls to free a kept closure.
    CallbackDestroy,
}

/// How long C may call a closure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// During the call.
    Lent,
    /// Any time later: boxed and never freed.
    Leaked,
    /// Until C frees it, through the destructor parameter given.
    FreedBy(usize),
}

#[derive(Clone, Debug)]
pub enum Out {
    Value(Ty),
    Handle(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lend {
    Shared,
    Mut,
    /// The function takes it over.
    Consumed,
}

#[derive(Clone, Debug)]
pub enum RetPlan {
    /// As C returns it.
    Value,
    Owned {
        handle: usize,
        nullable: bool,
    },
    /// A C string borrowed from parameter `of` (`None`: `'static`).
    Str {
        of: Option<usize>,
        nullable: bool,
    },
    /// A borrowed handle, borrowed from parameter `of` (`Option`: null is none).
    Borrowed {
        handle: usize,
        of: usize,
    },
}

/// The plans for `cdef`'s functions, from its contracts and the block's annotations.
pub fn plan(block: &Block, cdef: &Cdef) -> syn::Result<Plans> {
    let mut errors = Errors::new();
    let handles = handles::collect(block, cdef, &mut errors);
    let entries: &[Entry] = block.safe.as_ref().map_or(&[], |s| &s.entries);
    let mut matched = vec![false; entries.len()];
    let mut plans = Plans {
        handles,
        functions: HashMap::new(),
        never: Vec::new(),
    };
    for f in &cdef.functions {
        let entry = entry_for(entries, &f.name, &mut matched);
        if entry.is_some_and(|e| e.never) {
            plans.never.push(f.name.clone());
            continue;
        }
        let rules = functions::Rules {
            cdef,
            handles: &plans.handles,
            entry,
        };
        if let Some(p) = functions::plan(&rules, f, &mut errors) {
            plans.functions.insert(f.name.clone(), p);
        }
    }
    for (e, _) in entries.iter().zip(&matched).filter(|(_, m)| !**m) {
        let what = match &e.target {
            Target::Name(n) => format!("`{n}` is not a function the cdef (or `allow`) binds"),
            Target::Glob(g) => format!("the glob `{}` matches no function", g.value()),
        };
        errors.push(syn::Error::new(e.target.span(), what));
    }
    errors.finish_with(plans)
}

/// The entry naming `name` exactly, else the first glob matching it.
fn entry_for<'a>(entries: &'a [Entry], name: &str, matched: &mut [bool]) -> Option<&'a Entry> {
    let exact = entries
        .iter()
        .position(|e| matches!(&e.target, Target::Name(n) if n == name));
    let found = exact.or_else(|| {
        entries.iter().position(
            |e| matches!(&e.target, Target::Glob(g) if crate::headers::glob(&g.value(), name)),
        )
    })?;
    matched[found] = true;
    Some(&entries[found])
}
