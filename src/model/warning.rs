//! A file that was skipped or read with loss, and why.

use serde::Serialize;

/// One line of "could not read this file fully" for the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LoadWarning {
    pub file: String,
    pub reason: String,
    /// True when the file was skipped; false when it loaded with loss.
    pub skipped: bool,
}

impl std::fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = if self.skipped { "skipped" } else { "warning" };
        write!(f, "dvtui: {}: {what}: {}", self.file, self.reason)
    }
}
