//! The real binary in tmux: keys in with send-keys, the screen read back
//! with capture-pane, as a person would use it. Without tmux these tests
//! say why on stderr and pass; under CI (`CI` set) a missing tmux fails.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::io::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

/// Whether tmux can run; without it, prints why `test` is skipped, unless
/// `CI` is set, where a missing tmux is a failure (`.ci/run` installs it).
fn have_tmux(test: &str) -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{test}: tmux is not installed, and CI is set: the end-to-end layer must run (apt-get install tmux)"
        );
        // Straight to stderr, not `eprintln!`: the test harness captures
        // the macros' output of passing tests, and a skip must be seen.
        let _ = writeln!(
            std::io::stderr(),
            "skipped {test}: tmux is not installed (install tmux to run the end-to-end tests)"
        );
    }
    found
}

/// A tmux command for the server on socket `socket`.
fn tmux(socket: &str) -> Command {
    let mut command = Command::new("tmux");
    command.args(["-L", socket]);
    command
}

/// A tmux session on a server of its own (its own socket, `-L`), killed
/// with its state folder when dropped. A server per test: tests run at
/// once, and a shared server that exits as one test kills the last
/// session refuses the next test's `new-session`.
struct Tmux(String);

impl Tmux {
    /// A new session for test `test`, or `None` (the skip said why) when
    /// tmux is not installed.
    fn start(test: &str) -> Option<Tmux> {
        if !have_tmux(test) {
            return None;
        }
        let name = format!("dvtui-{test}-{}", std::process::id());
        // Query history goes to a folder of the test's own, not the user's,
        // and the user's config file is not read.
        let state = std::env::temp_dir().join(format!("{name}-state"));
        let env = format!("XDG_STATE_HOME={}", state.display());
        let config = format!("XDG_CONFIG_HOME={}", state.join("config").display());
        let ok = tmux(&name)
            .args([
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                "160",
                "-y",
                "45",
                "-e",
                &env,
                "-e",
                &config,
                "sh",
            ])
            .status()
            .expect("tmux is installed (.ci/run installs it)");
        assert!(ok.success());
        Some(Tmux(name))
    }

    /// A tmux command addressed to this session's own server.
    fn command(&self) -> Command {
        tmux(&self.0)
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            let st = self
                .command()
                .args(["send-keys", "-t", &self.0, k])
                .status()
                .expect("send-keys");
            assert!(st.success());
            // Esc followed at once by another key reads as Alt-key; a pause keeps them apart.
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    fn text(&self, text: &str) {
        let st = self
            .command()
            .args(["send-keys", "-t", &self.0, "-l", text])
            .status()
            .expect("send-keys");
        assert!(st.success());
        std::thread::sleep(Duration::from_millis(150));
    }

    fn screen(&self) -> String {
        let out = self
            .command()
            .args(["capture-pane", "-p", "-t", &self.0])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until `pred` holds for the screen, or fails showing it.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // tmux leaves its socket file behind when the server exits.
        let socket = self
            .command()
            .args(["display-message", "-p", "#{socket_path}"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
        let _ = self.command().arg("kill-server").status();
        if let Ok(socket) = socket.as_deref() {
            if !socket.is_empty() {
                let _ = std::fs::remove_file(socket);
            }
        }
        let _ = std::fs::remove_dir_all(std::env::temp_dir().join(format!("{}-state", self.0)));
    }
}

const BIN: &str = env!("CARGO_BIN_EXE_dvtui");

fn list_rows(screen: &str) -> usize {
    screen
        .lines()
        .filter_map(|l| l.strip_prefix('│'))
        .map(|l| l.trim_start_matches(['▌', ' ']))
        .filter(|l| l.starts_with("20") || l.starts_with("????"))
        .count()
}

#[test]
fn browse_the_sample_filter_switch_views_and_quit() {
    let Some(t) = Tmux::start("browse") else {
        return;
    };
    t.text(&format!("{BIN}; echo exited-$?"));
    t.keys(&["Enter"]);
    t.wait_for("five reports", |s| {
        s.contains("[Reports 5/5]") && list_rows(s) == 5
    });
    t.text("giao ban");
    let s = t.wait_for("one report", |s| s.contains("[Reports 1/5]"));
    assert_eq!(list_rows(&s), 1);
    assert!(s.contains("2012-06-28"), "{s}");
    t.keys(&["Escape"]);
    t.wait_for("five again", |s| {
        s.contains("[Reports 5/5]") && list_rows(s) == 5
    });
    t.keys(&["Tab"]);
    t.wait_for("officials view", |s| s.contains("[Officials"));
    t.text("le tri vu");
    let s = t.wait_for("Lê Trí Vũ", |s| s.contains("Lê Trí Vũ  2 reports"));
    assert!(s.contains("Trưởng Ban Dân vận Thành ủy"), "{s}");
    t.keys(&["Enter"]);
    t.wait_for("his reports", |s| {
        s.contains("newest first (Enter opens)")
            && s.contains("2021-07-13")
            && s.contains("2023-02-22")
    });
    t.keys(&["Escape"]);
    t.wait_for("back in the list, the query kept", |s| {
        s.contains("[Officials 1/") && s.contains("le tri vu")
    });
    t.keys(&["Escape"]);
    t.wait_for("officials unfiltered", |s| {
        s.contains("[Officials") && !s.contains("le tri vu")
    });
    t.text("hoai");
    let s = t.wait_for("Bùi Thị Minh Hoài", |s| s.contains("Bùi Thị Minh Hoài"));
    assert!(s.contains("Bí thư Trung ương Đảng"), "{s}");
    t.keys(&["C-c"]);
    t.wait_for("the shell again", |s| s.contains("exited-130"));
    t.text("echo answered-$((40+2))");
    t.keys(&["Enter"]);
    t.wait_for("the shell answers", |s| s.contains("answered-42"));
}

/// Starts dvtui on the sample in `t` (`args` before the paths), then
/// waits for its five reports.
fn start_app(t: &Tmux, args: &str) {
    t.text(&format!("{BIN} {args}; echo exited-$?"));
    t.keys(&["Enter"]);
    t.wait_for("five reports", |s| s.contains("[Reports 5/5]"));
}

#[test]
fn esc_twice_after_a_query_keeps_the_app_open() {
    let Some(t) = Tmux::start("esc") else {
        return;
    };
    start_app(&t, "");
    t.text("giao ban");
    t.wait_for("one report", |s| s.contains("[Reports 1/5]"));
    t.keys(&["Escape", "Escape"]);
    let s = t.wait_for("the question", |s| s.contains("Esc again to quit"));
    assert!(s.contains("[Reports 5/5]"), "{s}");
    t.keys(&["Down"]);
    t.wait_for("the question gone", |s| !s.contains("Esc again to quit"));
    assert!(!t.screen().contains("exited-"));
    t.keys(&["C-q"]);
    t.wait_for("the shell again", |s| s.contains("exited-0"));
}

#[test]
fn plain_and_field_queries_find_hai_phong_and_ctrl_u_clears() {
    let Some(t) = Tmux::start("haiphong") else {
        return;
    };
    start_app(&t, "");
    t.text("hai phong");
    let s = t.wait_for("the Hải Phòng reports", |s| s.contains("[Reports 2/5]"));
    assert!(s.contains("Hải Phòng"), "{s}");
    t.keys(&["C-u"]);
    t.wait_for("the line cleared", |s| s.contains("[Reports 5/5]"));
    t.text("at:\"hai phong\"");
    t.wait_for("the Hải Phòng reports by place", |s| {
        s.contains("[Reports 2/5]") && s.contains("at:\"hai phong\"")
    });
    t.keys(&["C-u"]);
    let s = t.wait_for("the line cleared", |s| s.contains("[Reports 5/5]"));
    assert!(!s.contains("hai phong"), "{s}");
    t.keys(&["C-q"]);
}

#[test]
fn decomposed_input_matches() {
    use unicode_normalization::UnicodeNormalization;
    let Some(t) = Tmux::start("nfd") else {
        return;
    };
    start_app(&t, "");
    t.keys(&["Tab"]);
    t.text(&"Nguyễn Đức".nfd().collect::<String>());
    let s = t.wait_for("Nguyễn Đức Thọ", |s| s.contains("[Officials 1/"));
    assert!(s.contains("Nguyễn Đức Thọ"), "{s}");
    t.keys(&["C-q"]);
}

/// Starts dvtui under `sh`, sends it `signal`, and checks the shell sees
/// exit status `status` on the main screen with the terminal out of raw mode.
fn signal_restores_the_terminal(test: &str, signal: &str, status: u8) {
    let Some(t) = Tmux::start(test) else {
        return;
    };
    let pidfile = std::env::temp_dir().join(format!("dvtui-e2e-{test}-{}.pid", std::process::id()));
    let _ = std::fs::remove_file(&pidfile);
    t.text(&format!(
        "sh -c 'echo $$ > {}; exec {BIN}'; echo after-signal-$?",
        pidfile.display()
    ));
    t.keys(&["Enter"]);
    t.wait_for("the app", |s| s.contains("[Reports 5/5]"));
    let pid = std::fs::read_to_string(&pidfile).expect("pid file");
    let st = Command::new("kill")
        .args([&format!("-{signal}"), pid.trim()])
        .status()
        .expect("kill");
    assert!(st.success());
    let after = format!("after-signal-{status}");
    let s = t.wait_for("the main screen", |s| s.contains(&after));
    assert!(!s.contains("[Reports"), "alternate screen left on:\n{s}");
    t.text("stty -a | tr ' ' '\\n' | grep -c -x icanon");
    t.keys(&["Enter"]);
    let s = t.wait_for("stty", |s| {
        s.lines().any(|l| l.trim() == "1" || l.trim() == "0")
    });
    assert!(
        s.lines().any(|l| l.trim() == "1"),
        "terminal left in raw mode:\n{s}"
    );
    let _ = std::fs::remove_file(&pidfile);
}

#[test]
fn sigint_restores_the_terminal_with_status_130() {
    signal_restores_the_terminal("int", "INT", 130);
}

#[test]
fn open_a_position_its_holder_and_one_of_their_reports() {
    let Some(t) = Tmux::start("position") else {
        return;
    };
    t.text(&format!("{BIN}; echo exited-$?"));
    t.keys(&["Enter"]);
    t.wait_for("the app", |s| s.contains("[Reports 5/5]"));
    t.keys(&["Tab", "Tab"]);
    t.wait_for("positions view", |s| s.contains("[Positions"));
    t.text("truong ban dan van thanh uy");
    t.wait_for("the post in Hải Phòng", |s| {
        s.contains("Trưởng Ban Dân vận Thành ủy  Hải Phòng")
    });
    t.keys(&["Enter"]);
    t.wait_for("its holders", |s| {
        s.contains("Holders (Enter opens) 1") && s.contains("Lê Trí Vũ 2021-07-13")
    });
    t.keys(&["Enter"]);
    t.wait_for("the holder as an official", |s| {
        s.contains("[Officials") && s.contains("Career") && s.contains("Hải Phòng")
    });
    t.keys(&["Enter"]);
    t.wait_for("his reports", |s| {
        s.contains("newest first (Enter opens) 1/2")
    });
    t.keys(&["Down"]);
    t.wait_for("the older report", |s| {
        s.contains("newest first (Enter opens) 2/2")
    });
    t.keys(&["Enter"]);
    let s = t.wait_for("that report", |s| {
        s.contains("[Reports") && s.contains("Event: 2021-07-13")
    });
    assert!(s.contains("Lê Trí Vũ"), "{s}");
    // The report's officials: a cursor on the first, Enter opens it.
    t.keys(&["Enter"]);
    t.wait_for("the cursor on its officials", |s| {
        s.contains("Officials (Enter opens)") && s.contains("▌ ")
    });
    t.keys(&["n", "p", "Enter"]);
    t.wait_for("that official", |s| {
        s.contains("[Officials") && s.contains("Reports, newest first (Enter opens)")
    });
    t.keys(&["C-q"]);
    t.wait_for("the shell again", |s| s.contains("exited-0"));
}

#[test]
fn sigterm_restores_the_terminal_with_status_143() {
    signal_restores_the_terminal("term", "TERM", 143);
}

#[test]
fn not_a_terminal_suggests_export() {
    let out = Command::new(BIN).output().expect("run dvtui");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dvtui export"));
}

/// A fresh folder under the system's temp dir for one test.
fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("dvtui-e2e-{name}-"))
        .tempdir()
        .expect("temp dir")
}

/// One short report written for these tests.
const REPORT: &str = "Hội nghị giao ban công tác dân vận quý II\n\n\
Sáng 12/4/2024, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý II. \
Đồng chí Trần Văn Bình, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.\n";

#[test]
fn osc52_copy_reaches_the_tmux_buffer() {
    let Some(t) = Tmux::start("osc52") else {
        return;
    };
    let st = t
        .command()
        .args(["set", "-g", "set-clipboard", "on"])
        .status()
        .expect("tmux set");
    assert!(st.success());
    start_app(&t, "");
    t.text("giao ban");
    t.wait_for("one report", |s| s.contains("[Reports 1/5]"));
    t.keys(&["C-y"]);
    t.wait_for("the message", |s| s.contains("copied the name"));
    let out = t
        .command()
        .args(["show-buffer"])
        .output()
        .expect("show-buffer");
    let buffer = String::from_utf8_lossy(&out.stdout);
    assert!(buffer.contains("giao ban"), "buffer: {buffer:?}");
    t.keys(&["C-q"]);
}

#[test]
fn f3_opens_the_report_in_the_pager_and_comes_back() {
    let d_dir = scratch("pager");
    let d = d_dir.path();
    let report = d.join("giao-ban.txt");
    std::fs::write(&report, REPORT).expect("write report");
    let pager = d.join("pager.sh");
    std::fs::write(&pager, "#!/bin/sh\necho \"PAGER-GOT $1\"; read x\n").expect("pager");
    let mut mode = std::fs::metadata(&pager).expect("pager").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut mode, 0o755);
    std::fs::set_permissions(&pager, mode).expect("make the pager executable");
    let Some(t) = Tmux::start("pager") else {
        return;
    };
    t.text(&format!(
        "PAGER={} {BIN} {}; echo exited-$?",
        pager.display(),
        d.display()
    ));
    t.keys(&["Enter"]);
    t.wait_for("one report", |s| s.contains("[Reports 1/1]"));
    t.keys(&["F3"]);
    let s = t.wait_for("the pager", |s| s.contains("PAGER-GOT"));
    assert!(s.contains("giao-ban.txt"), "{s}");
    assert!(!s.contains("[Reports"), "the app left the screen:\n{s}");
    t.keys(&["Enter"]);
    t.wait_for("the app again", |s| {
        s.contains("[Reports 1/1]") && s.contains("back from")
    });
    t.keys(&["C-q"]);
    t.wait_for("the shell", |s| s.contains("exited-0"));
    let _ = std::fs::remove_dir_all(d);
}

#[test]
fn alt_e_exports_the_filtered_list_to_a_named_file() {
    let d_dir = scratch("export");
    let d = d_dir.path();
    let Some(t) = Tmux::start("export") else {
        return;
    };
    t.text(&format!("cd {} && {BIN}; echo exited-$?", d.display()));
    t.keys(&["Enter"]);
    t.wait_for("five reports", |s| s.contains("[Reports 5/5]"));
    t.text("hai phong");
    let s = t.wait_for("filtered", |s| !s.contains("[Reports 5/5]"));
    let shown = s
        .lines()
        .find_map(|l| l.split("[Reports ").nth(1))
        .and_then(|r| r.split('/').next())
        .and_then(|n| n.parse::<usize>().ok())
        .expect("count");
    t.keys(&["M-e"]);
    let s = t.wait_for("the message", |s| s.contains("dvtui-reports.csv"));
    assert!(s.contains(&format!("exported {shown} rows")), "{s}");
    let csv = std::fs::read_to_string(d.join("dvtui-reports.csv")).expect("the file");
    assert_eq!(csv.lines().count(), shown + 1, "{csv}");
    assert!(csv.starts_with("date,level,title"));
    t.keys(&["C-q"]);
    let _ = std::fs::remove_dir_all(d);
}

#[test]
fn ctrl_z_suspends_and_fg_resumes() {
    let Some(t) = Tmux::start("suspend") else {
        return;
    };
    // An interactive shell with job control, as a user's would be.
    t.text("exec sh -i");
    t.keys(&["Enter"]);
    // No `; echo` after it: a stopped job would let the shell go on.
    t.text(BIN);
    t.keys(&["Enter"]);
    t.wait_for("five reports", |s| s.contains("[Reports 5/5]"));
    t.text("giao ban");
    t.wait_for("one report", |s| s.contains("[Reports 1/5]"));
    t.keys(&["C-z"]);
    t.wait_for("the shell", |s| s.contains("Stopped"));
    t.text("fg");
    t.keys(&["Enter"]);
    let s = t.wait_for("the app again", |s| s.contains("[Reports 1/5]"));
    assert!(s.contains("giao ban"), "the filter is kept:\n{s}");
    t.keys(&["C-q"]);
    t.text("echo exited-$?");
    t.keys(&["Enter"]);
    t.wait_for("the shell", |s| s.contains("exited-0"));
}

#[test]
fn paths_piped_in_open_the_app_that_still_reads_keys() {
    let Some(t) = Tmux::start("stdin") else {
        return;
    };
    let dir = env!("CARGO_MANIFEST_DIR");
    t.text(&format!(
        "ls {dir}/assets/sample/*.txt | head -3 | {BIN} -; echo exited-$?"
    ));
    t.keys(&["Enter"]);
    t.wait_for("three reports", |s| s.contains("[Reports 3/3]"));
    t.text("zzzz");
    t.wait_for("the filter typed", |s| s.contains("[Reports 0/3]"));
    t.keys(&["C-q"]);
    t.wait_for("the shell", |s| s.contains("exited-0"));
}

#[test]
fn the_config_file_in_the_xdg_folder_sets_the_first_view_and_a_key() {
    let Some(t) = Tmux::start("config") else {
        return;
    };
    // The session's XDG_CONFIG_HOME (see `Tmux::start`).
    let dir = std::env::temp_dir()
        .join(format!("{}-state", t.0))
        .join("config/dvtui");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "view = \"officials\"\n[keys]\nnext-view = \"ctrl-j\"\n",
    )
    .unwrap();
    t.text(&format!("{BIN}; echo exited-$?"));
    t.keys(&["Enter"]);
    let s = t.wait_for("the officials view first", |s| {
        s.contains("[Officials 14/14]")
    });
    assert!(s.contains("│▌"), "no selected-row mark:\n{s}");
    assert!(
        s.contains("Ctrl-J next view"),
        "the hint shows the key in force:\n{s}"
    );
    t.keys(&["C-j"]);
    t.wait_for("the positions view", |s| s.contains("[Positions"));
    t.keys(&["C-q"]);
    t.wait_for("exit 0", |s| s.contains("exited-0"));
    let _ = std::fs::remove_dir_all(dir.parent().unwrap());
}

#[test]
fn a_report_copied_into_the_open_folder_appears_and_a_deleted_one_goes() {
    let Some(t) = Tmux::start("live") else {
        return;
    };
    let dir_dir = scratch("live");
    let dir = dir_dir.path();
    let archive = dir.join("archive");
    std::fs::create_dir_all(&archive).unwrap();
    std::fs::write(archive.join("quy2.txt"), REPORT).unwrap();
    let other = REPORT.replace("quý II", "quý I").replace("12/4", "10/1");
    std::fs::write(archive.join("quy1.txt"), other).unwrap();
    // Its own cache folder: the store is used, as on a user's machine.
    t.text(&format!(
        "XDG_CACHE_HOME={} {BIN} {}; echo exited-$?",
        dir.join("cache").display(),
        archive.display()
    ));
    t.keys(&["Enter"]);
    t.wait_for("two reports", |s| s.contains("[Reports 2/2]"));
    // Copied in from elsewhere while the app is open, as `cp` does it.
    let new = "Tiếp xúc cử tri trước kỳ họp thứ tám\n\n\
        Chiều 2/10/2024, Ban Dân vận Huyện ủy Đô Lương phối hợp tổ chức tiếp xúc cử tri. \
        Đồng chí Nguyễn Thị Quỳnh Nga, Phó Trưởng Ban Dân vận Huyện ủy phát biểu.\n";
    std::fs::write(dir.join("tiep-xuc.txt"), new).unwrap();
    std::fs::copy(dir.join("tiep-xuc.txt"), archive.join("tiep-xuc.txt")).unwrap();
    let s = t.wait_for("the copied report", |s| {
        s.contains("[Reports 3/3]") && s.contains("Tiếp xúc cử tri trước kỳ họp")
    });
    assert!(s.contains("live: 1 added"), "{s}");
    t.keys(&["Tab"]);
    t.text("quynh nga");
    t.wait_for("the official it names", |s| {
        s.contains("Nguyễn Thị Quỳnh Nga")
    });
    t.keys(&["Escape", "BTab"]);
    std::fs::remove_file(archive.join("quy1.txt")).unwrap();
    let s = t.wait_for("the deleted report gone", |s| {
        s.contains("[Reports 2/2]") && s.contains("live: 1 removed")
    });
    assert_eq!(list_rows(&s), 2, "{s}");
    t.keys(&["C-q"]);
    t.wait_for("exit 0", |s| s.contains("exited-0"));
    // The archive holds what the test put there, nothing more.
    let mut names: Vec<String> = std::fs::read_dir(&archive)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["quy2.txt", "tiep-xuc.txt"]);
    let _ = std::fs::remove_dir_all(dir);
}
