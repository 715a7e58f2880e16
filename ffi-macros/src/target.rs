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
    pub os: Os,
    pub long_bits: u32,
    /// Pointers, `size_t` and `intptr_t`: not `long`'s width on Win64 (LLP64).
    pub pointer_bits: u32,
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

/// What the C library and the ABI's record rules depend on besides the architecture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Os {
    /// Windows: MS bit-field layout, 16-bit `wchar_t`; MSVC's `long double` is `double`.
    Windows { msvc: bool },
    /// macOS and iOS: Apple's `long double` on AArch64 is `double`, `char` signed.
    Apple,
    /// Linux, the BSDs and everything else: the System V rules.
    Unix,
}

impl Target {
    pub fn new(triple: &str) -> Self {
        let arch = if triple.starts_with("x86_64") {
            Arch::X86_64
        } else if triple.starts_with("i686") || triple.starts_with("i586") {
            Arch::X86
        } else if triple.starts_with("aarch64") || triple.starts_with("arm64") {
            Arch::Aarch64
        } else {
            Arch::Other
        };
        let os = if triple.contains("windows") {
            Os::Windows {
                msvc: triple.ends_with("msvc"),
            }
        } else if triple.contains("apple") || triple.contains("darwin") {
            Os::Apple
        } else {
            Os::Unix
        };
        let is_64 = [
            "x86_64",
            "aarch64",
            "arm64",
            "powerpc64",
            "riscv64",
            "s390x",
            "mips64",
            "sparc64",
            "loongarch64",
        ]
        .iter()
        .any(|a| triple.starts_with(a));
        let windows = matches!(os, Os::Windows { .. });
        // C leaves `char`'s signedness to the ABI: signed on x86 and Apple's AArch64,
        // unsigned on other ARM, POWER, RISC-V and s390x.
        let char_signed = matches!(arch, Arch::X86_64 | Arch::X86)
            || os == Os::Apple
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
            os,
            long_bits: if is_64 && !windows { 64 } else { 32 },
            pointer_bits: if is_64 { 64 } else { 32 },
            char_signed,
            little_endian: !big,
            musl: triple.contains("musl"),
        }
    }

    pub fn pointer_bits(&self) -> u32 {
        self.pointer_bits
    }

    pub fn is_windows(&self) -> bool {
        matches!(self.os, Os::Windows { .. })
    }

    /// What object files put before a C name: `_` on Mach-O and 32-bit Windows.
    pub fn label_prefix(&self) -> &'static str {
        match (self.os, self.arch) {
            (Os::Apple, _) | (Os::Windows { .. }, Arch::X86) => "_",
            _ => "",
        }
    }

    /// Whether ABI mode knows this target's record layout rules (bit-fields, packing) as
    /// GCC applies them. API mode always asks the compiler instead.
    pub fn knows_record_rules(&self) -> bool {
        self.arch != Arch::Other
    }

    /// Whether unnamed bit-fields (zero-width too) align the record like named ones:
    /// AAPCS64 says so; SysV x86 and i386 do not, nor does Apple's arm64 ABI.
    pub fn unnamed_bitfields_align(&self) -> bool {
        self.arch == Arch::Aarch64 && self.os != Os::Apple
    }

    /// Size in bits.
    pub fn bits(&self, p: Prim) -> u32 {
        use Prim::*;
        match p {
            Bool | Char | SChar | UChar | I8 | U8 | IntLeast8 | UIntLeast8 | IntFast8
            | UIntFast8 => 8,
            Short | UShort | I16 | U16 | IntLeast16 | UIntLeast16 | Char16 => 16,
            Int | UInt | I32 | U32 | IntLeast32 | UIntLeast32 | Char32 | Float => 32,
            WChar if self.is_windows() => 16,
            WChar => 32,
            Long | ULong => self.long_bits,
            Size | SSize | PtrDiff | IntPtr | UIntPtr => self.pointer_bits,
            IntFast16 | UIntFast16 | IntFast32 | UIntFast32 => self.fast_bits(p),
            LongLong | ULongLong | I64 | U64 | IntLeast64 | UIntLeast64 | IntFast64
            | UIntFast64 | IntMax | UIntMax | Double => 64,
            LongDouble => match (self.arch, self.os) {
                (_, Os::Windows { msvc: true }) | (Arch::Aarch64, Os::Apple) => 64,
                (Arch::X86_64 | Arch::Aarch64, _) => 128,
                (Arch::X86, _) => 96,
                (Arch::Other, _) => 64,
            },
        }
    }

    /// `int_fast16_t` and `int_fast32_t`, as each C library defines them.
    fn fast_bits(&self, p: Prim) -> u32 {
        let sixteen = matches!(p, Prim::IntFast16 | Prim::UIntFast16);
        match self.os {
            // mingw-w64 and Apple: the exact-width types; MSVC: `int`.
            Os::Windows { msvc: false } | Os::Apple if sixteen => 16,
            Os::Windows { .. } | Os::Apple => 32,
            Os::Unix if self.musl => 32,
            Os::Unix => self.long_bits,
        }
    }

    pub fn is_signed(&self, p: Prim) -> bool {
        use Prim::*;
        match p {
            Char => self.char_signed,
            // `wchar_t` is `unsigned short` on Windows; glibc's is `unsigned int` on
            // AArch64 and `int` elsewhere; Apple's is `int`.
            WChar => !self.is_windows() && (self.arch != Arch::Aarch64 || self.os == Os::Apple),
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
            // i386 SysV aligns 8-byte scalars to 4 inside structs; Windows does not.
            (Arch::X86, _) if size == 8 && !self.is_windows() => 4,
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
        // LLP64: `long` is 32 bits, pointers and `size_t` 64; `wchar_t` is UTF-16.
        let w = Target::new("x86_64-pc-windows-gnu");
        assert_eq!((w.bits(Prim::Long), w.bits(Prim::Size)), (32, 64));
        assert_eq!(w.pointer(), Layout { size: 8, align: 8 });
        assert!(w.bits(Prim::WChar) == 16 && !w.is_signed(Prim::WChar));
        assert_eq!(w.bits(Prim::IntFast16), 16);
        assert_eq!(
            Target::new("x86_64-pc-windows-msvc").bits(Prim::LongDouble),
            64
        );
        let w32 = Target::new("i686-pc-windows-gnu");
        assert_eq!(w32.layout(Prim::LongLong), Layout { size: 8, align: 8 });
        assert_eq!(w32.layout(Prim::LongDouble), Layout { size: 12, align: 4 });
        // Apple: `char` signed on AArch64 too, `long double` is `double` there.
        let m = Target::new("aarch64-apple-darwin");
        assert!(m.char_signed && m.is_signed(Prim::WChar));
        assert_eq!(m.layout(Prim::LongDouble), Layout { size: 8, align: 8 });
        assert_eq!(
            Target::new("x86_64-apple-darwin").bits(Prim::LongDouble),
            128
        );
        assert_eq!(x.wrap(-1, Prim::UInt), u32::MAX as i128);
        assert_eq!(x.wrap(300, Prim::SChar), 44);
        assert_eq!(x.wrap(7, Prim::Bool), 1);
    }
}
