//! C literals (C11 6.4.4, 6.4.5), typed by C's rules for the target.

use crate::model::{ConstValue, Prim};
use crate::target::Target;

/// An integer or floating literal (no sign: `-` is an operator).
pub fn parse_number(s: &str, target: &Target) -> Result<ConstValue, String> {
    if is_float(s) {
        parse_float(s)
    } else {
        parse_int(s, target).map(|(v, p)| ConstValue::Int(v, p))
    }
}

fn not_literal() -> String {
    "expected an integer, floating, character or string literal".into()
}

fn is_float(s: &str) -> bool {
    let hex = s.starts_with("0x") || s.starts_with("0X");
    s.contains('.') || (hex && s.contains(['p', 'P'])) || (!hex && s.contains(['e', 'E']))
}

fn parse_float(s: &str) -> Result<ConstValue, String> {
    let (digits, prim) = match s.strip_suffix(['f', 'F']) {
        Some(d) => (d, Prim::Float),
        None => (s.strip_suffix(['l', 'L']).map_or(s, |d| d), Prim::Double),
    };
    if s.ends_with(['l', 'L']) {
        return Err("`long double` constants have no Rust equivalent".into());
    }
    if digits.starts_with("0x") || digits.starts_with("0X") {
        return Err(
            "hexadecimal floating constants are not supported in `#define`; use `...`".into(),
        );
    }
    let v: f64 = digits.parse().map_err(|_| not_literal())?;
    Ok(ConstValue::Float(v, prim))
}

/// An integer literal and the type C gives it.
pub fn parse_int(s: &str, w: &Target) -> Result<(i128, Prim), String> {
    let lower = s.to_ascii_lowercase();
    let digits_end = lower.find(['u', 'l']).unwrap_or(lower.len());
    let (digits, suffix) = lower.split_at(digits_end);
    let (radix, body) = if let Some(h) = digits.strip_prefix("0x") {
        (16, h)
    } else if let Some(b) = digits.strip_prefix("0b") {
        (2, b)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, &digits[1..])
    } else {
        (10, digits)
    };
    let body = body.replace('\'', "");
    if body.is_empty() {
        return Err(not_literal());
    }
    let v = u128::from_str_radix(&body, radix).map_err(|_| not_literal())?;
    let v = i128::try_from(v).map_err(|_| "integer literal is too large".to_string())?;
    let unsigned = suffix.contains('u');
    let size = suffix.matches('l').count();
    if suffix.len() != usize::from(unsigned) + size || size > 2 || suffix.contains("lul") {
        return Err(format!("`{suffix}` is not a C integer suffix"));
    }
    let decimal = radix == 10;
    use Prim::*;
    // C11 6.4.4.1: the first type of the list in which the value fits.
    let candidates: &[Prim] = match (unsigned, size, decimal) {
        (false, 0, true) => &[Int, Long, LongLong],
        (false, 0, false) => &[Int, UInt, Long, ULong, LongLong, ULongLong],
        (true, 0, _) => &[UInt, ULong, ULongLong],
        (false, 1, true) => &[Long, LongLong],
        (false, 1, false) => &[Long, ULong, LongLong, ULongLong],
        (true, 1, _) => &[ULong, ULongLong],
        (false, _, true) => &[LongLong],
        (false, _, false) => &[LongLong, ULongLong],
        (true, _, _) => &[ULongLong],
    };
    candidates
        .iter()
        .copied()
        .find(|&p| w.fits(v, p))
        .map(|p| (v, p))
        .ok_or_else(|| "integer literal does not fit in any C integer type".to_string())
}

pub fn parse_char(s: &str) -> Result<i128, String> {
    let inner = s
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix('\''))
        .ok_or_else(not_literal)?;
    let bytes = unescape(inner)?;
    match bytes.as_slice() {
        // A plain `char` literal has type int with the (signed) char's value.
        [b] => Ok(i128::from(*b as i8)),
        _ => Err("multi-character constants are not supported".into()),
    }
}

/// Adjacent string literals, concatenated as C does.
pub fn parse_strings(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let body = rest.strip_prefix('"').ok_or_else(not_literal)?;
        let mut end = None;
        let mut i = 0;
        let b = body.as_bytes();
        while i < b.len() {
            match b[i] {
                b'\\' => i += 2,
                b'"' => {
                    end = Some(i);
                    break;
                }
                _ => i += 1,
            }
        }
        let end = end.ok_or("unterminated string literal")?;
        out.extend(unescape(&body[..end])?);
        rest = body[end + 1..].trim_start();
    }
    if out.contains(&0) {
        return Err("a string constant with an embedded NUL cannot be a `&CStr`".into());
    }
    Ok(out)
}

/// C escape sequences to bytes (UTF-8 for non-ASCII text).
pub fn unescape(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let e = chars.next().ok_or("a string ends in a lone `\\`")?;
        let byte = match e {
            'n' => b'\n',
            't' => b'\t',
            'r' => b'\r',
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'v' => 11,
            'e' => 27,
            '\\' | '\'' | '"' | '?' => e as u8,
            'x' => {
                let mut v: u32 = 0;
                let mut n = 0;
                while let Some(d) = chars.peek().and_then(|c| c.to_digit(16)) {
                    v = v * 16 + d;
                    n += 1;
                    chars.next();
                }
                if n == 0 || v > 0xff {
                    return Err("bad `\\x` escape".into());
                }
                v as u8
            }
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                u8::try_from(v).map_err(|_| "octal escape out of range")?
            }
            other => return Err(format!("unknown escape `\\{other}`")),
        };
        out.push(byte);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lp64() -> Target {
        Target::new("x86_64-unknown-linux-gnu")
    }

    fn int(s: &str) -> (i128, Prim) {
        parse_int(s, &lp64()).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn integer_literals_are_typed_by_c_rules() {
        assert_eq!(int("7"), (7, Prim::Int));
        assert_eq!(int("2147483648"), (2147483648, Prim::Long));
        assert_eq!(int("0x80000000"), (0x8000_0000, Prim::UInt));
        assert_eq!(int("0x100000000"), (0x1_0000_0000, Prim::Long));
        assert_eq!(int("0xFFu"), (255, Prim::UInt));
        assert_eq!(int("10UL"), (10, Prim::ULong));
        assert_eq!(int("10ll"), (10, Prim::LongLong));
        assert_eq!(int("0xFFFFFFFFFFFFFFFF"), (u64::MAX as i128, Prim::ULong));
        assert_eq!(int("010"), (8, Prim::Int));
        assert_eq!(parse_char("'A'"), Ok(65));
        let ilp32 = Target::new("i686-unknown-linux-gnu");
        assert_eq!(
            parse_int("2147483648", &ilp32),
            Ok((2147483648, Prim::LongLong))
        );
        assert!(parse_int("12uu", &lp64()).is_err());
    }

    #[test]
    fn strings_and_floats() {
        assert_eq!(
            parse_strings(r#""hi\n" "there\x21""#),
            Ok(b"hi\nthere!".to_vec())
        );
        assert_eq!(
            parse_number("1.5", &lp64()),
            Ok(ConstValue::Float(1.5, Prim::Double))
        );
        assert_eq!(
            parse_number("2.5f", &lp64()),
            Ok(ConstValue::Float(2.5, Prim::Float))
        );
        assert_eq!(
            parse_number("1e3", &lp64()),
            Ok(ConstValue::Float(1000.0, Prim::Double))
        );
    }
}
