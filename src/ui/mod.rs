//! Pure rendering of the application state into a ratatui frame.
