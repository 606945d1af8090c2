//! Undo and redo of deal edits. Edits arriving while one interaction lasts (a slider drag, typing
//! in a field) form one step, closed when the interaction ends.

use crate::core::dealfile::Deal;

const MAX_STEPS: usize = 200;

#[derive(Default, Debug)]
pub struct History {
    undo: Vec<Deal>,
    redo: Vec<Deal>,
    /// The deal before the interaction under way, if an edit has started one.
    open_step: Option<Deal>,
}

impl History {
    /// Call before applying an edit to `current`.
    pub fn before_edit(&mut self, current: &Deal) {
        if self.open_step.is_none() {
            self.open_step = Some(current.clone());
        }
    }

    /// Ends the interaction: one undo step if the deal changed.
    pub fn close_step(&mut self, current: &Deal) {
        if let Some(before) = self.open_step.take()
            && before != *current
        {
            self.undo.push(before);
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.open_step.is_some()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The deal to go back to, given the current one.
    pub fn undo(&mut self, current: &Deal) -> Option<Deal> {
        self.close_step(current);
        let previous = self.undo.pop()?;
        self.redo.push(current.clone());
        Some(previous)
    }

    pub fn redo(&mut self, current: &Deal) -> Option<Deal> {
        self.close_step(current);
        let next = self.redo.pop()?;
        self.undo.push(current.clone());
        Some(next)
    }

    /// Forgets everything (a different deal was opened).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}
