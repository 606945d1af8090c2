//! Crash safety: while the deal has unsaved changes it is written every few seconds to the app's
//! data folder; the next start offers to restore it. Writes happen on a background thread.

use std::fs;
use std::path::{Path, PathBuf};

use std::sync::mpsc::{Sender, channel};

use crate::core::dealfile::{self, Deal};

/// Seconds between autosaves while there are unsaved changes.
pub const INTERVAL: f64 = 5.0;

const FILE: &str = "autosave.ron";
const ORIGIN: &str = "autosave-origin.txt";

/// The app's data folder: `$JVSIM_DATA_DIR`, else `$XDG_DATA_HOME/jvsim`, else
/// `~/.local/share/jvsim`.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("JVSIM_DATA_DIR") {
        return Some(PathBuf::from(d));
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("jvsim"))
}

/// An unsaved deal found at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    pub deal: Deal,
    /// The file the deal had been opened from, if any.
    pub origin: Option<PathBuf>,
}

/// Work for the writer thread, done in order so a late write can never undo a clear.
enum Job {
    Write(Box<Deal>, Option<PathBuf>),
    Clear,
    Flush(Sender<()>),
}

#[derive(Debug)]
pub struct Autosave {
    dir: Option<PathBuf>,
    /// What the last write held, so an unchanged deal is not written again.
    last_written: Option<Deal>,
    /// Time (egui seconds) at which the next write may happen.
    due: f64,
    writer: Option<Sender<Job>>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Job::Write(..) => "Write",
            Job::Clear => "Clear",
            Job::Flush(_) => "Flush",
        })
    }
}

impl Autosave {
    pub fn new(dir: Option<PathBuf>) -> Autosave {
        Autosave {
            dir,
            last_written: None,
            due: 0.0,
            writer: None,
        }
    }

    fn file(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(FILE))
    }

    /// The deal left by a session that ended with unsaved changes.
    pub fn recover(&self) -> Option<Recovered> {
        let file = self.file()?;
        let deal = dealfile::load_path(&file).ok()?;
        let origin = self
            .dir
            .as_ref()
            .and_then(|d| fs::read_to_string(d.join(ORIGIN)).ok())
            .map(|s| PathBuf::from(s.trim_end_matches('\n')))
            .filter(|p| !p.as_os_str().is_empty());
        Some(Recovered { deal, origin })
    }

    fn send(&mut self, job: Job) {
        let Some(dir) = self.dir.clone() else {
            return;
        };
        let tx = self.writer.get_or_insert_with(|| {
            let (tx, rx) = channel::<Job>();
            std::thread::spawn(move || {
                for job in rx {
                    // Best effort: a failed autosave must never disturb the session.
                    match job {
                        Job::Write(deal, origin) => {
                            let _ = fs::create_dir_all(&dir);
                            let _ = dealfile::save_path(&deal, &dir.join(FILE));
                            let text = origin.map(|p| p.display().to_string()).unwrap_or_default();
                            let _ = fs::write(dir.join(ORIGIN), text);
                        }
                        Job::Clear => {
                            let _ = fs::remove_file(dir.join(FILE));
                            let _ = fs::remove_file(dir.join(ORIGIN));
                        }
                        Job::Flush(done) => {
                            let _ = done.send(());
                        }
                    }
                }
            });
            tx
        });
        let _ = tx.send(job);
    }

    /// Called each frame with the time and the deal if it has unsaved changes. Returns how many
    /// seconds until it wants to be called again, if it does.
    pub fn tick(&mut self, now: f64, unsaved: Option<(&Deal, Option<&Path>)>) -> Option<f64> {
        let (deal, origin) = unsaved?;
        self.dir.as_ref()?;
        if self.last_written.as_ref() == Some(deal) {
            return None;
        }
        if now < self.due {
            return Some(self.due - now);
        }
        self.due = now + INTERVAL;
        self.last_written = Some(deal.clone());
        self.send(Job::Write(
            Box::new(deal.clone()),
            origin.map(Path::to_path_buf),
        ));
        Some(INTERVAL)
    }

    /// The deal was saved or its changes discarded: nothing is left to recover.
    pub fn clear(&mut self) {
        self.last_written = None;
        self.send(Job::Clear);
    }

    /// Waits until every write and clear asked for so far is done (tests, and before exit).
    pub fn flush(&mut self) {
        if self.writer.is_some() {
            let (tx, rx) = channel();
            self.send(Job::Flush(tx));
            let _ = rx.recv();
        }
    }
}
