//! dvtui's command line: arguments, the choice of command, the exit code.

use clap::{Parser, Subcommand};
use dvtui::app::table::Format;
use dvtui::app::View;
use dvtui::cli::table::Listing;
use dvtui::load::{LoadOptions, Source};
use std::path::PathBuf;
use std::process::ExitCode;

/// The allocator of the whole program (see Cargo.toml for why).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Browse reports on công tác dân vận: reports, officials, positions.
#[derive(Parser, Debug)]
#[command(name = "dvtui", version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    input: Input,
    /// Read the settings from FILE instead of dvtui/config.toml in the XDG
    /// config folder (~/.config unless set).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Print the settings in force (the defaults with the config file's) as
    /// TOML, and exit.
    #[arg(long)]
    print_config: bool,
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
    /// Report files (.txt, .md, .html) or folders; the bundled sample when
    /// none; `-` reads paths from standard input, one a line.
    paths: Vec<PathBuf>,
    /// Skip files larger than this: bytes, or with a unit (500K, 30M, 1G).
    #[arg(long, default_value = "20M", value_parser = parse_size)]
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
        /// Query (fzf-like syntax; `dvtui search --help` lists it).
        #[arg(long, short)]
        query: Option<String>,
        /// At most this many results.
        #[arg(long)]
        limit: Option<usize>,
        /// Output format: json (full detail) or a table as csv, tsv or md.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// Print reports ranked by a query as JSON.
    #[command(after_help = syntax_help())]
    Search {
        #[command(flatten)]
        input: Input,
        /// Query (fzf-like syntax, listed below).
        #[arg(long, short)]
        query: String,
        /// At most this many results.
        #[arg(long)]
        limit: Option<usize>,
        /// Output format: json (full detail) or a table as csv, tsv or md.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// Print positions (titles) with their holders over time as JSON.
    Positions {
        #[command(flatten)]
        input: Input,
        /// Query (fzf-like syntax; `dvtui search --help` lists it).
        #[arg(long, short)]
        query: Option<String>,
        /// Output format: json (full detail) or a table as csv, tsv or md.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// List the abbreviations spelled out in titles (JSON, or a table).
    Glossary {
        /// Print an aligned two-column table instead of JSON.
        #[arg(long)]
        table: bool,
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

/// `officials`, `search` or `positions`: the JSON of each, or a table.
fn listing(
    input: &Input,
    view: View,
    query: Option<&str>,
    limit: Option<usize>,
    format: Format,
) -> anyhow::Result<i32> {
    let q = query.unwrap_or("");
    let problems = dvtui::search::Query::parse(q).problems;
    for p in &problems {
        eprintln!("dvtui: {p}");
    }
    if !problems.is_empty() {
        return Ok(2);
    }
    let (source, opts) = (input.source(), input.options());
    match (format, view) {
        (Format::Json, View::Officials) => dvtui::cli::officials::run(&source, &opts, query, limit),
        (Format::Json, View::Reports) => dvtui::cli::search::run(&source, &opts, q, limit),
        (Format::Json, View::Positions) => dvtui::cli::positions::run(&source, &opts, query),
        (format, view) => dvtui::cli::table::run(
            &source,
            &opts,
            &Listing {
                view,
                query: q,
                limit,
                format,
            },
        ),
    }
}

/// The query syntax as a table, for `--help`.
fn syntax_help() -> String {
    let mut out = String::from("Query syntax:\n");
    for (form, meaning) in dvtui::search::SYNTAX {
        out.push_str(&format!("  {form:<22}{meaning}\n"));
    }
    out
}

/// A size in bytes, with an optional K, M or G suffix (powers of 1024).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let shift = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => {
            return Err(format!(
                "{s:?}: a size is bytes or a number with K, M or G (30M)"
            ))
        }
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{s:?}: a size is bytes or a number with K, M or G (30M)"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("{s:?}: too large"))
}

impl Cli {
    /// The input of whichever command runs.
    fn input_mut(&mut self) -> &mut Input {
        match &mut self.command {
            // The glossary reads no files and ingest takes its own paths: the
            // top-level input stays empty.
            None | Some(Command::Glossary { .. } | Command::Ingest { .. }) => &mut self.input,
            Some(
                Command::Export { input }
                | Command::Officials { input, .. }
                | Command::Search { input, .. }
                | Command::Positions { input, .. }
                | Command::Bench { input, .. },
            ) => input,
        }
    }
}

/// Replaces a `-` among the paths with the paths read from standard input
/// (`find … -name '*.html' | dvtui -`); blank lines are skipped.
fn expand_stdin(input: &mut Input) -> Result<(), String> {
    use std::io::BufRead;
    if !input.paths.iter().any(|p| p.as_os_str() == "-") {
        return Ok(());
    }
    let mut read = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| format!("cannot read paths from standard input: {e}"))?;
        let line = line.trim_end_matches('\r');
        if !line.trim().is_empty() {
            read.push(PathBuf::from(line));
        }
    }
    let given = std::mem::take(&mut input.paths);
    for p in given {
        if p.as_os_str() == "-" {
            input.paths.append(&mut read);
        } else {
            input.paths.push(p);
        }
    }
    if input.paths.is_empty() {
        return Err("no paths on standard input (`-` reads them one a line)".into());
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    if let Err(e) = expand_stdin(cli.input_mut()) {
        eprintln!("dvtui: {e}");
        return ExitCode::from(2);
    }
    let result = match &cli.command {
        None => {
            // Refuse a bad config or a missing path before the screen is taken over.
            let config = match dvtui::config::load(cli.config.as_deref()) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("dvtui: {e}");
                    return ExitCode::from(2);
                }
            };
            if cli.print_config {
                print!("{}", config.to_toml(dvtui::config::colour_allowed()));
                return ExitCode::SUCCESS;
            }
            let missing = dvtui::load::check_paths(&cli.input.paths);
            for w in &missing {
                eprintln!("dvtui: {}: {}", w.file, w.reason);
            }
            if !missing.is_empty() {
                return ExitCode::from(2);
            }
            let store = cli.store.open(&cli.input.paths);
            dvtui::run_with_store(&cli.input.source(), &cli.input.options(), &config, store)
        }
        Some(Command::Export { input }) => {
            dvtui::cli::export::run(&input.source(), &input.options())
        }
        Some(Command::Officials {
            input,
            query,
            limit,
            format,
        }) => listing(input, View::Officials, query.as_deref(), *limit, *format),
        Some(Command::Search {
            input,
            query,
            limit,
            format,
        }) => listing(input, View::Reports, Some(query), *limit, *format),
        Some(Command::Positions {
            input,
            query,
            format,
        }) => listing(input, View::Positions, query.as_deref(), None, *format),
        Some(Command::Glossary { table }) => dvtui::cli::glossary::run(*table),
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
