//! Comparing the files under the given paths with what a store holds:
//! unchanged (same size and mtime, or same bytes), touched (new mtime,
//! same bytes), changed or new (to re-parse), and gone (to drop). Files
//! are only stat'ed and, when needed, read to hash them. The walked files
//! are indexed by a hash of their key in the store and the stored files
//! streamed past them, each finding its walked files by one lookup, so the
//! stored side is never held: on a warm launch this runs while the whole
//! catalog is held, and what it holds at once adds to the launch's peak
//! memory.

use super::backend::Storage;
use super::content_hash;
use super::read::StoredFile;
use super::write::FileMeta;
use super::StoreError;
use crate::load::{display_name, walk_each, Found};
use crate::model::LoadWarning;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// One walked file against the store.
#[derive(Debug)]
pub(super) enum Status {
    /// Stored as it is: its id.
    Same(i64),
    /// Same bytes under a new mtime: its id and the new mtime.
    Touched(i64, i64),
    /// New, changed, or parsed by another parser version.
    Changed(Box<FileMeta>),
}

/// The outcome of a scan.
#[derive(Debug, Default)]
pub(super) struct Scan {
    /// The stored files to show as they are, with their names.
    pub kept: Kept,
    /// Stored files whose mtime moved but whose bytes did not.
    pub touched: Vec<(i64, i64)>,
    /// Files to parse, with what to store about them, in walk order.
    pub changed: Vec<(PathBuf, FileMeta)>,
    /// Stored files walked again but changed (or parsed by another
    /// parser version): their stored reports are replaced.
    pub replaced: Vec<i64>,
    /// Stored files no longer under the paths.
    pub gone: Vec<i64>,
    /// Paths that could not be walked, and how many are missing.
    pub warnings: Vec<LoadWarning>,
    /// Files left unread for their extension, by extension.
    pub ignored: FxHashMap<String, usize>,
    pub missing: usize,
    /// Files found.
    pub files: usize,
}

impl Scan {
    /// The scan of no paths: `files` stored files, nothing compared.
    pub fn nothing_walked(files: usize) -> Scan {
        Scan {
            files,
            ..Scan::default()
        }
    }
}

/// The stored files to show as they are: by id, the walked file each is,
/// named when asked (most never are: a saved catalog has their names).
#[derive(Debug, Default)]
pub(super) struct Kept {
    /// Id -> number of the walked file.
    ids: FxHashMap<i64, u32>,
    /// The walked files, by number.
    walked: Vec<PathBuf>,
}

impl Kept {
    /// The name to show a kept stored file under: its walked path's.
    pub fn name(&self, id: i64) -> Option<String> {
        let i = *self.ids.get(&id)? as usize;
        self.walked.get(i).map(|p| display_name(p))
    }
}

/// The files under some paths as the file system has them: walked,
/// stat'ed and indexed by key, not yet compared with a store. Made apart
/// from the comparison so that the walk can run while the store is read.
#[derive(Debug, Default)]
pub(super) struct Survey {
    /// Each file found, in walk order.
    paths: Vec<PathBuf>,
    /// Each file's size and mtime (0 and 0 when it cannot be stat'ed; the
    /// parse says why).
    stats: Vec<(u64, i64)>,
    keys: Keys,
    /// The files by the hash of their key.
    by_key: KeyIndex,
    warnings: Vec<LoadWarning>,
    ignored: FxHashMap<String, usize>,
    missing: usize,
}

/// The walked files' keys in the store (see `key_of`), in one buffer.
/// A path given absolute is its own key, and only keys that differ from
/// their path are written out.
#[derive(Debug, Default)]
struct Keys {
    text: String,
    /// Per file: where its key starts in `text`; it ends where the next
    /// file's starts. An empty key is the file's own path.
    starts: Vec<usize>,
}

impl Keys {
    /// Adds the key of the next file, `p`.
    fn push(&mut self, p: &Path) {
        self.starts.push(self.text.len());
        if own_key(p).is_some() {
            return;
        }
        let key = key_of(p);
        if p.to_str() != Some(key.as_str()) {
            self.text.push_str(&key);
        }
    }

    /// The key of file `i`, walked as `p`.
    fn get<'a>(&'a self, i: usize, p: &'a Path) -> &'a str {
        match self.own(i) {
            Some(key) => key,
            None => p.to_str().unwrap_or_default(),
        }
    }

    /// The bytes of the key of file `i`, walked as `p`, without checking a
    /// path's UTF-8 again each time a file is hashed or compared (the path
    /// is its key only when `push` found it valid).
    fn get_bytes<'a>(&'a self, i: usize, p: &'a Path) -> &'a [u8] {
        match self.own(i) {
            Some(key) => key.as_bytes(),
            None => p.as_os_str().as_encoded_bytes(),
        }
    }

    /// The key of file `i` when it is not the file's own path.
    fn own(&self, i: usize) -> Option<&str> {
        let start = self.starts[i];
        let end = self.starts.get(i + 1).copied().unwrap_or(self.text.len());
        (start != end).then(|| &self.text[start..end])
    }
}

/// No file: the end of a chain in `KeyIndex`.
const NO_FILE: u32 = u32::MAX;

/// The walked files by the hash of their key: a stored file finds the
/// walked files with its key in one lookup, where a binary search over
/// the files sorted by key compared a dozen and more long paths (sharing
/// most of their bytes) per stored file, each a cache miss, and the sort
/// itself compared millions.
#[derive(Debug, Default)]
struct KeyIndex {
    /// Key hash -> the first file of its chain.
    heads: FxHashMap<u64, u32>,
    /// Per file: the next file whose key has the same hash (`NO_FILE` at
    /// the end); a chain runs in walk order.
    next: Vec<u32>,
}

/// The hash a key is indexed under.
fn key_hash(key: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(key);
    h.finish()
}

impl KeyIndex {
    /// Indexes files whose keys hash to `hashes`, in walk order.
    fn new(hashes: &[u64]) -> KeyIndex {
        let mut index = KeyIndex {
            heads: FxHashMap::default(),
            next: vec![NO_FILE; hashes.len()],
        };
        index.heads.reserve(hashes.len());
        // From the last file back, so each chain comes out in walk order.
        for (i, &h) in hashes.iter().enumerate().rev() {
            if let Some(was) = index.heads.insert(h, i as u32) {
                index.next[i] = was;
            }
        }
        index
    }

    /// The files whose key hashes to `hash`, in walk order (the caller
    /// compares the keys).
    fn chain(&self, hash: u64) -> impl Iterator<Item = u32> + '_ {
        let first = self.heads.get(&hash).copied();
        std::iter::successors(first, |&i| {
            Some(self.next[i as usize]).filter(|&n| n != NO_FILE)
        })
    }
}

impl Survey {
    /// The key of file `i`.
    fn key(&self, i: usize) -> &str {
        self.keys.get(i, &self.paths[i])
    }

    /// The key of file `i` as bytes, to compare.
    fn key_bytes(&self, i: usize) -> &[u8] {
        self.keys.get_bytes(i, &self.paths[i])
    }
}

/// Walks `paths`, stats every file found and indexes the files by key.
pub(super) fn survey(paths: &[PathBuf]) -> Survey {
    let mut out = Survey::default();
    let mut found = Vec::new();
    walk_each(paths, &mut |f| match f {
        Found::File(p) => found.push(p),
        Found::Warning { warning, missing } => {
            out.missing += usize::from(missing);
            out.warnings.push(warning);
        }
        Found::Ignored(ext) => *out.ignored.entry(ext).or_default() += 1,
    });
    out.stats = found.par_iter().map(|p| stat_of(p)).collect();
    out.keys.starts.reserve_exact(found.len());
    for p in &found {
        out.keys.push(p);
    }
    out.paths = found;
    let hashes: Vec<u64> = (0..out.paths.len())
        .into_par_iter()
        .with_min_len(4096)
        .map(|i| key_hash(out.key_bytes(i)))
        .collect();
    out.by_key = KeyIndex::new(&hashes);
    out
}

/// Sorts every file of `survey` against the files `store` holds, streamed
/// past the walked files in any order.
/// # Errors
/// When the store cannot be read.
pub(super) fn compare(survey: Survey, store: &dyn Storage) -> Result<Scan, StoreError> {
    compare_with(survey, &mut |each| store.each_stored_file(each))
}

/// The stored files, streamed to the function given (see
/// `Storage::each_stored_file`).
pub(super) type EachStored<'a> =
    &'a mut dyn FnMut(&mut dyn FnMut(&str, &StoredFile)) -> Result<(), StoreError>;

/// `compare` with the stored files streamed by `each_stored` (a reader of
/// their own, on another thread).
/// # Errors
/// When the store cannot be read.
pub(super) fn compare_with(survey: Survey, each_stored: EachStored) -> Result<Scan, StoreError> {
    let mut merge = Merge {
        survey: &survey,
        met: vec![false; survey.paths.len()],
        keep: FxHashMap::default(),
        gone: Vec::new(),
        later: Vec::new(),
    };
    merge.keep.reserve(survey.paths.len());
    each_stored(&mut |key, stored| merge.stored(key, stored))?;
    merge.unmet();
    let Merge {
        keep, gone, later, ..
    } = merge;
    // Files that changed or may have are sorted apart, and their contents
    // hashed when only the mtime moved: spread over the cores, in walk
    // order.
    let mut later = later;
    later.sort_unstable_by_key(|(i, _)| *i);
    let statuses: Vec<(u32, Status, Option<i64>)> = later
        .par_iter()
        .map(|(i, row)| {
            let i = *i as usize;
            let p = &survey.paths[i];
            let status = status_from(p, survey.key(i), survey.stats[i], row.as_ref());
            (i as u32, status, row.as_ref().map(|s| s.id))
        })
        .collect();
    drop(later);
    let mut out = Scan {
        gone,
        files: survey.paths.len(),
        ..Scan::default()
    };
    let mut kept = Kept {
        ids: keep,
        walked: Vec::new(),
    };
    for (i, status, id) in statuses {
        match status {
            Status::Same(id) => {
                kept.ids.insert(id, i);
            }
            Status::Touched(id, mtime) => {
                kept.ids.insert(id, i);
                out.touched.push((id, mtime));
            }
            Status::Changed(meta) => {
                out.replaced.extend(id);
                out.changed.push((survey.paths[i as usize].clone(), *meta));
            }
        }
    }
    let Survey {
        paths,
        warnings,
        ignored,
        missing,
        ..
    } = survey;
    kept.walked = paths;
    out.kept = kept;
    out.warnings = warnings;
    out.ignored = ignored;
    out.missing = missing;
    Ok(out)
}

/// The stored files met one by one with the walked files, which are
/// indexed by key: each stored file finds its walked files by a lookup,
/// in whatever order the store gives them.
struct Merge<'a> {
    survey: &'a Survey,
    /// Per walked file: whether a stored file has its key.
    met: Vec<bool>,
    /// Stored files walked as they are: id -> walked file.
    keep: FxHashMap<i64, u32>,
    gone: Vec<i64>,
    /// Walked files to sort apart: new, or not as stored (with the row).
    later: Vec<(u32, Option<StoredFile>)>,
}

impl Merge<'_> {
    /// Meets the stored file keyed `key`: the walked files with its key
    /// are compared with it, and none means it is gone.
    fn stored(&mut self, key: &str, stored: &StoredFile) {
        let survey = self.survey;
        let key = key.as_bytes();
        let mut walked = false;
        for i in survey
            .by_key
            .chain(key_hash(key))
            .filter(|&i| survey.key_bytes(i as usize) == key)
        {
            walked = true;
            self.met[i as usize] = true;
            let same = stored.parse_version == crate::parse::PARSE_VERSION
                && (stored.size, stored.mtime_ns) == survey.stats[i as usize];
            if same {
                self.keep.insert(stored.id, i);
            } else {
                self.later.push((i, Some(stored.clone())));
            }
        }
        if !walked {
            self.gone.push(stored.id);
        }
    }

    /// Takes the walked files no stored file met as new.
    fn unmet(&mut self) {
        let unmet = (0..self.met.len() as u32).filter(|&i| !self.met[i as usize]);
        self.later.extend(unmet.map(|i| (i, None)));
    }
}

/// The key of a file in the store: its absolute path, not resolving links
/// (cheap, and what the user's paths name).
pub(super) fn key_of(p: &Path) -> String {
    if let Some(key) = own_key(p) {
        return key.to_string();
    }
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// A path that is its own key: absolute, UTF-8, and already in the form
/// `std::path::absolute` gives (no empty or `.` component, which it
/// drops; a `..` it keeps, as it does). Every file of a walk from an
/// absolute path is one, and is spared the rebuilding of its path
/// component by component.
fn own_key(p: &Path) -> Option<&str> {
    let s = p.to_str()?;
    let b = s.as_bytes();
    let plain = b.first() == Some(&b'/')
        && !b.windows(2).any(|w| w == b"//")
        && !b.windows(3).any(|w| w == b"/./")
        && !b.ends_with(b"/.");
    plain.then_some(s)
}

/// Compares one file with its stored row; reads it only to hash it, when
/// its size is the same but its mtime moved.
pub(super) fn status_of(p: &Path, key: &str, stored: Option<&StoredFile>) -> Status {
    status_from(p, key, stat_of(p), stored)
}

/// Size and mtime of a file; 0 and 0 when it cannot be stat'ed (the parse
/// reports why it cannot be read).
fn stat_of(p: &Path) -> (u64, i64) {
    match std::fs::metadata(p) {
        Ok(m) => (m.len(), mtime_of(&m)),
        Err(_) => (0, 0),
    }
}

/// `status_of` with the file's size and mtime already known.
fn status_from(
    p: &Path,
    key: &str,
    (size, mtime_ns): (u64, i64),
    stored: Option<&StoredFile>,
) -> Status {
    let current = stored.filter(|s| s.parse_version == crate::parse::PARSE_VERSION);
    let Some(s) = current else {
        // Nothing to compare with: the writer hashes it, off the path of
        // the first reports.
        return Status::Changed(Box::new(FileMeta {
            path: key.to_string(),
            size,
            mtime_ns,
            hash: String::new(),
        }));
    };
    if s.size == size && s.mtime_ns == mtime_ns {
        return Status::Same(s.id);
    }
    let hash = if s.size == size {
        std::fs::read(p)
            .map(|b| content_hash(&b))
            .unwrap_or_default()
    } else {
        String::new()
    };
    if !hash.is_empty() && s.hash == hash {
        Status::Touched(s.id, mtime_ns)
    } else {
        Status::Changed(Box::new(FileMeta {
            path: key.to_string(),
            size,
            mtime_ns,
            hash,
        }))
    }
}

/// Modification time in nanoseconds since the epoch (0 where unknown).
fn mtime_of(m: &std::fs::Metadata) -> i64 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i64)
}

#[cfg(test)]
mod key_tests {
    use super::*;

    #[test]
    fn a_files_key_compares_as_the_bytes_of_the_key_it_reads_as() {
        let here = std::env::current_dir().unwrap();
        let paths = [
            here.join("kho/báo cáo 2.txt"),
            PathBuf::from("kho/báo cáo 1.txt"),
            here.join("kho/Báo cáo 10.txt"),
        ];
        let mut keys = Keys::default();
        for p in &paths {
            keys.push(p);
        }
        // An absolute path is its own key; a relative one is made absolute.
        assert!(keys.own(0).is_none());
        assert!(keys.own(1).is_some());
        for (i, p) in paths.iter().enumerate() {
            assert_eq!(keys.get_bytes(i, p), keys.get(i, p).as_bytes());
            assert_eq!(keys.get(i, p), key_of(p));
        }
        let mut by_bytes: Vec<usize> = (0..paths.len()).collect();
        by_bytes.sort_by(|&a, &b| {
            keys.get_bytes(a, &paths[a])
                .cmp(keys.get_bytes(b, &paths[b]))
        });
        let mut by_text = by_bytes.clone();
        by_text.sort_by(|&a, &b| keys.get(a, &paths[a]).cmp(keys.get(b, &paths[b])));
        assert_eq!(by_bytes, by_text);
    }

    #[test]
    fn the_key_index_gives_every_file_of_a_hash_in_walk_order() {
        let index = KeyIndex::new(&[7, 3, 7, 9, 7]);
        let chain = |h| index.chain(h).collect::<Vec<u32>>();
        assert_eq!(chain(7), [0, 2, 4]);
        assert_eq!(chain(3), [1]);
        assert_eq!(chain(9), [3]);
        assert!(chain(8).is_empty());
        assert!(KeyIndex::new(&[]).chain(7).next().is_none());
    }

    #[test]
    fn a_path_taken_as_its_own_key_is_what_absolute_makes_of_it() {
        let paths = [
            "/kho/báo cáo 1.txt",
            "/kho/./a.txt",
            "/kho//a.txt",
            "//kho/a.txt",
            "///kho/a.txt",
            "/kho/../a.txt",
            "/kho/a/",
            "/kho/a/.",
            "/kho/.a",
            "/kho/a.",
            "/",
            "kho/a.txt",
            "./kho/a.txt",
        ];
        for p in paths.map(Path::new) {
            let slow = std::path::absolute(p).unwrap();
            // A path not taken as its own key is made absolute the long way.
            if let Some(key) = own_key(p) {
                assert_eq!(Some(key), slow.to_str(), "{p:?}");
            }
            assert_eq!(key_of(p), slow.to_string_lossy(), "{p:?}");
        }
    }
}
