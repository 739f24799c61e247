//! Typed numbers of the catalog's reports, officials and positions, so a
//! report's number is never taken for an official's. Plain data.

use super::fixed::Fixed;
use serde::{Deserialize, Serialize};

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The id of item number `i` (saturating at `u32::MAX`).
            pub fn new(i: usize) -> Self {
                Self(u32::try_from(i).unwrap_or(u32::MAX))
            }

            /// The item's index in its catalog list.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl Fixed for $name {
            const WIDTH: usize = 4;
            fn put(&self, out: &mut Vec<u8>) {
                self.0.put(out);
            }
            fn take(b: &[u8]) -> Option<Self> {
                u32::take(b).map(Self)
            }
        }
    };
}

id!(
    /// A report's number in the catalog.
    ReportId
);
id!(
    /// An official's number in the catalog.
    OfficialId
);
id!(
    /// A position's number in the catalog.
    PositionId
);
