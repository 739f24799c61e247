//! Fuzz target: arbitrary bytes through the whole load path — decode,
//! HTML extraction, sanitize, `parse_report` — must never panic, and the
//! text handed to the parser must hold no control character but `\n`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks plain text or HTML, as a file's extension would.
    let Some((&flag, bytes)) = data.split_first() else {
        return;
    };
    if let Ok(prepared) = dvtui::load::prepare(bytes.to_vec(), flag & 1 == 1) {
        assert!(!prepared
            .text
            .chars()
            .any(|c| c.is_control() && c != '\n'));
        let report = dvtui::parse::parse_report("fuzz.txt", &prepared.text);
        // What the model stores must be as clean as what went in.
        assert!(stores_no_control(&report), "control character stored");
    }
});

/// True when no string field of `report` holds a control character.
fn stores_no_control(report: &dvtui::model::Report) -> bool {
    let clean = |s: &str| !s.chars().any(|c| c.is_control() && c != '\n');
    report.title.as_deref().map_or(true, clean)
        && clean(&report.body.text())
        && report
            .officials
            .iter()
            .all(|m| clean(&m.name) && m.titles.iter().all(|t| clean(t)))
}
