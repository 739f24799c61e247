//! Per-thread memos of answers about short strings (a place's name, a
//! title) that come back report after report, so that parse and catalog
//! keep one way of remembering them. Owns no shared state: each thread
//! holds its own memo, cleared when full.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::thread::LocalKey;

/// The most answers a memo keeps before it starts again: a few thousand
/// strings cover what an archive repeats.
const MOST: usize = 1 << 12;

/// A thread's answers, by the string asked about.
pub type Memo<V> = RefCell<FxHashMap<Box<str>, V>>;

/// `f(key)`, remembered in `memo`.
pub fn remembered<V: Clone>(
    memo: &'static LocalKey<Memo<V>>,
    key: &str,
    f: impl FnOnce(&str) -> V,
) -> V {
    if let Some(v) = memo.with(|m| m.borrow().get(key).cloned()) {
        return v;
    }
    let v = f(key);
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MOST {
            m.clear();
        }
        m.insert(key.into(), v.clone());
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LENGTHS: Memo<usize> = RefCell::default();
    }

    #[test]
    fn an_answer_is_read_once_and_a_full_memo_starts_again() {
        let reads = std::cell::Cell::new(0);
        let len = |k: &str| {
            remembered(&LENGTHS, k, |k| {
                reads.set(reads.get() + 1);
                k.len()
            })
        };
        assert_eq!(len("Hà Nội"), "Hà Nội".len());
        assert_eq!(len("Hà Nội"), "Hà Nội".len());
        assert_eq!(reads.get(), 1);
        for i in 0..MOST {
            len(&i.to_string());
        }
        assert!(LENGTHS.with(|m| m.borrow().len()) <= MOST);
    }
}
