//! Work that must not stall a frame (deal grids, Monte Carlo, goal seek) runs on a thread and
//! reports back through a channel. A newer request makes older jobs stale: they stop at their
//! next check and their results are dropped unless nothing newer has arrived yet.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui;

type Message<K, T> = (u64, K, T);

pub struct Background<K, T> {
    generation: Arc<AtomicU64>,
    tx: Sender<Message<K, T>>,
    rx: Receiver<Message<K, T>>,
    requested: Option<K>,
    /// The newest finished result and the generation that made it.
    shown: Option<(u64, K, T)>,
    /// Run jobs on the calling thread (tests ask for this).
    synchronous: bool,
}

impl<K, T> Background<K, T>
where
    K: Clone + PartialEq + Send + 'static,
    T: Send + 'static,
{
    pub fn new(synchronous: bool) -> Self {
        let (tx, rx) = channel();
        Background {
            generation: Arc::new(AtomicU64::new(0)),
            tx,
            rx,
            requested: None,
            shown: None,
            synchronous,
        }
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
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        if self.synchronous {
            return match work(&key, &|| false) {
                Some(t) => {
                    self.shown = Some((generation, key, t));
                    true
                }
                None => false,
            };
        }
        let latest = Arc::clone(&self.generation);
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let stale = move || latest.load(Ordering::SeqCst) != generation;
            if let Some(t) = work(&key, &stale) {
                // The receiver may be gone (app closing); nothing to do then.
                let _ = tx.send((generation, key, t));
                ctx.request_repaint();
            }
        });
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
