//! dvtui's command line: arguments, the choice of command, the exit code.

use clap::{Parser, Subcommand};
use dvtui::load::{LoadOptions, Source};
use std::path::PathBuf;
use std::process::ExitCode;

/// Browse reports on công tác dân vận: reports, officials, positions.
#[derive(Parser, Debug)]
#[command(name = "dvtui", version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    input: Input,
    #[command(flatten)]
    store: StoreArgs,
}

/// Where parsed reports are kept between launches.
#[derive(clap::Args, Debug, Clone)]
struct StoreArgs {
    /// Keep parsed reports in this SQLite store (created when missing);
    /// with no paths, open what it holds.
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
    /// Read and parse every file, without the cache store.
    #[arg(long)]
    no_cache: bool,
}

impl StoreArgs {
    fn open(&self, paths: &[PathBuf]) -> Option<dvtui::store::Store> {
        dvtui::cli::ingest::open_store(paths, self.db.as_deref(), self.no_cache)
    }
}

/// Files and folders to read, and the limits for reading them.
#[derive(clap::Args, Debug, Clone)]
struct Input {
    /// Report files (.txt, .md, .html) or folders; the bundled sample when none.
    paths: Vec<PathBuf>,
    /// Skip files larger than this many bytes.
    #[arg(long, default_value_t = 20 * 1024 * 1024)]
    max_file_size: u64,
}

impl Input {
    fn source(&self) -> Source {
        if self.paths.is_empty() {
            Source::Bundled
        } else {
            Source::Paths(self.paths.clone())
        }
    }

    fn options(&self) -> LoadOptions {
        LoadOptions {
            max_file_size: self.max_file_size,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print every report as JSON.
    Export {
        #[command(flatten)]
        input: Input,
    },
    /// Print officials ranked by a query as JSON.
    Officials {
        #[command(flatten)]
        input: Input,
        /// Query (fzf-like syntax; see README).
        #[arg(long, short)]
        query: Option<String>,
        /// At most this many results.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Print reports ranked by a query as JSON.
    Search {
        #[command(flatten)]
        input: Input,
        /// Query (fzf-like syntax; see README).
        #[arg(long, short)]
        query: String,
        /// At most this many results.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Print positions (titles) with their holders over time as JSON.
    Positions {
        #[command(flatten)]
        input: Input,
        /// Query (fzf-like syntax; see README).
        #[arg(long, short)]
        query: Option<String>,
    },
    /// Measure load time and per-keystroke latency through the app's own code.
    Bench {
        #[command(flatten)]
        input: Input,
        /// The query typed letter by letter.
        #[arg(long, short, default_value = "nguyen thi hoai")]
        query: String,
        /// Type (and delete) the query this many times in each view.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
        rounds: u32,
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Build or update a store of parsed reports (progress on stderr).
    Ingest {
        /// Report files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The store file (default: the cache store for these paths).
        #[arg(long, value_name = "FILE")]
        db: Option<PathBuf>,
        /// Skip files larger than this many bytes.
        #[arg(long, default_value_t = 20 * 1024 * 1024)]
        max_file_size: u64,
    },
}

/// `dvtui ingest`: refuses missing paths and a store that cannot be opened.
fn ingest(
    paths: &[PathBuf],
    db: Option<&std::path::Path>,
    max_file_size: u64,
) -> anyhow::Result<i32> {
    let missing = dvtui::load::check_paths(paths);
    for w in &missing {
        eprintln!("dvtui: {}: {}", w.file, w.reason);
    }
    if !missing.is_empty() {
        return Ok(2);
    }
    let path = match db {
        Some(db) => db.to_path_buf(),
        None => match dvtui::store::cache_path(paths) {
            Some(p) => p,
            None => anyhow::bail!("no cache folder for the store; name one with --db FILE"),
        },
    };
    let store = match dvtui::store::Store::open(&path) {
        Ok(s) => s,
        Err(e) => anyhow::bail!("store {e}"),
    };
    dvtui::cli::ingest::run(store, paths, &LoadOptions { max_file_size })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        None => {
            // Refuse a missing path before the screen is taken over.
            let missing = dvtui::load::check_paths(&cli.input.paths);
            for w in &missing {
                eprintln!("dvtui: {}: {}", w.file, w.reason);
            }
            if !missing.is_empty() {
                return ExitCode::from(2);
            }
            let store = cli.store.open(&cli.input.paths);
            dvtui::run_with_store(&cli.input.source(), &cli.input.options(), store)
        }
        Some(Command::Export { input }) => {
            dvtui::cli::export::run(&input.source(), &input.options())
        }
        Some(Command::Officials {
            input,
            query,
            limit,
        }) => {
            dvtui::cli::officials::run(&input.source(), &input.options(), query.as_deref(), *limit)
        }
        Some(Command::Search {
            input,
            query,
            limit,
        }) => dvtui::cli::search::run(&input.source(), &input.options(), query, *limit),
        Some(Command::Positions { input, query }) => {
            dvtui::cli::positions::run(&input.source(), &input.options(), query.as_deref())
        }
        Some(Command::Bench {
            input,
            query,
            rounds,
            json,
            store,
        }) => dvtui::cli::bench::run(
            &input.source(),
            &input.options(),
            query,
            *rounds,
            *json,
            store.open(&input.paths),
        ),
        Some(Command::Ingest {
            paths,
            db,
            max_file_size,
        }) => ingest(paths, db.as_deref(), *max_file_size),
    };
    match result {
        Ok(code) => ExitCode::from(u8::try_from(code).unwrap_or(2)),
        Err(e) => {
            eprintln!("dvtui: {e:#}");
            ExitCode::from(2)
        }
    }
}
