//! A bounded randomized test of the front end and expansion (no compiler runs: the blocks
//! are ABI mode). A seeded generator writes cdefs of every kind of declaration (nested
//! declarators, records with bit-fields and anonymous members, enums, typedefs, the `...`
//! forms, defines, `extern "Rust"`), and damages some of them. Each must expand or fail
//! with an error, never panic; what expands must be Rust that `syn` parses.
//!
//! `cargo fuzz` (in `fuzz/`) explores the same entry points without bounds.

use std::panic::{self, AssertUnwindSafe};

use crate::input::Block;
use crate::toolchain::rustc::Rustc;

const CASES: u64 = 2_500;

/// xorshift64*: deterministic, so a failure names a reproducible seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// What the cdef declared so far, for later declarations to use.
#[derive(Default)]
struct Names {
    /// Whether to write the forms only API mode binds (`...`, `extern "Rust"`, values from
    /// the compiler): mostly not, so that most cases expand (the blocks are ABI mode).
    api_forms: bool,
    types: Vec<String>,
    records: Vec<String>,
    constants: Vec<String>,
    /// Integer constants, for array lengths.
    numbers: Vec<String>,
    next: usize,
}

impl Names {
    fn fresh(&mut self, stem: &str) -> String {
        self.next += 1;
        format!("{stem}{}", self.next)
    }
}

const SCALARS: &[&str] = &[
    "int",
    "unsigned int",
    "char",
    "signed char",
    "unsigned char",
    "short",
    "unsigned short",
    "long",
    "unsigned long",
    "long long",
    "unsigned long long",
    "float",
    "double",
    "long double",
    "_Bool",
    "size_t",
    "int32_t",
    "uint64_t",
    "ssize_t",
    "wchar_t",
];

/// `long double` by value needs API mode's glue.
fn scalar(r: &mut Rng, n: &Names) -> String {
    let s = r.pick(SCALARS);
    if s == "long double" && !n.api_forms {
        "double".into()
    } else {
        s.into()
    }
}

fn base_type(r: &mut Rng, n: &Names) -> String {
    let konst = if r.chance(15) { "const " } else { "" };
    let ty = match r.below(10) {
        0..=5 => scalar(r, n),
        6 | 7 if !n.types.is_empty() => n.types[r.below(n.types.len())].clone(),
        8 if !n.records.is_empty() => n.records[r.below(n.records.len())].clone(),
        _ => "int".to_string(),
    };
    format!("{konst}{ty}")
}

/// A declarator for `name`: an array of it, pointers to that, a function pointer around
/// it, nested to `depth` through the parameters.
fn declarator(r: &mut Rng, n: &mut Names, name: &str, depth: usize) -> String {
    let mut d = name.to_string();
    if r.chance(15) {
        let len = match r.below(4) {
            0 if n.api_forms => "...".to_string(),
            1 => n.numbers.first().cloned().unwrap_or_else(|| "4".into()),
            _ => (1 + r.below(8)).to_string(),
        };
        d = format!("{d}[{len}]");
    }
    for _ in 0..r.below(3) {
        d = if r.chance(30) {
            format!("*const {d}")
        } else {
            format!("*{d}")
        };
    }
    if depth > 0 && r.chance(20) {
        let params = params(r, n, depth - 1);
        d = format!("(*{d})({params})");
    }
    d
}

fn params(r: &mut Rng, n: &mut Names, depth: usize) -> String {
    let count = r.below(4);
    if count == 0 {
        return "void".into();
    }
    let mut ps: Vec<String> = (0..count)
        .map(|i| {
            let name = if r.chance(50) {
                format!("p{i}")
            } else {
                String::new()
            };
            format!("{} {}", base_type(r, n), declarator(r, n, &name, depth))
        })
        .collect();
    if r.chance(10) {
        ps.push("...".into());
    }
    ps.join(", ")
}

fn record(r: &mut Rng, n: &mut Names, depth: usize) -> String {
    let kind = if r.chance(25) { "union" } else { "struct" };
    let tag = n.fresh("s");
    let mut fields = String::new();
    for i in 0..1 + r.below(5) {
        if depth > 0 && r.chance(10) {
            // An anonymous member.
            let inner = record(r, n, depth - 1);
            let inner = inner.trim_end_matches(';');
            let body = inner.split_once('{').map_or("", |(_, b)| b);
            fields.push_str(&format!(
                "{} {{{body}; ",
                if r.chance(50) { "struct" } else { "union" }
            ));
            continue;
        }
        if r.chance(15) {
            let (ty, bits) = [
                ("int", 32),
                ("unsigned", 32),
                ("unsigned long long", 64),
                ("char", 8),
                ("_Bool", 1),
            ][r.below(5)];
            let width = r.below(bits + 1);
            // A zero-width bit-field has no name; others mostly do.
            let named = if width > 0 && r.chance(80) {
                format!("b{i}")
            } else {
                String::new()
            };
            fields.push_str(&format!("{ty} {named} : {width}; "));
            continue;
        }
        let ty = base_type(r, n);
        let d = declarator(r, n, &format!("f{i}"), depth);
        fields.push_str(&format!("{ty} {d}; "));
    }
    if n.api_forms && r.chance(10) {
        fields.push_str("...; ");
    }
    let attrs = match r.below(10) {
        0 => " __attribute__((packed))",
        1 => " __attribute__((aligned(16)))",
        _ => "",
    };
    n.records.push(format!("{kind} {tag}"));
    format!("{kind}{attrs} {tag} {{ {fields}}};")
}

fn item(r: &mut Rng, n: &mut Names) -> String {
    match r.below(12) {
        0 | 1 => record(r, n, 2),
        2 => enumeration(r, n),
        3 | 4 => {
            let name = n.fresh("t");
            let text = match r.below(5) {
                0 if n.api_forms => format!("typedef ... {name};"),
                1 if n.api_forms => format!("typedef {}... {name};", r.pick(&["int", "float"])),
                _ => {
                    let base = base_type(r, n);
                    let d = declarator(r, n, &name, 2);
                    format!("typedef {base} {d};")
                }
            };
            n.types.push(name);
            text
        }
        5..=7 => {
            let name = n.fresh("f");
            let ret = if r.chance(20) {
                "void".to_string()
            } else {
                base_type(r, n)
            };
            let rust = if n.api_forms && r.chance(10) {
                "extern \"Rust\" "
            } else {
                ""
            };
            format!("{rust}{ret} {name}({});", params(r, n, 2))
        }
        8 => {
            let name = n.fresh("g");
            let ty = base_type(r, n);
            let d = declarator(r, n, &name, 1);
            format!("extern {ty} {d};")
        }
        9 => {
            let name = n.fresh("K");
            let value = if n.api_forms {
                String::new()
            } else {
                format!(" = {}", r.below(99))
            };
            format!(
                "static const {}{name}{value};",
                r.pick(&["int ", "double ", "unsigned long "])
            )
        }
        _ => define(r, n),
    }
}

fn enumeration(r: &mut Rng, n: &mut Names) -> String {
    let tag = n.fresh("e");
    let mut members = Vec::new();
    for i in 0..1 + r.below(4) {
        members.push(match r.below(4) {
            0 => format!("{tag}_{i} = {}", r.below(100) as i64 - 50),
            1 if n.api_forms => format!("{tag}_{i} = ..."),
            _ => format!("{tag}_{i}"),
        });
    }
    if n.api_forms && r.chance(10) {
        members.push("...".into());
    }
    format!("enum {tag} {{ {} }};", members.join(", "))
}

fn define(r: &mut Rng, n: &mut Names) -> String {
    let name = n.fresh("D");
    let value = match r.below(6) {
        0 if n.api_forms => "...".to_string(),
        1 => "\"text\"".to_string(),
        2 if !n.constants.is_empty() => format!("({} << 2)", n.constants[0]),
        3 => "1.5e3".to_string(),
        _ => {
            n.numbers.push(name.clone());
            format!("{}", 1 + r.below(1 << 10))
        }
    };
    n.constants.push(name.clone());
    format!("#define {name} {value}")
}

fn cdef(r: &mut Rng) -> String {
    let mut n = Names {
        api_forms: r.chance(15),
        ..Names::default()
    };
    let mut text = String::new();
    for _ in 0..1 + r.below(8) {
        text.push_str(&item(r, &mut n));
        text.push('\n');
    }
    if r.chance(10) {
        damage(r, &mut text);
    }
    text
}

/// Deletes, duplicates or inserts a few characters: malformed input must be an error.
fn damage(r: &mut Rng, text: &mut String) {
    let junk = [
        "(", ")", "{", "}", ";", "*", "[", "]", ",", "...", "\"", "#", "/*", ":", "0x",
        // Non-ASCII text: byte offsets must stay on character boundaries.
        "\u{e9}", "\u{761}",
    ];
    for _ in 0..1 + r.below(3) {
        let mut at = r.below(text.len().max(1));
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        match r.below(3) {
            0 if at < text.len() => {
                text.remove(at);
            }
            _ => text.insert_str(at, r.pick(&junk)),
        }
    }
}

/// Expands `cdef` in ABI mode: whether it expanded (or was refused with an error); `Err`
/// with the reason if anything is wrong.
fn check(cdef: &str) -> Result<bool, String> {
    let source = format!("mod random {{ cdef {cdef:?}; dlopen \"libnothing.so\"; }}");
    let block: Block = syn::parse_str(&source).map_err(|e| format!("block: {e}"))?;
    let rustc = Rustc::from_args(std::iter::empty(), false);
    let run = panic::catch_unwind(AssertUnwindSafe(|| {
        crate::pipeline::run(&block, &rustc, &|t| t.parse().ok())
    }));
    match run {
        Err(_) => Err("the macro panicked".into()),
        Ok(Err(e)) => {
            if std::env::var_os("FFI_RANDOM_VERBOSE").is_some() {
                eprintln!("{}", e.to_string().lines().next().unwrap_or(""));
            }
            Ok(false)
        }
        Ok(Ok(tokens)) => syn::parse2::<syn::File>(tokens)
            .map(|_| true)
            .map_err(|e| format!("the expansion is not Rust: {e}")),
    }
}

#[test]
fn random_cdefs_never_panic_and_expand_to_rust() {
    let start = std::time::Instant::now();
    let mut expanded = 0;
    for seed in 1..=CASES {
        let mut r = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let text = cdef(&mut r);
        match check(&text) {
            Ok(ok) => expanded += usize::from(ok),
            Err(why) => panic!("seed {seed}: {why}\n--- cdef ---\n{text}"),
        }
    }
    eprintln!(
        "{CASES} random cdefs, {expanded} expanded, in {:?}",
        start.elapsed()
    );
    // The generator must mostly write C the front end binds, or the test checks little.
    assert!(
        expanded as u64 > CASES / 3,
        "only {expanded} of {CASES} expanded"
    );
}

/// Inputs `cargo fuzz` (in `fuzz/`) found panicking, minimized; each must now be refused
/// or expanded.
const FUZZ_FINDINGS: &[&str] = &[
    // A non-ASCII letter before `int...`: a byte offset inside the character.
    "typedef \u{761}int... t;",
    "typedef unsigned \u{e9}long... t;\nint f(\u{e9}long x);",
    // lang-c backtracks exponentially over a run of signs (this one took minutes).
    "int f(int p) { return p -----------------------------------------------------; }",
    "int a[-----------------------------------------------------x];",
];

#[test]
fn what_fuzzing_found_no_longer_panics() {
    for (i, cdef) in FUZZ_FINDINGS.iter().enumerate() {
        if let Err(why) = check(cdef) {
            panic!("finding {i}: {why}\n--- cdef ---\n{cdef}");
        }
    }
}
