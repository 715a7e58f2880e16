//! The toolchain stage: everything that runs the C compiler and binutils, at build time only.
//!
//! - [`rustc`]: what the compilation that expands us is doing (linking? for which target?).
//! - [`hash`]: the content hash that names every artifact.
//! - [`glue`]: the C wrappers compiled with `source`.
//! - [`probe`]: the compiler's numbers (sizes, offsets, values) read from an object file,
//!   and [`layout`], the cdef's own view they are checked against.
//! - [`compile`]: compiler and `objcopy` runs, and the artifact cache.
//! - [`archive`]: writes the static library itself.

pub mod archive;
pub mod compile;
pub mod glue;
pub mod hash;
pub mod layout;
pub mod probe;
pub mod rustc;

use std::path::PathBuf;

use crate::input::{Block, Mode, manifest_path};
use crate::model::Cdef;

/// Bumped whenever the glue or artifact format changes, so old artifacts are not reused.
const GLUE_FORMAT: &str = "ffi-glue-2";

/// Names fixed by the block's content hash; the expansion depends on nothing else.
#[derive(Clone, Debug)]
pub struct Artifact {
    /// The full content hash (hex), compiled into shared-mode binaries as the fingerprint.
    pub hash: String,
    /// `ffi_<block>_<hash16>`: the static library's link name (`lib<name>.a`).
    pub lib_name: String,
    /// `__ffi_<hash16>_`: the prefix of every glue symbol.
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
pub fn artifact(block: &Block, settings: &Settings) -> syn::Result<Artifact> {
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
    for f in &block.source_files {
        let path = manifest_path(&f.value());
        let bytes = std::fs::read(&path).map_err(|e| {
            syn::Error::new(f.span(), format!("cannot read `{}`: {e}", path.display()))
        })?;
        h.field("source_file", &f.value());
        h.bytes("source_file_content", &bytes);
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
    for l in &block.libraries {
        h.field("library", &l.value());
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
        symbol_prefix: format!("__ffi_{short}_"),
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

/// The file a `mode shared` block builds and ships.
pub fn shared_file_name(art: &Artifact) -> String {
    format!("lib{}.so", art.lib_name)
}

/// The exported symbol holding a shared artifact's hash (`ffi_runtime::FINGERPRINT_SYMBOL`).
const FINGERPRINT: &str = "__ffi_fingerprint";

/// Which artifact an API-mode block builds.
#[derive(Clone, Copy)]
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
pub fn output_path(link_dir: &std::path::Path, art: &Artifact, kind: Kind) -> PathBuf {
    match kind {
        Kind::Static => link_dir.join(format!("lib{}.a", art.lib_name)),
        Kind::Shared => link_dir.join(shared_file_name(art)),
    }
}

/// Builds the block's artifact into `link_dir`, unless the cache already has it.
pub fn build(
    block: &Block,
    cdef: &Cdef,
    settings: &Settings,
    art: &Artifact,
    link_dir: &std::path::Path,
    kind: Kind,
) -> syn::Result<()> {
    let output = output_path(link_dir, art, kind);
    if output.exists() {
        return Ok(());
    }
    let mut unit = glue::translation_unit(block, cdef, &art.symbol_prefix)
        .map_err(|e| syn::Error::new(block.cdef_span(), e))?;
    let mut keep = glue::exported_symbols(cdef, &art.symbol_prefix);
    if let Kind::Shared = kind {
        unit.push_str(&format!("const char {FINGERPRINT}[] = \"{}\";\n", art.hash));
        keep.push(FINGERPRINT.to_string());
    }
    let sources: Vec<PathBuf> = block
        .source_files
        .iter()
        .map(|l| manifest_path(&l.value()))
        .collect();
    let job = compile::Job {
        settings,
        unit: &unit,
        sources: &sources,
        keep: &keep,
        lib_name: &art.lib_name,
    };
    let built = match kind {
        Kind::Static => compile::static_archive(&job, &output),
        Kind::Shared => {
            let libraries: Vec<String> = block.libraries.iter().map(|l| l.value()).collect();
            compile::shared_object(&job, &libraries, &output)
        }
    };
    built.map_err(|e| compiler_error(block, art, e))
}

/// A compiler failure as users should read it: glue names without their hash, and the
/// error on the literal that holds the offending line.
pub fn compiler_error(block: &Block, art: &Artifact, e: compile::BuildError) -> syn::Error {
    let text = e.0.replace(&art.symbol_prefix, "");
    let first_error = text.lines().find(|l| l.contains("error:")).unwrap_or("");
    if first_error.starts_with("cdef:") {
        let message = format!(
            "{text}\nnote: `cdef:N` is the cdef line declaring the item; `source` must declare \
             or define everything the cdef names, with compatible types"
        );
        syn::Error::new(block.cdef_span(), message)
    } else {
        syn::Error::new(compile_error_span(block), text)
    }
}

/// C compiler errors point at the `source` literal when there is one.
pub fn compile_error_span(block: &Block) -> proc_macro2::Span {
    block
        .source
        .as_ref()
        .map(|s| s.span())
        .or_else(|| block.source_files.first().map(|s| s.span()))
        .unwrap_or(block.span)
}
