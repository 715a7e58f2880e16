//! Writes a static library without running `ar`: GNU format with a symbol index (ELF,
//! COFF), or BSD format with a `__.SYMDEF SORTED` index (Mach-O, which Apple's linkers
//! require).
//!
//! Each member's defined global symbols are read from the object itself.

use object::{Object, ObjectSymbol};

/// The global symbols an object file defines.
pub fn defined_globals(object_bytes: &[u8]) -> Result<Vec<String>, String> {
    let file =
        object::File::parse(object_bytes).map_err(|e| format!("cannot read the object: {e}"))?;
    Ok(file
        .symbols()
        .filter(|s| s.is_global() && s.is_definition())
        .filter_map(|s| s.name().ok().map(str::to_string))
        .collect())
}

fn header(out: &mut Vec<u8>, name: &str, size: usize) {
    let h = format!("{name:<16}{:<12}{:<6}{:<6}{:<8}{size:<10}`\n", 0, 0, 0, 644);
    debug_assert_eq!(h.len(), 60);
    out.extend_from_slice(h.as_bytes());
}

/// One object of an archive, with the global symbols it defines.
pub struct Member {
    pub name: String,
    pub bytes: Vec<u8>,
    pub symbols: Vec<String>,
}

fn pad_even(out: &mut Vec<u8>) {
    if out.len() % 2 == 1 {
        out.push(b'\n');
    }
}

/// `!<arch>`, the `/` symbol index, then the members (names of at most 15 bytes).
pub fn gnu_archive(members: &[Member]) -> Vec<u8> {
    let count: usize = members.iter().map(|m| m.symbols.len()).sum();
    let names: usize = members
        .iter()
        .flat_map(|m| &m.symbols)
        .map(|s| s.len() + 1)
        .sum();
    let index_size = 4 + 4 * count + names;
    let mut at = 8 + 60 + index_size + index_size % 2;
    let mut offsets = Vec::with_capacity(count);
    for m in members {
        offsets.extend(m.symbols.iter().map(|_| at as u32));
        at += 60 + m.bytes.len() + m.bytes.len() % 2;
    }
    let mut out = Vec::with_capacity(at);
    out.extend_from_slice(b"!<arch>\n");
    header(&mut out, "/", index_size);
    out.extend_from_slice(&(count as u32).to_be_bytes());
    for o in offsets {
        out.extend_from_slice(&o.to_be_bytes());
    }
    for s in members.iter().flat_map(|m| &m.symbols) {
        out.extend_from_slice(s.as_bytes());
        out.push(0);
    }
    pad_even(&mut out);
    for m in members {
        header(&mut out, &format!("{}/", m.name), m.bytes.len());
        out.extend_from_slice(&m.bytes);
        pad_even(&mut out);
    }
    out
}

/// A member's BSD long name (`#1/<len>`), padded so that an object whose header starts
/// at `at` has its bytes 8-aligned, as Apple's `ar` writes it.
fn bsd_name(name: &str, at: usize) -> Vec<u8> {
    let mut padded = name.as_bytes().to_vec();
    padded.push(0);
    while !(at + 60 + padded.len()).is_multiple_of(8) {
        padded.push(0);
    }
    padded
}

/// `!<arch>`, the `__.SYMDEF SORTED` ranlib index, then the members under BSD long names.
pub fn bsd_archive(members: &[Member]) -> Vec<u8> {
    let mut symbols: Vec<(&String, usize)> = members
        .iter()
        .enumerate()
        .flat_map(|(i, m)| m.symbols.iter().map(move |s| (s, i)))
        .collect();
    symbols.sort();
    let mut strings = Vec::new();
    let mut strx = Vec::new();
    for (s, _) in &symbols {
        strx.push(strings.len() as u32);
        strings.extend_from_slice(s.as_bytes());
        strings.push(0);
    }
    while !(4 + 8 * symbols.len() + 4 + strings.len()).is_multiple_of(8) {
        strings.push(0);
    }
    let index_size = 4 + 8 * symbols.len() + 4 + strings.len();
    let mut at = 8 + 60 + index_size;
    let mut placed = Vec::with_capacity(members.len());
    for m in members {
        let name = bsd_name(&m.name, at);
        placed.push((at, name.clone()));
        at += 60 + name.len() + m.bytes.len();
        at += at % 2;
    }
    let mut out = Vec::with_capacity(at);
    out.extend_from_slice(b"!<arch>\n");
    header(&mut out, "__.SYMDEF SORTED", index_size);
    // Mach-O targets are little-endian.
    out.extend_from_slice(&((8 * symbols.len()) as u32).to_le_bytes());
    for (x, (_, member)) in strx.iter().zip(&symbols) {
        out.extend_from_slice(&x.to_le_bytes());
        out.extend_from_slice(&(placed[*member].0 as u32).to_le_bytes());
    }
    out.extend_from_slice(&(strings.len() as u32).to_le_bytes());
    out.extend_from_slice(&strings);
    for (m, (_, name)) in members.iter().zip(&placed) {
        let size = name.len() + m.bytes.len();
        header(&mut out, &format!("#1/{}", name.len()), size);
        out.extend_from_slice(name);
        out.extend_from_slice(&m.bytes);
        pad_even(&mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Member;

    fn member(name: &str, bytes: &[u8], symbols: &[&str]) -> Member {
        Member {
            name: name.into(),
            bytes: bytes.to_vec(),
            symbols: symbols.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn bsd_layout_aligns_the_member() {
        let a = super::bsd_archive(&[member("block.o", b"abcd", &["_g", "_f"])]);
        assert!(a.starts_with(b"!<arch>\n__.SYMDEF SORTED"));
        let index = &a[68..];
        assert_eq!(&index[..4], &16u32.to_le_bytes(), "two ranlib entries");
        // Sorted: `_f` first, at string offset 0.
        let strings_at = 4 + 16 + 4;
        assert_eq!(&index[strings_at..strings_at + 6], b"_f\0_g\0");
        let member_at = u32::from_le_bytes(index[8..12].try_into().unwrap()) as usize;
        assert_eq!(&a[member_at..member_at + 3], b"#1/");
        let data = a.windows(4).position(|w| w == b"abcd").unwrap();
        assert_eq!(data % 8, 0);
    }

    #[test]
    fn layout_matches_gnu_ar() {
        let a = super::gnu_archive(&[member("x.o", b"abc", &["f", "gh"])]);
        assert!(a.starts_with(b"!<arch>\n/               0           0     0     644     "));
        // index: count, two offsets, "f\0gh\0" = 4 + 8 + 5 = 17 bytes, padded to 18.
        let member_at = 8 + 60 + 18;
        assert_eq!(&a[8 + 60..8 + 64], &2u32.to_be_bytes());
        assert_eq!(&a[8 + 64..8 + 68], &(member_at as u32).to_be_bytes());
        assert_eq!(&a[member_at..member_at + 4], b"x.o/");
        assert_eq!(&a[member_at + 60..member_at + 63], b"abc");
        assert_eq!(a.len(), member_at + 60 + 4);
    }
}
