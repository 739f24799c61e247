use super::*;

#[test]
fn words_punctuation_and_joiners() {
    let t = Tokens::new("Đồng chí Lê Văn A, 92,96% và 446-QĐ/TU (Baonghean.vn).");
    let words: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
    assert_eq!(
        words,
        [
            "Đồng",
            "chí",
            "Lê",
            "Văn",
            "A",
            ",",
            "92,96",
            "%",
            "và",
            "446-QĐ/TU",
            "(",
            "Baonghean.vn",
            ")",
            "."
        ]
    );
    assert!(t.is_cap(2) && !t.is_cap(1));
    assert_eq!(t.phrase(0, 2), Some("đồng chí"));
}

#[test]
fn sentences_split_on_full_stops_but_not_abbreviations() {
    let t = Tokens::new("Tại TP. Huế, hội nghị họp. Đồng chí A phát biểu!");
    let last = t.len() - 1;
    assert_eq!(t.sentence(0), 0);
    assert_eq!(t.sentence(5), 0);
    assert_eq!(t.sentence(last - 1), 1);
}

#[test]
fn the_lower_case_copy_matches_lower_same() {
    for s in [
        "Đồng Chí ỦY VIÊN Lê Trí Vũ",
        "ÀÉÎÕÜ Ơ Ư Đ",
        "ΣΑΣ Жук",
        "İstanbul",
    ] {
        assert_eq!(
            Tokens::new(s).lower,
            crate::parse::text::lower_same(s),
            "{s}"
        );
    }
}

#[test]
fn never_panics_on_odd_input() {
    for s in ["", "'", "-a-", "a\u{301}b", "..,,//", "Ⅻ ǅ ß"] {
        let t = Tokens::new(s);
        for i in 0..t.len() + 2 {
            let _ = (t.raw(i), t.low(i), t.phrase(i, 3));
        }
    }
}

#[test]
fn fast_classes_agree_with_unicode() {
    let ranges = ['\u{80}'..='\u{24F}', '\u{1E00}'..='\u{1EFF}'];
    for c in ranges.into_iter().flatten() {
        let s = c.to_string();
        let (class, n) = class_at(&s, 0);
        assert_eq!(n, c.len_utf8(), "{c}");
        if let Class::Word { upper } = class {
            assert!(c.is_alphabetic() || c.is_numeric(), "{c}");
            assert_eq!(upper, c.is_uppercase(), "{c}");
        } else {
            assert!(!c.is_alphabetic(), "{c}");
        }
    }
}

#[test]
fn a_capital_glued_to_a_small_word_starts_a_name() {
    let t = Tokens::new("Dự có ôngNguyễn Văn Bình và đồng chíLê Thị Hoa, xãUBND, iPhone.");
    let words: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
    assert_eq!(
        words,
        [
            "Dự", "có", "ông", "Nguyễn", "Văn", "Bình", "và", "đồng", "chí", "Lê", "Thị", "Hoa",
            ",", "xãUBND", ",", "iPhone", "."
        ]
    );
    assert!(t.is_cap(3) && !t.is_cap(2) && t.is_cap(9));
    assert_eq!(t.low(3), "nguyễn");
}

#[test]
fn phrases_run_only_across_single_spaces_between_words() {
    let t = Tokens::new("Ban Dân vận  Tỉnh ủy, Bí thư Huyện ủy");
    assert_eq!(t.phrase(0, 3), Some("ban dân vận"));
    assert_eq!(t.phrase(1, 2), Some("dân vận"));
    // Two spaces, a comma: no phrase across them.
    assert_eq!(t.phrase(2, 2), None);
    assert_eq!(t.phrase(3, 3), None);
    assert_eq!(t.phrase(3, 2), Some("tỉnh ủy"));
    assert_eq!(t.phrase(5, 1), None);
    assert_eq!(t.phrase(6, 4), Some("bí thư huyện ủy"));
    assert_eq!(t.phrase(6, 5), None);
    assert!(!t.is_dash(usize::MAX) && !t.is_dash(5));
    let d = Tokens::new("Thừa Thiên – Huế");
    assert!(d.is_dash(2));
}

#[test]
fn the_small_letter_fast_path_agrees_with_the_char_classes() {
    for c in (0x80..0x2100).filter_map(char::from_u32) {
        let text = format!("{c}x");
        let fast = super::small_letter_len(text.as_bytes(), 0);
        let (class, n) = super::class_at(&text, 0);
        if let Some(len) = fast {
            assert!(
                class == super::Class::Word { upper: false } && n == len,
                "{c:?}"
            );
        }
    }
    // Every small Vietnamese letter takes it.
    for c in "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ".chars()
    {
        let text = c.to_string();
        assert_eq!(
            super::small_letter_len(text.as_bytes(), 0),
            Some(c.len_utf8()),
            "{c:?}"
        );
    }
}

#[test]
fn each_word_carries_what_the_word_lists_say_of_its_lower_case() {
    // A word split off at a glued capital, one ended by punctuation, one
    // by the end of the text: each is looked up as it is pushed.
    let t = Tokens::new("Dự có đồng chíLê Văn Bình, Bí thư Đảng ủy xã Tân Lập và ông Hà");
    for i in (0..t.len()).filter(|&i| t.is_word(i)) {
        assert_eq!(t.info(i), vocab::info(t.low(i)), "{}", t.raw(i));
    }
    assert!(t.has(t.len() - 2, vocab::flag::PERSON_CUE));
    // Joiners are facts of the written form, told on capitalised words.
    let d = Tokens::new("Đồng chí H'Ngọc, CT.HĐND xã");
    let at = |w: &str| (0..d.len()).find(|&i| d.raw(i) == w);
    assert!(at("H'Ngọc").is_some_and(|i| d.family(i, true)));
    assert!(at("CT.HĐND").is_some_and(|i| d.has(i, vocab::flag::DOTTED)));
    assert!(at("xã").is_some_and(|i| !d.has(i, vocab::flag::DOTTED | vocab::flag::FAMILY)));
}

#[test]
fn runs_count_single_spaced_words_and_restart_after_punctuation() {
    let t = Tokens::new("Ban Dân vận, Tỉnh ủy  Long An");
    let runs: Vec<u16> = t.toks.iter().map(|k| k.run).collect();
    assert_eq!(runs, [1, 2, 3, 0, 1, 2, 1, 2]);
}

#[test]
fn a_small_d_after_a_letter_opens_a_word_glued_to_a_name() {
    // A scraped page lost the space after a name; "đ" opens no syllable's
    // middle, and after a digit it is the currency.
    let t = Tokens::new("Thủ tướng Lê Văn Anhđã ký, giá 50.000đ và Tuấnđến.");
    let words: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
    assert_eq!(
        words,
        [
            "Thủ", "tướng", "Lê", "Văn", "Anh", "đã", "ký", ",", "giá", "50.000đ", "và", "Tuấn",
            "đến", "."
        ]
    );
    assert!(t.is_cap(4) && !t.is_cap(5));
    assert_eq!(t.phrase(4, 2), None);
}
