//! Unit tests of `find_people`, one file per kind of text: chains of
//! titles, lists, name shapes, clergy, posts given by the words around a
//! title, private people and hostile input.

use super::*;

fn people(text: &str) -> Vec<(String, Vec<String>)> {
    let t = Tokens::new(text);
    find_people(&t)
        .into_iter()
        .filter_map(|f| Some((f.name?, f.titles)))
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

mod chains;
mod citizens;
mod clergy;
mod hostile;
mod households;
mod lists;
mod loose;
mod posts;
mod shapes;
mod untitled;
