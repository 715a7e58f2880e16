//! The target's C ABI, as far as `ffi!` needs it without a compiler: integer widths, the
//! signedness of `char`, byte order and alignment quirks, from the target triple.
//!
//! ABI mode (`dlopen`, link mode) relies on this table. API mode measures every primitive
//! with the probe and refuses to build if the compiler disagrees with it.

use crate::model::{Layout, Prim};

#[derive(Clone, Debug)]
pub struct Target {
    pub triple: String,
    pub arch: Arch,
    pub long_bits: u32,
    pub char_signed: bool,
    pub little_endian: bool,
    /// musl sizes `int_fast16_t`/`int_fast32_t` as `int`; glibc as `long`.
    pub musl: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    X86,
    Aarch64,
    /// Anything else: sizes by the common rules, no bit-field layout in ABI mode.
    Other,
}

impl Target {
    pub fn new(triple: &str) -> Self {
        let arch = if triple.starts_with("x86_64") {
            Arch::X86_64
        } else if triple.starts_with("i686") || triple.starts_with("i586") {
            Arch::X86
        } else if triple.starts_with("aarch64") {
            Arch::Aarch64
        } else {
            Arch::Other
        };
        let is_64 = [
            "x86_64",
            "aarch64",
            "powerpc64",
            "riscv64",
            "s390x",
            "mips64",
            "sparc64",
            "loongarch64",
        ]
        .iter()
        .any(|a| triple.starts_with(a));
        let windows = triple.contains("windows");
        // C leaves `char`'s signedness to the ABI: signed on x86, unsigned on ARM, POWER,
        // RISC-V and s390x.
        let char_signed = matches!(arch, Arch::X86_64 | Arch::X86)
            || !["arm", "aarch64", "powerpc", "riscv", "s390x"]
                .iter()
                .any(|a| triple.starts_with(a));
        let big = [
            "powerpc",
            "s390x",
            "sparc",
            "mips-",
            "mips64-",
            "aarch64_be",
        ]
        .iter()
        .any(|a| triple.starts_with(a))
            && !triple.starts_with("powerpc64le");
        Target {
            triple: triple.to_string(),
            arch,
            long_bits: if is_64 && !windows { 64 } else { 32 },
            char_signed,
            little_endian: !big,
            musl: triple.contains("musl"),
        }
    }

    pub fn pointer_bits(&self) -> u32 {
        // Every target we build for is LP64 or ILP32.
        self.long_bits
    }

    /// Whether ABI mode knows this target's record layout rules (bit-fields, packing) as
    /// GCC applies them. API mode always asks the compiler instead.
    pub fn knows_record_rules(&self) -> bool {
        self.arch != Arch::Other
    }

    /// Whether unnamed bit-fields (zero-width too) align the record like named ones:
    /// AAPCS64 says so; SysV x86 and i386 do not.
    pub fn unnamed_bitfields_align(&self) -> bool {
        self.arch == Arch::Aarch64
    }

    /// Size in bits.
    pub fn bits(&self, p: Prim) -> u32 {
        use Prim::*;
        match p {
            Bool | Char | SChar | UChar | I8 | U8 | IntLeast8 | UIntLeast8 | IntFast8
            | UIntFast8 => 8,
            Short | UShort | I16 | U16 | IntLeast16 | UIntLeast16 | Char16 => 16,
            Int | UInt | I32 | U32 | IntLeast32 | UIntLeast32 | Char32 | Float | WChar => 32,
            Long | ULong | Size | SSize | PtrDiff | IntPtr | UIntPtr => self.long_bits,
            IntFast16 | UIntFast16 | IntFast32 | UIntFast32 if self.musl => 32,
            IntFast16 | UIntFast16 | IntFast32 | UIntFast32 => self.long_bits,
            LongLong | ULongLong | I64 | U64 | IntLeast64 | UIntLeast64 | IntFast64
            | UIntFast64 | IntMax | UIntMax | Double => 64,
            LongDouble => match self.arch {
                Arch::X86_64 | Arch::Aarch64 => 128,
                Arch::X86 => 96,
                Arch::Other => 64,
            },
        }
    }

    pub fn is_signed(&self, p: Prim) -> bool {
        use Prim::*;
        match p {
            Char => self.char_signed,
            // glibc's `wchar_t` is `unsigned int` on AArch64, `int` elsewhere.
            WChar => self.arch != Arch::Aarch64,
            SChar | Short | Int | Long | LongLong | I8 | I16 | I32 | I64 | SSize | PtrDiff
            | IntPtr | IntLeast8 | IntLeast16 | IntLeast32 | IntLeast64 | IntFast8 | IntFast16
            | IntFast32 | IntFast64 | IntMax => true,
            Float | Double | LongDouble => true,
            _ => false,
        }
    }

    /// Size and alignment as a struct field.
    pub fn layout(&self, p: Prim) -> Layout {
        let size = u64::from(self.bits(p) / 8);
        let align = match (self.arch, p) {
            (Arch::X86, Prim::LongDouble) => 4,
            (_, Prim::LongDouble) if size == 16 => 16,
            // i386 SysV aligns 8-byte scalars to 4 inside structs.
            (Arch::X86, _) if size == 8 => 4,
            _ => size.max(1),
        };
        Layout { size, align }
    }

    pub fn pointer(&self) -> Layout {
        let size = u64::from(self.pointer_bits() / 8);
        Layout { size, align: size }
    }

    pub fn fits(&self, v: i128, p: Prim) -> bool {
        let bits = self.bits(p);
        if self.is_signed(p) {
            v >= -(1i128 << (bits - 1)) && v < (1i128 << (bits - 1))
        } else {
            v >= 0 && v < (1i128 << bits)
        }
    }

    /// Reduces `v` modulo the type's width, as C's conversions to integer types do.
    pub fn wrap(&self, v: i128, p: Prim) -> i128 {
        if p == Prim::Bool {
            return i128::from(v != 0);
        }
        let bits = self.bits(p).min(127);
        let m = v.rem_euclid(1i128 << bits);
        if self.is_signed(p) && m >= (1i128 << (bits - 1)) {
            m - (1i128 << bits)
        } else {
            m
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triples() {
        let x = Target::new("x86_64-unknown-linux-gnu");
        assert_eq!(
            (x.long_bits, x.char_signed, x.little_endian),
            (64, true, true)
        );
        assert_eq!(
            x.layout(Prim::LongDouble),
            Layout {
                size: 16,
                align: 16
            }
        );
        let i = Target::new("i686-unknown-linux-gnu");
        assert_eq!(i.layout(Prim::LongLong), Layout { size: 8, align: 4 });
        assert_eq!(i.layout(Prim::LongDouble), Layout { size: 12, align: 4 });
        assert_eq!(i.bits(Prim::IntFast16), 32);
        let a = Target::new("aarch64-unknown-linux-gnu");
        assert!(!a.char_signed && !a.is_signed(Prim::WChar));
        assert_eq!(a.bits(Prim::IntFast32), 64);
        assert_eq!(
            Target::new("aarch64-unknown-linux-musl").bits(Prim::IntFast32),
            32
        );
        assert_eq!(x.wrap(-1, Prim::UInt), u32::MAX as i128);
        assert_eq!(x.wrap(300, Prim::SChar), 44);
        assert_eq!(x.wrap(7, Prim::Bool), 1);
    }
}
