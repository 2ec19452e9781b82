//! `cargo run --release --example reload-latency -- [ROUNDS]`: how long the viewer takes from a
//! save of the bundled timeline to the new screen, in a real terminal (tmux).
//!
//! A copy of the bundled timeline is opened in tmux; each round renames a retitled copy over it,
//! as editors save, and polls the screen until the new title shows. Polling every 5 ms adds at
//! most that much. This is a measurement to read, not a test: timings on a shared machine vary.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A measurement may panic on what it relies on.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn tmux(socket: &str, args: &[&str]) -> String {
    let output = Command::new("tmux")
        .args(["-L", socket, "-f", "/dev/null"])
        .args(args)
        .env_remove("TMUX")
        .output()
        .expect("tmux runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(20);
    let folder = std::env::temp_dir().join(format!("chronicle-reload-latency-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let timelines = Path::new(env!("CARGO_MANIFEST_DIR")).join("timelines");
    for name in ["russia-china-2022.yaml", "source-article.txt"] {
        std::fs::copy(timelines.join(name), folder.join(name)).unwrap();
    }
    let file = folder.join("russia-china-2022.yaml");
    let original = std::fs::read_to_string(&file).unwrap();
    let binary = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/chronicle");
    assert!(binary.exists(), "build the viewer first: cargo build --release");
    let socket = format!("chronicle-latency-{}", std::process::id());
    let command = format!("{} {}", binary.display(), file.display());
    tmux(
        &socket,
        &[
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "40",
            "-s",
            "bench",
            &command,
        ],
    );
    std::thread::sleep(Duration::from_millis(800));
    let mut times = Vec::new();
    for round in 0..rounds {
        let title = format!("Xi Jinping and Vladimir Putin, round {round}");
        let edited = original.replacen(
            "title: Xi Jinping and Vladimir Putin at a welcoming ceremony outside the Great Hall of the People",
            &format!("title: {title}"),
            1,
        );
        let saving = folder.join("saving.tmp");
        std::fs::write(&saving, edited).unwrap();
        let saved = Instant::now();
        std::fs::rename(&saving, &file).unwrap();
        loop {
            if tmux(&socket, &["capture-pane", "-p", "-t", "bench"]).contains(&title) {
                times.push(saved.elapsed());
                break;
            }
            if saved.elapsed() > Duration::from_secs(5) {
                panic!("round {round}: the new title did not show within 5 s");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(150));
    }
    tmux(&socket, &["kill-server"]);
    let _ = std::fs::remove_dir_all(&folder);
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "save to new screen, bundled timeline, {rounds} rounds: median {:.0} ms, fastest {:.0} ms, slowest {:.0} ms (target < 300 ms)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
}
