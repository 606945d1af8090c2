//! The command line: `jvsim simulate | summary | sweep | sensitivity | montecarlo | goalseek |
//! check | params`, on the same core as the app.

mod analyses;

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::core::analysis::{Summary, cumulative};
use crate::core::dealfile::{self, Deal, DealFileError};
use crate::core::model::{Outcome, Partner, Source, simulate};
use crate::core::params::{Group, Key, Kind, SPECS, fmt_raw};

/// Exit status for bad input (files, `--set`, usage).
pub const EXIT_INPUT: i32 = 2;

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
    command: Option<Command>,
    /// Deal file to open in the window (the built-in default deal when omitted).
    file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print a deal's key figures: NPVs, gains, the year each pulls ahead of no deal, the entrant's
    /// lead, the deal zone.
    Summary {
        /// Deal file (`-` reads standard input; the built-in default deal when omitted).
        file: Option<PathBuf>,
        /// Override a parameter, in file units.
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
    },
    /// Simulate a deal and print its yearly results (a table, JSON or CSV).
    Simulate {
        /// Deal file (`-` reads standard input; the built-in default deal when omitted).
        file: Option<PathBuf>,
        /// Override a parameter, in file units: fractions (0.51), whole numbers, true/false.
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// Print one JSON object.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV: one row per year and partner.
        #[arg(long)]
        csv: bool,
    },
    /// The deal map: both partners' NPV gains over a stake × share grid, the zone and the Nash
    /// points.
    Sweep {
        #[command(flatten)]
        deal: DealArgs,
        /// Points per axis, both ends included.
        #[arg(long, default_value_t = crate::core::sweep::MAP_GRID as u16, value_parser = clap::value_parser!(u16).range(2..=1001))]
        grid: u16,
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
    /// Export every chart (SVG, PNG), the yearly data (series.csv) and a one-page summary
    /// (summary.html) into a folder, without a window.
    Export {
        #[command(flatten)]
        deal: DealArgs,
        /// Folder to write into (created if needed).
        #[arg(long)]
        out: PathBuf,
        /// Any of png, svg, csv, html, comma-separated.
        #[arg(long, default_value = "png,svg,csv,html")]
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
    file: Option<PathBuf>,
    /// Override a parameter, in file units: fractions (0.51), whole numbers, true/false.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    set: Vec<String>,
}

impl DealArgs {
    fn deal(&self) -> Result<Deal, InputError> {
        let mut deal = load(self.file.as_deref())?;
        apply_sets(&mut deal, &self.set)?;
        Ok(deal)
    }
}

/// A problem with what the user gave us; exit status 2.
#[derive(Debug)]
pub enum InputError {
    File(DealFileError),
    Set(String),
    /// A bad option value: the option and what is wrong.
    Arg(&'static str, String),
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::File(e) => write!(f, "{e}"),
            InputError::Set(m) => write!(f, "--set: {m}"),
            InputError::Arg(option, m) => write!(f, "{option}: {m}"),
        }
    }
}

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
    if cli.command.is_none() {
        return crate::app::run(cli.file, started);
    }
    match run(cli) {
        Ok(text) => emit(&text),
        Err(e) => {
            eprintln!("jvsim: {e}");
            EXIT_INPUT
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
            1
        }
    }
}

fn run(cli: Cli) -> Result<String, InputError> {
    match cli.command {
        // The window is opened by `main` before this is reached.
        None => Ok(String::new()),
        Some(Command::Summary { file, set }) => {
            let mut deal = load(file.as_deref())?;
            apply_sets(&mut deal, &set)?;
            let o = simulate(&deal.params);
            Ok(summary_text(&deal, &o))
        }
        Some(Command::Simulate {
            file,
            set,
            json,
            csv,
        }) => {
            let mut deal = load(file.as_deref())?;
            apply_sets(&mut deal, &set)?;
            let o = simulate(&deal.params);
            Ok(if json {
                json_text(&deal, &o)
            } else if csv {
                csv_text(&o)
            } else {
                table_text(&deal, &o)
            })
        }
        Some(Command::Sweep { deal, grid, json }) => {
            Ok(analyses::sweep(&deal.deal()?, usize::from(grid), json))
        }
        Some(Command::Sensitivity { deal, json }) => Ok(analyses::sensitivity(&deal.deal()?, json)),
        Some(Command::Montecarlo {
            deal,
            draws,
            seed,
            json,
        }) => {
            let mut deal = deal.deal()?;
            if let Some(d) = draws {
                deal.params.mc_draws = d;
            }
            if let Some(s) = seed {
                deal.params.mc_seed = s;
            }
            Ok(analyses::montecarlo(&deal, json))
        }
        Some(Command::Goalseek { deal, json }) => Ok(analyses::goalseek(&deal.deal()?, json)),
        Some(Command::Compare { files, json }) => {
            let mut deals = Vec::new();
            for f in &files {
                deals.extend(crate::core::book::load_deals(f).map_err(InputError::File)?);
            }
            Ok(analyses::compare(&deals, json))
        }
        Some(Command::Export {
            deal,
            out,
            format,
            size,
        }) => {
            let deal = deal.deal()?;
            let formats = crate::export::Formats::parse(&format)
                .map_err(|m| InputError::Arg("--format", m))?;
            let (w, h) =
                crate::export::parse_size(&size).map_err(|m| InputError::Arg("--size", m))?;
            let files = crate::export::export_all(&deal, &out, formats, w, h)
                .map_err(|m| InputError::Arg("--out", m))?;
            let mut text = String::new();
            for f in files {
                let _ = writeln!(text, "{}", f.display());
            }
            Ok(text)
        }
        Some(Command::Check { file }) => {
            load(Some(&file))?;
            Ok("ok\n".to_string())
        }
        Some(Command::Params { json, markdown }) => Ok(if json {
            params_json()
        } else if markdown {
            params_markdown()
        } else {
            params_text()
        }),
    }
}

fn load(file: Option<&Path>) -> Result<Deal, InputError> {
    match file {
        None => Ok(Deal::default()),
        Some(p) if p.as_os_str() == "-" => {
            dealfile::load_reader(io::stdin().lock(), "<stdin>").map_err(InputError::File)
        }
        Some(p) => dealfile::load_path(p).map_err(InputError::File),
    }
}

/// Applies `--set KEY=VALUE` overrides, then re-checks cross-parameter constraints.
pub fn apply_sets(deal: &mut Deal, sets: &[String]) -> Result<(), InputError> {
    for s in sets {
        deal.params.apply_assignment(s).map_err(InputError::Set)?;
    }
    deal.params
        .cross_check()
        .map_err(|(k, m)| InputError::Set(format!("`{k}`: {m}")))?;
    Ok(())
}

fn money(v: f64) -> String {
    format!("{v:+.2}")
}

/// Key figures: NPVs and gains, payback, the entrant's remaining lead, the deal zone.
pub fn summary_text(deal: &Deal, o: &Outcome) -> String {
    let s = Summary::of(o);
    let p = &deal.params;
    let last_year = o.deal.year(o.deal.years - 1);
    let mut out = String::new();
    let _ = writeln!(out, "{}", deal.name);
    let _ = writeln!(out, "  host: {}   entrant: {}", deal.host, deal.entrant);
    let _ = writeln!(out, "  {}", deal.terms_caption());
    let _ = writeln!(
        out,
        "  {}–{}, NPVs at {} a year, US$ billions\n",
        o.deal.first_year,
        last_year,
        Key::discount_rate.spec().format_display(p.discount_rate)
    );
    let width = deal
        .host
        .chars()
        .count()
        .max(deal.entrant.chars().count())
        .max(8);
    let _ = writeln!(
        out,
        "  {:width$}  {:>9} {:>9} {:>9}  {:>10}  {:>14}",
        "", "NPV deal", "no deal", "gain", "ahead from", "tech in final"
    );
    for (who, name) in [
        (Partner::Host, &deal.host),
        (Partner::Entrant, &deal.entrant),
    ] {
        let ps = s.partner(who);
        let _ = writeln!(
            out,
            "  {:width$}  {:>9.2} {:>9.2} {:>9}  {:>10}  {:>6.3} ({:.3})",
            name,
            ps.npv,
            ps.npv_no_deal,
            money(ps.gain),
            ps.payback_year
                .map_or("never".to_string(), |y| y.to_string()),
            ps.final_tech,
            ps.final_tech_no_deal,
        );
    }
    let _ = writeln!(
        out,
        "  (NPVs and gains in US$ B; ahead from: the first year from which cumulative profit \
         stays at or above its no-deal level)"
    );
    let _ = writeln!(
        out,
        "\n  Entrant's technology lead in {last_year}: {:.3} ({:.1} % of its index); no deal {:.3}",
        s.final_lead,
        s.final_lead_share() * 100.0,
        s.final_lead_no_deal
    );
    let _ = writeln!(
        out,
        "  {}",
        if s.in_deal_zone {
            "IN THE DEAL ZONE: both partners beat their no-deal NPV."
        } else {
            match (s.host.gain > 0.0, s.entrant.gain > 0.0) {
                (true, false) => "NOT IN THE DEAL ZONE: the entrant does better without the deal.",
                (false, true) => "NOT IN THE DEAL ZONE: the host does better without the deal.",
                _ => "NOT IN THE DEAL ZONE: both partners do better without the deal.",
            }
        }
    );
    let a = s.approval;
    let _ = writeln!(
        out,
        "  Approval: entrant's home government {:.0} %, host government {:.0} %, both {:.0} %.",
        a.home * 100.0,
        a.host * 100.0,
        a.both * 100.0
    );
    let _ = writeln!(
        out,
        "  Expected gains (gain if approved × chance both approve): {} {}, {} {} US$ B",
        deal.host,
        money(s.expected_gain(Partner::Host)),
        deal.entrant,
        money(s.expected_gain(Partner::Entrant))
    );
    out
}

/// The readable table: summary, then yearly profit and technology for both partners.
pub fn table_text(deal: &Deal, o: &Outcome) -> String {
    let mut out = summary_text(deal, o);
    let n = o.deal.years;
    let _ = writeln!(
        out,
        "\n  Yearly profit (US$ B) and technology (index; entrant's first year = 1.0)"
    );
    let _ = writeln!(
        out,
        "  {:>4}  {:>8} {:>8} {:>7} {:>6} {:>6}   {:>8} {:>8} {:>7} {:>6}  {:>6} {:>7}",
        "year",
        "host",
        "no deal",
        "gain",
        "tech",
        "(nd)",
        "entrant",
        "no deal",
        "gain",
        "tech",
        "JV k",
        "JV tech"
    );
    for t in 0..n {
        let (d, b) = (&o.deal, &o.no_deal);
        let _ = writeln!(
            out,
            "  {:>4}  {:>8.2} {:>8.2} {:>7} {:>6.3} {:>6.3}   {:>8.2} {:>8.2} {:>7} {:>6.3}  {:>6.0} {:>7}",
            d.year(t),
            d.host.profit[t],
            b.host.profit[t],
            money(d.host.profit[t] - b.host.profit[t]),
            d.host.tech[t],
            b.host.tech[t],
            d.entrant.profit[t],
            b.entrant.profit[t],
            money(d.entrant.profit[t] - b.entrant.profit[t]),
            d.entrant.tech[t],
            d.jv.volume[t] * 1000.0,
            if d.jv.volume[t] > 0.0 {
                format!("{:.3}", d.jv.tech[t])
            } else {
                "—".to_string()
            },
        );
    }
    out
}

/// Number text for machine formats: shortest form that reads back to the same bits.
fn num(v: f64) -> String {
    format!("{v}")
}

/// `year,partner,profit,profit_no_deal,cumulative_profit,tech,tech_no_deal,<sources…>`.
pub fn csv_text(o: &Outcome) -> String {
    let n = o.deal.years;
    let mut out =
        String::from("year,partner,profit,profit_no_deal,cumulative_profit,tech,tech_no_deal");
    for s in Source::ALL {
        out.push(',');
        out.push_str(s.key());
    }
    out.push('\n');
    for t in 0..n {
        for who in Partner::ALL {
            let d = o.deal.partner(who);
            let b = o.no_deal.partner(who);
            let cum = cumulative(&d.profit, n);
            let _ = write!(
                out,
                "{},{},{},{},{},{},{}",
                o.deal.year(t),
                who.key(),
                num(d.profit[t]),
                num(b.profit[t]),
                num(cum[t]),
                num(d.tech[t]),
                num(b.tech[t])
            );
            for s in Source::ALL {
                let _ = write!(out, ",{}", num(d.source(s)[t]));
            }
            out.push('\n');
        }
    }
    out
}

/// One JSON object: years, per-partner arrays and NPVs, JV and market paths, summary.
pub fn json_text(deal: &Deal, o: &Outcome) -> String {
    use serde_json::{Map, Value, json};
    let n = o.deal.years;
    let arr = |p: &[f64]| Value::from(p[..n].to_vec());
    let summary = Summary::of(o);
    let partner = |who: Partner, name: &str| {
        let d = o.deal.partner(who);
        let b = o.no_deal.partner(who);
        let mut breakdown = Map::new();
        let mut breakdown_nd = Map::new();
        for s in Source::ALL {
            breakdown.insert(s.key().into(), arr(d.source(s)));
            breakdown_nd.insert(s.key().into(), arr(b.source(s)));
        }
        let ps = summary.partner(who);
        json!({
            "name": name,
            "profit": arr(&d.profit),
            "profit_no_deal": arr(&b.profit),
            "cumulative_profit": arr(&cumulative(&d.profit, n)),
            "cumulative_profit_no_deal": arr(&cumulative(&b.profit, n)),
            "tech": arr(&d.tech),
            "tech_no_deal": arr(&b.tech),
            "breakdown": breakdown,
            "breakdown_no_deal": breakdown_nd,
            "npv": d.npv,
            "npv_no_deal": b.npv,
            "npv_gain": ps.gain,
            "expected_npv_gain": summary.expected_gain(who),
            "payback_year": ps.payback_year,
        })
    };
    let years: Vec<u32> = (0..n).map(|t| o.deal.year(t)).collect();
    let mut params = Map::new();
    for &k in Key::ALL {
        let v = deal.params.get(k);
        params.insert(
            k.name().into(),
            match k.spec().kind {
                Kind::Switch => Value::from(v != 0.0),
                Kind::Count => Value::from(v as u64),
                Kind::Real => Value::from(v),
            },
        );
    }
    let v = json!({
        "deal": {
            "name": deal.name,
            "host": deal.host,
            "entrant": deal.entrant,
            "params": params,
        },
        "years": years,
        "approval": summary.approval,
        "host": partner(Partner::Host, &deal.host),
        "entrant": partner(Partner::Entrant, &deal.entrant),
        "jv": {
            "tech": arr(&o.deal.jv.tech),
            "volume": arr(&o.deal.jv.volume),
            "price": arr(&o.deal.jv.price),
            "unit_cost": arr(&o.deal.jv.unit_cost),
            "profit": arr(&o.deal.jv.profit),
            "royalty": arr(&o.deal.jv.royalty),
            "investment": arr(&o.deal.jv.investment),
            "capacity": arr(&o.deal.jv.capacity),
            "credit": arr(&o.deal.jv.credit),
        },
        "market": {
            "vehicle_tariff": arr(&o.deal.market.vehicle_tariff),
            "entrant_exports": arr(&o.deal.market.entrant_volume),
            "entrant_exports_no_deal": arr(&o.no_deal.market.entrant_volume),
            "host_volume": arr(&o.deal.market.host_volume),
            "host_volume_no_deal": arr(&o.no_deal.market.host_volume),
            "host_capacity": arr(&o.deal.market.host_capacity),
            "host_capacity_no_deal": arr(&o.no_deal.market.host_capacity),
            "tariff_revenue": arr(&o.deal.market.tariff_revenue),
            "tariff_revenue_no_deal": arr(&o.no_deal.market.tariff_revenue),
        },
        "entrant_lead_final": summary.final_lead,
        "entrant_lead_final_no_deal": summary.final_lead_no_deal,
        "in_deal_zone": summary.in_deal_zone,
    });
    analyses::pretty(&v)
}

/// `jvsim params`: every key with unit, default, ranges and help, by group.
pub fn params_text() -> String {
    let mut out = String::new();
    for g in Group::ALL {
        let _ = writeln!(out, "{}", g.title());
        for spec in SPECS.iter().filter(|s| s.group == g) {
            let unit = if spec.unit.is_empty() {
                String::new()
            } else {
                format!(" [{}]", spec.unit)
            };
            let _ = writeln!(
                out,
                "  {} = {}{}  — {}{}",
                spec.key,
                fmt_raw(spec.kind, spec.default),
                unit,
                spec.label,
                if spec.uncertain { " (uncertain)" } else { "" }
            );
            let _ = writeln!(
                out,
                "      slider {}; valid {}",
                spec.slider_range_text(),
                spec.valid_range_text()
            );
            let _ = writeln!(out, "      {}", spec.help);
            let _ = writeln!(out, "      Source: {}", spec.source);
        }
        out.push('\n');
    }
    out
}

pub fn params_json() -> String {
    use serde_json::json;
    let list: Vec<_> = SPECS
        .iter()
        .map(|s| {
            json!({
                "key": s.key,
                "kind": format!("{:?}", s.kind).to_lowercase(),
                "group": s.group.title(),
                "symbol": s.symbol,
                "label": s.label,
                "unit": s.unit,
                "display_scale": s.scale.factor(),
                "default": s.default,
                "slider_min": s.slider.0,
                "slider_max": s.slider.1,
                "valid_min": s.valid.0,
                "valid_max": s.valid.1,
                "uncertain": s.uncertain,
                "deal_only": s.deal_only,
                "help": s.help,
                "source": s.source,
            })
        })
        .collect();
    analyses::pretty(&serde_json::Value::from(list))
}

/// The parameter table of docs/MODEL.md (a test keeps the two identical).
pub fn params_markdown() -> String {
    let mut out = String::new();
    for g in Group::ALL {
        let _ = writeln!(out, "\n#### {}\n", g.title());
        out.push_str(
            "| Symbol | Key | Meaning | Unit | Default | Slider | Valid | MC | Source |\n\
             |---|---|---|---|---|---|---|---|---|\n",
        );
        for s in SPECS.iter().filter(|s| s.group == g) {
            let unit = match s.scale {
                crate::core::params::Scale::Percent => format!("{} (file: fraction)", s.unit),
                crate::core::params::Scale::Plain => s.unit.to_string(),
            };
            let _ = writeln!(
                out,
                "| {} | `{}` | **{}.** {} | {} | {} | {} | {} | {} | {} |",
                s.symbol,
                s.key,
                s.label,
                s.help,
                unit,
                fmt_raw(s.kind, s.default),
                s.slider_range_text(),
                s.valid_range_text(),
                if s.uncertain { "yes" } else { "no" },
                s.source
            );
        }
    }
    out
}
