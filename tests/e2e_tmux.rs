//! The real binary in tmux: keys in with send-keys, the screen read back
//! with capture-pane, as a person would use it.

use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux session that is killed when dropped.
struct Tmux(String);

impl Tmux {
    fn start(name: &str) -> Tmux {
        let name = format!("dvtui-{name}-{}", std::process::id());
        let ok = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                "160",
                "-y",
                "45",
                "sh",
            ])
            .status()
            .expect("tmux is installed (.ci/run installs it)");
        assert!(ok.success());
        Tmux(name)
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            let st = Command::new("tmux")
                .args(["send-keys", "-t", &self.0, k])
                .status()
                .expect("send-keys");
            assert!(st.success());
            // Esc followed at once by another key reads as Alt-key; a pause keeps them apart.
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    fn text(&self, text: &str) {
        let st = Command::new("tmux")
            .args(["send-keys", "-t", &self.0, "-l", text])
            .status()
            .expect("send-keys");
        assert!(st.success());
        std::thread::sleep(Duration::from_millis(150));
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
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
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.0])
            .status();
    }
}

const BIN: &str = env!("CARGO_BIN_EXE_dvtui");

fn list_rows(screen: &str) -> usize {
    screen
        .lines()
        .filter(|l| l.starts_with("│20") || l.starts_with("│????"))
        .count()
}

#[test]
fn browse_the_sample_filter_switch_views_and_quit() {
    let t = Tmux::start("browse");
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
    t.wait_for("officials unfiltered", |s| {
        s.contains("[Officials") && !s.contains("le tri vu")
    });
    t.text("hoai");
    let s = t.wait_for("Bùi Thị Minh Hoài", |s| s.contains("Bùi Thị Minh Hoài"));
    assert!(s.contains("Bí thư Trung ương Đảng"), "{s}");
    t.keys(&["C-c"]);
    t.wait_for("the shell again", |s| s.contains("exited-0"));
    t.text("echo answered-$((40+2))");
    t.keys(&["Enter"]);
    t.wait_for("the shell answers", |s| s.contains("answered-42"));
}

#[test]
fn open_a_position_its_holder_and_one_of_their_reports() {
    let t = Tmux::start("position");
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
    t.keys(&["C-c"]);
    t.wait_for("the shell again", |s| s.contains("exited-0"));
}

#[test]
fn sigterm_restores_the_terminal() {
    let t = Tmux::start("term");
    let pidfile = std::env::temp_dir().join(format!("dvtui-e2e-{}.pid", std::process::id()));
    let _ = std::fs::remove_file(&pidfile);
    t.text(&format!(
        "sh -c 'echo $$ > {}; exec {BIN}'; echo after-term",
        pidfile.display()
    ));
    t.keys(&["Enter"]);
    t.wait_for("the app", |s| s.contains("[Reports 5/5]"));
    let pid = std::fs::read_to_string(&pidfile).expect("pid file");
    let st = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .expect("kill");
    assert!(st.success());
    let s = t.wait_for("the main screen", |s| s.contains("after-term"));
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
fn not_a_terminal_suggests_export() {
    let out = Command::new(BIN).output().expect("run dvtui");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dvtui export"));
}
