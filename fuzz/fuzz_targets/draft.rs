//! Any text drafted into a timeline: it loads with every quote found in the text, whatever the
//! text; nothing panics or hangs.
#![no_main]

use chronicle::draft::{DraftOptions, draft};
use chronicle::model::{Input, TextsInMemory, load_inputs};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = DraftOptions {
        published: chrono::NaiveDate::from_ymd_opt(2022, 3, 14).expect("a day"),
        title: None,
        name: "article.txt".to_owned(),
        text_path: "article.txt".to_owned(),
    };
    let drafted = draft(text, &options);
    let json = serde_json::to_string(&drafted.timeline).expect("a timeline serialises");
    let input = Input { name: "draft.json".to_owned(), text: json, texts: Box::new(TextsInMemory::new([("article.txt", text)])) };
    let loaded = load_inputs(vec![input]).expect("a draft loads");
    assert_eq!(loaded.timeline.events.len(), drafted.timeline.events.len());
});
