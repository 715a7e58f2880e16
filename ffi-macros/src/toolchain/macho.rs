//! Mach-O objects edited in the macro itself: neither GNU objcopy (no Mach-O support) nor
//! LLVM's (which can leave an arm64 object's tables misaligned) is needed.
//!
//! Renaming a symbol appends its new name to the string table, which compilers place at
//! the end of the file, and points the symbol at it: no offset elsewhere moves. Making a
//! symbol local clears its `N_EXT` bit and moves it into the table's local group (Mach-O
//! keeps locals, external definitions and undefined symbols apart, `LC_DYSYMTAB` says
//! where), so every relocation and indirect-symbol index is renumbered.

use std::collections::HashMap;

const MH_MAGIC_64: u32 = 0xfeed_facf;
const LC_SYMTAB: u32 = 0x2;
const LC_DYSYMTAB: u32 = 0xb;
const LC_SEGMENT_64: u32 = 0x19;
const NLIST_64: usize = 16;
const N_STAB: u8 = 0xe0;
const N_PEXT: u8 = 0x10;
const N_TYPE: u8 = 0x0e;
const N_EXT: u8 = 0x01;
const N_UNDF: u8 = 0x0;
/// Indirect-symbol entries that name no symbol.
const INDIRECT_LOCAL_OR_ABS: u32 = 0xc000_0000;

fn u32_at(b: &[u8], at: usize) -> Result<u32, String> {
    b.get(at..at + 4)
        .and_then(|s| s.try_into().ok())
        .map(u32::from_le_bytes)
        .ok_or_else(|| format!("the Mach-O object ends at byte {at}"))
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

/// Renames symbols (C names: the leading `_` is Mach-O's own and stays).
pub fn rename_symbols(bytes: &mut Vec<u8>, renames: &[(String, String)]) -> Result<(), String> {
    if renames.is_empty() {
        return Ok(());
    }
    let (cmd, symoff, nsyms, stroff, strsize) = symtab(bytes)?;
    if stroff + strsize != bytes.len() {
        return Err("the Mach-O object's string table is not at its end".into());
    }
    let map: HashMap<&str, &str> = renames
        .iter()
        .map(|(old, new)| (old.as_str(), new.as_str()))
        .collect();
    let mut added = Vec::new();
    for i in 0..nsyms {
        let entry = symoff + i * NLIST_64;
        let strx = u32_at(bytes, entry)? as usize;
        let name = symbol_name(bytes, stroff, strsize, strx)?;
        let Some(new) = name.strip_prefix('_').and_then(|n| map.get(n)) else {
            continue;
        };
        put_u32(bytes, entry, (strsize + added.len()) as u32);
        added.push(b'_');
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

/// Which group of the symbol table an `n_type` belongs to: 0 local, 1 external
/// definition, 2 undefined (or common).
fn group(n_type: u8) -> u8 {
    if n_type & N_STAB != 0 || n_type & N_EXT == 0 {
        0
    } else if n_type & N_TYPE == N_UNDF {
        2
    } else {
        1
    }
}

/// Makes every external definition local but `keep` (C names), as `objcopy
/// --keep-global-symbols` does for ELF.
pub fn localize_except(bytes: &mut [u8], keep: &[String]) -> Result<(), String> {
    if commands(bytes, LC_SYMTAB)?.is_empty() {
        return Ok(()); // No symbols at all: nothing to keep apart.
    }
    let (_, symoff, nsyms, stroff, strsize) = symtab(bytes)?;
    let entries = bytes
        .get(symoff..symoff + nsyms * NLIST_64)
        .ok_or("the Mach-O symbol table lies outside the file")?
        .to_vec();
    let mut symbols: Vec<[u8; NLIST_64]> = Vec::with_capacity(nsyms);
    for chunk in entries.chunks_exact(NLIST_64) {
        let mut e: [u8; NLIST_64] = chunk.try_into().map_err(|_| "a short symbol")?;
        let name = symbol_name(bytes, stroff, strsize, u32_at(&e, 0)? as usize)?;
        let kept = name
            .strip_prefix('_')
            .is_some_and(|n| keep.iter().any(|k| k == n));
        if group(e[4]) == 1 && !kept {
            e[4] &= !(N_EXT | N_PEXT);
        }
        symbols.push(e);
    }
    // Stable within each group: the order the compiler chose (externals sorted by name).
    let mut order: Vec<usize> = (0..nsyms).collect();
    order.sort_by_key(|&i| group(symbols[i][4]));
    let mut new_index = vec![0u32; nsyms];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new as u32;
        bytes[symoff + new * NLIST_64..symoff + (new + 1) * NLIST_64]
            .copy_from_slice(&symbols[old]);
    }
    let count = |g: u8| order.iter().filter(|&&i| group(symbols[i][4]) == g).count() as u32;
    let (locals, extdefs, undefs) = (count(0), count(1), count(2));
    for at in commands(bytes, LC_DYSYMTAB)? {
        for (field, value) in [(8, 0), (12, locals), (16, locals), (20, extdefs)] {
            put_u32(bytes, at + field, value);
        }
        put_u32(bytes, at + 24, locals + extdefs);
        put_u32(bytes, at + 28, undefs);
        renumber_indirect(bytes, at, &new_index)?;
    }
    renumber_relocations(bytes, &new_index)
}

/// The indirect symbol table's entries, renumbered.
fn renumber_indirect(bytes: &mut [u8], dysymtab: usize, new_index: &[u32]) -> Result<(), String> {
    let (off, n) = (
        u32_at(bytes, dysymtab + 56)? as usize,
        u32_at(bytes, dysymtab + 60)? as usize,
    );
    for k in 0..n {
        let at = off + 4 * k;
        let old = u32_at(bytes, at)?;
        if old & INDIRECT_LOCAL_OR_ABS == 0 {
            let new = *new_index
                .get(old as usize)
                .ok_or("an indirect symbol out of range")?;
            put_u32(bytes, at, new);
        }
    }
    Ok(())
}

/// Every section's relocations that name a symbol (`r_extern`), renumbered.
fn renumber_relocations(bytes: &mut [u8], new_index: &[u32]) -> Result<(), String> {
    for seg in commands(bytes, LC_SEGMENT_64)? {
        let nsects = u32_at(bytes, seg + 64)? as usize;
        for s in 0..nsects {
            let section = seg + 72 + 80 * s;
            let (reloff, nreloc) = (
                u32_at(bytes, section + 56)? as usize,
                u32_at(bytes, section + 60)?,
            );
            for r in 0..nreloc as usize {
                let at = reloff + 8 * r + 4;
                let info = u32_at(bytes, at)?;
                // x86-64 and arm64 have no scattered relocations; bit 27 is `r_extern`.
                if info & (1 << 27) == 0 {
                    continue;
                }
                let old = (info & 0x00ff_ffff) as usize;
                let new = *new_index
                    .get(old)
                    .ok_or("a relocation's symbol out of range")?;
                put_u32(bytes, at, (info & 0xff00_0000) | new);
            }
        }
    }
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
        let renames = [("add".to_string(), "__ffi_1_d_add".to_string())];
        super::rename_symbols(&mut b, &renames).unwrap();
        assert_eq!(name(&b, 0), "___ffi_1_d_add");
        assert_eq!(name(&b, 1), "_keep");
        let (_, _, _, stroff, strsize) = super::symtab(&b).unwrap();
        assert_eq!((stroff + strsize, strsize % 8), (b.len(), 0));
    }
}
