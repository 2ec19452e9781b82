//! The TimelineJS export rendered by the real TimelineJS library in headless Chromium, offline:
//! the library is served from 127.0.0.1 by this test, every other request is refused, and the
//! page reports back the slides TimelineJS made, their headlines and dates, and any error.
//!
//! Needs Chromium (`chromium` or `chromium-headless-shell`, or the path in `CHROMIUM`) and the
//! npm package in tests/browser (`npm ci --prefix tests/browser`); where either is missing the
//! test says so and passes, unless `CHRONICLE_BROWSER_TEST=require` (as in CI) makes it fail.
//! The screenshot is kept at target/browser-artefacts/timelinejs.png.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on what they rely on.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{chronicle, code, stderr, stdout};

const LIBRARY: &str = "tests/browser/node_modules/@knight-lab/timelinejs/dist";

#[test]
fn the_bundled_timeline_renders_in_timelinejs_with_every_slide_headline_and_date() {
    let Some(browser) = ready_browser() else { return };
    let output = chronicle(&["export", "--format", "timelinejs"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let exported: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let (report, requested) = render(&browser, stdout(&output), "timelinejs.png", 0);

    assert_eq!(
        report["errors"],
        serde_json::json!([]),
        "TimelineJS's errors: {report:#}"
    );
    assert_eq!(
        report["problems"],
        serde_json::json!([]),
        "script errors: {report:#}"
    );
    assert!(!report["shown"].as_str().unwrap().contains("Error"), "{report:#}");

    let events = exported["events"].as_array().unwrap();
    let slides = report["slides"].as_array().unwrap();
    assert_eq!(
        slides.len(),
        events.len(),
        "every event became a slide: {report:#}"
    );
    for event in events {
        let id = event["unique_id"].as_str().unwrap();
        let slide = slides
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("no slide for {id}: {report:#}"));
        let headline = unescape(event["text"]["headline"].as_str().unwrap());
        assert_eq!(slide["headline"].as_str().unwrap(), headline, "{id}");
        let shown = slide["date"].as_str().unwrap();
        match event["display_date"].as_str() {
            Some(display) => assert_eq!(shown, display, "{id}"),
            None => assert_eq!(shown, timelinejs_date(&event["start_date"]), "{id}"),
        }
    }
    let origin = report["location"].as_str().unwrap().trim_end_matches("page.html");
    for url in report["requests"].as_array().unwrap() {
        assert!(
            url.as_str().unwrap().starts_with(origin),
            "a request left 127.0.0.1: {url}"
        );
    }
    let served = ["/page.html", "/timeline.json", "/result"];
    for path in requested.lock().unwrap().iter() {
        assert!(
            served.contains(&path.as_str()) || path.starts_with("/dist/"),
            "{path}"
        );
    }
}

#[test]
fn hostile_text_shows_as_text_in_timelinejs_and_only_web_addresses_are_links() {
    let Some(browser) = ready_browser() else { return };
    let output = chronicle(&[
        "export",
        "tests/fixtures/publishing/hostile.yaml",
        "--format",
        "timelinejs",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let (report, _) = render(&browser, stdout(&output), "timelinejs-hostile.png", 2);
    assert_eq!(
        report["problems"],
        serde_json::json!([]),
        "no script of the timeline ran: {report:#}"
    );
    assert_eq!(report["errors"], serde_json::json!([]), "{report:#}");
    let headlines: Vec<&str> = report["slides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["headline"].as_str().unwrap())
        .collect();
    assert_eq!(
        headlines,
        [
            r#"=HYPERLINK("http://evil.example","click")"#,
            "1. Talks | go on ~~for days~~",
            "- The summit"
        ]
    );
    for link in report["links"].as_array().unwrap() {
        let link = link.as_str().unwrap().to_ascii_lowercase();
        assert!(
            !link.starts_with("javascript:") && !link.starts_with("data:"),
            "{link}"
        );
    }
    assert!(
        report["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "https://example.com/a?b=1&c=<2>"),
        "{report:#}"
    );
}

/// How TimelineJS writes a plain date in English: `June 25, 2016`, `November 2021`, `2022`.
fn timelinejs_date(date: &serde_json::Value) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let part = |name: &str| date[name].as_str().map(|s| s.parse::<usize>().unwrap());
    let year = date["year"].as_str().unwrap();
    match (part("month"), part("day")) {
        (Some(month), Some(day)) => format!("{} {day}, {year}", MONTHS[month - 1]),
        (Some(month), None) => format!("{} {year}", MONTHS[month - 1]),
        _ => year.to_owned(),
    }
}

/// The text an escaped headline stands for.
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The browser to run, or `None` (with the reason printed) when the test cannot run here.
fn ready_browser() -> Option<PathBuf> {
    let required = std::env::var("CHRONICLE_BROWSER_TEST").is_ok_and(|v| v == "require");
    let missing = |why: &str| {
        assert!(!required, "the TimelineJS browser test cannot run: {why}");
        eprintln!("skipped: the TimelineJS browser test cannot run: {why}");
        None
    };
    let Some(browser) = find_browser() else {
        return missing("no Chromium (install the Debian package chromium, or set CHROMIUM to its path)");
    };
    if !Path::new(LIBRARY).join("js/timeline.js").exists() {
        return missing(
            "TimelineJS is not installed (run `npm ci --prefix tests/browser`, which needs Node and npm)",
        );
    }
    Some(browser)
}

fn find_browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let paths = std::env::var_os("PATH")?;
    ["chromium", "chromium-headless-shell", "chromium-browser"]
        .iter()
        .flat_map(|name| std::env::split_paths(&paths).map(move |dir| dir.join(name)))
        .find(|path| path.is_file())
}

/// Serves the page, `timeline` and the library, runs Chromium on the page (opened at slide
/// `slide`, 0 being the title) until it has reported and taken its screenshot, and returns the
/// report and every path requested.
fn render(
    browser: &Path,
    timeline: String,
    screenshot: &str,
    slide: usize,
) -> (serde_json::Value, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let requested = Arc::new(Mutex::new(Vec::new()));
    let (sender, reports) = mpsc::channel();
    let log = Arc::clone(&requested);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            serve(stream, &timeline, &log, &sender);
        }
    });
    let artefacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-artefacts");
    std::fs::create_dir_all(&artefacts).unwrap();
    let picture = artefacts.join(screenshot);
    let _ = std::fs::remove_file(&picture);
    let profile =
        std::env::temp_dir().join(format!("chronicle-chromium-{}-{screenshot}", std::process::id()));
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            // Nothing but 127.0.0.1: other names do not resolve, and other traffic goes to a
            // proxy that is not there.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--proxy-server=http://127.0.0.1:9",
            "--window-size=1280,860",
            "--virtual-time-budget=20000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", picture.display()))
        .arg(format!("http://127.0.0.1:{port}/page.html?slide={slide}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let report = reports.recv_timeout(Duration::from_secs(90));
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&profile);
    let report = report.expect("the page reported what TimelineJS rendered");
    let png = std::fs::read(&picture).expect("Chromium took a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a screenshot of the rendered page"
    );
    (report, requested)
}

/// Answers one HTTP request: the page, the timeline, a library file, or the page's report.
fn serve(
    mut stream: TcpStream,
    timeline: &str,
    log: &Mutex<Vec<String>>,
    reports: &mpsc::Sender<serde_json::Value>,
) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut length = 0;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    log.lock().unwrap().push(path.clone());
    let (status, kind, body): (&str, &str, Vec<u8>) = match path.as_str() {
        "/page.html" => (
            "200 OK",
            "text/html",
            std::fs::read("tests/browser/page.html").unwrap(),
        ),
        "/timeline.json" => ("200 OK", "application/json", timeline.as_bytes().to_vec()),
        "/result" => {
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let _ = reports.send(serde_json::from_slice(&body).unwrap());
            ("200 OK", "text/plain", Vec::new())
        }
        library if library.starts_with("/dist/") && !library.contains("..") => {
            match std::fs::read(Path::new(LIBRARY).join(&library["/dist/".len()..])) {
                Ok(bytes) => ("200 OK", content_type(library), bytes),
                Err(_) => ("404 Not Found", "text/plain", Vec::new()),
            }
        }
        _ => ("404 Not Found", "text/plain", Vec::new()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(&body));
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff") => "font/woff",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}
