//! `chronicle init FOLDER`: the bundled timeline written out as an editable start, never over
//! existing files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on what they rely on.

mod common;

use common::{chronicle, code, stderr};

#[test]
fn init_writes_the_bundled_timeline_that_checks_and_never_overwrites() {
    let folder = std::env::temp_dir().join(format!("chronicle-init-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    let target = folder.join("mine");
    let output = chronicle(&["init", target.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let timeline = target.join("russia-china-2022.yaml");
    assert_eq!(
        stderr(&output),
        format!(
            "wrote 2 files; open the timeline with: chronicle {}\n",
            timeline.display()
        )
    );
    for name in ["russia-china-2022.yaml", "source-article.txt"] {
        let bundled = std::fs::read(std::path::Path::new("timelines").join(name)).unwrap();
        assert_eq!(std::fs::read(target.join(name)).unwrap(), bundled, "{name}");
    }
    let check = chronicle(&["check", timeline.to_str().unwrap()]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    // Edited, then init again: refused, and the edit is still there.
    std::fs::write(&timeline, "edited").unwrap();
    let again = chronicle(&["init", target.to_str().unwrap()]);
    assert_eq!(code(&again), 1);
    assert_eq!(
        stderr(&again),
        format!(
            "error: {} already exists; chronicle does not overwrite files (choose another folder)\n",
            timeline.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&timeline).unwrap(), "edited");
    let _ = std::fs::remove_dir_all(&folder);
}
