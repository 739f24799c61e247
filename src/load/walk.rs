//! Turning command-line paths into the list of files to read: folders
//! recursively (report extensions only), named files whatever their
//! extension, symlink loops detected. It only lists, streaming what it
//! finds; reading is elsewhere.

use super::error::LoadError;
use crate::model::LoadWarning;
use std::collections::HashSet;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// Extensions read when walking a folder (compared case-insensitively).
/// Named in messages as `.txt/.md/.html` (`.htm` is HTML too).
pub const EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// One thing the walk found.
#[derive(Debug)]
pub enum Found {
    /// A file to read.
    File(PathBuf),
    /// A path that could not be walked; `missing` when it is a command-line
    /// path that does not exist.
    Warning { warning: LoadWarning, missing: bool },
    /// A file in a walked folder left unread for its extension (lower case).
    Ignored(String),
}

/// The files found under the given paths, and what could not be walked.
#[derive(Debug, Default)]
pub struct Walk {
    /// Files to read, sorted by path.
    pub files: Vec<PathBuf>,
    pub warnings: Vec<LoadWarning>,
    /// How many command-line paths do not exist.
    pub missing: usize,
}

/// Lists the files to read under `paths`, sorted.
#[must_use]
pub fn walk(paths: &[PathBuf]) -> Walk {
    let mut w = Walk::default();
    walk_each(paths, &mut |found| match found {
        Found::File(p) => w.files.push(p),
        Found::Warning { warning, missing } => {
            w.missing += usize::from(missing);
            w.warnings.push(warning);
        }
        Found::Ignored(_) => {}
    });
    w.files.sort();
    w
}

/// Calls `f` for each file under `paths` as soon as it is found, in the
/// order folders list them (unsorted: sorting a 100,000-file folder first
/// would delay the first report), and for each path that cannot be walked.
pub fn walk_each(paths: &[PathBuf], f: &mut dyn FnMut(Found)) {
    let mut visited = HashSet::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk_dir(p, &mut visited, f),
            Ok(_) => f(Found::File(p.clone())),
            Err(e) => {
                let (warning, missing) = match missing_path(p) {
                    Some(w) => (w, true),
                    None => (skip(p, &LoadError::Io(e)), false),
                };
                f(Found::Warning { warning, missing });
            }
        }
    }
}

/// A warning for each command-line path that does not exist, so the
/// caller can refuse to start before doing any work.
#[must_use]
pub fn check_paths(paths: &[PathBuf]) -> Vec<LoadWarning> {
    paths.iter().filter_map(|p| missing_path(p)).collect()
}

/// The warning for `p` when nothing exists there (a dangling symlink counts
/// as missing too, since there is nothing to read).
fn missing_path(p: &Path) -> Option<LoadWarning> {
    match std::fs::metadata(p) {
        Err(e) if e.kind() == ErrorKind::NotFound => Some(skip(p, &LoadError::NotFound)),
        _ => None,
    }
}

/// Reports `reason` for `path` as a walk warning.
fn warn(f: &mut dyn FnMut(Found), path: &Path, reason: &LoadError) {
    f(Found::Warning {
        warning: skip(path, reason),
        missing: false,
    });
}

/// Walks one folder; `visited` holds the canonical paths of folders seen,
/// so a symlink back to an ancestor (or to a folder already read) stops.
fn walk_dir(dir: &Path, visited: &mut HashSet<PathBuf>, f: &mut dyn FnMut(Found)) {
    let canonical = match std::fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => return warn(f, dir, &LoadError::Io(e)),
    };
    if !visited.insert(canonical.clone()) {
        return warn(f, dir, &LoadError::SymlinkLoop(canonical));
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return warn(f, dir, &LoadError::ReadFolder(e)),
    };
    for entry in entries {
        match entry {
            Ok(e) => visit_entry(&e.path(), e.file_type().ok(), visited, f),
            Err(e) => warn(f, dir, &LoadError::ListFolder(e)),
        }
    }
}

/// Handles one folder entry: recurse into folders, keep report files.
fn visit_entry(
    path: &Path,
    kind: Option<std::fs::FileType>,
    visited: &mut HashSet<PathBuf>,
    f: &mut dyn FnMut(Found),
) {
    let (is_dir, is_file) = match kind {
        Some(k) if k.is_dir() => (true, false),
        Some(k) if k.is_file() => (false, true),
        // Symlinks (and entries whose type is unknown) are resolved; a
        // dangling or self-referencing link is reported, not followed.
        _ => match std::fs::metadata(path) {
            Ok(m) => (m.is_dir(), m.is_file()),
            Err(e) => {
                let reason = match e.kind() {
                    ErrorKind::NotFound => LoadError::BrokenSymlink,
                    _ => LoadError::Io(e),
                };
                return warn(f, path, &reason);
            }
        },
    };
    if is_dir {
        walk_dir(path, visited, f);
    } else if is_file && has_report_extension(path) {
        // Only regular files: opening a FIFO found in a folder would wait
        // for a writer forever. (A path named on the command line is read
        // whatever it is, so `dvtui export <(…)` works.)
        f(Found::File(path.to_path_buf()));
    } else if is_file {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        f(Found::Ignored(ext.to_ascii_lowercase()));
    }
}

/// Whether `path` ends in one of `EXTENSIONS`.
#[must_use]
pub fn has_report_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// `path` as shown to the user and stored in reports: control characters
/// in a file name must not reach the terminal either.
pub(crate) fn display_name(path: &Path) -> String {
    let shown = path.display().to_string();
    if shown.chars().any(|c| c.is_control() || !c.is_ascii()) {
        super::sanitize::sanitize_name(&shown)
    } else {
        shown
    }
}

/// A "skipped" warning for `path`, with `reason` as the user reads it.
pub(crate) fn skip(path: &Path, reason: &LoadError) -> LoadWarning {
    LoadWarning {
        file: display_name(path),
        reason: reason.to_string(),
        skipped: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> tempfile::TempDir {
        tempfile::Builder::new()
            .prefix(&format!("dvtui-walk-{name}-"))
            .tempdir()
            .unwrap()
    }

    #[test]
    fn folders_recursively_with_report_extensions_only() {
        let d_dir = tmp("ext");
        let d = d_dir.path().to_path_buf();
        std::fs::create_dir_all(d.join("sub")).unwrap();
        for f in ["b.txt", "a.MD", "c.html", "sub/d.htm", "e.pdf", "f"] {
            std::fs::write(d.join(f), "x").unwrap();
        }
        let w = walk(&[d.clone(), d.join("e.pdf")]);
        let names: Vec<_> = w
            .files
            .iter()
            .map(|p| p.strip_prefix(&d).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.MD", "b.txt", "c.html", "e.pdf", "sub/d.htm"]);
        assert!(w.warnings.is_empty());
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn missing_paths_are_counted_and_named() {
        let p = PathBuf::from("/nonexistent/dvtui/x.txt");
        let w = walk(std::slice::from_ref(&p));
        assert_eq!(w.missing, 1);
        assert_eq!(
            w.warnings[0].to_string(),
            "dvtui: /nonexistent/dvtui/x.txt: skipped: no such file or directory"
        );
        assert_eq!(check_paths(&[p]).len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn fifos_in_folders_are_not_opened() {
        let d_dir = tmp("fifo");
        let d = d_dir.path().to_path_buf();
        let fifo = d.join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo here: nothing to test
        }
        std::fs::write(d.join("a.txt"), "x").unwrap();
        assert_eq!(walk(std::slice::from_ref(&d)).files, [d.join("a.txt")]);
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_and_dangling_links_are_reported_once() {
        let d_dir = tmp("loop");
        let d = d_dir.path().to_path_buf();
        std::fs::write(d.join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(&d, d.join("loop")).unwrap();
        std::os::unix::fs::symlink(d.join("self.txt"), d.join("self.txt")).unwrap();
        let w = walk(std::slice::from_ref(&d));
        assert_eq!(w.files, [d.join("a.txt")]);
        assert_eq!(w.warnings.len(), 2, "{:?}", w.warnings);
        assert!(w
            .warnings
            .iter()
            .any(|x| x.reason.starts_with("symlink loop")));
        std::fs::remove_dir_all(&d).unwrap();
    }
}
