//! Extraction scorer for the tests: compares the JSON array `dvtui export`
//! prints with a hand-written gold file (`tests/fixtures/sample-gold.json`).
//! It owns the scoring rules (folding, title matching, officials P/R/F1,
//! per-field counts) and knows nothing of how dvtui parses; it must not use
//! dvtui's own folding, or a bug there would hide itself.
//!
//! Gold shape, per file name: `title_any` (accepted titles), `published`,
//! `event_date` (`"YYYY-MM-DD"` or `null`), `author`, `level`, `officials`
//! (`[{name, titles, roles}]`), `body_excludes` (page furniture the body
//! must not keep) and `documents` (strings the cited documents must hold).
//! A field absent from the gold is not scored.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// The scored fields, in the order the summary lists them.
pub const FIELDS: [&str; 7] = [
    "title",
    "published",
    "event_date",
    "author",
    "level",
    "body_clean",
    "documents",
];

/// A string reduced for comparison: lower case, diacritics removed (so NFC
/// and NFD spellings agree),
/// `đ` -> `d`, every dash a `-`, quotes and `.,;:()[]` spaces, white space
/// collapsed and trimmed.
pub fn fold(s: &str) -> String {
    let mapped = s.nfd().filter_map(|c| match c {
        c if is_combining_mark(c) => None,
        'đ' | 'Đ' => Some('d'),
        '\u{2010}'..='\u{2015}' => Some('-'),
        '“' | '”' | '"' | '\'' | '‘' | '’' | '.' | ',' | ';' | ':' | '(' | ')' | '[' | ']' => {
            Some(' ')
        }
        c => Some(c),
    });
    let lower = mapped.flat_map(char::to_lowercase).collect::<String>();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Length in characters, as the 60% rule counts it.
fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Whether folded `part` is contained in folded `whole`, or `whole` in
/// `part` while being at least 60% of its length.
fn covers(want: &str, got: &str) -> bool {
    !want.is_empty()
        && (got.contains(want) || (want.contains(got) && chars(got) * 10 >= chars(want) * 6))
}

/// Whether a report title is acceptable: one of `alts` after folding
/// (containment either way as in `covers`), or sharing at least 80% of the
/// words (Jaccard) with one of them.
pub fn title_ok(got: Option<&str>, alts: &[&str]) -> bool {
    let g = fold(got.unwrap_or(""));
    if g.is_empty() {
        return false;
    }
    alts.iter().any(|a| {
        let a = fold(a);
        if covers(&a, &g) {
            return true;
        }
        let gw: std::collections::BTreeSet<&str> = g.split(' ').collect();
        let aw: std::collections::BTreeSet<&str> = a.split(' ').collect();
        let union = gw.union(&aw).count();
        !aw.is_empty() && gw.intersection(&aw).count() * 10 >= union * 8
    })
}

/// Whether the gold title of an official is among the produced ones: its
/// fold is inside a produced title's fold, or a produced title's fold is
/// inside it with at least 60% of its length.
pub fn gold_title_found(gold: &str, got: &[&str]) -> bool {
    let g = fold(gold);
    got.iter().any(|t| covers(&g, &fold(t)))
}

/// Counts of one scoring run, and one line per miss.
#[derive(Debug, Default)]
pub struct Score {
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
    pub titles_found: usize,
    pub titles_total: usize,
    /// Per field: (right, scored).
    pub fields: BTreeMap<&'static str, (usize, usize)>,
    pub misses: Vec<String>,
}

impl Score {
    /// Officials found that are in the gold, out of all found.
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos, 0.0)
    }

    /// Gold officials found, out of all gold officials.
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg, 0.0)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Gold titles of found officials that were produced, out of all gold
    /// titles (1 when the gold names none).
    pub fn titles(&self) -> f64 {
        ratio(self.titles_found, self.titles_total, 1.0)
    }

    /// Right fields out of all scored fields (1 when none is scored).
    pub fn field_rate(&self) -> f64 {
        let (ok, all) = self
            .fields
            .values()
            .fold((0, 0), |(o, a), (ok, all)| (o + ok, a + all));
        ratio(ok, all, 1.0)
    }

    /// One line: the figures, then the misses, one per line.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "officials P={:.3} R={:.3} F1={:.3} titles={:.3} fields={:.3} (",
            self.precision(),
            self.recall(),
            self.f1(),
            self.titles(),
            self.field_rate()
        );
        for name in FIELDS {
            if let Some((ok, all)) = self.fields.get(name).filter(|(_, all)| *all > 0) {
                let _ = write!(s, " {name}={ok}/{all}");
            }
        }
        s.push_str(" )");
        for m in &self.misses {
            s.push_str("\n  ");
            s.push_str(m);
        }
        s
    }

    fn field(&mut self, file: &str, name: &'static str, ok: bool, detail: impl FnOnce() -> String) {
        let e = self.fields.entry(name).or_default();
        e.1 += 1;
        if ok {
            e.0 += 1;
        } else {
            self.misses.push(format!("{file}: {name}: {}", detail()));
        }
    }
}

fn ratio(num: usize, den: usize, empty: f64) -> f64 {
    if den == 0 {
        empty
    } else {
        num as f64 / den as f64
    }
}

/// Strings of a JSON array (nothing for anything else).
fn strs(v: Option<&Value>) -> Vec<&str> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Whether a gold entry says anything about `field`.
fn applies(field: &str, g: &Value) -> bool {
    match field {
        "title" => !strs(g.get("title_any")).is_empty(),
        "body_clean" => g.get("body_excludes").is_some_and(|v| !v.is_null()),
        "documents" => !strs(g.get("documents")).is_empty(),
        _ => g.get(field).is_some(),
    }
}

/// The base name of an exported report's `file`.
fn base_name(r: &Value) -> &str {
    let file = r.get("file").and_then(Value::as_str).unwrap_or("");
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}

/// Scores `export` (the array `dvtui export` prints) against `gold`.
pub fn score(gold: &Value, export: &Value) -> Score {
    let mut s = Score::default();
    let reports: Vec<&Value> = export
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let gold = gold.as_object().cloned().unwrap_or_default();
    for (file, g) in &gold {
        match reports.iter().find(|r| base_name(r) == file) {
            Some(r) => score_report(&mut s, file, g, r),
            None => missing_report(&mut s, file, g),
        }
    }
    s
}

/// A gold file with no report: every official and scored field is missed.
fn missing_report(s: &mut Score, file: &str, g: &Value) {
    s.misses.push(format!("{file}: missing from the export"));
    let officials = g.get("officials").and_then(Value::as_array);
    for o in officials.into_iter().flatten() {
        s.false_neg += 1;
        s.titles_total += strs(o.get("titles")).len();
    }
    for name in FIELDS {
        if applies(name, g) {
            s.fields.entry(name).or_default().1 += 1;
        }
    }
}

fn score_report(s: &mut Score, file: &str, g: &Value, r: &Value) {
    score_fields(s, file, g, r);
    score_officials(s, file, g, r);
}

fn score_fields(s: &mut Score, file: &str, g: &Value, r: &Value) {
    let got = |k: &str| r.get(k).cloned().unwrap_or(Value::Null);
    if applies("title", g) {
        let title = r.get("title").and_then(Value::as_str);
        let ok = title_ok(title, &strs(g.get("title_any")));
        s.field(file, "title", ok, || format!("got {title:?}"));
    }
    for name in ["published", "event_date", "level"] {
        if let Some(want) = g.get(name) {
            let have = got(name);
            s.field(file, name, have == *want, || {
                format!("got {have}, want {want}")
            });
        }
    }
    if let Some(want) = g.get("author") {
        let have = got("author");
        let ok = fold(have.as_str().unwrap_or("")) == fold(want.as_str().unwrap_or(""));
        s.field(file, "author", ok, || format!("got {have}, want {want}"));
    }
    if applies("body_clean", g) {
        let body = match got("body") {
            Value::Array(lines) => lines
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
            Value::String(b) => b,
            _ => String::new(),
        };
        let left: Vec<&str> = strs(g.get("body_excludes"))
            .into_iter()
            .filter(|x| body.contains(x))
            .collect();
        let ok = !body.trim().is_empty() && left.is_empty();
        s.field(file, "body_clean", ok, || {
            format!("body empty or keeps {left:?}")
        });
    }
    if applies("documents", g) {
        let docs: Vec<String> = strs(r.get("documents"))
            .into_iter()
            .map(|d| Value::from(d).to_string())
            .collect();
        let docs = docs.join(" ");
        let miss: Vec<&str> = strs(g.get("documents"))
            .into_iter()
            .filter(|d| !docs.contains(d))
            .collect();
        s.field(file, "documents", miss.is_empty(), || {
            format!("missing {miss:?}")
        });
    }
}

/// Officials by folded name: the first produced mention of a name counts.
fn by_name(officials: Option<&Value>) -> Vec<(String, &Value)> {
    let mut out: Vec<(String, &Value)> = Vec::new();
    for o in officials.and_then(Value::as_array).into_iter().flatten() {
        let key = fold(o.get("name").and_then(Value::as_str).unwrap_or(""));
        if !out.iter().any(|(k, _)| *k == key) {
            out.push((key, o));
        }
    }
    out
}

fn score_officials(s: &mut Score, file: &str, g: &Value, r: &Value) {
    let got = by_name(r.get("officials"));
    let want = by_name(g.get("officials"));
    for (key, o) in &want {
        let name = o.get("name").and_then(Value::as_str).unwrap_or("");
        let titles = strs(o.get("titles"));
        s.titles_total += titles.len();
        let Some((_, found)) = got.iter().find(|(k, _)| k == key) else {
            s.false_neg += 1;
            s.misses.push(format!("{file}: official missed: {name}"));
            continue;
        };
        s.true_pos += 1;
        let produced = strs(found.get("titles"));
        for t in titles {
            if gold_title_found(t, &produced) {
                s.titles_found += 1;
            } else {
                s.misses.push(format!(
                    "{file}: title missing for {name}: {t:?}; got {produced:?}"
                ));
            }
        }
    }
    for (key, o) in &got {
        if !want.iter().any(|(k, _)| k == key) {
            s.false_pos += 1;
            let name = o.get("name").and_then(Value::as_str).unwrap_or("");
            s.misses
                .push(format!("{file}: official spurious: {name:?}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fold_strips_marks_case_dashes_and_punctuation() {
        assert_eq!(fold("Đỗ Mạnh Hiến"), "do manh hien");
        // Decomposed input folds like composed input.
        let nfd: String = "Bùi Thị Minh Hoài".nfd().collect();
        assert_eq!(fold(&nfd), "bui thi minh hoai");
        assert_eq!(fold("chính trị – xã hội"), "chinh tri - xa hoi");
        assert_eq!(fold("chính trị—xã hội"), "chinh tri-xa hoi");
        assert_eq!(fold("“Dân vận khéo”"), "dan van kheo");
        assert_eq!(
            fold("  Tỉnh uỷ;  (Tỉnh ủy)\n[x]: a.b,c "),
            "tinh uy tinh uy x a b c"
        );
        assert_eq!(fold(""), "");
    }

    #[test]
    fn a_gold_title_is_found_inside_or_around_a_produced_one() {
        let got = ["Phó Bí thư Thường trực Tỉnh uỷ", "Chủ tịch HĐND"];
        assert!(gold_title_found("Phó Bí thư Thường trực Tỉnh ủy", &got));
        assert!(gold_title_found("Bí thư", &got), "inside a produced title");
        // "chu tich hdnd" is 13 of the 18 characters of "chu tich hdnd tinh": 72%.
        assert!(gold_title_found("Chủ tịch HĐND tỉnh", &got));
        // "chu tich hdnd" is 13 of 27: 48%, too short a piece to count.
        assert!(!gold_title_found("Chủ tịch HĐND tỉnh Lạng Sơn", &got));
        assert!(!gold_title_found("Giám đốc Sở Nội vụ", &got));
        assert!(
            !gold_title_found("", &got),
            "an empty gold title is never found"
        );
    }

    #[test]
    fn a_report_title_matches_by_containment_or_most_words() {
        let alts = ["Hội nghị giao ban công tác dân vận quý I"];
        assert!(title_ok(
            Some("Hội nghị giao ban công tác dân vận quý I năm 2023"),
            &alts
        ));
        assert!(title_ok(
            Some("hoi nghi giao ban cong tac dan van quy i"),
            &alts
        ));
        // Words reordered, ten of twelve shared: accepted; four of eighteen: not.
        assert!(title_ok(
            Some("Công tác dân vận: hội nghị giao ban quý I năm 2023"),
            &alts
        ));
        assert!(!title_ok(
            Some("Hội nghị tổng kết công tác mặt trận năm 2023 tại huyện"),
            &alts
        ));
        assert!(!title_ok(None, &alts));
        assert!(!title_ok(Some(" "), &alts));
    }

    fn gold() -> Value {
        json!({
            "a.txt": {
                "title_any": ["Hội nghị dân vận"],
                "published": null,
                "event_date": "2024-03-15",
                "author": "Thu Hà",
                "level": "district",
                "officials": [
                    {"name": "Lê Văn A", "titles": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"], "roles": ["chair"]},
                    {"name": "Trần Thị B", "titles": ["Phó Chủ tịch UBND huyện"], "roles": ["attendee"]}
                ],
                "documents": ["05-CT/TW"],
                "body_excludes": ["Tin liên quan"]
            }
        })
    }

    #[test]
    fn a_perfect_export_scores_one_everywhere() {
        let export = json!([{
            "file": "dir/a.txt", "title": "Hội nghị dân vận năm 2024", "published": null,
            "event_date": "2024-03-15", "author": "THU HÀ", "level": "district",
            "officials": [
                {"name": "Lê Văn A", "titles": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]},
                {"name": "Trần Thị B", "titles": ["Phó Chủ tịch UBND huyện"]}
            ],
            "documents": ["Chỉ thị số 05-CT/TW"], "body": ["Nội dung."]
        }]);
        let s = score(&gold(), &export);
        assert_eq!(
            (s.f1(), s.titles(), s.field_rate()),
            (1.0, 1.0, 1.0),
            "{}",
            s.summary()
        );
        assert_eq!(s.fields["title"], (1, 1));
        assert!(s.misses.is_empty());
    }

    #[test]
    fn misses_and_spurious_officials_lower_the_figures() {
        let export = json!([{
            "file": "a.txt", "title": "Tin khác", "published": "2024-03-16",
            "event_date": "2024-03-15", "author": "Thu Hà", "level": "district",
            "officials": [
                {"name": "Lê Văn A", "titles": ["Bí thư Huyện ủy"]},
                {"name": "Nguyễn Văn C", "titles": []},
                {"name": "Nguyễn Văn D", "titles": []}
            ],
            "documents": [], "body": "Nội dung.\nTin liên quan"
        }]);
        let s = score(&gold(), &export);
        assert_eq!((s.true_pos, s.false_pos, s.false_neg), (1, 2, 1));
        assert!((s.precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!((s.recall() - 0.5).abs() < 1e-9);
        assert!((s.f1() - 0.4).abs() < 1e-9);
        // Titles count for found officials only, out of every gold title.
        assert_eq!((s.titles_found, s.titles_total), (1, 3));
        // title, published, body_clean and documents wrong; event_date, author, level right.
        assert_eq!(s.fields.values().map(|v| v.1).sum::<usize>(), 7);
        assert!((s.field_rate() - 3.0 / 7.0).abs() < 1e-9);
        assert!(s.summary().contains("official spurious: \"Nguyễn Văn C\""));
        assert!(s.summary().contains("a.txt: body_clean"));
    }

    #[test]
    fn a_report_missing_from_the_export_counts_every_gold_item_as_missed() {
        let s = score(&gold(), &json!([]));
        assert_eq!((s.true_pos, s.false_neg, s.titles_total), (0, 2, 3));
        assert!(s.f1().abs() < 1e-12 && s.field_rate().abs() < 1e-12);
        assert_eq!(s.fields.values().map(|v| v.1).sum::<usize>(), 7);
    }

    #[test]
    fn fields_absent_from_the_gold_are_not_scored() {
        let gold = json!({"a.txt": {"level": "central", "body_excludes": null, "documents": []}});
        let s = score(&gold, &json!([{"file": "a.txt", "level": "central"}]));
        assert_eq!(s.fields.len(), 1);
        assert!((s.titles() - 1.0).abs() < 1e-12);
    }
}
