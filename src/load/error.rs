//! Why a file or folder could not be read. The messages are what users see
//! after "skipped:" (tests check them word for word): each says what is
//! wrong in plain words and, where there is one, what to do. This module
//! only names reasons; turning them into warnings is `walk::skip`'s job.

use std::path::PathBuf;
use thiserror::Error;

/// A reason a file or folder is skipped.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file has no bytes.
    #[error("empty file")]
    Empty,
    /// NUL bytes near the start (and no UTF-16 byte-order mark).
    #[error("binary file (NUL bytes), not a text report")]
    Binary,
    /// Nothing but white space and control characters after cleaning.
    #[error("no text in the file")]
    NoText,
    /// The file is larger than the `--max-file-size` cap.
    #[error(
        "file is {}, over the {} cap (raise it with --max-file-size)",
        human(*size),
        human(*cap)
    )]
    TooLarge { size: u64, cap: u64 },
    /// A command-line path where nothing exists.
    #[error("no such file or directory")]
    NotFound,
    /// A symlink in a folder whose target does not exist.
    #[error("broken symlink (its target does not exist)")]
    BrokenSymlink,
    /// A folder reached again through a symlink.
    #[error("symlink loop: leads back to {}, which is already read", .0.display())]
    SymlinkLoop(PathBuf),
    /// A folder that cannot be opened.
    #[error("cannot read folder: {}", describe(.0))]
    ReadFolder(#[source] std::io::Error),
    /// A folder whose listing broke off.
    #[error("cannot list folder: {}", describe(.0))]
    ListFolder(#[source] std::io::Error),
    /// Any other I/O failure ("permission denied").
    #[error("{}", describe(.0))]
    Io(#[from] std::io::Error),
}

/// An I/O error as a short lowercase phrase ("permission denied").
pub(crate) fn describe(e: &std::io::Error) -> String {
    let s = e.to_string();
    // std appends " (os error N)"; the number helps no reader.
    let s = s.split(" (os error").next().unwrap_or(&s);
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => s.to_string(),
    }
}

/// A byte count for people: "512 bytes", "20.0 MB".
pub(crate) fn human(n: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // display only
    let f = n as f64;
    match n {
        0..=9_999 => format!("{n} bytes"),
        10_000..=9_999_999 => format!("{:.1} KB", f / 1024.0),
        _ => format!("{:.1} MB", f / (1024.0 * 1024.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error, ErrorKind};

    #[test]
    fn messages_read_as_before() {
        let cap = 20 * 1024 * 1024;
        assert_eq!(
            LoadError::TooLarge {
                size: 21 * 1024 * 1024,
                cap
            }
            .to_string(),
            "file is 21.0 MB, over the 20.0 MB cap (raise it with --max-file-size)"
        );
        assert_eq!(human(100), "100 bytes");
        assert_eq!(human(12_345), "12.1 KB");
        let denied = || Error::from(ErrorKind::PermissionDenied);
        assert_eq!(LoadError::Io(denied()).to_string(), "permission denied");
        assert_eq!(
            LoadError::ReadFolder(denied()).to_string(),
            "cannot read folder: permission denied"
        );
        assert_eq!(
            LoadError::SymlinkLoop(PathBuf::from("/a/b")).to_string(),
            "symlink loop: leads back to /a/b, which is already read"
        );
    }

    #[test]
    fn os_error_numbers_are_dropped_and_the_phrase_lowercased() {
        let e = Error::from_raw_os_error(13);
        assert!(!describe(&e).contains("os error"), "{}", describe(&e));
        assert!(describe(&e).starts_with(char::is_lowercase));
        assert!(std::error::Error::source(&LoadError::ListFolder(e)).is_some());
    }
}
