//! Application state and the only place it changes (`update`).
