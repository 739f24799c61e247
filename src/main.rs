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
    },
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
            dvtui::run(&cli.input.source(), &cli.input.options())
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
        Some(Command::Glossary { table }) => dvtui::cli::glossary::run(*table),
        Some(Command::Bench {
            input,
            query,
            rounds,
            json,
        }) => dvtui::cli::bench::run(&input.source(), &input.options(), query, *rounds, *json),
    };
    match result {
        Ok(code) => ExitCode::from(u8::try_from(code).unwrap_or(2)),
        Err(e) => {
            eprintln!("dvtui: {e:#}");
            ExitCode::from(2)
        }
    }
}
