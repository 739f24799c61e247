//! The event source: crossterm input and loader messages merged into one channel.
