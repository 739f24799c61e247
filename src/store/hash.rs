//! A content hash for change detection: FNV-1a over 64-bit words, stable
//! across Rust releases (the standard library's hasher is not), fast
//! enough to hash a file that changed its mtime but kept its size. Not
//! meant to resist deliberate collisions.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// The hash of `bytes`, as 16 hex digits.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h = OFFSET ^ bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(w);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(PRIME);
    }
    for &b in words.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::content_hash;

    #[test]
    fn one_changed_byte_changes_the_hash_and_equal_bytes_keep_it() {
        let a = "Hội nghị giao ban công tác dân vận quý I".as_bytes();
        let mut b = a.to_vec();
        b[3] ^= 1;
        assert_eq!(content_hash(a), content_hash(a));
        assert_ne!(content_hash(a), content_hash(&b));
        assert_ne!(content_hash(b"ab"), content_hash(b"ab\0"));
        assert_eq!(content_hash(b"").len(), 16);
    }
}
