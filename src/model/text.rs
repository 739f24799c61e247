//! A short text of a report — a name, a title, a place, a source, a
//! phrase — that many reports share. Reports are kept for as long as the
//! app runs, and the same names and titles recur across thousands of them:
//! a `Text` is a shared, immutable string, so a saved catalog read back
//! holds each distinct text of a part once, and each report only a pointer
//! to it — one pointer, the length kept with the bytes (`arcstr`), where
//! an `Arc<str>` is two: a catalog holds millions of these. Reads as a
//! `str`; compares and hashes as one; written and read by serde as a plain
//! string.

use arcstr::ArcStr;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// A shared, immutable string (see the module).
#[derive(Clone, Default)]
pub struct Text(ArcStr);

impl Text {
    /// The text as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// By the string, so that a map keyed by `Text` is looked up by `&str`
// (`Borrow<str>`) alike.
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl Hash for Text {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.as_str().hash(h);
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(s.into())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(s.into())
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text(s.as_str().into())
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.0.as_str().to_owned()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        &*self.0 == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == &*other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == &*other.0
    }
}

// Written as the string itself, so that snapshots and messages read as
// they did when these were `String`s.
impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

// Made straight from the string read, borrowed where the input allows:
// not first into a `String` of its own, then copied.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        d.deserialize_str(TextVisitor)
    }
}

struct TextVisitor;

impl serde::de::Visitor<'_> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Text, E> {
        Ok(Text::from(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_reads_compares_and_writes_as_its_string() {
        let t = Text::from("Bí thư Tỉnh ủy");
        assert_eq!(t, "Bí thư Tỉnh ủy");
        assert_eq!(format!("{t:?}"), format!("{:?}", "Bí thư Tỉnh ủy"));
        assert_eq!(t.len(), "Bí thư Tỉnh ủy".len());
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"Bí thư Tỉnh ủy\"");
        assert_eq!(serde_json::from_str::<Text>(&json).unwrap(), t);
    }

    #[test]
    fn a_cloned_text_shares_its_bytes() {
        let t = Text::from("Chủ tịch");
        let u = t.clone();
        assert!(std::ptr::eq(t.as_str(), u.as_str()));
    }

    #[test]
    fn a_text_is_one_pointer_and_hashes_as_its_string() {
        use std::hash::BuildHasher;
        assert_eq!(std::mem::size_of::<Text>(), std::mem::size_of::<usize>());
        assert_eq!(
            std::mem::size_of::<Option<Text>>(),
            std::mem::size_of::<usize>()
        );
        let state = rustc_hash::FxBuildHasher;
        let t = Text::from("Nghệ An");
        assert_eq!(state.hash_one(&t), state.hash_one("Nghệ An"));
        assert_eq!(Text::from("a").cmp(&Text::from("b")), Ordering::Less);
        assert_eq!(Text::default(), "");
    }
}
