//! Bit-field access for the accessors `ffi!` generates (`flags()`, `set_flags(v)`).
//!
//! A bit-field lives in `len` storage bytes starting at `start` of a byte run; its bits are
//! `width` bits at `shift` in the integer those bytes form in the target's byte order.
//! Everything is a constant at the call site, so each accessor compiles to a few shifts.

/// The target's byte order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Little,
    Big,
}

/// Where one bit-field's bits are.
#[derive(Clone, Copy, Debug)]
pub struct Bits {
    pub start: usize,
    pub len: usize,
    pub shift: u32,
    pub width: u32,
    pub order: Order,
}

impl Bits {
    /// A bit-field on a little-endian target.
    pub const fn little(start: usize, len: usize, shift: u32, width: u32) -> Self {
        Bits {
            start,
            len,
            shift,
            width,
            order: Order::Little,
        }
    }

    /// A bit-field on a big-endian target.
    pub const fn big(start: usize, len: usize, shift: u32, width: u32) -> Self {
        Bits {
            start,
            len,
            shift,
            width,
            order: Order::Big,
        }
    }

    fn mask(self) -> u128 {
        if self.width >= 128 {
            !0
        } else {
            (1u128 << self.width) - 1
        }
    }

    fn word(self, bytes: &[u8]) -> u128 {
        let mut buf = [0u8; 16];
        let storage = &bytes[self.start..self.start + self.len];
        match self.order {
            Order::Little => {
                buf[..self.len].copy_from_slice(storage);
                u128::from_le_bytes(buf)
            }
            Order::Big => {
                buf[16 - self.len..].copy_from_slice(storage);
                u128::from_be_bytes(buf)
            }
        }
    }

    fn store(self, bytes: &mut [u8], word: u128) {
        let storage = &mut bytes[self.start..self.start + self.len];
        match self.order {
            Order::Little => storage.copy_from_slice(&word.to_le_bytes()[..self.len]),
            Order::Big => storage.copy_from_slice(&word.to_be_bytes()[16 - self.len..]),
        }
    }

    /// The field's bits, zero-extended.
    #[inline]
    pub fn read(self, bytes: &[u8]) -> u128 {
        (self.word(bytes) >> self.shift) & self.mask()
    }

    /// The field's bits, sign-extended (for bit-fields of signed types).
    #[inline]
    pub fn read_signed(self, bytes: &[u8]) -> i128 {
        let unused = 128 - self.width;
        ((self.read(bytes) << unused) as i128) >> unused
    }

    /// Stores the low `width` bits of `value`, leaving the bytes' other bits alone.
    #[inline]
    pub fn write(self, bytes: &mut [u8], value: u128) {
        let mask = self.mask() << self.shift;
        let word = (self.word(bytes) & !mask) | ((value << self.shift) & mask);
        self.store(bytes, word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_only_its_bits() {
        let at = Bits {
            start: 1,
            len: 2,
            shift: 5,
            width: 5,
            order: Order::Little,
        };
        let mut bytes = [0xff, 0, 0, 0xff];
        at.write(&mut bytes, 0b1_0110);
        assert_eq!(at.read(&bytes), 0b1_0110);
        assert_eq!(at.read_signed(&bytes), -10);
        assert_eq!(bytes, [0xff, 0b1100_0000, 0b10, 0xff]);
        at.write(&mut bytes, u128::MAX); // truncated to 5 bits
        assert_eq!(at.read(&bytes), 31);
        let be = Bits {
            order: Order::Big,
            ..at
        };
        let mut bytes = [0u8; 4];
        be.write(&mut bytes, 3);
        assert_eq!(be.read(&bytes), 3);
        assert_eq!(bytes, [0, 0, 0b0110_0000, 0]);
    }
}
