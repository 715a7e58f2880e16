//! Mach-O objects edited in the macro itself: neither GNU objcopy (no Mach-O support) nor
//! LLVM's (which can leave an arm64 object's tables misaligned) is needed.
//!
//! Renaming a symbol appends its new name to the string table, which compilers place at
//! the end of the file, and points the symbol at it: no offset elsewhere moves.

use std::collections::HashMap;

const MH_MAGIC_64: u32 = 0xfeed_facf;
const LC_SYMTAB: u32 = 0x2;
const NLIST_64: usize = 16;
const N_STAB: u8 = 0xe0;
const N_EXT: u8 = 0x01;

fn u32_at(b: &[u8], at: usize) -> Result<u32, String> {
    super::objects::le::<4>(b, at, "Mach-O").map(|v| v as u32)
}

fn put_u32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

/// The offsets of the load commands of type `wanted`.
fn commands(b: &[u8], wanted: u32) -> Result<Vec<usize>, String> {
    if u32_at(b, 0)? != MH_MAGIC_64 {
        return Err("not a 64-bit little-endian Mach-O object".into());
    }
    let mut found = Vec::new();
    let mut at = 32;
    for _ in 0..u32_at(b, 16)? {
        let (cmd, size) = (u32_at(b, at)?, u32_at(b, at + 4)? as usize);
        if cmd == wanted {
            found.push(at);
        }
        at += size.max(8);
    }
    Ok(found)
}

/// Where `LC_SYMTAB`'s fields are: (offset of the command, symoff, nsyms, stroff, strsize).
fn symtab(b: &[u8]) -> Result<(usize, usize, usize, usize, usize), String> {
    let at = *commands(b, LC_SYMTAB)?
        .first()
        .ok_or("the Mach-O object has no symbol table")?;
    let field = |i: usize| u32_at(b, at + 8 + 4 * i).map(|v| v as usize);
    Ok((at, field(0)?, field(1)?, field(2)?, field(3)?))
}

fn symbol_name(b: &[u8], stroff: usize, strsize: usize, strx: usize) -> Result<&str, String> {
    b.get(stroff + strx..stroff + strsize)
        .and_then(|s| s.split(|c| *c == 0).next())
        .and_then(|s| std::str::from_utf8(s).ok())
        .ok_or_else(|| "a Mach-O symbol name lies outside the string table".into())
}

/// Renames every symbol (definitions and references) named in `renames`, by their names
/// in the object (with Mach-O's leading `_`).
pub fn rename_symbols(
    bytes: &mut Vec<u8>,
    renames: &HashMap<String, String>,
) -> Result<(), String> {
    if renames.is_empty() || commands(bytes, LC_SYMTAB)?.is_empty() {
        return Ok(());
    }
    let (cmd, symoff, nsyms, stroff, strsize) = symtab(bytes)?;
    if stroff + strsize != bytes.len() {
        return Err("the Mach-O object's string table is not at its end".into());
    }
    let mut added = Vec::new();
    for i in 0..nsyms {
        let entry = symoff + i * NLIST_64;
        let n_type = *bytes.get(entry + 4).ok_or("a short Mach-O symbol")?;
        if n_type & N_STAB != 0 || n_type & N_EXT == 0 {
            continue;
        }
        let strx = u32_at(bytes, entry)? as usize;
        let name = symbol_name(bytes, stroff, strsize, strx)?;
        let Some(new) = renames.get(name) else {
            continue;
        };
        put_u32(bytes, entry, (strsize + added.len()) as u32);
        added.extend_from_slice(new.as_bytes());
        added.push(0);
    }
    while !(strsize + added.len()).is_multiple_of(8) {
        added.push(0);
    }
    bytes.extend_from_slice(&added);
    put_u32(bytes, cmd + 20, (strsize + added.len()) as u32);
    Ok(())
}

#[cfg(test)]
mod tests {
    /// A minimal object: the header, `LC_SYMTAB`, two symbols, the string table.
    fn object() -> Vec<u8> {
        let mut b = vec![0u8; 32 + 24];
        b[0..4].copy_from_slice(&super::MH_MAGIC_64.to_le_bytes());
        b[16..20].copy_from_slice(&1u32.to_le_bytes());
        let symoff = b.len();
        let strings = b"\0_add\0_keep\0";
        let mut syms = vec![0u8; 32];
        syms[0..4].copy_from_slice(&1u32.to_le_bytes());
        syms[16..20].copy_from_slice(&6u32.to_le_bytes());
        // Both external definitions (`N_SECT | N_EXT`).
        syms[4] = 0x0f;
        syms[20] = 0x0f;
        let stroff = symoff + syms.len();
        let fields = [
            2u32,
            24,
            symoff as u32,
            2,
            stroff as u32,
            strings.len() as u32,
        ];
        for (i, f) in fields.iter().enumerate() {
            b[32 + 4 * i..36 + 4 * i].copy_from_slice(&f.to_le_bytes());
        }
        b.extend_from_slice(&syms);
        b.extend_from_slice(strings);
        b
    }

    fn name(b: &[u8], i: usize) -> String {
        let (_, symoff, _, stroff, _) = super::symtab(b).unwrap();
        let strx = super::u32_at(b, symoff + i * 16).unwrap() as usize;
        let s = &b[stroff + strx..];
        String::from_utf8(s[..s.iter().position(|c| *c == 0).unwrap()].to_vec()).unwrap()
    }

    #[test]
    fn renames_append_to_the_string_table() {
        let mut b = object();
        let renames = [("_add".to_string(), "___ffi_1_d_add".to_string())].into();
        super::rename_symbols(&mut b, &renames).unwrap();
        assert_eq!(name(&b, 0), "___ffi_1_d_add");
        assert_eq!(name(&b, 1), "_keep");
        let (_, _, _, stroff, strsize) = super::symtab(&b).unwrap();
        assert_eq!((stroff + strsize, strsize % 8), (b.len(), 0));
    }
}
