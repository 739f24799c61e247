//! Bringing the catalog up to date with files that changed on disk: new
//! files are added as a load adds them; a changed or deleted file takes
//! its report out, and since identities and positions depend on every
//! report together, the catalog is then made again from the reports it
//! keeps (a changed report keeps its place in load order) — here, or,
//! when that would stall the screen, by someone else (`Remake::Later`:
//! the old report is hidden and the new one added meanwhile, until the
//! remade catalog is handed over with `adopt`).

use super::Catalog;
use crate::model::{LoadWarning, Report};
use rustc_hash::{FxHashMap, FxHashSet};

/// What `replace_files` did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Replaced {
    /// Reports of files the catalog did not hold.
    pub added: usize,
    /// Reports that took the place of their file's earlier report.
    pub changed: usize,
    /// Reports dropped with no new one for their file.
    pub removed: usize,
    /// Ids were handed out again: filters and selections must be made anew.
    pub renumbered: bool,
}

/// When a catalog that lost reports is made again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remake {
    /// At once, from the reports it holds.
    Now,
    /// Elsewhere, from the store: the lost reports are hidden meanwhile.
    Later,
}

impl Catalog {
    /// Drops the reports and warnings of the files `dropped` names (a
    /// file, or a folder with everything under it, as shown), then adds
    /// `reports` and `warnings`: the outcome of reading those files again.
    pub fn replace_files(
        &mut self,
        dropped: &[String],
        reports: Vec<Report>,
        warnings: Vec<LoadWarning>,
        remake: Remake,
    ) -> Replaced {
        let gone: FxHashSet<&str> = dropped.iter().map(|s| s.trim_end_matches('/')).collect();
        let fresh: FxHashSet<String> = reports.iter().map(|r| r.file.clone()).collect();
        let hit = |file: &str| fresh.contains(file) || is_under(file, &gone);
        let mut out = Replaced::default();
        self.warnings.retain(|w| !hit(&w.file));
        self.warnings.extend(warnings);
        if remake == Remake::Later {
            for (i, r) in self.reports.iter().enumerate() {
                if !self.hidden.contains(&i) && hit(&r.file) {
                    self.hidden.insert(i);
                    if fresh.contains(&r.file) {
                        out.changed += 1;
                    } else {
                        out.removed += 1;
                    }
                }
            }
            out.added = reports.len() - out.changed;
            if !reports.is_empty() {
                self.add_reports(reports);
                out.renumbered = self.settle();
            }
            return out;
        }
        if !self.reports.iter().any(|r| hit(&r.file)) {
            out.added = reports.len();
            if !reports.is_empty() {
                self.add_reports(reports);
                out.renumbered = self.settle();
            }
            return out;
        }
        let mut fresh: FxHashMap<String, Report> =
            reports.into_iter().map(|r| (r.file.clone(), r)).collect();
        let old = std::mem::take(&mut self.reports);
        let mut kept = Vec::with_capacity(old.len() + fresh.len());
        for r in old {
            if let Some(new) = fresh.remove(&r.file) {
                out.changed += 1;
                kept.push(new);
            } else if is_under(&r.file, &gone) {
                out.removed += 1;
            } else {
                kept.push(r);
            }
        }
        // New files after the old ones, in a stable order.
        let mut added: Vec<Report> = fresh.into_values().collect();
        added.sort_by(|a, b| a.file.cmp(&b.file));
        out.added = added.len();
        kept.extend(added);
        let warnings = std::mem::take(&mut self.warnings);
        *self = Catalog::from_reports(kept);
        self.warnings = warnings;
        out.renumbered = true;
        out
    }

    /// Hides the reports read from the stored files `ids` (changed or
    /// deleted on disk since the catalog was saved) until the catalog is
    /// made again; returns how many were hidden.
    pub fn hide_stored(&mut self, ids: &FxHashSet<i64>) -> usize {
        let before = self.hidden.len();
        for (i, r) in self.reports.iter().enumerate() {
            if r.body.stored_key().is_some_and(|k| ids.contains(&k)) {
                self.hidden.insert(i);
            }
        }
        self.hidden.len() - before
    }

    /// Takes `remade`, made again from the store after `Remake::Later`,
    /// in place of this catalog, keeping this one's warnings.
    pub fn adopt(&mut self, mut remade: Catalog) {
        remade.warnings = std::mem::take(&mut self.warnings);
        *self = remade;
    }

    /// Whether report `i` is hidden, waiting for the catalog to be made
    /// again without it.
    pub fn is_hidden(&self, i: usize) -> bool {
        self.hidden.contains(&i)
    }

    /// How many reports are hidden.
    pub fn hidden_count(&self) -> usize {
        self.hidden.len()
    }
}

/// Whether `file` is one of `gone` or lies in a folder among them.
fn is_under(file: &str, gone: &FxHashSet<&str>) -> bool {
    if gone.is_empty() {
        return false;
    }
    if gone.contains(file) {
        return true;
    }
    file.match_indices('/')
        .any(|(i, _)| i > 0 && gone.contains(&file[..i]))
}
