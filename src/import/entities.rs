//! HTML character references (`&amp;`, `&#8217;`, `&#x2014;`) decoded from a table of the
//! named ones news pages use.

/// The named references known, and what they stand for.
const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("bull", "•"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("plusmn", "±"),
    ("times", "×"),
    ("divide", "÷"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("sect", "§"),
    ("para", "¶"),
    ("dagger", "†"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("aacute", "á"),
    ("agrave", "à"),
    ("acirc", "â"),
    ("auml", "ä"),
    ("atilde", "ã"),
    ("aring", "å"),
    ("ccedil", "ç"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("euml", "ë"),
    ("iacute", "í"),
    ("igrave", "ì"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("ntilde", "ñ"),
    ("oacute", "ó"),
    ("ograve", "ò"),
    ("ocirc", "ô"),
    ("ouml", "ö"),
    ("otilde", "õ"),
    ("oslash", "ø"),
    ("uacute", "ú"),
    ("ugrave", "ù"),
    ("ucirc", "û"),
    ("uuml", "ü"),
    ("szlig", "ß"),
    ("Eacute", "É"),
    ("Auml", "Ä"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
];

/// The longest reference read, `&` and `;` included (`&#x10FFFF;` is 10).
const LONGEST: usize = 10;

/// The text a reference at the start of `text` (which begins with `&`) stands for, and how many
/// bytes it takes; a lone `&`, or a reference not known, stands for itself.
pub(crate) fn decode_entity(text: &str) -> (String, usize) {
    let window = &text.as_bytes()[..text.len().min(LONGEST)];
    let Some(semicolon) = memchr::memchr(b';', window) else {
        return ("&".to_owned(), 1);
    };
    let name = &text[1..semicolon];
    let decoded = match name.strip_prefix('#') {
        Some(number) => numeric(number).map(String::from),
        None => NAMED
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, value)| (*value).to_owned()),
    };
    match decoded {
        Some(value) => (value, semicolon + 1),
        None => ("&".to_owned(), 1),
    }
}

/// `8217` or `x2019`: a character other than a control one.
fn numeric(number: &str) -> Option<char> {
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    char::from_u32(code).filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric_references_are_decoded() {
        assert_eq!(decode_entity("&amp; more"), ("&".to_owned(), 5));
        assert_eq!(decode_entity("&rsquo;s"), ("’".to_owned(), 7));
        assert_eq!(decode_entity("&#8217;"), ("’".to_owned(), 7));
        assert_eq!(decode_entity("&#x2014;"), ("—".to_owned(), 8));
        assert_eq!(decode_entity("&eacute;"), ("é".to_owned(), 8));
    }

    #[test]
    fn what_is_not_a_reference_stays() {
        assert_eq!(decode_entity("& b"), ("&".to_owned(), 1));
        assert_eq!(decode_entity("&unknown;"), ("&".to_owned(), 1));
        assert_eq!(decode_entity("&#0;"), ("&".to_owned(), 1), "NUL is refused");
        assert_eq!(decode_entity("&#x110000;"), ("&".to_owned(), 1));
        assert_eq!(decode_entity("&averyveryverylongname;"), ("&".to_owned(), 1));
        assert_eq!(decode_entity("&"), ("&".to_owned(), 1));
    }

    #[test]
    fn every_named_reference_is_one_entry() {
        for (i, (name, value)) in NAMED.iter().enumerate() {
            assert!(!value.is_empty());
            assert!(name.len() + 2 <= LONGEST, "{name}");
            assert!(NAMED[..i].iter().all(|(other, _)| other != name), "{name} twice");
        }
    }
}
