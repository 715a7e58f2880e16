//! Writes a static library without running `ar`: GNU format with a symbol index (ELF,
//! COFF), or BSD format with a `__.SYMDEF SORTED` index (Mach-O, which Apple's linkers
//! require).
//!
//! One member, whose defined global symbols are read from the object itself.

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

/// `!<arch>`, the `/` symbol index, then `member` itself.
pub fn gnu_archive(member_name: &str, member: &[u8], symbols: &[String]) -> Vec<u8> {
    let index_size = 4 + 4 * symbols.len() + symbols.iter().map(|s| s.len() + 1).sum::<usize>();
    let padded = |n: usize| n + n % 2;
    let member_offset = 8 + 60 + padded(index_size);
    let mut out = Vec::with_capacity(member_offset + 60 + padded(member.len()));
    out.extend_from_slice(b"!<arch>\n");
    header(&mut out, "/", index_size);
    out.extend_from_slice(&(symbols.len() as u32).to_be_bytes());
    for _ in symbols {
        out.extend_from_slice(&(member_offset as u32).to_be_bytes());
    }
    for s in symbols {
        out.extend_from_slice(s.as_bytes());
        out.push(0);
    }
    if index_size % 2 == 1 {
        out.push(b'\n');
    }
    header(&mut out, &format!("{member_name}/"), member.len());
    out.extend_from_slice(member);
    if member.len() % 2 == 1 {
        out.push(b'\n');
    }
    out
}

/// `!<arch>`, the `__.SYMDEF SORTED` ranlib index, then `member` under a BSD long name
/// (`#1/<len>`) padded so the object starts 8-byte aligned, as Apple's `ar` writes it.
pub fn bsd_archive(member_name: &str, member: &[u8], symbols: &[String]) -> Vec<u8> {
    let mut symbols: Vec<&String> = symbols.iter().collect();
    symbols.sort();
    let mut strings = Vec::new();
    let mut strx = Vec::new();
    for s in &symbols {
        strx.push(strings.len() as u32);
        strings.extend_from_slice(s.as_bytes());
        strings.push(0);
    }
    while !(4 + 8 * symbols.len() + 4 + strings.len()).is_multiple_of(8) {
        strings.push(0);
    }
    let index_size = 4 + 8 * symbols.len() + 4 + strings.len();
    let member_offset = 8 + 60 + index_size;
    // The name follows the member's header; pad it so the object's bytes are 8-aligned.
    let mut name = member_name.as_bytes().to_vec();
    name.push(0);
    while !(member_offset + 60 + name.len()).is_multiple_of(8) {
        name.push(0);
    }
    let mut out = Vec::with_capacity(member_offset + 60 + name.len() + member.len() + 1);
    out.extend_from_slice(b"!<arch>\n");
    header(&mut out, "__.SYMDEF SORTED", index_size);
    // Mach-O targets are little-endian.
    out.extend_from_slice(&((8 * symbols.len()) as u32).to_le_bytes());
    for x in strx {
        out.extend_from_slice(&x.to_le_bytes());
        out.extend_from_slice(&(member_offset as u32).to_le_bytes());
    }
    out.extend_from_slice(&(strings.len() as u32).to_le_bytes());
    out.extend_from_slice(&strings);
    header(
        &mut out,
        &format!("#1/{}", name.len()),
        name.len() + member.len(),
    );
    out.extend_from_slice(&name);
    out.extend_from_slice(member);
    if out.len() % 2 == 1 {
        out.push(b'\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn bsd_layout_aligns_the_member() {
        let a = super::bsd_archive("block.o", b"abcd", &["_g".into(), "_f".into()]);
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
        let a = super::gnu_archive("x.o", b"abc", &["f".into(), "gh".into()]);
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
