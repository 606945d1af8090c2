//! Speed of the core: one deal against a cached baseline, deal plus baseline, the 101 × 101
//! deal grid on all cores, and the robust deal map (cells × Monte Carlo draws).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jvsim::core::goalseek::goal_seek;
use jvsim::core::model::{Baseline, Run, simulate, simulate_deal, simulate_deal_npv};
use jvsim::core::montecarlo::monte_carlo;
use jvsim::core::params::Params;
use jvsim::core::robust::robust_grid;
use jvsim::core::sensitivity::tornado;
use jvsim::core::sweep::deal_grid;

fn bench(c: &mut Criterion) {
    let p = Params::default();
    let baseline = Baseline::new(&p);
    let mut run = Box::new(Run::ZERO);
    c.bench_function("deal_12y_cached_baseline", |b| {
        b.iter(|| {
            simulate_deal(black_box(&p), &baseline, &mut run);
            black_box(run.host.npv)
        })
    });
    c.bench_function("deal_12y_npv_only", |b| {
        b.iter(|| {
            simulate_deal_npv(black_box(&p), &baseline, &mut run);
            black_box(run.host.npv)
        })
    });
    c.bench_function("baseline_12y", |b| {
        b.iter(|| Baseline::new(black_box(&p)).run.host.npv)
    });
    c.bench_function("deal_plus_baseline_12y", |b| {
        b.iter(|| {
            let baseline = Baseline::new(black_box(&p));
            simulate_deal(&p, &baseline, &mut run);
            black_box(run.host.npv)
        })
    });
    c.bench_function("simulate_outcome_12y", |b| {
        b.iter(|| black_box(simulate(black_box(&p))).deal.host.npv)
    });
    let mut group = c.benchmark_group("grid");
    group.sample_size(30);
    group.bench_function("deal_grid_101x101", |b| {
        b.iter(|| black_box(deal_grid(black_box(&p), 101)).cells.len())
    });
    group.bench_function("monte_carlo_1000", |b| {
        b.iter(|| black_box(monte_carlo(black_box(&p), 1000, 1)).host.p_gain)
    });
    group.bench_function("tornado", |b| {
        b.iter(|| black_box(tornado(black_box(&p))).host.len())
    });
    group.bench_function("goal_seek", |b| {
        b.iter(|| black_box(goal_seek(black_box(&p))))
    });
    group.finish();
    // The robust deal map: one baseline per draw, every cell's deal per draw, on all cores.
    let mut group = c.benchmark_group("robust");
    group.sample_size(10);
    group.bench_function("robust_51x51x500", |b| {
        b.iter(|| {
            black_box(robust_grid(black_box(&p), 51, 500, 1))
                .p_zone
                .len()
        })
    });
    group.bench_function("robust_101x101x1000", |b| {
        b.iter(|| {
            black_box(robust_grid(black_box(&p), 101, 1000, 1))
                .p_zone
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
