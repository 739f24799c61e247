//! The roles a report gives one person ("chủ trì", "phát biểu"), held as
//! a set of bits: a report names hundreds of thousands of people across an
//! archive, and a list of their one or two roles would cost a pointer, a
//! length, a capacity and an allocation each. Always in `Role` order, each
//! role once, as the parser gives them. Reads, compares and writes as the
//! list it stands for.

use super::Role;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A set of roles, in `Role` order (see the module).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Roles(u8);

impl Roles {
    /// No role.
    pub const fn new() -> Roles {
        Roles(0)
    }

    /// One bit per role, `1 << (role as u8)`.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// Whether no role is given.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many roles are given.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether `role` is given.
    pub fn contains(&self, role: &Role) -> bool {
        self.0 & bit(*role) != 0
    }

    /// Adds `role` (a role given twice is held once).
    pub fn insert(&mut self, role: Role) {
        self.0 |= bit(role);
    }

    /// The roles, in order.
    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.contains(r))
    }

    /// The roles as a list, in order.
    pub fn to_vec(self) -> Vec<Role> {
        self.iter().collect()
    }
}

fn bit(role: Role) -> u8 {
    1 << (role as u8)
}

impl Extend<Role> for Roles {
    fn extend<I: IntoIterator<Item = Role>>(&mut self, roles: I) {
        for r in roles {
            self.insert(r);
        }
    }
}

impl<'a> Extend<&'a Role> for Roles {
    fn extend<I: IntoIterator<Item = &'a Role>>(&mut self, roles: I) {
        self.extend(roles.into_iter().copied());
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<I: IntoIterator<Item = Role>>(roles: I) -> Roles {
        let mut out = Roles::new();
        out.extend(roles);
        out
    }
}

impl From<Vec<Role>> for Roles {
    fn from(roles: Vec<Role>) -> Roles {
        roles.into_iter().collect()
    }
}

impl<const N: usize> From<[Role; N]> for Roles {
    fn from(roles: [Role; N]) -> Roles {
        roles.into_iter().collect()
    }
}

impl<const N: usize> PartialEq<[Role; N]> for Roles {
    fn eq(&self, other: &[Role; N]) -> bool {
        self.iter().eq(other.iter().copied())
    }
}

impl PartialEq<[Role]> for Roles {
    fn eq(&self, other: &[Role]) -> bool {
        self.iter().eq(other.iter().copied())
    }
}

impl fmt::Debug for Roles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

// As the list: JSON and a saved catalog read as they did for a `Vec<Role>`.
// Its length told first: binary formats (postcard) refuse a list without.
impl Serialize for Roles {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.len()))?;
        for r in self.iter() {
            seq.serialize_element(&r)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Roles {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Roles, D::Error> {
        Vec::<Role>::deserialize(d).map(Roles::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_read_in_order_once_each_and_write_as_their_list() {
        let r = Roles::from(vec![Role::Speaker, Role::Chair, Role::Speaker]);
        assert_eq!(r, [Role::Chair, Role::Speaker]);
        assert_eq!(r.len(), 2);
        assert!(r.contains(&Role::Chair) && !r.contains(&Role::Attendee));
        assert_eq!(
            format!("{r:?}"),
            format!("{:?}", [Role::Chair, Role::Speaker])
        );
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, r#"["chair","speaker"]"#);
        assert_eq!(serde_json::from_str::<Roles>(&json).unwrap(), r);
        let list = vec![Role::CoChair, Role::Attendee];
        assert_eq!(
            postcard::to_stdvec(&Roles::from(list.clone())).unwrap(),
            postcard::to_stdvec(&list).unwrap()
        );
        assert!(Roles::new().is_empty());
        assert_eq!(Roles::new(), []);
    }
}
