//! Fixed workloads for `perf stat` or `valgrind --tool=cachegrind` (instruction counts are
//! steadier than wall-clock time on a shared machine):
//! * `robust_workload N DRAWS THREADS` (defaults 51 500 1): the robust map; prints a hash of its
//!   bits and deals per second per thread;
//! * `robust_workload full K` and `robust_workload npv K`: K deals at the default parameters
//!   (stakes swept over a row) against one baseline, with `simulate_deal` or `simulate_deal_npv`.

use jvsim::core::model::{Baseline, Run, simulate_deal, simulate_deal_npv};
use jvsim::core::params::Params;
use jvsim::core::robust::robust_grid;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [mode, k] = &args[..]
        && (mode == "full" || mode == "npv")
    {
        deals(mode == "full", k.parse().expect("a count"));
        return;
    }
    let mut args = args.iter().map(|a| a.parse::<usize>().expect("a count"));
    let n = args.next().unwrap_or(51);
    let draws = args.next().unwrap_or(500);
    let threads = args.next().unwrap_or(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let start = std::time::Instant::now();
    let grid = pool.install(|| robust_grid(&Params::default(), n, draws, 1));
    let seconds = start.elapsed().as_secs_f64();
    // FNV-1a over the bits: equal only if every cell's chance is the same bits.
    let checksum = grid.p_zone.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, v| {
        (h ^ v.to_bits()).wrapping_mul(0x100_0000_01b3)
    });
    let deals = (n * n * draws) as f64;
    println!(
        "{n}x{n}x{draws} on {threads} thread(s): {seconds:.3} s, bits {checksum:016x}, \
         {:.0} deals/s/thread",
        deals / (seconds * threads as f64)
    );
}

fn deals(full: bool, k: usize) {
    let mut p = Params::default();
    let baseline = Baseline::new(&p);
    let mut run = Box::new(Run::ZERO);
    let mut sum = 0.0;
    let start = std::time::Instant::now();
    for i in 0..k {
        p.host_stake = (i % 101) as f64 / 100.0;
        if full {
            simulate_deal(&p, &baseline, &mut run);
        } else {
            simulate_deal_npv(&p, &baseline, &mut run);
        }
        sum += run.host.npv + run.entrant.npv;
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{k} deals ({}): {:.3} µs each, sum {sum}",
        if full { "full" } else { "npv" },
        seconds * 1e6 / k as f64
    );
}
