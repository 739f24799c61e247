//! Where `dvtui PATH…` keeps its store when no `--db` is given: one file
//! per set of paths in the user's cache folder (`$XDG_CACHE_HOME/dvtui`, by
//! default ~/.cache/dvtui), named by a hash of the canonical paths.

use super::content_hash;
use std::path::PathBuf;

/// The cache store for `paths`, or `None` when there is no cache folder
/// or a path cannot be resolved.
pub fn cache_path(paths: &[PathBuf]) -> Option<PathBuf> {
    let dir = dirs::cache_dir()?.join("dvtui");
    let mut canonical: Vec<PathBuf> = paths
        .iter()
        .map(|p| std::fs::canonicalize(p).ok())
        .collect::<Option<_>>()?;
    canonical.sort();
    canonical.dedup();
    let mut key = Vec::new();
    for p in &canonical {
        key.extend_from_slice(p.as_os_str().as_encoded_bytes());
        key.push(0);
    }
    Some(dir.join(format!("{}.db", content_hash(&key))))
}
