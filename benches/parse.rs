//! Parse throughput: `parse_report` over the bundled sample reports plus,
//! when present, a slice of the generated corpus (../corpus/gen2k or
//! $`DVTUI_BENCH_DIR`). Criterion reports bytes per second on one core.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dvtui::parse::parse_report;
use std::path::{Path, PathBuf};

/// Most generated files read for the benchmark.
const SAMPLE: usize = 400;

fn texts() -> Vec<(String, String)> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![manifest.join("assets/sample")];
    let corpus = std::env::var_os("DVTUI_BENCH_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            manifest
                .ancestors()
                .skip(1)
                .take(2)
                .map(|a| a.join("corpus/gen2k"))
                .find(|d| d.is_dir())
        });
    dirs.extend(corpus);
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files.into_iter().take(SAMPLE) {
            if let Ok(text) = std::fs::read_to_string(&f) {
                out.push((f.display().to_string(), text));
            }
        }
    }
    out
}

fn bench_parse(c: &mut Criterion) {
    let texts = texts();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function(format!("parse_report x{}", texts.len()), |b| {
        b.iter(|| {
            for (file, text) in &texts {
                std::hint::black_box(parse_report(file, text));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
