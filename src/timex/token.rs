//! Splits text into words, digit runs and punctuation marks with their byte spans, in one pass.

use super::lexicon::{self, Entry};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    Punct,
}

/// One token. Words are letter runs, numbers digit runs (with `,` or `.` between digits kept
/// inside, which makes them not `plain`), and every other visible character is a mark.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    /// No whitespace between this token and the one before.
    pub(crate) glued: bool,
    /// Starts with an uppercase letter.
    pub(crate) cap: bool,
    /// First token of its sentence.
    pub(crate) first: bool,
    pub(crate) sentence: u32,
    /// What the tables know about the word, if anything.
    pub(crate) entry: Option<&'static Entry>,
    /// The value of a plain digit run of at most nine digits.
    pub(crate) num: Option<u32>,
    /// How many digits a plain number has.
    pub(crate) digits: u8,
    /// The ASCII mark a punctuation token stands for (typographic quotes and dashes folded).
    pub(crate) mark: u8,
}

impl Token {
    pub(crate) fn word(&self) -> &'static str {
        self.entry.map_or("", |e| e.word)
    }

    pub(crate) fn is(&self, word: &str) -> bool {
        self.entry.is_some_and(|e| e.word == word)
    }

    pub(crate) fn is_mark(&self, mark: u8) -> bool {
        self.kind == Kind::Punct && self.mark == mark
    }

    pub(crate) fn is_lower_word(&self) -> bool {
        self.kind == Kind::Word && !self.cap
    }
}

/// Longest word the tables hold; longer words are looked up no further.
const MAX_WORD: usize = 16;

/// Tokenises `text`; `sentences` are the sentence spans in order. Linear in the text.
pub(crate) fn tokenize(text: &str, sentences: &[std::ops::Range<usize>]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let mut glued = false;
    let mut sentence = 0usize;
    let mut last_sentence = usize::MAX;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            glued = false;
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphabetic() {
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            Kind::Word
        } else if c.is_ascii_digit() {
            end = digit_run(text, start, &mut chars);
            Kind::Number
        } else {
            Kind::Punct
        };
        while sentence + 1 < sentences.len() && sentences[sentence].end <= start {
            sentence += 1;
        }
        let first = sentence != last_sentence;
        last_sentence = sentence;
        tokens.push(make(text, start, end, kind, glued, first, sentence));
        glued = true;
    }
    tokens
}

/// Consumes digits, and `,`/`.` followed by a digit; returns the end.
fn digit_run(text: &str, start: usize, chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> usize {
    let bytes = text.as_bytes();
    let mut end = start + 1;
    while let Some(&(i, d)) = chars.peek() {
        let joins = (d == ',' || d == '.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(d.is_ascii_digit() || joins) {
            break;
        }
        end = i + 1;
        chars.next();
    }
    end
}

fn make(
    text: &str,
    start: usize,
    end: usize,
    kind: Kind,
    glued: bool,
    first: bool,
    sentence: usize,
) -> Token {
    let s = &text[start..end];
    let mut token = Token {
        start,
        end,
        kind,
        glued,
        cap: s.starts_with(|c: char| c.is_uppercase()),
        first,
        sentence: u32::try_from(sentence).unwrap_or(u32::MAX),
        entry: None,
        num: None,
        digits: 0,
        mark: 0,
    };
    match kind {
        Kind::Word if s.len() <= MAX_WORD && s.is_ascii() => {
            let mut buf = [0u8; MAX_WORD];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            buf[..s.len()].make_ascii_lowercase();
            token.entry = std::str::from_utf8(&buf[..s.len()])
                .ok()
                .and_then(lexicon::lookup);
        }
        Kind::Number if s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 9 => {
            token.num = s.parse().ok();
            token.digits = u8::try_from(s.len()).unwrap_or(0);
        }
        Kind::Punct => token.mark = fold_mark(s),
        _ => {}
    }
    token
}

fn fold_mark(s: &str) -> u8 {
    match s {
        "\u{2019}" | "\u{2018}" => b'\'',
        "\u{201c}" | "\u{201d}" => b'"',
        "\u{2013}" | "\u{2014}" => b'-',
        _ if s.len() == 1 => s.as_bytes()[0],
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, Kind, bool)> {
        let spans = crate::timex::sentences(text);
        let tokens = tokenize(text, &spans);
        tokens
            .iter()
            .map(|t| (&text[t.start..t.end], t.kind, t.glued))
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_marks() {
        let got = kinds("In 1957-58, $9,109 (5.8) three-month");
        let texts: Vec<&str> = got.iter().map(|t| t.0).collect();
        assert_eq!(
            texts,
            [
                "In", "1957", "-", "58", ",", "$", "9,109", "(", "5.8", ")", "three", "-", "month"
            ]
        );
        assert!(got[2].2 && got[3].2 && !got[1].2);
    }

    #[test]
    fn knows_words_and_numbers() {
        let text = "March 2013 is ’90s";
        let tokens = tokenize(text, &crate::timex::sentences(text));
        assert_eq!(tokens[0].entry.and_then(|e| e.month), Some(3));
        assert_eq!(tokens[1].num, Some(2013));
        assert_eq!(tokens[1].digits, 4);
        assert_eq!(tokens[3].mark, b'\'');
    }
}
