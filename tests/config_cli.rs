//! The config file through the real binary: a bad file is refused before
//! the screen is taken over, with the file, the line and the fix on stderr
//! and exit status 2; `--print-config` prints the settings in force.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_dvtui");

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/configs"
    ))
    .join(name)
}

/// dvtui with the config folder pointed at a place with no config in it.
fn dvtui(args: &[&std::ffi::OsStr]) -> Command {
    let mut c = Command::new(BIN);
    c.args(args)
        .env("XDG_CONFIG_HOME", fixture("no-such-folder"))
        .env_remove("NO_COLOR");
    c
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// Runs the app (and `--print-config`) with `file`: both must refuse it.
fn refused(file: &str) -> String {
    let path = fixture(file);
    for extra in [None, Some("--print-config")] {
        let mut args = vec!["--config".as_ref(), path.as_os_str()];
        args.extend(extra.map(std::ffi::OsStr::new));
        let out = dvtui(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{file}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{file}: wrote to stdout");
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{err}");
        // Refused before anything else: the terminal is never mentioned.
        assert!(!err.contains("not a terminal"), "{err}");
        assert!(
            err.starts_with(&format!("dvtui: {}, line ", path.display())),
            "{err}"
        );
        assert!(err.contains("fix that line"), "{err}");
    }
    stderr(
        &dvtui(&["--config".as_ref(), path.as_os_str()])
            .output()
            .unwrap(),
    )
}

#[test]
fn a_syntax_error_names_its_line() {
    let err = refused("syntax_error.toml");
    assert!(err.contains(", line 2:"), "{err}");
}

#[test]
fn an_unknown_action_is_named() {
    let err = refused("unknown_action.toml");
    assert!(err.contains(", line 5:"), "{err}");
    assert!(err.contains("\"zoom-in\""), "{err}");
}

#[test]
fn a_bad_key_spec_says_what_a_key_looks_like() {
    let err = refused("bad_key.toml");
    assert!(err.contains(", line 2:"), "{err}");
    assert!(err.contains("\"ctrl-\" is not a key"), "{err}");
    assert!(err.contains("ctrl-j"), "{err}");
}

#[test]
fn a_bad_colour_says_what_a_style_looks_like() {
    let err = refused("bad_colour.toml");
    assert!(err.contains(", line 4:"), "{err}");
    assert!(err.contains("\"glowing\" is not a colour"), "{err}");
}

#[test]
fn a_missing_config_named_on_the_command_line_is_refused() {
    let path = fixture("absent.toml");
    let out = dvtui(&["--config".as_ref(), path.as_os_str()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("absent.toml: cannot read it"), "{err}");
    assert!(err.contains("--config"), "{err}");
}

#[test]
fn the_config_folder_is_read_when_no_file_is_named() {
    let dir = std::env::temp_dir().join(format!("dvtui-config-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("dvtui")).unwrap();
    std::fs::copy(fixture("bad_key.toml"), dir.join("dvtui/config.toml")).unwrap();
    let out = Command::new(BIN)
        .arg("--print-config")
        .env("XDG_CONFIG_HOME", &dir)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("dvtui/config.toml, line 2"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn print_config_prints_the_defaults_merged_with_the_file() {
    let path = fixture("good.toml");
    let out = dvtui(&[
        "--config".as_ref(),
        path.as_os_str(),
        "--print-config".as_ref(),
    ])
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed = String::from_utf8(out.stdout).unwrap();
    let table: toml::Table = printed.parse().unwrap();
    assert_eq!(table["view"].as_str(), Some("positions"));
    assert_eq!(table["sort"].as_str(), Some("title"));
    assert_eq!(
        table["colors"]["selected"].as_str(),
        Some("black on yellow")
    );
    // What the file leaves out is printed with its default.
    assert_eq!(table["colors"]["highlight"].as_str(), Some("yellow bold"));
    assert_eq!(table["keys"]["open-pager"][0].as_str(), Some("ctrl-j"));
    assert_eq!(table["keys"]["open-editor"][0].as_str(), Some("f4"));
    let cols: Vec<_> = table["reports"]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(cols, ["title", "date"]);
    // The defaults alone, with NO_COLOR: attributes only.
    let out = dvtui(&["--print-config".as_ref()])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let table: toml::Table = String::from_utf8(out.stdout).unwrap().parse().unwrap();
    assert_eq!(table["colors"]["selected"].as_str(), Some("reverse"));
}
