//! A fixed robust-map workload for `perf stat` (instruction counts are steadier than wall-clock
//! time on a shared machine): `robust_workload N DRAWS THREADS`, defaults 51 500 1.
//! Prints a hash of the map's bits and deals per second per thread.

use jvsim::core::params::Params;
use jvsim::core::robust::robust_grid;

fn main() {
    let mut args = std::env::args()
        .skip(1)
        .map(|a| a.parse::<usize>().expect("a count"));
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
