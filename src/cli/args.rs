//! The command line's arguments, as clap reads them.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "jvsim",
    version,
    about = "Simulate cross-border manufacturing joint-venture deals, year by year, against each \
             partner's no-deal outside option.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Deal file to open in the window (the built-in default deal when omitted).
    pub file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print a deal's key figures: NPVs, gains, the year each pulls ahead of no deal, the entrant's
    /// lead, the deal zone.
    Summary {
        #[command(flatten)]
        deal: DealArgs,
    },
    /// Simulate a deal and print its yearly results (a table, JSON or CSV).
    Simulate {
        #[command(flatten)]
        deal: DealArgs,
        /// Print one JSON object.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV: one row per year and partner.
        #[arg(long)]
        csv: bool,
    },
    /// The deal map: both partners' and the host country's NPV gains over a stake × share grid,
    /// the two- and three-party zones and the Nash points; with --robust, the chance both
    /// partners gain in each cell over the Monte Carlo draws.
    Sweep {
        #[command(flatten)]
        deal: DealArgs,
        /// Points per axis, both ends included [default: 101; 51 with --robust, at most 201].
        #[arg(long, value_parser = clap::value_parser!(u16).range(2..=1001))]
        grid: Option<u16>,
        /// The robust deal map: in each cell, the share of Monte Carlo draws (those of
        /// `montecarlo`) in which both partners gain.
        #[arg(long)]
        robust: bool,
        /// Draws for --robust [default: the deal's `mc_draws`].
        #[arg(long, requires = "robust", value_parser = clap::value_parser!(u32).range(1..=100_000))]
        draws: Option<u32>,
        /// Seed for --robust [default: the deal's `mc_seed`].
        #[arg(long, requires = "robust")]
        seed: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Tornado: each partner's NPV gain with each parameter at the ends of its slider range.
    Sensitivity {
        #[command(flatten)]
        deal: DealArgs,
        #[arg(long)]
        json: bool,
    },
    /// Monte Carlo bands of cumulative profit over the uncertain parameters.
    Montecarlo {
        #[command(flatten)]
        deal: DealArgs,
        /// Number of draws (default: the deal's `mc_draws`).
        #[arg(long, value_parser = clap::value_parser!(u32).range(10..=100_000))]
        draws: Option<u32>,
        /// Seed (default: the deal's `mc_seed`).
        #[arg(long)]
        seed: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Goal seek: the lowest tariff for a host-controlled deal, and for each partner the host
    /// stakes and tech shares (the other term as set) at which it gains.
    Goalseek {
        #[command(flatten)]
        deal: DealArgs,
        #[arg(long)]
        json: bool,
    },
    /// Compare deals side by side: key figures and the parameters that differ. Takes deal files
    /// and deal books.
    Compare {
        /// Deal files or deal books (at least one).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Export every chart (SVG, PNG), the yearly data (series.csv), a one-page summary
    /// (summary.html) and an Excel workbook (jvsim.xlsx) into a folder, without a window.
    Export {
        #[command(flatten)]
        deal: DealArgs,
        /// Folder to write into (created if needed).
        #[arg(long)]
        out: PathBuf,
        /// Any of png, svg, csv, html, xlsx, comma-separated.
        #[arg(long, default_value = "png,svg,csv,html,xlsx")]
        format: String,
        /// Image size in pixels.
        #[arg(long, default_value = "1600x900", value_name = "WxH")]
        size: String,
    },
    /// Check a deal file: prints `ok`, or the problem and exits 2.
    Check {
        /// Deal file (`-` reads standard input).
        file: PathBuf,
    },
    /// List every parameter with its unit, default, ranges and help.
    Params {
        /// Print JSON instead of text.
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// Print the Markdown table used in docs/MODEL.md.
        #[arg(long)]
        markdown: bool,
    },
}

/// The deal an analysis runs on: a file (or the default) and overrides.
#[derive(clap::Args, Debug)]
pub struct DealArgs {
    /// Deal file (`-` reads standard input; the built-in default deal when omitted).
    pub file: Option<PathBuf>,
    /// Override a parameter, in file units: fractions (0.51), whole numbers, true/false.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
}
