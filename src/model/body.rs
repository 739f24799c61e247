//! A report's article text. It is most of a report's bytes and is read only
//! when a report is shown or exported, so the loader packs the bodies of a
//! few neighbouring reports into one compressed block (`Body::pack`): news
//! reports share much wording, and one block of sixteen compresses several
//! times better, and faster, than sixteen texts one by one. A report
//! loaded from a store holds only a key, and its text is read back from
//! the store when shown (`Body::fetched`, through a `BodySource`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::sync::{Arc, Weak};

thread_local! {
    // A compressor keeps its context between blocks: making one per block
    // would cost more than the compression. Level 1 runs at several
    // hundred MB/s.
    static COMPRESSOR: RefCell<Option<zstd::bulk::Compressor<'static>>> =
        RefCell::new(zstd::bulk::Compressor::new(1).ok());
    // The texts of a block joined, and the block compressed: made again
    // for every sixteen reports, so kept between blocks. A fresh buffer of
    // this size each time would be memory the allocator hands back to the
    // system and faults in again, block after block.
    static BUFFERS: RefCell<(String, Vec<u8>)> = const { RefCell::new((String::new(), Vec::new())) };
    // Likewise for reading.
    static DECOMPRESSOR: RefCell<Option<zstd::bulk::Decompressor<'static>>> =
        RefCell::new(zstd::bulk::Decompressor::new().ok());
    // The block read last, so reading its reports one after the other (as
    // `dvtui export` does) decompresses it once. The `Weak` keeps the
    // block's address from being reused while it is remembered. Kept as
    // bytes: each reader checks only its own range is UTF-8, so a search
    // that visits reports out of block order pays for one body, not sixteen.
    static LAST_BLOCK: RefCell<(Weak<Block>, Vec<u8>)> = const { RefCell::new((Weak::new(), Vec::new())) };
}

/// The most bytes the buffers of `pack` keep between blocks.
const KEEP: usize = 1 << 20;

/// The compressed bodies of neighbouring reports, one after the other.
#[derive(Debug)]
struct Block {
    compressed: Box<[u8]>,
    len: usize,
}

/// Where bodies kept out of memory are read from (a store), by key. The
/// model only asks; the source does the I/O.
pub trait BodySource: Send + Sync {
    /// The text kept under `key`, or `None` when it cannot be read.
    fn fetch(&self, key: i64) -> Option<String>;
}

/// Paragraphs joined by `\n`: as given, a range of a compressed block, or
/// a key into a `BodySource`.
#[derive(Clone)]
pub struct Body(Repr);

#[derive(Clone)]
enum Repr {
    Plain(Box<str>),
    Packed {
        block: Arc<Block>,
        start: u32,
        len: u32,
    },
    Fetched {
        source: Arc<dyn BodySource>,
        key: i64,
    },
}

impl Default for Body {
    fn default() -> Body {
        Body(Repr::Plain("".into()))
    }
}

impl Body {
    /// A body read from `source` under `key` each time it is shown.
    pub fn fetched(source: Arc<dyn BodySource>, key: i64) -> Body {
        Body(Repr::Fetched { source, key })
    }

    /// Holds `text` (paragraphs joined by `\n`) as it is.
    pub fn new(text: &str) -> Body {
        Body(Repr::Plain(text.into()))
    }

    /// Compresses the plain bodies among `bodies` into one shared block;
    /// they read the same afterwards. Left as they are if that fails or
    /// saves nothing.
    pub fn pack<'a>(bodies: impl IntoIterator<Item = &'a mut Body>) {
        let mut plain: Vec<&mut Body> = bodies
            .into_iter()
            .filter(|b| matches!(b.0, Repr::Plain(_)))
            .collect();
        let mut ranges = Vec::with_capacity(plain.len());
        let block = BUFFERS.with(|buffers| {
            let (joined, out) = &mut *buffers.borrow_mut();
            joined.clear();
            for b in &plain {
                if let Repr::Plain(text) = &b.0 {
                    ranges.push((joined.len(), text.len()));
                    joined.push_str(text);
                }
            }
            // Offsets are stored in 32 bits.
            if joined.is_empty() || u32::try_from(joined.len()).is_err() {
                return None;
            }
            out.clear();
            out.reserve(zstd::zstd_safe::compress_bound(joined.len()));
            let n = COMPRESSOR.with(|c| {
                c.borrow_mut()
                    .as_mut()?
                    .compress_to_buffer(joined.as_bytes(), out)
                    .ok()
            })?;
            let block = (n < joined.len()).then(|| Block {
                compressed: out[..n].into(),
                len: joined.len(),
            });
            // A block of huge files is not kept for the next one.
            if joined.capacity() > KEEP {
                *joined = String::new();
                *out = Vec::new();
            }
            block
        });
        let Some(block) = block.map(Arc::new) else {
            return;
        };
        for (b, (start, len)) in plain.iter_mut().zip(ranges) {
            b.0 = Repr::Packed {
                block: Arc::clone(&block),
                start: start as u32,
                len: len as u32,
            };
        }
    }

    /// The text: paragraphs joined by `\n`.
    pub fn text(&self) -> Cow<'_, str> {
        match &self.0 {
            Repr::Plain(text) => Cow::Borrowed(text),
            Repr::Packed { block, start, len } => {
                let range = *start as usize..(*start + *len) as usize;
                Cow::Owned(with_block(block, |bytes| {
                    bytes
                        .get(range)
                        // Searching `b:` reads every candidate's text: a
                        // SIMD check is several times faster on Vietnamese,
                        // whose letters are mostly multi-byte.
                        .and_then(|b| simdutf8::basic::from_utf8(b).ok())
                        .unwrap_or_default()
                        .to_string()
                }))
            }
            // A body the store can no longer give reads as empty text.
            Repr::Fetched { source, key } => Cow::Owned(source.fetch(*key).unwrap_or_default()),
        }
    }

    /// The paragraphs, in order, without empty ones.
    pub fn paragraphs(&self) -> Vec<String> {
        self.text()
            .split('\n')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The key a body read from a store is fetched under.
    pub fn stored_key(&self) -> Option<i64> {
        match self.0 {
            Repr::Fetched { key, .. } => Some(key),
            _ => None,
        }
    }

    /// Whether the text is held compressed.
    pub fn is_packed(&self) -> bool {
        matches!(self.0, Repr::Packed { .. })
    }
}

/// Runs `f` on the decompressed bytes of `block`. Only `pack` makes blocks,
/// from valid text at char boundaries: a failure cannot happen, and would
/// read as empty text rather than crash.
fn with_block<R>(block: &Arc<Block>, f: impl FnOnce(&[u8]) -> R) -> R {
    LAST_BLOCK.with(|last| {
        let mut last = last.borrow_mut();
        let cached = last.0.upgrade().is_some_and(|b| Arc::ptr_eq(&b, block));
        if !cached {
            let bytes = DECOMPRESSOR.with(|d| {
                d.borrow_mut()
                    .as_mut()?
                    .decompress(&block.compressed, block.len)
                    .ok()
            });
            *last = (Arc::downgrade(block), bytes.unwrap_or_default());
        }
        f(&last.1)
    })
}

impl PartialEq for Body {
    fn eq(&self, other: &Body) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Body {}

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

/// In JSON, an array of paragraphs. In binary formats (a store's saved
/// catalog) nothing: the text stays in the store's own table, and the
/// reader attaches it again by key (`Body::fetched`).
impl Serialize for Body {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_seq(self.text().split('\n').filter(|p| !p.is_empty()))
        } else {
            s.serialize_unit()
        }
    }
}

impl<'de> Deserialize<'de> for Body {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Body, D::Error> {
        if !d.is_human_readable() {
            <()>::deserialize(d)?;
            return Ok(Body::default());
        }
        Ok(Body::new(&Vec::<String>::deserialize(d)?.join("\n")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_bodies_read_as_they_were_given() {
        let long = "Hội nghị giao ban công tác dân vận.\n".repeat(40);
        let texts = [
            "",
            "Ngắn.",
            long.as_str(),
            "Sáng 13-7, Ban Dân vận Tỉnh ủy.",
        ];
        let mut bodies: Vec<Body> = texts.iter().map(|t| Body::new(t)).collect();
        Body::pack(bodies.iter_mut());
        assert!(bodies.iter().all(Body::is_packed));
        // In order, out of order, and again: the cached block serves each.
        for i in [0, 1, 2, 3, 2, 0, 3, 1] {
            assert_eq!(bodies[i].text(), texts[i]);
        }
        let other = {
            let mut b = vec![Body::new(&long), Body::new("Khác.")];
            Body::pack(b.iter_mut());
            b
        };
        assert_eq!(other[1].text(), "Khác.");
        assert_eq!(bodies[3].text(), texts[3]);
        assert_eq!(other[0], bodies[2]);
    }

    #[test]
    fn a_fetched_body_is_read_from_its_source_each_time() {
        struct Source(std::sync::atomic::AtomicUsize);
        impl BodySource for Source {
            fn fetch(&self, key: i64) -> Option<String> {
                self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                (key == 7).then(|| "Một.\nHai.".to_string())
            }
        }
        let source = Arc::new(Source(0.into()));
        let body = Body::fetched(source.clone(), 7);
        assert_eq!(body.paragraphs(), ["Một.", "Hai."]);
        assert_eq!(body.text(), "Một.\nHai.");
        assert_eq!(source.0.load(std::sync::atomic::Ordering::Relaxed), 2);
        // A key the source cannot give reads as empty text.
        assert_eq!(Body::fetched(source, 8).text(), "");
    }

    #[test]
    fn a_block_that_saves_nothing_stays_plain() {
        let mut bodies = [Body::new("x")];
        Body::pack(bodies.iter_mut());
        assert!(!bodies[0].is_packed());
        assert_eq!(bodies[0].text(), "x");
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
