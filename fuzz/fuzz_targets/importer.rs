//! Any bytes imported as TimelineJS JSON, as its sheet and as a CSV table of events: a timeline
//! that loads with every event, or errors that each say where; nothing panics or hangs.
#![no_main]

use chronicle::import::{ImportFormat, Origin, TableColumns, import};
use chronicle::model::{Input, TextsInMemory, load_inputs};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let origin = Origin { name: "fuzz".to_owned(), copy: None };
    let formats = [
        ImportFormat::TimelineJs,
        ImportFormat::TimelineJsSheet,
        ImportFormat::Table(Box::new(TableColumns::default())),
    ];
    for format in &formats {
        match import(text, format, &origin) {
            Ok(imported) => {
                let count = imported.timeline.events.len();
                let json = serde_json::to_string(&imported.timeline).expect("a timeline serialises");
                let input = Input { name: "fuzz.json".to_owned(), text: json, texts: Box::new(TextsInMemory::default()) };
                let loaded = load_inputs(vec![input]).expect("an imported timeline loads");
                assert_eq!(loaded.timeline.events.len(), count);
            }
            Err(problems) => assert!(!problems.is_empty()),
        }
    }
});
