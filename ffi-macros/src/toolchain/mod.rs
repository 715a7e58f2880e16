//! Stage 3, the toolchain: everything that runs the C compiler and binutils, at build time
//! only, for API-mode blocks.
//!
//! 1. [`probe::plan`]: the questions each cdef item asks the compiler;
//! 2. one compile of the translation unit ([`glue`]: `source`, the glue C needs, the
//!    probe) answers them all ([`probe::apply`]): layouts, values, and what each function
//!    is — a macro, defined here, or a library's (bound directly, no wrapper);
//! 3. only if `source` defines `static` functions the cdef binds, a second compile adds
//!    their wrappers;
//! 4. [`compile`] turns the object into the artifact: probe tables removed, definitions
//!    renamed to hashed names, everything else local; [`archive`] writes `lib<name>.a`.
//!
//! Also here: [`rustc`] (what the rustc expanding us is doing), [`hash`] (the content hash
//! naming every artifact), [`diagnostics`] (compiler messages as located errors).

pub mod archive;
pub mod compile;
pub mod diagnostics;
pub mod glue;
pub mod hash;
pub mod probe;
pub mod rustc;

use std::path::{Path, PathBuf};

use crate::input::{Block, Mode, manifest_path};
use crate::model::{Cdef, ConstSource};
use crate::target::Target;
use compile::{BuildError, TempDir};

/// Bumped whenever the glue or artifact format changes, so old artifacts are not reused.
const GLUE_FORMAT: &str = "ffi-glue-3";

/// Names fixed by the block's content hash; the expansion depends on nothing else.
#[derive(Clone, Debug)]
pub struct Artifact {
    /// The full content hash (hex), compiled into shared-mode binaries as the fingerprint.
    pub hash: String,
    /// `ffi_<block>_<hash16>`: the static library's link name (`lib<name>.a`).
    pub lib_name: String,
    /// `__ffi_<hash16>_`: the prefix of every symbol the block defines for Rust.
    pub symbol_prefix: String,
}

/// The compiler settings of a block, resolved.
pub struct Settings {
    pub target: String,
    pub host: String,
    pub opt_level: String,
    pub include_dirs: Vec<PathBuf>,
    pub defines: Vec<(String, String)>,
    pub flags: Vec<String>,
}

impl Settings {
    pub fn new(block: &Block, rustc: &rustc::Rustc) -> Self {
        Settings {
            target: rustc.target.clone(),
            host: rustc.host.clone(),
            opt_level: rustc.opt_level.clone(),
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
    for f in compile::FIXED_FLAGS {
        h.field("fixed_flag", f);
    }
    for c in &block.cdef {
        h.field("cdef", &c.text);
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
    h.field("compiler", &compile::compiler_identity(&settings.target));
    let hash = h.finish_hex();
    let short = &hash[..16];
    let stem = block.module.as_ref().map_or_else(
        || "block".to_string(),
        |m| m.to_string().trim_start_matches("r#").to_string(),
    );
    Ok(Artifact {
        lib_name: format!("ffi_{stem}_{short}"),
        symbol_prefix: symbol_prefix(short),
        hash,
    })
}

/// `__ffi_<hash16>_`, from the first 16 hex digits of an artifact's hash.
pub fn symbol_prefix(short_hash: &str) -> String {
    format!("__ffi_{short_hash}_")
}

fn mode_name(mode: &Mode) -> &'static str {
    match mode {
        Mode::Static => "static",
        Mode::Shared => "shared",
        Mode::Dlopen(_) => "dlopen",
        Mode::Link => "link",
    }
}

/// The file a `mode shared` block builds and ships.
pub fn shared_file_name(art: &Artifact) -> String {
    format!("lib{}.so", art.lib_name)
}

/// The exported symbol holding a shared artifact's hash (`ffi_runtime::FINGERPRINT_SYMBOL`).
pub const FINGERPRINT: &str = "__ffi_fingerprint";

/// Which artifact an API-mode block builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `lib<name>.a`, linked into the crate.
    Static,
    /// `lib<name>.so`, loaded on first use; it also exports a fingerprint.
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
        Kind::Shared => link_dir.join(shared_file_name(art)),
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
    let finish = compile::Finish {
        tool: &tool,
        tmp: &tmp.0,
        objects: &objects,
        renames: &renames,
        keep: (job.kind == Kind::Static).then_some(&keep[..]),
    };
    let finished = compile::finish_object(&finish).map_err(failed)?;
    match job.kind {
        Kind::Static => {
            let object = (!keep.is_empty()).then_some(finished.as_path());
            compile::static_archive(object, &tmp.0, &output).map_err(failed)?;
        }
        Kind::Shared => {
            let libraries: Vec<String> = job.block.libraries.iter().map(|l| l.value()).collect();
            compile::shared_object(&tool, &tmp.0, &finished, &keep, &libraries, &output)
                .map_err(failed)?;
        }
    }
    Ok(Built {
        archive: !keep.is_empty(),
    })
}

/// The first compile answers the probe; a second one wraps `static` functions, if any.
fn probe_and_compile(
    job: &Job,
    cdef: &mut Cdef,
    tool: &cc::Tool,
    tmp: &Path,
) -> syn::Result<(PathBuf, probe::Findings)> {
    let (object, answers, questions, fallbacks) = first_compile(job, cdef, tool, tmp)?;
    let mut findings = probe::apply(questions, &answers, cdef);
    findings.fallbacks = fallbacks;
    describe(job, cdef, tool, tmp, &mut findings.problems);
    diagnostics::problems(job.block, &findings.problems)?;
    if findings.static_functions.is_empty() {
        return Ok((object, findings));
    }
    let unit = unit_text(job, cdef, &findings.static_functions)?;
    let probe_text = probe::header(&probe::plan(cdef, &context(job, &findings.fallbacks)));
    let object = compile::compile_unit(tool, tmp, "wrapped", &unit, &probe_text)
        .map_err(|e| diagnostics::compile_failure(job.block, job.art, &e.0))?;
    Ok((object, findings))
}

/// Names, in each type disagreement, the type the compiler has (one more compile, only
/// when there is a disagreement to explain).
fn describe(job: &Job, cdef: &Cdef, tool: &cc::Tool, tmp: &Path, problems: &mut [probe::Problem]) {
    let exprs: Vec<&str> = problems.iter().filter_map(|p| p.expr.as_deref()).collect();
    if exprs.is_empty() {
        return;
    }
    let Ok(unit) = unit_text(job, cdef, &[]) else {
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

/// Compiles the unit with the probe and reads the answers. A question that may fail (see
/// [`probe::Fallbacks`]) and does is asked differently on the next try.
fn first_compile(
    job: &Job,
    cdef: &Cdef,
    tool: &cc::Tool,
    tmp: &Path,
) -> syn::Result<(PathBuf, probe::Answers, probe::Questions, probe::Fallbacks)> {
    let unit = unit_text(job, cdef, &[])?;
    let mut fallbacks = probe::Fallbacks::default();
    loop {
        let questions = probe::plan(cdef, &context(job, &fallbacks));
        let header = probe::header(&questions);
        let error = match compile::compile_unit(tool, tmp, "block", &unit, &header) {
            Ok(object) => {
                let bytes =
                    compile::read(&object).map_err(|e| syn::Error::new(job.block.span, e.0))?;
                let answers = probe::answers(&bytes, &probe::expected_shape(&questions))
                    .map_err(|m| syn::Error::new(job.block.span, m))?;
                return Ok((object, answers, questions, fallbacks));
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
            return Err(diagnostics::compile_failure(
                job.block,
                job.art,
                &real.join("\n"),
            ));
        }
    }
}

fn unit_text(job: &Job, cdef: &Cdef, static_wrappers: &[String]) -> syn::Result<String> {
    let unit = glue::Unit {
        block: job.block,
        cdef,
        prefix: &job.art.symbol_prefix,
        kind: job.kind,
        static_wrappers,
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
    for (i, lit) in job.block.sources.iter().enumerate() {
        let path = manifest_path(&lit.value());
        let object = compile::compile_file(tool, tmp, &path, &tmp.join(format!("sources{i}.o")))?;
        defined.extend(archive::defined_globals(&compile::read(&object)?).map_err(BuildError)?);
        objects.push(object);
    }
    let prefix = &job.art.symbol_prefix;
    for f in &mut cdef.functions {
        if let Some(symbol) = f
            .symbol
            .as_ref()
            .filter(|s| !s.starts_with(prefix.as_str()) && defined.contains(s))
        {
            let hashed = format!("{prefix}{}", f.name);
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
    keep.extend(cdef.globals.iter().map(|g| format!("{prefix}{}", g.name)));
    keep.extend(
        cdef.constants
            .iter()
            .filter(|c| matches!(c.source, ConstSource::ProbedTyped(_)) && c.value.is_none())
            .map(|c| format!("{prefix}{}", c.name)),
    );
    if job.kind == Kind::Shared {
        keep.push(FINGERPRINT.to_string());
        if !cdef.rust_functions.is_empty() {
            keep.push(glue::rust_table(prefix));
        }
    }
    keep
}
