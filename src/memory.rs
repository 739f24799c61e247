//! Handing memory the program freed back to the system at the moments it
//! pays: while and after a launch reads the saved catalog, and when the
//! files have been compared with the store. These free tens of megabytes
//! of passing buffers (the parts' bytes and their packed reports, the
//! walked paths) on threads that then go idle; the allocator keeps a
//! thread's freed pages until that thread allocates again, so without
//! this they stay counted while the catalog is browsed. The parse is left
//! alone: giving pages back and taking them again there would cost time.
//! Owns no state; knows nothing of the catalog.

/// Asks the allocator to give back the free pages of this thread and of
/// every thread of the shared pool; the pool's threads do it when next
/// idle, so no one waits.
pub fn give_back() {
    collect();
    rayon::spawn_broadcast(|_| collect());
}

/// Gives back the calling thread's pages freed long enough ago (the
/// allocator's purge delay), without waiting for its next allocation:
/// between the parts of a saved catalog, whose passing buffers are freed
/// on other threads than the ones that made them.
pub fn give_back_here() {
    // SAFETY: as in `collect`.
    unsafe { libmimalloc_sys::mi_collect(false) }
}

/// Gives back the calling thread's free pages now, and those it was
/// handed by other threads' frees.
fn collect() {
    // SAFETY: `mi_collect` takes no pointer and may be called from any
    // thread at any time; with another global allocator it tidies
    // mimalloc's own (empty) heaps.
    unsafe { libmimalloc_sys::mi_collect(true) }
}
