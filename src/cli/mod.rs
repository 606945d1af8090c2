//! The command line: `jvsim simulate | summary | sweep | sensitivity | montecarlo | goalseek |
//! compare | export | check | params`, on the same core as the app. Arguments are in `args`,
//! failures and exit statuses in `error`; every output comes from `crate::report`.

pub mod args;
pub mod error;
mod progress;
mod sweep;

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use clap::Parser;

pub use args::{Cli, Command, DealArgs};
pub use error::{CliError, EXIT_INPUT, EXIT_IO};

use crate::core::compare::{differing, figures};
use crate::core::dealfile::{self, Deal};
use crate::core::goalseek::goal_seek;
use crate::core::model::simulate;
use crate::core::montecarlo::monte_carlo;
use crate::core::sensitivity::tornado;
use crate::report;

/// Runs the command line and returns the exit status. Never panics on user input.
pub fn main() -> i32 {
    let started = std::time::Instant::now();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // Help and version go to stdout with status 0; usage errors get status 2.
            let _ = e.print();
            return if e.use_stderr() { EXIT_INPUT } else { 0 };
        }
    };
    let Some(command) = cli.command else {
        return crate::app::run(cli.file, started);
    };
    match run(command) {
        Ok(text) => emit(&text),
        Err(e) => {
            eprintln!("jvsim: {e}");
            e.exit_status()
        }
    }
}

/// Writes to stdout; a closed pipe (`| head`) is a normal end, not an error.
fn emit(text: &str) -> i32 {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("jvsim: cannot write output: {e}");
            EXIT_IO
        }
    }
}

/// Carries out a subcommand and returns what it prints.
fn run(command: Command) -> Result<String, CliError> {
    Ok(match command {
        Command::Summary { deal } => {
            let deal = deal.deal()?;
            report::summary::text(&deal, &simulate(&deal.params))
        }
        Command::Simulate { deal, json, csv } => {
            let deal = deal.deal()?;
            let o = simulate(&deal.params);
            if json {
                report::simulation::json(&deal, &o)
            } else if csv {
                report::yearly::csv(&o)
            } else {
                report::yearly::text(&deal, &o)
            }
        }
        Command::Sweep {
            deal,
            grid,
            robust,
            draws,
            seed,
            json,
        } => {
            let deal = deal.deal()?;
            let robust = robust.then_some(sweep::Robust { draws, seed });
            sweep::run(&deal, grid, robust, json)?
        }
        Command::Sensitivity { deal, json } => {
            let deal = deal.deal()?;
            let t = tornado(&deal.params);
            if json {
                report::tornado::json(&t)
            } else {
                report::tornado::text(&deal, &t)
            }
        }
        Command::Montecarlo {
            deal,
            draws,
            seed,
            json,
        } => {
            let mut deal = deal.deal()?;
            let p = &mut deal.params;
            p.mc_draws = draws.unwrap_or(p.mc_draws);
            p.mc_seed = seed.unwrap_or(p.mc_seed);
            let bands = monte_carlo(p, p.mc_draws as usize, u64::from(p.mc_seed));
            if json {
                report::montecarlo::json(&bands)
            } else {
                report::montecarlo::text(&deal, &bands)
            }
        }
        Command::Goalseek { deal, json } => {
            let deal = deal.deal()?;
            let g = goal_seek(&deal.params);
            if json {
                report::goalseek::json(&g)
            } else {
                report::goalseek::text(&deal, &g)
            }
        }
        Command::Compare { files, json } => {
            let mut deals = Vec::new();
            for f in &files {
                deals.extend(crate::core::book::load_deals(f)?);
            }
            let figs: Vec<_> = deals.iter().map(figures).collect();
            let diff = differing(&deals);
            if json {
                report::compare::json(&figs, &diff)
            } else {
                report::compare::text(&figs, &diff)
            }
        }
        Command::Export {
            deal,
            out,
            format,
            size,
        } => {
            let deal = deal.deal()?;
            let formats =
                crate::export::Formats::parse(&format).map_err(|source| CliError::Option {
                    option: "--format",
                    source,
                })?;
            let (w, h) = crate::export::parse_size(&size).map_err(|source| CliError::Option {
                option: "--size",
                source,
            })?;
            let files = crate::export::export_all(&deal, &out, formats, w, h)?;
            let mut text = String::new();
            for f in files {
                let _ = writeln!(text, "{}", f.display());
            }
            text
        }
        Command::Check { file } => {
            load(Some(&file))?;
            "ok\n".to_string()
        }
        Command::Params { json, markdown } => {
            if json {
                report::params::json()
            } else if markdown {
                report::params::markdown()
            } else {
                report::params::text()
            }
        }
    })
}

impl DealArgs {
    /// The deal file (or the default deal) with the `--set` overrides applied.
    fn deal(&self) -> Result<Deal, CliError> {
        let mut deal = load(self.file.as_deref())?;
        apply_sets(&mut deal, &self.set)?;
        Ok(deal)
    }
}

fn load(file: Option<&Path>) -> Result<Deal, CliError> {
    Ok(match file {
        None => Deal::default(),
        Some(p) if p.as_os_str() == "-" => dealfile::load_reader(io::stdin().lock(), "<stdin>")?,
        Some(p) => dealfile::load_path(p)?,
    })
}

/// Applies `--set KEY=VALUE` overrides, then re-checks cross-parameter constraints.
fn apply_sets(deal: &mut Deal, sets: &[String]) -> Result<(), CliError> {
    for s in sets {
        deal.params.apply_assignment(s)?;
    }
    deal.params
        .cross_check()
        .map_err(|(key, message)| CliError::Constraint { key, message })?;
    Ok(())
}
