//! Work that must not stall a frame (deal grids, Monte Carlo, goal seek) runs on one worker
//! thread per kind of job and reports back through a channel. Only the newest request waits:
//! a request arriving while the worker is busy replaces any older one not yet started, and the
//! running job stops at its next check once it is stale.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use eframe::egui;

type Work<K, T> = Box<dyn FnOnce(&K, &(dyn Fn() -> bool + Sync)) -> Option<T> + Send>;

struct Pending<K, T> {
    generation: u64,
    key: K,
    work: Work<K, T>,
    ctx: egui::Context,
}

struct Shared<K, T> {
    slot: Mutex<Option<Pending<K, T>>>,
    wake: Condvar,
    latest: AtomicU64,
    closed: AtomicBool,
}

pub struct Background<K, T> {
    shared: Arc<Shared<K, T>>,
    rx: Receiver<(u64, K, T)>,
    tx: Sender<(u64, K, T)>,
    worker_started: bool,
    requested: Option<K>,
    /// The newest finished result and the generation that made it.
    shown: Option<(u64, K, T)>,
    /// Run jobs on the calling thread (tests ask for this).
    synchronous: bool,
}

impl<K, T> Drop for Background<K, T> {
    fn drop(&mut self) {
        self.shared.closed.store(true, Ordering::SeqCst);
        // The running job sees itself stale and stops; the worker then exits.
        self.shared.latest.fetch_add(1, Ordering::SeqCst);
        self.shared.wake.notify_all();
    }
}

impl<K, T> Background<K, T>
where
    K: Clone + PartialEq + Send + 'static,
    T: Send + 'static,
{
    pub fn new(synchronous: bool) -> Self {
        let (tx, rx) = channel();
        Background {
            shared: Arc::new(Shared {
                slot: Mutex::new(None),
                wake: Condvar::new(),
                latest: AtomicU64::new(0),
                closed: AtomicBool::new(false),
            }),
            rx,
            tx,
            worker_started: false,
            requested: None,
            shown: None,
            synchronous,
        }
    }

    fn start_worker(&mut self) {
        if self.worker_started {
            return;
        }
        self.worker_started = true;
        let shared = Arc::clone(&self.shared);
        let tx = self.tx.clone();
        std::thread::spawn(move || {
            loop {
                let job = {
                    let mut slot = shared.slot.lock().unwrap_or_else(PoisonError::into_inner);
                    loop {
                        if shared.closed.load(Ordering::SeqCst) {
                            return;
                        }
                        if let Some(job) = slot.take() {
                            break job;
                        }
                        slot = shared
                            .wake
                            .wait(slot)
                            .unwrap_or_else(PoisonError::into_inner);
                    }
                };
                let generation = job.generation;
                let latest = &shared.latest;
                let stale = move || latest.load(Ordering::SeqCst) != generation;
                if let Some(t) = (job.work)(&job.key, &stale)
                    && tx.send((generation, job.key, t)).is_ok()
                {
                    job.ctx.request_repaint();
                }
            }
        });
    }

    /// Asks for the result for `key`, unless it is already asked for. `work` gets the key and a
    /// function saying whether the job has gone stale; it returns `None` if it gave up. Returns
    /// whether a new result is already there (synchronous mode).
    pub fn request<F>(&mut self, key: K, ctx: &egui::Context, work: F) -> bool
    where
        F: FnOnce(&K, &(dyn Fn() -> bool + Sync)) -> Option<T> + Send + 'static,
    {
        if self.requested.as_ref() == Some(&key) {
            return false;
        }
        self.requested = Some(key.clone());
        let generation = self.shared.latest.fetch_add(1, Ordering::SeqCst) + 1;
        if self.synchronous {
            return match work(&key, &|| false) {
                Some(t) => {
                    self.shown = Some((generation, key, t));
                    true
                }
                None => false,
            };
        }
        self.start_worker();
        let pending = Pending {
            generation,
            key,
            work: Box::new(work),
            ctx: ctx.clone(),
        };
        *self
            .shared
            .slot
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(pending);
        self.shared.wake.notify_one();
        false
    }

    /// Takes in finished results; keeps the newest. Returns whether anything new arrived.
    pub fn poll(&mut self) -> bool {
        let mut changed = false;
        while let Ok((generation, key, t)) = self.rx.try_recv() {
            if self.shown.as_ref().is_none_or(|(g, _, _)| generation > *g) {
                self.shown = Some((generation, key, t));
                changed = true;
            }
        }
        changed
    }

    /// Blocks until the next result arrives, then takes it in like `poll` (tests; the app only
    /// polls).
    pub fn wait(&mut self) -> bool {
        match self.rx.recv() {
            Ok((generation, key, t)) => {
                if self.shown.as_ref().is_none_or(|(g, _, _)| generation > *g) {
                    self.shown = Some((generation, key, t));
                }
                true
            }
            Err(_) => false,
        }
    }

    /// The newest result, whether or not it is for the latest request.
    pub fn latest(&self) -> Option<(&K, &T)> {
        self.shown.as_ref().map(|(_, k, t)| (k, t))
    }

    /// Whether the shown result answers the latest request.
    pub fn is_current(&self) -> bool {
        match (&self.shown, &self.requested) {
            (Some((_, k, _)), Some(r)) => k == r,
            (_, None) => true,
            (None, Some(_)) => false,
        }
    }

    /// A counter that changes whenever the shown result does (for caches built on it).
    pub fn shown_generation(&self) -> u64 {
        self.shown.as_ref().map_or(0, |(g, _, _)| *g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::sync_channel;

    #[test]
    fn only_the_newest_waiting_request_runs_and_stale_work_is_told_so() {
        let ctx = egui::Context::default();
        let mut bg: Background<u32, (u32, bool)> = Background::new(false);
        let (started_tx, started_rx) = sync_channel::<()>(0);
        let (release_tx, release_rx) = sync_channel::<()>(0);
        // Job 1 blocks until released, then reports whether it had gone stale.
        bg.request(1, &ctx, move |k, stale| {
            started_tx.send(()).ok();
            release_rx.recv().ok();
            Some((*k, stale()))
        });
        started_rx.recv().unwrap();
        // While it runs, two more requests: 2 is replaced by 3 before it can start.
        bg.request(2, &ctx, |k, _| Some((*k, false)));
        bg.request(3, &ctx, |k, stale| Some((*k, stale())));
        release_tx.send(()).unwrap();
        assert!(bg.wait());
        assert!(bg.wait());
        // Job 1 learned it was stale; job 2 never ran; job 3 is current and shown.
        assert_eq!(bg.latest(), Some((&3, &(3, false))));
        assert!(bg.is_current());
        // Asking again for what is already asked for starts nothing.
        assert!(!bg.request(3, &ctx, |_, _| panic!("must not run")));
    }

    #[test]
    fn synchronous_mode_answers_at_once() {
        let ctx = egui::Context::default();
        let mut bg: Background<u32, u32> = Background::new(true);
        assert!(bg.request(7, &ctx, |k, _| Some(k * 2)));
        assert_eq!(bg.latest(), Some((&7, &14)));
    }
}
