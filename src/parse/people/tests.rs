//! Unit tests of `find_people`, one file per kind of text: chains of
//! titles, lists, name shapes, clergy, posts given by the words around a
//! title, private people and hostile input.

use super::*;

fn people(text: &str) -> Vec<(String, Vec<String>)> {
    let t = Tokens::new(text);
    found(&t)
        .into_iter()
        .filter_map(|f| Some((f.name?, f.titles)))
        .collect()
}

/// The mentions of `t` that stand alone: a bare full name and a given name
/// alone with no post make no one until `merge` pairs them.
fn found(t: &Tokens) -> Vec<crate::parse::people::Found> {
    find_people(t)
        .into_iter()
        .filter(|f| !(f.bare || f.short && f.titles.is_empty()))
        .collect()
}

fn one(name: &str, titles: &[&str]) -> (String, Vec<String>) {
    (
        name.to_string(),
        titles
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
    )
}

mod athletes;
mod chains;
mod citizens;
mod clergy;
mod firms;
mod hostile;
mod households;
mod lists;
mod loose;
mod posts;
mod shapes;
mod untitled;
