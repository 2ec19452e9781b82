//! Handing the memory a load freed back to the system: how is the program's business (its
//! allocator), when is the viewer's. The program says how once, at start; the library asks for
//! it when a load is done, on the loading thread and again on the main thread.

use std::sync::OnceLock;

static RELEASE: OnceLock<fn()> = OnceLock::new();

/// Registers how freed memory is handed back (the first registration counts).
pub fn when_a_load_is_done(release: fn()) {
    let _ = RELEASE.set(release);
}

/// Hands freed memory back, if the program said how.
pub(crate) fn load_done() {
    if let Some(release) = RELEASE.get() {
        release();
    }
}
