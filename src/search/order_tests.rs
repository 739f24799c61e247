//! `Filter`: the date and title orders over filtered hits, and hits kept
//! from one keystroke to the next.

use super::{Catalog, Filter, Order, Subject};
use crate::model::{Date, Report};

fn report(title: &str, year: Option<u16>) -> Report {
    Report {
        file: format!("{title}.txt"),
        title: Some(title.into()),
        event_date: year.and_then(|y| Date::new(y, 1, 1)),
        ..Report::default()
    }
}

fn titles(catalog: &Catalog, f: &Filter) -> Vec<String> {
    f.hits()
        .iter()
        .filter_map(|h| {
            catalog.reports()[h.index]
                .title
                .as_deref()
                .map(String::from)
        })
        .collect()
}

#[test]
fn orders_by_date_and_title_and_keeps_the_order_for_new_queries() {
    let catalog = Catalog::from_reports(vec![
        report("Dân vận B", Some(2015)),
        report("dân vận a", None),
        report("Đân vận C", Some(2020)),
        report("Khác", Some(2010)),
    ]);
    let mut f = Filter::new(Subject::Reports);
    f.set_query(&catalog, "dan van");
    f.set_order(&catalog, Order::Newest);
    assert_eq!(
        titles(&catalog, &f),
        ["Đân vận C", "Dân vận B", "dân vận a"]
    );
    f.set_order(&catalog, Order::Oldest);
    assert_eq!(
        titles(&catalog, &f),
        ["Dân vận B", "Đân vận C", "dân vận a"]
    );
    f.set_order(&catalog, Order::Title);
    assert_eq!(f.order(), Order::Title);
    assert_eq!(
        titles(&catalog, &f),
        ["dân vận a", "Dân vận B", "Đân vận C"]
    );
    f.set_query(&catalog, "");
    assert_eq!(titles(&catalog, &f)[3], "Khác");
}

#[test]
fn appearances_stay_in_date_order_across_batches() {
    use crate::model::Mention;
    let seen = |title: &str, year: Option<u16>| Report {
        officials: vec![Mention {
            name: "Bùi Thị Minh Hoài".into(),
            ..Mention::default()
        }],
        ..report(title, year)
    };
    let mut catalog = Catalog::new();
    catalog.add_reports(vec![
        seen("a", Some(2020)),
        seen("b", None),
        seen("c", Some(2010)),
    ]);
    catalog.add_reports(vec![
        seen("d", Some(2015)),
        seen("e", None),
        seen("f", Some(2020)),
    ]);
    // One more: too few to sort on arrival; `settle` puts it in place.
    catalog.add_reports(vec![seen("g", Some(2012))]);
    catalog.settle();
    let order: Vec<&str> = catalog.officials()[0]
        .appearances
        .iter()
        .map(|a| catalog.report(a.report).title.as_deref().unwrap_or(""))
        .collect();
    // Newest first, equal dates in file order, undated last.
    assert_eq!(order, ["a", "f", "d", "g", "c", "b", "e"]);
}

#[test]
fn holders_are_in_date_order_once_settled() {
    use crate::model::Mention;
    let holder = |name: &str, year: u16| Report {
        officials: vec![Mention {
            name: name.into(),
            // Placed by its title: a post no report places is each report's own.
            titles: vec!["Trưởng ban Dân vận Tỉnh ủy Nghệ An".into()],
            ..Mention::default()
        }],
        ..report(name, Some(year))
    };
    let mut catalog = Catalog::new();
    catalog.add_reports(vec![
        holder("Lê Trí Vũ", 2020),
        holder("Bùi Thị Minh Hoài", 2015),
    ]);
    // A later batch moves Lê Trí Vũ's first date before hers.
    catalog.add_reports(vec![holder("Lê Trí Vũ", 2010)]);
    catalog.settle();
    let holders: Vec<&str> = catalog.positions()[0]
        .holders
        .iter()
        .map(|h| catalog.official(h.official).name.as_str())
        .collect();
    assert_eq!(holders, ["Lê Trí Vũ", "Bùi Thị Minh Hoài"]);
}

#[test]
fn typing_word_by_word_ranks_as_the_whole_query_typed_at_once() {
    use crate::model::Mention;
    let named = |title: &str, name: &str, place: &str| Report {
        officials: vec![Mention {
            name: name.into(),
            ..Mention::default()
        }],
        places: vec![place.into()],
        ..report(title, Some(2021))
    };
    let catalog = Catalog::from_reports(vec![
        named("Hội nghị dân vận khéo", "Nguyễn Thị Hoài", "Nghệ An"),
        named(
            "Tiếp xúc cử tri phường Hòa An",
            "Nguyễn Văn Thi",
            "Hải Phòng",
        ),
        named("Nguyễn Thị Hoa dự giao ban", "Lê Văn Tám", "Hà Nội"),
        named("Dân vận chính quyền", "Trần Thị Hoài", "Nghệ An"),
        named("Thăm hỏi gia đình chính sách", "Nguyễn Thị Hoài An", "Huế"),
    ]);
    let text = "nguyen thi hoai an";
    let mut typed = Filter::new(Subject::Reports);
    for end in (1..=text.len()).chain((1..text.len()).rev()) {
        let now = &text[..end];
        typed.set_query(&catalog, now);
        let mut fresh = Filter::new(Subject::Reports);
        fresh.set_query(&catalog, now);
        assert_eq!(typed.hits(), fresh.hits(), "after typing {now:?}");
    }
    // The last word changed, then a word added, after a return to earlier text.
    for now in ["nguyen thi hoa", "nguyen thi hoa an", "nguyen thi hoa !an"] {
        typed.set_query(&catalog, now);
        let mut fresh = Filter::new(Subject::Reports);
        fresh.set_query(&catalog, now);
        assert_eq!(typed.hits(), fresh.hits(), "after typing {now:?}");
    }
}

#[test]
fn spaces_that_ask_nothing_new_keep_the_hits_and_their_order() {
    let catalog = Catalog::from_reports(vec![
        report("Dân vận khéo ở xã Tân Lập", Some(2021)),
        report("Giao ban dân vận quý III", Some(2023)),
        report("Vận động nhân dân hiến đất", None),
        report("Khác", Some(2010)),
    ]);
    let texts = [
        "dan",
        "dan ",
        "dan  ",
        "dan  v",
        "dan  va",
        "dan  van ",
        "dan  va",
        "dan  ",
        "dan ",
        "dan",
        " dan",
    ];
    for order in [Order::Relevance, Order::Newest] {
        let mut typed = Filter::new(Subject::Reports);
        typed.set_order(&catalog, order);
        for now in texts {
            // Only the first hit ordered at once, the rest on demand.
            typed.set_query_top(&catalog, now, 1);
            typed.complete(&catalog);
            let mut fresh = Filter::new(Subject::Reports);
            fresh.set_order(&catalog, order);
            fresh.set_query(&catalog, now);
            assert_eq!(typed.hits(), fresh.hits(), "after typing {now:?}");
            assert_eq!(typed.query(), now);
        }
    }
}
