//! Writes a static library (GNU `ar` format with a symbol index) without running `ar`.
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

#[cfg(test)]
mod tests {
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
