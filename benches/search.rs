//! Filter speed: one fuzzy query over the report, official and position
//! haystacks, the first letter typed (every item scored), and one keystroke
//! that extends the previous query (the narrowing path).
//! Reports come from $`DVTUI_BENCH_DIR` (e.g. /work/corpus/gen100k) when set,
//! else from the bundled sample.

use criterion::{criterion_group, criterion_main, Criterion};
use dvtui::load::{load_all, LoadOptions, Source};
use dvtui::search::{Catalog, Filter, Subject};
use std::path::PathBuf;

fn catalog() -> Catalog {
    let source = match std::env::var_os("DVTUI_BENCH_DIR") {
        Some(dir) => Source::Paths(vec![PathBuf::from(dir)]),
        None => Source::Bundled,
    };
    let loaded = load_all(&source, &LoadOptions::default());
    eprintln!("search bench: {} reports", loaded.reports.len());
    Catalog::from_reports(loaded.reports)
}

fn bench(c: &mut Criterion) {
    let catalog = catalog();
    let mut group = c.benchmark_group("search");
    group.sample_size(10);
    for (name, subject) in [
        ("reports", Subject::Reports),
        ("officials", Subject::Officials),
        ("positions", Subject::Positions),
    ] {
        group.bench_function(format!("{name}/query"), |b| {
            b.iter(|| {
                let mut f = Filter::new(subject);
                f.set_query(&catalog, "dan van hoai");
                f.hits().len()
            });
        });
        group.bench_function(format!("{name}/first-letter"), |b| {
            // As the app types it: the tie-breaks made after the load, and
            // only the first screens put in order.
            b.iter_batched_ref(
                || {
                    let mut f = Filter::new(subject);
                    f.prepare_title_order(&catalog);
                    f
                },
                |f| {
                    f.set_query_top(&catalog, "n", 512);
                    f.hits().len()
                },
                criterion::BatchSize::LargeInput,
            );
        });
        // The typed prefix is set outside the timing; only the last key counts.
        group.bench_function(format!("{name}/keystroke"), |b| {
            b.iter_batched_ref(
                || {
                    let mut f = Filter::new(subject);
                    f.set_query(&catalog, "dan van hoa");
                    f
                },
                |f| {
                    f.set_query(&catalog, "dan van hoai");
                    f.hits().len()
                },
                criterion::BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
