//! Any text parsed as an event date: a date written back as text that parses to itself, or an
//! error; nothing panics.
#![no_main]

use chronicle::model::parse_event_date;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(date) = parse_event_date(text) {
        let key = date.sort_key();
        let _ = format!("{date} {date:?} {key:?}");
        assert_eq!(parse_event_date(&date.edtf()), Ok(date));
    }
});
