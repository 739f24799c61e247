//! Application state and the only place it changes (`update`). Keys are
//! translated into `Action`s through one keymap table that also feeds the
//! help overlay and the status-line hints.

mod action;
mod bindings;
mod edit;
mod effects;
mod keymap;
pub mod keyspec;
mod live;
mod named;
pub mod nav;
mod rows;
mod state;
pub mod table;
pub mod update;
pub mod wrap;

pub use action::{Action, Command, Effect, COMMAND_NAMES};
pub use bindings::Keymap;
pub use keymap::{key_to_action, Binding, When, KEYMAP};
pub use state::{
    overlay_len, pane_areas, App, Focus, Live, Overlay, ReportColumn, View, ViewState,
};
pub use update::update;
