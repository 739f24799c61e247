//! Reports packed for a saved catalog (see `snapshot`): a part's distinct
//! texts are written once and the reports name them by number. Names,
//! titles, places, sources and phrases repeat across thousands of reports,
//! so a part is several times smaller than the reports written out, and
//! reads back faster. Bodies are not packed: they stay in the store.

use crate::model::{Body, Date, Level, Mention, Report, Role, Roles, Text};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

/// A mention, its texts by number.
#[derive(Serialize)]
struct PackedMention {
    name: u32,
    titles: Vec<u32>,
    titles_expanded: Vec<u32>,
    roles: Roles,
    place: Option<u32>,
}

/// A report without its body and its file's name, its texts by number.
#[derive(Serialize)]
struct PackedReport {
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
    people: Vec<PackedMention>,
    documents: Vec<u32>,
    figures: Vec<u32>,
    movements: Vec<u32>,
    captions: Vec<u32>,
}

/// One part as written: the reports' file ids, their files' names (each
/// a report's own, so not among the shared texts), the distinct texts,
/// and the reports. Read back by `unpack`, field by field in this order.
/// The names, and the texts, are written one after the other as one
/// string with their lengths apart: read back, the one string is checked
/// to be UTF-8 at once, in bulk, where hundreds of thousands of short
/// strings were each checked on their own, a letter at a time.
#[derive(Serialize)]
struct PartOut<'a> {
    ids: &'a [i64],
    files: Run,
    texts: Run,
    reports: Vec<PackedReport>,
}

/// Strings one after the other, and the length of each.
#[derive(Default, Serialize)]
struct Run {
    text: String,
    lens: Vec<u32>,
}

impl Run {
    fn of<'a>(list: impl IntoIterator<Item = &'a str>) -> Run {
        let mut run = Run::default();
        for s in list {
            run.text.push_str(s);
            run.lens.push(s.len() as u32);
        }
        run
    }
}

/// Numbers each distinct text of a part, and counts its uses.
#[derive(Default)]
struct Texts<'a> {
    ids: FxHashMap<&'a str, u32>,
    list: Vec<&'a str>,
    uses: Vec<u32>,
}

impl<'a> Texts<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        let next = self.list.len() as u32;
        let id = *self.ids.entry(s).or_insert_with(|| {
            self.list.push(s);
            self.uses.push(0);
            next
        });
        self.uses[id as usize] += 1;
        id
    }

    fn ids(&mut self, list: &'a [Text]) -> Vec<u32> {
        list.iter().map(|s| self.id(s)).collect()
    }

    fn opt(&mut self, s: Option<&'a Text>) -> Option<u32> {
        s.map(|s| self.id(s))
    }

    /// The texts most used first, and each text's new number by its old:
    /// a number below 128 is written in one byte and one below 16,384 in
    /// two, so the numbers written most take the fewest bytes, and read
    /// back the fastest.
    fn by_use(self) -> (Vec<&'a str>, Vec<u32>) {
        let mut order: Vec<u32> = (0..self.list.len() as u32).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.uses[i as usize]));
        let mut new = vec![0; order.len()];
        for (n, &old) in order.iter().enumerate() {
            new[old as usize] = n as u32;
        }
        let list = order.iter().map(|&i| self.list[i as usize]).collect();
        (list, new)
    }
}

impl PackedReport {
    /// Numbers every text anew: `new[old]`.
    fn renumber(&mut self, new: &[u32]) {
        let one = |i: &mut u32| *i = new[*i as usize];
        let all = |list: &mut Vec<u32>| list.iter_mut().for_each(one);
        for i in [
            &mut self.title,
            &mut self.source,
            &mut self.author,
            &mut self.kind,
            &mut self.period,
        ]
        .into_iter()
        .flatten()
        {
            one(i);
        }
        for m in self.officials.iter_mut().chain(&mut self.people) {
            one(&mut m.name);
            all(&mut m.titles);
            all(&mut m.titles_expanded);
            m.place.iter_mut().for_each(one);
        }
        for list in [
            &mut self.places,
            &mut self.documents,
            &mut self.figures,
            &mut self.movements,
            &mut self.captions,
        ] {
            all(list);
        }
    }
}

/// Packs `reports`, whose files have the ids `ids`.
pub(super) fn pack<'a>(
    ids: &[i64],
    reports: impl IntoIterator<Item = &'a Report>,
) -> Result<Vec<u8>, postcard::Error> {
    let mut texts = Texts::default();
    let mut files = Vec::new();
    let mut packed: Vec<PackedReport> = reports
        .into_iter()
        .map(|r| {
            files.push(r.file.as_str());
            pack_report(&mut texts, r)
        })
        .collect();
    let (texts, new) = texts.by_use();
    for p in &mut packed {
        p.renumber(&new);
    }
    postcard::to_stdvec(&PartOut {
        ids,
        files: Run::of(files),
        texts: Run::of(texts),
        reports: packed,
    })
}

fn pack_report<'a>(t: &mut Texts<'a>, r: &'a Report) -> PackedReport {
    // Every field named, so that a new one cannot be left out silently.
    let Report {
        file: _,
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
        people,
        documents,
        figures,
        movements,
        captions,
        body: _,
    } = r;
    let officials = officials.iter().map(|m| pack_mention(t, m)).collect();
    let people = people.iter().map(|m| pack_mention(t, m)).collect();
    PackedReport {
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
        people,
        documents: t.ids(documents),
        figures: t.ids(figures),
        movements: t.ids(movements),
        captions: t.ids(captions),
    }
}

fn pack_mention<'a>(t: &mut Texts<'a>, m: &'a Mention) -> PackedMention {
    // Every field named, so that a new one cannot be left out silently.
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
}

/// The texts of the parts read so far, each held once: a name or a title
/// recurs across parts as well as within one.
pub(super) type Known = std::sync::Mutex<FxHashSet<Text>>;

/// Reads a packed part back: the reports (with empty bodies) and their
/// files' ids. An error says why the bytes do not read. The part's texts
/// are taken from `known` when another part had them already, and added
/// to it otherwise.
///
/// Read straight from the bytes into the reports (see `Reader`), with no
/// packed report made first: the lists of numbers a generic decoding
/// would allocate per report and mention, only to be read once and freed,
/// were as many allocations again as the reports' own.
///
/// Every list is made at its exact length: the reports of a saved catalog
/// are kept for as long as the app runs, and a list collected through a
/// fallible iterator starts from room for four and doubles (a mention's
/// one title would take the room of four), which on 100,000 reports was
/// tens of megabytes of room never used.
pub(super) fn unpack(bytes: &[u8], known: &Known) -> Result<(Vec<i64>, Vec<Report>), String> {
    read_part(bytes, known).map_err(|Bad(why)| why.to_string())
}

fn read_part(bytes: &[u8], known: &Known) -> Result<(Vec<i64>, Vec<Report>), Bad> {
    const MISMATCH: Bad = Bad("reports and files differ in number");
    let mut r = Reader { bytes };
    let count = r.len()?;
    let mut ids = Vec::with_capacity(count);
    for _ in 0..count {
        ids.push(r.i64()?);
    }
    let names = r.run()?;
    if names.len() != count {
        return Err(MISMATCH);
    }
    let texts = r.run()?;
    let shared: Vec<Text> = {
        let mut known = known
            .lock()
            .map_err(|_| Bad("the texts read so far are lost"))?;
        texts
            .iter()
            .map(|&s| match known.get(s) {
                Some(t) => t.clone(),
                None => {
                    let t = Text::from(s);
                    known.insert(t.clone());
                    t
                }
            })
            .collect()
    };
    drop(texts);
    if r.len()? != count {
        return Err(MISMATCH);
    }
    let mut reports = Vec::with_capacity(count);
    for name in names {
        reports.push(r.report(name, &shared)?);
    }
    Ok((ids, reports))
}

/// Why a part does not read: a message made once, when the part is
/// refused, not carried through every number read.
struct Bad(&'static str);

/// Why bytes that end too soon are refused.
const CUT_SHORT: Bad = Bad("the part ends too soon");

/// The bytes of a packed part not yet read, read in the order and the
/// encoding `postcard` writes `PartOut` in: an unsigned number as a
/// varint (seven bits a byte, low first), a signed one zigzagged first, a
/// length as an unsigned number, an option as a byte 0 or 1 before its
/// value, an enum as the number of its variant, a string as its length
/// and its bytes. Texts are read borrowed, not copied.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, Bad> {
        let (&b, rest) = self.bytes.split_first().ok_or(CUT_SHORT)?;
        self.bytes = rest;
        Ok(b)
    }

    /// A varint of a number of `bits` bits: refused, as `postcard` refuses
    /// it, when it runs longer than such a number needs or its last byte
    /// holds more bits than are left.
    #[cold]
    #[inline(never)]
    fn varint(&mut self, bits: u32) -> Result<u64, Bad> {
        let most = bits.div_ceil(7);
        let mut n: u64 = 0;
        for i in 0..most {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << (7 * i);
            if b & 0x80 == 0 {
                if i == most - 1 && u32::from(b) >> (bits - 7 * i) != 0 {
                    break;
                }
                return Ok(n);
            }
        }
        Err(Bad("a number is too large"))
    }

    /// A number below 2^14 in its one or two bytes (texts are numbered
    /// most used first, so most are), others through `varint`.
    #[inline]
    fn u32(&mut self) -> Result<u32, Bad> {
        match *self.bytes {
            [b, ref rest @ ..] if b < 0x80 => {
                self.bytes = rest;
                Ok(u32::from(b))
            }
            [b, c, ref rest @ ..] if c < 0x80 => {
                self.bytes = rest;
                Ok(u32::from(b & 0x7f) | u32::from(c) << 7)
            }
            _ => self.varint(32).map(|n| n as u32),
        }
    }

    fn i64(&mut self) -> Result<i64, Bad> {
        let n = self.varint(64)?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    /// A length of a list, at most the bytes left: every item takes one
    /// at least, so a length that says more is refused before room for it
    /// is taken.
    #[inline]
    fn len(&mut self) -> Result<usize, Bad> {
        let n = match *self.bytes {
            [b, ref rest @ ..] if b < 0x80 => {
                self.bytes = rest;
                u64::from(b)
            }
            _ => self.varint(64)?,
        };
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= self.bytes.len())
            .ok_or(CUT_SHORT)
    }

    fn str(&mut self) -> Result<&'a str, Bad> {
        let n = self.len()?;
        let (text, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        // Checked in bulk: the texts of a part are mostly letters outside
        // ASCII, which the standard check takes one at a time.
        simdutf8::basic::from_utf8(text).map_err(|_| Bad("a text is not UTF-8"))
    }

    /// Strings written one after the other (see `Run`).
    fn run(&mut self) -> Result<Vec<&'a str>, Bad> {
        let text = self.str()?;
        let n = self.len()?;
        let mut out = Vec::with_capacity(n);
        let mut at = 0;
        for _ in 0..n {
            let end = at + self.u32()? as usize;
            // `get` refuses an end inside a letter, as well as past the text.
            out.push(text.get(at..end).ok_or(Bad("a text is cut short"))?);
            at = end;
        }
        if at != text.len() {
            return Err(Bad("texts and their lengths differ"));
        }
        Ok(out)
    }

    /// Whether an option holds a value.
    #[inline]
    fn some(&mut self) -> Result<bool, Bad> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Bad("an option's tag is neither 0 nor 1")),
        }
    }

    #[inline]
    fn text(&mut self, texts: &[Text]) -> Result<Text, Bad> {
        let i = self.u32()?;
        texts
            .get(i as usize)
            .cloned()
            .ok_or(Bad("a text is missing"))
    }

    fn opt_text(&mut self, texts: &[Text]) -> Result<Option<Text>, Bad> {
        Ok(if self.some()? {
            Some(self.text(texts)?)
        } else {
            None
        })
    }

    /// A list of texts by number, in a list of exactly their number.
    fn texts(&mut self, texts: &[Text]) -> Result<Vec<Text>, Bad> {
        let n = self.len()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(self.text(texts)?);
        }
        Ok(out)
    }

    fn date(&mut self) -> Result<Option<Date>, Bad> {
        if !self.some()? {
            return Ok(None);
        }
        // As `Date` writes itself to a binary format.
        let n = self.u32()?;
        let (y, m, d) = ((n >> 9) as u16, ((n >> 5) & 15) as u8, (n & 31) as u8);
        Date::new(y, m, d).map(Some).ok_or(Bad("not a date"))
    }

    fn level(&mut self) -> Result<Option<Level>, Bad> {
        if !self.some()? {
            return Ok(None);
        }
        let i = self.u32()?;
        Level::ALL
            .get(i as usize)
            .copied()
            .map(Some)
            .ok_or(Bad("no such level"))
    }

    fn roles(&mut self) -> Result<Roles, Bad> {
        let mut roles = Roles::new();
        for _ in 0..self.len()? {
            let i = self.u32()?;
            roles.insert(*Role::ALL.get(i as usize).ok_or(Bad("no such role"))?);
        }
        Ok(roles)
    }

    /// A count, then that many mentions.
    fn mentions(&mut self, texts: &[Text]) -> Result<Vec<Mention>, Bad> {
        let n = self.len()?;
        let mut mentions = Vec::with_capacity(n);
        for _ in 0..n {
            mentions.push(self.mention(texts)?);
        }
        Ok(mentions)
    }

    fn mention(&mut self, texts: &[Text]) -> Result<Mention, Bad> {
        Ok(Mention {
            name: self.text(texts)?,
            titles: self.texts(texts)?,
            titles_expanded: self.texts(texts)?.into_boxed_slice(),
            roles: self.roles()?,
            place: self.opt_text(texts)?,
        })
    }

    /// The report of the file named `file`, its fields in `PackedReport`'s
    /// order.
    fn report(&mut self, file: &str, texts: &[Text]) -> Result<Report, Bad> {
        let title = self.opt_text(texts)?;
        let published = self.date()?;
        let event_date = self.date()?;
        let source = self.opt_text(texts)?;
        let author = self.opt_text(texts)?;
        let level = self.level()?;
        let kind = self.opt_text(texts)?;
        let period = self.opt_text(texts)?;
        let places = self.texts(texts)?;
        let officials = self.mentions(texts)?;
        let people = self.mentions(texts)?;
        Ok(Report {
            file: file.to_string(),
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
            people,
            documents: self.texts(texts)?,
            figures: self.texts(texts)?,
            movements: self.texts(texts)?,
            captions: self.texts(texts)?,
            body: Body::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    #[test]
    fn levels_and_roles_are_read_by_the_numbers_written_for_them() {
        // The reader takes a variant's number as its place in `ALL`.
        for (i, level) in Level::ALL.iter().enumerate() {
            assert_eq!(postcard::to_allocvec(level).unwrap(), [i as u8]);
        }
        for (i, role) in Role::ALL.iter().enumerate() {
            assert_eq!(postcard::to_allocvec(role).unwrap(), [i as u8]);
        }
    }

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
                level: Some([Level::Provincial, Level::Commune, Level::Central][i as usize]),
                places: vec!["Nghệ An".into(), "Vinh".into()],
                officials: vec![
                    mention("Nguyễn Văn Bình", "Trưởng ban Dân vận Tỉnh ủy"),
                    Mention {
                        name: "Trần Thị Mai".into(),
                        ..Mention::default()
                    },
                ],
                people: vec![Mention {
                    name: "Hoàng Văn Lực".into(),
                    roles: [Role::Speaker].into(),
                    ..Mention::default()
                }],
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
            assert_eq!(r.people.len(), 1);
            assert_eq!(r.places.capacity(), r.places.len());
            for m in &r.officials {
                assert_eq!(m.titles.capacity(), m.titles.len());
            }
        }
        // Cut short, the bytes are refused, not misread.
        assert!(unpack(&bytes[..bytes.len() / 2], &Known::default()).is_err());
    }
}
