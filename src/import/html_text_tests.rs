//! Tests of reducing HTML to plain text.

use super::*;

fn text(html: &str) -> String {
    plain_text(html).text
}

#[test]
fn paragraphs_and_breaks_become_blank_lines_and_line_breaks() {
    assert_eq!(text("<p>One.</p><p>Two<br/>lines.</p>"), "One.\n\nTwo\nlines.");
    assert_eq!(text("  <p>\n  Spaced \t out\n</p>  "), "Spaced out");
    assert_eq!(
        text("<p class=\"lead\">Lead.</p> <span class=\"tl-note\">A note.</span>"),
        "Lead.\n\nA note."
    );
    assert_eq!(text("<ul><li>a</li><li>b</li></ul>after"), "• a\n\n• b\n\nafter");
}

#[test]
fn links_keep_their_address() {
    let plain = plain_text(
        r#"Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>: a pioneer."#,
    );
    assert_eq!(
        plain.text,
        "Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace): a pioneer."
    );
    assert_eq!(
        plain.links,
        vec![Link {
            url: "https://en.wikipedia.org/wiki/Ada_Lovelace".to_owned(),
            text: "Ada Lovelace".to_owned()
        }]
    );
    // A link whose text is its address is not written twice; single quotes and odd spacing.
    assert_eq!(
        text("<a href='http://example.com/' onclick = 'void(0)'>http://example.com</a>"),
        "http://example.com"
    );
    // Relative links stay in the text but are no source.
    let relative = plain_text(r#"<a href="/about">About</a>"#);
    assert_eq!(relative.text, "About (/about)");
    assert!(relative.links.is_empty());
    // Captions and titles keep the text alone.
    let caption = plain_words(r#"<a href="https://x.org/p.jpg" title="">Portrait by A. E. Chalon</a>"#);
    assert_eq!(caption.text, "Portrait by A. E. Chalon");
    assert_eq!(caption.links.len(), 1);
    // A link never closed ends with the text.
    assert_eq!(text(r#"<a href="https://x.org">X"#), "X (https://x.org)");
}

#[test]
fn entities_are_decoded_and_scripts_dropped() {
    assert_eq!(
        text("Fish &amp; chips &mdash; &#8220;good&#8221;"),
        "Fish & chips — “good”"
    );
    assert_eq!(text("a<script>alert('<p>')</script>b<STYLE>p{}</style>c"), "abc");
    assert_eq!(text("a<!-- <p>hidden</p> -->b"), "ab");
    assert_eq!(text(r#"<img src="x.png" alt="A portrait">"#), "[A portrait]");
}

#[test]
fn what_is_not_markup_is_text() {
    assert_eq!(text("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2");
    assert_eq!(text("a < b"), "a < b");
    assert_eq!(text("x <unknown>y</unknown>"), "x y");
    assert_eq!(text("bell\u{7}"), "bell", "control characters are dropped");
}

#[test]
fn hostile_markup_takes_linear_time() {
    // Each of these would be quadratic for a reader that searched afresh from every `<`.
    let opens = "<".repeat(200_000);
    assert_eq!(text(&opens).len(), 200_000);
    let comments = "<!--".repeat(50_000);
    assert_eq!(text(&comments), "<!--".repeat(50_000));
    let scripts = format!("<script>{}", "</scrip".repeat(50_000));
    assert_eq!(text(&scripts), "");
    let ampersands = "&amp".repeat(100_000);
    assert_eq!(text(&ampersands), ampersands);
}
