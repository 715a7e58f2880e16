//! Compiler facts at build time, without running target code.
//!
//! Each kind of item asks the compiler questions ([`scalars`], [`records`], [`enums`],
//! [`typedefs`], [`globals`], [`constants`], [`functions`]): integers (`sizeof`, offsets,
//! values, type checks), floats, strings, byte patterns (a record whose only non-zero
//! field is one bit-field, showing its bits) and addresses (whose relocations tell an
//! external symbol from one the translation unit defines). The questions become tables in
//! `.ffi_probe.*` sections of the block's own object file; the answers are read back with
//! the `object` crate and each item's *applier* fills the model and reports what disagrees.

mod constants;
mod enums;
mod functions;
mod globals;
mod read;
mod records;
mod scalars;
mod typedefs;

use std::fmt::Write;

use crate::layout::Sizes;
use crate::model::{Cdef, Origin};
use crate::target::Target;

pub use functions::mismatch;
pub use read::{Answers, Linkage, answers};

/// What a first compile showed must be asked differently: `typedef ... t;` types C leaves
/// incomplete, and constants it cannot fold. Each question that may fail sits on its own
/// line of a pseudo-file (`ffi-opaque`, `ffi-const`), so the error names the item.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fallbacks {
    pub incomplete: Vec<String>,
    pub runtime: Vec<String>,
    pub cdef_only: Vec<String>,
}

impl Fallbacks {
    pub fn from_errors(cdef: &Cdef, stderr: &str) -> Self {
        Fallbacks {
            incomplete: typedefs::incomplete_from_errors(cdef, stderr),
            runtime: constants::runtime_from_errors(cdef, stderr),
            cdef_only: typedefs::cdef_only_from_errors(cdef, stderr),
        }
    }

    /// Adds what `other` found; whether anything was new.
    pub fn absorb(&mut self, other: Fallbacks) -> bool {
        let before = self.incomplete.len() + self.runtime.len() + self.cdef_only.len();
        for (mine, theirs) in [
            (&mut self.incomplete, other.incomplete),
            (&mut self.runtime, other.runtime),
            (&mut self.cdef_only, other.cdef_only),
        ] {
            for t in theirs {
                if !mine.contains(&t) {
                    mine.push(t);
                }
            }
        }
        before != self.incomplete.len() + self.runtime.len() + self.cdef_only.len()
    }
}

/// Whether a compiler message line is about a question that may fail (see [`Fallbacks`]).
pub fn is_fallback_line(line: &str) -> bool {
    [
        typedefs::OPAQUE_FILE,
        typedefs::TYPEDEF_FILE,
        constants::CONST_FILE,
    ]
    .iter()
    .any(|f| line.starts_with(&format!("{f}:")))
}

/// An index into one of the answer tables.
pub type Slot = usize;

/// When an applier runs: facts first, then what needs all of them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Scalar sizes, which every layout needs.
    Scalars,
    /// Plain facts: values, sizes, array lengths, the compiler's field places.
    Facts,
    /// Layouts computed from the facts and checked against the compiler's.
    Layouts,
    /// Everything that reads finished types: functions, globals, constants.
    Declarations,
}

type Applier = Box<dyn FnOnce(&Answers, &mut Cdef, &mut Findings)>;

/// The questions for one block, as C, and what to do with the answers.
#[derive(Default)]
pub struct Questions {
    ints: String,
    n_ints: usize,
    floats: String,
    n_floats: usize,
    strings: String,
    n_strings: usize,
    blobs: String,
    n_blobs: usize,
    addresses: String,
    n_addresses: usize,
    /// Standard headers the questions need (`stdint.h` for `int32_t`, …).
    includes: std::collections::BTreeSet<&'static str>,
    appliers: Vec<(Phase, Applier)>,
}

/// Where a question comes from, so the compiler's errors point at the cdef (or header).
pub fn line_marker(origin: &Origin) -> String {
    match &origin.header {
        Some(h) => format!(
            "#line {} \"{}\"\n",
            origin.line,
            h.replace('\\', "\\\\").replace('"', "\\\"")
        ),
        None => format!("#line {} \"cdef\"\n", origin.line),
    }
}

impl Questions {
    pub fn include(&mut self, header: &'static str) {
        self.includes.insert(header);
    }

    /// Until [`Questions::restore_macros`], the questions see `names` as plain identifiers,
    /// not the macros the headers make of them.
    pub fn suspend_macros(&mut self, names: &[&str]) {
        let text: String = names
            .iter()
            .map(|n| format!("#pragma push_macro(\"{n}\")\n#undef {n}\n"))
            .collect();
        self.each_table(&text);
    }

    pub fn restore_macros(&mut self, names: &[&str]) {
        let text: String = names
            .iter()
            .map(|n| format!("#pragma pop_macro(\"{n}\")\n"))
            .collect();
        self.each_table(&text);
    }

    fn each_table(&mut self, text: &str) {
        for table in [
            &mut self.ints,
            &mut self.floats,
            &mut self.strings,
            &mut self.blobs,
            &mut self.addresses,
        ] {
            table.push_str(text);
        }
    }

    /// `(unsigned long long)(expr)`.
    pub fn int(&mut self, at: &Origin, expr: &str) -> Slot {
        let _ = writeln!(
            self.ints,
            "{}  (unsigned long long)({expr}),",
            line_marker(at)
        );
        self.n_ints += 1;
        self.n_ints - 1
    }

    /// An integer guarded by a preprocessor condition (`#ifdef NAME`), else `otherwise`.
    pub fn int_if(&mut self, at: &Origin, condition: &str, expr: &str, otherwise: &str) -> Slot {
        let _ = write!(
            self.ints,
            "#if {condition}\n{}  (unsigned long long)({expr}),\n#else\n  {otherwise},\n#endif\n",
            line_marker(at)
        );
        self.n_ints += 1;
        self.n_ints - 1
    }

    /// `(double)(expr)`.
    pub fn float(&mut self, at: &Origin, expr: &str) -> Slot {
        let _ = writeln!(self.floats, "{}  (double)({expr}),", line_marker(at));
        self.n_floats += 1;
        self.n_floats - 1
    }

    /// A float guarded by a preprocessor condition, else `otherwise`.
    pub fn float_if(&mut self, at: &Origin, condition: &str, expr: &str, otherwise: &str) -> Slot {
        let _ = write!(
            self.floats,
            "#if {condition}\n{}  (double)({expr}),\n#else\n  {otherwise},\n#endif\n",
            line_marker(at)
        );
        self.n_floats += 1;
        self.n_floats - 1
    }

    /// A macro's replacement text, stringized (`""` when `name` is not a macro).
    pub fn macro_text(&mut self, at: &Origin, name: &str) -> Slot {
        let i = self.n_strings;
        let _ = write!(
            self.strings,
            "#ifdef {name}\n{}__FFI_SECTION(s) const char __ffi_probe_s{i}[] = __FFI_STR({name});\n\
             #else\n__FFI_SECTION(s) const char __ffi_probe_s{i}[] = \"\";\n#endif\n",
            line_marker(at)
        );
        self.n_strings += 1;
        i
    }

    /// The bytes of `c_type` initialized by `init` (e.g. `{ .flags = -1 }`).
    pub fn blob(&mut self, at: &Origin, c_type: &str, init: &str) -> Slot {
        let i = self.n_blobs;
        let _ = writeln!(
            self.blobs,
            "{}__FFI_SECTION(b) const {c_type} __ffi_probe_b{i} = {init};",
            line_marker(at)
        );
        self.n_blobs += 1;
        i
    }

    /// `&name`, unless `name` is a macro (then no address, and no relocation).
    pub fn address(&mut self, at: &Origin, name: &str) -> Slot {
        let _ = write!(
            self.addresses,
            "#ifdef {name}\n  0,\n#else\n{}  (void *)&{name},\n#endif\n",
            line_marker(at)
        );
        self.n_addresses += 1;
        self.n_addresses - 1
    }

    pub fn then(
        &mut self,
        phase: Phase,
        f: impl FnOnce(&Answers, &mut Cdef, &mut Findings) + 'static,
    ) {
        self.appliers.push((phase, Box::new(f)));
    }
}

/// The probe's C, placed in a header of its own: `#pragma GCC system_header` keeps the
/// user's `-Werror` flags from failing on the probe's own conversions.
pub fn header(q: &Questions) -> String {
    let mut c = String::from("#pragma GCC system_header\n");
    for h in &q.includes {
        let _ = writeln!(c, "#include <{h}>");
    }
    c.push_str(PRELUDE);
    let _ = write!(
        c,
        "__FFI_SECTION(i) const unsigned long long __ffi_probe_i[] = {{\n{}  0\n}};\n\
         __FFI_SECTION(f) const double __ffi_probe_f[] = {{\n{}  0.0\n}};\n\
         __FFI_SECTION(a) void *const __ffi_probe_a[] = {{\n{}  0\n}};\n{}{}",
        q.ints, q.floats, q.addresses, q.strings, q.blobs
    );
    c
}

const PRELUDE: &str = r#"
#ifdef __APPLE__
#define __FFI_SECTION(t) __attribute__((section("__DATA,__ffi_probe_" #t), used))
#else
#define __FFI_SECTION(t) __attribute__((section(".ffi_probe." #t), used))
#endif
#define __FFI_STR2(x) #x
#define __FFI_STR(x) __FFI_STR2(x)
#define __FFI_KIND(x) _Generic((x), _Bool: 1, char: 2, signed char: 3, unsigned char: 4, \
    short: 5, unsigned short: 6, int: 7, unsigned int: 8, long: 9, unsigned long: 10, \
    long long: 11, unsigned long long: 12, float: 13, double: 14, long double: 15, \
    char *: 16, const char *: 16, default: 0)
#define __FFI_INT(x) _Generic((x), char *: 0, const char *: 0, float: 0, double: 0, \
    long double: 0, default: (x))
#define __FFI_FLOAT(x) _Generic((x), float: (x), double: (x), default: 0.0)
#define __FFI_CONST(x) __builtin_constant_p(x)
"#;

/// A disagreement or missing fact, located at the item it is about.
#[derive(Clone, Debug)]
pub struct Problem {
    pub origin: Origin,
    /// A field's own line, when the problem is about one field.
    pub line: Option<usize>,
    pub message: String,
    /// A C expression whose type the message is about: its type as the compiler has it
    /// is added to the message (see `diagnostics::describe`).
    pub expr: Option<String>,
    /// A C statement that compiles if C's pointer conversions bridge the disagreement
    /// (pointee qualifiers only): then it is no problem (see `toolchain::relax`).
    pub relaxed: Option<String>,
}

/// What applying the answers found besides the model's own fields.
#[derive(Default)]
pub struct Findings {
    pub problems: Vec<Problem>,
    /// Scalar sizes as the compiler measured them.
    pub sizes: Option<Sizes>,
    /// Symbols the block's own object defines that Rust calls: renamed to hashed names.
    pub renames: Vec<(String, String)>,
    /// How the questions were finally asked (for a second compile to ask the same).
    pub fallbacks: Fallbacks,
}

impl Findings {
    pub fn problem(&mut self, origin: &Origin, message: impl Into<String>) {
        self.problems.push(Problem {
            origin: origin.clone(),
            line: None,
            message: message.into(),
            expr: None,
            relaxed: None,
        });
    }

    pub fn problem_at(&mut self, origin: &Origin, line: usize, message: impl Into<String>) {
        self.problems.push(Problem {
            origin: origin.clone(),
            line: Some(line),
            message: message.into(),
            expr: None,
            relaxed: None,
        });
    }

    /// A type disagreement about the C expression `expr` (message ends "has another type").
    pub fn type_problem(
        &mut self,
        origin: &Origin,
        line: Option<usize>,
        message: String,
        expr: String,
    ) {
        self.problems.push(Problem {
            origin: origin.clone(),
            line,
            message,
            expr: Some(expr),
            relaxed: None,
        });
    }

    /// A type disagreement that is none if `relaxed` compiles (see [`Problem::relaxed`]).
    pub fn bridgeable_problem(
        &mut self,
        origin: &Origin,
        line: Option<usize>,
        message: String,
        expr: String,
        relaxed: Option<String>,
    ) {
        self.type_problem(origin, line, message, expr);
        if let Some(p) = self.problems.last_mut() {
            p.relaxed = relaxed;
        }
    }

    /// The measured sizes (set by the scalar phase before anything needs them).
    pub fn sizes(&self) -> Sizes {
        self.sizes
            .clone()
            .unwrap_or_else(|| Sizes::from_target(&Target::new("x86_64-unknown-linux-gnu")))
    }
}

/// What the probe needs to know besides the model.
pub struct Context<'a> {
    pub target: &'a Target,
    /// The glue's symbol prefix, for renamed definitions and wrappers.
    pub prefix: &'a str,
    /// `typedef ... t;` types the compiler found incomplete: opaque, behind pointers only.
    pub incomplete: &'a [String],
    /// Constants the compiler could not fold: read at run time.
    pub runtime: &'a [String],
    /// Typedefs only the cdef declares: not checked.
    pub cdef_only: &'a [String],
}

/// Every question for `cdef`.
pub fn plan(cdef: &Cdef, cx: &Context) -> Questions {
    let mut q = Questions::default();
    scalars::ask(&mut q, cdef, cx);
    typedefs::ask(&mut q, cdef, cx);
    enums::ask(&mut q, cdef, cx);
    records::ask(&mut q, cdef);
    globals::ask(&mut q, cdef);
    constants::ask(&mut q, cdef, cx);
    functions::ask(&mut q, cdef, cx);
    q
}

/// Runs every applier, facts before what depends on them.
pub fn apply(q: Questions, answers: &Answers, cdef: &mut Cdef) -> Findings {
    let mut findings = Findings::default();
    let mut appliers = q.appliers;
    appliers.sort_by_key(|(phase, _)| *phase);
    for (_, applier) in appliers {
        applier(answers, cdef, &mut findings);
    }
    findings
}

/// The answer tables' shapes, to check an object file against the questions.
pub fn expected_shape(q: &Questions) -> read::Shape {
    read::Shape {
        ints: q.n_ints,
        floats: q.n_floats,
        strings: q.n_strings,
        blobs: q.n_blobs,
        addresses: q.n_addresses,
    }
}

/// The length of each `[...]` dimension of `ty`, the type of the C expression `expr`:
/// `sizeof(x) / sizeof(x[0])`, `sizeof(x[0]) / sizeof(x[0][0])`, … outermost first.
pub fn ask_array_lengths(
    q: &mut Questions,
    at: &Origin,
    expr: &str,
    ty: &crate::model::Ty,
) -> Vec<Slot> {
    use crate::model::{ArrayLen, Ty};
    let mut slots = Vec::new();
    let mut ty = ty;
    let mut outer = format!("({expr})");
    while let Ty::Array(elem, len) = ty {
        let inner = format!("{outer}[0]");
        if *len == ArrayLen::Probed {
            slots.push(q.int(at, &format!("sizeof{outer} / sizeof({inner})")));
        }
        outer = format!("({inner})");
        ty = elem;
    }
    slots
}

/// Fills the `[...]` dimensions of `ty` with the answers, outermost first.
pub fn fill_array_lengths(ty: &mut crate::model::Ty, a: &Answers, slots: &[Slot]) {
    use crate::model::{ArrayLen, Ty};
    let mut known = slots.iter().map(|s| a.int(*s));
    let mut ty = ty;
    while let Ty::Array(elem, len) = ty {
        if *len == ArrayLen::Probed
            && let Some(n) = known.next()
        {
            *len = ArrayLen::Known(n);
        }
        ty = elem;
    }
}

/// An integer read as signed when `neg` (a `< 0` answer) says so.
pub fn signed(a: &Answers, value: Slot, neg: Slot) -> i128 {
    let v = a.int(value);
    if a.int(neg) != 0 {
        i128::from(v as i64)
    } else {
        i128::from(v)
    }
}
