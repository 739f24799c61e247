//! Odd and hostile paragraphs end and do not panic.

use super::people;

#[test]
fn thousands_of_names_and_odd_text_do_not_panic() {
    let list: Vec<String> = (0..3000)
        .map(|i| format!("Nguyễn Văn A{i}, Bí thư Chi bộ"))
        .collect();
    let text = format!("Dự có các đồng chí: {}.", list.join("; "));
    let _ = people(&text);
    let _ = people(&"Đồng chí ".repeat(5000));
    let _ = people("đồng chí : , ; – ( ) các đồng chí Ủy viên: ; và");
}

#[test]
fn hostile_paragraphs_of_ten_thousand_tokens_end() {
    let pieces = [
        "Bí thư Tỉnh ủy, ",
        "Nguyễn Văn An ",
        "Ủy viên Ban Thường vụ ",
        "các Phó Chủ tịch ",
        "Lao động, Thương binh và ",
        "Đại tá ",
        "( dự khuyết ",
        "Quảng Bình – ",
        "kiêm ",
        "TP.HCM & ",
        "Xyz Abc Def Ghi ",
        "nguyên nguyên nguyên ",
        "giữ chức vụ ",
        "(54 tuổi), ",
        "UB. MTTQ ",
        ", các đoàn thể ",
        "là Lê Văn A, ",
        "Oh-Sae-Hyun ",
        "hộ bà ",
        "Hòa thượng ",
        "cán bộ - ",
    ];
    for (n, p) in pieces.iter().enumerate() {
        let mixed: String = (0..2500)
            .map(|k| pieces[(k * 7 + n) % pieces.len()])
            .collect();
        for text in [p.repeat(10_000 / p.split(' ').count().max(1)), mixed] {
            let found = people(&text);
            assert!(found.len() <= text.len(), "{p}");
        }
    }
}
