//! Reports packed for a saved catalog (see `snapshot`): a part's distinct
//! texts are written once and the reports name them by number. Names,
//! titles, places, sources and phrases repeat across thousands of reports,
//! so a part is several times smaller than the reports written out, and
//! reads back faster. Bodies are not packed: they stay in the store.

use crate::model::{Body, Date, Level, Mention, Report, Roles, Text};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

/// A mention, its texts by number.
#[derive(Serialize, Deserialize)]
struct PackedMention {
    name: u32,
    titles: Vec<u32>,
    titles_expanded: Vec<u32>,
    roles: Roles,
    place: Option<u32>,
}

/// A report without its body, its texts by number.
#[derive(Serialize, Deserialize)]
struct PackedReport {
    file: u32,
    title: Option<u32>,
    published: Option<Date>,
    event_date: Option<Date>,
    source: Option<u32>,
    author: Option<u32>,
    level: Option<Level>,
    kind: Option<u32>,
    period: Option<u32>,
    places: Vec<u32>,
    officials: Vec<PackedMention>,
    documents: Vec<u32>,
    figures: Vec<u32>,
    movements: Vec<u32>,
    captions: Vec<u32>,
}

/// One part as written: the reports' file ids, the distinct texts, and
/// the reports.
#[derive(Serialize)]
struct PartOut<'a> {
    ids: &'a [i64],
    texts: Vec<&'a str>,
    reports: Vec<PackedReport>,
}

/// One part as read: the texts borrowed from the bytes.
#[derive(Deserialize)]
struct PartIn<'a> {
    ids: Vec<i64>,
    #[serde(borrow)]
    texts: Vec<&'a str>,
    reports: Vec<PackedReport>,
}

/// Numbers each distinct text of a part.
#[derive(Default)]
struct Texts<'a> {
    ids: FxHashMap<&'a str, u32>,
    list: Vec<&'a str>,
}

impl<'a> Texts<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        let next = self.list.len() as u32;
        *self.ids.entry(s).or_insert_with(|| {
            self.list.push(s);
            next
        })
    }

    fn ids(&mut self, list: &'a [Text]) -> Vec<u32> {
        list.iter().map(|s| self.id(s)).collect()
    }

    fn opt(&mut self, s: Option<&'a Text>) -> Option<u32> {
        s.map(|s| self.id(s))
    }
}

/// Packs `reports`, whose files have the ids `ids`.
pub(super) fn pack<'a>(
    ids: &[i64],
    reports: impl IntoIterator<Item = &'a Report>,
) -> Result<Vec<u8>, postcard::Error> {
    let mut texts = Texts::default();
    let packed = reports
        .into_iter()
        .map(|r| pack_report(&mut texts, r))
        .collect();
    postcard::to_stdvec(&PartOut {
        ids,
        texts: texts.list,
        reports: packed,
    })
}

fn pack_report<'a>(t: &mut Texts<'a>, r: &'a Report) -> PackedReport {
    // Every field named, so that a new one cannot be left out silently.
    let Report {
        file,
        title,
        published,
        event_date,
        source,
        author,
        level,
        kind,
        period,
        places,
        officials,
        documents,
        figures,
        movements,
        captions,
        body: _,
    } = r;
    let officials = officials
        .iter()
        .map(|m| {
            let Mention {
                name,
                titles,
                titles_expanded,
                roles,
                place,
            } = m;
            PackedMention {
                name: t.id(name),
                titles: t.ids(titles),
                titles_expanded: t.ids(titles_expanded),
                roles: *roles,
                place: t.opt(place.as_ref()),
            }
        })
        .collect();
    PackedReport {
        file: t.id(file),
        title: t.opt(title.as_ref()),
        published: *published,
        event_date: *event_date,
        source: t.opt(source.as_ref()),
        author: t.opt(author.as_ref()),
        level: *level,
        kind: t.opt(kind.as_ref()),
        period: t.opt(period.as_ref()),
        places: t.ids(places),
        officials,
        documents: t.ids(documents),
        figures: t.ids(figures),
        movements: t.ids(movements),
        captions: t.ids(captions),
    }
}

/// The texts of the parts read so far, each held once: a name or a title
/// recurs across parts as well as within one.
pub(super) type Known = std::sync::Mutex<FxHashSet<Text>>;

/// Reads a packed part back: the reports (with empty bodies) and their
/// files' ids. An error says why the bytes do not read. The part's texts
/// are taken from `known` when another part had them already, and added
/// to it otherwise (file names, each a report's own, are not).
///
/// Every list is made at its exact length: the reports of a saved catalog
/// are kept for as long as the app runs, and a list collected through a
/// fallible iterator starts from room for four and doubles (a mention's
/// one title would take the room of four), which on 100,000 reports was
/// tens of megabytes of room never used.
pub(super) fn unpack(bytes: &[u8], known: &Known) -> Result<(Vec<i64>, Vec<Report>), String> {
    let part: PartIn = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    if part.ids.len() != part.reports.len() {
        return Err("reports and files differ in number".into());
    }
    let mut files = vec![false; part.texts.len()];
    for p in &part.reports {
        if let Some(f) = files.get_mut(p.file as usize) {
            *f = true;
        }
    }
    let shared: Vec<Text> = {
        let mut known = known.lock().map_err(|e| e.to_string())?;
        part.texts
            .iter()
            .zip(files)
            .map(|(&s, file)| match known.get(s) {
                Some(t) => t.clone(),
                None if file => Text::from(s),
                None => {
                    let t = Text::from(s);
                    known.insert(t.clone());
                    t
                }
            })
            .collect()
    };
    let texts = Unpacker { texts: &shared };
    let mut reports = Vec::with_capacity(part.reports.len());
    for p in part.reports {
        let mut officials = Vec::with_capacity(p.officials.len());
        for m in p.officials {
            officials.push(Mention {
                name: texts.text(m.name)?,
                titles: texts.list(&m.titles)?,
                titles_expanded: texts.list(&m.titles_expanded)?.into_boxed_slice(),
                roles: m.roles,
                place: texts.opt(m.place)?,
            });
        }
        reports.push(Report {
            file: texts.text(p.file)?.into(),
            title: texts.opt(p.title)?,
            published: p.published,
            event_date: p.event_date,
            source: texts.opt(p.source)?,
            author: texts.opt(p.author)?,
            level: p.level,
            kind: texts.opt(p.kind)?,
            period: texts.opt(p.period)?,
            places: texts.list(&p.places)?,
            officials,
            documents: texts.list(&p.documents)?,
            figures: texts.list(&p.figures)?,
            movements: texts.list(&p.movements)?,
            captions: texts.list(&p.captions)?,
            body: Body::default(),
        });
    }
    Ok((part.ids, reports))
}

/// A part's distinct texts, handed out by number, shared.
struct Unpacker<'a> {
    texts: &'a [Text],
}

impl Unpacker<'_> {
    fn text(&self, i: u32) -> Result<Text, String> {
        self.texts
            .get(i as usize)
            .cloned()
            .ok_or_else(|| format!("text {i} is missing"))
    }

    /// The texts numbered in `list`, in a list of exactly their number.
    fn list(&self, list: &[u32]) -> Result<Vec<Text>, String> {
        let mut out = Vec::with_capacity(list.len());
        for &i in list {
            out.push(self.text(i)?);
        }
        Ok(out)
    }

    fn opt(&self, i: Option<u32>) -> Result<Option<Text>, String> {
        i.map(|i| self.text(i)).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    #[test]
    fn packed_reports_read_back_equal_without_their_bodies() {
        let mention = |name: &str, title: &str| Mention {
            name: name.into(),
            titles: vec![title.into(), "UVBTV Tỉnh ủy".into()],
            titles_expanded: [title.into(), "Ủy viên Ban Thường vụ Tỉnh ủy".into()].into(),
            roles: [Role::Chair, Role::Speaker].into(),
            place: Some("Nghệ An".into()),
        };
        let reports: Vec<Report> = (0..3)
            .map(|i| Report {
                file: format!("r{i}.txt"),
                title: (i != 1).then(|| format!("Giao ban công tác dân vận quý {i}").into()),
                event_date: Date::new(2024, 3, 12 + i as u8),
                source: Some("Báo Tuổi Trẻ".into()),
                level: Some(Level::Provincial),
                places: vec!["Nghệ An".into(), "Vinh".into()],
                officials: vec![
                    mention("Nguyễn Văn Bình", "Trưởng ban Dân vận Tỉnh ủy"),
                    Mention {
                        name: "Trần Thị Mai".into(),
                        ..Mention::default()
                    },
                ],
                figures: vec!["120 hộ".into()],
                captions: vec!["Quang cảnh hội nghị".into()],
                body: Body::new("Sáng 12-3, hội nghị."),
                ..Report::default()
            })
            .collect();
        let bytes = pack(&[7, 8, 9], &reports).unwrap();
        let (ids, back) = unpack(&bytes, &Known::default()).unwrap();
        assert_eq!(ids, [7, 8, 9]);
        for (a, b) in reports.iter().zip(&back) {
            assert_eq!(b.body.text(), "");
            let mut a = a.clone();
            a.body = Body::default();
            assert_eq!(&a, b);
        }
        // Shared texts are written once: "Nghệ An" appears in every report.
        let needle = "Nghệ An".as_bytes();
        let count = bytes.windows(needle.len()).filter(|w| *w == needle).count();
        assert_eq!(count, 1);
        // Lists read back hold no room beyond their items.
        for r in &back {
            assert_eq!(r.officials.capacity(), r.officials.len());
            assert_eq!(r.places.capacity(), r.places.len());
            for m in &r.officials {
                assert_eq!(m.titles.capacity(), m.titles.len());
            }
        }
        // Cut short, the bytes are refused, not misread.
        assert!(unpack(&bytes[..bytes.len() / 2], &Known::default()).is_err());
    }
}
