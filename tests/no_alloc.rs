//! A deal run allocates nothing: every simulated year writes into fixed arrays.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use jvsim::core::model::{Baseline, Run, deal_npvs_at_stakes, simulate_deal, simulate_deal_npv};
use jvsim::core::params::Params;

struct Counting;

thread_local! {
    // Per thread, so the test harness's own threads cannot disturb the count.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

#[test]
fn deal_and_baseline_runs_allocate_nothing() {
    let mut p = Params {
        horizon: 40,
        cannibalisation: 0.3,
        tariff_change: true,
        ..Params::default()
    };
    let mut run = Box::new(Run::ZERO);
    let before = allocations();
    let baseline = Baseline::new(&p);
    for i in 0..100 {
        p.host_stake = f64::from(i) / 100.0;
        simulate_deal(&p, &baseline, &mut run);
        simulate_deal_npv(&p, &baseline, &mut run);
    }
    // The robust map's rows: NPV-only runs into a buffer made beforehand.
    let stakes = [0.0, 0.3, 0.51, 0.8, 1.0];
    let mut npvs = [(0.0, 0.0); 5];
    deal_npvs_at_stakes(&p, &baseline, &stakes, &mut npvs);
    let after = allocations();
    assert_eq!(after - before, 0, "allocations during simulation");
    // The counter works: a Vec does allocate.
    let v = vec![run.host.npv];
    assert!(allocations() > after);
    drop(v);
}
