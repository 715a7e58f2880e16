//! Stage 3, the toolchain: everything that runs the C compiler, at build time only, for
//! API-mode blocks.
//!
//! 1. [`probe::plan`]: the questions each cdef item asks the compiler;
//! 2. one compile of the translation unit ([`glue`]: `source`, the glue C needs, the
//!    probe) answers them all ([`probe::apply`]): layouts, values, and what each function
//!    is — a macro, defined here, or a library's (bound directly, no wrapper);
//! 3. only if `source` defines `static` functions the cdef binds, a second compile adds
//!    their wrappers;
//! 4. [`objects`] edits the objects ([`elf`], [`coff`], [`macho`]): probe tables left out
//!    of the link, definitions renamed to hashed names, every other global renamed apart;
//!    [`archive`] writes `lib<name>.a`, or [`compile`] links the shared object.
//!
//! Also here: [`rustc`] (what the rustc expanding us is doing), [`hash`] (the content hash
//! naming every artifact), [`diagnostics`] (compiler messages as located errors).

pub mod archive;
pub mod coff;
pub mod compile;
pub mod diagnostics;
pub mod elf;
pub mod glue;
pub mod hash;
pub mod macho;
pub mod objects;
pub mod probe;
pub mod rustc;
pub mod symbols;

use std::path::{Path, PathBuf};

use crate::input::{Block, Mode, manifest_path};
use crate::model::{Cdef, ConstSource};
use crate::target::{Os, Target};
use compile::{BuildError, TempDir};

/// Bumped whenever the glue or artifact format changes, so old artifacts are not reused.
const GLUE_FORMAT: &str = "ffi-glue-7";

/// Names fixed by the block's content hash; the expansion depends on nothing else.
#[derive(Clone, Debug)]
pub struct Artifact {
    /// The full content hash (hex), compiled into shared-mode binaries as the fingerprint.
    pub hash: String,
    /// `ffi_<block>_<hash16>`: the static library's link name (`lib<name>.a`).
    pub lib_name: String,
    /// `__ffi_<hash16>_`: the prefix of every symbol the block defines for Rust.
    pub symbol_prefix: String,
    /// What `mode shared` builds: `lib<name>.so`, `<name>.dll` or `lib<name>.dylib`.
    pub shared_file: String,
}

/// The compiler settings of a block, resolved.
pub struct Settings {
    pub target: String,
    pub host: String,
    pub opt_level: String,
    /// See [`rustc::Rustc::crt_static`]: `cc` picks `-MT` or `-MD` from it.
    pub crt_static: Option<bool>,
    pub include_dirs: Vec<PathBuf>,
    pub defines: Vec<(String, String)>,
    pub flags: Vec<String>,
    /// The C compiler, when not the one `cc` finds (`CC_<target>`, …): tests pass zig's.
    pub compiler: Option<PathBuf>,
}

impl Settings {
    pub fn new(block: &Block, rustc: &rustc::Rustc) -> Self {
        Settings {
            target: rustc.target.clone(),
            host: rustc.host.clone(),
            opt_level: rustc.opt_level.clone(),
            crt_static: rustc.crt_static,
            include_dirs: block
                .include_dirs
                .iter()
                .map(|l| manifest_path(&l.value()))
                .collect(),
            defines: block
                .defines
                .iter()
                .map(|(k, v)| (k.value(), v.value()))
                .collect(),
            flags: block.flags.iter().map(|l| l.value()).collect(),
            compiler: None,
        }
    }
}

/// Hashes everything that determines the artifact's ABI: never this crate's version.
pub fn artifact(
    block: &Block,
    settings: &Settings,
    inputs: &[(String, Vec<u8>)],
) -> syn::Result<Artifact> {
    let mut h = hash::Hasher::new();
    h.field("format", GLUE_FORMAT);
    h.field("mode", mode_name(&block.mode));
    // The library is in the expansion: two blocks that differ only in it must not share a
    // cached one.
    if let Mode::Dlopen(library) = &block.mode {
        h.field("dlopen", &library.value());
    }
    for f in compile::FIXED_FLAGS {
        h.field("fixed_flag", f);
    }
    for c in &block.cdef {
        h.field("cdef", &c.text);
    }
    for i in &block.includes {
        let path = &i.path;
        h.field("include", &quote::quote!(#path).to_string());
        h.field("include_cdef", &i.cdef.text);
    }
    if let Some(s) = &block.source {
        h.field("source", &s.value());
    }
    if let Some(f) = &block.source_file {
        h.field("source_file", &f.text);
    }
    for f in &block.sources {
        let path = manifest_path(&f.value());
        let bytes = std::fs::read(&path).map_err(|e| {
            syn::Error::new(f.span(), format!("cannot read `{}`: {e}", path.display()))
        })?;
        h.field("sources", &f.value());
        h.bytes("sources_content", &bytes);
    }
    for (name, bytes) in inputs {
        h.field("input", name);
        h.bytes("input_content", bytes);
    }
    for (tag, list) in [
        ("header", &block.headers),
        ("allow", &block.allow),
        ("library", &block.libraries),
    ] {
        for l in list {
            h.field(tag, &l.value());
        }
    }
    for d in &settings.include_dirs {
        h.field("include_dir", &d.display().to_string());
    }
    for (k, v) in &settings.defines {
        h.field("define", &format!("{k}={v}"));
    }
    for f in &settings.flags {
        h.field("flag", f);
    }
    for r in &block.rust_fns {
        h.field("rust_fn", &r.name.to_string());
    }
    h.field("target", &settings.target);
    h.field("opt_level", &settings.opt_level);
    if let Some(crt_static) = settings.crt_static {
        h.field("crt_static", &crt_static.to_string());
    }
    h.field("compiler", &compile::compiler_identity(&settings.target));
    let hash = h.finish_hex();
    let short = &hash[..16];
    let stem = block.module.as_ref().map_or_else(
        || "block".to_string(),
        |m| m.to_string().trim_start_matches("r#").to_string(),
    );
    let lib_name = format!("ffi_{stem}_{short}");
    Ok(Artifact {
        shared_file: shared_file_name(Target::new(&settings.target).os, &lib_name),
        lib_name,
        symbol_prefix: symbols::prefix(short),
        hash,
    })
}

fn mode_name(mode: &Mode) -> &'static str {
    match mode {
        Mode::Static => "static",
        Mode::Shared => "shared",
        Mode::Dlopen(_) => "dlopen",
        Mode::Link => "link",
    }
}

/// The file a `mode shared` block builds and ships, named as the target's shared
/// libraries are.
fn shared_file_name(os: Os, lib_name: &str) -> String {
    match os {
        Os::Windows { .. } => format!("{lib_name}.dll"),
        Os::Apple => format!("lib{lib_name}.dylib"),
        Os::Unix => format!("lib{lib_name}.so"),
    }
}

/// The exported symbol holding a shared artifact's hash (`ffi_runtime::FINGERPRINT_SYMBOL`).
pub const FINGERPRINT: &str = "__ffi_fingerprint";

/// Which artifact an API-mode block builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `lib<name>.a`, linked into the crate.
    Static,
    /// `lib<name>.so` (`.dll`, `.dylib`), loaded on first use; it also exports a fingerprint.
    Shared,
}

impl Kind {
    /// The artifact a block's mode builds; `None` for blocks that compile nothing.
    pub fn of(mode: &Mode) -> Option<Kind> {
        match mode {
            Mode::Static => Some(Kind::Static),
            Mode::Shared => Some(Kind::Shared),
            Mode::Link | Mode::Dlopen(_) => None,
        }
    }
}

/// Where the build puts a block's artifact.
pub fn output_path(link_dir: &Path, art: &Artifact, kind: Kind) -> PathBuf {
    match kind {
        Kind::Static => link_dir.join(format!("lib{}.a", art.lib_name)),
        Kind::Shared => link_dir.join(&art.shared_file),
    }
}

/// What the expansion needs to know about the artifact.
pub struct Built {
    /// Whether the static archive defines anything Rust calls (else it is not linked).
    pub archive: bool,
}

/// What one block's toolchain run works with.
pub struct Job<'a> {
    pub block: &'a Block,
    pub settings: &'a Settings,
    pub art: &'a Artifact,
    pub target: &'a Target,
    pub kind: Kind,
    /// Where artifacts go; `None` (rust-analyzer) compiles in a temp dir and keeps nothing.
    pub link_dir: Option<&'a Path>,
}

/// Probes, verifies and builds an API-mode block, filling `cdef` with what the compiler
/// says (layouts, values, the symbol each function is called by).
pub fn run(job: &Job, cdef: &mut Cdef) -> syn::Result<Built> {
    let parent = job
        .link_dir
        .map_or_else(std::env::temp_dir, Path::to_path_buf);
    let failed = |e: BuildError| syn::Error::new(diagnostics::compile_error_span(job.block), e.0);
    std::fs::create_dir_all(&parent).map_err(|e| {
        failed(BuildError(format!(
            "cannot create `{}`: {e}",
            parent.display()
        )))
    })?;
    let tmp = TempDir::new(&parent, &job.art.lib_name).map_err(failed)?;
    let tool = compile::compiler(job.settings).map_err(failed)?;
    let (object, findings) = probe_and_compile(job, cdef, &tool, &tmp.0)?;
    let mut renames = findings.renames;
    let sources = compile_sources(job, cdef, &tool, &tmp.0, &mut renames).map_err(failed)?;
    let keep = keep_list(job, cdef);
    let Some(link_dir) = job.link_dir else {
        return Ok(Built {
            archive: !keep.is_empty(),
        });
    };
    let objects: Vec<PathBuf> = std::iter::once(object).chain(sources).collect();
    let output = output_path(link_dir, job.art, job.kind);
    let finish = objects::Finish {
        objects: &objects,
        renames: &renames,
        keep: (job.kind == Kind::Static).then_some(&keep[..]),
        symbol_prefix: &job.art.symbol_prefix,
        label_prefix: job.target.label_prefix(),
    };
    let finished = objects::finish(&finish).map_err(failed)?;
    let apple = job.target.os == Os::Apple;
    match job.kind {
        Kind::Static => {
            let members = if keep.is_empty() {
                Vec::new()
            } else {
                finished
            };
            compile::static_archive(members, apple, &tmp.0, &output).map_err(failed)?;
        }
        Kind::Shared => {
            let libraries: Vec<String> = job.block.libraries.iter().map(|l| l.value()).collect();
            let paths = objects::write_all(&finished).map_err(failed)?;
            let link = compile::SharedLink {
                tool: &tool,
                apple,
                tmp: &tmp.0,
                objects: &paths,
                keep: &keep,
                libraries: &libraries,
            };
            compile::shared_object(&link, &output).map_err(failed)?;
        }
    }
    Ok(Built {
        archive: !keep.is_empty(),
    })
}

/// The first compile answers the probe. The artifact's glue is then written from what the
/// probe decided (which functions are wrapped, and with which types), and compiled again
/// only if that differs from the first compile's: a wrapper's signature is always the one
/// the expansion calls.
fn probe_and_compile(
    job: &Job,
    cdef: &mut Cdef,
    tool: &cc::Tool,
    tmp: &Path,
) -> syn::Result<(PathBuf, probe::Findings)> {
    let first = first_compile(job, cdef, tool, tmp)?;
    let mut findings = probe::apply(first.questions, &first.answers, cdef);
    findings.fallbacks = first.fallbacks;
    relax(job, cdef, tool, tmp, &mut findings.problems);
    describe(job, cdef, tool, tmp, &mut findings.problems);
    diagnostics::problems(job.block, &findings.problems)?;
    let unit = unit_text(job, cdef)?;
    let compiled = if unit == first.unit {
        first.compiled
    } else {
        compile::compile_unit(tool, tmp, "glue", &unit, "")
            .map_err(|e| glue_failure(job, cdef, tool, tmp, &e.0))?
    };
    for (function, param) in glue::written_params(&compiled.warnings) {
        if let Some(f) = cdef.functions.get_mut(function) {
            f.c_writes.push(param);
        }
    }
    Ok((compiled.object, findings))
}

/// A glue compile that failed: each wrapper C cannot compile is a located error about its
/// function (with the compiler's type for it where it can be named), the rest as the
/// compiler said it.
fn glue_failure(job: &Job, cdef: &Cdef, tool: &cc::Tool, tmp: &Path, output: &str) -> syn::Error {
    let output = symbols::readable(output, &job.art.symbol_prefix);
    let mut problems: Vec<probe::Problem> = diagnostics::wrapper_errors(&output)
        .into_iter()
        .filter_map(|(index, said)| {
            let f = cdef.functions.get(index)?;
            Some(diagnostics::unconvertible(cdef, f, &said))
        })
        .collect();
    if problems.is_empty() {
        return diagnostics::compile_failure(job.block, job.art, &output);
    }
    describe(job, cdef, tool, tmp, &mut problems);
    let mut errors = crate::errors::Errors::new();
    if let Err(e) = diagnostics::problems(job.block, &problems) {
        errors.push(e);
    }
    if diagnostics::has_other_errors(&output) {
        errors.push(diagnostics::compile_failure(job.block, job.art, &output));
    }
    match errors.finish() {
        Err(e) => e,
        Ok(()) => syn::Error::new(job.block.span, "the C compiler failed"),
    }
}

/// Drops the type problems of fields and globals that C's pointer conversions bridge: the
/// cdef's pointer differs from the C's only in what the pointee's qualifiers are (zlib's
/// `Bytef *next_in` declared `const unsigned char *`), which changes neither layout nor
/// ABI. One more compile, only when there is such a problem to look at.
fn relax(job: &Job, cdef: &Cdef, tool: &cc::Tool, tmp: &Path, problems: &mut Vec<probe::Problem>) {
    let checks: Vec<(usize, &str)> = problems
        .iter()
        .enumerate()
        .filter_map(|(i, p)| Some((i, p.relaxed.as_deref()?)))
        .collect();
    if checks.is_empty() {
        return;
    }
    let Ok(unit) = unit_text(job, cdef) else {
        return;
    };
    let before_glue = unit.split("#line 1 \"ffi-glue\"").next().unwrap_or("");
    let text = diagnostics::relaxed_unit(before_glue, &checks);
    // Which checks failed; `None`: the compile failed elsewhere, so none is known to pass.
    let failed = match compile::compile_unit(tool, tmp, "relaxed", &text, "") {
        Ok(_) => Some(Vec::new()),
        Err(e) => diagnostics::relaxed_failures(&e.0),
    };
    let Some(failed) = failed else {
        return;
    };
    let bridged: Vec<usize> = (0..checks.len())
        .filter(|check| !failed.contains(check))
        .map(|check| checks[check].0)
        .collect();
    *problems = std::mem::take(problems)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !bridged.contains(i))
        .map(|(_, p)| p)
        .collect();
}

/// Names, in each type disagreement, the type the compiler has (one more compile, only
/// when there is a disagreement to explain).
fn describe(job: &Job, cdef: &Cdef, tool: &cc::Tool, tmp: &Path, problems: &mut [probe::Problem]) {
    let exprs: Vec<&str> = problems.iter().filter_map(|p| p.expr.as_deref()).collect();
    if exprs.is_empty() {
        return;
    }
    let Ok(unit) = unit_text(job, cdef) else {
        return;
    };
    // The unit up to its glue: the user's code and headers, which declare every name.
    let before_glue = unit.split("#line 1 \"ffi-glue\"").next().unwrap_or("");
    let text = diagnostics::describe_unit(before_glue, &exprs);
    let output = match compile::compile_unit(tool, tmp, "describe", &text, "") {
        Ok(_) => return,
        Err(e) => e.0,
    };
    let types = diagnostics::described_types(&output, exprs.len());
    diagnostics::add_types(problems, &types);
}

fn context<'a>(job: &'a Job, fallbacks: &'a probe::Fallbacks) -> probe::Context<'a> {
    probe::Context {
        target: job.target,
        prefix: &job.art.symbol_prefix,
        incomplete: &fallbacks.incomplete,
        runtime: &fallbacks.runtime,
        cdef_only: &fallbacks.cdef_only,
    }
}

/// The first compile: its unit and object, the probe's questions and answers, and how
/// the questions were finally asked.
struct FirstCompile {
    unit: String,
    compiled: compile::Compiled,
    questions: probe::Questions,
    answers: probe::Answers,
    fallbacks: probe::Fallbacks,
}

/// Compiles the unit with the probe and reads the answers. A question that may fail (see
/// [`probe::Fallbacks`]) and does is asked differently on the next try.
fn first_compile(job: &Job, cdef: &Cdef, tool: &cc::Tool, tmp: &Path) -> syn::Result<FirstCompile> {
    let unit = unit_text(job, cdef)?;
    let mut fallbacks = probe::Fallbacks::default();
    loop {
        let questions = probe::plan(cdef, &context(job, &fallbacks));
        let header = probe::header(&questions);
        let error = match compile::compile_unit(tool, tmp, "block", &unit, &header) {
            Ok(compiled) => {
                let bytes = compile::read(&compiled.object)
                    .map_err(|e| syn::Error::new(job.block.span, e.0))?;
                let answers = probe::answers(&bytes, &probe::expected_shape(&questions))
                    .map_err(|m| syn::Error::new(job.block.span, m))?;
                return Ok(FirstCompile {
                    unit,
                    compiled,
                    questions,
                    answers,
                    fallbacks,
                });
            }
            Err(e) => e.0,
        };
        // Real errors first: the pseudo-file lines often only echo them.
        let real: Vec<&str> = error
            .lines()
            .filter(|l| !probe::is_fallback_line(l))
            .collect();
        let real_errors = real.iter().any(|l| l.contains("error:"));
        if real_errors || !fallbacks.absorb(probe::Fallbacks::from_errors(cdef, &error)) {
            return Err(glue_failure(job, cdef, tool, tmp, &real.join("\n")));
        }
    }
}

fn unit_text(job: &Job, cdef: &Cdef) -> syn::Result<String> {
    let unit = glue::Unit {
        block: job.block,
        cdef,
        prefix: &job.art.symbol_prefix,
        kind: job.kind,
        fingerprint: (job.kind == Kind::Shared).then_some(job.art.hash.as_str()),
    };
    glue::translation_unit(&unit).map_err(|m| syn::Error::new(job.block.cdef_span(), m))
}

/// `sources [...]`: compiled separately. A function the cdef binds that one of them
/// defines is renamed like one `source` defines.
fn compile_sources(
    job: &Job,
    cdef: &mut Cdef,
    tool: &cc::Tool,
    tmp: &Path,
    renames: &mut Vec<(String, String)>,
) -> Result<Vec<PathBuf>, BuildError> {
    let mut objects = Vec::new();
    let mut defined = Vec::new();
    // C's names, as the cdef has them: without Mach-O's and 32-bit Windows' `_`.
    let label = job.target.label_prefix();
    for (i, lit) in job.block.sources.iter().enumerate() {
        let path = manifest_path(&lit.value());
        let object = compile::compile_file(tool, tmp, &path, &tmp.join(format!("sources{i}.o")))?;
        let globals = archive::defined_globals(&compile::read(&object)?).map_err(BuildError)?;
        defined.extend(
            globals
                .into_iter()
                .filter_map(|g| g.strip_prefix(label).map(str::to_string)),
        );
        objects.push(object);
    }
    let prefix = &job.art.symbol_prefix;
    for f in &mut cdef.functions {
        if let Some(symbol) = f
            .symbol
            .as_ref()
            .filter(|s| !s.starts_with(prefix.as_str()) && defined.contains(s))
        {
            let hashed = symbols::definition(prefix, &f.name);
            renames.push((symbol.clone(), hashed.clone()));
            f.symbol = Some(hashed);
        }
    }
    Ok(objects)
}

/// The symbols the artifact keeps global: what Rust calls by a hashed name, and in a
/// shared object its fingerprint and `extern "Rust"` table.
fn keep_list(job: &Job, cdef: &Cdef) -> Vec<String> {
    let prefix = &job.art.symbol_prefix;
    let mut keep: Vec<String> = cdef
        .functions
        .iter()
        .filter_map(|f| f.symbol.clone())
        .filter(|s| s.starts_with(prefix.as_str()))
        .collect();
    keep.extend(
        cdef.globals
            .iter()
            .map(|g| symbols::getter(prefix, &g.name)),
    );
    keep.extend(
        cdef.constants
            .iter()
            .filter(|c| matches!(c.source, ConstSource::ProbedTyped(_)) && c.value.is_none())
            .map(|c| symbols::wrapper(prefix, &c.name)),
    );
    if job.kind == Kind::Shared {
        keep.push(FINGERPRINT.to_string());
        if !cdef.rust_functions.is_empty() {
            keep.push(symbols::rust_table(prefix));
        }
    }
    keep
}
