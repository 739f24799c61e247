//! The in-memory model of parsed reports and of the officials and positions
//! derived from them. Plain data with serde; no I/O, no terminal, no parsing.

mod body;
mod date;
pub mod exact;
pub mod fixed;
mod ids;
mod official;
mod report;
mod roles;
mod text;
mod warning;

pub use body::{Body, BodySource};
pub use date::Date;
pub use ids::{OfficialId, PositionId, ReportId};
pub use official::{Appearance, HeldTitle, Holder, Official, Position};
pub use report::{Level, Mention, Report, Role};
pub use roles::Roles;
pub use text::Text;
pub use warning::LoadWarning;
