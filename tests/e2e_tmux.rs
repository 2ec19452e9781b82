//! End to end in tmux: the real viewer filtered by actor and search, the source view, and a clean exit.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long any one screen may take to appear.
const TIMEOUT: Duration = Duration::from_secs(10);
/// How often the screen is captured while waiting.
const POLL: Duration = Duration::from_millis(50);
/// The shell's prompt, set so that it can be recognised.
const PROMPT: &str = "e2e$";
const MARKER: &str = "READY-MARKER";
const SESSION: &str = "e2e";
/// The start of each mode's footer, which is drawn last.
const LIST_HINTS: &str = "Enter source  a actors";
const PICKER_HINTS: &str = "Tab tick";
const SOURCE_HINTS: &str = "/ find  ] next excerpt";

/// A private tmux server on its own socket, killed when dropped, even after a failed assertion.
struct Tmux {
    socket: String,
    /// The socket file, which tmux leaves behind when its server is killed.
    socket_path: Option<PathBuf>,
}

impl Tmux {
    /// Starts the server with one 100×30 session running a plain `sh` in the crate root (a
    /// server of its own for each test, as tests run at once).
    fn start() -> Tmux {
        static STARTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut tmux = Tmux {
            socket: format!("chronicle-e2e-{}-{n}", std::process::id()),
            socket_path: None,
        };
        let shell = format!("PS1='{PROMPT} ' exec sh");
        let mut args: Vec<&str> =
            "set-option -g default-terminal tmux-256color ; new-session -d -x 100 -y 30"
                .split(' ')
                .collect();
        args.extend(["-s", SESSION, "-c", env!("CARGO_MANIFEST_DIR"), &shell]);
        tmux.run(&args);
        let path = tmux.run(&["display-message", "-p", "#{socket_path}"]).stdout;
        tmux.socket_path = Some(PathBuf::from(String::from_utf8_lossy(&path).trim()));
        tmux
    }

    /// Runs one tmux command against this server; panics with tmux's own words if it fails.
    fn run(&self, args: &[&str]) -> Output {
        let output = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            // The server and its panes inherit this environment.
            .env("TERM", "xterm-256color")
            .env("SHELL", "/bin/sh")
            .env_remove("NO_COLOR")
            .env_remove("TMUX")
            .output()
            .unwrap_or_else(|e| panic!("could not run tmux {args:?}: {e}"));
        assert!(
            output.status.success(),
            "tmux {args:?} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// Types `text` literally.
    fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", SESSION, "-l", text]);
    }

    /// Presses named keys: `Enter`, `Escape`, `Space`.
    fn press(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// The visible screen as text; with `styled`, with the SGR escapes of colours and emphasis.
    fn capture(&self, styled: bool) -> String {
        let mut args = vec!["capture-pane", "-p", "-t", SESSION];
        if styled {
            args.push("-e");
        }
        let output = self.run(&args);
        String::from_utf8(output.stdout)
            .unwrap_or_else(|e| panic!("capture-pane printed something that is not UTF-8: {e}"))
    }

    /// Captures the screen until `ready` holds and returns it, or fails with the last capture.
    fn wait_until(&self, what: &str, styled: bool, ready: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let screen = self.capture(styled);
            if ready(&screen) {
                return screen;
            }
            if started.elapsed() > TIMEOUT {
                panic!("timed out after {TIMEOUT:?} waiting for {what}; the screen was:\n{screen}");
            }
            sleep(POLL);
        }
    }

    /// Waits for a plain-text screen that satisfies `ready`.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        self.wait_until(what, false, ready)
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn tmux_installed() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|output| output.status.success())
}

/// `path` quoted for `sh`.
fn shell_quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}

fn has_line(screen: &str, line: &str) -> bool {
    screen.lines().any(|l| l.trim() == line)
}

/// Columns of the list (with the time ruler above it) at 100 columns; the detail pane is right.
const LIST_COLUMNS: usize = 60;

/// The left part of each body line of the timeline screen: the ruler and the list.
fn list_pane(screen: &str) -> String {
    pane_text(screen, |line| line.chars().take(LIST_COLUMNS).collect())
}

/// The right part of each body line of the timeline screen: the selected event's detail.
fn detail_pane(screen: &str) -> String {
    pane_text(screen, |line| line.chars().skip(LIST_COLUMNS).collect())
}

/// Lines 3 to 29 (between the header and the footer), each cut by `part`.
fn pane_text(screen: &str, part: impl Fn(&str) -> String) -> String {
    let lines: Vec<String> = screen.lines().skip(2).take(27).map(part).collect();
    lines.join("\n")
}

fn last_line(screen: &str) -> &str {
    screen.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("")
}

/// The bottom line: ratatui draws top to bottom, so when it shows the hints of a new mode, the
/// whole frame has been drawn.
fn footer(screen: &str) -> &str {
    screen.lines().nth(29).unwrap_or("")
}

fn header(screen: &str) -> &str {
    screen.lines().next().unwrap_or("")
}

#[test]
fn filter_search_open_the_source_and_quit_in_a_real_terminal() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let tmux = Tmux::start();
    tmux.wait_for("the shell prompt", |s| s.lines().any(|l| l.starts_with(PROMPT)));
    tmux.type_text(&format!("echo {MARKER}"));
    tmux.press(&["Enter"]);
    tmux.wait_for("the marker", |s| has_line(s, MARKER));

    let binary = shell_quoted(Path::new(env!("CARGO_BIN_EXE_chronicle")));
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample/timeline.yaml");
    let sample = shell_quoted(Path::new(sample));
    tmux.type_text(&format!("{binary} {sample}; echo EXIT-CODE-$?"));
    tmux.press(&["Enter"]);

    // 1. The whole timeline.
    let screen = tmux.wait_for("the main screen", |s| {
        footer(s).starts_with(LIST_HINTS)
            && header(s).ends_with("12 of 12 events")
            && list_pane(s).contains("Biden and Xi speak by phone")
    });
    assert!(screen.contains("All events"), "{screen}");

    // 2. Only China's events, Xi Jinping's included.
    tmux.type_text("a");
    tmux.wait_for("the actor filter", |s| footer(s).starts_with(PICKER_HINTS));
    tmux.type_text("china");
    tmux.wait_for("the narrowed actor list", |s| s.contains("Type to narrow: china"));
    tmux.press(&["Tab"]);
    tmux.wait_for("China ticked", |s| s.contains("[x] China"));
    tmux.press(&["Enter"]);
    let screen = tmux.wait_for("the actor filter applied", |s| {
        footer(s).starts_with(LIST_HINTS)
            && header(s).ends_with(" 9 of 12 events")
            && s.contains("Actors: China")
    });
    assert!(!screen.contains("Filter by actor"), "the popup closes:\n{screen}");

    // 3. A search within them.
    tmux.type_text("/");
    tmux.type_text("lifeline");
    let screen = tmux.wait_for("one search match", |s| {
        footer(s).starts_with("/lifeline") && footer(s).contains("1 match")
    });
    assert!(
        list_pane(&screen).contains("Sullivan warns China on CNN"),
        "the match is listed:\n{screen}"
    );
    tmux.press(&["Enter"]);
    tmux.wait_for("the search kept", |s| {
        footer(s).starts_with(LIST_HINTS)
            && s.contains("Search: \"lifeline\"")
            && header(s).ends_with(" 1 of 12 events")
    });

    // 4. The source at the event's excerpt, highlighted.
    tmux.press(&["Enter"]);
    let screen = tmux.wait_for("the source view", |s| {
        footer(s).starts_with(SOURCE_HINTS)
            && s.contains("Will China join war in Ukraine?")
            && s.contains("National Security advisor Jake Sullivan also stressed")
    });
    assert!(
        !screen.contains("││"),
        "the source view replaces both panes:\n{screen}"
    );
    let excerpt = "National Security advisor Jake Sullivan";
    let styled = tmux.wait_until("the excerpt highlighted", true, |s| {
        s.lines().any(|l| on_background(l, excerpt))
    });
    assert!(styled.contains("Will China join war in Ukraine?"), "{styled}");

    // 5. Back to the list, filters and selection as they were.
    tmux.press(&["Escape"]);
    let screen = tmux.wait_for("the list again", |s| footer(s).starts_with(LIST_HINTS));
    assert!(header(&screen).ends_with(" 1 of 12 events"), "{screen}");
    assert!(
        screen.contains("Actors: China · Search: \"lifeline\""),
        "{screen}"
    );
    assert!(
        detail_pane(&screen).contains("Sullivan warns China on CNN"),
        "the detail shows the selected event:\n{screen}"
    );

    // 6. Quit: the process ends well and the shell's screen is back as it was.
    tmux.type_text("q");
    let screen = tmux.wait_for("the exit code and a new prompt", |s| {
        s.lines().any(|l| l.starts_with("EXIT-CODE-")) && last_line(s).trim_end() == PROMPT
    });
    assert!(
        has_line(&screen, "EXIT-CODE-0"),
        "chronicle exits with 0:\n{screen}"
    );
    assert!(
        has_line(&screen, MARKER),
        "the shell's screen is restored:\n{screen}"
    );
    assert!(
        !screen.contains("of 12 events"),
        "nothing of the viewer is left:\n{screen}"
    );
}

/// Whether `line`'s text starting with `text` is drawn on a background colour: the escapes
/// between the pane's left border and the text set one (`48;5;3`, `43`, …).
fn on_background(line: &str, text: &str) -> bool {
    let Some((before, _)) = line.split_once(text) else {
        return false;
    };
    let escapes = before.rsplit('│').next().unwrap_or(before);
    escapes
        .split("\u{1b}[")
        .filter_map(|sequence| sequence.strip_suffix('m'))
        .any(sets_background)
}

/// Whether the parameters of one SGR sequence (`1;4`, `38;5;0`, `48;5;3`) set a background.
fn sets_background(parameters: &str) -> bool {
    let mut codes = parameters.split(';').map(|p| p.parse::<u16>().unwrap_or(0));
    while let Some(code) = codes.next() {
        match code {
            40..=48 | 100..=107 => return true,
            // Extended foreground and underline colours: skip their arguments.
            38 | 58 => {
                let arguments = if codes.next() == Some(2) { 3 } else { 1 };
                codes.nth(arguments - 1);
            }
            _ => {}
        }
    }
    false
}

#[test]
fn a_terminating_signal_restores_the_terminal_and_exits_with_128_plus_the_signal() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let tmux = Tmux::start();
    tmux.wait_for("the shell prompt", |s| s.lines().any(|l| l.starts_with(PROMPT)));
    let binary = shell_quoted(Path::new(env!("CARGO_BIN_EXE_chronicle")));
    for (signal, code) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        tmux.type_text(&format!("clear; {binary}; echo EXIT-CODE-$?"));
        tmux.press(&["Enter"]);
        tmux.wait_for("the main screen", |s| footer(s).starts_with(LIST_HINTS));
        let shell = tmux.run(&["display-message", "-p", "#{pane_pid}"]).stdout;
        let shell = String::from_utf8_lossy(&shell).trim().to_owned();
        let viewer = Command::new("pgrep")
            .args(["-P", &shell])
            .output()
            .unwrap()
            .stdout;
        let viewer = String::from_utf8_lossy(&viewer).trim().to_owned();
        assert!(!viewer.is_empty(), "the viewer runs under the shell");
        let sent = Command::new("kill")
            .args([&format!("-{signal}"), &viewer])
            .status()
            .unwrap();
        assert!(sent.success());
        let expected = format!("EXIT-CODE-{code}");
        let screen = tmux.wait_for("the exit code", |s| has_line(s, &expected));
        assert!(
            !screen.contains("of 12 events"),
            "SIG{signal}: the viewer's screen is gone:\n{screen}"
        );
    }
}

/// How many events `chronicle list` prints for the sample with these flags.
fn list_count(flags: &[&str]) -> usize {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample/timeline.yaml");
    let output = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .arg("list")
        .arg(sample)
        .args(flags)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().lines().count()
}

#[test]
fn the_viewer_finds_by_date_claim_and_as_of_as_list_does() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let tmux = Tmux::start();
    tmux.wait_for("the shell prompt", |s| s.lines().any(|l| l.starts_with(PROMPT)));
    let binary = shell_quoted(Path::new(env!("CARGO_BIN_EXE_chronicle")));
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample/timeline.yaml");
    let sample = shell_quoted(Path::new(sample));
    let count_shown = |s: &str, n: usize| header(s).ends_with(&format!(" {n} of 12 events"));

    // 1. A date filter typed at the `d` prompt.
    tmux.type_text(&format!("clear; {binary} {sample}; echo EXIT-CODE-$?"));
    tmux.press(&["Enter"]);
    tmux.wait_for("the main screen", |s| footer(s).starts_with(LIST_HINTS));
    tmux.type_text("d");
    tmux.wait_for("the date prompt", |s| footer(s).starts_with("Dates: "));
    tmux.type_text("2022-03");
    tmux.press(&["Enter"]);
    let march = list_count(&["--from", "2022-03", "--to", "2022-03"]);
    let screen = tmux.wait_for("the date filter applied", |s| {
        footer(s).starts_with(LIST_HINTS) && count_shown(s, march)
    });
    assert!(screen.contains("Dates: 1 Mar 2022 – 31 Mar 2022"), "{screen}");
    tmux.type_text("q");
    tmux.wait_for("the shell again", |s| has_line(s, "EXIT-CODE-0"));

    // 2. What China denied, from the command line.
    tmux.type_text(&format!(
        "clear; {binary} {sample} --claim-by china --stance denies; echo EXIT-CODE-$?"
    ));
    tmux.press(&["Enter"]);
    let denied = list_count(&["--claim-by", "china", "--stance", "denies"]);
    let screen = tmux.wait_for("China's denials", |s| {
        footer(s).starts_with(LIST_HINTS) && count_shown(s, denied)
    });
    assert!(screen.contains("Claims: China denies"), "{screen}");
    assert!(
        list_pane(&screen).contains("Chinese embassy spokesperson Liu"),
        "{screen}"
    );
    tmux.type_text("q");
    tmux.wait_for("the shell again", |s| has_line(s, "EXIT-CODE-0"));

    // 3. What was known on 13 March.
    tmux.type_text(&format!(
        "clear; {binary} {sample} --as-of 2022-03-13; echo EXIT-CODE-$?"
    ));
    tmux.press(&["Enter"]);
    let known = list_count(&["--as-of", "2022-03-13"]);
    let screen = tmux.wait_for("the timeline as of 13 March", |s| {
        footer(s).starts_with(LIST_HINTS) && count_shown(s, known)
    });
    assert!(
        screen.contains("As of 13 Mar 2022: what was known then"),
        "{screen}"
    );
    tmux.type_text("q");
    tmux.wait_for("the shell again", |s| has_line(s, "EXIT-CODE-0"));
}

#[test]
fn back_retraces_two_jumps_and_y_copies_through_osc_52() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let tmux = Tmux::start();
    tmux.wait_for("the shell prompt", |s| s.lines().any(|l| l.starts_with(PROMPT)));
    // What the viewer writes to the terminal, escapes and all (capture-pane drops OSC 52).
    let raw = std::env::temp_dir().join(format!("chronicle-e2e-raw-{}", std::process::id()));
    let _ = std::fs::remove_file(&raw);
    tmux.run(&[
        "pipe-pane",
        "-o",
        "-t",
        SESSION,
        &format!("cat >> {}", shell_quoted(&raw)),
    ]);
    let binary = shell_quoted(Path::new(env!("CARGO_BIN_EXE_chronicle")));
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample/timeline.yaml");
    tmux.type_text(&format!(
        "clear; {binary} {} ; echo EXIT-CODE-$?",
        shell_quoted(Path::new(sample))
    ));
    tmux.press(&["Enter"]);
    tmux.wait_for("the main screen", |s| footer(s).starts_with(LIST_HINTS));
    // The last event, the Rome meeting; jump 1: its related call; jump 2: the call's source.
    tmux.type_text("G");
    tmux.wait_for("the Rome meeting", |s| {
        detail_pane(s).contains("Sullivan and Yang Jiechi to meet")
    });
    tmux.type_text("1");
    tmux.wait_for("the call", |s| {
        detail_pane(s).contains("Biden and Xi speak by phone")
    });
    tmux.press(&["Enter"]);
    tmux.wait_for("the source view", |s| footer(s).starts_with(SOURCE_HINTS));
    // Back twice: the list at the call, then the Rome meeting.
    tmux.press(&["BSpace"]);
    tmux.wait_for("the list at the call", |s| {
        footer(s).starts_with(LIST_HINTS) && detail_pane(s).contains("Biden and Xi speak by phone")
    });
    tmux.press(&["BSpace"]);
    tmux.wait_for("the Rome meeting again", |s| {
        detail_pane(s).contains("Sullivan and Yang Jiechi to meet")
    });
    // y: the Rome meeting's first quote with its citation, through OSC 52.
    tmux.type_text("y");
    tmux.wait_for("the copy confirmed", |s| {
        footer(s).starts_with("Copied the quote with its citation")
    });
    let citation = "“The news has forced the US into a meeting with China on Rome, scheduled for March 14, \
                    in an attempt to further isolate the Russians.” — Will China join war in Ukraine? \
                    Embattled Putin asks neighbor for help with invasion, published 13–14 Mar 2022 \
                    (event of 14 Mar 2022)";
    let sequence = chronicle::osc52::copy_sequence(citation);
    let started = Instant::now();
    let written = loop {
        let written = std::fs::read(&raw).unwrap_or_default();
        if String::from_utf8_lossy(&written).contains(&sequence) || started.elapsed() > TIMEOUT {
            break written;
        }
        sleep(POLL);
    };
    let _ = std::fs::remove_file(&raw);
    assert!(
        String::from_utf8_lossy(&written).contains(&sequence),
        "the pane's output holds the OSC 52 sequence {sequence:?}"
    );
    tmux.type_text("q");
    tmux.wait_for("the shell again", |s| has_line(s, "EXIT-CODE-0"));
}

/// A fresh folder in the temporary directory holding a copy of the bundled timeline and its
/// source text.
fn bundled_copy(purpose: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("chronicle-e2e-{purpose}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let timelines = Path::new(env!("CARGO_MANIFEST_DIR")).join("timelines");
    for name in ["russia-china-2022.yaml", "source-article.txt"] {
        std::fs::copy(timelines.join(name), folder.join(name)).unwrap();
    }
    folder
}

#[test]
fn an_edit_that_breaks_a_quote_shows_a_banner_and_its_fix_clears_it_in_place() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    // A copy of the bundled timeline, edited in place while the viewer shows it.
    let folder = bundled_copy("edit");
    let file = folder.join("russia-china-2022.yaml");
    let original = std::fs::read_to_string(&file).unwrap();
    let tmux = Tmux::start();
    tmux.wait_for("the shell prompt", |s| s.lines().any(|l| l.starts_with(PROMPT)));
    let binary = shell_quoted(Path::new(env!("CARGO_BIN_EXE_chronicle")));
    tmux.type_text(&format!("{binary} {}; echo EXIT-CODE-$?", shell_quoted(&file)));
    tmux.press(&["Enter"]);
    tmux.wait_for("the main screen", |s| footer(s).starts_with(LIST_HINTS));
    tmux.type_text("G");
    let selected = "Id  sullivan-yang-rome-meeting";
    tmux.wait_for("the last event", |s| detail_pane(s).contains(selected));
    // Break a quote, as an editor saves: a new file renamed over the old one.
    let broken = original.replace(
        "Sullivan also confirmed he would meet",
        "Sullivan also confirmed he will meet",
    );
    let saved = folder.join("saving.tmp");
    std::fs::write(&saved, &broken).unwrap();
    std::fs::rename(&saved, &file).unwrap();
    let screen = tmux.wait_for("the banner", |s| s.contains("Reload failed"));
    assert!(
        screen.contains("russia-china-2022.yaml:572:11: error: events[15].excerpts[1].quote:"),
        "{screen}"
    );
    assert!(
        detail_pane(&screen).contains(selected),
        "the selection stays:\n{screen}"
    );
    // Fix it, writing the file in place this time.
    std::fs::write(&file, &original).unwrap();
    let screen = tmux.wait_for("the banner gone", |s| {
        !s.contains("Reload failed") && footer(s).starts_with("reloaded: 0 added, 0 changed, 0 removed")
    });
    assert!(
        detail_pane(&screen).contains(selected),
        "the selection stays:\n{screen}"
    );
    tmux.type_text("q");
    tmux.wait_for("the shell again", |s| has_line(s, "EXIT-CODE-0"));
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn a_copy_broken_five_ways_opens_and_its_problems_screen_leads_to_each_event() {
    if !tmux_installed() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let folder = bundled_copy("broken");
    // Five mistakes in five events: a quote one word off, a misspelt status, a bad date, a
    // misspelt field and an unknown actor.
    let mut text = std::fs::read_to_string(folder.join("russia-china-2022.yaml")).unwrap();
    for (from, to) in [
        (
            "accompanies Vladimir Putin during a",
            "accompanies Vladimir Putin at a",
        ),
        (
            "    status: confirmed\n    actors:\n      - { id: biden,",
            "    status: confirmd\n    actors:\n      - { id: biden,",
        ),
        (r#"date: "2022-02-04/2022-02-20""#, r#"date: "2022-02-W1""#),
        (
            "    title: Russia invades Ukraine",
            "    titel: Russia invades Ukraine",
        ),
        (
            "      - { id: russia, role: target }\n    tags: [sanctions",
            "      - { id: rusia, role: target }\n    tags: [sanctions",
        ),
    ] {
        assert_eq!(text.matches(from).count(), 1, "{from}");
        text = text.replace(from, to);
    }
    let file = folder.join("broken.yaml");
    std::fs::write(&file, text).unwrap();
    let tmux = Tmux::start();
    tmux.wait_for("the shell prompt", |s| s.lines().any(|l| l.starts_with(PROMPT)));
    let binary = shell_quoted(Path::new(env!("CARGO_BIN_EXE_chronicle")));
    tmux.type_text(&format!("{binary} {}; echo EXIT-CODE-$?", shell_quoted(&file)));
    tmux.press(&["Enter"]);
    let screen = tmux.wait_for("the main screen", |s| footer(s).contains("! problems"));
    assert!(
        screen.contains("5 problems in the files (! lists them; marked ! in the list)"),
        "{screen}"
    );
    // Each problem, in file order, leads to its event.
    let expected = [
        ("127:11", "xi-putin-welcome-ceremony"),
        ("159:13", "biden-xi-call"),
        ("174:11", "beijing-winter-olympics"),
        ("223:5", "russia-invades-ukraine"),
        ("278:9", "economic-sanctions"),
    ];
    for (n, (place, id)) in expected.iter().enumerate() {
        tmux.type_text("!");
        let screen = tmux.wait_for("the problems screen", |s| {
            footer(s).starts_with("Enter go to event")
        });
        assert!(
            screen.contains(&format!("broken.yaml:{place}: error:")),
            "{screen}"
        );
        for _ in 0..n {
            tmux.type_text("j");
        }
        let position = format!("{}/5", n + 1);
        tmux.wait_for("the cursor on the problem", |s| s.contains(&position));
        tmux.press(&["Enter"]);
        let screen = tmux.wait_for("its event", |s| detail_pane(s).contains(&format!("Id  {id}")));
        assert!(
            detail_pane(&screen).contains(&format!("! {place}:")),
            "the event's pane shows its problem:\n{screen}"
        );
    }
    tmux.type_text("q");
    tmux.wait_for("the shell again", |s| has_line(s, "EXIT-CODE-0"));
    let _ = std::fs::remove_dir_all(&folder);
}
