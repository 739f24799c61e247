//! A short text of a report — a name, a title, a place, a source, a
//! phrase — that many reports share. Reports are kept for as long as the
//! app runs, and the same names and titles recur across thousands of them:
//! a `Text` is a shared, immutable string, so a saved catalog read back
//! holds each distinct text of a part once, and each report only a pointer
//! to it. Reads as a `str`; written and read by serde as a plain string.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A shared, immutable string (see the module).
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text(Arc<str>);

impl Text {
    /// The text as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
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
        t.0.as_ref().to_owned()
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

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        String::deserialize(d).map(Text::from)
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
}
