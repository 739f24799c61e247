//! Application state and the only place it changes (`update`). Keys are
//! translated into `Action`s through one keymap table that also feeds the
//! help overlay and the status-line hints.

mod action;
mod edit;
mod effects;
mod keymap;
pub mod nav;
mod rows;
mod state;
pub mod table;
pub mod update;
pub mod wrap;

pub use action::{Action, Command, Effect};
pub use keymap::{key_to_action, Binding, KEYMAP};
pub use state::{overlay_len, pane_areas, App, Focus, Overlay, View, ViewState};
pub use update::update;
