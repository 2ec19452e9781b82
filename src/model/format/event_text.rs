//! An event's id, written date, title and summary kept in one allocation instead of four.

/// The texts every event has, one after another in one boxed string. A million events save
/// three allocations and 64 bytes each over four `String`s.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct EventText {
    text: Box<str>,
    /// Where the id, the written date and the title end in `text`; the summary runs to its end.
    ends: [u32; 3],
}

impl EventText {
    /// Joins the four texts. Returns `None` when they exceed 4 GiB together (no real event does).
    pub(crate) fn new(id: &str, date_written: &str, title: &str, summary: &str) -> Option<EventText> {
        let mut text = String::with_capacity(id.len() + date_written.len() + title.len() + summary.len());
        let mut ends = [0; 3];
        for (end, part) in ends.iter_mut().zip([id, date_written, title]) {
            text.push_str(part);
            *end = u32::try_from(text.len()).ok()?;
        }
        text.push_str(summary);
        u32::try_from(text.len()).ok()?;
        Some(EventText {
            text: text.into_boxed_str(),
            ends,
        })
    }

    pub(crate) fn id(&self) -> &str {
        &self.text[..self.ends[0] as usize]
    }

    pub(crate) fn date_written(&self) -> &str {
        &self.text[self.ends[0] as usize..self.ends[1] as usize]
    }

    pub(crate) fn title(&self) -> &str {
        &self.text[self.ends[1] as usize..self.ends[2] as usize]
    }

    pub(crate) fn summary(&self) -> &str {
        &self.text[self.ends[2] as usize..]
    }
}

impl std::fmt::Debug for EventText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventText")
            .field("id", &self.id())
            .field("date_written", &self.date_written())
            .field("title", &self.title())
            .field("summary", &self.summary())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_text_comes_back_as_given() {
        let text = EventText::new(
            "biden-xi-call",
            "2021-11-15",
            "Biden and Xi talk",
            "A “video” call.",
        )
        .expect("small");
        assert_eq!(text.id(), "biden-xi-call");
        assert_eq!(text.date_written(), "2021-11-15");
        assert_eq!(text.title(), "Biden and Xi talk");
        assert_eq!(text.summary(), "A “video” call.");
        let empty = EventText::new("", "", "", "").expect("small");
        assert_eq!(
            [empty.id(), empty.date_written(), empty.title(), empty.summary()],
            [""; 4]
        );
    }
}
