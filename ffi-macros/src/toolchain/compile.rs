//! Runs the C toolchain: compile, link a shared object; writes archives. Build time only.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Settings;

/// Flags we add to every compile. Part of the artifact hash: changing them must rebuild.
pub const FIXED_FLAGS: &[&str] = &[
    // The macro edits the objects: they must be real object code, whatever CFLAGS say.
    "-fno-lto",
    // Glue calling an undeclared function means the cdef names something `source` does not
    // declare: an error, not C89's implicit declaration.
    "-Werror=implicit-function-declaration",
    // Call shared-library functions through the GOT, as Rust does, not a PLT stub: the
    // glue's hop to a libz function is then one indirect jump.
    "-fno-plt",
    // No temporary assembly file between compiler and assembler: a few percent per compile.
    "-pipe",
];

/// What of [`FIXED_FLAGS`] clang-cl (MSVC's driver syntax) takes: COFF has no PLT, and
/// there is no `-pipe` to ask for.
const FIXED_FLAGS_CL: &[&str] = &["-fno-lto", "-Werror=implicit-function-declaration"];

/// The fixed flags for `tool`'s command-line syntax.
fn fixed_flags(tool: &cc::Tool) -> &'static [&'static str] {
    if tool.is_like_msvc() {
        FIXED_FLAGS_CL
    } else {
        FIXED_FLAGS
    }
}

/// The probe and the glue are GNU C (`__typeof__`, `__builtin_types_compatible_p`, asm
/// labels, section attributes): MSVC's own `cl.exe` compiles none of it, clang-cl all.
fn check_dialect(tool: &cc::Tool, target: &str) -> Result<(), BuildError> {
    if tool.is_like_msvc() && !tool.is_like_clang_cl() {
        return Err(BuildError(format!(
            "`{}` is MSVC's `cl.exe`, which lacks the GNU C extensions `ffi!` compiles its \
             probe and glue with (`__typeof__`, `__builtin_types_compatible_p`, asm labels); \
             use clang-cl, which has them and the same ABI: set `CC_{}=clang-cl`",
            tool.path().display(),
            target.replace('-', "_")
        )));
    }
    Ok(())
}

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
    if let Some(crt_static) = settings.crt_static {
        b.static_crt(crt_static);
    }
    for d in &settings.include_dirs {
        b.include(d);
    }
    for (k, v) in &settings.defines {
        b.define(k, v.as_str());
    }
    for f in &settings.flags {
        b.flag(f);
    }
    if let Some(c) = &settings.compiler {
        b.compiler(c);
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

fn run(cmd: Command, what: &str, tmp: &Path) -> Result<(), BuildError> {
    output(cmd, what, tmp).map(drop)
}

/// Runs a tool; its standard output, or its messages (never silence) if it fails.
pub fn output(cmd: Command, what: &str, tmp: &Path) -> Result<Vec<u8>, BuildError> {
    finished(cmd, what, tmp).map(|out| out.stdout)
}

/// Runs a tool; all it printed, or its messages (never silence) if it fails.
fn finished(mut cmd: Command, what: &str, tmp: &Path) -> Result<std::process::Output, BuildError> {
    let out = cmd.output().map_err(|e| {
        BuildError(format!(
            "cannot run {what} (`{:?}`): {e}",
            cmd.get_program()
        ))
    })?;
    if out.status.success() {
        return Ok(out);
    }
    // Diagnostics go to stderr; stdout may be the product (the preprocessor's, huge), so
    // it is shown only from a tool that said nothing else.
    let mut text = String::from_utf8_lossy(&out.stderr).into_owned();
    if text.trim().is_empty() {
        text = String::from_utf8_lossy(&out.stdout).into_owned();
    }
    if text.trim().is_empty() {
        // binutils can fail without a word (objcopy given an empty symbol list did).
        text = format!("{} without a message; the command was {cmd:?}", out.status);
    }
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
        "{}|{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}",
        settings.target,
        settings.host,
        settings.opt_level,
        settings.crt_static,
        settings.include_dirs,
        settings.defines,
        settings.flags,
        settings.compiler
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
    check_dialect(&tool, &settings.target)?;
    if let Ok(mut found) = FOUND.lock() {
        found.push((key, tool.clone()));
    }
    Ok(tool)
}

/// A compiled translation unit: the object, and the compiler's warnings.
pub struct Compiled {
    pub object: PathBuf,
    pub warnings: String,
}

/// Compiles the translation unit (with its probe header beside it) to an object in `tmp`.
/// The glue's checks are the compiler's diagnostics, so a `-w` in the user's flags (which
/// silences even the ones made errors) is dropped here, and `-Wno-error` keeps the
/// warnings it let through from failing the build.
pub fn compile_unit(
    tool: &cc::Tool,
    tmp: &Path,
    stem: &str,
    unit: &str,
    probe: &str,
) -> Result<Compiled, BuildError> {
    write(&tmp.join(super::glue::PROBE_HEADER), probe.as_bytes())?;
    let source = tmp.join(format!("{stem}.c"));
    write(&source, unit.as_bytes())?;
    let object = tmp.join(format!("{stem}.o"));
    let given = tool.to_command();
    let mut cmd = Command::new(given.get_program());
    let quiet = given.get_args().any(|a| a == "-w");
    cmd.args(given.get_args().filter(|a| *a != "-w"));
    for (k, v) in given.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    if quiet {
        cmd.arg("-Wno-error");
    }
    cmd.args(fixed_flags(tool))
        .arg("-c")
        .arg(file_arg(tool, tmp, &source))
        .arg("-o")
        .arg(&object)
        .current_dir(tmp);
    let out = finished(cmd, "the C compiler", tmp)?;
    let warnings = String::from_utf8_lossy(&out.stderr).into_owned();
    Ok(Compiled { object, warnings })
}

/// Compiles one C file with the block's settings plus ours.
pub fn compile_file(
    tool: &cc::Tool,
    tmp: &Path,
    source: &Path,
    object: &Path,
) -> Result<PathBuf, BuildError> {
    let mut cmd = tool.to_command();
    cmd.args(fixed_flags(tool))
        .arg("-c")
        .arg(source_arg(tool, source))
        .arg("-o")
        .arg(object)
        .current_dir(tmp);
    run(cmd, "the C compiler", tmp)?;
    Ok(object.to_path_buf())
}

/// A file in `dir`, the tool's working directory, as the tool is given it: relative for
/// clang-cl, which reads an argument starting with `/` as an option where one matches
/// (`/work/a.c` is `/wo` given `rk/a.c`).
pub fn file_arg<'a>(tool: &cc::Tool, dir: &Path, path: &'a Path) -> &'a Path {
    match tool.is_like_msvc() {
        true => path.strip_prefix(dir).unwrap_or(path),
        false => path,
    }
}

/// A C file anywhere: clang-cl is told it is one (`/Tc`, joined, so never an option).
fn source_arg(tool: &cc::Tool, path: &Path) -> std::ffi::OsString {
    let mut arg = std::ffi::OsString::from(if tool.is_like_msvc() { "/Tc" } else { "" });
    arg.push(path);
    arg
}

pub fn read(path: &Path) -> Result<Vec<u8>, BuildError> {
    std::fs::read(path).map_err(|e| BuildError(format!("cannot read `{}`: {e}", path.display())))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    std::fs::write(path, bytes)
        .map_err(|e| BuildError(format!("cannot write `{}`: {e}", path.display())))
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

/// `lib<name>.a` holding the block's objects (no member at all when nothing is kept).
pub fn static_archive(
    objects: Vec<super::objects::Finished>,
    apple: bool,
    tmp: &Path,
    archive: &Path,
) -> Result<(), BuildError> {
    let members: Vec<super::archive::Member> = objects
        .into_iter()
        .enumerate()
        .map(|(i, o)| super::archive::Member {
            name: format!("ffi{i}.o"),
            bytes: o.bytes,
            symbols: o.symbols,
        })
        .collect();
    let bytes = match apple {
        true => super::archive::bsd_archive(&members),
        false => super::archive::gnu_archive(&members),
    };
    let staged = tmp.join(archive.file_name().unwrap_or_default());
    write(&staged, &bytes)?;
    publish(&staged, archive)
}

/// What a shared object is linked from.
pub struct SharedLink<'a> {
    pub tool: &'a cc::Tool,
    pub apple: bool,
    /// The link's working directory; the objects are in it.
    pub tmp: &'a Path,
    pub objects: &'a [PathBuf],
    /// The symbols it exports; everything else is local to it.
    pub keep: &'a [String],
    pub libraries: &'a [String],
}

/// `lib<name>.so` exporting only `keep` (a linker version script makes everything else
/// local, so the block's C neither collides with nor is interposed by other code). The
/// libraries are always recorded as needed: Rust looks their functions up through it.
pub fn shared_object(link: &SharedLink, output: &Path) -> Result<(), BuildError> {
    let staged = link.tmp.join(output.file_name().unwrap_or_default());
    let ld = if link.tool.is_like_msvc() {
        msvc_dll(link, &staged)?
    } else {
        gnu_shared(link, &staged)?
    };
    run(ld, "linking the shared object", link.tmp)?;
    publish(&staged, output)
}

/// The linker run by GCC's or clang's driver: ELF and PE (GNU ld), Mach-O (ld64, zig).
fn gnu_shared(link: &SharedLink, staged: &Path) -> Result<Command, BuildError> {
    let mut ld = link.tool.to_command();
    ld.arg("-shared").arg("-o").arg(staged).args(link.objects);
    if link.apple {
        // ld64 and zig's linker: an exported-symbols list, in Mach-O's spelling.
        let list = link.tmp.join("exports.txt");
        let names: String = link.keep.iter().map(|k| format!("_{k}\n")).collect();
        write(&list, names.as_bytes())?;
        ld.arg(format!("-Wl,-exported_symbols_list,{}", list.display()));
    } else {
        // GNU ld, for ELF and for PE (where it sets the DLL's export table).
        let script = link.tmp.join("exports.map");
        let globals: String = link.keep.iter().map(|k| format!("{k}; ")).collect();
        write(
            &script,
            format!("{{ global: {globals}local: *; }};\n").as_bytes(),
        )?;
        ld.arg(format!("-Wl,--version-script={}", script.display()))
            .arg("-Wl,--no-as-needed");
    }
    ld.args(link.libraries.iter().map(|l| format!("-l{l}")));
    Ok(ld)
}

/// clang-cl's `/LD`: a DLL whose exports are `keep` (a module-definition file; PE exports
/// only what it is told to), linked against `<library>.lib`.
fn msvc_dll(link: &SharedLink, staged: &Path) -> Result<Command, BuildError> {
    let def = link.tmp.join("exports.def");
    let names: String = link.keep.iter().map(|k| format!("    {k}\n")).collect();
    write(&def, format!("EXPORTS\n{names}").as_bytes())?;
    let prefixed = |flag: &str, path: &Path| {
        let mut arg = std::ffi::OsString::from(flag);
        arg.push(path);
        arg
    };
    let mut ld = link.tool.to_command();
    ld.arg("/LD")
        .args(
            link.objects
                .iter()
                .map(|o| file_arg(link.tool, link.tmp, o)),
        )
        .arg(prefixed("/Fe", staged))
        .arg("/link")
        .arg(prefixed("/DEF:", &def))
        .current_dir(link.tmp);
    ld.args(link.libraries.iter().map(|l| format!("{l}.lib")));
    Ok(ld)
}

#[cfg(test)]
mod dialect_tests {
    use super::check_dialect;

    fn tool(compiler: &str) -> cc::Tool {
        cc::Build::new()
            .compiler(compiler)
            .target("x86_64-pc-windows-msvc")
            .host("x86_64-unknown-linux-gnu")
            .opt_level(0)
            .cargo_metadata(false)
            .cargo_warnings(false)
            .get_compiler()
    }

    #[test]
    fn msvc_cl_is_refused_and_clang_cl_is_not() {
        let e = check_dialect(&tool("cl.exe"), "x86_64-pc-windows-msvc").unwrap_err();
        assert!(e.0.contains("`cl.exe`"), "{}", e.0);
        assert!(
            e.0.contains("CC_x86_64_pc_windows_msvc=clang-cl"),
            "{}",
            e.0
        );
        assert!(check_dialect(&tool("clang-cl"), "x86_64-pc-windows-msvc").is_ok());
        assert!(check_dialect(&tool("x86_64-w64-mingw32-gcc"), "x86_64-pc-windows-gnu").is_ok());
    }
}
