//! The closed vocabularies of the format: event status, claim stance, actor and source kinds.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares a vocabulary enum whose YAML spelling is its `name()`.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal $(| $alias:literal)*),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text $(, alias = $alias)*)] $variant),+
        }

        impl $name {
            /// Every value, in documentation order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in timeline files and JSON output.
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }
    };
}

vocabulary! {
    /// How well established an event is.
    Status {
        /// Established by the sources.
        Confirmed => "confirmed",
        /// Reported but not independently confirmed.
        Reported => "reported",
        /// Planned for a future date at the time of the source.
        Scheduled => "scheduled",
        /// Contested by some party.
        Disputed => "disputed",
        /// Denied by a party to it.
        Denied => "denied",
    }
}

impl Status {
    /// A mark per status that reads without colour, in listings and the viewer.
    pub fn mark(self) -> &'static str {
        match self {
            Status::Confirmed => "✓",
            Status::Reported => "~",
            Status::Scheduled => ">",
            Status::Disputed => "?",
            Status::Denied => "✗",
        }
    }
}

vocabulary! {
    /// Whether a claim's author asserts or denies it.
    Stance {
        Asserts => "asserts",
        Denies => "denies",
    }
}

vocabulary! {
    /// What kind of actor this is.
    ActorKind {
        Person => "person",
        State => "state",
        Organisation => "organisation" | "organization",
        Media => "media",
        Group => "group",
        Other => "other",
    }
}

vocabulary! {
    /// What kind of source this is.
    #[derive(Default)]
    SourceKind {
        NewsArticle => "news-article",
        Interview => "interview",
        Statement => "statement",
        PressConference => "press-conference",
        Report => "report",
        Document => "document",
        SocialPost => "social-post",
        /// A photo, video, sound or map, shown as the event's media by TimelineJS.
        Media => "media",
        #[default]
        Other => "other",
    }
}
