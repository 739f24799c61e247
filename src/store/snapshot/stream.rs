//! Decoding a saved part straight from the store: a `postcard` input that
//! reads an SQLite blob a window at a time, so that a part of tens of
//! megabytes is decoded while holding a window of it and, at most, one
//! text of it whole.

use postcard::de_flavors::Flavor;
use postcard::Error;
use rusqlite::blob::Blob;

/// Bytes read from the blob at a time.
const WINDOW: usize = 1 << 16;

/// A blob read through a window, as the decoder's input.
pub(super) struct BlobWindow<R> {
    /// What reads bytes at an offset (a blob; a slice in tests).
    blob: R,
    /// Where `window` starts in the blob.
    at: usize,
    window: Vec<u8>,
    /// How much of `window` is decoded.
    pos: usize,
    /// A text longer than what the window has left, gathered whole.
    long: Vec<u8>,
}

/// Bytes at an offset, as a blob gives them.
pub(super) trait ReadAt {
    fn len(&self) -> usize;
    /// Fills `buf` with the bytes from `at` on; false when there are not
    /// that many.
    fn read_at(&self, buf: &mut [u8], at: usize) -> bool;
}

impl ReadAt for Blob<'_> {
    fn len(&self) -> usize {
        Blob::len(self)
    }

    fn read_at(&self, buf: &mut [u8], at: usize) -> bool {
        self.read_at_exact(buf, at).is_ok()
    }
}

impl ReadAt for &[u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }

    fn read_at(&self, buf: &mut [u8], at: usize) -> bool {
        match self.get(at..at + buf.len()) {
            Some(bytes) => {
                buf.copy_from_slice(bytes);
                true
            }
            None => false,
        }
    }
}

impl<R: ReadAt> BlobWindow<R> {
    pub(super) fn new(blob: R) -> BlobWindow<R> {
        BlobWindow {
            blob,
            at: 0,
            window: Vec::new(),
            pos: 0,
            long: Vec::new(),
        }
    }

    /// The next window after the current one, read; false at the end.
    /// Once per window: kept out of `pop`, which runs once per byte.
    #[cold]
    #[inline(never)]
    fn advance(&mut self) -> bool {
        self.at += self.window.len();
        self.pos = 0;
        let n = WINDOW.min(self.blob.len().saturating_sub(self.at));
        self.window.resize(n, 0);
        n > 0 && self.blob.read_at(&mut self.window, self.at)
    }

    /// `ct` bytes that run past the window: what it has left, then the
    /// rest straight from the blob, gathered in `long`.
    #[cold]
    #[inline(never)]
    fn take_across(&mut self, ct: usize) -> postcard::Result<&[u8]> {
        // A long text is rare (the search index's joined titles): the
        // room it took is not kept for the short ones after it.
        if self.long.capacity() > WINDOW {
            self.long = Vec::new();
        }
        let from = self.at + self.window.len();
        let have = self.window.len() - self.pos;
        if ct - have > self.blob.len().saturating_sub(from) {
            return Err(Error::DeserializeUnexpectedEnd);
        }
        self.long.clear();
        self.long.extend_from_slice(&self.window[self.pos..]);
        self.long.resize(ct, 0);
        if !self.blob.read_at(&mut self.long[have..], from) {
            return Err(Error::DeserializeUnexpectedEnd);
        }
        self.at = from + (ct - have);
        self.window.clear();
        self.pos = 0;
        Ok(&self.long)
    }
}

impl<'de, R: ReadAt + 'de> Flavor<'de> for BlobWindow<R> {
    /// The bytes left undecoded.
    type Remainder = usize;
    type Source = ();

    #[inline]
    fn pop(&mut self) -> postcard::Result<u8> {
        if self.pos == self.window.len() && !self.advance() {
            return Err(Error::DeserializeUnexpectedEnd);
        }
        let byte = self.window[self.pos];
        self.pos += 1;
        Ok(byte)
    }

    /// Texts borrowed from the input cannot outlive a window: the saved
    /// catalog holds owned texts only, so this is never asked for.
    fn try_take_n(&mut self, _ct: usize) -> postcard::Result<&'de [u8]> {
        Err(Error::DeserializeBadEncoding)
    }

    #[inline]
    fn try_take_n_temp<'a>(&'a mut self, ct: usize) -> postcard::Result<&'a [u8]>
    where
        'de: 'a,
    {
        if self.window.len() - self.pos >= ct {
            let from = self.pos;
            self.pos += ct;
            return Ok(&self.window[from..self.pos]);
        }
        self.take_across(ct)
    }

    fn finalize(self) -> postcard::Result<usize> {
        Ok(self.blob.len() - (self.at + self.pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Sample {
        short: Vec<String>,
        long: String,
        numbers: Vec<u64>,
        /// Read as runs of bytes (see `model::fixed`).
        #[serde(with = "crate::model::fixed")]
        runs: Vec<u32>,
        /// Read as bytes (see `exact::string_with_room`).
        #[serde(deserialize_with = "crate::model::exact::string_with_room")]
        roomy: String,
        tail: Option<String>,
    }

    fn decode(bytes: &[u8]) -> postcard::Result<(Sample, usize)> {
        let mut de = postcard::Deserializer::from_flavor(BlobWindow::new(bytes));
        let value = Sample::deserialize(&mut de)?;
        Ok((value, de.finalize()?))
    }

    #[test]
    fn values_across_windows_and_longer_than_one_read_back_equal() {
        let sample = Sample {
            // Texts that straddle window edges at many offsets.
            short: (0..20_000).map(|i| format!("Bí thư xã {i}")).collect(),
            long: "Ủy ban nhân dân ".repeat(3 * WINDOW / 16),
            numbers: (0..50_000).map(|i| i * 7_919).collect(),
            runs: (0..70_000).map(|i: u32| i.wrapping_mul(61_379)).collect(),
            roomy: "Ban Thường vụ ".repeat(2 * WINDOW / 16),
            tail: Some("hết".into()),
        };
        let bytes = postcard::to_stdvec(&sample).unwrap();
        assert!(bytes.len() > 4 * WINDOW);
        let (back, left) = decode(&bytes).unwrap();
        assert_eq!(back, sample);
        assert_eq!(left, 0);
        // Cut anywhere, the bytes are refused, not misread.
        for cut in [1, WINDOW - 1, WINDOW + 3, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}
