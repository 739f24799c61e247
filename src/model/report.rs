//! One parsed report and the people named in it.

use super::{Body, Date, Roles, Text};
use serde::{Deserialize, Serialize};

/// Administrative level of the body that organized the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Central,
    Provincial,
    District,
    Commune,
}

impl Level {
    /// Every level, in the order declared (a variant's number is its place).
    pub const ALL: [Level; 4] = [
        Level::Central,
        Level::Provincial,
        Level::District,
        Level::Commune,
    ];

    /// The lowercase name used in JSON and in queries.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Provincial => "provincial",
            Level::District => "district",
            Level::Commune => "commune",
        }
    }
}

/// What a person did at the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Chair,
    CoChair,
    Attendee,
    Speaker,
}

impl Role {
    /// Every role, in the order declared (a variant's number is its place).
    pub const ALL: [Role; 4] = [Role::Chair, Role::CoChair, Role::Attendee, Role::Speaker];

    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Chair => "chair",
            Role::CoChair => "co-chair",
            Role::Attendee => "attendee",
            Role::Speaker => "speaker",
        }
    }
}

/// A person named in one report, with the titles and roles given there.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "MentionFields")]
pub struct Mention {
    pub name: Text,
    /// Titles as written in the report.
    pub titles: Vec<Text>,
    /// The same titles with abbreviations spelled out ("UBND" -> "Ủy ban
    /// nhân dân"), in the same order; empty when no title has one (see
    /// `expanded`), so most mentions hold no copy.
    pub titles_expanded: Box<[Text]>,
    pub roles: Roles,
    /// Where the text places the person, when it says ("tại điểm cầu tỉnh
    /// Nghệ An"): the jurisdiction of titles that name none.
    pub place: Option<Text>,
}

impl Mention {
    /// The titles with abbreviations spelled out, one per title.
    pub fn expanded(&self) -> &[Text] {
        if self.titles_expanded.len() == self.titles.len() {
            &self.titles_expanded
        } else {
            &self.titles
        }
    }

    /// The roles as shown after the name: " [chair, speaker]", or nothing
    /// when the report gives the person no role.
    pub fn roles_label(&self) -> String {
        if self.roles.is_empty() {
            return String::new();
        }
        let names: Vec<&str> = self.roles.iter().map(Role::as_str).collect();
        format!(" [{}]", names.join(", "))
    }
}

/// A `Mention` as written (`titles_expanded` in full, or missing).
#[derive(Deserialize)]
struct MentionFields {
    name: Text,
    titles: Vec<Text>,
    #[serde(default)]
    titles_expanded: Vec<Text>,
    roles: Roles,
    #[serde(default)]
    place: Option<Text>,
}

// Read back as parsed: no copy of the titles when nothing was spelled out,
// so a mention read from a store equals the one the parser made.
impl From<MentionFields> for Mention {
    fn from(f: MentionFields) -> Mention {
        let titles_expanded = if f.titles_expanded == f.titles {
            Box::default()
        } else {
            f.titles_expanded.into_boxed_slice()
        };
        Mention {
            name: f.name,
            titles: f.titles,
            titles_expanded,
            roles: f.roles,
            place: f.place,
        }
    }
}

// By hand so that `titles_expanded` is always written in full, one per title.
// Binary formats (a store's saved catalog) read fields by position: there
// every field is written as it is held, none skipped.
impl Serialize for Mention {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        if !s.is_human_readable() {
            let mut m = s.serialize_struct("Mention", 5)?;
            m.serialize_field("name", &self.name)?;
            m.serialize_field("titles", &self.titles)?;
            m.serialize_field("titles_expanded", &self.titles_expanded)?;
            m.serialize_field("roles", &self.roles)?;
            m.serialize_field("place", &self.place)?;
            return m.end();
        }
        let fields = 4 + usize::from(self.place.is_some());
        let mut m = s.serialize_struct("Mention", fields)?;
        m.serialize_field("name", &self.name)?;
        m.serialize_field("titles", &self.titles)?;
        m.serialize_field("titles_expanded", self.expanded())?;
        m.serialize_field("roles", &self.roles)?;
        if let Some(place) = &self.place {
            m.serialize_field("place", place)?;
        } else {
            m.skip_field("place")?;
        }
        m.end()
    }
}

/// One report, as parsed from one file. Unknown fields are `None` or empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub file: String,
    pub title: Option<Text>,
    pub published: Option<Date>,
    pub event_date: Option<Date>,
    pub source: Option<Text>,
    pub author: Option<Text>,
    pub level: Option<Level>,
    pub kind: Option<Text>,
    pub period: Option<Text>,
    pub places: Vec<Text>,
    pub officials: Vec<Mention>,
    /// People named with no post: private persons (an age, a birth year
    /// or a home after the name, "(SN 1990, trú xã B)", a suspect's, a
    /// victim's or a driver's noun before it), and anyone else the report
    /// names without saying what post they hold. Kept apart so that
    /// `officials` (and the officials index built from it) holds those
    /// named in a public capacity.
    #[serde(default)]
    pub people: Vec<Mention>,
    pub documents: Vec<Text>,
    pub figures: Vec<Text>,
    pub movements: Vec<Text>,
    /// The captions of the report's photos, in page order: no article
    /// text, but the people they name were there.
    #[serde(default)]
    pub captions: Vec<Text>,
    /// The cleaned article text: paragraphs joined by `\n`, held
    /// compressed; serialized as an array of paragraphs.
    pub body: Body,
}

impl Report {
    /// Gives back the spare room of its lists: a report is built once and
    /// then kept for as long as the catalog.
    pub fn shrink_to_fit(&mut self) {
        for list in [
            &mut self.places,
            &mut self.documents,
            &mut self.figures,
            &mut self.movements,
            &mut self.captions,
        ] {
            list.shrink_to_fit();
        }
        self.officials.shrink_to_fit();
        self.people.shrink_to_fit();
    }

    /// The date used to order reports: the event date, else the published one.
    pub fn date(&self) -> Option<Date> {
        self.event_date.or(self.published)
    }
}
