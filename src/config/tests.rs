use super::*;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::{Color, Modifier};

fn read(text: &str) -> Result<Config, ConfigError> {
    parse(text, Path::new("/home/u/.config/dvtui/config.toml"))
}

#[test]
fn an_empty_file_is_the_defaults() {
    assert_eq!(read("").unwrap(), Config::default());
}

#[test]
fn every_setting_is_read() {
    let c = read(
        r#"
view = "officials"
sort = "newest"

[reports]
columns = ["title", "date"]

[colors]
highlight = "magenta underline"
selected = "reverse"

[keys]
open-pager = "ctrl-j"
next-view = ["f6", "tab"]
"#,
    )
    .unwrap();
    assert_eq!(c.view, View::Officials);
    assert_eq!(c.order, Order::Newest);
    assert_eq!(
        c.report_columns,
        vec![ReportColumn::Title, ReportColumn::Date]
    );
    let t = c.theme(true);
    assert_eq!(
        t.matched,
        Style::new()
            .fg(Color::Magenta)
            .add_modifier(Modifier::UNDERLINED)
    );
    assert_eq!(t.selected, Style::new().add_modifier(Modifier::REVERSED));
    // Entries the file leaves out keep their defaults.
    assert_eq!(t.header, theme::COLOR.header);
    assert!(c.keys.contains(&(
        Command::OpenPager,
        vec![(KeyCode::Char('j'), KeyModifiers::CONTROL)]
    )));
    assert!(c.keys.contains(&(
        Command::NextView,
        vec![
            (KeyCode::F(6), KeyModifiers::NONE),
            (KeyCode::Tab, KeyModifiers::NONE)
        ]
    )));
}

#[test]
fn no_color_keeps_only_the_attributes_of_the_files_colours() {
    let c = read("[colors]\nhighlight = \"yellow bold\"\nselected = \"on blue\"\n").unwrap();
    let t = c.theme(false);
    assert_eq!(t.matched, Style::new().add_modifier(Modifier::BOLD));
    // Nothing but a colour: the plain theme's entry stays.
    assert_eq!(t.selected, theme::PLAIN.selected);
}

#[test]
fn errors_name_the_line_and_what_is_wrong() {
    let cases = [
        ("view = \"reports\"\nsort = \"newst\"\n", 2, "newst"),
        ("[keys]\n\nopen = \"ctrl-\"\n", 3, "not a key"),
        (
            "[keys]\nopne = \"ctrl-j\"\n",
            2,
            "no action is called \"opne\"",
        ),
        ("[colors]\nselected = \"purplish\"\n", 2, "not a colour"),
        ("[colors]\nselection = \"bold\"\n", 2, "no colour is called"),
        ("colour = 1\n", 1, "unknown field"),
        ("view = \"reports\n", 1, ""),
        ("[reports]\ncolumns = [\"date\", \"size\"]\n", 2, "size"),
        ("[reports]\ncolumns = []\n", 2, "at least one"),
        ("[keys]\nopen = \"f6\"\nhelp = \"f6\"\n", 3, "both"),
    ];
    for (text, line, words) in cases {
        let e = read(text).expect_err(text);
        assert_eq!(e.line, Some(line), "{text:?}: {e}");
        let shown = e.to_string();
        assert!(shown.contains(words), "{text:?}: {shown}");
        assert!(
            shown.starts_with("/home/u/.config/dvtui/config.toml, line "),
            "{shown}"
        );
        assert!(shown.contains("--print-config"), "{shown}");
    }
}

#[test]
fn the_printed_config_reads_back_as_the_same_settings() {
    let c = read(
        "view = \"positions\"\nsort = \"title\"\n[reports]\ncolumns = [\"person\", \"title\"]\n\
         [colors]\ndim = \"darkgray italic\"\n[keys]\nhelp = [\"f10\", \"?\"]\n",
    )
    .unwrap();
    let printed = c.to_toml(true);
    let again = read(&printed).unwrap_or_else(|e| panic!("{e}\n{printed}"));
    assert_eq!(again.view, c.view);
    assert_eq!(again.order, c.order);
    assert_eq!(again.report_columns, c.report_columns);
    assert_eq!(again.theme(true).dim, c.theme(true).dim);
    let keymap = |c: &Config| {
        let mut k = crate::app::Keymap::default();
        for (command, keys) in &c.keys {
            k.rebind(*command, keys);
        }
        let mut all: Vec<String> = k
            .bindings()
            .iter()
            .map(|b| {
                format!(
                    "{} {:?} {:?}",
                    key_spec((b.code, b.mods)),
                    b.command,
                    b.when
                )
            })
            .collect();
        all.sort();
        all
    };
    assert_eq!(keymap(&again), keymap(&c));
    // The defaults print every action with its keys.
    let defaults = Config::default().to_toml(true);
    assert!(defaults.contains("open-pager = [\"f3\"]"), "{defaults}");
    assert!(
        defaults.contains("up = [\"up\", \"ctrl-p\", \"k\"]"),
        "{defaults}"
    );
}

#[test]
fn a_missing_default_file_is_the_defaults_but_a_named_one_is_an_error() {
    let e = load(Some(Path::new("/nonexistent/dvtui.toml"))).unwrap_err();
    assert!(e.to_string().contains("cannot read it"), "{e}");
}
