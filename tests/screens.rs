//! Whole screens drawn to a test backend at fixed sizes, snapshotted as text; styles asserted.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests and measurements may panic on what they rely on.

mod common;

use chronicle::app::StartOptions;
use chronicle::app::{Action, App};
use chronicle::ui::Theme;
use common::viewer::{apply, draw, screen_text, select_id, type_text, viewer, viewer_of, viewer_searching};
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

const SIZES: [(u16, u16); 2] = [(100, 30), (60, 20)];

/// Snapshots the screen at both sizes after `setup`.
fn snapshot_both_sizes(name: &str, setup: impl Fn(&mut App)) {
    for (width, height) in SIZES {
        let mut app = viewer(width, height);
        setup(&mut app);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen_text(&app));
    }
}

#[test]
fn main_screen() {
    snapshot_both_sizes("list", |_| {});
}

#[test]
fn detail_of_an_event_with_claims() {
    snapshot_both_sizes("detail", |app| {
        select_id(app, "chinese-embassy-denial");
        apply(app, &[Action::ToggleFocus]);
    });
}

#[test]
fn actor_filter_popup() {
    snapshot_both_sizes("actor_popup", |app| {
        apply(
            app,
            &[Action::OpenActorFilter, Action::PickerNext, Action::PickerToggle],
        );
    });
}

#[test]
fn search_with_highlights() {
    snapshot_both_sizes("search", |app| {
        apply(app, &[Action::OpenSearch]);
        type_text(app, "sullivan");
    });
}

#[test]
fn source_view_at_the_excerpt() {
    snapshot_both_sizes("source", |app| {
        select_id(app, "sullivan-cnn-interview");
        apply(app, &[Action::OpenSource]);
    });
}

#[test]
fn help_overlay() {
    snapshot_both_sizes("help", |app| apply(app, &[Action::ToggleHelp]));
}

#[test]
fn empty_result_says_how_to_clear_it() {
    snapshot_both_sizes("empty", |app| {
        apply(app, &[Action::OpenSearch]);
        type_text(app, "no such thing");
        apply(app, &[Action::SearchKeep]);
    });
}

#[test]
fn too_small_terminal() {
    let app = viewer(30, 8);
    insta::assert_snapshot!("too_small_30x8", screen_text(&app));
}

#[test]
fn zero_sized_terminals_draw_nothing_and_do_not_panic() {
    for (width, height) in [(0, 0), (0, 10), (10, 0), (1, 1)] {
        let mut app = viewer(width, height);
        apply(
            &mut app,
            &[
                Action::OpenSource,
                Action::ToggleHelp,
                Action::Back,
                Action::SelectLast,
            ],
        );
        let _ = draw(&app, &Theme::colour());
    }
}

/// The cells of row `y` whose symbols spell `needle`, as (x, y) positions.
fn cells_of(buffer: &Buffer, needle: &str) -> Vec<(u16, u16)> {
    for y in 0..buffer.area.height {
        let row: Vec<&str> = (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect();
        let text: String = row.concat();
        if let Some(byte) = text.find(needle) {
            let start = text[..byte].chars().count() as u16;
            return (start..start + needle.chars().count() as u16)
                .map(|x| (x, y))
                .collect();
        }
    }
    panic!("{needle:?} is not on screen");
}

#[test]
fn the_excerpt_is_highlighted_in_the_source_view() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-cnn-interview");
    apply(&mut app, &[Action::OpenSource]);
    let theme = Theme::colour();
    let buffer = draw(&app, &theme);
    for (x, y) in cells_of(&buffer, "National Security advisor") {
        assert_eq!(buffer[(x, y)].bg, theme.excerpt.bg.unwrap(), "cell {x},{y}");
    }
    // Another event's passage is marked faintly, not highlighted.
    for (x, y) in cells_of(&buffer, "White House Press National") {
        let cell = &buffer[(x, y)];
        assert!(cell.modifier.contains(Modifier::UNDERLINED), "cell {x},{y}");
        assert_ne!(cell.bg, theme.excerpt.bg.unwrap());
    }
    // Text nobody cites is plain.
    let plain = cells_of(&buffer, "It appears those losses");
    assert_eq!(buffer[plain[0]].modifier, Modifier::empty());
}

#[test]
fn the_selected_row_and_search_matches_carry_their_styles() {
    let mut app = viewer_searching("rome");
    apply(&mut app, &[Action::SelectNext]);
    let theme = Theme::colour();
    let buffer = draw(&app, &theme);
    let selected = cells_of(&buffer, "> Sullivan and Yang Jiechi");
    assert_eq!(buffer[selected[0]].bg, theme.selected.bg.unwrap());
    let unselected_date = cells_of(&buffer, "Nov 2021");
    assert_ne!(buffer[unselected_date[0]].bg, theme.selected.bg.unwrap());
    let in_detail = cells_of(&buffer, "Rome");
    assert!(
        in_detail
            .iter()
            .all(|&c| buffer[c].bg == theme.search_match.bg.unwrap())
    );
}

#[test]
fn without_colour_highlights_use_reverse_and_underline() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-cnn-interview");
    let theme = Theme::plain();
    let buffer = draw(&app, &theme);
    let selected = cells_of(&buffer, "✓ Sullivan warns China");
    assert!(buffer[selected[0]].modifier.contains(Modifier::REVERSED));
    apply(&mut app, &[Action::OpenSource]);
    let buffer = draw(&app, &theme);
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            assert!(
                buffer[(x, y)].fg == ratatui::style::Color::Reset,
                "no colour at {x},{y}"
            );
            assert!(
                buffer[(x, y)].bg == ratatui::style::Color::Reset,
                "no colour at {x},{y}"
            );
        }
    }
    let excerpt = cells_of(&buffer, "National Security advisor");
    assert!(buffer[excerpt[0]].modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_footer_offers_to_follow_a_passage_only_when_another_event_cites_it() {
    let mut app = viewer(100, 30);
    select_id(&mut app, "sullivan-cnn-interview");
    apply(&mut app, &[Action::OpenSource]);
    let footer = |app: &App| screen_text(app).lines().last().unwrap_or_default().to_owned();
    assert!(!footer(&app).contains("go to citing event"), "{}", footer(&app));
    while !app.passage_cited_elsewhere() {
        apply(&mut app, &[Action::NextPassage]);
    }
    assert!(
        footer(&app).contains("Enter go to citing event"),
        "{}",
        footer(&app)
    );
}

/// The viewer on the fixture with titles in six scripts, at `width`×`height`.
fn scripts_viewer(width: u16, height: u16) -> App {
    let path = std::path::PathBuf::from("tests/fixtures/scripts/timeline.yaml");
    let loaded = chronicle::model::load_paths(&[path], chronicle::model::LoadOptions::default());
    let options = chronicle::app::StartOptions::default();
    App::new(
        loaded.unwrap().timeline,
        options,
        ratatui::layout::Rect::new(0, 0, width, height),
    )
}

#[test]
fn searching_for_the_first_letter_of_a_dotted_capital_i_highlights_the_whole_letter() {
    let mut app = scripts_viewer(100, 30);
    apply(&mut app, &[Action::OpenSearch]);
    type_text(&mut app, "i");
    let theme = Theme::colour();
    let buffer = draw(&app, &theme);
    let letter = cells_of(&buffer, "İstanbul talks")[0];
    assert_eq!(buffer[letter].symbol(), "İ");
    assert_eq!(buffer[letter].bg, theme.search_match.bg.unwrap());
    let after = (letter.0 + 1, letter.1);
    assert_ne!(
        buffer[after].bg,
        theme.search_match.bg.unwrap(),
        "`s` is not part of the match"
    );
}

#[test]
fn a_title_with_a_family_emoji_leaves_the_header_aligned_at_60_and_120_columns() {
    for width in [60, 120] {
        let app = scripts_viewer(width, 30);
        let buffer = draw(&app, &Theme::colour());
        // The count ends in the last column: the emoji was measured as the buffer draws it.
        let row: Vec<&str> = (0..width).map(|x| buffer[(x, 0)].symbol()).collect();
        let tail: String = row[(width - 13) as usize..].concat();
        assert_eq!(tail, "6 of 6 events", "at {width} columns: {row:?}");
        assert_eq!(
            buffer[(21, 0)].symbol(),
            "👨\u{200d}👩\u{200d}👧",
            "at {width} columns"
        );
    }
}

const PROVENANCE: &str = "tests/fixtures/provenance/timeline.yaml";

/// The lines of the detail pane (right of the list, which takes 60% of the width), its borders
/// and trailing spaces trimmed.
fn detail_pane(screen: &str) -> Vec<String> {
    let width = screen.lines().next().map_or(0, |l| l.chars().count());
    screen
        .lines()
        .map(|line| line.chars().skip(width * 60 / 100 + 1).collect::<String>())
        .map(|right| right.trim_end_matches(['│', ' ']).to_owned())
        .collect()
}

#[test]
fn the_detail_pane_shows_where_everything_comes_from() {
    let mut app = viewer_of(PROVENANCE, StartOptions::default(), 240, 80);
    select_id(&mut app, "talks-announced");
    let detail = detail_pane(&screen_text(&app));
    for expected in [
        "Id  talks-announced",
        "Date  14 Mar 2022  (stated by the source)  source: “on Monday”",
        "Note  The report does not name the officials.",
        "  Foreign ministry denies: Any date has been agreed. [excerpt 2]",
        "  Unattributed reports asserts [excerpt 1]",
        "  Foreign ministry (denier)",
        "    The host country's foreign ministry · also MFA, the ministry",
        "    note: Unnamed in the report.",
        "     note: The ministry gave no reason.",
        "Source",
        "  Talks to go ahead, officials say",
        "    The Wire · news-article · published 14 Mar 2022 · https://example.com/wire/talks",
        "    text: wire.txt",
        "    note: Filed from Geneva.",
        "  [1] 21–25 Mar 2022*  Talks in Geneva",
    ] {
        assert!(
            detail.iter().any(|l| l == expected),
            "{expected:?} not in {detail:#?}"
        );
    }
    select_id(&mut app, "talks");
    let detail = detail_pane(&screen_text(&app));
    let reported = "Reported  14 Mar 2022  (inferred from the source)";
    assert!(detail.iter().any(|l| l == reported), "{detail:#?}");
    select_id(&mut app, "secret-meeting");
    let detail = detail_pane(&screen_text(&app));
    let window = "Date  between Mar and May 2022  (inferred from the source)";
    assert!(detail.iter().any(|l| l == window), "{detail:#?}");
}

#[test]
fn the_source_view_names_the_outlet_date_and_address_in_its_header() {
    let mut app = viewer_of(PROVENANCE, StartOptions::default(), 100, 30);
    select_id(&mut app, "talks-announced");
    apply(&mut app, &[Action::OpenSource]);
    let screen = screen_text(&app);
    assert_eq!(
        screen.lines().nth(1).unwrap().trim_end(),
        "Source: The Wire · news-article · published 14 Mar 2022 · https://example.com/wire/talks"
    );
}

#[test]
fn the_about_overlay_shows_the_description_sources_and_actors() {
    let mut app = viewer_of(PROVENANCE, StartOptions::default(), 100, 40);
    apply(&mut app, &[Action::ToggleAbout]);
    insta::assert_snapshot!("about_100x40", screen_text(&app));
    apply(&mut app, &[Action::ToggleAbout]);
    assert!(app.overlay.is_none());
}

#[test]
fn status_picker() {
    snapshot_both_sizes("status_picker", |app| {
        apply(
            app,
            &[Action::OpenStatusFilter, Action::PickerNext, Action::PickerToggle],
        );
    });
}

#[test]
fn claims_picker_with_its_stance() {
    snapshot_both_sizes("claims_picker", |app| {
        apply(
            app,
            &[
                Action::OpenClaimFilter,
                Action::PickerToggleMatch,
                Action::PickerToggleMatch,
            ],
        );
        type_text(app, "chi");
        apply(app, &[Action::PickerToggle]);
    });
}

#[test]
fn tags_picker() {
    snapshot_both_sizes("tags_picker", |app| {
        apply(app, &[Action::OpenTagFilter]);
    });
}

#[test]
fn sources_picker_counts_each_sources_events() {
    snapshot_both_sizes("sources_picker", |app| {
        apply(app, &[Action::OpenSourceFilter, Action::PickerToggleMatch]);
    });
}

#[test]
fn a_date_prompt_says_what_it_takes_and_why_it_refused() {
    let mut app = viewer(100, 30);
    apply(&mut app, &[Action::OpenDateFilter]);
    type_text(&mut app, "2022-13");
    let footer = |app: &App| screen_text(app).lines().last().unwrap().trim_end().to_owned();
    assert_eq!(
        footer(&app),
        "Dates: 2022-13▏  e.g. 2022-03-13, 2022-03, 2022-02/2022-03, ../2021 · Enter applies (empty clears)"
    );
    apply(&mut app, &[Action::PromptSubmit]);
    assert_eq!(footer(&app), "Dates: 2022-13▏  `2022-13` has no month 13");
    apply(
        &mut app,
        &[Action::DeleteChar, Action::DeleteChar, Action::DeleteChar],
    );
    type_text(&mut app, "-03");
    apply(&mut app, &[Action::PromptSubmit]);
    let screen = screen_text(&app);
    assert_eq!(
        screen.lines().nth(1).unwrap().trim_end(),
        "Dates: 1 Mar 2022 – 31 Mar 2022"
    );
    insta::assert_snapshot!("date_filter_100x30", screen);
}

const DATES: &str = "tests/fixtures/dates/level-1.yaml";

#[test]
fn dates_of_every_form_read_in_words_in_the_list_and_the_pane() {
    let mut app = viewer_of(DATES, StartOptions::default(), 100, 30);
    select_id(&mut app, "minister");
    insta::assert_snapshot!("dates_100x30", screen_text(&app));
    // A season filters as its three months: March may fall in spring 2022.
    apply(&mut app, &[Action::OpenDateFilter]);
    type_text(&mut app, "2022-21");
    apply(&mut app, &[Action::PromptSubmit]);
    insta::assert_snapshot!("dates_filtered_to_spring_100x30", screen_text(&app));
}
