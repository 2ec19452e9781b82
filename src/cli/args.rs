//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// A terminal viewer for news and analyst timelines, every event backed by verbatim source excerpts.
///
/// With no FILE, chronicle uses its bundled timeline (Russia's request to China for military
/// help, March 2022).
#[derive(Debug, Parser)]
#[command(name = "chronicle", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub view: ViewArgs,
    /// Let timelines read source texts outside their own folder (only for timelines you trust).
    #[arg(long, global = true)]
    pub allow_outside_sources: bool,
    /// Print every warning; by default a warning that repeats shows its first five and a count.
    #[arg(long, global = true)]
    pub all_warnings: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate timeline files; exit 0 when valid (warnings allowed), 1 on any error.
    Check {
        /// Timeline files, checked as one timeline as the viewer and `list` show them (default:
        /// the bundled timeline).
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Check each file on its own instead (to lint many independent timelines).
        #[arg(long)]
        each: bool,
        /// Output format: text on stderr, or every diagnostic as JSON on stdout (see docs/format.md).
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// Print the events that pass the filters, in timeline order.
    #[command(after_help = LIST_MARKS)]
    List(Box<ListArgs>),
    /// Write the events that pass the filters in another format: chronicle's own YAML or JSON,
    /// a Markdown briefing, TimelineJS, iCalendar, or the TimelineJS spreadsheet's CSV.
    #[command(after_help = EXPORT_NOTES)]
    Export(Box<ExportArgs>),
    /// Read a timeline made elsewhere (TimelineJS JSON, the TimelineJS spreadsheet's CSV, or
    /// any CSV table of events) and write it in chronicle's format.
    #[command(after_help = IMPORT_NOTES)]
    Import(Box<ImportArgs>),
    /// List the dates, times, durations and sets a news text names, each normalised against its
    /// publication date (TimeML values) and, for dates and times, as a date of the format.
    Dates(Box<DatesArgs>),
    /// Draft a timeline from a news article: an event per dated happening, its sentence quoted,
    /// and candidate actors; every event marked as a draft to review.
    #[command(after_help = DRAFT_NOTES)]
    Draft(Box<DraftArgs>),
    /// Print the JSON Schema (draft 2020-12) of the timeline format, for editors.
    Schema,
    /// Print a completion script for SHELL (see the README for where to put it).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man`.
    Man,
    /// Write the bundled timeline and its article into FOLDER, as a start for a timeline of
    /// your own; existing files are never overwritten.
    Init {
        /// The folder to write into (made if missing).
        #[arg(value_name = "FOLDER")]
        folder: PathBuf,
    },
}

/// The legend of the marks in `chronicle list`'s text, shown by `chronicle list --help`.
pub(super) const LIST_MARKS: &str = "\
Marks in the text listing:
  after a date   * inferred from the source    † from outside the source (general knowledge)
  ≤ DATE         on or before (≥ on or after); sorted at the known bound
  in A – B       some time within the range, when exactly is not known (A – B alone: lasted
                 from A to B)
  ≈              a possible match: the date is a window (a month, ≤ or ≥, in A – B) that
                 reaches past --from/--to, so the event may lie outside the period
  status         ✓ confirmed  ~ reported  > scheduled  ? disputed  ✗ denied
  ¹ after it     the event rests on a single source (⁰: on none); shown when the timeline
                 has several sources
  ° after it     an excerpt quotes a source known only by its URL, so its quote is
                 unverified; shown when the timeline has such sources

On a terminal the columns fit its width; into a file or pipe nothing is cut.";

/// What `chronicle export --help` adds after the options.
pub(super) const EXPORT_NOTES: &str = "\
With no FILE the bundled timeline is exported. A filtered export keeps the actors and sources
its events refer to, and drops `related` links to events left out (with a warning).

-o writes a temporary file and renames it into place; it refuses to write over a timeline being
exported or one of its source texts. YAML and JSON written with -o get their source texts
beside them (never over a different file), so the export checks where it lies.

Links become links only for http, https and mailto addresses; Markdown and HTML characters in
the timeline's text are escaped; CSV text cells that begin with = + - @ start with ' instead.";

/// What `chronicle import --help` adds after the options.
pub(super) const IMPORT_NOTES: &str = "\
Without --format, a .json file is read as TimelineJS and a .csv file as the TimelineJS
spreadsheet when its header has Year and Headline, otherwise as a table of events.

For a table, a column not named by a flag is looked for under its usual header (date, title,
headline, summary, description, actors, tags, url, link, ...); a flag names a column by its
header or its number from 1. Columns read by no flag are kept in each event's note. Dates may
be 2022-03-13, 3/13/22 (13/3/22 with --day-first), March 13, 2022, March 2022 or 2022; two-digit
years are 1970-2069.

With -o the timeline is written as a new file (never over an existing one), and a copy of the
imported file is kept beside it as a source every event cites. Without -o the YAML goes to
standard output. Every event is marked `reported` until checked against its sources.";

/// `chronicle dates`.
#[derive(Debug, Args)]
pub struct DatesArgs {
    /// The text (UTF-8), such as a news article.
    #[arg(value_name = "TEXT_FILE")]
    pub file: PathBuf,
    /// When the text was published (YYYY-MM-DD): relative dates ("on Sunday", "last month")
    /// are worked out from it.
    #[arg(long, value_name = "DATE")]
    pub published: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

/// What `chronicle draft --help` adds after the options.
pub(super) const DRAFT_NOTES: &str = "\
Each date or time at the precision of a year or finer becomes a candidate event, its sentence
quoted verbatim; mentions of one date whose sentences share at least two content words or names
are one event. Decades, centuries, durations, sets (\"every day\") and \"now\" are left out; see
them with `chronicle dates`. A date the text gives without its year is marked inferred; one
after the publication date (or on it, said in the future tense) is `scheduled`, the others
`reported`. Names that recur become
candidate actors with a guessed kind. The draft is checked before it is written.

With -o the timeline is written as a new file and the article is copied beside it (never over a
different file). Without -o the YAML goes to standard output, its source text named as the
article's file name: save it in the article's folder.";

/// `chronicle draft`.
#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The article (UTF-8 text).
    #[arg(value_name = "ARTICLE")]
    pub file: PathBuf,
    /// When the article was published (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub published: String,
    /// The timeline's title (default: the article's first line).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Write the timeline to this new file, with the article beside it.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// `chronicle import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to import.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// What the file is (default: by its name and, for CSV, its header row).
    #[arg(long, value_enum)]
    pub format: Option<ImportFormatArg>,
    /// Write the timeline to this new file (with the imported file beside it) instead of
    /// standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub columns: ColumnArgs,
}

/// The formats `chronicle import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormatArg {
    /// TimelineJS 3 JSON, or the legacy TimelineJS 2 JSON.
    Timelinejs,
    /// The TimelineJS spreadsheet template saved as CSV.
    TimelinejsCsv,
    /// Any CSV table of events with a header row (see the column options).
    Csv,
}

/// Which columns of a CSV table hold what.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Columns of a CSV table (--format csv)")]
pub struct ColumnArgs {
    /// The column of the date.
    #[arg(long, value_name = "COLUMN", conflicts_with_all = ["start"])]
    pub date: Option<String>,
    /// The column of the start date (with --end, events are ranges).
    #[arg(long, value_name = "COLUMN")]
    pub start: Option<String>,
    /// The column of the end date.
    #[arg(long, value_name = "COLUMN")]
    pub end: Option<String>,
    /// The column of the title.
    #[arg(long, value_name = "COLUMN")]
    pub title: Option<String>,
    /// The column of the summary.
    #[arg(long, value_name = "COLUMN")]
    pub summary: Option<String>,
    /// The column of the actors' names, separated by --separator.
    #[arg(long, value_name = "COLUMN")]
    pub actors: Option<String>,
    /// The column of the tags, separated by --separator.
    #[arg(long, value_name = "COLUMN")]
    pub tags: Option<String>,
    /// The column of a source's web address.
    #[arg(long, value_name = "COLUMN")]
    pub url: Option<String>,
    /// What separates names in the actors and tags cells [default: ;].
    #[arg(long, value_name = "TEXT")]
    pub separator: Option<String>,
    /// Read 3/4/22 as 3 April (day first) instead of March 4.
    #[arg(long)]
    pub day_first: bool,
}

impl ColumnArgs {
    /// The first flag given, if any: they mean nothing for TimelineJS.
    pub(super) fn first_given(&self) -> Option<&'static str> {
        let given = [
            (self.date.is_some(), "--date"),
            (self.start.is_some(), "--start"),
            (self.end.is_some(), "--end"),
            (self.title.is_some(), "--title"),
            (self.summary.is_some(), "--summary"),
            (self.actors.is_some(), "--actors"),
            (self.tags.is_some(), "--tags"),
            (self.url.is_some(), "--url"),
            (self.separator.is_some(), "--separator"),
            (self.day_first, "--day-first"),
        ];
        given.iter().find(|(is, _)| *is).map(|(_, flag)| *flag)
    }
}

/// `chronicle export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Timeline files, exported as one timeline (default: the bundled timeline).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// The format to write.
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// TimelineJS and CSV: put each event in the group (row) of its first actor or first tag.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub group_by: Option<GroupByArg>,
}

/// The formats of `chronicle export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// chronicle's own format, as YAML (valid for `chronicle check`).
    Yaml,
    /// chronicle's own format, as JSON (read back by chronicle).
    Json,
    /// A briefing to read: a section per event with its quotes and sources.
    Markdown,
    /// TimelineJS 3 JSON.
    Timelinejs,
    /// iCalendar: an all-day entry per event dated to a day or a range of days.
    Ics,
    /// The TimelineJS spreadsheet template's columns.
    Csv,
}

/// What names an event's TimelineJS group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupByArg {
    /// The event's first actor.
    Actor,
    /// The event's first tag.
    Tag,
}

/// Opening the interactive viewer.
#[derive(Debug, Clone, Args)]
pub struct ViewArgs {
    /// Timeline files, shown as one timeline (default: the bundled timeline).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Open with this event selected (an id), or the first event on or after this date.
    #[arg(long, value_name = "ID|DATE", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Capture the mouse: wheel scrolling and clicking rows (the `m` key toggles it).
    #[arg(long)]
    pub mouse: bool,
    /// Do not watch the files: by default the viewer loads them again when they change.
    #[arg(long)]
    pub no_watch: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Timeline files, listed as one timeline (default: the bundled timeline).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

/// The filters the viewer and `list` share; different filters combine (an event must pass each).
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Only events involving this actor or its members (China includes Xi Jinping); repeat for several.
    #[arg(long = "actor", value_name = "ID")]
    pub actors: Vec<String>,
    /// With several --actor, require every one of them instead of any.
    #[arg(long)]
    pub all_actors: bool,
    /// Only events whose title, summary, quotes, tags, note or actor names contain TEXT (case and
    /// accents ignored); a TEXT that reads as a date (`13 Mar 2022`) finds what may fall on it.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only events that may fall on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; negative years allowed).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Only events that may fall on or before DATE (a month or year counts whole).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Only events of this status (confirmed, reported, scheduled, disputed, denied); repeat for several.
    #[arg(long = "status", value_name = "STATUS")]
    pub statuses: Vec<String>,
    /// Only events where this actor or one of its members asserts or denies something; repeat for several.
    #[arg(long = "claim-by", value_name = "ACTOR")]
    pub claim_by: Vec<String>,
    /// With or without --claim-by: only claims that assert, or that deny.
    #[arg(long, value_enum, value_name = "STANCE")]
    pub stance: Option<StanceArg>,
    /// Only events with this tag; repeat for several.
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Only events quoting this source (its id, title or outlet); repeat for several.
    #[arg(long = "source", value_name = "SOURCE")]
    pub sources: Vec<String>,
    /// Only events whose excerpts all quote a single source.
    #[arg(long)]
    pub single_source: bool,
    /// The timeline as a reader on DATE could have known it: only events reported (or, with no
    /// reported date, dated) on or before it.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub as_of: Option<String>,
}

/// A claim's stance, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StanceArg {
    Asserts,
    Denies,
}

/// How `check` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Each diagnostic located, with its hint, on stderr, and a verdict per file.
    Text,
    /// Every diagnostic as one JSON object on stdout, codes included; the exit code as for text.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One line per event: date, actors, title.
    Text,
    /// One JSON object with the title and the events.
    Json,
}
