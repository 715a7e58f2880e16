//! Runs the target compiler's preprocessor on `#include <h>` for each of `headers`, and
//! splits its output (`-E -dD`: code, `#define`s kept, line markers) into what the front end
//! reads: the code with every directive blanked, where each line came from, the object-like
//! macros, and every file read (for rebuilds).

use std::path::{Path, PathBuf};

use crate::cdef::text::{Lines, Packing};
use crate::toolchain::compile::{self, BuildError};

/// The preprocessed headers.
pub struct Preprocessed {
    /// The code, `#` lines blanked (line count kept).
    pub code: String,
    /// Per line of `code`: the file (index into `files`) and its line there; `None` for a
    /// blanked directive line.
    pub lines: Vec<Option<(usize, usize)>>,
    /// Every file the preprocessor read, in first-read order.
    pub files: Vec<PathBuf>,
    /// Object-like macros, in definition order (a later one replaces an earlier).
    pub macros: Vec<Macro>,
    /// The compiler's own object-like macros (`__INT_MAX__`, `__SIZEOF_LONG__`, `-D`
    /// flags'): what header macros are written in terms of, never bound themselves. Their
    /// `file` and `line` are 0.
    pub predefined: Vec<Macro>,
    /// The headers' function-like macros, by name: never constants, but callable through
    /// the glue when the cdef declares one as a function.
    pub function_like: Vec<String>,
    /// Per line of `code`: the `#pragma pack(N)` in force there (the most a member may be
    /// aligned), `None` outside one.
    pub packs: Vec<Option<u64>>,
    /// Where each line of `code` starts.
    starts: Lines,
}

#[derive(Clone, Debug)]
pub struct Macro {
    pub name: String,
    pub value: String,
    pub file: usize,
    pub line: usize,
}

impl Preprocessed {
    /// The header file and line of a byte offset of `code`.
    pub fn locate(&self, offset: usize) -> Option<(&Path, usize)> {
        let line = self.starts.line(offset) - 1;
        let (file, n) = self.lines.get(line).copied().flatten()?;
        Some((self.files.get(file)?.as_path(), n))
    }

    /// The `#pragma pack` in force on 1-based line `line` of `code`.
    pub fn pack_at(&self, line: usize) -> Option<u64> {
        self.packs.get(line.wrapping_sub(1)).copied().flatten()
    }
}

/// `cc -E -dD` on the headers, in `tmp` (clang-cl: `/E /d1PP`, its spelling of the same).
pub fn run(tool: &cc::Tool, headers: &[String], tmp: &Path) -> Result<Preprocessed, BuildError> {
    let input = tmp.join("headers.c");
    let text: String = headers
        .iter()
        .map(|h| format!("#include <{h}>\n"))
        .collect();
    std::fs::write(&input, text)
        .map_err(|e| BuildError(format!("cannot write `{}`: {e}", input.display())))?;
    let mut cmd = tool.to_command();
    let flags = match tool.is_like_msvc() {
        true => ["/E", "/d1PP"],
        false => ["-E", "-dD"],
    };
    cmd.args(flags)
        .arg(compile::file_arg(tool, tmp, &input))
        .current_dir(tmp);
    let out = compile::output(cmd, "the C preprocessor", tmp)?;
    Ok(split(&String::from_utf8_lossy(&out), &input))
}

/// Splits preprocessor output; `input` (the `#include` file) and the compiler's own
/// `<built-in>` and `<command-line>` are not headers.
pub fn split(output: &str, input: &Path) -> Preprocessed {
    let mut p = Preprocessed {
        code: String::with_capacity(output.len()),
        lines: Vec::new(),
        files: Vec::new(),
        macros: Vec::new(),
        predefined: Vec::new(),
        function_like: Vec::new(),
        packs: Vec::new(),
        starts: Lines::new(""),
    };
    let mut packing = Packing::default();
    let mut current: Option<usize> = None;
    let mut predefining = false;
    let mut line = 0usize;
    // Files as the markers spell them, parallel to `p.files` (canonical).
    let mut spelled = Vec::new();
    for text in output.lines() {
        if let Some((file, n)) = line_marker(text) {
            current = is_header(file, input).then(|| file_index(&mut spelled, &mut p.files, file));
            predefining = file.starts_with('<');
            line = n;
            blank_line(&mut p, text);
            continue;
        }
        if text.starts_with('#') {
            if let Some(m) = text.strip_prefix("#define ") {
                match current {
                    Some(_) if is_function_like(m) => p.function_like.push(macro_name(m).into()),
                    Some(file) => push_macro(&mut p.macros, m, file, line),
                    None if predefining => push_macro(&mut p.predefined, m, 0, 0),
                    None => {}
                }
            }
            if let Some(name) = text.strip_prefix("#undef ") {
                p.macros.retain(|m| m.name != name.trim());
                p.predefined.retain(|m| m.name != name.trim());
            }
            if let Some(pragma) = text.strip_prefix("#pragma ") {
                packing.apply(pragma.trim());
            }
            blank_line(&mut p, text);
        } else {
            p.code.push_str(text);
            p.code.push('\n');
            p.lines.push(current.map(|f| (f, line)));
            p.packs.push(packing.current);
        }
        line += 1;
    }
    p.starts = Lines::new(&p.code);
    p
}

fn blank_line(p: &mut Preprocessed, text: &str) {
    p.code.extend(std::iter::repeat_n(' ', text.len()));
    p.code.push('\n');
    p.lines.push(None);
    p.packs.push(None);
}

/// `# 12 "/usr/include/zlib.h" 2 3 4`
fn line_marker(text: &str) -> Option<(&str, usize)> {
    let rest = text.strip_prefix("# ")?;
    let (n, rest) = rest.split_once(' ')?;
    let file = rest.strip_prefix('"')?.split('"').next()?;
    Some((file, n.parse().ok()?))
}

fn is_header(file: &str, input: &Path) -> bool {
    !file.starts_with('<') && Path::new(file) != input && !file.ends_with("/headers.c")
}

/// Canonical paths (`include/../x.h` is `x.h`) keep one file one entry, and make error
/// messages name the file as users know it.
fn file_index(spelled: &mut Vec<String>, files: &mut Vec<PathBuf>, file: &str) -> usize {
    if let Some(i) = spelled.iter().position(|f| f == file) {
        return i;
    }
    spelled.push(file.to_string());
    files.push(std::fs::canonicalize(file).unwrap_or_else(|_| PathBuf::from(file)));
    files.len() - 1
}

fn macro_name(definition: &str) -> &str {
    let len = definition
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(definition.len());
    &definition[..len]
}

/// `NAME(a, b) …`: a `(` right after the name.
fn is_function_like(definition: &str) -> bool {
    definition[macro_name(definition).len()..].starts_with('(')
}

/// `NAME value`; a function-like macro is not one.
fn push_macro(macros: &mut Vec<Macro>, definition: &str, file: usize, line: usize) {
    let name = macro_name(definition);
    if name.is_empty() || is_function_like(definition) {
        return;
    }
    let value = &definition[name.len()..];
    macros.retain(|m| m.name != name);
    macros.push(Macro {
        name: name.to_string(),
        value: value.trim().to_string(),
        file,
        line,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_code_macros_and_files() {
        let out = "# 0 \"/t/headers.c\"\n# 0 \"<built-in>\"\n#define __GNUC__ 12\n\
                   # 1 \"/t/headers.c\"\n# 1 \"/usr/include/z.h\" 1 3\n#define Z_OK 0\n\
                   #define MAX(a, b) a\ntypedef int zint;\n\n# 3 \"/usr/include/z.h\"\n\
                   zint f(void);\n#undef Z_OK\n";
        let p = split(out, Path::new("/t/headers.c"));
        assert_eq!(p.files, [PathBuf::from("/usr/include/z.h")]);
        assert!(p.macros.is_empty(), "{:?}", p.macros);
        assert_eq!(p.predefined[0].name, "__GNUC__");
        assert_eq!(p.predefined[0].value, "12");
        assert_eq!(p.function_like, ["MAX"]);
        let f = p.code.find("zint f").expect("code kept");
        assert_eq!(p.locate(f), Some((Path::new("/usr/include/z.h"), 3)));
        assert_eq!(p.code.lines().count(), out.lines().count());
    }

    /// Each code line knows the `#pragma pack` around it, through pushes, named pushes,
    /// pops, resets and `show`.
    #[test]
    fn tracks_pragma_pack() {
        let out = "# 1 \"/usr/include/p.h\" 1 3\n\
                   struct a;\n\
                   #pragma pack(push, 1)\n\
                   struct b;\n\
                   #pragma pack(push, outer, 4)\n\
                   #pragma pack(show)\n\
                   struct c;\n\
                   #pragma pack(pop, outer)\n\
                   struct d;\n\
                   #pragma pack(2)\n\
                   struct e;\n\
                   #pragma pack()\n\
                   struct f;\n\
                   #pragma pack(pop)\n\
                   struct g;\n";
        let p = split(out, Path::new("/t/headers.c"));
        let packs: Vec<(char, Option<u64>)> = (p.code.lines().zip(1..))
            .filter_map(|(text, line)| {
                let name = text.strip_prefix("struct ")?.chars().next()?;
                Some((name, p.pack_at(line)))
            })
            .collect();
        let expected = [
            ('a', None),
            ('b', Some(1)),
            ('c', Some(4)),
            ('d', Some(1)),
            ('e', Some(2)),
            ('f', None),
            ('g', None),
        ];
        assert_eq!(packs, expected);
    }
}
