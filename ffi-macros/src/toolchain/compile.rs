//! Runs the C toolchain: compile, combine, localize, archive. Build time only.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Settings;

/// Flags we add to every compile. Part of the artifact hash: changing them must rebuild.
pub const FIXED_FLAGS: &[&str] = &[
    // objcopy must see real object code, whatever the user's CFLAGS say.
    "-fno-lto",
    // Glue calling an undeclared function means the cdef names something `source` does not
    // declare: an error, not C89's implicit declaration.
    "-Werror=implicit-function-declaration",
    // Call shared-library functions through the GOT, as Rust does, not a PLT stub: the
    // glue's hop to a libz function is then one indirect jump.
    "-fno-plt",
];

/// A toolchain failure, with the tool's own message.
#[derive(Debug)]
pub struct BuildError(pub String);

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Identifies the C compiler cheaply (no process is run): which binary, and which build
/// of it, plus the environment `cc` reads flags from.
pub fn compiler_identity(target: &str) -> String {
    let under = target.replace('-', "_");
    let var = |names: &[String]| names.iter().find_map(|n| std::env::var(n).ok());
    let cc = var(&[
        format!("CC_{target}"),
        format!("CC_{under}"),
        "TARGET_CC".into(),
        "CC".into(),
    ])
    .unwrap_or_else(|| "cc".into());
    let cflags = var(&[
        format!("CFLAGS_{target}"),
        format!("CFLAGS_{under}"),
        "TARGET_CFLAGS".into(),
        "CFLAGS".into(),
    ])
    .unwrap_or_default();
    let program = cc.split_whitespace().next().unwrap_or("cc").to_string();
    let stamp = find_in_path(&program)
        .and_then(|p| std::fs::canonicalize(&p).ok())
        .and_then(|p| {
            let m = std::fs::metadata(&p).ok()?;
            let mtime = m
                .modified()
                .ok()?
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_secs();
            Some(format!("{} {} {mtime}", p.display(), m.len()))
        })
        .unwrap_or_default();
    format!("{cc}|{stamp}|{cflags}")
}

fn find_in_path(program: &str) -> Option<PathBuf> {
    let p = Path::new(program);
    if p.components().count() > 1 {
        return p.exists().then(|| p.to_path_buf());
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(program))
        .find(|c| c.is_file())
}

/// A `cc::Build` that prints nothing: `cargo:` lines from a proc macro would leak into the
/// user's build output.
pub fn cc_build(settings: &Settings) -> cc::Build {
    let mut b = cc::Build::new();
    b.target(&settings.target)
        .host(&settings.host)
        .opt_level_str(&settings.opt_level)
        .debug(false)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .cargo_output(false)
        .cargo_debug(false)
        .emit_rerun_if_env_changed(false);
    for d in &settings.include_dirs {
        b.include(d);
    }
    for (k, v) in &settings.defines {
        b.define(k, v.as_str());
    }
    for f in &settings.flags {
        b.flag(f);
    }
    b
}

/// `<pid>-<n>`: unique among every process and thread writing into the same directory.
fn unique_suffix() -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{}-{n}", std::process::id())
}

/// Writes `path` under a temp name beside it, then renames: concurrent expansions of the
/// same block never read a partial file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().ok_or(std::io::ErrorKind::InvalidInput)?;
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().ok_or(std::io::ErrorKind::InvalidInput)?;
    let staged = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        unique_suffix()
    ));
    std::fs::write(&staged, bytes)?;
    std::fs::rename(&staged, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&staged);
    })
}

/// A fresh private directory next to where the artifact will land, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(parent: &Path, stem: &str) -> Result<Self, BuildError> {
        let dir = parent.join(format!(".tmp-{stem}-{}", unique_suffix()));
        std::fs::create_dir_all(&dir)
            .map_err(|e| BuildError(format!("cannot create `{}`: {e}", dir.display())))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(mut cmd: Command, what: &str, tmp: &Path) -> Result<(), BuildError> {
    let out = cmd.output().map_err(|e| {
        BuildError(format!(
            "cannot run {what} (`{:?}`): {e}",
            cmd.get_program()
        ))
    })?;
    if out.status.success() {
        return Ok(());
    }
    let mut text = String::from_utf8_lossy(&out.stderr).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stdout));
    // Temp paths mean nothing to the user and vary between runs.
    let tmp = format!("{}/", tmp.display());
    Err(BuildError(format!(
        "{what} failed:\n{}",
        text.replace(&tmp, "").trim_end()
    )))
}

/// The C compiler for these settings. `cc` may run the compiler to identify it, so this
/// is looked up once per build and passed along.
pub fn compiler(settings: &Settings) -> Result<cc::Tool, BuildError> {
    // The probe and the build of one block ask with the same settings; so do most blocks
    // of one crate. Environment variables `cc` reads are fixed for a rustc process.
    static FOUND: Mutex<Vec<(String, cc::Tool)>> = Mutex::new(Vec::new());
    let key = format!(
        "{}|{}|{}|{:?}|{:?}|{:?}",
        settings.target,
        settings.host,
        settings.opt_level,
        settings.include_dirs,
        settings.defines,
        settings.flags
    );
    if let Some((_, tool)) = FOUND
        .lock()
        .ok()
        .and_then(|f| f.iter().find(|(k, _)| *k == key).cloned())
    {
        return Ok(tool);
    }
    let tool = cc_build(settings)
        .try_get_compiler()
        .map_err(|e| BuildError(format!("cannot find a C compiler: {e}")))?;
    if let Ok(mut found) = FOUND.lock() {
        found.push((key, tool.clone()));
    }
    Ok(tool)
}

/// Compiles `unit` (source + glue) and any source files to objects in `tmp`.
pub fn compile_objects(
    tool: &cc::Tool,
    unit: &str,
    sources: &[PathBuf],
    tmp: &Path,
    extra_flags: &[&str],
) -> Result<Vec<PathBuf>, BuildError> {
    let unit_path = tmp.join("block.c");
    std::fs::write(&unit_path, unit)
        .map_err(|e| BuildError(format!("cannot write `{}`: {e}", unit_path.display())))?;
    let mut objects = Vec::new();
    for (i, src) in std::iter::once(&unit_path).chain(sources).enumerate() {
        let obj = tmp.join(format!("{i}.o"));
        let mut cmd = tool.to_command();
        cmd.args(FIXED_FLAGS)
            .args(extra_flags)
            .arg("-c")
            .arg(src)
            .arg("-o")
            .arg(&obj)
            .current_dir(tmp);
        run(cmd, "the C compiler", tmp)?;
        objects.push(obj);
    }
    Ok(objects)
}

/// Finds a binutils tool matching the compiler (`x86_64-linux-gnu-gcc` → `x86_64-linux-gnu-objcopy`).
fn binutil(compiler: &Path, tool: &str) -> PathBuf {
    let name = compiler.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if let Some(prefix) = name.rfind('-').map(|i| &name[..=i]) {
        let candidate = format!("{prefix}{tool}");
        if let Some(p) = find_in_path(&candidate) {
            return p;
        }
    }
    PathBuf::from(tool)
}

fn read(path: &Path) -> Result<Vec<u8>, BuildError> {
    std::fs::read(path).map_err(|e| BuildError(format!("cannot read `{}`: {e}", path.display())))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    std::fs::write(path, bytes)
        .map_err(|e| BuildError(format!("cannot write `{}`: {e}", path.display())))
}

/// What a block compiles into an artifact.
pub struct Job<'a> {
    pub settings: &'a Settings,
    /// The translation unit: `source`, then the glue.
    pub unit: &'a str,
    /// `source_file`s and `sources`, compiled alongside.
    pub sources: &'a [PathBuf],
    /// The only symbols left global: the glue's (and any variadic functions').
    pub keep: &'a [String],
    pub lib_name: &'a str,
}

/// Compiles a job in a fresh temp dir beside `output` (so the final rename stays on one
/// file system).
fn compile_beside(
    job: &Job,
    output: &Path,
) -> Result<(TempDir, cc::Tool, Vec<PathBuf>), BuildError> {
    let parent = output
        .parent()
        .ok_or_else(|| BuildError("the artifact has no directory".into()))?;
    let tmp = TempDir::new(parent, job.lib_name)?;
    let tool = compiler(job.settings)?;
    let objects = compile_objects(&tool, job.unit, job.sources, &tmp.0, &[])?;
    Ok((tmp, tool, objects))
}

/// Moves a finished artifact into place; readers never see a partial file.
fn publish(staged: &Path, output: &Path) -> Result<(), BuildError> {
    std::fs::rename(staged, output).map_err(|e| {
        BuildError(format!(
            "cannot move the artifact to `{}`: {e}",
            output.display()
        ))
    })
}

/// Builds `lib<name>.a` holding one object in which only `keep` stays global, so blocks
/// that define the same C names do not collide.
pub fn static_archive(job: &Job, archive: &Path) -> Result<(), BuildError> {
    let (tmp, tool, mut objects) = compile_beside(job, archive)?;

    // One relocatable object, so references between the block's files resolve before
    // everything but the glue is made local.
    let combined = if objects.len() == 1 {
        objects.remove(0)
    } else {
        let combined = tmp.0.join("block.o");
        let mut ld = tool.to_command();
        ld.args(["-r", "-nostdlib", "-o"])
            .arg(&combined)
            .args(&objects);
        run(ld, "combining the objects (`cc -r`)", &tmp.0)?;
        combined
    };

    let keep_file = tmp.0.join("keep.txt");
    write(&keep_file, job.keep.join("\n").as_bytes())?;
    let mut objcopy = Command::new(binutil(tool.path(), "objcopy"));
    objcopy
        .arg(format!("--keep-global-symbols={}", keep_file.display()))
        .arg(&combined);
    run(objcopy, "objcopy", &tmp.0)?;

    let object = read(&combined)?;
    let symbols = super::archive::defined_globals(&object).map_err(BuildError)?;
    let staged = tmp.0.join(archive.file_name().unwrap_or_default());
    write(
        &staged,
        &super::archive::gnu_archive("block.o", &object, &symbols),
    )?;
    publish(&staged, archive)
}

/// Builds `lib<name>.so` exporting only `keep` (a linker version script makes everything
/// else local, so the block's C neither collides with nor is interposed by other code).
pub fn shared_object(job: &Job, libraries: &[String], output: &Path) -> Result<(), BuildError> {
    let (tmp, tool, objects) = compile_beside(job, output)?;
    let script = tmp.0.join("exports.map");
    let globals: String = job.keep.iter().map(|k| format!("{k}; ")).collect();
    write(
        &script,
        format!("{{ global: {globals}local: *; }};\n").as_bytes(),
    )?;
    let staged = tmp.0.join(output.file_name().unwrap_or_default());
    let mut ld = tool.to_command();
    ld.arg("-shared")
        .arg("-o")
        .arg(&staged)
        .args(&objects)
        .arg(format!("-Wl,--version-script={}", script.display()))
        .args(libraries.iter().map(|l| format!("-l{l}")));
    run(ld, "linking the shared object", &tmp.0)?;
    publish(&staged, output)
}
