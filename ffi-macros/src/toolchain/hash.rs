//! A stable content hash (FNV-1a, 128 bits): artifact names must not change between
//! Rust releases or builds of this crate, which rules out `std`'s `DefaultHasher`.

pub struct Hasher(u128);

const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
const PRIME: u128 = 0x0000000001000000000000000000013B;

impl Hasher {
    pub fn new() -> Self {
        Hasher(OFFSET)
    }

    fn eat(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u128::from(b);
            self.0 = self.0.wrapping_mul(PRIME);
        }
    }

    /// Adds a tagged, length-prefixed field, so `("ab","c")` and `("a","bc")` differ.
    pub fn bytes(&mut self, tag: &str, bytes: &[u8]) {
        self.eat(tag.as_bytes());
        self.eat(&(bytes.len() as u64).to_le_bytes());
        self.eat(bytes);
    }

    pub fn field(&mut self, tag: &str, value: &str) {
        self.bytes(tag, value.as_bytes());
    }

    pub fn finish_hex(&self) -> String {
        format!("{:032x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Hasher;

    #[test]
    fn fields_are_delimited_and_stable() {
        let hex = |parts: &[(&str, &str)]| {
            let mut h = Hasher::new();
            for (t, v) in parts {
                h.field(t, v);
            }
            h.finish_hex()
        };
        assert_ne!(hex(&[("a", "bc")]), hex(&[("ab", "c")]));
        assert_ne!(hex(&[("x", "1"), ("x", "2")]), hex(&[("x", "12")]));
        // Pinned: a change here renames every artifact users have shipped.
        assert_eq!(
            hex(&[("cdef", "int f(void);")]),
            "bb58d48540dc59d15ec5c07d2ef9b52a"
        );
    }
}
