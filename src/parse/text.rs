//! Small string helpers shared by the extractors: white-space squashing,
//! offset-preserving lower-casing, name capitalisation and the comparison
//! key used to merge repeated mentions inside one report.

/// Whether `c` is white space of any kind, including the zero-width and
/// non-breaking spaces that scraped pages are full of.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Trims `line` and collapses every run of white space into one ASCII space.
pub fn squash(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pending = false;
    for c in line.chars() {
        if is_space(c) {
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(c);
        }
    }
    out
}

/// Lower-cases `s` char by char, keeping a char whose lower case has another
/// UTF-8 length, so that byte offsets in the result match those in `s`.
pub fn lower_same(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Capitalises each syllable of a name: "lê trí VŨ" -> "Lê Trí Vũ";
/// "H'hen" keeps a capital after the apostrophe ("H'Hen").
pub fn capitalize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (k, word) in name.split(' ').filter(|w| !w.is_empty()).enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let mut upper_next = true;
        for c in word.chars() {
            if upper_next {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            upper_next = matches!(c, '\'' | '’' | '-');
        }
    }
    out
}

/// The key under which two spellings of one name or title are the same
/// within a report: lower case, new-style tone placement ("uỷ" = "ủy",
/// "hoà" = "hòa"), single spaces, no trailing punctuation.
pub fn same_key(s: &str) -> String {
    let lower = lower_same(&squash(s));
    let mut out = String::with_capacity(lower.len());
    let chars: Vec<char> = lower.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let after = chars.get(i + 2).copied();
        let word_end = after.is_none_or(|a| !a.is_alphabetic());
        if let (Some(n), true) = (next, word_end) {
            if let Some((base, toned)) = move_tone(c, n) {
                out.push(base);
                out.push(toned);
                i += 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out.trim_end_matches(['.', ',', ';', ':']).to_string()
}

/// Old-style tone placement on the first vowel of "oa", "oe", "uy" at a
/// word's end, moved to the second vowel.
fn move_tone(a: char, b: char) -> Option<(char, char)> {
    const O: [(char, usize); 5] = [('ò', 0), ('ó', 1), ('ỏ', 2), ('õ', 3), ('ọ', 4)];
    const U: [(char, usize); 5] = [('ù', 0), ('ú', 1), ('ủ', 2), ('ũ', 3), ('ụ', 4)];
    const A: [char; 5] = ['à', 'á', 'ả', 'ã', 'ạ'];
    const E: [char; 5] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
    const Y: [char; 5] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'];
    let tone = |table: &[(char, usize); 5]| table.iter().find(|(c, _)| *c == a).map(|t| t.1);
    match b {
        'a' => tone(&O).map(|t| ('o', A[t])),
        'e' => tone(&O).map(|t| ('o', E[t])),
        'y' => tone(&U).map(|t| ('u', Y[t])),
        _ => None,
    }
}

/// Number of space-separated words in `s`.
pub fn word_count(s: &str) -> usize {
    s.split(' ').filter(|w| !w.is_empty()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_collapses_odd_spaces() {
        assert_eq!(squash("  a\u{00A0}\u{00A0}b\t c\u{200B} "), "a b c");
    }

    #[test]
    fn lower_same_keeps_offsets() {
        let s = "Đồng Chí ỦY";
        assert_eq!(lower_same(s).len(), s.len());
        assert_eq!(lower_same(s), "đồng chí ủy");
    }

    #[test]
    fn names_get_a_capital_per_syllable() {
        assert_eq!(capitalize_name("Lê trí Vũ"), "Lê Trí Vũ");
        assert_eq!(capitalize_name("NGUYỄN VĂN AN"), "Nguyễn Văn An");
        assert_eq!(capitalize_name("h'hen niê"), "H'Hen Niê");
    }

    #[test]
    fn same_key_ignores_case_and_old_tone_placement() {
        assert_eq!(same_key("Tỉnh uỷ"), same_key("tỉnh ủy"));
        assert_eq!(same_key("Hoà  Bình"), same_key("hòa bình"));
        assert_ne!(same_key("Hùng"), same_key("Hưng"));
        // Only at a word's end: "thuyết" keeps its letters.
        assert_eq!(same_key("thuyết"), "thuyết");
    }
}
