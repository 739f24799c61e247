//! One file -> one report or one reason it was skipped: size cap, empty and
//! binary checks, decoding, HTML extraction, sanitizing, then `parse`.

use super::decode::decode;
use super::error::LoadError;
use super::html::{html_to_text, looks_like_html};
use super::sanitize::sanitize_owned;
use super::walk::{display_name, skip};
use crate::model::{LoadWarning, Report};
use crate::parse::parse_report;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

/// How many leading bytes are searched for NUL to call a file binary.
const BINARY_PROBE: usize = 8 * 1024;

/// Text ready for `parse_report`, and a note when it was read with loss.
#[derive(Debug)]
pub struct Prepared {
    pub text: String,
    pub loss: Option<String>,
}

/// Bytes of one file -> decoded, NFC, sanitized text (HTML reduced to its
/// article text when `html` is set or the content starts like HTML).
/// # Errors
/// The reason, when the file holds no usable text (empty, binary, blank).
pub fn prepare(bytes: Vec<u8>, html: bool) -> Result<Prepared, LoadError> {
    if bytes.is_empty() {
        return Err(LoadError::Empty);
    }
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    let probe = &bytes[..bytes.len().min(BINARY_PROBE)];
    if !utf16 && memchr::memchr(0, probe).is_some() {
        return Err(LoadError::Binary);
    }
    let decoded = decode(bytes);
    let text = if html || looks_like_html(&decoded.text) {
        html_to_text(&decoded.text)
    } else {
        decoded.text
    };
    let text = sanitize_owned(text);
    if text.trim().is_empty() {
        return Err(LoadError::NoText);
    }
    Ok(Prepared {
        text,
        loss: decoded.loss,
    })
}

/// What reading one file gave.
#[derive(Debug)]
pub enum Outcome {
    /// A report, with a warning when it was read with loss.
    Read(Box<Report>, Option<LoadWarning>),
    Skipped(LoadWarning),
}

/// One file's outcome with the time spent reading and parsing it.
#[derive(Debug)]
pub struct FileResult {
    pub outcome: Outcome,
    pub bytes: u64,
    pub read: Duration,
    pub parse: Duration,
}

/// Reads, decodes and parses the file at `path`; files over `cap` bytes
/// are skipped unread.
pub fn read_file(path: &Path, cap: u64) -> FileResult {
    let start = Instant::now();
    let skipped = |reason: LoadError, bytes| FileResult {
        outcome: Outcome::Skipped(skip(path, &reason)),
        bytes,
        read: start.elapsed(),
        parse: Duration::ZERO,
    };
    let bytes = match read_capped(path, cap) {
        Ok(b) => b,
        Err(reason) => return skipped(reason, 0),
    };
    let len = bytes.len() as u64;
    let prepared = match prepare(bytes, is_html_name(path)) {
        Ok(p) => p,
        Err(reason) => return skipped(reason, len),
    };
    let read = start.elapsed();
    let name = display_name(path);
    let report = parse_report(&name, &prepared.text);
    let warning = prepared.loss.map(|reason| LoadWarning {
        file: name,
        reason,
        skipped: false,
    });
    FileResult {
        outcome: Outcome::Read(Box::new(report), warning),
        bytes: len,
        read,
        parse: start.elapsed().saturating_sub(read),
    }
}

/// The bytes of `path`, or why they cannot be had: unreadable, or over `cap`.
fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, LoadError> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > cap {
        return Err(LoadError::TooLarge { size, cap });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0) + 1);
    // Read one byte past the cap so a file that grew since `metadata` is caught.
    file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            cap,
        });
    }
    Ok(bytes)
}

/// Whether the file name says HTML.
fn is_html_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_binary_and_blank_files_are_refused_with_reasons() {
        let reason = |b: &[u8]| prepare(b.to_vec(), false).unwrap_err().to_string();
        assert_eq!(reason(b""), "empty file");
        assert!(reason(b"abc\0def").starts_with("binary"));
        assert_eq!(reason(b" \r\n\t\x1b[2J\n"), "no text in the file");
    }

    #[test]
    fn utf16_with_nul_bytes_is_not_binary() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Hội nghị".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(prepare(b, false).unwrap().text, "Hội nghị");
    }

    #[test]
    fn html_content_is_detected_without_extension() {
        let p = prepare(
            b"<!doctype html><title>T</title><p>A</p><script>x</script>".to_vec(),
            false,
        )
        .unwrap();
        assert_eq!(p.text, "T\nA\n");
    }

    #[test]
    fn files_over_the_cap_are_refused_unread() {
        let d = std::env::temp_dir().join(format!("dvtui-cap-{}.txt", std::process::id()));
        std::fs::write(&d, "Hội nghị giao ban").unwrap();
        let r = read_file(&d, 5);
        std::fs::remove_file(&d).unwrap();
        let Outcome::Skipped(w) = r.outcome else {
            panic!("read over the cap: {:?}", r.outcome)
        };
        assert_eq!(
            w.reason,
            "file is 21 bytes, over the 5 bytes cap (raise it with --max-file-size)"
        );
    }
}
