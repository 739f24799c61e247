//! A report's article text, held compressed. It is most of a report's
//! bytes, and it is read only when a report is shown or exported, so an
//! archive of 100,000 reports keeps it at about 40 % of its size.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

thread_local! {
    // A compressor keeps its context between reports: making one per
    // report would cost more than the compression. Level 1 halves the text
    // at several hundred MB/s.
    static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> =
        RefCell::new(zstd::bulk::Compressor::new(1).ok());
    // Likewise for reading: setting up a decompression context costs more
    // than decompressing one report's text.
    static DECOMPRESSOR: RefCell<Option<zstd::bulk::Decompressor<'static>>> =
        RefCell::new(zstd::bulk::Decompressor::new().ok());
}

/// Paragraphs joined by `\n`, compressed with zstd when that saves room.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Body {
    bytes: Box<[u8]>,
    compressed: bool,
}

impl Body {
    /// Holds `text` (paragraphs joined by `\n`).
    pub fn new(text: &str) -> Body {
        // The original length first: decompression needs it for its buffer.
        let mut packed = (text.len() as u32).to_le_bytes().to_vec();
        let compressed = COMPRESSOR.with(|c| match &mut *c.borrow_mut() {
            Some(c) => c.compress(text.as_bytes()).ok(),
            None => None,
        });
        let Some(compressed) = compressed else {
            return Body::plain(text);
        };
        packed.extend(compressed);
        if packed.len() < text.len() {
            Body {
                bytes: packed.into(),
                compressed: true,
            }
        } else {
            Body::plain(text)
        }
    }

    fn plain(text: &str) -> Body {
        Body {
            bytes: text.as_bytes().into(),
            compressed: false,
        }
    }

    /// The text: paragraphs joined by `\n`.
    pub fn text(&self) -> Cow<'_, str> {
        if !self.compressed {
            return Cow::Borrowed(std::str::from_utf8(&self.bytes).unwrap_or_default());
        }
        // Only `new` fills the bytes, from valid text: failure cannot
        // happen, and would show as an empty body rather than a crash.
        let (len, data) = self.bytes.split_at(4.min(self.bytes.len()));
        let len = u32::from_le_bytes(len.try_into().unwrap_or_default()) as usize;
        DECOMPRESSOR
            .with(|d| d.borrow_mut().as_mut()?.decompress(data, len).ok())
            .and_then(|b| String::from_utf8(b).ok())
            .map_or(Cow::Borrowed(""), Cow::Owned)
    }

    /// The paragraphs, in order, without empty ones.
    pub fn paragraphs(&self) -> Vec<String> {
        self.text()
            .split('\n')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// Bytes held in memory.
    pub fn held_bytes(&self) -> usize {
        self.bytes.len()
    }
}

impl From<&str> for Body {
    fn from(text: &str) -> Body {
        Body::new(text)
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text(), f)
    }
}

/// In JSON, an array of paragraphs.
impl Serialize for Body {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.text().split('\n').filter(|p| !p.is_empty()))
    }
}

impl<'de> Deserialize<'de> for Body {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Body, D::Error> {
        Ok(Body::new(&Vec::<String>::deserialize(d)?.join("\n")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_text_whether_or_not_it_compresses() {
        let long = "Hội nghị giao ban công tác dân vận.\n".repeat(40);
        for text in ["", "Ngắn.", long.as_str()] {
            let body = Body::new(text);
            assert_eq!(body.text(), text);
        }
        assert!(Body::new(&long).held_bytes() < long.len() / 2);
    }

    #[test]
    fn serializes_as_paragraphs() {
        let body = Body::new("Một.\n\nHai.");
        let json = serde_json::to_string(&body).unwrap();
        assert_eq!(json, r#"["Một.","Hai."]"#);
        let back: Body = serde_json::from_str(&json).unwrap();
        assert_eq!(back.paragraphs(), ["Một.", "Hai."]);
    }
}
