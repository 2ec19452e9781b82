//! The timex tagger reaches its targets on the TempEval-3 development documents.

#[path = "../examples/te3/mod.rs"]
mod te3;

use std::path::Path;

use chronicle::timex::find;
use te3::read::read_dir;
use te3::score::Counts;

#[test]
fn dev_documents_reach_the_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/te3-dev");
    let docs = read_dir(&dir).unwrap();
    assert_eq!(docs.len(), 10);
    let mut all = Counts::default();
    for doc in &docs {
        all.add(&te3::score::count(&find(&doc.text, doc.published), &doc.gold));
    }
    assert_eq!(all.gold, 83);
    let (relaxed, strict, value) = (all.relaxed_f1(), all.strict_f1(), all.value_f1());
    assert!(relaxed >= 92.0, "relaxed F1 {relaxed:.1}");
    assert!(strict >= 85.0, "strict F1 {strict:.1}");
    assert!(value >= 80.0, "value F1 {value:.1}");
}

#[test]
fn gold_extents_are_read_as_text() {
    let tml = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">x</TIMEX3></DCT>\
               <TEXT>Sales &amp; <EVENT>rose</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2012\">last year</TIMEX3>.</TEXT>";
    let doc = te3::read::parse("x", tml).unwrap();
    assert_eq!(doc.text, "Sales & rose last year.");
    let g = &doc.gold[0];
    assert_eq!(
        (&doc.text[g.start..g.end], g.kind.as_str(), g.value.as_str()),
        ("last year", "DATE", "2012")
    );
    assert_eq!(doc.published.to_string(), "2013-03-22");
}
