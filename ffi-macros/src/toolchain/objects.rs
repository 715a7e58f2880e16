//! The block's compiled objects made into what its artifact holds, by the macro itself
//! (no binutils on any host, for ELF, COFF and Mach-O alike):
//!
//! - definitions Rust calls by a hashed name get that name;
//! - in an archive, every other global the block defines is renamed apart with the block's
//!   symbol prefix, references in its other objects too: two blocks that both define
//!   `helper` link into one binary, and neither can interpose on the other or on a library;
//! - the probe's sections are left out of the link.
//!
//! Renaming (not making symbols local) keeps the objects separate: nothing combines them
//! (no `ld -r`), and no symbol index moves.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use object::{FileKind, Object, ObjectSymbol};

use super::compile::{BuildError, read, write};

/// What to do to the block's objects.
pub struct Finish<'a> {
    pub objects: &'a [PathBuf],
    /// (C name, hashed name) for functions Rust calls by a hashed name.
    pub renames: &'a [(String, String)],
    /// C names that stay as they are; `None` keeps every global (a shared object's
    /// version script decides instead).
    pub keep: Option<&'a [String]>,
    /// The block's symbol prefix, for the globals renamed apart.
    pub symbol_prefix: &'a str,
    /// What the target puts before every C name in an object (`_` on Mach-O and i686 Windows).
    pub label_prefix: &'a str,
}

/// One finished object, in memory (an archive takes the bytes), the path beside the
/// original it is written to when a linker needs a file, and the globals it defines.
pub struct Finished {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    pub symbols: Vec<String>,
}

const PROBE_SECTIONS: &[&str] = &[".ffi_probe."];

pub fn finish(f: &Finish) -> Result<Vec<Finished>, BuildError> {
    let objects = f
        .objects
        .iter()
        .map(|p| read(p))
        .collect::<Result<Vec<_>, _>>()?;
    let renames = rename_map(f, &objects).map_err(BuildError)?;
    let mut finished = Vec::with_capacity(objects.len());
    for (i, (path, mut bytes)) in f.objects.iter().zip(objects).enumerate() {
        edit(&mut bytes, &renames).map_err(|e| BuildError(format!("`{}`: {e}", name(path))))?;
        let symbols = super::archive::defined_globals(&bytes).map_err(BuildError)?;
        let path = path.with_file_name(format!("finished-{i}.o"));
        finished.push(Finished {
            path,
            bytes,
            symbols,
        });
    }
    Ok(finished)
}

/// Writes the finished objects where a linker can read them; their paths.
pub fn write_all(finished: &[Finished]) -> Result<Vec<PathBuf>, BuildError> {
    finished
        .iter()
        .map(|f| write(&f.path, &f.bytes).map(|()| f.path.clone()))
        .collect()
}

fn name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// Old symbol to new, as the objects spell them (with the label prefix).
fn rename_map(f: &Finish, objects: &[Vec<u8>]) -> Result<HashMap<String, String>, String> {
    let label = f.label_prefix;
    let mut map: HashMap<String, String> = f
        .renames
        .iter()
        .map(|(old, new)| (format!("{label}{old}"), format!("{label}{new}")))
        .collect();
    let Some(keep) = f.keep else {
        return Ok(map);
    };
    let keep: HashSet<String> = keep.iter().map(|k| format!("{label}{k}")).collect();
    for bytes in objects {
        for symbol in defined_or_common(bytes)? {
            if keep.contains(&symbol) || map.contains_key(&symbol) {
                continue;
            }
            let apart = match symbol.strip_prefix(label) {
                Some(c) => format!("{label}{}l_{c}", f.symbol_prefix),
                None => format!("{}l_{symbol}", f.symbol_prefix),
            };
            map.insert(symbol, apart);
        }
    }
    Ok(map)
}

/// The global symbols an object defines, tentative (common) definitions included.
fn defined_or_common(bytes: &[u8]) -> Result<Vec<String>, String> {
    let file = object::File::parse(bytes).map_err(|e| format!("cannot read the object: {e}"))?;
    Ok(file
        .symbols()
        .filter(|s| s.is_global() && !s.is_undefined())
        .filter_map(|s| s.name().ok().map(str::to_string))
        .collect())
}

/// The little-endian unsigned integer of `N` bytes at `at` of a `format` object.
pub(super) fn le<const N: usize>(b: &[u8], at: usize, format: &str) -> Result<u64, String> {
    let bytes: [u8; N] = b
        .get(at..at + N)
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| format!("the {format} object ends at byte {at}"))?;
    Ok(bytes.iter().rev().fold(0, |v, b| v << 8 | u64::from(*b)))
}

fn edit(bytes: &mut Vec<u8>, renames: &HashMap<String, String>) -> Result<(), String> {
    let kind = FileKind::parse(&bytes[..]).map_err(|e| format!("cannot read the object: {e}"))?;
    match kind {
        FileKind::Elf32 | FileKind::Elf64 => {
            super::elf::rename_symbols(bytes, renames)?;
            super::elf::exclude_sections(bytes, PROBE_SECTIONS)
        }
        FileKind::Coff => {
            super::coff::rename_symbols(bytes, renames)?;
            super::coff::exclude_sections(bytes, PROBE_SECTIONS)
        }
        // The probe's sections stay in Mach-O: a few bytes of data no code reads.
        FileKind::MachO64 => super::macho::rename_symbols(bytes, renames),
        other => Err(format!("cannot edit a {other:?} object")),
    }
}

#[cfg(test)]
mod tests {
    use object::{Object, ObjectSection, ObjectSymbol, SectionFlags};
    use std::path::{Path, PathBuf};
    use std::process::Command;

    const A: &str = "int helper(int x) { return x + 1; }\n\
        int add(int a, int b) { return helper(a) + b; }\n\
        __attribute__((section(\".ffi_probe.i\"), used)) const unsigned long long __ffi_probe_i[] = {1, 2};\n";
    const B: &str = "int helper(int);\n\
        int __ffi_9_g_twice(int x) { return 2 * helper(x); }\n";

    fn compile(cc: &str, dir: &Path, name: &str, text: &str) -> PathBuf {
        let c = dir.join(format!("{name}.c"));
        std::fs::write(&c, text).unwrap();
        let o = dir.join(format!("{name}.o"));
        let status = Command::new(cc)
            .args(["-c", "-O1", "-o"])
            .arg(&o)
            .arg(&c)
            .status()
            .unwrap_or_else(|e| panic!("`{cc}` must be installed (.ci/run does): {e}"));
        assert!(status.success());
        o
    }

    /// Both objects finished as for an archive that keeps one name and renames `add`.
    fn finish_pair(cc: &str, label: &str) -> (PathBuf, Vec<super::Finished>) {
        let dir = std::env::temp_dir().join(format!("ffi-objects-{cc}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let objects = [compile(cc, &dir, "a", A), compile(cc, &dir, "b", B)];
        let renames = [("add".to_string(), "__ffi_9_d_add".to_string())];
        let keep = ["__ffi_9_d_add".to_string(), "__ffi_9_g_twice".to_string()];
        let finish = super::Finish {
            objects: &objects,
            renames: &renames,
            keep: Some(&keep),
            symbol_prefix: "__ffi_9_",
            label_prefix: label,
        };
        (dir, super::finish(&finish).expect("the objects are edited"))
    }

    /// The finished objects linked into one shared library at `out`.
    fn link_shared(cc: &str, out: PathBuf, done: &[super::Finished]) -> PathBuf {
        let status = Command::new(cc)
            .args(["-shared", "-o"])
            .arg(&out)
            .args(super::write_all(done).expect("the edited objects are written"))
            .status()
            .unwrap();
        assert!(status.success(), "`{cc} -shared` links the edited objects");
        out
    }

    fn names(bytes: &[u8]) -> Vec<String> {
        let file = object::File::parse(bytes).unwrap();
        file.symbols()
            .filter(|s| s.is_global())
            .filter_map(|s| s.name().ok().map(str::to_string))
            .collect()
    }

    fn probe_flags(bytes: &[u8]) -> SectionFlags {
        let file = object::File::parse(bytes).unwrap();
        let probe = file.sections().find(|s| s.name() == Ok(".ffi_probe.i"));
        probe
            .expect("the probe section is still in the object")
            .flags()
    }

    #[test]
    fn elf_symbols_are_renamed_apart_and_the_probe_left_out() {
        let (dir, done) = finish_pair("gcc", "");
        let a = names(&done[0].bytes);
        assert!(a.contains(&"__ffi_9_l_helper".into()), "{a:?}");
        assert!(a.contains(&"__ffi_9_d_add".into()), "{a:?}");
        assert!(a.contains(&"__ffi_9_l___ffi_probe_i".into()), "{a:?}");
        assert!(!a.iter().any(|n| n == "helper" || n == "add"), "{a:?}");
        // The reference in the other object follows its definition.
        let b = names(&done[1].bytes);
        assert!(b.contains(&"__ffi_9_l_helper".into()) && b.contains(&"__ffi_9_g_twice".into()));
        let SectionFlags::Elf { sh_flags } = probe_flags(&done[0].bytes) else {
            panic!("an ELF section")
        };
        assert_ne!(sh_flags & 0x8000_0000, 0, "SHF_EXCLUDE");
        // Linked, the two objects work together and the probe is gone.
        let linked = std::fs::read(link_shared("gcc", dir.join("pair.so"), &done)).unwrap();
        let file = object::File::parse(&linked[..]).unwrap();
        assert!(file.section_by_name(".ffi_probe.i").is_none());
        assert!(file.symbols().any(|s| s.name() == Ok("__ffi_9_g_twice")));
    }

    #[test]
    fn coff_symbols_are_renamed_apart_and_the_probe_left_out() {
        let (dir, done) = finish_pair("x86_64-w64-mingw32-gcc", "");
        let a = names(&done[0].bytes);
        assert!(a.contains(&"__ffi_9_l_helper".into()), "{a:?}");
        assert!(a.contains(&"__ffi_9_d_add".into()), "{a:?}");
        assert!(!a.iter().any(|n| n == "helper" || n == "add"), "{a:?}");
        assert!(
            !a.iter().any(|n| n.contains("ffi_probe")),
            "made static: {a:?}"
        );
        assert!(names(&done[1].bytes).contains(&"__ffi_9_l_helper".into()));
        let SectionFlags::Coff { characteristics } = probe_flags(&done[0].bytes) else {
            panic!("a COFF section")
        };
        assert_ne!(characteristics & 0x800, 0, "IMAGE_SCN_LNK_REMOVE");
        let dll = link_shared("x86_64-w64-mingw32-gcc", dir.join("pair.dll"), &done);
        let headers = Command::new("x86_64-w64-mingw32-objdump")
            .arg("-h")
            .arg(&dll)
            .output()
            .unwrap();
        let headers = String::from_utf8_lossy(&headers.stdout);
        assert!(
            headers.contains(".text") && !headers.contains("probe"),
            "{headers}"
        );
    }

    #[test]
    fn i686_coff_names_keep_their_underscore() {
        let (_, done) = finish_pair("i686-w64-mingw32-gcc", "_");
        let a = names(&done[0].bytes);
        assert!(a.contains(&"___ffi_9_l_helper".into()), "{a:?}");
        assert!(a.contains(&"___ffi_9_d_add".into()), "{a:?}");
    }
}
